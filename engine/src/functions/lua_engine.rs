//! The LUA function engine: runs library code in Redis 7.0's load-time sandbox, collects
//! `redis.register_function` calls, and keeps the registered callbacks by handle.
//!
//! Each library chunk gets its own environment table whose metatable forwards reads to a
//! restricted table (only `redis.register_function`, `redis.log`, `LOG_*` and the version
//! constants) while the library loads, and to the VM's sealed globals afterwards. Library
//! level locals live on as upvalues of the registered callbacks, as in Redis.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use piccolo::{
    Callback, CallbackReturn, Context, Error, Execution, Executor, Fuel, StashedFunction,
    StashedTable, Table, Value,
};

use super::engine_api::{
    flag_by_name, valid_name, FunctionEngine, FunctionInfo, DUPLICATE_IN_LIBRARY, INVALID_NAME,
};
use crate::scripting::api::{self, error_text, Shared};
use crate::scripting::run::RunState;
use crate::scripting::Vm;
use crate::state::Core;

/// Fuel a library's top-level code may use while loading (the load time limit).
pub const LOAD_FUEL_LIMIT: i64 = 50_000_000;

struct Pending {
    name: Vec<u8>,
    description: Option<Vec<u8>>,
    flags: u32,
    callback: StashedFunction,
}

/// The Lua VM for functions plus the registered callbacks.
pub struct FunctionVm {
    /// The VM (globals sealed, full `redis` API).
    pub vm: Vm,
    loading: Rc<Cell<bool>>,
    pending: Rc<RefCell<Vec<Pending>>>,
    load_env: StashedTable,
    callbacks: HashMap<u64, StashedFunction>,
    next_handle: u64,
}

fn raise_load<'gc>(
    ctx: Context<'gc>,
    shared: &Shared,
    exec: &Execution<'gc, '_>,
    msg: &str,
) -> Error<'gc> {
    api::raise(ctx, shared, exec, &error_text(msg.as_bytes()))
}

fn positioned<'gc>(ctx: Context<'gc>, exec: &Execution<'gc, '_>, msg: &str) -> Error<'gc> {
    let line = exec
        .upper_lua_frame()
        .map(|f| f.current_line.0 + 1)
        .unwrap_or(0);
    let text = format!("user_function:{line}: {msg}");
    Value::String(piccolo::String::from_slice(&ctx, text.as_bytes())).into()
}

/// `Script attempted to access nonexistent global variable 'x'` at the caller's line.
fn missing_global<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    key: Value<'gc>,
) -> Error<'gc> {
    let name = match key {
        Value::String(k) => String::from_utf8_lossy(k.as_bytes()).into_owned(),
        other => other.type_name().to_string(),
    };
    positioned(
        ctx,
        exec,
        &format!("Script attempted to access nonexistent global variable '{name}'"),
    )
}

/// `Attempt to modify a readonly table` at the caller's line.
fn readonly_error<'gc>(ctx: Context<'gc>, exec: &Execution<'gc, '_>) -> Error<'gc> {
    positioned(ctx, exec, "Attempt to modify a readonly table")
}

fn value_as_name(v: Value<'_>) -> Option<Vec<u8>> {
    match v {
        Value::String(s) => Some(s.as_bytes().to_vec()),
        Value::Integer(i) => Some(i.to_string().into_bytes()),
        Value::Number(n) => Some(crate::util::numfmt::fmt_g(n, 14).into_bytes()),
        _ => None,
    }
}

fn parse_flags<'gc>(ctx: Context<'gc>, v: Value<'gc>) -> Result<u32, &'static str> {
    let Value::Table(t) = v else {
        return Err(
            "flags argument to redis.register_function must be a table representing function flags",
        );
    };
    let mut out = 0;
    let mut i = 1i64;
    loop {
        match t.get(ctx, i) {
            Value::Nil => break,
            Value::String(s) => match flag_by_name(s.as_bytes()) {
                Some(bit) => out |= bit,
                None => return Err("unknown flag given"),
            },
            _ => return Err("unknown flag given"),
        }
        i += 1;
    }
    Ok(out)
}

