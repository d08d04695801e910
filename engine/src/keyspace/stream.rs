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
    /// Redis's radix-tree nodes (listpacks), by master ID: approximate (`~`) trimming only
    /// ever removes whole nodes, so their boundaries decide what it removes.
    pub nodes: BTreeMap<StreamId, Node>,
}

/// One macro node: entries from its master ID up to the next node's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Node {
    /// Entries not deleted.
    pub live: u64,
    /// Entries ever stored in the node (live + deleted-but-flagged).
    pub total: u64,
    /// The last ID stored in the node (deleted or not).
    pub last: StreamId,
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

    /// Appends an entry (the caller got `id` from [`StreamValue::next_id`]). A new node
    /// starts when the tail node holds `node_max` entries.
    pub fn append_in_nodes(&mut self, id: StreamId, fields: Fields, node_max: u64) {
        match self.nodes.iter_mut().next_back() {
            Some((_, n)) if n.total < node_max => {
                n.total += 1;
                n.live += 1;
                n.last = id;
            }
            _ => {
                self.nodes.insert(
                    id,
                    Node {
                        live: 1,
                        total: 1,
                        last: id,
                    },
                );
            }
        }
        self.push_entry(id, fields);
    }

    /// Appends an entry with Redis's default node size (100 entries).
    pub fn append(&mut self, id: StreamId, fields: Fields) {
        self.append_in_nodes(id, fields, 100);
    }

    fn push_entry(&mut self, id: StreamId, fields: Fields) {
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
        self.node_entry_gone(id, true);
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

    /// Bookkeeping after entry `id` left: its node loses a live entry and, when `free_empty`,
    /// an emptied node is released (as XDEL does).
    fn node_entry_gone(&mut self, id: StreamId, free_empty: bool) {
        let Some((&master, node)) = self.nodes.range_mut(..=id).next_back() else {
            return;
        };
        node.live = node.live.saturating_sub(1);
        if free_empty && node.live == 0 {
            self.nodes.remove(&master);
        }
    }

    /// Trims to at most `maxlen` entries (MAXLEN) or removes IDs below `minid` (MINID),
    /// following Redis's `streamTrim`: whole nodes first; `approx` stops at the first node
    /// that cannot go whole; `limit` (non-zero) caps the removed entries. Returns the count.
    pub fn trim(&mut self, maxlen: Option<u64>, minid: StreamId, approx: bool, limit: u64) -> u64 {
        let mut deleted: u64 = 0;
        loop {
            let len = self.entries.len() as u64;
            if let Some(m) = maxlen {
                if len <= m {
                    break;
                }
            }
            let Some((&master, &node)) = self.nodes.iter().next() else {
                break;
            };
            if limit > 0 && deleted.saturating_add(node.live) > limit {
                break;
            }
            let remove_node = match maxlen {
                Some(m) => len.saturating_sub(node.live) >= m,
                None => node.last < minid,
            };
            let next_master = self.nodes.range(master..).nth(1).map(|(k, _)| *k);
            let ids: Vec<StreamId> = match next_master {
                Some(nm) => self.entries.range(master..nm).map(|(k, _)| *k).collect(),
                None => self.entries.range(master..).map(|(k, _)| *k).collect(),
            };
            if remove_node {
                for id in &ids {
                    self.entries.remove(id);
                }
                self.nodes.remove(&master);
                deleted += ids.len() as u64;
                continue;
            }
            if approx {
                break;
            }
            for id in ids {
                let len = self.entries.len() as u64;
                match maxlen {
                    Some(m) if len <= m => break,
                    None if id >= minid => break,
                    _ => {}
                }
                self.entries.remove(&id);
                self.node_entry_gone(id, false);
                deleted += 1;
            }
            break;
        }
        if deleted > 0 {
            self.refresh_first();
        }
        deleted
    }

    /// Rebuilds the node boundaries from the entries (after loading a snapshot).
    pub fn rebuild_nodes(&mut self, node_max: u64) {
        let entries = std::mem::take(&mut self.entries);
        self.nodes.clear();
        let (first, last, added) = (self.first_id, self.last_id, self.entries_added);
        for (id, f) in entries {
            self.append_in_nodes(id, f, node_max);
        }
        self.first_id = if self.entries.is_empty() {
            first
        } else {
            self.first_id
        };
        self.last_id = last;
        self.entries_added = added;
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
        assert_eq!(s.trim(Some(200), StreamId::MIN, true, 0), 0);
        assert_eq!(s.trim(Some(100), StreamId::MIN, true, 0), 100);
        assert_eq!(s.trim(None, StreamId::new(200, 0), false, 0), 99);
        assert_eq!(s.first_id, StreamId::new(200, 0));
        assert_eq!(s.len(), 51);
        assert_eq!(s.range(StreamId::MIN, StreamId::MAX, 2, true).len(), 2);
    }
}
