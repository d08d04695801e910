//! The steps tasks are made of; each module has `pub fn run(...) -> Result<(), String>`.

pub mod cargo_test;
pub mod clippy;
pub mod deps;
pub mod fmt;
pub mod wasm;
