//! Lua 5.1 `base` library: tonumber/tostring with 5.1 number formatting, pcall/xpcall/error with
//! positioned string errors, unpack/select, raw access, metatables honouring `__metatable` and
//! the sandbox's readonly tables, next/pairs/ipairs, loadstring (text only).

use gc_arena::Collect;
use piccolo::{
    meta_ops, table::NextValue, BoxSequence, Callback, CallbackReturn, Context, Error, Execution,
    MetaMethod, Sequence, SequencePoll, Stack, Table, Value,
};

use crate::lua::runtime::{
    arg_error, as_number, error_value, parse_number, raw_tostring, rt, rt_error, type_arg_error,
    type_name, where_prefix,
};

/// Maximum number of values `unpack` may produce (Lua's C stack limit).
pub const MAX_UNPACK: i64 = 8000;

fn set<'gc>(ctx: Context<'gc>, name: &'static str, cb: Callback<'gc>) {
    let _ = ctx.globals().set(ctx, name, cb);
}

/// Integer argument check like `luaL_checkint` (numbers and numeric strings).
pub fn check_int<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    v: Value<'gc>,
    n: usize,
    fname: &str,
) -> Result<i64, Error<'gc>> {
    match num_arg(v) {
        // luaL_checkint: double -> lua_Integer (x86 cvttsd2si) -> int.
        Some(f) => Ok(i64::from(clamp_int(f) as i32)),
        None => Err(type_arg_error(ctx, exec, n, fname, "number", v)),
    }
}

/// Number of a number or numeric string.
pub fn num_arg(v: Value<'_>) -> Option<f64> {
    match v {
        Value::Integer(i) => Some(i as f64),
        Value::Number(f) => Some(f),
        Value::String(s) => parse_number(s.as_bytes()),
        _ => None,
    }
}

/// Truncates a float to an i64 like a C cast on x86-64 (NaN and out-of-range give i64::MIN).
pub fn clamp_int(f: f64) -> i64 {
    if f.is_nan() || !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
        i64::MIN
    } else {
        f as i64
    }
}

/// The target of a readonly proxy, or the table itself.
pub fn unproxy<'gc>(ctx: Context<'gc>, t: Table<'gc>) -> Table<'gc> {
    match rt(ctx).readonly.get_value(t.into()) {
        Value::Table(target) => target,
        _ => t,
    }
}

/// Adds `coroutine.wrap` (missing from piccolo's coroutine library).
pub fn load_coroutine_wrap(ctx: Context<'_>) {
    let Value::Table(co) = ctx.globals().get(ctx, "coroutine") else {
        return;
    };
    let _ = co.set(
        ctx,
        "wrap",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            let f = stack.get(0);
            let function = match f {
                Value::Function(func) => func,
                v => return Err(type_arg_error(ctx, &exec, 1, "wrap", "function", v)),
            };
            let thread = piccolo::Thread::new(ctx);
            if thread.start_suspended(&ctx, function).is_err() {
                return Err(rt_error(ctx, &exec, "cannot wrap function"));
            }
            let resumer = Callback::from_fn_with(&ctx, thread, |thread, _ctx, _, _stack| {
                Ok(CallbackReturn::Resume {
                    thread: *thread,
                    then: None,
                })
            });
            stack.clear();
            stack.push_back(resumer.into());
            Ok(CallbackReturn::Return)
        }),
    );
    let _ = co.set(
        ctx,
        "resume",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            let thread = match stack.get(0) {
                Value::Thread(t) => t,
                _ => return Err(arg_error(ctx, &exec, 1, "resume", "coroutine expected")),
            };
            let status = match thread.mode() {
                piccolo::ThreadMode::Suspended => None,
                piccolo::ThreadMode::Normal => Some("normal"),
                piccolo::ThreadMode::Running | piccolo::ThreadMode::Waiting => Some("running"),
                piccolo::ThreadMode::Stopped | piccolo::ThreadMode::Result => Some("dead"),
            };
            if let Some(status) = status {
                stack.clear();
                stack.push_back(Value::Boolean(false));
                let msg = format!("cannot resume {status} coroutine");
                stack.push_back(ctx.intern(msg.as_bytes()).into());
                return Ok(CallbackReturn::Return);
            }
            stack.pop_front();
            Ok(CallbackReturn::Resume {
                thread,
                then: Some(Protected::save(ctx, false)),
            })
        }),
    );
}

