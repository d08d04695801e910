//! Lua 5.1 on piccolo: front-end pass, standard library, Redis's libraries and sandbox.
//!
//! [`LuaRuntime`] owns a `piccolo::Lua` with the Lua 5.1 standard library (base, table, math,
//! string, coroutine), Redis's cjson/cmsgpack/bit/struct, and the hidden helpers the front-end
//! rewrites rely on. Scripts are compiled with [`LuaRuntime::compile`]; the scripting host runs
//! them with `piccolo::Executor::step` and turns escaped errors into Lua values with
//! [`error_value`].
//!
//! Host access to the sealed globals: [`set_protected_global`] (raw set, e.g. `KEYS`, `ARGV`,
//! `redis`) and [`sandbox::readonly_table`] (wrap a host-built table such as `redis` so scripts
//! cannot modify it).

pub mod frontend;
pub mod harness;
pub mod libs;
pub mod pattern;
pub mod runtime;
pub mod sandbox;
pub mod stdlib;
pub mod usermeta;

use piccolo::closure::{UpValue, UpValueState};
use piccolo::types::UpValueDescriptor;
use piccolo::{
    Closure, Context, FunctionPrototype, Lua, StashedFunction, StashedTable, Table, Value,
};

pub use runtime::{error_value, rt_error};

/// A Lua 5.1 runtime (see the module docs).
pub struct LuaRuntime {
    lua: Lua,
}

impl Default for LuaRuntime {
    fn default() -> Self {
        Self::new()
    }
}

impl LuaRuntime {
    /// Lua 5.1 stdlib + string + cjson/cmsgpack/bit/struct loaded; not sealed.
    pub fn new() -> LuaRuntime {
        let mut lua = Lua::empty();
        lua.enter(|ctx| {
            stdlib::base::load_base(ctx);
            piccolo::stdlib::load_coroutine(ctx);
            stdlib::base::load_coroutine_wrap(ctx);
            stdlib::table::load_table(ctx);
            stdlib::math::load_math(ctx);
            stdlib::os::load_os(ctx);
            stdlib::string::load_string(ctx);
            let string_lib = ctx.globals().get(ctx, "string");
            let _ = runtime::rt(ctx).misc.set(ctx, "string", string_lib);
            libs::cjson::load_cjson(ctx);
            libs::cmsgpack::load_cmsgpack(ctx);
            libs::bit::load_bit(ctx);
            libs::structlib::load_structlib(ctx);
        });
        LuaRuntime { lua }
    }

    /// The underlying piccolo instance.
    pub fn lua(&mut self) -> &mut Lua {
        &mut self.lua
    }

    /// Parse (front-end) + compile. `chunk_name` like `"user_script"` gives error positions
    /// `user_script:LINE:`. `env`: optional globals table for the chunk; `None` = the globals.
    pub fn compile(
        &mut self,
        chunk_name: &str,
        source: &[u8],
        env: Option<&StashedTable>,
    ) -> Result<StashedFunction, String> {
        self.lua.enter(|ctx| {
            let env = env.map(|e| ctx.fetch(e));
            let closure = compile_closure(ctx, chunk_name, source, env)?;
            Ok(ctx.stash(piccolo::Function::Closure(closure)))
        })
    }

    /// Installs Redis's sandbox on the globals.
    pub fn seal(&mut self) {
        self.lua.enter(sandbox::seal);
    }

    /// Bytes allocated by the Lua heap.
    pub fn total_memory(&self) -> usize {
        self.lua.total_memory()
    }

    /// Raw-sets a global even after [`LuaRuntime::seal`] (for `KEYS`, `ARGV`, `redis`, ...).
    pub fn set_global_with<F>(&mut self, name: &str, make: F)
    where
        F: for<'gc> FnOnce(Context<'gc>) -> Value<'gc>,
    {
        self.lua.enter(|ctx| {
            let v = make(ctx);
            set_protected_global(ctx, name, v);
        });
    }
}

/// Raw-sets a global in the (possibly sealed) globals table.
pub fn set_protected_global<'gc>(ctx: Context<'gc>, name: &str, value: Value<'gc>) {
    let key = ctx.intern(name.as_bytes());
    let _ = ctx.globals().set(ctx, key, value);
}

