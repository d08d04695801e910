//! Redis's `cjson` library (lua-cjson 2.1.0 as bundled with Redis 7.0).
//!
//! `cjson.encode(v)`, `cjson.decode(s)`, `cjson.null` and the configuration functions
//! (`encode_sparse_array`, `encode_max_depth`, `decode_max_depth`, `encode_number_precision`,
//! `encode_keep_buffer`, `encode_invalid_numbers`, `decode_invalid_numbers`, `new`). Output and
//! error texts follow the C library: numbers with `%.14g`, `/` escaped as `\/`, control characters
//! as `\u00XX`, tables whose keys are `1..n` (not too sparse) as arrays and other tables as objects
//! (in table iteration order), JSON `null` as the `cjson.null` sentinel.
//!
//! Encoder and decoder use explicit stacks (no host recursion); nesting is bounded by the
//! configured depths and by the Lua 5.1 C stack limit the original hits (`LUAI_MAXCSTACK`).

use std::cell::RefCell;
use std::rc::Rc;

use gc_arena::{Collect, Rootable};
use piccolo::{Callback, CallbackReturn, Context, Error, Execution, Stack, Table, UserData, Value};

use super::{arg_error, call_name, check_bytes, lua_err, num, to_number, type_error, with_where};

/// Lua 5.1's `LUAI_MAXCSTACK`.
const MAX_SLOTS: usize = 8000;

/// Marker type behind the `cjson.null` userdata.
pub struct CjsonNull;

#[derive(Copy, Clone, Collect)]
#[collect(no_drop)]
struct NullHolder<'gc>(UserData<'gc>);

impl<'gc> piccolo::Singleton<'gc> for NullHolder<'gc> {
    fn create(ctx: Context<'gc>) -> Self {
        NullHolder(UserData::new_static(&ctx, CjsonNull))
    }
}

/// The `cjson.null` sentinel (one per Lua state, so it compares equal to itself).
pub fn cjson_null<'gc>(ctx: Context<'gc>) -> Value<'gc> {
    Value::UserData(ctx.singleton::<Rootable![NullHolder<'_>]>().0)
}

/// Whether a value is the `cjson.null` sentinel.
pub fn is_cjson_null(value: Value<'_>) -> bool {
    matches!(value, Value::UserData(u) if u.is_static::<CjsonNull>())
}

/// Per-instance configuration (`cjson.new()` makes a fresh one).
#[derive(Clone, Debug)]
struct Config {
    sparse_convert: bool,
    sparse_ratio: i32,
    sparse_safe: i32,
    encode_max_depth: i32,
    decode_max_depth: i32,
    /// 0 = off, 1 = on, 2 = "null".
    encode_invalid_numbers: u8,
    decode_invalid_numbers: bool,
    keep_buffer: bool,
    precision: i32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            sparse_convert: false,
            sparse_ratio: 2,
            sparse_safe: 10,
            encode_max_depth: 1000,
            decode_max_depth: 1000,
            encode_invalid_numbers: 0,
            decode_invalid_numbers: true,
            keep_buffer: true,
            precision: 14,
        }
    }
}

type Cfg = Rc<RefCell<Config>>;

// ---------------------------------------------------------------------------------------------
// Encoding

struct Encoder<'gc> {
    ctx: Context<'gc>,
    cfg: Config,
    out: Vec<u8>,
}

fn c_int(n: f64) -> i32 {
    if n.is_finite() && n > -2_147_483_649.0 && n < 2_147_483_648.0 {
        n as i32
    } else {
        i32::MIN
    }
}

