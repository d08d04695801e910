//! Script metatables behind internal ones.
//!
//! piccolo 0.3.3 reads metamethods straight from a table's metatable, with 5.3 rules that differ
//! from Lua 5.1 and, worse, can crash: it honours `__len` on tables (5.1 ignores it), and it
//! follows a table-valued `__call` recursively in Rust, so a metatable whose `__call` leads back
//! to itself overflows the native stack (in wasm, a trap that kills the instance).
//!
//! So the metatable a script passes to `setmetatable` (the *user metatable*) is never the one
//! piccolo sees. The table gets an *internal metatable* holding only callbacks (`__index`,
//! `__newindex`, `__call`, `__eq`) that read the user metatable at the time of the operation,
//! with Lua 5.1's rules:
//! - `__index`/`__newindex` chains are walked here, and give up with `loop in gettable` /
//!   `loop in settable` after 100 steps like 5.1;
//! - `__call` must be a function (one level, as in 5.1), else `attempt to call a table value`;
//! - `__eq` is used only when both operands have the same one;
//! - there is no `__len`, so `#` is always the raw length of a table.
//!
//! `getmetatable` returns the user metatable. The internal metatable holds it under a key table
//! private to the runtime. Tables given the same user metatable share one internal metatable,
//! through a cache private to the runtime (nothing is added to tables scripts can see). The
//! cache starts empty every run and after every 1024 user metatables, so it keeps few dead
//! metatables alive: a loop giving each new object its own metatable stays collectable.

use piccolo::{
    closure::UpValueState,
    meta_ops::{self, MetaResult},
    Callback, CallbackReturn, Context, Error, Execution, Function, Table, Value,
};

use super::runtime::{
    after_nil_store, cell_get, cell_set, describe_call_failure, helper_error, is_dirty_marker, rt,
    type_name,
};

/// Most user metatables the cache of internal metatables holds before it starts afresh.
const MAX_CACHED: f64 = 1024.0;

/// Makes the next [`set_user_metatable`] start a new cache.
pub fn forget_cache(ctx: Context<'_>) {
    cell_set(ctx, rt(ctx).imt_count, MAX_CACHED);
}

/// Lua 5.1's MAXTAGLOOP.
const MAX_CHAIN: usize = 100;

fn callbacks<'gc>(ctx: Context<'gc>) -> Table<'gc> {
    let r = rt(ctx);
    if let Value::Table(t) = r.misc.get(ctx, "usermeta") {
        return t;
    }
    let t = Table::new(&ctx);
    let _ = t.set(ctx, "__index", index_callback(ctx));
    let _ = t.set(ctx, "__newindex", newindex_callback(ctx));
    let _ = t.set(ctx, "__call", call_callback(ctx));
    let _ = t.set(ctx, "__eq", eq_callback(ctx));
    let _ = r.misc.set(ctx, "usermeta", t);
    t
}

/// True if `mt` is an internal metatable made by [`set_user_metatable`].
pub fn is_internal<'gc>(ctx: Context<'gc>, mt: Table<'gc>) -> bool {
    behind(ctx, mt).is_some()
}

/// The user metatable behind internal metatable `mt`, if it is one. Internal metatables hold it
/// under the runtime's private key table, which no script can reach or forge.
pub fn behind<'gc>(ctx: Context<'gc>, mt: Table<'gc>) -> Option<Table<'gc>> {
    match mt.get_value(Value::Table(rt(ctx).umt_key)) {
        Value::Table(u) => Some(u),
        _ => None,
    }
}

/// Gives `t` user metatable `umt` (through an internal metatable), or removes it.
pub fn set_user_metatable<'gc>(ctx: Context<'gc>, t: Table<'gc>, umt: Option<Table<'gc>>) {
    let Some(umt) = umt else {
        t.set_metatable(&ctx, None);
        return;
    };
    let r = rt(ctx);
    let mut cached = cell_get(r.imt_count);
    let cache = match r.imt_cache.get() {
        UpValueState::Closed(Value::Table(c)) if cached < MAX_CACHED => c,
        _ => {
            // Start afresh: the cache never keeps more than MAX_CACHED dead metatables alive.
            let c = Table::new(&ctx);
            r.imt_cache.set(&ctx, UpValueState::Closed(Value::Table(c)));
            cached = 0.0;
            c
        }
    };
    if let Value::Table(imt) = cache.get_value(Value::Table(umt)) {
        t.set_metatable(&ctx, Some(imt));
        return;
    }
    cell_set(ctx, r.imt_count, cached + 1.0);
    let imt = Table::new(&ctx);
    let cbs = callbacks(ctx);
    for k in ["__index", "__newindex", "__call", "__eq"] {
        let _ = imt.set(ctx, k, cbs.get(ctx, k));
    }
    let _ = imt.set_value(&ctx, Value::Table(r.umt_key), Value::Table(umt));
    let _ = cache.set_value(&ctx, Value::Table(umt), Value::Table(imt));
    t.set_metatable(&ctx, Some(imt));
}

