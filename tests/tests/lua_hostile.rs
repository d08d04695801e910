//! Hostile Lua: every script must end as a Lua error or hit the step/memory budget (or, for
//! `Any` cases, return) — never panic, abort or overflow the native stack.
//!
//! The cases live in `tests/lua/hostile_cases.rs`, shared with the wasm32 suite
//! (`engine/tests/lua_hostile_wasm.rs`). A native stack overflow aborts the whole process, so
//! [`hostile_scripts_never_panic`] runs each case in a child process (this test binary,
//! running the ignored [`hostile_child`] test) and reports any crash with the case's name.
//! `HOSTILE_CASE=substring` runs only the matching cases.

use std::io::Read;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use engine::lua::harness::{install_print, run, Limits, Outcome};
use engine::lua::LuaRuntime;

/// What a case must do (see `tests/lua/hostile_cases.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// Must not complete normally.
    Fail,
    /// May complete or fail.
    Any,
    /// A known crash, hang or budget overrun today: run with [`KNOWN_TIMEOUT`], reported, not
    /// failed.
    Known,
}

macro_rules! hostile_cases {
    ($($name:ident : $expect:ident $src:literal ;)*) => {
        const CASES: &[(&str, Expect, &str)] = &[$((stringify!($name), Expect::$expect, $src)),*];
    };
}

include!("../lua/hostile_cases.rs");

/// Environment variable naming the case a child process runs.
const CHILD_ENV: &str = "LUA_HOSTILE_CHILD";
/// Stack of the thread running a case: the size of a main thread's (where the server runs
/// scripts).
const CASE_STACK: usize = 8 << 20;
/// A child still running after this long is killed and reported as hung.
const CHILD_TIMEOUT: Duration = Duration::from_secs(60);
/// The same for `Known` cases, which are expected to misbehave.
const KNOWN_TIMEOUT: Duration = Duration::from_secs(8);

/// The child side: runs the case named by `LUA_HOSTILE_CHILD` on a thread with [`CASE_STACK`]
/// and prints `HOSTILE-OUTCOME ok|failed <description>`. Without the variable it does nothing.
#[test]
#[ignore = "run by hostile_scripts_never_panic, one child process per case"]
fn hostile_child() {
    let Ok(name) = std::env::var(CHILD_ENV) else {
        return;
    };
    let Some(&(_, _, src)) = CASES.iter().find(|c| c.0 == name) else {
        panic!("unknown hostile case {name}");
    };
    let worker = std::thread::Builder::new()
        .name(name.clone())
        .stack_size(CASE_STACK)
        .spawn(move || {
            let mut rt = LuaRuntime::new();
            install_print(&mut rt);
            run(&mut rt, "user_script", src.as_bytes(), Limits::HOSTILE)
        })
        .expect("spawn case thread");
    let outcome = worker.join().expect("case panicked");
    let verdict = if matches!(outcome, Outcome::Ok(_)) {
        "ok"
    } else {
        "failed"
    };
    println!("HOSTILE-OUTCOME {verdict} {}", outcome.summary());
}

/// How a child process ended.
enum ChildEnd {
    /// Exited; its status and output.
    Exited(ExitStatus, String, String),
    /// Killed after its time limit.
    Hung(Duration),
    /// Could not be started.
    NotStarted(String),
}

fn run_child(name: &str, limit: Duration) -> ChildEnd {
    let exe = match std::env::current_exe() {
        Ok(e) => e,
        Err(e) => return ChildEnd::NotStarted(e.to_string()),
    };
    let spawned = Command::new(exe)
        .args([
            "hostile_child",
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, name)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match spawned {
        Ok(c) => c,
        Err(e) => return ChildEnd::NotStarted(e.to_string()),
    };
    // Drain both pipes on threads so a chatty child cannot block on a full pipe.
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut buf);
            }
            String::from_utf8_lossy(&buf).into_owned()
        })
    };
    let out = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let err = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return ChildEnd::NotStarted(e.to_string()),
        }
    };
    let out = out.join().unwrap_or_default();
    let err = err.join().unwrap_or_default();
    match status {
        Some(status) => ChildEnd::Exited(status, out, err),
        None => ChildEnd::Hung(limit),
    }
}

/// Last few non-empty lines of a child's stderr, for the report.
fn tail(text: &str) -> String {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    lines[lines.len().saturating_sub(4)..].join(" | ")
}

