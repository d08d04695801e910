//! Clippy with warnings denied: the whole workspace natively, and the engine for wasm32.

use crate::util::{cargo, sh};

/// Runs both clippy passes.
pub fn run() -> Result<(), String> {
    sh(cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    sh(cargo().args([
        "clippy",
        "-p",
        "engine",
        "--target",
        "wasm32-unknown-unknown",
        "--",
        "-D",
        "warnings",
    ]))
}
