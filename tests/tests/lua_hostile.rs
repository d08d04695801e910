//! Hostile Lua: every script here must end as a Lua error or hit the step/memory budget —
//! never panic or abort. Cases marked `fail` must not complete normally.

use engine::lua::harness::{install_print, run, Limits, Outcome};
use engine::lua::LuaRuntime;

const CASES: &[(&str, bool, &str)] = &[
    ("minint_mod", false, "return -2^63 % -1, math.fmod(-2^63, -1), -2^63 % 0"),
    ("abs_minint", false, "return math.abs(-2^63), math.floor(2^1000), math.ceil(-2^1000)"),
    ("unpack_huge", false, "return unpack({}, 1, 2^31)"),
    ("unpack_huge2", true, "return unpack({}, -2^31 + 1, 2^31 - 1)"),
    ("unpack_float_range", false, "return unpack({}, 1, 2^63)"),
    ("rep_huge", false, "return string.rep('x', 2^40)"),
    ("rep_huge_sep", true, "return string.rep('x', 2^30, 'yy')"),
    ("rep_method_chain", true, "return ('x'):rep(1e7):rep(1e7)"),
    ("concat_doubling", true, "local s = 'x' for i = 1, 100 do s = s .. s end return #s"),
    ("concat_chain_doubling", true, "local s = 'xy' while true do s = s .. s .. s end"),
    ("table_concat_huge", true, "local t = {} local s = ('x'):rep(1e6) for i = 1, 200 do t[i] = s end return #table.concat(t, s)"),
    ("deep_recursion", true, "local function f() return 1 + f() end return f()"),
    ("deep_recursion_pcall", true, "local function f() return 1 + f() end return pcall(f)"),
    ("index_fn_recursion", true, "local t = setmetatable({}, {__index = function(t, k) return t[k] end}) return t.x"),
    ("index_table_loop", true, "local t = {} setmetatable(t, {__index = t}) return t.x"),
    ("index_two_cycle", true, "local a, b = {}, {} setmetatable(a, {__index = b}) setmetatable(b, {__index = a}) return a.x"),
    ("newindex_loop", true, "local t = {} setmetatable(t, {__newindex = t}) t.x = 1"),
    ("call_loop", true, "local t = {} setmetatable(t, {__call = t}) return t()"),
    ("tostring_errors", true, "return tostring(setmetatable({}, {__tostring = function() error('x') end}))"),
    ("tostring_returns_table", false, "return tostring(setmetatable({}, {__tostring = function() return {} end}))"),
    ("infinite_loop", true, "while true do end"),
    ("infinite_for", true, "for i = 1, math.huge do end"),
    ("table_fill", true, "local t = {} for i = 1, 1e9 do t[i] = i end"),
    ("hash_fill", true, "local t = {} for i = 1, 1e9 do t['k' .. i] = i end"),
    ("dead_keys_churn", false, "local t = {} for i = 1, 20000 do t['k' .. i] = i; if i % 3 == 0 then t['k' .. (i - 1)] = nil end end local n = 0 for _ in pairs(t) do n = n + 1 end return n"),
    ("dead_keys_clear_refill", false, "local t = {} for r = 1, 20 do for i = 1, 100 do t['x' .. i] = i end for k in pairs(t) do t[k] = nil end end return next(t)"),
    ("dead_keys_maybe_nil", false, "local t, none = {}, nil for i = 1, 50 do t['a' .. i] = i end for i = 1, 50 do t['a' .. i] = none end for i = 1, 500 do t['b' .. i] = i end return #t"),
    ("dead_keys_meta", false, "local t = setmetatable({}, {}) for i = 1, 100 do t['a' .. i] = i; t['a' .. i] = nil end for i = 1, 300 do t['c' .. i] = i end return 1"),
    ("dead_keys_rawset", false, "local t = {} for i = 1, 100 do rawset(t, 'a' .. i, i) rawset(t, 'a' .. i, nil) end for i = 1, 300 do t['c' .. i] = 1 end return 1"),
    ("dead_keys_multi_assign", false, "local t = {} for i = 1, 100 do t.a, t.b, t['c' .. i] = nil, nil, i end return 1"),
    ("insert_far_negative", true, "local t = {1, 2, 3} table.insert(t, -2^31, 1)"),
    ("remove_far_negative", true, "local t = {1, 2, 3} table.remove(t, -2^31)"),
    ("insert_far_positive", false, "local t = {} table.insert(t, 2^31 - 1, 1) return #t"),
    ("sort_bad_comparator", true, "local t = {} for i = 1, 1000 do t[i] = i % 7 end table.sort(t, function(a, b) return true end)"),
    ("sort_erroring_comparator", true, "local t = {} for i = 1, 100 do t[i] = i end table.sort(t, function(a, b) error('no') end)"),
    ("sort_mixed", true, "table.sort({1, 'x', {}, 2})"),
    ("select_extremes", false, "return pcall(select, -2^31, 1), pcall(select, 2^31, 1), pcall(select, 0/0, 1)"),
    ("nan_key", true, "local t = {} t[0/0] = 1"),
    ("nil_key", true, "local t = {} t[nil] = 1"),
    ("rawset_nil_key", true, "rawset({}, nil, 1)"),
    ("next_bad_key", true, "return next({}, {})"),
    ("loadstring_deep_parens", false, "return loadstring(string.rep('(', 100000))"),
    ("loadstring_deep_tables", false, "return loadstring('return ' .. string.rep('{', 100000))"),
    ("loadstring_nest_ok", false, "local f = assert(loadstring('return ' .. string.rep('(', 90) .. '1' .. string.rep(')', 90))) return f()"),
    ("loadstring_nest_blocks_ok", false, "local f = assert(loadstring(string.rep('do ', 90) .. string.rep('end ', 90))) return f()"),
    ("loadstring_long_expr", false, "local f = loadstring('return 1' .. string.rep(' + 1', 20000)) return f and f()"),
    ("loadstring_long_concat", false, "local f = loadstring('return \"a\"' .. string.rep(' .. \"a\"', 5000)) return f and #f()"),
    ("loadstring_many_locals", false, "local src = {} for i = 1, 300 do src[i] = 'local v' .. i .. ' = ' .. i end return loadstring(table.concat(src, '\\n'))"),
    ("loadstring_bytecode", false, "return loadstring('\\27Lua\\81\\0\\1\\4\\8\\4\\8\\0')"),
    ("format_huge_width", false, "return pcall(string.format, '%99999d', 1)"),
    ("format_many", false, "return pcall(string.format, string.rep('%d', 1000), 1)"),
    ("pattern_backtracking", false, "return pcall(string.find, string.rep('a', 40), string.rep('a*', 40) .. 'b')"),
    ("pattern_deep", false, "return pcall(string.find, string.rep('a', 100000), string.rep('(', 40))"),
    ("gsub_huge", true, "local s = string.rep('x', 1e6) return string.gsub(s, 'x', string.rep('y', 1000))"),
    ("char_unpack_big", true, "local t = {} for i = 1, 10000 do t[i] = 65 end return string.char(unpack(t))"),
    ("coroutine_loop", true, "local f = coroutine.wrap(function() while true do coroutine.yield(1) end end) while true do f() end"),
    ("coroutine_nesting", true, "local function f() return coroutine.wrap(f)() end return f()"),
    ("error_error_object", false, "return pcall(error, setmetatable({}, {__tostring = function() error('y') end}))"),
    ("xpcall_handler_errors", false, "return xpcall(function() error('a') end, function() error('b') end)"),
    ("xpcall_recursive_handler", true, "local function h(m) error(m) end return xpcall(function() error('a') end, h), error('z')"),
    ("cjson_deep", false, "return pcall(cjson.decode, string.rep('[', 100000))"),
    ("cjson_encode_cycle", false, "local t = {} t[1] = t return pcall(cjson.encode, t)"),
    ("cmsgpack_garbage", false, "return pcall(cmsgpack.unpack, '\\221\\255\\255\\255\\255')"),
    ("cmsgpack_deep", false, "local t = {} local c = t for i = 1, 10000 do c[1] = {} c = c[1] end return pcall(cmsgpack.pack, t)"),
    ("bit_extremes", false, "return bit.lshift(1, 2^40), bit.tobit(2^63), bit.band(0/0, 1)"),
    ("struct_garbage", false, "return pcall(struct.unpack, 'i99999', 'x'), pcall(struct.pack, 'c99999999999', 'x')"),
    ("tonumber_extremes", false, "return tonumber('1e999'), tonumber(string.rep('9', 1000)), tonumber('z', 36), tonumber('-', 10)"),
    ("tostring_extremes", false, "return tostring(2^-1074), tostring(-0/1), tostring(1e308 * 10)"),
    ("string_methods_on_numbers", false, "local n = 5 return pcall(function() return n:rep(2) end)"),
    ("global_assign_in_loop", false, "for i = 1, 1000 do _G['g' .. i] = i; _G['g' .. i] = nil end return 1"),
    ("many_upvalues", false, "local src = {} for i = 1, 100 do src[#src + 1] = 'local u' .. i .. ' = ' .. i end src[#src + 1] = 'return function() return u1' for i = 2, 100 do src[#src + 1] = ' + u' .. i end src[#src + 1] = ' end' return pcall(loadstring(table.concat(src, '\\n')))"),
    ("vararg_huge", true, "local t = {} for i = 1, 7999 do t[i] = i end local function f(...) return select('#', ...) end return f(unpack(t)), f(unpack(t, 1, 8000))"),
];

