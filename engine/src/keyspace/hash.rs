//! Hash values: field -> value, iterated in insertion order like Redis's small (listpack)
//! hashes; deleting a field keeps the order of the others while the hash is small.

use indexmap::IndexMap;

/// `hash-max-listpack-entries` default.
pub const MAX_LISTPACK_ENTRIES: usize = 512;
/// `hash-max-listpack-value` default.
pub const MAX_LISTPACK_VALUE: usize = 64;

/// A hash.
#[derive(Clone, Debug, Default)]
pub struct HashValue {
    /// The fields, in insertion order.
    pub map: IndexMap<Vec<u8>, Vec<u8>>,
    /// True once converted to a hashtable (one-way, like Redis).
    pub big: bool,
}

impl HashValue {
    /// An empty hash.
    pub fn new() -> HashValue {
        HashValue::default()
    }

    /// OBJECT ENCODING name.
    pub fn encoding(&self) -> &'static str {
        if self.big
            || self.map.len() > MAX_LISTPACK_ENTRIES
            || self
                .map
                .iter()
                .any(|(k, v)| k.len() > MAX_LISTPACK_VALUE || v.len() > MAX_LISTPACK_VALUE)
        {
            "hashtable"
        } else {
            "listpack"
        }
    }

    /// Number of fields.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True if there are no fields.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The value of a field.
    pub fn get(&self, field: &[u8]) -> Option<&Vec<u8>> {
        self.map.get(field)
    }

    /// Sets a field; returns true if it is new.
    pub fn set(&mut self, field: Vec<u8>, value: Vec<u8>) -> bool {
        if field.len() > MAX_LISTPACK_VALUE || value.len() > MAX_LISTPACK_VALUE {
            self.big = true;
        }
        let new = self.map.insert(field, value).is_none();
        if self.map.len() > MAX_LISTPACK_ENTRIES {
            self.big = true;
        }
        new
    }

    /// Removes a field; returns true if it existed.
    pub fn remove(&mut self, field: &[u8]) -> bool {
        if self.big {
            self.map.swap_remove(field).is_some()
        } else {
            self.map.shift_remove(field).is_some()
        }
    }

    /// Fields and values in iteration order.
    pub fn iter(&self) -> impl Iterator<Item = (&Vec<u8>, &Vec<u8>)> {
        self.map.iter()
    }
}
