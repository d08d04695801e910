//! The keyspace: 16 databases of binary-safe keys holding typed values, with expiry.
//!
//! Expiry is lazy (checked on access against the injected time) plus an active sweep the
//! host may trigger. The value types keep Redis's complexity guarantees.

pub mod db;
pub mod hash;
pub mod list;
pub mod set;
pub mod stream;
pub mod zset;

pub use db::Db;
pub use hash::HashValue;
pub use list::ListValue;
pub use set::SetValue;
pub use stream::{StreamId, StreamValue};
pub use zset::ZSet;

/// Number of databases, as Redis's default `databases 16`.
pub const NUM_DBS: usize = 16;

/// A value stored under a key.
#[derive(Clone, Debug)]
pub enum Value {
    /// String (binary-safe bytes).
    Str(Vec<u8>),
    /// Hash of field -> value.
    Hash(HashValue),
    /// List.
    List(ListValue),
    /// Set.
    Set(SetValue),
    /// Sorted set.
    ZSet(ZSet),
    /// Stream.
    Stream(StreamValue),
}

impl Value {
    /// The name TYPE reports.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Str(_) => "string",
            Value::Hash(_) => "hash",
            Value::List(_) => "list",
            Value::Set(_) => "set",
            Value::ZSet(_) => "zset",
            Value::Stream(_) => "stream",
        }
    }

    /// The encoding OBJECT ENCODING reports, following Redis 7.0's thresholds.
    pub fn encoding(&self) -> &'static str {
        match self {
            Value::Str(s) => crate::util::string_encoding(s),
            Value::Hash(h) => h.encoding(),
            Value::List(l) => l.encoding(),
            Value::Set(s) => s.encoding(),
            Value::ZSet(z) => z.encoding(),
            Value::Stream(_) => "stream",
        }
    }
}
