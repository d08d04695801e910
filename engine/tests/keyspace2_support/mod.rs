//! Shared runner for the keyspace2 conformance tests: executes commands on a fresh [`Core`]
//! and compares replies the way `diffredis.py` does.

#![allow(dead_code)]

use engine::keyspace::Value;
use engine::state::{check_command, ClientCtx, Core};
use engine::util::numfmt::fmt_g;
use engine::{ManualClock, Reply};

/// An expected reply in the corpus' tagged form.
#[derive(Clone, Debug)]
pub enum E {
    Status(Vec<u8>),
    Err(Vec<u8>),
    Int(i64),
    Bulk(Vec<u8>),
    Nil,
    Arr(Vec<E>),
    Set(Vec<E>),
    Map(Vec<(E, E)>),
    Dbl(String),
    Bool(bool),
}

/// Lowers a reply to what a client speaking `resp` receives.
pub fn lower(r: &Reply, resp: u8) -> E {
    match r {
        Reply::Status(s) => E::Status(s.clone()),
        Reply::Error(s) => E::Err(s.clone()),
        Reply::Int(i) => E::Int(*i),
        Reply::Bulk(b) => E::Bulk(b.clone()),
        Reply::Nil | Reply::NilArray => E::Nil,
        Reply::Array(v) | Reply::Push(v) => E::Arr(v.iter().map(|x| lower(x, resp)).collect()),
        Reply::Map(v) => {
            if resp >= 3 {
                E::Map(
                    v.iter()
                        .map(|(k, x)| (lower(k, resp), lower(x, resp)))
                        .collect(),
                )
            } else {
                let mut out = Vec::new();
                for (k, x) in v {
                    out.push(lower(k, resp));
                    out.push(lower(x, resp));
                }
                E::Arr(out)
            }
        }
        Reply::Set(v) => {
            let items = v.iter().map(|x| lower(x, resp)).collect();
            if resp >= 3 {
                E::Set(items)
            } else {
                E::Arr(items)
            }
        }
        Reply::Double(d) => {
            if resp >= 3 {
                E::Dbl(fmt_g(*d, 17))
            } else {
                E::Bulk(fmt_g(*d, 17).into_bytes())
            }
        }
        Reply::Bool(b) => {
            if resp >= 3 {
                E::Bool(*b)
            } else {
                E::Int(i64::from(*b))
            }
        }
        Reply::BigNumber(b) => E::Bulk(b.clone()),
        Reply::Verbatim(_, b) => E::Bulk(b.clone()),
    }
}

fn dbl_eq(a: &str, b: &str) -> bool {
    let p = |s: &str| -> Option<f64> {
        match s {
            "inf" => Some(f64::INFINITY),
            "-inf" => Some(f64::NEG_INFINITY),
            _ => s.parse().ok(),
        }
    };
    match (p(a), p(b)) {
        (Some(x), Some(y)) => x == y || (x.is_nan() && y.is_nan()),
        _ => a == b,
    }
}

fn multiset_eq(a: &[E], b: &[E], deep: bool) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut used = vec![false; b.len()];
    'outer: for x in a {
        for (i, y) in b.iter().enumerate() {
            if !used[i] && eq(x, y, deep) {
                used[i] = true;
                continue 'outer;
            }
        }
        return false;
    }
    true
}

/// Deep equality; maps and sets are order-insensitive, `deep` makes every array so.
pub fn eq(a: &E, b: &E, deep: bool) -> bool {
    match (a, b) {
        (E::Status(x), E::Status(y)) | (E::Err(x), E::Err(y)) | (E::Bulk(x), E::Bulk(y)) => x == y,
        (E::Int(x), E::Int(y)) => x == y,
        (E::Nil, E::Nil) => true,
        (E::Bool(x), E::Bool(y)) => x == y,
        (E::Dbl(x), E::Dbl(y)) => dbl_eq(x, y),
        (E::Arr(x), E::Arr(y)) => {
            if deep {
                multiset_eq(x, y, deep)
            } else {
                x.len() == y.len() && x.iter().zip(y).all(|(p, q)| eq(p, q, deep))
            }
        }
        (E::Set(x), E::Set(y)) => multiset_eq(x, y, deep),
        (E::Map(x), E::Map(y)) => {
            let fx: Vec<E> = x
                .iter()
                .map(|(k, v)| E::Arr(vec![k.clone(), v.clone()]))
                .collect();
            let fy: Vec<E> = y
                .iter()
                .map(|(k, v)| E::Arr(vec![k.clone(), v.clone()]))
                .collect();
            multiset_eq(&fx, &fy, deep)
        }
        _ => false,
    }
}