/// Installs the library into the globals.
pub fn load_base(ctx: Context<'_>) {
    let g = ctx.globals();
    let _ = g.set(ctx, "_G", g);
    let _ = g.set(ctx, "_VERSION", "Lua 5.1");

    set(
        ctx,
        "tostring",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            if stack.is_empty() {
                return Err(arg_error(ctx, &exec, 1, "tostring", "value expected"));
            }
            let v = stack.get(0);
            if let Some(mt) = metatable_of(ctx, v) {
                let f = mt.get(ctx, MetaMethod::ToString);
                if !f.is_nil() {
                    let function = meta_ops::call(ctx, f)?;
                    stack.clear();
                    stack.push_back(v);
                    return Ok(CallbackReturn::Call {
                        function,
                        then: Some(crate::lua::runtime::first_result(ctx)),
                    });
                }
            }
            stack.clear();
            stack.push_back(ctx.intern(&raw_tostring(v)).into());
            Ok(CallbackReturn::Return)
        }),
    );

    set(
        ctx,
        "tonumber",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            let v = stack.get(0);
            let base = stack.get(1);
            let r: Value = if base.is_nil() {
                match v {
                    Value::Integer(i) => Value::Number(i as f64),
                    Value::Number(_) => v,
                    Value::String(s) => {
                        parse_number(s.as_bytes()).map_or(Value::Nil, Value::Number)
                    }
                    Value::Nil if stack.is_empty() => {
                        return Err(arg_error(ctx, &exec, 1, "tonumber", "value expected"))
                    }
                    _ => Value::Nil,
                }
            } else {
                let b = check_int(ctx, &exec, base, 2, "tonumber")?;
                if !(2..=36).contains(&b) {
                    return Err(arg_error(ctx, &exec, 2, "tonumber", "base out of range"));
                }
                let bytes = match v {
                    Value::String(s) => s.as_bytes().to_vec(),
                    Value::Integer(_) | Value::Number(_) => raw_tostring(v),
                    _ => return Err(type_arg_error(ctx, &exec, 1, "tonumber", "string", v)),
                };
                parse_base(&bytes, b as u32).map_or(Value::Nil, Value::Number)
            };
            stack.clear();
            stack.push_back(r);
            Ok(CallbackReturn::Return)
        }),
    );

    set(
        ctx,
        "type",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            if stack.is_empty() {
                return Err(arg_error(ctx, &exec, 1, "type", "value expected"));
            }
            let t = type_name(stack.get(0));
            stack.clear();
            stack.push_back(ctx.intern_static(t.as_bytes()).into());
            Ok(CallbackReturn::Return)
        }),
    );

    set(
        ctx,
        "error",
        Callback::from_fn(&ctx, |ctx, exec, stack| {
            let v = stack.get(0);
            let level = match stack.get(1) {
                Value::Nil => 1,
                l => check_int(ctx, &exec, l, 2, "error")?,
            };
            // Level 2 is the caller's line, which the front-end passes as a hidden third
            // argument (Lua 5.1 ignores extra arguments). Deeper levels are not tracked.
            let prefix = match level {
                1 => where_prefix(&exec),
                2 => crate::lua::runtime::position_of_code(ctx, stack.get(2)).unwrap_or_default(),
                _ => String::new(),
            };
            let v = match v {
                Value::String(_) | Value::Integer(_) | Value::Number(_) if level > 0 => {
                    let mut s = prefix.into_bytes();
                    s.extend(raw_tostring(v));
                    ctx.intern(&s).into()
                }
                other => other,
            };
            Err(Error::from_value(v))
        }),
    );

    set(
        ctx,
        "assert",
        Callback::from_fn(&ctx, |ctx, exec, stack| {
            if stack.is_empty() {
                return Err(arg_error(ctx, &exec, 1, "assert", "value expected"));
            }
            if stack.get(0).to_bool() {
                return Ok(CallbackReturn::Return);
            }
            match stack.get(1) {
                Value::Nil => Err(rt_error(ctx, &exec, "assertion failed!")),
                v @ (Value::String(_) | Value::Integer(_) | Value::Number(_)) => {
                    let mut s = where_prefix(&exec).into_bytes();
                    s.extend(raw_tostring(v));
                    Err(Error::from_value(ctx.intern(&s).into()))
                }
                v => Err(type_arg_error(ctx, &exec, 2, "assert", "string", v)),
            }
        }),
    );

    set(
        ctx,
        "pcall",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            if stack.is_empty() {
                return Err(arg_error(ctx, &exec, 1, "pcall", "value expected"));
            }
            let f = stack.get(0);
            match meta_ops::call(ctx, f) {
                Ok(function) => {
                    stack.pop_front();
                    // The callee's caller is this C function: `error(m, 2)` there has no
                    // position. The caller's line comes back when the call ends.
                    // Lua 5.1 allows 200 nested C calls (LUAI_MAXCCALLS), the host's call included.
                    if crate::lua::runtime::c_depth(ctx) + 2.0 >= 200.0 {
                        stack.clear();
                        stack.push_back(Value::Boolean(false));
                        stack.push_back(ctx.intern_static(b"C stack overflow").into());
                        return Ok(CallbackReturn::Return);
                    }
                    let then = Protected::save(ctx, true);
                    // pcall itself is a call frame in 5.1's count, and a C call.
                    crate::lua::runtime::set_depth(ctx, crate::lua::runtime::depth(ctx) + 1.0);
                    crate::lua::runtime::set_c_depth(ctx, crate::lua::runtime::c_depth(ctx) + 1.0);
                    crate::lua::runtime::set_position_code(ctx, 0.0);
                    Ok(CallbackReturn::Call {
                        function,
                        then: Some(then),
                    })
                }
                Err(_) => {
                    stack.clear();
                    stack.push_back(Value::Boolean(false));
                    let msg = format!("attempt to call a {} value", type_name(f));
                    stack.push_back(ctx.intern(msg.as_bytes()).into());
                    Ok(CallbackReturn::Return)
                }
            }
        }),
    );

    set(
        ctx,
        "xpcall",
        Callback::from_fn(&ctx, |ctx, _exec, mut stack| {
            let f = stack.get(0);
            let handler = stack.get(1);
            stack.clear();
            match meta_ops::call(ctx, f) {
                Ok(function) => Ok(CallbackReturn::Call {
                    function,
                    then: Some(BoxSequence::new(&ctx, XPCall { handler })),
                }),
                Err(_) => {
                    let msg = format!("attempt to call a {} value", type_name(f));
                    let err = Error::from_value(ctx.intern(msg.as_bytes()).into());
                    handle_xpcall_error(ctx, handler, err, &mut stack)
                }
            }
        }),
    );

    set(
        ctx,
        "select",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            let n = stack.len() as i64;
            let idx = stack.get(0);
            if let Value::String(s) = idx {
                if s.as_bytes().first() == Some(&b'#') {
                    stack.clear();
                    stack.push_back(Value::Number((n - 1) as f64));
                    return Ok(CallbackReturn::Return);
                }
            }
            let mut i = check_int(ctx, &exec, idx, 1, "select")?;
            if i < 0 {
                i = n.saturating_add(i);
            } else if i > n {
                i = n;
            }
            if i < 1 {
                return Err(arg_error(ctx, &exec, 1, "select", "index out of range"));
            }
            let skip = usize::try_from(i).unwrap_or(0);
            stack.drain(0..skip.min(stack.len()));
            Ok(CallbackReturn::Return)
        }),
    );

    set(
        ctx,
        "unpack",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            let t = match stack.get(0) {
                Value::Table(t) => unproxy(ctx, t),
                v => return Err(type_arg_error(ctx, &exec, 1, "unpack", "table", v)),
            };
            let i = match stack.get(1) {
                Value::Nil => 1,
                v => check_int(ctx, &exec, v, 2, "unpack")?,
            };
            let j = match stack.get(2) {
                Value::Nil => t.length(),
                v => check_int(ctx, &exec, v, 3, "unpack")?,
            };
            stack.clear();
            if i > j {
                return Ok(CallbackReturn::Return);
            }
            let n = j.saturating_sub(i).saturating_add(1);
            if n <= 0 || n >= MAX_UNPACK {
                return Err(rt_error(ctx, &exec, "too many results to unpack"));
            }
            let mut k = i;
            while k <= j {
                stack.push_back(t.get_value(Value::Integer(k)));
                k += 1;
            }
            Ok(CallbackReturn::Return)
        }),
    );

    set(
        ctx,
        "rawequal",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            if stack.len() < 2 {
                return Err(arg_error(
                    ctx,
                    &exec,
                    stack.len() + 1,
                    "rawequal",
                    "value expected",
                ));
            }
            let eq = raw_equal(stack.get(0), stack.get(1));
            stack.clear();
            stack.push_back(Value::Boolean(eq));
            Ok(CallbackReturn::Return)
        }),
    );

    set(
        ctx,
        "rawget",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            let t = match stack.get(0) {
                Value::Table(t) => t,
                v => return Err(type_arg_error(ctx, &exec, 1, "rawget", "table", v)),
            };
            let v = t.get_value(stack.get(1));
            stack.clear();
            stack.push_back(v);
            Ok(CallbackReturn::Return)
        }),
    );

    set(
        ctx,
        "rawset",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            let t = match stack.get(0) {
                Value::Table(t) => t,
                v => return Err(type_arg_error(ctx, &exec, 1, "rawset", "table", v)),
            };
            if is_protected(ctx, t) {
                return Err(Error::from_value(
                    ctx.intern_static(b"Attempt to modify a readonly table")
                        .into(),
                ));
            }
            let k = stack.get(1);
            let v = stack.get(2);
            if let Err(msg) = crate::lua::usermeta::raw_store(ctx, t, k, v) {
                return Err(rt_error(ctx, &exec, msg));
            }
            stack.clear();
            stack.push_back(t.into());
            Ok(CallbackReturn::Return)
        }),
    );

    set(
        ctx,
        "getmetatable",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            if stack.is_empty() {
                return Err(arg_error(ctx, &exec, 1, "getmetatable", "value expected"));
            }
            let v = stack.get(0);
            let r: Value = match v {
                Value::String(_) => string_metatable(ctx).into(),
                _ => match metatable_of(ctx, v) {
                    Some(mt) if crate::lua::runtime::is_dirty_marker(ctx, mt) => Value::Nil,
                    Some(mt) => {
                        let protected = mt.get(ctx, "__metatable");
                        if !protected.is_nil() {
                            protected
                        } else if matches!(v, Value::Table(t) if !rt(ctx).readonly.get_value(t.into()).is_nil())
                        {
                            Value::Nil
                        } else {
                            mt.into()
                        }
                    }
                    None => Value::Nil,
                },
            };
            stack.clear();
            stack.push_back(r);
            Ok(CallbackReturn::Return)
        }),
    );

    set(
        ctx,
        "setmetatable",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            let t = match stack.get(0) {
                Value::Table(t) => t,
                v => return Err(type_arg_error(ctx, &exec, 1, "setmetatable", "table", v)),
            };
            let mt = match stack.get(1) {
                Value::Table(m) => Some(m),
                Value::Nil => None,
                _ => {
                    return Err(arg_error(
                        ctx,
                        &exec,
                        2,
                        "setmetatable",
                        "nil or table expected",
                    ))
                }
            };
            if is_protected(ctx, t) {
                return Err(Error::from_value(
                    ctx.intern_static(b"Attempt to modify a readonly table")
                        .into(),
                ));
            }
            if let Some(old) = t.metatable() {
                if crate::lua::runtime::is_dirty_marker(ctx, old) {
                    crate::lua::runtime::compact_table(ctx, t);
                } else {
                    let visible = crate::lua::usermeta::behind(ctx, old).unwrap_or(old);
                    if !visible.get(ctx, "__metatable").is_nil() {
                        return Err(rt_error(ctx, &exec, "cannot change a protected metatable"));
                    }
                }
            }
            crate::lua::usermeta::set_user_metatable(ctx, t, mt);
            stack.clear();
            stack.push_back(t.into());
            Ok(CallbackReturn::Return)
        }),
    );

    let next = Callback::from_fn(&ctx, |ctx, exec, mut stack| {
        let t = match stack.get(0) {
            Value::Table(t) => unproxy(ctx, t),
            v => return Err(type_arg_error(ctx, &exec, 1, "next", "table", v)),
        };
        let k = stack.get(1);
        stack.clear();
        let (k, v) = table_next(ctx, &exec, t, k)?;
        stack.push_back(k);
        if !k.is_nil() {
            stack.push_back(v);
        }
        Ok(CallbackReturn::Return)
    });
    let _ = ctx.globals().set(ctx, "next", next);

    set(
        ctx,
        "pairs",
        Callback::from_fn_with(&ctx, next, |next, ctx, exec, mut stack| {
            let t = stack.get(0);
            if !matches!(t, Value::Table(_)) {
                return Err(type_arg_error(ctx, &exec, 1, "pairs", "table", t));
            }
            stack.clear();
            stack.push_back((*next).into());
            stack.push_back(t);
            stack.push_back(Value::Nil);
            Ok(CallbackReturn::Return)
        }),
    );

    let inext = Callback::from_fn(&ctx, |ctx, _exec, mut stack| {
        let t = match stack.get(0) {
            Value::Table(t) => unproxy(ctx, t),
            _ => return Ok(CallbackReturn::Return),
        };
        let i = clamp_int(num_arg(stack.get(1)).unwrap_or(0.0)).saturating_add(1);
        stack.clear();
        let v = t.get_value(Value::Integer(i));
        if !v.is_nil() {
            stack.push_back(Value::Number(i as f64));
            stack.push_back(v);
        }
        Ok(CallbackReturn::Return)
    });

    set(
        ctx,
        "ipairs",
        Callback::from_fn_with(&ctx, inext, |inext, ctx, exec, mut stack| {
            let t = stack.get(0);
            if !matches!(t, Value::Table(_)) {
                return Err(type_arg_error(ctx, &exec, 1, "ipairs", "table", t));
            }
            stack.clear();
            stack.push_back((*inext).into());
            stack.push_back(t);
            stack.push_back(Value::Number(0.0));
            Ok(CallbackReturn::Return)
        }),
    );

    set(
        ctx,
        "collectgarbage",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            let opt = match stack.get(0) {
                Value::Nil => b"collect".to_vec(),
                Value::String(s) => s.as_bytes().to_vec(),
                v => return Err(type_arg_error(ctx, &exec, 1, "collectgarbage", "string", v)),
            };
            stack.clear();
            let kb = ctx.metrics().total_allocation() as f64 / 1024.0;
            match opt.as_slice() {
                b"count" => stack.push_back(Value::Number(kb)),
                b"collect" | b"step" | b"stop" | b"restart" | b"setpause" | b"setstepmul" => {
                    stack.push_back(Value::Number(0.0))
                }
                other => {
                    let o = String::from_utf8_lossy(other).into_owned();
                    return Err(arg_error(
                        ctx,
                        &exec,
                        1,
                        "collectgarbage",
                        format!("invalid option '{o}'"),
                    ));
                }
            }
            Ok(CallbackReturn::Return)
        }),
    );

    set(
        ctx,
        "gcinfo",
        Callback::from_fn(&ctx, |ctx, _, mut stack| {
            stack.clear();
            let kb = (ctx.metrics().total_allocation() / 1024) as f64;
            stack.push_back(Value::Number(kb));
            Ok(CallbackReturn::Return)
        }),
    );

    set(
        ctx,
        "loadstring",
        Callback::from_fn(&ctx, |ctx, mut exec, mut stack| {
            let src = match stack.get(0) {
                Value::String(s) => s.as_bytes().to_vec(),
                v @ (Value::Integer(_) | Value::Number(_)) => raw_tostring(v),
                v => return Err(type_arg_error(ctx, &exec, 1, "loadstring", "string", v)),
            };
            let name = match stack.get(1) {
                Value::String(s) => Some(s.as_bytes().to_vec()),
                _ => None,
            };
            stack.clear();
            // Compiling costs about as much as running a few instructions per source byte;
            // charge it so a script that compiles in a loop still yields and can be killed.
            let cost = i32::try_from(src.len().saturating_mul(4).saturating_add(2_000))
                .unwrap_or(i32::MAX);
            exec.fuel().consume(cost);
            let shown = crate::lua::chunk_id_name(&src, name.as_deref());
            if src.first() == Some(&0x1b) {
                stack.push_back(Value::Nil);
                let msg = format!("{shown}: cannot load binary chunks");
                stack.push_back(ctx.intern(msg.as_bytes()).into());
                return Ok(CallbackReturn::Return);
            }
            match crate::lua::compile_loaded(ctx, &shown, &src) {
                Ok(c) => stack.push_back(c.into()),
                Err(e) => {
                    stack.push_back(Value::Nil);
                    stack.push_back(ctx.intern(e.as_bytes()).into());
                }
            }
            Ok(CallbackReturn::Return)
        }),
    );
}

