//! Benchmark: our Lua 5.1 runtime vs bare piccolo 0.3.3 vs Debian `lua5.1`, same scripts, same
//! run. `cargo run --release -p engine --example lua_bench`. Prints seconds and ratios.

use std::process::Command;
use std::time::Instant;

use engine::lua::harness::{run, Limits, Outcome};
use engine::lua::LuaRuntime;
use piccolo::{Closure, Executor, Lua};

const BENCHES: &[(&str, &str)] = &[
    (
        "loop",
        "local s = 0 for i = 1, 5000000 do s = s + i % 7 end return s",
    ),
    (
        "fib",
        "local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end return fib(27)",
    ),
    (
        "string_build",
        "local s = '' for i = 1, 20000 do s = s .. 'x' .. i end return #s",
    ),
    (
        "table_sort",
        "local t = {} local x = 1 for i = 1, 200000 do x = (x * 1103515245 + 12345) % 2147483648 t[i] = x end table.sort(t) return t[1]",
    ),
    (
        "table_fields",
        "local t = {} for i = 1, 300000 do t['k' .. (i % 1000)] = i end local n = 0 for k, v in pairs(t) do n = n + v end return n",
    ),
];

fn ours(src: &str) -> (f64, String) {
    let mut rt = LuaRuntime::new();
    let limits = Limits {
        fuel_per_step: 100_000,
        max_steps: u64::MAX,
        max_memory: usize::MAX,
    };
    let t = Instant::now();
    let o = run(&mut rt, "bench", src.as_bytes(), limits);
    let dt = t.elapsed().as_secs_f64();
    let shown = match o {
        Outcome::Ok(v) => v
            .first()
            .map(|x| String::from_utf8_lossy(x).into_owned())
            .unwrap_or_default(),
        other => format!("{other:?}"),
    };
    (dt, shown)
}

fn bare(src: &str) -> (f64, String) {
    let mut lua = Lua::core();
    let t = Instant::now();
    let exec = lua.try_enter(|ctx| {
        let closure = Closure::load(ctx, Some("bench"), src.as_bytes())?;
        Ok(ctx.stash(Executor::start(ctx, closure.into(), ())))
    });
    let Ok(exec) = exec else {
        return (0.0, "compile error".to_string());
    };
    lua.finish(&exec);
    let r = lua.try_enter(|ctx| {
        let v = ctx.fetch(&exec).take_result::<piccolo::Value>(ctx)??;
        Ok(v.to_string())
    });
    let dt = t.elapsed().as_secs_f64();
    let shown = match r {
        Ok(v) => v,
        Err(e) => format!("error: {e}"),
    };
    (dt, shown)
}

fn reference(src: &str) -> Option<(f64, String)> {
    let script = format!("local function main() {src} end print(main())");
    let t = Instant::now();
    let out = Command::new("lua5.1").arg("-e").arg(script).output().ok()?;
    let dt = t.elapsed().as_secs_f64();
    Some((dt, String::from_utf8_lossy(&out.stdout).trim().to_string()))
}

fn main() {
    println!(
        "{:<14} {:>9} {:>9} {:>9}   {:>10} {:>10}",
        "bench", "ours s", "piccolo s", "lua5.1 s", "ours/picc", "ours/lua51"
    );
    for (name, src) in BENCHES {
        let (o, ov) = ours(src);
        let (b, bv) = bare(src);
        let r = reference(src);
        let (l, lv) = r.clone().unwrap_or((f64::NAN, "n/a".to_string()));
        println!(
            "{:<14} {:>9.3} {:>9.3} {:>9.3}   {:>10.2} {:>10.2}",
            name,
            o,
            b,
            l,
            o / b,
            o / l
        );
        println!("    results: ours={ov} piccolo={bv} lua5.1={lv}");
    }
}
