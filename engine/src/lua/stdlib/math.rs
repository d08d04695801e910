//! Lua 5.1 `math` library.

use piccolo::Context;

/// Installs the library into the globals.
pub fn load_math(ctx: Context<'_>) {
    let _ = ctx;
}
