//! Runtime support shared by the front-end rewrites and the libraries: the hidden helpers
//! (`concat`, `method`, `first`, `setglobal`), the per-chunk line registry, Lua 5.1 value
//! formatting (`%.14g` numbers, `table: 0x...`), positioned errors and the conversion of
//! escaped piccolo errors into the values Lua 5.1 would produce.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};

use gc_arena::{Collect, Gc, Rootable};
use piccolo::{
    meta_ops::{self, MetaResult},
    thread::BinaryOperatorError,
    BoxSequence, Callback, CallbackReturn, Context, Error, Execution, Function, Sequence,
    SequencePoll, Singleton, Stack, Table, TypeError, Value,
};

use piccolo::closure::{UpValue, UpValueState};

use super::frontend::{OpInfo, OpKind, LINE_SPLIT};
use crate::util::numfmt::fmt_g;

/// Default cap for one string built by `..`, `string.rep`, `table.concat` (64 MiB).
pub const DEFAULT_MAX_STRING: usize = 64 * 1024 * 1024;

static MAX_STRING: AtomicUsize = AtomicUsize::new(DEFAULT_MAX_STRING);

/// Largest string a script may build in one operation.
pub fn max_string_len() -> usize {
    MAX_STRING.load(Ordering::Relaxed)
}

/// Changes the per-string cap (process wide).
pub fn set_max_string_len(n: usize) {
    MAX_STRING.store(n.max(1024), Ordering::Relaxed);
}

// ---------------------------------------------------------------------------------------------
// Chunk registry (static, per Lua instance).

/// Information kept about each compiled chunk.
pub struct ChunkInfo {
    /// Displayed chunk name (`user_script`, `[string "..."]`).
    pub name: String,
    /// Per-line failing operations.
    pub lines: super::frontend::LineTable,
}

/// Registry of compiled chunks, keyed by chunk id.
#[derive(Default, Collect)]
#[collect(require_static)]
pub struct ChunkRegistry {
    inner: RefCell<ChunkRegistryInner>,
}

#[derive(Default)]
struct ChunkRegistryInner {
    next_id: u32,
    /// Oldest first. Ids grow by one per chunk and wrap once in 2^28, so this is one
    /// ascending run, or two after a wrap (see [`ChunkRegistryInner::get`]).
    chunks: VecDeque<(u32, ChunkInfo)>,
}

impl ChunkRegistryInner {
    /// The chunk `id`: a binary search over the (at most two) ascending runs.
    fn get(&self, id: u32) -> Option<&ChunkInfo> {
        let front = self.chunks.front()?.0;
        let i = if id >= front {
            // In the first run: ids from `front` up.
            self.chunks.partition_point(|(k, _)| *k >= front && *k < id)
        } else {
            // In the run after the wrap, which follows every id >= `front`.
            self.chunks.partition_point(|(k, _)| *k >= front || *k < id)
        };
        match self.chunks.get(i) {
            Some((k, info)) if *k == id => Some(info),
            _ => None,
        }
    }
}

const MAX_CHUNKS: usize = 20_000;

impl ChunkRegistry {
    fn get(ctx: Context<'_>) -> &ChunkRegistry {
        ctx.singleton::<Rootable![ChunkRegistry]>()
    }
}

/// Allocates a chunk id (wrapping within 2^28).
pub fn next_chunk_id(ctx: Context<'_>) -> u32 {
    let reg = ChunkRegistry::get(ctx);
    let mut inner = reg.inner.borrow_mut();
    inner.next_id = (inner.next_id % ((1 << 28) - 1)) + 1;
    inner.next_id
}

/// Records line info for a compiled chunk.
pub fn register_chunk(ctx: Context<'_>, id: u32, info: ChunkInfo) {
    let reg = ChunkRegistry::get(ctx);
    let mut inner = reg.inner.borrow_mut();
    while inner.chunks.len() >= MAX_CHUNKS {
        inner.chunks.pop_front();
    }
    inner.chunks.push_back((id, info));
}

// ---------------------------------------------------------------------------------------------
// Per-Lua GC state: the real string library, sealed environments, readonly proxies.

/// Runtime tables kept in the registry.
#[derive(Copy, Clone, Collect)]
#[collect(no_drop)]
pub struct RtState<'gc> {
    /// `string` -> real string table, `envs` list etc.
    pub misc: Table<'gc>,
    /// Sealed environment tables (key = table, value = true).
    pub sealed: Table<'gc>,
    /// Readonly proxies (key = proxy, value = target).
    pub readonly: Table<'gc>,
    /// The shared upvalue every compiled chunk writes `chunk_id * 2^24 + line` into before
    /// each statement (the front-end's hidden local `LINE`).
    pub line: UpValue<'gc>,
    /// The shared upvalue counting active Lua calls (the front-end's hidden local `DEPTH`).
    pub depth: UpValue<'gc>,
    /// Nested pcalls (Lua 5.1's C-call count).
    pub c_depth: UpValue<'gc>,
    /// Key under which an internal metatable holds its user metatable (see `usermeta`);
    /// a table no script can reach, so the key cannot be forged.
    pub umt_key: Table<'gc>,
    /// The cache of internal metatables (user metatable -> internal one), a table; see
    /// `usermeta`.
    pub imt_cache: UpValue<'gc>,
    /// Entries in [`RtState::imt_cache`].
    pub imt_count: UpValue<'gc>,
}

impl<'gc> Singleton<'gc> for RtState<'gc> {
    fn create(ctx: Context<'gc>) -> Self {
        let cell = || UpValue::new(&ctx, UpValueState::Closed(Value::Number(0.0)));
        RtState {
            misc: Table::new(&ctx),
            sealed: Table::new(&ctx),
            readonly: Table::new(&ctx),
            line: cell(),
            depth: cell(),
            c_depth: cell(),
            umt_key: Table::new(&ctx),
            imt_cache: cell(),
            imt_count: cell(),
        }
    }
}

/// The number held by one of the runtime's cells (0 if it holds anything else).
pub(crate) fn cell_get(cell: UpValue<'_>) -> f64 {
    match cell.get() {
        UpValueState::Closed(v) => as_number(v).unwrap_or(0.0),
        UpValueState::Open(_) => 0.0,
    }
}

pub(crate) fn cell_set<'gc>(ctx: Context<'gc>, cell: UpValue<'gc>, n: f64) {
    cell.set(&ctx, UpValueState::Closed(Value::Number(n)));
}

/// The runtime state singleton.
pub fn rt<'gc>(ctx: Context<'gc>) -> RtState<'gc> {
    *ctx.singleton::<Rootable![RtState<'_>]>()
}

// ---------------------------------------------------------------------------------------------
// Formatting.

/// Lua 5.1 `tostring` for numbers: `%.14g`.
pub fn fmt_number(n: f64) -> String {
    fmt_g(n, 14)
}