/// The metatable scripts see (the user metatable behind an internal one).
fn metatable_of<'gc>(ctx: Context<'gc>, v: Value<'gc>) -> Option<Table<'gc>> {
    let mt = match v {
        Value::Table(t) => t.metatable(),
        Value::UserData(u) => u.metatable(),
        _ => None,
    }?;
    Some(crate::lua::usermeta::behind(ctx, mt).unwrap_or(mt))
}

fn string_metatable<'gc>(ctx: Context<'gc>) -> Table<'gc> {
    let r = rt(ctx);
    if let Value::Table(t) = r.misc.get(ctx, "string_mt") {
        return t;
    }
    let mt = Table::new(&ctx);
    let _ = mt.set(ctx, "__index", r.misc.get(ctx, "string"));
    let _ = r.misc.set(ctx, "string_mt", mt);
    mt
}

/// True for readonly proxies and sealed environments.
pub fn is_protected<'gc>(ctx: Context<'gc>, t: Table<'gc>) -> bool {
    let r = rt(ctx);
    !r.readonly.get_value(t.into()).is_nil() || !r.sealed.get_value(t.into()).is_nil()
}

/// `next` with Lua 5.1's error for a key not in the table.
pub fn table_next<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    t: Table<'gc>,
    k: Value<'gc>,
) -> Result<(Value<'gc>, Value<'gc>), Error<'gc>> {
    match t.next(k) {
        NextValue::Found { key, value } => Ok((key, value)),
        NextValue::Last => Ok((Value::Nil, Value::Nil)),
        NextValue::NotFound => Err(rt_error(ctx, exec, "invalid key to 'next'")),
    }
}

