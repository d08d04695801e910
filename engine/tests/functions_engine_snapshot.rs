//! End to end through [`Engine`]: FUNCTION LOAD + keys of every type with TTLs, snapshot,
//! load into a fresh engine, and FCALL / TTL / FUNCTION DUMP behave the same; corrupt
//! snapshots leave the target engine untouched.

use engine::{Engine, Exec, ManualClock, Reply};

fn args(v: &[&str]) -> Vec<Vec<u8>> {
    v.iter().map(|s| s.as_bytes().to_vec()).collect()
}

fn engine() -> Engine {
    let clock = ManualClock::new(1_700_000_000_000_000);
    Engine::new(Box::new(clock), 42)
}

fn run(e: &mut Engine, v: &[&str]) -> Reply {
    let c = e.connect();
    match e.execute(c, args(v)) {
        Exec::Reply(r) => r,
        Exec::Pending => loop {
            if let Some((_, r)) = e.step(1_000_000) {
                break r;
            }
        },
        _ => Reply::err("unexpected exec state"),
    }
}

#[test]
fn snapshot_round_trip_through_engine() {
    let mut a = engine();
    let lib = "#!lua name=mylib\nlocal n = 0\nredis.register_function('bump', function(keys, args)\nn = n + 1\nreturn redis.call('INCR', keys[1])\nend)\nredis.register_function{function_name='ro', callback=function(keys) return redis.call('GET', keys[1]) end, flags={'no-writes'}}\n";
    assert_eq!(
        run(&mut a, &["FUNCTION", "LOAD", lib]),
        Reply::bulk("mylib")
    );
    assert_eq!(
        run(&mut a, &["FCALL", "bump", "1", "counter"]),
        Reply::Int(1)
    );
    run(&mut a, &["SET", "s", "v", "PX", "100000"]);
    run(&mut a, &["HSET", "h", "f", "v"]);
    run(&mut a, &["RPUSH", "l", "a", "b"]);
    run(&mut a, &["SADD", "set", "x", "y"]);
    run(&mut a, &["ZADD", "z", "1", "a", "2", "b"]);
    run(&mut a, &["SELECT", "15"]);
    run(&mut a, &["EVAL", "return 1", "0"]);
    let bytes = a.save_snapshot();
    assert!(!bytes.is_empty());

    let mut b = engine();
    assert_eq!(b.load_snapshot(&bytes), Ok(()));
    assert_eq!(
        run(&mut b, &["FCALL", "bump", "1", "counter"]),
        Reply::Int(2)
    );
    assert_eq!(
        run(&mut b, &["FCALL_RO", "ro", "1", "counter"]),
        Reply::bulk("2")
    );
    assert_eq!(run(&mut b, &["PTTL", "s"]), Reply::Int(100000));
    assert_eq!(run(&mut b, &["HGET", "h", "f"]), Reply::bulk("v"));
    assert_eq!(
        run(&mut b, &["LRANGE", "l", "0", "-1"]),
        Reply::bulks(["a", "b"])
    );
    assert_eq!(run(&mut b, &["SCARD", "set"]), Reply::Int(2));
    assert_eq!(
        run(&mut b, &["ZRANGE", "z", "0", "-1", "WITHSCORES"]),
        Reply::Array(vec![
            Reply::bulk("a"),
            Reply::Double(1.0),
            Reply::bulk("b"),
            Reply::Double(2.0)
        ])
    );
    assert_eq!(
        run(&mut b, &["FUNCTION", "DUMP"]),
        run(&mut a, &["FUNCTION", "DUMP"])
    );
    // The script cache is not part of a snapshot.
    assert_eq!(
        run(
            &mut b,
            &[
                "SCRIPT",
                "EXISTS",
                "e0e1f9fabfc9d4800c877a703b823ac0578ff8db"
            ]
        ),
        Reply::Array(vec![Reply::Int(0)])
    );

    // Corrupt snapshots are refused and change nothing.
    let mut bad = bytes.clone();
    if let Some(x) = bad.get_mut(20) {
        *x ^= 0xff;
    }
    assert!(b.load_snapshot(&bad).is_err());
    assert!(b
        .load_snapshot(bytes.get(..bytes.len() / 2).unwrap_or_default())
        .is_err());
    assert_eq!(run(&mut b, &["GET", "counter"]), Reply::bulk("2"));
    assert_eq!(
        run(&mut b, &["FCALL", "bump", "1", "counter"]),
        Reply::Int(3)
    );
}
