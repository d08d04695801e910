//! `cargo fmt --all --check`.

use crate::util::{cargo, sh};

/// Fails if any file is not rustfmt-formatted.
pub fn run() -> Result<(), String> {
    sh(cargo().args(["fmt", "--all", "--", "--check"]))
}
