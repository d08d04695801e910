//! Server and connection commands: PING/ECHO/TIME/INFO/DBSIZE/FLUSH*/SELECT/SWAPDB/HELLO/
//! AUTH/CLIENT/CONFIG/COMMAND/MEMORY/DEBUG/..., the transaction and shutdown entries the
//! engine executes itself, plus PUBLISH, HyperLogLog and XADD entries.
//!
//! COMMAND INFO/DOCS/GETKEYS read the whole command table; key-spec details and command
//! tips that [`CommandSpec`] does not carry come from the [`meta`] table recorded from
//! Redis 7.0.15.

use super::flags::*;
use super::keys::{help_reply, parse_db_index};
use super::strings::arg_i64;
use super::{CommandSpec, Handler, Keys};
use crate::keyspace::Value;
use crate::resp::Reply;
use crate::state::Ctx;
use crate::util::glob::Glob;

/// The Redis version this engine emulates.
pub const REDIS_VERSION: &str = "7.0.15";

fn cmd_ping(ctx: &mut Ctx) -> Reply {
    match ctx.args.len() {
        1 => Reply::status("PONG"),
        2 => Reply::bulk(ctx.arg(1)),
        _ => Reply::wrong_arity("ping"),
    }
}

fn cmd_echo(ctx: &mut Ctx) -> Reply {
    Reply::bulk(ctx.arg(1))
}

fn cmd_time(ctx: &mut Ctx) -> Reply {
    let us = ctx.core.clock_us();
    Reply::Array(vec![
        Reply::bulk(us.div_euclid(1_000_000).to_string()),
        Reply::bulk(us.rem_euclid(1_000_000).to_string()),
    ])
}

fn cmd_select(ctx: &mut Ctx) -> Reply {
    match parse_db_index(ctx, ctx.arg(1), crate::resp::value::NOT_INT) {
        Ok(id) => {
            ctx.client.db = id;
            Reply::ok()
        }
        Err(e) => e,
    }
}

fn cmd_swapdb(ctx: &mut Ctx) -> Reply {
    let a = match parse_db_index(ctx, ctx.arg(1), "ERR invalid first DB index") {
        Ok(v) => v,
        Err(e) => return e,
    };
    let b = match parse_db_index(ctx, ctx.arg(2), "ERR invalid second DB index") {
        Ok(v) => v,
        Err(e) => return e,
    };
    if a != b {
        ctx.core.dbs.swap(a, b);
        ctx.core.flushed_dbs.push(a);
        ctx.core.flushed_dbs.push(b);
    }
    ctx.dirty(1);
    Reply::ok()
}

fn live_len(ctx: &mut Ctx, db: usize) -> usize {
    let now = ctx.now_ms();
    match ctx.core.dbs.get_mut(db) {
        Some(d) => {
            d.active_expire(now);
            d.len()
        }
        None => 0,
    }
}

fn cmd_dbsize(ctx: &mut Ctx) -> Reply {
    let db = ctx.client.db;
    Reply::Int(live_len(ctx, db) as i64)
}

fn cmd_lastsave(ctx: &mut Ctx) -> Reply {
    Reply::Int(ctx.core.stats.lastsave)
}

fn flush_flags(ctx: &Ctx) -> Result<(), Reply> {
    match ctx.args.len() {
        1 => Ok(()),
        2 if ctx.arg(1).eq_ignore_ascii_case(b"async")
            || ctx.arg(1).eq_ignore_ascii_case(b"sync") =>
        {
            Ok(())
        }
        _ => Err(Reply::syntax()),
    }
}

fn cmd_flushdb(ctx: &mut Ctx) -> Reply {
    if let Err(e) = flush_flags(ctx) {
        return e;
    }
    let db = ctx.client.db;
    let n = ctx.core.dbs.get(db).map(|d| d.len()).unwrap_or(0);
    if let Some(d) = ctx.core.dbs.get_mut(db) {
        d.clear();
    }
    ctx.core.flushed_dbs.push(db);
    ctx.dirty(n as u64);
    Reply::ok()
}

fn cmd_flushall(ctx: &mut Ctx) -> Reply {
    if let Err(e) = flush_flags(ctx) {
        return e;
    }
    let mut n = 0;
    for (i, d) in ctx.core.dbs.iter_mut().enumerate() {
        n += d.len();
        d.clear();
        ctx.core.flushed_dbs.push(i);
    }
    ctx.dirty(n as u64 + 1);
    Reply::ok()
}

fn cmd_save(ctx: &mut Ctx) -> Reply {
    ctx.core.save_requested = true;
    ctx.core.stats.lastsave = ctx.core.clock_us() / 1_000_000;
    Reply::ok()
}

fn cmd_bgsave(ctx: &mut Ctx) -> Reply {
    if ctx.args.len() > 2 || (ctx.args.len() == 2 && !ctx.arg(1).eq_ignore_ascii_case(b"schedule"))
    {
        return Reply::syntax();
    }
    ctx.core.save_requested = true;
    ctx.core.stats.lastsave = ctx.core.clock_us() / 1_000_000;
    Reply::status("Background saving started")
}

fn cmd_bgrewriteaof(_ctx: &mut Ctx) -> Reply {
    Reply::status("Background append only file rewriting started")
}

fn cmd_role(_ctx: &mut Ctx) -> Reply {
    Reply::Array(vec![
        Reply::bulk("master"),
        Reply::Int(0),
        Reply::Array(vec![]),
    ])
}

fn cmd_lolwut(ctx: &mut Ctx) -> Reply {
    let mut j = 1;
    while j < ctx.args.len() {
        if ctx.arg(j).eq_ignore_ascii_case(b"version") && j + 1 < ctx.args.len() {
            if let Err(e) = arg_i64(ctx.arg(j + 1)) {
                return e;
            }
            j += 2;
        } else {
            j += 1;
        }
    }
    Reply::Verbatim(
        b"txt".to_vec(),
        format!("Redis ver. {REDIS_VERSION}\n").into_bytes(),
    )
}

// ---------------------------------------------------------------------------------------
// AUTH / HELLO
// ---------------------------------------------------------------------------------------

const WRONGPASS: &str = "WRONGPASS invalid username-password pair or user is disabled.";

/// Checks credentials against the default user (`requirepass`, or nopass when empty).
fn authenticate(ctx: &Ctx, user: &[u8], pass: &[u8]) -> Result<(), Reply> {
    if user != b"default" {
        return Err(Reply::err(WRONGPASS));
    }
    let req = ctx.core.config.value("requirepass").unwrap_or("");
    if req.is_empty() || req.as_bytes() == pass {
        Ok(())
    } else {
        Err(Reply::err(WRONGPASS))
    }
}

fn cmd_auth(ctx: &mut Ctx) -> Reply {
    match ctx.args.len() {
        2 => {
            if ctx
                .core
                .config
                .value("requirepass")
                .unwrap_or("")
                .is_empty()
            {
                return Reply::err("ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?");
            }
            match authenticate(ctx, b"default", ctx.arg(1)) {
                Ok(()) => Reply::ok(),
                Err(e) => e,
            }
        }
        3 => match authenticate(ctx, ctx.arg(1), ctx.arg(2)) {
            Ok(()) => Reply::ok(),
            Err(e) => e,
        },
        _ => Reply::syntax(),
    }
}

/// Redis's client name validation.
fn validate_client_name(name: &[u8]) -> Result<(), Reply> {
    if name.iter().any(|&c| !(b'!'..=b'~').contains(&c)) {
        return Err(Reply::err(
            "ERR Client names cannot contain spaces, newlines or special characters.",
        ));
    }
    Ok(())
}

fn cmd_hello(ctx: &mut Ctx) -> Reply {
    let mut ver: Option<i64> = None;
    let mut next = 1;
    if ctx.args.len() >= 2 {
        let v = match crate::util::parse_i64(ctx.arg(1)) {
            Some(v) => v,
            None => return Reply::err("ERR Protocol version is not an integer or out of range"),
        };
        if !(2..=3).contains(&v) {
            return Reply::err("NOPROTO unsupported protocol version");
        }
        ver = Some(v);
        next = 2;
    }
    let mut auth: Option<(Vec<u8>, Vec<u8>)> = None;
    let mut name: Option<Vec<u8>> = None;
    let mut j = next;
    while j < ctx.args.len() {
        let more = ctx.args.len() - 1 - j;
        let opt = ctx.arg(j);
        if opt.eq_ignore_ascii_case(b"auth") && more >= 2 {
            auth = Some((ctx.arg(j + 1).to_vec(), ctx.arg(j + 2).to_vec()));
            j += 3;
        } else if opt.eq_ignore_ascii_case(b"setname") && more >= 1 {
            let n = ctx.arg(j + 1).to_vec();
            if let Err(e) = validate_client_name(&n) {
                return e;
            }
            name = Some(n);
            j += 2;
        } else {
            return Reply::err(format!(
                "ERR Syntax error in HELLO option '{}'",
                String::from_utf8_lossy(opt)
            ));
        }
    }
    if let Some((u, p)) = auth {
        if let Err(e) = authenticate(ctx, &u, &p) {
            return e;
        }
    }
    if let Some(n) = name {
        ctx.client.name = if n.is_empty() { None } else { Some(n) };
    }
    if let Some(v) = ver {
        ctx.client.resp = v as u8;
    }
    Reply::Map(vec![
        (Reply::bulk("server"), Reply::bulk("redis")),
        (Reply::bulk("version"), Reply::bulk(REDIS_VERSION)),
        (Reply::bulk("proto"), Reply::Int(i64::from(ctx.client.resp))),
        (Reply::bulk("id"), Reply::Int(ctx.client.id as i64)),
        (Reply::bulk("mode"), Reply::bulk("standalone")),
        (Reply::bulk("role"), Reply::bulk("master")),
        (Reply::bulk("modules"), Reply::Array(vec![])),
    ])
}

// ---------------------------------------------------------------------------------------
// CLIENT
// ---------------------------------------------------------------------------------------

fn client_line(ctx: &Ctx, cmd: &str) -> String {
    let name = ctx
        .client
        .name
        .as_deref()
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .unwrap_or_default();
    format!(
        "id={} addr=127.0.0.1:{} laddr=127.0.0.1:{} fd=8 name={} age=0 idle=0 flags={} db={} sub=0 psub=0 ssub=0 multi={} qbuf=26 qbuf-free=20448 argv-mem=10 multi-mem=0 rbs=1024 rbp=0 obl=0 oll=0 omem=0 tot-mem=22298 events=r cmd={} user=default redir=-1 resp={}\n",
        ctx.client.id,
        40000 + (ctx.client.id % 20000),
        ctx.core.config.int("port"),
        name,
        if ctx.client.in_multi { "x" } else { "N" },
        ctx.client.db,
        if ctx.client.in_multi { 0 } else { -1 },
        cmd,
        ctx.client.resp
    )
}

fn cmd_client_id(ctx: &mut Ctx) -> Reply {
    Reply::Int(ctx.client.id as i64)
}

fn cmd_client_getname(ctx: &mut Ctx) -> Reply {
    match &ctx.client.name {
        Some(n) => Reply::bulk(n),
        None => Reply::Nil,
    }
}

fn cmd_client_setname(ctx: &mut Ctx) -> Reply {
    let n = ctx.arg(2).to_vec();
    if let Err(e) = validate_client_name(&n) {
        return e;
    }
    ctx.client.name = if n.is_empty() { None } else { Some(n) };
    Reply::ok()
}

fn cmd_client_info(ctx: &mut Ctx) -> Reply {
    Reply::Verbatim(
        b"txt".to_vec(),
        client_line(ctx, "client|info").into_bytes(),
    )
}

fn cmd_client_list(ctx: &mut Ctx) -> Reply {
    let mut j = 2;
    while j < ctx.args.len() {
        let opt = ctx.arg(j).to_ascii_lowercase();
        if opt == b"type" && j + 1 < ctx.args.len() {
            let t = ctx.arg(j + 1).to_ascii_lowercase();
            if !matches!(
                t.as_slice(),
                b"normal" | b"master" | b"replica" | b"slave" | b"pubsub"
            ) {
                return Reply::err(format!(
                    "ERR Unknown client type '{}'",
                    String::from_utf8_lossy(ctx.arg(j + 1))
                ));
            }
            if t != b"normal" {
                return Reply::Verbatim(b"txt".to_vec(), Vec::new());
            }
            j += 2;
        } else if opt == b"id" && j + 1 < ctx.args.len() {
            let mut found = false;
            for k in j + 1..ctx.args.len() {
                match crate::util::parse_i64(ctx.arg(k)) {
                    Some(id) if id > 0 => found |= id as u64 == ctx.client.id,
                    _ => return Reply::err("ERR Invalid client ID"),
                }
            }
            if !found {
                return Reply::Verbatim(b"txt".to_vec(), Vec::new());
            }
            j = ctx.args.len();
        } else {
            return Reply::syntax();
        }
    }
    Reply::Verbatim(
        b"txt".to_vec(),
        client_line(ctx, "client|list").into_bytes(),
    )
}

fn cmd_client_kill(ctx: &mut Ctx) -> Reply {
    if ctx.args.len() == 3 {
        return Reply::err("ERR No such client");
    }
    if !(ctx.args.len() - 2).is_multiple_of(2) {
        return Reply::syntax();
    }
    Reply::Int(0)
}

fn on_off(ctx: &Ctx, i: usize, opts: &[&[u8]]) -> Reply {
    if opts.iter().any(|o| ctx.arg(i).eq_ignore_ascii_case(o)) {
        Reply::ok()
    } else {
        Reply::syntax()
    }
}

fn cmd_client_no_evict(ctx: &mut Ctx) -> Reply {
    on_off(ctx, 2, &[b"on", b"off"])
}

fn cmd_client_reply(ctx: &mut Ctx) -> Reply {
    on_off(ctx, 2, &[b"on", b"off", b"skip"])
}

fn cmd_client_pause(ctx: &mut Ctx) -> Reply {
    match arg_i64(ctx.arg(2)) {
        Ok(t) if t < 0 => return Reply::err("ERR timeout is negative"),
        Ok(_) => {}
        Err(_) => return Reply::err("ERR timeout is not an integer or out of range"),
    }
    if ctx.args.len() == 4
        && !ctx.arg(3).eq_ignore_ascii_case(b"write")
        && !ctx.arg(3).eq_ignore_ascii_case(b"all")
    {
        return Reply::syntax();
    }
    if ctx.args.len() > 4 {
        return Reply::syntax();
    }
    Reply::ok()
}

fn cmd_client_unpause(_ctx: &mut Ctx) -> Reply {
    Reply::ok()
}

fn cmd_client_tracking(ctx: &mut Ctx) -> Reply {
    on_off(ctx, 2, &[b"on", b"off"])
}

fn cmd_client_caching(_ctx: &mut Ctx) -> Reply {
    Reply::err("ERR CLIENT CACHING can be called only when the client is in tracking mode with OPTIN or OPTOUT mode enabled")
}

fn cmd_client_getredir(_ctx: &mut Ctx) -> Reply {
    Reply::Int(-1)
}

fn cmd_client_trackinginfo(_ctx: &mut Ctx) -> Reply {
    Reply::Map(vec![
        (Reply::bulk("flags"), Reply::Set(vec![Reply::bulk("off")])),
        (Reply::bulk("redirect"), Reply::Int(-1)),
        (Reply::bulk("prefixes"), Reply::Array(vec![])),
    ])
}

fn cmd_client_unblock(ctx: &mut Ctx) -> Reply {
    if let Err(e) = arg_i64(ctx.arg(2)) {
        return e;
    }
    if ctx.args.len() == 4
        && !ctx.arg(3).eq_ignore_ascii_case(b"timeout")
        && !ctx.arg(3).eq_ignore_ascii_case(b"error")
    {
        return Reply::err("ERR CLIENT UNBLOCK reason should be TIMEOUT or ERROR");
    }
    Reply::Int(0)
}

fn cmd_client_help(_ctx: &mut Ctx) -> Reply {
    help_reply(CLIENT_HELP)
}

// ---------------------------------------------------------------------------------------
// CONFIG
// ---------------------------------------------------------------------------------------

fn cmd_config_get(ctx: &mut Ctx) -> Reply {
    let pats: Vec<&[u8]> = ctx.args.iter().skip(2).map(|a| a.as_slice()).collect();
    let pairs = ctx.core.config.get(&pats);
    Reply::Map(
        pairs
            .into_iter()
            .map(|(k, v)| (Reply::Bulk(k), Reply::Bulk(v)))
            .collect(),
    )
}

fn cmd_config_set(ctx: &mut Ctx) -> Reply {
    if !(ctx.args.len() - 2).is_multiple_of(2) {
        return Reply::syntax();
    }
    let pairs: Vec<(&[u8], &[u8])> = ctx
        .args
        .get(2..)
        .unwrap_or_default()
        .chunks(2)
        .map(|c| {
            (
                c.first().map(|v| v.as_slice()).unwrap_or_default(),
                c.get(1).map(|v| v.as_slice()).unwrap_or_default(),
            )
        })
        .collect();
    match ctx.core.config.set(&pairs) {
        Ok(()) => Reply::ok(),
        Err(e) => Reply::err(e),
    }
}

fn cmd_config_resetstat(ctx: &mut Ctx) -> Reply {
    let s = &mut ctx.core.stats;
    s.commands = 0;
    s.error_replies = 0;
    s.expired_keys = 0;
    s.connections = 0;
    Reply::ok()
}

fn cmd_config_rewrite(_ctx: &mut Ctx) -> Reply {
    Reply::err("ERR The server is running without a config file")
}

fn cmd_config_help(_ctx: &mut Ctx) -> Reply {
    help_reply(CONFIG_HELP)
}

// ---------------------------------------------------------------------------------------
// Memory estimates (MEMORY USAGE, INFO memory)
// ---------------------------------------------------------------------------------------

/// jemalloc's size class for an allocation of `n` bytes.
pub fn jemalloc_size(n: usize) -> usize {
    if n <= 8 {
        return 8;
    }
    if n <= 128 {
        return n.div_ceil(16) * 16;
    }
    // Four classes per doubling above 128.
    let mut base = 128usize;
    loop {
        let step = base / 4;
        let Some(top) = base.checked_mul(2) else {
            return n;
        };
        if n <= top {
            return n.div_ceil(step).saturating_mul(step);
        }
        base = top;
    }
}

/// Size of an sds string allocation for `len` bytes (header by length, plus NUL).
fn sds_alloc(len: usize) -> usize {
    let hdr = if len < 32 {
        1
    } else if len < 256 {
        3
    } else if len < 65536 {
        5
    } else {
        9
    };
    jemalloc_size(hdr + len + 1)
}

/// Approximate allocated bytes of a value (Redis's `objectComputeSize`, no sampling).
pub fn value_size(v: &Value) -> usize {
    const ROBJ: usize = 16;
    match v {
        Value::Str(s) => {
            if s.len() <= 20 && crate::util::parse_i64(s).is_some() {
                ROBJ
            } else if s.len() <= 44 {
                jemalloc_size(ROBJ + 3 + s.len() + 1)
            } else {
                ROBJ + sds_alloc(s.len())
            }
        }
        Value::List(l) => {
            let bytes: usize = l.items.iter().map(|e| e.len() + 2).sum();
            ROBJ + 32 + jemalloc_size(bytes + 7)
        }
        Value::Set(s) => {
            let bytes: usize = s.members.iter().map(|e| sds_alloc(e.len()) + 24).sum();
            ROBJ + 64 + bytes
        }
        Value::Hash(h) => {
            let bytes: usize = h.map.iter().map(|(k, v)| k.len() + v.len() + 4).sum();
            ROBJ + jemalloc_size(bytes + 7)
        }
        Value::ZSet(z) => {
            let bytes: usize = z.members().map(|(m, _)| m.len() + 11).sum();
            ROBJ + jemalloc_size(bytes + 7)
        }
        Value::Stream(st) => ROBJ + st.memory(),
    }
}

/// MEMORY USAGE of a key: value + key sds + dict entry.
pub fn key_memory(key: &[u8], v: &Value) -> usize {
    value_size(v) + sds_alloc(key.len()) + 24
}

/// Memory the server reports at startup.
const STARTUP_MEMORY: usize = 876_288;

fn dataset_memory(ctx: &Ctx) -> usize {
    ctx.core
        .dbs
        .iter()
        .map(|d| d.iter().map(|(k, v)| key_memory(k, v)).sum::<usize>())
        .sum()
}

fn used_memory(ctx: &Ctx) -> usize {
    let s = &ctx.core.stats;
    STARTUP_MEMORY + dataset_memory(ctx) + s.scripts_memory + s.functions_memory
}

fn human_bytes(n: u64) -> String {
    let d = n as f64;
    if n < 1024 {
        format!("{n}B")
    } else if n < 1024 * 1024 {
        format!("{:.2}K", d / 1024.0)
    } else if n < 1024 * 1024 * 1024 {
        format!("{:.2}M", d / (1024.0 * 1024.0))
    } else if n < 1 << 40 {
        format!("{:.2}G", d / (1024.0 * 1024.0 * 1024.0))
    } else {
        format!("{:.2}T", d / (1024.0 * 1024.0 * 1024.0 * 1024.0))
    }
}

fn cmd_memory_usage(ctx: &mut Ctx) -> Reply {
    let mut j = 3;
    while j < ctx.args.len() {
        if ctx.arg(j).eq_ignore_ascii_case(b"samples") && j + 1 < ctx.args.len() {
            match arg_i64(ctx.arg(j + 1)) {
                Ok(v) if v >= 0 => {}
                Ok(_) => return Reply::not_int(),
                Err(e) => return e,
            }
            j += 2;
        } else {
            return Reply::syntax();
        }
    }
    let key = ctx.arg(2).to_vec();
    match ctx.get(&key) {
        None => Reply::Nil,
        Some(v) => Reply::Int(key_memory(&key, v) as i64),
    }
}

fn cmd_memory_doctor(_ctx: &mut Ctx) -> Reply {
    Reply::Verbatim(b"txt".to_vec(), b"Hi Sam, this instance is empty or is using very little memory, my issues detector can't be used in these conditions. Please, leave for your mission on Earth and fill it with some data. The new Sam and I will be back to our programming as soon as I finished rebooting.\n".to_vec())
}

