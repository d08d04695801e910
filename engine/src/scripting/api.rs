//! The `redis` table scripts see: call, pcall, error_reply, status_reply, sha1hex, log,
//! setresp, set_repl, replicate_commands, breakpoint, debug, acl_check_cmd and the
//! LOG_*, REPL_* and REDIS_VERSION* constants.
//!
//! Script permission checks are driven by the command table's flags.

use std::cell::RefCell;
use std::rc::Rc;

use piccolo::{Callback, CallbackReturn, Context, Error, Execution, Stack, Table, Value};

use super::convert::{error_table, lua_arg_bytes, reply_to_lua};
use super::run::{RunState, LOG_LEVELS};
use crate::commands::{flags, Handler};
use crate::resp::Reply;
use crate::state::{check_command, Core};

/// Redis version reported to scripts.
pub const REDIS_VERSION: &str = "7.0.15";
/// `REDIS_VERSION_NUM` (0x00MMmmpp).
pub const REDIS_VERSION_NUM: i64 = 0x0007_000f;

/// Handles shared by every callback of a VM.
#[derive(Clone)]
pub struct Shared {
    /// The keyspace server.
    pub core: Rc<RefCell<Core>>,
    /// The call in progress.
    pub run: Rc<RefCell<RunState>>,
}

/// Builds Redis's error text for a `redis.*` failure: `-CODE msg` keeps its code,
/// anything else gets `ERR`; surrounding CR/LF trimmed.
pub fn error_text(raw: &[u8]) -> Vec<u8> {
    let (code, msg): (&[u8], &[u8]) = match raw.strip_prefix(b"-") {
        Some(rest) => match rest.iter().position(|&c| c == b' ') {
            Some(sp) => (
                rest.get(..sp).unwrap_or_default(),
                rest.get(sp + 1..).unwrap_or_default(),
            ),
            None => (b"ERR", rest),
        },
        None => (b"ERR", raw),
    };
    let start = msg
        .iter()
        .position(|&c| c != b'\r' && c != b'\n')
        .unwrap_or(msg.len());
    let end = msg
        .iter()
        .rposition(|&c| c != b'\r' && c != b'\n')
        .map(|p| p + 1)
        .unwrap_or(start);
    let mut out = code.to_vec();
    out.push(b' ');
    out.extend_from_slice(msg.get(start..end.max(start)).unwrap_or_default());
    out
}

fn current_line(exec: &Execution<'_, '_>) -> Option<u64> {
    exec.upper_lua_frame().map(|f| f.current_line.0 + 1)
}

/// Raises a `redis.*` error: a string carrying the error text, remembered so that the
/// top level reports it with its own code.
pub fn raise<'gc>(
    ctx: Context<'gc>,
    shared: &Shared,
    exec: &Execution<'gc, '_>,
    text: &[u8],
) -> Error<'gc> {
    if let Ok(mut run) = shared.run.try_borrow_mut() {
        run.note_raised(text, current_line(exec));
    }
    Value::String(piccolo::String::from_slice(&ctx, text)).into()
}

fn set_fn<'gc>(ctx: Context<'gc>, t: Table<'gc>, name: &'static str, cb: Callback<'gc>) {
    let _ = t.set(ctx, name, cb);
}

