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
            d.purge_expired(now);
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
        let top = base * 2;
        if n <= top {
            return n.div_ceil(step) * step;
        }
        base = top;
        if base > usize::MAX / 4 {
            return n;
        }
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
        Value::ZSet(_) => ROBJ + 128,
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
    let now_us = ctx.core.clock_us();
    let uptime = (now_us / 1000 - ctx.core.stats.start_ms).max(0) / 1000;
    let st = ctx.core.stats.clone();
    let cfg = &ctx.core.config;
    let lines: Vec<String> = match name {
        "server" => vec![
            format!("redis_version:{REDIS_VERSION}"),
            "redis_git_sha1:00000000".into(),
            "redis_git_dirty:0".into(),
            "redis_build_id:ae4d7c971a948f0".into(),
            "redis_mode:standalone".into(),
            format!(
                "os:{} {}",
                if cfg!(target_arch = "wasm32") {
                    "Browser"
                } else {
                    "Linux"
                },
                std::env::consts::ARCH
            ),
            "arch_bits:64".into(),
            "monotonic_clock:POSIX clock_gettime".into(),
            "multiplexing_api:epoll".into(),
            "atomicvar_api:c11-builtin".into(),
            "gcc_version:12.2.0".into(),
            "process_id:1".into(),
            "process_supervised:no".into(),
            format!("run_id:{}", run_id(ctx)),
            format!("tcp_port:{}", cfg.int("port")),
            format!("server_time_usec:{now_us}"),
            format!("uptime_in_seconds:{uptime}"),
            format!("uptime_in_days:{}", uptime / 86400),
            format!("hz:{}", cfg.int("hz")),
            format!("configured_hz:{}", cfg.int("hz")),
            format!("lru_clock:{}", (now_us / 1_000_000) & ((1 << 24) - 1)),
            "executable:/usr/bin/redis-server".into(),
            "config_file:".into(),
            "io_threads_active:0".into(),
        ],
        "clients" => vec![
            format!("connected_clients:{}", st.connected_clients.max(1)),
            "cluster_connections:0".into(),
            format!("maxclients:{}", cfg.int("maxclients")),
            "client_recent_max_input_buffer:0".into(),
            "client_recent_max_output_buffer:0".into(),
            "blocked_clients:0".into(),
            "tracking_clients:0".into(),
            "clients_in_timeout_table:0".into(),
        ],
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
            vec![
                format!("used_memory:{used}"),
                format!("used_memory_human:{}", human_bytes(used)),
                format!("used_memory_rss:{rss}"),
                format!("used_memory_rss_human:{}", human_bytes(rss)),
                format!("used_memory_peak:{peak}"),
                format!("used_memory_peak_human:{}", human_bytes(peak)),
                "used_memory_peak_perc:100.00%".into(),
                format!("used_memory_overhead:{overhead}"),
                format!("used_memory_startup:{STARTUP_MEMORY}"),
                format!("used_memory_dataset:{data}"),
                format!("used_memory_dataset_perc:{dperc:.2}%"),
                format!("allocator_allocated:{used}"),
                format!("allocator_active:{used}"),
                format!("allocator_resident:{rss}"),
                "total_system_memory:4294967296".into(),
                "total_system_memory_human:4.00G".into(),
                format!("used_memory_lua:{lua}"),
                format!("used_memory_vm_eval:{lua}"),
                format!("used_memory_lua_human:{}", human_bytes(lua)),
                format!("used_memory_scripts_eval:{}", st.scripts_memory),
                format!("number_of_cached_scripts:{}", st.cached_scripts),
                format!("number_of_functions:{}", st.functions),
                format!("number_of_libraries:{}", st.libraries),
                format!("used_memory_vm_functions:{fvm}"),
                format!("used_memory_vm_total:{}", lua + fvm),
                format!("used_memory_vm_total_human:{}", human_bytes(lua + fvm)),
                format!("used_memory_functions:{}", st.functions_memory),
                format!("used_memory_scripts:{scripts}"),
                format!("used_memory_scripts_human:{}", human_bytes(scripts)),
                format!("maxmemory:{maxmem}"),
                format!("maxmemory_human:{}", human_bytes(maxmem)),
                format!(
                    "maxmemory_policy:{}",
                    ctx.core
                        .config
                        .value("maxmemory-policy")
                        .unwrap_or("noeviction")
                ),
                "allocator_frag_ratio:1.00".into(),
                "allocator_frag_bytes:0".into(),
                "allocator_rss_ratio:1.00".into(),
                "allocator_rss_bytes:0".into(),
                "rss_overhead_ratio:1.00".into(),
                "rss_overhead_bytes:0".into(),
                "mem_fragmentation_ratio:1.00".into(),
                "mem_fragmentation_bytes:0".into(),
                "mem_not_counted_for_evict:0".into(),
                "mem_replication_backlog:0".into(),
                "mem_total_replication_buffers:0".into(),
                "mem_clients_slaves:0".into(),
                "mem_clients_normal:0".into(),
                "mem_cluster_links:0".into(),
                "mem_aof_buffer:0".into(),
                "mem_allocator:jemalloc-5.3.0".into(),
                "active_defrag_running:0".into(),
                "lazyfree_pending_objects:0".into(),
                "lazyfreed_objects:0".into(),
            ]
        }
        "persistence" => vec![
            "loading:0".into(),
            "async_loading:0".into(),
            "current_cow_peak:0".into(),
            "current_cow_size:0".into(),
            "current_cow_size_age:0".into(),
            "current_fork_perc:0.00".into(),
            "current_save_keys_processed:0".into(),
            "current_save_keys_total:0".into(),
            format!("rdb_changes_since_last_save:{}", st.dirty),
            "rdb_bgsave_in_progress:0".into(),
            format!("rdb_last_save_time:{}", st.lastsave),
            "rdb_last_bgsave_status:ok".into(),
            "rdb_last_bgsave_time_sec:-1".into(),
            "rdb_current_bgsave_time_sec:-1".into(),
            "rdb_saves:0".into(),
            "rdb_last_cow_size:0".into(),
            "rdb_last_load_keys_expired:0".into(),
            "rdb_last_load_keys_loaded:0".into(),
            format!(
                "aof_enabled:{}",
                u8::from(ctx.core.config.value("appendonly") == Some("yes"))
            ),
            "aof_rewrite_in_progress:0".into(),
            "aof_rewrite_scheduled:0".into(),
            "aof_last_rewrite_time_sec:-1".into(),
            "aof_current_rewrite_time_sec:-1".into(),
            "aof_last_bgrewrite_status:ok".into(),
            "aof_rewrites:0".into(),
            "aof_rewrites_consecutive_failures:0".into(),
            "aof_last_write_status:ok".into(),
            "aof_last_cow_size:0".into(),
            "module_fork_in_progress:0".into(),
            "module_fork_last_cow_size:0".into(),
        ],
        "stats" => vec![
            format!("total_connections_received:{}", st.connections.max(1)),
            format!("total_commands_processed:{}", st.commands),
            "instantaneous_ops_per_sec:0".into(),
            "total_net_input_bytes:0".into(),
            "total_net_output_bytes:0".into(),
            "total_net_repl_input_bytes:0".into(),
            "total_net_repl_output_bytes:0".into(),
            "instantaneous_input_kbps:0.00".into(),
            "instantaneous_output_kbps:0.00".into(),
            "instantaneous_input_repl_kbps:0.00".into(),
            "instantaneous_output_repl_kbps:0.00".into(),
            "rejected_connections:0".into(),
            "sync_full:0".into(),
            "sync_partial_ok:0".into(),
            "sync_partial_err:0".into(),
            format!("expired_keys:{}", st.expired_keys),
            "expired_stale_perc:0.00".into(),
            "expired_time_cap_reached_count:0".into(),
            "expire_cycle_cpu_milliseconds:0".into(),
            "evicted_keys:0".into(),
            "evicted_clients:0".into(),
            "total_eviction_exceeded_time:0".into(),
            "current_eviction_exceeded_time:0".into(),
            "keyspace_hits:0".into(),
            "keyspace_misses:0".into(),
            "pubsub_channels:0".into(),
            "pubsub_patterns:0".into(),
            "pubsubshard_channels:0".into(),
            "latest_fork_usec:0".into(),
            "total_forks:0".into(),
            "migrate_cached_sockets:0".into(),
            "slave_expires_tracked_keys:0".into(),
            "active_defrag_hits:0".into(),
            "active_defrag_misses:0".into(),
            "active_defrag_key_hits:0".into(),
            "active_defrag_key_misses:0".into(),
            "total_active_defrag_time:0".into(),
            "current_active_defrag_time:0".into(),
            "tracking_total_keys:0".into(),
            "tracking_total_items:0".into(),
            "tracking_total_prefixes:0".into(),
            "unexpected_error_replies:0".into(),
            format!("total_error_replies:{}", st.error_replies),
            "dump_payload_sanitizations:0".into(),
            "total_reads_processed:0".into(),
            "total_writes_processed:0".into(),
            "io_threaded_reads_processed:0".into(),
            "io_threaded_writes_processed:0".into(),
            "reply_buffer_shrinks:0".into(),
            "reply_buffer_expands:0".into(),
        ],
        "replication" => vec![
            "role:master".into(),
            "connected_slaves:0".into(),
            "master_failover_state:no-failover".into(),
            format!("master_replid:{}", run_id(ctx)),
            "master_replid2:0000000000000000000000000000000000000000".into(),
            "master_repl_offset:0".into(),
            "second_repl_offset:-1".into(),
            "repl_backlog_active:0".into(),
            "repl_backlog_size:1048576".into(),
            "repl_backlog_first_byte_offset:0".into(),
            "repl_backlog_histlen:0".into(),
        ],
        "cpu" => vec![
            "used_cpu_sys:0.000000".into(),
            "used_cpu_user:0.000000".into(),
            "used_cpu_sys_children:0.000000".into(),
            "used_cpu_user_children:0.000000".into(),
            "used_cpu_sys_main_thread:0.000000".into(),
            "used_cpu_user_main_thread:0.000000".into(),
        ],
        "modules" | "commandstats" | "errorstats" | "latencystats" => vec![],
        "cluster" => vec!["cluster_enabled:0".into()],
        "keyspace" => {
            let now = ctx.now_ms();
            let mut v = Vec::new();
            for (i, d) in ctx.core.dbs.iter_mut().enumerate() {
                d.purge_expired(now);
                if !d.is_empty() {
                    v.push(format!(
                        "db{i}:keys={},expires={},avg_ttl=0",
                        d.len(),
                        d.expires_len()
                    ));
                }
            }
            v
        }
        _ => return None,
    };
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
    let mut s = format!("# {title}\r\n");
    for l in lines {
        s.push_str(&l);
        s.push_str("\r\n");
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

fn cmd_xadd(_ctx: &mut Ctx) -> Reply {
    Reply::err("ERR streams are not supported by this playground yet")
}

// ---------------------------------------------------------------------------------------
// COMMAND
// ---------------------------------------------------------------------------------------

/// Key-spec and tips data recorded from Redis 7.0.15's COMMAND INFO (for commands that have
/// tips or key specs), indexed by full name (`get`, `config|set`).
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
    /// (full name, tips, key specs)
    pub type Meta = (&'static str, &'static [&'static str], &'static [KeySpec]);

    /// Looks a command's recorded metadata up by full name.
    pub fn get(full: &str) -> Option<&'static Meta> {
        META.binary_search_by(|m| m.0.cmp(full))
            .ok()
            .and_then(|i| META.get(i))
    }

    /// The recorded table, sorted by name.
    pub const META: &[Meta] = &[
        ("append", &[], &[KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("bitcount", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("bitfield", &[], &[KeySpec { notes: "This command allows both access and modification of the key", flags: &["RW", "access", "update", "variable_flags"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("bitfield_ro", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("bitop", &[], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(3), fk: Fk::Range(-1, 1, 0) }]),
        ("bitpos", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("blmove", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }]),
        ("blmpop", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(2), fk: Fk::Keynum(0, 1, 1) }]),
        ("blpop", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(-2, 1, 0) }]),
        ("brpop", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(-2, 1, 0) }]),
        ("brpoplpush", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }]),
        ("bzmpop", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(2), fk: Fk::Keynum(0, 1, 1) }]),
        ("bzpopmax", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(-2, 1, 0) }]),
        ("bzpopmin", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(-2, 1, 0) }]),
        ("client|list", &["nondeterministic_output"], &[]),
        ("client|info", &["nondeterministic_output"], &[]),
        ("cluster|getkeysinslot", &["nondeterministic_output"], &[]),
        ("cluster|info", &["nondeterministic_output"], &[]),
        ("cluster|slots", &["nondeterministic_output"], &[]),
        ("cluster|shards", &["nondeterministic_output"], &[]),
        ("cluster|nodes", &["nondeterministic_output"], &[]),
        ("cluster|slaves", &["nondeterministic_output"], &[]),
        ("cluster|links", &["nondeterministic_output"], &[]),
        ("cluster|replicas", &["nondeterministic_output"], &[]),
        ("cluster|count-failure-reports", &["nondeterministic_output"], &[]),
        ("cluster|bumpepoch", &["nondeterministic_output"], &[]),
        ("command", &["nondeterministic_output_order"], &[]),
        ("command|list", &["nondeterministic_output_order"], &[]),
        ("command|docs", &["nondeterministic_output_order"], &[]),
        ("command|info", &["nondeterministic_output_order"], &[]),
        ("config|set", &["request_policy:all_nodes", "response_policy:all_succeeded"], &[]),
        ("copy", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }]),
        ("dbsize", &["request_policy:all_shards", "response_policy:agg_sum"], &[]),
        ("decr", &[], &[KeySpec { notes: "", flags: &["RW", "access", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("decrby", &[], &[KeySpec { notes: "", flags: &["RW", "access", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("del", &["request_policy:multi_shard", "response_policy:agg_sum"], &[KeySpec { notes: "", flags: &["RM", "delete"], bs: Bs::Index(1), fk: Fk::Range(-1, 1, 0) }]),
        ("dump", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("eval", &[], &[KeySpec { notes: "We cannot tell how the keys will be used so we assume the worst, RW and UPDATE", flags: &["RW", "access", "update"], bs: Bs::Index(2), fk: Fk::Keynum(0, 1, 1) }]),
        ("eval_ro", &[], &[KeySpec { notes: "We cannot tell how the keys will be used so we assume the worst, RO and ACCESS", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Keynum(0, 1, 1) }]),
        ("evalsha", &[], &[KeySpec { notes: "", flags: &["RW", "access", "update"], bs: Bs::Index(2), fk: Fk::Keynum(0, 1, 1) }]),
        ("evalsha_ro", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Keynum(0, 1, 1) }]),
        ("exists", &["request_policy:multi_shard", "response_policy:agg_sum"], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(-1, 1, 0) }]),
        ("expire", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("expireat", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("expiretime", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("fcall", &[], &[KeySpec { notes: "We cannot tell how the keys will be used so we assume the worst, RW and UPDATE", flags: &["RW", "access", "update"], bs: Bs::Index(2), fk: Fk::Keynum(0, 1, 1) }]),
        ("fcall_ro", &[], &[KeySpec { notes: "We cannot tell how the keys will be used so we assume the worst, RO and ACCESS", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Keynum(0, 1, 1) }]),
        ("flushall", &["request_policy:all_shards", "response_policy:all_succeeded"], &[]),
        ("flushdb", &["request_policy:all_shards", "response_policy:all_succeeded"], &[]),
        ("function|delete", &["request_policy:all_shards", "response_policy:all_succeeded"], &[]),
        ("function|flush", &["request_policy:all_shards", "response_policy:all_succeeded"], &[]),
        ("function|list", &["nondeterministic_output_order"], &[]),
        ("function|kill", &["request_policy:all_shards", "response_policy:one_succeeded"], &[]),
        ("function|restore", &["request_policy:all_shards", "response_policy:all_succeeded"], &[]),
        ("function|load", &["request_policy:all_shards", "response_policy:all_succeeded"], &[]),
        ("function|stats", &["nondeterministic_output", "request_policy:all_shards", "response_policy:special"], &[]),
        ("geoadd", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("geodist", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("geohash", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("geopos", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("georadius", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Keyword("STORE", 6), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Keyword("STOREDIST", 6), fk: Fk::Range(0, 1, 0) }]),
        ("georadius_ro", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("georadiusbymember", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Keyword("STORE", 5), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Keyword("STOREDIST", 5), fk: Fk::Range(0, 1, 0) }]),
        ("georadiusbymember_ro", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("geosearch", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("geosearchstore", &[], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }]),
        ("get", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("getbit", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("getdel", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("getex", &[], &[KeySpec { notes: "RW and UPDATE because it changes the TTL", flags: &["RW", "access", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("getrange", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("getset", &[], &[KeySpec { notes: "", flags: &["RW", "access", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("hdel", &[], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("hexists", &[], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("hget", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("hgetall", &["nondeterministic_output_order"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("hincrby", &[], &[KeySpec { notes: "", flags: &["RW", "access", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("hincrbyfloat", &[], &[KeySpec { notes: "", flags: &["RW", "access", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("hkeys", &["nondeterministic_output_order"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("hlen", &[], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("hmget", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("hmset", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("hrandfield", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("hscan", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("hset", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("hsetnx", &[], &[KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("hstrlen", &[], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("hvals", &["nondeterministic_output_order"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("incr", &[], &[KeySpec { notes: "", flags: &["RW", "access", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("incrby", &[], &[KeySpec { notes: "", flags: &["RW", "access", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("incrbyfloat", &[], &[KeySpec { notes: "", flags: &["RW", "access", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("info", &["nondeterministic_output", "request_policy:all_shards", "response_policy:special"], &[]),
        ("keys", &["request_policy:all_shards", "nondeterministic_output_order"], &[]),
        ("lastsave", &["nondeterministic_output"], &[]),
        ("latency|doctor", &["nondeterministic_output", "request_policy:all_nodes", "response_policy:special"], &[]),
        ("latency|graph", &["nondeterministic_output", "request_policy:all_nodes", "response_policy:special"], &[]),
        ("latency|reset", &["request_policy:all_nodes", "response_policy:all_succeeded"], &[]),
        ("latency|histogram", &["nondeterministic_output", "request_policy:all_nodes", "response_policy:special"], &[]),
        ("latency|history", &["nondeterministic_output", "request_policy:all_nodes", "response_policy:special"], &[]),
        ("latency|latest", &["nondeterministic_output", "request_policy:all_nodes", "response_policy:special"], &[]),
        ("lcs", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(1, 1, 0) }]),
        ("lindex", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("linsert", &[], &[KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("llen", &[], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("lmove", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }]),
        ("lmpop", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Keynum(0, 1, 1) }]),
        ("lpop", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("lpos", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("lpush", &[], &[KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("lpushx", &[], &[KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("lrange", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("lrem", &[], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("lset", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("ltrim", &[], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("memory|doctor", &["nondeterministic_output", "request_policy:all_shards", "response_policy:special"], &[]),
        ("memory|purge", &["request_policy:all_shards", "response_policy:all_succeeded"], &[]),
        ("memory|usage", &[], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }]),
        ("memory|malloc-stats", &["nondeterministic_output", "request_policy:all_shards", "response_policy:special"], &[]),
        ("memory|stats", &["nondeterministic_output", "request_policy:all_shards", "response_policy:special"], &[]),
        ("mget", &["request_policy:multi_shard"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(-1, 1, 0) }]),
        ("migrate", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(3), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RW", "access", "delete", "incomplete"], bs: Bs::Keyword("KEYS", -2), fk: Fk::Range(-1, 1, 0) }]),
        ("module|list", &["nondeterministic_output_order"], &[]),
        ("move", &[], &[KeySpec { notes: "", flags: &["RW", "access", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("mset", &["request_policy:multi_shard", "response_policy:all_succeeded"], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(1), fk: Fk::Range(-1, 2, 0) }]),
        ("msetnx", &["request_policy:multi_shard", "response_policy:agg_min"], &[KeySpec { notes: "", flags: &["OW", "insert"], bs: Bs::Index(1), fk: Fk::Range(-1, 2, 0) }]),
        ("object|encoding", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }]),
        ("object|idletime", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }]),
        ("object|freq", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }]),
        ("object|refcount", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }]),
        ("persist", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("pexpire", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("pexpireat", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("pexpiretime", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("pfadd", &[], &[KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("pfcount", &[], &[KeySpec { notes: "RW because it may change the internal representation of the key, and propagate to replicas", flags: &["RW", "access"], bs: Bs::Index(1), fk: Fk::Range(-1, 1, 0) }]),
        ("pfdebug", &[], &[KeySpec { notes: "", flags: &["RW", "access"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }]),
        ("pfmerge", &[], &[KeySpec { notes: "", flags: &["RW", "access", "insert"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Range(-1, 1, 0) }]),
        ("ping", &["request_policy:all_shards", "response_policy:all_succeeded"], &[]),
        ("psetex", &[], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("pttl", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("randomkey", &["request_policy:all_shards", "nondeterministic_output"], &[]),
        ("rename", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }]),
        ("renamenx", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["OW", "insert"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }]),
        ("restore", &[], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("restore-asking", &[], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("rpop", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("rpoplpush", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }]),
        ("rpush", &[], &[KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("rpushx", &[], &[KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("sadd", &[], &[KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("scan", &["nondeterministic_output", "request_policy:special"], &[]),
        ("scard", &[], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("script|flush", &["request_policy:all_nodes", "response_policy:all_succeeded"], &[]),
        ("script|exists", &["request_policy:all_shards", "response_policy:agg_logical_and"], &[]),
        ("script|kill", &["request_policy:all_shards", "response_policy:one_succeeded"], &[]),
        ("script|load", &["request_policy:all_nodes", "response_policy:all_succeeded"], &[]),
        ("sdiff", &["nondeterministic_output_order"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(-1, 1, 0) }]),
        ("sdiffstore", &[], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Range(-1, 1, 0) }]),
        ("set", &[], &[KeySpec { notes: "RW and ACCESS due to the optional `GET` argument", flags: &["RW", "access", "update", "variable_flags"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("setbit", &[], &[KeySpec { notes: "", flags: &["RW", "access", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("setex", &[], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("setnx", &[], &[KeySpec { notes: "", flags: &["OW", "insert"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("setrange", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("sinter", &["nondeterministic_output_order"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(-1, 1, 0) }]),
        ("sintercard", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Keynum(0, 1, 1) }]),
        ("sinterstore", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Range(-1, 1, 0) }]),
        ("sismember", &[], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("slowlog|reset", &["request_policy:all_nodes", "response_policy:all_succeeded"], &[]),
        ("slowlog|len", &["request_policy:all_nodes", "response_policy:agg_sum", "nondeterministic_output"], &[]),
        ("slowlog|get", &["request_policy:all_nodes", "nondeterministic_output"], &[]),
        ("smembers", &["nondeterministic_output_order"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("smismember", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("smove", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }]),
        ("sort", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "For the optional BY/GET keyword. It is marked 'unknown' because the key names derive from the content of the key we sort", flags: &["RO", "access"], bs: Bs::Unknown, fk: Fk::Unknown }, KeySpec { notes: "For the optional STORE keyword. It is marked 'unknown' because the keyword can appear anywhere in the argument array", flags: &["OW", "update"], bs: Bs::Unknown, fk: Fk::Unknown }]),
        ("sort_ro", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "For the optional BY/GET keyword. It is marked 'unknown' because the key names derive from the content of the key we sort", flags: &["RO", "access"], bs: Bs::Unknown, fk: Fk::Unknown }]),
        ("spop", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("spublish", &[], &[KeySpec { notes: "", flags: &["not_key"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("srandmember", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("srem", &[], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("sscan", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("ssubscribe", &[], &[KeySpec { notes: "", flags: &["not_key"], bs: Bs::Index(1), fk: Fk::Range(-1, 1, 0) }]),
        ("strlen", &[], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("substr", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("sunion", &["nondeterministic_output_order"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(-1, 1, 0) }]),
        ("sunionstore", &[], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Range(-1, 1, 0) }]),
        ("sunsubscribe", &[], &[KeySpec { notes: "", flags: &["not_key"], bs: Bs::Index(1), fk: Fk::Range(-1, 1, 0) }]),
        ("time", &["nondeterministic_output"], &[]),
        ("touch", &["request_policy:multi_shard", "response_policy:agg_sum"], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(-1, 1, 0) }]),
        ("ttl", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("type", &[], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("unlink", &["request_policy:multi_shard", "response_policy:agg_sum"], &[KeySpec { notes: "", flags: &["RM", "delete"], bs: Bs::Index(1), fk: Fk::Range(-1, 1, 0) }]),
        ("wait", &["request_policy:all_shards", "response_policy:agg_min"], &[]),
        ("watch", &[], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(-1, 1, 0) }]),
        ("xack", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("xadd", &["nondeterministic_output"], &[KeySpec { notes: "UPDATE instead of INSERT because of the optional trimming feature", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("xautoclaim", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("xclaim", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("xdel", &[], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("xgroup|destroy", &[], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }]),
        ("xgroup|create", &[], &[KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }]),
        ("xgroup|setid", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }]),
        ("xgroup|createconsumer", &[], &[KeySpec { notes: "", flags: &["RW", "insert"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }]),
        ("xgroup|delconsumer", &[], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }]),
        ("xinfo|stream", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }]),
        ("xinfo|groups", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }]),
        ("xinfo|consumers", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }]),
        ("xlen", &[], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("xpending", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("xrange", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("xread", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Keyword("STREAMS", 1), fk: Fk::Range(-1, 1, 2) }]),
        ("xreadgroup", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Keyword("STREAMS", 4), fk: Fk::Range(-1, 1, 2) }]),
        ("xrevrange", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("xsetid", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("xtrim", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("zadd", &[], &[KeySpec { notes: "", flags: &["RW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("zcard", &[], &[KeySpec { notes: "", flags: &["RO"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("zcount", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("zdiff", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Keynum(0, 1, 1) }]),
        ("zdiffstore", &[], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Keynum(0, 1, 1) }]),
        ("zincrby", &[], &[KeySpec { notes: "", flags: &["RW", "access", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("zinter", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Keynum(0, 1, 1) }]),
        ("zintercard", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Keynum(0, 1, 1) }]),
        ("zinterstore", &[], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Keynum(0, 1, 1) }]),
        ("zlexcount", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("zmpop", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Keynum(0, 1, 1) }]),
        ("zmscore", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("zpopmax", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("zpopmin", &[], &[KeySpec { notes: "", flags: &["RW", "access", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("zrandmember", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("zrange", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("zrangebylex", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("zrangebyscore", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("zrangestore", &[], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Range(0, 1, 0) }]),
        ("zrank", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("zrem", &[], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("zremrangebylex", &[], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("zremrangebyrank", &[], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("zremrangebyscore", &[], &[KeySpec { notes: "", flags: &["RW", "delete"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("zrevrange", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("zrevrangebylex", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("zrevrangebyscore", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("zrevrank", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("zscan", &["nondeterministic_output"], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("zscore", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }]),
        ("zunion", &[], &[KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(1), fk: Fk::Keynum(0, 1, 1) }]),
        ("zunionstore", &[], &[KeySpec { notes: "", flags: &["OW", "update"], bs: Bs::Index(1), fk: Fk::Range(0, 1, 0) }, KeySpec { notes: "", flags: &["RO", "access"], bs: Bs::Index(2), fk: Fk::Keynum(0, 1, 1) }]),

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
    let (first, last, step) = legacy_range(spec);
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
    let mut m = vec![
        (Reply::bulk("summary"), Reply::bulk(spec.summary)),
        (Reply::bulk("since"), Reply::bulk(spec.since)),
        (Reply::bulk("group"), Reply::bulk(spec.group)),
        (Reply::bulk("complexity"), Reply::bulk(spec.complexity)),
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
        && specs
            .iter()
            .all(|k| !matches!(k.bs, Bs::Unknown) && !matches!(k.fk, Fk::Unknown));
    let argc = args.len() as i64;
    let mut out: Vec<(usize, Vec<&'static str>)> = Vec::new();
    if resolvable {
        for k in specs {
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
        let flags: Vec<&'static str> = specs
            .first()
            .map(|k| {
                k.flags
                    .iter()
                    .copied()
                    .filter(|f| *f != "variable_flags")
                    .collect()
            })
            .unwrap_or_default();
        out.extend(pos.into_iter().map(|p| (p, flags.clone())));
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
    let has_keys =
        !matches!(spec.keys, Keys::None) || meta::get(&full).is_some_and(|m| !m.2.is_empty());
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

fn cmd_pfadd(ctx: &mut Ctx) -> Reply {
    let key = ctx.arg(1).to_vec();
    let (mut regs, mut updated) = match hll_get(ctx, &key) {
        Ok(Some(r)) => (r, false),
        Ok(None) => (vec![0u8; HLL_REGISTERS], true),
        Err(e) => return e,
    };
    for i in 2..ctx.args.len() {
        let (idx, count) = hll_pat_len(ctx.arg(i));
        if let Some(r) = regs.get_mut(idx) {
            if count > *r {
                *r = count;
                updated = true;
            }
        }
    }
    if updated {
        ctx.db().set_keep_ttl(key, Value::Str(hll_dense(&regs)));
        ctx.dirty(1);
    }
    Reply::Int(i64::from(updated))
}

fn cmd_pfcount(ctx: &mut Ctx) -> Reply {
    let mut acc = vec![0u8; HLL_REGISTERS];
    for i in 1..ctx.args.len() {
        let key = ctx.arg(i).to_vec();
        match hll_get(ctx, &key) {
            Ok(Some(r)) => {
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
    for i in 1..ctx.args.len() {
        let key = ctx.arg(i).to_vec();
        match hll_get(ctx, &key) {
            Ok(Some(r)) => {
                for (a, b) in acc.iter_mut().zip(r) {
                    *a = (*a).max(b);
                }
            }
            Ok(None) => {}
            Err(e) => return e,
        }
    }
    let dest = ctx.arg(1).to_vec();
    ctx.db().set_keep_ttl(dest, Value::Str(hll_dense(&acc)));
    ctx.dirty(1);
    Reply::ok()
}

// Help texts recorded from Redis 7.0.15.

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
        complexity: "O(N) where N is the number of passwords defined for the user",
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
        complexity: "Depends on subcommand.",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "O(N) where N is the total number of Redis commands",
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
        complexity: "Depends on subcommand.",
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
        complexity: "O(1)",
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
        complexity: "Depends on subcommand.",
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
        complexity: "O(N) where N is the total number of keys in all databases",
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
        complexity: "O(N) where N is the number of keys in the selected database",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "",
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
        complexity: "Depends on subcommand.",
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
        complexity: "O(1)",
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
        complexity: "O(N) where N is the total number of keys in all databases",
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
        complexity: "O(N) when saving, where N is the total number of keys in all databases when saving data, otherwise O(1)",
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
        complexity: "O(N) where N is the count of clients watching or blocking on keys from both databases.",
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
        complexity: "O(1)",
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
        complexity: "Depends on subcommand.",
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
        complexity: "Depends on subcommand.",
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
        complexity: "O(N), when N is the number of queued commands",
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
        complexity: "Depends on commands in the transaction",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "O(1) for every key.",
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
        complexity: "O(N+M) where N is the number of clients subscribed to the receiving channel and M is the total number of subscribed patterns (by any client).",
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
        complexity: "O(N) where N is the number of clients subscribed to the receiving shard channel.",
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
        complexity: "Depends on subcommand.",
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
        complexity: "O(1) to add every element.",
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
        complexity: "O(1) with a very small average constant time when called with a single key. O(N) with N being the number of keys, and much bigger constant times, when called with multiple keys.",
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
        complexity: "O(N) to merge N HyperLogLogs, but with high constant times.",
        syntax: "destkey sourcekey [sourcekey ...]",
        handler: Handler::Core(cmd_pfmerge),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "xadd",
        arity: -5,
        flags: WRITE | DENYOOM | FAST,
        acl: &["write", "stream", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "stream",
        summary: "Appends a new entry to a stream",
        since: "5.0.0",
        complexity: "O(1) when adding a new entry, O(N) when trimming where N being the number of entries evicted.",
        syntax: "key [NOMKSTREAM] [MAXLEN|MINID [=|~] threshold [LIMIT count]] *|id field value [field value ...]",
        handler: Handler::Core(cmd_xadd),
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "O(N) where N is the number of client connections",
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
        complexity: "O(N) where N is the number of client connections",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "O(1). Some options may introduce additional complexity.",
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
        complexity: "O(1)",
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
        complexity: "O(log N) where N is the number of client connections",
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
        complexity: "O(N) Where N is the number of paused clients",
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
        complexity: "O(1)",
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
        complexity: "O(N) where N is the number of commands to look up",
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
        complexity: "O(N) where N is the number of arguments to the command",
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
        complexity: "O(N) where N is the number of arguments to the command",
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
        complexity: "O(1)",
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
        complexity: "O(N) where N is the number of commands to look up",
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
        complexity: "O(N) where N is the total number of Redis commands",
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
        complexity: "O(N) when N is the number of configuration parameters provided",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "O(N) when N is the number of configuration parameters provided",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "Depends on how much memory is allocated, could be slow",
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
        complexity: "Depends on how much memory is allocated, could be slow",
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
        complexity: "O(1)",
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
        complexity: "O(N) where N is the number of samples.",
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
        complexity: "O(N) where N is the number of entries returned",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "O(N) where N is the number of entries in the slowlog",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity:
            "O(N) where N is the number of commands with latency information being retrieved.",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "O(N) where N is the number of active channels, and assuming constant time pattern matching (relatively short channels and patterns)",
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
        complexity: "O(1)",
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
        complexity: "O(1)",
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
        complexity: "O(N) for the NUMSUB subcommand, where N is the number of requested channels",
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
        complexity: "O(N) where N is the number of active shard channels, and assuming constant time pattern matching (relatively short shard channels).",
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
        complexity: "O(N) for the SHARDNUMSUB subcommand, where N is the number of requested shard channels",
        syntax: "[shardchannel [shardchannel ...]]",
        handler: Handler::Core(cmd_pubsub_shardnumsub),
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