fn append_string(out: &mut Vec<u8>, s: &[u8]) {
    out.push(b'"');
    for &b in s {
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'/' => out.extend_from_slice(b"\\/"),
            0x08 => out.extend_from_slice(b"\\b"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            0x0c => out.extend_from_slice(b"\\f"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0..=0x1f | 0x7f => {
                out.extend_from_slice(format!("\\u{:04x}", b).as_bytes());
            }
            _ => out.push(b),
        }
    }
    out.push(b'"');
}

impl<'gc> Encoder<'gc> {
    fn exception(&self, v: Value<'gc>, reason: &str) -> Error<'gc> {
        lua_err(
            self.ctx,
            format!("Cannot serialise {}: {}", v.type_name(), reason),
        )
    }

    fn number(&mut self, v: Value<'gc>, n: f64) -> Result<(), Error<'gc>> {
        match self.cfg.encode_invalid_numbers {
            0 => {
                if !n.is_finite() {
                    return Err(self.exception(v, "must not be NaN or Inf"));
                }
            }
            1 => {
                if n.is_nan() {
                    self.out.extend_from_slice(b"nan");
                    return Ok(());
                }
            }
            _ => {
                if !n.is_finite() {
                    self.out.extend_from_slice(b"null");
                    return Ok(());
                }
            }
        }
        let p = usize::try_from(self.cfg.precision).unwrap_or(14);
        self.out
            .extend_from_slice(crate::util::numfmt::fmt_g(n, p).as_bytes());
        Ok(())
    }

    /// `lua_array_length`: `Ok(Some(n))` to encode as an array of n, `Ok(None)` for an object.
    fn array_length(&self, t: Table<'gc>) -> Result<Option<usize>, Error<'gc>> {
        let mut max: i32 = 0;
        let mut items: i64 = 0;
        for (k, _) in t.iter() {
            let k = match k {
                Value::Integer(i) => i as f64,
                Value::Number(n) => n,
                _ => return Ok(None),
            };
            if k == 0.0 || k.floor() != k || k < 1.0 {
                return Ok(None);
            }
            if k > f64::from(max) {
                max = c_int(k);
            }
            items += 1;
        }
        let ratio = i64::from(self.cfg.sparse_ratio);
        if ratio > 0 && i64::from(max) > items * ratio && max > self.cfg.sparse_safe {
            if !self.cfg.sparse_convert {
                return Err(self.exception(Value::Table(t), "excessively sparse array"));
            }
            return Ok(None);
        }
        Ok(usize::try_from(max).ok().filter(|&m| m > 0))
    }

    fn key(&mut self, k: Value<'gc>) -> Result<(), Error<'gc>> {
        match k {
            Value::Integer(i) => {
                self.out.push(b'"');
                self.number(k, i as f64)?;
                self.out.extend_from_slice(b"\":");
            }
            Value::Number(n) => {
                self.out.push(b'"');
                self.number(k, n)?;
                self.out.extend_from_slice(b"\":");
            }
            Value::String(s) => {
                append_string(&mut self.out, s.as_bytes());
                self.out.push(b':');
            }
            _ => return Err(self.exception(k, "table key must be a number or string")),
        }
        Ok(())
    }

    /// Encodes `v` with an explicit stack (no host recursion).
    fn encode(&mut self, v: Value<'gc>) -> Result<(), Error<'gc>> {
        let mut frames: Vec<EncFrame<'gc>> = Vec::new();
        // Lua stack slots the C encoder would use (argument + per level value / key+value).
        let mut slots: usize = 1;
        let max = usize::try_from(self.cfg.encode_max_depth).unwrap_or(0);
        let mut cur = v;
        loop {
            match cur {
                Value::String(s) => append_string(&mut self.out, s.as_bytes()),
                Value::Integer(i) => self.number(cur, i as f64)?,
                Value::Number(n) => self.number(cur, n)?,
                Value::Boolean(b) => self
                    .out
                    .extend_from_slice(if b { b"true" } else { b"false" }),
                Value::Nil => self.out.extend_from_slice(b"null"),
                Value::UserData(_) if is_cjson_null(cur) => self.out.extend_from_slice(b"null"),
                Value::Table(t) => {
                    let depth = frames.len() + 1;
                    if depth > max || slots + 3 > MAX_SLOTS {
                        return Err(lua_err(
                            self.ctx,
                            format!("Cannot serialise, excessive nesting ({depth})"),
                        ));
                    }
                    match self.array_length(t)? {
                        Some(len) => {
                            self.out.push(b'[');
                            frames.push(EncFrame::Arr { t, i: 0, len });
                            slots += 1;
                        }
                        None => {
                            self.out.push(b'{');
                            let entries = super::luaorder::ordered_entries(t);
                            frames.push(EncFrame::Obj { entries, i: 0 });
                            slots += 2;
                        }
                    }
                }
                _ => return Err(self.exception(cur, "type not supported")),
            }
            if self.out.len() > super::MAX_ENCODED_LEN {
                return Err(lua_err(self.ctx, "Cannot serialise, output too large"));
            }
            // Find the next value to encode, closing finished containers.
            loop {
                match frames.last_mut() {
                    None => return Ok(()),
                    Some(EncFrame::Arr { t, i, len }) => {
                        if *i < *len {
                            if *i > 0 {
                                self.out.push(b',');
                            }
                            *i += 1;
                            cur = t.get_value(Value::Integer(*i as i64));
                            break;
                        }
                        self.out.push(b']');
                        frames.pop();
                        slots = slots.saturating_sub(1);
                    }
                    Some(EncFrame::Obj { entries, i }) => {
                        if let Some(&(k, value)) = entries.get(*i) {
                            if *i > 0 {
                                self.out.push(b',');
                            }
                            *i += 1;
                            self.key(k)?;
                            cur = value;
                            break;
                        }
                        self.out.push(b'}');
                        frames.pop();
                        slots = slots.saturating_sub(2);
                    }
                }
            }
        }
    }
}

enum EncFrame<'gc> {
    Arr {
        t: Table<'gc>,
        i: usize,
        len: usize,
    },
    Obj {
        entries: Vec<(Value<'gc>, Value<'gc>)>,
        i: usize,
    },
}

// ---------------------------------------------------------------------------------------------
// Decoding

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tok {
    ObjBegin,
    ObjEnd,
    ArrBegin,
    ArrEnd,
    Str,
    Number,
    Boolean,
    Null,
    Colon,
    Comma,
    End,
    Error,
}

impl Tok {
    fn name(self) -> &'static str {
        match self {
            Tok::ObjBegin => "T_OBJ_BEGIN",
            Tok::ObjEnd => "T_OBJ_END",
            Tok::ArrBegin => "T_ARR_BEGIN",
            Tok::ArrEnd => "T_ARR_END",
            Tok::Str => "T_STRING",
            Tok::Number => "T_NUMBER",
            Tok::Boolean => "T_BOOLEAN",
            Tok::Null => "T_NULL",
            Tok::Colon => "T_COLON",
            Tok::Comma => "T_COMMA",
            Tok::End => "T_END",
            Tok::Error => "T_ERROR",
        }
    }
}

struct Token {
    kind: Tok,
    index: usize,
    string: Vec<u8>,
    number: f64,
    boolean: bool,
    error: &'static str,
}

impl Token {
    fn new(kind: Tok, index: usize) -> Self {
        Token {
            kind,
            index,
            string: Vec::new(),
            number: 0.0,
            boolean: false,
            error: "",
        }
    }
}

/// C `strtod` on a byte slice: the value and the number of bytes consumed (0 if none).
pub(crate) fn strtod(s: &[u8]) -> (f64, usize) {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 0;
    let neg = match at(0) {
        b'-' => {
            i = 1;
            true
        }
        b'+' => {
            i = 1;
            false
        }
        _ => false,
    };
    let sign = |v: f64| if neg { -v } else { v };
    let rest = s.get(i..).unwrap_or(&[]);
    let starts_ci = |p: &[u8]| {
        rest.len() >= p.len()
            && rest
                .iter()
                .zip(p)
                .all(|(a, b)| a.to_ascii_lowercase() == *b)
    };
    if starts_ci(b"infinity") {
        return (sign(f64::INFINITY), i + 8);
    }
    if starts_ci(b"inf") {
        return (sign(f64::INFINITY), i + 3);
    }
    if starts_ci(b"nan") {
        let mut j = i + 3;
        if at(j) == b'(' {
            let mut k = j + 1;
            while at(k).is_ascii_alphanumeric() || at(k) == b'_' {
                k += 1;
            }
            if at(k) == b')' {
                j = k + 1;
            }
        }
        return (sign(f64::NAN), j);
    }
    if at(i) == b'0' && (at(i + 1) | 0x20) == b'x' {
        let mut j = i + 2;
        let mut mant: u64 = 0;
        let mut exp: i64 = 0;
        let mut digits = 0;
        while at(j).is_ascii_hexdigit() {
            let d = u64::from(char::from(at(j)).to_digit(16).unwrap_or(0));
            if mant >> 60 == 0 {
                mant = (mant << 4) | d;
            } else {
                exp += 4;
            }
            digits += 1;
            j += 1;
        }
        if at(j) == b'.' {
            let mut k = j + 1;
            while at(k).is_ascii_hexdigit() {
                let d = u64::from(char::from(at(k)).to_digit(16).unwrap_or(0));
                if mant >> 60 == 0 {
                    mant = (mant << 4) | d;
                    exp -= 4;
                }
                digits += 1;
                k += 1;
            }
            if digits > 0 {
                j = k;
            }
        }
        if digits == 0 {
            // Only the "0" is a number.
            return (sign(0.0), i + 1);
        }
        if (at(j) | 0x20) == b'p' {
            let mut k = j + 1;
            let eneg = match at(k) {
                b'-' => {
                    k += 1;
                    true
                }
                b'+' => {
                    k += 1;
                    false
                }
                _ => false,
            };
            if at(k).is_ascii_digit() {
                let mut e: i64 = 0;
                while at(k).is_ascii_digit() {
                    e = (e * 10 + i64::from(at(k) - b'0')).min(100_000);
                    k += 1;
                }
                exp += if eneg { -e } else { e };
                j = k;
            }
        }
        let v = (mant as f64) * 2f64.powi(exp.clamp(-100_000, 100_000) as i32);
        return (sign(v), j);
    }
    // Decimal.
    let mut j = i;
    let mut digits = 0;
    while at(j).is_ascii_digit() {
        j += 1;
        digits += 1;
    }
    if at(j) == b'.' {
        let mut k = j + 1;
        while at(k).is_ascii_digit() {
            k += 1;
            digits += 1;
        }
        if digits > 0 {
            j = k;
        }
    }
    if digits == 0 {
        return (0.0, 0);
    }
    if (at(j) | 0x20) == b'e' {
        let mut k = j + 1;
        if matches!(at(k), b'+' | b'-') {
            k += 1;
        }
        if at(k).is_ascii_digit() {
            while at(k).is_ascii_digit() {
                k += 1;
            }
            j = k;
        }
    }
    let text = std::str::from_utf8(s.get(i..j).unwrap_or(&[])).unwrap_or("0");
    let text = if text.starts_with('.') {
        format!("0{text}")
    } else {
        text.to_string()
    };
    let text = if text.ends_with('.') {
        format!("{text}0")
    } else {
        text
    };
    let text = text.replace(".e", ".0e").replace(".E", ".0E");
    let v: f64 = text.parse().unwrap_or(0.0);
    (sign(v), j)
}

struct Parser<'a> {
    data: &'a [u8],
    pos: usize,
    decode_invalid_numbers: bool,
}

fn hex4(b: &[u8]) -> Option<u32> {
    let mut v = 0u32;
    for i in 0..4 {
        let d = char::from(*b.get(i)?).to_digit(16)?;
        v = (v << 4) | d;
    }
    Some(v)
}

fn push_utf8(out: &mut Vec<u8>, cp: u32) -> bool {
    match char::from_u32(cp) {
        Some(c) => {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            true
        }
        None => false,
    }
}

impl Parser<'_> {
    fn at(&self, i: usize) -> u8 {
        self.data.get(i).copied().unwrap_or(0)
    }

    fn is_invalid_number(&self) -> bool {
        let mut p = self.pos;
        if self.at(p) == b'+' {
            return true;
        }
        if self.at(p) == b'-' {
            p += 1;
        }
        let c = self.at(p);
        if c == b'0' {
            let c2 = self.at(p + 1);
            return (c2 | 0x20) == b'x' || c2.is_ascii_digit();
        } else if c <= b'9' {
            return false;
        }
        let rest = self.data.get(p..).unwrap_or(&[]);
        let ci = |w: &[u8]| {
            rest.len() >= 3
                && rest
                    .iter()
                    .zip(w)
                    .all(|(a, b)| a.to_ascii_lowercase() == *b)
        };
        ci(b"inf") || ci(b"nan")
    }

    fn error_token(&self, msg: &'static str) -> Token {
        let mut t = Token::new(Tok::Error, self.pos);
        t.error = msg;
        t
    }

    fn number_token(&mut self) -> Token {
        let (v, used) = strtod(self.data.get(self.pos..).unwrap_or(&[]));
        if used == 0 {
            return self.error_token("invalid number");
        }
        let mut t = Token::new(Tok::Number, self.pos);
        t.number = v;
        self.pos += used;
        t
    }

    fn string_token(&mut self) -> Token {
        let start = self.pos;
        self.pos += 1;
        let mut s = Vec::new();
        loop {
            let ch = self.at(self.pos);
            if ch == b'"' {
                break;
            }
            if ch == 0 {
                return self.error_token("unexpected end of string");
            }
            if ch == b'\\' {
                let e = self.at(self.pos + 1);
                let tr = match e {
                    b'"' => b'"',
                    b'\\' => b'\\',
                    b'/' => b'/',
                    b'b' => 0x08,
                    b'f' => 0x0c,
                    b'n' => b'\n',
                    b'r' => b'\r',
                    b't' => b'\t',
                    b'u' => {
                        if self.unicode_escape(&mut s) {
                            continue;
                        }
                        return self.error_token("invalid unicode escape code");
                    }
                    _ => return self.error_token("invalid escape code"),
                };
                s.push(tr);
                self.pos += 2;
                continue;
            }
            s.push(ch);
            self.pos += 1;
        }
        self.pos += 1;
        let mut t = Token::new(Tok::Str, start);
        t.string = s;
        t
    }

    fn unicode_escape(&mut self, out: &mut Vec<u8>) -> bool {
        let p = self.pos;
        let Some(mut cp) = self.data.get(p + 2..).and_then(hex4) else {
            return false;
        };
        let mut len = 6;
        if cp & 0xf800 == 0xd800 {
            if cp & 0x400 != 0 {
                return false;
            }
            if self.at(p + 6) != b'\\' || self.at(p + 7) != b'u' {
                return false;
            }
            let Some(low) = self.data.get(p + 8..).and_then(hex4) else {
                return false;
            };
            if low & 0xfc00 != 0xdc00 {
                return false;
            }
            cp = (((cp & 0x3ff) << 10) | (low & 0x3ff)) + 0x10000;
            len = 12;
        }
        if !push_utf8(out, cp) {
            return false;
        }
        self.pos += len;
        true
    }

    fn next_token(&mut self) -> Token {
        while matches!(self.at(self.pos), b' ' | b'\t' | b'\n' | b'\r') {
            self.pos += 1;
        }
        let ch = self.at(self.pos);
        let simple = match ch {
            b'{' => Some(Tok::ObjBegin),
            b'}' => Some(Tok::ObjEnd),
            b'[' => Some(Tok::ArrBegin),
            b']' => Some(Tok::ArrEnd),
            b':' => Some(Tok::Colon),
            b',' => Some(Tok::Comma),
            _ => None,
        };
        if ch == 0 {
            return Token::new(Tok::End, self.pos);
        }
        if let Some(kind) = simple {
            let t = Token::new(kind, self.pos);
            self.pos += 1;
            return t;
        }
        if !matches!(
            ch,
            b'f' | b'i' | b'I' | b'n' | b'N' | b't' | b'"' | b'+' | b'-' | b'0'..=b'9'
        ) {
            return self.error_token("invalid token");
        }
        if ch == b'"' {
            return self.string_token();
        }
        if ch == b'-' || ch.is_ascii_digit() {
            if !self.decode_invalid_numbers && self.is_invalid_number() {
                return self.error_token("invalid number");
            }
            return self.number_token();
        }
        let rest = self.data.get(self.pos..).unwrap_or(&[]);
        for (word, kind, b) in [
            (&b"true"[..], Tok::Boolean, true),
            (&b"false"[..], Tok::Boolean, false),
            (&b"null"[..], Tok::Null, false),
        ] {
            if rest.starts_with(word) {
                let mut t = Token::new(kind, self.pos);
                t.boolean = b;
                self.pos += word.len();
                return t;
            }
        }
        if self.decode_invalid_numbers && self.is_invalid_number() {
            return self.number_token();
        }
        self.error_token("invalid token")
    }
}

enum Frame<'gc> {
    Arr(Table<'gc>, i64),
    /// Table, pending key, keys in insertion order (for the order registry).
    Obj(Table<'gc>, Value<'gc>, Vec<Vec<u8>>),
}

/// Remembers the key insertion order of a decoded object (first occurrences only).
fn record_order(t: Table<'_>, order: Vec<Vec<u8>>) {
    let mut seen = std::collections::HashSet::new();
    let keys: Vec<Vec<u8>> = order
        .into_iter()
        .filter(|k| seen.insert(k.clone()))
        .collect();
    super::luaorder::record_insertion_order(t, keys);
}

fn parse_error<'gc>(ctx: Context<'gc>, expected: &str, t: &Token) -> Error<'gc> {
    let found = if t.kind == Tok::Error {
        t.error
    } else {
        t.kind.name()
    };
    lua_err(
        ctx,
        format!(
            "Expected {expected} but found {found} at character {}",
            t.index + 1
        ),
    )
}

