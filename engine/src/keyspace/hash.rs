//! Hash values.

use indexmap::IndexMap;

/// A hash: field -> value, iterated in insertion order like Redis's small (listpack) hashes.
#[derive(Clone, Debug, Default)]
pub struct HashValue {
    /// The fields.
    pub map: IndexMap<Vec<u8>, Vec<u8>>,
}

impl HashValue {
    /// OBJECT ENCODING name.
    pub fn encoding(&self) -> &'static str {
        if self.map.len() <= 128 && self.map.iter().all(|(k, v)| k.len() <= 64 && v.len() <= 64) {
            "listpack"
        } else {
            "hashtable"
        }
    }
}
