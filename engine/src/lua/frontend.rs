//! The Lua 5.1 front-end pass between piccolo's parser and compiler.
//!
//! piccolo 0.3.3 parses Lua 5.3-ish source. This pass walks the parsed AST and:
//! - rejects 5.2+ syntax (`goto`, labels, `//`, bitwise operators) with Lua 5.1's messages;
//! - renames `_ENV` so it is an ordinary identifier as in 5.1;
//! - turns every numeric literal into a float (5.1 has only doubles);
//! - rewrites constructs piccolo gets wrong or lacks: multiple assignment (targets and values are
//!   evaluated before any store), `(f())` truncation, `obj:method()` (dispatched through a helper
//!   so strings get their methods), `a .. b` (a helper with 5.1 number formatting and a size cap),
//!   global assignment (a helper honouring the sandbox);
//! - records, before every statement, the current chunk/line into the hidden `LINE` upvalue, and
//!   keeps a per-line table of the operations that can fail with their variable descriptions, so
//!   VM errors can be reported as `chunk:LINE: attempt to ... local 'x'`.
//!
//! The chunk is wrapped as `local <slots>; return function(...) <chunk> end`; the host binds the
//! slots (hidden upvalues: the line and depth cells, the helpers) when it builds the closure
//! (see `keys::SLOTS` and `lua::compile_closure`).

use std::rc::Rc;

use piccolo::compiler::interning::StringInterner;
use piccolo::compiler::parser::{
    AssignmentStatement, AssignmentTarget, BinaryOperator, Block, CallSuffix, Chunk,
    ConstructorField, Expression, FieldSuffix, ForStatement, FunctionCallStatement,
    FunctionDefinition, HeadExpression, IfStatement, LineAnnotated, LocalStatement,
    PrimaryExpression, RecordKey, ReturnStatement, SimpleExpression, Statement, SuffixPart,
    SuffixedExpression, UnaryOperator,
};
use piccolo::compiler::{LineNumber, ParseError, ParseErrorKind};

type S = Rc<[u8]>;

/// Identifiers (floats) of the hidden slots.
pub mod keys {
    /// Current `chunk_id * 2^24 + line` of the most recent statement started.
    pub const LINE: f64 = 0.125;
    /// `concat(descs, a, b, ...)`.
    pub const CONCAT: f64 = 0.25;
    /// `method(obj, name, args...)`.
    pub const METHOD: f64 = 0.375;
    /// `first(...)`: truncates to one value.
    pub const FIRST: f64 = 0.5;
    /// `setglobal(env, name, value)`.
    pub const SETG: f64 = 0.625;
    /// `ident(...)`: returns its arguments (keeps `return f()` from being a tail call, so
    /// callbacks see the calling Lua frame's line like in Lua 5.1).
    pub const IDENT: f64 = 0.75;
    /// `del(t, k)`: `t[k] = nil` without leaving piccolo's dead keys behind (see runtime).
    pub const DEL: f64 = 0.875;
    /// `arith(op, descs, a, b)`: arithmetic honouring metamethods (metamethod-aware chunks).
    pub const ARITH: f64 = 0.0625;
    /// `cmp(op, a, b)`: order comparison honouring `__lt`/`__le` (metamethod-aware chunks).
    pub const CMP: f64 = 0.1875;
    /// The helpers, in the order of the hidden locals the front-end wraps every chunk in
    /// (`LINE` is the shared line cell, the others hold the helper functions).
    pub const SLOTS: [f64; 11] = [
        LINE, CONCAT, METHOD, FIRST, SETG, IDENT, DEL, ARITH, CMP, DEPTH, OVERFLOW,
    ];
    /// Slot of the shared call-depth cell (Lua 5.1's `stack overflow` at 20000 calls).
    pub const DEPTH: f64 = 0.03125;
    /// `overflow()`: raises `stack overflow` at the caller's line.
    pub const OVERFLOW: f64 = 0.09375;
}

/// Mark of a local holding Redis data (see `Walker::is_data`); never shown as a type.
const DATA: &str = "data";

/// Mark of a parameter named like the `keys`/`args` arrays a function receives.
const DATA_ARRAY: &str = "data array";

/// Multiplier separating chunk id and line in the LINE slot.
pub const LINE_SPLIT: f64 = 16_777_216.0;

/// Kind of a VM operation that can fail at runtime.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpKind {
    /// Indexing (`a.b`, `a[b]`).
    Index,
    /// Calling.
    Call,
    /// Arithmetic (`+ - * / % ^`, unary minus).
    Arith,
    /// Length `#`.
    Len,
    /// Ordering comparison.
    Compare,
}

/// One operation that may fail on a line, with descriptions like `local 'x'` of its operands.
#[derive(Debug, Clone)]
pub struct OpInfo {
    /// What the operation is.
    pub kind: OpKind,
    /// Operand descriptions (`None` = constant or unnamed expression).
    pub descs: Vec<Option<String>>,
    /// Names of globals among the operands (for type lookup), parallel to `descs`.
    pub globals: Vec<Option<Vec<u8>>>,
    /// Statically known types of the operands (`"numstr"` = numeric string literal).
    pub types: Vec<Option<&'static str>>,
}

/// The operations that may fail, by source line: `(line, op)` pairs sorted by line, a
/// line's operations in source order. A sorted vector rather than a `BTreeMap`: built once
/// per chunk and only searched when an error is reported, and one B-tree instantiation
/// fewer in the browser bundle.
#[derive(Debug, Default)]
pub struct LineTable(Vec<(u64, OpInfo)>);

impl LineTable {
    /// Records an operation on `line` (lines may come in any order before [`Self::finish`]).
    pub fn push(&mut self, line: u64, op: OpInfo) {
        self.0.push((line, op));
    }

    /// Sorts by line, keeping each line's operations in the order they were pushed.
    pub fn finish(&mut self) {
        if !self.0.is_sorted_by_key(|e| e.0) {
            crate::util::sort::sort_by_key(&mut self.0, |e| e.0);
        }
    }

    /// The operations on `line`, in source order.
    pub fn get(&self, line: u64) -> impl Iterator<Item = &OpInfo> {
        let lo = self.0.partition_point(|e| e.0 < line);
        let hi = self.0.partition_point(|e| e.0 <= line);
        self.0.get(lo..hi).unwrap_or_default().iter().map(|e| &e.1)
    }
}

/// Result of the front-end: the compiled prototype (strings as `Rc<[u8]>`) plus line info.
pub struct FrontendOutput {
    /// Compiled prototype.
    pub proto: piccolo::compiler::CompiledPrototype<S>,
    /// line (1-based) -> operations that may fail on that line.
    pub lines: LineTable,
}

#[derive(Default)]
struct Interner(std::collections::HashSet<Rc<[u8]>>);

impl StringInterner for Interner {
    type String = Rc<[u8]>;
    fn intern(&mut self, s: &[u8]) -> Rc<[u8]> {
        if let Some(v) = self.0.get(s) {
            return v.clone();
        }
        let v: Rc<[u8]> = Rc::from(s);
        self.0.insert(v.clone());
        v
    }
}

/// Parses, checks/rewrites and compiles `source`. Errors are Lua 5.1 style messages
/// `chunkname:LINE: msg` (the caller supplies the displayed chunk name).
/// `aware`: compile every operator metamethod-aware whatever the text says (see
/// [`metamethod_aware`]).
pub fn compile(
    chunk_name: &str,
    source: &[u8],
    chunk_id: u32,
    aware: bool,
) -> Result<FrontendOutput, String> {
    let mut interner = Interner::default();
    if source.first() == Some(&0x1b) {
        return Err(format!("{chunk_name}: bad header in precompiled chunk"));
    }
    // Skip a leading `#` line like lua.c does for files? Lua 5.1 loadstring does not; keep as is.
    if let Some(line) = too_deep(source) {
        return Err(format!(
            "{chunk_name}:{line}: chunk has too many syntax levels"
        ));
    }
    let source: &[u8] = &match prelex(source) {
        Ok(s) => s,
        Err((line, msg)) => return Err(format!("{chunk_name}:{line}: {msg}")),
    };
    let chunk = piccolo::compiler::parse_chunk(source, &mut interner)
        .map_err(|e| parse_error_message(chunk_name, source, &e))?;
    let mut w = Walker {
        interner: &mut interner,
        chunk_id,
        funcs: vec![FuncScope {
            blocks: Vec::new(),
            vararg: true,
        }],
        lines: LineTable::default(),
        tmp: 0,
        error: None,
        cur_line: 0,
        closer: "<eof>",
        ret_top: false,
        aware: aware || metamethod_aware(source),
        data_params: false,
    };
    let mut chunk = chunk;
    w.funcs
        .last_mut()
        .map(|f| f.blocks.push(Vec::new()))
        .unwrap_or(());
    w.block(&mut chunk.block, true);
    w.instrument_body(&mut chunk.block);
    if let Some((line, msg)) = w.error.take() {
        return Err(format!("{chunk_name}:{line}: {msg}"));
    }
    let mut lines = std::mem::take(&mut w.lines);
    lines.finish();
    // `local <slots...>; return function(...) <chunk> end`: the host builds the closure of the
    // inner function with the slots bound to the shared line cell and the helpers.
    let names: Vec<S> = (0..keys::SLOTS.len())
        .map(|i| interner.intern(&slot_name(i)))
        .collect();
    let closed_on = chunk.block.closed_on;
    let inner = FunctionDefinition {
        parameters: Vec::new(),
        has_varargs: true,
        body: chunk.block,
    };
    let chunk = Chunk {
        block: Block {
            statements: vec![LineAnnotated::new(
                LineNumber(0),
                Statement::LocalStatement(LocalStatement {
                    names,
                    values: Vec::new(),
                }),
            )],
            return_statement: Some(LineAnnotated::new(
                LineNumber(0),
                ReturnStatement {
                    returns: vec![simple(SimpleExpression::Function(inner))],
                },
            )),
            closed_on,
        },
    };
    let proto = piccolo::compiler::compile_chunk(&chunk, &mut interner).map_err(|e| {
        let msg = match e.kind {
            piccolo::compiler::CompileErrorKind::Registers => {
                "function or expression too complex".to_string()
            }
            piccolo::compiler::CompileErrorKind::UpValues => {
                "function at line 1 has more than 60 upvalues".to_string()
            }
            piccolo::compiler::CompileErrorKind::Constants => "constant table overflow".to_string(),
            other => other.to_string(),
        };
        format!("{chunk_name}:{}: {msg}", e.line_number.0 + 1)
    })?;
    Ok(FrontendOutput { proto, lines })
}

// ---------------------------------------------------------------------------------------------
// Compile error messages.