fn decode<'gc>(ctx: Context<'gc>, cfg: &Config, data: &[u8]) -> Result<Value<'gc>, Error<'gc>> {
    if data.len() >= 2 && (data.first() == Some(&0) || data.get(1) == Some(&0)) {
        return Err(lua_err(
            ctx,
            "JSON parser does not support UTF-16 or UTF-32",
        ));
    }
    let mut p = Parser {
        data,
        pos: 0,
        decode_invalid_numbers: cfg.decode_invalid_numbers,
    };
    let max_depth = i64::from(cfg.decode_max_depth);
    let mut stack: Vec<Frame<'gc>> = Vec::new();
    // Lua stack slots in use (the argument plus pushed tables/keys).
    let mut slots: usize = 1;
    let mut tok = p.next_token();
    let result = 'outer: loop {
        // Parse the value starting at `tok`.
        let mut val = match tok.kind {
            Tok::Str => Value::String(ctx.intern(&tok.string)),
            Tok::Number => num(tok.number),
            Tok::Boolean => Value::Boolean(tok.boolean),
            Tok::Null => cjson_null(ctx),
            Tok::ObjBegin | Tok::ArrBegin => {
                let is_obj = tok.kind == Tok::ObjBegin;
                let depth = stack.len() as i64 + 1;
                let need = if is_obj { 3 } else { 2 };
                if depth > max_depth || slots + need > MAX_SLOTS {
                    return Err(lua_err(
                        ctx,
                        format!(
                            "Found too many nested data structures ({depth}) at character {}",
                            p.pos
                        ),
                    ));
                }
                let t = Table::new(&ctx);
                tok = p.next_token();
                if is_obj {
                    if tok.kind == Tok::ObjEnd {
                        Value::Table(t)
                    } else {
                        if tok.kind != Tok::Str {
                            return Err(parse_error(ctx, "object key string", &tok));
                        }
                        let key = Value::String(ctx.intern(&tok.string));
                        let order = vec![std::mem::take(&mut tok.string)];
                        tok = p.next_token();
                        if tok.kind != Tok::Colon {
                            return Err(parse_error(ctx, "colon", &tok));
                        }
                        tok = p.next_token();
                        stack.push(Frame::Obj(t, key, order));
                        slots += 2;
                        continue 'outer;
                    }
                } else if tok.kind == Tok::ArrEnd {
                    Value::Table(t)
                } else {
                    stack.push(Frame::Arr(t, 1));
                    slots += 1;
                    continue 'outer;
                }
            }
            _ => return Err(parse_error(ctx, "value", &tok)),
        };
        // Attach the finished value to its parents.
        loop {
            match stack.last_mut() {
                None => break 'outer val,
                Some(Frame::Arr(t, i)) => {
                    let _ = t.set_value(&ctx, Value::Integer(*i), val);
                    *i += 1;
                    let t = *t;
                    tok = p.next_token();
                    match tok.kind {
                        Tok::ArrEnd => {
                            stack.pop();
                            slots = slots.saturating_sub(1);
                            val = Value::Table(t);
                        }
                        Tok::Comma => {
                            tok = p.next_token();
                            continue 'outer;
                        }
                        _ => return Err(parse_error(ctx, "comma or array end", &tok)),
                    }
                }
                Some(Frame::Obj(t, key, _)) => {
                    let _ = t.set_value(&ctx, *key, val);
                    let t = *t;
                    tok = p.next_token();
                    match tok.kind {
                        Tok::ObjEnd => {
                            if let Some(Frame::Obj(_, _, order)) = stack.pop() {
                                record_order(t, order);
                            }
                            slots = slots.saturating_sub(2);
                            val = Value::Table(t);
                        }
                        Tok::Comma => {
                            tok = p.next_token();
                            if tok.kind != Tok::Str {
                                return Err(parse_error(ctx, "object key string", &tok));
                            }
                            let k = Value::String(ctx.intern(&tok.string));
                            let kb = std::mem::take(&mut tok.string);
                            tok = p.next_token();
                            if tok.kind != Tok::Colon {
                                return Err(parse_error(ctx, "colon", &tok));
                            }
                            if let Some(Frame::Obj(_, key, order)) = stack.last_mut() {
                                *key = k;
                                order.push(kb);
                            }
                            tok = p.next_token();
                            continue 'outer;
                        }
                        _ => return Err(parse_error(ctx, "comma or object end", &tok)),
                    }
                }
            }
        }
    };
    let end = p.next_token();
    if end.kind != Tok::End {
        return Err(parse_error(ctx, "the end", &end));
    }
    Ok(result)
}