fn cmd_memory_stats(ctx: &mut Ctx) -> Reply {
    let used = used_memory(ctx) as i64;
    let data = dataset_memory(ctx) as i64;
    let keys: usize = ctx.core.dbs.iter().map(|d| d.len()).sum();
    let mut m = vec![
        (Reply::bulk("peak.allocated"), Reply::Int(used)),
        (Reply::bulk("total.allocated"), Reply::Int(used)),
        (
            Reply::bulk("startup.allocated"),
            Reply::Int(STARTUP_MEMORY as i64),
        ),
        (Reply::bulk("replication.backlog"), Reply::Int(0)),
        (Reply::bulk("clients.slaves"), Reply::Int(0)),
        (Reply::bulk("clients.normal"), Reply::Int(0)),
        (Reply::bulk("cluster.links"), Reply::Int(0)),
        (Reply::bulk("aof.buffer"), Reply::Int(0)),
        (
            Reply::bulk("lua.caches"),
            Reply::Int(ctx.core.stats.scripts_memory as i64),
        ),
        (
            Reply::bulk("functions.caches"),
            Reply::Int(ctx.core.stats.functions_memory as i64),
        ),
    ];
    for (i, d) in ctx.core.dbs.iter().enumerate() {
        if d.is_empty() {
            continue;
        }
        m.push((
            Reply::bulk(format!("db.{i}")),
            Reply::Map(vec![
                (
                    Reply::bulk("overhead.hashtable.main"),
                    Reply::Int((d.len() * 32) as i64),
                ),
                (
                    Reply::bulk("overhead.hashtable.expires"),
                    Reply::Int((d.expires_len() * 32) as i64),
                ),
                (
                    Reply::bulk("overhead.hashtable.slot-to-keys"),
                    Reply::Int(0),
                ),
            ]),
        ));
    }
    let overhead = used - data;
    m.push((Reply::bulk("overhead.total"), Reply::Int(overhead)));
    m.push((Reply::bulk("keys.count"), Reply::Int(keys as i64)));
    m.push((
        Reply::bulk("keys.bytes-per-key"),
        Reply::Int(if keys == 0 {
            0
        } else {
            (used - STARTUP_MEMORY as i64) / keys as i64
        }),
    ));
    m.push((Reply::bulk("dataset.bytes"), Reply::Int(data)));
    let pct = if used > STARTUP_MEMORY as i64 {
        data as f64 * 100.0 / (used - STARTUP_MEMORY as i64) as f64
    } else {
        0.0
    };
    m.push((Reply::bulk("dataset.percentage"), Reply::Double(pct)));
    m.push((Reply::bulk("peak.percentage"), Reply::Double(100.0)));
    m.push((Reply::bulk("fragmentation"), Reply::Double(1.0)));
    m.push((Reply::bulk("fragmentation.bytes"), Reply::Int(0)));
    Reply::Map(m)
}

fn cmd_memory_malloc_stats(_ctx: &mut Ctx) -> Reply {
    Reply::Verbatim(
        b"txt".to_vec(),
        b"Stats not supported for the current allocator".to_vec(),
    )
}

fn cmd_memory_purge(_ctx: &mut Ctx) -> Reply {
    Reply::ok()
}

fn cmd_memory_help(_ctx: &mut Ctx) -> Reply {
    help_reply(MEMORY_HELP)
}

// ---------------------------------------------------------------------------------------
// INFO
// ---------------------------------------------------------------------------------------

const DEFAULT_SECTIONS: &[&str] = &[
    "server",
    "clients",
    "memory",
    "persistence",
    "stats",
    "replication",
    "cpu",
    "modules",
    "errorstats",
    "cluster",
    "keyspace",
];
const ALL_SECTIONS: &[&str] = &[
    "server",
    "clients",
    "memory",
    "persistence",
    "stats",
    "replication",
    "cpu",
    "modules",
    "commandstats",
    "errorstats",
    "latencystats",
    "cluster",
    "keyspace",
];

