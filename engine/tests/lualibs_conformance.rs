//! Conformance tests for the bundled Lua libraries (cjson, cmsgpack, bit, struct).
//!
//! Each case is a script body run on a bare piccolo Lua (piccolo's core stdlib plus the four
//! libraries and a few test helpers: `hex`, `tostring` with `%.14g` numbers, `string.rep`,
//! `string.char`, `string.byte`, `table.concat`, `unpack`). Its return value is converted the
//! way Redis converts a Lua reply in RESP2 and compared with a reply recorded from a real
//! Redis 7.0.15 (`EVAL script 0`). Error replies compare the message without Redis's
//! `user_script:N:` / `script: <sha>` decoration.
//!
//! The data tables at the end are generated: CORPUS from the shared conformance corpus and
//! RECORDED by running each script against a real redis-server 7.0.15.

use piccolo::{Callback, CallbackReturn, Closure, Context, Executor, Lua, Table, Value};

use engine::lua::libs::{is_cjson_null, load_all};
use engine::util::numfmt::fmt_g;

#[derive(Debug, Clone, PartialEq)]
enum R {
    Int(i64),
    Bulk(&'static [u8]),
    Nil,
    Arr(&'static [R]),
    Err(&'static [u8]),
    #[allow(dead_code)]
    Status(&'static [u8]),
}

struct Case {
    name: &'static str,
    script: &'static [u8],
    argv: &'static [&'static [u8]],
    expect: R,
}

/// A reply produced by our run.
#[derive(Debug, PartialEq)]
enum Got {
    Int(i64),
    Bulk(Vec<u8>),
    Nil,
    Arr(Vec<Got>),
    Err(Vec<u8>),
    Status(Vec<u8>),
}

fn matches(exp: &R, got: &Got) -> bool {
    match (exp, got) {
        (R::Int(a), Got::Int(b)) => a == b,
        (R::Bulk(a), Got::Bulk(b)) => *a == b.as_slice(),
        (R::Nil, Got::Nil) => true,
        (R::Err(a), Got::Err(b)) => *a == b.as_slice(),
        (R::Status(a), Got::Status(b)) => *a == b.as_slice(),
        (R::Arr(a), Got::Arr(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| matches(x, y))
        }
        _ => false,
    }
}

const HEX_DEF: &str = "local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end";

fn lua_num_to_i64(n: f64) -> i64 {
    // (long long) cast as done on x86-64.
    if (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&n) {
        n as i64
    } else {
        i64::MIN
    }
}

fn convert<'gc>(ctx: Context<'gc>, v: Value<'gc>, depth: usize) -> Got {
    match v {
        Value::Table(t) if depth < 100 => {
            if let Value::String(e) = t.get(ctx, "err") {
                return Got::Err(e.as_bytes().to_vec());
            }
            if let Value::String(e) = t.get(ctx, "ok") {
                return Got::Status(e.as_bytes().to_vec());
            }
            let mut out = Vec::new();
            let mut i = 1;
            loop {
                let item = t.get_value(Value::Integer(i));
                if item.is_nil() {
                    break;
                }
                out.push(convert(ctx, item, depth + 1));
                i += 1;
            }
            Got::Arr(out)
        }
        Value::UserData(_) if is_cjson_null(v) => Got::Nil,
        other => to_reply_scalar(other),
    }
}

fn to_reply_scalar(v: Value<'_>) -> Got {
    match v {
        Value::Integer(i) => Got::Int(i),
        Value::Number(n) => Got::Int(lua_num_to_i64(n)),
        Value::String(s) => Got::Bulk(s.as_bytes().to_vec()),
        Value::Boolean(true) => Got::Int(1),
        _ => Got::Nil,
    }
}

fn lua_tostring(ctx: Context<'_>, v: Value<'_>) -> Vec<u8> {
    match v {
        Value::Nil => b"nil".to_vec(),
        Value::Boolean(b) => {
            if b {
                b"true".to_vec()
            } else {
                b"false".to_vec()
            }
        }
        Value::Integer(i) => fmt_g(i as f64, 14).into_bytes(),
        Value::Number(n) => fmt_g(n, 14).into_bytes(),
        Value::String(s) => s.as_bytes().to_vec(),
        Value::UserData(_) if is_cjson_null(v) => b"userdata: (nil)".to_vec(),
        other => {
            let _ = ctx;
            format!("{}: 0x0", other.type_name()).into_bytes()
        }
    }
}

fn num_arg(v: Value<'_>) -> i64 {
    match v {
        Value::Integer(i) => i,
        Value::Number(n) => n as i64,
        Value::String(s) => std::str::from_utf8(s.as_bytes())
            .ok()
            .and_then(|t| t.trim().parse().ok())
            .unwrap_or(0),
        _ => 0,
    }
}

fn bytes_arg(v: Value<'_>) -> Vec<u8> {
    match v {
        Value::String(s) => s.as_bytes().to_vec(),
        Value::Integer(i) => fmt_g(i as f64, 14).into_bytes(),
        Value::Number(n) => fmt_g(n, 14).into_bytes(),
        _ => Vec::new(),
    }
}

fn install_helpers<'gc>(ctx: Context<'gc>, argv: &[&[u8]]) {
    let set = |t: Table<'gc>, name: &'static str, cb: Callback<'gc>| {
        let _ = t.set(ctx, name, cb);
    };
    let g = ctx.globals();
    set(
        g,
        "hex",
        Callback::from_fn(&ctx, |ctx, _, mut stack| {
            let s = bytes_arg(stack.get(0));
            let h: String = s.iter().map(|b| format!("{b:02x}")).collect();
            stack.replace(ctx, Value::String(ctx.intern(h.as_bytes())));
            Ok(CallbackReturn::Return)
        }),
    );
    set(
        g,
        "tostring",
        Callback::from_fn(&ctx, |ctx, _, mut stack| {
            let s = lua_tostring(ctx, stack.get(0));
            stack.replace(ctx, Value::String(ctx.intern(&s)));
            Ok(CallbackReturn::Return)
        }),
    );
    set(
        g,
        "unpack",
        Callback::from_fn(&ctx, |_, _, mut stack| {
            let Value::Table(t) = stack.get(0) else {
                stack.clear();
                return Ok(CallbackReturn::Return);
            };
            let n = t.length();
            stack.clear();
            for i in 1..=n {
                stack.push_back(t.get_value(Value::Integer(i)));
            }
            Ok(CallbackReturn::Return)
        }),
    );
    if let Value::Table(string) = ctx.get_global("string") {
        set(
            string,
            "rep",
            Callback::from_fn(&ctx, |ctx, _, mut stack| {
                let s = bytes_arg(stack.get(0));
                let n = usize::try_from(num_arg(stack.get(1)).clamp(0, 1 << 24)).unwrap_or(0);
                stack.replace(ctx, Value::String(ctx.intern(&s.repeat(n))));
                Ok(CallbackReturn::Return)
            }),
        );
        set(
            string,
            "char",
            Callback::from_fn(&ctx, |ctx, _, mut stack| {
                let s: Vec<u8> = (0..stack.len())
                    .map(|i| num_arg(stack.get(i)) as u8)
                    .collect();
                stack.replace(ctx, Value::String(ctx.intern(&s)));
                Ok(CallbackReturn::Return)
            }),
        );
        set(
            string,
            "byte",
            Callback::from_fn(&ctx, |_, _, mut stack| {
                let s = bytes_arg(stack.get(0));
                let i = if stack.get(1).is_nil() {
                    1
                } else {
                    num_arg(stack.get(1))
                };
                let v = usize::try_from(i - 1).ok().and_then(|i| s.get(i).copied());
                stack.clear();
                if let Some(b) = v {
                    stack.push_back(Value::Integer(i64::from(b)));
                }
                Ok(CallbackReturn::Return)
            }),
        );
    }
    if let Value::Table(table) = ctx.get_global("table") {
        set(
            table,
            "concat",
            Callback::from_fn(&ctx, |ctx, _, mut stack| {
                let mut out = Vec::new();
                if let Value::Table(t) = stack.get(0) {
                    let sep = bytes_arg(stack.get(1));
                    for i in 1..=t.length() {
                        if i > 1 {
                            out.extend_from_slice(&sep);
                        }
                        out.extend(lua_tostring(ctx, t.get_value(Value::Integer(i))));
                    }
                }
                stack.replace(ctx, Value::String(ctx.intern(&out)));
                Ok(CallbackReturn::Return)
            }),
        );
    }
    let argv_t = Table::new(&ctx);
    for (i, a) in argv.iter().enumerate() {
        let _ = argv_t.set(ctx, (i + 1) as i64, Value::String(ctx.intern(a)));
    }
    let _ = g.set(ctx, "ARGV", argv_t);
    let _ = g.set(ctx, "KEYS", Table::new(&ctx));
}

fn run(case: &Case) -> Got {
    let mut lua = Lua::core();
    lua.enter(|ctx| {
        load_all(ctx);
        install_helpers(ctx, case.argv);
    });
    let src = String::from_utf8_lossy(case.script).replace(HEX_DEF, "");
    let ex = lua.try_enter(|ctx| {
        let closure = Closure::load(ctx, Some("user_script"), src.as_bytes())?;
        Ok(ctx.stash(Executor::start(ctx, closure.into(), ())))
    });
    let ex = match ex {
        Ok(ex) => ex,
        Err(e) => return Got::Err(format!("compile: {e}").into_bytes()),
    };
    lua.finish(&ex);
    lua.enter(|ctx| {
        let ex = ctx.fetch(&ex);
        match ex.take_result::<Value>(ctx) {
            Ok(Ok(v)) => convert(ctx, v, 0),
            Ok(Err(e)) => match e.to_value(ctx) {
                Value::String(s) => Got::Err(s.as_bytes().to_vec()),
                other => Got::Err(format!("{other}").into_bytes()),
            },
            Err(e) => Got::Err(format!("executor: {e:?}").into_bytes()),
        }
    })
}

fn esc(b: &[u8]) -> String {
    b.iter()
        .flat_map(|&c| std::ascii::escape_default(c))
        .map(char::from)
        .collect()
}

fn show_r(r: &R) -> String {
    match r {
        R::Int(i) => i.to_string(),
        R::Bulk(b) => format!("'{}'", esc(b)),
        R::Nil => "nil".into(),
        R::Err(b) => format!("ERR<{}>", esc(b)),
        R::Status(b) => format!("+{}", esc(b)),
        R::Arr(a) => format!("[{}]", a.iter().map(show_r).collect::<Vec<_>>().join(", ")),
    }
}

fn show_got(r: &Got) -> String {
    match r {
        Got::Int(i) => i.to_string(),
        Got::Bulk(b) => format!("'{}'", esc(b)),
        Got::Nil => "nil".into(),
        Got::Err(b) => format!("ERR<{}>", esc(b)),
        Got::Status(b) => format!("+{}", esc(b)),
        Got::Arr(a) => format!(
            "[{}]",
            a.iter().map(show_got).collect::<Vec<_>>().join(", ")
        ),
    }
}

fn check(cases: &[Case]) -> (usize, Vec<String>) {
    let mut pass = 0;
    let mut failures = Vec::new();
    for c in cases {
        let got = run(c);
        if matches(&c.expect, &got) {
            pass += 1;
        } else {
            failures.push(format!(
                "{}: {}\n   expected {}\n   got      {}",
                c.name,
                String::from_utf8_lossy(c.script),
                show_r(&c.expect),
                show_got(&got)
            ));
        }
    }
    (pass, failures)
}

/// Cases whose difference from Redis is a known limitation of running on bare piccolo:
/// - `return lib.f(bad)` is a tail call; piccolo drops the caller's frame, so the callback cannot
///   see its Lua caller (no `user_script:1:` position, name `?` instead of `band`);
/// - a bare piccolo compiles `-0` to the integer 0 (the runtime's front-end pass makes literals
///   floats);
/// - maps/objects rebuild Lua 5.1's node layout from the key set, but Lua's real layout also
///   depends on insertion order when keys collide in the hash part.
const KNOWN_DIFFERENCES: &[&str] = &[
    // tail calls
    "cjson-decode-errors#4",
    "bit-argument-errors#0",
    "rec#315",
    "rec#319",
    // `-0` literal on bare piccolo
    "rec#9",
    // hash collisions resolved by insertion order
    "rec#307",
    "rec#308",
    "rec#320",
    // explicit integer keys in a constructor live in Lua's hash part
    "rec#358",
    // packs a constructor table first (collision order unknown)
    "rec#451",
];

fn report(label: &str, cases: &[Case]) {
    let (pass, failures) = check(cases);
    let unexpected: Vec<&String> = failures
        .iter()
        .filter(|f| {
            !KNOWN_DIFFERENCES
                .iter()
                .any(|k| f.starts_with(&format!("{k}:")))
        })
        .collect();
    eprintln!("{label}: {pass}/{} passed", cases.len());
    for f in &failures {
        eprintln!("FAIL {f}");
    }
    assert!(
        unexpected.is_empty(),
        "{} unexpected failures in {label}",
        unexpected.len()
    );
}

#[test]
fn corpus_cases() {
    report("corpus", CORPUS);
}

#[test]
fn recorded_cases() {
    report("recorded", RECORDED);
}

/// Runs a script with the given ARGV on a fresh state and returns its reply.
fn run_with(script: &str, argv: Vec<Vec<u8>>) -> Got {
    let argv: Vec<&'static [u8]> = argv
        .into_iter()
        .map(|v| &*Box::leak(v.into_boxed_slice()))
        .collect();
    let argv: &'static [&'static [u8]] = Box::leak(argv.into_boxed_slice());
    let script: &'static [u8] = Box::leak(script.as_bytes().to_vec().into_boxed_slice());
    run(&Case {
        name: "adhoc",
        script,
        argv,
        expect: R::Nil,
    })
}

#[test]
fn hostile_inputs_do_not_panic() {
    // Deterministic pseudo-random byte strings, some built from valid encodings.
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let seeds: [&[u8]; 8] = [
        b"[1,{\"a\":[true,null,\"x\\u00e9\"]},-2.5e3]",
        b"\x93\x01\xa1a\x81\xa1b\xc3",
        b"\xdc\xff\xff\x91\x91",
        b"{\"k\":\"\\ud83d\\ude00\"}",
        b">!4bhic5sd",
        b"\xdf\xff\xff\xff\xff",
        b"<i16I9c0s",
        b"[[[[[[[[[[",
    ];
    let mut inputs = Vec::new();
    for i in 0..400 {
        let base = seeds[i % seeds.len()];
        let mut v = base.to_vec();
        let flips = (next() % 6) as usize;
        for _ in 0..flips {
            if v.is_empty() {
                break;
            }
            let pos = (next() as usize) % v.len();
            match next() % 3 {
                0 => v[pos] = next() as u8,
                1 => {
                    v.truncate(pos);
                }
                _ => v.insert(pos, next() as u8),
            }
        }
        inputs.push(v);
    }
    let script = "local n = 0\n\
        for i = 1, #ARGV do\n\
          local s = ARGV[i]\n\
          pcall(cjson.decode, s)\n\
          pcall(cmsgpack.unpack, s)\n\
          pcall(cmsgpack.unpack_limit, s, 3, 1)\n\
          pcall(struct.unpack, s, s)\n\
          pcall(struct.pack, s, 1, 2, 3, 'abc')\n\
          pcall(struct.size, s)\n\
          local ok, v = pcall(cjson.decode, s)\n\
          if ok then pcall(cjson.encode, v) pcall(cmsgpack.pack, v) end\n\
          n = n + 1\n\
        end\n\
        return n";
    let got = run_with(script, inputs);
    assert_eq!(got, Got::Int(400));
}

#[test]
fn shared_subtables_encode_without_blowup() {
    // A DAG of shared subtables expands like in Redis; cmsgpack stops at 16 levels.
    let got = run_with(
        "local t = {1} for i = 1, 10 do t = {t, t} end\n\
         local s = cjson.encode(t)\n\
         local p = cmsgpack.pack({t, t, t, t, t, t, t, t})\n\
         return {#s, #p}",
        Vec::new(),
    );
    assert!(matches!(got, Got::Arr(ref v) if v.len() == 2), "{got:?}");
}

