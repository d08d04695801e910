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