/// Runs one `redis.call`/`redis.pcall`: checks, dispatch and conversion. Returns the
/// reply text on failure (already in `CODE msg` form).
fn run_command(shared: &Shared, args: Vec<Vec<u8>>) -> Result<Reply, Vec<u8>> {
    let spec = match check_command(&args) {
        Ok(s) => s,
        Err(Reply::Error(e)) if e.starts_with(b"ERR unknown command") => {
            return Err(error_text(b"Unknown Redis command called from script"))
        }
        Err(Reply::Error(e)) if e.starts_with(b"ERR wrong number of arguments") => {
            return Err(error_text(
                b"Wrong number of args calling Redis command from script",
            ))
        }
        Err(Reply::Error(e)) => return Err(e),
        Err(_) => return Err(error_text(b"Unknown Redis command called from script")),
    };
    if spec.has(flags::NOSCRIPT) || !matches!(spec.handler, Handler::Core(_)) {
        return Err(error_text(b"This Redis command is not allowed from script"));
    }
    let mut run = shared
        .run
        .try_borrow_mut()
        .map_err(|_| error_text(b"-BUSY engine re-entered"))?;
    let is_write = spec.has(flags::WRITE) || spec.has(flags::MAY_REPLICATE);
    if is_write && run.read_only {
        return Err(error_text(
            b"Write commands are not allowed from read-only scripts.",
        ));
    }
    let mut core = shared
        .core
        .try_borrow_mut()
        .map_err(|_| error_text(b"-BUSY engine re-entered"))?;
    if spec.has(flags::DENYOOM)
        && run.flags & super::run::flags::ALLOW_OOM == 0
        && core.over_maxmemory()
    {
        return Err(error_text(
            b"-OOM command not allowed when used memory > 'maxmemory'.",
        ));
    }
    if spec.has(flags::WRITE) {
        run.has_written = true;
    }
    let reply = core.run(&mut run.client, spec, &args);
    match reply {
        Reply::Error(e) => {
            let mut raw = Vec::with_capacity(e.len() + 1);
            raw.push(b'-');
            raw.extend_from_slice(&e);
            Err(error_text(&raw))
        }
        r => Ok(r),
    }
}

fn call_impl<'gc>(
    ctx: Context<'gc>,
    exec: Execution<'gc, '_>,
    mut stack: Stack<'gc, '_>,
    shared: &Shared,
    raise_errors: bool,
) -> Result<CallbackReturn<'gc>, Error<'gc>> {
    let fail = |stack: &mut Stack<'gc, '_>,
                exec: &Execution<'gc, '_>,
                text: &[u8]|
     -> Result<CallbackReturn<'gc>, Error<'gc>> {
        if raise_errors {
            Err(raise(ctx, shared, exec, text))
        } else {
            stack.replace(ctx, error_table(ctx, text));
            Ok(CallbackReturn::Return)
        }
    };
    if stack.is_empty() {
        return fail(
            &mut stack,
            &exec,
            &error_text(b"Please specify at least one argument for this redis lib call"),
        );
    }
    let mut args = Vec::with_capacity(stack.len());
    for i in 0..stack.len() {
        match lua_arg_bytes(stack.get(i)) {
            Some(b) => args.push(b),
            None => {
                return fail(
                    &mut stack,
                    &exec,
                    &error_text(b"Lua redis lib command arguments must be strings or integers"),
                )
            }
        }
    }
    if let Some(l) = current_line(&exec) {
        if let Ok(mut run) = shared.run.try_borrow_mut() {
            run.line = l;
        }
    }
    // Commands are O(n) in their arguments at least: charge fuel accordingly.
    let mut exec = exec;
    exec.fuel().consume(
        i32::try_from(args.len())
            .unwrap_or(i32::MAX)
            .saturating_mul(4),
    );
    match run_command(shared, args) {
        Ok(reply) => {
            let resp = shared.run.try_borrow().map(|r| r.resp).unwrap_or(2);
            let v = reply_to_lua(ctx, &reply, resp);
            stack.replace(ctx, v);
            Ok(CallbackReturn::Return)
        }
        Err(text) => fail(&mut stack, &exec, &text),
    }
}

fn string_arg<'gc>(stack: &Stack<'gc, '_>, i: usize) -> Option<&'gc [u8]> {
    match stack.get(i) {
        Value::String(s) => Some(s.as_bytes()),
        _ => None,
    }
}