/// Number value of a Lua value, if it is a number.
pub fn as_number(v: Value<'_>) -> Option<f64> {
    match v {
        Value::Integer(i) => Some(i as f64),
        Value::Number(n) => Some(n),
        _ => None,
    }
}

/// Lua 5.1 type name.
pub fn type_name(v: Value<'_>) -> &'static str {
    match v {
        Value::Nil => "nil",
        Value::Boolean(_) => "boolean",
        Value::Integer(_) | Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Table(_) => "table",
        Value::Function(_) => "function",
        Value::Thread(_) => "thread",
        Value::UserData(_) => "userdata",
    }
}

/// Raw `tostring` (no `__tostring`), as bytes.
pub fn raw_tostring(v: Value<'_>) -> Vec<u8> {
    match v {
        Value::Nil => b"nil".to_vec(),
        Value::Boolean(b) => {
            if b {
                b"true".to_vec()
            } else {
                b"false".to_vec()
            }
        }
        Value::Integer(i) => fmt_number(i as f64).into_bytes(),
        Value::Number(n) => fmt_number(n).into_bytes(),
        Value::String(s) => s.as_bytes().to_vec(),
        Value::Table(t) => format!("table: {:p}", Gc::as_ptr(t.into_inner())).into_bytes(),
        Value::Function(Function::Closure(c)) => {
            format!("function: {:p}", Gc::as_ptr(c.into_inner())).into_bytes()
        }
        Value::Function(Function::Callback(c)) => {
            format!("function: {:p}", Gc::as_ptr(c.into_inner())).into_bytes()
        }
        Value::Thread(t) => format!("thread: {:p}", Gc::as_ptr(t.into_inner())).into_bytes(),
        // cjson.null is a NULL light userdata in Redis, which glibc prints as `(nil)`.
        v @ Value::UserData(_) if crate::lua::libs::cjson::is_cjson_null(v) => {
            b"userdata: (nil)".to_vec()
        }
        Value::UserData(u) => format!("userdata: {:p}", Gc::as_ptr(u.into_inner())).into_bytes(),
    }
}

/// Bytes of a string or number (Lua's `lua_tolstring` coercion), else `None`.
pub fn coerce_bytes(v: Value<'_>) -> Option<Vec<u8>> {
    match v {
        Value::String(s) => Some(s.as_bytes().to_vec()),
        Value::Integer(_) | Value::Number(_) => Some(raw_tostring(v)),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Errors.

/// `chunk:line:` of the Lua function calling the current callback (Lua's `luaL_where(L, 1)`).
pub fn where_prefix(exec: &Execution<'_, '_>) -> String {
    match exec.upper_lua_frame() {
        Some(f) => format!(
            "{}:{}: ",
            String::from_utf8_lossy(f.chunk_name.as_bytes()),
            f.current_line
        ),
        None => String::new(),
    }
}

/// A string error with Lua's position prefix (what `luaL_error` produces). Library callbacks
/// should return `Err(rt_error(ctx, &exec, "msg"))`.
pub fn rt_error<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    msg: impl AsRef<str>,
) -> Error<'gc> {
    let s = format!("{}{}", where_prefix(exec), msg.as_ref());
    Error::from_value(ctx.intern(s.as_bytes()).into())
}

/// `bad argument #n to 'fname' (msg)` with position (`'?'` when not called from Lua, as
/// Lua 5.1 cannot name a function called by a C function such as `pcall`).
pub fn arg_error<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    n: usize,
    fname: &str,
    msg: impl AsRef<str>,
) -> Error<'gc> {
    let fname = if exec.upper_lua_frame().is_some() {
        fname
    } else {
        "?"
    };
    rt_error(
        ctx,
        exec,
        format!("bad argument #{n} to '{fname}' ({})", msg.as_ref()),
    )
}

/// `bad argument #n to 'f' (T expected, got U)`.
pub fn type_arg_error<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    n: usize,
    fname: &str,
    expected: &str,
    got: Value<'gc>,
) -> Error<'gc> {
    let got = if matches!(got, Value::Nil) {
        "no value"
    } else {
        type_name(got)
    };
    arg_error(
        ctx,
        exec,
        n,
        fname,
        format!("{expected} expected, got {got}"),
    )
}

/// Like [`rt_error`] for the hidden helpers, which are always called from Lua code: falls back
/// to the tracked line when piccolo dropped the Lua frame (tail call).
pub(crate) fn helper_error<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    msg: impl AsRef<str>,
) -> Error<'gc> {
    let prefix = match exec.upper_lua_frame() {
        Some(_) => where_prefix(exec),
        None => position_prefix(ctx).0,
    };
    let s = format!("{prefix}{}", msg.as_ref());
    Error::from_value(ctx.intern(s.as_bytes()).into())
}

/// Splits a position code into (chunk id, line); `None` for 0 (no position).
fn decode_position(code: f64) -> Option<(u32, u64)> {
    if code.is_nan() || code <= 0.0 {
        return None;
    }
    let id = (code / LINE_SPLIT).floor();
    let line = code - id * LINE_SPLIT;
    Some((id as u32, line as u64))
}

/// The current tracked (chunk id, line): the value of the shared LINE upvalue.
fn current_position(ctx: Context<'_>) -> Option<(u32, u64)> {
    decode_position(position_code(ctx))
}

/// The number of active Lua calls the front-end's code has counted.
pub fn depth(ctx: Context<'_>) -> f64 {
    cell_get(rt(ctx).depth)
}

/// Sets the active call count (pcall restores it when it catches an error).
pub fn set_depth(ctx: Context<'_>, d: f64) {
    cell_set(ctx, rt(ctx).depth, d);
}

/// The number of nested pcalls.
pub fn c_depth(ctx: Context<'_>) -> f64 {
    cell_get(rt(ctx).c_depth)
}

/// Sets the number of nested pcalls.
pub fn set_c_depth(ctx: Context<'_>, d: f64) {
    cell_set(ctx, rt(ctx).c_depth, d);
}

/// The tracked position code (0 = none).
pub fn position_code(ctx: Context<'_>) -> f64 {
    cell_get(rt(ctx).line)
}

/// Sets the tracked position (a `chunk_id * 2^24 + line` code as the front-end writes).
pub fn set_position_code(ctx: Context<'_>, code: f64) {
    cell_set(ctx, rt(ctx).line, code);
}

/// `chunk:line: ` for a position code, if it names a known chunk.
pub fn position_of_code(ctx: Context<'_>, code: Value<'_>) -> Option<String> {
    let (id, line) = decode_position(as_number(code)?)?;
    let reg = ChunkRegistry::get(ctx);
    let inner = reg.inner.borrow();
    inner.get(id).map(|c| format!("{}:{}: ", c.name, line))
}

