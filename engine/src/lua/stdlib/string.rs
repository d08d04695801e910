//! Lua 5.1 `string` library.

use piccolo::Context;

/// Installs the library into the globals.
pub fn load_string(ctx: Context<'_>) {
    let _ = ctx;
}
