//! Scripting and functions commands: EVAL family, SCRIPT, FUNCTION, FCALL family.
//! All are executed by the engine itself (they need the Lua VMs and run control).

use super::flags::*;
use super::{CommandSpec, Handler, Keys};

const SCRIPTING: &[&str] = &["slow", "scripting"];
const WRITE_SCRIPTING: &[&str] = &["write", "slow", "scripting"];
const EVAL_KEYS: Keys = Keys::NumKeys {
    at: 2,
    first_extra: None,
};

const fn eval_like(
    name: &'static str,
    extra: u32,
    summary: &'static str,
    since: &'static str,
    syntax: &'static str,
) -> CommandSpec {
    CommandSpec {
        name,
        arity: -3,
        flags: NOSCRIPT | STALE | SKIP_MONITOR | NO_MANDATORY_KEYS | MOVABLEKEYS | extra,
        acl: SCRIPTING,
        keys: EVAL_KEYS,
        group: "scripting",
        summary,
        since,
        syntax,
        handler: Handler::Engine,
        subcommands: &[],
    }
}

const fn sub(
    name: &'static str,
    arity: i32,
    flags: u32,
    acl: &'static [&'static str],
    summary: &'static str,
    since: &'static str,
    syntax: &'static str,
) -> CommandSpec {
    CommandSpec {
        name,
        arity,
        flags,
        acl,
        keys: Keys::None,
        group: "scripting",
        summary,
        since,
        syntax,
        handler: Handler::Engine,
        subcommands: &[],
    }
}

const SCRIPT_SUBS: &[CommandSpec] = &[
    sub(
        "debug",
        3,
        NOSCRIPT,
        SCRIPTING,
        "Sets the debug mode of server-side Lua scripts.",
        "3.2.0",
        "YES|SYNC|NO",
    ),
    sub(
        "exists",
        -3,
        NOSCRIPT,
        SCRIPTING,
        "Determines whether server-side Lua scripts exist in the script cache.",
        "2.6.0",
        "sha1 [sha1 ...]",
    ),
    sub(
        "flush",
        -2,
        NOSCRIPT,
        SCRIPTING,
        "Removes all server-side Lua scripts from the script cache.",
        "2.6.0",
        "[ASYNC|SYNC]",
    ),
    sub(
        "help",
        2,
        LOADING | STALE,
        SCRIPTING,
        "Returns helpful text about the different subcommands.",
        "5.0.0",
        "",
    ),
    sub(
        "kill",
        2,
        NOSCRIPT | ALLOW_BUSY,
        SCRIPTING,
        "Terminates a server-side Lua script during execution.",
        "2.6.0",
        "",
    ),
    sub(
        "load",
        3,
        NOSCRIPT | STALE,
        SCRIPTING,
        "Loads a server-side Lua script to the script cache.",
        "2.6.0",
        "script",
    ),
];

const FUNCTION_SUBS: &[CommandSpec] = &[
    sub(
        "delete",
        3,
        WRITE | NOSCRIPT,
        WRITE_SCRIPTING,
        "Deletes a library and its functions.",
        "7.0.0",
        "library-name",
    ),
    sub(
        "dump",
        2,
        NOSCRIPT,
        SCRIPTING,
        "Dumps all libraries into a serialized binary payload.",
        "7.0.0",
        "",
    ),
    sub(
        "flush",
        -2,
        WRITE | NOSCRIPT,
        WRITE_SCRIPTING,
        "Deletes all libraries and functions.",
        "7.0.0",
        "[ASYNC|SYNC]",
    ),
    sub(
        "help",
        2,
        LOADING | STALE,
        SCRIPTING,
        "Returns helpful text about the different subcommands.",
        "7.0.0",
        "",
    ),
    sub(
        "kill",
        2,
        NOSCRIPT | ALLOW_BUSY,
        SCRIPTING,
        "Terminates a function during execution.",
        "7.0.0",
        "",
    ),
    sub(
        "list",
        -2,
        NOSCRIPT,
        SCRIPTING,
        "Returns information about all libraries.",
        "7.0.0",
        "[LIBRARYNAME library-name-pattern] [WITHCODE]",
    ),
    sub(
        "load",
        -3,
        WRITE | DENYOOM | NOSCRIPT,
        WRITE_SCRIPTING,
        "Creates a library.",
        "7.0.0",
        "[REPLACE] function-code",
    ),
    sub(
        "restore",
        -3,
        WRITE | DENYOOM | NOSCRIPT,
        WRITE_SCRIPTING,
        "Restores all libraries from a payload.",
        "7.0.0",
        "serialized-value [FLUSH|APPEND|REPLACE]",
    ),
    sub(
        "stats",
        2,
        NOSCRIPT | ALLOW_BUSY,
        SCRIPTING,
        "Returns information about a function during execution.",
        "7.0.0",
        "",
    ),
];

/// The scripting family of the command table.
pub const COMMANDS: &[CommandSpec] = &[
    eval_like(
        "eval",
        0,
        "Executes a server-side Lua script.",
        "2.6.0",
        "script numkeys [key [key ...]] [arg [arg ...]]",
    ),
    eval_like(
        "evalsha",
        0,
        "Executes a server-side Lua script by SHA1 digest.",
        "2.6.0",
        "sha1 numkeys [key [key ...]] [arg [arg ...]]",
    ),
    eval_like(
        "eval_ro",
        READONLY,
        "Executes a read-only server-side Lua script.",
        "7.0.0",
        "script numkeys [key [key ...]] [arg [arg ...]]",
    ),
    eval_like(
        "evalsha_ro",
        READONLY,
        "Executes a read-only server-side Lua script by SHA1 digest.",
        "7.0.0",
        "sha1 numkeys [key [key ...]] [arg [arg ...]]",
    ),
    eval_like(
        "fcall",
        0,
        "Invokes a function.",
        "7.0.0",
        "function numkeys [key [key ...]] [arg [arg ...]]",
    ),
    eval_like(
        "fcall_ro",
        READONLY,
        "Invokes a read-only function.",
        "7.0.0",
        "function numkeys [key [key ...]] [arg [arg ...]]",
    ),
    CommandSpec {
        name: "script",
        arity: -2,
        acl: &["slow"],
        group: "scripting",
        summary: "A container for Lua scripts management commands.",
        since: "2.6.0",
        handler: Handler::Container,
        subcommands: SCRIPT_SUBS,
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "function",
        arity: -2,
        acl: &["slow"],
        group: "scripting",
        summary: "A container for function commands.",
        since: "7.0.0",
        handler: Handler::Container,
        subcommands: FUNCTION_SUBS,
        ..CommandSpec::DEFAULT
    },
];
