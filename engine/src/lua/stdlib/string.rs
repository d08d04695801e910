//! Lua 5.1 `string` library (`byte char dump find format gfind gmatch gsub len lower match
//! rep reverse sub upper`), behaving like PUC-Rio Lua 5.1's `lstrlib`: same argument
//! coercions (numbers as `%.14g` text, numeric strings as numbers, C casts for integers),
//! same error texts (`bad argument #1 to 'rep' (number expected, got no value)`), prefixed
//! with the caller's `chunk:line:` like `luaL_error` does.
//!
//! Limits: results are capped at the runtime's string cap bytes (`string.rep`, `gsub`, `format`),
//! raising `not enough memory`; pattern matching is bounded (see [`crate::lua::pattern`]).
//! Long operations consume piccolo fuel, and `gsub` runs as a sequence that yields back to
//! the executor between chunks so fuel limits can interrupt it.

use std::borrow::Cow;
use std::cell::Cell;

use gc_arena::Collect;
use piccolo::{
    meta_ops, BoxSequence, Callback, CallbackReturn, Context, Error, Execution, Function, Sequence,
    SequencePoll, Stack, String as LuaString, Table, Value,
};

use crate::lua::pattern::{self, CapValue, MatchState, PatError};
use crate::util::numfmt::{self, Spec};

/// Largest string the library will build: the runtime's per-string cap (64 MiB by default,
/// see [`crate::lua::runtime::max_string_len`]); beyond it `not enough memory` is raised.
fn max_string() -> usize {
    crate::lua::runtime::max_string_len()
}

/// Pattern steps per unit of fuel consumed.
const STEPS_PER_FUEL: u64 = 4;
/// Bytes produced per unit of fuel consumed.
const BYTES_PER_FUEL: usize = 64;
/// Pattern steps one `gsub` poll may use before yielding back to the executor.
const GSUB_CHUNK_STEPS: u64 = 100_000;

const NOT_ENOUGH_MEMORY: &str = "not enough memory";

/// Lua 5.1's limit on values a C function may push (`LUAI_MAXCSTACK`).
const LUAI_MAXCSTACK: usize = 8000;

/// Where a library error is reported (`chunk:line: ` of the calling Lua function, like
/// `luaL_where(L, 1)`, via [`crate::lua::runtime::where_prefix`]), and the function name
/// used in `bad argument` messages.
pub struct ErrCx<'gc> {
    ctx: Context<'gc>,
    prefix: Vec<u8>,
    fname: &'static str,
    /// 1 when called as a method (`s:rep()`): Lua 5.1 then numbers arguments without self.
    shift: usize,
}

impl<'gc> ErrCx<'gc> {
    /// Builds the context for a library function called `fname`.
    pub fn new(
        ctx: Context<'gc>,
        exec: &Execution<'gc, '_>,
        fname: &'static str,
        shift: usize,
    ) -> Self {
        // The runtime's `luaL_where(L, 1)`, so all libraries report positions alike.
        // Without a Lua caller (called from `pcall`, or tail-called by `return f()`) Lua 5.1
        // would name the function `?` in the first case; the real name is kept for both.
        let prefix = crate::lua::runtime::where_prefix(exec).into_bytes();
        ErrCx {
            ctx,
            prefix,
            fname,
            shift,
        }
    }

    /// `luaL_error`: the message with the position prefix.
    pub fn error(&self, msg: &[u8]) -> Error<'gc> {
        let mut m = self.prefix.clone();
        m.extend_from_slice(msg);
        Value::String(self.ctx.intern(&m)).into()
    }

    /// A memory error: Lua reports `not enough memory` without a position.
    pub fn memory_error(&self) -> Error<'gc> {
        Value::String(self.ctx.intern(NOT_ENOUGH_MEMORY.as_bytes())).into()
    }

    /// `luaL_argerror`: `bad argument #n to 'f' (extra)`.
    pub fn arg_error(&self, n: usize, extra: &str) -> Error<'gc> {
        if self.shift > 0 && n <= self.shift {
            return self
                .error(format!("calling '{}' on bad self ({})", self.fname, extra).as_bytes());
        }
        let n = n - self.shift;
        self.error(format!("bad argument #{} to '{}' ({})", n, self.fname, extra).as_bytes())
    }

    fn type_error(&self, stack: &Stack<'gc, '_>, i: usize, expected: &str) -> Error<'gc> {
        let got = type_name_at(stack, i);
        self.arg_error(i + 1, &format!("{} expected, got {}", expected, got))
    }

    fn pat(&self, e: PatError) -> Error<'gc> {
        self.error(e.0.as_bytes())
    }

    /// `luaL_checklstring` on argument `i` (0-based).
    fn check_str(&self, stack: &Stack<'gc, '_>, i: usize) -> Result<Cow<'gc, [u8]>, Error<'gc>> {
        value_to_bytes(stack.get(i)).ok_or_else(|| self.type_error(stack, i, "string"))
    }

    /// `luaL_checknumber` on argument `i` (0-based).
    fn check_num(&self, stack: &Stack<'gc, '_>, i: usize) -> Result<f64, Error<'gc>> {
        value_to_number(stack.get(i)).ok_or_else(|| self.type_error(stack, i, "number"))
    }

    /// `luaL_checkinteger` (C `(long)` cast of the number).
    fn check_integer(&self, stack: &Stack<'gc, '_>, i: usize) -> Result<i64, Error<'gc>> {
        // Lua 5.1 numbers are doubles: go through f64 like `lua_tointeger` does.
        Ok(numfmt::c_double_to_i64(self.check_num(stack, i)?))
    }

    /// `luaL_optinteger`.
    fn opt_integer(&self, stack: &Stack<'gc, '_>, i: usize, def: i64) -> Result<i64, Error<'gc>> {
        if stack.get(i).is_nil() {
            Ok(def)
        } else {
            self.check_integer(stack, i)
        }
    }

    /// `luaL_checkint` (the `long` truncated to C `int`).
    fn check_int(&self, stack: &Stack<'gc, '_>, i: usize) -> Result<i64, Error<'gc>> {
        Ok(i64::from(self.check_integer(stack, i)? as i32))
    }
}