/// The metatable scripts see for `v` (user metatable for tables with an internal one).
pub fn visible_metatable<'gc>(ctx: Context<'gc>, v: Value<'gc>) -> Option<Table<'gc>> {
    let mt = match v {
        Value::Table(t) => t.metatable()?,
        Value::UserData(u) => u.metatable()?,
        _ => return None,
    };
    match behind(ctx, mt) {
        Some(u) => Some(u),
        None if is_dirty_marker(ctx, mt) => None,
        None => Some(mt),
    }
}

/// Raw store with piccolo's dead-key growth panic kept away (see `runtime::after_nil_store`).
pub fn raw_store<'gc>(
    ctx: Context<'gc>,
    t: Table<'gc>,
    k: Value<'gc>,
    v: Value<'gc>,
) -> Result<(), &'static str> {
    let guarded = t.metatable().is_some();
    if guarded {
        t.into_inner().borrow_mut(&ctx).raw_table.reserve_map(1);
    }
    t.set_value(&ctx, k, v).map_err(|e| match e {
        piccolo::table::InvalidTableKey::IsNaN => "table index is NaN",
        piccolo::table::InvalidTableKey::IsNil => "table index is nil",
    })?;
    if v.is_nil() {
        after_nil_store(ctx, t, k);
    } else if guarded {
        t.into_inner().borrow_mut(&ctx).raw_table.reserve_map(1);
    }
    Ok(())
}

/// What to do next while walking an `__index` chain.
enum Step<'gc> {
    /// The value read.
    Value(Value<'gc>),
    /// Call `function(args)` and return its first result.
    Call(Function<'gc>, Vec<Value<'gc>>),
}

fn chain_error<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    msg: impl AsRef<str>,
) -> Error<'gc> {
    helper_error(ctx, exec, msg)
}

/// Lua 5.1 `luaV_gettable` from `obj`, whose own raw lookup may already have missed.
fn index_chain<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    obj: Value<'gc>,
    key: Value<'gc>,
) -> Result<Step<'gc>, Error<'gc>> {
    let mut cur = obj;
    for _ in 0..MAX_CHAIN {
        let Value::Table(t) = cur else {
            // Strings, userdata...: piccolo's rules (strings index the string library).
            return match meta_ops::index(ctx, cur, key) {
                Ok(MetaResult::Value(v)) => Ok(Step::Value(v)),
                Ok(MetaResult::Call(c)) => Ok(Step::Call(c.function, c.args.to_vec())),
                Err(e) => Err(chain_error(
                    ctx,
                    exec,
                    format!("attempt to index a {} value", lua_type(e.found)),
                )),
            };
        };
        let v = t.get_value(key);
        if !v.is_nil() {
            return Ok(Step::Value(v));
        }
        let Some(mt) = t.metatable() else {
            return Ok(Step::Value(Value::Nil));
        };
        let Some(umt) = behind(ctx, mt) else {
            // Internal metatables (readonly proxies, sealed globals, dead-key marker).
            return match meta_ops::index(ctx, cur, key) {
                Ok(MetaResult::Value(v)) => Ok(Step::Value(v)),
                Ok(MetaResult::Call(c)) => Ok(Step::Call(c.function, c.args.to_vec())),
                Err(_) => Ok(Step::Value(Value::Nil)),
            };
        };
        match umt.get(ctx, "__index") {
            Value::Nil => return Ok(Step::Value(Value::Nil)),
            Value::Function(f) => return Ok(Step::Call(f, vec![cur, key])),
            h => cur = h,
        }
    }
    Err(chain_error(ctx, exec, "loop in gettable"))
}

fn lua_type(piccolo_name: &str) -> &str {
    if piccolo_name == "integer" {
        "number"
    } else {
        piccolo_name
    }
}

/// Reads `obj[key]` with Lua 5.1 rules for use by helpers (`obj:method()`).
pub fn index_value<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    obj: Value<'gc>,
    key: Value<'gc>,
) -> Result<MetaResult<'gc, 2>, Error<'gc>> {
    match index_chain(ctx, exec, obj, key)? {
        Step::Value(v) => Ok(MetaResult::Value(v)),
        Step::Call(function, args) => {
            let a = args.first().copied().unwrap_or(Value::Nil);
            let b = args.get(1).copied().unwrap_or(Value::Nil);
            Ok(MetaResult::Call(piccolo::meta_ops::MetaCall {
                function,
                args: [a, b],
            }))
        }
    }
}

