//! Set values.

use indexmap::IndexSet;

/// A set of byte strings.
#[derive(Clone, Debug, Default)]
pub struct SetValue {
    /// The members.
    pub members: IndexSet<Vec<u8>>,
}

impl SetValue {
    /// OBJECT ENCODING name.
    pub fn encoding(&self) -> &'static str {
        if self.members.len() <= 512
            && self
                .members
                .iter()
                .all(|m| crate::util::parse_i64(m).is_some())
        {
            "intset"
        } else {
            "hashtable"
        }
    }
}
