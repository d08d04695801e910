//! Set values. Small sets of integers behave like Redis's intset encoding: they iterate in
//! ascending numeric order and report `intset` until a non-integer or the 513th member turns
//! them (for good) into a hashtable.

use indexmap::IndexSet;

/// `set-max-intset-entries` default.
pub const MAX_INTSET_ENTRIES: usize = 512;

/// A set of byte strings.
#[derive(Clone, Debug, Default)]
pub struct SetValue {
    /// The members (insertion order; see [`SetValue::ordered`] for Redis's order).
    pub members: IndexSet<Vec<u8>>,
    /// True once converted to a hashtable (one-way).
    pub big: bool,
}

impl SetValue {
    /// An empty set (intset until a non-integer arrives).
    pub fn new() -> SetValue {
        SetValue::default()
    }

    /// OBJECT ENCODING name.
    pub fn encoding(&self) -> &'static str {
        if self.is_intset() {
            "intset"
        } else {
            "hashtable"
        }
    }

    /// True while the set is intset-encoded.
    pub fn is_intset(&self) -> bool {
        !self.big
            && self.members.len() <= MAX_INTSET_ENTRIES
            && self
                .members
                .iter()
                .all(|m| crate::util::parse_i64(m).is_some())
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// True if empty.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// Membership test.
    pub fn contains(&self, m: &[u8]) -> bool {
        self.members.contains(m)
    }

    /// Adds a member; returns true if new.
    pub fn insert(&mut self, m: Vec<u8>) -> bool {
        if !self.big && crate::util::parse_i64(&m).is_none() {
            self.big = true;
        }
        let new = self.members.insert(m);
        if self.members.len() > MAX_INTSET_ENTRIES {
            self.big = true;
        }
        new
    }

    /// Removes a member; returns true if it was present.
    pub fn remove(&mut self, m: &[u8]) -> bool {
        self.members.swap_remove(m)
    }

    /// Members in Redis's iteration order where it is deterministic (intset: ascending).
    pub fn ordered(&self) -> Vec<&Vec<u8>> {
        let mut v: Vec<&Vec<u8>> = self.members.iter().collect();
        if self.is_intset() {
            crate::util::sort::sort_by_key(&mut v, |m| crate::util::parse_i64(m).unwrap_or(0));
        }
        v
    }

    /// The member at position `i` of the internal order (for random picks).
    pub fn at(&self, i: usize) -> Option<&Vec<u8>> {
        self.members.get_index(i)
    }
}