/// Clears per-run state: the tracked position and call counts, so that positions read while
/// a chunk or function runs come from the code actually running, and the cache of internal
/// metatables (see `lua::usermeta`), so that it holds only what one run made. Hosts call it
/// before starting a chunk or function.
pub fn begin_run(ctx: Context<'_>) {
    // Lua 5.1 counts the base call frame too.
    set_depth(ctx, 1.0);
    set_c_depth(ctx, 0.0);
    set_position_code(ctx, 0.0);
    super::usermeta::forget_cache(ctx);
}

/// The line the running code is executing, as tracked by the front-end (the host reads it
/// when it stops a script between slices).
pub fn current_line(ctx: Context<'_>) -> Option<u64> {
    current_position(ctx).map(|(_, line)| line)
}

fn position_prefix(ctx: Context<'_>) -> (String, Option<(u32, u64)>) {
    match current_position(ctx) {
        Some((id, line)) => {
            let reg = ChunkRegistry::get(ctx);
            let inner = reg.inner.borrow();
            match inner.get(id) {
                Some(c) => (format!("{}:{}: ", c.name, line), Some((id, line))),
                None => (String::new(), None),
            }
        }
        None => (String::new(), None),
    }
}

/// Runtime type of a global operand (looked up now), else its static type.
fn operand_type(ctx: Context<'_>, o: &OpInfo, i: usize) -> Option<&'static str> {
    if let Some(Some(g)) = o.globals.get(i) {
        let v = ctx.globals().get_value(ctx.intern(g).into());
        return Some(match v {
            Value::String(s) if parse_number(s.as_bytes()).is_some() => "numstr",
            other => type_name(other),
        });
    }
    o.types.get(i).copied().flatten()
}

fn show_type(t: Option<&'static str>) -> &'static str {
    match t {
        Some("numstr") => "string",
        Some(t) => t,
        None => "nil",
    }
}

/// Lua 5.1's message for a failing operation of `kind` on the current line. `found` is the
/// offending value's type when the VM reported it.
/// `local 'x'`-style description of the callee that failed on the current line, if known.
pub(crate) fn describe_call_failure(ctx: Context<'_>, found: &str) -> Option<String> {
    let (_, pos) = position_prefix(ctx);
    describe_failure(ctx, pos, OpKind::Call, Some(found)).0
}

fn describe_failure(
    ctx: Context<'_>,
    pos: Option<(u32, u64)>,
    kind: OpKind,
    found: Option<&str>,
) -> (Option<String>, Option<&'static str>) {
    let Some((id, line)) = pos else {
        return (None, None);
    };
    let reg = ChunkRegistry::get(ctx);
    let inner = reg.inner.borrow();
    let Some(chunk) = inner.get(id) else {
        return (None, None);
    };
    let cands: Vec<&OpInfo> = chunk.lines.get(line).filter(|o| o.kind == kind).collect();
    match kind {
        OpKind::Arith => {
            // Lua reports the first operand that is not convertible to a number.
            for o in &cands {
                let mut fallback: Option<usize> = None;
                for i in 0..o.descs.len() {
                    match operand_type(ctx, o, i) {
                        Some("number" | "numstr") => {}
                        Some(t) => {
                            return (o.descs.get(i).cloned().flatten(), Some(show_type(Some(t))))
                        }
                        None => {
                            if fallback.is_none() {
                                fallback = Some(i);
                            }
                        }
                    }
                }
                if cands.len() == 1 {
                    if let Some(i) = fallback {
                        return (o.descs.get(i).cloned().flatten(), None);
                    }
                }
            }
            (None, None)
        }
        _ => {
            // Keep candidates whose known type matches the reported one; prefer the last.
            let mut best: Option<(Option<String>, Option<&'static str>)> = None;
            for o in &cands {
                for i in 0..o.descs.len() {
                    let t = operand_type(ctx, o, i);
                    let matches = match (t, found) {
                        (Some(t), Some(f)) => show_type(Some(t)) == f,
                        _ => true,
                    };
                    if matches {
                        best = Some((
                            o.descs.get(i).cloned().flatten(),
                            t.map(|t| show_type(Some(t))),
                        ));
                    }
                }
            }
            best.unwrap_or((None, None))
        }
    }
}

/// Types of the two operands of a failing comparison on the current line.
fn compare_types(ctx: Context<'_>, pos: Option<(u32, u64)>) -> (&'static str, &'static str) {
    let Some((id, line)) = pos else {
        return ("nil", "nil");
    };
    let reg = ChunkRegistry::get(ctx);
    let inner = reg.inner.borrow();
    let Some(chunk) = inner.get(id) else {
        return ("nil", "nil");
    };
    for o in chunk.lines.get(line).filter(|o| o.kind == OpKind::Compare) {
        let a = operand_type(ctx, o, 0);
        let b = operand_type(ctx, o, 1);
        let ok = |t: Option<&str>| matches!(t, Some("number"));
        if ok(a) && ok(b) {
            continue;
        }
        return (show_type(a), show_type(b));
    }
    ("nil", "nil")
}

/// Converts an error that escaped a script into the value Lua 5.1 would have produced.
pub fn error_value<'gc>(ctx: Context<'gc>, err: &Error<'gc>) -> Value<'gc> {
    match err {
        Error::Lua(e) => e.0,
        Error::Runtime(rt) => {
            let (prefix, pos) = position_prefix(ctx);
            let msg = runtime_message(ctx, pos, rt);
            ctx.intern(format!("{prefix}{msg}").as_bytes()).into()
        }
    }
}

fn runtime_message(
    ctx: Context<'_>,
    pos: Option<(u32, u64)>,
    rt: &piccolo::RuntimeError,
) -> String {
    let te =
        rt.downcast::<TypeError>()
            .copied()
            .or_else(|| match rt.downcast::<piccolo::VMError>() {
                Some(piccolo::VMError::BadType(t)) => Some(*t),
                _ => None,
            });
    if let Some(t) = te {
        let found = lua_type(t.found);
        let (kind, verb) = match t.expected {
            "function" => (OpKind::Call, "call"),
            "string or table" => (OpKind::Len, "get length of"),
            _ => (OpKind::Index, "index"),
        };
        let (d, _) = describe_failure(ctx, pos, kind, Some(found));
        return match d {
            Some(d) => format!("attempt to {verb} {d} (a {found} value)"),
            None => format!("attempt to {verb} a {found} value"),
        };
    }
    if let Some(b) = rt.downcast::<BinaryOperatorError>() {
        return match b {
            BinaryOperatorError::LessThan | BinaryOperatorError::LessEqual => {
                let (a, b) = compare_types(ctx, pos);
                if a == b {
                    format!("attempt to compare two {a} values")
                } else {
                    format!("attempt to compare {a} with {b}")
                }
            }
            _ => {
                let (d, t) = describe_failure(ctx, pos, OpKind::Arith, None);
                let t = t.unwrap_or("nil");
                match d {
                    Some(d) => format!("attempt to perform arithmetic on {d} (a {t} value)"),
                    None => format!("attempt to perform arithmetic on a {t} value"),
                }
            }
        };
    }
    if let Some(piccolo::table::InvalidTableKey::IsNaN) =
        rt.downcast::<piccolo::table::InvalidTableKey>()
    {
        return "table index is NaN".to_string();
    }
    if rt.downcast::<piccolo::table::InvalidTableKey>().is_some() {
        return "table index is nil".to_string();
    }
    let s = rt.to_string();
    if s.contains("cannot concat") {
        return s.replace("cannot concat", "attempt to concatenate a") + " value";
    }
    s
}

fn lua_type(piccolo_name: &str) -> &str {
    match piccolo_name {
        "integer" => "number",
        other => other,
    }
}

/// Lua 5.1 `lua_str2number`: decimal or hex, surrounding spaces allowed.
pub fn parse_number(s: &[u8]) -> Option<f64> {
    let t = std::str::from_utf8(s).ok()?;
    let t = t.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\u{b}');
    if t.is_empty() {
        return None;
    }
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    if let Some(hex) = body.strip_prefix("0x").or_else(|| body.strip_prefix("0X")) {
        // strtod's hex form: digits, optional fraction, optional binary exponent `p[+-]n`.
        let (mant, exp) = match hex.find(['p', 'P']) {
            Some(i) => (hex.get(..i)?, Some(hex.get(i + 1..)?)),
            None => (hex, None),
        };
        let (int_part, frac_part) = match mant.find('.') {
            Some(i) => (mant.get(..i)?, mant.get(i + 1..)?),
            None => (mant, ""),
        };
        if int_part.is_empty() && frac_part.is_empty() {
            return None;
        }
        let mut v = 0f64;
        for b in int_part.bytes() {
            v = v * 16.0 + f64::from((b as char).to_digit(16)?);
        }
        let mut scale = 1.0 / 16.0;
        for b in frac_part.bytes() {
            v += f64::from((b as char).to_digit(16)?) * scale;
            scale /= 16.0;
        }
        if let Some(e) = exp {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let n: i32 = e.parse().unwrap_or(if e.starts_with('-') {
                i32::MIN
            } else {
                i32::MAX
            });
            if v != 0.0 {
                v *= 2f64.powi(n.clamp(-2200, 2200));
            }
        }
        return Some(if neg { -v } else { v });
    }
    let lower = body.to_ascii_lowercase();
    if lower.starts_with("inf") || lower.starts_with("nan") {
        // strtod accepts these.
        let v: f64 = match lower.as_str() {
            "inf" | "infinity" => f64::INFINITY,
            "nan" => f64::NAN,
            _ => return None,
        };
        return Some(if neg { -v } else { v });
    }
    if !body
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
    {
        return None;
    }
    let v: f64 = body.parse().ok()?;
    Some(if neg { -v } else { v })
}

// ---------------------------------------------------------------------------------------------
// Hidden helpers.

/// The helper functions in the order of [`keys::SLOTS`] (slot 0, the line cell, is nil here).
pub fn helper_values<'gc>(ctx: Context<'gc>) -> [Value<'gc>; 11] {
    let h = helpers(ctx);
    let names = [
        "", "concat", "method", "first", "setg", "ident", "del", "arith", "cmp", "", "overflow",
    ];
    names.map(|n| {
        if n.is_empty() {
            Value::Nil
        } else {
            h.misc.get(ctx, n)
        }
    })
}

fn helpers<'gc>(ctx: Context<'gc>) -> RtState<'gc> {
    let r = rt(ctx);
    if r.misc.get(ctx, "concat").is_nil() {
        let _ = r.misc.set(ctx, "concat", concat_helper(ctx));
        let _ = r.misc.set(ctx, "method", method_helper(ctx));
        let _ = r.misc.set(
            ctx,
            "first",
            Callback::from_fn(&ctx, |_, _, mut stack| {
                let v = stack.get(0);
                stack.clear();
                stack.push_back(v);
                Ok(CallbackReturn::Return)
            }),
        );
        let _ = r.misc.set(ctx, "setg", setg_helper(ctx));
        let _ = r.misc.set(ctx, "del", del_helper(ctx));
        let _ = r.misc.set(ctx, "arith", arith_helper(ctx));
        let _ = r.misc.set(ctx, "cmp", compare_helper(ctx));
        let _ = r.misc.set(
            ctx,
            "overflow",
            Callback::from_fn(&ctx, |ctx, _, _| {
                // Lua 5.1 raises it in the caller, before the callee runs.
                set_depth(ctx, (depth(ctx) - 1.0).max(0.0));
                let msg = format!("{}stack overflow", position_prefix(ctx).0);
                Err(Error::from_value(ctx.intern(msg.as_bytes()).into()))
            }),
        );
        // `ident(line, ...)`: restores the tracked line, returns the other arguments.
        let _ = r.misc.set(
            ctx,
            "ident",
            Callback::from_fn(&ctx, |ctx, _, mut stack| {
                // Leaving a function; a negative code marks a tail call, whose depth was
                // already given back before the call.
                if let Some(code) = as_number(stack.get(0)) {
                    set_position_code(ctx, code.abs());
                    if code >= 0.0 {
                        set_depth(ctx, (depth(ctx) - 1.0).max(0.0));
                    }
                }
                let _ = stack.pop_front();
                Ok(CallbackReturn::Return)
            }),
        );
    }
    r
}

