//! The engine must build for the browser: `cargo build -p engine --target wasm32-unknown-unknown`.

use crate::util::{cargo, sh};

/// Builds the engine for wasm32.
pub fn run() -> Result<(), String> {
    sh(cargo().args([
        "build",
        "-p",
        "engine",
        "--target",
        "wasm32-unknown-unknown",
    ]))
}
