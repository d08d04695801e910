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

/// `cargo xtask test`: everything CI checks, in order.
fn test() -> Result<(), String> {
    steps::deps::run()?;
    steps::fmt::run()?;
    steps::cargo_test::run()?;
    steps::wasm::run()?;
    steps::clippy::run()?;
    println!("xtask test: all steps passed");
    Ok(())
}
