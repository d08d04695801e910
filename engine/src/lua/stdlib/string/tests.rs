//! Tests for the `string` library: a tiny local harness (bare piccolo + this library + a
//! test `print`) running snippets and the `tests/lua/cases/string_*.lua` files against
//! their `lua5.1`-recorded `.expected` output.

use std::cell::RefCell;

use piccolo::{Callback, CallbackReturn, Closure, Executor, Lua, Value};

use super::{load_string, value_to_bytes};

thread_local! {
    static OUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

fn tostr(v: Value<'_>) -> Vec<u8> {
    match v {
        Value::Nil => b"nil".to_vec(),
        Value::Boolean(b) => b.to_string().into_bytes(),
        Value::Integer(_) | Value::Number(_) | Value::String(_) => value_to_bytes(v)
            .map(|c| c.into_owned())
            .unwrap_or_default(),
        other => other.type_name().as_bytes().to_vec(),
    }
}

/// Runs a chunk named `chunk` and returns everything it printed (plus an uncaught error).
pub(crate) fn run(chunk: &str, src: &str) -> String {
    String::from_utf8_lossy(&run_bytes(chunk, src)).into_owned()
}

/// One-line Lua shims for 5.1 functions bare piccolo lacks (kept on the first line so the
/// cases' line numbers are unchanged).
const PRELUDE: &str = "unpack = unpack or table.unpack \
    table.sort = table.sort or function(t) for i = 2, #t do local v = t[i] local j = i - 1 \
    while j >= 1 and t[j] > v do t[j + 1] = t[j] j = j - 1 end t[j + 1] = v end end ";

fn tonumber_cb<'gc>(
    ctx: piccolo::Context<'gc>,
    _exec: piccolo::Execution<'gc, '_>,
    mut stack: piccolo::Stack<'gc, '_>,
) -> Result<CallbackReturn<'gc>, piccolo::Error<'gc>> {
    let v = stack.get(0);
    let base = stack.get(1);
    let r = match (v, base) {
        (Value::String(s), Value::Integer(b)) => {
            let t = String::from_utf8_lossy(s.as_bytes()).trim().to_lowercase();
            i64::from_str_radix(&t, u32::try_from(b).unwrap_or(10))
                .map(Value::Integer)
                .unwrap_or(Value::Nil)
        }
        (v, _) => super::value_to_number(v).map_or(Value::Nil, Value::Number),
    };
    let _ = ctx;
    stack.clear();
    stack.push_back(r);
    Ok(CallbackReturn::Return)
}

fn concat_cb<'gc>(
    ctx: piccolo::Context<'gc>,
    _exec: piccolo::Execution<'gc, '_>,
    mut stack: piccolo::Stack<'gc, '_>,
) -> Result<CallbackReturn<'gc>, piccolo::Error<'gc>> {
    let mut out = Vec::new();
    if let Value::Table(t) = stack.get(0) {
        let sep = value_to_bytes(stack.get(1))
            .map(|c| c.into_owned())
            .unwrap_or_default();
        let n = t.length();
        for i in 1..=n {
            if i > 1 {
                out.extend_from_slice(&sep);
            }
            out.extend_from_slice(&tostr(t.get(ctx, i)));
        }
    }
    stack.clear();
    stack.push_back(Value::String(ctx.intern(&out)));
    Ok(CallbackReturn::Return)
}

fn write_cb<'gc>(
    _ctx: piccolo::Context<'gc>,
    _exec: piccolo::Execution<'gc, '_>,
    mut stack: piccolo::Stack<'gc, '_>,
) -> Result<CallbackReturn<'gc>, piccolo::Error<'gc>> {
    for i in 0..stack.len() {
        let b = tostr(stack.get(i));
        OUT.with(|o| o.borrow_mut().extend_from_slice(&b));
    }
    stack.clear();
    Ok(CallbackReturn::Return)
}

/// Like [`run`], returning raw bytes.
pub(crate) fn run_bytes(chunk: &str, src: &str) -> Vec<u8> {
    OUT.with(|o| o.borrow_mut().clear());
    let mut lua = Lua::core();
    lua.enter(|ctx| {
        load_string(ctx);
        let print = Callback::from_fn(&ctx, |_ctx, _exec, mut stack| {
            let mut line = Vec::new();
            for i in 0..stack.len() {
                if i > 0 {
                    line.push(b'\t');
                }
                line.extend_from_slice(&tostr(stack.get(i)));
            }
            line.push(b'\n');
            OUT.with(|o| o.borrow_mut().extend_from_slice(&line));
            stack.clear();
            Ok(CallbackReturn::Return)
        });
        let _ = ctx.set_global("print", print);
        let _ = ctx.set_global("tonumber", Callback::from_fn(&ctx, tonumber_cb));
        let io = piccolo::Table::new(&ctx);
        let _ = io.set(ctx, "write", Callback::from_fn(&ctx, write_cb));
        let _ = ctx.set_global("io", io);
        if let Value::Table(t) = ctx.get_global("table") {
            let _ = t.set(ctx, "concat", Callback::from_fn(&ctx, concat_cb));
        }
    });
    let src = format!("{}{}", PRELUDE, src);
    let name = chunk.to_string();
    let ex = lua.try_enter(|ctx| {
        let c = Closure::load(ctx, Some(&name), src.as_bytes())?;
        Ok(ctx.stash(Executor::start(ctx, c.into(), ())))
    });
    let mut tail = String::new();
    match ex {
        Ok(ex) => {
            if let Err(e) = lua.execute::<()>(&ex) {
                tail = format!("uncaught: {}\n", e);
            }
        }
        Err(e) => tail = format!("compile error: {}\n", e),
    }
    let mut out = OUT.with(|o| o.borrow().clone());
    out.extend_from_slice(tail.as_bytes());
    out
}

