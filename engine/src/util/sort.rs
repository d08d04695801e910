//! One shared sort for the whole crate (and the browser app).
//!
//! `slice::sort_by` is generic over the element and the comparator, so every call site
//! instantiates the whole of std's driftsort/quicksort (several KB of wasm each). Here the
//! sorting itself runs once, on a vector of indexes with a `dyn` comparator, and only the
//! small permutation step is generic. Stable, O(n log n) comparisons, O(n) extra memory.

use std::cmp::Ordering;

/// The only instantiation of std's sort: indexes ordered by `cmp`.
#[inline(never)]
fn sort_indices(idx: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    idx.sort_by(|a, b| cmp(*a, *b));
}

/// Moves the elements of `v` so that position `k` holds the element that was at `idx[k]`
/// (`idx` is a permutation of `0..v.len()`; it is consumed as scratch).
fn permute<T>(v: &mut [T], idx: &mut [usize]) {
    let n = v.len().min(idx.len());
    for start in 0..n {
        let mut i = start;
        while let Some(slot) = idx.get_mut(i) {
            let j = *slot;
            *slot = i;
            if j == start || j == i || j >= n {
                break;
            }
            v.swap(i, j);
            i = j;
        }
    }
}

/// Stable sort of `v` by `cmp` (same result as `v.sort_by(cmp)`).
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut idx: Vec<usize> = (0..v.len()).collect();
    {
        let items: &[T] = v;
        sort_indices(&mut idx, &mut |a, b| match (items.get(a), items.get(b)) {
            (Some(x), Some(y)) => cmp(x, y),
            _ => Ordering::Equal,
        });
    }
    permute(v, &mut idx);
}

/// Stable sort of `v` by a key (same result as `v.sort_by_key(key)`).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)))
}

/// Sorts `v` ascending (same result as `v.sort()`).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, |a, b| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_std_and_is_stable() {
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for n in [0usize, 1, 2, 3, 7, 20, 100, 1000] {
            let mut v: Vec<(u8, usize)> = Vec::new();
            for i in 0..n {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                v.push(((seed % 7) as u8, i));
            }
            let mut ours = v.clone();
            let mut theirs = v.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            theirs.sort_by_key(|a| a.0);
            assert_eq!(ours, theirs);
            let mut k = v.clone();
            sort_by_key(&mut k, |p| std::cmp::Reverse(p.0));
            let mut k2 = v;
            k2.sort_by_key(|p| std::cmp::Reverse(p.0));
            assert_eq!(k, k2);
        }
        let mut s = vec![b"b".to_vec(), b"a".to_vec(), b"c".to_vec(), b"a".to_vec()];
        sort(&mut s);
        assert_eq!(
            s,
            vec![b"a".to_vec(), b"a".to_vec(), b"b".to_vec(), b"c".to_vec()]
        );
    }

    #[test]
    fn reversed_and_sorted_inputs() {
        let mut v: Vec<i64> = (0..500).rev().collect();
        sort(&mut v);
        assert!(v.windows(2).all(|w| w[0] <= w[1]));
        sort(&mut v);
        assert_eq!(v, (0..500).collect::<Vec<_>>());
    }
}