/// Creates the `redis` table with the full run-time API.
pub fn make_redis_table<'gc>(ctx: Context<'gc>, shared: &Shared) -> Table<'gc> {
    let t = Table::new(&ctx);
    let s = shared.clone();
    set_fn(
        ctx,
        t,
        "call",
        Callback::from_fn(&ctx, move |ctx, exec, stack| {
            call_impl(ctx, exec, stack, &s, true)
        }),
    );
    let s = shared.clone();
    set_fn(
        ctx,
        t,
        "pcall",
        Callback::from_fn(&ctx, move |ctx, exec, stack| {
            call_impl(ctx, exec, stack, &s, false)
        }),
    );
    set_fn(
        ctx,
        t,
        "error_reply",
        Callback::from_fn(&ctx, |ctx, _, mut stack| {
            let v = match (stack.len(), string_arg(&stack, 0)) {
                (1, Some(msg)) => {
                    let mut raw = Vec::with_capacity(msg.len() + 1);
                    if !msg.starts_with(b"-") {
                        raw.push(b'-');
                    }
                    raw.extend_from_slice(msg);
                    error_table(ctx, &error_text(&raw))
                }
                _ => error_table(ctx, b"ERR wrong number or type of arguments"),
            };
            stack.replace(ctx, v);
            Ok(CallbackReturn::Return)
        }),
    );
    set_fn(
        ctx,
        t,
        "status_reply",
        Callback::from_fn(&ctx, |ctx, _, mut stack| {
            let v = match (stack.len(), stack.get(0)) {
                (1, Value::String(msg)) => {
                    let t = Table::new(&ctx);
                    let _ = t.set(ctx, "ok", msg);
                    Value::Table(t)
                }
                _ => error_table(ctx, b"ERR wrong number or type of arguments"),
            };
            stack.replace(ctx, v);
            Ok(CallbackReturn::Return)
        }),
    );
    let s = shared.clone();
    set_fn(
        ctx,
        t,
        "sha1hex",
        Callback::from_fn(&ctx, move |ctx, exec, mut stack| {
            if stack.len() != 1 {
                return Err(raise(ctx, &s, &exec, b"ERR wrong number of arguments"));
            }
            let bytes = lua_arg_bytes(stack.get(0)).unwrap_or_default();
            let hex = super::sha1_hex(&bytes);
            stack.replace(ctx, piccolo::String::from_slice(&ctx, hex.as_bytes()));
            Ok(CallbackReturn::Return)
        }),
    );
    install_log(ctx, t, shared);
    let s = shared.clone();
    set_fn(
        ctx,
        t,
        "setresp",
        Callback::from_fn(&ctx, move |ctx, exec, mut stack| {
            if stack.len() != 1 {
                return Err(raise(
                    ctx,
                    &s,
                    &exec,
                    b"ERR redis.setresp() requires one argument.",
                ));
            }
            let v = match stack.get(0) {
                Value::Integer(i) => Some(i),
                Value::Number(n) => Some(n as i64),
                Value::String(st) => std::str::from_utf8(st.as_bytes())
                    .ok()
                    .and_then(|x| x.trim().parse::<f64>().ok())
                    .map(|n| n as i64),
                _ => None,
            };
            match v {
                Some(v @ (2 | 3)) => {
                    if let Ok(mut run) = s.run.try_borrow_mut() {
                        run.resp = v as u8;
                        run.client.resp = v as u8;
                    }
                    stack.clear();
                    Ok(CallbackReturn::Return)
                }
                _ => Err(raise(ctx, &s, &exec, b"ERR RESP version must be 2 or 3.")),
            }
        }),
    );
    let s = shared.clone();
    set_fn(
        ctx,
        t,
        "set_repl",
        Callback::from_fn(&ctx, move |ctx, exec, mut stack| {
            if stack.len() != 1 {
                return Err(raise(
                    ctx,
                    &s,
                    &exec,
                    b"ERR redis.set_repl() requires two arguments.",
                ));
            }
            let v = match stack.get(0) {
                Value::Integer(i) => i,
                Value::Number(n) => n as i64,
                _ => -1,
            };
            if !(0..=3).contains(&v) {
                return Err(raise(
                    ctx,
                    &s,
                    &exec,
                    b"ERR Invalid replication flags. Use REPL_AOF, REPL_REPLICA, REPL_ALL or REPL_NONE.",
                ));
            }
            if let Ok(mut run) = s.run.try_borrow_mut() {
                run.repl = v;
            }
            stack.clear();
            Ok(CallbackReturn::Return)
        }),
    );
    set_fn(
        ctx,
        t,
        "replicate_commands",
        Callback::from_fn(&ctx, |ctx, _, mut stack| {
            stack.replace(ctx, true);
            Ok(CallbackReturn::Return)
        }),
    );
    set_fn(
        ctx,
        t,
        "breakpoint",
        Callback::from_fn(&ctx, |ctx, _, mut stack| {
            stack.replace(ctx, false);
            Ok(CallbackReturn::Return)
        }),
    );
    set_fn(
        ctx,
        t,
        "debug",
        Callback::from_fn(&ctx, |_, _, mut stack| {
            stack.clear();
            Ok(CallbackReturn::Return)
        }),
    );
    let s = shared.clone();
    set_fn(
        ctx,
        t,
        "acl_check_cmd",
        Callback::from_fn(&ctx, move |ctx, exec, mut stack| {
            if stack.is_empty() {
                return Err(raise(
                    ctx,
                    &s,
                    &exec,
                    b"ERR Please specify at least one argument for this redis lib call",
                ));
            }
            let mut args = Vec::new();
            for i in 0..stack.len() {
                match lua_arg_bytes(stack.get(i)) {
                    Some(b) => args.push(b),
                    None => {
                        return Err(raise(
                            ctx,
                            &s,
                            &exec,
                            b"ERR Lua redis lib command arguments must be strings or integers",
                        ))
                    }
                }
            }
            if crate::commands::table()
                .get(args.first().map(|a| a.as_slice()).unwrap_or_default())
                .is_none()
            {
                return Err(raise(
                    ctx,
                    &s,
                    &exec,
                    b"ERR Invalid command passed to redis.acl_check_cmd()",
                ));
            }
            stack.replace(ctx, true);
            Ok(CallbackReturn::Return)
        }),
    );
    install_constants(ctx, t);
    for (name, v) in [
        ("REPL_NONE", 0),
        ("REPL_AOF", 1),
        ("REPL_SLAVE", 2),
        ("REPL_REPLICA", 2),
        ("REPL_ALL", 3),
    ] {
        let _ = t.set(ctx, name, Value::Integer(v));
    }
    t
}