/// Compiles code loaded at run time (`loadstring`): always metamethod-aware, since its
/// operands may come from the code that loaded it.
pub fn compile_loaded<'gc>(
    ctx: Context<'gc>,
    chunk_name: &str,
    source: &[u8],
) -> Result<Closure<'gc>, String> {
    compile_with(ctx, chunk_name, source, None, true)
}

/// Compiles `source` into a closure whose `_ENV` is `env` (default: the globals).
pub fn compile_closure<'gc>(
    ctx: Context<'gc>,
    chunk_name: &str,
    source: &[u8],
    env: Option<Table<'gc>>,
) -> Result<Closure<'gc>, String> {
    compile_with(ctx, chunk_name, source, env, false)
}

fn compile_with<'gc>(
    ctx: Context<'gc>,
    chunk_name: &str,
    source: &[u8],
    env: Option<Table<'gc>>,
    aware: bool,
) -> Result<Closure<'gc>, String> {
    let id = runtime::next_chunk_id(ctx);
    let out = frontend::compile(chunk_name, source, id, aware)?;
    runtime::register_chunk(
        ctx,
        id,
        runtime::ChunkInfo {
            name: chunk_name.to_string(),
            lines: out.lines,
        },
    );
    let proto = FunctionPrototype::from_compiled_map_strings(
        &ctx,
        ctx.intern(chunk_name.as_bytes()),
        &out.proto,
        |s| ctx.intern(s),
    );
    let env = env.unwrap_or_else(|| ctx.globals());
    // The front-end returns `local <slots>; return function(...) <chunk> end`: build the inner
    // function's closure directly, its slot upvalues bound to the shared line cell and helpers.
    let Some(inner) = proto.prototypes.first().copied() else {
        return Err("internal error: front-end produced no chunk function".to_string());
    };
    let helpers = runtime::helper_values(ctx);
    let line = runtime::rt(ctx).line;
    let depth = runtime::rt(ctx).depth;
    let depth_slot = frontend::keys::SLOTS
        .iter()
        .position(|k| *k == frontend::keys::DEPTH)
        .unwrap_or(usize::MAX);
    let mut upvalues =
        allocator_api2::vec::Vec::new_in(gc_arena::allocator_api::MetricsAlloc::new(&ctx));
    for d in inner.upvalues.iter() {
        let uv = match *d {
            UpValueDescriptor::ParentLocal(r) if r.0 == 0 => line,
            UpValueDescriptor::ParentLocal(r) if usize::from(r.0) == depth_slot => depth,
            UpValueDescriptor::ParentLocal(r) => {
                let v = helpers.get(usize::from(r.0)).copied().unwrap_or(Value::Nil);
                UpValue::new(&ctx, UpValueState::Closed(v))
            }
            UpValueDescriptor::Outer(_) | UpValueDescriptor::Environment => {
                UpValue::new(&ctx, UpValueState::Closed(Value::Table(env)))
            }
        };
        upvalues.push(uv);
    }
    Ok(Closure::from_parts(&ctx, inner, upvalues))
}

/// Lua 5.1's displayed chunk name for `loadstring(s [, name])` (`luaO_chunkid`).
pub fn chunk_id_name(source: &[u8], name: Option<&[u8]>) -> String {
    // Redis builds Lua with LUA_IDSIZE 60: 60 - sizeof(" [string \"...\"] ").
    const BUFF: usize = 60 - 17;
    let src = name.unwrap_or(source);
    if let Some(rest) = src.strip_prefix(b"=").or_else(|| src.strip_prefix(b"@")) {
        let n = rest.len().min(59);
        return String::from_utf8_lossy(rest.get(..n).unwrap_or(rest)).into_owned();
    }
    let len = src
        .iter()
        .position(|&c| c == b'\n' || c == b'\r')
        .unwrap_or(src.len());
    let len = len.min(BUFF);
    let head = String::from_utf8_lossy(src.get(..len).unwrap_or(src));
    if len < src.len() {
        format!("[string \"{head}...\"]")
    } else {
        format!("[string \"{head}\"]")
    }
}