// ---------------------------------------------------------------------------------------------
// Configuration helpers

fn verify_arg_count<'gc>(
    ctx: Context<'gc>,
    stack: &Stack<'gc, '_>,
    n: usize,
    fname: &str,
) -> Result<(), Error<'gc>> {
    if stack.len() > n {
        return Err(arg_error(ctx, n + 1, fname, "found too many arguments"));
    }
    Ok(())
}

/// `json_enum_option`: returns the new setting index when an argument was given.
fn enum_option<'gc>(
    ctx: Context<'gc>,
    stack: &Stack<'gc, '_>,
    i: usize,
    fname: &str,
    options: &[&str],
) -> Result<Option<u8>, Error<'gc>> {
    let v = stack.get(i);
    match v {
        Value::Nil => Ok(None),
        Value::Boolean(b) => Ok(Some(u8::from(b))),
        _ => {
            let Some(name) = super::to_bytes(v) else {
                return Err(type_error(ctx, stack, i, fname, "string"));
            };
            match options.iter().position(|o| o.as_bytes() == name.as_slice()) {
                Some(p) => Ok(Some(p as u8)),
                None => Err(arg_error(
                    ctx,
                    i + 1,
                    fname,
                    &format!("invalid option '{}'", String::from_utf8_lossy(&name)),
                )),
            }
        }
    }
}

