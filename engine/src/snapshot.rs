//! The engine's own persistence format: every database with every value type and TTL, plus
//! the function libraries' code (never the EVAL script cache).
//!
//! Layout (all lengths are RDB-style variable-length integers, see [`crate::functions::rdb`]):
//!
//! ```text
//! "RPGSNAP1"                      magic (8 bytes)
//! u16 LE                          format version (1)
//! len                             number of databases (must be NUM_DBS)
//! per database:
//!   len                           number of keys
//!   per key (keys sorted, so equal states give equal bytes):
//!     u8                          type tag (0 str, 1 hash, 2 list, 3 set, 4 zset, 5 stream) | 0x80 if TTL
//!     [i64 LE]                    absolute expiry, unix ms (only with 0x80)
//!     string                      key
//!     value                       str: string
//!                                 hash: u8 encoding flag, len n, n x (field, value)
//!                                 list: len n, n x string
//!                                 set:  u8 encoding flag, len n, n x member
//!                                 zset: u8 encoding flag, len n, n x (member, f64 bits LE)
//!                                 stream: id last, u64 LE entries_added, id max_deleted,
//!                                         len n, n x (id, len m, m x (field, value))
//!                                         where id = u64 LE ms, u64 LE seq
//! len                             number of libraries
//!   per library: string name, string code
//! u64 LE                          CRC64 (Redis's) of everything before it
//! ```
//!
//! [`load`] verifies the checksum first, then parses into fresh databases: corrupt or
//! truncated input is an error (never a panic, never a partial load), and no allocation is
//! sized beyond what the remaining input could actually hold.

use crate::functions::rdb::{self, Reader};
use crate::functions::{FunctionEngine, FunctionRegistry};
use crate::keyspace::{
    Db, HashValue, ListValue, SetValue, StreamId, StreamValue, Value, ZSet, NUM_DBS,
};

const MAGIC: &[u8; 8] = b"RPGSNAP1";
const VERSION: u16 = 1;

const T_STR: u8 = 0;
const T_HASH: u8 = 1;
const T_LIST: u8 = 2;
const T_SET: u8 = 3;
const T_ZSET: u8 = 4;
const T_STREAM: u8 = 5;
const HAS_TTL: u8 = 0x80;
/// Most elements reserved up front from a declared count; beyond that collections grow as
/// elements actually arrive, so a forged count cannot trigger a large allocation.
const PREALLOC_CAP: usize = 4096;