fn concat_helper<'gc>(ctx: Context<'gc>) -> Callback<'gc> {
    Callback::from_fn(&ctx, |ctx, exec, mut stack| {
        let descs: Vec<String> = match stack.get(0) {
            Value::String(s) => String::from_utf8_lossy(s.as_bytes())
                .split('\n')
                .map(str::to_string)
                .collect(),
            _ => Vec::new(),
        };
        let n = stack.len().saturating_sub(1);
        let ok =
            |v: Value<'_>| matches!(v, Value::String(_) | Value::Integer(_) | Value::Number(_));
        let mut bad: Option<usize> = None;
        for i in (0..n).rev() {
            if !ok(stack.get(i + 1)) {
                bad = Some(i);
                break;
            }
        }
        if bad.is_some() {
            let vals: Vec<Value<'gc>> = (0..n).map(|i| stack.get(i + 1)).collect();
            if vals
                .iter()
                .any(|v| !ok(*v) && !metamethod(ctx, *v, "__concat").is_nil())
            {
                stack.clear();
                return Ok(CallbackReturn::Sequence(BoxSequence::new(
                    &ctx,
                    ConcatSeq {
                        idx: (0..n).map(Some).collect(),
                        vals,
                        descs,
                        waiting: false,
                    },
                )));
            }
        }
        if let Some(mut i) = bad {
            if i + 1 == n && i >= 1 && !ok(stack.get(i)) {
                i -= 1;
            }
            let v = stack.get(i + 1);
            let t = type_name(v);
            let msg = match descs.get(i).filter(|d| !d.is_empty()) {
                Some(d) => format!("attempt to concatenate {d} (a {t} value)"),
                None => format!("attempt to concatenate a {t} value"),
            };
            return Err(helper_error(ctx, &exec, msg));
        }
        let mut total: usize = 0;
        for i in 0..n {
            total = total.saturating_add(match stack.get(i + 1) {
                Value::String(s) => s.as_bytes().len(),
                _ => 24,
            });
        }
        if total > max_string_len() {
            return Err(helper_error(ctx, &exec, "string length overflow"));
        }
        let mut out = Vec::with_capacity(total);
        for i in 0..n {
            match stack.get(i + 1) {
                Value::String(s) => out.extend_from_slice(s.as_bytes()),
                v => out.extend(raw_tostring(v)),
            }
        }
        stack.clear();
        stack.push_back(ctx.intern(&out).into());
        Ok(CallbackReturn::Return)
    })
}