/// `json_integer_option`.
fn integer_option<'gc>(
    ctx: Context<'gc>,
    stack: &Stack<'gc, '_>,
    i: usize,
    fname: &str,
    min: i32,
    max: i32,
) -> Result<Option<i32>, Error<'gc>> {
    let v = stack.get(i);
    if v.is_nil() {
        return Ok(None);
    }
    let Some(n) = to_number(v) else {
        return Err(type_error(ctx, stack, i, fname, "number"));
    };
    let l = if n.is_finite() && n.abs() < 9.2e18 {
        n as i64
    } else {
        i64::MIN
    };
    let value = l as i32;
    if value < min || value > max {
        return Err(arg_error(
            ctx,
            1,
            fname,
            &format!("expected integer between {min} and {max}"),
        ));
    }
    Ok(Some(value))
}

fn bool_result<'gc>(b: bool) -> Value<'gc> {
    Value::Boolean(b)
}

type CjsonFn = for<'gc> fn(
    Context<'gc>,
    &Execution<'gc, '_>,
    &Stack<'gc, '_>,
    &Cfg,
) -> Result<Vec<Value<'gc>>, Error<'gc>>;

fn f_encode<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    stack: &Stack<'gc, '_>,
    cfg: &Cfg,
) -> Result<Vec<Value<'gc>>, Error<'gc>> {
    let fname = call_name(exec, "encode");
    if stack.len() != 1 {
        return Err(arg_error(ctx, 1, fname, "expected 1 argument"));
    }
    let config = cfg.borrow().clone();
    let mut enc = Encoder {
        ctx,
        cfg: config,
        out: Vec::new(),
    };
    enc.encode(stack.get(0))?;
    Ok(vec![Value::String(ctx.intern(&enc.out))])
}

