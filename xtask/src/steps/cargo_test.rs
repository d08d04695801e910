//! `cargo test --workspace --no-fail-fast` (every test binary runs, failures summed up).

use crate::util::{cargo, sh};

/// Runs every test of the workspace.
pub fn run() -> Result<(), String> {
    sh(cargo().args(["test", "--workspace", "--no-fail-fast"]))
}