fn limits() -> Limits {
    Limits {
        fuel_per_step: 4096,
        max_steps: 3_000,
        max_memory: 256 * 1024 * 1024,
    }
}

#[test]
fn hostile_scripts_never_panic() {
    let mut bad = Vec::new();
    let filter = std::env::var("HOSTILE_CASE").ok();
    for (name, must_fail, src) in CASES {
        if filter.as_deref().is_some_and(|f| !name.contains(f)) {
            continue;
        }
        eprintln!("hostile case {name}");
        let outcome = std::panic::catch_unwind(|| {
            let mut rt = LuaRuntime::new();
            install_print(&mut rt);
            run(&mut rt, "user_script", src.as_bytes(), limits())
        });
        match outcome {
            Err(_) => bad.push(format!("{name}: PANIC")),
            Ok(o) => {
                let shown = match &o {
                    Outcome::Ok(v) => format!(
                        "ok {:?}",
                        v.iter()
                            .map(|x| String::from_utf8_lossy(x)
                                .chars()
                                .take(60)
                                .collect::<String>())
                            .collect::<Vec<_>>()
                    ),
                    Outcome::Error(e) => {
                        format!(
                            "error {}",
                            String::from_utf8_lossy(e)
                                .chars()
                                .take(100)
                                .collect::<String>()
                        )
                    }
                    other => format!("{other:?}"),
                };
                println!("{name}: {shown}");
                if *must_fail && matches!(o, Outcome::Ok(_)) {
                    bad.push(format!("{name}: completed normally"));
                }
            }
        }
    }
    assert!(bad.is_empty(), "hostile failures: {bad:?}");
}