fn f_decode<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    stack: &Stack<'gc, '_>,
    cfg: &Cfg,
) -> Result<Vec<Value<'gc>>, Error<'gc>> {
    let fname = call_name(exec, "decode");
    if stack.len() != 1 {
        return Err(arg_error(ctx, 1, fname, "expected 1 argument"));
    }
    let data = check_bytes(ctx, stack, 0, fname)?;
    let config = cfg.borrow().clone();
    Ok(vec![decode(ctx, &config, &data)?])
}

fn f_sparse<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    stack: &Stack<'gc, '_>,
    cfg: &Cfg,
) -> Result<Vec<Value<'gc>>, Error<'gc>> {
    let fname = call_name(exec, "encode_sparse_array");
    verify_arg_count(ctx, stack, 3, fname)?;
    let mut c = cfg.borrow_mut();
    if let Some(v) = enum_option(ctx, stack, 0, fname, &["off", "on"])? {
        c.sparse_convert = v != 0;
    }
    if let Some(v) = integer_option(ctx, stack, 1, fname, 0, i32::MAX)? {
        c.sparse_ratio = v;
    }
    if let Some(v) = integer_option(ctx, stack, 2, fname, 0, i32::MAX)? {
        c.sparse_safe = v;
    }
    Ok(vec![
        bool_result(c.sparse_convert),
        num(f64::from(c.sparse_ratio)),
        num(f64::from(c.sparse_safe)),
    ])
}