fn type_name_at(stack: &Stack<'_, '_>, i: usize) -> &'static str {
    if i >= stack.len() {
        "no value"
    } else {
        stack.get(i).type_name()
    }
}

/// Lua 5.1 `lua_tolstring` for strings and numbers (`%.14g`).
pub fn value_to_bytes(v: Value<'_>) -> Option<Cow<'_, [u8]>> {
    match v {
        Value::String(s) => Some(Cow::Borrowed(s.as_bytes())),
        Value::Integer(i) => Some(Cow::Owned(number_to_bytes(i as f64))),
        Value::Number(n) => Some(Cow::Owned(number_to_bytes(n))),
        _ => None,
    }
}

/// Lua 5.1's number-to-string conversion (`%.14g`).
pub fn number_to_bytes(n: f64) -> Vec<u8> {
    numfmt::fmt_g(n, 14).into_bytes()
}

/// Lua 5.1 `lua_tonumber` for numbers and numeric strings.
pub fn value_to_number(v: Value<'_>) -> Option<f64> {
    match v {
        Value::Integer(i) => Some(i as f64),
        Value::Number(n) => Some(n),
        Value::String(s) => str_to_number(s.as_bytes()),
        _ => None,
    }
}

fn is_c_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Lua 5.1's `luaO_str2d`: C `strtod` (decimal, hex, `inf`, `nan`) with surrounding
/// whitespace allowed; the string ends at its first NUL as in C.
pub fn str_to_number(s: &[u8]) -> Option<f64> {
    let s = pattern::c_pattern(s);
    let (v, used) = strtod(s)?;
    let rest = s.get(used..)?;
    rest.iter().all(|&c| is_c_space(c)).then_some(v)
}

/// C `strtod` prefix parse: value and bytes consumed (None when nothing was parsed).
fn strtod(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    while s.get(i).is_some_and(|&c| is_c_space(c)) {
        i += 1;
    }
    let mut neg = false;
    if let Some(&c) = s.get(i) {
        if c == b'+' || c == b'-' {
            neg = c == b'-';
            i += 1;
        }
    }
    let sign = |v: f64| if neg { -v } else { v };
    let rest = s.get(i..).unwrap_or_default();
    let lower: Vec<u8> = rest
        .iter()
        .take(8)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if lower.starts_with(b"infinity") {
        return Some((sign(f64::INFINITY), i + 8));
    }
    if lower.starts_with(b"inf") {
        return Some((sign(f64::INFINITY), i + 3));
    }
    if lower.starts_with(b"nan") {
        let mut j = i + 3;
        if s.get(j) == Some(&b'(') {
            let mut k = j + 1;
            while s
                .get(k)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
            {
                k += 1;
            }
            if s.get(k) == Some(&b')') {
                j = k + 1;
            }
        }
        return Some((sign(f64::NAN), j));
    }
    if (lower.starts_with(b"0x")) && {
        let c2 = rest.get(2).copied().unwrap_or(0);
        c2.is_ascii_hexdigit() || (c2 == b'.' && rest.get(3).is_some_and(|c| c.is_ascii_hexdigit()))
    } {
        let mut j = i + 2;
        let mut mant = 0f64;
        let mut exp: i64 = 0;
        while let Some(d) = s.get(j).and_then(|c| (*c as char).to_digit(16)) {
            mant = mant * 16.0 + f64::from(d);
            j += 1;
        }
        if s.get(j) == Some(&b'.') {
            j += 1;
            while let Some(d) = s.get(j).and_then(|c| (*c as char).to_digit(16)) {
                mant = mant * 16.0 + f64::from(d);
                exp = exp.saturating_sub(4);
                j += 1;
            }
        }
        if matches!(s.get(j), Some(b'p') | Some(b'P')) {
            let mut k = j + 1;
            let mut eneg = false;
            if let Some(&c) = s.get(k) {
                if c == b'+' || c == b'-' {
                    eneg = c == b'-';
                    k += 1;
                }
            }
            if s.get(k).is_some_and(|c| c.is_ascii_digit()) {
                let mut e: i64 = 0;
                while let Some(c) = s.get(k).filter(|c| c.is_ascii_digit()) {
                    e = e.saturating_mul(10).saturating_add(i64::from(c - b'0'));
                    k += 1;
                }
                exp = exp.saturating_add(if eneg { -e } else { e });
                j = k;
            }
        }
        let e = i32::try_from(exp.clamp(-5000, 5000)).unwrap_or(0);
        let v = if mant == 0.0 {
            0.0
        } else {
            mant * 2f64.powi(e / 2) * 2f64.powi(e - e / 2)
        };
        return Some((sign(v), j));
    }
    // Decimal: digits [. digits] [e [sign] digits]
    let start = i;
    let mut j = i;
    let mut nd = 0;
    while s.get(j).is_some_and(|c| c.is_ascii_digit()) {
        j += 1;
        nd += 1;
    }
    if s.get(j) == Some(&b'.') {
        j += 1;
        while s.get(j).is_some_and(|c| c.is_ascii_digit()) {
            j += 1;
            nd += 1;
        }
    }
    if nd == 0 {
        return None;
    }
    if matches!(s.get(j), Some(b'e') | Some(b'E')) {
        let mut k = j + 1;
        if matches!(s.get(k), Some(b'+') | Some(b'-')) {
            k += 1;
        }
        if s.get(k).is_some_and(|c| c.is_ascii_digit()) {
            while s.get(k).is_some_and(|c| c.is_ascii_digit()) {
                k += 1;
            }
            j = k;
        }
    }
    let text = std::str::from_utf8(s.get(start..j)?).ok()?;
    let text = if text.ends_with('.') || text.contains(".e") || text.contains(".E") {
        Cow::Owned(text.replacen('.', ".0", 1))
    } else {
        Cow::Borrowed(text)
    };
    let text = if text.starts_with('.') {
        Cow::Owned(format!("0{}", text))
    } else {
        text
    };
    let v: f64 = text.parse().ok()?;
    Some((sign(v), j))
}

fn consume_steps(exec: &mut Execution<'_, '_>, steps: u64) {
    let f = i32::try_from(steps / STEPS_PER_FUEL).unwrap_or(i32::MAX);
    exec.fuel().consume(f);
}

fn consume_bytes(exec: &mut Execution<'_, '_>, bytes: usize) {
    let f = i32::try_from(bytes / BYTES_PER_FUEL).unwrap_or(i32::MAX);
    exec.fuel().consume(f);
}

/// Lua 5.1 `posrelat`: negative positions count from the end.
fn posrelat(pos: i64, len: usize) -> i64 {
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    if pos < 0 {
        pos.saturating_add(len).saturating_add(1).max(0)
    } else {
        pos
    }
}

fn to_index(v: i64) -> usize {
    usize::try_from(v.max(0)).unwrap_or(usize::MAX)
}

fn int_value<'gc>(n: usize) -> Value<'gc> {
    Value::Integer(i64::try_from(n).unwrap_or(i64::MAX))
}

fn cap_value<'gc>(ctx: Context<'gc>, src: &[u8], c: CapValue) -> Value<'gc> {
    match c {
        CapValue::Str(a, b) => Value::String(ctx.intern(src.get(a..b).unwrap_or_default())),
        CapValue::Pos(p) => int_value(p),
    }
}

