//! The command table. Each family file declares its commands as data ([`CommandSpec`]):
//! name, arity, flags, key positions, docs and handler. Dispatch, the script permission
//! checks, COMMAND, the console's hints and HELP all read this table.

/// Defines a command handler `$name` from `$imp: fn(&mut Ctx) -> Result<Reply, Reply>`,
/// where `Err` carries the error reply.
macro_rules! wrap {
    ($name:ident, $imp:ident) => {
        fn $name(ctx: &mut Ctx) -> Reply {
            match $imp(ctx) {
                Ok(r) => r,
                Err(e) => e,
            }
        }
    };
}

pub mod hashes;
pub mod keys;
pub mod lists;
pub mod scripting;
pub mod server;
pub mod sets;
pub mod streams;
pub mod strings;
pub mod zsets;

use std::sync::OnceLock;

use crate::resp::Reply;
use crate::state::Ctx;

/// Command flags (a bit set), named as COMMAND INFO reports them.
pub mod flags {
    /// May modify the keyspace.
    pub const WRITE: u32 = 1 << 0;
    /// Never modifies the keyspace.
    pub const READONLY: u32 = 1 << 1;
    /// May grow memory: refused under OOM.
    pub const DENYOOM: u32 = 1 << 2;
    /// Administrative.
    pub const ADMIN: u32 = 1 << 3;
    /// Pub/sub related.
    pub const PUBSUB: u32 = 1 << 4;
    /// Not allowed from scripts.
    pub const NOSCRIPT: u32 = 1 << 5;
    /// May block the client.
    pub const BLOCKING: u32 = 1 << 6;
    /// Allowed while loading.
    pub const LOADING: u32 = 1 << 7;
    /// Allowed on a stale replica.
    pub const STALE: u32 = 1 << 8;
    /// Not shown in MONITOR.
    pub const SKIP_MONITOR: u32 = 1 << 9;
    /// Not shown in SLOWLOG.
    pub const SKIP_SLOWLOG: u32 = 1 << 10;
    /// O(1) or O(log n).
    pub const FAST: u32 = 1 << 11;
    /// Allowed before AUTH.
    pub const NO_AUTH: u32 = 1 << 12;
    /// May replicate even if read-only.
    pub const MAY_REPLICATE: u32 = 1 << 13;
    /// Not allowed inside MULTI.
    pub const NO_MULTI: u32 = 1 << 14;
    /// Allowed while a script is busy.
    pub const ALLOW_BUSY: u32 = 1 << 15;
    /// Key arguments are optional.
    pub const NO_MANDATORY_KEYS: u32 = 1 << 16;
    /// Keys are found by parsing arguments (numkeys, ...).
    pub const MOVABLEKEYS: u32 = 1 << 17;
    /// Not allowed during async loading.
    pub const NO_ASYNC_LOADING: u32 = 1 << 18;

    /// Names in COMMAND INFO order.
    pub const NAMES: &[(u32, &str)] = &[
        (WRITE, "write"),
        (READONLY, "readonly"),
        (DENYOOM, "denyoom"),
        (ADMIN, "admin"),
        (PUBSUB, "pubsub"),
        (NOSCRIPT, "noscript"),
        (BLOCKING, "blocking"),
        (LOADING, "loading"),
        (STALE, "stale"),
        (SKIP_MONITOR, "skip_monitor"),
        (SKIP_SLOWLOG, "skip_slowlog"),
        (FAST, "fast"),
        (NO_AUTH, "no_auth"),
        (MAY_REPLICATE, "may_replicate"),
        (NO_MANDATORY_KEYS, "no_mandatory_keys"),
        (NO_ASYNC_LOADING, "no_async_loading"),
        (NO_MULTI, "no_multi"),
        (MOVABLEKEYS, "movablekeys"),
        (ALLOW_BUSY, "allow_busy"),
    ];
}

/// Where a command's key arguments are.
#[derive(Clone, Copy, Debug)]
pub enum Keys {
    /// No keys.
    None,
    /// Legacy range: first, last (negative counts from the end), step.
    Range(i32, i32, i32),
    /// `numkeys` at argument index `at`, keys start at `at + 1` (EVAL, FCALL, ZUNIONSTORE dest comes
    /// first: use `first_extra` for keys before numkeys).
    NumKeys {
        /// Index of the numkeys argument.
        at: usize,
        /// Keys before numkeys (e.g. ZUNIONSTORE's destination at index 1).
        first_extra: Option<usize>,
    },
    /// Custom extractor returning key argument indexes.
    Custom(fn(&[Vec<u8>]) -> Vec<usize>),
}

/// How a command is executed.
#[derive(Clone, Copy)]
pub enum Handler {
    /// A data/server command running against the core keyspace.
    Core(fn(&mut Ctx) -> Reply),
    /// Handled by the engine itself (scripting, functions, transactions, connection state).
    Engine,
    /// A container whose subcommands carry the handlers.
    Container,
}