fn f_encode_max_depth<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    stack: &Stack<'gc, '_>,
    cfg: &Cfg,
) -> Result<Vec<Value<'gc>>, Error<'gc>> {
    let fname = call_name(exec, "encode_max_depth");
    verify_arg_count(ctx, stack, 1, fname)?;
    let mut c = cfg.borrow_mut();
    if let Some(v) = integer_option(ctx, stack, 0, fname, 1, i32::MAX)? {
        c.encode_max_depth = v;
    }
    Ok(vec![num(f64::from(c.encode_max_depth))])
}

fn f_decode_max_depth<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    stack: &Stack<'gc, '_>,
    cfg: &Cfg,
) -> Result<Vec<Value<'gc>>, Error<'gc>> {
    let fname = call_name(exec, "decode_max_depth");
    verify_arg_count(ctx, stack, 1, fname)?;
    let mut c = cfg.borrow_mut();
    if let Some(v) = integer_option(ctx, stack, 0, fname, 1, i32::MAX)? {
        c.decode_max_depth = v;
    }
    Ok(vec![num(f64::from(c.decode_max_depth))])
}

fn f_precision<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    stack: &Stack<'gc, '_>,
    cfg: &Cfg,
) -> Result<Vec<Value<'gc>>, Error<'gc>> {
    let fname = call_name(exec, "encode_number_precision");
    verify_arg_count(ctx, stack, 1, fname)?;
    let mut c = cfg.borrow_mut();
    if let Some(v) = integer_option(ctx, stack, 0, fname, 1, 14)? {
        c.precision = v;
    }
    Ok(vec![num(f64::from(c.precision))])
}