// ---------------------------------------------------------------------------------------------
// Metamethod-aware operators (chunks whose text names an arithmetic or order metamethod).

/// Metatable a script set on `v` (see [`super::usermeta::visible_metatable`]).
pub fn user_metatable<'gc>(ctx: Context<'gc>, v: Value<'gc>) -> Option<Table<'gc>> {
    if let Value::Table(t) = v {
        if !rt(ctx).readonly.get_value(t.into()).is_nil() {
            return None;
        }
    }
    super::usermeta::visible_metatable(ctx, v)
}

/// The metamethod `event` of `v`, or nil.
pub fn metamethod<'gc>(ctx: Context<'gc>, v: Value<'gc>, event: &'static str) -> Value<'gc> {
    match user_metatable(ctx, v) {
        Some(mt) => mt.get(ctx, event),
        None => Value::Nil,
    }
}

/// Lua's `rawequal`.
pub fn raw_equal<'gc>(a: Value<'gc>, b: Value<'gc>) -> bool {
    match (a, b) {
        (Value::Nil, Value::Nil) => true,
        (Value::Boolean(x), Value::Boolean(y)) => x == y,
        (Value::String(x), Value::String(y)) => x.as_bytes() == y.as_bytes(),
        (Value::Table(x), Value::Table(y)) => x == y,
        (Value::Function(x), Value::Function(y)) => x == y,
        (Value::Thread(x), Value::Thread(y)) => x == y,
        (Value::UserData(x), Value::UserData(y)) => x == y,
        (x, y) => match (as_number(x), as_number(y)) {
            (Some(p), Some(q)) => p == q,
            _ => false,
        },
    }
}

/// Lua 5.1 `luaV_tonumber`: numbers, and strings that read as numbers.
fn arith_number(v: Value<'_>) -> Option<f64> {
    match v {
        Value::String(s) => parse_number(s.as_bytes()),
        v => as_number(v),
    }
}

/// Operators of the `arith` helper (first argument).
const ARITH_EVENTS: [&str; 7] = [
    "__add", "__sub", "__mul", "__div", "__mod", "__pow", "__unm",
];

/// Resolves a metamethod value to something piccolo can call without following a chain of
/// `__call` tables (Lua 5.1 allows one level: a callable table whose `__call` is a function).
fn callable_mm<'gc>(ctx: Context<'gc>, mm: Value<'gc>) -> Option<(Function<'gc>, bool)> {
    match mm {
        Value::Function(f) => Some((f, false)),
        Value::Table(_) | Value::UserData(_) => match metamethod(ctx, mm, "__call") {
            Value::Function(f) => Some((f, true)),
            _ => None,
        },
        _ => None,
    }
}

/// A call's continuation keeping only its first result as is.
pub fn first_result<'gc>(ctx: Context<'gc>) -> BoxSequence<'gc> {
    BoxSequence::new(&ctx, MetaResultFix { boolean: None })
}

/// Keeps only the first result of a metamethod (or its truth value, possibly negated).
#[derive(Collect)]
#[collect(require_static)]
struct MetaResultFix {
    /// `None`: first value as is; `Some(neg)`: boolean, negated if `neg`.
    boolean: Option<bool>,
}

impl<'gc> Sequence<'gc> for MetaResultFix {
    fn poll(
        &mut self,
        _ctx: Context<'gc>,
        _exec: Execution<'gc, '_>,
        mut stack: Stack<'gc, '_>,
    ) -> Result<SequencePoll<'gc>, Error<'gc>> {
        let v = stack.get(0);
        stack.clear();
        match self.boolean {
            None => stack.push_back(v),
            Some(neg) => {
                let truthy = !matches!(v, Value::Nil | Value::Boolean(false));
                stack.push_back(Value::Boolean(truthy != neg));
            }
        }
        Ok(SequencePoll::Return)
    }
}

/// Calls metamethod `mm` with `args`, fixing up its results as `fix` says.
fn call_mm<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    mut stack: Stack<'gc, '_>,
    mm: Value<'gc>,
    args: [Value<'gc>; 2],
    fix: Option<bool>,
) -> Result<CallbackReturn<'gc>, Error<'gc>> {
    let Some((function, with_self)) = callable_mm(ctx, mm) else {
        return Err(helper_error(
            ctx,
            exec,
            format!("attempt to call a {} value", type_name(mm)),
        ));
    };
    stack.clear();
    if with_self {
        stack.push_back(mm);
    }
    stack.extend(args);
    Ok(CallbackReturn::Call {
        function,
        then: Some(BoxSequence::new(&ctx, MetaResultFix { boolean: fix })),
    })
}

/// `arith(op, descs, a, b)`: Lua 5.1 arithmetic with `__add`..`__unm` (op 1..7).
fn arith_helper<'gc>(ctx: Context<'gc>) -> Callback<'gc> {
    Callback::from_fn(&ctx, |ctx, exec, mut stack| {
        let op = as_number(stack.get(0)).unwrap_or(0.0) as usize;
        let a = stack.get(2);
        let b = stack.get(3);
        if let (Some(x), Some(y)) = (arith_number(a), arith_number(b)) {
            let r = match op {
                1 => x + y,
                2 => x - y,
                3 => x * y,
                4 => x / y,
                5 => x - (x / y).floor() * y,
                6 => x.powf(y),
                _ => -x,
            };
            stack.clear();
            stack.push_back(Value::Number(r));
            return Ok(CallbackReturn::Return);
        }
        let event = ARITH_EVENTS
            .get(op.saturating_sub(1))
            .copied()
            .unwrap_or("__unm");
        let mut mm = metamethod(ctx, a, event);
        if mm.is_nil() {
            mm = metamethod(ctx, b, event);
        }
        if mm.is_nil() {
            let descs = match stack.get(1) {
                Value::String(s) => String::from_utf8_lossy(s.as_bytes()).into_owned(),
                _ => String::new(),
            };
            let bad = usize::from(arith_number(a).is_some());
            let v = if bad == 0 { a } else { b };
            let t = type_name(v);
            let known = descs
                .split('\n')
                .nth(bad)
                .filter(|d| !d.is_empty())
                .map(str::to_string);
            let guessed = || {
                let (_, pos) = position_prefix(ctx);
                describe_failure(ctx, pos, OpKind::Arith, Some(t)).0
            };
            let msg = match known.or_else(guessed) {
                Some(d) => format!("attempt to perform arithmetic on {d} (a {t} value)"),
                None => format!("attempt to perform arithmetic on a {t} value"),
            };
            return Err(helper_error(ctx, &exec, msg));
        }
        call_mm(ctx, &exec, stack, mm, [a, b], None)
    })
}

