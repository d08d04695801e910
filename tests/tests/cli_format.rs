//! Compares `engine::cli::format_tty` / `format_raw` with real `redis-cli` output: a tiny
//! fake server (in a thread) answers redis-cli with canned replies encoded by our encoder.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::process::Command;
use std::sync::{Arc, Mutex};

use engine::cli::{format_raw, format_tty};
use engine::resp::{encode, Decoder, Reply};
use tests::have_tool;

fn b(s: &str) -> Reply {
    Reply::bulk(s)
}

fn cases() -> Vec<Reply> {
    let all_bytes: Vec<u8> = (0u8..=255).collect();
    let ten: Vec<Reply> = (0..12).map(Reply::Int).collect();
    vec![
        Reply::ok(),
        Reply::status("QUEUED"),
        Reply::err("ERR unknown command 'x'"),
        Reply::err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        Reply::Int(0),
        Reply::Int(-7),
        Reply::Int(i64::MIN),
        b("hello world"),
        b(""),
        Reply::Bulk(all_bytes),
        b("quote\" back\\ nl\n tab\t"),
        Reply::Nil,
        Reply::NilArray,
        Reply::Array(vec![]),
        Reply::Array(vec![b("a"), Reply::Int(1), Reply::Nil]),
        Reply::Array(vec![
            Reply::Array(vec![b("x"), Reply::Array(vec![b("y"), b("z")])]),
            Reply::Array(vec![]),
            b("w"),
        ]),
        Reply::Array(ten.clone()),
        Reply::Array(vec![Reply::Array(ten.clone()), Reply::Array(ten)]),
        Reply::Map(vec![]),
        Reply::Map(vec![(b("k"), b("v")), (b("n"), Reply::Int(2))]),
        Reply::Map(vec![
            (b("arr"), Reply::Array(vec![b("a"), b("b")])),
            (b("map"), Reply::Map(vec![(b("x"), Reply::Double(1.5))])),
        ]),
        Reply::Array(vec![Reply::Map(vec![(b("a"), Reply::Bool(true))]), b("z")]),
        Reply::Set(vec![]),
        Reply::Set(vec![b("m1"), b("m2")]),
        Reply::Double(1.5),
        Reply::Double(0.1),
        Reply::Double(f64::INFINITY),
        Reply::Double(f64::NEG_INFINITY),
        Reply::Double(1e300),
        Reply::Bool(true),
        Reply::Bool(false),
        Reply::Map(vec![
            (
                b("one"),
                Reply::Array(vec![Reply::Array(vec![b("deep"), b("er")])]),
            ),
            (b("single"), Reply::Array(vec![b("s")])),
            (
                b("m2"),
                Reply::Map(vec![(b("a"), b("b")), (b("c"), b("d"))]),
            ),
            (b("e"), Reply::Array(vec![])),
        ]),
        // (redis-cli 7.0's hiredis cannot print big numbers; not compared.)
        Reply::Verbatim(b"txt".to_vec(), b"line1\nline2".to_vec()),
        Reply::Array(vec![Reply::err("ERR inner"), b("x")]),
    ]
}

/// Serves: HELLO -> a small map; anything else -> the current canned reply (RESP3).
fn fake_server(current: Arc<Mutex<Vec<u8>>>) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().map(|a| a.port()).unwrap_or(0);
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(mut s) = conn else { continue };
            let current = current.clone();
            std::thread::spawn(move || {
                let mut dec = Decoder::new();
                let mut buf = [0u8; 4096];
                loop {
                    let n = match s.read(&mut buf) {
                        Ok(0) | Err(_) => return,
                        Ok(n) => n,
                    };
                    dec.feed(&buf[..n]);
                    while let Ok(Some(cmd)) = dec.next_command() {
                        let name = cmd.first().map(|c| c.to_ascii_uppercase());
                        let mut out = Vec::new();
                        if name.as_deref() == Some(b"HELLO") {
                            let hello = Reply::Map(vec![
                                (b("server"), b("redis")),
                                (b("version"), b("7.0.15")),
                                (b("proto"), Reply::Int(3)),
                            ]);
                            encode(&hello, 3, &mut out);
                        } else {
                            out = current.lock().map(|c| c.clone()).unwrap_or_default();
                        }
                        if s.write_all(&out).is_err() {
                            return;
                        }
                    }
                }
            });
        }
    });
    port
}

#[test]
fn tty_and_raw_formatting_match_redis_cli() {
    if !have_tool("redis-cli") {
        eprintln!("SKIPPED: redis-cli not installed");
        return;
    }
    let current = Arc::new(Mutex::new(Vec::new()));
    let port = fake_server(current.clone());
    let mut failures = 0;
    for (i, reply) in cases().iter().enumerate() {
        let mut bytes = Vec::new();
        encode(reply, 3, &mut bytes);
        if let Ok(mut c) = current.lock() {
            *c = bytes;
        }
        for (mode, ours) in [
            ("--no-raw", format_tty(reply)),
            ("--raw", format!("{}\n", format_raw(reply))),
        ] {
            let out = Command::new("redis-cli")
                .args(["-3", "-p", &port.to_string(), mode, "PING"])
                .output()
                .expect("run redis-cli");
            let theirs = String::from_utf8_lossy(&out.stdout).into_owned();
            if theirs != ours {
                failures += 1;
                eprintln!(
                    "case {i} {mode} {reply:?}\n redis-cli: {theirs:?}\n ours:      {ours:?}"
                );
            }
        }
    }
    assert_eq!(failures, 0, "{failures} formatting mismatches");
}