fn register_impl<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    stack: &piccolo::Stack<'gc, '_>,
    shared: &Shared,
    loading: &Cell<bool>,
    pending: &RefCell<Vec<Pending>>,
) -> Result<(), Error<'gc>> {
    if !loading.get() {
        return Err(raise_load(
            ctx,
            shared,
            exec,
            "redis.register_function can only be called on FUNCTION LOAD command",
        ));
    }
    let (name, callback, description, flags) = match stack.len() {
        1 => {
            let Value::Table(t) = stack.get(0) else {
                return Err(raise_load(
                    ctx,
                    shared,
                    exec,
                    "calling redis.register_function with a single argument is only applicable to Lua table (representing named arguments).",
                ));
            };
            let (mut name, mut cb, mut desc, mut fl) = (None, None, None, 0u32);
            for (k, v) in t.iter() {
                let key =
                    match k {
                        Value::String(s) => s.as_bytes().to_vec(),
                        _ => return Err(raise_load(
                            ctx,
                            shared,
                            exec,
                            "named argument key given to redis.register_function is not a string",
                        )),
                    };
                match key.as_slice() {
                    b"function_name" => match v {
                        Value::String(s) => name = Some(s.as_bytes().to_vec()),
                        _ => {
                            return Err(raise_load(ctx, shared, exec, "function_name argument given to redis.register_function must be a string"))
                        }
                    },
                    b"callback" => match v {
                        Value::Function(f) => cb = Some(f),
                        _ => {
                            return Err(raise_load(ctx, shared, exec, "callback argument given to redis.register_function must be a function"))
                        }
                    },
                    b"description" => match value_as_name(v) {
                        Some(d) => desc = Some(d),
                        None => {
                            return Err(raise_load(ctx, shared, exec, "description argument given to redis.register_function must be a string"))
                        }
                    },
                    b"flags" => match parse_flags(ctx, v) {
                        Ok(f) => fl = f,
                        Err(m) => return Err(raise_load(ctx, shared, exec, m)),
                    },
                    _ => return Err(raise_load(ctx, shared, exec, "unknown argument given to redis.register_function")),
                }
            }
            let Some(name) = name else {
                return Err(raise_load(
                    ctx,
                    shared,
                    exec,
                    "redis.register_function must get a function name argument",
                ));
            };
            let Some(cb) = cb else {
                return Err(raise_load(
                    ctx,
                    shared,
                    exec,
                    "redis.register_function must get a callback argument",
                ));
            };
            (name, cb, desc, fl)
        }
        2 => {
            let Some(name) = value_as_name(stack.get(0)) else {
                return Err(raise_load(
                    ctx,
                    shared,
                    exec,
                    "first argument to redis.register_function must be a string",
                ));
            };
            let Value::Function(cb) = stack.get(1) else {
                return Err(raise_load(
                    ctx,
                    shared,
                    exec,
                    "second argument to redis.register_function must be a function",
                ));
            };
            (name, cb, None, 0)
        }
        _ => {
            return Err(raise_load(
                ctx,
                shared,
                exec,
                "wrong number of arguments to redis.register_function",
            ))
        }
    };
    if !valid_name(&name) {
        return Err(raise_load(ctx, shared, exec, INVALID_NAME));
    }
    let mut p = pending.borrow_mut();
    if p.iter().any(|f| f.name.eq_ignore_ascii_case(&name)) {
        return Err(raise_load(ctx, shared, exec, DUPLICATE_IN_LIBRARY));
    }
    p.push(Pending {
        name,
        description,
        flags,
        callback: ctx.stash(callback),
    });
    Ok(())
}

fn make_register<'gc>(
    ctx: Context<'gc>,
    loading: &Rc<Cell<bool>>,
    pending: &Rc<RefCell<Vec<Pending>>>,
    shared: &Shared,
) -> Callback<'gc> {
    let (l, p, s) = (loading.clone(), pending.clone(), shared.clone());
    Callback::from_fn(&ctx, move |ctx, exec, mut stack| {
        register_impl(ctx, &exec, &stack, &s, &l, &p)?;
        stack.clear();
        Ok(CallbackReturn::Return)
    })
}

