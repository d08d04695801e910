//! `cargo xtask serve` and `cargo xtask test`: project automation in plain Rust.
//!
//! - `serve [--port N] [--no-opt]`: build the browser app and serve it on 127.0.0.1:8080.
//! - `build-web [--no-opt]`: build the site into `target/www/` and print bundle sizes.
//! - `test [STEP ...]`: install what is missing, then every step (fmt, test, wasm, clippy,
//!   web); with step names, only those. The `wasm` step builds the engine for wasm32 and runs
//!   its wasm-bindgen tests under node.
//! - `wasm-bindgen-test-runner FILE [ARGS..]`: wasm-bindgen's test runner, which the `wasm`
//!   step sets as cargo's runner for wasm32.
//!
//! Each test step exposes `run() -> Result<(), String>`; adding a step is one module plus
//! one line in [`test`].

mod serve;
mod steps;
mod util;
mod web;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = args.get(1..).unwrap_or(&[]).to_vec();
    let result = match args.first().map(String::as_str) {
        Some("test") => test(&rest),
        Some("serve") => serve::serve(&rest),
        Some("build-web") => web::build(!rest.iter().any(|a| a == "--no-opt")).map(|_| ()),
        Some("wasm-bindgen-test-runner") => steps::wasm::test_runner(&rest),
        _ => {
            eprintln!("usage: cargo xtask <test|serve|build-web>");
            eprintln!(
                "  test [STEP..]  install missing tools, then fmt, tests, wasm build, clippy, web"
            );
            eprintln!("  serve          build and serve the browser playground");
            eprintln!("  build-web      build the site into target/www and print bundle sizes");
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
fn test(only: &[String]) -> Result<(), String> {
    steps::deps::run()?;
    let wanted = |name: &str| only.is_empty() || only.iter().any(|s| s == name);
    let mut failed = Vec::new();
    let mut step = |name: &str, run: &dyn Fn() -> Result<(), String>| {
        if !wanted(name) {
            return;
        }
        util::report_disk(name);
        if let Err(e) = run() {
            eprintln!("xtask: step {name} failed: {e}");
            failed.push(name.to_string());
        }
    };
    step("fmt", &steps::fmt::run);
    step("test", &steps::cargo_test::run);
    step("wasm", &steps::wasm::run);
    step("clippy", &steps::clippy::run);
    step("web", &web::test);
    util::report_disk("end");
    if failed.is_empty() {
        println!("xtask test: all steps passed");
        Ok(())
    } else {
        Err(format!("failed steps: {}", failed.join(", ")))
    }
}
