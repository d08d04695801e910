//! A small driver for running a script to completion outside the scripting layer: used by the
//! differential/hostile test suites, the benchmark and the REPL. It installs a buffered `print`,
//! runs the chunk in fuel slices with a step and memory budget, and reports the output and the
//! error value the way the `lua5.1` recording driver prints them (`COMPILE: msg`, `ERROR: msg`).

use std::cell::RefCell;

use gc_arena::{Collect, Rootable};
use piccolo::{Callback, CallbackReturn, Executor, Fuel, Value};

use super::runtime::raw_tostring;
use super::LuaRuntime;

/// Output captured by the test `print`.
#[derive(Default, Collect)]
#[collect(require_static)]
struct PrintBuffer {
    out: RefCell<Vec<u8>>,
}

/// Budgets for one run.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Fuel per `step` slice.
    pub fuel_per_step: i32,
    /// Maximum number of slices before the run is abandoned (`timeout`).
    pub max_steps: u64,
    /// Maximum Lua heap in bytes before the run is abandoned (`out of memory`).
    pub max_memory: usize,
}

impl Limits {
    /// The budgets of the hostile-script suites (native and wasm run the same).
    pub const HOSTILE: Limits = Limits {
        fuel_per_step: 4096,
        max_steps: 3_000,
        max_memory: 256 * 1024 * 1024,
    };
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            fuel_per_step: 4096,
            max_steps: 200_000,
            max_memory: 512 * 1024 * 1024,
        }
    }
}

/// What happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Returned normally; the returned values, each `tostring`-ed.
    Ok(Vec<Vec<u8>>),
    /// Did not compile.
    Compile(String),
    /// Raised an error; its value `tostring`-ed.
    Error(Vec<u8>),
    /// Exceeded the step budget.
    Timeout,
    /// Exceeded the memory budget.
    OutOfMemory,
}

impl Outcome {
    /// A short one-line description for test logs (values and errors truncated).
    pub fn summary(&self) -> String {
        match self {
            Outcome::Ok(v) => format!(
                "ok {:?}",
                v.iter()
                    .map(|x| String::from_utf8_lossy(x)
                        .chars()
                        .take(60)
                        .collect::<String>())
                    .collect::<Vec<_>>()
            ),
            Outcome::Error(e) => format!(
                "error {}",
                String::from_utf8_lossy(e)
                    .chars()
                    .take(100)
                    .collect::<String>()
            ),
            other => format!("{other:?}"),
        }
    }
}

/// Installs a `print` that appends to a buffer read by [`take_output`].
pub fn install_print(rt: &mut LuaRuntime) {
    rt.lua().enter(|ctx| {
        let cb = Callback::from_fn(&ctx, |ctx, _, mut stack| {
            let buf = ctx.singleton::<Rootable![PrintBuffer]>();
            let mut out = buf.out.borrow_mut();
            for i in 0..stack.len() {
                if i > 0 {
                    out.push(b'\t');
                }
                out.extend(raw_tostring(stack.get(i)));
            }
            out.push(b'\n');
            stack.clear();
            Ok(CallbackReturn::Return)
        });
        super::set_protected_global(ctx, "print", cb.into());
    });
}

/// Takes the buffered `print` output.
pub fn take_output(rt: &mut LuaRuntime) -> Vec<u8> {
    rt.lua().enter(|ctx| {
        let buf = ctx.singleton::<Rootable![PrintBuffer]>();
        std::mem::take(&mut *buf.out.borrow_mut())
    })
}

/// Compiles and runs `source` as chunk `chunk_name`.
pub fn run(rt: &mut LuaRuntime, chunk_name: &str, source: &[u8], limits: Limits) -> Outcome {
    let f = match rt.compile(chunk_name, source, None) {
        Ok(f) => f,
        Err(e) => return Outcome::Compile(e),
    };
    let exec = rt.lua().enter(|ctx| {
        super::stdlib::math::reset_random(ctx);
        let f = ctx.fetch(&f);
        ctx.stash(Executor::start(ctx, f, ()))
    });
    let mut steps = 0u64;
    loop {
        let done = rt.lua().enter(|ctx| {
            let mut fuel = Fuel::with(limits.fuel_per_step);
            ctx.fetch(&exec).step(ctx, &mut fuel)
        });
        if done {
            break;
        }
        steps += 1;
        if steps > limits.max_steps {
            return Outcome::Timeout;
        }
        if rt.total_memory() > limits.max_memory {
            return Outcome::OutOfMemory;
        }
    }
    rt.lua().enter(|ctx| {
        match ctx
            .fetch(&exec)
            .take_result::<piccolo::Variadic<Vec<Value>>>(ctx)
        {
            Ok(Ok(vals)) => Outcome::Ok(vals.iter().map(|v| raw_tostring(*v)).collect()),
            Ok(Err(e)) => {
                let v = super::error_value(ctx, &e);
                Outcome::Error(raw_tostring(v))
            }
            Err(e) => Outcome::Error(e.to_string().into_bytes()),
        }
    })
}

