//! Deterministic, Lua 5.1-like traversal order for table entries.
//!
//! piccolo's `next` order depends on its own hashing (and varies between runs), while Redis's
//! cjson/cmsgpack emit object/map entries in Lua 5.1's `lua_next` order: the array part
//! (`1..n`, ascending) and then the hash nodes in index order. We rebuild that layout from the
//! set of keys: the array size is chosen like Lua's `computesizes`, and the hash part is a node
//! array of the smallest power-of-two size holding the rest, filled with Lua 5.1's main-position
//! and collision rules (string hash, number hash, free slots taken from the end). Lua's real
//! layout also depends on insertion history; we insert numbers ascending, then booleans, then
//! strings in byte order, which matches Lua whenever keys do not collide.
//!
//! Tables built by `cjson.decode` / `cmsgpack.unpack` remember their key insertion order in a
//! small bounded registry (keyed by table identity, checked against the current key set), so
//! round trips replay Lua's incremental growth exactly.

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};

use gc_arena::Gc;
use piccolo::{Table, Value};

/// Most tables remembered, and most keys over all remembered tables.
const REGISTRY_TABLES: usize = 4096;
const REGISTRY_KEYS: usize = 1 << 20;

#[derive(Default)]
struct Registry {
    orders: HashMap<usize, Vec<Vec<u8>>>,
    fifo: VecDeque<usize>,
    keys: usize,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::new(Registry::default());
}

fn table_id(t: Table<'_>) -> usize {
    Gc::as_ptr(t.into_inner()) as usize
}

/// Remembers the insertion order of the (string) keys of a freshly built table.
pub fn record_insertion_order(t: Table<'_>, keys: Vec<Vec<u8>>) {
    if keys.len() < 2 || keys.len() > REGISTRY_KEYS {
        return;
    }
    let id = table_id(t);
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        if let Some(old) = r.orders.remove(&id) {
            r.keys = r.keys.saturating_sub(old.len());
        }
        r.keys += keys.len();
        r.orders.insert(id, keys);
        r.fifo.push_back(id);
        while r.orders.len() > REGISTRY_TABLES || r.keys > REGISTRY_KEYS {
            let Some(old) = r.fifo.pop_front() else {
                break;
            };
            if let Some(v) = r.orders.remove(&old) {
                r.keys = r.keys.saturating_sub(v.len());
            }
        }
        // Keep the queue from growing with ids that were replaced.
        if r.fifo.len() > 4 * REGISTRY_TABLES {
            let Registry { orders, fifo, .. } = &mut *r;
            fifo.retain(|id| orders.contains_key(id));
        }
    });
}

/// Node layout after inserting string keys one by one into an empty Lua 5.1 table.
fn incremental_layout(keys: &[Vec<u8>]) -> Vec<usize> {
    let mut size = 0usize;
    let mut nodes: Vec<Node> = Vec::new();
    let mut lastfree = 0usize;
    let mp_of = |k: usize, size: usize| {
        keys.get(k)
            .map_or(0, |b| (lua_string_hash(b) as usize) & (size.max(1) - 1))
    };
    for k in 0..keys.len() {
        loop {
            if size > 0 && place(&mut nodes, &mut lastfree, size, k, &mp_of) {
                break;
            }
            // Rehash: grow to hold every key so far plus the new one, re-inserting the old
            // nodes from the last to the first.
            let old: Vec<usize> = nodes.iter().flatten().map(|(e, _)| *e).collect();
            size = (old.len() + 1).next_power_of_two();
            nodes = vec![None; size];
            lastfree = size;
            for &e in old.iter().rev() {
                place(&mut nodes, &mut lastfree, size, e, &mp_of);
            }
        }
    }
    nodes.into_iter().flatten().map(|(e, _)| e).collect()
}

/// Lua 5.1 `newkey`; false when there is no free node (the table must grow).
fn place(
    nodes: &mut [Node],
    lastfree: &mut usize,
    size: usize,
    e: usize,
    mp_of: &dyn Fn(usize, usize) -> usize,
) -> bool {
    let mp = mp_of(e, size);
    let Some(slot) = nodes.get(mp).copied() else {
        return false;
    };
    let Some((other, other_next)) = slot else {
        set_node(nodes, mp, (e, None));
        return true;
    };
    let mut free = None;
    while *lastfree > 0 {
        *lastfree -= 1;
        if nodes.get(*lastfree).is_some_and(|n| n.is_none()) {
            free = Some(*lastfree);
            break;
        }
    }
    let Some(f) = free else {
        return false;
    };
    let othern = mp_of(other, size);
    if othern != mp {
        let mut prev = othern;
        let mut guard = 0;
        while let Some(Some((_, Some(next)))) = nodes.get(prev) {
            if *next == mp || guard > size {
                break;
            }
            prev = *next;
            guard += 1;
        }
        if let Some(Some((_, next))) = nodes.get_mut(prev) {
            *next = Some(f);
        }
        set_node(nodes, f, (other, other_next));
        set_node(nodes, mp, (e, None));
    } else {
        set_node(nodes, f, (e, other_next));
        set_node(nodes, mp, (other, Some(f)));
    }
    true
}

