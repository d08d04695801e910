//! Snapshot persistence of the real server binary (`--snapshot PATH`): data of every type
//! with TTLs, a function library and a cached script; SAVE (and SHUTDOWN), restart on the
//! same file; the data, the TTLs and the functions are back, the script cache is not. A
//! corrupted or truncated file makes the server refuse to start with a clear message.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use tests::{free_port, native_bin, wait_port, Guard};

/// A blocking RESP client for the tests.
struct Client {
    r: BufReader<TcpStream>,
    w: TcpStream,
}

impl Client {
    fn connect(port: u16) -> Client {
        let s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
        s.set_read_timeout(Some(Duration::from_secs(20)))
            .expect("timeout");
        Client {
            r: BufReader::new(s.try_clone().expect("clone")),
            w: s,
        }
    }

    /// Sends a command and reads its reply, rendered as text.
    fn cmd(&mut self, args: &[&str]) -> String {
        let mut v = format!("*{}\r\n", args.len()).into_bytes();
        for a in args {
            v.extend_from_slice(format!("${}\r\n{a}\r\n", a.len()).as_bytes());
        }
        self.w.write_all(&v).expect("send");
        self.read()
    }

    fn read(&mut self) -> String {
        let mut line = String::new();
        self.r.read_line(&mut line).expect("read reply");
        let line = line.trim_end_matches("\r\n").to_string();
        let (kind, rest) = line.split_at(1.min(line.len()));
        match kind {
            "$" => {
                let n: i64 = rest.parse().expect("bulk len");
                if n < 0 {
                    return "(nil)".into();
                }
                let mut buf = vec![0u8; usize::try_from(n).expect("len") + 2];
                self.r.read_exact(&mut buf).expect("bulk");
                buf.truncate(buf.len() - 2);
                String::from_utf8_lossy(&buf).into_owned()
            }
            "*" => {
                let n: i64 = rest.parse().expect("array len");
                let items: Vec<String> = (0..n.max(0)).map(|_| self.read()).collect();
                format!("[{}]", items.join(","))
            }
            _ => line,
        }
    }
}

/// Starts the server with `--snapshot path`; `Err(stderr)` if it exits instead.
fn start(path: &Path) -> Result<(Guard, u16), String> {
    let bin = native_bin("redis-fn-server", true);
    let port = free_port();
    let child = Command::new(bin)
        .args(["--port", &port.to_string(), "--snapshot"])
        .arg(path)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start redis-fn-server");
    let mut g = Guard(child);
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(20) {
        if let Ok(Some(status)) = g.0.try_wait() {
            let mut err = String::new();
            if let Some(mut e) = g.0.stderr.take() {
                let _ = e.read_to_string(&mut err);
            }
            return Err(format!("exit {status}: {err}"));
        }
        if wait_port(port, Duration::from_millis(50)) {
            return Ok((g, port));
        }
    }
    Err("did not start".into())
}

