//! A map over a plain vector for the app's few small maps (in-flight tags, tutorial step
//! outcomes): a `HashMap` would instantiate the whole of hashbrown per key/value type in
//! the bundle, for maps of a handful (at most a few hundred) entries.

/// Insertion-ordered map with linear lookups. Equality ignores order, as a `HashMap`'s does.
#[derive(Clone, Debug)]
pub struct VecMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for VecMap<K, V> {
    fn default() -> Self {
        VecMap(Vec::new())
    }
}

impl<K: PartialEq, V> VecMap<K, V> {
    /// An empty map.
    pub fn new() -> Self {
        VecMap(Vec::new())
    }

    /// Inserts or replaces; returns the previous value.
    pub fn insert(&mut self, k: K, v: V) -> Option<V> {
        match self.0.iter_mut().find(|(ek, _)| *ek == k) {
            Some(slot) => Some(std::mem::replace(&mut slot.1, v)),
            None => {
                self.0.push((k, v));
                None
            }
        }
    }

    /// The value of `k`.
    pub fn get(&self, k: &K) -> Option<&V> {
        self.0.iter().find(|(ek, _)| ek == k).map(|(_, v)| v)
    }

    /// Removes `k`, returning its value.
    pub fn remove(&mut self, k: &K) -> Option<V> {
        let i = self.0.iter().position(|(ek, _)| ek == k)?;
        Some(self.0.swap_remove(i).1)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<K: PartialEq, V: PartialEq> PartialEq for VecMap<K, V> {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len() && self.0.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn behaves_like_a_map() {
        let mut m: VecMap<u64, &str> = VecMap::new();
        assert!(m.is_empty());
        assert_eq!(m.insert(1, "a"), None);
        assert_eq!(m.insert(2, "b"), None);
        assert_eq!(m.insert(1, "c"), Some("a"));
        assert_eq!(m.len(), 2);
        assert_eq!(m.get(&1), Some(&"c"));
        assert_eq!(m.remove(&1), Some("c"));
        assert_eq!(m.remove(&1), None);
        assert_eq!(m.get(&2), Some(&"b"));
        let mut a: VecMap<u64, u8> = VecMap::new();
        let mut b: VecMap<u64, u8> = VecMap::new();
        a.insert(1, 1);
        a.insert(2, 2);
        b.insert(2, 2);
        b.insert(1, 1);
        assert_eq!(a, b);
        b.insert(1, 3);
        assert_ne!(a, b);
    }
}
