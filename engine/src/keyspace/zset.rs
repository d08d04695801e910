//! Sorted set values: a member -> score dictionary plus an order-statistics treap keyed by
//! `(score, member)`, giving O(log n) insert, delete, rank, select and range bounds.
//!
//! The treap lives in an arena (`Vec` of nodes addressed by index) so no `unsafe` and no
//! reference counting is needed. Priorities come from a private xorshift generator so the
//! shape (and therefore performance) is deterministic per insertion sequence.

use std::cmp::Ordering;
use std::collections::HashMap;

/// `zset-max-listpack-entries` default.
pub const MAX_LISTPACK_ENTRIES: usize = 128;
/// `zset-max-listpack-value` default.
pub const MAX_LISTPACK_VALUE: usize = 64;

const NIL: usize = usize::MAX;

#[derive(Clone, Debug)]
struct Node {
    member: Vec<u8>,
    score: f64,
    prio: u64,
    left: usize,
    right: usize,
    size: usize,
}

static DUMMY: Node = Node {
    member: Vec::new(),
    score: 0.0,
    prio: 0,
    left: NIL,
    right: NIL,
    size: 0,
};

/// A score interval (`ZRANGEBYSCORE` syntax: `(` marks an exclusive bound).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScoreRange {
    /// Lower bound.
    pub min: f64,
    /// Lower bound excluded.
    pub minex: bool,
    /// Upper bound.
    pub max: f64,
    /// Upper bound excluded.
    pub maxex: bool,
}

/// One end of a lexicographic interval (`-`, `+`, `[x`, `(x`).
#[derive(Clone, Debug, PartialEq)]
pub enum LexBound {
    /// `-`: before everything.
    NegInf,
    /// `+`: after everything.
    PosInf,
    /// `[x`
    Incl(Vec<u8>),
    /// `(x`
    Excl(Vec<u8>),
}

/// A lexicographic interval.
#[derive(Clone, Debug, PartialEq)]
pub struct LexRange {
    /// Lower bound.
    pub min: LexBound,
    /// Upper bound.
    pub max: LexBound,
}

impl LexRange {
    /// True if the range can never match (`min > max`, or equal with an exclusive end).
    pub fn always_empty(&self) -> bool {
        match (&self.min, &self.max) {
            (LexBound::NegInf, LexBound::NegInf) | (LexBound::PosInf, LexBound::PosInf) => true,
            (LexBound::PosInf, _) | (_, LexBound::NegInf) => true,
            (LexBound::NegInf, _) | (_, LexBound::PosInf) => false,
            (LexBound::Incl(a), LexBound::Incl(b)) => a > b,
            (LexBound::Incl(a) | LexBound::Excl(a), LexBound::Incl(b) | LexBound::Excl(b)) => {
                a >= b
            }
        }
    }

    /// `m` is at or after the lower bound.
    pub fn gte_min(&self, m: &[u8]) -> bool {
        match &self.min {
            LexBound::NegInf => true,
            LexBound::PosInf => false,
            LexBound::Incl(x) => m >= x.as_slice(),
            LexBound::Excl(x) => m > x.as_slice(),
        }
    }

    /// `m` is at or before the upper bound.
    pub fn lte_max(&self, m: &[u8]) -> bool {
        match &self.max {
            LexBound::PosInf => true,
            LexBound::NegInf => false,
            LexBound::Incl(x) => m <= x.as_slice(),
            LexBound::Excl(x) => m < x.as_slice(),
        }
    }
}

fn key_less(s1: f64, m1: &[u8], s2: f64, m2: &[u8]) -> bool {
    match s1.partial_cmp(&s2) {
        Some(Ordering::Less) => true,
        Some(Ordering::Equal) => m1 < m2,
        _ => false,
    }
}

/// A sorted set.
#[derive(Clone, Debug)]
pub struct ZSet {
    dict: HashMap<Vec<u8>, f64>,
    nodes: Vec<Node>,
    free: Vec<usize>,
    root: usize,
    seed: u64,
    big: bool,
}

impl Default for ZSet {
    fn default() -> Self {
        ZSet::new()
    }
}