type CbResult<'gc> = Result<CallbackReturn<'gc>, Error<'gc>>;

fn ret<'gc>(ctx: Context<'gc>, mut stack: Stack<'gc, '_>, vals: Vec<Value<'gc>>) -> CbResult<'gc> {
    stack.clear();
    for v in vals {
        stack.push_back(v);
    }
    let _ = ctx;
    Ok(CallbackReturn::Return)
}

fn str_val<'gc>(ctx: Context<'gc>, b: &[u8]) -> Value<'gc> {
    Value::String(ctx.intern(b))
}

fn s_len<'gc>(
    ctx: Context<'gc>,
    exec: Execution<'gc, '_>,
    stack: Stack<'gc, '_>,
    shift: usize,
) -> CbResult<'gc> {
    let cx = ErrCx::new(ctx, &exec, "len", shift);
    let s = cx.check_str(&stack, 0)?;
    let n = s.len();
    ret(ctx, stack, vec![int_value(n)])
}

fn s_sub<'gc>(
    ctx: Context<'gc>,
    exec: Execution<'gc, '_>,
    stack: Stack<'gc, '_>,
    shift: usize,
) -> CbResult<'gc> {
    let cx = ErrCx::new(ctx, &exec, "sub", shift);
    let s = cx.check_str(&stack, 0)?;
    let l = s.len();
    let start = posrelat(cx.check_integer(&stack, 1)?, l).max(1);
    let end = posrelat(cx.opt_integer(&stack, 2, -1)?, l).min(i64::try_from(l).unwrap_or(0));
    let out = if start <= end {
        s.get(to_index(start - 1)..to_index(end))
            .unwrap_or_default()
    } else {
        &[]
    };
    let v = str_val(ctx, out);
    ret(ctx, stack, vec![v])
}

