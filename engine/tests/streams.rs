//! Stream commands against replies recorded from a real Redis 7.0.15
//! (`tests/data/streams_cases.txt`: tab-separated arguments, `=>`, the raw RESP reply with
//! `\r`, `\n` and `\\` escaped; `(hello)` marks a HELLO whose reply is not compared).

use engine::resp::encode::to_bytes;
use engine::{Engine, Exec, ManualClock, Reply};

fn unescape(s: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('r') => out.push(b'\r'),
                Some('n') => out.push(b'\n'),
                Some('\\') => out.push(b'\\'),
                Some(o) => {
                    out.push(b'\\');
                    out.extend_from_slice(o.to_string().as_bytes());
                }
                None => out.push(b'\\'),
            }
        } else {
            let mut b = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
        }
    }
    out
}

fn engine() -> (Engine, ManualClock) {
    let clock = ManualClock::new(1_700_000_000_000_000);
    (Engine::new(Box::new(clock.clone()), 7), clock)
}

fn run(e: &mut Engine, c: engine::ClientId, args: &[&str]) -> Reply {
    let args: Vec<Vec<u8>> = args.iter().map(|s| s.as_bytes().to_vec()).collect();
    match e.execute(c, args) {
        Exec::Reply(r) => r,
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn recorded_cases() {
    let data = include_str!("data/streams_cases.txt");
    let (mut e, _) = engine();
    let c = e.connect();
    let mut resp = 2u8;
    let mut failures = Vec::new();
    let mut n = 0;
    for line in data.lines() {
        let Some((cmd, expected)) = line.split_once("\t=>\t") else {
            continue;
        };
        let args: Vec<&str> = cmd.split('\t').collect();
        let reply = run(&mut e, c, &args);
        if args
            .first()
            .is_some_and(|a| a.eq_ignore_ascii_case("hello"))
        {
            resp = if args.get(1) == Some(&"3") { 3 } else { 2 };
            continue;
        }
        n += 1;
        let got = to_bytes(&reply, resp);
        let want = unescape(expected);
        if got != want {
            failures.push(format!(
                "{cmd}\n  want {:?}\n  got  {:?}",
                String::from_utf8_lossy(&want),
                String::from_utf8_lossy(&got)
            ));
        }
    }
    assert!(n > 150);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn auto_ids_use_the_injected_clock() {
    let (mut e, clock) = engine();
    let c = e.connect();
    assert_eq!(
        run(&mut e, c, &["XADD", "s", "*", "f", "v"]),
        Reply::bulk("1700000000000-0")
    );
    assert_eq!(
        run(&mut e, c, &["XADD", "s", "*", "f", "v"]),
        Reply::bulk("1700000000000-1")
    );
    clock.advance_ms(5);
    assert_eq!(
        run(&mut e, c, &["XADD", "s", "*", "f", "v"]),
        Reply::bulk("1700000000005-0")
    );
    // A last ID ahead of the clock keeps incrementing the sequence.
    assert_eq!(
        run(&mut e, c, &["XADD", "s", "1800000000000-5", "f", "v"]),
        Reply::bulk("1800000000000-5")
    );
    assert_eq!(
        run(&mut e, c, &["XADD", "s", "*", "f", "v"]),
        Reply::bulk("1800000000000-6")
    );
    // BLOCK never blocks: nothing new answers a null array at once.
    assert_eq!(
        run(&mut e, c, &["XREAD", "BLOCK", "0", "STREAMS", "s", "$"]),
        Reply::NilArray
    );
}

#[test]
fn snapshot_round_trip() {
    use engine::keyspace::{Db, StreamId, StreamValue, Value, NUM_DBS};
    let mut dbs: Vec<Db> = (0..NUM_DBS).map(|_| Db::new()).collect();
    let mut s = StreamValue::new();
    for i in 1..=150u64 {
        s.append(
            StreamId::new(i, 1),
            vec![(b"f".to_vec(), format!("v{i}").into_bytes())],
        );
    }
    assert!(s.delete(StreamId::new(3, 1)));
    s.last_id = StreamId::new(999, 9);
    let mut empty = StreamValue::new();
    empty.append(StreamId::new(5, 5), Vec::new());
    assert!(empty.delete(StreamId::new(5, 5)));
    if let Some(db) = dbs.get_mut(2) {
        db.set(b"s".to_vec(), Value::Stream(s.clone()));
        db.set(b"e".to_vec(), Value::Stream(empty.clone()));
        db.set_expire(b"e", 1_900_000_000_000);
    }
    let bytes = engine::snapshot::save(&dbs, &[]);
    let (loaded, _) = engine::snapshot::load(&bytes).expect("loads");
    let db = loaded.get(2).expect("db 2");
    let Some(Value::Stream(l)) = db.peek(b"s") else {
        panic!("stream lost");
    };
    assert_eq!(l.entries, s.entries);
    assert_eq!(
        (l.last_id, l.entries_added, l.max_deleted_id, l.first_id),
        (s.last_id, s.entries_added, s.max_deleted_id, s.first_id)
    );
    let Some(Value::Stream(le)) = db.peek(b"e") else {
        panic!("empty stream lost");
    };
    assert!(le.is_empty());
    assert_eq!(le.last_id, StreamId::new(5, 5));
    assert_eq!(le.max_deleted_id, StreamId::new(5, 5));
    assert_eq!(db.expire_at(b"e"), Some(1_900_000_000_000));
    // Entries out of order are refused, not loaded.
    let mut bad = s.clone();
    bad.last_id = StreamId::new(1, 0);
    if let Some(d) = dbs.get_mut(2) {
        d.set(b"s".to_vec(), Value::Stream(bad));
    }
    assert!(engine::snapshot::load(&engine::snapshot::save(&dbs, &[])).is_err());
}

#[test]
fn dump_memory_and_keys() {
    let (mut e, _) = engine();
    let c = e.connect();
    run(&mut e, c, &["XADD", "s", "1-1", "f", "v"]);
    assert!(run(&mut e, c, &["DUMP", "s"]).is_error());
    assert!(matches!(run(&mut e, c, &["MEMORY", "USAGE", "s"]), Reply::Int(n) if n > 0));
    assert_eq!(
        run(
            &mut e,
            c,
            &["COMMAND", "GETKEYS", "XREAD", "COUNT", "2", "STREAMS", "a", "b", "0", "0"]
        ),
        Reply::Array(vec![Reply::bulk("a"), Reply::bulk("b")])
    );
}