fn raw_equal<'gc>(a: Value<'gc>, b: Value<'gc>) -> bool {
    match (as_number(a), as_number(b)) {
        (Some(x), Some(y)) => x == y,
        _ => match (a, b) {
            (Value::Nil, Value::Nil) => true,
            (Value::Boolean(x), Value::Boolean(y)) => x == y,
            (Value::String(x), Value::String(y)) => x.as_bytes() == y.as_bytes(),
            (Value::Table(x), Value::Table(y)) => x == y,
            (
                Value::Function(piccolo::Function::Closure(x)),
                Value::Function(piccolo::Function::Closure(y)),
            ) => x == y,
            (
                Value::Function(piccolo::Function::Callback(x)),
                Value::Function(piccolo::Function::Callback(y)),
            ) => x == y,
            (Value::Thread(x), Value::Thread(y)) => x == y,
            (Value::UserData(x), Value::UserData(y)) => x == y,
            _ => false,
        },
    }
}

fn parse_base(s: &[u8], base: u32) -> Option<f64> {
    let t = std::str::from_utf8(s)
        .ok()?
        .trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, digits) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t),
    };
    if digits.is_empty() {
        return None;
    }
    let mut v: f64 = 0.0;
    for c in digits.chars() {
        let d = c.to_digit(36)?;
        if d >= base {
            return None;
        }
        v = v * f64::from(base) + f64::from(d);
    }
    // strtoul (64-bit unsigned long): a leading '-' negates modulo 2^64.
    Some(if neg && v != 0.0 {
        18_446_744_073_709_551_616.0 - v
    } else {
        v
    })
}