/// Runs a differential-suite snippet: output of `print` plus `COMPILE: msg` / `ERROR: msg` lines,
/// the format `tests/lua/record.sh` records from `lua5.1`.
pub fn run_snippet(source: &[u8]) -> Vec<u8> {
    let mut rt = LuaRuntime::new();
    install_print(&mut rt);
    let outcome = run(&mut rt, "user_script", source, Limits::default());
    let mut out = take_output(&mut rt);
    match outcome {
        Outcome::Ok(_) => {}
        Outcome::Compile(e) => {
            out.extend_from_slice(b"COMPILE: ");
            out.extend_from_slice(e.as_bytes());
            out.push(b'\n');
        }
        Outcome::Error(e) => {
            out.extend_from_slice(b"ERROR: ");
            out.extend_from_slice(&e);
            out.push(b'\n');
        }
        Outcome::Timeout => out.extend_from_slice(b"TIMEOUT\n"),
        Outcome::OutOfMemory => out.extend_from_slice(b"OOM\n"),
    }
    out
}

/// Runs `source` like `EVAL source 0` on a sealed runtime (no `redis` table) and renders the
/// reply in the compact notation of `tests/lua/corpus_eval.tsv`: `i:N`, `b:<hex>`, `nil`,
/// `s:<text>`, `e:<text>`, `[a,b]`.
pub fn eval_notation(source: &[u8]) -> String {
    let mut rt = LuaRuntime::new();
    rt.seal();
    let f = match rt.compile("user_script", source, None) {
        Ok(f) => f,
        Err(e) => return format!("e:ERR Error compiling script (new function): {e}"),
    };
    let exec = rt.lua().enter(|ctx| {
        super::stdlib::math::reset_random(ctx);
        let f = ctx.fetch(&f);
        ctx.stash(Executor::start(ctx, f, ()))
    });
    let limits = Limits::default();
    let mut steps = 0u64;
    loop {
        let done = rt.lua().enter(|ctx| {
            let mut fuel = Fuel::with(limits.fuel_per_step);
            ctx.fetch(&exec).step(ctx, &mut fuel)
        });
        if done {
            break;
        }
        steps += 1;
        if steps > limits.max_steps || rt.total_memory() > limits.max_memory {
            return "timeout".to_string();
        }
    }
    rt.lua().enter(|ctx| {
        match ctx
            .fetch(&exec)
            .take_result::<piccolo::Variadic<Vec<Value>>>(ctx)
        {
            Ok(Ok(vals)) => notation(ctx, vals.first().copied().unwrap_or(Value::Nil), 0),
            Ok(Err(e)) => {
                let v = super::error_value(ctx, &e);
                match v {
                    Value::Table(t) => match t.get(ctx, "err") {
                        Value::String(s) => format!("e:{}", String::from_utf8_lossy(s.as_bytes())),
                        _ => "e:ERR unknown error".to_string(),
                    },
                    other => format!("e:ERR {}", String::from_utf8_lossy(&raw_tostring(other))),
                }
            }
            Err(e) => format!("e:{e}"),
        }
    })
}

fn notation<'gc>(ctx: piccolo::Context<'gc>, v: Value<'gc>, depth: usize) -> String {
    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }
    match v {
        Value::Nil | Value::Boolean(false) => "nil".to_string(),
        Value::Boolean(true) => "i:1".to_string(),
        Value::Integer(i) => format!("i:{i}"),
        Value::Number(n) => format!("i:{}", n as i64),
        Value::String(s) => format!("b:{}", hex(s.as_bytes())),
        Value::Table(t) => {
            if let Value::String(e) = t.get(ctx, "err") {
                return format!("e:{}", String::from_utf8_lossy(e.as_bytes()));
            }
            if let Value::String(s) = t.get(ctx, "ok") {
                return format!("s:{}", String::from_utf8_lossy(s.as_bytes()));
            }
            if depth > 64 {
                return "[]".to_string();
            }
            let mut items = Vec::new();
            let mut i = 1i64;
            loop {
                let x = t.get_value(Value::Integer(i));
                if x.is_nil() {
                    break;
                }
                items.push(notation(ctx, x, depth + 1));
                i += 1;
            }
            format!("[{}]", items.join(","))
        }
        _ => "nil".to_string(),
    }
}
