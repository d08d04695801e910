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