/// The end of a protected call (pcall, coroutine.resume): `true, ...` or `false, error` (as a
/// Lua value, like 5.1), with the caller's tracked line and call counts restored.
#[derive(Collect)]
#[collect(require_static)]
struct Protected {
    /// Tracked line of the caller.
    line: f64,
    /// Active call count (an error unwinds past functions that counted themselves).
    depth: f64,
    /// Nested pcalls outside this one (pcall only).
    c_depth: Option<f64>,
}

impl Protected {
    /// Records the caller's state; `c_call`: also the pcall nesting.
    fn save<'gc>(ctx: Context<'gc>, c_call: bool) -> BoxSequence<'gc> {
        let p = Protected {
            line: crate::lua::runtime::position_code(ctx),
            depth: crate::lua::runtime::depth(ctx),
            c_depth: c_call.then(|| crate::lua::runtime::c_depth(ctx)),
        };
        BoxSequence::new(&ctx, p)
    }

    fn restore(&self, ctx: Context<'_>) {
        crate::lua::runtime::set_position_code(ctx, self.line);
        crate::lua::runtime::set_depth(ctx, self.depth);
        if let Some(c) = self.c_depth {
            crate::lua::runtime::set_c_depth(ctx, c);
        }
    }
}

impl<'gc> Sequence<'gc> for Protected {
    fn poll(
        &mut self,
        ctx: Context<'gc>,
        _exec: Execution<'gc, '_>,
        mut stack: Stack<'gc, '_>,
    ) -> Result<SequencePoll<'gc>, Error<'gc>> {
        self.restore(ctx);
        stack.push_front(Value::Boolean(true));
        Ok(SequencePoll::Return)
    }