fn parse_error_message(chunk_name: &str, source: &[u8], e: &ParseError) -> String {
    let mut line = e.line_number.0 + 1;
    let toks = tokenize(source);
    let close_suffix = |what: &str, line: u64| -> String {
        match open_block(&toks) {
            Some((opener, l)) if l != line && closes(opener) == what => {
                format!(" (to close '{opener}' at line {l})")
            }
            _ => String::new(),
        }
    };
    let msg = match &e.kind {
        ParseErrorKind::Unexpected {
            unexpected,
            expected,
        } => {
            let near = token_text(unexpected);
            match expected.as_str() {
                "grouped expression or name" | "expression suffix" | "field or suffix" => {
                    format!("unexpected symbol near {near}")
                }
                "function arguments" => format!("function arguments expected near {near}"),
                "name" => format!("'<name>' expected near {near}"),
                "'=' or 'in'" => format!("'=' or 'in' expected near {near}"),
                "parameter name or '...'" => format!("<name> or '...' expected near {near}"),
                "string" => format!("unexpected symbol near {near}"),
                other => {
                    let exp = token_text(other);
                    let suffix = close_suffix(&exp, line);
                    format!("{exp} expected{suffix} near {near}")
                }
            }
        }
        ParseErrorKind::EndOfStream { expected } => match expected.as_deref() {
            Some("name") => "'<name>' expected near '<eof>'".to_string(),
            Some(tok) => {
                let exp = token_text(tok);
                let suffix = close_suffix(&exp, line);
                format!("{exp} expected{suffix} near '<eof>'")
            }
            None => {
                // piccolo reports trailing tokens (e.g. a stray `end`) the same way.
                if let Some((l, t)) = stray_token(&toks) {
                    line = l;
                    format!("'<eof>' expected near {t}")
                } else if let Some(("{", l)) = open_block(&toks) {
                    if l != line {
                        format!("'}}' expected (to close '{{' at line {l}) near '<eof>'")
                    } else {
                        "'}' expected near '<eof>'".to_string()
                    }
                } else {
                    "unexpected symbol near '<eof>'".to_string()
                }
            }
        },
        ParseErrorKind::AssignToExpression => "unexpected symbol near '='".to_string(),
        ParseErrorKind::ExpressionNotStatement => {
            let near = token_after_expression(&toks, e.line_number.0);
            format!("'=' expected near {near}")
        }
        ParseErrorKind::RecursionLimit => "chunk has too many syntax levels".to_string(),
        ParseErrorKind::LexError(le) => {
            use piccolo::compiler::lexer::LexError as L;
            match le {
                L::UnfinishedShortString(q) => {
                    let text = String::from_utf8_lossy(source);
                    let l = text
                        .lines()
                        .nth(usize::try_from(e.line_number.0).unwrap_or(0))
                        .unwrap_or("");
                    match l.rfind(*q as char) {
                        Some(i) => format!("unfinished string near '{}'", l.get(i..).unwrap_or("")),
                        None => "unfinished string near '<eof>'".to_string(),
                    }
                }
                L::UnexpectedCharacter(c) => {
                    format!("unexpected symbol near '{}'", *c as char)
                }
                L::UnfinishedLongString => "unfinished long string near '<eof>'".to_string(),
                L::BadNumber => "malformed number".to_string(),
                L::InvalidEscape | L::EscapeDecimalTooLarge | L::HexDigitExpected => {
                    "escape sequence too large".to_string()
                }
                other => other.to_string(),
            }
        }
    };
    format!("{chunk_name}:{line}: {msg}")
}

/// Active locals per function (piccolo's 8-bit register allocator overflows past 255; hidden
/// temporaries need headroom).
const MAX_LOCALS: usize = 180;
/// Longest argument / value / name list.
const MAX_LIST: usize = 180;

/// Maximum syntactic nesting accepted (piccolo's recursive parser and compiler would otherwise
/// exhaust the native stack, notably on wasm's 1 MiB stack).
pub const MAX_SYNTAX_DEPTH: i64 = 100;

