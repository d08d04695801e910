//! One database: a key -> value map plus a key -> expiry map, with lazy expiry.

use std::collections::HashMap;

use super::Value;

/// A single numbered database.
#[derive(Clone, Debug, Default)]
pub struct Db {
    map: HashMap<Vec<u8>, Value>,
    expires: HashMap<Vec<u8>, i64>,
}

impl Db {
    /// An empty database.
    pub fn new() -> Db {
        Db::default()
    }

    fn expire_if_needed(&mut self, key: &[u8], now_ms: i64) {
        if let Some(&when) = self.expires.get(key) {
            if when <= now_ms {
                self.expires.remove(key);
                self.map.remove(key);
            }
        }
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

    /// True if the key exists (and has not expired).
    pub fn contains(&mut self, key: &[u8], now_ms: i64) -> bool {
        self.get(key, now_ms).is_some()
    }

    /// Stores a value, clearing any TTL (as SET does).
    pub fn set(&mut self, key: Vec<u8>, value: Value) {
        self.expires.remove(&key);
        self.map.insert(key, value);
    }

    /// Stores a value, keeping the key's TTL if it already exists.
    pub fn set_keep_ttl(&mut self, key: Vec<u8>, value: Value) {
        self.map.insert(key, value);
    }

    /// Removes a key; returns its value.
    pub fn remove(&mut self, key: &[u8]) -> Option<Value> {
        self.expires.remove(key);
        self.map.remove(key)
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
    }
}