fn map_bytes<'gc>(
    ctx: Context<'gc>,
    mut exec: Execution<'gc, '_>,
    stack: Stack<'gc, '_>,
    name: &'static str,
    f: fn(&[u8]) -> Vec<u8>,
    shift: usize,
) -> CbResult<'gc> {
    let cx = ErrCx::new(ctx, &exec, name, shift);
    let s = cx.check_str(&stack, 0)?;
    consume_bytes(&mut exec, s.len());
    let v = str_val(ctx, &f(&s));
    ret(ctx, stack, vec![v])
}

fn s_upper<'gc>(
    ctx: Context<'gc>,
    exec: Execution<'gc, '_>,
    stack: Stack<'gc, '_>,
    shift: usize,
) -> CbResult<'gc> {
    map_bytes(ctx, exec, stack, "upper", |s| s.to_ascii_uppercase(), shift)
}

fn s_lower<'gc>(
    ctx: Context<'gc>,
    exec: Execution<'gc, '_>,
    stack: Stack<'gc, '_>,
    shift: usize,
) -> CbResult<'gc> {
    map_bytes(ctx, exec, stack, "lower", |s| s.to_ascii_lowercase(), shift)
}

fn s_reverse<'gc>(
    ctx: Context<'gc>,
    exec: Execution<'gc, '_>,
    stack: Stack<'gc, '_>,
    shift: usize,
) -> CbResult<'gc> {
    map_bytes(
        ctx,
        exec,
        stack,
        "reverse",
        |s| s.iter().rev().copied().collect(),
        shift,
    )
}

fn s_rep<'gc>(
    ctx: Context<'gc>,
    mut exec: Execution<'gc, '_>,
    stack: Stack<'gc, '_>,
    shift: usize,
) -> CbResult<'gc> {
    let cx = ErrCx::new(ctx, &exec, "rep", shift);
    let s = cx.check_str(&stack, 0)?;
    let n = cx.check_int(&stack, 1)?;
    let n = to_index(n);
    let total = s.len().checked_mul(n).filter(|&t| t <= max_string());
    let Some(total) = total else {
        return Err(cx.memory_error());
    };
    consume_bytes(&mut exec, total);
    let out = s.repeat(n);
    let v = str_val(ctx, &out);
    ret(ctx, stack, vec![v])
}

fn s_byte<'gc>(
    ctx: Context<'gc>,
    mut exec: Execution<'gc, '_>,
    stack: Stack<'gc, '_>,
    shift: usize,
) -> CbResult<'gc> {
    let cx = ErrCx::new(ctx, &exec, "byte", shift);
    let s = cx.check_str(&stack, 0)?;
    let l = s.len();
    let posi = posrelat(cx.opt_integer(&stack, 1, 1)?, l);
    let pose = posrelat(cx.opt_integer(&stack, 2, posi)?, l).min(i64::try_from(l).unwrap_or(0));
    let posi = posi.max(1);
    let mut vals = Vec::new();
    if posi <= pose {
        let bytes = s
            .get(to_index(posi - 1)..to_index(pose))
            .unwrap_or_default();
        // Lua 5.1's C stack limit (LUAI_MAXCSTACK = 8000 slots, the arguments included).
        if bytes.len().saturating_add(stack.len()) > LUAI_MAXCSTACK {
            return Err(cx.error(b"stack overflow (string slice too long)"));
        }
        consume_bytes(&mut exec, bytes.len());
        vals.extend(bytes.iter().map(|&b| Value::Integer(i64::from(b))));
    }
    ret(ctx, stack, vals)
}

fn s_char<'gc>(
    ctx: Context<'gc>,
    mut exec: Execution<'gc, '_>,
    stack: Stack<'gc, '_>,
    shift: usize,
) -> CbResult<'gc> {
    let cx = ErrCx::new(ctx, &exec, "char", shift);
    let n = stack.len();
    let mut out = Vec::with_capacity(n.min(max_string()));
    for i in 0..n {
        let c = cx.check_int(&stack, i)?;
        let b = u8::try_from(c).map_err(|_| cx.arg_error(i + 1, "invalid value"))?;
        out.push(b);
    }
    consume_bytes(&mut exec, out.len());
    let v = str_val(ctx, &out);
    ret(ctx, stack, vec![v])
}

