//! The interface between the engine-independent function registry and a function engine
//! (Redis 7.0 has exactly one: `LUA`), modelled on Redis's `functions.c` engine struct.
//!
//! The registry parses the library metadata, keeps libraries and the function index, and
//! enforces every cross-library rule; the engine only compiles a library's code and reports
//! the functions it registered, each identified by an opaque `handle` the engine chooses.

/// Script flag `no-writes`.
pub const FLAG_NO_WRITES: u32 = 1 << 0;
/// Script flag `allow-oom`.
pub const FLAG_ALLOW_OOM: u32 = 1 << 1;
/// Script flag `allow-stale`.
pub const FLAG_ALLOW_STALE: u32 = 1 << 2;
/// Script flag `no-cluster`.
pub const FLAG_NO_CLUSTER: u32 = 1 << 3;
/// Internal flag Redis sets for EVAL scripts without a shebang (never set on functions).
pub const FLAG_EVAL_COMPAT_MODE: u32 = 1 << 4;
/// Script flag `allow-cross-slot-keys`.
pub const FLAG_ALLOW_CROSS_SLOT_KEYS: u32 = 1 << 5;

/// The user-visible script flags in the order Redis lists them (`scripts_flags_def`).
pub const SCRIPT_FLAGS: &[(&str, u32)] = &[
    ("no-writes", FLAG_NO_WRITES),
    ("allow-oom", FLAG_ALLOW_OOM),
    ("allow-stale", FLAG_ALLOW_STALE),
    ("no-cluster", FLAG_NO_CLUSTER),
    ("allow-cross-slot-keys", FLAG_ALLOW_CROSS_SLOT_KEYS),
];

/// Looks a flag name up, ASCII case-insensitively (Redis compares with `strcasecmp`).
pub fn flag_by_name(name: &[u8]) -> Option<u32> {
    SCRIPT_FLAGS
        .iter()
        .find(|(n, _)| n.as_bytes().eq_ignore_ascii_case(name))
        .map(|&(_, f)| f)
}

/// One function a library registered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FunctionInfo {
    /// The name as registered (case preserved; lookups are case-insensitive).
    pub name: Vec<u8>,
    /// The optional description.
    pub description: Option<Vec<u8>>,
    /// Bit set of the `FLAG_*` constants.
    pub flags: u32,
    /// The engine's handle for this function's callable.
    pub handle: u64,
}

/// A function engine (Redis's `engine` struct).
pub trait FunctionEngine {
    /// The engine name used in the shebang and in replies, e.g. `"LUA"`.
    fn name(&self) -> &'static str;
    /// Runs the library code in the load-time sandbox and returns the registered functions,
    /// or an error message text exactly as Redis shows it after "ERR "
    /// (e.g. "Error registering functions: ...").
    ///
    /// `code` is the library text after the shebang line, starting with the shebang's
    /// newline so that line numbers match the full text (as Redis passes it).
    /// The engine should validate each registration with [`check_new_function`].
    fn create(&mut self, library: &[u8], code: &[u8]) -> Result<Vec<FunctionInfo>, Vec<u8>>;
    /// The library owning these functions was dropped (or a load was rolled back).
    fn free(&mut self, handles: &[u64]);
    /// Memory the engine uses, in bytes.
    fn memory_used(&self) -> usize;
}

/// Error text for an invalid library or function name. Redis 7.0.15 uses the library wording
/// for function names too.
pub const INVALID_NAME: &str = "Library names can only contain letters, numbers, or underscores(_) and must be at least one character long";

/// Error text when a library registers the same function name twice (compared case-sensitively).
pub const DUPLICATE_IN_LIBRARY: &str = "Function already exists in the library";

/// True if `name` is non-empty and made only of ASCII letters, digits and `_`.
pub fn valid_name(name: &[u8]) -> bool {
    !name.is_empty() && name.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'_')
}

/// Validates a function the library code is registering, against the ones it already
/// registered during this load (Redis's `functionLibCreateFunction`). Returns the message
/// Redis raises in Lua (without the "ERR " prefix) on failure.
pub fn check_new_function(registered: &[FunctionInfo], name: &[u8]) -> Result<(), &'static str> {
    if !valid_name(name) {
        return Err(INVALID_NAME);
    }
    if registered.iter().any(|f| f.name == name) {
        return Err(DUPLICATE_IN_LIBRARY);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert!(valid_name(b"good_Name_123"));
        assert!(!valid_name(b""));
        assert!(!valid_name(b"bad-name"));
        assert!(!valid_name(b"bad.name"));
        assert!(!valid_name("é".as_bytes()));
    }

    #[test]
    fn new_function_checks() {
        let f = FunctionInfo {
            name: b"f".to_vec(),
            description: None,
            flags: 0,
            handle: 1,
        };
        assert_eq!(check_new_function(&[], b"f"), Ok(()));
        assert_eq!(
            check_new_function(std::slice::from_ref(&f), b"f"),
            Err(DUPLICATE_IN_LIBRARY)
        );
        // Case-sensitive within a library, as Redis's per-library dict is.
        assert_eq!(check_new_function(std::slice::from_ref(&f), b"F"), Ok(()));
        assert_eq!(check_new_function(&[], b"a b"), Err(INVALID_NAME));
    }

    #[test]
    fn flags_lookup() {
        assert_eq!(flag_by_name(b"no-writes"), Some(FLAG_NO_WRITES));
        assert_eq!(flag_by_name(b"NO-WRITES"), Some(FLAG_NO_WRITES));
        assert_eq!(flag_by_name(b"no-write"), None);
        assert_eq!(
            flag_by_name(b"allow-cross-slot-keys"),
            Some(FLAG_ALLOW_CROSS_SLOT_KEYS)
        );
    }
}