/// The order metamethod `event` shared by `l` and `r` (Lua 5.1 requires the same one).
fn order_mm<'gc>(
    ctx: Context<'gc>,
    l: Value<'gc>,
    r: Value<'gc>,
    event: &'static str,
) -> Option<Value<'gc>> {
    let m1 = metamethod(ctx, l, event);
    if m1.is_nil() {
        return None;
    }
    let m2 = metamethod(ctx, r, event);
    raw_equal(m1, m2).then_some(m1)
}

/// `cmp(op, a, b)`: Lua 5.1 `<` `<=` `>` `>=` (op 1..4) with `__lt`/`__le`.
fn compare_helper<'gc>(ctx: Context<'gc>) -> Callback<'gc> {
    Callback::from_fn(&ctx, |ctx, exec, mut stack| {
        let op = as_number(stack.get(0)).unwrap_or(0.0) as usize;
        let (a, b) = (stack.get(1), stack.get(2));
        // `a > b` is `b < a`, `a >= b` is `b <= a`.
        let (l, r) = if op >= 3 { (b, a) } else { (a, b) };
        let le = op == 2 || op == 4;
        let (tl, tr) = (type_name(l), type_name(r));
        let result = if tl != tr {
            None
        } else {
            match (l, r) {
                (Value::String(x), Value::String(y)) => Some(if le {
                    x.as_bytes() <= y.as_bytes()
                } else {
                    x.as_bytes() < y.as_bytes()
                }),
                _ => match (as_number(l), as_number(r)) {
                    (Some(x), Some(y)) => Some(if le { x <= y } else { x < y }),
                    _ => {
                        if le {
                            if let Some(mm) = order_mm(ctx, l, r, "__le") {
                                return call_mm(ctx, &exec, stack, mm, [l, r], Some(false));
                            }
                            if let Some(mm) = order_mm(ctx, r, l, "__lt") {
                                return call_mm(ctx, &exec, stack, mm, [r, l], Some(true));
                            }
                        } else if let Some(mm) = order_mm(ctx, l, r, "__lt") {
                            return call_mm(ctx, &exec, stack, mm, [l, r], Some(false));
                        }
                        None
                    }
                },
            }
        };
        match result {
            Some(v) => {
                stack.clear();
                stack.push_back(Value::Boolean(v));
                Ok(CallbackReturn::Return)
            }
            None => {
                let msg = if tl == tr {
                    format!("attempt to compare two {tl} values")
                } else {
                    format!("attempt to compare {tl} with {tr}")
                };
                Err(helper_error(ctx, &exec, msg))
            }
        }
    })
}

/// Lua 5.1 `luaV_concat` over values some of which have `__concat`: reduces from the right,
/// joining runs of strings/numbers and calling the metamethod for any other pair.
#[derive(Collect)]
#[collect(no_drop)]
struct ConcatSeq<'gc> {
    vals: Vec<Value<'gc>>,
    /// Original operand index of each value (`None` for a metamethod result).
    idx: Vec<Option<usize>>,
    descs: Vec<String>,
    /// A metamethod call is out; its first result is on the stack.
    waiting: bool,
}

impl<'gc> Sequence<'gc> for ConcatSeq<'gc> {
    fn poll(
        &mut self,
        ctx: Context<'gc>,
        exec: Execution<'gc, '_>,
        mut stack: Stack<'gc, '_>,
    ) -> Result<SequencePoll<'gc>, Error<'gc>> {
        let ok =
            |v: Value<'_>| matches!(v, Value::String(_) | Value::Integer(_) | Value::Number(_));
        if self.waiting {
            self.waiting = false;
            self.vals.push(stack.get(0));
            self.idx.push(None);
        }
        stack.clear();
        while self.vals.len() >= 2 {
            let n = self.vals.len();
            let (Some(&a), Some(&b)) = (self.vals.get(n - 2), self.vals.get(n - 1)) else {
                break;
            };
            if ok(a) && ok(b) {
                // Join the longest run of strings/numbers ending at the top.
                let mut start = n - 2;
                while start > 0 && self.vals.get(start - 1).is_some_and(|v| ok(*v)) {
                    start -= 1;
                }
                let mut total = 0usize;
                for v in self.vals.get(start..).unwrap_or(&[]) {
                    total = total.saturating_add(match v {
                        Value::String(s) => s.as_bytes().len(),
                        _ => 24,
                    });
                }
                if total > max_string_len() {
                    return Err(helper_error(ctx, &exec, "string length overflow"));
                }
                let mut out = Vec::with_capacity(total);
                for v in self.vals.get(start..).unwrap_or(&[]) {
                    match v {
                        Value::String(s) => out.extend_from_slice(s.as_bytes()),
                        v => out.extend(raw_tostring(*v)),
                    }
                }
                self.vals.truncate(start);
                self.idx.truncate(start);
                self.vals.push(ctx.intern(&out).into());
                self.idx.push(None);
                continue;
            }
            let mut mm = metamethod(ctx, a, "__concat");
            if mm.is_nil() {
                mm = metamethod(ctx, b, "__concat");
            }
            if mm.is_nil() {
                // Lua 5.1 names the left operand unless it is a string or number.
                let bad = if ok(a) { n - 1 } else { n - 2 };
                let v = self.vals.get(bad).copied().unwrap_or(Value::Nil);
                let d = self
                    .idx
                    .get(bad)
                    .copied()
                    .flatten()
                    .and_then(|i| self.descs.get(i))
                    .filter(|d| !d.is_empty());
                let t = type_name(v);
                let msg = match d {
                    Some(d) => format!("attempt to concatenate {d} (a {t} value)"),
                    None => format!("attempt to concatenate a {t} value"),
                };
                return Err(helper_error(ctx, &exec, msg));
            }
            let Some((function, with_self)) = callable_mm(ctx, mm) else {
                return Err(helper_error(
                    ctx,
                    &exec,
                    format!("attempt to call a {} value", type_name(mm)),
                ));
            };
            self.vals.truncate(n - 2);
            self.idx.truncate(n - 2);
            if with_self {
                stack.push_back(mm);
            }
            stack.push_back(a);
            stack.push_back(b);
            self.waiting = true;
            return Ok(SequencePoll::Call {
                function,
                is_tail: false,
            });
        }
        stack.push_back(self.vals.first().copied().unwrap_or(Value::Nil));
        Ok(SequencePoll::Return)
    }
}

