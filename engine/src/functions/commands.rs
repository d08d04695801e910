//! The FUNCTION subcommands as plain functions returning [`Reply`], for the dispatcher to call
//! with the full argument vector (`args[0]` = `FUNCTION`, `args[1]` = the subcommand). Arity
//! has already been checked by the command table; the argument rules below are Redis 7.0.15's.
//!
//! FUNCTION KILL and FCALL need the script runner and live with the Lua side.

use super::dump::{self, PayloadLibraries};
use super::engine_api::{FunctionEngine, SCRIPT_FLAGS};
use super::registry::FunctionRegistry;
use crate::resp::Reply;
use crate::util::glob::glob_match;

fn err(msg: impl AsRef<[u8]>) -> Reply {
    let mut v = b"ERR ".to_vec();
    v.extend_from_slice(msg.as_ref());
    Reply::Error(v)
}

fn arg(args: &[Vec<u8>], i: usize) -> &[u8] {
    args.get(i).map(Vec::as_slice).unwrap_or_default()
}

/// Replaces CR/LF with spaces, as `addReplyErrorFormat` does.
fn sanitize(s: &[u8]) -> Vec<u8> {
    s.iter()
        .map(|&c| if c == b'\r' || c == b'\n' { b' ' } else { c })
        .collect()
}

/// `ERR unknown subcommand or wrong number of arguments for '<sub>'. Try FUNCTION HELP.`
fn subcommand_syntax_error(args: &[Vec<u8>]) -> Reply {
    let sub = arg(args, 1);
    let sub = sub.get(..sub.len().min(128)).unwrap_or_default();
    let mut m = b"ERR unknown subcommand or wrong number of arguments for '".to_vec();
    m.extend_from_slice(&sanitize(sub));
    m.extend_from_slice(b"'. Try ");
    m.extend_from_slice(&arg(args, 0).to_ascii_uppercase());
    m.extend_from_slice(b" HELP.");
    Reply::Error(m)
}

/// FUNCTION LOAD [REPLACE] code
pub fn load(
    reg: &mut FunctionRegistry,
    engine: &mut dyn FunctionEngine,
    args: &[Vec<u8>],
) -> Reply {
    let mut replace = false;
    let mut pos = 2usize;
    while pos + 1 < args.len() {
        let a = arg(args, pos);
        pos += 1;
        if a.eq_ignore_ascii_case(b"replace") {
            replace = true;
            continue;
        }
        let mut m = b"Unknown option given: ".to_vec();
        m.extend_from_slice(&sanitize(a));
        return err(m);
    }
    let Some(code) = args.get(pos) else {
        return err("Function code is missing");
    };
    match reg.load(engine, code, replace) {
        Ok(name) => Reply::Bulk(name),
        Err(e) => e,
    }
}

/// FUNCTION DELETE library
pub fn delete(
    reg: &mut FunctionRegistry,
    engine: &mut dyn FunctionEngine,
    args: &[Vec<u8>],
) -> Reply {
    if reg.delete(engine, arg(args, 2)) {
        Reply::ok()
    } else {
        err("Library not found")
    }
}

/// FUNCTION FLUSH [ASYNC|SYNC]
pub fn flush(
    reg: &mut FunctionRegistry,
    engine: &mut dyn FunctionEngine,
    args: &[Vec<u8>],
) -> Reply {
    if args.len() > 3 {
        return subcommand_syntax_error(args);
    }
    if args.len() == 3 {
        let mode = arg(args, 2);
        if !mode.eq_ignore_ascii_case(b"sync") && !mode.eq_ignore_ascii_case(b"async") {
            return err("FUNCTION FLUSH only supports SYNC|ASYNC option");
        }
    }
    reg.flush(engine);
    Reply::ok()
}

fn flags_reply(flags: u32) -> Reply {
    Reply::Set(
        SCRIPT_FLAGS
            .iter()
            .filter(|(_, bit)| flags & bit != 0)
            .map(|(name, _)| Reply::status(name))
            .collect(),
    )
}