fn matches(got: &E, want: &E, mode: &str) -> bool {
    match mode {
        "unordered" => match (got, want) {
            (E::Arr(x), E::Arr(y)) => multiset_eq(x, y, false),
            _ => eq(got, want, false),
        },
        "unordered-pairs" => match (got, want) {
            (E::Arr(x), E::Arr(y)) => {
                let pairs =
                    |v: &[E]| -> Vec<E> { v.chunks(2).map(|c| E::Arr(c.to_vec())).collect() };
                x.len() == y.len() && multiset_eq(&pairs(x), &pairs(y), false)
            }
            _ => eq(got, want, false),
        },
        "deep-unordered" => eq(got, want, true),
        "any" => true,
        "type-only" | "shape" | "regex" => {
            std::mem::discriminant(got) == std::mem::discriminant(want)
        }
        _ => eq(got, want, false),
    }
}

/// Runs one command on `core` for `client`. A few commands outside this branch's families
/// (SET, EXISTS, OBJECT ENCODING, TYPE, EXPIRE-free basics) are emulated when the table does
/// not have them yet.
pub fn exec(core: &mut Core, client: &mut ClientCtx, args: &[Vec<u8>]) -> Reply {
    match check_command(args) {
        Ok(spec) => core.run(client, spec, args),
        Err(e) => {
            let name = args
                .first()
                .map(|n| n.to_ascii_uppercase())
                .unwrap_or_default();
            let now = core.now_ms;
            let db = &mut core.dbs[client.db];
            match name.as_slice() {
                b"SET" if args.len() == 3 => {
                    db.set(args[1].clone(), Value::Str(args[2].clone()));
                    Reply::ok()
                }
                b"EXISTS" => {
                    Reply::Int(args[1..].iter().filter(|k| db.contains(k, now)).count() as i64)
                }
                b"TYPE" if args.len() == 2 => Reply::Status(
                    db.get(&args[1], now)
                        .map(|v| v.type_name())
                        .unwrap_or("none")
                        .as_bytes()
                        .to_vec(),
                ),
                b"DEL" => {
                    Reply::Int(args[1..].iter().filter(|k| db.remove(k).is_some()).count() as i64)
                }
                b"OBJECT" if args.len() == 3 && args[1].eq_ignore_ascii_case(b"encoding") => {
                    match db.get(&args[2], now) {
                        Some(v) => Reply::bulk(v.encoding()),
                        None => Reply::Nil,
                    }
                }
                _ => e,
            }
        }
    }
}

/// Runs a case: a fresh server, one client (HELLO 3 when `resp` is 3), each command compared.
pub fn run_case(resp: u8, cmds: Vec<(Vec<Vec<u8>>, E, &str)>) {
    let clock = ManualClock::new(1_700_000_000_000_000);
    let mut core = Core::new(Box::new(clock), 42);
    let mut client = ClientCtx::new(1);
    client.resp = resp;
    let mut failures = Vec::new();
    for (args, want, mode) in cmds {
        let got = exec(&mut core, &mut client, &args);
        let g = lower(&got, resp);
        if !matches(&g, &want, mode) {
            let shown: Vec<String> = args
                .iter()
                .map(|a| String::from_utf8_lossy(a).into_owned())
                .collect();
            failures.push(format!(
                "{shown:?}\n   got:  {g:?}\n   want: {want:?} ({mode})"
            ));
        }
    }
    assert!(failures.is_empty(), "mismatches:\n{}", failures.join("\n"));
}
