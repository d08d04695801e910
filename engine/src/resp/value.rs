//! [`Reply`]: one value of the RESP2/RESP3 protocol, as produced by commands.
//!
//! Commands build protocol-neutral replies; the encoder lowers RESP3-only types
//! (maps, sets, doubles, booleans, ...) to their RESP2 forms exactly as Redis does.

/// A reply of the RESP protocol family.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply {
    /// `+OK` style simple string.
    Status(Vec<u8>),
    /// `-ERR ...` error; the text includes its code prefix (`ERR`, `WRONGTYPE`, ...).
    Error(Vec<u8>),
    /// `:123`
    Int(i64),
    /// `$3\r\nfoo`
    Bulk(Vec<u8>),
    /// Null bulk string (`$-1`) in RESP2, `_` in RESP3.
    Nil,
    /// Null array (`*-1`) in RESP2, `_` in RESP3.
    NilArray,
    /// `*N`
    Array(Vec<Reply>),
    /// RESP3 map; a flat array in RESP2.
    Map(Vec<(Reply, Reply)>),
    /// RESP3 set; an array in RESP2.
    Set(Vec<Reply>),
    /// RESP3 double; a bulk string in RESP2.
    Double(f64),
    /// RESP3 boolean; `:1`/`:0` in RESP2.
    Bool(bool),
    /// RESP3 big number; a bulk string in RESP2.
    BigNumber(Vec<u8>),
    /// RESP3 verbatim string with its three-letter format; a bulk string in RESP2.
    Verbatim(Vec<u8>, Vec<u8>),
    /// RESP3 push message.
    Push(Vec<Reply>),
}

impl Reply {
    /// `+OK`
    pub fn ok() -> Reply {
        Reply::Status(b"OK".to_vec())
    }
    /// A simple string.
    pub fn status(s: impl AsRef<[u8]>) -> Reply {
        Reply::Status(s.as_ref().to_vec())
    }
    /// An error reply; `msg` must carry its code, e.g. `"ERR syntax error"`.
    pub fn err(msg: impl AsRef<[u8]>) -> Reply {
        Reply::Error(msg.as_ref().to_vec())
    }
    /// A bulk string.
    pub fn bulk(b: impl AsRef<[u8]>) -> Reply {
        Reply::Bulk(b.as_ref().to_vec())
    }
    /// An array of bulk strings.
    pub fn bulks<I, B>(items: I) -> Reply
    where
        I: IntoIterator<Item = B>,
        B: AsRef<[u8]>,
    {
        Reply::Array(items.into_iter().map(Reply::bulk).collect())
    }
    /// True for error replies.
    pub fn is_error(&self) -> bool {
        matches!(self, Reply::Error(_))
    }

    /// `ERR wrong number of arguments for 'name' command`
    pub fn wrong_arity(name: &str) -> Reply {
        Reply::err(format!(
            "ERR wrong number of arguments for '{}' command",
            name.to_ascii_lowercase()
        ))
    }
    /// `WRONGTYPE Operation against a key holding the wrong kind of value`
    pub fn wrongtype() -> Reply {
        Reply::err(WRONGTYPE)
    }
    /// `ERR syntax error`
    pub fn syntax() -> Reply {
        Reply::err(SYNTAX)
    }
    /// `ERR value is not an integer or out of range`
    pub fn not_int() -> Reply {
        Reply::err(NOT_INT)
    }
    /// `ERR value is not a valid float`
    pub fn not_float() -> Reply {
        Reply::err(NOT_FLOAT)
    }
}

/// WRONGTYPE error text.
pub const WRONGTYPE: &str = "WRONGTYPE Operation against a key holding the wrong kind of value";
/// Syntax error text.
pub const SYNTAX: &str = "ERR syntax error";
/// Integer parse error text.
pub const NOT_INT: &str = "ERR value is not an integer or out of range";
/// Float parse error text.
pub const NOT_FLOAT: &str = "ERR value is not a valid float";
/// No such key error text.
pub const NO_SUCH_KEY: &str = "ERR no such key";
/// Index out of range error text.
pub const OUT_OF_RANGE: &str = "ERR index out of range";