fn s_dump<'gc>(
    ctx: Context<'gc>,
    exec: Execution<'gc, '_>,
    stack: Stack<'gc, '_>,
    shift: usize,
) -> CbResult<'gc> {
    let cx = ErrCx::new(ctx, &exec, "dump", shift);
    match stack.get(0) {
        Value::Function(Function::Closure(_)) => {
            // piccolo has no bytecode format; return a Lua 5.1-style header so callers see
            // a (binary) string, as `type(string.dump(f))` expects.
            let v = str_val(ctx, b"\x1bLuaQ\x00\x01\x04\x08\x04\x08\x00");
            ret(ctx, stack, vec![v])
        }
        Value::Function(Function::Callback(_)) => Err(cx.error(b"unable to dump given function")),
        _ => Err(cx.type_error(&stack, 0, "function")),
    }
}

fn s_find<'gc>(
    ctx: Context<'gc>,
    exec: Execution<'gc, '_>,
    stack: Stack<'gc, '_>,
    shift: usize,
) -> CbResult<'gc> {
    find_aux(ctx, exec, stack, true, shift)
}

fn s_match<'gc>(
    ctx: Context<'gc>,
    exec: Execution<'gc, '_>,
    stack: Stack<'gc, '_>,
    shift: usize,
) -> CbResult<'gc> {
    find_aux(ctx, exec, stack, false, shift)
}

fn find_aux<'gc>(
    ctx: Context<'gc>,
    mut exec: Execution<'gc, '_>,
    stack: Stack<'gc, '_>,
    find: bool,
    shift: usize,
) -> CbResult<'gc> {
    let cx = ErrCx::new(ctx, &exec, if find { "find" } else { "match" }, shift);
    let s = cx.check_str(&stack, 0)?;
    let p = cx.check_str(&stack, 1)?;
    let l1 = s.len();
    let init = posrelat(cx.opt_integer(&stack, 2, 1)?, l1) - 1;
    let init = to_index(init).min(l1);
    let cp = pattern::c_pattern(&p);
    if find && (stack.get(3).to_bool() || pattern::no_specials(cp)) {
        consume_bytes(&mut exec, l1 - init);
        return match pattern::find_plain(&s, &p, init) {
            Some(i) => ret(ctx, stack, vec![int_value(i + 1), int_value(i + p.len())]),
            None => ret(ctx, stack, vec![Value::Nil]),
        };
    }
    let mut steps = 0;
    let found = pattern::find(&s, &p, init, &mut steps);
    consume_steps(&mut exec, steps);
    match found.map_err(|e| cx.pat(e))? {
        None => ret(ctx, stack, vec![Value::Nil]),
        Some(f) => {
            let mut vals = Vec::new();
            if find {
                vals.push(int_value(f.start + 1));
                vals.push(int_value(f.end));
                vals.extend(f.caps.iter().map(|&c| cap_value(ctx, &s, c)));
            } else if f.caps.is_empty() {
                vals.push(str_val(ctx, s.get(f.start..f.end).unwrap_or_default()));
            } else {
                vals.extend(f.caps.iter().map(|&c| cap_value(ctx, &s, c)));
            }
            ret(ctx, stack, vals)
        }
    }
}

#[derive(Collect)]
#[collect(no_drop)]
struct GmatchState<'gc> {
    src: LuaString<'gc>,
    pat: LuaString<'gc>,
    #[collect(require_static)]
    pos: Cell<usize>,
}

fn s_gmatch<'gc>(
    ctx: Context<'gc>,
    exec: Execution<'gc, '_>,
    stack: Stack<'gc, '_>,
    shift: usize,
) -> CbResult<'gc> {
    let cx = ErrCx::new(ctx, &exec, "gmatch", shift);
    let s = cx.check_str(&stack, 0)?;
    let p = cx.check_str(&stack, 1)?;
    let state = GmatchState {
        src: ctx.intern(&s),
        pat: ctx.intern(&p),
        pos: Cell::new(0),
    };
    let iter = Callback::from_fn_with(&ctx, state, |st, ctx, mut exec, stack| {
        let src = st.src.as_bytes();
        let mut ms = MatchState::new(src, st.pat.as_bytes(), pattern::DEFAULT_BUDGET);
        let mut s1 = st.pos.get();
        let mut result = Ok(None);
        while s1 <= src.len() {
            match ms.try_at(s1, 0) {
                Ok(Some(e)) => {
                    st.pos.set(if e == s1 { e + 1 } else { e });
                    result = ms.captures(s1, e, true).map(Some);
                    break;
                }
                Ok(None) => s1 += 1,
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        consume_steps(&mut exec, ms.steps());
        match result {
            Ok(Some(caps)) => {
                let vals = caps.iter().map(|&c| cap_value(ctx, src, c)).collect();
                ret(ctx, stack, vals)
            }
            Ok(None) => {
                st.pos.set(src.len().saturating_add(1));
                ret(ctx, stack, vec![])
            }
            Err(e) => Err(ErrCx::new(ctx, &exec, "gmatch", 0).pat(e)),
        }
    });
    ret(ctx, stack, vec![Value::Function(Function::Callback(iter))])
}

#[derive(Collect)]
#[collect(no_drop)]
struct Gsub<'gc> {
    src: LuaString<'gc>,
    pat: LuaString<'gc>,
    repl: Value<'gc>,
    #[collect(require_static)]
    st: GsubState,
}