/// `redis.log` and the `LOG_*` levels, shared by the run-time and load-time tables.
pub fn install_log<'gc>(ctx: Context<'gc>, t: Table<'gc>, shared: &Shared) {
    let s = shared.clone();
    set_fn(
        ctx,
        t,
        "log",
        Callback::from_fn(&ctx, move |ctx, exec, mut stack| {
            if stack.len() < 2 {
                return Err(raise(
                    ctx,
                    &s,
                    &exec,
                    b"ERR redis.log() requires two arguments or more.",
                ));
            }
            let level = match stack.get(0) {
                Value::Integer(i) => i,
                Value::Number(n) => n as i64,
                _ => {
                    return Err(raise(
                        ctx,
                        &s,
                        &exec,
                        b"ERR First argument must be a number",
                    ))
                }
            };
            if !(0..=3).contains(&level) {
                return Err(raise(ctx, &s, &exec, b"ERR Invalid debug level."));
            }
            let mut msg = Vec::new();
            for i in 1..stack.len() {
                if i > 1 {
                    msg.push(b' ');
                }
                match lua_arg_bytes(stack.get(i)) {
                    Some(b) => msg.extend_from_slice(&b),
                    None => msg.extend_from_slice(stack.get(i).type_name().as_bytes()),
                }
            }
            if let Ok(mut run) = s.run.try_borrow_mut() {
                run.log(level, msg);
            }
            stack.clear();
            Ok(CallbackReturn::Return)
        }),
    );
    for (name, v) in LOG_LEVELS {
        let _ = t.set(ctx, *name, Value::Integer(*v));
    }
}

/// `REDIS_VERSION` and `REDIS_VERSION_NUM`.
pub fn install_constants<'gc>(ctx: Context<'gc>, t: Table<'gc>) {
    let _ = t.set(ctx, "REDIS_VERSION", REDIS_VERSION);
    let _ = t.set(ctx, "REDIS_VERSION_NUM", Value::Integer(REDIS_VERSION_NUM));
}

#[cfg(test)]
mod tests {
    use super::error_text;

    #[test]
    fn error_text_codes() {
        assert_eq!(error_text(b"-"), b"ERR ");
        assert_eq!(error_text(b"-NOSPACE"), b"ERR NOSPACE");
        assert_eq!(
            error_text(b"-WRONGTYPE Operation x"),
            b"WRONGTYPE Operation x"
        );
        assert_eq!(error_text(b"plain"), b"ERR plain");
        assert_eq!(
            error_text(b"-ERR line1\r\nline2\r\n"),
            b"ERR line1\r\nline2"
        );
    }
}
