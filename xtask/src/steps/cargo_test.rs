//! `cargo test --workspace`.

use crate::util::{cargo, sh};

/// Runs every test of the workspace.
pub fn run() -> Result<(), String> {
    sh(cargo().args(["test", "--workspace"]))
}