struct GsubState {
    /// Current position in the subject.
    pos: usize,
    /// Pattern start (after a `^` anchor).
    p0: usize,
    anchor: bool,
    n: i64,
    max_n: i64,
    out: Vec<u8>,
    /// A match `(start, end)` whose replacement value is being computed by a call.
    pending: Option<(usize, usize)>,
}

enum Step {
    Continue,
    Done,
}

impl<'gc> Gsub<'gc> {
    fn push_out(&mut self, cx: &ErrCx<'gc>, b: &[u8]) -> Result<(), Error<'gc>> {
        if self.st.out.len().saturating_add(b.len()) > max_string() {
            return Err(cx.memory_error());
        }
        self.st.out.extend_from_slice(b);
        Ok(())
    }

    /// Appends a replacement value (function/table result) for the match `s..e`.
    fn add_result(
        &mut self,
        cx: &ErrCx<'gc>,
        v: Value<'gc>,
        s: usize,
        e: usize,
    ) -> Result<(), Error<'gc>> {
        let src = self.src.as_bytes();
        if !v.to_bool() {
            return self.push_out(cx, src.get(s..e).unwrap_or_default());
        }
        match value_to_bytes(v) {
            Some(b) => self.push_out(cx, &b),
            None => {
                Err(cx.error(format!("invalid replacement value (a {})", v.type_name()).as_bytes()))
            }
        }
    }

    /// Advances past a match ending at `e` (or one byte when none/empty); `Done` at the end.
    fn advance(&mut self, cx: &ErrCx<'gc>, e: Option<usize>) -> Result<Step, Error<'gc>> {
        let src = self.src.as_bytes();
        match e {
            Some(e) if e > self.st.pos => self.st.pos = e,
            _ => match src.get(self.st.pos) {
                Some(&c) => {
                    self.push_out(cx, &[c])?;
                    self.st.pos += 1;
                }
                None => return Ok(Step::Done),
            },
        }
        Ok(if self.st.anchor {
            Step::Done
        } else {
            Step::Continue
        })
    }

    fn finish(
        &mut self,
        ctx: Context<'gc>,
        cx: &ErrCx<'gc>,
        mut stack: Stack<'gc, '_>,
    ) -> Result<SequencePoll<'gc>, Error<'gc>> {
        let src = self.src.as_bytes();
        let rest = src.get(self.st.pos..).unwrap_or_default();
        self.push_out(cx, rest)?;
        let out = std::mem::take(&mut self.st.out);
        stack.clear();
        stack.push_back(str_val(ctx, &out));
        stack.push_back(Value::Integer(self.st.n));
        Ok(SequencePoll::Return)
    }

    /// `add_s`: expands a string replacement for the match `s..e`.
    fn add_s(
        &mut self,
        cx: &ErrCx<'gc>,
        ms: &MatchState<'_>,
        repl: &[u8],
        s: usize,
        e: usize,
    ) -> Result<(), Error<'gc>> {
        let src = self.src.as_bytes();
        let mut i = 0;
        while let Some(&c) = repl.get(i) {
            i += 1;
            if c != b'%' {
                self.push_out(cx, &[c])?;
                continue;
            }
            let d = repl.get(i).copied().unwrap_or(0);
            i += 1;
            if !d.is_ascii_digit() {
                self.push_out(cx, &[d])?;
            } else if d == b'0' {
                self.push_out(cx, src.get(s..e).unwrap_or_default())?;
            } else {
                match ms
                    .capture(usize::from(d - b'1'), s, e)
                    .map_err(|e| cx.pat(e))?
                {
                    CapValue::Str(a, b) => self.push_out(cx, src.get(a..b).unwrap_or_default())?,
                    CapValue::Pos(p) => self.push_out(cx, &number_to_bytes(p as f64))?,
                }
            }
        }
        Ok(())
    }
}