/// Order from the registry when the table still has exactly the recorded string keys.
fn recorded_order<'gc>(
    t: Table<'gc>,
    entries: &[(Value<'gc>, Value<'gc>)],
) -> Option<Vec<(Value<'gc>, Value<'gc>)>> {
    let order = REGISTRY.with(|r| r.borrow().orders.get(&table_id(t)).cloned())?;
    if order.len() != entries.len() {
        return None;
    }
    // Entry index of each recorded key, through a sorted vector (binary search).
    let mut by_key: Vec<(&[u8], usize)> = Vec::with_capacity(entries.len());
    for (i, (k, _)) in entries.iter().enumerate() {
        let Value::String(s) = k else {
            return None;
        };
        by_key.push((s.as_bytes(), i));
    }
    crate::util::sort::sort_by(&mut by_key, |a, b| a.0.cmp(b.0));
    let mut idx = Vec::with_capacity(order.len());
    for k in &order {
        let at = by_key.binary_search_by(|e| e.0.cmp(k.as_slice())).ok()?;
        idx.push(by_key.get(at)?.1);
    }
    let layout = incremental_layout(&order);
    Some(
        layout
            .into_iter()
            .filter_map(|o| idx.get(o).and_then(|&i| entries.get(i)).copied())
            .collect(),
    )
}

fn lua_string_hash(s: &[u8]) -> u32 {
    let l = s.len();
    let mut h = l as u32;
    let step = (l >> 5) + 1;
    let mut l1 = l;
    while l1 >= step {
        let c = u32::from(s.get(l1 - 1).copied().unwrap_or(0));
        h ^= (h << 5).wrapping_add(h >> 2).wrapping_add(c);
        l1 -= step;
    }
    h
}

fn as_number(v: Value<'_>) -> Option<f64> {
    match v {
        Value::Integer(i) => Some(i as f64),
        Value::Number(n) => Some(n),
        _ => None,
    }
}

/// Main position of a key in a node array of `size` (a power of two, > 0).
fn main_position(v: Value<'_>, size: usize) -> usize {
    let mask = size - 1;
    match v {
        Value::String(s) => (lua_string_hash(s.as_bytes()) as usize) & mask,
        Value::Boolean(b) => usize::from(b) & mask,
        Value::Integer(_) | Value::Number(_) => {
            let n = as_number(v).unwrap_or(0.0);
            if n == 0.0 {
                return 0;
            }
            let bits = n.to_bits();
            let a = (bits as u32).wrapping_add((bits >> 32) as u32);
            (a as usize) % (mask | 1)
        }
        _ => 0,
    }
}

/// Array-part candidate index of a key (`1..=2^26`).
fn array_index(v: Value<'_>) -> Option<usize> {
    let n = as_number(v)?;
    if (1.0..=67_108_864.0).contains(&n) && n.fract() == 0.0 {
        Some(n as usize)
    } else {
        None
    }
}

/// Lua 5.1 `computesizes`: the array size for the given integer keys.
fn array_size(keys: &[usize]) -> usize {
    let mut nums = [0usize; 28];
    for &k in keys {
        // Slot i counts keys in (2^(i-1), 2^i].
        let i = if k <= 1 {
            0
        } else {
            (usize::BITS - (k - 1).leading_zeros()) as usize
        };
        if let Some(n) = nums.get_mut(i) {
            *n += 1;
        }
    }
    let total = keys.len();
    let (mut a, mut n) = (0usize, 0usize);
    let mut twotoi = 1usize;
    for &c in nums.iter() {
        if twotoi / 2 >= total {
            break;
        }
        if c > 0 {
            a += c;
            if a > twotoi / 2 {
                n = twotoi;
            }
        }
        twotoi *= 2;
    }
    n
}

fn insertion_rank(v: Value<'_>) -> u8 {
    match v {
        Value::Integer(_) | Value::Number(_) => 0,
        Value::Boolean(_) => 1,
        Value::String(_) => 2,
        _ => 3,
    }
}