impl std::fmt::Debug for Handler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Handler::Core(_) => "Core",
            Handler::Engine => "Engine",
            Handler::Container => "Container",
        })
    }
}

/// One command (or subcommand) of the table.
#[derive(Clone, Copy, Debug)]
pub struct CommandSpec {
    /// Lowercase name (`get`; a subcommand is named without its container: `load`).
    pub name: &'static str,
    /// Redis arity: N exact, -N at least N (the name counts).
    pub arity: i32,
    /// [`flags`] bits.
    pub flags: u32,
    /// ACL categories without the `@` (e.g. `&["write", "string", "slow"]`).
    pub acl: &'static [&'static str],
    /// Key positions.
    pub keys: Keys,
    /// Group for COMMAND DOCS / HELP (`string`, `scripting`, ...).
    pub group: &'static str,
    /// One-line summary.
    pub summary: &'static str,
    /// Redis version it appeared in.
    pub since: &'static str,
    /// Argument syntax as redis-cli shows in hints (`key value [NX|XX] ...`).
    pub syntax: &'static str,
    /// Execution.
    pub handler: Handler,
    /// Subcommands of a container command.
    pub subcommands: &'static [CommandSpec],
}

impl CommandSpec {
    /// A spec with defaults, for `..CommandSpec::DEFAULT` in tables.
    pub const DEFAULT: CommandSpec = CommandSpec {
        name: "",
        arity: 1,
        flags: 0,
        acl: &[],
        keys: Keys::None,
        group: "generic",
        summary: "",
        since: "1.0.0",
        syntax: "",
        handler: Handler::Engine,
        subcommands: &[],
    };

    /// True if `flag` is set.
    pub fn has(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }

    /// Finds a subcommand by (case-insensitive) name.
    pub fn subcommand(&self, name: &[u8]) -> Option<&'static CommandSpec> {
        self.subcommands
            .iter()
            .find(|s| s.name.as_bytes().eq_ignore_ascii_case(name))
    }

    /// Checks arity against an argument count (including the name).
    pub fn arity_ok(&self, argc: usize) -> bool {
        let argc = i64::try_from(argc).unwrap_or(i64::MAX);
        let a = i64::from(self.arity);
        if a >= 0 {
            argc == a
        } else {
            argc >= -a
        }
    }
}

/// The argument at `i`, empty if absent (arity was checked by dispatch).
pub(crate) fn arg_at(args: &[Vec<u8>], i: usize) -> &[u8] {
    args.get(i).map(|v| v.as_slice()).unwrap_or_default()
}

/// The lookup table over every family: every top-level command sorted by name, looked
/// up by binary search (O(log n), no hash map instantiated for it in the bundle).
pub struct CommandTable {
    all: Vec<&'static CommandSpec>,
}

impl CommandTable {
    fn build() -> CommandTable {
        let families: [&'static [CommandSpec]; 9] = [
            strings::COMMANDS,
            keys::COMMANDS,
            hashes::COMMANDS,
            lists::COMMANDS,
            sets::COMMANDS,
            zsets::COMMANDS,
            server::COMMANDS,
            scripting::COMMANDS,
            streams::COMMANDS,
        ];
        let mut all = Vec::new();
        for fam in families {
            for spec in fam {
                all.push(spec);
            }
        }
        crate::util::sort::sort_by_key(&mut all, |s| s.name);
        CommandTable { all }
    }

    /// Finds a top-level command by (case-insensitive) name.
    pub fn get(&self, name: &[u8]) -> Option<&'static CommandSpec> {
        // Lowercase into a stack buffer: this runs for every command.
        let mut buf = [0u8; 32];
        let dst = buf.get_mut(..name.len())?;
        for (d, c) in dst.iter_mut().zip(name) {
            *d = c.to_ascii_lowercase();
        }
        let i = self
            .all
            .binary_search_by(|s| s.name.as_bytes().cmp(dst))
            .ok()?;
        self.all.get(i).copied()
    }

    /// Every top-level command, sorted by name.
    pub fn all(&self) -> &[&'static CommandSpec] {
        &self.all
    }
}

/// The process-wide command table.
pub fn table() -> &'static CommandTable {
    static TABLE: OnceLock<CommandTable> = OnceLock::new();
    TABLE.get_or_init(CommandTable::build)
}

#[cfg(test)]
mod tests {
    use super::table;

    #[test]
    fn names_are_unique_and_found_in_any_case() {
        let all = table().all();
        assert!(all.len() > 200);
        for w in all.windows(2) {
            if let [a, b] = w {
                assert!(a.name < b.name, "{} / {}", a.name, b.name);
            }
        }
        for spec in all {
            let upper = spec.name.to_ascii_uppercase();
            assert_eq!(
                table().get(upper.as_bytes()).map(|s| s.name),
                Some(spec.name)
            );
        }
        assert!(table().get(b"nosuchcommand").is_none());
        assert!(table().get(b"").is_none());
        assert!(table().get(&[b'a'; 40]).is_none());
    }
}
