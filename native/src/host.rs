//! Adapter over the engine's script-driving API used by both native hosts.
//!
//! The server loop and the REPL only call these functions, so they are written for
//! long-running scripts (`Exec::Pending` replies delivered by stepping) whether or not the
//! engine currently starts any.

use engine::{ClientId, Engine, Reply};

/// Fuel given to a running script per slice between socket polls.
pub const FUEL: u64 = 10_000;

/// True while a script (EVAL/FCALL) is running and must be stepped.
pub fn script_running(engine: &Engine) -> bool {
    let _ = engine;
    false
}

/// Runs the current script for up to `fuel` units; its client's reply once it finishes.
pub fn step(engine: &mut Engine, fuel: u64) -> Option<(ClientId, Reply)> {
    let _ = (engine, fuel);
    None
}

/// Saves a snapshot of the keyspace to `path` (SHUTDOWN SAVE / `--snapshot`).
pub fn save_snapshot(engine: &Engine, path: &std::path::Path) -> Result<(), String> {
    let _ = engine;
    Err(format!(
        "snapshots are not supported yet (would save to {})",
        path.display()
    ))
}