/// FUNCTION LIST [LIBRARYNAME pattern] [WITHCODE]
pub fn list(reg: &FunctionRegistry, args: &[Vec<u8>]) -> Reply {
    let mut with_code = false;
    let mut pattern: Option<&[u8]> = None;
    let mut i = 2usize;
    while i < args.len() {
        let a = arg(args, i);
        if !with_code && a.eq_ignore_ascii_case(b"withcode") {
            with_code = true;
            i += 1;
            continue;
        }
        if pattern.is_none() && a.eq_ignore_ascii_case(b"libraryname") {
            if i + 1 >= args.len() {
                return err("library name argument was not given");
            }
            pattern = Some(arg(args, i + 1));
            i += 2;
            continue;
        }
        // sdscatfmt("%s") stops at a NUL; addReplyErrorSds does not strip newlines, but a
        // raw newline would corrupt the protocol, so we do.
        let end = a.iter().position(|&c| c == 0).unwrap_or(a.len());
        let mut m = b"Unknown argument ".to_vec();
        m.extend_from_slice(&sanitize(a.get(..end).unwrap_or_default()));
        return err(m);
    }
    let mut out = Vec::new();
    for lib in reg.libraries() {
        if let Some(p) = pattern {
            if !glob_match(p, &lib.name, true) {
                continue;
            }
        }
        let functions = lib
            .functions
            .iter()
            .map(|f| {
                Reply::Map(vec![
                    (Reply::bulk("name"), Reply::Bulk(f.name.clone())),
                    (
                        Reply::bulk("description"),
                        f.description.clone().map_or(Reply::Nil, Reply::Bulk),
                    ),
                    (Reply::bulk("flags"), flags_reply(f.flags)),
                ])
            })
            .collect();
        let mut map = vec![
            (Reply::bulk("library_name"), Reply::Bulk(lib.name.clone())),
            (Reply::bulk("engine"), Reply::bulk(lib.engine)),
            (Reply::bulk("functions"), Reply::Array(functions)),
        ];
        if with_code {
            map.push((Reply::bulk("library_code"), Reply::Bulk(lib.code.clone())));
        }
        out.push(Reply::Map(map));
    }
    Reply::Array(out)
}

/// The script FUNCTION STATS reports as running.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunningScript {
    /// Function name.
    pub name: Vec<u8>,
    /// The FCALL command's arguments.
    pub command: Vec<Vec<u8>>,
    /// Milliseconds it has been running.
    pub duration_ms: i64,
}

/// FUNCTION STATS. The caller answers BUSY itself when an EVAL script is running (Redis
/// replies with the slow-eval error then); `running` is the function being run, if any.
pub fn stats(reg: &FunctionRegistry, running: Option<&RunningScript>) -> Reply {
    let running = match running {
        None => Reply::Nil,
        Some(r) => Reply::Map(vec![
            (Reply::bulk("name"), Reply::Bulk(r.name.clone())),
            (Reply::bulk("command"), Reply::bulks(r.command.iter())),
            (Reply::bulk("duration_ms"), Reply::Int(r.duration_ms)),
        ]),
    };
    let engines = reg
        .engine_names()
        .iter()
        .map(|&e| {
            let (mut libs, mut funcs) = (0i64, 0i64);
            for lib in reg.libraries().filter(|l| l.engine.eq_ignore_ascii_case(e)) {
                libs += 1;
                funcs =
                    funcs.saturating_add(i64::try_from(lib.functions.len()).unwrap_or(i64::MAX));
            }
            (
                Reply::bulk(e),
                Reply::Map(vec![
                    (Reply::bulk("libraries_count"), Reply::Int(libs)),
                    (Reply::bulk("functions_count"), Reply::Int(funcs)),
                ]),
            )
        })
        .collect();
    Reply::Map(vec![
        (Reply::bulk("running_script"), running),
        (Reply::bulk("engines"), Reply::Map(engines)),
    ])
}

/// FUNCTION DUMP
pub fn dump(reg: &FunctionRegistry) -> Reply {
    Reply::Bulk(dump::dump(reg))
}