impl ZSet {
    /// An empty sorted set (listpack-encoded until it grows).
    pub fn new() -> ZSet {
        ZSet {
            dict: HashMap::new(),
            nodes: Vec::new(),
            free: Vec::new(),
            root: NIL,
            seed: 0x2545_F491_4F6C_DD1D,
            big: false,
        }
    }

    /// An empty set created the way ZADD creates one for `elements` pairs whose longest member
    /// is `maxlen` bytes (it starts as a skiplist if that would not fit a listpack).
    pub fn with_hint(elements: usize, maxlen: usize) -> ZSet {
        let mut z = ZSet::new();
        z.big = elements > MAX_LISTPACK_ENTRIES || maxlen > MAX_LISTPACK_VALUE;
        z
    }

    /// True while the set is listpack-encoded.
    pub fn is_listpack(&self) -> bool {
        !self.big
    }

    /// OBJECT ENCODING name (`listpack` or `skiplist`, conversion is one-way like Redis).
    pub fn encoding(&self) -> &'static str {
        if self.big {
            "skiplist"
        } else {
            "listpack"
        }
    }

    /// Forces the skiplist encoding flag (used when a command creates the set as a skiplist).
    pub fn set_skiplist(&mut self, big: bool) {
        self.big = big;
    }

    /// Converts back to a listpack if small enough (what ZUNIONSTORE & co do on their result).
    pub fn shrink_if_small(&mut self) {
        if self.big
            && self.len() <= MAX_LISTPACK_ENTRIES
            && self.dict.keys().all(|m| m.len() <= MAX_LISTPACK_VALUE)
        {
            self.big = false;
            // Listpack scores are text: -0 becomes 0.
            let negzero: Vec<Vec<u8>> = self
                .dict
                .iter()
                .filter(|(_, s)| **s == 0.0 && s.is_sign_negative())
                .map(|(m, _)| m.clone())
                .collect();
            for m in negzero {
                self.remove(&m);
                self.insert(m, 0.0);
            }
        }
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.dict.len()
    }

    /// True if empty.
    pub fn is_empty(&self) -> bool {
        self.dict.is_empty()
    }

    /// The score of a member.
    pub fn score(&self, member: &[u8]) -> Option<f64> {
        self.dict.get(member).copied()
    }

    fn node(&self, i: usize) -> &Node {
        self.nodes.get(i).unwrap_or(&DUMMY)
    }

    fn size(&self, i: usize) -> usize {
        self.node(i).size
    }

    fn update(&mut self, i: usize) {
        let n = self.node(i);
        let s = self.size(n.left) + self.size(n.right) + 1;
        if let Some(n) = self.nodes.get_mut(i) {
            n.size = s;
        }
    }

    fn set_left(&mut self, i: usize, c: usize) {
        if let Some(n) = self.nodes.get_mut(i) {
            n.left = c;
        }
    }

    fn set_right(&mut self, i: usize, c: usize) {
        if let Some(n) = self.nodes.get_mut(i) {
            n.right = c;
        }
    }

    fn next_prio(&mut self) -> u64 {
        let mut x = self.seed;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.seed = x;
        x
    }

    /// Splits `t` into (nodes with `go_left`, the rest); `go_left` must be monotone.
    fn split(&mut self, t: usize, go_left: &dyn Fn(&Node) -> bool) -> (usize, usize) {
        if t == NIL {
            return (NIL, NIL);
        }
        let n = self.node(t);
        if go_left(n) {
            let r = n.right;
            let (a, b) = self.split(r, go_left);
            self.set_right(t, a);
            self.update(t);
            (t, b)
        } else {
            let l = n.left;
            let (a, b) = self.split(l, go_left);
            self.set_left(t, b);
            self.update(t);
            (a, t)
        }
    }

    /// Splits off the first `k` nodes.
    fn split_rank(&mut self, t: usize, k: usize) -> (usize, usize) {
        if t == NIL {
            return (NIL, NIL);
        }
        let n = self.node(t);
        let (l, r) = (n.left, n.right);
        let ls = self.size(l);
        if k <= ls {
            let (a, b) = self.split_rank(l, k);
            self.set_left(t, b);
            self.update(t);
            (a, t)
        } else {
            let (a, b) = self.split_rank(r, k - ls - 1);
            self.set_right(t, a);
            self.update(t);
            (t, b)
        }
    }

    fn merge(&mut self, a: usize, b: usize) -> usize {
        if a == NIL {
            return b;
        }
        if b == NIL {
            return a;
        }
        if self.node(a).prio > self.node(b).prio {
            let ar = self.node(a).right;
            let m = self.merge(ar, b);
            self.set_right(a, m);
            self.update(a);
            a
        } else {
            let bl = self.node(b).left;
            let m = self.merge(a, bl);
            self.set_left(b, m);
            self.update(b);
            b
        }
    }

    fn alloc(&mut self, member: Vec<u8>, score: f64) -> usize {
        let prio = self.next_prio();
        let node = Node {
            member,
            score,
            prio,
            left: NIL,
            right: NIL,
            size: 1,
        };
        if let Some(i) = self.free.pop() {
            if let Some(slot) = self.nodes.get_mut(i) {
                *slot = node;
                return i;
            }
        }
        self.nodes.push(node);
        self.nodes.len() - 1
    }

    fn tree_insert(&mut self, member: Vec<u8>, score: f64) {
        let (l, r) = {
            let m = member.clone();
            let root = self.root;
            self.split(root, &move |n: &Node| {
                key_less(n.score, &n.member, score, &m)
            })
        };
        let x = self.alloc(member, score);
        let lx = self.merge(l, x);
        self.root = self.merge(lx, r);
    }

    fn tree_remove(&mut self, member: &[u8], score: f64) {
        let root = self.root;
        let (l, r) = self.split(root, &|n: &Node| {
            key_less(n.score, &n.member, score, member)
        });
        let (mid, r2) = self.split_rank(r, 1);
        if mid != NIL {
            if let Some(n) = self.nodes.get_mut(mid) {
                n.member = Vec::new();
                n.left = NIL;
                n.right = NIL;
            }
            self.free.push(mid);
        }
        self.root = self.merge(l, r2);
    }

    /// Adds a member or updates its score. Returns true if the member is new.
    pub fn insert(&mut self, member: Vec<u8>, score: f64) -> bool {
        let exists = self.dict.contains_key(&member);
        if member.len() > MAX_LISTPACK_VALUE
            || (!exists && self.dict.len() + 1 > MAX_LISTPACK_ENTRIES)
        {
            self.big = true;
        }
        // A listpack stores scores as text where -0 is printed as 0.
        let score = if !self.big && score == 0.0 {
            0.0
        } else {
            score
        };
        match self.dict.get(&member).copied() {
            Some(old) => {
                if old != score {
                    self.tree_remove(&member, old);
                    self.dict.insert(member.clone(), score);
                    self.tree_insert(member, score);
                }
                false
            }
            None => {
                self.dict.insert(member.clone(), score);
                self.tree_insert(member, score);
                true
            }
        }
    }

    /// Removes a member. Returns true if it was present.
    pub fn remove(&mut self, member: &[u8]) -> bool {
        match self.dict.remove(member) {
            Some(score) => {
                self.tree_remove(member, score);
                if self.dict.is_empty() {
                    self.nodes.clear();
                    self.free.clear();
                    self.root = NIL;
                }
                true
            }
            None => false,
        }
    }

    /// Number of elements for which the monotone predicate `before` holds (a prefix).
    fn count_prefix(&self, before: &dyn Fn(&Node) -> bool) -> usize {
        let mut t = self.root;
        let mut c = 0usize;
        while t != NIL {
            let n = self.node(t);
            if before(n) {
                c += self.size(n.left) + 1;
                t = n.right;
            } else {
                t = n.left;
            }
        }
        c
    }

    /// 0-based rank of a member in ascending order.
    pub fn rank(&self, member: &[u8]) -> Option<usize> {
        let score = self.score(member)?;
        Some(self.count_prefix(&|n: &Node| key_less(n.score, &n.member, score, member)))
    }

    /// 0-based rank of a member in descending order.
    pub fn rev_rank(&self, member: &[u8]) -> Option<usize> {
        self.rank(member).map(|r| self.len() - 1 - r)
    }

    /// Iterates in ascending (`rev = false`) or descending order starting `skip` elements
    /// from that end.
    pub fn iter_from(&self, skip: usize, rev: bool) -> ZIter<'_> {
        let mut stack = Vec::new();
        let mut t = self.root;
        let mut k = skip;
        while t != NIL {
            let n = self.node(t);
            let (first, second) = if rev {
                (n.right, n.left)
            } else {
                (n.left, n.right)
            };
            let fs = self.size(first);
            match k.cmp(&fs) {
                Ordering::Less => {
                    stack.push(t);
                    t = first;
                }
                Ordering::Equal => {
                    stack.push(t);
                    break;
                }
                Ordering::Greater => {
                    k -= fs + 1;
                    t = second;
                }
            }
        }
        ZIter {
            zs: self,
            stack,
            rev,
        }
    }

    /// Every (member, score) in ascending order.
    pub fn iter(&self) -> ZIter<'_> {
        self.iter_from(0, false)
    }

    /// Ascending ranks `[lo, hi)` of the members inside a score range.
    pub fn score_bounds(&self, r: &ScoreRange) -> (usize, usize) {
        let (min, minex, max, maxex) = (r.min, r.minex, r.max, r.maxex);
        let lo = self.count_prefix(&|n: &Node| n.score < min || (minex && n.score == min));
        let hi = self.count_prefix(&|n: &Node| n.score < max || (!maxex && n.score == max));
        (lo, hi.max(lo))
    }

    /// Ascending ranks `[lo, hi)` of the members inside a lexicographic range.
    pub fn lex_bounds(&self, r: &LexRange) -> (usize, usize) {
        let below = |b: &LexBound, lower: bool| -> usize {
            match b {
                LexBound::NegInf => 0,
                LexBound::PosInf => self.len(),
                LexBound::Incl(x) => {
                    if lower {
                        self.count_prefix(&|n: &Node| n.member.as_slice() < x.as_slice())
                    } else {
                        self.count_prefix(&|n: &Node| n.member.as_slice() <= x.as_slice())
                    }
                }
                LexBound::Excl(x) => {
                    if lower {
                        self.count_prefix(&|n: &Node| n.member.as_slice() <= x.as_slice())
                    } else {
                        self.count_prefix(&|n: &Node| n.member.as_slice() < x.as_slice())
                    }
                }
            }
        };
        let lo = below(&r.min, true);
        let hi = below(&r.max, false);
        (lo, hi.max(lo))
    }

    /// Redis's `zslIsInLexRange`: false when the range is empty by construction, or the
    /// last member is below min, or the first member is above max.
    pub fn lex_precheck(&self, r: &LexRange) -> bool {
        if r.always_empty() {
            return false;
        }
        let first = self.iter_from(0, false).next();
        let last = self.iter_from(0, true).next();
        match (first, last) {
            (Some((f, _)), Some((l, _))) => r.gte_min(l) && r.lte_max(f),
            _ => false,
        }
    }

    /// Ascending ranks `[lo, hi)` a lexicographic range selects when walked forward
    /// (`rev = false`: ZRANGEBYLEX, ZLEXCOUNT, ZREMRANGEBYLEX) or backward (ZREVRANGEBYLEX).
    /// For a listpack this reproduces Redis's linear walk exactly, which matters when the
    /// scores differ (the members are then not sorted): start at the first member >= min
    /// (last member <= max going backward) and stop at the first one outside the range.
    pub fn lex_window(&self, r: &LexRange, rev: bool) -> (usize, usize) {
        if self.big {
            return self.lex_bounds(r);
        }
        if !self.lex_precheck(r) {
            return (0, 0);
        }
        let gte_min = |m: &[u8]| r.gte_min(m);
        let lte_max = |m: &[u8]| r.lte_max(m);
        let items: Vec<&[u8]> = self.iter().map(|(m, _)| m).collect();
        let n = items.len();
        if !rev {
            let Some(lo) = items.iter().position(|m| gte_min(m)) else {
                return (0, 0);
            };
            if !items.get(lo).is_some_and(|m| lte_max(m)) {
                return (0, 0);
            }
            let hi = items
                .iter()
                .skip(lo)
                .position(|m| !lte_max(m))
                .map(|p| lo + p)
                .unwrap_or(n);
            (lo, hi)
        } else {
            let Some(last) = items.iter().rposition(|m| lte_max(m)) else {
                return (0, 0);
            };
            if !items.get(last).is_some_and(|m| gte_min(m)) {
                return (0, 0);
            }
            let lo = items
                .get(..=last)
                .unwrap_or_default()
                .iter()
                .rposition(|m| !gte_min(m))
                .map(|p| p + 1)
                .unwrap_or(0);
            (lo, last + 1)
        }
    }

    /// Removes the members with ascending ranks `[lo, hi)`; returns how many were removed.
    pub fn remove_rank_range(&mut self, lo: usize, hi: usize) -> usize {
        let hi = hi.min(self.len());
        if lo >= hi {
            return 0;
        }
        let root = self.root;
        let (l, rest) = self.split_rank(root, lo);
        let (mid, r) = self.split_rank(rest, hi - lo);
        // Collect the middle tree's nodes.
        let mut stack = vec![mid];
        let mut removed = 0;
        while let Some(t) = stack.pop() {
            if t == NIL {
                continue;
            }
            let (member, left, right) = match self.nodes.get_mut(t) {
                Some(n) => (std::mem::take(&mut n.member), n.left, n.right),
                None => continue,
            };
            self.dict.remove(&member);
            self.free.push(t);
            removed += 1;
            stack.push(left);
            stack.push(right);
        }
        self.root = self.merge(l, r);
        if self.dict.is_empty() {
            self.nodes.clear();
            self.free.clear();
            self.root = NIL;
        }
        removed
    }

    /// Removes and returns the lowest (`max = false`) or highest member.
    pub fn pop(&mut self, max: bool) -> Option<(Vec<u8>, f64)> {
        let (m, s) = {
            let mut it = self.iter_from(0, max);
            let (m, s) = it.next()?;
            (m.to_vec(), s)
        };
        self.remove(&m);
        Some((m, s))
    }

    /// Members in hash order (for random picks and SCAN); not sorted.
    pub fn members(&self) -> impl Iterator<Item = (&Vec<u8>, f64)> {
        self.dict.iter().map(|(k, v)| (k, *v))
    }

    /// The member at ascending rank `i`.
    pub fn at_rank(&self, i: usize) -> Option<(&[u8], f64)> {
        self.iter_from(i, false).next()
    }
}