// BEGIN GENERATED
/// Cases from /work/shared/conformance/corpus/libs_cjson_cmsgpack_bit_struct.json (recorded from Redis 7.0.15).
const CORPUS: &[Case] = &[
    Case { name: "cjson-encode-numbers#0", script: b"return cjson.encode({1/3, 1e20, -0.5, 100, 2^53, 0.1})", argv: &[], expect: R::Bulk(b"[0.33333333333333,1e+20,-0.5,100,9.007199254741e+15,0.1]") },
    Case { name: "cjson-encode-numbers#1", script: b"local ok, e = pcall(cjson.encode, {0/0})\x0areturn {tostring(ok), e}", argv: &[], expect: R::Arr(&[R::Bulk(b"false"), R::Bulk(b"Cannot serialise number: must not be NaN or Inf")]) },
    Case { name: "cjson-encode-numbers#2", script: b"local ok, e = pcall(cjson.encode, {1/0})\x0areturn {tostring(ok), e}", argv: &[], expect: R::Arr(&[R::Bulk(b"false"), R::Bulk(b"Cannot serialise number: must not be NaN or Inf")]) },
    Case { name: "cjson-encode-string-escapes#0", script: b"return cjson.encode('quote\" backslash\\\\ slash/ newline\\n tab\\t')", argv: &[], expect: R::Bulk(b"\"quote\\\" backslash\\\\ slash\\/ newline\\n tab\\t\"") },
    Case { name: "cjson-encode-string-escapes#1", script: b"return cjson.encode(string.char(1, 31, 127))", argv: &[], expect: R::Bulk(b"\"\\u0001\\u001f\\u007f\"") },
    Case { name: "cjson-encode-string-escapes#2", script: b"return cjson.encode('caf\\195\\169 \\226\\156\\147')", argv: &[], expect: R::Bulk(b"\"caf\xc3\xa9 \xe2\x9c\x93\"") },
    Case { name: "cjson-encode-object-multiple-keys-roundtrip#0", script: b"local s = cjson.encode({b=2, a=1, c={d=4}})\x0alocal t = cjson.decode(s)\x0areturn {t.a, t.b, t.c.d, #s}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(2), R::Int(4), R::Int(25)]) },
    Case { name: "cjson-encode-invalid-types#0", script: b"local ok, e = pcall(cjson.encode, {f=function() end})\x0areturn {tostring(ok), e}", argv: &[], expect: R::Arr(&[R::Bulk(b"false"), R::Bulk(b"Cannot serialise function: type not supported")]) },
    Case { name: "cjson-encode-invalid-types#1", script: b"local t = {}\x0at[true] = 1\x0alocal ok, e = pcall(cjson.encode, t)\x0areturn {tostring(ok), e}", argv: &[], expect: R::Arr(&[R::Bulk(b"false"), R::Bulk(b"Cannot serialise boolean: table key must be a number or string")]) },
    Case { name: "cjson-decode-numbers#0", script: b"return table.concat(cjson.decode('[7, -2.5e2, 1E3, 0.125, 6.02e23, -0.0, 12e-2]'), ' ')", argv: &[], expect: R::Bulk(b"7 -250 1000 0.125 6.02e+23 -0 0.12") },
    Case { name: "cjson-decode-numbers#1", script: b"return tostring(cjson.decode('[123456789012345678]')[1])", argv: &[], expect: R::Bulk(b"1.2345678901235e+17") },
    Case { name: "cjson-decode-numbers#2", script: b"return tostring(cjson.decode('[-0]')[1])", argv: &[], expect: R::Bulk(b"-0") },
    Case { name: "cjson-decode-unicode#0", script: b"return cjson.decode('\"\\\\u00e9t\\\\u00e9\"')", argv: &[], expect: R::Bulk(b"\xc3\xa9t\xc3\xa9") },
    Case { name: "cjson-decode-unicode#1", script: b"return cjson.decode('\"\\\\ud83d\\\\ude00\"')", argv: &[], expect: R::Bulk(b"\xf0\x9f\x98\x80") },
    Case { name: "cjson-decode-unicode#2", script: b"return #cjson.decode('\"\\\\u0000\"')", argv: &[], expect: R::Int(1) },
    Case { name: "cjson-decode-unicode#3", script: b"return cjson.decode('\"\\\\/\\\\\\\\\\\\\"\\\\n\"')", argv: &[], expect: R::Bulk(b"/\\\"\x0a") },
    Case { name: "cjson-null-returned-to-redis#0", script: b"return cjson.decode('[1, null, 3]')", argv: &[], expect: R::Arr(&[R::Int(1), R::Nil, R::Int(3)]) },
    Case { name: "cjson-decode-errors#0", script: b"local ok, e = pcall(cjson.decode, '{bad')\x0areturn {tostring(ok), e}", argv: &[], expect: R::Arr(&[R::Bulk(b"false"), R::Bulk(b"Expected object key string but found invalid token at character 2")]) },
    Case { name: "cjson-decode-errors#1", script: b"local ok, e = pcall(cjson.decode, '')\x0areturn {tostring(ok), e}", argv: &[], expect: R::Arr(&[R::Bulk(b"false"), R::Bulk(b"Expected value but found T_END at character 1")]) },
    Case { name: "cjson-decode-errors#2", script: b"local ok, e = pcall(cjson.decode, '[1, 2,]')\x0areturn {tostring(ok), e}", argv: &[], expect: R::Arr(&[R::Bulk(b"false"), R::Bulk(b"Expected value but found T_ARR_END at character 7")]) },
    Case { name: "cjson-decode-errors#3", script: b"local ok, e = pcall(cjson.decode, '{\"a\":1} trailing')\x0areturn {tostring(ok), e}", argv: &[], expect: R::Arr(&[R::Bulk(b"false"), R::Bulk(b"Expected the end but found invalid token at character 9")]) },
    Case { name: "cjson-decode-errors#4", script: b"return cjson.decode('nope')", argv: &[], expect: R::Err(b"user_script:1: Expected value but found invalid token at character 1") },
    Case { name: "cjson-decode-empty-containers#0", script: b"local t = cjson.decode('{}')\x0areturn {type(t), #t, cjson.encode(t)}", argv: &[], expect: R::Arr(&[R::Bulk(b"table"), R::Int(0), R::Bulk(b"{}")]) },
    Case { name: "cjson-decode-empty-containers#1", script: b"local t = cjson.decode('[]')\x0areturn {type(t), #t, cjson.encode(t)}", argv: &[], expect: R::Arr(&[R::Bulk(b"table"), R::Int(0), R::Bulk(b"{}")]) },
    Case { name: "cjson-encode-keep-buffer-and-invalid-numbers#0", script: b"cjson.encode_keep_buffer(false)\x0alocal s = cjson.encode({1})\x0acjson.encode_keep_buffer(true)\x0areturn s", argv: &[], expect: R::Bulk(b"[1]") },
    Case { name: "cjson-encode-keep-buffer-and-invalid-numbers#1", script: b"cjson.encode_invalid_numbers(true)\x0alocal s = cjson.encode({1/0})\x0acjson.encode_invalid_numbers(false)\x0areturn s", argv: &[], expect: R::Bulk(b"[inf]") },
    Case { name: "cmsgpack-pack-integers#0", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn {hex(cmsgpack.pack(0)), hex(cmsgpack.pack(127)), hex(cmsgpack.pack(128)), hex(cmsgpack.pack(255)), hex(cmsgpack.pack(256))}", argv: &[], expect: R::Arr(&[R::Bulk(b"00"), R::Bulk(b"7f"), R::Bulk(b"cc80"), R::Bulk(b"ccff"), R::Bulk(b"cd0100")]) },
    Case { name: "cmsgpack-pack-integers#1", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn {hex(cmsgpack.pack(65535)), hex(cmsgpack.pack(65536)), hex(cmsgpack.pack(2^32)), hex(cmsgpack.pack(2^40))}", argv: &[], expect: R::Arr(&[R::Bulk(b"cdffff"), R::Bulk(b"ce00010000"), R::Bulk(b"cf0000000100000000"), R::Bulk(b"cf0000010000000000")]) },
    Case { name: "cmsgpack-pack-integers#2", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn {hex(cmsgpack.pack(-1)), hex(cmsgpack.pack(-32)), hex(cmsgpack.pack(-33)), hex(cmsgpack.pack(-129)), hex(cmsgpack.pack(-40000))}", argv: &[], expect: R::Arr(&[R::Bulk(b"ff"), R::Bulk(b"e0"), R::Bulk(b"d0df"), R::Bulk(b"d1ff7f"), R::Bulk(b"d2ffff63c0")]) },
    Case { name: "cmsgpack-pack-integers#3", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack(-1099511627776))", argv: &[], expect: R::Bulk(b"d3ffffff0000000000") },
    Case { name: "cmsgpack-pack-strings#0", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack('abc'))", argv: &[], expect: R::Bulk(b"a3616263") },
    Case { name: "cmsgpack-pack-strings#1", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack(''))", argv: &[], expect: R::Bulk(b"a0") },
    Case { name: "cmsgpack-pack-strings#2", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn string.sub(hex(cmsgpack.pack(string.rep('x', 40))), 1, 8)", argv: &[], expect: R::Bulk(b"d9287878") },
    Case { name: "cmsgpack-pack-strings#3", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn string.sub(hex(cmsgpack.pack(string.rep('x', 300))), 1, 10)", argv: &[], expect: R::Bulk(b"da012c7878") },
    Case { name: "cmsgpack-pack-strings#4", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn string.sub(hex(cmsgpack.pack(string.rep('x', 70000))), 1, 14)", argv: &[], expect: R::Bulk(b"db000111707878") },
    Case { name: "cmsgpack-pack-nil-bool-table#0", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn {hex(cmsgpack.pack(nil)), hex(cmsgpack.pack(true)), hex(cmsgpack.pack(false))}", argv: &[], expect: R::Arr(&[R::Bulk(b"c0"), R::Bulk(b"c3"), R::Bulk(b"c2")]) },
    Case { name: "cmsgpack-pack-nil-bool-table#1", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack({1, 2, 3}))", argv: &[], expect: R::Bulk(b"93010203") },
    Case { name: "cmsgpack-pack-nil-bool-table#2", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack({a=1}))", argv: &[], expect: R::Bulk(b"81a16101") },
    Case { name: "cmsgpack-pack-nil-bool-table#3", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack({}))", argv: &[], expect: R::Bulk(b"90") },
    Case { name: "cmsgpack-pack-nil-bool-table#4", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn string.sub(hex(cmsgpack.pack({1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18})), 1, 6)", argv: &[], expect: R::Bulk(b"dc0012") },
    Case { name: "cmsgpack-unpack-from-bytes#0", script: b"return {cmsgpack.unpack(ARGV[1])}", argv: &[b"\x93\x01\x02\x03"], expect: R::Arr(&[R::Arr(&[R::Int(1), R::Int(2), R::Int(3)])]) },
    Case { name: "cmsgpack-unpack-from-bytes#1", script: b"local t = cmsgpack.unpack(ARGV[1])\x0areturn {t.a, t.b}", argv: &[b"\x82\xa1a\x01\xa1b\x02"], expect: R::Arr(&[R::Int(1), R::Int(2)]) },
    Case { name: "cmsgpack-unpack-from-bytes#2", script: b"return cmsgpack.unpack(ARGV[1])", argv: &[b"\xa5hello"], expect: R::Bulk(b"hello") },
    Case { name: "cmsgpack-unpack-from-bytes#3", script: b"return tostring(cmsgpack.unpack(ARGV[1]))", argv: &[b"\xcb?\xf8\x00\x00\x00\x00\x00\x00"], expect: R::Bulk(b"1.5") },
    Case { name: "cmsgpack-unpack-one-and-limit#0", script: b"local enc = cmsgpack.pack('a', 'b', 'c')\x0alocal off, v = cmsgpack.unpack_one(enc)\x0areturn {off, v}", argv: &[], expect: R::Arr(&[R::Int(2), R::Bulk(b"a")]) },
    Case { name: "cmsgpack-unpack-one-and-limit#1", script: b"local enc = cmsgpack.pack('a', 'bb', 'ccc')\x0alocal off, v1, v2 = cmsgpack.unpack_limit(enc, 2)\x0alocal off2, v3 = cmsgpack.unpack_limit(enc, 1, off)\x0areturn {off, v1, v2, off2, v3}", argv: &[], expect: R::Arr(&[R::Int(5), R::Bulk(b"a"), R::Bulk(b"bb"), R::Int(-1), R::Bulk(b"ccc")]) },
    Case { name: "cmsgpack-unpack-one-and-limit#2", script: b"local enc = cmsgpack.pack({x=1})\x0alocal off, v = cmsgpack.unpack_one(enc, 0)\x0areturn {off, v.x}", argv: &[], expect: R::Arr(&[R::Int(-1), R::Int(1)]) },
    Case { name: "cmsgpack-circular-reference-depth#0", script: b"local node = {name = 'n'}\x0anode.self = node\x0alocal packed = cmsgpack.pack(node)\x0alocal back = cmsgpack.unpack(packed)\x0alocal depth, cur = 0, back\x0awhile type(cur) == 'table' and cur.self ~= nil do depth = depth + 1 cur = cur.self end\x0areturn {#packed, depth, back.self.self.name}", argv: &[], expect: R::Arr(&[R::Int(209), R::Int(15), R::Bulk(b"n")]) },
    Case { name: "cmsgpack-unpack-errors#0", script: b"local ok, e = pcall(cmsgpack.unpack)\x0areturn {tostring(ok), e}", argv: &[], expect: R::Arr(&[R::Bulk(b"false"), R::Bulk(b"bad argument #1 to '?' (string expected, got no value)")]) },
    Case { name: "cmsgpack-unpack-errors#1", script: b"local ok, e = pcall(cmsgpack.unpack, ARGV[1])\x0areturn {tostring(ok), e}", argv: &[b"\x93\x01\x02"], expect: R::Arr(&[R::Bulk(b"false"), R::Bulk(b"Missing bytes in input.")]) },
    Case { name: "bit-basic-ops#0", script: b"return {bit.band(0xff, 0x0f), bit.bor(1, 2, 4, 8), bit.bxor(5, 3), bit.bnot(0)}", argv: &[], expect: R::Arr(&[R::Int(15), R::Int(15), R::Int(6), R::Int(-1)]) },
    Case { name: "bit-basic-ops#1", script: b"return {bit.band(1), bit.bor(1, 2, 4, 8, 16, 32, 64, 128), bit.bxor(1, 2)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(255), R::Int(3)]) },
    Case { name: "bit-argument-errors#0", script: b"return bit.band('x')", argv: &[], expect: R::Err(b"user_script:1: bad argument #1 to 'band' (number expected, got string)") },
    Case { name: "struct-pack-integers#0", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn {hex(struct.pack('>I2', 258)), hex(struct.pack('<I2', 258)), hex(struct.pack('<i4', -2)), hex(struct.pack('>i8', 1))}", argv: &[], expect: R::Arr(&[R::Bulk(b"0102"), R::Bulk(b"0201"), R::Bulk(b"feffffff"), R::Bulk(b"0000000000000001")]) },
    Case { name: "struct-pack-integers#1", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn {hex(struct.pack('b', -1)), hex(struct.pack('B', 255)), hex(struct.pack('>h', -2)), hex(struct.pack('>H', 65535))}", argv: &[], expect: R::Arr(&[R::Bulk(b"ff"), R::Bulk(b"ff"), R::Bulk(b"fffe"), R::Bulk(b"ffff")]) },
    Case { name: "struct-unpack#0", script: b"return {struct.unpack('>I2', '\\1\\2')}", argv: &[], expect: R::Arr(&[R::Int(258), R::Int(3)]) },
    Case { name: "struct-unpack#1", script: b"return {struct.unpack('<i4', '\\254\\255\\255\\255')}", argv: &[], expect: R::Arr(&[R::Int(-2), R::Int(5)]) },
    Case { name: "struct-unpack#2", script: b"return {struct.unpack('s', 'abc\\0def')}", argv: &[], expect: R::Arr(&[R::Bulk(b"abc"), R::Int(5)]) },
    Case { name: "struct-unpack#3", script: b"return {struct.unpack('>I2I2', '\\0\\1\\0\\2')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(2), R::Int(5)]) },
    Case { name: "struct-unpack#4", script: b"local v, n = struct.unpack('>d', struct.pack('>d', 2.75))\x0areturn {tostring(v), n}", argv: &[], expect: R::Arr(&[R::Bulk(b"2.75"), R::Int(9)]) },
    Case { name: "struct-unpack#5", script: b"return {struct.unpack('c2', 'hello', 3)}", argv: &[], expect: R::Arr(&[R::Bulk(b"ll"), R::Int(5)]) },
    Case { name: "struct-errors#0", script: b"local ok, e = pcall(struct.unpack, '>I4', 'ab')\x0areturn {tostring(ok), e}", argv: &[], expect: R::Arr(&[R::Bulk(b"false"), R::Bulk(b"bad argument #2 to '?' (data string too short)")]) },
    Case { name: "struct-errors#1", script: b"local ok, e = pcall(struct.pack, 'q', 1)\x0areturn {tostring(ok), e}", argv: &[], expect: R::Arr(&[R::Bulk(b"false"), R::Bulk(b"bad argument #1 to '?' (invalid format option 'q')")]) },
];

/// Cases recorded by running each script with EVAL on a real Redis 7.0.15 server.
const RECORDED: &[Case] = &[
    Case { name: "rec#1", script: b"return cjson.encode({1,2,nil,4})", argv: &[], expect: R::Bulk(b"[1,2,null,4]") },
    Case { name: "rec#2", script: b"return cjson.encode({[1]=1,[3]=3})", argv: &[], expect: R::Bulk(b"[1,null,3]") },
    Case { name: "rec#3", script: b"return {pcall(cjson.encode, {[1]=1,[20]=3})}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Cannot serialise table: excessively sparse array")]) },
    Case { name: "rec#4", script: b"return cjson.encode({a=1})", argv: &[], expect: R::Bulk(b"{\"a\":1}") },
    Case { name: "rec#5", script: b"return cjson.encode({[1.5]=1})", argv: &[], expect: R::Bulk(b"{\"1.5\":1}") },
    Case { name: "rec#6", script: b"return tostring(cjson.null)", argv: &[], expect: R::Bulk(b"userdata: (nil)") },
    Case { name: "rec#7", script: b"return cjson.encode({cjson.null, true, false, 'x'})", argv: &[], expect: R::Bulk(b"[null,true,false,\"x\"]") },
    Case { name: "rec#8", script: b"return cjson.encode(3)", argv: &[], expect: R::Bulk(b"3") },
    Case { name: "rec#9", script: b"return cjson.encode(-0)", argv: &[], expect: R::Bulk(b"-0") },
    Case { name: "rec#10", script: b"return cjson.encode('')", argv: &[], expect: R::Bulk(b"\"\"") },
    Case { name: "rec#11", script: b"return cjson.encode(nil)", argv: &[], expect: R::Bulk(b"null") },
    Case { name: "rec#12", script: b"return {pcall(cjson.encode)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #1 to '?' (expected 1 argument)")]) },
    Case { name: "rec#13", script: b"return {pcall(cjson.encode,1,2)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #1 to '?' (expected 1 argument)")]) },
    Case { name: "rec#14", script: b"return {pcall(cjson.encode_number_precision, 15)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #1 to '?' (expected integer between 1 and 14)")]) },
    Case { name: "rec#15", script: b"return {pcall(cjson.encode_number_precision, 0)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #1 to '?' (expected integer between 1 and 14)")]) },
    Case { name: "rec#16", script: b"return {cjson.encode_number_precision(), cjson.encode_max_depth(), cjson.decode_max_depth()}", argv: &[], expect: R::Arr(&[R::Int(14), R::Int(1000), R::Int(1000)]) },
    Case { name: "rec#17", script: b"return {cjson.encode_sparse_array()}", argv: &[], expect: R::Arr(&[R::Nil, R::Int(2), R::Int(10)]) },
    Case { name: "rec#18", script: b"return {pcall(cjson.encode_sparse_array, 'x')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #1 to '?' (invalid option 'x')")]) },
    Case { name: "rec#19", script: b"return {pcall(cjson.encode_sparse_array, true, -1)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #1 to '?' (expected integer between 0 and 2147483647)")]) },
    Case { name: "rec#20", script: b"return {pcall(cjson.encode_sparse_array, true, 2, 10, 4)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #4 to '?' (found too many arguments)")]) },
    Case { name: "rec#21", script: b"return {pcall(cjson.encode_invalid_numbers, 'null')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"null")]) },
    Case { name: "rec#22", script: b"return {pcall(cjson.encode_invalid_numbers, 'off')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Nil]) },
    Case { name: "rec#23", script: b"return {pcall(cjson.encode_invalid_numbers, 1)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #1 to '?' (invalid option '1')")]) },
    Case { name: "rec#24", script: b"return {tostring(cjson.encode_keep_buffer()), tostring(cjson.encode_invalid_numbers()), tostring(cjson.decode_invalid_numbers())}", argv: &[], expect: R::Arr(&[R::Bulk(b"true"), R::Bulk(b"false"), R::Bulk(b"true")]) },
    Case { name: "rec#25", script: b"return {pcall(cjson.encode_max_depth, 0)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #1 to '?' (expected integer between 1 and 2147483647)")]) },
    Case { name: "rec#26", script: b"return {pcall(cjson.encode_max_depth, 'a')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #1 to '?' (number expected, got string)")]) },
    Case { name: "rec#27", script: b"return {pcall(cjson.decode, '[1] x')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected the end but found invalid token at character 5")]) },
    Case { name: "rec#28", script: b"return {pcall(cjson.decode, '[1]\\0x')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Arr(&[R::Int(1)])]) },
    Case { name: "rec#29", script: b"return {pcall(cjson.decode, '\"a\\0\"')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected value but found unexpected end of string at character 3")]) },
    Case { name: "rec#30", script: b"return {pcall(cjson.decode, '\"\\\\ud800\"')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected value but found invalid unicode escape code at character 2")]) },
    Case { name: "rec#31", script: b"return {pcall(cjson.decode, '\"\\\\udc00\"')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected value but found invalid unicode escape code at character 2")]) },
    Case { name: "rec#32", script: b"return {pcall(cjson.decode, '\"\\\\ud800\\\\u0041\"')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected value but found invalid unicode escape code at character 2")]) },
    Case { name: "rec#33", script: b"return {pcall(cjson.decode, '\"\\\\q\"')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected value but found invalid escape code at character 2")]) },
    Case { name: "rec#34", script: b"return {pcall(cjson.decode, '\"abc')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected value but found unexpected end of string at character 5")]) },
    Case { name: "rec#35", script: b"return {pcall(cjson.decode, '{\"a\" 1}')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected colon but found T_NUMBER at character 6")]) },
    Case { name: "rec#36", script: b"return {pcall(cjson.decode, '{\"a\":1 \"b\"}')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected comma or object end but found T_STRING at character 8")]) },
    Case { name: "rec#37", script: b"return {pcall(cjson.decode, 'nul')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected value but found invalid token at character 1")]) },
    Case { name: "rec#38", script: b"return {pcall(cjson.decode, '-')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected value but found invalid number at character 1")]) },
    Case { name: "rec#39", script: b"return {pcall(cjson.decode, string.rep('[', 1001))}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Found too many nested data structures (1001) at character 1001")]) },
    Case { name: "rec#40", script: b"return {pcall(cjson.decode, string.rep('{\"a\":', 1001))}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Found too many nested data structures (1001) at character 5001")]) },
    Case { name: "rec#41", script: b"local ok = pcall(cjson.decode, string.rep('[', 1000) .. string.rep(']', 1000)) return {ok}", argv: &[], expect: R::Arr(&[R::Int(1)]) },
    Case { name: "rec#42", script: b"return {pcall(cjson.encode, {[2^31]=1})}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"{\"2147483648\":1}")]) },
    Case { name: "rec#43", script: b"local t = {} local c = t for i=1,1000 do c[1] = {} c = c[1] end return {pcall(cjson.encode, t)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Cannot serialise, excessive nesting (1001)")]) },
    Case { name: "rec#44", script: b"local t = {} local c = t for i=1,999 do c[1] = {} c = c[1] end return #cjson.encode(t)", argv: &[], expect: R::Int(2000) },
    Case { name: "rec#45", script: b"return cjson.encode({1,2,3,[10]=10})", argv: &[], expect: R::Bulk(b"[1,2,3,null,null,null,null,null,null,10]") },
    Case { name: "rec#46", script: b"return {pcall(cjson.encode, {1,2,3,[11]=10})}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Cannot serialise table: excessively sparse array")]) },
    Case { name: "rec#47", script: b"return {pcall(cjson.decode, 'a\\0')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"JSON parser does not support UTF-16 or UTF-32")]) },
    Case { name: "rec#48", script: b"return {pcall(cjson.decode, ' \\0')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"JSON parser does not support UTF-16 or UTF-32")]) },
    Case { name: "rec#49", script: b"return {pcall(cjson.decode, '[1,]')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected value but found T_ARR_END at character 4")]) },
    Case { name: "rec#50", script: b"return {pcall(cjson.decode, 'tru')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected value but found invalid token at character 1")]) },
    Case { name: "rec#51", script: b"return {pcall(cjson.decode, '\"\\\\u12\"')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected value but found invalid unicode escape code at character 2")]) },
    Case { name: "rec#52", script: b"return cjson.encode({[-1]=1})", argv: &[], expect: R::Bulk(b"{\"-1\":1}") },
    Case { name: "rec#53", script: b"return cjson.encode({[0]=2})", argv: &[], expect: R::Bulk(b"{\"0\":2}") },
    Case { name: "rec#54", script: b"return cjson.encode(1e100)", argv: &[], expect: R::Bulk(b"1e+100") },
    Case { name: "rec#55", script: b"return cjson.encode(-1.5e-7)", argv: &[], expect: R::Bulk(b"-1.5e-07") },
    Case { name: "rec#56", script: b"return cjson.encode({[1e20]='a'})", argv: &[], expect: R::Bulk(b"{\"1e+20\":\"a\"}") },
    Case { name: "rec#57", script: b"return cjson.encode(0.1 + 0.2)", argv: &[], expect: R::Bulk(b"0.3") },
    Case { name: "rec#58", script: b"return cjson.encode(123456789012345)", argv: &[], expect: R::Bulk(b"1.2345678901234e+14") },
    Case { name: "rec#59", script: b"return cjson.encode(-2^63)", argv: &[], expect: R::Bulk(b"-9.2233720368548e+18") },
    Case { name: "rec#60", script: b"return cjson.decode('\"\\\\u20AC\\\\u00A2\\\\uD834\\\\uDD1E\\\\t\"')", argv: &[], expect: R::Bulk(b"\xe2\x82\xac\xc2\xa2\xf0\x9d\x84\x9e\x09") },
    Case { name: "rec#61", script: b"return cjson.decode('\"\\\\b\\\\f\\\\r\\\\t\\\\n\\\\\"\\\\\\\\\\\\/\"')", argv: &[], expect: R::Bulk(b"\x08\x0c\x0d\x09\x0a\"\\/") },
    Case { name: "rec#62", script: b"return {pcall(cjson.decode, '0x')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected the end but found invalid token at character 2")]) },
    Case { name: "rec#63", script: b"return {pcall(cjson.decode, '1.5e')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected the end but found invalid token at character 4")]) },
    Case { name: "rec#64", script: b"return {pcall(cjson.decode, '.5')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected value but found invalid token at character 1")]) },
    Case { name: "rec#65", script: b"return tostring(cjson.decode('inf'))", argv: &[], expect: R::Bulk(b"inf") },
    Case { name: "rec#66", script: b"return tostring(cjson.decode('-Infinity'))", argv: &[], expect: R::Bulk(b"-inf") },
    Case { name: "rec#67", script: b"return tostring(cjson.decode('0x1F'))", argv: &[], expect: R::Bulk(b"31") },
    Case { name: "rec#68", script: b"return tostring(cjson.decode('+5'))", argv: &[], expect: R::Bulk(b"5") },
    Case { name: "rec#69", script: b"return tostring(cjson.decode('007'))", argv: &[], expect: R::Bulk(b"7") },
    Case { name: "rec#70", script: b"return tostring(cjson.decode('1e400'))", argv: &[], expect: R::Bulk(b"inf") },
    Case { name: "rec#71", script: b"return tostring(cjson.decode('1.5E+3'))", argv: &[], expect: R::Bulk(b"1500") },
    Case { name: "rec#72", script: b"return tostring(cjson.decode(' 42 '))", argv: &[], expect: R::Bulk(b"42") },
    Case { name: "rec#73", script: b"return cjson.encode(cjson.decode('[1,2,{\"b\":null}]'))", argv: &[], expect: R::Bulk(b"[1,2,{\"b\":null}]") },
    Case { name: "rec#74", script: b"return cjson.encode(cjson.decode('{\"a\":[]}'))", argv: &[], expect: R::Bulk(b"{\"a\":{}}") },
    Case { name: "rec#75", script: b"return {pcall(cjson.decode, '{1:2}')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected object key string but found T_NUMBER at character 2")]) },
    Case { name: "rec#76", script: b"return {pcall(cjson.decode, '[1:2]')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected comma or array end but found T_COLON at character 3")]) },
    Case { name: "rec#77", script: b"return {pcall(cjson.decode, ']')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected value but found T_ARR_END at character 1")]) },
    Case { name: "rec#78", script: b"return {pcall(cjson.decode, '@')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected value but found invalid token at character 1")]) },
    Case { name: "rec#79", script: b"return {pcall(cjson.decode, '  ')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected value but found T_END at character 3")]) },
    Case { name: "rec#80", script: b"return {pcall(cjson.decode, 12)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(12)]) },
    Case { name: "rec#81", script: b"return {pcall(cjson.decode)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #1 to '?' (expected 1 argument)")]) },
    Case { name: "rec#82", script: b"return {pcall(cjson.decode, {})}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #1 to '?' (string expected, got table)")]) },
    Case { name: "rec#83", script: b"return {pcall(cjson.decode, '{\"a\":1,}')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected object key string but found T_OBJ_END at character 8")]) },
    Case { name: "rec#84", script: b"return {pcall(cjson.decode, '{\"a\":1')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected comma or object end but found T_END at character 7")]) },
    Case { name: "rec#85", script: b"return {pcall(cjson.decode, '[1')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected comma or array end but found T_END at character 3")]) },
    Case { name: "rec#86", script: b"return {pcall(cjson.decode, '[1 2]')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected comma or array end but found T_NUMBER at character 4")]) },
    Case { name: "rec#87", script: b"return {pcall(cjson.decode, 'True')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected value but found invalid token at character 1")]) },
    Case { name: "rec#88", script: b"return {pcall(cjson.decode, '\"\\t\"')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"\x09")]) },
    Case { name: "rec#89", script: b"return cjson.decode('true') == true", argv: &[], expect: R::Int(1) },
    Case { name: "rec#90", script: b"return cjson.decode('null') == cjson.null", argv: &[], expect: R::Int(1) },
    Case { name: "rec#91", script: b"return type(cjson.null)", argv: &[], expect: R::Bulk(b"userdata") },
    Case { name: "rec#92", script: b"return cjson.encode({cjson.decode('null')})", argv: &[], expect: R::Bulk(b"[null]") },
    Case { name: "rec#93", script: b"return cjson.encode('\\1\\2\\3\\31 \\127\\128\\255')", argv: &[], expect: R::Bulk(b"\"\\u0001\\u0002\\u0003\\u001f \\u007f\x80\xff\"") },
    Case { name: "rec#94", script: b"return cjson.encode({'a', {'b', {'c'}}})", argv: &[], expect: R::Bulk(b"[\"a\",[\"b\",[\"c\"]]]") },
    Case { name: "rec#95", script: b"return cjson.encode({{}, {{}}})", argv: &[], expect: R::Bulk(b"[{},[{}]]") },
    Case { name: "rec#96", script: b"return cjson.encode(true)", argv: &[], expect: R::Bulk(b"true") },
    Case { name: "rec#97", script: b"return {pcall(cjson.encode, coroutine.create(function() end))}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Cannot serialise thread: type not supported")]) },
    Case { name: "rec#98", script: b"return {pcall(cjson.encode, {[{}]=1})}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Cannot serialise table: table key must be a number or string")]) },
    Case { name: "rec#99", script: b"return cjson.encode({[1]='x', [2]='y', [3]='z'})", argv: &[], expect: R::Bulk(b"[\"x\",\"y\",\"z\"]") },
    Case { name: "rec#100", script: b"return cjson.encode({string.rep('ab', 3)})", argv: &[], expect: R::Bulk(b"[\"ababab\"]") },
    Case { name: "rec#101", script: b"local c = cjson.new() c.encode_number_precision(3) return {c.encode(1/3), cjson.encode(1/3)}", argv: &[], expect: R::Arr(&[R::Bulk(b"0.333"), R::Bulk(b"0.33333333333333")]) },
    Case { name: "rec#102", script: b"local c = cjson.new() return {c.encode({1}), type(c.null), c.null == cjson.null}", argv: &[], expect: R::Arr(&[R::Bulk(b"[1]"), R::Bulk(b"userdata"), R::Int(1)]) },
    Case { name: "rec#103", script: b"return {pcall(function() cjson.encode_number_precision(5) local s = cjson.encode(math.pi) cjson.encode_number_precision(14) return s end)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"3.1416")]) },
    Case { name: "rec#104", script: b"return {pcall(function() cjson.encode_invalid_numbers('null') local s = cjson.encode({1/0, 0/0}) cjson.encode_invalid_numbers(false) return s end)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"[null,null]")]) },
    Case { name: "rec#105", script: b"return {pcall(function() cjson.encode_invalid_numbers(true) local s = cjson.encode({-1/0}) cjson.encode_invalid_numbers(false) return s end)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"[-inf]")]) },
    Case { name: "rec#106", script: b"return {pcall(function() cjson.decode_invalid_numbers(false) local ok, e = pcall(cjson.decode, '[0x10]') cjson.decode_invalid_numbers(true) return e end)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"Expected value but found invalid number at character 2")]) },
    Case { name: "rec#107", script: b"return {pcall(function() cjson.decode_invalid_numbers(false) local ok, e = pcall(cjson.decode, 'nan') cjson.decode_invalid_numbers(true) return e end)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"Expected value but found invalid token at character 1")]) },
    Case { name: "rec#108", script: b"return {pcall(function() cjson.decode_invalid_numbers(false) local ok, e = pcall(cjson.decode, '01') cjson.decode_invalid_numbers(true) return e end)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"Expected value but found invalid number at character 1")]) },
    Case { name: "rec#109", script: b"return {pcall(function() cjson.encode_sparse_array(true) local s = cjson.encode({[1]=1, [20]=2}) cjson.encode_sparse_array(false) return s end)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"{\"1\":1,\"20\":2}")]) },
    Case { name: "rec#110", script: b"return {pcall(function() cjson.encode_sparse_array(false, 0) local s = cjson.encode({[1]=1, [20]=2}) cjson.encode_sparse_array(false, 2) return #s end)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(95)]) },
    Case { name: "rec#111", script: b"return {pcall(function() cjson.encode_max_depth(2) local ok, e = pcall(cjson.encode, {{{1}}}) cjson.encode_max_depth(1000) return e end)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"Cannot serialise, excessive nesting (3)")]) },
    Case { name: "rec#112", script: b"return {pcall(function() cjson.decode_max_depth(2) local ok, e = pcall(cjson.decode, '[[[1]]]') cjson.decode_max_depth(1000) return e end)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"Found too many nested data structures (3) at character 3")]) },
    Case { name: "rec#113", script: b"return {pcall(function() cjson.decode_max_depth(2) local ok, e = pcall(cjson.decode, '{\"a\":{\"b\":{}}}') cjson.decode_max_depth(1000) return e end)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"Found too many nested data structures (3) at character 11")]) },
    Case { name: "rec#114", script: b"return {pcall(cjson.encode_keep_buffer, 'on')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(1)]) },
    Case { name: "rec#115", script: b"return {pcall(cjson.encode_keep_buffer, 'maybe')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #1 to '?' (invalid option 'maybe')")]) },
    Case { name: "rec#116", script: b"return {pcall(cjson.encode_keep_buffer, true, 1)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #2 to '?' (found too many arguments)")]) },
    Case { name: "rec#117", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack(string.rep('a', 31)))", argv: &[], expect: R::Bulk(b"bf61616161616161616161616161616161616161616161616161616161616161") },
    Case { name: "rec#118", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(string.sub(cmsgpack.pack(string.rep('a', 32)),1,3))", argv: &[], expect: R::Bulk(b"d92061") },
    Case { name: "rec#119", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(string.sub(cmsgpack.pack(string.rep('a', 255)),1,3))", argv: &[], expect: R::Bulk(b"d9ff61") },
    Case { name: "rec#120", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(string.sub(cmsgpack.pack(string.rep('a', 256)),1,4))", argv: &[], expect: R::Bulk(b"da010061") },
    Case { name: "rec#121", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(string.sub(cmsgpack.pack(string.rep('a', 65535)),1,4))", argv: &[], expect: R::Bulk(b"daffff61") },
    Case { name: "rec#122", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(string.sub(cmsgpack.pack(string.rep('a', 65536)),1,6))", argv: &[], expect: R::Bulk(b"db0001000061") },
    Case { name: "rec#123", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn {hex(cmsgpack.pack(1.5)), hex(cmsgpack.pack(0.1)), hex(cmsgpack.pack(-0.0)), hex(cmsgpack.pack(1/0)), hex(cmsgpack.pack(-1/0))}", argv: &[], expect: R::Arr(&[R::Bulk(b"ca3fc00000"), R::Bulk(b"cb3fb999999999999a"), R::Bulk(b"00"), R::Bulk(b"caff800000"), R::Bulk(b"ca7f800000")]) },
    Case { name: "rec#124", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn {hex(cmsgpack.pack(2^63)), hex(cmsgpack.pack(-2^63)), hex(cmsgpack.pack(2^64)), hex(cmsgpack.pack(2^62)), hex(cmsgpack.pack(-2^62))}", argv: &[], expect: R::Arr(&[R::Bulk(b"ca5f000000"), R::Bulk(b"d38000000000000000"), R::Bulk(b"ca5f800000"), R::Bulk(b"cf4000000000000000"), R::Bulk(b"d3c000000000000000")]) },
    Case { name: "rec#125", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn {hex(cmsgpack.pack(-1)), hex(cmsgpack.pack(-32)), hex(cmsgpack.pack(-33)), hex(cmsgpack.pack(-128)), hex(cmsgpack.pack(-129)), hex(cmsgpack.pack(-32768)), hex(cmsgpack.pack(-32769))}", argv: &[], expect: R::Arr(&[R::Bulk(b"ff"), R::Bulk(b"e0"), R::Bulk(b"d0df"), R::Bulk(b"d080"), R::Bulk(b"d1ff7f"), R::Bulk(b"d18000"), R::Bulk(b"d2ffff7fff")]) },
    Case { name: "rec#126", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn {hex(cmsgpack.pack(-2^31)), hex(cmsgpack.pack(-2^31-1)), hex(cmsgpack.pack(2^32-1)), hex(cmsgpack.pack(2^32)), hex(cmsgpack.pack(65535)), hex(cmsgpack.pack(65536))}", argv: &[], expect: R::Arr(&[R::Bulk(b"d280000000"), R::Bulk(b"d3ffffffff7fffffff"), R::Bulk(b"ceffffffff"), R::Bulk(b"cf0000000100000000"), R::Bulk(b"cdffff"), R::Bulk(b"ce00010000")]) },
    Case { name: "rec#127", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn {hex(cmsgpack.pack(3.25)), hex(cmsgpack.pack(-7.5)), hex(cmsgpack.pack(1e300)), hex(cmsgpack.pack(1e-300)), hex(cmsgpack.pack(2^-10))}", argv: &[], expect: R::Arr(&[R::Bulk(b"ca40500000"), R::Bulk(b"cac0f00000"), R::Bulk(b"cb7e37e43c8800759c"), R::Bulk(b"cb01a56e1fc2f8f359"), R::Bulk(b"ca3a800000")]) },
    Case { name: "rec#128", script: b"return {pcall(cmsgpack.pack)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #0 to '?' (MessagePack pack needs input.)")]) },
    Case { name: "rec#129", script: b"return {pcall(cmsgpack.unpack, '\\212\\1\\1')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Bad data format in input.")]) },
    Case { name: "rec#130", script: b"return {pcall(cmsgpack.unpack, '\\193')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Bad data format in input.")]) },
    Case { name: "rec#131", script: b"return {pcall(cmsgpack.unpack, '\\196\\2ab')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Bad data format in input.")]) },
    Case { name: "rec#132", script: b"return {pcall(cmsgpack.unpack, '\\199\\1\\1a')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Bad data format in input.")]) },
    Case { name: "rec#133", script: b"return {pcall(cmsgpack.unpack, '')}", argv: &[], expect: R::Arr(&[R::Int(1)]) },
    Case { name: "rec#134", script: b"return {pcall(cmsgpack.unpack_one, '', 0)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(-1)]) },
    Case { name: "rec#135", script: b"return {pcall(cmsgpack.unpack_one, 'abc', 5)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Start offset 5 greater than input length 3.")]) },
    Case { name: "rec#136", script: b"return {pcall(cmsgpack.unpack_one, '\\1\\2', -1)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Invalid request to unpack with offset of -1 and limit of 2.")]) },
    Case { name: "rec#137", script: b"return {pcall(cmsgpack.unpack_limit, '\\1\\2\\3', 0)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(1), R::Int(2), R::Int(3)]) },
    Case { name: "rec#138", script: b"return {pcall(cmsgpack.unpack_limit, '\\1\\2\\3', 0, 1)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(1)]) },
    Case { name: "rec#139", script: b"return {pcall(cmsgpack.unpack_limit, '\\1\\2\\3', -1)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Invalid request to unpack with offset of 0 and limit of 3.")]) },
    Case { name: "rec#140", script: b"return {pcall(cmsgpack.unpack_one, '\\1\\2\\3', 3)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(-1)]) },
    Case { name: "rec#141", script: b"return {pcall(cmsgpack.unpack_one, '\\1\\2\\3', 2)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(-1), R::Int(3)]) },
    Case { name: "rec#142", script: b"return {pcall(cmsgpack.unpack, '\\129\\192\\1')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"table index is nil")]) },
    Case { name: "rec#143", script: b"return {pcall(cmsgpack.unpack, '\\145\\192')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Arr(&[])]) },
    Case { name: "rec#144", script: b"return {pcall(cmsgpack.unpack, '\\207\\255\\255\\255\\255\\255\\255\\255\\255')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(-1)]) },
    Case { name: "rec#145", script: b"return {pcall(cmsgpack.unpack, '\\207\\0\\0\\0\\1\\0\\0\\0\\0')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(4294967296)]) },
    Case { name: "rec#146", script: b"return {pcall(cmsgpack.unpack, '\\211\\128\\0\\0\\0\\0\\0\\0\\0')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(-9223372036854775808)]) },
    Case { name: "rec#147", script: b"return {pcall(cmsgpack.unpack, '\\211\\255\\255\\255\\255\\255\\255\\255\\254')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(-2)]) },
    Case { name: "rec#148", script: b"return {pcall(cmsgpack.unpack, '\\202\\63\\192\\0\\0')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(1)]) },
    Case { name: "rec#149", script: b"return {pcall(cmsgpack.unpack, '\\217\\1c')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"c")]) },
    Case { name: "rec#150", script: b"return {pcall(cmsgpack.unpack, '\\218\\0\\1c')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"c")]) },
    Case { name: "rec#151", script: b"return {pcall(cmsgpack.unpack, '\\219\\0\\0\\0\\1c')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"c")]) },
    Case { name: "rec#152", script: b"return {pcall(cmsgpack.unpack, '\\220\\0\\1\\1')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Arr(&[R::Int(1)])]) },
    Case { name: "rec#153", script: b"return {pcall(cmsgpack.unpack, '\\221\\0\\0\\0\\1\\1')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Arr(&[R::Int(1)])]) },
    Case { name: "rec#154", script: b"return {pcall(cmsgpack.unpack, '\\222\\0\\1\\1\\2')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Arr(&[R::Int(2)])]) },
    Case { name: "rec#155", script: b"return {pcall(cmsgpack.unpack, '\\223\\0\\0\\0\\1\\1\\2')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Arr(&[R::Int(2)])]) },
    Case { name: "rec#156", script: b"return {pcall(cmsgpack.unpack, '\\206\\255\\255\\255\\255')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(4294967295)]) },
    Case { name: "rec#157", script: b"return {pcall(cmsgpack.unpack, '\\210\\255\\255\\255\\255')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(-1)]) },
    Case { name: "rec#158", script: b"return {pcall(cmsgpack.unpack, '\\204\\200', '\\205\\1\\0', '\\208\\128', '\\209\\128\\0')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(200)]) },
    Case { name: "rec#159", script: b"return {cmsgpack.unpack('\\204\\200\\205\\1\\0\\208\\128\\209\\128\\0')}", argv: &[], expect: R::Arr(&[R::Int(200), R::Int(256), R::Int(-128), R::Int(-32768)]) },
    Case { name: "rec#160", script: b"return {pcall(cmsgpack.unpack, '\\147\\1')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Missing bytes in input.")]) },
    Case { name: "rec#161", script: b"return {pcall(cmsgpack.unpack, '\\217')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Missing bytes in input.")]) },
    Case { name: "rec#162", script: b"return {pcall(cmsgpack.unpack, '\\217\\5ab')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Missing bytes in input.")]) },
    Case { name: "rec#163", script: b"return {pcall(cmsgpack.unpack, '\\130\\1\\2\\3')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Missing bytes in input.")]) },
    Case { name: "rec#164", script: b"return {pcall(cmsgpack.unpack, '\\205\\1')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Missing bytes in input.")]) },
    Case { name: "rec#165", script: b"return {pcall(cmsgpack.unpack_limit, '\\1\\2\\3')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #2 to '?' (number expected, got no value)")]) },
    Case { name: "rec#166", script: b"return {pcall(cmsgpack.unpack_limit, '\\1\\2\\3', 'a')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #2 to '?' (number expected, got string)")]) },
    Case { name: "rec#167", script: b"return {pcall(cmsgpack.unpack_one, '\\1\\2', 'x')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #2 to '?' (number expected, got string)")]) },
    Case { name: "rec#168", script: b"return {pcall(cmsgpack.unpack_one, 12)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(1), R::Int(49)]) },
    Case { name: "rec#169", script: b"return {pcall(cmsgpack.unpack_one, '\\1\\2', 1.7)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(-1), R::Int(2)]) },
    Case { name: "rec#170", script: b"return {pcall(cmsgpack.pack, function() end, coroutine.create(function() end))}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"\xc0\xc0")]) },
    Case { name: "rec#171", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack({1,2,nil,4}))", argv: &[], expect: R::Bulk(b"83010102020404") },
    Case { name: "rec#172", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack({[1]=1,[2]=2,[4]=4}))", argv: &[], expect: R::Bulk(b"83010102020404") },
    Case { name: "rec#173", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack({[1.5]=1}))", argv: &[], expect: R::Bulk(b"81ca3fc0000001") },
    Case { name: "rec#174", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack({}, cjson.null))", argv: &[], expect: R::Bulk(b"90c0") },
    Case { name: "rec#175", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack({[{}]=1}))", argv: &[], expect: R::Bulk(b"819001") },
    Case { name: "rec#176", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack({[2]=5}))", argv: &[], expect: R::Bulk(b"810205") },
    Case { name: "rec#177", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack({[0]=5}))", argv: &[], expect: R::Bulk(b"810005") },
    Case { name: "rec#178", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack({1,2,3,4,5,6,7,8,9,10,11,12,13,14,15}))", argv: &[], expect: R::Bulk(b"9f0102030405060708090a0b0c0d0e0f") },
    Case { name: "rec#179", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(string.sub(cmsgpack.pack({1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16}), 1, 3))", argv: &[], expect: R::Bulk(b"dc0010") },
    Case { name: "rec#180", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack({{{{{{{{{{{{{{{{{{{1}}}}}}}}}}}}}}}}}}}))", argv: &[], expect: R::Bulk(b"91919191919191919191919191919191c0") },
    Case { name: "rec#181", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack(true, false, nil, 'x', 1))", argv: &[], expect: R::Bulk(b"c3c2c0a17801") },
    Case { name: "rec#182", script: b"return {pcall(cmsgpack.unpack, cmsgpack.pack(true, false, nil, 'x', 1))}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(1), R::Nil]) },
    Case { name: "rec#183", script: b"local t = {} for i=1,20 do t[i]=i end return {pcall(cmsgpack.unpack_limit, cmsgpack.pack(unpack(t)), 3, 17)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(-1), R::Int(18), R::Int(19), R::Int(20)]) },
    Case { name: "rec#184", script: b"local t = {} for i=1,20 do t[i]=i end return {pcall(cmsgpack.unpack_limit, cmsgpack.pack(unpack(t)), 3, 5)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(8), R::Int(6), R::Int(7), R::Int(8)]) },
    Case { name: "rec#185", script: b"return #{pcall(cmsgpack.unpack, string.rep('\\145', 3000) .. '\\1')}", argv: &[], expect: R::Int(2) },
    Case { name: "rec#186", script: b"return {pcall(cmsgpack.unpack, string.rep('\\145', 10000) .. '\\1')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"stack overflow (in function mp_decode_to_lua_array)")]) },
    Case { name: "rec#187", script: b"return {pcall(cmsgpack.unpack, string.rep('\\1', 8000))}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"stack overflow (too many return values at once; use unpack_one or unpack_limit instead.)")]) },
    Case { name: "rec#188", script: b"return {pcall(cmsgpack.unpack, string.rep('\\129\\1', 4000) .. '\\1')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"stack overflow (too many return values at once; use unpack_one or unpack_limit instead.)")]) },
    Case { name: "rec#189", script: b"return #{pcall(cmsgpack.unpack, string.rep('\\129\\1', 3999) .. '\\1')}", argv: &[], expect: R::Int(2) },
    Case { name: "rec#190", script: b"return {pcall(cmsgpack.unpack_one, string.rep('\\145', 4000) .. '\\1')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"stack overflow (in function mp_decode_to_lua_array)")]) },
    Case { name: "rec#191", script: b"return #{pcall(cmsgpack.unpack_one, string.rep('\\145', 3999) .. '\\1')}", argv: &[], expect: R::Int(3) },
    Case { name: "rec#192", script: b"return cmsgpack.unpack(cmsgpack.pack(0.1)) == 0.1", argv: &[], expect: R::Int(1) },
    Case { name: "rec#193", script: b"return tostring(cmsgpack.unpack(cmsgpack.pack(3.5)))", argv: &[], expect: R::Bulk(b"3.5") },
    Case { name: "rec#194", script: b"return tostring(cmsgpack.unpack('\\202\\61\\204\\204\\205'))", argv: &[], expect: R::Bulk(b"0.10000000149012") },
    Case { name: "rec#195", script: b"return {pcall(cmsgpack.unpack, '\\203\\127\\248\\0\\0\\0\\0\\0\\0')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(-9223372036854775808)]) },
    Case { name: "rec#196", script: b"return cmsgpack._VERSION", argv: &[], expect: R::Bulk(b"lua-cmsgpack 0.4.0") },
    Case { name: "rec#197", script: b"return {bit.band(0xff, 0x0f), bit.bor(1, 2, 4, 8), bit.bxor(5, 3), bit.bnot(0)}", argv: &[], expect: R::Arr(&[R::Int(15), R::Int(15), R::Int(6), R::Int(-1)]) },
    Case { name: "rec#198", script: b"return {bit.tobit(0xffffffff), bit.tobit(2^32 + 1), bit.tobit(-1), bit.tobit(1.5), bit.tobit(2.5), bit.tobit(-2.5), bit.tobit(2^52), bit.tobit(2^53 + 2)}", argv: &[], expect: R::Arr(&[R::Int(-1), R::Int(1), R::Int(-1), R::Int(2), R::Int(2), R::Int(-2), R::Int(0), R::Int(1)]) },
    Case { name: "rec#199", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn {bit.tohex(255), bit.tohex(255, 2), bit.tohex(255, -4), bit.tohex(-1), bit.tohex(0x12345678, 3), bit.tohex(1, 0), bit.tohex(1, 20), bit.tohex(1, -20)}", argv: &[], expect: R::Arr(&[R::Bulk(b"000000ff"), R::Bulk(b"ff"), R::Bulk(b"00FF"), R::Bulk(b"ffffffff"), R::Bulk(b"678"), R::Bulk(b""), R::Bulk(b"00000001"), R::Bulk(b"00000001")]) },
    Case { name: "rec#200", script: b"return {bit.lshift(1, 31), bit.lshift(1, 32), bit.lshift(1, 33), bit.rshift(-1, 28), bit.arshift(-256, 4), bit.rol(0x80000001, 1), bit.ror(1, 1), bit.ror(3, -1)}", argv: &[], expect: R::Arr(&[R::Int(-2147483648), R::Int(1), R::Int(2), R::Int(15), R::Int(-16), R::Int(3), R::Int(-2147483648), R::Int(6)]) },
    Case { name: "rec#201", script: b"return {bit.bswap(0x12345678), bit.bswap(-1), bit.bnot(0x0f), bit.band(-1, 0xff00ff00), bit.bor(), 0}", argv: &[], expect: R::Err(b"user_script:1: bad argument #1 to 'bor' (number expected, got no value)") },
    Case { name: "rec#202", script: b"return {pcall(bit.band)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #1 to '?' (number expected, got no value)")]) },
    Case { name: "rec#203", script: b"return {pcall(bit.bor, 1, 'x')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #2 to '?' (number expected, got string)")]) },
    Case { name: "rec#204", script: b"return {pcall(bit.tobit, '0x10')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(16)]) },
    Case { name: "rec#205", script: b"return {pcall(bit.tobit, ' 12 ')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(12)]) },
    Case { name: "rec#206", script: b"return {pcall(bit.tobit, {})}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #1 to '?' (number expected, got table)")]) },
    Case { name: "rec#207", script: b"return {pcall(bit.tohex, 1, 'a')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #2 to '?' (number expected, got string)")]) },
    Case { name: "rec#208", script: b"return {pcall(bit.lshift, 1)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #2 to '?' (number expected, got no value)")]) },
    Case { name: "rec#209", script: b"return {bit.tobit(1e20), bit.tobit(-1e20), bit.tobit(2^31), bit.tobit(-2^31 - 1)}", argv: &[], expect: R::Arr(&[R::Int(2025163840), R::Int(2025163840), R::Int(-2147483648), R::Int(2147483647)]) },
    Case { name: "rec#210", script: b"return {bit.band(0/0), bit.bor(1/0), bit.bxor(-1/0)}", argv: &[], expect: R::Arr(&[R::Int(0), R::Int(0), R::Int(0)]) },
    Case { name: "rec#211", script: b"return {bit.bxor(1, 2, 4, 8, 16), bit.band(7, 14, 28)}", argv: &[], expect: R::Arr(&[R::Int(31), R::Int(4)]) },
    Case { name: "rec#212", script: b"local r = bit.band('x') return r", argv: &[], expect: R::Err(b"user_script:1: bad argument #1 to 'band' (number expected, got string)") },
    Case { name: "rec#213", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn {hex(struct.pack('>I2', 258)), hex(struct.pack('<I2', 258)), hex(struct.pack('<i4', -2)), hex(struct.pack('>i8', 1))}", argv: &[], expect: R::Arr(&[R::Bulk(b"0102"), R::Bulk(b"0201"), R::Bulk(b"feffffff"), R::Bulk(b"0000000000000001")]) },
    Case { name: "rec#214", script: b"return {pcall(struct.pack, 'i99999999999', 1)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"integral size overflow")]) },
    Case { name: "rec#215", script: b"return {pcall(struct.pack, 'i33', 1)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"integral size 33 is larger than limit of 32")]) },
    Case { name: "rec#216", script: b"return {pcall(struct.pack, 'i0', 1)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"")]) },
    Case { name: "rec#217", script: b"return {pcall(struct.pack, 'c5', 'ab')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #3 to '?' (string too short)")]) },
    Case { name: "rec#218", script: b"return {pcall(struct.size, 's')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #1 to '?' (option 's' has no fixed size)")]) },
    Case { name: "rec#219", script: b"return {pcall(struct.size, 'c0')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #1 to '?' (option 'c0' has no fixed size)")]) },
    Case { name: "rec#220", script: b"return {pcall(struct.size, 'c')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(1)]) },
    Case { name: "rec#221", script: b"return {pcall(struct.size, '!4bi')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(8)]) },
    Case { name: "rec#222", script: b"return {pcall(struct.size, '!3')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"alignment 3 is not a power of 2")]) },
    Case { name: "rec#223", script: b"return {pcall(struct.size, '!bd')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(16)]) },
    Case { name: "rec#224", script: b"return {pcall(struct.size, 'bhilTfdxB')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(37)]) },
    Case { name: "rec#225", script: b"return {pcall(struct.size, '!bhilTfdxB')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(42)]) },
    Case { name: "rec#226", script: b"return {pcall(struct.size, '!2bhilTfdxB')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(38)]) },
    Case { name: "rec#227", script: b"return {pcall(struct.size, 'i3 c7 I16')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(26)]) },
    Case { name: "rec#228", script: b"return {pcall(struct.unpack, 'Bc0', '\\3abc')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"abc"), R::Int(5)]) },
    Case { name: "rec#229", script: b"return {pcall(struct.unpack, 'c0', '2ab')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"format 'c0' needs a previous size")]) },
    Case { name: "rec#230", script: b"return {pcall(struct.unpack, 's', 'abc')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"unfinished string in data")]) },
    Case { name: "rec#231", script: b"return {pcall(struct.unpack, 'b', 'abc', 5)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #2 to '?' (data string too short)")]) },
    Case { name: "rec#232", script: b"return {pcall(struct.unpack, 'b', 'abc', 0)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #3 to '?' (offset must be 1 or greater)")]) },
    Case { name: "rec#233", script: b"return {pcall(struct.unpack, 'b', 'abc', 4)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #2 to '?' (data string too short)")]) },
    Case { name: "rec#234", script: b"return {pcall(struct.unpack, 'b', 'abc', -1)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #2 to '?' (data string too short)")]) },
    Case { name: "rec#235", script: b"return {pcall(struct.unpack, 'bb', 'abc', 3)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #2 to '?' (data string too short)")]) },
    Case { name: "rec#236", script: b"return {pcall(struct.pack, 'y')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #1 to '?' (invalid format option 'y')")]) },
    Case { name: "rec#237", script: b"return {pcall(struct.pack, 'i')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #2 to '?' (number expected, got nil)")]) },
    Case { name: "rec#238", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn {hex(struct.pack('>i16', -1))}", argv: &[], expect: R::Arr(&[R::Bulk(b"0000000000000000ffffffffffffffff")]) },
    Case { name: "rec#239", script: b"return {pcall(struct.unpack, '>i16', struct.pack('>i16', -2))}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(-2), R::Int(17)]) },
    Case { name: "rec#240", script: b"return {pcall(struct.unpack, '<I16', struct.pack('<I16', 2^40))}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(1099511627776), R::Int(17)]) },
    Case { name: "rec#241", script: b"return {pcall(struct.pack, '!i')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #2 to '?' (number expected, got nil)")]) },
    Case { name: "rec#242", script: b"return {pcall(struct.size, 'x!4i')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(8)]) },
    Case { name: "rec#243", script: b"return {pcall(struct.size, '!2x i4 d')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(14)]) },
    Case { name: "rec#244", script: b"return {pcall(struct.pack, 'c0', 'abc')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"abc")]) },
    Case { name: "rec#245", script: b"return {pcall(struct.pack, 's', 1.5)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"1.5\x00")]) },
    Case { name: "rec#246", script: b"return {pcall(struct.pack, 'b', 'x')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #2 to '?' (number expected, got string)")]) },
    Case { name: "rec#247", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn {hex(struct.pack('>d', 1.5)), hex(struct.pack('<d', -0.1)), hex(struct.pack('>f', 0.1)), hex(struct.pack('<f', 1/0))}", argv: &[], expect: R::Arr(&[R::Bulk(b"3ff8000000000000"), R::Bulk(b"9a9999999999b9bf"), R::Bulk(b"3dcccccd"), R::Bulk(b"0000807f")]) },
    Case { name: "rec#248", script: b"return {pcall(struct.unpack, 'f', struct.pack('f', 0.5))}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(0), R::Int(5)]) },
    Case { name: "rec#249", script: b"return tostring(struct.unpack('f', struct.pack('f', 0.1)))", argv: &[], expect: R::Bulk(b"0.10000000149012") },
    Case { name: "rec#250", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn {hex(struct.pack('B', 300)), hex(struct.pack('b', -1.7)), hex(struct.pack('b', 1.7)), hex(struct.pack('h', -2)), hex(struct.pack('H', 70000))}", argv: &[], expect: R::Arr(&[R::Bulk(b"2c"), R::Bulk(b"ff"), R::Bulk(b"01"), R::Bulk(b"feff"), R::Bulk(b"7011")]) },
    Case { name: "rec#251", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn {hex(struct.pack('<i8', 2^64)), hex(struct.pack('<i8', -2^64)), hex(struct.pack('<I8', 2^63)), hex(struct.pack('<l', -3)), hex(struct.pack('>L', 5)), hex(struct.pack('>T', 6))}", argv: &[], expect: R::Arr(&[R::Bulk(b"0000000000000000"), R::Bulk(b"0000000000000080"), R::Bulk(b"0000000000000080"), R::Bulk(b"fdffffffffffffff"), R::Bulk(b"0000000000000005"), R::Bulk(b"0000000000000006")]) },
    Case { name: "rec#252", script: b"return {pcall(struct.unpack, '>I8', '\\255\\255\\255\\255\\255\\255\\255\\255')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(-9223372036854775808), R::Int(9)]) },
    Case { name: "rec#253", script: b"return {pcall(struct.unpack, '>i8', '\\255\\255\\255\\255\\255\\255\\255\\255')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(-1), R::Int(9)]) },
    Case { name: "rec#254", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn {hex(struct.pack('!8bd', 1, 2)), hex(struct.pack('!4bd', 1, 2)), hex(struct.pack('!bhi', 1, 2, 3)), hex(struct.pack('<!4 b i', 1, 2))}", argv: &[], expect: R::Arr(&[R::Bulk(b"01000000000000000000000000000040"), R::Bulk(b"010000000000000000000040"), R::Bulk(b"0100020003000000"), R::Bulk(b"0100000002000000")]) },
    Case { name: "rec#255", script: b"return {pcall(struct.pack, 'i', '12')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"\x0c\x00\x00\x00")]) },
    Case { name: "rec#256", script: b"return {pcall(struct.unpack)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #1 to '?' (string expected, got no value)")]) },
    Case { name: "rec#257", script: b"return {pcall(struct.unpack, 'b')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #2 to '?' (string expected, got no value)")]) },
    Case { name: "rec#258", script: b"return {pcall(struct.pack)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #1 to '?' (string expected, got no value)")]) },
    Case { name: "rec#259", script: b"return {pcall(struct.pack, 'b')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #2 to '?' (number expected, got nil)")]) },
    Case { name: "rec#260", script: b"return {pcall(struct.unpack, 'b', 'a', 'x')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #3 to '?' (number expected, got string)")]) },
    Case { name: "rec#261", script: b"return {pcall(struct.unpack, 'b', 'a', 1.9)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(97), R::Int(2)]) },
    Case { name: "rec#262", script: b"return {pcall(struct.unpack, 'c2', 'a')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #2 to '?' (data string too short)")]) },
    Case { name: "rec#263", script: b"return {pcall(struct.unpack, 'c0', '')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"format 'c0' needs a previous size")]) },
    Case { name: "rec#264", script: b"return {pcall(struct.unpack, 'xxb', 'abc')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(99), R::Int(4)]) },
    Case { name: "rec#265", script: b"return {pcall(struct.unpack, '!4bi', '\\1\\0\\0\\0\\2\\0\\0\\0')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(1), R::Int(2), R::Int(9)]) },
    Case { name: "rec#266", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn {hex(struct.pack('i5', 2^33)), hex(struct.pack('>i3', -2))}", argv: &[], expect: R::Arr(&[R::Bulk(b"0000000002"), R::Bulk(b"fffffe")]) },
    Case { name: "rec#267", script: b"return {pcall(struct.unpack, '<i3', '\\255\\255\\127')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(8388607), R::Int(4)]) },
    Case { name: "rec#268", script: b"return {pcall(struct.unpack, '<i3', '\\255\\255\\255')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(-1), R::Int(4)]) },
    Case { name: "rec#269", script: b"return {pcall(struct.unpack, 'c', 'xyz')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"x"), R::Int(2)]) },
    Case { name: "rec#270", script: b"return {pcall(struct.unpack, 'ss', 'ab\\0cd\\0')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"ab"), R::Bulk(b"cd"), R::Int(7)]) },
    Case { name: "rec#271", script: b"return {pcall(struct.unpack, 'c3', 'hello', 2)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"ell"), R::Int(5)]) },
    Case { name: "rec#272", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn {hex(struct.pack('s', 'a\\0b')), hex(struct.pack('c3', 'abcdef')), hex(struct.pack('xbx', 7))}", argv: &[], expect: R::Arr(&[R::Bulk(b"61006200"), R::Bulk(b"616263"), R::Bulk(b"000700")]) },
    Case { name: "rec#273", script: b"return {pcall(struct.pack, 'bz', 1)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #1 to '?' (invalid format option 'z')")]) },
    Case { name: "rec#274", script: b"return {pcall(struct.unpack, 'bz', 'a')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"bad argument #1 to '?' (invalid format option 'z')")]) },
    Case { name: "rec#275", script: b"local r = struct.pack('bz', 1) return r", argv: &[], expect: R::Err(b"user_script:1: bad argument #1 to 'pack' (invalid format option 'z')") },
    Case { name: "rec#276", script: b"local r = struct.unpack('>I4', 'ab') return r", argv: &[], expect: R::Err(b"user_script:1: bad argument #2 to 'unpack' (data string too short)") },
    Case { name: "rec#277", script: b"return {pcall(struct.size, 'i40')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"integral size 40 is larger than limit of 32")]) },
    Case { name: "rec#278", script: b"return {pcall(struct.unpack, '>h', '\\255\\254')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(-2), R::Int(3)]) },
    Case { name: "rec#279", script: b"return {struct.unpack('<hH', '\\255\\255\\255\\255')}", argv: &[], expect: R::Arr(&[R::Int(-1), R::Int(65535), R::Int(5)]) },
    Case { name: "rec#280", script: b"local ok, e = pcall(cjson.encode_sparse_array, true, -1) return {cjson.encode_sparse_array()}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(2), R::Int(10)]) },
    Case { name: "rec#281", script: b"local r = {pcall(cjson.encode, {[1]=1,[20]=3})} return r", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Cannot serialise table: excessively sparse array")]) },
    Case { name: "rec#282", script: b"return {pcall(cjson.decode, '[' .. string.rep('1,', 100) .. '1]')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Arr(&[R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1), R::Int(1)])]) },
    Case { name: "rec#283", script: b"return #cjson.decode('[' .. string.rep('\"x\",', 5000) .. '1]')", argv: &[], expect: R::Int(5001) },
    Case { name: "rec#284", script: b"return cjson.encode(cjson.decode('\"\\\\u00e9\\\\u0800\\\\uffff\"'))", argv: &[], expect: R::Bulk(b"\"\xc3\xa9\xe0\xa0\x80\xef\xbf\xbf\"") },
    Case { name: "rec#285", script: b"return cjson.decode('[\"a\\\\u0000b\"]')[1]", argv: &[], expect: R::Bulk(b"a\x00b") },
    Case { name: "rec#286", script: b"return {pcall(cjson.decode, '[1e999, -1e999]')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Arr(&[R::Int(-9223372036854775808), R::Int(-9223372036854775808)])]) },
    Case { name: "rec#287", script: b"return cjson.encode(1.5)", argv: &[], expect: R::Bulk(b"1.5") },
    Case { name: "rec#288", script: b"return cjson.encode(-123.456)", argv: &[], expect: R::Bulk(b"-123.456") },
    Case { name: "rec#289", script: b"return cjson.encode({0.1, -0.25, 1e-5, 12345678901234567890})", argv: &[], expect: R::Bulk(b"[0.1,-0.25,1e-05,1.2345678901235e+19]") },
    Case { name: "rec#290", script: b"local t = {} t[1] = 'a' t[2] = 'b' t[4] = 'd' return cjson.encode(t)", argv: &[], expect: R::Bulk(b"[\"a\",\"b\",null,\"d\"]") },
    Case { name: "rec#291", script: b"return {pcall(function() local x = cjson.encode(function() end) return x end)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"user_script:1: Cannot serialise function: type not supported")]) },
    Case { name: "rec#292", script: b"return {pcall(function() local x = bit.band('x') return x end)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"user_script:1: bad argument #1 to 'band' (number expected, got string)")]) },
    Case { name: "rec#293", script: b"return {pcall(function() local x = struct.pack('q') return x end)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"user_script:1: bad argument #1 to 'pack' (invalid format option 'q')")]) },
    Case { name: "rec#294", script: b"return {pcall(function() local x = cmsgpack.unpack('\\193') return x end)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"user_script:1: Bad data format in input.")]) },
    Case { name: "rec#295", script: b"return {pcall(function() local x = bit['band']('x') return x end)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"user_script:1: bad argument #1 to 'band' (number expected, got string)")]) },
    Case { name: "rec#296", script: b"return {pcall(function() local x = cjson.decode('{') return x end)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"user_script:1: Expected object key string but found T_END at character 2")]) },
    Case { name: "rec#297", script: b"return {pcall(function() local x = cjson.encode_max_depth(0) return x end)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"user_script:1: bad argument #1 to 'encode_max_depth' (expected integer between 1 and 2147483647)")]) },
    Case { name: "rec#298", script: b"return {pcall(function()\x0a local x = struct.unpack('>I4', 'ab') return x end)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"user_script:2: bad argument #2 to 'unpack' (data string too short)")]) },
    Case { name: "rec#299", script: b"local a = 1\x0alocal x = cjson.encode({a = function() end})\x0areturn x", argv: &[], expect: R::Err(b"user_script:2: Cannot serialise function: type not supported") },
    Case { name: "rec#300", script: b"local x = cjson.decode('[') return x", argv: &[], expect: R::Err(b"user_script:1: Expected value but found T_END at character 2") },
    Case { name: "rec#301", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0alocal x = bit.tohex({}) return x", argv: &[], expect: R::Err(b"user_script:2: bad argument #1 to 'tohex' (number expected, got table)") },
    Case { name: "rec#302", script: b"local x = cmsgpack.unpack_limit('\\1', 'z') return x", argv: &[], expect: R::Err(b"user_script:1: bad argument #2 to 'unpack_limit' (number expected, got string)") },
    Case { name: "rec#303", script: b"local x = struct.size('s') return x", argv: &[], expect: R::Err(b"user_script:1: bad argument #1 to 'size' (option 's' has no fixed size)") },
    Case { name: "rec#304", script: b"return cjson.encode({a=1,b=2})", argv: &[], expect: R::Bulk(b"{\"a\":1,\"b\":2}") },
    Case { name: "rec#305", script: b"return cjson.encode({b=2,a=1})", argv: &[], expect: R::Bulk(b"{\"a\":1,\"b\":2}") },
    Case { name: "rec#306", script: b"return cjson.encode({x=1,y=2,z=3})", argv: &[], expect: R::Bulk(b"{\"y\":2,\"x\":1,\"z\":3}") },
    Case { name: "rec#307", script: b"return cjson.encode({name='redis', tags={'a','b'}, n=7})", argv: &[], expect: R::Bulk(b"{\"n\":7,\"name\":\"redis\",\"tags\":[\"a\",\"b\"]}") },
    Case { name: "rec#308", script: b"return cjson.encode({foo='bar', baz=1, qux=true, quux=false})", argv: &[], expect: R::Bulk(b"{\"quux\":false,\"qux\":true,\"baz\":1,\"foo\":\"bar\"}") },
    Case { name: "rec#309", script: b"return cjson.encode({id=1, name='x', email='e', age=3, active=true})", argv: &[], expect: R::Bulk(b"{\"name\":\"x\",\"active\":true,\"id\":1,\"age\":3,\"email\":\"e\"}") },
    Case { name: "rec#310", script: b"return cjson.encode(cjson.decode('{\"a\":1,\"b\":2,\"c\":3}'))", argv: &[], expect: R::Bulk(b"{\"a\":1,\"c\":3,\"b\":2}") },
    Case { name: "rec#311", script: b"return cjson.encode(cjson.decode('{\"user\":{\"id\":17,\"roles\":[\"admin\",\"dev\"]},\"ok\":true}'))", argv: &[], expect: R::Bulk(b"{\"ok\":true,\"user\":{\"id\":17,\"roles\":[\"admin\",\"dev\"]}}") },
    Case { name: "rec#312", script: b"local t = {} t.first = 1 t.second = 2 t.third = 3 return cjson.encode(t)", argv: &[], expect: R::Bulk(b"{\"first\":1,\"third\":3,\"second\":2}") },
    Case { name: "rec#313", script: b"return cjson.encode({1, 2, x=3})", argv: &[], expect: R::Bulk(b"{\"1\":1,\"2\":2,\"x\":3}") },
    Case { name: "rec#314", script: b"return cjson.encode({[1]=1,[2]=2,[4]=4})", argv: &[], expect: R::Bulk(b"[1,2,null,4]") },
    Case { name: "rec#315", script: b"return cjson.encode({[10]=1,[20]=2,[30]=3})", argv: &[], expect: R::Err(b"user_script:1: Cannot serialise table: excessively sparse array") },
    Case { name: "rec#316", script: b"return cjson.encode({key1='v1', key2='v2', key3='v3', key4='v4', key5='v5', key6='v6'})", argv: &[], expect: R::Bulk(b"{\"key6\":\"v6\",\"key2\":\"v2\",\"key1\":\"v1\",\"key3\":\"v3\",\"key4\":\"v4\",\"key5\":\"v5\"}") },
    Case { name: "rec#317", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack({a=1,b=2,c=3}))", argv: &[], expect: R::Bulk(b"83a16101a16303a16202") },
    Case { name: "rec#318", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack({x=1,y={1,2},z='s'}))", argv: &[], expect: R::Bulk(b"83a179920102a17801a17aa173") },
    Case { name: "rec#319", script: b"return cjson.encode({[true]=1})", argv: &[], expect: R::Err(b"user_script:1: Cannot serialise boolean: table key must be a number or string") },
    Case { name: "rec#320", script: b"return cjson.encode({status='ok', count=10})", argv: &[], expect: R::Bulk(b"{\"status\":\"ok\",\"count\":10}") },
    Case { name: "rec#321", script: b"return cjson.encode({type='event', data={value=42, unit='ms'}})", argv: &[], expect: R::Bulk(b"{\"data\":{\"value\":42,\"unit\":\"ms\"},\"type\":\"event\"}") },
    Case { name: "rec#322", script: b"return cjson.encode({1,{a=1},\"x\"})", argv: &[], expect: R::Bulk(b"[1,{\"a\":1},\"x\"]") },
    Case { name: "rec#323", script: b"return cjson.encode({1e15, 1e16, 0.1+0.2, -1e-10, 2^31, 2^63, 1/3*3})", argv: &[], expect: R::Bulk(b"[1e+15,1e+16,0.3,-1e-10,2147483648,9.2233720368548e+18,1]") },
    Case { name: "rec#324", script: b"return cjson.encode('a\\0b')", argv: &[], expect: R::Bulk(b"\"a\\u0000b\"") },
    Case { name: "rec#325", script: b"return cjson.encode('\\239\\187\\191x\\255')", argv: &[], expect: R::Bulk(b"\"\xef\xbb\xbfx\xff\"") },
    Case { name: "rec#326", script: b"return cjson.encode({['a/b']='c\"d'})", argv: &[], expect: R::Bulk(b"{\"a\\/b\":\"c\\\"d\"}") },
    Case { name: "rec#327", script: b"return {pcall(cjson.decode, '\"\\\\u00\"')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected value but found invalid unicode escape code at character 2")]) },
    Case { name: "rec#328", script: b"return {pcall(cjson.decode, '\"\\\\uD83D\\\\u0041\"')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected value but found invalid unicode escape code at character 2")]) },
    Case { name: "rec#329", script: b"return {pcall(cjson.decode, '\"\\\\uD83Dx\"')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected value but found invalid unicode escape code at character 2")]) },
    Case { name: "rec#330", script: b"return {pcall(cjson.decode, '\"\\\\uD83D\"')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected value but found invalid unicode escape code at character 2")]) },
    Case { name: "rec#331", script: b"return cjson.decode('[1.0, 2.50, -0.0e0]')[2]", argv: &[], expect: R::Int(2) },
    Case { name: "rec#332", script: b"return {pcall(cjson.decode, '\\f1')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected value but found invalid token at character 1")]) },
    Case { name: "rec#333", script: b"return {pcall(cjson.decode, '[1,\\n\\t2 ,\\r3]')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Arr(&[R::Int(1), R::Int(2), R::Int(3)])]) },
    Case { name: "rec#334", script: b"return {pcall(cjson.decode, '{\"a\":1,\"a\":2}')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Arr(&[])]) },
    Case { name: "rec#335", script: b"local t = cjson.decode('{\"a\":1,\"a\":2}') return t.a", argv: &[], expect: R::Int(2) },
    Case { name: "rec#336", script: b"return {pcall(cjson.decode, '{\"\":1}')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Arr(&[])]) },
    Case { name: "rec#337", script: b"local t = cjson.decode('{\"\":1}') return t['']", argv: &[], expect: R::Int(1) },
    Case { name: "rec#338", script: b"return {pcall(cjson.decode, '[true,false,null]')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Arr(&[R::Int(1), R::Nil, R::Nil])]) },
    Case { name: "rec#339", script: b"local t = cjson.decode('[true,false,null]') return {type(t[1]), type(t[2]), type(t[3]), #t}", argv: &[], expect: R::Arr(&[R::Bulk(b"boolean"), R::Bulk(b"boolean"), R::Bulk(b"userdata"), R::Int(3)]) },
    Case { name: "rec#340", script: b"return cjson.encode(cjson.decode('[[],{},[[]],[{}]]'))", argv: &[], expect: R::Bulk(b"[{},{},[{}],[{}]]") },
    Case { name: "rec#341", script: b"return cjson.encode({{1,2},{3,4}})", argv: &[], expect: R::Bulk(b"[[1,2],[3,4]]") },
    Case { name: "rec#342", script: b"return cjson.encode(cjson.decode('{\"a\":{\"b\":{\"c\":[1,2,{\"d\":null}]}}}'))", argv: &[], expect: R::Bulk(b"{\"a\":{\"b\":{\"c\":[1,2,{\"d\":null}]}}}") },
    Case { name: "rec#343", script: b"return {pcall(cjson.decode, '{\"a\":1}}')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected the end but found T_OBJ_END at character 8")]) },
    Case { name: "rec#344", script: b"return {pcall(cjson.decode, '[1]]')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected the end but found T_ARR_END at character 4")]) },
    Case { name: "rec#345", script: b"return {pcall(cjson.decode, '\"abc\"x')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected the end but found invalid token at character 6")]) },
    Case { name: "rec#346", script: b"return {pcall(cjson.decode, 'falsey')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected the end but found invalid token at character 6")]) },
    Case { name: "rec#347", script: b"return {pcall(cjson.decode, 'nulll')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Expected the end but found invalid token at character 5")]) },
    Case { name: "rec#348", script: b"return {pcall(cjson.decode, 'nan')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(-9223372036854775808)]) },
    Case { name: "rec#349", script: b"return {pcall(cjson.decode, '-Inf')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(-9223372036854775808)]) },
    Case { name: "rec#350", script: b"return tostring(cjson.decode('-0x10'))", argv: &[], expect: R::Bulk(b"-16") },
    Case { name: "rec#351", script: b"return tostring(cjson.decode('1e-400'))", argv: &[], expect: R::Bulk(b"0") },
    Case { name: "rec#352", script: b"return cjson.encode(cjson.decode('12345678901234567890'))", argv: &[], expect: R::Bulk(b"1.2345678901235e+19") },
    Case { name: "rec#353", script: b"return cjson.encode(3.14159265358979)", argv: &[], expect: R::Bulk(b"3.1415926535898") },
    Case { name: "rec#354", script: b"return cjson.encode(-1/3)", argv: &[], expect: R::Bulk(b"-0.33333333333333") },
    Case { name: "rec#355", script: b"return cjson.encode(100000000000000)", argv: &[], expect: R::Bulk(b"1e+14") },
    Case { name: "rec#356", script: b"return cjson.encode(1e14+0.5)", argv: &[], expect: R::Bulk(b"1e+14") },
    Case { name: "rec#357", script: b"return {pcall(cjson.encode, {1, 2, [3.5]=3})}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"{\"1\":1,\"2\":2,\"3.5\":3}")]) },
    Case { name: "rec#358", script: b"return {pcall(cjson.encode, {[-1]=1, [1]=2})}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"{\"-1\":1,\"1\":2}")]) },
    Case { name: "rec#359", script: b"return {pcall(cjson.encode, {[1]=1, [2]=2, [3]=3, [4]=4, [5]=5, [6]=6, [7]=7, [8]=8, [9]=9, [10]=10, [12]=12})}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"[1,2,3,4,5,6,7,8,9,10,null,12]")]) },
    Case { name: "rec#360", script: b"return {pcall(cjson.encode, {[1]=1, [30]=2})}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Cannot serialise table: excessively sparse array")]) },
    Case { name: "rec#361", script: b"return {pcall(cjson.encode, {[11]=1})}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"Cannot serialise table: excessively sparse array")]) },
    Case { name: "rec#362", script: b"return {pcall(cjson.encode, {[10]=1})}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"[null,null,null,null,null,null,null,null,null,1]")]) },
    Case { name: "rec#363", script: b"return cjson.encode({[3]=3, [2]=2, [1]=1})", argv: &[], expect: R::Bulk(b"[1,2,3]") },
    Case { name: "rec#364", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack({a={1,2,{b=true}}}))", argv: &[], expect: R::Bulk(b"81a16193010281a162c3") },
    Case { name: "rec#365", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack(-0.5, 0.25, -1e10, 1e10, 4294967296.5))", argv: &[], expect: R::Bulk(b"cabf000000ca3e800000d3fffffffdabf41c00cf00000002540be400cb41f0000000080000") },
    Case { name: "rec#366", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack({1, 'two', 3.5, false}))", argv: &[], expect: R::Bulk(b"9401a374776fca40600000c2") },
    Case { name: "rec#367", script: b"local t = cmsgpack.unpack(cmsgpack.pack({a={1,2,{b=true}}})) return {t.a[1], t.a[2], tostring(t.a[3].b)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(2), R::Bulk(b"true")]) },
    Case { name: "rec#368", script: b"local s = cmsgpack.pack(1, 'a', {2}) local o, v = cmsgpack.unpack_one(s) local o2, v2 = cmsgpack.unpack_one(s, o) local o3, v3 = cmsgpack.unpack_one(s, o2) return {o, v, o2, v2, o3, v3[1]}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(1), R::Int(3), R::Bulk(b"a"), R::Int(-1), R::Int(2)]) },
    Case { name: "rec#369", script: b"local s = cmsgpack.pack(1, 2, 3, 4) return {cmsgpack.unpack_limit(s, 2, 1)}", argv: &[], expect: R::Arr(&[R::Int(3), R::Int(2), R::Int(3)]) },
    Case { name: "rec#370", script: b"local s = cmsgpack.pack(1, 2, 3, 4) return {cmsgpack.unpack_limit(s, 10)}", argv: &[], expect: R::Arr(&[R::Int(-1), R::Int(1), R::Int(2), R::Int(3), R::Int(4)]) },
    Case { name: "rec#371", script: b"return {pcall(cmsgpack.unpack_one, cmsgpack.pack(1, 2), 2)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(-1)]) },
    Case { name: "rec#372", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack(string.rep('x', 40)) .. '')", argv: &[], expect: R::Bulk(b"d92878787878787878787878787878787878787878787878787878787878787878787878787878787878") },
    Case { name: "rec#373", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack({[1]='a', [2]='b', n=2}))", argv: &[], expect: R::Bulk(b"8301a16102a162a16e02") },
    Case { name: "rec#374", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn {bit.tohex(-1, -8), bit.tohex(0xabcdef), bit.tohex(65535, 4), bit.tohex(2^31), bit.tohex(-2^31, 8)}", argv: &[], expect: R::Arr(&[R::Bulk(b"FFFFFFFF"), R::Bulk(b"00abcdef"), R::Bulk(b"ffff"), R::Bulk(b"80000000"), R::Bulk(b"80000000")]) },
    Case { name: "rec#375", script: b"return {bit.lshift(0xff, 28), bit.rshift(0x80000000, 31), bit.arshift(0x80000000, 31), bit.rol(1, 63), bit.ror(1, 33), bit.lshift(1, -1)}", argv: &[], expect: R::Arr(&[R::Int(-268435456), R::Int(1), R::Int(-1), R::Int(-2147483648), R::Int(-2147483648), R::Int(-2147483648)]) },
    Case { name: "rec#376", script: b"return {bit.bnot(-1), bit.bnot(2^32), bit.band(2^32 + 5, 7), bit.bor(-1.5, 0), bit.bxor(0.5, 0)}", argv: &[], expect: R::Arr(&[R::Int(0), R::Int(-1), R::Int(5), R::Int(-2), R::Int(0)]) },
    Case { name: "rec#377", script: b"return {bit.tobit('10'), bit.tobit('1e3'), bit.band('0xff', '15')}", argv: &[], expect: R::Arr(&[R::Int(10), R::Int(1000), R::Int(15)]) },
    Case { name: "rec#378", script: b"return {bit.bswap(1), bit.bswap(0x01020304), bit.bswap(0x80)}", argv: &[], expect: R::Arr(&[R::Int(16777216), R::Int(67305985), R::Int(-2147483648)]) },
    Case { name: "rec#379", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn {hex(struct.pack('>!4bhi', 1, 2, 3)), hex(struct.pack('<!2bhi', 1, 2, 3)), hex(struct.pack('!8bl', 1, 2))}", argv: &[], expect: R::Arr(&[R::Bulk(b"0100000200000003"), R::Bulk(b"0100020003000000"), R::Bulk(b"01000000000000000200000000000000")]) },
    Case { name: "rec#380", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn {hex(struct.pack('c0c0', 'ab', 'cde')), hex(struct.pack('s s', 'a', 'b'))}", argv: &[], expect: R::Arr(&[R::Bulk(b"6162636465"), R::Bulk(b"61006200")]) },
    Case { name: "rec#381", script: b"return {struct.unpack('<!4 b i', '\\1\\0\\0\\0\\2\\0\\0\\0', 1)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(2), R::Int(9)]) },
    Case { name: "rec#382", script: b"return {struct.unpack('>hHbB', '\\255\\255\\255\\255\\128\\128')}", argv: &[], expect: R::Arr(&[R::Int(-1), R::Int(65535), R::Int(-128), R::Int(128), R::Int(7)]) },
    Case { name: "rec#383", script: b"return {struct.unpack('<d', struct.pack('<d', -1.5))}", argv: &[], expect: R::Arr(&[R::Int(-1), R::Int(9)]) },
    Case { name: "rec#384", script: b"return {struct.size('>!4 h b d c3 x i2')}", argv: &[], expect: R::Arr(&[R::Int(18)]) },
    Case { name: "rec#385", script: b"return {pcall(struct.unpack, '>i', '\\0\\0\\0\\1\\0', 2)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(256), R::Int(6)]) },
    Case { name: "rec#386", script: b"return {pcall(struct.unpack, 'i', '\\1\\0\\0\\0', 1.5)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(1), R::Int(5)]) },
    Case { name: "rec#387", script: b"return {pcall(struct.pack, '>I', -1)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"\xff\xff\xff\xff")]) },
    Case { name: "rec#388", script: b"return {pcall(struct.pack, '>I3', 2^24)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"\x00\x00\x00")]) },
    Case { name: "rec#389", script: b"return {pcall(struct.pack, '<i2', 32768)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"\x00\x80")]) },
    Case { name: "rec#390", script: b"return {pcall(struct.unpack, 'c3c0', 'abc')}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"format 'c0' needs a previous size")]) },
    Case { name: "rec#391", script: b"return {pcall(struct.unpack, 'b c0', '\\2xyz')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"xy"), R::Int(4)]) },
    Case { name: "rec#392", script: b"return {pcall(struct.pack, '!16i', 1)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"\x01\x00\x00\x00")]) },
    Case { name: "rec#393", script: b"return {pcall(struct.pack, '!0i', 1)}", argv: &[], expect: R::Arr(&[R::Nil, R::Bulk(b"alignment 0 is not a power of 2")]) },
    Case { name: "rec#394", script: b"return {pcall(struct.size, 'i17 i32')}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(49)]) },
    Case { name: "rec#395", script: b"return {pcall(struct.pack, 'I9', -1)}", argv: &[], expect: R::Arr(&[R::Int(1), R::Bulk(b"\xff\xff\xff\xff\xff\xff\xff\xff\x00")]) },
    Case { name: "rec#396", script: b"return {pcall(struct.unpack, 'I9', string.rep('\\255', 9))}", argv: &[], expect: R::Arr(&[R::Int(1), R::Int(-9223372036854775808), R::Int(10)]) },
    Case { name: "rec#397", script: b"return cjson.encode(cjson.decode('{\"type\":0,\"id\":1}'))", argv: &[], expect: R::Bulk(b"{\"id\":1,\"type\":0}") },
    Case { name: "rec#398", script: b"return cjson.encode(cjson.decode('{\"c\":0,\"type\":1,\"bar\":2}'))", argv: &[], expect: R::Bulk(b"{\"type\":1,\"c\":0,\"bar\":2}") },
    Case { name: "rec#399", script: b"return cjson.encode(cjson.decode('{\"y\":0,\"n\":1,\"key\":2}'))", argv: &[], expect: R::Bulk(b"{\"y\":0,\"key\":2,\"n\":1}") },
    Case { name: "rec#400", script: b"return cjson.encode(cjson.decode('{\"data\":0,\"bar\":1}'))", argv: &[], expect: R::Bulk(b"{\"data\":0,\"bar\":1}") },
    Case { name: "rec#401", script: b"return cjson.encode(cjson.decode('{\"a\":0,\"k3\":1,\"user\":2,\"key\":3,\"msg\":4,\"bar\":5}'))", argv: &[], expect: R::Bulk(b"{\"a\":0,\"key\":3,\"user\":2,\"msg\":4,\"k3\":1,\"bar\":5}") },
    Case { name: "rec#402", script: b"return cjson.encode(cjson.decode('{\"id\":0,\"bar\":1}'))", argv: &[], expect: R::Bulk(b"{\"id\":0,\"bar\":1}") },
    Case { name: "rec#403", script: b"return cjson.encode(cjson.decode('{\"z\":0,\"baz\":1,\"x\":2,\"k2\":3,\"name\":4}'))", argv: &[], expect: R::Bulk(b"{\"x\":2,\"name\":4,\"z\":0,\"baz\":1,\"k2\":3}") },
    Case { name: "rec#404", script: b"return cjson.encode(cjson.decode('{\"bar\":0,\"value\":1,\"name\":2,\"a\":3,\"k3\":4}'))", argv: &[], expect: R::Bulk(b"{\"a\":3,\"name\":2,\"value\":1,\"k3\":4,\"bar\":0}") },
    Case { name: "rec#405", script: b"return cjson.encode(cjson.decode('{\"status\":0,\"y\":1,\"c\":2,\"n\":3,\"score\":4}'))", argv: &[], expect: R::Bulk(b"{\"y\":1,\"c\":2,\"status\":0,\"score\":4,\"n\":3}") },
    Case { name: "rec#406", script: b"return cjson.encode(cjson.decode('{\"k3\":0,\"type\":1,\"title\":2}'))", argv: &[], expect: R::Bulk(b"{\"type\":1,\"k3\":0,\"title\":2}") },
    Case { name: "rec#407", script: b"return cjson.encode(cjson.decode('{\"score\":0,\"msg\":1,\"a\":2,\"id\":3,\"foo\":4}'))", argv: &[], expect: R::Bulk(b"{\"a\":2,\"score\":0,\"id\":3,\"msg\":1,\"foo\":4}") },
    Case { name: "rec#408", script: b"return cjson.encode(cjson.decode('{\"data\":0,\"count\":1,\"x\":2,\"k2\":3,\"items\":4,\"ts\":5}'))", argv: &[], expect: R::Bulk(b"{\"items\":4,\"x\":2,\"count\":1,\"ts\":5,\"data\":0,\"k2\":3}") },
    Case { name: "rec#409", script: b"return cjson.encode(cjson.decode('{\"c\":0,\"k1\":1,\"y\":2}'))", argv: &[], expect: R::Bulk(b"{\"k1\":1,\"c\":0,\"y\":2}") },
    Case { name: "rec#410", script: b"return cjson.encode(cjson.decode('{\"count\":0,\"k3\":1,\"err\":2,\"c\":3}'))", argv: &[], expect: R::Bulk(b"{\"c\":3,\"err\":2,\"k3\":1,\"count\":0}") },
    Case { name: "rec#411", script: b"return cjson.encode(cjson.decode('{\"list\":0,\"value\":1,\"items\":2,\"msg\":3,\"b\":4}'))", argv: &[], expect: R::Bulk(b"{\"items\":2,\"list\":0,\"value\":1,\"msg\":3,\"b\":4}") },
    Case { name: "rec#412", script: b"return cjson.encode(cjson.decode('{\"items\":0,\"list\":1}'))", argv: &[], expect: R::Bulk(b"{\"items\":0,\"list\":1}") },
    Case { name: "rec#413", script: b"return cjson.encode(cjson.decode('{\"value\":0,\"err\":1}'))", argv: &[], expect: R::Bulk(b"{\"value\":0,\"err\":1}") },
    Case { name: "rec#414", script: b"return cjson.encode(cjson.decode('{\"v\":0,\"baz\":1,\"key\":2,\"status\":3,\"ok\":4}'))", argv: &[], expect: R::Bulk(b"{\"ok\":4,\"key\":2,\"baz\":1,\"status\":3,\"v\":0}") },
    Case { name: "rec#415", script: b"return cjson.encode(cjson.decode('{\"a\":0,\"err\":1,\"k1\":2,\"type\":3}'))", argv: &[], expect: R::Bulk(b"{\"a\":0,\"err\":1,\"type\":3,\"k1\":2}") },
    Case { name: "rec#416", script: b"return cjson.encode(cjson.decode('{\"ts\":0,\"score\":1,\"title\":2,\"v\":3}'))", argv: &[], expect: R::Bulk(b"{\"title\":2,\"ts\":0,\"score\":1,\"v\":3}") },
    Case { name: "rec#417", script: b"return cjson.encode(cjson.decode('{\"count\":0,\"id\":1,\"status\":2}'))", argv: &[], expect: R::Bulk(b"{\"id\":1,\"count\":0,\"status\":2}") },
    Case { name: "rec#418", script: b"return cjson.encode(cjson.decode('{\"status\":0,\"tags\":1,\"list\":2,\"key\":3}'))", argv: &[], expect: R::Bulk(b"{\"status\":0,\"list\":2,\"key\":3,\"tags\":1}") },
    Case { name: "rec#419", script: b"return cjson.encode(cjson.decode('{\"b\":0,\"a\":1,\"err\":2,\"ts\":3,\"list\":4,\"items\":5}'))", argv: &[], expect: R::Bulk(b"{\"a\":1,\"ts\":3,\"b\":0,\"err\":2,\"items\":5,\"list\":4}") },
    Case { name: "rec#420", script: b"return cjson.encode(cjson.decode('{\"status\":0,\"value\":1,\"k2\":2,\"a\":3,\"score\":4}'))", argv: &[], expect: R::Bulk(b"{\"a\":3,\"score\":4,\"status\":0,\"value\":1,\"k2\":2}") },
    Case { name: "rec#421", script: b"return cjson.encode(cjson.decode('{\"v\":0,\"count\":1,\"ok\":2,\"err\":3,\"score\":4,\"x\":5}'))", argv: &[], expect: R::Bulk(b"{\"ok\":2,\"x\":5,\"count\":1,\"err\":3,\"score\":4,\"v\":0}") },
    Case { name: "rec#422", script: b"return cjson.encode(cjson.decode('{\"list\":0,\"x\":1}'))", argv: &[], expect: R::Bulk(b"{\"x\":1,\"list\":0}") },
    Case { name: "rec#423", script: b"return cjson.encode(cjson.decode('{\"type\":0,\"ts\":1,\"k1\":2,\"data\":3,\"value\":4}'))", argv: &[], expect: R::Bulk(b"{\"ts\":1,\"k1\":2,\"value\":4,\"data\":3,\"type\":0}") },
    Case { name: "rec#424", script: b"return cjson.encode(cjson.decode('{\"a\":0,\"data\":1,\"title\":2,\"score\":3}'))", argv: &[], expect: R::Bulk(b"{\"a\":0,\"score\":3,\"data\":1,\"title\":2}") },
    Case { name: "rec#425", script: b"return cjson.encode(cjson.decode('{\"title\":0,\"type\":1,\"y\":2,\"baz\":3}'))", argv: &[], expect: R::Bulk(b"{\"y\":2,\"type\":1,\"title\":0,\"baz\":3}") },
    Case { name: "rec#426", script: b"return cjson.encode(cjson.decode('{\"bar\":0,\"id\":1,\"data\":2,\"name\":3}'))", argv: &[], expect: R::Bulk(b"{\"id\":1,\"name\":3,\"data\":2,\"bar\":0}") },
    Case { name: "rec#427", script: b"return cjson.encode(cjson.decode('{\"count\":0,\"k2\":1,\"k1\":2}'))", argv: &[], expect: R::Bulk(b"{\"k1\":2,\"count\":0,\"k2\":1}") },
    Case { name: "rec#428", script: b"return cjson.encode(cjson.decode('{\"y\":0,\"n\":1,\"k3\":2,\"user\":3,\"err\":4}'))", argv: &[], expect: R::Bulk(b"{\"y\":0,\"user\":3,\"err\":4,\"k3\":2,\"n\":1}") },
    Case { name: "rec#429", script: b"return cjson.encode(cjson.decode('{\"bar\":0,\"items\":1}'))", argv: &[], expect: R::Bulk(b"{\"items\":1,\"bar\":0}") },
    Case { name: "rec#430", script: b"return cjson.encode(cjson.decode('{\"x\":0,\"ok\":1,\"n\":2,\"k2\":3,\"c\":4,\"err\":5}'))", argv: &[], expect: R::Bulk(b"{\"ok\":1,\"x\":0,\"c\":4,\"err\":5,\"k2\":3,\"n\":2}") },
    Case { name: "rec#431", script: b"return cjson.encode(cjson.decode('{\"status\":0,\"y\":1,\"count\":2,\"a\":3,\"ts\":4,\"k3\":5}'))", argv: &[], expect: R::Bulk(b"{\"a\":3,\"ts\":4,\"count\":2,\"status\":0,\"k3\":5,\"y\":1}") },
    Case { name: "rec#432", script: b"return cjson.encode(cjson.decode('{\"list\":0,\"data\":1,\"type\":2}'))", argv: &[], expect: R::Bulk(b"{\"type\":2,\"data\":1,\"list\":0}") },
    Case { name: "rec#433", script: b"return cjson.encode(cjson.decode('{\"baz\":0,\"ok\":1,\"n\":2,\"count\":3,\"data\":4}'))", argv: &[], expect: R::Bulk(b"{\"ok\":1,\"count\":3,\"baz\":0,\"data\":4,\"n\":2}") },
    Case { name: "rec#434", script: b"return cjson.encode(cjson.decode('{\"status\":0,\"b\":1,\"count\":2,\"list\":3}'))", argv: &[], expect: R::Bulk(b"{\"status\":0,\"list\":3,\"count\":2,\"b\":1}") },
    Case { name: "rec#435", script: b"return cjson.encode(cjson.decode('{\"v\":0,\"err\":1,\"c\":2,\"user\":3,\"list\":4}'))", argv: &[], expect: R::Bulk(b"{\"c\":2,\"user\":3,\"err\":1,\"list\":4,\"v\":0}") },
    Case { name: "rec#436", script: b"return cjson.encode(cjson.decode('{\"x\":0,\"key\":1,\"foo\":2,\"z\":3,\"score\":4}'))", argv: &[], expect: R::Bulk(b"{\"x\":0,\"key\":1,\"z\":3,\"score\":4,\"foo\":2}") },
    Case { name: "rec#437", script: b"return cjson.encode(cjson.decode('{\"y\":0,\"a\":1,\"v\":2,\"x\":3}'))", argv: &[], expect: R::Bulk(b"{\"a\":1,\"x\":3,\"y\":0,\"v\":2}") },
    Case { name: "rec#438", script: b"return cjson.encode(cjson.decode('{\"x\":0,\"items\":1,\"foo\":2}'))", argv: &[], expect: R::Bulk(b"{\"items\":1,\"x\":0,\"foo\":2}") },
    Case { name: "rec#439", script: b"return cjson.encode(cjson.decode('{\"a\":0,\"ok\":1,\"type\":2,\"k3\":3,\"user\":4,\"key\":5}'))", argv: &[], expect: R::Bulk(b"{\"a\":0,\"type\":2,\"key\":5,\"user\":4,\"k3\":3,\"ok\":1}") },
    Case { name: "rec#440", script: b"return cjson.encode(cjson.decode('{\"c\":0,\"baz\":1,\"msg\":2,\"value\":3,\"k2\":4,\"k3\":5}'))", argv: &[], expect: R::Bulk(b"{\"c\":0,\"baz\":1,\"value\":3,\"msg\":2,\"k3\":5,\"k2\":4}") },
    Case { name: "rec#441", script: b"return cjson.encode(cjson.decode('{\"count\":0,\"id\":1}'))", argv: &[], expect: R::Bulk(b"{\"count\":0,\"id\":1}") },
    Case { name: "rec#442", script: b"return cjson.encode(cjson.decode('{\"c\":0,\"v\":1,\"score\":2,\"type\":3,\"foo\":4}'))", argv: &[], expect: R::Bulk(b"{\"type\":3,\"c\":0,\"foo\":4,\"score\":2,\"v\":1}") },
    Case { name: "rec#443", script: b"return cjson.encode(cjson.decode('{\"key\":0,\"value\":1,\"a\":2}'))", argv: &[], expect: R::Bulk(b"{\"value\":1,\"key\":0,\"a\":2}") },
    Case { name: "rec#444", script: b"return cjson.encode(cjson.decode('{\"a\":0,\"k1\":1,\"type\":2,\"err\":3,\"y\":4,\"status\":5}'))", argv: &[], expect: R::Bulk(b"{\"a\":0,\"type\":2,\"k1\":1,\"err\":3,\"status\":5,\"y\":4}") },
    Case { name: "rec#445", script: b"return cjson.encode(cjson.decode('{\"y\":0,\"id\":1,\"count\":2,\"tags\":3,\"b\":4}'))", argv: &[], expect: R::Bulk(b"{\"y\":0,\"count\":2,\"tags\":3,\"id\":1,\"b\":4}") },
    Case { name: "rec#446", script: b"return cjson.encode(cjson.decode('{\"score\":0,\"title\":1}'))", argv: &[], expect: R::Bulk(b"{\"score\":0,\"title\":1}") },
    Case { name: "rec#447", script: b"local t = cjson.decode('{\"b\":1,\"a\":2,\"c\":{\"z\":1,\"y\":2,\"x\":3}}') return cjson.encode(t)", argv: &[], expect: R::Bulk(b"{\"a\":2,\"c\":{\"y\":2,\"x\":3,\"z\":1},\"b\":1}") },
    Case { name: "rec#448", script: b"local t = cjson.decode('{\"b\":1,\"a\":2}') t.c = 3 return cjson.encode(t)", argv: &[], expect: R::Bulk(b"{\"a\":2,\"c\":3,\"b\":1}") },
    Case { name: "rec#449", script: b"local t = cjson.decode('{\"k1\":1,\"k2\":2,\"k3\":3,\"k1\":4}') return cjson.encode(t)", argv: &[], expect: R::Bulk(b"{\"k1\":4,\"k3\":3,\"k2\":2}") },
    Case { name: "rec#450", script: b"return cjson.encode(cjson.decode('[{\"name\":\"a\",\"id\":1},{\"id\":2,\"name\":\"b\"}]'))", argv: &[], expect: R::Bulk(b"[{\"name\":\"a\",\"id\":1},{\"id\":2,\"name\":\"b\"}]") },
    Case { name: "rec#451", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0areturn hex(cmsgpack.pack(cmsgpack.unpack(cmsgpack.pack({status='ok', count=10, name='x', id=5}))))", argv: &[], expect: R::Bulk(b"84a2696405a46e616d65a178a5636f756e740aa6737461747573a26f6b") },
    Case { name: "rec#452", script: b"local t = cmsgpack.unpack('\\131\\166status\\162ok\\165count\\10\\164name\\161x') return cjson.encode(t)", argv: &[], expect: R::Bulk(b"{\"status\":\"ok\",\"count\":10,\"name\":\"x\"}") },
    Case { name: "rec#453", script: b"local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end\x0alocal t = cmsgpack.unpack('\\131\\164name\\161x\\165count\\10\\166status\\162ok') return hex(cmsgpack.pack(t))", argv: &[], expect: R::Bulk(b"83a6737461747573a26f6ba5636f756e740aa46e616d65a178") },
];

// END GENERATED

// How the GENERATED section was produced (kept for regeneration; Python 3, stdlib only).
// Start `redis-server --port 7431 --save '' --appendonly no` (7.0.15), put one script per line
// in cases.txt (`#ML ` prefix: `\n` escapes become newlines), then
// `python3 gen.py cases.txt 7431 > gen.rs` and paste between the markers. `SCRIPT FLUSH` runs
// before each case so cjson configuration changes do not leak between cases.
//
// ---- rec.py ----
// import socket, sys, json
// class C:
//     def __init__(s, port=7431):
//         s.s = socket.create_connection(('127.0.0.1', port)); s.f = s.s.makefile('rb')
//     def cmd(s, *args):
//         out = b'*%d\r\n' % len(args)
//         for a in args:
//             if isinstance(a, str): a = a.encode('latin-1') if all(ord(c)<256 for c in a) else a.encode()
//             out += b'$%d\r\n%s\r\n' % (len(a), a)
//         s.s.sendall(out); return s.read()
//     def read(s):
//         line = s.f.readline()[:-2]; t = line[:1]; rest = line[1:]
//         if t == b'+': return {'status': rest}
//         if t == b'-': return {'error': rest}
//         if t == b':': return {'int': int(rest)}
//         if t == b'$':
//             n = int(rest)
//             if n < 0: return {'nil': True}
//             d = s.f.read(n + 2)[:-2]; return {'bulk': d}
//         if t == b'*':
//             n = int(rest)
//             if n < 0: return {'nilarray': True}
//             return {'array': [s.read() for _ in range(n)]}
//         raise Exception(line)
// def show(r):
//     if 'array' in r: return '[' + ', '.join(show(x) for x in r['array']) + ']'
//     if 'bulk' in r: return repr(r['bulk'])[1:]
//     if 'nil' in r: return 'nil'
//     if 'int' in r: return str(r['int'])
//     if 'error' in r: return 'ERR<' + r['error'].decode('latin-1') + '>'
//     return repr(r)
// if __name__ == '__main__':
//     c = C()
//     src = open(sys.argv[1]).read() if len(sys.argv) > 1 else sys.stdin.read()
//     for line in src.split('\n'):
//         if not line.strip() or line.startswith('--'): continue
//         print(line, ' => ', show(c.cmd('EVAL', line, '0')))
//
// ---- gen.py ----
// # Generates Rust case tables for engine/tests/lualibs_conformance.rs.
// # CORPUS: from the shared conformance corpus; RECORDED: scripts in cases.txt run on real Redis 7.0.15.
// import json, re, sys, base64
// sys.path.insert(0, '/tmp/lualibs')
// from rec import C
//
// def lit(b):
//     if isinstance(b, str): b = b.encode('utf-8', 'surrogatepass')
//     out = []
//     for x in b:
//         c = chr(x)
//         if c == '\\': out.append('\\\\')
//         elif c == '"': out.append('\\"')
//         elif 32 <= x < 127: out.append(c)
//         else: out.append('\\x%02x' % x)
//     return 'b"' + ''.join(out) + '"'
//
// HEX_DEF = "local function hex(s) return (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end)) end"
// ERR_RE = re.compile(rb'^ERR (.*?) script: [0-9a-f]{40}, on @user_script:\d+\.$', re.S)
// def rust_reply(r, from_json=False):
//     if from_json:
//         # corpus JSON form
//         if 'array' in r: return 'R::Arr(&[' + ', '.join(rust_reply(x, True) for x in r['array']) + '])'
//         if 'bulk' in r: return 'R::Bulk(' + lit(r['bulk']) + ')'
//         if 'int' in r: return 'R::Int(%d)' % r['int']
//         if 'nil' in r: return 'R::Nil'
//         if 'status' in r: return 'R::Status(' + lit(r['status']) + ')'
//         if 'error' in r:
//             m = ERR_RE.match(r['error'].encode())
//             return 'R::Err(' + lit(m.group(1) if m else r['error']) + ')'
//         raise Exception(r)
//     if 'array' in r: return 'R::Arr(&[' + ', '.join(rust_reply(x) for x in r['array']) + '])'
//     if 'bulk' in r: return 'R::Bulk(' + lit(r['bulk']) + ')'
//     if 'int' in r: return 'R::Int(%d)' % r['int']
//     if 'nil' in r: return 'R::Nil'
//     if 'status' in r: return 'R::Status(' + lit(r['status']) + ')'
//     if 'error' in r:
//         m = ERR_RE.match(r['error'])
//         return 'R::Err(' + lit(m.group(1) if m else r['error']) + ')'
//     raise Exception(r)
//
// out = []
// out.append('/// Cases from /work/shared/conformance/corpus/libs_cjson_cmsgpack_bit_struct.json (recorded from Redis 7.0.15).')
// out.append('const CORPUS: &[Case] = &[')
// d = json.load(open('/work/shared/conformance/corpus/libs_cjson_cmsgpack_bit_struct.json'))
// for c in d['cases']:
//     for i, cmd in enumerate(c['commands']):
//         a = cmd['args']
//         if a[0] != 'EVAL' or 'redis.' in a[1] or a[2] != '0': continue
//         argv = []
//         for x in a[3:]:
//             argv.append(base64.b64decode(x['b64']) if isinstance(x, dict) else x.encode())
//         out.append('    Case { name: %s, script: %s, argv: &[%s], expect: %s },' % (
//             json.dumps('%s#%d' % (c['name'], i)), lit(a[1]), ', '.join(lit(x) for x in argv), rust_reply(cmd['expect'], True)))
// out.append('];')
// out.append('')
// out.append('/// Cases recorded by running each script with EVAL on a real Redis 7.0.15 server.')
// out.append('const RECORDED: &[Case] = &[')
// cl = C(int(sys.argv[2]) if len(sys.argv) > 2 else 7431)
// n = 0
// for line in open(sys.argv[1]).read().split('\n'):
//     if not line.strip() or line.startswith('--'): continue
//     script = line.replace('\\n', '\n') if line.startswith('#ML ') else line
//     if script.startswith('#ML '): script = script[4:]
//     cl.cmd('SCRIPT', 'FLUSH')
//     if 'hex(' in script: script = HEX_DEF + '\n' + script
//     r = cl.cmd('EVAL', script, '0')
//     n += 1
//     out.append('    Case { name: "rec#%d", script: %s, argv: &[], expect: %s },' % (n, lit(script), rust_reply(r)))
// out.append('];')
// print('\n'.join(out))