fn check(src: &str, want: &str) {
    assert_eq!(run("input", src), want, "snippet: {}", src);
}

#[test]
fn basics() {
    check(
        "print(string.len('abc'), string.sub('hello', 2, -2))",
        "3\tell\n",
    );
    check(
        "print(string.rep('ab', 3), string.upper('aBc'), string.reverse('abc'))",
        "ababab\tABC\tcba\n",
    );
    check("print(string.byte('ABC', 1, -1))", "65\t66\t67\n");
    check("print(string.char(72, 105))", "Hi\n");
    check(
        "print(pcall(string.char, 256))",
        "false\tbad argument #1 to 'char' (invalid value)\n",
    );
    check(
        "print(pcall(function() local s = string.rep() return s end))",
        "false\tinput:1: bad argument #1 to 'rep' (string expected, got no value)\n",
    );
    check("print(string.rep('x', '3'))", "xxx\n");
    check("print(string.sub(12345, 2, 3))", "23\n");
}

#[test]
fn find_match() {
    check("print(string.find('hello world', 'o w'))", "5\t7\n");
    check("print(string.find('a.b', '.', 1, true))", "2\t2\n");
    check("print(string.find('abc', '', 10))", "4\t3\n");
    check(
        "print(string.match('key = val', '(%w+)%s*=%s*(%w+)'))",
        "key\tval\n",
    );
    check("print(string.match('hello', '()ll()'))", "3\t5\n");
    check(
        "print(pcall(string.find, 'a', '[a'))",
        "false\tmalformed pattern (missing ']')\n",
    );
}

#[test]
fn gmatch_gsub() {
    check(
        "for k, v in string.gmatch('a=1, b=2', '(%w+)=(%w+)') do print(k, v) end",
        "a\t1\nb\t2\n",
    );
    check(
        "print(string.gsub('hello world', 'o', '0'))",
        "hell0 w0rld\t2\n",
    );
    check("print(string.gsub('abc', '', '-'))", "-a-b-c-\t4\n");
    check("print(string.gsub('hello', '(l)', '%1%1'))", "hellllo\t2\n");
    check(
        "print(pcall(string.gsub, 'abc', '%w', {a = 1, b = true}))",
        "false\tinvalid replacement value (a boolean)\n",
    );
    check(
        "print(string.gsub('hello world', '%w+', function(w) return string.len(w) end))",
        "5 5\t2\n",
    );
}

#[test]
fn format() {
    check(
        "print(string.format('%5.2f|%d|%s|%q', 3.14159, 42, 'x', 'a\\nb'))",
        " 3.14|42|x|\"a\\\nb\"\n",
    );
    check(
        "print(pcall(string.format, '%y', 1))",
        "false\tinvalid option '%y' to 'format'\n",
    );
    check(
        "print(string.format('%x %X %o %c', 255, 255, 8, 65))",
        "ff FF 10 A\n",
    );
}

#[test]
fn bounded() {
    let out = run(
        "input",
        "print(pcall(string.find, string.rep('a', 40), string.rep('a?', 40) .. string.rep('a', 40) .. 'b'))",
    );
    assert_eq!(out, "false\tpattern too complex\n");
    let out = run("input", "print(pcall(string.rep, 'x', 2^30))");
    assert_eq!(out, "false\tnot enough memory\n");
    let out = run(
        "input",
        "local s = string.rep('a b ', 100000) local r, n = string.gsub(s, '%s', '') print(#r, n)",
    );
    assert_eq!(out, "200000\t200000\n");
}

/// Cases that need more of the runtime than bare piccolo offers (method calls on strings,
/// `error` positions, truncation of parenthesised calls `(f())`); run by the full runtime
/// harness.
const RUNTIME_DEPENDENT: &[&str] = &[
    "string_method_syntax.lua",
    "string_gsub_function_errors.lua",
    "string_gsub_count_only.lua",
    "string_gsub_escape.lua",
    "string_hex_dump.lua",
    "string_url_decode.lua",
];

