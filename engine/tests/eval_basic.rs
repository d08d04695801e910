//! Basic EVAL run-control tests against the engine (no server).

use engine::{Engine, Exec, ManualClock, Reply};

fn args(v: &[&str]) -> Vec<Vec<u8>> {
    v.iter().map(|s| s.as_bytes().to_vec()).collect()
}

fn engine() -> (Engine, ManualClock) {
    let clock = ManualClock::new(1_700_000_000_000_000);
    (Engine::new(Box::new(clock.clone()), 42), clock)
}

#[test]
fn eval_returns_values() {
    let (mut e, _) = engine();
    let c = e.connect();
    assert_eq!(
        e.execute(c, args(&["EVAL", "return 1", "0"])),
        Exec::Reply(Reply::Int(1))
    );
    assert_eq!(
        e.execute(
            c,
            args(&["EVAL", "return {KEYS[1], ARGV[1]}", "1", "k", "a"])
        ),
        Exec::Reply(Reply::Array(vec![Reply::bulk("k"), Reply::bulk("a")]))
    );
    assert_eq!(
        e.execute(c, args(&["EVAL", "return 1", "2", "x"])),
        Exec::Reply(Reply::err(
            "ERR Number of keys can't be greater than number of args"
        ))
    );
    assert_eq!(
        e.execute(
            c,
            args(&["EVALSHA", "e0e1f9fabfc9d4800c877a703b823ac0578ff8db", "0"])
        ),
        Exec::Reply(Reply::Int(1))
    );
    assert_eq!(
        e.execute(
            c,
            args(&["EVAL", "return redis.error_reply('MY err')", "0"])
        ),
        Exec::Reply(Reply::err("MY err"))
    );
}

#[test]
fn busy_and_kill() {
    let (mut e, clock) = engine();
    let a = e.connect();
    let b = e.connect();
    assert_eq!(
        e.execute(a, args(&["EVAL", "while true do end", "0"])),
        Exec::Pending
    );
    assert_eq!(e.execute(b, args(&["PING"])), Exec::Wait);
    assert!(e.step(10_000).is_none());
    clock.advance_ms(6000);
    assert!(
        matches!(e.execute(b, args(&["PING"])), Exec::Reply(Reply::Error(m)) if m.starts_with(b"BUSY"))
    );
    assert_eq!(
        e.execute(b, args(&["SCRIPT", "KILL"])),
        Exec::Reply(Reply::ok())
    );
    let (cid, reply) = e.step(10_000).expect("killed");
    assert_eq!(cid, a);
    assert!(
        matches!(reply, Reply::Error(m) if m.starts_with(b"ERR Script killed by user with SCRIPT KILL..."))
    );
    assert_eq!(
        e.execute(b, args(&["SCRIPT", "KILL"])),
        Exec::Reply(Reply::err("NOTBUSY No scripts in execution right now."))
    );
}

#[test]
fn functions_load_and_fcall() {
    let (mut e, _) = engine();
    let c = e.connect();
    let lib = "#!lua name=mylib\nlocal n = 0\nredis.register_function('knockknock', function() return \"Who's there?\" end)\nredis.register_function{function_name='bump', callback=function(keys, args) n = n + 1 return n end, flags={'no-writes'}}\n";
    assert_eq!(
        e.execute(c, args(&["FUNCTION", "LOAD", lib])),
        Exec::Reply(Reply::bulk("mylib"))
    );
    assert_eq!(
        e.execute(c, args(&["FCALL", "knockknock", "0"])),
        Exec::Reply(Reply::bulk("Who's there?"))
    );
    assert_eq!(
        e.execute(c, args(&["FCALL", "BUMP", "0"])),
        Exec::Reply(Reply::Int(1))
    );
    assert_eq!(
        e.execute(c, args(&["FCALL_RO", "bump", "0"])),
        Exec::Reply(Reply::Int(2))
    );
    assert_eq!(
        e.execute(c, args(&["FCALL_RO", "knockknock", "0"])),
        Exec::Reply(Reply::err(
            "ERR Can not execute a script with write flag using *_ro command."
        ))
    );
    assert_eq!(
        e.execute(c, args(&["FUNCTION", "LOAD", "#!lua name=x\nlocal y = 1"])),
        Exec::Reply(Reply::err("ERR No functions registered"))
    );
    let r = e.execute(
        c,
        args(&["FUNCTION", "LOAD", "#!lua name=y\nredis.call('ping')"]),
    );
    assert!(
        matches!(&r, Exec::Reply(Reply::Error(m)) if m.starts_with(b"ERR Error registering functions: ERR user_function:2: Script attempted to access nonexistent global variable 'call'")),
        "{r:?}"
    );
}

