//! Sorted set values: O(log n) insert, delete, rank and range.

/// A sorted set (placeholder; replaced by the order-statistics structure).
#[derive(Clone, Debug, Default)]
pub struct ZSet {}

impl ZSet {
    /// OBJECT ENCODING name.
    pub fn encoding(&self) -> &'static str {
        "listpack"
    }
}