#[test]
fn hostile_scripts_never_panic() {
    let filter = std::env::var("HOSTILE_CASE").ok();
    let cases: Vec<_> = CASES
        .iter()
        .filter(|(name, _, _)| filter.as_deref().is_none_or(|f| name.contains(f)))
        .collect();
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(4);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(&&(name, expect, _)) = cases.get(i) else {
                    break;
                };
                let limit = if expect == Expect::Known {
                    KNOWN_TIMEOUT
                } else {
                    CHILD_TIMEOUT
                };
                let started = Instant::now();
                let end = run_child(name, limit);
                let took = started.elapsed();
                results
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((i, name, expect, end, took));
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    results.sort_by_key(|r| r.0);
    let mut bad = Vec::new();
    let mut known = Vec::new();
    let mut passed = 0usize;
    for (_, name, expect, end, took) in &results {
        let problem = match end {
            ChildEnd::NotStarted(e) => Some(format!("child not started: {e}")),
            ChildEnd::Hung(limit) => Some(format!("hung (killed after {limit:?})")),
            ChildEnd::Exited(status, out, err) => {
                let line = out
                    .lines()
                    .find_map(|l| l.split_once("HOSTILE-OUTCOME ").map(|(_, rest)| rest))
                    .map(str::to_string);
                match (status.success(), line) {
                    (true, Some(line)) => {
                        println!(
                            "{name}: {} [{:.2}s]",
                            line.strip_prefix("failed ").unwrap_or(&line),
                            took.as_secs_f64()
                        );
                        if *expect == Expect::Known {
                            known.push(format!(
                                "{name}: no longer misbehaves ({line}); mark it Fail or Any"
                            ));
                        }
                        (*expect == Expect::Fail && line.starts_with("ok "))
                            .then(|| format!("completed normally: {line}"))
                    }
                    _ => Some(format!("crashed ({status}): {}", tail(err))),
                }
            }
        };
        match problem {
            Some(p) if *expect == Expect::Known => {
                println!("{name}: KNOWN PROBLEM {p}");
                known.push(format!("{name}: still misbehaves: {p}"));
            }
            Some(p) => {
                println!("{name}: FAILED {p}");
                bad.push(format!("{name}: {p}"));
            }
            None => passed += 1,
        }
    }
    println!(
        "hostile cases: {} run, {passed} passed, {} failed, {} known problems",
        results.len(),
        bad.len(),
        known
            .iter()
            .filter(|k| k.contains("still misbehaves"))
            .count()
    );
    for k in &known {
        println!("note: {k}");
    }
    assert!(bad.is_empty(), "hostile failures: {bad:#?}");
}

#[test]
fn hostile_sealed_sandbox() {
    let escapes = [
        "_G.x = 1",
        "x = 1",
        "rawset(_G, 'x', 1)",
        "setmetatable(_G, {})",
        "getmetatable(_G).__newindex = nil",
        "getmetatable(_G).__index.cjson = {}",
        "string.upper = nil",
        "rawset(string, 'upper', nil)",
        "setmetatable(string, {})",
        "local mt = getmetatable('') mt.__index = {}",
        "return os.execute('true')",
        "return io.open('/etc/passwd')",
        "return loadfile('/etc/passwd')",
        "return dofile('/etc/passwd')",
        "return require('os')",
        "return debug.getinfo(1)",
        "return setfenv(1, {})",
        "return getfenv(1)",
        "return newproxy(true)",
        "return _ENV",
        "local f = loadstring('x = 1') f()",
        "table.insert = nil",
        "math.random = function() return 4 end",
        "coroutine.wrap = nil",
        "cjson.encode = nil",
        "function global_fn() end",
    ];
    let mut bad = Vec::new();
    for src in escapes {
        let outcome = std::panic::catch_unwind(|| {
            let mut rt = LuaRuntime::new();
            rt.seal();
            run(&mut rt, "user_script", src.as_bytes(), Limits::HOSTILE)
        });
        match outcome {
            Err(_) => bad.push(format!("{src}: PANIC")),
            Ok(Outcome::Ok(v)) => bad.push(format!("{src}: allowed ({v:?})")),
            Ok(o) => println!("{src}: {o:?}"),
        }
    }
    assert!(bad.is_empty(), "sandbox escapes: {bad:?}");
}
