//! Robustness: hostile arguments to every string/key/server command must never panic
//! (debug builds also catch arithmetic overflow).

use engine::clock::ManualClock;
use engine::commands::{table, Handler};
use engine::state::{check_command, ClientCtx, Core};

const NASTY: &[&str] = &[
    "",
    "0",
    "1",
    "-1",
    "2",
    "10",
    "9223372036854775807",
    "-9223372036854775808",
    "9223372036854775808",
    "4294967296",
    "536870911",
    "abc",
    "1e400",
    "1.5",
    "inf",
    "-inf",
    "nan",
    "#1",
    "*",
    "[",
    "\\",
    "EX",
    "PX",
    "EXAT",
    "PXAT",
    "GET",
    "NX",
    "XX",
    "GT",
    "LT",
    "KEEPTTL",
    "PERSIST",
    "COUNT",
    "MATCH",
    "TYPE",
    "BIT",
    "BYTE",
    "IDX",
    "LEN",
    "MINMATCHLEN",
    "WITHMATCHLEN",
    "REPLACE",
    "DB",
    "STORE",
    "BY",
    "LIMIT",
    "ALPHA",
    "OVERFLOW",
    "SAT",
    "FAIL",
    "i64",
    "u63",
    "i8",
    "k",
    "k2",
    "maxmemory",
    "hz",
    "save",
    "AUTH",
    "SETNAME",
    "default",
    "h",
    "0x10",
    "-0",
    "1 2",
];

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize
    }
}

#[test]
fn hostile_arguments_never_panic() {
    let clock = ManualClock::new(1_700_000_000_000_000);
    let mut core = Core::new(Box::new(clock), 7);
    let mut client = ClientCtx::new(1);
    let mut rng = Lcg(std::env::var("KS1_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(42));
    let mut names: Vec<Vec<u8>> = Vec::new();
    for spec in table().all() {
        if !matches!(
            spec.group,
            "string" | "generic" | "server" | "connection" | "bitmap" | "hyperloglog" | "pubsub"
        ) {
            continue;
        }
        if spec.subcommands.is_empty() {
            names.push(spec.name.as_bytes().to_vec());
        } else {
            for sub in spec.subcommands {
                names.push(format!("{} {}", spec.name, sub.name).into_bytes());
            }
        }
    }
    // Seed some data of several types.
    for args in [
        vec!["SET", "k", "12345"],
        vec!["SET", "k2", "hello world"],
        vec!["PFADD", "h", "a", "b"],
    ] {
        let a: Vec<Vec<u8>> = args.iter().map(|s| s.as_bytes().to_vec()).collect();
        if let Ok(spec) = check_command(&a) {
            core.run(&mut client, spec, &a);
        }
    }
    for _ in 0..40_000 {
        let name = &names[rng.next() % names.len()];
        let mut args: Vec<Vec<u8>> = name.split(|&c| c == b' ').map(|s| s.to_vec()).collect();
        let n = rng.next() % 7;
        for _ in 0..n {
            args.push(NASTY[rng.next() % NASTY.len()].as_bytes().to_vec());
        }
        // Never run the commands that would change the test's own environment wholesale.
        if args[0] == b"debug" || args[0] == b"shutdown" {
            continue;
        }
        if let Ok(spec) = check_command(&args) {
            if let Handler::Core(_) = spec.handler {
                core.run(&mut client, spec, &args);
            }
        }
        if client.db != 0 && rng.next().is_multiple_of(5) {
            client.db = 0;
        }
    }
}
