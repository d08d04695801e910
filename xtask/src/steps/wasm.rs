//! The engine in wasm32: it must build (`cargo build -p engine --target
//! wasm32-unknown-unknown`), and its wasm-bindgen tests (the hostile-script suite,
//! `engine/tests/lua_hostile_wasm.rs`) must pass under node. The test runner is
//! wasm-bindgen's, linked into xtask: cargo runs `xtask wasm-bindgen-test-runner FILE ..`.

use std::time::Instant;

use crate::util::{cargo, have, sh};

/// Wasm tests of the engine, run by [`run`].
const WASM_TESTS: &[&str] = &["lua_hostile_wasm"];

/// Builds the engine for wasm32 and runs its wasm tests.
pub fn run() -> Result<(), String> {
    sh(cargo().args([
        "build",
        "-p",
        "engine",
        "--target",
        "wasm32-unknown-unknown",
    ]))?;
    if !have("node") {
        return Err("node not found: the wasm tests run under node".into());
    }
    let exe = std::env::current_exe().map_err(|e| format!("cannot locate xtask: {e}"))?;
    let runner = format!("{} wasm-bindgen-test-runner", exe.display());
    for test in WASM_TESTS {
        let started = Instant::now();
        sh(cargo()
            .args([
                "test",
                "-p",
                "engine",
                "--target",
                "wasm32-unknown-unknown",
                "--test",
                test,
            ])
            .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", &runner))?;
        println!(
            "xtask: wasm test {test} took {:.1}s",
            started.elapsed().as_secs_f64()
        );
    }
    Ok(())
}

/// `xtask wasm-bindgen-test-runner FILE [ARGS..]`: wasm-bindgen's test runner (node for
/// tests not configured for a browser). libtest options it does not know (`--quiet`,
/// `--test-threads`, which `cargo test -q` and habit pass) are dropped.
pub fn test_runner(args: &[String]) -> Result<(), String> {
    let known =
        |a: &String| !matches!(a.as_str(), "-q" | "--quiet") && !a.starts_with("--test-threads");
    let argv = std::iter::once("wasm-bindgen-test-runner".to_string())
        .chain(args.iter().filter(|a| known(a)).cloned());
    wasm_bindgen_cli::wasm_bindgen_test_runner::run_cli_with_args(argv)
        .map_err(|e| format!("wasm-bindgen-test-runner: {e:#}"))
}