impl<'gc> Sequence<'gc> for Gsub<'gc> {
    fn poll(
        &mut self,
        ctx: Context<'gc>,
        mut exec: Execution<'gc, '_>,
        mut stack: Stack<'gc, '_>,
    ) -> Result<SequencePoll<'gc>, Error<'gc>> {
        let cx = ErrCx::new(ctx, &exec, "gsub", 0);
        if let Some((s, e)) = self.st.pending.take() {
            let v = stack.get(0);
            stack.clear();
            self.add_result(&cx, v, s, e)?;
            if let Step::Done = self.advance(&cx, Some(e))? {
                return self.finish(ctx, &cx, stack);
            }
        }
        let src = self.src.as_bytes();
        let pat = self.pat.as_bytes();
        let mut ms = MatchState::new(src, pat, pattern::DEFAULT_BUDGET);
        let repl_str = match self.repl {
            Value::String(_) | Value::Integer(_) | Value::Number(_) => value_to_bytes(self.repl),
            _ => None,
        };
        loop {
            if self.st.n >= self.st.max_n {
                consume_steps(&mut exec, ms.steps());
                return self.finish(ctx, &cx, stack);
            }
            if ms.steps() > GSUB_CHUNK_STEPS {
                consume_steps(&mut exec, ms.steps());
                return Ok(SequencePoll::Pending);
            }
            let s = self.st.pos;
            let e = ms.try_at(s, self.st.p0).map_err(|e| cx.pat(e))?;
            if let Some(e) = e {
                self.st.n += 1;
                if let Some(r) = &repl_str {
                    self.add_s(&cx, &ms, r, s, e)?;
                } else {
                    let call = match self.repl {
                        Value::Function(f) => {
                            let caps = ms.captures(s, e, true).map_err(|e| cx.pat(e))?;
                            stack.clear();
                            for c in caps {
                                stack.push_back(cap_value(ctx, src, c));
                            }
                            Some(f)
                        }
                        Value::Table(t) => {
                            let key = ms.capture(0, s, e).map_err(|e| cx.pat(e))?;
                            let key = cap_value(ctx, src, key);
                            match meta_ops::index(ctx, Value::Table(t), key)? {
                                meta_ops::MetaResult::Value(v) => {
                                    self.add_result(&cx, v, s, e)?;
                                    None
                                }
                                meta_ops::MetaResult::Call(c) => {
                                    stack.clear();
                                    for a in c.args {
                                        stack.push_back(a);
                                    }
                                    Some(c.function)
                                }
                            }
                        }
                        _ => None,
                    };
                    if let Some(function) = call {
                        consume_steps(&mut exec, ms.steps());
                        self.st.pending = Some((s, e));
                        return Ok(SequencePoll::Call {
                            function,
                            is_tail: false,
                        });
                    }
                }
            }
            if let Step::Done = self.advance(&cx, e)? {
                consume_steps(&mut exec, ms.steps());
                return self.finish(ctx, &cx, stack);
            }
        }
    }
}

fn s_gsub<'gc>(
    ctx: Context<'gc>,
    exec: Execution<'gc, '_>,
    stack: Stack<'gc, '_>,
    shift: usize,
) -> CbResult<'gc> {
    let cx = ErrCx::new(ctx, &exec, "gsub", shift);
    let s = cx.check_str(&stack, 0)?;
    let p = cx.check_str(&stack, 1)?;
    let repl = stack.get(2);
    let srcl = i64::try_from(s.len()).unwrap_or(i64::MAX);
    let max_n = if stack.get(3).is_nil() {
        srcl.saturating_add(1)
    } else {
        cx.check_int(&stack, 3)?
    };
    let cp = pattern::c_pattern(&p);
    let anchor = cp.first() == Some(&b'^');
    if !matches!(
        repl,
        Value::Integer(_)
            | Value::Number(_)
            | Value::String(_)
            | Value::Function(_)
            | Value::Table(_)
    ) {
        return Err(cx.arg_error(3, "string/function/table expected"));
    }
    let seq = Gsub {
        src: ctx.intern(&s),
        pat: ctx.intern(cp),
        repl,
        st: GsubState {
            pos: 0,
            p0: usize::from(anchor),
            anchor,
            n: 0,
            max_n,
            out: Vec::new(),
            pending: None,
        },
    };
    Ok(CallbackReturn::Sequence(BoxSequence::new(&ctx, seq)))
}

/// Parses one `%` spec at `fmt[i..]` (after the `%`), Lua 5.1's `scanformat`.
fn scan_format(fmt: &[u8], mut i: usize) -> Result<(Spec, usize), &'static str> {
    let start = i;
    let mut spec = Spec::new(0);
    while let Some(&c) = fmt.get(i) {
        match c {
            b'-' => spec.minus = true,
            b'+' => spec.plus = true,
            b' ' => spec.space = true,
            b'#' => spec.alt = true,
            b'0' => spec.zero = true,
            _ => break,
        }
        i += 1;
    }
    if i - start >= 6 {
        return Err("invalid format (repeated flags)");
    }
    let digit = |i: usize| {
        fmt.get(i)
            .filter(|c| c.is_ascii_digit())
            .map(|c| usize::from(c - b'0'))
    };
    for _ in 0..2 {
        if let Some(d) = digit(i) {
            spec.width = spec.width * 10 + d;
            i += 1;
        }
    }
    if fmt.get(i) == Some(&b'.') {
        i += 1;
        let mut p = 0;
        for _ in 0..2 {
            if let Some(d) = digit(i) {
                p = p * 10 + d;
                i += 1;
            }
        }
        spec.prec = Some(p);
    }
    if digit(i).is_some() {
        return Err("invalid format (width or precision too long)");
    }
    spec.conv = fmt.get(i).copied().unwrap_or(0);
    Ok((spec, i + 1))
}

/// Cuts at the first NUL, as Lua 5.1 does with `strlen` on `sprintf` output.
fn c_str(mut v: Vec<u8>) -> Vec<u8> {
    if let Some(i) = v.iter().position(|&c| c == 0) {
        v.truncate(i);
    }
    v
}