fn f_keep_buffer<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    stack: &Stack<'gc, '_>,
    cfg: &Cfg,
) -> Result<Vec<Value<'gc>>, Error<'gc>> {
    let fname = call_name(exec, "encode_keep_buffer");
    verify_arg_count(ctx, stack, 1, fname)?;
    let mut c = cfg.borrow_mut();
    if let Some(v) = enum_option(ctx, stack, 0, fname, &["off", "on"])? {
        c.keep_buffer = v != 0;
    }
    Ok(vec![bool_result(c.keep_buffer)])
}

fn f_encode_invalid<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    stack: &Stack<'gc, '_>,
    cfg: &Cfg,
) -> Result<Vec<Value<'gc>>, Error<'gc>> {
    let fname = call_name(exec, "encode_invalid_numbers");
    verify_arg_count(ctx, stack, 1, fname)?;
    let mut c = cfg.borrow_mut();
    if let Some(v) = enum_option(ctx, stack, 0, fname, &["off", "on", "null"])? {
        c.encode_invalid_numbers = v;
    }
    Ok(vec![match c.encode_invalid_numbers {
        0 => Value::Boolean(false),
        1 => Value::Boolean(true),
        _ => Value::String(ctx.intern(b"null")),
    }])
}

fn f_decode_invalid<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    stack: &Stack<'gc, '_>,
    cfg: &Cfg,
) -> Result<Vec<Value<'gc>>, Error<'gc>> {
    let fname = call_name(exec, "decode_invalid_numbers");
    verify_arg_count(ctx, stack, 1, fname)?;
    let mut c = cfg.borrow_mut();
    if let Some(v) = enum_option(ctx, stack, 0, fname, &["off", "on"])? {
        c.decode_invalid_numbers = v != 0;
    }
    Ok(vec![bool_result(c.decode_invalid_numbers)])
}

fn f_new<'gc>(
    ctx: Context<'gc>,
    _exec: &Execution<'gc, '_>,
    _stack: &Stack<'gc, '_>,
    _cfg: &Cfg,
) -> Result<Vec<Value<'gc>>, Error<'gc>> {
    Ok(vec![Value::Table(build_module(ctx))])
}

/// Builds a `cjson` module table with its own configuration.
fn build_module(ctx: Context<'_>) -> Table<'_> {
    let cfg: Cfg = Rc::new(RefCell::new(Config::default()));
    let t = Table::new(&ctx);
    let funcs: [(&'static str, CjsonFn); 10] = [
        ("encode", f_encode),
        ("decode", f_decode),
        ("encode_sparse_array", f_sparse),
        ("encode_max_depth", f_encode_max_depth),
        ("decode_max_depth", f_decode_max_depth),
        ("encode_number_precision", f_precision),
        ("encode_keep_buffer", f_keep_buffer),
        ("encode_invalid_numbers", f_encode_invalid),
        ("decode_invalid_numbers", f_decode_invalid),
        ("new", f_new),
    ];
    for (name, f) in funcs {
        let cfg = cfg.clone();
        let cb = Callback::from_fn(&ctx, move |ctx, exec, mut stack| {
            let v = f(ctx, &exec, &stack, &cfg).map_err(|e| with_where(ctx, &exec, e))?;
            stack.clear();
            stack.extend(v);
            Ok(CallbackReturn::Return)
        });
        let _ = t.set(ctx, name, cb);
    }
    let _ = t.set(ctx, "null", cjson_null(ctx));
    let _ = t.set(ctx, "_NAME", "cjson");
    let _ = t.set(ctx, "_VERSION", "2.1.0");
    t
}

/// Installs the library into the globals.
pub fn load_cjson(ctx: Context<'_>) {
    let t = build_module(ctx);
    let _ = ctx.set_global("cjson", t);
}

#[cfg(test)]
mod tests {
    use super::{append_string, strtod};

    #[test]
    fn strtod_prefixes() {
        assert_eq!(strtod(b"0x"), (0.0, 1));
        assert_eq!(strtod(b"1.5e"), (1.5, 3));
        assert_eq!(strtod(b"0x10,"), (16.0, 4));
        assert_eq!(strtod(b"-2.5e2]"), (-250.0, 6));
        assert_eq!(strtod(b"Infinity"), (f64::INFINITY, 8));
        assert_eq!(strtod(b".5"), (0.5, 2));
        assert_eq!(strtod(b"-"), (0.0, 0));
        assert_eq!(strtod(b"1."), (1.0, 2));
    }

    #[test]
    fn escapes() {
        let mut v = Vec::new();
        append_string(&mut v, b"a/\"\x01\x7f\xc3\xa9");
        assert_eq!(v, b"\"a\\/\\\"\\u0001\\u007f\xc3\xa9\"");
    }
}
