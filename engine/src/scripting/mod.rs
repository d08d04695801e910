//! Eval scripts: the EVAL family, the script cache, the `redis.*` API, conversions, and
//! the sliced execution shared with functions ([`Vm`]).

pub mod api;
pub mod convert;
pub mod run;
pub mod shebang;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use piccolo::{
    Executor, ExecutorMode, Fuel, StashedExecutor, StashedFunction, Table, Value, Variadic,
};
use sha1::{Digest, Sha1};

use crate::lua::LuaRuntime;
use crate::resp::Reply;
use crate::state::Core;
pub use api::Shared;
pub use run::RunState;

/// Lowercase hex SHA1 of `data`, as SCRIPT LOAD and `redis.sha1hex` report it.
pub fn sha1_hex(data: &[u8]) -> String {
    let digest = Sha1::digest(data);
    let mut s = String::with_capacity(40);
    for b in digest.iter() {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// Default memory ceiling for one Lua VM (bytes), beyond which a running script is stopped.
pub const DEFAULT_LUA_MEMORY_LIMIT: usize = 256 * 1024 * 1024;

/// A function call's `(keys, args)`.
pub type CallArgs<'a> = (&'a [Vec<u8>], &'a [Vec<u8>]);

/// One Lua VM with the `redis` API installed, able to run calls in fuel slices.
pub struct Vm {
    /// The Lua runtime.
    pub rt: LuaRuntime,
    /// Handles shared with the callbacks.
    pub shared: Shared,
    /// Chunk name used in error positions (`user_script` / `user_function`).
    pub chunk: &'static str,
    /// The executor of the last call that finished normally, restarted by the next
    /// [`Vm::start`] instead of allocating a new executor and thread per call. A killed or
    /// stopped call never lands here (its executor is abandoned).
    spare: Option<StashedExecutor>,
}

/// Outcome of one slice.
pub enum Step {
    /// More work to do.
    Running,
    /// Finished with this reply.
    Done(Reply),
}

impl Vm {
    /// A VM whose globals hold the full `redis` API, sealed by the sandbox.
    pub fn new(core: Rc<RefCell<Core>>, run: Rc<RefCell<RunState>>, chunk: &'static str) -> Vm {
        Vm::with_api(Shared { core, run }, chunk, |_, _| {})
    }

    /// Like [`Vm::new`], letting `extend` add fields to the `redis` table before it is made
    /// read-only.
    pub fn with_api<F>(shared: Shared, chunk: &'static str, extend: F) -> Vm
    where
        F: for<'gc> FnOnce(piccolo::Context<'gc>, Table<'gc>),
    {
        let mut rt = LuaRuntime::new();
        {
            let sh = shared.clone();
            rt.lua().enter(|ctx| {
                let t = api::make_redis_table(ctx, &sh);
                extend(ctx, t);
                let ro = crate::lua::sandbox::readonly_table(ctx, t);
                crate::lua::set_protected_global(ctx, "redis", Value::Table(ro));
            });
        }
        rt.seal();
        Vm {
            rt,
            shared,
            chunk,
            spare: None,
        }
    }

    /// Sets `KEYS` and `ARGV` globals (eval scripts).
    pub fn set_keys_argv(&mut self, keys: &[Vec<u8>], argv: &[Vec<u8>]) {
        self.rt.lua().enter(|ctx| {
            let mk = |items: &[Vec<u8>]| {
                let t = Table::new(&ctx);
                for (i, it) in items.iter().enumerate() {
                    let _ = t.set(ctx, i as i64 + 1, piccolo::String::from_slice(&ctx, it));
                }
                t
            };
            crate::lua::set_protected_global(ctx, "KEYS", Value::Table(mk(keys)));
            crate::lua::set_protected_global(ctx, "ARGV", Value::Table(mk(argv)));
        });
    }

    /// Starts `f`; functions receive `(keys, args)` tables, eval scripts nothing.
    pub fn start(
        &mut self,
        f: &StashedFunction,
        call_args: Option<CallArgs<'_>>,
    ) -> StashedExecutor {
        let spare = self.spare.take();
        self.rt.lua().enter(|ctx| {
            crate::lua::runtime::begin_run(ctx);
            let func = ctx.fetch(f);
            let args = match call_args {
                Some((keys, args)) => {
                    let mk = |items: &[Vec<u8>]| {
                        let t = Table::new(&ctx);
                        for (i, it) in items.iter().enumerate() {
                            let _ = t.set(ctx, i as i64 + 1, piccolo::String::from_slice(&ctx, it));
                        }
                        Value::Table(t)
                    };
                    vec![mk(keys), mk(args)]
                }
                None => Vec::new(),
            };
            // Reuse the last finished executor: only when it is stopped (its result taken),
            // the one state in which restarting it cannot fail.
            if let Some(stashed) = spare {
                let ex = ctx.fetch(&stashed);
                if ex.mode() == ExecutorMode::Stopped {
                    ex.restart(ctx, func, Variadic(args));
                    return stashed;
                }
            }
            ctx.stash(Executor::start(ctx, func, Variadic(args)))
        })
    }

    /// Runs one slice of at most `fuel` units. `name` is the sha or function name used in
    /// error suffixes.
    pub fn step(&mut self, ex: &StashedExecutor, fuel: i32, name: &[u8]) -> Step {
        let done = self.rt.lua().enter(|ctx| {
            let mut f = Fuel::with(fuel);
            ctx.fetch(ex).step(ctx, &mut f)
        });
        if !done {
            return Step::Running;
        }
        let run = self.shared.run.clone();
        let chunk = self.chunk;
        self.spare = Some(ex.clone());
        let reply = self.rt.lua().enter(|ctx| {
            let ex = ctx.fetch(ex);
            match ex.take_result::<Variadic<Vec<Value>>>(ctx) {
                Ok(Ok(vals)) => {
                    let v = vals.first().copied().unwrap_or(Value::Nil);
                    let resp3 = run.try_borrow().map(|r| r.resp == 3).unwrap_or(false);
                    convert::lua_to_reply(ctx, v, resp3)
                }
                Ok(Err(err)) => {
                    let v = crate::lua::error_value(ctx, &err);
                    error_reply(ctx, v, &run, chunk, name)
                }
                Err(_) => Reply::err("ERR script did not finish"),
            }
        });
        Step::Done(reply)
    }

    /// Builds the reply for a script stopped by the host (kill, memory).
    pub fn stopped_reply(&mut self, msg: &str, name: &[u8]) -> Reply {
        let tracked = self.rt.lua().enter(crate::lua::runtime::current_line);
        let last_call = self.shared.run.try_borrow().map(|r| r.line).unwrap_or(0);
        let line = tracked.filter(|&l| l > 0).unwrap_or(last_call.max(1));
        Reply::Error(
            format!(
                "ERR {msg} script: {}, on @{}:{}.",
                String::from_utf8_lossy(name),
                self.chunk,
                line
            )
            .into_bytes(),
        )
    }

    /// Abandons an executor (kill): nothing of it runs again, so no pcall can catch it.
    pub fn abandon(&mut self, ex: StashedExecutor) {
        // Unrooted, the executor and its threads are reclaimed by the incremental collector.
        drop(ex);
    }
}

/// Parses a `chunk:LINE:` prefix from an error message.
fn parse_position(msg: &[u8], chunk: &str) -> Option<u64> {
    let rest = msg.strip_prefix(chunk.as_bytes())?.strip_prefix(b":")?;
    let end = rest.iter().position(|c| !c.is_ascii_digit())?;
    if rest.get(end) != Some(&b':') {
        return None;
    }
    std::str::from_utf8(rest.get(..end)?).ok()?.parse().ok()
}

fn error_reply<'gc>(
    ctx: piccolo::Context<'gc>,
    v: Value<'gc>,
    run: &Rc<RefCell<RunState>>,
    chunk: &str,
    name: &[u8],
) -> Reply {
    let (raised, last_line) = run
        .try_borrow()
        .map(|r| (r.raised.clone(), r.line))
        .unwrap_or_default();
    let (msg, line) = match v {
        Value::Table(t) => match t.get(ctx, "err") {
            Value::String(s) => (s.as_bytes().to_vec(), None),
            _ => (b"ERR unknown error".to_vec(), None),
        },
        Value::String(s) => {
            let b = s.as_bytes();
            if raised.iter().any(|r| r.as_slice() == b) {
                (b.to_vec(), None)
            } else {
                let mut m = b"ERR ".to_vec();
                m.extend_from_slice(b);
                (m, parse_position(b, chunk))
            }
        }
        Value::Nil => (b"ERR nil".to_vec(), None),
        Value::Integer(i) => (format!("ERR {i}").into_bytes(), None),
        Value::Number(n) => (
            format!("ERR {}", crate::util::numfmt::fmt_g(n, 14)).into_bytes(),
            None,
        ),
        Value::Boolean(b) => (format!("ERR {b}").into_bytes(), None),
        other => (format!("ERR {}", other.type_name()).into_bytes(), None),
    };
    let line = line.unwrap_or(if last_line == 0 { 1 } else { last_line });
    let mut out = convert::sanitize_line(&msg);
    out.extend_from_slice(
        format!(
            " script: {}, on @{}:{}.",
            String::from_utf8_lossy(name),
            chunk,
            line
        )
        .as_bytes(),
    );
    Reply::Error(out)
}

/// A cached eval script.
pub struct CachedScript {
    /// The body as given.
    pub body: Vec<u8>,
    /// Compiled function.
    pub func: StashedFunction,
    /// Shebang flags (or EVAL_COMPAT_MODE).
    pub flags: u32,
}

/// The volatile eval script cache (never persisted).
#[derive(Default)]
pub struct ScriptCache {
    /// sha (lowercase hex) -> script.
    pub scripts: HashMap<String, CachedScript>,
}

impl ScriptCache {
    /// Looks up by sha, case-insensitively.
    pub fn get(&self, sha: &[u8]) -> Option<&CachedScript> {
        let lower = String::from_utf8_lossy(sha).to_ascii_lowercase();
        self.scripts.get(&lower)
    }
}

/// Compiles an eval script body (with its shebang handled), returning its flags.
pub fn compile_eval(vm: &mut Vm, body: &[u8]) -> Result<(StashedFunction, u32), Reply> {
    let (flags, code) = shebang::parse_eval(body)?;
    match vm.rt.compile(vm.chunk, code, None) {
        Ok(f) => Ok((f, flags)),
        Err(e) => Err(Reply::Error(
            format!("ERR Error compiling script (new function): {e}").into_bytes(),
        )),
    }
}
