//! Benchmark: our Lua 5.1 runtime vs bare piccolo 0.3.3 vs Debian `lua5.1`, same scripts, same
//! run. `cargo run --release -p engine --example lua_bench`. Prints seconds and ratios;
//! `n/a` where bare piccolo lacks the library function a script needs (`table.sort`).

use std::process::Command;
use std::time::Instant;

use engine::lua::harness::{run, Limits, Outcome};
use engine::lua::LuaRuntime;
use piccolo::{Closure, Executor, Lua};

/// One benchmark: a name, the script, and whether bare piccolo can run it (it lacks most of
/// the Lua 5.1 standard library, e.g. `table.sort`).
struct Bench {
    name: &'static str,
    src: &'static str,
    bare: bool,
}

/// A Lua-coded quicksort (median of three, insertion sort for short runs) over 200,000
/// pseudo-random integers (Park-Miller: products stay below 2^53, so integer and float
/// arithmetic agree and all three sort the same data): the same code runs on all three. Swaps go through a temporary
/// because bare piccolo 0.3.3 miscompiles `a[i], a[j] = a[j], a[i]`.
const LUA_SORT: &str = "
local t = {} local x = 1
for i = 1, 200000 do x = x * 16807 % 2147483647 t[i] = x end
local function insertion(a, lo, hi)
  for i = lo + 1, hi do
    local v = a[i] local j = i - 1
    while j >= lo and a[j] > v do a[j + 1] = a[j] j = j - 1 end
    a[j + 1] = v
  end
end
local function qsort(a, lo, hi)
  while hi - lo > 16 do
    local mid = lo + (hi - lo - (hi - lo) % 2) / 2
    if a[mid] < a[lo] then local tmp = a[mid] a[mid] = a[lo] a[lo] = tmp end
    if a[hi] < a[lo] then local tmp = a[hi] a[hi] = a[lo] a[lo] = tmp end
    if a[hi] < a[mid] then local tmp = a[hi] a[hi] = a[mid] a[mid] = tmp end
    local p = a[mid]
    local i, j = lo, hi
    while i <= j do
      while a[i] < p do i = i + 1 end
      while a[j] > p do j = j - 1 end
      if i <= j then local tmp = a[i] a[i] = a[j] a[j] = tmp i = i + 1 j = j - 1 end
    end
    if j - lo < hi - i then qsort(a, lo, j) lo = i else qsort(a, i, hi) hi = j end
  end
  insertion(a, lo, hi)
end
qsort(t, 1, #t)
for i = 2, #t do if t[i - 1] > t[i] then return 'unsorted at ' .. i end end
return t[1] + t[#t]
";

const BENCHES: &[Bench] = &[
    Bench {
        name: "loop",
        src: "local s = 0 for i = 1, 5000000 do s = s + i % 7 end return s",
        bare: true,
    },
    Bench {
        name: "fib",
        src: "local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end return fib(27)",
        bare: true,
    },
    Bench {
        name: "string_build",
        src: "local s = '' for i = 1, 20000 do s = s .. 'x' .. i end return #s",
        bare: true,
    },
    Bench {
        name: "lua_sort",
        src: LUA_SORT,
        bare: true,
    },
    Bench {
        name: "table_sort",
        src: "local t = {} local x = 1 for i = 1, 200000 do x = x * 16807 % 2147483647 t[i] = x end table.sort(t) return t[1] + t[#t]",
        bare: false,
    },
    Bench {
        name: "table_fields",
        src: "local t = {} for i = 1, 300000 do t['k' .. (i % 1000)] = i end local n = 0 for k, v in pairs(t) do n = n + v end return n",
        bare: true,
    },
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

/// Runs `f` `runs` times and keeps the fastest time (the machine may be shared and noisy).
fn best(runs: usize, mut f: impl FnMut() -> (f64, String)) -> (f64, String) {
    let mut best = f();
    for _ in 1..runs {
        let r = f();
        if r.0 < best.0 {
            best = r;
        }
    }
    best
}

fn main() {
    let runs = std::env::var("LUA_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(3)
        .max(1);
    println!("best of {runs} runs (LUA_BENCH_RUNS)");
    println!(
        "{:<14} {:>9} {:>9} {:>9}   {:>10} {:>10}",
        "bench", "ours s", "piccolo s", "lua5.1 s", "ours/picc", "ours/lua51"
    );
    for bench in BENCHES {
        let (o, ov) = best(runs, || ours(bench.src));
        let (b, bv) = if bench.bare {
            best(runs, || bare(bench.src))
        } else {
            (
                f64::NAN,
                "n/a (no such function in bare piccolo)".to_string(),
            )
        };
        let (l, lv) = best(runs, || {
            reference(bench.src).unwrap_or((f64::NAN, "n/a".to_string()))
        });
        let cell = |x: f64, prec: usize| {
            if x.is_finite() {
                format!("{x:.prec$}")
            } else {
                "n/a".to_string()
            }
        };
        println!(
            "{:<14} {:>9} {:>9} {:>9}   {:>10} {:>10}",
            bench.name,
            cell(o, 3),
            cell(b, 3),
            cell(l, 3),
            cell(o / b, 2),
            cell(o / l, 2)
        );
        println!("    results: ours={ov} piccolo={bv} lua5.1={lv}");
    }
}