    fn error(
        &mut self,
        ctx: Context<'gc>,
        _exec: Execution<'gc, '_>,
        error: Error<'gc>,
        mut stack: Stack<'gc, '_>,
    ) -> Result<SequencePoll<'gc>, Error<'gc>> {
        let v = error_value(ctx, &error);
        self.restore(ctx);
        stack.clear();
        stack.push_back(Value::Boolean(false));
        stack.push_back(v);
        Ok(SequencePoll::Return)
    }
}

#[derive(Collect)]
#[collect(no_drop)]
struct XPCall<'gc> {
    handler: Value<'gc>,
}

fn handle_xpcall_error<'gc>(
    ctx: Context<'gc>,
    handler: Value<'gc>,
    error: Error<'gc>,
    stack: &mut Stack<'gc, '_>,
) -> Result<CallbackReturn<'gc>, Error<'gc>> {
    let v = error_value(ctx, &error);
    stack.clear();
    match meta_ops::call(ctx, handler) {
        Ok(function) => {
            stack.push_back(v);
            Ok(CallbackReturn::Call {
                function,
                then: Some(BoxSequence::new(&ctx, XPHandled)),
            })
        }
        Err(_) => {
            stack.push_back(Value::Boolean(false));
            stack.push_back(Value::Nil);
            Ok(CallbackReturn::Return)
        }
    }
}