type Node = Option<(usize, Option<usize>)>;

fn set_node(nodes: &mut [Node], i: usize, v: (usize, Option<usize>)) {
    if let Some(n) = nodes.get_mut(i) {
        *n = Some(v);
    }
}

/// The entries of `t` in Lua 5.1-like traversal order.
pub fn ordered_entries<'gc>(t: Table<'gc>) -> Vec<(Value<'gc>, Value<'gc>)> {
    let entries: Vec<(Value<'gc>, Value<'gc>)> = t.iter().collect();
    if let Some(v) = recorded_order(t, &entries) {
        return v;
    }
    let int_keys: Vec<usize> = entries
        .iter()
        .filter_map(|(k, _)| array_index(*k))
        .collect();
    let asize = array_size(&int_keys);
    let mut array: Vec<(usize, usize)> = Vec::new();
    let mut hash: Vec<usize> = Vec::new();
    for (i, (k, _)) in entries.iter().enumerate() {
        match array_index(*k) {
            Some(idx) if idx <= asize => array.push((idx, i)),
            _ => hash.push(i),
        }
    }
    crate::util::sort::sort(&mut array);
    crate::util::sort::sort_by(&mut hash, |&x, &y| {
        let kx = entries.get(x).map_or(Value::Nil, |p| p.0);
        let ky = entries.get(y).map_or(Value::Nil, |p| p.0);
        insertion_rank(kx)
            .cmp(&insertion_rank(ky))
            .then_with(|| match (kx, ky) {
                (Value::String(a), Value::String(b)) => a.as_bytes().cmp(b.as_bytes()),
                (Value::Boolean(a), Value::Boolean(b)) => a.cmp(&b),
                _ => match (as_number(kx), as_number(ky)) {
                    (Some(a), Some(b)) => a.partial_cmp(&b).unwrap_or(std::cmp::Ordering::Equal),
                    _ => std::cmp::Ordering::Equal,
                },
            })
    });
    let size = hash.len().next_power_of_two().max(1);
    // node: (entry index, next node)
    let mut nodes: Vec<Node> = vec![None; if hash.is_empty() { 0 } else { size }];
    let mut lastfree = nodes.len();
    for &e in &hash {
        let key = entries.get(e).map_or(Value::Nil, |p| p.0);
        let mp = main_position(key, size);
        let Some(slot) = nodes.get(mp).copied() else {
            continue;
        };
        let Some((other, other_next)) = slot else {
            set_node(&mut nodes, mp, (e, None));
            continue;
        };
        // Find a free node from the end.
        let mut free = None;
        while lastfree > 0 {
            lastfree -= 1;
            if nodes.get(lastfree).is_some_and(|n| n.is_none()) {
                free = Some(lastfree);
                break;
            }
        }
        let Some(f) = free else {
            // Cannot happen: the node array holds every key.
            continue;
        };
        let other_key = entries.get(other).map_or(Value::Nil, |p| p.0);
        let othern = main_position(other_key, size);
        if othern != mp {
            // Move the colliding node to the free slot and relink its chain.
            let mut prev = othern;
            let mut guard = 0;
            while let Some(Some((_, Some(next)))) = nodes.get(prev) {
                if *next == mp || guard > size {
                    break;
                }
                prev = *next;
                guard += 1;
            }
            if let Some(Some((_, next))) = nodes.get_mut(prev) {
                *next = Some(f);
            }
            set_node(&mut nodes, f, (other, other_next));
            set_node(&mut nodes, mp, (e, None));
        } else {
            set_node(&mut nodes, f, (e, other_next));
            set_node(&mut nodes, mp, (other, Some(f)));
        }
    }
    let mut out = Vec::with_capacity(entries.len());
    for (_, i) in array {
        if let Some(p) = entries.get(i) {
            out.push(*p);
        }
    }
    for (e, _) in nodes.into_iter().flatten() {
        if let Some(p) = entries.get(e) {
            out.push(*p);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{array_size, lua_string_hash};

    #[test]
    fn sizes() {
        assert_eq!(array_size(&[1, 2, 3, 11]), 4);
        assert_eq!(array_size(&[1, 20]), 1);
        assert_eq!(array_size(&[]), 0);
        assert_eq!(array_size(&[2]), 0);
    }

    #[test]
    fn hash_is_stable() {
        assert_eq!(lua_string_hash(b""), 0);
        assert_ne!(lua_string_hash(b"a"), lua_string_hash(b"b"));
    }
}