impl FunctionVm {
    /// A fresh function VM.
    pub fn new(core: Rc<RefCell<Core>>, run: Rc<RefCell<RunState>>) -> FunctionVm {
        let loading = Rc::new(Cell::new(false));
        let pending: Rc<RefCell<Vec<Pending>>> = Rc::new(RefCell::new(Vec::new()));
        let shared = Shared { core, run };
        // The run-time `redis` table gets a register_function that refuses to run.
        let (l, p, s) = (loading.clone(), pending.clone(), shared.clone());
        let mut vm = Vm::with_api(shared.clone(), "user_function", move |ctx, t| {
            let _ = t.set(ctx, "register_function", make_register(ctx, &l, &p, &s));
        });
        let load_env = vm.rt.lua().enter(|ctx| {
            let load_redis = Table::new(&ctx);
            let _ = load_redis.set(
                ctx,
                "register_function",
                make_register(ctx, &loading, &pending, &shared),
            );
            api::install_log(ctx, load_redis, &shared);
            api::install_constants(ctx, load_redis);
            // Any other field of the load-time `redis` table does not exist.
            let meta = Table::new(&ctx);
            let _ = meta.set(
                ctx,
                "__index",
                Callback::from_fn(&ctx, |ctx, exec, stack| {
                    Err(missing_global(ctx, &exec, stack.get(1)))
                }),
            );
            let _ = meta.set(
                ctx,
                "__newindex",
                Callback::from_fn(&ctx, |ctx, exec, _| Err(readonly_error(ctx, &exec))),
            );
            let _ = load_redis.set_metatable(&ctx, Some(meta));
            let env = Table::new(&ctx);
            let _ = env.set(ctx, "redis", load_redis);
            ctx.stash(env)
        });
        FunctionVm {
            vm,
            loading,
            pending,
            load_env,
            callbacks: HashMap::new(),
            next_handle: 1,
        }
    }

    /// The environment for one library chunk: reads go to the load-time table while
    /// loading and to the sealed globals afterwards; writes are refused.
    fn library_env(&mut self) -> StashedTable {
        let loading = self.loading.clone();
        let load_env = self.load_env.clone();
        let shared = self.vm.shared.clone();
        self.vm.rt.lua().enter(|ctx| {
            let env = Table::new(&ctx);
            let meta = Table::new(&ctx);
            let le = ctx.fetch(&load_env);
            let s = shared.clone();
            let index = Callback::from_fn_with(&ctx, le, move |le, ctx, exec, mut stack| {
                let key = stack.get(1);
                let source = if loading.get() { *le } else { ctx.globals() };
                let v = source.get_value(key);
                if v.is_nil() {
                    let _ = &s;
                    return Err(missing_global(ctx, &exec, key));
                }
                stack.replace(ctx, v);
                Ok(CallbackReturn::Return)
            });
            let newindex = Callback::from_fn(&ctx, |ctx, exec, _| Err(readonly_error(ctx, &exec)));
            let _ = meta.set(ctx, "__index", index);
            let _ = meta.set(ctx, "__newindex", newindex);
            let _ = meta.set(ctx, "__metatable", false);
            let _ = env.set_metatable(&ctx, Some(meta));
            ctx.stash(env)
        })
    }

