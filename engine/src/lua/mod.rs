//! Lua 5.1 on piccolo: front-end pass, standard library, Redis's libraries and sandbox.
//!
//! TEMPORARY SHIM (lead): a minimal `LuaRuntime` over bare piccolo so scripting can be
//! developed; replaced by the real runtime from the `luacore` branch.

pub mod frontend;
pub mod libs;
pub mod pattern;
pub mod sandbox;
pub mod stdlib;

use piccolo::{Closure, Context, Error, Lua, StashedFunction, StashedTable, Value};

/// A Lua VM with the 5.1 standard library and Redis's libraries.
pub struct LuaRuntime {
    lua: Lua,
}

impl Default for LuaRuntime {
    fn default() -> Self {
        Self::new()
    }
}

impl LuaRuntime {
    /// A fresh VM, not sealed.
    pub fn new() -> LuaRuntime {
        LuaRuntime { lua: Lua::core() }
    }
    /// The underlying piccolo VM.
    pub fn lua(&mut self) -> &mut Lua {
        &mut self.lua
    }
    /// Parses and compiles a chunk.
    pub fn compile(
        &mut self,
        chunk_name: &str,
        source: &[u8],
        env: Option<&StashedTable>,
    ) -> Result<StashedFunction, String> {
        self.lua.enter(|ctx| {
            let env = match env {
                Some(e) => ctx.fetch(e),
                None => ctx.globals(),
            };
            match Closure::load_with_env(ctx, Some(chunk_name), source, env) {
                Ok(c) => Ok(ctx.stash(piccolo::Function::Closure(c))),
                Err(e) => Err(format!("{chunk_name}:{e}")),
            }
        })
    }
    /// Installs the sandbox.
    pub fn seal(&mut self) {}
    /// Bytes allocated by the VM.
    pub fn total_memory(&self) -> usize {
        self.lua.total_memory()
    }
}

/// The Lua value an escaped error stands for (what pcall would return).
pub fn error_value<'gc>(ctx: Context<'gc>, err: &Error<'gc>) -> Value<'gc> {
    match err {
        Error::Lua(v) => v.0,
        Error::Runtime(r) => Value::String(ctx.intern(r.to_string().as_bytes())),
    }
}
