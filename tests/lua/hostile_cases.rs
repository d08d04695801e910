// Hostile Lua scripts, shared by the native suite (`tests/tests/lua_hostile.rs`, one child
// process per case) and the wasm32 suite (`engine/tests/lua_hostile_wasm.rs`, one
// `wasm_bindgen_test` per case). Each file defines the macro `hostile_cases!` and then
// `include!`s this list.
//
// Entry: `name: EXPECT "lua source";` where EXPECT is
//   Fail  - must end with a Lua error or hit the step/memory budget (never return normally),
//   Any   - may return or fail, but must not panic, trap or crash,
//   Known - a known problem today (crash, panic, hang, or a run far longer than its budget);
//           the native suite runs it with a short time limit and reports it without failing,
//           the wasm suite skips it. Change to Fail/Any once fixed.
// Every case, whatever its EXPECT, must not panic.

hostile_cases! {
    // Integer and float corners.
    minint_mod: Any "return -2^63 % -1, math.fmod(-2^63, -1), -2^63 % 0";
    abs_minint: Any "return math.abs(-2^63), math.floor(2^1000), math.ceil(-2^1000)";
    minint_literal_ops: Any "local m = -9223372036854775807 - 1 return m % -1, m / -1, m * -1, -m, m - 1, m + m";
    minint_literal_lib: Any "local m = -9223372036854775807 - 1 return math.abs(m), math.fmod(m, -1), math.floor(m), math.ceil(m), math.max(m, -m), math.min(m, 0)";
    minint_tonumber: Any "local m = tonumber('-9223372036854775808') return m % -1, math.abs(m), math.fmod(m, -1), m % 0, -m";
    minint_format: Any "local m = -9223372036854775807 - 1 return string.format('%d %x %5.1f %i %o', m, m, m, m, m)";
    format_int_extremes: Any "return pcall(string.format, '%d', 2^63), pcall(string.format, '%d', 0/0), pcall(string.format, '%x', -1/0), pcall(string.format, '%c', 2^40)";
    maxint_overflow: Any "local m = 9223372036854775807 return m + 1, m * 2, m % -1, math.abs(-m - 1)";
    division_corners: Any "return 1 / 0, -1 / 0, 0 / 0, 1 % 0, 1 % (0/0), (0/0) % 1, 5 % -1/0, math.fmod(1, 0), math.fmod(0/0, 1)";
    math_extremes: Any "return math.ldexp(1, 2^31), math.ldexp(1, -2^31), math.frexp(0/0), math.frexp(1/0), math.sqrt(-1), math.log(-1), math.exp(1e308), math.pow(-8, 1/3)";
    random_extremes: Any "return pcall(math.random, 2^63), pcall(math.random, -2^31, 2^31), pcall(math.random, 0), pcall(math.random, 1/0), pcall(math.random, 0/0), pcall(math.random, 3, 1)";
    // unpack / select / varargs.
    unpack_huge: Any "return unpack({}, 1, 2^31)";
    unpack_huge2: Fail "return unpack({}, -2^31 + 1, 2^31 - 1)";
    unpack_float_range: Any "return unpack({}, 1, 2^63)";
    unpack_minint_range: Any "return pcall(unpack, {}, -2^63, 2^63)";
    unpack_nan_range: Any "return pcall(unpack, {1, 2}, 0/0, 1/0)";
    unpack_million: Fail "return select('#', unpack({}, 1, 1e6))";
    select_extremes: Any "return pcall(select, -2^31, 1), pcall(select, 2^31, 1), pcall(select, 0/0, 1)";
    select_minint: Any "return pcall(select, -2^63, 1, 2), pcall(select, 2^63, 1)";
    vararg_huge: Fail "local t = {} for i = 1, 7999 do t[i] = i end local function f(...) return select('#', ...) end return f(unpack(t)), f(unpack(t, 1, 8000))";
    // string.rep and concatenation.
    rep_huge: Any "return string.rep('x', 2^40)";
    rep_huge_sep: Fail "return string.rep('x', 2^30, 'yy')";
    rep_method_chain: Fail "return ('x'):rep(1e7):rep(1e7)";
    rep_inf_nan: Any "return pcall(string.rep, 'x', 1/0), pcall(string.rep, 'x', 0/0), pcall(string.rep, 'x', -2^63), pcall(string.rep, 'x', 2^63)";
    rep_empty_huge: Any "return #string.rep('', 2^53), #string.rep('', 2^31, '')";
    rep_empty_sep_huge: Any "return #string.rep('', 2^40, 'x')";
    concat_doubling: Fail "local s = 'x' for i = 1, 100 do s = s .. s end return #s";
    concat_chain_doubling: Fail "local s = 'xy' while true do s = s .. s .. s end";
    concat_doubling_in_table: Fail "local t = {'x'} for i = 1, 100 do t[1] = t[1] .. t[1] end return #t[1]";
    table_concat_huge: Fail "local t = {} local s = ('x'):rep(1e6) for i = 1, 200 do t[i] = s end return #table.concat(t, s)";
    table_concat_range: Any "return pcall(table.concat, {}, 'x', 1, 2^31), pcall(table.concat, {1, 2}, '', -2^31, 2^31), pcall(table.concat, {}, '', 2^63, -2^63)";
    sub_byte_extremes: Any "return ('abc'):sub(-2^63, 2^63), ('abc'):sub(0/0, 1/0), pcall(string.byte, 'abc', -2^31, 2^31), ('x'):sub(2^53)";
    byte_huge_range: Any "local s = ('x'):rep(1e6) return pcall(string.byte, s, 1, -1)";
    char_bad: Any "return pcall(string.char, 256), pcall(string.char, -1), pcall(string.char, 0/0), pcall(string.char, 2^63)";
    char_unpack_big: Fail "local t = {} for i = 1, 10000 do t[i] = 65 end return string.char(unpack(t))";
    // string.format.
    format_huge_width: Any "return pcall(string.format, '%99999d', 1)";
    format_huge_precision: Any "return pcall(string.format, '%.99999f', 1), pcall(string.format, '%.3000f', 1e308), pcall(string.format, '%099.99f', -1e308)";
    format_two_digit_max: Any "return string.format('%99.99f', 1e308), string.format('%-99s|', 'x'), string.format('%99.99s', 'y')";
    format_many: Any "return pcall(string.format, string.rep('%d', 1000), 1)";
    format_bad_specs: Any "return pcall(string.format, '%'), pcall(string.format, '%z', 1), pcall(string.format, '%-+ #0-+ #0d', 1), pcall(string.format, '%10.10.10d', 1)";
    format_q_huge: Any "local s = string.format('%q', string.rep('\\0\\n\\\\\"', 250000)) return #s";
    format_s_huge_tostring: Any "local t = setmetatable({}, {__tostring = function() return string.rep('x', 2^20) end}) return #string.format('%s%s', t, t)";
    // Patterns.
    pattern_backtracking: Any "return pcall(string.find, string.rep('a', 40), string.rep('a*', 40) .. 'b')";
    pattern_deep: Any "return pcall(string.find, string.rep('a', 100000), string.rep('(', 40))";
    pattern_lazy_quartic: Any "return pcall(string.find, string.rep('a', 100000), '.-.-.-.-b')";
    pattern_greedy_cubic: Any "return pcall(string.match, string.rep('a', 100000), '(.*)(.*)(.*)b')";
    pattern_balance_deep: Any "return pcall(string.find, string.rep('(', 100000), '%b()'), pcall(string.find, string.rep('(', 100000) .. string.rep(')', 100000), '%b()')";
    pattern_frontier_long: Any "return pcall(string.gsub, string.rep('ab ', 100000), '%f[%w]%w+', 'x')";
    pattern_malformed: Any "return pcall(string.find, 'a', '%'), pcall(string.find, 'a', '[a'), pcall(string.find, 'a', '(()'), pcall(string.find, 'a', '%b'), pcall(string.find, 'a', '%f'), pcall(string.find, 'a', '[%'), pcall(string.find, 'a', ')'), pcall(string.find, 'a', '%1')";
    pattern_many_captures: Any "return pcall(string.match, string.rep('a', 100), string.rep('(a)', 100))";
    gsub_huge: Fail "local s = string.rep('x', 1e6) return string.gsub(s, 'x', string.rep('y', 1000))";
    gsub_empty_match_huge: Any "local s = string.rep('a', 200000) local r, n = string.gsub(s, '', '-') return #r, n";
    gsub_bad_capture_ref: Any "return pcall(string.gsub, 'abc', '(a)', '%9'), pcall(string.gsub, 'abc', 'a', '%'), pcall(string.gsub, 'abc', 'a', '%2')";
    gsub_huge_n: Any "return string.gsub('aaa', 'a', 'b', 2^63), string.gsub('aaa', 'a', 'b', -2^63), string.gsub('aaa', 'a', 'b', 0/0)";
    gsub_callback_recursion: Fail "local function f(s) return (string.gsub('x', 'x', f)) end return f('x')";
    gmatch_empty_million: Any "local n = 0 for w in string.gmatch(string.rep('a', 1e6), '') do n = n + 1 end return n";
    // Recursion.
    deep_recursion: Fail "local function f() return 1 + f() end return f()";
    deep_recursion_pcall: Any "local function f() return 1 + f() end return pcall(f)";
    recursion_through_pcall: Fail "local function f() local ok, e = pcall(f) error(e, 0) end return f()";
    recursion_through_xpcall: Fail "local function h() return xpcall(h, h) end return h()";
    recursion_through_sort: Fail "local function f() table.sort({3, 2, 1}, function(a, b) f() return a < b end) end f()";
    recursion_through_tostring: Fail "local t t = setmetatable({}, {__tostring = function() return tostring(t) end}) return tostring(t)";
    recursion_through_concat_mm: Fail "local mt = {} mt.__concat = function(a, b) return a .. b end local t = setmetatable({}, mt) return t .. 'x'";
    recursion_through_lt_mm: Fail "local mt = {} mt.__lt = function(a, b) return a < b end local a, b = setmetatable({}, mt), setmetatable({}, mt) return a < b";
    recursion_through_eq_mm: Fail "local mt = {} mt.__eq = function(a, b) return a == b end local a, b = setmetatable({}, mt), setmetatable({}, mt) return a == b";
    recursion_through_unm_mm: Fail "local mt = {} mt.__unm = function(a) return -a end return -setmetatable({}, mt)";
    recursion_through_coroutines: Fail "local function f() return coroutine.wrap(f)() end return f()";
    recursion_through_resume: Fail "local function f() local co = coroutine.create(f) local ok, e = coroutine.resume(co) error(e, 0) end f()";
    recursion_through_loadstring: Fail "SRC = 'return loadstring(SRC)()' return loadstring(SRC)()";
    // Self-referential and chained metamethods.
    index_fn_recursion: Fail "local t = setmetatable({}, {__index = function(t, k) return t[k] end}) return t.x";
    index_table_loop: Fail "local t = {} setmetatable(t, {__index = t}) return t.x";
    index_two_cycle: Fail "local a, b = {}, {} setmetatable(a, {__index = b}) setmetatable(b, {__index = a}) return a.x";
    index_set_after: Fail "local t = setmetatable({}, {}) getmetatable(t).__index = t return t.x";
    index_long_chain: Any "local t = {} for i = 1, 100000 do t = setmetatable({}, {__index = t}) end return t.x";
    index_self_metatable: Fail "local t = {} t.__index = t setmetatable(t, t) return t.x";
    newindex_loop: Fail "local t = {} setmetatable(t, {__newindex = t}) t.x = 1";
    newindex_set_after: Fail "local t = setmetatable({}, {}) getmetatable(t).__newindex = t t.x = 1";
    newindex_fn_recursion: Fail "local t = setmetatable({}, {__newindex = function(t, k, v) t[k] = v end}) t.x = 1";
    newindex_long_chain: Any "local t = {} for i = 1, 100000 do t = setmetatable({}, {__newindex = t}) end t.x = 1 return 1";
    call_loop: Fail "local t = {} setmetatable(t, {__call = t}) return t()";
    call_set_after: Fail "local t = setmetatable({}, {}) getmetatable(t).__call = t return t()";
    call_self_metatable: Fail "local t = {} t.__call = t setmetatable(t, t) return t()";
    call_two_cycle: Fail "local a, b = setmetatable({}, {}), setmetatable({}, {}) getmetatable(a).__call = b getmetatable(b).__call = a return a()";
    call_long_chain: Fail "local t = setmetatable({}, {__call = function() return 1 end}) for i = 1, 100000 do t = setmetatable({}, {__call = t}) end return t()";
    call_short_chain: Any "local t = setmetatable({}, {__call = function(...) return select('#', ...) end}) for i = 1, 50 do t = setmetatable({}, {__call = t}) end return t()";
    call_fn_recursion: Fail "local t t = setmetatable({}, {__call = function(self) return self() end}) return t()";
    call_pcall_loop: Any "local t = setmetatable({}, {}) getmetatable(t).__call = t return pcall(t)";
    len_self: Any "local t = setmetatable({}, {}) getmetatable(t).__len = t return #t";
    len_fn_recursion: Any "local t t = setmetatable({}, {__len = function(x) return #x end}) return #t";
    len_call_chain: Any "local mt = {} local t = setmetatable({}, mt) mt.__len = t mt.__call = t return pcall(function() return #t end)";
    tostring_errors: Fail "return tostring(setmetatable({}, {__tostring = function() error('x') end}))";
    tostring_returns_table: Any "return tostring(setmetatable({}, {__tostring = function() return {} end}))";
    tostring_self_metamethod: Any "local mt = {} mt.__tostring = setmetatable({}, mt) return pcall(tostring, setmetatable({}, mt))";
    metatable_protected_loop: Any "local t = setmetatable({}, {__metatable = false}) return pcall(setmetatable, t, {}), getmetatable(t)";
    meta_mutate_during_index: Any "local t = {} local mt = {} mt.__index = function(t, k) setmetatable(t, nil) return k end setmetatable(t, mt) return t.x, t.y";
    meta_mutate_during_newindex: Any "local t = {} setmetatable(t, {__newindex = function(t, k, v) setmetatable(t, {__newindex = function() error('deep') end}) rawset(t, k, v) end}) t.a = 1 return pcall(function() t.b = 2 end)";
    meta_arith_recursion: Fail "local mt = {} mt.__add = function(a, b) return a + b end return setmetatable({}, mt) + 1";
    meta_weak_churn: Any "local t = setmetatable({}, {__mode = 'kv'}) for i = 1, 100000 do t[{}] = {} end return 1";
    meta_index_huge_key: Any "local t = setmetatable({}, {__index = function(t, k) return k .. k end}) return #t[string.rep('x', 1e6)]";
    meta_metatable_with_metatable: Any "local mt = setmetatable({}, {__index = function() error('no') end}) local t = setmetatable({}, mt) return pcall(function() return t.x, #t, tostring(t) end)";
    meta_call_many_args: Any "local t = setmetatable({}, {__call = function(...) return select('#', ...) end}) local a = {} for i = 1, 7000 do a[i] = i end return t(unpack(a))";
    meta_concat_huge: Fail "local mt = {} mt.__concat = function(a, b) return string.rep('x', 2^30) end local t = setmetatable({}, mt) local s = '' for i = 1, 10 do s = s .. (t .. t) end return #s";
    meta_le_without_le: Any "local mt = {__lt = function(a, b) return true end} local a, b = setmetatable({}, mt), setmetatable({}, mt) return pcall(function() return a <= b end)";
    meta_tostring_huge_error: Any "return pcall(error, setmetatable({}, {__tostring = function() return string.rep('x', 1e6) end}))";
    meta_string_metatable: Any "local mt = getmetatable('') return pcall(function() mt.__index = function() return 1 end end), pcall(function() return ('x'):len() end)";
    meta_eq_different_mts: Any "local a = setmetatable({}, {__eq = function() error('x') end}) local b = setmetatable({}, {__eq = function() error('y') end}) return pcall(function() return a == b end)";
    // Loops and growth.
    infinite_loop: Fail "while true do end";
    infinite_for: Fail "for i = 1, math.huge do end";
    for_nan_step: Any "local n = 0 for i = 1, 10, 0/0 do n = n + 1 if n > 100 then break end end return n";
    for_zero_step: Fail "for i = 1, 10, 0 do end";
    table_fill: Fail "local t = {} for i = 1, 1e9 do t[i] = i end";
    hash_fill: Fail "local t = {} for i = 1, 1e9 do t['k' .. i] = i end";
    dead_keys_churn: Any "local t = {} for i = 1, 20000 do t['k' .. i] = i; if i % 3 == 0 then t['k' .. (i - 1)] = nil end end local n = 0 for _ in pairs(t) do n = n + 1 end return n";
    dead_keys_clear_refill: Any "local t = {} for r = 1, 20 do for i = 1, 100 do t['x' .. i] = i end for k in pairs(t) do t[k] = nil end end return next(t)";
    dead_keys_maybe_nil: Any "local t, none = {}, nil for i = 1, 50 do t['a' .. i] = i end for i = 1, 50 do t['a' .. i] = none end for i = 1, 500 do t['b' .. i] = i end return #t";
    dead_keys_meta: Any "local t = setmetatable({}, {}) for i = 1, 100 do t['a' .. i] = i; t['a' .. i] = nil end for i = 1, 300 do t['c' .. i] = i end return 1";
    dead_keys_rawset: Any "local t = {} for i = 1, 100 do rawset(t, 'a' .. i, i) rawset(t, 'a' .. i, nil) end for i = 1, 300 do t['c' .. i] = 1 end return 1";
    dead_keys_multi_assign: Any "local t = {} for i = 1, 100 do t.a, t.b, t['c' .. i] = nil, nil, i end return 1";
    // Table library.
    insert_far_negative: Fail "local t = {1, 2, 3} table.insert(t, -2^31, 1)";
    remove_far_negative: Fail "local t = {1, 2, 3} table.remove(t, -2^31)";
    insert_far_positive: Any "local t = {} table.insert(t, 2^31 - 1, 1) return #t";
    insert_remove_extremes: Any "local t = {1} return pcall(table.insert, t, 2^63, 1), pcall(table.insert, t, 0/0, 1), pcall(table.remove, t, 2^63), pcall(table.insert, t, 1, 2, 3), pcall(table.insert, t)";
    sort_bad_comparator: Fail "local t = {} for i = 1, 1000 do t[i] = i % 7 end table.sort(t, function(a, b) return true end)";
    sort_erroring_comparator: Fail "local t = {} for i = 1, 100 do t[i] = i end table.sort(t, function(a, b) error('no') end)";
    sort_mixed: Fail "table.sort({1, 'x', {}, 2})";
    sort_mutating_comparator: Any "local t = {} for i = 1, 200 do t[i] = i end return pcall(table.sort, t, function(a, b) t[#t + 1] = a t[1] = nil return (a or 0) < (b or 0) end)";
    sort_nan: Any "local t = {} for i = 1, 300 do t[i] = (i % 3 == 0) and 0/0 or i end return pcall(table.sort, t)";
    maxn_getn: Any "return table.maxn({[2^53] = 1, [1/0] = 2, [-1] = 3}), pcall(table.getn, {}), pcall(table.setn, {}, 1)";
    nan_key: Fail "local t = {} t[0/0] = 1";
    nil_key: Fail "local t = {} t[nil] = 1";
    rawset_nil_key: Fail "rawset({}, nil, 1)";
    next_bad_key: Fail "return next({}, {})";
    // Huge constructors and compiler limits.
    constructor_huge: Any "local f = loadstring('return {' .. string.rep('1,', 200000) .. '}') return f and #f()";
    constructor_huge_hash: Any "local p = {} for i = 1, 50000 do p[i] = 'k' .. i .. '=' .. i end local f = loadstring('return {' .. table.concat(p, ',') .. '}') return f and f().k50000";
    constructor_unpack_big: Any "local t = {} for i = 1, 7000 do t[i] = i end return #{unpack(t)}";
    loadstring_deep_parens: Any "return loadstring(string.rep('(', 100000))";
    loadstring_deep_tables: Any "return loadstring('return ' .. string.rep('{', 100000))";
    loadstring_deep_functions: Any "return loadstring(string.rep('function f() ', 100000))";
    loadstring_deep_ifs: Any "return loadstring(string.rep('if x then ', 100000))";
    loadstring_deep_unary: Any "return loadstring('return ' .. string.rep('- ', 100000) .. '1')";
    loadstring_deep_concat_right: Any "local f = loadstring('return ' .. string.rep('\"a\" .. ', 100000) .. '\"a\"') return f and #f()";
    loadstring_nest_ok: Any "local f = assert(loadstring('return ' .. string.rep('(', 90) .. '1' .. string.rep(')', 90))) return f()";
    loadstring_nest_blocks_ok: Any "local f = assert(loadstring(string.rep('do ', 90) .. string.rep('end ', 90))) return f()";
    loadstring_long_expr: Any "local f = loadstring('return 1' .. string.rep(' + 1', 20000)) return f and f()";
    loadstring_long_concat: Any "local f = loadstring('return \"a\"' .. string.rep(' .. \"a\"', 5000)) return f and #f()";
    loadstring_many_locals: Any "local src = {} for i = 1, 300 do src[i] = 'local v' .. i .. ' = ' .. i end return loadstring(table.concat(src, '\\n'))";
    loadstring_many_constants: Any "local src = {} for i = 1, 300000 do src[i] = 'x = ' .. i end local f = loadstring(table.concat(src, ' ')) return f ~= nil";
    loadstring_bytecode: Any "return loadstring('\\27Lua\\81\\0\\1\\4\\8\\4\\8\\0')";
    loadstring_long_string_levels: Any "return loadstring('return [' .. string.rep('=', 100000) .. '[x]' .. string.rep('=', 100000) .. ']')";
    many_upvalues: Any "local src = {} for i = 1, 100 do src[#src + 1] = 'local u' .. i .. ' = ' .. i end src[#src + 1] = 'return function() return u1' for i = 2, 100 do src[#src + 1] = ' + u' .. i end src[#src + 1] = ' end' return pcall(loadstring(table.concat(src, '\\n')))";
    // Coroutines and errors.
    coroutine_loop: Fail "local f = coroutine.wrap(function() while true do coroutine.yield(1) end end) while true do f() end";
    coroutine_nesting: Fail "local function f() return coroutine.wrap(f)() end return f()";
    coroutine_resume_self: Any "local co co = coroutine.create(function() return coroutine.resume(co) end) return coroutine.resume(co)";
    coroutine_wrap_self: Fail "local f f = coroutine.wrap(function() f() end) f()";
    coroutine_many: Fail "local t = {} for i = 1, 1e7 do t[i] = coroutine.create(function() end) end";
    error_error_object: Any "return pcall(error, setmetatable({}, {__tostring = function() error('y') end}))";
    error_levels: Any "return pcall(error, 'x', 2^31), pcall(error, 'x', -1), pcall(error, 'x', 0/0), pcall(error)";
    xpcall_handler_errors: Any "return xpcall(function() error('a') end, function() error('b') end)";
    xpcall_recursive_handler: Fail "local function h(m) error(m) end return xpcall(function() error('a') end, h), error('z')";
    // Redis's libraries.
    cjson_deep: Any "return pcall(cjson.decode, string.rep('[', 100000))";
    cjson_deep_objects: Any "return pcall(cjson.decode, string.rep('{\"a\":', 100000))";
    cjson_deep_valid: Any "return pcall(cjson.decode, string.rep('[', 5000) .. string.rep(']', 5000))";
    cjson_encode_cycle: Any "local t = {} t[1] = t return pcall(cjson.encode, t)";
    cjson_encode_deep: Any "local t = {} local c = t for i = 1, 100000 do c[1] = {} c = c[1] end return pcall(cjson.encode, t)";
    cjson_encode_sparse: Any "return pcall(cjson.encode, {[2^31] = 1}), pcall(cjson.encode, {[2^53] = 1}), pcall(cjson.encode, {[1/0] = 1}), pcall(cjson.encode, 1/0), pcall(cjson.encode, 0/0)";
    cjson_decode_numbers: Any "return pcall(cjson.decode, '1e99999'), pcall(cjson.decode, '-' .. string.rep('9', 100000)), pcall(cjson.decode, '[' .. string.rep('1,', 100000) .. '1]')";
    cjson_decode_escapes: Any "return pcall(cjson.decode, '\"' .. string.rep('\\\\u', 50000) .. '\"'), pcall(cjson.decode, '\"\\\\ud800\"'), pcall(cjson.decode, '\"' .. string.rep('\\\\u00e9', 50000) .. '\"')";
    cjson_config_extremes: Any "return pcall(cjson.encode_max_depth, 2^63), pcall(cjson.decode_max_depth, -1), pcall(cjson.encode_number_precision, 2^31)";
    cmsgpack_garbage: Any "return pcall(cmsgpack.unpack, '\\221\\255\\255\\255\\255')";
    cmsgpack_huge_lengths: Any "return pcall(cmsgpack.unpack, '\\223\\255\\255\\255\\255'), pcall(cmsgpack.unpack, '\\219\\255\\255\\255\\255'), pcall(cmsgpack.unpack, '\\198\\255\\255\\255\\255'), pcall(cmsgpack.unpack, '\\201\\255\\255\\255\\255\\1'), pcall(cmsgpack.unpack, '\\220\\255\\255')";
    cmsgpack_nested_huge_lengths: Any "return pcall(cmsgpack.unpack, string.rep('\\221\\255\\255\\255\\255', 1000))";
    cmsgpack_deep_unpack: Any "return pcall(cmsgpack.unpack, string.rep('\\145', 100000) .. '\\1')";
    cmsgpack_deep_map_unpack: Any "return pcall(cmsgpack.unpack, string.rep('\\129\\1', 100000) .. '\\1')";
    cmsgpack_many_objects: Any "return select('#', pcall(cmsgpack.unpack, string.rep('\\192', 1e6)))";
    cmsgpack_limit_extremes: Any "return pcall(cmsgpack.unpack_limit, '\\1\\2', 2^63), pcall(cmsgpack.unpack_limit, '\\1\\2', -1, 2^63), pcall(cmsgpack.unpack_one, '\\1', -2^63)";
    cmsgpack_deep: Any "local t = {} local c = t for i = 1, 10000 do c[1] = {} c = c[1] end return pcall(cmsgpack.pack, t)";
    cmsgpack_pack_cycle: Any "local t = {} t[1] = t t.x = t return pcall(cmsgpack.pack, t)";
    cmsgpack_pack_many_args: Fail "local t = {} for i = 1, 7999 do t[i] = i end return #cmsgpack.pack(unpack(t, 1, 8000))";
    bit_extremes: Any "return bit.lshift(1, 2^40), bit.tobit(2^63), bit.band(0/0, 1)";
    bit_tohex_extremes: Any "return pcall(bit.tohex, 1, -2^31), pcall(bit.tohex, 1, 2^63), pcall(bit.tohex, 1/0), pcall(bit.bor), pcall(bit.arshift, -1, 2^63)";
    struct_garbage: Any "return pcall(struct.unpack, 'i99999', 'x'), pcall(struct.pack, 'c99999999999', 'x')";
    struct_huge_counts: Any "return pcall(struct.pack, 'c2147483647', 'x'), pcall(struct.pack, 'c9223372036854775807', 'x'), pcall(struct.size, 'c99999999999999999999'), pcall(struct.unpack, 'c4294967296', 'x')";
    struct_huge_repeat: Any "return pcall(struct.size, string.rep('i', 1e6)), pcall(struct.pack, string.rep('x', 1e6))";
    struct_many_results: Any "return select('#', struct.unpack(string.rep('b', 1e6), string.rep('x', 1e6)))";
    struct_alignment_extremes: Any "return pcall(struct.pack, '!99999i', 1), pcall(struct.pack, '!3i', 1), pcall(struct.unpack, '>i', 'xxxx', 2^63), pcall(struct.unpack, '>i', 'xxxx', -2^63), pcall(struct.unpack, 'i17', string.rep('x', 17))";
    // Conversions.
    tonumber_extremes: Any "return tonumber('1e999'), tonumber(string.rep('9', 1000)), tonumber('z', 36), tonumber('-', 10)";
    tonumber_bases: Any "return pcall(tonumber, '10', 2^63), pcall(tonumber, '10', 0/0), pcall(tonumber, string.rep('z', 100000), 36), pcall(tonumber, '0x' .. string.rep('f', 100000))";
    tostring_extremes: Any "return tostring(2^-1074), tostring(-0/1), tostring(1e308 * 10)";
    string_methods_on_numbers: Any "local n = 5 return pcall(function() return n:rep(2) end)";
    global_assign_in_loop: Any "for i = 1, 1000 do _G['g' .. i] = i; _G['g' .. i] = nil end return 1";
}