fn index_callback<'gc>(ctx: Context<'gc>) -> Callback<'gc> {
    Callback::from_fn(&ctx, |ctx, exec, mut stack| {
        let obj = stack.get(0);
        let key = stack.get(1);
        stack.clear();
        match index_chain(ctx, &exec, obj, key)? {
            Step::Value(v) => {
                stack.push_back(v);
                Ok(CallbackReturn::Return)
            }
            Step::Call(function, args) => {
                stack.extend(args);
                Ok(CallbackReturn::Call {
                    function,
                    then: None,
                })
            }
        }
    })
}

/// `cur[key] = val` by piccolo's own rules (values without a user metatable).
fn piccolo_new_index<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    mut stack: piccolo::Stack<'gc, '_>,
    cur: Value<'gc>,
    key: Value<'gc>,
    val: Value<'gc>,
) -> Result<CallbackReturn<'gc>, Error<'gc>> {
    match meta_ops::new_index(ctx, cur, key, val) {
        Ok(None) => Ok(CallbackReturn::Return),
        Ok(Some(c)) => {
            stack.extend(c.args);
            Ok(CallbackReturn::Call {
                function: c.function,
                then: None,
            })
        }
        Err(_) => Err(chain_error(
            ctx,
            exec,
            format!("attempt to index a {} value", type_name(cur)),
        )),
    }
}

fn newindex_callback<'gc>(ctx: Context<'gc>) -> Callback<'gc> {
    Callback::from_fn(&ctx, |ctx, exec, mut stack| {
        let obj = stack.get(0);
        let key = stack.get(1);
        let val = stack.get(2);
        stack.clear();
        let mut cur = obj;
        for _ in 0..MAX_CHAIN {
            let Value::Table(t) = cur else {
                return piccolo_new_index(ctx, &exec, stack, cur, key, val);
            };
            let mt = t.metatable();
            let umt = mt.and_then(|m| behind(ctx, m));
            if let (Some(m), None) = (mt, umt) {
                if !is_dirty_marker(ctx, m) {
                    // Internal metatable (readonly proxy...): piccolo's own rules.
                    return piccolo_new_index(ctx, &exec, stack, cur, key, val);
                }
            }
            let handler = match umt {
                Some(u) if t.get_value(key).is_nil() => u.get(ctx, "__newindex"),
                _ => Value::Nil,
            };
            match handler {
                Value::Nil => {
                    raw_store(ctx, t, key, val).map_err(|m| chain_error(ctx, &exec, m))?;
                    return Ok(CallbackReturn::Return);
                }
                Value::Function(f) => {
                    stack.extend([cur, key, val]);
                    return Ok(CallbackReturn::Call {
                        function: f,
                        then: None,
                    });
                }
                h => cur = h,
            }
        }
        Err(chain_error(ctx, &exec, "loop in settable"))
    })
}

fn call_callback<'gc>(ctx: Context<'gc>) -> Callback<'gc> {
    Callback::from_fn(&ctx, |ctx, exec, stack| {
        let obj = stack.get(0);
        match visible_metatable(ctx, obj).map(|m| m.get(ctx, "__call")) {
            Some(Value::Function(function)) => Ok(CallbackReturn::Call {
                function,
                then: None,
            }),
            _ => {
                let t = type_name(obj);
                let msg = match describe_call_failure(ctx, t) {
                    Some(d) => format!("attempt to call {d} (a {t} value)"),
                    None => format!("attempt to call a {t} value"),
                };
                Err(chain_error(ctx, &exec, msg))
            }
        }
    })
}

fn eq_callback<'gc>(ctx: Context<'gc>) -> Callback<'gc> {
    Callback::from_fn(&ctx, |ctx, _exec, mut stack| {
        let a = stack.get(0);
        let b = stack.get(1);
        let m1 = visible_metatable(ctx, a);
        let m2 = visible_metatable(ctx, b);
        let tm = match (m1, m2) {
            (Some(m1), Some(m2)) => {
                let t1 = m1.get(ctx, "__eq");
                if t1.is_nil() {
                    None
                } else if m1 == m2 {
                    Some(t1)
                } else {
                    let t2 = m2.get(ctx, "__eq");
                    super::runtime::raw_equal(t1, t2).then_some(t1)
                }
            }
            _ => None,
        };
        match tm {
            Some(Value::Function(function)) => Ok(CallbackReturn::Call {
                function,
                then: None,
            }),
            _ => {
                stack.clear();
                stack.push_back(Value::Boolean(false));
                Ok(CallbackReturn::Return)
            }
        }
    })
}