/// Serializes the databases and the function libraries (`(name, code)` pairs).
pub fn save(dbs: &[Db], libraries: &[(Vec<u8>, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    rdb::put_len(&mut out, dbs.len() as u64);
    for db in dbs {
        let mut entries: Vec<(&Vec<u8>, &Value)> = db.iter().collect();
        crate::util::sort::sort_by(&mut entries, |a, b| a.0.cmp(b.0));
        rdb::put_len(&mut out, entries.len() as u64);
        for (key, value) in entries {
            let ttl = db.expire_at(key);
            let tag = match value {
                Value::Str(_) => T_STR,
                Value::Hash(_) => T_HASH,
                Value::List(_) => T_LIST,
                Value::Set(_) => T_SET,
                Value::ZSet(_) => T_ZSET,
                Value::Stream(_) => T_STREAM,
            };
            out.push(if ttl.is_some() { tag | HAS_TTL } else { tag });
            if let Some(when) = ttl {
                out.extend_from_slice(&when.to_le_bytes());
            }
            rdb::put_string(&mut out, key);
            match value {
                Value::Str(s) => rdb::put_string(&mut out, s),
                Value::Hash(h) => {
                    out.push(u8::from(adapter::hash_big(h)));
                    rdb::put_len(&mut out, h.map.len() as u64);
                    for (f, v) in &h.map {
                        rdb::put_string(&mut out, f);
                        rdb::put_string(&mut out, v);
                    }
                }
                Value::List(l) => {
                    rdb::put_len(&mut out, l.items.len() as u64);
                    for item in &l.items {
                        rdb::put_string(&mut out, item);
                    }
                }
                Value::Set(s) => {
                    out.push(u8::from(adapter::set_big(s)));
                    rdb::put_len(&mut out, s.members.len() as u64);
                    for m in &s.members {
                        rdb::put_string(&mut out, m);
                    }
                }
                Value::ZSet(z) => {
                    out.push(u8::from(adapter::zset_big(z)));
                    let entries = adapter::zset_entries(z);
                    rdb::put_len(&mut out, entries.len() as u64);
                    for (m, score) in entries {
                        rdb::put_string(&mut out, &m);
                        out.extend_from_slice(&score.to_bits().to_le_bytes());
                    }
                }
                Value::Stream(st) => put_stream(&mut out, st),
            }
        }
    }
    rdb::put_len(&mut out, libraries.len() as u64);
    for (name, code) in libraries {
        rdb::put_string(&mut out, name);
        rdb::put_string(&mut out, code);
    }
    let crc = rdb::crc64(0, &out);
    out.extend_from_slice(&crc.to_le_bytes());
    out
}

/// Parses a snapshot into [`NUM_DBS`] databases and the library codes, all or nothing.
pub fn load(bytes: &[u8]) -> Result<(Vec<Db>, Vec<Vec<u8>>), String> {
    let body_len = bytes
        .len()
        .checked_sub(8)
        .ok_or_else(|| "snapshot: file too short".to_string())?;
    let body = bytes
        .get(..body_len)
        .ok_or_else(|| "snapshot: file too short".to_string())?;
    if !body.starts_with(MAGIC) {
        return Err("snapshot: bad magic (not a snapshot file)".into());
    }
    let stored = bytes
        .get(body_len..)
        .and_then(|s| <[u8; 8]>::try_from(s).ok())
        .map(u64::from_le_bytes)
        .ok_or_else(|| "snapshot: file too short".to_string())?;
    if rdb::crc64(0, body) != stored {
        return Err("snapshot: checksum mismatch (file is corrupted or truncated)".into());
    }
    parse_body(body).map_err(|e| format!("snapshot: {e}"))
}

/// [`load`] plus the function libraries: every library is created through `engine` into a
/// fresh registry (with `current`'s engine list). Nothing is touched unless everything
/// succeeds; the caller then installs the result with
/// `core.dbs = dbs; registry.swap_in(engine, fresh)`.
pub fn load_with_functions(
    bytes: &[u8],
    current: &FunctionRegistry,
    engine: &mut dyn FunctionEngine,
) -> Result<(Vec<Db>, FunctionRegistry), String> {
    let (dbs, codes) = load(bytes)?;
    let fresh = current.build(engine, &codes).map_err(|e| {
        format!(
            "snapshot: a function library failed to load: {}",
            String::from_utf8_lossy(&e)
        )
    })?;
    Ok((dbs, fresh))
}

fn u16_le(r: &mut Reader<'_>) -> Result<u16, String> {
    let b = r.bytes(2)?;
    Ok(u16::from_le_bytes([
        b.first().copied().unwrap_or(0),
        b.get(1).copied().unwrap_or(0),
    ]))
}

fn u64_le(r: &mut Reader<'_>) -> Result<u64, String> {
    let b = r.bytes(8)?;
    let arr = <[u8; 8]>::try_from(b).map_err(|_| "short read".to_string())?;
    Ok(u64::from_le_bytes(arr))
}

/// A raw string whose length must fit in the remaining input.
fn string(r: &mut Reader<'_>) -> Result<Vec<u8>, String> {
    let n = r.read_len_bounded()?;
    Ok(r.bytes(n)?.to_vec())
}

fn flag(r: &mut Reader<'_>) -> Result<bool, String> {
    match r.u8()? {
        0 => Ok(false),
        1 => Ok(true),
        b => Err(format!("bad encoding flag {b}")),
    }
}

fn put_id(out: &mut Vec<u8>, id: StreamId) {
    out.extend_from_slice(&id.ms.to_le_bytes());
    out.extend_from_slice(&id.seq.to_le_bytes());
}

fn put_stream(out: &mut Vec<u8>, st: &StreamValue) {
    put_id(out, st.last_id);
    out.extend_from_slice(&st.entries_added.to_le_bytes());
    put_id(out, st.max_deleted_id);
    rdb::put_len(out, st.entries.len() as u64);
    for (id, fields) in &st.entries {
        put_id(out, *id);
        rdb::put_len(out, fields.len() as u64);
        for (f, v) in fields {
            rdb::put_string(out, f);
            rdb::put_string(out, v);
        }
    }
}

fn get_id(r: &mut Reader<'_>) -> Result<StreamId, String> {
    let ms = u64_le(r)?;
    let seq = u64_le(r)?;
    Ok(StreamId::new(ms, seq))
}

fn get_stream(r: &mut Reader<'_>) -> Result<StreamValue, String> {
    let mut st = StreamValue::new();
    st.last_id = get_id(r)?;
    st.entries_added = u64_le(r)?;
    st.max_deleted_id = get_id(r)?;
    let n = r.read_len_bounded()?;
    let mut prev: Option<StreamId> = None;
    for _ in 0..n {
        let id = get_id(r)?;
        if prev.is_some_and(|p| p >= id) || id > st.last_id {
            return Err("stream entries out of order".into());
        }
        prev = Some(id);
        let m = r.read_len_bounded()?;
        let mut fields = Vec::with_capacity(m.min(PREALLOC_CAP));
        for _ in 0..m {
            let f = string(r)?;
            let v = string(r)?;
            fields.push((f, v));
        }
        st.entries.insert(id, fields);
    }
    st.first_id = st.entries.keys().next().copied().unwrap_or(StreamId::MIN);
    st.rebuild_nodes(100);
    Ok(st)
}

fn parse_body(body: &[u8]) -> Result<(Vec<Db>, Vec<Vec<u8>>), String> {
    let mut r = Reader::new(body);
    r.bytes(MAGIC.len())?;
    let version = u16_le(&mut r)?;
    if version != VERSION {
        return Err(format!("unsupported format version {version}"));
    }
    let ndbs = r.read_len()?;
    if ndbs != NUM_DBS as u64 {
        return Err(format!("expected {NUM_DBS} databases, found {ndbs}"));
    }
    let mut dbs = Vec::with_capacity(NUM_DBS);
    for dbi in 0..NUM_DBS {
        let mut db = Db::new();
        let nkeys = r.read_len_bounded()?;
        for _ in 0..nkeys {
            let tag = r.u8()?;
            let ttl = if tag & HAS_TTL != 0 {
                Some(u64_le(&mut r)? as i64)
            } else {
                None
            };
            let key = string(&mut r)?;
            let value = match tag & !HAS_TTL {
                T_STR => Value::Str(string(&mut r)?),
                T_HASH => {
                    let big = flag(&mut r)?;
                    let n = r.read_len_bounded()?;
                    if n == 0 {
                        return Err("empty hash".into());
                    }
                    let mut h = HashValue::default();
                    h.map.reserve(n.min(PREALLOC_CAP));
                    for _ in 0..n {
                        let f = string(&mut r)?;
                        let v = string(&mut r)?;
                        if h.map.insert(f, v).is_some() {
                            return Err("duplicate hash field".into());
                        }
                    }
                    adapter::set_hash_big(&mut h, big);
                    Value::Hash(h)
                }
                T_LIST => {
                    let n = r.read_len_bounded()?;
                    if n == 0 {
                        return Err("empty list".into());
                    }
                    let mut l = ListValue::default();
                    l.items.reserve(n.min(PREALLOC_CAP));
                    for _ in 0..n {
                        l.items.push_back(string(&mut r)?);
                    }
                    Value::List(l)
                }
                T_SET => {
                    let big = flag(&mut r)?;
                    let n = r.read_len_bounded()?;
                    if n == 0 {
                        return Err("empty set".into());
                    }
                    let mut s = SetValue::default();
                    s.members.reserve(n.min(PREALLOC_CAP));
                    for _ in 0..n {
                        if !s.members.insert(string(&mut r)?) {
                            return Err("duplicate set member".into());
                        }
                    }
                    adapter::set_set_big(&mut s, big);
                    Value::Set(s)
                }
                T_ZSET => {
                    let big = flag(&mut r)?;
                    let n = r.read_len_bounded()?;
                    if n == 0 {
                        return Err("empty sorted set".into());
                    }
                    let mut entries = Vec::with_capacity(n.min(PREALLOC_CAP));
                    for _ in 0..n {
                        let m = string(&mut r)?;
                        let score = f64::from_bits(u64_le(&mut r)?);
                        if score.is_nan() {
                            return Err("NaN score in sorted set".into());
                        }
                        entries.push((m, score));
                    }
                    Value::ZSet(adapter::zset_build(entries, big)?)
                }
                T_STREAM => Value::Stream(get_stream(&mut r)?),
                t => return Err(format!("unknown value type {t} in db {dbi}")),
            };
            let before = db.len();
            db.set(key.clone(), value);
            if db.len() == before {
                return Err(format!("duplicate key in db {dbi}"));
            }
            if let Some(when) = ttl {
                db.set_expire(&key, when);
            }
        }
        dbs.push(db);
    }
    let nlibs = r.read_len_bounded()?;
    let mut codes = Vec::with_capacity(nlibs.min(PREALLOC_CAP));
    for _ in 0..nlibs {
        let _name = string(&mut r)?;
        codes.push(string(&mut r)?);
    }
    if r.remaining() != 0 {
        return Err("trailing bytes after the libraries".into());
    }
    Ok((dbs, codes))
}

/// Adapters over the value types' encoding state and the sorted set API, kept in one place
/// so the format does not depend on their internals.
mod adapter {
    use super::{HashValue, SetValue, ZSet};

    pub fn hash_big(h: &HashValue) -> bool {
        h.big
    }
    pub fn set_hash_big(h: &mut HashValue, big: bool) {
        h.big = h.big || big;
    }
    pub fn set_big(s: &SetValue) -> bool {
        s.big
    }
    pub fn set_set_big(s: &mut SetValue, big: bool) {
        s.big = s.big || big;
    }
    pub fn zset_big(z: &ZSet) -> bool {
        z.encoding() == "skiplist"
    }
    pub fn zset_entries(z: &ZSet) -> Vec<(Vec<u8>, f64)> {
        z.iter().map(|(m, s)| (m.to_vec(), s)).collect()
    }
    pub fn zset_build(entries: Vec<(Vec<u8>, f64)>, big: bool) -> Result<ZSet, String> {
        let mut z = ZSet::new();
        for (m, score) in entries {
            if !z.insert(m, score) {
                return Err("duplicate sorted set member".into());
            }
        }
        if big {
            z.set_skiplist(true);
        }
        Ok(z)
    }
}
