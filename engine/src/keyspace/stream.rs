//! The stream value: entries ordered by ID `(ms, seq)` in a B-tree (insert, delete and range
//! seeks are O(log n)), with the metadata Redis 7.0 keeps per stream (last generated ID,
//! entries added, max deleted ID, first ID).
//!
//! Consumer groups are not modelled yet.

use std::collections::BTreeMap;

/// A stream entry ID.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StreamId {
    /// Milliseconds part.
    pub ms: u64,
    /// Sequence part.
    pub seq: u64,
}

impl StreamId {
    /// The smallest ID, `0-0`.
    pub const MIN: StreamId = StreamId { ms: 0, seq: 0 };
    /// The largest ID.
    pub const MAX: StreamId = StreamId {
        ms: u64::MAX,
        seq: u64::MAX,
    };

    /// Builds an ID.
    pub fn new(ms: u64, seq: u64) -> StreamId {
        StreamId { ms, seq }
    }

    /// The next ID, or `None` at the maximum.
    pub fn incr(self) -> Option<StreamId> {
        if self.seq == u64::MAX {
            if self.ms == u64::MAX {
                None
            } else {
                Some(StreamId::new(self.ms + 1, 0))
            }
        } else {
            Some(StreamId::new(self.ms, self.seq + 1))
        }
    }

    /// The previous ID, or `None` at `0-0`.
    pub fn decr(self) -> Option<StreamId> {
        if self.seq == 0 {
            if self.ms == 0 {
                None
            } else {
                Some(StreamId::new(self.ms - 1, u64::MAX))
            }
        } else {
            Some(StreamId::new(self.ms, self.seq - 1))
        }
    }

    /// `ms-seq` as bytes.
    pub fn to_bytes(self) -> Vec<u8> {
        format!("{}-{}", self.ms, self.seq).into_bytes()
    }
}

/// Field/value pairs of one entry.
pub type Fields = Vec<(Vec<u8>, Vec<u8>)>;

/// A stream.
#[derive(Clone, Debug, Default)]
pub struct StreamValue {
    /// Entries by ID.
    pub entries: BTreeMap<StreamId, Fields>,
    /// The last ID generated (not necessarily still present).
    pub last_id: StreamId,
    /// Number of entries ever added.
    pub entries_added: u64,
    /// The largest ID ever deleted (XDEL).
    pub max_deleted_id: StreamId,
    /// The first entry's ID (`0-0` when empty).
    pub first_id: StreamId,
}

/// Why an append failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppendError {
    /// The ID is not greater than the top item.
    NotGreater,
}