/// Runs every `tests/lua/cases/string_*.lua` and compares with its `.expected` file.
#[test]
fn lua_cases() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/lua/cases");
    let Ok(rd) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut names: Vec<_> = rd
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| {
            n.starts_with("string_")
                && n.ends_with(".lua")
                && !RUNTIME_DEPENDENT.contains(&n.as_str())
        })
        .collect();
    names.sort();
    let mut failed = Vec::new();
    for n in &names {
        let src = std::fs::read_to_string(dir.join(n)).unwrap_or_default();
        let exp_path = dir.join(n.replace(".lua", ".expected"));
        let want = std::fs::read(&exp_path).unwrap_or_default();
        let got = run_bytes("user_script", &src);
        if got != want {
            failed.push(n.clone());
            if std::env::var("SHOW_DIFF").is_ok() {
                eprintln!(
                    "=== {}\n--- want\n{}--- got\n{}",
                    n,
                    String::from_utf8_lossy(&want),
                    String::from_utf8_lossy(&got)
                );
            }
        }
    }
    eprintln!(
        "string cases: {} passed, {} failed",
        names.len() - failed.len(),
        failed.len()
    );
    assert!(failed.is_empty(), "failing cases: {:?}", failed);
}

/// Runs a chunk on the full [`crate::lua::LuaRuntime`] (front-end, stdlib, string metatable)
/// with a test `print`; returns what it printed.
pub(crate) fn run_full(chunk: &str, src: &str) -> Vec<u8> {
    OUT.with(|o| o.borrow_mut().clear());
    let mut rt = crate::lua::LuaRuntime::new();
    // The runtime renumbers method-call arguments like Lua 5.1 (`("x"):rep()` ->
    // `bad argument #1`), so the plain string table is used as installed.
    rt.set_global_with("print", |ctx| {
        Value::Function(piccolo::Function::Callback(Callback::from_fn(
            &ctx,
            |_ctx, _exec, mut stack| {
                let mut line = Vec::new();
                for i in 0..stack.len() {
                    if i > 0 {
                        line.push(b'\t');
                    }
                    let v = stack.get(i);
                    match v {
                        Value::Table(_) | Value::Function(_) => {
                            line.extend_from_slice(&crate::lua::runtime::raw_tostring(v))
                        }
                        _ => line.extend_from_slice(&tostr(v)),
                    }
                }
                line.push(b'\n');
                OUT.with(|o| o.borrow_mut().extend_from_slice(&line));
                stack.clear();
                Ok(CallbackReturn::Return)
            },
        )))
    });
    let mut tail = String::new();
    match rt.compile(chunk, src.as_bytes(), None) {
        Ok(f) => {
            let lua = rt.lua();
            let ex = lua.enter(|ctx| {
                let f = ctx.fetch(&f);
                ctx.stash(Executor::start(ctx, f, ()))
            });
            if let Err(e) = lua.execute::<()>(&ex) {
                tail = format!("uncaught: {}\n", e);
            }
        }
        Err(e) => tail = format!("compile error: {}\n", e),
    }
    let mut out = OUT.with(|o| o.borrow().clone());
    out.extend_from_slice(tail.as_bytes());
    out
}

/// The case files on the full runtime (informational: prints the pass count; set
/// `SHOW_DIFF=1` for diffs).
#[test]
#[ignore]
fn lua_cases_full_runtime() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/lua/cases");
    let Ok(rd) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut names: Vec<_> = rd
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("string_") && n.ends_with(".lua"))
        .collect();
    names.sort();
    let mut failed = Vec::new();
    for n in &names {
        let src = std::fs::read_to_string(dir.join(n)).unwrap_or_default();
        let want = std::fs::read(dir.join(n.replace(".lua", ".expected"))).unwrap_or_default();
        let got = run_full("user_script", &src);
        if got != want {
            failed.push(n.clone());
            if std::env::var("SHOW_DIFF").is_ok() {
                eprintln!(
                    "=== {}\n--- want\n{}--- got\n{}",
                    n,
                    String::from_utf8_lossy(&want),
                    String::from_utf8_lossy(&got)
                );
            }
        }
    }
    eprintln!(
        "string cases on full runtime: {} passed, {} failed: {:?}",
        names.len() - failed.len(),
        failed.len(),
        failed
    );
}

/// Method-call argument numbering (`tests/lua/string_pending/method_argnum.lua`, recorded
/// by lua5.1) on the full runtime.
#[test]
fn method_argnum_full_runtime() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/lua/string_pending");
    let (Ok(src), Ok(want)) = (
        std::fs::read_to_string(dir.join("method_argnum.lua")),
        std::fs::read(dir.join("method_argnum.expected")),
    ) else {
        return;
    };
    let got = run_full("user_script", &src);
    assert_eq!(
        String::from_utf8_lossy(&got),
        String::from_utf8_lossy(&want)
    );
}

/// Developer aid: runs `$LUA_FILE` through the local harness and writes its output to
/// `$LUA_OUT` (used to diff random pattern/format programs against `lua5.1`).
#[test]
#[ignore]
fn run_file() {
    let (Ok(file), Ok(out)) = (std::env::var("LUA_FILE"), std::env::var("LUA_OUT")) else {
        return;
    };
    let src = std::fs::read_to_string(&file).unwrap_or_default();
    let name = std::path::Path::new(&file)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = std::env::var("LUA_CHUNK").unwrap_or(name);
    let got = if std::env::var("LUA_FULL").is_ok() {
        run_full(&name, &src)
    } else {
        run_bytes(&name, &src)
    };
    let _ = std::fs::write(out, got);
}
