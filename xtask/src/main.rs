//! `cargo xtask serve` and `cargo xtask test`: project automation in plain Rust.
//!
//! Each step lives in its own module under [`steps`] and exposes `run() -> Result<(), String>`;
//! a task is a list of step calls, so adding a step is one new module plus one call line.

mod steps;
mod util;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("test") => test(),
        Some("serve") => steps::serve::run(args.get(1..).unwrap_or(&[])),
        _ => {
            eprintln!("usage: cargo xtask <test|serve>");
            eprintln!("  test   install missing tools, then tests, wasm build, clippy, fmt");
            eprintln!("  serve  build and serve the browser playground");
            std::process::exit(2);
        }
    };
    if let Err(e) = result {
        eprintln!("xtask: {e}");
        std::process::exit(1);
    }
}

/// `cargo xtask test`: everything CI checks. Every step runs even if an earlier one
/// failed, so one run shows all problems; the task fails if any step did.
fn test() -> Result<(), String> {
    steps::deps::run()?;
    let mut failed = Vec::new();
    let mut step = |name: &str, r: Result<(), String>| {
        if let Err(e) = r {
            eprintln!("xtask: step {name} failed: {e}");
            failed.push(name.to_string());
        }
    };
    step("fmt", steps::fmt::run());
    step("test", steps::cargo_test::run());
    step("wasm", steps::wasm::run());
    step("clippy", steps::clippy::run());
    if failed.is_empty() {
        println!("xtask test: all steps passed");
        Ok(())
    } else {
        Err(format!("failed steps: {}", failed.join(", ")))
    }
}
