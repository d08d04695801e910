//! One database: a key -> value map plus a key -> expiry map, with lazy expiry.
//!
//! Besides the hash map, every key is also kept in an ordered index by a fixed 64-bit hash
//! of the key. That index gives SCAN a stable cursor (the hash to resume from: every key
//! present for the whole iteration is returned, whatever happens to the others) and
//! RANDOMKEY an O(log n) pick, without depending on the hash map's iteration order.

use std::collections::{BTreeSet, HashMap};
use std::ops::Bound;

use super::Value;

/// How long after its expiry time a key is reclaimed by the emulated active expiry.
pub const ACTIVE_EXPIRE_LAG_MS: i64 = 100;

/// A single numbered database.
#[derive(Clone, Debug, Default)]
pub struct Db {
    map: HashMap<Vec<u8>, Value>,
    expires: HashMap<Vec<u8>, i64>,
    order: BTreeSet<(u64, Vec<u8>)>,
    /// String encodings that differ from what the content implies (`raw` after APPEND,
    /// SETRANGE, SETBIT...; `embstr` for INCRBYFLOAT results), for OBJECT ENCODING, as
    /// indexes into [`STR_ENCODINGS`] (an `i64` map like `expires`: one hash map
    /// instantiation fewer in the browser bundle).
    str_enc: HashMap<Vec<u8>, i64>,
}

/// The string encodings [`Db::set_str_encoding`] records.
const STR_ENCODINGS: [&str; 3] = ["raw", "embstr", "int"];

