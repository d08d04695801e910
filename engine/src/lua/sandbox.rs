//! Redis 7.0's Lua sandbox (`seal`): the globals become read-only for scripts (assigning a
//! global errors `Attempt to modify a readonly table`, reading a missing one errors
//! `Script attempted to access nonexistent global variable 'x'`), library tables are replaced by
//! read-only proxies (`rawset`/`setmetatable` refuse them too), `_G` is a read-only proxy of the
//! globals, and the functions Redis removes are gone.
//!
//! Hosts keep writing globals with [`crate::lua::set_protected_global`] (a raw set) and wrap
//! their own tables (e.g. `redis`) with [`readonly_table`].

use piccolo::{Callback, CallbackReturn, Context, Error, Table, Value};

use super::runtime::{rt, rt_error};

const REMOVED: &[&str] = &[
    "print", "os", "io", "loadfile", "dofile", "require", "module", "package", "debug", "setfenv",
    "getfenv", "newproxy", "gcinfo",
];

const LIBRARIES: &[&str] = &[
    "string",
    "table",
    "math",
    "coroutine",
    "cjson",
    "cmsgpack",
    "bit",
    "struct",
];

fn readonly_error<'gc>(ctx: Context<'gc>) -> Callback<'gc> {
    Callback::from_fn(&ctx, |ctx, exec, _| {
        Err(rt_error(ctx, &exec, "Attempt to modify a readonly table"))
    })
}

/// Returns a read-only proxy of `target`: reads go through to `target`, writes (including
/// `rawset` and `setmetatable`) error with `Attempt to modify a readonly table`.
pub fn readonly_table<'gc>(ctx: Context<'gc>, target: Table<'gc>) -> Table<'gc> {
    if !rt(ctx).readonly.get_value(target.into()).is_nil() {
        return target;
    }
    let proxy = Table::new(&ctx);
    let mt = Table::new(&ctx);
    let getter = Callback::from_fn_with(&ctx, target, |target, _ctx, _, mut stack| {
        let k = stack.get(1);
        let v = target.get_value(k);
        stack.clear();
        stack.push_back(v);
        Ok(CallbackReturn::Return)
    });
    let _ = mt.set(ctx, "__index", getter);
    let _ = mt.set(ctx, "__newindex", readonly_error(ctx));
    proxy.set_metatable(&ctx, Some(mt));
    let _ = rt(ctx).readonly.set(ctx, proxy, target);
    proxy
}

/// Installs the sandbox on the globals.
pub fn seal(ctx: Context<'_>) {
    let g = ctx.globals();
    for name in REMOVED {
        let _ = g.set(ctx, *name, Value::Nil);
    }
    for name in LIBRARIES {
        if let Value::Table(t) = g.get(ctx, *name) {
            let p = readonly_table(ctx, t);
            let _ = g.set(ctx, *name, p);
        }
    }
    // The string metatable (what getmetatable('') returns) becomes read-only too.
    let string_mt = Table::new(&ctx);
    let _ = string_mt.set(ctx, "__index", g.get(ctx, "string"));
    let _ = rt(ctx)
        .misc
        .set(ctx, "string_mt", readonly_table(ctx, string_mt));
    // Metatable of the globals: missing reads error, new writes error.
    let gmt = Table::new(&ctx);
    let _ = gmt.set(
        ctx,
        "__index",
        Callback::from_fn(&ctx, |ctx, exec, stack| {
            let k = stack.get(1);
            let name = match k {
                Value::String(s) => String::from_utf8_lossy(s.as_bytes()).replace('\x01', ""),
                other => super::runtime::raw_tostring(other)
                    .into_iter()
                    .map(char::from)
                    .collect(),
            };
            Err::<CallbackReturn, Error>(rt_error(
                ctx,
                &exec,
                format!("Script attempted to access nonexistent global variable '{name}'"),
            ))
        }),
    );
    let _ = gmt.set(ctx, "__newindex", readonly_error(ctx));
    // What scripts see as getmetatable(_G): a read-only view with the same entries.
    let visible = Table::new(&ctx);
    let _ = visible.set(ctx, "__index", gmt.get(ctx, "__index"));
    let _ = visible.set(ctx, "__newindex", gmt.get(ctx, "__newindex"));
    let visible = readonly_table(ctx, visible);
    super::runtime::compact_table(ctx, g);
    g.set_metatable(&ctx, Some(gmt));
    let _ = rt(ctx).sealed.set(ctx, g, true);

    // `_G` is a proxy whose metatable reports `visible`.
    let proxy = readonly_table(ctx, g);
    if let Some(pmt) = proxy.metatable() {
        let _ = pmt.set(ctx, "__metatable", visible);
        // Missing globals read through `_G` also error like Redis.
        let _ = pmt.set(ctx, "__index", gmt.get(ctx, "__index"));
        let _ = pmt.set(
            ctx,
            "__index",
            Callback::from_fn_with(&ctx, g, |g, ctx, exec, mut stack| {
                let k = stack.get(1);
                let v = g.get_value(k);
                if v.is_nil() {
                    let name = match k {
                        Value::String(s) => String::from_utf8_lossy(s.as_bytes()).into_owned(),
                        _ => String::new(),
                    };
                    return Err(rt_error(
                        ctx,
                        &exec,
                        format!("Script attempted to access nonexistent global variable '{name}'"),
                    ));
                }
                stack.clear();
                stack.push_back(v);
                Ok(CallbackReturn::Return)
            }),
        );
    }
    let _ = g.set(ctx, "_G", proxy);
}