fn exits_within(g: &mut Guard, timeout: Duration) -> bool {
    let start = Instant::now();
    while start.elapsed() < timeout {
        if let Ok(Some(_)) = g.0.try_wait() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    false
}

fn temp_path(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("snapshot_server_{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = dir.join(name);
    let _ = std::fs::remove_file(&p);
    p
}

const LIB: &str = "#!lua name=persisted\nredis.register_function('twice', function(keys, args) return tonumber(args[1]) * 2 end)\nredis.register_function{function_name='ro', callback=function(keys) return redis.call('GET', keys[1]) end, flags={'no-writes'}}";

fn populate(c: &mut Client) -> String {
    assert_eq!(c.cmd(&["SET", "s", "hello", "PX", "600000"]), "+OK");
    assert_eq!(c.cmd(&["SET", "plain", "forever"]), "+OK");
    assert_eq!(c.cmd(&["RPUSH", "l", "a", "b", "c"]), ":3");
    assert_eq!(c.cmd(&["EXPIRE", "l", "600"]), ":1");
    assert_eq!(c.cmd(&["HSET", "h", "f1", "v1", "f2", "v2"]), ":2");
    assert_eq!(c.cmd(&["PEXPIRE", "h", "900000"]), ":1");
    assert_eq!(c.cmd(&["SADD", "st", "x", "y", "z"]), ":3");
    assert_eq!(c.cmd(&["EXPIRE", "st", "700"]), ":1");
    assert_eq!(
        c.cmd(&["ZADD", "z", "1.5", "m1", "-2", "m2", "inf", "m3"]),
        ":3"
    );
    assert_eq!(c.cmd(&["EXPIRE", "z", "800"]), ":1");
    assert_eq!(c.cmd(&["SELECT", "3"]), "+OK");
    assert_eq!(c.cmd(&["SET", "db3", "three", "EX", "1000"]), "+OK");
    assert_eq!(c.cmd(&["SELECT", "0"]), "+OK");
    assert_eq!(c.cmd(&["FUNCTION", "LOAD", LIB]), "persisted");
    let sha = c.cmd(&["SCRIPT", "LOAD", "return 'cached'"]);
    assert_eq!(c.cmd(&["SCRIPT", "EXISTS", &sha]), "[:1]");
    sha
}

fn check(c: &mut Client, sha: &str) {
    assert_eq!(c.cmd(&["GET", "s"]), "hello");
    assert_eq!(c.cmd(&["GET", "plain"]), "forever");
    assert_eq!(c.cmd(&["PTTL", "plain"]), ":-1");
    assert_eq!(c.cmd(&["LRANGE", "l", "0", "-1"]), "[a,b,c]");
    assert_eq!(c.cmd(&["HGET", "h", "f2"]), "v2");
    assert_eq!(c.cmd(&["HLEN", "h"]), ":2");
    assert_eq!(c.cmd(&["SCARD", "st"]), ":3");
    assert_eq!(c.cmd(&["SISMEMBER", "st", "y"]), ":1");
    assert_eq!(
        c.cmd(&["ZRANGE", "z", "0", "-1", "WITHSCORES"]),
        "[m2,-2,m1,1.5,m3,inf]"
    );
    for (key, max) in [
        ("s", 600_000),
        ("l", 600_000),
        ("h", 900_000),
        ("st", 700_000),
        ("z", 800_000),
    ] {
        let pttl = c.cmd(&["PTTL", key]);
        let ms: i64 = pttl.trim_start_matches(':').parse().expect("pttl");
        assert!(ms > 0 && ms <= max, "PTTL {key} = {pttl}");
    }
    assert_eq!(c.cmd(&["SELECT", "3"]), "+OK");
    assert_eq!(c.cmd(&["GET", "db3"]), "three");
    let ttl = c.cmd(&["TTL", "db3"]);
    assert!(
        ttl.starts_with(':') && ttl != ":-1" && ttl != ":-2",
        "TTL db3 = {ttl}"
    );
    assert_eq!(c.cmd(&["SELECT", "0"]), "+OK");
    assert_eq!(c.cmd(&["FCALL", "twice", "0", "21"]), ":42");
    assert_eq!(c.cmd(&["FCALL_RO", "ro", "1", "s"]), "hello");
    // Eval scripts are a volatile cache: not in the snapshot.
    assert_eq!(c.cmd(&["SCRIPT", "EXISTS", sha]), "[:0]");
    assert_eq!(c.cmd(&["DBSIZE"]), ":6");
}

#[test]
fn save_restart_and_shutdown() {
    let path = temp_path("dump.snap");
    let (mut g, port) = start(&path).expect("first start");
    let mut c = Client::connect(port);
    let sha = populate(&mut c);
    assert!(!path.exists(), "nothing saved before SAVE");
    assert_eq!(c.cmd(&["SAVE"]), "+OK");
    assert!(path.exists(), "SAVE wrote the snapshot");
    // Written after SAVE: lost by SHUTDOWN NOSAVE.
    assert_eq!(c.cmd(&["SET", "after", "1"]), "+OK");
    let _ = c.cmd(&["SHUTDOWN", "NOSAVE"]);
    assert!(
        exits_within(&mut g, Duration::from_secs(5)),
        "SHUTDOWN NOSAVE exits"
    );

    let (mut g, port) = start(&path).expect("restart");
    let mut c = Client::connect(port);
    check(&mut c, &sha);
    assert_eq!(c.cmd(&["EXISTS", "after"]), ":0");

    // BGSAVE also writes; SHUTDOWN (saving) persists later changes.
    assert_eq!(c.cmd(&["SET", "bg", "yes"]), "+OK");
    assert_eq!(c.cmd(&["BGSAVE"]), "+Background saving started");
    assert_eq!(c.cmd(&["SET", "late", "v"]), "+OK");
    assert_eq!(c.cmd(&["DEL", "plain"]), ":1");
    let _ = c.cmd(&["SHUTDOWN"]);
    assert!(
        exits_within(&mut g, Duration::from_secs(5)),
        "SHUTDOWN exits"
    );

    let (_g, port) = start(&path).expect("third start");
    let mut c = Client::connect(port);
    assert_eq!(c.cmd(&["GET", "bg"]), "yes");
    assert_eq!(c.cmd(&["GET", "late"]), "v");
    assert_eq!(c.cmd(&["EXISTS", "plain"]), ":0");
    assert_eq!(c.cmd(&["FCALL", "twice", "0", "5"]), ":10");
    // No temporary files left beside the snapshot.
    let dir = path.parent().expect("dir");
    let leftovers: Vec<_> = std::fs::read_dir(dir)
        .expect("read dir")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn corrupted_snapshot_refuses_to_start() {
    let path = temp_path("good.snap");
    let (mut g, port) = start(&path).expect("start");
    let mut c = Client::connect(port);
    populate(&mut c);
    assert_eq!(c.cmd(&["SAVE"]), "+OK");
    let _ = c.cmd(&["SHUTDOWN", "NOSAVE"]);
    assert!(exits_within(&mut g, Duration::from_secs(5)));
    let good = std::fs::read(&path).expect("snapshot");
    assert!(good.len() > 16);

    let mut cases: Vec<(&str, Vec<u8>)> = vec![
        ("truncated", good[..good.len() / 2].to_vec()),
        ("truncated by one byte", good[..good.len() - 1].to_vec()),
        ("empty", Vec::new()),
        ("garbage", b"this is not a snapshot at all".to_vec()),
    ];
    let mut flipped = good.clone();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0x40;
    cases.push(("one flipped byte", flipped));
    for (name, bytes) in cases {
        let bad = temp_path("bad.snap");
        std::fs::write(&bad, &bytes).expect("write");
        match start(&bad) {
            Ok(_) => panic!("{name}: the server started on a corrupted snapshot"),
            Err(msg) => {
                println!("{name}: {}", msg.trim());
                assert!(msg.starts_with("exit exit status: 1"), "{name}: {msg}");
                assert!(
                    msg.contains("cannot load the snapshot") && msg.contains("refusing to start"),
                    "{name}: unclear message {msg}"
                );
            }
        }
        // The file is left as it was (never overwritten by a half-loaded state).
        assert_eq!(std::fs::read(&bad).expect("read"), bytes, "{name}");
    }
}
