//! List values.

use std::collections::VecDeque;

/// A list of byte strings.
#[derive(Clone, Debug, Default)]
pub struct ListValue {
    /// The elements, head first.
    pub items: VecDeque<Vec<u8>>,
}

impl ListValue {
    /// OBJECT ENCODING name (Redis 7.0 uses quicklist for all lists).
    pub fn encoding(&self) -> &'static str {
        "quicklist"
    }
}