/// FUNCTION RESTORE payload [FLUSH|APPEND|REPLACE]
pub fn restore(
    reg: &mut FunctionRegistry,
    engine: &mut dyn FunctionEngine,
    args: &[Vec<u8>],
) -> Reply {
    if args.len() > 4 {
        return subcommand_syntax_error(args);
    }
    #[derive(PartialEq)]
    enum Policy {
        Flush,
        Append,
        Replace,
    }
    let policy = match args.get(3) {
        None => Policy::Append,
        Some(p) if p.eq_ignore_ascii_case(b"append") => Policy::Append,
        Some(p) if p.eq_ignore_ascii_case(b"replace") => Policy::Replace,
        Some(p) if p.eq_ignore_ascii_case(b"flush") => Policy::Flush,
        Some(_) => {
            return err(
                "Wrong restore policy given, value should be either FLUSH, APPEND or REPLACE.",
            )
        }
    };
    let libs = match PayloadLibraries::new(arg(args, 2)) {
        Ok(l) => l,
        Err(e) => return err(e),
    };
    // Parse and create one library at a time into a fresh registry, as Redis does.
    let mut fresh = FunctionRegistry::with_engines(reg.engine_names());
    for text in libs {
        let created = text.and_then(|t| {
            fresh
                .load(engine, &t, false)
                .map(|_| ())
                .map_err(|e| match e {
                    Reply::Error(m) => m.get(4..).unwrap_or_default().to_vec(),
                    _ => Vec::new(),
                })
        });
        if let Err(e) = created {
            fresh.flush(engine);
            return err(e);
        }
    }
    if policy == Policy::Flush {
        reg.swap_in(engine, fresh);
        return Reply::ok();
    }
    match reg.join(engine, fresh, policy == Policy::Replace) {
        Ok(()) => Reply::ok(),
        Err(e) => err(e),
    }
}

/// FUNCTION HELP
pub fn help() -> Reply {
    const LINES: &[&str] = &[
        "FUNCTION <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
        "LOAD [REPLACE] <FUNCTION CODE>",
        "    Create a new library with the given library name and code.",
        "DELETE <LIBRARY NAME>",
        "    Delete the given library.",
        "LIST [LIBRARYNAME PATTERN] [WITHCODE]",
        "    Return general information on all the libraries:",
        "    * Library name",
        "    * The engine used to run the Library",
        "    * Library description",
        "    * Functions list",
        "    * Library code (if WITHCODE is given)",
        "    It also possible to get only function that matches a pattern using LIBRARYNAME argument.",
        "STATS",
        "    Return information about the current function running:",
        "    * Function name",
        "    * Command used to run the function",
        "    * Duration in MS that the function is running",
        "    If no function is running, return nil",
        "    In addition, returns a list of available engines.",
        "KILL",
        "    Kill the current running function.",
        "FLUSH [ASYNC|SYNC]",
        "    Delete all the libraries.",
        "    When called without the optional mode argument, the behavior is determined by the",
        "    lazyfree-lazy-user-flush configuration directive. Valid modes are:",
        "    * ASYNC: Asynchronously flush the libraries.",
        "    * SYNC: Synchronously flush the libraries.",
        "DUMP",
        "    Return a serialized payload representing the current libraries, can be restored using FUNCTION RESTORE command",
        "RESTORE <PAYLOAD> [FLUSH|APPEND|REPLACE]",
        "    Restore the libraries represented by the given payload, it is possible to give a restore policy to",
        "    control how to handle existing libraries (default APPEND):",
        "    * FLUSH: delete all existing libraries.",
        "    * APPEND: appends the restored libraries to the existing libraries. On collision, abort.",
        "    * REPLACE: appends the restored libraries to the existing libraries, On collision, replace the old",
        "      libraries with the new libraries (notice that even on this option there is a chance of failure",
        "      in case of functions name collision with another library).",
        "HELP",
        "    Prints this help.",
    ];
    Reply::Array(LINES.iter().map(Reply::status).collect())
}

#[cfg(test)]
mod tests {
    use crate::util::glob::glob_match;

    #[test]
    fn glob() {
        assert!(glob_match(b"*", b"", true));
        assert!(glob_match(b"my*", b"MYLIB", true));
        assert!(!glob_match(b"my*", b"MYLIB", false));
        assert!(glob_match(b"m?l[a-c]b", b"mylbb", false));
        assert!(glob_match(b"m[^x]lib", b"mylib", false));
        assert!(!glob_match(b"m[^y]lib", b"mylib", false));
        assert!(glob_match(b"a\\*b", b"a*b", false));
        assert!(!glob_match(b"a\\*b", b"axb", false));
        assert!(glob_match(b"*lib*", b"mylibrary", false));
        assert!(!glob_match(b"*lib", b"mylibrary", false));
        assert!(glob_match(b"[z-a]", b"q", false));
        assert!(!glob_match(b"", b"x", false));
        assert!(glob_match(b"a*b*c", b"aXbYbZc", false));
    }
}
