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

/// Saves a snapshot of the dataset to `path` atomically (written to `PATH.tmp`, then
/// renamed), for SAVE/BGSAVE and SHUTDOWN SAVE.
pub fn save_snapshot(engine: &Engine, path: &std::path::Path) -> Result<(), String> {
    let bytes = engine.save_snapshot();
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = std::path::PathBuf::from(tmp);
    std::fs::write(&tmp, &bytes).map_err(|e| format!("writing {}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, path).map_err(|e| format!("renaming to {}: {e}", path.display()))
}

/// Loads the snapshot at `path` if the file exists (`Ok(false)` if it does not).
pub fn load_snapshot(engine: &mut Engine, path: &std::path::Path) -> Result<bool, String> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(format!("reading {}: {e}", path.display())),
    };
    engine
        .load_snapshot(&bytes)
        .map(|()| true)
        .map_err(|e| format!("loading {}: {e}", path.display()))
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
