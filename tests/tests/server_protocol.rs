//! Differential protocol tests: raw byte sequences (pipelines, inline commands, protocol
//! errors, QUIT, split packets) sent to our server and to a real `redis-server`; the reply
//! bytes and whether the connection was closed must be identical. Plus the script-running
//! mode (SCRIPT KILL from another client while a script loops).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use tests::{start_our_server, start_redis};

/// Sends `chunks` (pausing between them) and collects everything received until the peer
/// closes or stays silent for a while. Returns the bytes and whether it closed.
fn exchange(port: u16, chunks: &[Vec<u8>]) -> (Vec<u8>, bool) {
    let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) else {
        return (b"<connect failed>".to_vec(), true);
    };
    let _ = s.set_nodelay(true);
    for (i, c) in chunks.iter().enumerate() {
        if i > 0 {
            std::thread::sleep(Duration::from_millis(15));
        }
        if s.write_all(c).is_err() {
            break;
        }
    }
    let _ = s.set_read_timeout(Some(Duration::from_millis(600)));
    let mut out = Vec::new();
    let mut buf = [0u8; 65536];
    let start = Instant::now();
    loop {
        match s.read(&mut buf) {
            Ok(0) => return (out, true),
            Ok(n) => out.extend_from_slice(&buf[..n]),
            // Idle for 600 ms after data: done. Before any data (a slow debug build working
            // on a 3 MB value), keep waiting up to the overall limit.
            Err(_) if !out.is_empty() => return (out, false),
            Err(_) => {}
        }
        if start.elapsed() > Duration::from_secs(10) {
            return (out, false);
        }
    }
}

fn cmd(args: &[&str]) -> Vec<u8> {
    let mut v = format!("*{}\r\n", args.len()).into_bytes();
    for a in args {
        v.extend_from_slice(format!("${}\r\n{a}\r\n", a.len()).as_bytes());
    }
    v
}

fn cases() -> Vec<(&'static str, Vec<Vec<u8>>)> {
    let eval1 = cmd(&["EVAL", "return 1", "0"]);
    let evala = cmd(&["EVAL", "return ARGV[1]", "0", "hello world"]);
    let mut pipeline = Vec::new();
    for _ in 0..50 {
        pipeline.extend_from_slice(&eval1);
        pipeline.extend_from_slice(&evala);
    }
    let split: Vec<Vec<u8>> = evala.chunks(3).map(<[u8]>::to_vec).collect();
    let big = "x".repeat(3 * 1024 * 1024 + 7);
    let mut big_pipeline = cmd(&["SET", "big", &big]);
    for _ in 0..20 {
        big_pipeline.extend_from_slice(&cmd(&["GET", "big"]));
    }
    big_pipeline.extend_from_slice(&cmd(&["DEL", "big"]));
    vec![
        ("pipeline", vec![pipeline]),
        ("big values", vec![big_pipeline]),
        ("split packets", split),
        (
            "inline",
            vec![b"EVAL \"return 'a b'\" 0\r\n\r\nEVAL 'return {1,2}' 0\n".to_vec()],
        ),
        (
            "empty multibulk",
            vec![b"*0\r\n*-1\r\n".to_vec(), eval1.clone()],
        ),
        (
            "unknown command",
            vec![b"FOO bar 'baz'\r\n".to_vec(), cmd(&["nosuch"])],
        ),
        ("bad multibulk", vec![b"*abc\r\n".to_vec()]),
        ("big multibulk", vec![b"*2147483648\r\n".to_vec()]),
        (
            "bad bulk",
            vec![[eval1.clone(), b"*1\r\n$-3\r\n".to_vec()].concat()],
        ),
        ("huge bulk", vec![b"*1\r\n$536870913\r\n".to_vec()]),
        ("expected dollar", vec![b"*1\r\n:4\r\n".to_vec()]),
        ("newline as type", vec![b"*1\r\n\n\r\n".to_vec()]),
        ("unbalanced quotes", vec![b"EVAL \"return 1 0\r\n".to_vec()]),
        (
            "quote not followed by space",
            vec![b"EVAL 'return 1'0\r\n".to_vec()],
        ),
        ("too big inline", vec![vec![b'a'; 70_000]]),
        (
            "too big mbulk count",
            vec![[b"*".to_vec(), vec![b'1'; 70_000]].concat()],
        ),
        (
            "too big bulk count",
            vec![[b"*1\r\n$".to_vec(), vec![b'1'; 70_000]].concat()],
        ),
        ("quit", vec![[b"QUIT\r\n".to_vec(), eval1.clone()].concat()]),
        ("quit with args", vec![cmd(&["quit", "now"])]),
        (
            "unchecked trailer",
            vec![b"*3\r\n$4\r\nEVAL\r\n$8\r\nreturn 1xx$1\r\n0\r\n".to_vec()],
        ),
        ("arity", vec![cmd(&["EVAL"]), cmd(&["EVAL", "return 1"])]),
    ]
}

#[test]
fn raw_protocol_matches_real_redis() {
    let Some((_redis, rport)) = start_redis() else {
        eprintln!("SKIPPED: redis-server not installed");
        return;
    };
    let (_ours, oport) = start_our_server();
    let mut failures = Vec::new();
    for (name, chunks) in cases() {
        let theirs = exchange(rport, &chunks);
        let ours = exchange(oport, &chunks);
        if theirs != ours {
            println!(
                "{name}:\n  redis: {:?} closed={}\n  ours:  {:?} closed={}",
                String::from_utf8_lossy(&theirs.0),
                theirs.1,
                String::from_utf8_lossy(&ours.0),
                ours.1
            );
            failures.push(name);
        }
    }
    assert!(failures.is_empty(), "protocol differences: {failures:?}");
}

#[test]
fn script_kill_from_another_client() {
    let (_ours, port) = start_our_server();
    let mut a = TcpStream::connect(("127.0.0.1", port)).expect("connect a");
    a.write_all(&cmd(&["EVAL", "while true do end", "0"]))
        .expect("send eval");
    std::thread::sleep(Duration::from_millis(100));
    // Before the busy threshold SCRIPT KILL waits (queued); after it, it is served.
    let mut b = TcpStream::connect(("127.0.0.1", port)).expect("connect b");
    b.write_all(&cmd(&["SCRIPT", "KILL"])).expect("send kill");
    let _ = b.set_read_timeout(Some(Duration::from_secs(15)));
    let _ = a.set_read_timeout(Some(Duration::from_secs(15)));
    let mut buf = [0u8; 4096];
    let n = b.read(&mut buf).unwrap_or(0);
    let kill_reply = String::from_utf8_lossy(&buf[..n]).into_owned();
    let n = a.read(&mut buf).unwrap_or(0);
    let eval_reply = String::from_utf8_lossy(&buf[..n]).into_owned();
    assert!(
        kill_reply == "+OK\r\n" || kill_reply.starts_with("-NOTBUSY"),
        "kill reply {kill_reply:?}"
    );
    assert!(
        eval_reply.starts_with("-ERR Script killed by user with SCRIPT KILL..."),
        "eval reply {eval_reply:?}"
    );
}