/// The fixed hash ordering keys for SCAN cursors (FNV-1a with a final avalanche mix).
pub fn key_hash(key: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in key {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

impl Db {
    /// An empty database.
    pub fn new() -> Db {
        Db::default()
    }

    fn expire_if_needed(&mut self, key: &[u8], now_ms: i64) {
        if let Some(&when) = self.expires.get(key) {
            if when <= now_ms {
                self.remove(key);
            }
        }
    }

    /// True if the key has an expiry at or before `now_ms` (it is logically gone).
    pub fn is_expired(&self, key: &[u8], now_ms: i64) -> bool {
        self.expires.get(key).is_some_and(|&w| w <= now_ms)
    }

    /// Looks a key up for reading or writing, deleting it first if it has expired.
    pub fn get_mut(&mut self, key: &[u8], now_ms: i64) -> Option<&mut Value> {
        self.expire_if_needed(key, now_ms);
        self.map.get_mut(key)
    }

    /// Looks a key up, deleting it first if it has expired.
    pub fn get(&mut self, key: &[u8], now_ms: i64) -> Option<&Value> {
        self.expire_if_needed(key, now_ms);
        self.map.get(key)
    }

    /// Looks a key up without expiring anything (the caller checks [`Db::is_expired`]).
    pub fn peek(&self, key: &[u8]) -> Option<&Value> {
        self.map.get(key)
    }

    /// True if the key exists (and has not expired).
    pub fn contains(&mut self, key: &[u8], now_ms: i64) -> bool {
        self.get(key, now_ms).is_some()
    }

    fn index_insert(&mut self, key: &[u8]) {
        self.order.insert((key_hash(key), key.to_vec()));
    }

    /// Stores a value, clearing any TTL (as SET does).
    pub fn set(&mut self, key: Vec<u8>, value: Value) {
        self.expires.remove(&key);
        self.set_keep_ttl(key, value);
    }

    /// Stores a value, keeping the key's TTL if it already exists.
    pub fn set_keep_ttl(&mut self, key: Vec<u8>, value: Value) {
        if !self.map.contains_key(&key) {
            self.index_insert(&key);
        }
        if !self.str_enc.is_empty() {
            self.str_enc.remove(&key);
        }
        self.map.insert(key, value);
    }

    /// Records that the string under `key` has the given encoding regardless of its content
    /// (Redis keeps `raw` strings raw after in-place edits). Cleared when the value is
    /// replaced or removed.
    pub fn set_str_encoding(&mut self, key: &[u8], enc: &'static str) {
        let code = STR_ENCODINGS.iter().position(|e| *e == enc);
        if let (true, Some(code)) = (self.map.contains_key(key), code) {
            self.str_enc.insert(key.to_vec(), code as i64);
        }
    }

    /// The recorded string encoding of `key`, if one was set with [`Db::set_str_encoding`].
    pub fn str_encoding(&self, key: &[u8]) -> Option<&'static str> {
        let code = usize::try_from(*self.str_enc.get(key)?).ok()?;
        STR_ENCODINGS.get(code).copied()
    }

    /// Removes a key; returns its value.
    pub fn remove(&mut self, key: &[u8]) -> Option<Value> {
        self.expires.remove(key);
        if !self.str_enc.is_empty() {
            self.str_enc.remove(key);
        }
        let v = self.map.remove(key);
        if v.is_some() {
            self.order.remove(&(key_hash(key), key.to_vec()));
        }
        v
    }

    /// The absolute expiry in unix milliseconds, if the key has one.
    pub fn expire_at(&self, key: &[u8]) -> Option<i64> {
        self.expires.get(key).copied()
    }

    /// Sets an absolute expiry (unix ms) on an existing key. Returns false if absent.
    pub fn set_expire(&mut self, key: &[u8], when_ms: i64) -> bool {
        if self.map.contains_key(key) {
            self.expires.insert(key.to_vec(), when_ms);
            true
        } else {
            false
        }
    }

    /// Removes a key's TTL; returns true if it had one.
    pub fn persist(&mut self, key: &[u8]) -> bool {
        self.expires.remove(key).is_some()
    }

    /// Number of keys (may include expired keys not yet reclaimed; call `purge_expired` first).
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True if the database holds no keys.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Number of keys with a TTL.
    pub fn expires_len(&self) -> usize {
        self.expires.len()
    }

    /// Iterates over (key, absolute expiry ms) of keys with a TTL.
    pub fn expires_iter(&self) -> impl Iterator<Item = (&Vec<u8>, &i64)> {
        self.expires.iter()
    }

    /// Deletes every expired key.
    pub fn purge_expired(&mut self, now_ms: i64) {
        let dead: Vec<Vec<u8>> = self
            .expires
            .iter()
            .filter(|(_, &w)| w <= now_ms)
            .map(|(k, _)| k.clone())
            .collect();
        for k in dead {
            self.remove(&k);
        }
    }

    /// Emulates Redis's active expiry (a cycle every 100ms reclaims expired keys): deletes
    /// the keys that expired at least `ACTIVE_EXPIRE_LAG_MS` before `now_ms`. Keys that
    /// expired more recently stay counted by DBSIZE / INFO until touched, as in Redis.
    pub fn active_expire(&mut self, now_ms: i64) -> usize {
        let before = now_ms.saturating_sub(ACTIVE_EXPIRE_LAG_MS);
        let dead: Vec<Vec<u8>> = self
            .expires
            .iter()
            .filter(|(_, &w)| w <= before)
            .map(|(k, _)| k.clone())
            .collect();
        let n = dead.len();
        for k in dead {
            self.remove(&k);
        }
        n
    }

    /// Iterates over all keys (including not-yet-reclaimed expired ones).
    pub fn keys(&self) -> impl Iterator<Item = &Vec<u8>> {
        self.map.keys()
    }

    /// Iterates over all entries.
    pub fn iter(&self) -> impl Iterator<Item = (&Vec<u8>, &Value)> {
        self.map.iter()
    }

    /// Removes everything.
    pub fn clear(&mut self) {
        self.map.clear();
        self.expires.clear();
        self.order.clear();
        self.str_enc.clear();
    }

    /// One SCAN step: up to `count` keys (more if several share the last hash) in hash order
    /// from `cursor`, and the next cursor (0 when the iteration is complete). Expired keys
    /// are included; callers filter them.
    pub fn scan(&self, cursor: u64, count: usize) -> (u64, Vec<Vec<u8>>) {
        let mut out = Vec::new();
        let mut last: Option<u64> = None;
        let range = self
            .order
            .range((Bound::Included((cursor, Vec::new())), Bound::Unbounded));
        for (h, k) in range {
            if out.len() >= count.max(1) && last != Some(*h) {
                return (*h, out);
            }
            last = Some(*h);
            out.push(k.clone());
        }
        (0, out)
    }

    /// A key chosen from `r` (a random 64-bit number): the first key at or after `r` in hash
    /// order, wrapping around. None if empty.
    pub fn key_at_or_after(&self, r: u64) -> Option<&Vec<u8>> {
        self.order
            .range((Bound::Included((r, Vec::new())), Bound::Unbounded))
            .next()
            .or_else(|| self.order.iter().next())
            .map(|(_, k)| k)
    }
}

#[cfg(test)]
mod tests {
    use super::Db;
    use crate::keyspace::Value;

    #[test]
    fn scan_is_complete_and_stable() {
        let mut db = Db::new();
        for i in 0..500 {
            db.set(format!("k{i}").into_bytes(), Value::Str(b"v".to_vec()));
        }
        let mut seen = std::collections::HashSet::new();
        let mut cursor = 0;
        let mut steps = 0;
        loop {
            let (next, keys) = db.scan(cursor, 7);
            for k in keys {
                seen.insert(k);
            }
            // Churn: delete and add other keys during the iteration.
            db.remove(format!("k{steps}").as_bytes());
            db.set(format!("new{steps}").into_bytes(), Value::Str(Vec::new()));
            steps += 1;
            if next == 0 {
                break;
            }
            cursor = next;
        }
        for i in steps..500 {
            assert!(seen.contains(format!("k{i}").as_bytes()));
        }
        assert!(db.key_at_or_after(12345).is_some());
    }
}