#[test]
fn hostile_sealed_sandbox() {
    let escapes = [
        "_G.x = 1",
        "x = 1",
        "rawset(_G, 'x', 1)",
        "setmetatable(_G, {})",
        "getmetatable(_G).__newindex = nil",
        "getmetatable(_G).__index.cjson = {}",
        "string.upper = nil",
        "rawset(string, 'upper', nil)",
        "setmetatable(string, {})",
        "local mt = getmetatable('') mt.__index = {}",
        "return os.execute('true')",
        "return io.open('/etc/passwd')",
        "return loadfile('/etc/passwd')",
        "return dofile('/etc/passwd')",
        "return require('os')",
        "return debug.getinfo(1)",
        "return setfenv(1, {})",
        "return getfenv(1)",
        "return newproxy(true)",
        "return _ENV",
        "local f = loadstring('x = 1') f()",
        "table.insert = nil",
        "math.random = function() return 4 end",
        "coroutine.wrap = nil",
        "cjson.encode = nil",
        "function global_fn() end",
    ];
    let mut bad = Vec::new();
    for src in escapes {
        let outcome = std::panic::catch_unwind(|| {
            let mut rt = LuaRuntime::new();
            rt.seal();
            run(&mut rt, "user_script", src.as_bytes(), limits())
        });
        match outcome {
            Err(_) => bad.push(format!("{src}: PANIC")),
            Ok(Outcome::Ok(v)) => bad.push(format!("{src}: allowed ({v:?})")),
            Ok(o) => println!("{src}: {o:?}"),
        }
    }
    assert!(bad.is_empty(), "sandbox escapes: {bad:?}");
}