impl StreamValue {
    /// An empty stream.
    pub fn new() -> StreamValue {
        StreamValue::default()
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True without entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The ID the next append would get: explicit `id` (with `seq_given` false for `ms-*`) or
    /// automatic from `now_ms`.
    pub fn next_id(
        &self,
        id: Option<StreamId>,
        seq_given: bool,
        now_ms: u64,
    ) -> Result<StreamId, AppendError> {
        let new = match id {
            Some(mut id) => {
                if !seq_given {
                    if id.ms == self.last_id.ms {
                        if self.last_id.seq == u64::MAX {
                            return Err(AppendError::NotGreater);
                        }
                        id.seq = self.last_id.seq + 1;
                    } else {
                        id.seq = 0;
                    }
                }
                if id <= self.last_id {
                    return Err(AppendError::NotGreater);
                }
                id
            }
            None => {
                if now_ms > self.last_id.ms {
                    StreamId::new(now_ms, 0)
                } else {
                    self.last_id.incr().ok_or(AppendError::NotGreater)?
                }
            }
        };
        Ok(new)
    }

    /// Appends an entry (the caller got `id` from [`StreamValue::next_id`]).
    pub fn append(&mut self, id: StreamId, fields: Fields) {
        if self.entries.is_empty() {
            self.first_id = id;
        }
        self.entries.insert(id, fields);
        self.last_id = id;
        self.entries_added = self.entries_added.saturating_add(1);
    }

    /// Deletes one entry; true if it existed. Updates the max deleted and first IDs.
    pub fn delete(&mut self, id: StreamId) -> bool {
        if self.entries.remove(&id).is_none() {
            return false;
        }
        if id > self.max_deleted_id {
            self.max_deleted_id = id;
        }
        self.refresh_first();
        true
    }

    fn refresh_first(&mut self) {
        self.first_id = self.entries.keys().next().copied().unwrap_or(StreamId::MIN);
    }

    /// The last present entry's ID.
    pub fn last_entry_id(&self) -> Option<StreamId> {
        self.entries.keys().next_back().copied()
    }

    /// Trims to at most `maxlen` entries (oldest first). `approx` trims only whole nodes of
    /// `node` entries; `limit` (when non-zero) caps the number of removed entries. Returns
    /// the number removed.
    pub fn trim_maxlen(&mut self, maxlen: u64, approx: bool, limit: u64, node: u64) -> u64 {
        let len = self.entries.len() as u64;
        if len <= maxlen {
            return 0;
        }
        let mut want = len - maxlen;
        if approx {
            let node = node.max(1);
            want = want / node * node;
        }
        if limit > 0 && want > limit {
            want = if approx {
                limit / node.max(1) * node.max(1)
            } else {
                limit
            };
        }
        self.pop_front(want)
    }

    /// Removes entries with IDs below `min`; see [`StreamValue::trim_maxlen`] for the rest.
    pub fn trim_minid(&mut self, min: StreamId, approx: bool, limit: u64, node: u64) -> u64 {
        let below = self.entries.range(..min).count() as u64;
        let mut want = below;
        if approx {
            let node = node.max(1);
            want = want / node * node;
        }
        if limit > 0 && want > limit {
            want = if approx {
                limit / node.max(1) * node.max(1)
            } else {
                limit
            };
        }
        self.pop_front(want)
    }

    fn pop_front(&mut self, n: u64) -> u64 {
        let mut removed = 0;
        while removed < n {
            if self.entries.pop_first().is_none() {
                break;
            }
            removed += 1;
        }
        if removed > 0 {
            self.refresh_first();
        }
        removed
    }

    /// Entries with `start <= id <= end`, ascending (or descending with `rev`), at most
    /// `count` (0 = all).
    pub fn range(
        &self,
        start: StreamId,
        end: StreamId,
        count: usize,
        rev: bool,
    ) -> Vec<(StreamId, &Fields)> {
        if start > end {
            return Vec::new();
        }
        let it = self.entries.range(start..=end).map(|(k, v)| (*k, v));
        let limit = if count == 0 { usize::MAX } else { count };
        if rev {
            it.rev().take(limit).collect()
        } else {
            it.take(limit).collect()
        }
    }

    /// Approximate memory footprint in bytes.
    pub fn memory(&self) -> usize {
        self.entries
            .values()
            .map(|f| 16 + f.iter().map(|(a, b)| a.len() + b.len() + 4).sum::<usize>())
            .sum::<usize>()
            + 64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_append() {
        let mut s = StreamValue::new();
        assert_eq!(
            s.next_id(Some(StreamId::new(0, 0)), false, 5),
            Ok(StreamId::new(0, 1))
        );
        let id = s.next_id(None, true, 5).unwrap_or_default();
        assert_eq!(id, StreamId::new(5, 0));
        s.append(id, vec![(b"f".to_vec(), b"v".to_vec())]);
        assert_eq!(s.next_id(None, true, 5), Ok(StreamId::new(5, 1)));
        assert_eq!(
            s.next_id(Some(StreamId::new(5, 0)), true, 5),
            Err(AppendError::NotGreater)
        );
        assert_eq!(StreamId::MAX.incr(), None);
        assert_eq!(StreamId::MIN.decr(), None);
        assert!(s.delete(id));
        assert_eq!(s.first_id, StreamId::MIN);
        assert_eq!(s.max_deleted_id, id);
    }

    #[test]
    fn trims() {
        let mut s = StreamValue::new();
        for i in 1..=250u64 {
            s.append(StreamId::new(i, 0), Vec::new());
        }
        assert_eq!(s.trim_maxlen(200, true, 0, 100), 0);
        assert_eq!(s.trim_maxlen(100, true, 0, 100), 100);
        assert_eq!(s.trim_minid(StreamId::new(200, 0), false, 0, 100), 49);
        assert_eq!(s.first_id, StreamId::new(200, 0));
        assert_eq!(s.range(StreamId::MIN, StreamId::MAX, 2, true).len(), 2);
    }
}
