//! Robustness: random argument vectors for every hash/list/set/sorted-set command must never
//! panic the engine, and collections must never be left empty in the keyspace.

use engine::commands::{hashes, lists, sets, zsets};
use engine::keyspace::Value;
use engine::state::{check_command, ClientCtx, Core};
use engine::ManualClock;

struct Prng(u64);
impl Prng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, v: &'a [&'a str]) -> &'a str {
        v[(self.next() % v.len() as u64) as usize]
    }
}

const TOKENS: &[&str] = &[
    "k1",
    "k2",
    "k3",
    "a",
    "b",
    "c",
    "1",
    "2",
    "0",
    "-1",
    "-2",
    "3",
    "10",
    "100",
    "1.5",
    "-0",
    "inf",
    "-inf",
    "+inf",
    "nan",
    "(1",
    "(2",
    "[a",
    "(b",
    "+",
    "-",
    "",
    " 1",
    "x",
    "1e400",
    "9223372036854775807",
    "-9223372036854775808",
    "4611686018427387904",
    "LIMIT",
    "WITHSCORES",
    "WITHVALUES",
    "COUNT",
    "MATCH",
    "*",
    "a*",
    "[",
    "\\",
    "BYSCORE",
    "BYLEX",
    "REV",
    "NX",
    "XX",
    "GT",
    "LT",
    "CH",
    "INCR",
    "LEFT",
    "RIGHT",
    "MIN",
    "MAX",
    "BEFORE",
    "AFTER",
    "RANK",
    "MAXLEN",
    "WEIGHTS",
    "AGGREGATE",
    "SUM",
    "0.01",
    "-5",
];

#[test]
fn random_commands_never_panic() {
    let mut names: Vec<&str> = Vec::new();
    for fam in [
        hashes::COMMANDS,
        lists::COMMANDS,
        sets::COMMANDS,
        zsets::COMMANDS,
    ] {
        for c in fam {
            names.push(c.name);
        }
    }
    let mut rng = Prng(0x1234_5678_9abc_def1);
    let clock = ManualClock::new(1_700_000_000_000_000);
    let mut core = Core::new(Box::new(clock), 7);
    let mut client = ClientCtx::new(1);
    for i in 0..40_000 {
        client.resp = if i % 3 == 0 { 3 } else { 2 };
        let name = names[(rng.next() % names.len() as u64) as usize];
        let n = (rng.next() % 9) as usize;
        let mut args = vec![name.as_bytes().to_vec()];
        // Mostly keys first so commands reach their data paths.
        args.push(rng.pick(&["k1", "k2", "k3"]).as_bytes().to_vec());
        for _ in 0..n {
            args.push(rng.pick(TOKENS).as_bytes().to_vec());
        }
        if let Ok(spec) = check_command(&args) {
            let _ = core.run(&mut client, spec, &args);
        }
        for k in ["k1", "k2", "k3", "a", "b", "c", "x", "1", "2"] {
            let now = core.now_ms;
            let empty = match core.dbs[0].get(k.as_bytes(), now) {
                Some(Value::Hash(h)) => h.is_empty(),
                Some(Value::List(l)) => l.is_empty(),
                Some(Value::Set(s)) => s.is_empty(),
                Some(Value::ZSet(z)) => z.is_empty(),
                _ => false,
            };
            assert!(!empty, "empty collection left at {k} after {args:?}");
        }
        if i % 5000 == 0 {
            core.dbs[0].clear();
        }
    }
}
