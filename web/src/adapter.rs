//! The one place that knows which engine features exist yet.
//!
//! The engine grows during development (sliced `step`, snapshots, `engine::cli`). The app calls
//! only these functions, so switching from a fallback to the engine's own API is a local edit.

use engine::{ClientId, Engine, Reply};

/// Runs one fuel slice of the running script; `Some` carries the finished script's reply.
pub fn step(_engine: &mut Engine, _fuel: u64) -> Option<(ClientId, Reply)> {
    None
}

/// True when the engine can step scripts (otherwise `Exec::Pending` never happens).
pub const HAS_STEP: bool = false;

/// True when the engine can save and load snapshots.
pub const HAS_SNAPSHOT: bool = false;

/// The dataset and libraries as bytes, if the engine supports snapshots.
pub fn save_snapshot(_engine: &Engine) -> Option<Vec<u8>> {
    None
}

/// Restores a snapshot.
pub fn load_snapshot(_engine: &mut Engine, _bytes: &[u8]) -> Result<(), String> {
    Err("snapshots are not supported by this engine build".into())
}

/// Splits a console line into arguments like redis-cli (quotes, escapes).
/// `None` when quotes are unbalanced.
pub fn split_args(line: &str) -> Option<Vec<Vec<u8>>> {
    crate::cli::split_args(line)
}

/// Formats a reply as redis-cli does on a terminal.
pub fn format_tty(reply: &Reply) -> String {
    crate::cli::format_tty(reply)
}

/// The grey inline hint redis-cli shows after what was typed.
pub fn hint_for(line: &str) -> Option<String> {
    crate::cli::hint_for(line)
}