fn run_id(ctx: &Ctx) -> String {
    use sha1::{Digest, Sha1};
    let mut h = Sha1::new();
    h.update(b"run-id");
    h.update(ctx.core.stats.start_ms.to_le_bytes());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

fn info_section(ctx: &mut Ctx, name: &str) -> Option<String> {
    use std::fmt::Write as _;
    let now_us = ctx.core.clock_us();
    let uptime = (now_us / 1000 - ctx.core.stats.start_ms).max(0) / 1000;
    let st = ctx.core.stats.clone();
    let title = match name {
        "cpu" => "CPU".to_string(),
        other => {
            let mut c = other.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        }
    };
    // One growing string; runs of constant lines are single literals.
    let mut s = format!("# {title}\r\n");
    let cfg = &ctx.core.config;
    match name {
        "server" => {
            let _ = write!(s, "redis_version:{REDIS_VERSION}\r\n");
            s.push_str(concat!(
                "redis_git_sha1:00000000\r\n",
                "redis_git_dirty:0\r\n",
                "redis_build_id:ae4d7c971a948f0\r\n",
                "redis_mode:standalone\r\n"
            ));
            let _ = write!(
                s,
                "os:{} {}\r\n",
                if cfg!(target_arch = "wasm32") {
                    "Browser"
                } else {
                    "Linux"
                },
                std::env::consts::ARCH
            );
            s.push_str(concat!(
                "arch_bits:64\r\n",
                "monotonic_clock:POSIX clock_gettime\r\n",
                "multiplexing_api:epoll\r\n",
                "atomicvar_api:c11-builtin\r\n",
                "gcc_version:12.2.0\r\n",
                "process_id:1\r\n",
                "process_supervised:no\r\n"
            ));
            let _ = write!(s, "run_id:{}\r\n", run_id(ctx));
            let _ = write!(s, "tcp_port:{}\r\n", cfg.int("port"));
            let _ = write!(s, "server_time_usec:{now_us}\r\n");
            let _ = write!(s, "uptime_in_seconds:{uptime}\r\n");
            let _ = write!(s, "uptime_in_days:{}\r\n", uptime / 86400);
            let _ = write!(s, "hz:{}\r\n", cfg.int("hz"));
            let _ = write!(s, "configured_hz:{}\r\n", cfg.int("hz"));
            let _ = write!(
                s,
                "lru_clock:{}\r\n",
                (now_us / 1_000_000) & ((1 << 24) - 1)
            );
            s.push_str(concat!(
                "executable:/usr/bin/redis-server\r\n",
                "config_file:\r\n",
                "io_threads_active:0\r\n"
            ));
        }
        "clients" => {
            let _ = write!(s, "connected_clients:{}\r\n", st.connected_clients.max(1));
            s.push_str("cluster_connections:0\r\n");
            let _ = write!(s, "maxclients:{}\r\n", cfg.int("maxclients"));
            s.push_str(concat!(
                "client_recent_max_input_buffer:0\r\n",
                "client_recent_max_output_buffer:0\r\n",
                "blocked_clients:0\r\n",
                "tracking_clients:0\r\n",
                "clients_in_timeout_table:0\r\n"
            ));
        }
        "memory" => {
            let used = used_memory(ctx) as u64;
            let data = dataset_memory(ctx) as u64;
            let overhead = used - data;
            let maxmem = ctx.core.config.maxmemory.max(0) as u64;
            let lua = st.lua_memory as u64;
            let fvm = st.functions_vm_memory as u64;
            let scripts = (st.scripts_memory + st.functions_memory) as u64;
            let rss = used + 8 * 1024 * 1024;
            let peak = used;
            let dperc = if used > STARTUP_MEMORY as u64 {
                data as f64 * 100.0 / (used - STARTUP_MEMORY as u64) as f64
            } else {
                0.0
            };
            let _ = write!(s, "used_memory:{used}\r\n");
            let _ = write!(s, "used_memory_human:{}\r\n", human_bytes(used));
            let _ = write!(s, "used_memory_rss:{rss}\r\n");
            let _ = write!(s, "used_memory_rss_human:{}\r\n", human_bytes(rss));
            let _ = write!(s, "used_memory_peak:{peak}\r\n");
            let _ = write!(s, "used_memory_peak_human:{}\r\n", human_bytes(peak));
            s.push_str("used_memory_peak_perc:100.00%\r\n");
            let _ = write!(s, "used_memory_overhead:{overhead}\r\n");
            let _ = write!(s, "used_memory_startup:{STARTUP_MEMORY}\r\n");
            let _ = write!(s, "used_memory_dataset:{data}\r\n");
            let _ = write!(s, "used_memory_dataset_perc:{dperc:.2}%\r\n");
            let _ = write!(s, "allocator_allocated:{used}\r\n");
            let _ = write!(s, "allocator_active:{used}\r\n");
            let _ = write!(s, "allocator_resident:{rss}\r\n");
            s.push_str(concat!(
                "total_system_memory:4294967296\r\n",
                "total_system_memory_human:4.00G\r\n"
            ));
            let _ = write!(s, "used_memory_lua:{lua}\r\n");
            let _ = write!(s, "used_memory_vm_eval:{lua}\r\n");
            let _ = write!(s, "used_memory_lua_human:{}\r\n", human_bytes(lua));
            let _ = write!(s, "used_memory_scripts_eval:{}\r\n", st.scripts_memory);
            let _ = write!(s, "number_of_cached_scripts:{}\r\n", st.cached_scripts);
            let _ = write!(s, "number_of_functions:{}\r\n", st.functions);
            let _ = write!(s, "number_of_libraries:{}\r\n", st.libraries);
            let _ = write!(s, "used_memory_vm_functions:{fvm}\r\n");
            let _ = write!(s, "used_memory_vm_total:{}\r\n", lua + fvm);
            let _ = write!(
                s,
                "used_memory_vm_total_human:{}\r\n",
                human_bytes(lua + fvm)
            );
            let _ = write!(s, "used_memory_functions:{}\r\n", st.functions_memory);
            let _ = write!(s, "used_memory_scripts:{scripts}\r\n");
            let _ = write!(s, "used_memory_scripts_human:{}\r\n", human_bytes(scripts));
            let _ = write!(s, "maxmemory:{maxmem}\r\n");
            let _ = write!(s, "maxmemory_human:{}\r\n", human_bytes(maxmem));
            let _ = write!(
                s,
                "maxmemory_policy:{}\r\n",
                ctx.core
                    .config
                    .value("maxmemory-policy")
                    .unwrap_or("noeviction")
            );
            s.push_str(concat!(
                "allocator_frag_ratio:1.00\r\n",
                "allocator_frag_bytes:0\r\n",
                "allocator_rss_ratio:1.00\r\n",
                "allocator_rss_bytes:0\r\n",
                "rss_overhead_ratio:1.00\r\n",
                "rss_overhead_bytes:0\r\n",
                "mem_fragmentation_ratio:1.00\r\n",
                "mem_fragmentation_bytes:0\r\n",
                "mem_not_counted_for_evict:0\r\n",
                "mem_replication_backlog:0\r\n",
                "mem_total_replication_buffers:0\r\n",
                "mem_clients_slaves:0\r\n",
                "mem_clients_normal:0\r\n",
                "mem_cluster_links:0\r\n",
                "mem_aof_buffer:0\r\n",
                "mem_allocator:jemalloc-5.3.0\r\n",
                "active_defrag_running:0\r\n",
                "lazyfree_pending_objects:0\r\n",
                "lazyfreed_objects:0\r\n"
            ));
        }
        "persistence" => {
            s.push_str(concat!(
                "loading:0\r\n",
                "async_loading:0\r\n",
                "current_cow_peak:0\r\n",
                "current_cow_size:0\r\n",
                "current_cow_size_age:0\r\n",
                "current_fork_perc:0.00\r\n",
                "current_save_keys_processed:0\r\n",
                "current_save_keys_total:0\r\n"
            ));
            let _ = write!(s, "rdb_changes_since_last_save:{}\r\n", st.dirty);
            s.push_str("rdb_bgsave_in_progress:0\r\n");
            let _ = write!(s, "rdb_last_save_time:{}\r\n", st.lastsave);
            s.push_str(concat!(
                "rdb_last_bgsave_status:ok\r\n",
                "rdb_last_bgsave_time_sec:-1\r\n",
                "rdb_current_bgsave_time_sec:-1\r\n",
                "rdb_saves:0\r\n",
                "rdb_last_cow_size:0\r\n",
                "rdb_last_load_keys_expired:0\r\n",
                "rdb_last_load_keys_loaded:0\r\n"
            ));
            let _ = write!(
                s,
                "aof_enabled:{}\r\n",
                u8::from(ctx.core.config.value("appendonly") == Some("yes"))
            );
            s.push_str(concat!(
                "aof_rewrite_in_progress:0\r\n",
                "aof_rewrite_scheduled:0\r\n",
                "aof_last_rewrite_time_sec:-1\r\n",
                "aof_current_rewrite_time_sec:-1\r\n",
                "aof_last_bgrewrite_status:ok\r\n",
                "aof_rewrites:0\r\n",
                "aof_rewrites_consecutive_failures:0\r\n",
                "aof_last_write_status:ok\r\n",
                "aof_last_cow_size:0\r\n",
                "module_fork_in_progress:0\r\n",
                "module_fork_last_cow_size:0\r\n"
            ));
        }
        "stats" => {
            let _ = write!(
                s,
                "total_connections_received:{}\r\n",
                st.connections.max(1)
            );
            let _ = write!(s, "total_commands_processed:{}\r\n", st.commands);
            s.push_str(concat!(
                "instantaneous_ops_per_sec:0\r\n",
                "total_net_input_bytes:0\r\n",
                "total_net_output_bytes:0\r\n",
                "total_net_repl_input_bytes:0\r\n",
                "total_net_repl_output_bytes:0\r\n",
                "instantaneous_input_kbps:0.00\r\n",
                "instantaneous_output_kbps:0.00\r\n",
                "instantaneous_input_repl_kbps:0.00\r\n",
                "instantaneous_output_repl_kbps:0.00\r\n",
                "rejected_connections:0\r\n",
                "sync_full:0\r\n",
                "sync_partial_ok:0\r\n",
                "sync_partial_err:0\r\n"
            ));
            let _ = write!(s, "expired_keys:{}\r\n", st.expired_keys);
            s.push_str(concat!(
                "expired_stale_perc:0.00\r\n",
                "expired_time_cap_reached_count:0\r\n",
                "expire_cycle_cpu_milliseconds:0\r\n",
                "evicted_keys:0\r\n",
                "evicted_clients:0\r\n",
                "total_eviction_exceeded_time:0\r\n",
                "current_eviction_exceeded_time:0\r\n",
                "keyspace_hits:0\r\n",
                "keyspace_misses:0\r\n",
                "pubsub_channels:0\r\n",
                "pubsub_patterns:0\r\n",
                "pubsubshard_channels:0\r\n",
                "latest_fork_usec:0\r\n",
                "total_forks:0\r\n",
                "migrate_cached_sockets:0\r\n",
                "slave_expires_tracked_keys:0\r\n",
                "active_defrag_hits:0\r\n",
                "active_defrag_misses:0\r\n",
                "active_defrag_key_hits:0\r\n",
                "active_defrag_key_misses:0\r\n",
                "total_active_defrag_time:0\r\n",
                "current_active_defrag_time:0\r\n",
                "tracking_total_keys:0\r\n",
                "tracking_total_items:0\r\n",
                "tracking_total_prefixes:0\r\n",
                "unexpected_error_replies:0\r\n"
            ));
            let _ = write!(s, "total_error_replies:{}\r\n", st.error_replies);
            s.push_str(concat!(
                "dump_payload_sanitizations:0\r\n",
                "total_reads_processed:0\r\n",
                "total_writes_processed:0\r\n",
                "io_threaded_reads_processed:0\r\n",
                "io_threaded_writes_processed:0\r\n",
                "reply_buffer_shrinks:0\r\n",
                "reply_buffer_expands:0\r\n"
            ));
        }
        "replication" => {
            s.push_str(concat!(
                "role:master\r\n",
                "connected_slaves:0\r\n",
                "master_failover_state:no-failover\r\n"
            ));
            let _ = write!(s, "master_replid:{}\r\n", run_id(ctx));
            s.push_str(concat!(
                "master_replid2:0000000000000000000000000000000000000000\r\n",
                "master_repl_offset:0\r\n",
                "second_repl_offset:-1\r\n",
                "repl_backlog_active:0\r\n",
                "repl_backlog_size:1048576\r\n",
                "repl_backlog_first_byte_offset:0\r\n",
                "repl_backlog_histlen:0\r\n"
            ));
        }
        "cpu" => {
            s.push_str(concat!(
                "used_cpu_sys:0.000000\r\n",
                "used_cpu_user:0.000000\r\n",
                "used_cpu_sys_children:0.000000\r\n",
                "used_cpu_user_children:0.000000\r\n",
                "used_cpu_sys_main_thread:0.000000\r\n",
                "used_cpu_user_main_thread:0.000000\r\n"
            ));
        }
        "modules" | "commandstats" | "errorstats" | "latencystats" => {}
        "cluster" => {
            s.push_str("cluster_enabled:0\r\n");
        }
        "keyspace" => {
            let now = ctx.now_ms();
            for (i, d) in ctx.core.dbs.iter_mut().enumerate() {
                d.active_expire(now);
                if !d.is_empty() {
                    let _ = write!(
                        s,
                        "db{i}:keys={},expires={},avg_ttl=0\r\n",
                        d.len(),
                        d.expires_len()
                    );
                }
            }
        }
        _ => return None,
    }
    Some(s)
}

fn cmd_info(ctx: &mut Ctx) -> Reply {
    let mut wanted: Vec<&str> = Vec::new();
    let args: Vec<String> = ctx
        .args
        .iter()
        .skip(1)
        .map(|a| String::from_utf8_lossy(a).to_ascii_lowercase())
        .collect();
    if args.is_empty() {
        wanted.extend(DEFAULT_SECTIONS);
    }
    for a in &args {
        match a.as_str() {
            "default" => wanted.extend(DEFAULT_SECTIONS),
            "all" | "everything" => wanted.extend(ALL_SECTIONS),
            other => {
                if let Some(s) = ALL_SECTIONS.iter().find(|s| **s == other) {
                    wanted.push(s);
                }
            }
        }
    }
    let mut out: Vec<String> = Vec::new();
    for s in ALL_SECTIONS {
        if wanted.contains(s) {
            if let Some(text) = info_section(ctx, s) {
                out.push(text);
            }
        }
    }
    Reply::Verbatim(b"txt".to_vec(), out.join("\r\n").into_bytes())
}

// ---------------------------------------------------------------------------------------
// DEBUG (gated by enable-debug-command, which is `no` by default as in Redis)
// ---------------------------------------------------------------------------------------

fn cmd_debug(ctx: &mut Ctx) -> Reply {
    if ctx.core.config.value("enable-debug-command") == Some("no") {
        return Reply::err("ERR DEBUG command not allowed. If the enable-debug-command option is set to \"local\", you can run it from a local connection, otherwise you need to set this option in the configuration file, and then restart the server.");
    }
    let sub = ctx.arg(1).to_ascii_lowercase();
    match sub.as_slice() {
        b"sleep"
        | b"jmap"
        | b"set-active-expire"
        | b"quicklist-packed-threshold"
        | b"set-skip-checksum-validation"
        | b"replybuffer"
        | b"change-repl-id"
        | b"log" => Reply::ok(),
        b"object" => {
            let key = ctx.arg(2).to_vec();
            match ctx.get(&key) {
                None => Reply::err(crate::resp::value::NO_SUCH_KEY),
                Some(v) => Reply::status(format!(
                    "Value at:0x7f0000000000 refcount:1 encoding:{} serializedlength:{} lru:0 lru_seconds_idle:0",
                    v.encoding(),
                    value_size(v)
                )),
            }
        }
        b"help" => help_reply(&[
            "DEBUG <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
            "SLEEP <seconds>",
            "    Stop the server for <seconds>. Decimals allowed.",
            "HELP",
            "    Prints this help.",
        ]),
        _ => Reply::err(format!(
            "ERR unknown subcommand '{}'. Try DEBUG HELP.",
            String::from_utf8_lossy(ctx.arg(1))
        )),
    }
}

// ---------------------------------------------------------------------------------------
// SLOWLOG / LATENCY / PUBSUB / PUBLISH
// ---------------------------------------------------------------------------------------

fn cmd_slowlog_get(ctx: &mut Ctx) -> Reply {
    if ctx.args.len() == 3 {
        match arg_i64(ctx.arg(2)) {
            Ok(v) if v >= -1 => {}
            _ => return Reply::err("ERR count should be greater than or equal to -1"),
        }
    }
    Reply::Array(vec![])
}

fn cmd_slowlog_len(_ctx: &mut Ctx) -> Reply {
    Reply::Int(0)
}

fn cmd_slowlog_reset(_ctx: &mut Ctx) -> Reply {
    Reply::ok()
}

fn cmd_slowlog_help(_ctx: &mut Ctx) -> Reply {
    help_reply(SLOWLOG_HELP)
}

fn cmd_latency_doctor(_ctx: &mut Ctx) -> Reply {
    Reply::Verbatim(b"txt".to_vec(), b"Dave, no latency spike was observed during the lifetime of this Redis instance, not in the slightest bit. I honestly think you ought to sleep tonight.\n".to_vec())
}

fn cmd_latency_graph(ctx: &mut Ctx) -> Reply {
    Reply::err(format!(
        "ERR No samples available for event '{}'",
        String::from_utf8_lossy(ctx.arg(2))
    ))
}

fn cmd_latency_history(_ctx: &mut Ctx) -> Reply {
    Reply::Array(vec![])
}

fn cmd_latency_latest(_ctx: &mut Ctx) -> Reply {
    Reply::Array(vec![])
}

fn cmd_latency_histogram(_ctx: &mut Ctx) -> Reply {
    Reply::Map(vec![])
}

fn cmd_latency_reset(_ctx: &mut Ctx) -> Reply {
    Reply::Int(0)
}

fn cmd_latency_help(_ctx: &mut Ctx) -> Reply {
    help_reply(LATENCY_HELP)
}

fn cmd_publish(_ctx: &mut Ctx) -> Reply {
    Reply::Int(0)
}

fn cmd_spublish(_ctx: &mut Ctx) -> Reply {
    Reply::Int(0)
}

fn cmd_pubsub_channels(_ctx: &mut Ctx) -> Reply {
    Reply::Array(vec![])
}

fn cmd_pubsub_shardchannels(_ctx: &mut Ctx) -> Reply {
    Reply::Array(vec![])
}

fn cmd_pubsub_numpat(_ctx: &mut Ctx) -> Reply {
    Reply::Int(0)
}

fn numsub(ctx: &Ctx) -> Reply {
    Reply::Map(
        ctx.args
            .iter()
            .skip(2)
            .map(|c| (Reply::bulk(c), Reply::Int(0)))
            .collect(),
    )
}

fn cmd_pubsub_numsub(ctx: &mut Ctx) -> Reply {
    numsub(ctx)
}

fn cmd_pubsub_shardnumsub(ctx: &mut Ctx) -> Reply {
    numsub(ctx)
}

fn cmd_pubsub_help(_ctx: &mut Ctx) -> Reply {
    help_reply(PUBSUB_HELP)
}

// ---------------------------------------------------------------------------------------
// Streams (only the XADD table entry for now)
// ---------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------
// COMMAND
// ---------------------------------------------------------------------------------------

/// Key specs, tips and legacy key ranges recorded from Redis 7.0.15's COMMAND INFO, indexed
/// by full name (`get`, `config|set`).
pub mod meta {
    /// Where the key search begins.
    #[derive(Clone, Copy, Debug)]
    pub enum Bs {
        /// At a fixed argument index.
        Index(i64),
        /// After a keyword, searching from `startfrom` (negative: from the end, backwards).
        Keyword(&'static str, i64),
        /// Not describable (the command has a getkeys procedure).
        Unknown,
    }
    /// How keys are found from the beginning.
    #[derive(Clone, Copy, Debug)]
    pub enum Fk {
        /// `lastkey` (relative, negative from the end), `keystep`, `limit`.
        Range(i64, i64, i64),
        /// `keynumidx`, `firstkey`, `keystep` (relative to the begin index).
        Keynum(i64, i64, i64),
        /// Not describable.
        Unknown,
    }
    /// One key specification.
    #[derive(Clone, Copy, Debug)]
    pub struct KeySpec {
        /// Free-text notes.
        pub notes: &'static str,
        /// Access flags (RO, RW, OW, RM, access, update, insert, delete, ...).
        pub flags: &'static [&'static str],
        /// Begin search.
        pub bs: Bs,
        /// Find keys.
        pub fk: Fk,
    }
    /// (full name, tips, key specs, legacy (first, last, step) key range)
    pub type Meta = (
        &'static str,
        &'static [&'static str],
        &'static [KeySpec],
        (i64, i64, i64),
    );

    /// Looks a command's recorded metadata up by full name.
    pub fn get(full: &str) -> Option<&'static Meta> {
        META.binary_search_by(|m| m.0.cmp(full))
            .ok()
            .and_then(|i| META.get(i))
    }

    /// The recorded table, sorted by name.
    pub const META: &[Meta] = &[
        ("acl", &[], &[], (0, 0, 0)),
        ("acl|cat", &[], &[], (0, 0, 0)),
        ("acl|deluser", &[], &[], (0, 0, 0)),
        ("acl|dryrun", &[], &[], (0, 0, 0)),
        ("acl|genpass", &[], &[], (0, 0, 0)),
        ("acl|getuser", &[], &[], (0, 0, 0)),
        ("acl|help", &[], &[], (0, 0, 0)),
        ("acl|list", &[], &[], (0, 0, 0)),
        ("acl|load", &[], &[], (0, 0, 0)),
        ("acl|log", &[], &[], (0, 0, 0)),
        ("acl|save", &[], &[], (0, 0, 0)),
        ("acl|setuser", &[], &[], (0, 0, 0)),
        ("acl|users", &[], &[], (0, 0, 0)),
        ("acl|whoami", &[], &[], (0, 0, 0)),
        ("append", &[], &[KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("asking", &[], &[], (0, 0, 0)),
        ("auth", &[], &[], (0, 0, 0)),
        ("bgrewriteaof", &[], &[], (0, 0, 0)),
        ("bgsave", &[], &[], (0, 0, 0)),
        ("bitcount", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("bitfield", &[], &[KeySpec { notes: "This command allows both access and modification of the key", flags: &["RW", "access", "update", "variable_flags"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("bitfield_ro", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("bitop", &[], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(3), fk: Fk::Range(-1, 1, 0) }], (2, -1, 1)),
        ("bitpos", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("blmove", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }], (1, 2, 1)),
        ("blmpop", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(2), fk: Fk::Keynum(0, 1, 1) }], (0, 0, 0)),
        ("blpop", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(-2, 1, 0) }], (1, -2, 1)),
        ("brpop", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(-2, 1, 0) }], (1, -2, 1)),
        ("brpoplpush", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }], (1, 2, 1)),
        ("bzmpop", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(2), fk: Fk::Keynum(0, 1, 1) }], (0, 0, 0)),
        ("bzpopmax", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(-2, 1, 0) }], (1, -2, 1)),
        ("bzpopmin", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(-2, 1, 0) }], (1, -2, 1)),
        ("client", &[], &[], (0, 0, 0)),
        ("client|caching", &[], &[], (0, 0, 0)),
        ("client|getname", &[], &[], (0, 0, 0)),
        ("client|getredir", &[], &[], (0, 0, 0)),
        ("client|help", &[], &[], (0, 0, 0)),
        ("client|id", &[], &[], (0, 0, 0)),
        ("client|info", &["nondeterministic_output"], &[], (0, 0, 0)),
        ("client|kill", &[], &[], (0, 0, 0)),
        ("client|list", &["nondeterministic_output"], &[], (0, 0, 0)),
        ("client|no-evict", &[], &[], (0, 0, 0)),
        ("client|pause", &[], &[], (0, 0, 0)),
        ("client|reply", &[], &[], (0, 0, 0)),
        ("client|setname", &[], &[], (0, 0, 0)),
        ("client|tracking", &[], &[], (0, 0, 0)),
        ("client|trackinginfo", &[], &[], (0, 0, 0)),
        ("client|unblock", &[], &[], (0, 0, 0)),
        ("client|unpause", &[], &[], (0, 0, 0)),
        ("cluster", &[], &[], (0, 0, 0)),
        ("cluster|addslots", &[], &[], (0, 0, 0)),
        ("cluster|addslotsrange", &[], &[], (0, 0, 0)),
        ("cluster|bumpepoch", &["nondeterministic_output"], &[], (0, 0, 0)),
        ("cluster|count-failure-reports", &["nondeterministic_output"], &[], (0, 0, 0)),
        ("cluster|countkeysinslot", &[], &[], (0, 0, 0)),
        ("cluster|delslots", &[], &[], (0, 0, 0)),
        ("cluster|delslotsrange", &[], &[], (0, 0, 0)),
        ("cluster|failover", &[], &[], (0, 0, 0)),
        ("cluster|flushslots", &[], &[], (0, 0, 0)),
        ("cluster|forget", &[], &[], (0, 0, 0)),
        ("cluster|getkeysinslot", &["nondeterministic_output"], &[], (0, 0, 0)),
        ("cluster|help", &[], &[], (0, 0, 0)),
        ("cluster|info", &["nondeterministic_output"], &[], (0, 0, 0)),
        ("cluster|keyslot", &[], &[], (0, 0, 0)),
        ("cluster|links", &["nondeterministic_output"], &[], (0, 0, 0)),
        ("cluster|meet", &[], &[], (0, 0, 0)),
        ("cluster|myid", &[], &[], (0, 0, 0)),
        ("cluster|nodes", &["nondeterministic_output"], &[], (0, 0, 0)),
        ("cluster|replicas", &["nondeterministic_output"], &[], (0, 0, 0)),
        ("cluster|replicate", &[], &[], (0, 0, 0)),
        ("cluster|reset", &[], &[], (0, 0, 0)),
        ("cluster|saveconfig", &[], &[], (0, 0, 0)),
        ("cluster|set-config-epoch", &[], &[], (0, 0, 0)),
        ("cluster|setslot", &[], &[], (0, 0, 0)),
        ("cluster|shards", &["nondeterministic_output"], &[], (0, 0, 0)),
        ("cluster|slaves", &["nondeterministic_output"], &[], (0, 0, 0)),
        ("cluster|slots", &["nondeterministic_output"], &[], (0, 0, 0)),
        ("command", &["nondeterministic_output_order"], &[], (0, 0, 0)),
        ("command|count", &[], &[], (0, 0, 0)),
        ("command|docs", &["nondeterministic_output_order"], &[], (0, 0, 0)),
        ("command|getkeys", &[], &[], (0, 0, 0)),
        ("command|getkeysandflags", &[], &[], (0, 0, 0)),
        ("command|help", &[], &[], (0, 0, 0)),
        ("command|info", &["nondeterministic_output_order"], &[], (0, 0, 0)),
        ("command|list", &["nondeterministic_output_order"], &[], (0, 0, 0)),
        ("config", &[], &[], (0, 0, 0)),
        ("config|get", &[], &[], (0, 0, 0)),
        ("config|help", &[], &[], (0, 0, 0)),
        ("config|resetstat", &[], &[], (0, 0, 0)),
        ("config|rewrite", &[], &[], (0, 0, 0)),
        ("config|set", &["request_policy:all_nodes", "response_policy:all_succeeded"], &[], (0, 0, 0)),
        ("copy", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }], (1, 2, 1)),
        ("dbsize", &["request_policy:all_shards", "response_policy:agg_sum"], &[], (0, 0, 0)),
        ("debug", &[], &[], (0, 0, 0)),
        ("decr", &[], &[KeySpec { notes: "", flags: &["RW", "access", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("decrby", &[], &[KeySpec { notes: "", flags: &["RW", "access", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("del", &["request_policy:multi_shard", "response_policy:agg_sum"], &[KeySpec { notes: "", flags: &["RM", "delete"], bs: Bs::Index(1), fk: Fk::Range(-1, 1, 0) }], (1, -1, 1)),
        ("discard", &[], &[], (0, 0, 0)),
        ("dump", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("echo", &[], &[], (0, 0, 0)),
        ("eval", &[], &[KeySpec { notes: "We cannot tell how the keys will be used so we assume the worst, RW and UPDATE", flags: &["RW", "access", "update"], bs: Bs::Index(2), fk: Fk::Keynum(0, 1, 1) }], (0, 0, 0)),
        ("eval_ro", &[], &[KeySpec { notes: "We cannot tell how the keys will be used so we assume the worst, RO and ACCESS", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Keynum(0, 1, 1) }], (0, 0, 0)),
        ("evalsha", &[], &[KeySpec { notes: "", flags: &["RW", "access", "update"], bs: Bs::Index(2), fk: Fk::Keynum(0, 1, 1) }], (0, 0, 0)),
        ("evalsha_ro", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Keynum(0, 1, 1) }], (0, 0, 0)),
        ("exec", &[], &[], (0, 0, 0)),
        ("exists", &["request_policy:multi_shard", "response_policy:agg_sum"], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(-1, 1, 0) }], (1, -1, 1)),
        ("expire", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("expireat", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("expiretime", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("failover", &[], &[], (0, 0, 0)),
        ("fcall", &[], &[KeySpec { notes: "We cannot tell how the keys will be used so we assume the worst, RW and UPDATE", flags: &["RW", "access", "update"], bs: Bs::Index(2), fk: Fk::Keynum(0, 1, 1) }], (0, 0, 0)),
        ("fcall_ro", &[], &[KeySpec { notes: "We cannot tell how the keys will be used so we assume the worst, RO and ACCESS", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Keynum(0, 1, 1) }], (0, 0, 0)),
        ("flushall", &["request_policy:all_shards", "response_policy:all_succeeded"], &[], (0, 0, 0)),
        ("flushdb", &["request_policy:all_shards", "response_policy:all_succeeded"], &[], (0, 0, 0)),
        ("function", &[], &[], (0, 0, 0)),
        ("function|delete", &["request_policy:all_shards", "response_policy:all_succeeded"], &[], (0, 0, 0)),
        ("function|dump", &[], &[], (0, 0, 0)),
        ("function|flush", &["request_policy:all_shards", "response_policy:all_succeeded"], &[], (0, 0, 0)),
        ("function|help", &[], &[], (0, 0, 0)),
        ("function|kill", &["request_policy:all_shards", "response_policy:one_succeeded"], &[], (0, 0, 0)),
        ("function|list", &["nondeterministic_output_order"], &[], (0, 0, 0)),
        ("function|load", &["request_policy:all_shards", "response_policy:all_succeeded"], &[], (0, 0, 0)),
        ("function|restore", &["request_policy:all_shards", "response_policy:all_succeeded"], &[], (0, 0, 0)),
        ("function|stats", &["nondeterministic_output", "request_policy:all_shards", "response_policy:special"], &[], (0, 0, 0)),
        ("geoadd", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("geodist", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("geohash", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("geopos", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("georadius", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Keyword("STORE", 6), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Keyword("STOREDIST", 6), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("georadius_ro", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("georadiusbymember", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Keyword("STORE", 5), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Keyword("STOREDIST", 5), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("georadiusbymember_ro", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("geosearch", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("geosearchstore", &[], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }], (1, 2, 1)),
        ("get", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("getbit", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("getdel", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("getex", &[], &[KeySpec { notes: "RW and UPDATE because it changes the TTL", flags: &["RW", "access", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("getrange", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("getset", &[], &[KeySpec { notes: "", flags: &["RW", "access", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("hdel", &[], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("hello", &[], &[], (0, 0, 0)),
        ("hexists", &[], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("hget", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("hgetall", &["nondeterministic_output_order"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("hincrby", &[], &[KeySpec { notes: "", flags: &["RW", "access", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("hincrbyfloat", &[], &[KeySpec { notes: "", flags: &["RW", "access", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("hkeys", &["nondeterministic_output_order"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("hlen", &[], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("hmget", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("hmset", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("hrandfield", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("hscan", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("hset", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("hsetnx", &[], &[KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("hstrlen", &[], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("hvals", &["nondeterministic_output_order"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("incr", &[], &[KeySpec { notes: "", flags: &["RW", "access", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("incrby", &[], &[KeySpec { notes: "", flags: &["RW", "access", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("incrbyfloat", &[], &[KeySpec { notes: "", flags: &["RW", "access", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("info", &["nondeterministic_output", "request_policy:all_shards", "response_policy:special"], &[], (0, 0, 0)),
        ("keys", &["request_policy:all_shards", "nondeterministic_output_order"], &[], (0, 0, 0)),
        ("lastsave", &["nondeterministic_output"], &[], (0, 0, 0)),
        ("latency", &[], &[], (0, 0, 0)),
        ("latency|doctor", &["nondeterministic_output", "request_policy:all_nodes", "response_policy:special"], &[], (0, 0, 0)),
        ("latency|graph", &["nondeterministic_output", "request_policy:all_nodes", "response_policy:special"], &[], (0, 0, 0)),
        ("latency|help", &[], &[], (0, 0, 0)),
        ("latency|histogram", &["nondeterministic_output", "request_policy:all_nodes", "response_policy:special"], &[], (0, 0, 0)),
        ("latency|history", &["nondeterministic_output", "request_policy:all_nodes", "response_policy:special"], &[], (0, 0, 0)),
        ("latency|latest", &["nondeterministic_output", "request_policy:all_nodes", "response_policy:special"], &[], (0, 0, 0)),
        ("latency|reset", &["request_policy:all_nodes", "response_policy:all_succeeded"], &[], (0, 0, 0)),
        ("lcs", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(1, 1, 0) }], (1, 2, 1)),
        ("lindex", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("linsert", &[], &[KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("llen", &[], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("lmove", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }], (1, 2, 1)),
        ("lmpop", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Keynum(0, 1, 1) }], (0, 0, 0)),
        ("lolwut", &[], &[], (0, 0, 0)),
        ("lpop", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("lpos", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("lpush", &[], &[KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("lpushx", &[], &[KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("lrange", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("lrem", &[], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("lset", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("ltrim", &[], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("memory", &[], &[], (0, 0, 0)),
        ("memory|doctor", &["nondeterministic_output", "request_policy:all_shards", "response_policy:special"], &[], (0, 0, 0)),
        ("memory|help", &[], &[], (0, 0, 0)),
        ("memory|malloc-stats", &["nondeterministic_output", "request_policy:all_shards", "response_policy:special"], &[], (0, 0, 0)),
        ("memory|purge", &["request_policy:all_shards", "response_policy:all_succeeded"], &[], (0, 0, 0)),
        ("memory|stats", &["nondeterministic_output", "request_policy:all_shards", "response_policy:special"], &[], (0, 0, 0)),
        ("memory|usage", &[], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }], (2, 2, 1)),
        ("mget", &["request_policy:multi_shard"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(-1, 1, 0) }], (1, -1, 1)),
        ("migrate", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(3), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RW", "access", "delete", "incomplete"], bs: Bs::Keyword("KEYS", -2), fk: Fk::Range(-1, 1, 0) }], (3, 3, 1)),
        ("module", &[], &[], (0, 0, 0)),
        ("module|help", &[], &[], (0, 0, 0)),
        ("module|list", &["nondeterministic_output_order"], &[], (0, 0, 0)),
        ("module|load", &[], &[], (0, 0, 0)),
        ("module|loadex", &[], &[], (0, 0, 0)),
        ("module|unload", &[], &[], (0, 0, 0)),
        ("monitor", &[], &[], (0, 0, 0)),
        ("move", &[], &[KeySpec { notes: "", flags: &["RW", "access", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("mset", &["request_policy:multi_shard", "response_policy:all_succeeded"], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(1), fk: Fk::Range(-1, 2, 0) }], (1, -1, 2)),
        ("msetnx", &["request_policy:multi_shard", "response_policy:agg_min"], &[KeySpec { notes: "", flags: &["OW", "insert"], bs: Bs::Index(1), fk: Fk::Range(-1, 2, 0) }], (1, -1, 2)),
        ("multi", &[], &[], (0, 0, 0)),
        ("object", &[], &[], (0, 0, 0)),
        ("object|encoding", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }], (2, 2, 1)),
        ("object|freq", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }], (2, 2, 1)),
        ("object|help", &[], &[], (0, 0, 0)),
        ("object|idletime", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }], (2, 2, 1)),
        ("object|refcount", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }], (2, 2, 1)),
        ("persist", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("pexpire", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("pexpireat", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("pexpiretime", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("pfadd", &[], &[KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("pfcount", &[], &[KeySpec { notes: "RW because it may change the internal representation of the key, and propagate to replicas", flags: &["RW", "access"], bs: Bs::Index(1), fk: Fk::Range(-1, 1, 0) }], (1, -1, 1)),
        ("pfdebug", &[], &[KeySpec { notes: "", flags: &["RW", "access"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }], (2, 2, 1)),
        ("pfmerge", &[], &[KeySpec { notes: "", flags: &["RW", "access", "insert"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Range(-1, 1, 0) }], (1, -1, 1)),
        ("pfselftest", &[], &[], (0, 0, 0)),
        ("ping", &["request_policy:all_shards", "response_policy:all_succeeded"], &[], (0, 0, 0)),
        ("psetex", &[], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("psubscribe", &[], &[], (0, 0, 0)),
        ("psync", &[], &[], (0, 0, 0)),
        ("pttl", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("publish", &[], &[], (0, 0, 0)),
        ("pubsub", &[], &[], (0, 0, 0)),
        ("pubsub|channels", &[], &[], (0, 0, 0)),
        ("pubsub|help", &[], &[], (0, 0, 0)),
        ("pubsub|numpat", &[], &[], (0, 0, 0)),
        ("pubsub|numsub", &[], &[], (0, 0, 0)),
        ("pubsub|shardchannels", &[], &[], (0, 0, 0)),
        ("pubsub|shardnumsub", &[], &[], (0, 0, 0)),
        ("punsubscribe", &[], &[], (0, 0, 0)),
        ("quit", &[], &[], (0, 0, 0)),
        ("randomkey", &["request_policy:all_shards", "nondeterministic_output"], &[], (0, 0, 0)),
        ("readonly", &[], &[], (0, 0, 0)),
        ("readwrite", &[], &[], (0, 0, 0)),
        ("rename", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }], (1, 2, 1)),
        ("renamenx", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["OW", "insert"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }], (1, 2, 1)),
        ("replconf", &[], &[], (0, 0, 0)),
        ("replicaof", &[], &[], (0, 0, 0)),
        ("reset", &[], &[], (0, 0, 0)),
        ("restore", &[], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("restore-asking", &[], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("role", &[], &[], (0, 0, 0)),
        ("rpop", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("rpoplpush", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }], (1, 2, 1)),
        ("rpush", &[], &[KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("rpushx", &[], &[KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("sadd", &[], &[KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("save", &[], &[], (0, 0, 0)),
        ("scan", &["nondeterministic_output", "request_policy:special"], &[], (0, 0, 0)),
        ("scard", &[], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("script", &[], &[], (0, 0, 0)),
        ("script|debug", &[], &[], (0, 0, 0)),
        ("script|exists", &["request_policy:all_shards", "response_policy:agg_logical_and"], &[], (0, 0, 0)),
        ("script|flush", &["request_policy:all_nodes", "response_policy:all_succeeded"], &[], (0, 0, 0)),
        ("script|help", &[], &[], (0, 0, 0)),
        ("script|kill", &["request_policy:all_shards", "response_policy:one_succeeded"], &[], (0, 0, 0)),
        ("script|load", &["request_policy:all_nodes", "response_policy:all_succeeded"], &[], (0, 0, 0)),
        ("sdiff", &["nondeterministic_output_order"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(-1, 1, 0) }], (1, -1, 1)),
        ("sdiffstore", &[], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Range(-1, 1, 0) }], (1, -1, 1)),
        ("select", &[], &[], (0, 0, 0)),
        ("set", &[], &[KeySpec { notes: "RW and ACCESS due to the optional `GET` argument", flags: &["RW", "access", "update", "variable_flags"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("setbit", &[], &[KeySpec { notes: "", flags: &["RW", "access", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("setex", &[], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("setnx", &[], &[KeySpec { notes: "", flags: &["OW", "insert"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("setrange", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("shutdown", &[], &[], (0, 0, 0)),
        ("sinter", &["nondeterministic_output_order"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(-1, 1, 0) }], (1, -1, 1)),
        ("sintercard", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Keynum(0, 1, 1) }], (0, 0, 0)),
        ("sinterstore", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Range(-1, 1, 0) }], (1, -1, 1)),
        ("sismember", &[], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("slaveof", &[], &[], (0, 0, 0)),
        ("slowlog", &[], &[], (0, 0, 0)),
        ("slowlog|get", &["request_policy:all_nodes", "nondeterministic_output"], &[], (0, 0, 0)),
        ("slowlog|help", &[], &[], (0, 0, 0)),
        ("slowlog|len", &["request_policy:all_nodes", "response_policy:agg_sum", "nondeterministic_output"], &[], (0, 0, 0)),
        ("slowlog|reset", &["request_policy:all_nodes", "response_policy:all_succeeded"], &[], (0, 0, 0)),
        ("smembers", &["nondeterministic_output_order"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("smismember", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("smove", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }], (1, 2, 1)),
        ("sort", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "For the optional BY/GET keyword. It is marked 'unknown' because the key names derive from the content of the key we sort", flags: &["RO", "access"], bs: Bs::Unknown, fk: Fk::Unknown }, KeySpec { notes: "For the optional STORE keyword. It is marked 'unknown' because the keyword can appear anywhere in the argument array", flags: &["OW", "update"], bs: Bs::Unknown, fk: Fk::Unknown }], (1, 1, 1)),
        ("sort_ro", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "For the optional BY/GET keyword. It is marked 'unknown' because the key names derive from the content of the key we sort", flags: &["RO", "access"], bs: Bs::Unknown, fk: Fk::Unknown }], (1, 1, 1)),
        ("spop", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("spublish", &[], &[KeySpec { notes: "", flags: &["not_key"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("srandmember", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("srem", &[], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("sscan", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("ssubscribe", &[], &[KeySpec { notes: "", flags: &["not_key"], bs: Bs::Index(1), fk: Fk::Range(-1, 1, 0) }], (1, -1, 1)),
        ("strlen", &[], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("subscribe", &[], &[], (0, 0, 0)),
        ("substr", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("sunion", &["nondeterministic_output_order"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(-1, 1, 0) }], (1, -1, 1)),
        ("sunionstore", &[], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Range(-1, 1, 0) }], (1, -1, 1)),
        ("sunsubscribe", &[], &[KeySpec { notes: "", flags: &["not_key"], bs: Bs::Index(1), fk: Fk::Range(-1, 1, 0) }], (1, -1, 1)),
        ("swapdb", &[], &[], (0, 0, 0)),
        ("sync", &[], &[], (0, 0, 0)),
        ("time", &["nondeterministic_output"], &[], (0, 0, 0)),
        ("touch", &["request_policy:multi_shard", "response_policy:agg_sum"], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(-1, 1, 0) }], (1, -1, 1)),
        ("ttl", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("type", &[], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("unlink", &["request_policy:multi_shard", "response_policy:agg_sum"], &[KeySpec { notes: "", flags: &["RM", "delete"], bs: Bs::Index(1), fk: Fk::Range(-1, 1, 0) }], (1, -1, 1)),
        ("unsubscribe", &[], &[], (0, 0, 0)),
        ("unwatch", &[], &[], (0, 0, 0)),
        ("wait", &["request_policy:all_shards", "response_policy:agg_min"], &[], (0, 0, 0)),
        ("watch", &[], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(-1, 1, 0) }], (1, -1, 1)),
        ("xack", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("xadd", &["nondeterministic_output"], &[KeySpec { notes: "UPDATE instead of INSERT because of the optional trimming feature", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("xautoclaim", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("xclaim", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("xdel", &[], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("xgroup", &[], &[], (0, 0, 0)),
        ("xgroup|create", &[], &[KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }], (2, 2, 1)),
        ("xgroup|createconsumer", &[], &[KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }], (2, 2, 1)),
        ("xgroup|delconsumer", &[], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }], (2, 2, 1)),
        ("xgroup|destroy", &[], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }], (2, 2, 1)),
        ("xgroup|help", &[], &[], (0, 0, 0)),
        ("xgroup|setid", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }], (2, 2, 1)),
        ("xinfo", &[], &[], (0, 0, 0)),
        ("xinfo|consumers", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }], (2, 2, 1)),
        ("xinfo|groups", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }], (2, 2, 1)),
        ("xinfo|help", &[], &[], (0, 0, 0)),
        ("xinfo|stream", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }], (2, 2, 1)),
        ("xlen", &[], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("xpending", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("xrange", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("xread", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Keyword("STREAMS", 1), fk: Fk::Range(-1, 1, 2) }], (0, 0, 0)),
        ("xreadgroup", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Keyword("STREAMS", 4), fk: Fk::Range(-1, 1, 2) }], (0, 0, 0)),
        ("xrevrange", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("xsetid", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("xtrim", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("zadd", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("zcard", &[], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("zcount", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("zdiff", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Keynum(0, 1, 1) }], (0, 0, 0)),
        ("zdiffstore", &[], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Keynum(0, 1, 1) }], (1, 1, 1)),
        ("zincrby", &[], &[KeySpec { notes: "", flags: &["RW", "access", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("zinter", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Keynum(0, 1, 1) }], (0, 0, 0)),
        ("zintercard", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Keynum(0, 1, 1) }], (0, 0, 0)),
        ("zinterstore", &[], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Keynum(0, 1, 1) }], (1, 1, 1)),
        ("zlexcount", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("zmpop", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Keynum(0, 1, 1) }], (0, 0, 0)),
        ("zmscore", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("zpopmax", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("zpopmin", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("zrandmember", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("zrange", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("zrangebylex", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("zrangebyscore", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("zrangestore", &[], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }], (1, 2, 1)),
        ("zrank", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("zrem", &[], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("zremrangebylex", &[], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("zremrangebyrank", &[], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("zremrangebyscore", &[], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("zrevrange", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("zrevrangebylex", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("zrevrangebyscore", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("zrevrank", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("zscan", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("zscore", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }], (1, 1, 1)),
        ("zunion", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Keynum(0, 1, 1) }], (0, 0, 0)),
        ("zunionstore", &[], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Keynum(0, 1, 1) }], (1, 1, 1)),
    ];
}

use meta::{Bs, Fk, KeySpec};

fn set_of_status<'a>(items: impl Iterator<Item = &'a str>) -> Reply {
    Reply::Set(items.map(Reply::status).collect())
}

fn flag_names(spec: &CommandSpec) -> Vec<&'static str> {
    super::flags::NAMES
        .iter()
        // Redis 7.0 keeps may_replicate internal (scripts treat it as a write).
        .filter(|(bit, _)| spec.flags & bit != 0 && *bit != super::flags::MAY_REPLICATE)
        .map(|(_, n)| *n)
        .collect()
}

fn legacy_range(spec: &CommandSpec) -> (i64, i64, i64) {
    match spec.keys {
        Keys::Range(a, b, c) => (i64::from(a), i64::from(b), i64::from(c)),
        Keys::NumKeys { .. } => (0, 0, 0),
        Keys::Custom(_) => (1, 1, 1),
        Keys::None => (0, 0, 0),
    }
}

fn key_spec_reply(k: &KeySpec) -> Reply {
    let mut m = Vec::new();
    if !k.notes.is_empty() {
        m.push((Reply::bulk("notes"), Reply::bulk(k.notes)));
    }
    m.push((Reply::bulk("flags"), set_of_status(k.flags.iter().copied())));
    let bs = match k.bs {
        Bs::Index(i) => Reply::Map(vec![
            (Reply::bulk("type"), Reply::bulk("index")),
            (
                Reply::bulk("spec"),
                Reply::Map(vec![(Reply::bulk("index"), Reply::Int(i))]),
            ),
        ]),
        Bs::Keyword(kw, from) => Reply::Map(vec![
            (Reply::bulk("type"), Reply::bulk("keyword")),
            (
                Reply::bulk("spec"),
                Reply::Map(vec![
                    (Reply::bulk("keyword"), Reply::bulk(kw)),
                    (Reply::bulk("startfrom"), Reply::Int(from)),
                ]),
            ),
        ]),
        Bs::Unknown => Reply::Map(vec![
            (Reply::bulk("type"), Reply::bulk("unknown")),
            (Reply::bulk("spec"), Reply::Map(vec![])),
        ]),
    };
    m.push((Reply::bulk("begin_search"), bs));
    let fk = match k.fk {
        Fk::Range(l, s, lim) => Reply::Map(vec![
            (Reply::bulk("type"), Reply::bulk("range")),
            (
                Reply::bulk("spec"),
                Reply::Map(vec![
                    (Reply::bulk("lastkey"), Reply::Int(l)),
                    (Reply::bulk("keystep"), Reply::Int(s)),
                    (Reply::bulk("limit"), Reply::Int(lim)),
                ]),
            ),
        ]),
        Fk::Keynum(n, f, s) => Reply::Map(vec![
            (Reply::bulk("type"), Reply::bulk("keynum")),
            (
                Reply::bulk("spec"),
                Reply::Map(vec![
                    (Reply::bulk("keynumidx"), Reply::Int(n)),
                    (Reply::bulk("firstkey"), Reply::Int(f)),
                    (Reply::bulk("keystep"), Reply::Int(s)),
                ]),
            ),
        ]),
        Fk::Unknown => Reply::Map(vec![
            (Reply::bulk("type"), Reply::bulk("unknown")),
            (Reply::bulk("spec"), Reply::Map(vec![])),
        ]),
    };
    m.push((Reply::bulk("find_keys"), fk));
    Reply::Map(m)
}

/// One COMMAND INFO entry (containers include their subcommands).
pub fn command_info(spec: &CommandSpec, parent: Option<&str>) -> Reply {
    let full = match parent {
        Some(p) => format!("{p}|{}", spec.name),
        None => spec.name.to_string(),
    };
    let md = meta::get(&full);
    let (first, last, step) = md.map(|m| m.3).unwrap_or_else(|| legacy_range(spec));
    let tips = md.map(|m| m.1).unwrap_or(&[]);
    let specs = md.map(|m| m.2).unwrap_or(&[]);
    let subs: Vec<Reply> = spec
        .subcommands
        .iter()
        .map(|s| command_info(s, Some(spec.name)))
        .collect();
    let subs_reply = if spec.subcommands.is_empty() {
        Reply::Set(vec![])
    } else {
        Reply::Array(subs)
    };
    Reply::Array(vec![
        Reply::bulk(&full),
        Reply::Int(i64::from(spec.arity)),
        set_of_status(flag_names(spec).into_iter()),
        Reply::Int(first),
        Reply::Int(last),
        Reply::Int(step),
        Reply::Set(
            spec.acl
                .iter()
                .map(|c| Reply::status(format!("@{c}")))
                .collect(),
        ),
        Reply::Set(tips.iter().map(Reply::bulk).collect()),
        Reply::Set(specs.iter().map(key_spec_reply).collect()),
        subs_reply,
    ])
}

fn command_docs(spec: &CommandSpec, parent: Option<&str>) -> Reply {
    match parent {
        None => {
            if let Some(r) = recorded_doc(spec.name.as_bytes()) {
                return r.clone();
            }
        }
        Some(p) => {
            let full = format!("{p}|{}", spec.name);
            if let Some(Reply::Map(top)) = recorded_doc(p.as_bytes()) {
                for (k, v) in top {
                    if k != &Reply::bulk("subcommands") {
                        continue;
                    }
                    if let Reply::Map(subs) = v {
                        for (sk, sv) in subs {
                            if sk == &Reply::bulk(&full) {
                                return sv.clone();
                            }
                        }
                    }
                }
            }
        }
    }
    let mut m = vec![
        (Reply::bulk("summary"), Reply::bulk(spec.summary)),
        (Reply::bulk("since"), Reply::bulk(spec.since)),
        (Reply::bulk("group"), Reply::bulk(spec.group)),
        // Complexity texts live only in `docs.json`; every command with one has a recorded
        // entry, so this path only serves empty ones.
        (Reply::bulk("complexity"), Reply::bulk("")),
    ];
    if !spec.subcommands.is_empty() {
        m.push((
            Reply::bulk("subcommands"),
            Reply::Map(
                spec.subcommands
                    .iter()
                    .map(|s| {
                        (
                            Reply::bulk(format!("{}|{}", spec.name, s.name)),
                            command_docs(s, Some(spec.name)),
                        )
                    })
                    .collect(),
            ),
        ));
    }
    let _ = parent;
    Reply::Map(m)
}

/// COMMAND is a container that also runs without a subcommand, so it dispatches itself.
fn cmd_command(ctx: &mut Ctx) -> Reply {
    if ctx.args.len() > 1 {
        let Some(sub) = COMMAND_SUBCOMMANDS
            .iter()
            .find(|s| s.name.as_bytes().eq_ignore_ascii_case(ctx.arg(1)))
        else {
            return Reply::err(format!(
                "ERR unknown subcommand '{}'. Try COMMAND HELP.",
                crate::util::lossy_trunc(ctx.arg(1), 128)
            ));
        };
        if !sub.arity_ok(ctx.args.len()) {
            return Reply::err(format!(
                "ERR wrong number of arguments for 'command|{}' command",
                sub.name
            ));
        }
        return match sub.handler {
            Handler::Core(f) => f(ctx),
            _ => Reply::syntax(),
        };
    }
    Reply::Array(
        super::table()
            .all()
            .iter()
            .map(|s| command_info(s, None))
            .collect(),
    )
}

fn cmd_command_count(_ctx: &mut Ctx) -> Reply {
    Reply::Int(super::table().all().len() as i64)
}

fn cmd_command_info(ctx: &mut Ctx) -> Reply {
    if ctx.args.len() == 2 {
        return Reply::Array(
            super::table()
                .all()
                .iter()
                .map(|s| command_info(s, None))
                .collect(),
        );
    }
    Reply::Array(
        ctx.args
            .iter()
            .skip(2)
            .map(|n| {
                lookup_full(n)
                    .map(|(s, p)| command_info(s, p))
                    .unwrap_or(Reply::Nil)
            })
            .collect(),
    )
}

/// Finds `name` or `container|sub`.
fn lookup_full(name: &[u8]) -> Option<(&'static CommandSpec, Option<&'static str>)> {
    let table = super::table();
    match name.iter().position(|&c| c == b'|') {
        None => table.get(name).map(|s| (s, None)),
        Some(p) => {
            let parent = table.get(name.get(..p)?)?;
            let sub = parent.subcommand(name.get(p + 1..)?)?;
            Some((sub, Some(parent.name)))
        }
    }
}

fn cmd_command_docs(ctx: &mut Ctx) -> Reply {
    let table = super::table();
    if ctx.args.len() == 2 {
        return Reply::Map(
            table
                .all()
                .iter()
                .map(|s| (Reply::bulk(s.name), command_docs(s, None)))
                .collect(),
        );
    }
    let mut out = Vec::new();
    for n in ctx.args.iter().skip(2) {
        if let Some((s, p)) = lookup_full(n) {
            let full = match p {
                Some(p) => format!("{p}|{}", s.name),
                None => s.name.to_string(),
            };
            out.push((Reply::bulk(full), command_docs(s, p)));
        }
    }
    Reply::Map(out)
}

fn cmd_command_list(ctx: &mut Ctx) -> Reply {
    let table = super::table();
    let mut filter: Option<(Vec<u8>, Vec<u8>)> = None;
    if ctx.args.len() == 5 && ctx.arg(2).eq_ignore_ascii_case(b"filterby") {
        filter = Some((ctx.arg(3).to_ascii_lowercase(), ctx.arg(4).to_vec()));
    } else if ctx.args.len() != 2 {
        return Reply::syntax();
    }
    let mut out = Vec::new();
    for s in table.all() {
        let mut names = vec![(s.name.to_string(), *s)];
        for sub in s.subcommands {
            names.push((format!("{}|{}", s.name, sub.name), sub));
        }
        for (n, spec) in names {
            let keep = match &filter {
                None => true,
                Some((kind, val)) => match kind.as_slice() {
                    b"pattern" => Glob::new(val, true).matches(n.as_bytes()),
                    b"aclcat" => spec
                        .acl
                        .iter()
                        .any(|c| c.as_bytes().eq_ignore_ascii_case(val)),
                    b"module" => false,
                    _ => return Reply::syntax(),
                },
            };
            if keep {
                out.push(Reply::bulk(n));
            }
        }
    }
    Reply::Array(out)
}

/// Key argument indexes of a command line, with their key-spec flags (COMMAND GETKEYS).
fn keys_with_flags(
    spec: &CommandSpec,
    full: &str,
    args: &[Vec<u8>],
) -> Result<Vec<(usize, Vec<&'static str>)>, Reply> {
    let invalid = || Reply::err("ERR Invalid arguments specified for command");
    let md = meta::get(full);
    let specs = md.map(|m| m.2).unwrap_or(&[]);
    let resolvable = !specs.is_empty()
        && specs.iter().all(|k| {
            !matches!(k.bs, Bs::Unknown)
                && !matches!(k.fk, Fk::Unknown)
                && !k.flags.contains(&"incomplete")
                && !k.flags.contains(&"variable_flags")
        });
    let argc = args.len() as i64;
    let mut out: Vec<(usize, Vec<&'static str>)> = Vec::new();
    if resolvable {
        for k in specs.iter().filter(|k| !k.flags.contains(&"not_key")) {
            let flags: Vec<&'static str> = k
                .flags
                .iter()
                .copied()
                .filter(|f| *f != "variable_flags")
                .collect();
            let start = match k.bs {
                Bs::Index(i) => i,
                Bs::Keyword(kw, from) => {
                    let mut found = None;
                    if from >= 0 {
                        let mut i = from;
                        while i < argc {
                            if args
                                .get(i as usize)
                                .is_some_and(|a| a.eq_ignore_ascii_case(kw.as_bytes()))
                            {
                                found = Some(i);
                                break;
                            }
                            i += 1;
                        }
                    } else {
                        let mut i = argc + from;
                        while i > 0 {
                            if args
                                .get(i as usize)
                                .is_some_and(|a| a.eq_ignore_ascii_case(kw.as_bytes()))
                            {
                                found = Some(i);
                                break;
                            }
                            i -= 1;
                        }
                    }
                    match found {
                        Some(i) => i + 1,
                        None => continue,
                    }
                }
                Bs::Unknown => continue,
            };
            if start >= argc {
                continue;
            }
            match k.fk {
                Fk::Range(last, step, limit) => {
                    let end = if last >= 0 {
                        start + last
                    } else if limit <= 1 {
                        argc + last
                    } else {
                        start + (argc - start) / limit + last
                    };
                    let mut i = start;
                    while i <= end && i < argc {
                        out.push((i as usize, flags.clone()));
                        i += step.max(1);
                    }
                    if end >= argc {
                        return Err(invalid());
                    }
                }
                Fk::Keynum(nidx, first, step) => {
                    let nk = args
                        .get((start + nidx) as usize)
                        .and_then(|a| crate::util::parse_i64(a));
                    let Some(nk) = nk.filter(|n| *n >= 0) else {
                        return Err(invalid());
                    };
                    let first = start + first;
                    if first + (nk - 1).max(0) * step.max(1) >= argc && nk > 0 {
                        return Err(invalid());
                    }
                    for n in 0..nk {
                        out.push(((first + n * step.max(1)) as usize, flags.clone()));
                    }
                }
                Fk::Unknown => {}
            }
        }
    } else {
        let pos = crate::state::key_positions(spec, args);
        let clean = |k: &KeySpec| -> Vec<&'static str> {
            k.flags
                .iter()
                .copied()
                .filter(|f| !matches!(*f, "variable_flags" | "incomplete"))
                .collect()
        };
        let first_flags: Vec<&'static str> = specs.first().map(clean).unwrap_or_default();
        let rest_flags: Vec<&'static str> = if full == "sort" {
            specs.get(2).map(clean).unwrap_or_default()
        } else {
            first_flags.clone()
        };
        for (n, p) in pos.into_iter().enumerate() {
            out.push((
                p,
                if n == 0 {
                    first_flags.clone()
                } else {
                    rest_flags.clone()
                },
            ));
        }
        if full == "bitfield" {
            let writes = args
                .iter()
                .skip(2)
                .any(|a| a.eq_ignore_ascii_case(b"set") || a.eq_ignore_ascii_case(b"incrby"));
            for (_, f) in out.iter_mut() {
                *f = if writes {
                    vec!["RW", "access", "update"]
                } else {
                    vec!["RO", "access"]
                };
            }
        }
    }
    if full == "set" {
        let has_get = args.iter().skip(3).any(|a| a.eq_ignore_ascii_case(b"get"));
        for (_, f) in out.iter_mut() {
            *f = if has_get {
                vec!["RW", "access", "update"]
            } else {
                vec!["OW", "update"]
            };
        }
    }
    Ok(out)
}

fn getkeys_impl(ctx: &mut Ctx, with_flags: bool) -> Reply {
    let sub_args: Vec<Vec<u8>> = ctx.args.get(2..).unwrap_or_default().to_vec();
    let table = super::table();
    let Some(top) = sub_args.first().and_then(|n| table.get(n)) else {
        return Reply::err("ERR Invalid command specified");
    };
    let (spec, full) = if top.subcommands.is_empty() {
        (top, top.name.to_string())
    } else {
        match sub_args.get(1).and_then(|s| top.subcommand(s)) {
            Some(s) => (s, format!("{}|{}", top.name, s.name)),
            None => return Reply::err("ERR Invalid command specified"),
        }
    };
    let has_keys = match meta::get(&full) {
        Some(m) if !m.2.is_empty() => {
            m.2.iter().any(|k| !k.flags.contains(&"not_key"))
                || matches!(spec.keys, Keys::Custom(_))
        }
        _ => !matches!(spec.keys, Keys::None),
    };
    if !has_keys {
        return Reply::err("ERR The command has no key arguments");
    }
    if !spec.arity_ok(sub_args.len()) {
        return Reply::err("ERR Invalid number of arguments specified for command");
    }
    let keys = match keys_with_flags(spec, &full, &sub_args) {
        Ok(k) => k,
        Err(e) => {
            if spec.has(NO_MANDATORY_KEYS) {
                return Reply::Array(vec![]);
            }
            return e;
        }
    };
    if keys.is_empty() && !spec.has(NO_MANDATORY_KEYS) {
        return Reply::err("ERR Invalid arguments specified for command");
    }
    Reply::Array(
        keys.into_iter()
            .map(|(i, f)| {
                let k = Reply::bulk(sub_args.get(i).cloned().unwrap_or_default());
                if with_flags {
                    Reply::Array(vec![k, set_of_status(f.into_iter())])
                } else {
                    k
                }
            })
            .collect(),
    )
}

fn cmd_command_getkeys(ctx: &mut Ctx) -> Reply {
    getkeys_impl(ctx, false)
}

fn cmd_command_getkeysandflags(ctx: &mut Ctx) -> Reply {
    getkeys_impl(ctx, true)
}

fn cmd_command_help(_ctx: &mut Ctx) -> Reply {
    help_reply(COMMAND_HELP)
}

// ---------------------------------------------------------------------------------------
// HyperLogLog: Redis's dense representation (HYLL header + 16384 6-bit registers),
// MurmurHash64A and the 7.0 cardinality estimator, so PFCOUNT gives Redis's numbers.
// ---------------------------------------------------------------------------------------

const HLL_P: u32 = 14;
const HLL_Q: u32 = 64 - HLL_P;
const HLL_REGISTERS: usize = 1 << HLL_P;
const HLL_HDR: usize = 16;
const HLL_DENSE_SIZE: usize = HLL_HDR + (HLL_REGISTERS * 6).div_ceil(8);
const HLL_INVALID: &str = "WRONGTYPE Key is not a valid HyperLogLog string value.";

/// MurmurHash64A as Redis uses it for HyperLogLog.
pub fn murmur64a(key: &[u8], seed: u64) -> u64 {
    const M: u64 = 0xc6a4_a793_5bd1_e995;
    const R: u32 = 47;
    let mut h: u64 = seed ^ (key.len() as u64).wrapping_mul(M);
    let chunks = key.chunks_exact(8);
    let tail = chunks.remainder();
    for c in chunks {
        let mut k = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
        k = k.wrapping_mul(M);
        k ^= k >> R;
        k = k.wrapping_mul(M);
        h ^= k;
        h = h.wrapping_mul(M);
    }
    if !tail.is_empty() {
        for (i, &b) in tail.iter().enumerate().rev() {
            h ^= u64::from(b) << (8 * i);
        }
        h = h.wrapping_mul(M);
    }
    h ^= h >> R;
    h = h.wrapping_mul(M);
    h ^= h >> R;
    h
}

fn hll_pat_len(ele: &[u8]) -> (usize, u8) {
    let mut hash = murmur64a(ele, 0xadc8_3b19);
    let index = (hash & (HLL_REGISTERS as u64 - 1)) as usize;
    hash >>= HLL_P;
    hash |= 1u64 << HLL_Q;
    let count = hash.trailing_zeros() + 1;
    (index, count as u8)
}

/// Registers of a valid HLL string (dense or sparse), or None if it is not one.
fn hll_registers(s: &[u8]) -> Option<Vec<u8>> {
    if s.len() < HLL_HDR || s.get(..4) != Some(b"HYLL".as_slice()) {
        return None;
    }
    let mut regs = vec![0u8; HLL_REGISTERS];
    match s.get(4) {
        Some(0) => {
            if s.len() != HLL_DENSE_SIZE {
                return None;
            }
            let p = s.get(HLL_HDR..)?;
            for (i, r) in regs.iter_mut().enumerate() {
                let bit = i * 6;
                let (b, fb) = (bit / 8, bit % 8);
                let b0 = u16::from(p.get(b).copied().unwrap_or(0));
                let b1 = u16::from(p.get(b + 1).copied().unwrap_or(0));
                *r = (((b0 >> fb) | (b1 << (8 - fb))) & 63) as u8;
            }
        }
        Some(1) => {
            let mut idx = 0usize;
            let mut i = HLL_HDR;
            while i < s.len() {
                let op = *s.get(i)?;
                if op & 0xC0 == 0 {
                    idx += usize::from(op & 0x3f) + 1;
                    i += 1;
                } else if op & 0xC0 == 0x40 {
                    let next = usize::from(*s.get(i + 1)?);
                    idx += ((usize::from(op & 0x3f) << 8) | next) + 1;
                    i += 2;
                } else {
                    let val = ((op >> 2) & 0x1f) + 1;
                    let len = usize::from(op & 3) + 1;
                    for _ in 0..len {
                        *regs.get_mut(idx)? = val;
                        idx += 1;
                    }
                    i += 1;
                }
            }
            if idx != HLL_REGISTERS {
                return None;
            }
        }
        _ => return None,
    }
    Some(regs)
}

/// Encodes registers as a dense HLL string (cached cardinality marked invalid).
fn hll_dense(regs: &[u8]) -> Vec<u8> {
    let mut out = vec![0u8; HLL_DENSE_SIZE];
    if let Some(h) = out.get_mut(..4) {
        h.copy_from_slice(b"HYLL");
    }
    if let Some(b) = out.get_mut(15) {
        *b = 0x80;
    }
    for (i, &v) in regs.iter().enumerate() {
        let bit = i * 6;
        let (b, fb) = (HLL_HDR + bit / 8, bit % 8);
        let v = u16::from(v & 63);
        if let Some(x) = out.get_mut(b) {
            *x |= ((v << fb) & 0xff) as u8;
        }
        if let Some(x) = out.get_mut(b + 1) {
            *x |= (v >> (8 - fb)) as u8;
        }
    }
    out
}

fn hll_sigma(mut x: f64) -> f64 {
    if x == 1.0 {
        return f64::INFINITY;
    }
    let mut y = 1.0;
    let mut z = x;
    loop {
        x *= x;
        let zp = z;
        z += x * y;
        y += y;
        if zp == z {
            return z;
        }
    }
}

fn hll_tau(mut x: f64) -> f64 {
    if x == 0.0 || x == 1.0 {
        return 0.0;
    }
    let mut y = 1.0;
    let mut z = 1.0 - x;
    loop {
        x = x.sqrt();
        let zp = z;
        y *= 0.5;
        z -= (1.0 - x) * (1.0 - x) * y;
        if zp == z {
            return z / 3.0;
        }
    }
}

/// Redis 7.0's cardinality estimate from registers.
fn hll_count(regs: &[u8]) -> i64 {
    let m = HLL_REGISTERS as f64;
    let mut histo = [0u32; 64];
    for &r in regs {
        if let Some(h) = histo.get_mut(usize::from(r & 63)) {
            *h += 1;
        }
    }
    let q = HLL_Q as usize;
    let top = f64::from(histo.get(q + 1).copied().unwrap_or(0));
    let mut z = m * hll_tau((m - top) / m);
    for j in (1..=q).rev() {
        z += f64::from(histo.get(j).copied().unwrap_or(0));
        z *= 0.5;
    }
    z += m * hll_sigma(f64::from(histo.first().copied().unwrap_or(0)) / m);
    let e = 0.721_347_520_444_481_7 * m * m / z;
    e.round() as i64
}

/// Registers stored under `key` (None if missing), or the error reply.
fn hll_get(ctx: &mut Ctx, key: &[u8]) -> Result<Option<Vec<u8>>, Reply> {
    match ctx.get(key) {
        None => Ok(None),
        Some(Value::Str(s)) => hll_registers(s)
            .map(Some)
            .ok_or_else(|| Reply::err(HLL_INVALID)),
        Some(_) => Err(Reply::wrongtype()),
    }
}

/// A new HLL: sparse, one XZERO opcode covering every register, cache invalid.
fn hll_new() -> Vec<u8> {
    let mut v = vec![0u8; HLL_HDR];
    if let Some(h) = v.get_mut(..4) {
        h.copy_from_slice(b"HYLL");
    }
    if let Some(e) = v.get_mut(4) {
        *e = 1;
    }
    hll_invalidate(&mut v);
    let l = HLL_REGISTERS - 1;
    v.push(0x40 | (l >> 8) as u8);
    v.push((l & 0xff) as u8);
    v
}

fn hll_invalidate(v: &mut [u8]) {
    if let Some(b) = v.get_mut(15) {
        *b |= 0x80;
    }
}

/// Converts a sparse HLL string to the dense encoding in place (header kept).
fn hll_to_dense(v: &mut Vec<u8>) -> Option<()> {
    let regs = hll_registers(v)?;
    let mut d = hll_dense(&regs);
    if let (Some(dst), Some(src)) = (d.get_mut(..HLL_HDR), v.get(..HLL_HDR)) {
        dst.copy_from_slice(src);
    }
    if let Some(e) = d.get_mut(4) {
        *e = 0;
    }
    *v = d;
    Some(())
}

fn hll_dense_set(v: &mut [u8], index: usize, count: u8) -> bool {
    let bit = index * 6;
    let (b, fb) = (HLL_HDR + bit / 8, bit % 8);
    let b0 = u16::from(v.get(b).copied().unwrap_or(0));
    let b1 = u16::from(v.get(b + 1).copied().unwrap_or(0));
    let old = (((b0 >> fb) | (b1 << (8 - fb))) & 63) as u8;
    if count <= old {
        return false;
    }
    let val = u16::from(count & 63);
    if let Some(x) = v.get_mut(b) {
        *x = (u16::from(*x) & !(63u16 << fb) & 0xff) as u8 | ((val << fb) & 0xff) as u8;
    }
    if let Some(x) = v.get_mut(b + 1) {
        let keep = u16::from(*x) & !(63u16 >> (8 - fb));
        *x = (keep | (val >> (8 - fb))) as u8;
    }
    true
}

fn sparse_val(val: u8, len: usize) -> u8 {
    0x80 | ((val - 1) << 2) | ((len - 1) as u8)
}

fn sparse_zero_run(out: &mut Vec<u8>, len: usize) {
    if len > 64 {
        let l = len - 1;
        out.push(0x40 | (l >> 8) as u8);
        out.push((l & 0xff) as u8);
    } else {
        out.push((len - 1) as u8);
    }
}

/// Redis's `hllSparseSet`: updates register `index` to `count` in a sparse HLL, splitting
/// and merging opcodes exactly as Redis does (so the bytes match), promoting to dense when
/// needed. Returns whether a register changed; None if the string is corrupt.
fn hll_sparse_set(v: &mut Vec<u8>, index: usize, count: u8, max_bytes: usize) -> Option<bool> {
    if count > 32 {
        hll_to_dense(v)?;
        return Some(hll_dense_set(v, index, count));
    }
    let end = v.len();
    let mut p = HLL_HDR;
    let mut first = 0usize;
    let mut prev: Option<usize> = None;
    let mut span = 0usize;
    let mut oplen;
    while p < end {
        let op = *v.get(p)?;
        oplen = 1;
        if op & 0xC0 == 0 {
            span = usize::from(op & 0x3f) + 1;
        } else if op & 0x80 != 0 {
            span = usize::from(op & 3) + 1;
        } else {
            span = ((usize::from(op & 0x3f) << 8) | usize::from(*v.get(p + 1)?)) + 1;
            oplen = 2;
        }
        if index < first + span {
            break;
        }
        prev = Some(p);
        p += oplen;
        first += span;
    }
    if span == 0 || p >= end {
        return None;
    }
    let op = *v.get(p)?;
    let is_xzero = op & 0xC0 == 0x40;
    let is_val = op & 0x80 != 0;
    let is_zero = op & 0xC0 == 0;
    let runlen = span;
    let mut updated_in_place = false;
    if is_val {
        let oldcount = ((op >> 2) & 0x1f) + 1;
        if oldcount >= count {
            return Some(false);
        }
        if runlen == 1 {
            *v.get_mut(p)? = sparse_val(count, 1);
            updated_in_place = true;
        }
    }
    if !updated_in_place && is_zero && runlen == 1 {
        *v.get_mut(p)? = sparse_val(count, 1);
        updated_in_place = true;
    }
    if !updated_in_place {
        let last = first + span - 1;
        let mut seq = Vec::with_capacity(5);
        if is_zero || is_xzero {
            if index != first {
                sparse_zero_run(&mut seq, index - first);
            }
            seq.push(sparse_val(count, 1));
            if index != last {
                sparse_zero_run(&mut seq, last - index);
            }
        } else {
            let curval = ((op >> 2) & 0x1f) + 1;
            if index != first {
                seq.push(sparse_val(curval, index - first));
            }
            seq.push(sparse_val(count, 1));
            if index != last {
                seq.push(sparse_val(curval, last - index));
            }
        }
        let oldlen = if is_xzero { 2 } else { 1 };
        if seq.len() > oldlen && v.len() + seq.len() - oldlen > max_bytes {
            hll_to_dense(v)?;
            return Some(hll_dense_set(v, index, count));
        }
        v.splice(p..p + oldlen, seq);
    }
    // Merge adjacent VAL opcodes with the same value, scanning up to 5 opcodes from prev.
    let mut q = prev.unwrap_or(HLL_HDR);
    let mut scan = 5;
    while q < v.len() && scan > 0 {
        scan -= 1;
        let op = *v.get(q)?;
        if op & 0xC0 == 0x40 {
            q += 2;
            continue;
        }
        if op & 0xC0 == 0 {
            q += 1;
            continue;
        }
        if let Some(&nx) = v.get(q + 1) {
            if nx & 0x80 != 0 {
                let v1 = ((op >> 2) & 0x1f) + 1;
                let v2 = ((nx >> 2) & 0x1f) + 1;
                if v1 == v2 {
                    let len = usize::from(op & 3) + usize::from(nx & 3) + 2;
                    if len <= 4 {
                        *v.get_mut(q + 1)? = sparse_val(v1, len);
                        v.remove(q);
                        continue;
                    }
                }
            }
        }
        q += 1;
    }
    Some(true)
}

/// Adds one element to an HLL string; returns whether a register changed.
fn hll_add(v: &mut Vec<u8>, ele: &[u8], max_bytes: usize) -> Option<bool> {
    let (idx, count) = hll_pat_len(ele);
    match v.get(4) {
        Some(0) => Some(hll_dense_set(v, idx, count)),
        Some(1) => hll_sparse_set(v, idx, count, max_bytes),
        _ => None,
    }
}

/// The raw HLL string stored under `key` (None if missing), or the error reply.
fn hll_raw(ctx: &mut Ctx, key: &[u8]) -> Result<Option<Vec<u8>>, Reply> {
    match ctx.get(key) {
        None => Ok(None),
        Some(Value::Str(s)) => {
            let ok = s.len() >= HLL_HDR
                && s.get(..4) == Some(b"HYLL".as_slice())
                && match s.get(4) {
                    Some(0) => s.len() == HLL_DENSE_SIZE,
                    Some(1) => true,
                    _ => false,
                };
            if ok {
                Ok(Some(s.clone()))
            } else {
                Err(Reply::err(HLL_INVALID))
            }
        }
        Some(_) => Err(Reply::wrongtype()),
    }
}

fn sparse_max(ctx: &Ctx) -> usize {
    usize::try_from(ctx.core.config.int("hll-sparse-max-bytes")).unwrap_or(3000)
}

fn cmd_pfadd(ctx: &mut Ctx) -> Reply {
    let key = ctx.arg(1).to_vec();
    let (mut v, mut updated) = match hll_raw(ctx, &key) {
        Ok(Some(v)) => (v, false),
        Ok(None) => (hll_new(), true),
        Err(e) => return e,
    };
    let max = sparse_max(ctx);
    for i in 2..ctx.args.len() {
        match hll_add(&mut v, ctx.arg(i), max) {
            Some(changed) => updated |= changed,
            None => return Reply::err("INVALIDOBJ Corrupted HLL object detected"),
        }
    }
    if updated {
        hll_invalidate(&mut v);
        ctx.db().set_keep_ttl(key.clone(), Value::Str(v));
        ctx.db().set_str_encoding(&key, "raw");
        ctx.dirty(1);
    }
    Reply::Int(i64::from(updated))
}

fn cmd_pfcount(ctx: &mut Ctx) -> Reply {
    if ctx.args.len() == 2 {
        let key = ctx.arg(1).to_vec();
        let mut v = match hll_raw(ctx, &key) {
            Ok(Some(v)) => v,
            Ok(None) => return Reply::Int(0),
            Err(e) => return e,
        };
        let cache = v.get(8..16).and_then(|c| <[u8; 8]>::try_from(c).ok());
        if let Some(c) = cache {
            if c[7] & 0x80 == 0 {
                return Reply::Int(u64::from_le_bytes(c) as i64);
            }
        }
        let Some(regs) = hll_registers(&v) else {
            return Reply::err("INVALIDOBJ Corrupted HLL object detected");
        };
        let card = hll_count(&regs);
        if let Some(c) = v.get_mut(8..16) {
            c.copy_from_slice(&(card as u64).to_le_bytes());
        }
        let now = ctx.now_ms();
        if let Some(Value::Str(s)) = ctx.db().get_mut(&key, now) {
            *s = v;
        }
        return Reply::Int(card);
    }
    let mut acc = vec![0u8; HLL_REGISTERS];
    for i in 1..ctx.args.len() {
        let key = ctx.arg(i).to_vec();
        match hll_raw(ctx, &key) {
            Ok(Some(v)) => {
                let Some(r) = hll_registers(&v) else {
                    return Reply::err("INVALIDOBJ Corrupted HLL object detected");
                };
                for (a, b) in acc.iter_mut().zip(r) {
                    *a = (*a).max(b);
                }
            }
            Ok(None) => {}
            Err(e) => return e,
        }
    }
    Reply::Int(hll_count(&acc))
}

fn cmd_pfmerge(ctx: &mut Ctx) -> Reply {
    let mut acc = vec![0u8; HLL_REGISTERS];
    let mut use_dense = false;
    let mut dest_val: Option<Vec<u8>> = None;
    for i in 1..ctx.args.len() {
        let key = ctx.arg(i).to_vec();
        match hll_raw(ctx, &key) {
            Ok(Some(v)) => {
                if v.get(4) == Some(&0) {
                    use_dense = true;
                }
                let Some(r) = hll_registers(&v) else {
                    return Reply::err("INVALIDOBJ Corrupted HLL object detected");
                };
                for (a, b) in acc.iter_mut().zip(r) {
                    *a = (*a).max(b);
                }
                if i == 1 {
                    dest_val = Some(v);
                }
            }
            Ok(None) => {}
            Err(e) => return e,
        }
    }
    let mut v = dest_val.unwrap_or_else(hll_new);
    if use_dense && v.get(4) == Some(&1) && hll_to_dense(&mut v).is_none() {
        return Reply::err("INVALIDOBJ Corrupted HLL object detected");
    }
    let max = sparse_max(ctx);
    for (j, &m) in acc.iter().enumerate() {
        if m == 0 {
            continue;
        }
        let ok = match v.get(4) {
            Some(0) => {
                hll_dense_set(&mut v, j, m);
                true
            }
            _ => hll_sparse_set(&mut v, j, m, max).is_some(),
        };
        if !ok {
            return Reply::err("INVALIDOBJ Corrupted HLL object detected");
        }
    }
    hll_invalidate(&mut v);
    let dest = ctx.arg(1).to_vec();
    ctx.db().set_keep_ttl(dest.clone(), Value::Str(v));
    ctx.db().set_str_encoding(&dest, "raw");
    ctx.dirty(1);
    Reply::ok()
}

// ---------------------------------------------------------------------------------------
// Cluster, ACL, modules, replication, streams: entries with minimal behaviour
// ---------------------------------------------------------------------------------------

fn cmd_cluster_disabled(_ctx: &mut Ctx) -> Reply {
    Reply::err("ERR This instance has cluster support disabled")
}

fn cmd_failover(_ctx: &mut Ctx) -> Reply {
    Reply::err("ERR FAILOVER requires connected replicas.")
}

fn cmd_replication_unsupported(_ctx: &mut Ctx) -> Reply {
    Reply::err("ERR replication is not supported by this playground")
}

fn cmd_replicaof(ctx: &mut Ctx) -> Reply {
    if ctx.arg(1).eq_ignore_ascii_case(b"no") && ctx.arg(2).eq_ignore_ascii_case(b"one") {
        return Reply::ok();
    }
    Reply::err("ERR replication is not supported by this playground")
}

fn cmd_module_list(_ctx: &mut Ctx) -> Reply {
    Reply::Array(vec![])
}

fn cmd_module_not_allowed(_ctx: &mut Ctx) -> Reply {
    Reply::err("ERR MODULE command not allowed. If the enable-module-command option is set to \"local\", you can run it from a local connection, otherwise you need to set this option in the configuration file, and then restart the server.")
}

fn cmd_module_help(_ctx: &mut Ctx) -> Reply {
    help_reply(MODULE_HELP)
}

fn cmd_pfselftest(_ctx: &mut Ctx) -> Reply {
    Reply::ok()
}

fn cmd_pfdebug(ctx: &mut Ctx) -> Reply {
    let key = ctx.arg(2).to_vec();
    let regs = match hll_get(ctx, &key) {
        Ok(Some(r)) => r,
        Ok(None) => return Reply::err("ERR The specified key does not exist"),
        Err(e) => return e,
    };
    let sub = ctx.arg(1).to_ascii_lowercase();
    match sub.as_slice() {
        b"getreg" => Reply::Array(regs.iter().map(|&r| Reply::Int(i64::from(r))).collect()),
        b"encoding" => Reply::status("dense"),
        b"todense" => Reply::Int(0),
        _ => Reply::err(format!(
            "ERR Unknown PFDEBUG subcommand '{}'",
            String::from_utf8_lossy(ctx.arg(1))
        )),
    }
}

const ACL_CATEGORIES: &[&str] = &[
    "keyspace",
    "read",
    "write",
    "set",
    "sortedset",
    "list",
    "hash",
    "string",
    "bitmap",
    "hyperloglog",
    "geo",
    "stream",
    "pubsub",
    "admin",
    "fast",
    "slow",
    "blocking",
    "dangerous",
    "connection",
    "transaction",
    "scripting",
];

fn cmd_acl_whoami(_ctx: &mut Ctx) -> Reply {
    Reply::bulk("default")
}

fn cmd_acl_users(_ctx: &mut Ctx) -> Reply {
    Reply::Array(vec![Reply::bulk("default")])
}

fn cmd_acl_list(ctx: &mut Ctx) -> Reply {
    let pass = ctx.core.config.value("requirepass").unwrap_or("");
    let auth = if pass.is_empty() {
        "nopass".to_string()
    } else {
        format!("#{}", sha2_hex(pass.as_bytes()))
    };
    Reply::Array(vec![Reply::bulk(format!(
        "user default on {auth} ~* &* +@all"
    ))])
}

/// A stand-in password digest (Redis shows the SHA-256; we show a SHA-1 based hex digest).
fn sha2_hex(data: &[u8]) -> String {
    use sha1::{Digest, Sha1};
    let mut h = Sha1::new();
    h.update(data);
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

fn cmd_acl_cat(ctx: &mut Ctx) -> Reply {
    if ctx.args.len() == 2 {
        return Reply::Array(ACL_CATEGORIES.iter().map(Reply::bulk).collect());
    }
    let cat = ctx.arg(2).to_ascii_lowercase();
    if !ACL_CATEGORIES
        .iter()
        .any(|c| c.as_bytes() == cat.as_slice())
    {
        return Reply::err(format!(
            "ERR Unknown category '{}'",
            String::from_utf8_lossy(ctx.arg(2))
        ));
    }
    let mut out = Vec::new();
    for s in super::table().all() {
        if s.acl.iter().any(|c| c.as_bytes() == cat.as_slice()) {
            out.push(Reply::bulk(s.name));
        }
        for sub in s.subcommands {
            if sub.acl.iter().any(|c| c.as_bytes() == cat.as_slice()) {
                out.push(Reply::bulk(format!("{}|{}", s.name, sub.name)));
            }
        }
    }
    Reply::Array(out)
}

fn cmd_acl_deluser(ctx: &mut Ctx) -> Reply {
    if ctx.args.iter().skip(2).any(|u| u == b"default") {
        return Reply::err("ERR The 'default' user cannot be removed");
    }
    Reply::Int(0)
}

fn cmd_acl_getuser(ctx: &mut Ctx) -> Reply {
    if ctx.arg(2) != b"default" {
        return Reply::Nil;
    }
    Reply::Map(vec![
        (
            Reply::bulk("flags"),
            Reply::Array(vec![Reply::bulk("on"), Reply::bulk("nopass")]),
        ),
        (Reply::bulk("passwords"), Reply::Array(vec![])),
        (Reply::bulk("commands"), Reply::bulk("+@all")),
        (Reply::bulk("keys"), Reply::bulk("~*")),
        (Reply::bulk("channels"), Reply::bulk("&*")),
        (Reply::bulk("selectors"), Reply::Array(vec![])),
    ])
}

fn cmd_acl_genpass(ctx: &mut Ctx) -> Reply {
    let bits = if ctx.args.len() > 2 {
        match arg_i64(ctx.arg(2)) {
            Ok(b) if (1..=4096).contains(&b) => b,
            _ => {
                return Reply::err(
                    "ERR ACL GENPASS argument must be the number of bits for the output password, a positive number up to 4096",
                )
            }
        }
    } else {
        256
    };
    let chars = ((bits + 3) / 4) as usize;
    let mut s = String::with_capacity(chars);
    while s.len() < chars {
        let r = ctx.core.rng.next_u64();
        s.push_str(&format!("{r:016x}"));
    }
    s.truncate(chars);
    Reply::bulk(s)
}

fn cmd_acl_dryrun(ctx: &mut Ctx) -> Reply {
    if ctx.arg(2) != b"default" {
        return Reply::err(format!(
            "ERR User '{}' not found",
            String::from_utf8_lossy(ctx.arg(2))
        ));
    }
    if super::table().get(ctx.arg(3)).is_none() {
        return Reply::err(format!(
            "ERR Command '{}' not found",
            String::from_utf8_lossy(ctx.arg(3))
        ));
    }
    Reply::ok()
}

fn cmd_acl_log(ctx: &mut Ctx) -> Reply {
    if ctx.args.len() > 2 {
        if ctx.arg(2).eq_ignore_ascii_case(b"reset") {
            return Reply::ok();
        }
        if crate::util::parse_i64(ctx.arg(2)).is_none() {
            return Reply::not_int();
        }
    }
    Reply::Array(vec![])
}

fn cmd_acl_setuser(_ctx: &mut Ctx) -> Reply {
    Reply::err("ERR ACL SETUSER is not supported by this playground")
}

fn cmd_acl_no_file(_ctx: &mut Ctx) -> Reply {
    Reply::err("ERR This Redis instance is not configured to use an ACL file. You may want to specify users via the ACL SETUSER command and then issue a CONFIG REWRITE (assuming you have a Redis configuration file set) in order to store users in the Redis configuration.")
}

fn cmd_acl_help(_ctx: &mut Ctx) -> Reply {
    help_reply(ACL_HELP)
}

// ---------------------------------------------------------------------------------------
// COMMAND DOCS data recorded from Redis 7.0.15 (arguments, history, flags), parsed lazily.
// ---------------------------------------------------------------------------------------

/// The recorded docs of every Redis 7.0.15 command, as compact JSON. `summary`, `since` and
/// `group` are left out where they equal the command table's ([`CommandSpec`]) and filled
/// back in from it when parsed (see [`with_spec_fields`]), so the texts are stored once;
/// `complexity` is only here (the command table does not carry it). Embedded in every
/// build, the browser's included: fetching it separately moved the same bytes without
/// saving any, and COMMAND DOCS must answer the same from the first command on (a share
/// link replays at start-up).
const RECORDED_DOCS: &str = include_str!("docs.json");

/// Converts recorded JSON docs to a reply: objects become maps, `history`, `flags` and
/// `doc_flags` become sets (flags as status strings), strings bulk, numbers integers.
struct DocsParser<'a> {
    s: &'a [u8],
    i: usize,
}

impl DocsParser<'_> {
    fn ws(&mut self) {
        while self.s.get(self.i).is_some_and(|c| c.is_ascii_whitespace()) {
            self.i += 1;
        }
    }

    fn string(&mut self) -> Option<Vec<u8>> {
        if self.s.get(self.i) != Some(&b'"') {
            return None;
        }
        self.i += 1;
        let mut out = Vec::new();
        loop {
            let c = *self.s.get(self.i)?;
            self.i += 1;
            match c {
                b'"' => return Some(out),
                b'\\' => {
                    let e = *self.s.get(self.i)?;
                    self.i += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b't' => out.push(b'\t'),
                        b'r' => out.push(b'\r'),
                        b'u' => {
                            let hex = std::str::from_utf8(self.s.get(self.i..self.i + 4)?).ok()?;
                            self.i += 4;
                            let cp = u32::from_str_radix(hex, 16).ok()?;
                            let ch = char::from_u32(cp).unwrap_or('?');
                            let mut buf = [0u8; 4];
                            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                        }
                        other => out.push(other),
                    }
                }
                other => out.push(other),
            }
        }
    }

    fn value(&mut self, key: &[u8]) -> Option<Reply> {
        self.ws();
        match *self.s.get(self.i)? {
            b'{' => {
                self.i += 1;
                let mut m = Vec::new();
                loop {
                    self.ws();
                    if self.s.get(self.i) == Some(&b'}') {
                        self.i += 1;
                        return Some(Reply::Map(m));
                    }
                    let k = self.string()?;
                    self.ws();
                    self.i += 1; // ':'
                    let v = self.value(&k)?;
                    m.push((Reply::Bulk(k), v));
                    self.ws();
                    if self.s.get(self.i) == Some(&b',') {
                        self.i += 1;
                    }
                }
            }
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                let status = key == b"flags" || key == b"doc_flags";
                loop {
                    self.ws();
                    if self.s.get(self.i) == Some(&b']') {
                        self.i += 1;
                        break;
                    }
                    let v = self.value(b"")?;
                    items.push(match (status, v) {
                        (true, Reply::Bulk(b)) => Reply::Status(b),
                        (_, other) => other,
                    });
                    self.ws();
                    if self.s.get(self.i) == Some(&b',') {
                        self.i += 1;
                    }
                }
                Some(
                    if key == b"history" || key == b"flags" || key == b"doc_flags" {
                        Reply::Set(items)
                    } else {
                        Reply::Array(items)
                    },
                )
            }
            b'"' => self.string().map(Reply::Bulk),
            _ => {
                let start = self.i;
                while self
                    .s
                    .get(self.i)
                    .is_some_and(|c| c.is_ascii_digit() || *c == b'-')
                {
                    self.i += 1;
                }
                let t = std::str::from_utf8(self.s.get(start..self.i)?).ok()?;
                t.parse().ok().map(Reply::Int)
            }
        }
    }
}

/// Recorded COMMAND DOCS entries, sorted by command name (binary searched by
/// [`recorded_doc`]).
fn recorded_docs() -> &'static [(Vec<u8>, Reply)] {
    static DOCS: std::sync::OnceLock<Vec<(Vec<u8>, Reply)>> = std::sync::OnceLock::new();
    DOCS.get_or_init(|| {
        let mut p = DocsParser {
            s: RECORDED_DOCS.as_bytes(),
            i: 0,
        };
        let mut out = Vec::new();
        if let Some(Reply::Map(m)) = p.value(b"") {
            for (k, v) in m {
                if let Reply::Bulk(name) = k {
                    let v = with_spec_fields(&name, v);
                    out.push((name, v));
                }
            }
        }
        // docs.json is one JSON object: its names are unique.
        crate::util::sort::sort_by(&mut out, |a, b| a.0.cmp(&b.0));
        out
    })
}

/// The recorded COMMAND DOCS entry of `name` (`get`, `client|kill`).
fn recorded_doc(name: &[u8]) -> Option<&'static Reply> {
    let docs = recorded_docs();
    let i = docs.binary_search_by(|e| e.0.as_slice().cmp(name)).ok()?;
    docs.get(i).map(|e| &e.1)
}

/// The four leading fields of a docs entry, in Redis's order.
const SPEC_FIELDS: [&str; 4] = ["summary", "since", "group", "complexity"];

/// Restores the fields [`RECORDED_DOCS`] leaves to the command table: each of
/// [`SPEC_FIELDS`] missing from the entry is taken from the spec of `name` (`cmd` or
/// `cmd|sub`) when the spec's text is not empty; they lead the entry in Redis's order, then
/// the recorded fields follow (subcommand entries restored the same way).
fn with_spec_fields(name: &[u8], entry: Reply) -> Reply {
    let Reply::Map(fields) = entry else {
        return entry;
    };
    let spec = lookup_full(name).map(|(s, _)| s);
    let mut out = Vec::with_capacity(fields.len() + SPEC_FIELDS.len());
    for key in SPEC_FIELDS {
        let recorded = fields
            .iter()
            .find(|(k, _)| *k == Reply::bulk(key))
            .map(|(_, v)| v.clone());
        let from_spec = spec
            .map(|s| match key {
                "summary" => s.summary,
                "since" => s.since,
                "group" => s.group,
                _ => "",
            })
            .filter(|t| !t.is_empty())
            .map(Reply::bulk);
        if let Some(v) = recorded.or(from_spec) {
            out.push((Reply::bulk(key), v));
        }
    }
    for (k, v) in fields {
        if SPEC_FIELDS.iter().any(|f| k == Reply::bulk(*f)) {
            continue;
        }
        let v = match (&k, v) {
            (Reply::Bulk(b), Reply::Map(subs)) if b.as_slice() == b"subcommands" => Reply::Map(
                subs.into_iter()
                    .map(|(sk, sv)| {
                        let sv = match &sk {
                            Reply::Bulk(sn) => with_spec_fields(sn, sv),
                            _ => sv,
                        };
                        (sk, sv)
                    })
                    .collect(),
            ),
            (_, v) => v,
        };
        out.push((k, v));
    }
    Reply::Map(out)
}

// Help texts recorded from Redis 7.0.15.

const ACL_HELP: &[&str] = &[
    "ACL <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
    "CAT [<category>]",
    "    List all commands that belong to <category>, or all command categories",
    "    when no category is specified.",
    "DELUSER <username> [<username> ...]",
    "    Delete a list of users.",
    "DRYRUN <username> <command> [<arg> ...]",
    "    Returns whether the user can execute the given command without executing the command.",
    "GETUSER <username>",
    "    Get the user's details.",
    "GENPASS [<bits>]",
    "    Generate a secure 256-bit user password. The optional `bits` argument can",
    "    be used to specify a different size.",
    "LIST",
    "    Show users details in config file format.",
    "LOAD",
    "    Reload users from the ACL file.",
    "LOG [<count> | RESET]",
    "    Show the ACL log entries.",
    "SAVE",
    "    Save the current config to the ACL file.",
    "SETUSER <username> <attribute> [<attribute> ...]",
    "    Create or modify a user with the specified attributes.",
    "USERS",
    "    List all the registered usernames.",
    "WHOAMI",
    "    Return the current connection username.",
    "HELP",
    "    Prints this help.",
];

const MODULE_HELP: &[&str] = &[
    "MODULE <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
    "LIST",
    "    Return a list of loaded modules.",
    "LOAD <path> [<arg> ...]",
    "    Load a module library from <path>, passing to it any optional arguments.",
    "LOADEX <path> [[CONFIG NAME VALUE] [CONFIG NAME VALUE]] [ARGS ...]",
    "    Load a module library from <path>, while passing it module configurations and optional arguments.",
    "UNLOAD <name>",
    "    Unload a module.",
    "HELP",
    "    Prints this help.",
];

const CLIENT_HELP: &[&str] = &[
    "CLIENT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
    "CACHING (YES|NO)",
    "    Enable/disable tracking of the keys for next command in OPTIN/OPTOUT modes.",
    "GETREDIR",
    "    Return the client ID we are redirecting to when tracking is enabled.",
    "GETNAME",
    "    Return the name of the current connection.",
    "ID",
    "    Return the ID of the current connection.",
    "INFO",
    "    Return information about the current client connection.",
    "KILL <ip:port>",
    "    Kill connection made from <ip:port>.",
    "KILL <option> <value> [<option> <value> [...]]",
    "    Kill connections. Options are:",
    "    * ADDR (<ip:port>|<unixsocket>:0)",
    "      Kill connections made from the specified address",
    "    * LADDR (<ip:port>|<unixsocket>:0)",
    "      Kill connections made to specified local address",
    "    * TYPE (NORMAL|MASTER|REPLICA|PUBSUB)",
    "      Kill connections by type.",
    "    * USER <username>",
    "      Kill connections authenticated by <username>.",
    "    * SKIPME (YES|NO)",
    "      Skip killing current connection (default: yes).",
    "LIST [options ...]",
    "    Return information about client connections. Options:",
    "    * TYPE (NORMAL|MASTER|REPLICA|PUBSUB)",
    "      Return clients of specified type.",
    "UNPAUSE",
    "    Stop the current client pause, resuming traffic.",
    "PAUSE <timeout> [WRITE|ALL]",
    "    Suspend all, or just write, clients for <timeout> milliseconds.",
    "REPLY (ON|OFF|SKIP)",
    "    Control the replies sent to the current connection.",
    "SETNAME <name>",
    "    Assign the name <name> to the current connection.",
    "UNBLOCK <clientid> [TIMEOUT|ERROR]",
    "    Unblock the specified blocked client.",
    "TRACKING (ON|OFF) [REDIRECT <id>] [BCAST] [PREFIX <prefix> [...]]",
    "         [OPTIN] [OPTOUT] [NOLOOP]",
    "    Control server assisted client side caching.",
    "TRACKINGINFO",
    "    Report tracking status for the current connection.",
    "NO-EVICT (ON|OFF)",
    "    Protect current client connection from eviction.",
    "HELP",
    "    Prints this help.",
];

const COMMAND_HELP: &[&str] = &[
    "COMMAND <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
    "(no subcommand)",
    "    Return details about all Redis commands.",
    "COUNT",
    "    Return the total number of commands in this Redis server.",
    "LIST",
    "    Return a list of all commands in this Redis server.",
    "INFO [<command-name> ...]",
    "    Return details about multiple Redis commands.",
    "    If no command names are given, documentation details for all",
    "    commands are returned.",
    "DOCS [<command-name> ...]",
    "    Return documentation details about multiple Redis commands.",
    "    If no command names are given, documentation details for all",
    "    commands are returned.",
    "GETKEYS <full-command>",
    "    Return the keys from a full Redis command.",
    "GETKEYSANDFLAGS <full-command>",
    "    Return the keys and the access flags from a full Redis command.",
    "HELP",
    "    Prints this help.",
];

const MEMORY_HELP: &[&str] = &[
    "MEMORY <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
    "DOCTOR",
    "    Return memory problems reports.",
    "MALLOC-STATS",
    "    Return internal statistics report from the memory allocator.",
    "PURGE",
    "    Attempt to purge dirty pages for reclamation by the allocator.",
    "STATS",
    "    Return information about the memory usage of the server.",
    "USAGE <key> [SAMPLES <count>]",
    "    Return memory in bytes used by <key> and its value. Nested values are",
    "    sampled up to <count> times (default: 5, 0 means sample all).",
    "HELP",
    "    Prints this help.",
];

const SLOWLOG_HELP: &[&str] = &[
    "SLOWLOG <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
    "GET [<count>]",
    "    Return top <count> entries from the slowlog (default: 10, -1 mean all).",
    "    Entries are made of:",
    "    id, timestamp, time in microseconds, arguments array, client IP and port,",
    "    client name",
    "LEN",
    "    Return the length of the slowlog.",
    "RESET",
    "    Reset the slowlog.",
    "HELP",
    "    Prints this help.",
];

const LATENCY_HELP: &[&str] = &[
    "LATENCY <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
    "DOCTOR",
    "    Return a human readable latency analysis report.",
    "GRAPH <event>",
    "    Return an ASCII latency graph for the <event> class.",
    "HISTORY <event>",
    "    Return time-latency samples for the <event> class.",
    "LATEST",
    "    Return the latest latency samples for all events.",
    "RESET [<event> ...]",
    "    Reset latency data of one or more <event> classes.",
    "    (default: reset all data for all event classes)",
    "HISTOGRAM [COMMAND ...]",
    "    Return a cumulative distribution of latencies in the format of a histogram for the specified command names.",
    "    If no commands are specified then all histograms are replied.",
    "HELP",
    "    Prints this help.",
];

const PUBSUB_HELP: &[&str] = &[
    "PUBSUB <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
    "CHANNELS [<pattern>]",
    "    Return the currently active channels matching a <pattern> (default: '*').",
    "NUMPAT",
    "    Return number of subscriptions to patterns.",
    "NUMSUB [<channel> ...]",
    "    Return the number of subscribers for the specified channels, excluding",
    "    pattern subscriptions(default: no channels).",
    "SHARDCHANNELS [<pattern>]",
    "    Return the currently active shard level channels matching a <pattern> (default: '*').",
    "SHARDNUMSUB [<shardchannel> ...]",
    "    Return the number of subscribers for the specified shard level channel(s)",
    "HELP",
    "    Prints this help.",
];

const CONFIG_HELP: &[&str] = &[
    "CONFIG <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
    "GET <pattern>",
    "    Return parameters matching the glob-like <pattern> and their values.",
    "SET <directive> <value>",
    "    Set the configuration <directive> to <value>.",
    "RESETSTAT",
    "    Reset statistics reported by the INFO command.",
    "REWRITE",
    "    Rewrite the configuration file.",
    "HELP",
    "    Prints this help.",
];

/// The server family of the command table.
pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "auth",
        arity: -2,
        flags: NOSCRIPT | LOADING | STALE | FAST | NO_AUTH | ALLOW_BUSY,
        acl: &["fast", "connection"],
        keys: Keys::None,
        group: "connection",
        summary: "Authenticate to the server",
        since: "1.0.0",
        syntax: "[username] password",
        handler: Handler::Core(cmd_auth),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "client",
        arity: -2,
        flags: 0,
        acl: &["slow"],
        keys: Keys::None,
        group: "connection",
        summary: "A container for client connection commands",
        since: "2.4.0",
        syntax: "",
        handler: Handler::Container,
        subcommands: CLIENT_SUBCOMMANDS,
    },
    CommandSpec {
        name: "echo",
        arity: 2,
        flags: LOADING | STALE | FAST,
        acl: &["fast", "connection"],
        keys: Keys::None,
        group: "connection",
        summary: "Echo the given string",
        since: "1.0.0",
        syntax: "message",
        handler: Handler::Core(cmd_echo),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "hello",
        arity: -1,
        flags: NOSCRIPT | LOADING | STALE | FAST | NO_AUTH | ALLOW_BUSY,
        acl: &["fast", "connection"],
        keys: Keys::None,
        group: "connection",
        summary: "Handshake with Redis",
        since: "6.0.0",
        syntax: "[protover [AUTH username password] [SETNAME clientname]]",
        handler: Handler::Core(cmd_hello),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "ping",
        arity: -1,
        flags: FAST,
        acl: &["fast", "connection"],
        keys: Keys::None,
        group: "connection",
        summary: "Ping the server",
        since: "1.0.0",
        syntax: "[message]",
        handler: Handler::Core(cmd_ping),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "quit",
        arity: -1,
        flags: NOSCRIPT | LOADING | STALE | FAST | NO_AUTH | ALLOW_BUSY,
        acl: &["fast", "connection"],
        keys: Keys::None,
        group: "connection",
        summary: "Close the connection",
        since: "1.0.0",
        syntax: "",
        handler: Handler::Engine,
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "reset",
        arity: 1,
        flags: NOSCRIPT | LOADING | STALE | FAST | NO_AUTH | ALLOW_BUSY,
        acl: &["fast", "connection"],
        keys: Keys::None,
        group: "connection",
        summary: "Reset the connection",
        since: "6.2.0",
        syntax: "",
        handler: Handler::Engine,
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "select",
        arity: 2,
        flags: LOADING | STALE | FAST,
        acl: &["fast", "connection"],
        keys: Keys::None,
        group: "connection",
        summary: "Change the selected database for the current connection",
        since: "1.0.0",
        syntax: "index",
        handler: Handler::Core(cmd_select),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "bgrewriteaof",
        arity: 1,
        flags: ADMIN | NOSCRIPT | NO_ASYNC_LOADING,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Asynchronously rewrite the append-only file",
        since: "1.0.0",
        syntax: "",
        handler: Handler::Core(cmd_bgrewriteaof),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "bgsave",
        arity: -1,
        flags: ADMIN | NOSCRIPT | NO_ASYNC_LOADING,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Asynchronously save the dataset to disk",
        since: "1.0.0",
        syntax: "[SCHEDULE]",
        handler: Handler::Core(cmd_bgsave),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "command",
        arity: -1,
        flags: LOADING | STALE,
        acl: &["slow", "connection"],
        keys: Keys::None,
        group: "server",
        summary: "Get array of Redis command details",
        since: "2.8.13",
        syntax: "",
        handler: Handler::Core(cmd_command),
        subcommands: COMMAND_SUBCOMMANDS,
    },
    CommandSpec {
        name: "config",
        arity: -2,
        flags: 0,
        acl: &["slow"],
        keys: Keys::None,
        group: "server",
        summary: "A container for server configuration commands",
        since: "2.0.0",
        syntax: "",
        handler: Handler::Container,
        subcommands: CONFIG_SUBCOMMANDS,
    },
    CommandSpec {
        name: "dbsize",
        arity: 1,
        flags: READONLY | FAST,
        acl: &["keyspace", "read", "fast"],
        keys: Keys::None,
        group: "server",
        summary: "Return the number of keys in the selected database",
        since: "1.0.0",
        syntax: "",
        handler: Handler::Core(cmd_dbsize),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "debug",
        arity: -2,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "A container for debugging commands",
        since: "1.0.0",
        syntax: "",
        handler: Handler::Core(cmd_debug),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "flushall",
        arity: -1,
        flags: WRITE,
        acl: &["keyspace", "write", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Remove all keys from all databases",
        since: "1.0.0",
        syntax: "[ASYNC|SYNC]",
        handler: Handler::Core(cmd_flushall),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "flushdb",
        arity: -1,
        flags: WRITE,
        acl: &["keyspace", "write", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Remove all keys from the current database",
        since: "1.0.0",
        syntax: "[ASYNC|SYNC]",
        handler: Handler::Core(cmd_flushdb),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "info",
        arity: -1,
        flags: LOADING | STALE,
        acl: &["slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Get information and statistics about the server",
        since: "1.0.0",
        syntax: "[section [section ...]]",
        handler: Handler::Core(cmd_info),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "lastsave",
        arity: 1,
        flags: LOADING | STALE | FAST,
        acl: &["admin", "fast", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Get the UNIX time stamp of the last successful save to disk",
        since: "1.0.0",
        syntax: "",
        handler: Handler::Core(cmd_lastsave),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "lolwut",
        arity: -1,
        flags: READONLY | FAST,
        acl: &["read", "fast"],
        keys: Keys::None,
        group: "server",
        summary: "Display some computer art and the Redis version",
        since: "5.0.0",
        syntax: "[VERSION version]",
        handler: Handler::Core(cmd_lolwut),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "memory",
        arity: -2,
        flags: 0,
        acl: &["slow"],
        keys: Keys::None,
        group: "server",
        summary: "A container for memory diagnostics commands",
        since: "4.0.0",
        syntax: "",
        handler: Handler::Container,
        subcommands: MEMORY_SUBCOMMANDS,
    },
    CommandSpec {
        name: "role",
        arity: 1,
        flags: NOSCRIPT | LOADING | STALE | FAST,
        acl: &["admin", "fast", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Return the role of the instance in the context of replication",
        since: "2.8.12",
        syntax: "",
        handler: Handler::Core(cmd_role),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "save",
        arity: 1,
        flags: ADMIN | NOSCRIPT | NO_ASYNC_LOADING | NO_MULTI,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Synchronously save the dataset to disk",
        since: "1.0.0",
        syntax: "",
        handler: Handler::Core(cmd_save),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "shutdown",
        arity: -1,
        flags: ADMIN | NOSCRIPT | LOADING | STALE | NO_MULTI | ALLOW_BUSY,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Synchronously save the dataset to disk and then shut down the server",
        since: "1.0.0",
        syntax: "[NOSAVE|SAVE] [NOW] [FORCE] [ABORT]",
        handler: Handler::Engine,
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "swapdb",
        arity: 3,
        flags: WRITE | FAST,
        acl: &["keyspace", "write", "fast", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Swaps two Redis databases",
        since: "4.0.0",
        syntax: "index1 index2",
        handler: Handler::Core(cmd_swapdb),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "time",
        arity: 1,
        flags: LOADING | STALE | FAST,
        acl: &["fast"],
        keys: Keys::None,
        group: "server",
        summary: "Return the current server time",
        since: "2.6.0",
        syntax: "",
        handler: Handler::Core(cmd_time),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "slowlog",
        arity: -2,
        flags: 0,
        acl: &["slow"],
        keys: Keys::None,
        group: "server",
        summary: "A container for slow log commands",
        since: "2.2.12",
        syntax: "",
        handler: Handler::Container,
        subcommands: SLOWLOG_SUBCOMMANDS,
    },
    CommandSpec {
        name: "latency",
        arity: -2,
        flags: 0,
        acl: &["slow"],
        keys: Keys::None,
        group: "server",
        summary: "A container for latency diagnostics commands",
        since: "2.8.13",
        syntax: "",
        handler: Handler::Container,
        subcommands: LATENCY_SUBCOMMANDS,
    },
    CommandSpec {
        name: "discard",
        arity: 1,
        flags: NOSCRIPT | LOADING | STALE | FAST | ALLOW_BUSY,
        acl: &["fast", "transaction"],
        keys: Keys::None,
        group: "transactions",
        summary: "Discard all commands issued after MULTI",
        since: "2.0.0",
        syntax: "",
        handler: Handler::Engine,
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "exec",
        arity: 1,
        flags: NOSCRIPT | LOADING | STALE | SKIP_SLOWLOG,
        acl: &["slow", "transaction"],
        keys: Keys::None,
        group: "transactions",
        summary: "Execute all commands issued after MULTI",
        since: "1.2.0",
        syntax: "",
        handler: Handler::Engine,
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "multi",
        arity: 1,
        flags: NOSCRIPT | LOADING | STALE | FAST | ALLOW_BUSY,
        acl: &["fast", "transaction"],
        keys: Keys::None,
        group: "transactions",
        summary: "Mark the start of a transaction block",
        since: "1.2.0",
        syntax: "",
        handler: Handler::Engine,
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "unwatch",
        arity: 1,
        flags: NOSCRIPT | LOADING | STALE | FAST | ALLOW_BUSY,
        acl: &["fast", "transaction"],
        keys: Keys::None,
        group: "transactions",
        summary: "Forget about all watched keys",
        since: "2.2.0",
        syntax: "",
        handler: Handler::Engine,
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "watch",
        arity: -2,
        flags: NOSCRIPT | LOADING | STALE | FAST | ALLOW_BUSY,
        acl: &["fast", "transaction"],
        keys: Keys::Range(1, -1, 1),
        group: "transactions",
        summary: "Watch the given keys to determine execution of the MULTI/EXEC block",
        since: "2.2.0",
        syntax: "key [key ...]",
        handler: Handler::Engine,
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "publish",
        arity: 3,
        flags: PUBSUB | LOADING | STALE | FAST | MAY_REPLICATE,
        acl: &["pubsub", "fast"],
        keys: Keys::None,
        group: "pubsub",
        summary: "Post a message to a channel",
        since: "2.0.0",
        syntax: "channel message",
        handler: Handler::Core(cmd_publish),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "spublish",
        arity: 3,
        flags: PUBSUB | LOADING | STALE | FAST | MAY_REPLICATE,
        acl: &["pubsub", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "pubsub",
        summary: "Post a message to a shard channel",
        since: "7.0.0",
        syntax: "shardchannel message",
        handler: Handler::Core(cmd_spublish),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "pubsub",
        arity: -2,
        flags: 0,
        acl: &["slow"],
        keys: Keys::None,
        group: "pubsub",
        summary: "A container for Pub/Sub commands",
        since: "2.8.0",
        syntax: "",
        handler: Handler::Container,
        subcommands: PUBSUB_SUBCOMMANDS,
    },
    CommandSpec {
        name: "pfadd",
        arity: -2,
        flags: WRITE | DENYOOM | FAST,
        acl: &["write", "hyperloglog", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "hyperloglog",
        summary: "Adds the specified elements to the specified HyperLogLog.",
        since: "2.8.9",
        syntax: "key [element [element ...]]",
        handler: Handler::Core(cmd_pfadd),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "pfcount",
        arity: -2,
        flags: READONLY | MAY_REPLICATE,
        acl: &["read", "hyperloglog", "slow"],
        keys: Keys::Range(1, -1, 1),
        group: "hyperloglog",
        summary: "Return the approximated cardinality of the set(s) observed by the HyperLogLog at key(s).",
        since: "2.8.9",
        syntax: "key [key ...]",
        handler: Handler::Core(cmd_pfcount),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "pfmerge",
        arity: -2,
        flags: WRITE | DENYOOM,
        acl: &["write", "hyperloglog", "slow"],
        keys: Keys::Range(1, -1, 1),
        group: "hyperloglog",
        summary: "Merge N different HyperLogLogs into a single one.",
        since: "2.8.9",
        syntax: "destkey sourcekey [sourcekey ...]",
        handler: Handler::Core(cmd_pfmerge),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "acl",
        arity: -2,
        flags: 0,
        acl: &["slow"],
        keys: Keys::None,
        group: "server",
        summary: "A container for Access List Control commands ",
        since: "6.0.0",
        syntax: "",
        handler: Handler::Container,
        subcommands: ACL_SUBCOMMANDS,
    },
    CommandSpec {
        name: "asking",
        arity: 1,
        flags: FAST,
        acl: &["fast", "connection"],
        keys: Keys::None,
        group: "cluster",
        summary: "Sent by cluster clients after an -ASK redirect",
        since: "3.0.0",
        syntax: "",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "cluster",
        arity: -2,
        flags: 0,
        acl: &["slow"],
        keys: Keys::None,
        group: "cluster",
        summary: "A container for cluster commands",
        since: "3.0.0",
        syntax: "",
        handler: Handler::Container,
        subcommands: CLUSTER_SUBCOMMANDS,
    },
    CommandSpec {
        name: "failover",
        arity: -1,
        flags: ADMIN | NOSCRIPT | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Start a coordinated failover between this server and one of its replicas.",
        since: "6.2.0",
        syntax: "[TO host port [FORCE]] [ABORT] [TIMEOUT milliseconds]",
        handler: Handler::Core(cmd_failover),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "module",
        arity: -2,
        flags: 0,
        acl: &["slow"],
        keys: Keys::None,
        group: "server",
        summary: "A container for module commands",
        since: "4.0.0",
        syntax: "",
        handler: Handler::Container,
        subcommands: MODULE_SUBCOMMANDS,
    },
    CommandSpec {
        name: "monitor",
        arity: 1,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Listen for all requests received by the server in real time",
        since: "1.0.0",
        syntax: "",
        handler: Handler::Engine,
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "pfdebug",
        arity: 3,
        flags: WRITE | DENYOOM | ADMIN,
        acl: &["write", "hyperloglog", "admin", "slow", "dangerous"],
        keys: Keys::Range(2, 2, 1),
        group: "hyperloglog",
        summary: "Internal commands for debugging HyperLogLog values",
        since: "2.8.9",
        syntax: "subcommand key",
        handler: Handler::Core(cmd_pfdebug),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "pfselftest",
        arity: 1,
        flags: ADMIN,
        acl: &["hyperloglog", "admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "hyperloglog",
        summary: "An internal command for testing HyperLogLog values",
        since: "2.8.9",
        syntax: "",
        handler: Handler::Core(cmd_pfselftest),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "psubscribe",
        arity: -2,
        flags: PUBSUB | NOSCRIPT | LOADING | STALE,
        acl: &["pubsub", "slow"],
        keys: Keys::None,
        group: "pubsub",
        summary: "Listen for messages published to channels matching the given patterns",
        since: "2.0.0",
        syntax: "pattern [pattern ...]",
        handler: Handler::Engine,
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "psync",
        arity: -3,
        flags: ADMIN | NOSCRIPT | NO_ASYNC_LOADING | NO_MULTI,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Internal command used for replication",
        since: "2.8.0",
        syntax: "replicationid offset",
        handler: Handler::Core(cmd_replication_unsupported),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "punsubscribe",
        arity: -1,
        flags: PUBSUB | NOSCRIPT | LOADING | STALE,
        acl: &["pubsub", "slow"],
        keys: Keys::None,
        group: "pubsub",
        summary: "Stop listening for messages posted to channels matching the given patterns",
        since: "2.0.0",
        syntax: "[pattern [pattern ...]]",
        handler: Handler::Engine,
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "readonly",
        arity: 1,
        flags: LOADING | STALE | FAST,
        acl: &["fast", "connection"],
        keys: Keys::None,
        group: "cluster",
        summary: "Enables read queries for a connection to a cluster replica node",
        since: "3.0.0",
        syntax: "",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "readwrite",
        arity: 1,
        flags: LOADING | STALE | FAST,
        acl: &["fast", "connection"],
        keys: Keys::None,
        group: "cluster",
        summary: "Disables read queries for a connection to a cluster replica node",
        since: "3.0.0",
        syntax: "",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "replconf",
        arity: -1,
        flags: ADMIN | NOSCRIPT | LOADING | STALE | ALLOW_BUSY,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "An internal command for configuring the replication stream",
        since: "3.0.0",
        syntax: "",
        handler: Handler::Core(cmd_replication_unsupported),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "replicaof",
        arity: 3,
        flags: ADMIN | NOSCRIPT | STALE | NO_ASYNC_LOADING,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Make the server a replica of another instance, or promote it as master.",
        since: "5.0.0",
        syntax: "host port|NO ONE",
        handler: Handler::Core(cmd_replicaof),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "slaveof",
        arity: 3,
        flags: ADMIN | NOSCRIPT | STALE | NO_ASYNC_LOADING,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Make the server a replica of another instance, or promote it as master.",
        since: "1.0.0",
        syntax: "host port|NO ONE",
        handler: Handler::Core(cmd_replicaof),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "ssubscribe",
        arity: -2,
        flags: PUBSUB | NOSCRIPT | LOADING | STALE,
        acl: &["pubsub", "slow"],
        keys: Keys::Range(1, -1, 1),
        group: "pubsub",
        summary: "Listen for messages published to the given shard channels",
        since: "7.0.0",
        syntax: "shardchannel [shardchannel ...]",
        handler: Handler::Engine,
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "subscribe",
        arity: -2,
        flags: PUBSUB | NOSCRIPT | LOADING | STALE,
        acl: &["pubsub", "slow"],
        keys: Keys::None,
        group: "pubsub",
        summary: "Listen for messages published to the given channels",
        since: "2.0.0",
        syntax: "channel [channel ...]",
        handler: Handler::Engine,
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "sunsubscribe",
        arity: -1,
        flags: PUBSUB | NOSCRIPT | LOADING | STALE,
        acl: &["pubsub", "slow"],
        keys: Keys::Range(1, -1, 1),
        group: "pubsub",
        summary: "Stop listening for messages posted to the given shard channels",
        since: "7.0.0",
        syntax: "[shardchannel [shardchannel ...]]",
        handler: Handler::Engine,
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "sync",
        arity: 1,
        flags: ADMIN | NOSCRIPT | NO_ASYNC_LOADING | NO_MULTI,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Internal command used for replication",
        since: "1.0.0",
        syntax: "",
        handler: Handler::Core(cmd_replication_unsupported),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "unsubscribe",
        arity: -1,
        flags: PUBSUB | NOSCRIPT | LOADING | STALE,
        acl: &["pubsub", "slow"],
        keys: Keys::None,
        group: "pubsub",
        summary: "Stop listening for messages posted to the given channels",
        since: "2.0.0",
        syntax: "[channel [channel ...]]",
        handler: Handler::Engine,
        ..CommandSpec::DEFAULT
    },
];

/// Subcommands of CLIENT.
pub const CLIENT_SUBCOMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "caching",
        arity: 3,
        flags: NOSCRIPT | LOADING | STALE,
        acl: &["slow", "connection"],
        keys: Keys::None,
        group: "connection",
        summary: "Instruct the server about tracking or not keys in the next request",
        since: "6.0.0",
        syntax: "YES|NO",
        handler: Handler::Core(cmd_client_caching),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "getname",
        arity: 2,
        flags: NOSCRIPT | LOADING | STALE,
        acl: &["slow", "connection"],
        keys: Keys::None,
        group: "connection",
        summary: "Get the current connection name",
        since: "2.6.9",
        syntax: "",
        handler: Handler::Core(cmd_client_getname),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "getredir",
        arity: 2,
        flags: NOSCRIPT | LOADING | STALE,
        acl: &["slow", "connection"],
        keys: Keys::None,
        group: "connection",
        summary: "Get tracking notifications redirection client ID if any",
        since: "6.0.0",
        syntax: "",
        handler: Handler::Core(cmd_client_getredir),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "help",
        arity: 2,
        flags: LOADING | STALE,
        acl: &["slow", "connection"],
        keys: Keys::None,
        group: "connection",
        summary: "Show helpful text about the different subcommands",
        since: "5.0.0",
        syntax: "",
        handler: Handler::Core(cmd_client_help),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "id",
        arity: 2,
        flags: NOSCRIPT | LOADING | STALE,
        acl: &["slow", "connection"],
        keys: Keys::None,
        group: "connection",
        summary: "Returns the client ID for the current connection",
        since: "5.0.0",
        syntax: "",
        handler: Handler::Core(cmd_client_id),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "info",
        arity: 2,
        flags: NOSCRIPT | LOADING | STALE,
        acl: &["slow", "connection"],
        keys: Keys::None,
        group: "connection",
        summary: "Returns information about the current client connection.",
        since: "6.2.0",
        syntax: "",
        handler: Handler::Core(cmd_client_info),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "kill",
        arity: -3,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous", "connection"],
        keys: Keys::None,
        group: "connection",
        summary: "Kill the connection of a client",
        since: "2.4.0",
        syntax: "ip:port|[ID client-id]|[TYPE NORMAL|MASTER|SLAVE|REPLICA|PUBSUB]|[USER username]|[ADDR ip:port]|[LADDR ip:port]|[SKIPME yes/no] [[ID client-id]|[TYPE NORMAL|MASTER|SLAVE|REPLICA|PUBSUB]|[USER username]|[ADDR ip:port]|[LADDR ip:port]|[SKIPME yes/no] ...]",
        handler: Handler::Core(cmd_client_kill),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "list",
        arity: -2,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous", "connection"],
        keys: Keys::None,
        group: "connection",
        summary: "Get the list of client connections",
        since: "2.4.0",
        syntax: "[TYPE NORMAL|MASTER|REPLICA|PUBSUB] [ID client-id [client-id ...]]",
        handler: Handler::Core(cmd_client_list),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "no-evict",
        arity: 3,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous", "connection"],
        keys: Keys::None,
        group: "connection",
        summary: "Set client eviction mode for the current connection",
        since: "7.0.0",
        syntax: "ON|OFF",
        handler: Handler::Core(cmd_client_no_evict),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "pause",
        arity: -3,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous", "connection"],
        keys: Keys::None,
        group: "connection",
        summary: "Stop processing commands from clients for some time",
        since: "2.9.50",
        syntax: "timeout [WRITE|ALL]",
        handler: Handler::Core(cmd_client_pause),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "reply",
        arity: 3,
        flags: NOSCRIPT | LOADING | STALE,
        acl: &["slow", "connection"],
        keys: Keys::None,
        group: "connection",
        summary: "Instruct the server whether to reply to commands",
        since: "3.2.0",
        syntax: "ON|OFF|SKIP",
        handler: Handler::Core(cmd_client_reply),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "setname",
        arity: 3,
        flags: NOSCRIPT | LOADING | STALE,
        acl: &["slow", "connection"],
        keys: Keys::None,
        group: "connection",
        summary: "Set the current connection name",
        since: "2.6.9",
        syntax: "connection-name",
        handler: Handler::Core(cmd_client_setname),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "tracking",
        arity: -3,
        flags: NOSCRIPT | LOADING | STALE,
        acl: &["slow", "connection"],
        keys: Keys::None,
        group: "connection",
        summary: "Enable or disable server assisted client side caching support",
        since: "6.0.0",
        syntax: "ON|OFF [REDIRECT client-id] [PREFIX prefix [PREFIX prefix ...]] [BCAST] [OPTIN] [OPTOUT] [NOLOOP]",
        handler: Handler::Core(cmd_client_tracking),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "trackinginfo",
        arity: 2,
        flags: NOSCRIPT | LOADING | STALE,
        acl: &["slow", "connection"],
        keys: Keys::None,
        group: "connection",
        summary: "Return information about server assisted client side caching for the current connection",
        since: "6.2.0",
        syntax: "",
        handler: Handler::Core(cmd_client_trackinginfo),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "unblock",
        arity: -3,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous", "connection"],
        keys: Keys::None,
        group: "connection",
        summary: "Unblock a client blocked in a blocking command from a different connection",
        since: "5.0.0",
        syntax: "client-id [TIMEOUT|ERROR]",
        handler: Handler::Core(cmd_client_unblock),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "unpause",
        arity: 2,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous", "connection"],
        keys: Keys::None,
        group: "connection",
        summary: "Resume processing of clients that were paused",
        since: "6.2.0",
        syntax: "",
        handler: Handler::Core(cmd_client_unpause),
        ..CommandSpec::DEFAULT
    },
];

/// Subcommands of COMMAND.
pub const COMMAND_SUBCOMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "count",
        arity: 2,
        flags: LOADING | STALE,
        acl: &["slow", "connection"],
        keys: Keys::None,
        group: "server",
        summary: "Get total number of Redis commands",
        since: "2.8.13",
        syntax: "",
        handler: Handler::Core(cmd_command_count),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "docs",
        arity: -2,
        flags: LOADING | STALE,
        acl: &["slow", "connection"],
        keys: Keys::None,
        group: "server",
        summary: "Get array of specific Redis command documentation",
        since: "7.0.0",
        syntax: "[command-name [command-name ...]]",
        handler: Handler::Core(cmd_command_docs),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "getkeys",
        arity: -4,
        flags: LOADING | STALE,
        acl: &["slow", "connection"],
        keys: Keys::None,
        group: "server",
        summary: "Extract keys given a full Redis command",
        since: "2.8.13",
        syntax: "",
        handler: Handler::Core(cmd_command_getkeys),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "getkeysandflags",
        arity: -4,
        flags: LOADING | STALE,
        acl: &["slow", "connection"],
        keys: Keys::None,
        group: "server",
        summary: "Extract keys and access flags given a full Redis command",
        since: "7.0.0",
        syntax: "",
        handler: Handler::Core(cmd_command_getkeysandflags),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "help",
        arity: 2,
        flags: LOADING | STALE,
        acl: &["slow", "connection"],
        keys: Keys::None,
        group: "server",
        summary: "Show helpful text about the different subcommands",
        since: "5.0.0",
        syntax: "",
        handler: Handler::Core(cmd_command_help),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "info",
        arity: -2,
        flags: LOADING | STALE,
        acl: &["slow", "connection"],
        keys: Keys::None,
        group: "server",
        summary: "Get array of specific Redis command details, or all when no argument is given.",
        since: "2.8.13",
        syntax: "[command-name [command-name ...]]",
        handler: Handler::Core(cmd_command_info),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "list",
        arity: -2,
        flags: LOADING | STALE,
        acl: &["slow", "connection"],
        keys: Keys::None,
        group: "server",
        summary: "Get an array of Redis command names",
        since: "7.0.0",
        syntax: "[FILTERBY MODULE module-name|ACLCAT category|PATTERN pattern]",
        handler: Handler::Core(cmd_command_list),
        ..CommandSpec::DEFAULT
    },
];

/// Subcommands of CONFIG.
pub const CONFIG_SUBCOMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "get",
        arity: -3,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Get the values of configuration parameters",
        since: "2.0.0",
        syntax: "parameter [parameter ...]",
        handler: Handler::Core(cmd_config_get),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "help",
        arity: 2,
        flags: LOADING | STALE,
        acl: &["slow"],
        keys: Keys::None,
        group: "server",
        summary: "Show helpful text about the different subcommands",
        since: "5.0.0",
        syntax: "",
        handler: Handler::Core(cmd_config_help),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "resetstat",
        arity: 2,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Reset the stats returned by INFO",
        since: "2.0.0",
        syntax: "",
        handler: Handler::Core(cmd_config_resetstat),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "rewrite",
        arity: 2,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Rewrite the configuration file with the in memory configuration",
        since: "2.8.0",
        syntax: "",
        handler: Handler::Core(cmd_config_rewrite),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "set",
        arity: -4,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Set configuration parameters to the given values",
        since: "2.0.0",
        syntax: "parameter value [parameter value ...]",
        handler: Handler::Core(cmd_config_set),
        ..CommandSpec::DEFAULT
    },
];

/// Subcommands of MEMORY.
pub const MEMORY_SUBCOMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "doctor",
        arity: 2,
        flags: 0,
        acl: &["slow"],
        keys: Keys::None,
        group: "server",
        summary: "Outputs memory problems report",
        since: "4.0.0",
        syntax: "",
        handler: Handler::Core(cmd_memory_doctor),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "help",
        arity: 2,
        flags: LOADING | STALE,
        acl: &["slow"],
        keys: Keys::None,
        group: "server",
        summary: "Show helpful text about the different subcommands",
        since: "4.0.0",
        syntax: "",
        handler: Handler::Core(cmd_memory_help),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "malloc-stats",
        arity: 2,
        flags: 0,
        acl: &["slow"],
        keys: Keys::None,
        group: "server",
        summary: "Show allocator internal stats",
        since: "4.0.0",
        syntax: "",
        handler: Handler::Core(cmd_memory_malloc_stats),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "purge",
        arity: 2,
        flags: 0,
        acl: &["slow"],
        keys: Keys::None,
        group: "server",
        summary: "Ask the allocator to release memory",
        since: "4.0.0",
        syntax: "",
        handler: Handler::Core(cmd_memory_purge),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "stats",
        arity: 2,
        flags: 0,
        acl: &["slow"],
        keys: Keys::None,
        group: "server",
        summary: "Show memory usage details",
        since: "4.0.0",
        syntax: "",
        handler: Handler::Core(cmd_memory_stats),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "usage",
        arity: -3,
        flags: READONLY,
        acl: &["read", "slow"],
        keys: Keys::Range(2, 2, 1),
        group: "server",
        summary: "Estimate the memory usage of a key",
        since: "4.0.0",
        syntax: "key [SAMPLES count]",
        handler: Handler::Core(cmd_memory_usage),
        ..CommandSpec::DEFAULT
    },
];

/// Subcommands of SLOWLOG.
pub const SLOWLOG_SUBCOMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "get",
        arity: -2,
        flags: ADMIN | LOADING | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Get the slow log's entries",
        since: "2.2.12",
        syntax: "[count]",
        handler: Handler::Core(cmd_slowlog_get),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "help",
        arity: 2,
        flags: LOADING | STALE,
        acl: &["slow"],
        keys: Keys::None,
        group: "server",
        summary: "Show helpful text about the different subcommands",
        since: "6.2.0",
        syntax: "",
        handler: Handler::Core(cmd_slowlog_help),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "len",
        arity: 2,
        flags: ADMIN | LOADING | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Get the slow log's length",
        since: "2.2.12",
        syntax: "",
        handler: Handler::Core(cmd_slowlog_len),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "reset",
        arity: 2,
        flags: ADMIN | LOADING | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Clear all entries from the slow log",
        since: "2.2.12",
        syntax: "",
        handler: Handler::Core(cmd_slowlog_reset),
        ..CommandSpec::DEFAULT
    },
];

/// Subcommands of LATENCY.
pub const LATENCY_SUBCOMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "doctor",
        arity: 2,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Return a human readable latency analysis report.",
        since: "2.8.13",
        syntax: "",
        handler: Handler::Core(cmd_latency_doctor),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "graph",
        arity: 3,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Return a latency graph for the event.",
        since: "2.8.13",
        syntax: "event",
        handler: Handler::Core(cmd_latency_graph),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "help",
        arity: 2,
        flags: LOADING | STALE,
        acl: &["slow"],
        keys: Keys::None,
        group: "server",
        summary: "Show helpful text about the different subcommands.",
        since: "2.8.13",
        syntax: "",
        handler: Handler::Core(cmd_latency_help),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "histogram",
        arity: -2,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Return the cumulative distribution of latencies of a subset of commands or all.",
        since: "7.0.0",
        syntax: "[command [command ...]]",
        handler: Handler::Core(cmd_latency_histogram),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "history",
        arity: 3,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Return timestamp-latency samples for the event.",
        since: "2.8.13",
        syntax: "event",
        handler: Handler::Core(cmd_latency_history),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "latest",
        arity: 2,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Return the latest latency samples for all events.",
        since: "2.8.13",
        syntax: "",
        handler: Handler::Core(cmd_latency_latest),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "reset",
        arity: -2,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Reset latency data for one or more events.",
        since: "2.8.13",
        syntax: "[event [event ...]]",
        handler: Handler::Core(cmd_latency_reset),
        ..CommandSpec::DEFAULT
    },
];

/// Subcommands of PUBSUB.
pub const PUBSUB_SUBCOMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "channels",
        arity: -2,
        flags: PUBSUB | LOADING | STALE,
        acl: &["pubsub", "slow"],
        keys: Keys::None,
        group: "pubsub",
        summary: "List active channels",
        since: "2.8.0",
        syntax: "[pattern]",
        handler: Handler::Core(cmd_pubsub_channels),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "help",
        arity: 2,
        flags: LOADING | STALE,
        acl: &["slow"],
        keys: Keys::None,
        group: "pubsub",
        summary: "Show helpful text about the different subcommands",
        since: "6.2.0",
        syntax: "",
        handler: Handler::Core(cmd_pubsub_help),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "numpat",
        arity: 2,
        flags: PUBSUB | LOADING | STALE,
        acl: &["pubsub", "slow"],
        keys: Keys::None,
        group: "pubsub",
        summary: "Get the count of unique patterns pattern subscriptions",
        since: "2.8.0",
        syntax: "",
        handler: Handler::Core(cmd_pubsub_numpat),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "numsub",
        arity: -2,
        flags: PUBSUB | LOADING | STALE,
        acl: &["pubsub", "slow"],
        keys: Keys::None,
        group: "pubsub",
        summary: "Get the count of subscribers for channels",
        since: "2.8.0",
        syntax: "[channel [channel ...]]",
        handler: Handler::Core(cmd_pubsub_numsub),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "shardchannels",
        arity: -2,
        flags: PUBSUB | LOADING | STALE,
        acl: &["pubsub", "slow"],
        keys: Keys::None,
        group: "pubsub",
        summary: "List active shard channels",
        since: "7.0.0",
        syntax: "[pattern]",
        handler: Handler::Core(cmd_pubsub_shardchannels),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "shardnumsub",
        arity: -2,
        flags: PUBSUB | LOADING | STALE,
        acl: &["pubsub", "slow"],
        keys: Keys::None,
        group: "pubsub",
        summary: "Get the count of subscribers for shard channels",
        since: "7.0.0",
        syntax: "[shardchannel [shardchannel ...]]",
        handler: Handler::Core(cmd_pubsub_shardnumsub),
        ..CommandSpec::DEFAULT
    },
];

/// Subcommands of ACL.
pub const ACL_SUBCOMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "cat",
        arity: -2,
        flags: NOSCRIPT | LOADING | STALE,
        acl: &["slow"],
        keys: Keys::None,
        group: "server",
        summary: "List the ACL categories or the commands inside a category",
        since: "6.0.0",
        syntax: "[categoryname]",
        handler: Handler::Core(cmd_acl_cat),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "deluser",
        arity: -3,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Remove the specified ACL users and the associated rules",
        since: "6.0.0",
        syntax: "username [username ...]",
        handler: Handler::Core(cmd_acl_deluser),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "dryrun",
        arity: -4,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary:
            "Returns whether the user can execute the given command without executing the command.",
        since: "7.0.0",
        syntax: "username command [arg [arg ...]]",
        handler: Handler::Core(cmd_acl_dryrun),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "genpass",
        arity: -2,
        flags: NOSCRIPT | LOADING | STALE,
        acl: &["slow"],
        keys: Keys::None,
        group: "server",
        summary: "Generate a pseudorandom secure password to use for ACL users",
        since: "6.0.0",
        syntax: "[bits]",
        handler: Handler::Core(cmd_acl_genpass),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "getuser",
        arity: 3,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Get the rules for a specific ACL user",
        since: "6.0.0",
        syntax: "username",
        handler: Handler::Core(cmd_acl_getuser),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "help",
        arity: 2,
        flags: LOADING | STALE,
        acl: &["slow"],
        keys: Keys::None,
        group: "server",
        summary: "Show helpful text about the different subcommands",
        since: "6.0.0",
        syntax: "",
        handler: Handler::Core(cmd_acl_help),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "list",
        arity: 2,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "List the current ACL rules in ACL config file format",
        since: "6.0.0",
        syntax: "",
        handler: Handler::Core(cmd_acl_list),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "load",
        arity: 2,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Reload the ACLs from the configured ACL file",
        since: "6.0.0",
        syntax: "",
        handler: Handler::Core(cmd_acl_no_file),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "log",
        arity: -2,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "List latest events denied because of ACLs in place",
        since: "6.0.0",
        syntax: "[count|RESET]",
        handler: Handler::Core(cmd_acl_log),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "save",
        arity: 2,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Save the current ACL rules in the configured ACL file",
        since: "6.0.0",
        syntax: "",
        handler: Handler::Core(cmd_acl_no_file),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "setuser",
        arity: -3,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Modify or create the rules for a specific ACL user",
        since: "6.0.0",
        syntax: "username [rule [rule ...]]",
        handler: Handler::Core(cmd_acl_setuser),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "users",
        arity: 2,
        flags: ADMIN | NOSCRIPT | LOADING | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "List the username of all the configured ACL rules",
        since: "6.0.0",
        syntax: "",
        handler: Handler::Core(cmd_acl_users),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "whoami",
        arity: 2,
        flags: NOSCRIPT | LOADING | STALE,
        acl: &["slow"],
        keys: Keys::None,
        group: "server",
        summary: "Return the name of the user associated to the current connection",
        since: "6.0.0",
        syntax: "",
        handler: Handler::Core(cmd_acl_whoami),
        ..CommandSpec::DEFAULT
    },
];

/// Subcommands of CLUSTER.
pub const CLUSTER_SUBCOMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "addslots",
        arity: -3,
        flags: ADMIN | STALE | NO_ASYNC_LOADING,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "cluster",
        summary: "Assign new hash slots to receiving node",
        since: "3.0.0",
        syntax: "slot [slot ...]",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "addslotsrange",
        arity: -4,
        flags: ADMIN | STALE | NO_ASYNC_LOADING,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "cluster",
        summary: "Assign new hash slots to receiving node",
        since: "7.0.0",
        syntax: "start-slot end-slot [start-slot end-slot ...]",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "bumpepoch",
        arity: 2,
        flags: ADMIN | STALE | NO_ASYNC_LOADING,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "cluster",
        summary: "Advance the cluster config epoch",
        since: "3.0.0",
        syntax: "",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "count-failure-reports",
        arity: 3,
        flags: ADMIN | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "cluster",
        summary: "Return the number of failure reports active for a given node",
        since: "3.0.0",
        syntax: "node-id",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "countkeysinslot",
        arity: 3,
        flags: STALE,
        acl: &["slow"],
        keys: Keys::None,
        group: "cluster",
        summary: "Return the number of local keys in the specified hash slot",
        since: "3.0.0",
        syntax: "slot",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "delslots",
        arity: -3,
        flags: ADMIN | STALE | NO_ASYNC_LOADING,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "cluster",
        summary: "Set hash slots as unbound in receiving node",
        since: "3.0.0",
        syntax: "slot [slot ...]",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "delslotsrange",
        arity: -4,
        flags: ADMIN | STALE | NO_ASYNC_LOADING,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "cluster",
        summary: "Set hash slots as unbound in receiving node",
        since: "7.0.0",
        syntax: "start-slot end-slot [start-slot end-slot ...]",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "failover",
        arity: -2,
        flags: ADMIN | STALE | NO_ASYNC_LOADING,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "cluster",
        summary: "Forces a replica to perform a manual failover of its master.",
        since: "3.0.0",
        syntax: "[FORCE|TAKEOVER]",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "flushslots",
        arity: 2,
        flags: ADMIN | STALE | NO_ASYNC_LOADING,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "cluster",
        summary: "Delete a node's own slots information",
        since: "3.0.0",
        syntax: "",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "forget",
        arity: 3,
        flags: ADMIN | STALE | NO_ASYNC_LOADING,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "cluster",
        summary: "Remove a node from the nodes table",
        since: "3.0.0",
        syntax: "node-id",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "getkeysinslot",
        arity: 4,
        flags: STALE,
        acl: &["slow"],
        keys: Keys::None,
        group: "cluster",
        summary: "Return local key names in the specified hash slot",
        since: "3.0.0",
        syntax: "slot count",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "help",
        arity: 2,
        flags: LOADING | STALE,
        acl: &["slow"],
        keys: Keys::None,
        group: "cluster",
        summary: "Show helpful text about the different subcommands",
        since: "5.0.0",
        syntax: "",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "info",
        arity: 2,
        flags: STALE,
        acl: &["slow"],
        keys: Keys::None,
        group: "cluster",
        summary: "Provides info about Redis Cluster node state",
        since: "3.0.0",
        syntax: "",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "keyslot",
        arity: 3,
        flags: STALE,
        acl: &["slow"],
        keys: Keys::None,
        group: "cluster",
        summary: "Returns the hash slot of the specified key",
        since: "3.0.0",
        syntax: "key",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "links",
        arity: 2,
        flags: STALE,
        acl: &["slow"],
        keys: Keys::None,
        group: "cluster",
        summary: "Returns a list of all TCP links to and from peer nodes in cluster",
        since: "7.0.0",
        syntax: "",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "meet",
        arity: -4,
        flags: ADMIN | STALE | NO_ASYNC_LOADING,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "cluster",
        summary: "Force a node cluster to handshake with another node",
        since: "3.0.0",
        syntax: "ip port [cluster_bus_port]",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "myid",
        arity: 2,
        flags: STALE,
        acl: &["slow"],
        keys: Keys::None,
        group: "cluster",
        summary: "Return the node id",
        since: "3.0.0",
        syntax: "",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "nodes",
        arity: 2,
        flags: STALE,
        acl: &["slow"],
        keys: Keys::None,
        group: "cluster",
        summary: "Get Cluster config for the node",
        since: "3.0.0",
        syntax: "",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "replicas",
        arity: 3,
        flags: ADMIN | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "cluster",
        summary: "List replica nodes of the specified master node",
        since: "5.0.0",
        syntax: "node-id",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "replicate",
        arity: 3,
        flags: ADMIN | STALE | NO_ASYNC_LOADING,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "cluster",
        summary: "Reconfigure a node as a replica of the specified master node",
        since: "3.0.0",
        syntax: "node-id",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "reset",
        arity: -2,
        flags: ADMIN | NOSCRIPT | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "cluster",
        summary: "Reset a Redis Cluster node",
        since: "3.0.0",
        syntax: "[HARD|SOFT]",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "saveconfig",
        arity: 2,
        flags: ADMIN | STALE | NO_ASYNC_LOADING,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "cluster",
        summary: "Forces the node to save cluster state on disk",
        since: "3.0.0",
        syntax: "",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "set-config-epoch",
        arity: 3,
        flags: ADMIN | STALE | NO_ASYNC_LOADING,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "cluster",
        summary: "Set the configuration epoch in a new node",
        since: "3.0.0",
        syntax: "config-epoch",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "setslot",
        arity: -4,
        flags: ADMIN | STALE | NO_ASYNC_LOADING,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "cluster",
        summary: "Bind a hash slot to a specific node",
        since: "3.0.0",
        syntax: "slot IMPORTING node-id|MIGRATING node-id|NODE node-id|STABLE",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "shards",
        arity: 2,
        flags: STALE,
        acl: &["slow"],
        keys: Keys::None,
        group: "cluster",
        summary: "Get array of cluster slots to node mappings",
        since: "7.0.0",
        syntax: "",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "slaves",
        arity: 3,
        flags: ADMIN | STALE,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "cluster",
        summary: "List replica nodes of the specified master node",
        since: "3.0.0",
        syntax: "node-id",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "slots",
        arity: 2,
        flags: STALE,
        acl: &["slow"],
        keys: Keys::None,
        group: "cluster",
        summary: "Get array of Cluster slot to node mappings",
        since: "3.0.0",
        syntax: "",
        handler: Handler::Core(cmd_cluster_disabled),
        ..CommandSpec::DEFAULT
    },
];

/// Subcommands of MODULE.
pub const MODULE_SUBCOMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "help",
        arity: 2,
        flags: LOADING | STALE,
        acl: &["slow"],
        keys: Keys::None,
        group: "server",
        summary: "Show helpful text about the different subcommands",
        since: "5.0.0",
        syntax: "",
        handler: Handler::Core(cmd_module_help),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "list",
        arity: 2,
        flags: ADMIN | NOSCRIPT,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "List all modules loaded by the server",
        since: "4.0.0",
        syntax: "",
        handler: Handler::Core(cmd_module_list),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "load",
        arity: -3,
        flags: ADMIN | NOSCRIPT | NO_ASYNC_LOADING,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Load a module",
        since: "4.0.0",
        syntax: "path [arg [arg ...]]",
        handler: Handler::Core(cmd_module_not_allowed),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "loadex",
        arity: -3,
        flags: ADMIN | NOSCRIPT | NO_ASYNC_LOADING,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Load a module with extended parameters",
        since: "7.0.0",
        syntax: "path [CONFIG name value [CONFIG name value ...]] [ARGS arg [arg ...]]",
        handler: Handler::Core(cmd_module_not_allowed),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "unload",
        arity: 3,
        flags: ADMIN | NOSCRIPT | NO_ASYNC_LOADING,
        acl: &["admin", "slow", "dangerous"],
        keys: Keys::None,
        group: "server",
        summary: "Unload a module",
        since: "4.0.0",
        syntax: "name",
        handler: Handler::Core(cmd_module_not_allowed),
        ..CommandSpec::DEFAULT
    },
];

#[cfg(test)]
mod hll_tests {
    use super::{hll_count, hll_dense, hll_pat_len, hll_registers, HLL_REGISTERS};

    #[test]
    fn counts_match_redis() {
        let mut regs = vec![0u8; HLL_REGISTERS];
        for i in 0..100 {
            let (idx, c) = hll_pat_len(format!("ele{i}").as_bytes());
            if let Some(r) = regs.get_mut(idx) {
                *r = (*r).max(c);
            }
        }
        // Redis 7.0.15 also answers 99 for these 100 elements.
        assert_eq!(hll_count(&regs), 99);
        let enc = hll_dense(&regs);
        assert_eq!(hll_registers(&enc), Some(regs));
        assert_eq!(hll_count(&vec![0u8; HLL_REGISTERS]), 0);
    }
}