#[derive(Collect)]
#[collect(no_drop)]
struct CallResult<'gc> {
    args: Vec<Value<'gc>>,
    name: Vec<u8>,
}

impl<'gc> Sequence<'gc> for CallResult<'gc> {
    fn poll(
        &mut self,
        ctx: Context<'gc>,
        exec: Execution<'gc, '_>,
        mut stack: Stack<'gc, '_>,
    ) -> Result<SequencePoll<'gc>, Error<'gc>> {
        let f = stack.get(0);
        let function = meta_ops::call(ctx, f).map_err(|_| {
            helper_error(
                ctx,
                &exec,
                format!(
                    "attempt to call method '{}' (a {} value)",
                    String::from_utf8_lossy(&self.name),
                    type_name(f)
                ),
            )
        })?;
        stack.clear();
        stack.extend(self.args.drain(..));
        Ok(SequencePoll::Call {
            function,
            is_tail: true,
        })
    }
}

/// Renumbers `bad argument #N to 'm'` errors of a method called with `:` like Lua 5.1 does
/// (`self` is not counted; a bad `self` reads `calling 'm' on bad self`).
#[derive(Collect)]
#[collect(require_static)]
struct MethodArgFix {
    name: Vec<u8>,
}

impl<'gc> Sequence<'gc> for MethodArgFix {
    fn poll(
        &mut self,
        _ctx: Context<'gc>,
        _exec: Execution<'gc, '_>,
        _stack: Stack<'gc, '_>,
    ) -> Result<SequencePoll<'gc>, Error<'gc>> {
        Ok(SequencePoll::Return)
    }

    fn error(
        &mut self,
        ctx: Context<'gc>,
        _exec: Execution<'gc, '_>,
        error: Error<'gc>,
        _stack: Stack<'gc, '_>,
    ) -> Result<SequencePoll<'gc>, Error<'gc>> {
        let Error::Lua(e) = &error else {
            return Err(error);
        };
        let Value::String(s) = e.0 else {
            return Err(error);
        };
        let mut text = String::from_utf8_lossy(s.as_bytes()).into_owned();
        // The callee ran below this sequence, so it could not see the Lua caller's line.
        let pre = where_prefix(&_exec);
        let positioned = !pre.is_empty() && !text.starts_with(&pre);
        if positioned {
            text = format!("{pre}{text}");
        }
        let name = String::from_utf8_lossy(&self.name).into_owned();
        let Some(at) = text.find("bad argument #") else {
            return Err(if positioned {
                Error::from_value(ctx.intern(text.as_bytes()).into())
            } else {
                error
            });
        };
        let rest = text.get(at + 14..).unwrap_or("");
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let after = rest.get(digits.len()..).unwrap_or("");
        let tail_prefix = format!(" to '{name}' (");
        let (Ok(n), true) = (digits.parse::<u32>(), after.starts_with(&tail_prefix)) else {
            return Err(Error::from_value(ctx.intern(text.as_bytes()).into()));
        };
        let head = text.get(..at).unwrap_or("");
        let fixed = if n <= 1 {
            let reason = after
                .get(tail_prefix.len()..)
                .unwrap_or("")
                .trim_end_matches(')');
            format!("{head}calling '{name}' on bad self ({reason})")
        } else {
            format!("{head}bad argument #{}{after}", n - 1)
        };
        Err(Error::from_value(ctx.intern(fixed.as_bytes()).into()))
    }
}

fn method_helper<'gc>(ctx: Context<'gc>) -> Callback<'gc> {
    Callback::from_fn(&ctx, |ctx, exec, mut stack| {
        let obj = stack.get(0);
        let name = stack.get(1);
        let name_bytes = match name {
            Value::String(s) => s.as_bytes().to_vec(),
            _ => Vec::new(),
        };
        let method = match obj {
            Value::String(_) => {
                let lib = rt(ctx).misc.get(ctx, "string");
                match lib {
                    Value::Table(t) => MetaResult::Value(t.get_value(name)),
                    _ => MetaResult::Value(Value::Nil),
                }
            }
            Value::Table(_) => super::usermeta::index_value(ctx, &exec, obj, name)?,
            _ => match meta_ops::index(ctx, obj, name) {
                Ok(r) => r,
                Err(e) => {
                    let found = lua_type(e.found);
                    let (_, pos) = position_prefix(ctx);
                    let (d, _) = describe_failure(ctx, pos, OpKind::Index, Some(found));
                    let msg = match d {
                        Some(d) => format!("attempt to index {d} (a {found} value)"),
                        None => format!("attempt to index a {found} value"),
                    };
                    return Err(helper_error(ctx, &exec, msg));
                }
            },
        };
        match method {
            MetaResult::Value(f) => {
                let function = meta_ops::call(ctx, f).map_err(|_| {
                    helper_error(
                        ctx,
                        &exec,
                        format!(
                            "attempt to call method '{}' (a {} value)",
                            String::from_utf8_lossy(&name_bytes),
                            type_name(f)
                        ),
                    )
                })?;
                // Remove the name, keep obj + args.
                let mut rest: Vec<Value<'gc>> = Vec::with_capacity(stack.len());
                rest.push(obj);
                for i in 2..stack.len() {
                    rest.push(stack.get(i));
                }
                stack.clear();
                stack.extend(rest);
                let then = match function {
                    Function::Callback(_) => {
                        Some(BoxSequence::new(&ctx, MethodArgFix { name: name_bytes }))
                    }
                    Function::Closure(_) => None,
                };
                Ok(CallbackReturn::Call { function, then })
            }
            MetaResult::Call(call) => {
                let mut args: Vec<Value<'gc>> = Vec::with_capacity(stack.len());
                args.push(obj);
                for i in 2..stack.len() {
                    args.push(stack.get(i));
                }
                stack.clear();
                stack.extend(call.args);
                Ok(CallbackReturn::Call {
                    function: call.function,
                    then: Some(BoxSequence::new(
                        &ctx,
                        CallResult {
                            args,
                            name: name_bytes,
                        },
                    )),
                })
            }
        }
    })
}