#[test]
fn snapshot_round_trip_keeps_data_and_functions_not_scripts() {
    let (mut e, _) = engine();
    let c = e.connect();
    let lib = "#!lua name=lib\nredis.register_function('hi', function() return 'hi' end)";
    e.execute(c, args(&["FUNCTION", "LOAD", lib]));
    e.execute(c, args(&["SET", "k", "v", "EX", "100"]));
    e.execute(c, args(&["SCRIPT", "LOAD", "return 1"]));
    assert_eq!(e.execute(c, args(&["SAVE"])), Exec::Reply(Reply::ok()));
    assert!(e.take_save_request());
    let snap = e.save_snapshot();
    let (mut f, _) = engine();
    let d = f.connect();
    assert!(f.load_snapshot(b"garbage").is_err());
    f.load_snapshot(&snap).expect("loads");
    assert_eq!(
        f.execute(d, args(&["GET", "k"])),
        Exec::Reply(Reply::bulk("v"))
    );
    assert_eq!(
        f.execute(d, args(&["FCALL", "hi", "0"])),
        Exec::Reply(Reply::bulk("hi"))
    );
    assert_eq!(
        f.execute(
            d,
            args(&[
                "SCRIPT",
                "EXISTS",
                "e0e1f9fabfc9d4800c877a703b823ac0578ff8db"
            ])
        ),
        Exec::Reply(Reply::Array(vec![Reply::Int(0)]))
    );
    let mut bad = snap.clone();
    if let Some(b) = bad.get_mut(20) {
        *b ^= 0xff;
    }
    assert!(f.load_snapshot(&bad).is_err());
    assert_eq!(
        f.execute(d, args(&["GET", "k"])),
        Exec::Reply(Reply::bulk("v"))
    );
}

#[test]
fn killed_function_reports_the_interrupted_line() {
    let (mut e, clock) = engine();
    let a = e.connect();
    let b = e.connect();
    let lib = "#!lua name=l\nredis.register_function('loop', function()\n  local n = 0\n  while true do\n    n = n + 1\n  end\nend)";
    assert_eq!(
        e.execute(a, args(&["FUNCTION", "LOAD", lib])),
        Exec::Reply(Reply::bulk("l"))
    );
    assert_eq!(e.execute(a, args(&["FCALL", "loop", "0"])), Exec::Pending);
    clock.advance_ms(6000);
    assert_eq!(
        e.execute(b, args(&["FUNCTION", "KILL"])),
        Exec::Reply(Reply::ok())
    );
    let (_, reply) = e.step(1000).expect("killed");
    let Reply::Error(m) = reply else {
        panic!("not an error")
    };
    let m = String::from_utf8_lossy(&m).into_owned();
    assert!(
        m.starts_with(
            "ERR Script killed by user with SCRIPT KILL... script: loop, on @user_function:"
        ),
        "{m}"
    );
    assert!(m.ends_with(":4.") || m.ends_with(":5."), "{m}");
}

/// Metatables across many runs: shared internal metatables within a run, nothing left
/// in tables scripts can see, and no crash when the runtime's caches start afresh.
#[test]
fn metatables_across_runs() {
    let (mut e, _) = engine();
    let c = e.connect();
    let class = "local C = {} C.__index = C \
                 function C.get(s) return s.v end \
                 local n = 0 \
                 for i = 1, 3000 do n = n + setmetatable({v = i}, {__index = C}).v end \
                 local a, b = setmetatable({}, C), setmetatable({}, C) \
                 local keys = 0 for _ in pairs(C) do keys = keys + 1 end \
                 return {n, keys, tostring(getmetatable(a) == getmetatable(b))}";
    for _ in 0..50 {
        assert_eq!(
            e.execute(c, args(&["EVAL", class, "0"])),
            Exec::Reply(Reply::Array(vec![
                Reply::Int(4_501_500),
                Reply::Int(2),
                Reply::bulk("true"),
            ]))
        );
    }
}
