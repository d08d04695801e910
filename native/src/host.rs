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

/// Saves a snapshot of the dataset to `path` (SAVE, BGSAVE, SHUTDOWN): written to a
/// temporary file beside it, synced, then renamed over `path`, so a crash never leaves a
/// half-written snapshot behind.
pub fn save_snapshot(engine: &Engine, path: &std::path::Path) -> Result<(), String> {
    use std::io::Write;
    let bytes = engine.save_snapshot();
    if bytes.is_empty() {
        return Err("cannot save the snapshot while the engine is busy".into());
    }
    let mut tmp_name = path.file_name().unwrap_or_default().to_os_string();
    tmp_name.push(format!(".tmp-{}", std::process::id()));
    let tmp = path.with_file_name(tmp_name);
    let write = || -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(&bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    };
    write().map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("cannot save the snapshot to {}: {e}", path.display())
    })
}

/// Loads the snapshot at `path` into `engine` if the file exists (`Ok(false)` if it does
/// not). All or nothing: a truncated or corrupted file is an error and the engine keeps its
/// empty dataset.
pub fn load_snapshot(engine: &mut Engine, path: &std::path::Path) -> Result<bool, String> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(format!("cannot read the snapshot {}: {e}", path.display())),
    };
    engine
        .load_snapshot(&bytes)
        .map(|()| true)
        .map_err(|e| format!("cannot load the snapshot {}: {e}", path.display()))
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::SystemClock;
    use engine::Exec;

    #[test]
    fn snapshot_round_trip_through_a_file() {
        let dir = std::env::temp_dir().join(format!("redis-fn-snap-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join("dump.snapshot");
        let mut a = Engine::new(Box::new(SystemClock), 1);
        let c = a.connect();
        let set = vec![b"SET".to_vec(), b"k".to_vec(), b"v".to_vec()];
        assert_eq!(a.execute(c, set), Exec::Reply(Reply::ok()));
        assert_eq!(save_snapshot(&a, &path), Ok(()));
        let mut b = Engine::new(Box::new(SystemClock), 2);
        assert_eq!(load_snapshot(&mut b, &path), Ok(true));
        let c = b.connect();
        let get = vec![b"GET".to_vec(), b"k".to_vec()];
        assert_eq!(b.execute(c, get), Exec::Reply(Reply::bulk("v")));
        assert_eq!(load_snapshot(&mut b, &dir.join("missing")), Ok(false));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