/// In-order iterator over a [`ZSet`].
pub struct ZIter<'a> {
    zs: &'a ZSet,
    stack: Vec<usize>,
    rev: bool,
}

impl<'a> Iterator for ZIter<'a> {
    type Item = (&'a [u8], f64);

    fn next(&mut self) -> Option<Self::Item> {
        let t = self.stack.pop()?;
        let zs = self.zs;
        let n = zs.node(t);
        let mut c = if self.rev { n.left } else { n.right };
        while c != NIL {
            self.stack.push(c);
            let cn = zs.node(c);
            c = if self.rev { cn.right } else { cn.left };
        }
        Some((n.member.as_slice(), n.score))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Prng(u64);
    impl Prng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
    }

    fn model_sorted(m: &[(Vec<u8>, f64)]) -> Vec<(Vec<u8>, f64)> {
        let mut v = m.to_vec();
        v.sort_by(|a, b| {
            a.1.partial_cmp(&b.1)
                .unwrap_or(Ordering::Equal)
                .then_with(|| a.0.cmp(&b.0))
        });
        v
    }

    #[test]
    fn property_against_sorted_vec() {
        let mut rng = Prng(12345);
        let mut z = ZSet::new();
        let mut model: Vec<(Vec<u8>, f64)> = Vec::new();
        for step in 0..6000 {
            let op = rng.next() % 10;
            let member = format!("m{}", rng.next() % 300).into_bytes();
            let score = (rng.next() % 50) as f64 / 2.0 - 5.0;
            if op < 6 {
                let new = z.insert(member.clone(), score);
                let pos = model.iter().position(|(m, _)| *m == member);
                assert_eq!(new, pos.is_none());
                match pos {
                    Some(p) => model[p].1 = score,
                    None => model.push((member, score)),
                }
            } else if op < 8 {
                let had = z.remove(&member);
                let pos = model.iter().position(|(m, _)| *m == member);
                assert_eq!(had, pos.is_some());
                if let Some(p) = pos {
                    model.remove(p);
                }
            } else if op < 9 {
                let sorted = model_sorted(&model);
                if !sorted.is_empty() {
                    let lo = (rng.next() as usize) % sorted.len();
                    let hi = lo + (rng.next() as usize) % (sorted.len() - lo + 1);
                    assert_eq!(z.remove_rank_range(lo, hi), hi - lo);
                    let dead: Vec<Vec<u8>> =
                        sorted[lo..hi].iter().map(|(m, _)| m.clone()).collect();
                    model.retain(|(m, _)| !dead.contains(m));
                }
            } else {
                let (m, s) = (member, score);
                let _ = z.pop(s > 0.0).map(|(pm, _)| {
                    model.retain(|(x, _)| *x != pm);
                });
                let _ = m;
            }
            if step % 50 == 0 {
                let sorted = model_sorted(&model);
                assert_eq!(z.len(), sorted.len());
                let got: Vec<(Vec<u8>, f64)> = z.iter().map(|(m, s)| (m.to_vec(), s)).collect();
                assert_eq!(got, sorted);
                let rev: Vec<(Vec<u8>, f64)> =
                    z.iter_from(0, true).map(|(m, s)| (m.to_vec(), s)).collect();
                let mut sr = sorted.clone();
                sr.reverse();
                assert_eq!(rev, sr);
                for (i, (m, s)) in sorted.iter().enumerate() {
                    assert_eq!(z.rank(m), Some(i));
                    assert_eq!(z.score(m), Some(*s));
                    let first = z.iter_from(i, false).next().map(|(m, _)| m.to_vec());
                    assert_eq!(first.as_ref(), Some(m));
                    let rfirst = z.iter_from(i, true).next().map(|(m, _)| m.to_vec());
                    assert_eq!(rfirst.as_ref(), Some(&sr[i].0));
                }
                let min = (rng.next() % 30) as f64 / 2.0 - 6.0;
                let max = min + (rng.next() % 10) as f64;
                let (minex, maxex) = (rng.next() & 1 == 0, rng.next() & 1 == 0);
                let r = ScoreRange {
                    min,
                    minex,
                    max,
                    maxex,
                };
                let (lo, hi) = z.score_bounds(&r);
                let want: Vec<usize> = sorted
                    .iter()
                    .enumerate()
                    .filter(|(_, (_, s))| {
                        (if minex { *s > min } else { *s >= min })
                            && (if maxex { *s < max } else { *s <= max })
                    })
                    .map(|(i, _)| i)
                    .collect();
                if want.is_empty() {
                    assert_eq!(lo, hi);
                } else {
                    assert_eq!((lo, hi), (want[0], want[want.len() - 1] + 1));
                }
            }
        }
    }

    #[test]
    fn lex_ranges() {
        let mut z = ZSet::new();
        for m in ["a", "b", "c", "d", "e"] {
            z.insert(m.as_bytes().to_vec(), 0.0);
        }
        let r = LexRange {
            min: LexBound::Incl(b"b".to_vec()),
            max: LexBound::Excl(b"e".to_vec()),
        };
        assert_eq!(z.lex_bounds(&r), (1, 4));
        let r = LexRange {
            min: LexBound::NegInf,
            max: LexBound::PosInf,
        };
        assert_eq!(z.lex_bounds(&r), (0, 5));
        let r = LexRange {
            min: LexBound::Excl(b"d".to_vec()),
            max: LexBound::Incl(b"b".to_vec()),
        };
        let (lo, hi) = z.lex_bounds(&r);
        assert_eq!(lo, hi);
    }

    #[test]
    fn encoding_converts() {
        let mut z = ZSet::new();
        for i in 0..128 {
            z.insert(format!("{i}").into_bytes(), i as f64);
        }
        assert_eq!(z.encoding(), "listpack");
        z.insert(b"x".to_vec(), 1.0);
        assert_eq!(z.encoding(), "skiplist");
        z.remove(b"x");
        assert_eq!(z.encoding(), "skiplist");
    }
}
