//! Adapter over the engine's script-driving API used by both native hosts.
//!
//! The server loop and the REPL only call these functions: long-running scripts reply
//! `Exec::Pending` and their replies are delivered by stepping.

use engine::{ClientId, Engine, Reply};

/// Fuel given to a running script per slice between socket polls.
pub const FUEL: i32 = 50_000;

/// True while a script (EVAL/FCALL) is running and must be stepped.
pub fn script_running(engine: &Engine) -> bool {
    engine.script_running()
}

/// Runs the current script for up to `fuel` units; its client's reply once it finishes.
pub fn step(engine: &mut Engine, fuel: i32) -> Option<(ClientId, Reply)> {
    engine.step(fuel)
}

/// Saves a snapshot of the keyspace to `path` (SHUTDOWN SAVE / `--snapshot`).
pub fn save_snapshot(engine: &Engine, path: &std::path::Path) -> Result<(), String> {
    let _ = engine;
    Err(format!(
        "snapshots are not supported yet (would save to {})",
        path.display()
    ))
}