fn add_quoted(out: &mut Vec<u8>, s: &[u8]) {
    out.push(b'"');
    for &c in s {
        match c {
            b'"' | b'\\' | b'\n' => {
                out.push(b'\\');
                out.push(c);
            }
            b'\r' => out.extend_from_slice(b"\\r"),
            0 => out.extend_from_slice(b"\\000"),
            _ => out.push(c),
        }
    }
    out.push(b'"');
}

fn s_format<'gc>(
    ctx: Context<'gc>,
    mut exec: Execution<'gc, '_>,
    stack: Stack<'gc, '_>,
    shift: usize,
) -> CbResult<'gc> {
    let cx = ErrCx::new(ctx, &exec, "format", shift);
    let fmt = cx.check_str(&stack, 0)?;
    let top = stack.len();
    let mut arg = 0usize;
    let mut out: Vec<u8> = Vec::new();
    let mut i = 0;
    while let Some(&c) = fmt.get(i) {
        i += 1;
        if c != b'%' {
            out.push(c);
            continue;
        }
        if fmt.get(i) == Some(&b'%') {
            out.push(b'%');
            i += 1;
            continue;
        }
        arg += 1;
        if arg >= top {
            return Err(cx.arg_error(arg + 1, "no value"));
        }
        let (spec, ni) = scan_format(&fmt, i).map_err(|m| cx.error(m.as_bytes()))?;
        i = ni;
        let piece = match spec.conv {
            b'c' => {
                let n = numfmt::c_double_to_i32(cx.check_num(&stack, arg)?);
                let b = [n as u8];
                c_str(numfmt::format_str(&Spec { prec: None, ..spec }, &b))
            }
            b'd' | b'i' => {
                let n = numfmt::c_double_to_i64(cx.check_num(&stack, arg)?);
                numfmt::format_int(&spec, n)
            }
            b'o' | b'u' | b'x' | b'X' => {
                let n = numfmt::c_double_to_u64(cx.check_num(&stack, arg)?);
                numfmt::format_uint(&spec, n)
            }
            b'e' | b'E' | b'f' | b'g' | b'G' => {
                numfmt::format_float(&spec, cx.check_num(&stack, arg)?)
            }
            b'q' => {
                let s = cx.check_str(&stack, arg)?;
                let mut q = Vec::with_capacity(s.len().saturating_add(2));
                add_quoted(&mut q, &s);
                q
            }
            b's' => {
                let s = cx.check_str(&stack, arg)?;
                if spec.prec.is_none() && s.len() >= 100 {
                    s.into_owned()
                } else {
                    numfmt::format_str(&spec, pattern::c_pattern(&s))
                }
            }
            other => {
                let mut m = b"invalid option '%".to_vec();
                if other != 0 {
                    m.push(other);
                }
                m.extend_from_slice(b"' to 'format'");
                return Err(cx.error(&m));
            }
        };
        if out.len().saturating_add(piece.len()) > max_string() {
            return Err(cx.memory_error());
        }
        out.extend_from_slice(&piece);
    }
    consume_bytes(&mut exec, out.len());
    let v = str_val(ctx, &out);
    ret(ctx, stack, vec![v])
}

type LibFn = for<'gc> fn(Context<'gc>, Execution<'gc, '_>, Stack<'gc, '_>, usize) -> CbResult<'gc>;

/// The library's functions by name.
const FUNCTIONS: &[(&str, LibFn)] = &[
    ("byte", s_byte),
    ("char", s_char),
    ("dump", s_dump),
    ("find", s_find),
    ("format", s_format),
    ("gfind", s_gmatch),
    ("gmatch", s_gmatch),
    ("gsub", s_gsub),
    ("len", s_len),
    ("lower", s_lower),
    ("match", s_match),
    ("rep", s_rep),
    ("reverse", s_reverse),
    ("sub", s_sub),
    ("upper", s_upper),
];

fn build_table(ctx: Context<'_>, shift: usize) -> Table<'_> {
    let t = Table::new(&ctx);
    for &(name, f) in FUNCTIONS {
        let cb = Callback::from_fn(&ctx, move |ctx, exec, stack| f(ctx, exec, stack, shift));
        // Setting a string key to a function value cannot fail.
        let _ = t.set(ctx, name, cb);
    }
    t
}

/// Builds the `string` table.
pub fn string_table(ctx: Context<'_>) -> Table<'_> {
    build_table(ctx, 0)
}

/// The same functions for method calls on strings (`s:rep(n)`): Lua 5.1 numbers the
/// arguments of a method call without `self`, so `("x"):rep()` reports
/// `bad argument #1 to 'rep'`. A runtime dispatching `s:name(...)` should look `name` up here.
pub fn string_method_table(ctx: Context<'_>) -> Table<'_> {
    build_table(ctx, 1)
}

/// Installs the library into the globals as `string` (replacing piccolo's).
pub fn load_string(ctx: Context<'_>) {
    let t = string_table(ctx);
    let _ = ctx.set_global("string", t);
}

#[cfg(test)]
mod tests;