impl<'gc> Sequence<'gc> for XPCall<'gc> {
    fn poll(
        &mut self,
        _ctx: Context<'gc>,
        _exec: Execution<'gc, '_>,
        mut stack: Stack<'gc, '_>,
    ) -> Result<SequencePoll<'gc>, Error<'gc>> {
        stack.push_front(Value::Boolean(true));
        Ok(SequencePoll::Return)
    }

    fn error(
        &mut self,
        ctx: Context<'gc>,
        _exec: Execution<'gc, '_>,
        error: Error<'gc>,
        mut stack: Stack<'gc, '_>,
    ) -> Result<SequencePoll<'gc>, Error<'gc>> {
        let v = error_value(ctx, &error);
        stack.clear();
        match meta_ops::call(ctx, self.handler) {
            Ok(function) => {
                stack.push_back(v);
                // Call the handler; then prefix `false` to its first result.
                Ok(SequencePoll::Call {
                    function: Callback::from_fn_with(&ctx, function, |f, _ctx, _, _stack| {
                        Ok(CallbackReturn::Call {
                            function: *f,
                            then: Some(BoxSequence::new(&_ctx, XPHandled)),
                        })
                    })
                    .into(),
                    is_tail: true,
                })
            }
            Err(_) => {
                stack.push_back(Value::Boolean(false));
                stack.push_back(Value::Nil);
                Ok(SequencePoll::Return)
            }
        }
    }
}

#[derive(Collect)]
#[collect(require_static)]
struct XPHandled;

impl<'gc> Sequence<'gc> for XPHandled {
    fn poll(
        &mut self,
        _ctx: Context<'gc>,
        _exec: Execution<'gc, '_>,
        mut stack: Stack<'gc, '_>,
    ) -> Result<SequencePoll<'gc>, Error<'gc>> {
        let v = stack.get(0);
        stack.clear();
        stack.push_back(Value::Boolean(false));
        stack.push_back(v);
        Ok(SequencePoll::Return)
    }
}
