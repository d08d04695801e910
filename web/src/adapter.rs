//! The one place where the app meets the engine's host API (stepping scripts, snapshots,
//! redis-cli formatting, keyspace inspection), so that engine changes stay local edits.

use engine::{ClientId, Engine, Reply};

/// Runs one fuel slice of the running script; `Some` carries the finished script's reply.
pub fn step(engine: &mut Engine, fuel: i32) -> Option<(ClientId, Reply)> {
    engine.step(fuel)
}

/// True when the engine can step scripts.
pub const HAS_STEP: bool = true;

/// True when the engine can save and load snapshots.
pub const HAS_SNAPSHOT: bool = true;

/// The dataset as a snapshot (all databases with TTLs and the function libraries).
pub fn save_snapshot(engine: &Engine) -> Option<Vec<u8>> {
    let bytes = engine.save_snapshot();
    (!bytes.is_empty()).then_some(bytes)
}

/// Replaces the dataset with a snapshot: all or nothing, and the script cache starts empty
/// (as after a restart).
pub fn load_snapshot(engine: &mut Engine, bytes: &[u8]) -> Result<(), String> {
    engine.load_snapshot(bytes)
}

/// Splits a console line into arguments like redis-cli. `None` on unbalanced quotes.
pub fn split_args(line: &str) -> Option<Vec<Vec<u8>>> {
    engine::cli::split_args(line).ok()
}

/// Formats a reply as redis-cli does on a terminal for a client speaking `resp`.
pub fn format_tty(reply: &Reply, resp: u8) -> String {
    let s = engine::cli::format_tty_resp(reply, resp);
    s.strip_suffix('\n').map(str::to_string).unwrap_or(s)
}

/// The grey inline hint redis-cli shows after what was typed.
pub fn hint_for(line: &str) -> Option<String> {
    engine::cli::hint_for(line)
}

/// SHA1s of the cached EVAL scripts.
pub fn cached_scripts(engine: &Engine) -> Vec<String> {
    engine.cached_scripts()
}

/// Sorted key names of db `n` matching `pattern` (glob), read directly from the core.
pub fn keys(engine: &Engine, n: usize, pattern: &[u8], now_ms: i64) -> Vec<Vec<u8>> {
    let Some(core) = engine.core() else {
        return Vec::new();
    };
    let Some(db) = core.dbs.get(n) else {
        return Vec::new();
    };
    let all = pattern.is_empty() || pattern == b"*";
    let mut v: Vec<Vec<u8>> = db
        .keys()
        .filter(|k| !db.is_expired(k, now_ms))
        .filter(|k| all || engine::util::glob::glob_match(pattern, k, false))
        .cloned()
        .collect();
    engine::util::sort::sort(&mut v);
    v
}

/// TYPE and TTL (ms, if any) of a key, read directly from the core.
pub fn key_meta(engine: &Engine, n: usize, key: &[u8]) -> Option<(&'static str, Option<i64>)> {
    let core = engine.core()?;
    let db = core.dbs.get(n)?;
    let v = db.peek(key)?;
    Some((v.type_name(), db.expire_at(key)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::Exec;

    fn exec(e: &mut Engine, id: ClientId, line: &str) -> Reply {
        match e.execute(id, split_args(line).unwrap_or_default()) {
            Exec::Reply(r) => r,
            other => Reply::err(format!("ERR {other:?}")),
        }
    }

    #[test]
    fn snapshot_roundtrip_through_commands() {
        let clock = engine::ManualClock::new(1_700_000_000_000_000);
        let mut a = Engine::new(Box::new(clock.clone()), 1);
        let id = a.connect();
        exec(&mut a, id, "SET s v");
        exec(&mut a, id, "HSET h f1 v1 f2 v2");
        exec(&mut a, id, "RPUSH l a b c");
        exec(&mut a, id, "SADD st x y");
        exec(&mut a, id, "ZADD z 1.5 a -inf b 0.1 c");
        exec(&mut a, id, "SELECT 3");
        exec(&mut a, id, "SET ttl 1 PX 100000");
        let snap = save_snapshot(&a).unwrap_or_default();
        let mut b = Engine::new(Box::new(clock), 2);
        assert_eq!(load_snapshot(&mut b, &snap), Ok(()));
        assert_eq!(save_snapshot(&b), Some(snap));
        assert!(load_snapshot(&mut b, b"garbage").is_err());
    }

    #[test]
    fn formats_without_trailing_newline() {
        assert_eq!(
            format_tty(&Reply::bulk("Who's there?"), 2),
            "\"Who's there?\""
        );
        assert_eq!(split_args("set \"a"), None);
    }
}