    /// Runs library `code` (the text after the shebang line, from its newline) and returns the functions it registered,
    /// or Redis's error text (without the leading `ERR `).
    pub fn create_library(&mut self, code: &[u8]) -> Result<Vec<FunctionInfo>, Vec<u8>> {
        // `code` starts at the shebang's newline, so line numbers are those of the full text.
        let src = code;
        let env = self.library_env();
        let func = self
            .vm
            .rt
            .compile("user_function", src, Some(&env))
            .map_err(|e| format!("Error compiling function: {e}").into_bytes())?;
        self.pending.borrow_mut().clear();
        if let Ok(mut run) = self.vm.shared.run.try_borrow_mut() {
            let c = crate::state::ClientCtx::new(0);
            run.begin(&c, 0, true, false);
        }
        self.loading.set(true);
        let result = self.run_to_end(&func);
        self.loading.set(false);
        if let Ok(mut run) = self.vm.shared.run.try_borrow_mut() {
            run.active = false;
        }
        let pending = std::mem::take(&mut *self.pending.borrow_mut());
        result?;
        if pending.is_empty() {
            return Err(b"No functions registered".to_vec());
        }
        let mut out = Vec::with_capacity(pending.len());
        for p in pending {
            let handle = self.next_handle;
            self.next_handle += 1;
            self.callbacks.insert(handle, p.callback);
            out.push(FunctionInfo {
                name: p.name,
                description: p.description,
                flags: p.flags,
                handle,
            });
        }
        Ok(out)
    }

    fn run_to_end(&mut self, func: &StashedFunction) -> Result<(), Vec<u8>> {
        let ex = self.vm.rt.lua().enter(|ctx| {
            crate::lua::runtime::begin_run(ctx);
            ctx.stash(Executor::start(ctx, ctx.fetch(func), ()))
        });
        let mut spent: i64 = 0;
        loop {
            let done = self.vm.rt.lua().enter(|ctx| {
                let mut f = Fuel::with(100_000);
                ctx.fetch(&ex).step(ctx, &mut f)
            });
            if done {
                break;
            }
            spent += 100_000;
            if spent > LOAD_FUEL_LIMIT {
                return Err(b"Error registering functions: FUNCTION LOAD timeout".to_vec());
            }
        }
        let raised = self
            .vm
            .shared
            .run
            .try_borrow()
            .map(|r| r.raised.clone())
            .unwrap_or_default();
        self.vm.rt.lua().enter(|ctx| {
            match ctx
                .fetch(&ex)
                .take_result::<piccolo::Variadic<Vec<Value>>>(ctx)
            {
                Ok(Ok(_)) => Ok(()),
                Ok(Err(err)) => {
                    let v = crate::lua::error_value(ctx, &err);
                    let text = match v {
                        Value::String(s) if raised.iter().any(|r| r.as_slice() == s.as_bytes()) => {
                            s.as_bytes().to_vec()
                        }
                        Value::String(s) => {
                            let mut m = b"ERR ".to_vec();
                            m.extend_from_slice(s.as_bytes());
                            m
                        }
                        Value::Table(t) => match t.get(ctx, "err") {
                            Value::String(s) => s.as_bytes().to_vec(),
                            _ => b"ERR unknown error".to_vec(),
                        },
                        other => format!("ERR {}", other.type_name()).into_bytes(),
                    };
                    let mut m = b"Error registering functions: ".to_vec();
                    m.extend_from_slice(&text);
                    Err(m)
                }
                Err(_) => Err(b"Error registering functions: load did not finish".to_vec()),
            }
        })
    }

    /// Drops the callbacks of a removed library.
    pub fn free(&mut self, handles: &[u64]) {
        for h in handles {
            self.callbacks.remove(h);
        }
    }

    /// The callback registered under `handle`.
    pub fn callback(&self, handle: u64) -> Option<&StashedFunction> {
        self.callbacks.get(&handle)
    }

    /// Bytes used by the VM.
    pub fn memory_used(&self) -> usize {
        self.vm.rt.total_memory()
    }
}

impl FunctionEngine for FunctionVm {
    fn name(&self) -> &'static str {
        "LUA"
    }
    fn create(&mut self, _library: &[u8], code: &[u8]) -> Result<Vec<FunctionInfo>, Vec<u8>> {
        self.create_library(code)
    }
    fn free(&mut self, handles: &[u64]) {
        FunctionVm::free(self, handles)
    }
    fn memory_used(&self) -> usize {
        FunctionVm::memory_used(self)
    }
}
