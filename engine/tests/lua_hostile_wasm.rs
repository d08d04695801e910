//! The hostile-script suite in wasm32: every case of `tests/lua/hostile_cases.rs` (shared with
//! the native `tests/tests/lua_hostile.rs`) as its own `wasm_bindgen_test`, run under node.
//! A panic aborts (traps) in wasm; the runner catches the trap and reports that test, by the
//! case's name, as failed. `Known` cases (crash or hang natively) are ignored here.
//!
//! Run: `cargo xtask test wasm`, or by hand with a `wasm-bindgen-test-runner` 0.2.130 as
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner cargo test -p engine
//! --target wasm32-unknown-unknown --test lua_hostile_wasm`. Natively this file is empty.

#![cfg(target_arch = "wasm32")]

use engine::lua::harness::{install_print, run, Limits, Outcome};
use engine::lua::LuaRuntime;
use wasm_bindgen_test::wasm_bindgen_test;

/// Runs one case; `must_fail` cases must not complete normally.
fn check(name: &str, must_fail: bool, src: &str) {
    let mut rt = LuaRuntime::new();
    install_print(&mut rt);
    let outcome = run(&mut rt, "user_script", src.as_bytes(), Limits::HOSTILE);
    let shown = outcome.summary();
    if must_fail {
        assert!(
            !matches!(outcome, Outcome::Ok(_)),
            "hostile case {name} completed normally: {shown}"
        );
    }
}

macro_rules! hostile_case {
    (Known $name:ident $src:literal) => {
        #[wasm_bindgen_test]
        #[ignore = "known native crash/hang (see tests/lua/hostile_cases.rs)"]
        fn $name() {
            check(stringify!($name), false, $src)
        }
    };
    (Fail $name:ident $src:literal) => {
        #[wasm_bindgen_test]
        fn $name() {
            check(stringify!($name), true, $src)
        }
    };
    (Any $name:ident $src:literal) => {
        #[wasm_bindgen_test]
        fn $name() {
            check(stringify!($name), false, $src)
        }
    };
}

macro_rules! hostile_cases {
    ($($name:ident : $expect:ident $src:literal ;)*) => {
        $(hostile_case!($expect $name $src);)*
    };
}

include!("../../tests/lua/hostile_cases.rs");