/// Line of the first token nested deeper than [`MAX_SYNTAX_DEPTH`] (brackets, blocks and runs
/// of unary / right-associative operators), if any.
/// Lua 5.1 lexing rules piccolo's (5.3) lexer does not follow, applied to the source text:
/// - in quoted strings, a backslash before a character that is not a 5.1 escape
///   (`a b f n r t v \\ " '`, newline, digits) is dropped, as 5.1 does (`"\\q"` is `"q"`,
///   `"\\x41"` is `"x41"`, not `"A"`);
/// - a numeral runs on over letters, digits and `_` (and a sign after an exponent) and must
///   then read as a number: `3x` is `malformed number near '3x'`.
///
/// Comments and long strings are skipped. Returns the (possibly rewritten) source, or the
/// 1-based line and message of a malformed number.
fn prelex(src: &[u8]) -> Result<std::borrow::Cow<'_, [u8]>, (u64, String)> {
    let at = |i: usize| src.get(i).copied().unwrap_or(0);
    // `[` followed by `=`* and `[`: the level of a long bracket.
    let long_open = |i: usize| -> Option<usize> {
        let mut j = i + 1;
        while at(j) == b'=' {
            j += 1;
        }
        (at(i) == b'[' && at(j) == b'[').then_some(j - i - 1)
    };
    let skip_long = |mut i: usize, level: usize, line: &mut u64| -> usize {
        // `i` is just after the opening bracket.
        while i < src.len() {
            if at(i) == b'\n' {
                *line += 1;
            }
            if at(i) == b']' {
                let mut j = i + 1;
                while at(j) == b'=' {
                    j += 1;
                }
                if at(j) == b']' && j - i - 1 == level {
                    return j + 1;
                }
            }
            i += 1;
        }
        i
    };
    let mut out: Option<Vec<u8>> = None;
    let mut copied = 0usize;
    let mut line = 1u64;
    let mut i = 0usize;
    while i < src.len() {
        let c = at(i);
        match c {
            b'\n' => {
                line += 1;
                i += 1;
            }
            b'-' if at(i + 1) == b'-' => {
                if let Some(level) = long_open(i + 2) {
                    i = skip_long(i + 2 + level + 2, level, &mut line);
                } else {
                    while i < src.len() && at(i) != b'\n' {
                        i += 1;
                    }
                }
            }
            b'[' => match long_open(i) {
                Some(level) => i = skip_long(i + level + 2, level, &mut line),
                None => i += 1,
            },
            b'"' | b'\'' => {
                i += 1;
                while i < src.len() && at(i) != c && at(i) != b'\n' {
                    if at(i) == b'\\' {
                        let e = at(i + 1);
                        let known = matches!(
                            e,
                            b'a' | b'b'
                                | b'f'
                                | b'n'
                                | b'r'
                                | b't'
                                | b'v'
                                | b'\\'
                                | b'"'
                                | b'\''
                                | b'\n'
                                | b'\r'
                        ) || e.is_ascii_digit();
                        if !known && i + 1 < src.len() {
                            let o = out.get_or_insert_with(|| Vec::with_capacity(src.len()));
                            o.extend_from_slice(src.get(copied..i).unwrap_or(&[]));
                            copied = i + 1;
                        }
                        if e == b'\n' {
                            line += 1;
                        }
                        i += 2;
                    } else {
                        i += 1;
                    }
                }
                if at(i) == c {
                    i += 1;
                }
            }
            b'0'..=b'9' | b'.' => {
                let starts_number = c != b'.' || at(i + 1).is_ascii_digit();
                let after_name = i > 0 && (at(i - 1).is_ascii_alphanumeric() || at(i - 1) == b'_');
                if c == b'.' && at(i + 1) == b'.' {
                    // `..` / `...`
                    i += 2;
                    while at(i) == b'.' {
                        i += 1;
                    }
                    continue;
                }
                if !starts_number || after_name {
                    i += 1;
                    continue;
                }
                let start = i;
                while at(i).is_ascii_digit() || at(i) == b'.' {
                    i += 1;
                }
                if matches!(at(i), b'e' | b'E') {
                    i += 1;
                    if matches!(at(i), b'+' | b'-') {
                        i += 1;
                    }
                }
                while at(i).is_ascii_alphanumeric() || at(i) == b'_' {
                    i += 1;
                }
                let text = src.get(start..i).unwrap_or(&[]);
                if crate::lua::runtime::parse_number(text).is_none() {
                    return Err((
                        line,
                        format!("malformed number near '{}'", String::from_utf8_lossy(text)),
                    ));
                }
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                while at(i).is_ascii_alphanumeric() || at(i) == b'_' {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    match out {
        Some(mut o) => {
            o.extend_from_slice(src.get(copied..).unwrap_or(&[]));
            Ok(std::borrow::Cow::Owned(o))
        }
        None => Ok(std::borrow::Cow::Borrowed(src)),
    }
}

fn too_deep(source: &[u8]) -> Option<u64> {
    use piccolo::compiler::lexer::Token as T;
    let toks = tokenize(source);
    let mut depth: i64 = 0;
    let mut run: i64 = 0;
    let mut header_pending = 0i64;
    for (line, t) in &toks {
        match t {
            T::LeftParen | T::LeftBracket | T::LeftBrace | T::Function | T::If | T::Repeat => {
                depth += 1
            }
            T::While | T::For => {
                depth += 1;
                header_pending += 1;
            }
            T::Do => {
                if header_pending > 0 {
                    header_pending -= 1;
                } else {
                    depth += 1;
                }
            }
            T::RightParen | T::RightBracket | T::RightBrace | T::End | T::Until => depth -= 1,
            _ => {}
        }
        if matches!(
            t,
            T::Concat | T::Pow | T::Not | T::Minus | T::Len | T::BitNotXor
        ) {
            run += 1;
        } else if !matches!(
            t,
            T::Name(_)
                | T::String(_)
                | T::Integer(_)
                | T::Float(_)
                | T::Dot
                | T::Nil
                | T::True
                | T::False
        ) {
            run = 0;
        }
        if depth + run / 2 > MAX_SYNTAX_DEPTH {
            return Some(line + 1);
        }
    }
    None
}

/// Tokens of `source` (0-based line, token), up to the first lexical error.
fn tokenize(source: &[u8]) -> Vec<(u64, piccolo::compiler::lexer::Token<S>)> {
    let mut interner = Interner::default();
    let mut lx = piccolo::compiler::lexer::Lexer::new(source, &mut interner);
    let mut out = Vec::new();
    loop {
        if lx.skip_whitespace().is_err() {
            break;
        }
        let line = lx.line_number().0;
        match lx.read_token() {
            Ok(Some(t)) => out.push((line, t)),
            _ => break,
        }
        if out.len() > 1_000_000 {
            break;
        }
    }
    out
}

fn tok_text(t: &piccolo::compiler::lexer::Token<S>) -> String {
    use piccolo::compiler::lexer::Token as T;
    match t {
        T::Name(n) | T::String(n) => format!("'{}'", String::from_utf8_lossy(n)),
        T::Integer(i) => format!("'{i}'"),
        T::Float(f) => format!("'{}'", crate::util::numfmt::fmt_g(*f, 14)),
        other => token_text(&format!("{other:?}")),
    }
}

/// Innermost unclosed block opener at the end of the token stream: (what, line 1-based).
fn open_block(toks: &[(u64, piccolo::compiler::lexer::Token<S>)]) -> Option<(&'static str, u64)> {
    use piccolo::compiler::lexer::Token as T;
    let mut stack: Vec<(&'static str, u64)> = Vec::new();
    let mut header_pending = false;
    for (line, t) in toks {
        let l = line + 1;
        match t {
            T::Function => stack.push(("function", l)),
            T::If => stack.push(("if", l)),
            T::While => {
                stack.push(("while", l));
                header_pending = true;
            }
            T::For => {
                stack.push(("for", l));
                header_pending = true;
            }
            T::Do => {
                if header_pending {
                    header_pending = false;
                } else {
                    stack.push(("do", l));
                }
            }
            T::Repeat => stack.push(("repeat", l)),
            T::LeftBrace => stack.push(("{", l)),
            T::LeftParen => stack.push(("(", l)),
            T::LeftBracket => stack.push(("[", l)),
            T::End | T::Until | T::RightBrace | T::RightParen | T::RightBracket => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack.pop()
}

/// First token that closes more blocks than were opened (a stray `end`, `else`, ...).
fn stray_token(toks: &[(u64, piccolo::compiler::lexer::Token<S>)]) -> Option<(u64, String)> {
    use piccolo::compiler::lexer::Token as T;
    let mut depth: i64 = 0;
    let mut if_depths: Vec<i64> = Vec::new();
    let mut header_pending = false;
    for (line, t) in toks {
        match t {
            T::Function | T::Repeat => depth += 1,
            T::If => {
                depth += 1;
                if_depths.push(depth);
            }
            T::While | T::For => {
                depth += 1;
                header_pending = true;
            }
            T::Do => {
                if header_pending {
                    header_pending = false;
                } else {
                    depth += 1;
                }
            }
            T::Else | T::ElseIf if if_depths.last() != Some(&depth) => {
                return Some((line + 1, tok_text(t)));
            }
            T::End | T::Until => {
                if if_depths.last() == Some(&depth) {
                    if_depths.pop();
                }
                depth -= 1;
                if depth < 0 {
                    return Some((line + 1, tok_text(t)));
                }
            }
            _ => {}
        }
    }
    None
}

/// The token following the expression of a bad expression statement on `line` (0-based).
fn token_after_expression(toks: &[(u64, piccolo::compiler::lexer::Token<S>)], line: u64) -> String {
    use piccolo::compiler::lexer::Token as T;
    for w in toks.windows(2) {
        let [(_, prev), (l, t)] = w else { continue };
        if *l < line {
            continue;
        }
        let prev_ends = matches!(prev, T::Name(_) | T::RightParen | T::RightBracket);
        let starts = !matches!(
            t,
            T::Dot | T::LeftBracket | T::LeftParen | T::Colon | T::LeftBrace | T::String(_)
        );
        if prev_ends && starts && !matches!(t, T::Assign | T::Comma) {
            return tok_text(t);
        }
    }
    "'<eof>'".to_string()
}

fn closes(opener: &str) -> &'static str {
    match opener {
        "repeat" => "'until'",
        "{" => "'}'",
        "(" => "')'",
        "[" => "']'",
        _ => "'end'",
    }
}

/// Converts piccolo's Debug token text (`Name("x")`, `Assign`, ...) to Lua 5.1's `'x'` form.
fn token_text(dbg: &str) -> String {
    let simple = match dbg {
        "Break" => "break",
        "Do" => "do",
        "Else" => "else",
        "ElseIf" => "elseif",
        "End" => "end",
        "Function" => "function",
        "Goto" => "goto",
        "If" => "if",
        "In" => "in",
        "Local" => "local",
        "Nil" => "nil",
        "For" => "for",
        "While" => "while",
        "Repeat" => "repeat",
        "Until" => "until",
        "Return" => "return",
        "Then" => "then",
        "True" => "true",
        "False" => "false",
        "Not" => "not",
        "And" => "and",
        "Or" => "or",
        "Minus" => "-",
        "Add" => "+",
        "Mul" => "*",
        "Div" => "/",
        "IDiv" => "/",
        "Pow" => "^",
        "Mod" => "%",
        "Len" => "#",
        "BitNotXor" => "~",
        "BitAnd" => "&",
        "BitOr" => "|",
        "ShiftRight" => ">",
        "ShiftLeft" => "<",
        "Concat" => "..",
        "Dots" => "...",
        "Assign" => "=",
        "LessThan" => "<",
        "LessEqual" => "<=",
        "GreaterThan" => ">",
        "GreaterEqual" => ">=",
        "Equal" => "==",
        "NotEqual" => "~=",
        "Dot" => ".",
        "SemiColon" => ";",
        "Colon" => ":",
        "DoubleColon" => ":",
        "Comma" => ",",
        "LeftParen" => "(",
        "RightParen" => ")",
        "LeftBracket" => "[",
        "RightBracket" => "]",
        "LeftBrace" => "{",
        "RightBrace" => "}",
        _ => "",
    };
    if !simple.is_empty() {
        return format!("'{simple}'");
    }
    if let Some(inner) = dbg
        .strip_prefix("Integer(")
        .or_else(|| dbg.strip_prefix("Float("))
    {
        return format!("'{}'", inner.trim_end_matches(')'));
    }
    if let Some(inner) = dbg.strip_prefix("Name(").and_then(|s| s.strip_suffix(')')) {
        return format!("'{}'", decode_dbg_bytes(inner));
    }
    if let Some(inner) = dbg
        .strip_prefix("String(")
        .and_then(|s| s.strip_suffix(')'))
    {
        return format!("'{}'", decode_dbg_bytes(inner));
    }
    format!("'{dbg}'")
}

/// piccolo prints `Rc<[u8]>` tokens as byte lists `[120, 121]`.
fn decode_dbg_bytes(s: &str) -> String {
    let t = s.trim();
    if let Some(list) = t.strip_prefix('[').and_then(|x| x.strip_suffix(']')) {
        let bytes: Vec<u8> = list
            .split(',')
            .filter_map(|p| p.trim().parse::<u8>().ok())
            .collect();
        return String::from_utf8_lossy(&bytes).into_owned();
    }
    t.trim_matches('"').to_string()
}

// ---------------------------------------------------------------------------------------------
// The AST walker.

#[derive(Default)]
struct FuncScope {
    blocks: Vec<Vec<(S, Option<&'static str>)>>,
    vararg: bool,
}

type Desc = (Option<String>, Option<Vec<u8>>, Option<&'static str>);
type ConcatChain = (Vec<Expression<S>>, Vec<Option<String>>);

struct Walker<'a> {
    interner: &'a mut Interner,
    chunk_id: u32,
    funcs: Vec<FuncScope>,
    lines: LineTable,
    tmp: u32,
    error: Option<(u64, String)>,
    cur_line: u64,
    /// What Lua 5.1 expects after a `return` list in the current block.
    closer: &'static str,
    /// Set while walking the top-level expression of a `return`.
    ret_top: bool,
    /// The chunk names an arithmetic or order metamethod: operators whose operands are not
    /// statically numbers go through the `arith`/`cmp` helpers (see [`metamethod_aware`]).
    aware: bool,
    /// Set while walking the callback argument of `redis.register_function`: the next
    /// function definition's first two parameters hold Redis data (see `Walker::is_data`).
    data_params: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum VarKind {
    Local,
    Upvalue,
    Global,
}

/// Names whose presence anywhere in a chunk's text (code, strings or comments) switches the
/// chunk to metamethod-aware operators. piccolo's VM has no arithmetic or order metamethods;
/// routing every operator through a helper would slow all code down, and a metatable with such
/// a field can only be built by code that spells its name.
const AWARE_NAMES: [&[u8]; 9] = [
    b"__add", b"__sub", b"__mul", b"__div", b"__mod", b"__pow", b"__unm", b"__lt", b"__le",
];

/// True if `source` mentions an arithmetic or order metamethod name.
pub fn metamethod_aware(source: &[u8]) -> bool {
    source
        .windows(4)
        .enumerate()
        .filter(|(_, w)| w.starts_with(b"__"))
        .any(|(i, _)| {
            let rest = source.get(i..).unwrap_or(&[]);
            AWARE_NAMES.iter().any(|n| rest.starts_with(n))
        })
}

/// Lua 5.1's LUAI_MAXCALLS: deeper calls fail with `stack overflow`.
const MAX_CALLS: f64 = 20000.0;

/// Hidden local of every function: the line of the caller's statement (see `function_def`).
const CALLER_LINE: &[u8] = b"\x01c";

/// Name of hidden local `i` (not a valid Lua identifier, so scripts cannot name it).
pub fn slot_name(i: usize) -> Vec<u8> {
    format!("\x01{i}").into_bytes()
}

fn name_expr(n: S) -> Expression<S> {
    Expression {
        head: Box::new(HeadExpression::Simple(SimpleExpression::Suffixed(
            SuffixedExpression {
                primary: PrimaryExpression::Name(n),
                suffixes: Vec::new(),
            },
        ))),
        tail: Vec::new(),
    }
}

fn simple(e: SimpleExpression<S>) -> Expression<S> {
    Expression {
        head: Box::new(HeadExpression::Simple(e)),
        tail: Vec::new(),
    }
}

fn suffixed_expr(s: SuffixedExpression<S>) -> Expression<S> {
    simple(SimpleExpression::Suffixed(s))
}

fn is_multi(e: &Expression<S>) -> bool {
    if !e.tail.is_empty() {
        return false;
    }
    match &*e.head {
        HeadExpression::Simple(SimpleExpression::VarArgs) => true,
        HeadExpression::Simple(SimpleExpression::Suffixed(s)) => {
            matches!(s.suffixes.last(), Some(SuffixPart::Call(_)))
        }
        _ => false,
    }
}

// piccolo 0.3.3 gives `~=` the priority of `+`/`-` (so `a ~= b - 1` parses as `(a ~= b) - 1`).
// Expressions containing `~=` are flattened and re-parsed with Lua 5.1's priorities.

fn has_not_equal(e: &Expression<S>) -> bool {
    e.tail
        .iter()
        .any(|(op, rhs)| *op == BinaryOperator::NotEqual || has_not_equal(rhs))
}

fn priority(op: BinaryOperator) -> (u8, u8) {
    match op {
        BinaryOperator::Or => (1, 1),
        BinaryOperator::And => (2, 2),
        BinaryOperator::Equal
        | BinaryOperator::NotEqual
        | BinaryOperator::LessThan
        | BinaryOperator::LessEqual
        | BinaryOperator::GreaterThan
        | BinaryOperator::GreaterEqual => (3, 3),
        BinaryOperator::Concat => (9, 8),
        BinaryOperator::Add | BinaryOperator::Sub => (10, 10),
        BinaryOperator::Mul | BinaryOperator::Div | BinaryOperator::Mod | BinaryOperator::IDiv => {
            (11, 11)
        }
        BinaryOperator::Pow => (14, 13),
        _ => (6, 6),
    }
}

fn flatten(e: Expression<S>, atoms: &mut Vec<Expression<S>>, ops: &mut Vec<BinaryOperator>) {
    let Expression { head, tail } = e;
    atoms.push(Expression {
        head,
        tail: Vec::new(),
    });
    for (op, rhs) in tail {
        ops.push(op);
        flatten(rhs, atoms, ops);
    }
}

fn reassociate(e: Expression<S>) -> Expression<S> {
    let mut atoms = Vec::new();
    let mut ops = Vec::new();
    flatten(e, &mut atoms, &mut ops);
    let mut atoms = atoms.into_iter();
    let mut ops = ops.into_iter().peekable();
    fn climb(
        limit: u8,
        atoms: &mut std::vec::IntoIter<Expression<S>>,
        ops: &mut std::iter::Peekable<std::vec::IntoIter<BinaryOperator>>,
    ) -> Expression<S> {
        let mut lhs = atoms
            .next()
            .unwrap_or_else(|| simple(SimpleExpression::Nil));
        while let Some(&op) = ops.peek() {
            let (l, r) = priority(op);
            if l <= limit {
                break;
            }
            ops.next();
            let rhs = climb(r, atoms, ops);
            lhs.tail.push((op, rhs));
        }
        lhs
    }
    climb(0, &mut atoms, &mut ops)
}

enum Nilness {
    Never,
    Maybe,
}

/// Whether a stored value may be nil (such stores go through the DEL guard).
fn nilness(e: &Expression<S>) -> Nilness {
    if let Some((op, _)) = e.tail.last() {
        return match op {
            BinaryOperator::And | BinaryOperator::Or => Nilness::Maybe,
            _ => Nilness::Never,
        };
    }
    match &*e.head {
        HeadExpression::UnaryOperator(..) => Nilness::Never,
        HeadExpression::Simple(s) => match s {
            SimpleExpression::Float(_)
            | SimpleExpression::Integer(_)
            | SimpleExpression::String(_)
            | SimpleExpression::True
            | SimpleExpression::False
            | SimpleExpression::TableConstructor(_)
            | SimpleExpression::Function(_) => Nilness::Never,
            _ => Nilness::Maybe,
        },
    }
}

/// `acc op rhs` with piccolo's operator. piccolo's `%` returns -0 where Lua 5.1's
/// `a - floor(a/b)*b` gives 0 (a zero result with a negative divisor); 5.1's `%` never gives
/// -0, so unless the divisor is a positive constant the result gets `+ 0` (which turns -0
/// into 0 and changes nothing else).
fn raw_arith(mut acc: Expression<S>, op: BinaryOperator, rhs: Expression<S>) -> Expression<S> {
    let positive_const = rhs.tail.is_empty()
        && matches!(&*rhs.head, HeadExpression::Simple(SimpleExpression::Float(f)) if *f > 0.0);
    acc.tail.push((op, rhs));
    if op != BinaryOperator::Mod || positive_const {
        return acc;
    }
    let grouped = |e: Expression<S>| SuffixedExpression {
        primary: PrimaryExpression::GroupedExpression(e),
        suffixes: Vec::new(),
    };
    let plus_zero = Expression {
        head: Box::new(HeadExpression::Simple(SimpleExpression::Suffixed(grouped(
            acc,
        )))),
        tail: vec![(BinaryOperator::Add, simple(SimpleExpression::Float(0.0)))],
    };
    suffixed_expr(grouped(plus_zero))
}

/// Operator code of the `arith` helper.
fn arith_code(op: BinaryOperator) -> Option<f64> {
    Some(match op {
        BinaryOperator::Add => 1.0,
        BinaryOperator::Sub => 2.0,
        BinaryOperator::Mul => 3.0,
        BinaryOperator::Div => 4.0,
        BinaryOperator::Mod => 5.0,
        BinaryOperator::Pow => 6.0,
        _ => return None,
    })
}

/// Operator code of the `cmp` helper.
fn order_code(op: BinaryOperator) -> Option<f64> {
    Some(match op {
        BinaryOperator::LessThan => 1.0,
        BinaryOperator::LessEqual => 2.0,
        BinaryOperator::GreaterThan => 3.0,
        BinaryOperator::GreaterEqual => 4.0,
        _ => return None,
    })
}

fn bin_name(op: BinaryOperator) -> Option<&'static str> {
    match op {
        BinaryOperator::IDiv => Some("/"),
        BinaryOperator::BitAnd => Some("&"),
        BinaryOperator::BitOr => Some("|"),
        BinaryOperator::BitXor => Some("~"),
        BinaryOperator::ShiftLeft => Some("<"),
        BinaryOperator::ShiftRight => Some(">"),
        _ => None,
    }
}

impl Walker<'_> {
    fn s(&mut self, b: &[u8]) -> S {
        self.interner.intern(b)
    }

    fn fail(&mut self, msg: String) {
        if self.error.is_none() {
            self.error = Some((self.cur_line, msg));
        }
    }

    fn env_expr(&mut self) -> SuffixedExpression<S> {
        SuffixedExpression {
            primary: PrimaryExpression::Name(self.s(b"_ENV")),
            suffixes: Vec::new(),
        }
    }

    /// Call bookkeeping around a function body (main chunks included): on entry
    /// `local caller_line = LINE; DEPTH = DEPTH + 1` and the 5.1 call limit; before leaving
    /// (see `block`) `LINE, DEPTH = caller_line, DEPTH - 1`, so that the caller's statement
    /// keeps reporting its own line after the call returns.
    fn instrument_body(&mut self, body: &mut Block<S>) {
        // `local caller_line = LINE` on entry; `LINE = caller_line` before leaving, so that
        // the caller's statement keeps reporting its own line after the call returns.
        let first_line = body
            .statements
            .first()
            .map(|s| s.line_number)
            .unwrap_or(LineNumber(0));
        let save = Statement::LocalStatement(LocalStatement {
            names: vec![self.s(CALLER_LINE)],
            values: vec![name_expr(self.slot(keys::LINE))],
        });
        // `DEPTH = DEPTH + 1; if DEPTH > MAX_CALLS then overflow() end`.
        let depth = self.slot(keys::DEPTH);
        let inc = Statement::Assignment(AssignmentStatement {
            targets: vec![AssignmentTarget::Name(depth.clone())],
            values: vec![Expression {
                head: Box::new(HeadExpression::Simple(SimpleExpression::Suffixed(
                    SuffixedExpression {
                        primary: PrimaryExpression::Name(depth.clone()),
                        suffixes: Vec::new(),
                    },
                ))),
                tail: vec![(BinaryOperator::Add, simple(SimpleExpression::Float(1.0)))],
            }],
        });
        let check = Statement::If(IfStatement {
            if_part: (
                Expression {
                    head: Box::new(HeadExpression::Simple(SimpleExpression::Suffixed(
                        SuffixedExpression {
                            primary: PrimaryExpression::Name(depth),
                            suffixes: Vec::new(),
                        },
                    ))),
                    tail: vec![(
                        BinaryOperator::GreaterThan,
                        simple(SimpleExpression::Float(MAX_CALLS)),
                    )],
                },
                Block {
                    statements: vec![LineAnnotated::new(
                        first_line,
                        Statement::FunctionCall(FunctionCallStatement {
                            head: SuffixedExpression {
                                primary: PrimaryExpression::Name(self.slot(keys::OVERFLOW)),
                                suffixes: Vec::new(),
                            },
                            call: CallSuffix::Function(Vec::new()),
                        }),
                    )],
                    return_statement: None,
                    closed_on: first_line,
                },
            ),
            else_if_parts: Vec::new(),
            else_part: None,
        });
        body.statements.splice(
            0..0,
            [
                LineAnnotated::new(first_line, save),
                LineAnnotated::new(first_line, inc),
                LineAnnotated::new(first_line, check),
            ],
        );
        if body.return_statement.is_none() {
            let restore = self.restore_line();
            body.statements
                .push(LineAnnotated::new(body.closed_on, restore));
        }
    }

    /// `DEPTH = DEPTH - 1`.
    fn leave_depth(&mut self) -> Statement<S> {
        let depth = self.slot(keys::DEPTH);
        Statement::Assignment(AssignmentStatement {
            targets: vec![AssignmentTarget::Name(depth.clone())],
            values: vec![Expression {
                head: Box::new(HeadExpression::Simple(SimpleExpression::Suffixed(
                    SuffixedExpression {
                        primary: PrimaryExpression::Name(depth),
                        suffixes: Vec::new(),
                    },
                ))),
                tail: vec![(BinaryOperator::Sub, simple(SimpleExpression::Float(1.0)))],
            }],
        })
    }

    /// `LINE, DEPTH = caller_line, DEPTH - 1` (leaving a function).
    fn restore_line(&mut self) -> Statement<S> {
        let depth = self.slot(keys::DEPTH);
        Statement::Assignment(AssignmentStatement {
            targets: vec![
                AssignmentTarget::Name(self.slot(keys::LINE)),
                AssignmentTarget::Name(depth.clone()),
            ],
            values: vec![
                name_expr(self.s(CALLER_LINE)),
                Expression {
                    head: Box::new(HeadExpression::Simple(SimpleExpression::Suffixed(
                        SuffixedExpression {
                            primary: PrimaryExpression::Name(depth),
                            suffixes: Vec::new(),
                        },
                    ))),
                    tail: vec![(BinaryOperator::Sub, simple(SimpleExpression::Float(1.0)))],
                },
            ],
        })
    }

    /// An expression whose evaluation cannot fail (constants, locals, `...`, closures).
    fn is_safe(&self, e: &Expression<S>) -> bool {
        if !e.tail.is_empty() {
            return false;
        }
        match &*e.head {
            HeadExpression::Simple(s) => match s {
                SimpleExpression::Nil
                | SimpleExpression::True
                | SimpleExpression::False
                | SimpleExpression::Float(_)
                | SimpleExpression::Integer(_)
                | SimpleExpression::String(_)
                | SimpleExpression::VarArgs
                | SimpleExpression::Function(_) => true,
                SimpleExpression::Suffixed(sx) => match (&sx.primary, sx.suffixes.is_empty()) {
                    (PrimaryExpression::Name(n), true) => {
                        !matches!(self.var_kind(n), VarKind::Global)
                    }
                    _ => false,
                },
                SimpleExpression::TableConstructor(_) => false,
            },
            HeadExpression::UnaryOperator(_, _) => false,
        }
    }

    /// The hidden local holding helper `key` (see [`keys::SLOTS`]).
    fn slot(&mut self, key: f64) -> S {
        let i = keys::SLOTS.iter().position(|k| *k == key).unwrap_or(0);
        self.s(&slot_name(i))
    }

    /// `helper(args)` as a suffixed expression (the helper is a hidden upvalue).
    fn helper_call(&mut self, key: f64, args: Vec<Expression<S>>) -> SuffixedExpression<S> {
        SuffixedExpression {
            primary: PrimaryExpression::Name(self.slot(key)),
            suffixes: vec![SuffixPart::Call(CallSuffix::Function(args))],
        }
    }

    fn line_statement(&mut self, line: u64) -> LineAnnotated<Statement<S>> {
        let code = f64::from(self.chunk_id) * LINE_SPLIT + line as f64;
        let target = AssignmentTarget::Name(self.slot(keys::LINE));
        LineAnnotated::new(
            LineNumber(line.saturating_sub(1)),
            Statement::Assignment(AssignmentStatement {
                targets: vec![target],
                values: vec![simple(SimpleExpression::Float(code))],
            }),
        )
    }

    fn declare(&mut self, n: S) {
        self.declare_typed(n, None);
    }

    fn declare_typed(&mut self, n: S, t: Option<&'static str>) {
        let mut active = 0usize;
        if let Some(f) = self.funcs.last_mut() {
            if let Some(b) = f.blocks.last_mut() {
                b.push((n, t));
            }
            active = f.blocks.iter().map(Vec::len).sum();
        }
        if active > MAX_LOCALS {
            self.fail("too many local variables (limit is 180)".to_string());
        }
    }

    fn check_list(&mut self, n: usize) {
        if n > MAX_LIST {
            self.fail("function or expression too complex".to_string());
        }
    }

    /// Forgets the static type of local `n` (it was assigned).
    fn untype(&mut self, n: &[u8]) {
        for f in self.funcs.iter_mut().rev() {
            for b in f.blocks.iter_mut().rev() {
                if let Some(e) = b.iter_mut().rev().find(|x| &*x.0 == n) {
                    e.1 = None;
                    return;
                }
            }
        }
    }

    /// Static type of local `n` (`None` when unknown, including the [`DATA`] markers).
    fn local_type(&self, n: &[u8]) -> Option<&'static str> {
        self.local_mark(n)
            .filter(|t| *t != DATA && *t != DATA_ARRAY)
    }

    /// What the front-end noted about local `n`: a static type or a [`DATA`] marker.
    fn local_mark(&self, n: &[u8]) -> Option<&'static str> {
        for f in self.funcs.iter().rev() {
            for b in f.blocks.iter().rev() {
                if let Some(e) = b.iter().rev().find(|x| &*x.0 == n) {
                    return e.1;
                }
            }
        }
        None
    }

    /// True if `e` reads Redis data whose type only shows at run time: an element of
    /// `KEYS`/`ARGV` (or of a function's `keys`/`args` parameters), a `redis.call` or
    /// `redis.pcall` result, or a local initialised from one of those and not assigned since.
    /// Operators on such values go through the helpers, which follow Lua 5.1 where piccolo's
    /// raw operators differ: a numeric string compared with a number is an error, a string
    /// with spaces around a number is still a number in arithmetic, and error messages name
    /// the operand's real type (`redis.call('GET', k) + 1` on a missing key: a boolean).
    fn is_data(&self, e: &Expression<S>) -> bool {
        e.tail.is_empty() && self.is_data_head(&e.head)
    }

    /// True for `ipairs(x)` or `pairs(x)` over Redis data `x`: the loop's values are data.
    fn iterates_data(&self, arguments: &[Expression<S>]) -> bool {
        let [e] = arguments else {
            return false;
        };
        let HeadExpression::Simple(SimpleExpression::Suffixed(sx)) = &*e.head else {
            return false;
        };
        let (PrimaryExpression::Name(f), [SuffixPart::Call(CallSuffix::Function(args))]) =
            (&sx.primary, sx.suffixes.as_slice())
        else {
            return false;
        };
        let iter = matches!(&**f, b"ipairs" | b"pairs") && self.var_kind(f) == VarKind::Global;
        let data = |e: &Expression<S>| {
            self.is_data(e)
                || matches!(&*e.head, HeadExpression::Simple(SimpleExpression::Suffixed(x))
                    if x.suffixes.is_empty()
                        && matches!(&x.primary, PrimaryExpression::Name(n)
                            if self.names_data_array(n)))
        };
        iter && e.tail.is_empty() && matches!(args.as_slice(), [a] if data(a))
    }

    /// True if name `n` is an array of Redis data: `KEYS`, `ARGV`, or a function's
    /// `keys`/`args` parameter.
    fn names_data_array(&self, n: &[u8]) -> bool {
        match self.var_kind(n) {
            VarKind::Global => matches!(n, b"KEYS" | b"ARGV"),
            _ => self.local_mark(n) == Some(DATA_ARRAY),
        }
    }

    /// [`Self::is_data`] for an expression's head.
    fn is_data_head(&self, head: &HeadExpression<S>) -> bool {
        let HeadExpression::Simple(SimpleExpression::Suffixed(sx)) = head else {
            return false;
        };
        let PrimaryExpression::Name(n) = &sx.primary else {
            return false;
        };
        let kind = self.var_kind(n);
        match sx.suffixes.as_slice() {
            [] => kind != VarKind::Global && self.local_mark(n) == Some(DATA),
            // An element of a reply held in a local is data as well.
            [SuffixPart::Field(FieldSuffix::Indexed(_))] => {
                self.names_data_array(n)
                    || (kind != VarKind::Global && self.local_mark(n) == Some(DATA))
            }
            [SuffixPart::Field(FieldSuffix::Named(f)), SuffixPart::Call(_)] => {
                kind == VarKind::Global && &**n == b"redis" && matches!(&**f, b"call" | b"pcall")
            }
            _ => false,
        }
    }

    fn static_type(&self, e: &Expression<S>) -> Option<&'static str> {
        if !e.tail.is_empty() {
            let op = e.tail.last().map(|x| x.0);
            return match op {
                Some(
                    BinaryOperator::Add
                    | BinaryOperator::Sub
                    | BinaryOperator::Mul
                    | BinaryOperator::Div
                    | BinaryOperator::Mod
                    | BinaryOperator::Pow,
                ) if !self.aware => Some("number"),
                Some(BinaryOperator::Concat) if !self.aware => Some("string"),
                Some(
                    BinaryOperator::Equal
                    | BinaryOperator::NotEqual
                    | BinaryOperator::LessThan
                    | BinaryOperator::LessEqual
                    | BinaryOperator::GreaterThan
                    | BinaryOperator::GreaterEqual,
                ) => Some("boolean"),
                _ => None,
            };
        }
        match &*e.head {
            HeadExpression::Simple(s) => match s {
                SimpleExpression::Float(_) | SimpleExpression::Integer(_) => Some("number"),
                SimpleExpression::String(v) => {
                    if crate::lua::runtime::parse_number(v).is_some() {
                        Some("numstr")
                    } else {
                        Some("string")
                    }
                }
                SimpleExpression::Nil => Some("nil"),
                SimpleExpression::True | SimpleExpression::False => Some("boolean"),
                SimpleExpression::TableConstructor(_) => Some("table"),
                SimpleExpression::Function(_) => Some("function"),
                SimpleExpression::Suffixed(sx) => match (&sx.primary, sx.suffixes.is_empty()) {
                    (PrimaryExpression::Name(n), true) => match self.var_kind(n) {
                        VarKind::Global => None,
                        _ => self.local_type(n),
                    },
                    _ => None,
                },
                SimpleExpression::VarArgs => None,
            },
            HeadExpression::UnaryOperator(UnaryOperator::Not, _) => Some("boolean"),
            HeadExpression::UnaryOperator(UnaryOperator::Minus, _) if !self.aware => Some("number"),
            HeadExpression::UnaryOperator(UnaryOperator::Len, _) => Some("number"),
            HeadExpression::UnaryOperator(_, _) => None,
        }
    }

    fn var_kind(&self, n: &[u8]) -> VarKind {
        for (i, f) in self.funcs.iter().rev().enumerate() {
            for b in f.blocks.iter().rev() {
                if b.iter().any(|x| &*x.0 == n) {
                    return if i == 0 {
                        VarKind::Local
                    } else {
                        VarKind::Upvalue
                    };
                }
            }
        }
        VarKind::Global
    }

    fn rename(&mut self, n: S) -> S {
        if &*n == b"_ENV" {
            self.s(b"_ENV\x01")
        } else {
            n
        }
    }

    fn record(&mut self, kind: OpKind, operands: Vec<Desc>) {
        let mut descs = Vec::new();
        let mut globals = Vec::new();
        let mut types = Vec::new();
        for (d, g, t) in operands {
            descs.push(d);
            globals.push(g);
            types.push(t);
        }
        self.lines.push(
            self.cur_line,
            OpInfo {
                kind,
                descs,
                globals,
                types,
            },
        );
    }

    fn block_closing(&mut self, b: &mut Block<S>, new_scope: bool, closer: &'static str) {
        let saved = std::mem::replace(&mut self.closer, closer);
        self.block(b, new_scope);
        self.closer = saved;
    }

    fn block(&mut self, b: &mut Block<S>, new_scope: bool) {
        if new_scope {
            if let Some(f) = self.funcs.last_mut() {
                f.blocks.push(Vec::new());
            }
        }
        let stmts = std::mem::take(&mut b.statements);
        let mut out = Vec::with_capacity(stmts.len() * 2);
        for st in stmts {
            let line = st.line_number.0 + 1;
            self.cur_line = line;
            let ln = st.line_number;
            let needs_line = !matches!(st.inner, Statement::Break);
            if needs_line {
                out.push(self.line_statement(line));
            }
            let s2 = self.statement(st.inner);
            out.push(LineAnnotated::new(ln, s2));
        }
        if let Some(ret) = b.return_statement.take() {
            let line = ret.line_number.0 + 1;
            self.cur_line = line;
            out.push(self.line_statement(line));
            let ln = ret.line_number;
            let mut r = ret.inner;
            let returns = std::mem::take(&mut r.returns);
            let n_returns = returns.len();
            self.check_list(n_returns);
            let all_safe = returns.iter().all(|e| self.is_safe(e));
            let last_multi = returns.last().is_some_and(is_multi);

            r.returns = returns
                .into_iter()
                .enumerate()
                .map(|(i, e)| {
                    self.ret_top = i + 1 == n_returns;
                    let e = self.expr(e);
                    self.ret_top = false;
                    e
                })
                .collect();
            if r.returns.is_empty() || all_safe {
                out.push(LineAnnotated::new(ln, self.restore_line()));
            } else if last_multi {
                // `return ident(caller_line, ...)`: the values are computed first, then the
                // helper restores the caller's line and the call depth.
                let c = name_expr(self.s(CALLER_LINE));
                let tail_call = r.returns.len() == 1
                    && !matches!(
                        r.returns.first().map(|e| &*e.head),
                        Some(HeadExpression::Simple(SimpleExpression::VarArgs))
                    );
                let first = if tail_call {
                    // A tail call in 5.1 (it does not deepen the stack): leave the depth
                    // before the call, and tell the helper with a negative line code.
                    out.push(LineAnnotated::new(ln, self.leave_depth()));
                    Expression {
                        head: Box::new(HeadExpression::UnaryOperator(UnaryOperator::Minus, c)),
                        tail: Vec::new(),
                    }
                } else {
                    c
                };
                let mut args = vec![first];
                args.append(&mut r.returns);
                r.returns = vec![suffixed_expr(self.helper_call(keys::IDENT, args))];
            } else {
                // `local t1, t2 = e1, e2; LINE = caller_line; return t1, t2`.
                let names: Vec<S> = r.returns.iter().map(|_| self.new_tmp()).collect();
                let values = std::mem::take(&mut r.returns);
                out.push(LineAnnotated::new(
                    ln,
                    Statement::LocalStatement(LocalStatement {
                        names: names.clone(),
                        values,
                    }),
                ));
                out.push(LineAnnotated::new(ln, self.restore_line()));
                r.returns = names.into_iter().map(name_expr).collect();
            }
            b.return_statement = Some(LineAnnotated::new(
                ln,
                ReturnStatement { returns: r.returns },
            ));
        }
        b.statements = out;
        if new_scope {
            if let Some(f) = self.funcs.last_mut() {
                f.blocks.pop();
            }
        }
    }

    fn statement(&mut self, st: Statement<S>) -> Statement<S> {
        match st {
            Statement::If(mut i) => {
                let (c, mut b) = i.if_part;
                let c = self.expr(c);
                self.block_closing(&mut b, true, "end");
                i.if_part = (c, b);
                let parts = std::mem::take(&mut i.else_if_parts);
                i.else_if_parts = parts
                    .into_iter()
                    .map(|(c, mut b)| {
                        let c = self.expr(c);
                        self.block_closing(&mut b, true, "end");
                        (c, b)
                    })
                    .collect();
                if let Some(e) = i.else_part.as_mut() {
                    self.block(e, true);
                }
                Statement::If(i)
            }
            Statement::While(mut w) => {
                w.condition = self.expr(w.condition);
                self.block_closing(&mut w.block, true, "end");
                Statement::While(w)
            }
            Statement::Do(mut b) => {
                self.block_closing(&mut b, true, "end");
                Statement::Do(b)
            }
            Statement::For(f) => Statement::For(match f {
                ForStatement::Numeric {
                    name,
                    initial,
                    limit,
                    step,
                    mut body,
                } => {
                    let initial = self.expr(initial);
                    let limit = self.expr(limit);
                    let step = step.map(|s| self.expr(s));
                    let name = self.rename(name);
                    self.push_scope();
                    self.declare(name.clone());
                    self.block_closing(&mut body, true, "end");
                    self.pop_scope();
                    ForStatement::Numeric {
                        name,
                        initial,
                        limit,
                        step,
                        body,
                    }
                }
                ForStatement::Generic {
                    names,
                    arguments,
                    mut body,
                } => {
                    let data_values = self.iterates_data(&arguments);
                    let arguments = arguments.into_iter().map(|e| self.expr(e)).collect();
                    let names: Vec<S> = names.into_iter().map(|n| self.rename(n)).collect();
                    self.push_scope();
                    for (i, n) in names.iter().enumerate() {
                        let mark = (data_values && i == 1).then_some(DATA);
                        self.declare_typed(n.clone(), mark);
                    }
                    self.block_closing(&mut body, true, "end");
                    self.pop_scope();
                    ForStatement::Generic {
                        names,
                        arguments,
                        body,
                    }
                }
            }),
            Statement::Repeat(mut r) => {
                // The `until` expression sees the body's locals.
                self.push_scope();
                self.block_closing(&mut r.body, false, "until");
                r.until = self.expr(r.until);
                self.pop_scope();
                Statement::Repeat(r)
            }
            Statement::Function(mut f) => {
                let name = self.rename(f.name.clone());
                f.name = name.clone();
                if f.fields.is_empty() && f.method.is_none() {
                    let def = self.function_def(f.definition, false);
                    let value = simple(SimpleExpression::Function(def));
                    return self.assign_name(name, value);
                }
                let is_method = f.method.is_some();
                f.definition = self.function_def(f.definition, is_method);
                Statement::Function(f)
            }
            Statement::LocalFunction(mut f) => {
                f.name = self.rename(f.name);
                self.declare(f.name.clone());
                f.definition = self.function_def(f.definition, false);
                Statement::LocalFunction(f)
            }
            Statement::LocalStatement(l) => {
                self.check_list(l.names.len().max(l.values.len()));
                let types: Vec<Option<&'static str>> = (0..l.names.len())
                    .map(|i| match l.values.get(i) {
                        Some(e) if self.is_data(e) => Some(DATA),
                        Some(e) if i + 1 < l.values.len() || !is_multi(e) => self.static_type(e),
                        Some(_) => None,
                        None if l.values.last().is_some_and(is_multi) => None,
                        None => Some("nil"),
                    })
                    .collect();
                let values: Vec<Expression<S>> =
                    l.values.into_iter().map(|e| self.expr(e)).collect();
                let names: Vec<S> = l.names.into_iter().map(|n| self.rename(n)).collect();
                for (n, t) in names.iter().zip(types) {
                    self.declare_typed(n.clone(), t);
                }
                Statement::LocalStatement(LocalStatement { names, values })
            }
            Statement::Label(_) => {
                self.fail("unexpected symbol near ':'".to_string());
                Statement::Break
            }
            Statement::Goto(g) => {
                let n = String::from_utf8_lossy(&g.name).into_owned();
                self.fail(format!("'=' expected near '{n}'"));
                Statement::Break
            }
            Statement::Break => Statement::Break,
            Statement::FunctionCall(fc) => {
                let mut head = fc.head;
                head.suffixes.push(SuffixPart::Call(fc.call));
                let mut head = self.suffixed(head);
                match head.suffixes.pop() {
                    Some(SuffixPart::Call(call)) => {
                        Statement::FunctionCall(FunctionCallStatement { head, call })
                    }
                    _ => Statement::Break,
                }
            }
            Statement::Assignment(a) => self.assignment(a),
        }
    }

    fn push_scope(&mut self) {
        if let Some(f) = self.funcs.last_mut() {
            f.blocks.push(Vec::new());
        }
    }

    fn pop_scope(&mut self) {
        if let Some(f) = self.funcs.last_mut() {
            f.blocks.pop();
        }
    }

    fn function_def(
        &mut self,
        mut def: FunctionDefinition<S>,
        method: bool,
    ) -> FunctionDefinition<S> {
        let saved_line = self.cur_line;
        self.funcs.push(FuncScope {
            blocks: Vec::new(),
            vararg: def.has_varargs,
        });
        self.push_scope();
        let callback = std::mem::take(&mut self.data_params);
        if method {
            let s = self.s(b"self");
            self.declare(s);
        }
        let params: Vec<S> = std::mem::take(&mut def.parameters)
            .into_iter()
            .map(|p| self.rename(p))
            .collect();
        for (i, p) in params.iter().enumerate() {
            let arrays: &[&[u8]] = &[b"keys", b"args", b"argv"];
            let mark = (callback && i < 2 || arrays.iter().any(|a| p.eq_ignore_ascii_case(a)))
                .then_some(DATA_ARRAY);
            self.declare_typed(p.clone(), mark);
        }
        def.parameters = params;
        self.block_closing(&mut def.body, false, "end");
        self.instrument_body(&mut def.body);
        self.pop_scope();
        self.funcs.pop();
        self.cur_line = saved_line;
        def
    }

    fn assign_name(&mut self, name: S, value: Expression<S>) -> Statement<S> {
        self.untype(&name);
        match self.var_kind(&name) {
            VarKind::Local | VarKind::Upvalue => Statement::Assignment(AssignmentStatement {
                targets: vec![AssignmentTarget::Name(name)],
                values: vec![value],
            }),
            VarKind::Global => {
                let env = suffixed_expr(self.env_expr());
                let call = self.helper_call(
                    keys::SETG,
                    vec![env, simple(SimpleExpression::String(name)), value],
                );
                let mut head = call;
                match head.suffixes.pop() {
                    Some(SuffixPart::Call(call)) => {
                        Statement::FunctionCall(FunctionCallStatement { head, call })
                    }
                    _ => Statement::Break,
                }
            }
        }
    }

    fn new_tmp(&mut self) -> S {
        self.tmp += 1;
        let n = format!("(tmp{})", self.tmp);
        self.s(n.as_bytes())
    }

    fn assignment(&mut self, a: AssignmentStatement<S>) -> Statement<S> {
        self.check_list(a.targets.len().max(a.values.len()) * 3);
        if a.targets.len() == 1 {
            let values: Vec<Expression<S>> = a.values.into_iter().map(|e| self.expr(e)).collect();
            let target = a.targets.into_iter().next();
            return match target {
                Some(AssignmentTarget::Name(n)) => {
                    let n = self.rename(n);
                    let mut values = values;
                    // Extra values are still evaluated in Lua; keep them via a local when present.
                    if values.len() == 1 {
                        let v = values.pop().map(|v| self.first_if_multi(v));
                        match v {
                            Some(v) => self.assign_name(n, v),
                            None => Statement::Break,
                        }
                    } else {
                        let t = self.new_tmp();
                        let mut stmts = vec![LineAnnotated::new(
                            LineNumber(self.cur_line.saturating_sub(1)),
                            Statement::LocalStatement(LocalStatement {
                                names: vec![t.clone()],
                                values,
                            }),
                        )];
                        let st = self.assign_name(n, name_expr(t));
                        stmts.push(LineAnnotated::new(
                            LineNumber(self.cur_line.saturating_sub(1)),
                            st,
                        ));
                        Statement::Do(Block {
                            statements: stmts,
                            return_statement: None,
                            closed_on: LineNumber(self.cur_line.saturating_sub(1)),
                        })
                    }
                }
                Some(AssignmentTarget::Field(prefix, field)) => {
                    let desc = self.prefix_desc(&prefix);
                    let prefix = self.suffixed(prefix);
                    self.record(OpKind::Index, vec![desc]);
                    let field = match field {
                        FieldSuffix::Indexed(e) => FieldSuffix::Indexed(self.expr(e)),
                        other => other,
                    };
                    let nilness = match values.as_slice() {
                        [v] => nilness(v),
                        _ => Nilness::Maybe,
                    };
                    match nilness {
                        Nilness::Never => Statement::Assignment(AssignmentStatement {
                            targets: vec![AssignmentTarget::Field(prefix, field)],
                            values,
                        }),
                        _ => {
                            // Evaluate table, key, value into temporaries, then store.
                            let o = self.new_tmp();
                            let v = self.new_tmp();
                            let mut names = vec![o.clone()];
                            let mut vals = vec![suffixed_expr(prefix)];
                            let (k, named) = match field {
                                FieldSuffix::Named(n) => (None, Some(n)),
                                FieldSuffix::Indexed(e) => {
                                    let k = self.new_tmp();
                                    names.push(k.clone());
                                    vals.push(e);
                                    (Some(k), None)
                                }
                            };
                            names.push(v.clone());
                            let mut values = values;
                            if values.len() > 1 {
                                // Extra values are evaluated but dropped.
                                let first = values.remove(0);
                                vals.push(first);
                                vals.extend(values);
                            } else {
                                vals.extend(values);
                            }
                            let line = LineNumber(self.cur_line.saturating_sub(1));
                            let st = self.guarded_store(o, k, named, v);
                            Statement::Do(Block {
                                statements: vec![
                                    LineAnnotated::new(
                                        line,
                                        Statement::LocalStatement(LocalStatement {
                                            names,
                                            values: vals,
                                        }),
                                    ),
                                    LineAnnotated::new(line, st),
                                ],
                                return_statement: None,
                                closed_on: line,
                            })
                        }
                    }
                }
                None => Statement::Break,
            };
        }
        // Multiple assignment: evaluate target prefixes/keys, then values, then store
        // right to left (as Lua 5.1 does).
        let line = LineNumber(self.cur_line.saturating_sub(1));
        let mut stmts: Vec<LineAnnotated<Statement<S>>> = Vec::new();
        enum T {
            Name(S),
            Field(S, Option<S>, Option<S>),
        }
        let mut targets = Vec::new();
        for t in a.targets {
            match t {
                AssignmentTarget::Name(n) => targets.push(T::Name(self.rename(n))),
                AssignmentTarget::Field(prefix, field) => {
                    let desc = self.prefix_desc(&prefix);
                    let prefix = self.suffixed(prefix);
                    self.record(OpKind::Index, vec![desc]);
                    let o = self.new_tmp();
                    let mut names = vec![o.clone()];
                    let mut values = vec![suffixed_expr(prefix)];
                    let (k, named) = match field {
                        FieldSuffix::Named(n) => (None, Some(n)),
                        FieldSuffix::Indexed(e) => {
                            let k = self.new_tmp();
                            names.push(k.clone());
                            values.push(self.expr(e));
                            (Some(k), None)
                        }
                    };
                    stmts.push(LineAnnotated::new(
                        line,
                        Statement::LocalStatement(LocalStatement { names, values }),
                    ));
                    targets.push(T::Field(o, k, named));
                }
            }
        }
        let vals: Vec<S> = targets.iter().map(|_| self.new_tmp()).collect();
        let values: Vec<Expression<S>> = a.values.into_iter().map(|e| self.expr(e)).collect();
        stmts.push(LineAnnotated::new(
            line,
            Statement::LocalStatement(LocalStatement {
                names: vals.clone(),
                values,
            }),
        ));
        for (t, v) in targets.into_iter().zip(vals).rev() {
            let st = match t {
                T::Name(n) => self.assign_name(n, name_expr(v)),
                T::Field(o, k, named) => self.guarded_store(o, k, named, v),
            };
            stmts.push(LineAnnotated::new(line, st));
        }
        Statement::Do(Block {
            statements: stmts,
            return_statement: None,
            closed_on: line,
        })
    }

    /// `if v == nil then DEL(o, k) else o[k] = v end` (all operands are temporaries).
    fn guarded_store(&mut self, o: S, k: Option<S>, named: Option<S>, v: S) -> Statement<S> {
        let (field, key_expr) = match (k, named) {
            (Some(k), _) => (FieldSuffix::Indexed(name_expr(k.clone())), name_expr(k)),
            (None, Some(n)) => (
                FieldSuffix::Named(n.clone()),
                simple(SimpleExpression::String(n)),
            ),
            (None, None) => return Statement::Break,
        };
        let line = LineNumber(self.cur_line.saturating_sub(1));
        let store = Statement::Assignment(AssignmentStatement {
            targets: vec![AssignmentTarget::Field(
                SuffixedExpression {
                    primary: PrimaryExpression::Name(o.clone()),
                    suffixes: Vec::new(),
                },
                field,
            )],
            values: vec![name_expr(v.clone())],
        });
        let mut del = self.helper_call(keys::DEL, vec![name_expr(o), key_expr]);
        let del_stmt = match del.suffixes.pop() {
            Some(SuffixPart::Call(call)) => {
                Statement::FunctionCall(FunctionCallStatement { head: del, call })
            }
            _ => Statement::Break,
        };
        let cond = Expression {
            head: Box::new(HeadExpression::Simple(SimpleExpression::Suffixed(
                SuffixedExpression {
                    primary: PrimaryExpression::Name(v),
                    suffixes: Vec::new(),
                },
            ))),
            tail: vec![(BinaryOperator::Equal, simple(SimpleExpression::Nil))],
        };
        let block = |st: Statement<S>| Block {
            statements: vec![LineAnnotated::new(line, st)],
            return_statement: None,
            closed_on: line,
        };
        Statement::If(piccolo::compiler::parser::IfStatement {
            if_part: (cond, block(del_stmt)),
            else_if_parts: Vec::new(),
            else_part: Some(block(store)),
        })
    }

    fn first_if_multi(&mut self, e: Expression<S>) -> Expression<S> {
        e
    }

    /// Description of a variable-like expression (`local 'x'`, `global 'x'`, `field 'y'`).
    fn prefix_desc(&self, s: &SuffixedExpression<S>) -> Desc {
        match s.suffixes.last() {
            None => match &s.primary {
                PrimaryExpression::Name(n) => self.name_desc(n),
                PrimaryExpression::GroupedExpression(_) => (None, None, None),
            },
            Some(SuffixPart::Field(FieldSuffix::Named(n))) => (
                Some(format!("field '{}'", String::from_utf8_lossy(n))),
                None,
                None,
            ),
            Some(SuffixPart::Field(FieldSuffix::Indexed(e))) => {
                if let (HeadExpression::Simple(SimpleExpression::String(k)), true) =
                    (&*e.head, e.tail.is_empty())
                {
                    (
                        Some(format!("field '{}'", String::from_utf8_lossy(k))),
                        None,
                        None,
                    )
                } else {
                    // Lua 5.1 names a field only by a constant string key.
                    (Some("field '?'".to_string()), None, None)
                }
            }
            Some(SuffixPart::Call(_)) => (None, None, None),
        }
    }

    fn name_desc(&self, n: &[u8]) -> Desc {
        let shown = String::from_utf8_lossy(n).replace('\x01', "");
        match self.var_kind(n) {
            VarKind::Local => (Some(format!("local '{shown}'")), None, self.local_type(n)),
            VarKind::Upvalue => (Some(format!("upvalue '{shown}'")), None, self.local_type(n)),
            VarKind::Global => (Some(format!("global '{shown}'")), Some(n.to_vec()), None),
        }
    }

    fn expr_desc(&self, e: &Expression<S>) -> Desc {
        if !e.tail.is_empty() {
            return (None, None, self.static_type(e));
        }
        match &*e.head {
            HeadExpression::Simple(SimpleExpression::Suffixed(s)) => self.prefix_desc(s),
            _ => (None, None, self.static_type(e)),
        }
    }

    fn expr(&mut self, e: Expression<S>) -> Expression<S> {
        let e = if has_not_equal(&e) { reassociate(e) } else { e };
        let ret_top_saved = std::mem::replace(&mut self.ret_top, false);
        let Expression { head, tail } = e;
        // Head.
        let head_desc = match &*head {
            HeadExpression::Simple(SimpleExpression::Suffixed(s)) => self.prefix_desc(s),
            _ => {
                let tmp = Expression {
                    head: head.clone(),
                    tail: Vec::new(),
                };
                (None, None, self.static_type(&tmp))
            }
        };
        let head_data = self.is_data_head(&head);
        let mut acc: Expression<S> = match *head {
            HeadExpression::Simple(s) => simple(self.simple(s)),
            HeadExpression::UnaryOperator(op, inner) => {
                if op == UnaryOperator::BitNot {
                    self.fail("unexpected symbol near '~'".to_string());
                }
                let d = self.expr_desc(&inner);
                let (dname, dtype) = (d.0.clone(), d.2);
                match op {
                    UnaryOperator::Len => self.record(OpKind::Len, vec![d]),
                    UnaryOperator::Minus => self.record(OpKind::Arith, vec![d]),
                    _ => {}
                }
                let numeric = dtype == Some("number");
                let data = self.is_data(&inner);
                let inner = self.expr(inner);
                if op == UnaryOperator::Minus && (self.aware || data) && !numeric {
                    self.arith_call(7.0, dname, None, inner.clone(), inner)
                } else {
                    Expression {
                        head: Box::new(HeadExpression::UnaryOperator(op, inner)),
                        tail: Vec::new(),
                    }
                }
            }
        };
        let mut acc_desc = head_desc;
        let mut acc_data = head_data;
        // Pending concat operands (flattened chain) for `acc`.
        let mut concat: Option<ConcatChain> = None;
        let ret_top = ret_top_saved;
        for (op, rhs) in tail {
            if let Some(name) = bin_name(op) {
                let lone = matches!(
                    op,
                    BinaryOperator::BitAnd | BinaryOperator::BitOr | BinaryOperator::BitXor
                );
                if lone && ret_top {
                    self.fail(format!("'{}' expected near '{name}'", self.closer));
                } else {
                    self.fail(format!("unexpected symbol near '{name}'"));
                }
            }
            let rdesc = self.expr_desc(&rhs);
            let data = std::mem::replace(&mut acc_data, false) || self.is_data(&rhs);
            match op {
                BinaryOperator::Concat => {
                    let (mut ops, mut descs) = match concat.take() {
                        Some(c) => c,
                        None => (vec![acc], vec![acc_desc.0.clone()]),
                    };
                    // Flatten a right-hand pure concat chain.
                    let (rops, rdescs) = self.concat_operands(rhs);
                    ops.extend(rops);
                    descs.extend(rdescs);
                    concat = Some((ops, descs));
                    acc = simple(SimpleExpression::Nil);
                    acc_desc = (None, None, Some("string"));
                    continue;
                }
                _ => {
                    if let Some((ops, descs)) = concat.take() {
                        acc = self.concat_call(ops, descs);
                    }
                    let rtype = rdesc.2;
                    let rname = rdesc.0.clone();
                    match op {
                        BinaryOperator::Add
                        | BinaryOperator::Sub
                        | BinaryOperator::Mul
                        | BinaryOperator::Div
                        | BinaryOperator::Mod
                        | BinaryOperator::Pow => {
                            self.record(OpKind::Arith, vec![acc_desc.clone(), rdesc]);
                        }
                        BinaryOperator::LessThan
                        | BinaryOperator::LessEqual
                        | BinaryOperator::GreaterThan
                        | BinaryOperator::GreaterEqual => {
                            self.record(OpKind::Compare, vec![acc_desc.clone(), rdesc]);
                        }
                        _ => {}
                    }
                    let ldesc = acc_desc.0.clone();
                    let ltype = acc_desc.2;
                    let rhs = self.expr(rhs);
                    let num = |t: Option<&str>| t == Some("number");
                    let strg = |t: Option<&str>| t == Some("string");
                    let arith = arith_code(op);
                    let order = order_code(op);
                    acc_desc = (None, None, None);
                    // Strings known statically: piccolo's raw operators coerce them
                    // differently from 5.1 (spaces around numbers, `1 < "2"`), so those
                    // operations take the helpers even outside metamethod-aware chunks.
                    let is_s = |t: Option<&str>| matches!(t, Some("string" | "numstr"));
                    let static_str_arith = is_s(ltype) || is_s(rtype) || data;
                    let static_str_order = is_s(ltype) != is_s(rtype) || data;
                    if let (true, Some(code)) = (self.aware || static_str_arith, arith) {
                        if num(ltype) && num(rtype) {
                            acc = raw_arith(acc, op, rhs);
                            acc_desc.2 = Some("number");
                        } else {
                            acc = self.arith_call(code, ldesc, rname, acc, rhs);
                        }
                    } else if let (true, Some(code)) = (self.aware || static_str_order, order) {
                        if (num(ltype) && num(rtype)) || (strg(ltype) && strg(rtype)) {
                            acc.tail.push((op, rhs));
                        } else {
                            let args = vec![simple(SimpleExpression::Float(code)), acc, rhs];
                            acc = self.grouped_helper(keys::CMP, args);
                        }
                        acc_desc.2 = Some("boolean");
                    } else if arith.is_some() {
                        acc = raw_arith(acc, op, rhs);
                    } else {
                        acc.tail.push((op, rhs));
                    }
                }
            }
        }
        if let Some((ops, descs)) = concat.take() {
            acc = self.concat_call(ops, descs);
        }
        acc
    }

    /// `(arith(code, "ldesc\nrdesc", a, b))`.
    fn arith_call(
        &mut self,
        code: f64,
        ldesc: Option<String>,
        rdesc: Option<String>,
        a: Expression<S>,
        b: Expression<S>,
    ) -> Expression<S> {
        let d = format!(
            "{}\n{}",
            ldesc.unwrap_or_default(),
            rdesc.unwrap_or_default()
        );
        let dstr = self.s(d.as_bytes());
        let args = vec![
            simple(SimpleExpression::Float(code)),
            simple(SimpleExpression::String(dstr)),
            a,
            b,
        ];
        self.grouped_helper(keys::ARITH, args)
    }

    /// `(helper(args))`: a helper call kept single-valued wherever it lands.
    fn grouped_helper(&mut self, key: f64, args: Vec<Expression<S>>) -> Expression<S> {
        let call = self.helper_call(key, args);
        suffixed_expr(SuffixedExpression {
            primary: PrimaryExpression::GroupedExpression(suffixed_expr(call)),
            suffixes: Vec::new(),
        })
    }

    fn concat_operands(&mut self, rhs: Expression<S>) -> (Vec<Expression<S>>, Vec<Option<String>>) {
        let pure = !rhs.tail.is_empty()
            && rhs.tail.iter().all(|(op, _)| *op == BinaryOperator::Concat)
            && matches!(&*rhs.head, HeadExpression::Simple(_));
        if pure {
            let Expression { head, tail } = rhs;
            let head_e = Expression {
                head,
                tail: Vec::new(),
            };
            let d = self.expr_desc(&head_e).0;
            let mut ops = vec![self.expr(head_e)];
            let mut descs = vec![d];
            for (_, e) in tail {
                let (o, d) = self.concat_operands(e);
                ops.extend(o);
                descs.extend(d);
            }
            (ops, descs)
        } else {
            let d = self.expr_desc(&rhs).0;
            (vec![self.expr(rhs)], vec![d])
        }
    }

    fn concat_call(
        &mut self,
        ops: Vec<Expression<S>>,
        descs: Vec<Option<String>>,
    ) -> Expression<S> {
        let d: Vec<String> = descs.into_iter().map(|d| d.unwrap_or_default()).collect();
        let dstr = self.s(d.join("\n").as_bytes());
        let mut args = vec![simple(SimpleExpression::String(dstr))];
        args.extend(ops);
        let call = self.helper_call(keys::CONCAT, args);
        // Wrap in parentheses so it stays single-valued wherever it lands.
        suffixed_expr(SuffixedExpression {
            primary: PrimaryExpression::GroupedExpression(suffixed_expr(call)),
            suffixes: Vec::new(),
        })
    }

    fn simple(&mut self, s: SimpleExpression<S>) -> SimpleExpression<S> {
        match s {
            SimpleExpression::VarArgs => {
                if !self.funcs.last().is_some_and(|f| f.vararg) {
                    self.fail("cannot use '...' outside a vararg function near '...'".to_string());
                }
                SimpleExpression::VarArgs
            }
            SimpleExpression::Integer(i) => SimpleExpression::Float(i as f64),
            SimpleExpression::TableConstructor(mut t) => {
                let fields = std::mem::take(&mut t.fields);
                t.fields = fields
                    .into_iter()
                    .map(|f| match f {
                        ConstructorField::Array(e) => ConstructorField::Array(self.expr(e)),
                        ConstructorField::Record(k, v) => {
                            let k = match k {
                                RecordKey::Indexed(e) => RecordKey::Indexed(self.expr(e)),
                                other => other,
                            };
                            ConstructorField::Record(k, self.expr(v))
                        }
                    })
                    .collect();
                SimpleExpression::TableConstructor(t)
            }
            SimpleExpression::Function(def) => {
                SimpleExpression::Function(self.function_def(def, false))
            }
            SimpleExpression::Suffixed(s) => SimpleExpression::Suffixed(self.suffixed(s)),
            other => other,
        }
    }

    fn suffixed(&mut self, s: SuffixedExpression<S>) -> SuffixedExpression<S> {
        let SuffixedExpression { primary, suffixes } = s;
        let mut cur = SuffixedExpression {
            primary: match primary {
                PrimaryExpression::Name(n) => PrimaryExpression::Name(self.rename(n)),
                PrimaryExpression::GroupedExpression(e) => {
                    let multi = is_multi(&e);
                    let e = self.expr(e);
                    if multi && suffixes.is_empty() {
                        let call = self.helper_call(keys::FIRST, vec![e]);
                        PrimaryExpression::GroupedExpression(suffixed_expr(call))
                    } else {
                        PrimaryExpression::GroupedExpression(e)
                    }
                }
            },
            suffixes: Vec::new(),
        };
        for part in suffixes {
            match part {
                SuffixPart::Field(FieldSuffix::Named(n)) => {
                    let d = self.prefix_desc(&cur);
                    self.record(OpKind::Index, vec![d]);
                    cur.suffixes.push(SuffixPart::Field(FieldSuffix::Named(n)));
                }
                SuffixPart::Field(FieldSuffix::Indexed(e)) => {
                    let d = self.prefix_desc(&cur);
                    self.record(OpKind::Index, vec![d]);
                    let e = self.expr(e);
                    cur.suffixes
                        .push(SuffixPart::Field(FieldSuffix::Indexed(e)));
                }
                SuffixPart::Call(CallSuffix::Function(args)) => {
                    self.check_list(args.len());
                    let d = self.prefix_desc(&cur);
                    self.record(OpKind::Call, vec![d]);
                    let is_error = args.len() == 2
                        && cur.suffixes.is_empty()
                        && matches!(&cur.primary, PrimaryExpression::Name(n)
                            if &**n == b"error" && matches!(self.var_kind(n), VarKind::Global));
                    let is_register = matches!(cur.suffixes.as_slice(),
                        [SuffixPart::Field(FieldSuffix::Named(f))] if &**f == b"register_function")
                        && matches!(&cur.primary, PrimaryExpression::Name(n)
                            if &**n == b"redis" && matches!(self.var_kind(n), VarKind::Global));
                    let callback_arg = if args.len() == 1 { 0 } else { 1 };
                    let mut args: Vec<Expression<S>> = args
                        .into_iter()
                        .enumerate()
                        .map(|(i, e)| {
                            // The callback's first two parameters are the keys and args arrays.
                            self.data_params = is_register && i == callback_arg;
                            let e = self.expr(e);
                            self.data_params = false;
                            e
                        })
                        .collect();
                    if is_error {
                        // `error(msg, level, caller_line)`: lets level 2 name the caller's line.
                        args.push(name_expr(self.s(CALLER_LINE)));
                    }
                    cur.suffixes
                        .push(SuffixPart::Call(CallSuffix::Function(args)));
                }
                SuffixPart::Call(CallSuffix::Method(name, args)) => {
                    self.check_list(args.len() + 2);
                    let d = self.prefix_desc(&cur);
                    self.record(OpKind::Index, vec![d]);
                    self.record(
                        OpKind::Call,
                        vec![(
                            Some(format!("method '{}'", String::from_utf8_lossy(&name))),
                            None,
                            None,
                        )],
                    );
                    let mut hargs =
                        vec![suffixed_expr(cur), simple(SimpleExpression::String(name))];
                    hargs.extend(args.into_iter().map(|e| self.expr(e)));
                    cur = self.helper_call(keys::METHOD, hargs);
                }
            }
        }
        cur
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_52_syntax() {
        let e = compile("user_script", b"return 1 // 2", 1, false)
            .err()
            .unwrap_or_default();
        assert_eq!(e, "user_script:1: unexpected symbol near '/'");
        let e = compile("user_script", b"goto x", 1, false)
            .err()
            .unwrap_or_default();
        assert!(e.starts_with("user_script:1:"), "{e}");
        let e = compile("user_script", b"x = 1 & 2", 1, false)
            .err()
            .unwrap_or_default();
        assert_eq!(e, "user_script:1: unexpected symbol near '&'");
    }

    #[test]
    fn metamethod_names_switch_chunks_to_aware_operators() {
        assert!(metamethod_aware(b"local mt = {__add = f}"));
        assert!(metamethod_aware(b"-- mentions __lt in a comment"));
        assert!(!metamethod_aware(b"local t = {__index = t} return #t + 1"));
    }

    #[test]
    fn compiles_normal_code() {
        assert!(compile(
            "c",
            b"local a = {1,2}\na[1], a[2] = a[2], a[1]\nreturn a[1] .. 'x' .. 2",
            1,
            false
        )
        .is_ok());
    }
}