fn setg_helper<'gc>(ctx: Context<'gc>) -> Callback<'gc> {
    Callback::from_fn(&ctx, |ctx, exec, mut stack| {
        let env = stack.get(0);
        let key = stack.get(1);
        let value = stack.get(2);
        stack.clear();
        let Value::Table(env) = env else {
            return Ok(CallbackReturn::Return);
        };
        if !rt(ctx).sealed.get_value(env.into()).is_nil() {
            return Err(helper_error(
                ctx,
                &exec,
                "Attempt to modify a readonly table",
            ));
        }
        match meta_ops::new_index(ctx, env.into(), key, value)? {
            None => {
                if value.is_nil() {
                    after_nil_store(ctx, env, key);
                }
                Ok(CallbackReturn::Return)
            }
            Some(call) => {
                stack.extend(call.args);
                Ok(CallbackReturn::Call {
                    function: call.function,
                    then: None,
                })
            }
        }
    })
}

// ---------------------------------------------------------------------------------------------
// Dead-key safety.
//
// piccolo 0.3.3 turns a GC-typed key (string, table, function) whose value is set to nil into a
// "dead" key and panics ("all keys must be live when table is grown") if the hash part later has
// to grow while such a key is present. Every nil store of a script goes through `del`, which
// marks the table: tables without a metatable get the shared DIRTY metatable whose
// `__newindex` (run for new keys only) first lets piccolo drop dead keys (`reserve_map(1)`
// retains live entries when the map is full) and then stores; other tables are rebuilt.

fn dirty_metatable<'gc>(ctx: Context<'gc>) -> Table<'gc> {
    let r = rt(ctx);
    if let Value::Table(t) = r.misc.get(ctx, "dirty_mt") {
        return t;
    }
    let mt = Table::new(&ctx);
    let guard = Callback::from_fn(&ctx, |ctx, exec, mut stack| {
        let t = stack.get(0);
        let k = stack.get(1);
        let v = stack.get(2);
        stack.clear();
        if let Value::Table(t) = t {
            t.into_inner().borrow_mut(&ctx).raw_table.reserve_map(1);
            if let Err(e) = t.set_value(&ctx, k, v) {
                return Err(helper_error(ctx, &exec, key_error_text(e)));
            }
            // Keep at least one free slot so updates of existing keys never grow the map.
            t.into_inner().borrow_mut(&ctx).raw_table.reserve_map(1);
        }
        Ok(CallbackReturn::Return)
    });
    let _ = mt.set(ctx, "__newindex", guard);
    let _ = r.misc.set(ctx, "dirty_mt", mt);
    mt
}

/// True if `t`'s metatable is the internal dirty-marker metatable (hidden from scripts).
pub fn is_dirty_marker<'gc>(ctx: Context<'gc>, mt: Table<'gc>) -> bool {
    matches!(rt(ctx).misc.get(ctx, "dirty_mt"), Value::Table(d) if d == mt)
}

fn key_error_text(e: piccolo::table::InvalidTableKey) -> &'static str {
    match e {
        piccolo::table::InvalidTableKey::IsNaN => "table index is NaN",
        piccolo::table::InvalidTableKey::IsNil => "table index is nil",
    }
}

/// Rebuilds `t`'s storage without dead keys.
pub fn compact_table<'gc>(ctx: Context<'gc>, t: Table<'gc>) {
    let mut fresh = piccolo::table::RawTable::new(&ctx);
    let mut k = Value::Nil;
    while let piccolo::table::NextValue::Found { key, value } = t.next(k) {
        let _ = fresh.set(key, value);
        k = key;
    }
    t.into_inner().borrow_mut(&ctx).raw_table = fresh;
}

/// After a nil store of `key` into `t`: make sure a dead key cannot crash later growth.
pub fn after_nil_store<'gc>(ctx: Context<'gc>, t: Table<'gc>, key: Value<'gc>) {
    if !matches!(
        key,
        Value::String(_)
            | Value::Table(_)
            | Value::Function(_)
            | Value::Thread(_)
            | Value::UserData(_)
    ) {
        return;
    }
    match t.metatable() {
        None => {
            t.set_metatable(&ctx, Some(dirty_metatable(ctx)));
            t.into_inner().borrow_mut(&ctx).raw_table.reserve_map(1);
        }
        Some(mt) if is_dirty_marker(ctx, mt) || super::usermeta::is_internal(ctx, mt) => {
            t.into_inner().borrow_mut(&ctx).raw_table.reserve_map(1);
        }
        Some(_) => compact_table(ctx, t),
    }
}

fn del_helper<'gc>(ctx: Context<'gc>) -> Callback<'gc> {
    Callback::from_fn(&ctx, |ctx, exec, mut stack| {
        let t = stack.get(0);
        let k = stack.get(1);
        stack.clear();
        match meta_ops::new_index(ctx, t, k, Value::Nil) {
            Ok(None) => {
                if let Value::Table(t) = t {
                    after_nil_store(ctx, t, k);
                }
                Ok(CallbackReturn::Return)
            }
            Ok(Some(call)) => {
                stack.extend(call.args);
                Ok(CallbackReturn::Call {
                    function: call.function,
                    then: None,
                })
            }
            Err(e) => {
                let msg = if let Some(te) = e.downcast::<TypeError>() {
                    let found = lua_type(te.found);
                    let (_, pos) = position_prefix(ctx);
                    let (d, _) = describe_failure(ctx, pos, OpKind::Index, Some(found));
                    match d {
                        Some(d) => format!("attempt to index {d} (a {found} value)"),
                        None => format!("attempt to index a {found} value"),
                    }
                } else if let Some(ke) = e.downcast::<piccolo::table::InvalidTableKey>() {
                    key_error_text(*ke).to_string()
                } else {
                    e.to_string()
                };
                Err(helper_error(ctx, &exec, msg))
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::{parse_number, ChunkInfo, ChunkRegistryInner};

    #[test]
    fn numbers_parse_like_lua() {
        assert_eq!(parse_number(b" 10 "), Some(10.0));
        assert_eq!(parse_number(b"0x10"), Some(16.0));
        assert_eq!(parse_number(b"1e2"), Some(100.0));
        assert_eq!(parse_number(b"abc"), None);
        assert_eq!(parse_number(b""), None);
        assert_eq!(parse_number(b"1 2"), None);
    }

    fn info(name: &str) -> ChunkInfo {
        ChunkInfo {
            name: name.to_string(),
            lines: Default::default(),
        }
    }

    #[test]
    fn finds_ids_across_a_wrap() {
        let mut r = ChunkRegistryInner::default();
        assert!(r.get(1).is_none());
        // Two ascending runs: 100..105, then the ids after the wrap, 1..4.
        for id in (100..105).chain(1..4) {
            r.chunks.push_back((id, info(&format!("c{id}"))));
        }
        for id in (100..105).chain(1..4) {
            assert_eq!(r.get(id).map(|c| c.name.clone()), Some(format!("c{id}")));
        }
        for id in [0, 4, 50, 99, 105, 1000] {
            assert!(r.get(id).is_none(), "{id}");
        }
    }
}
