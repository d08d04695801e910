//! Lua 5.1 `base` library.

use piccolo::Context;

/// Installs the library into the globals.
pub fn load_base(ctx: Context<'_>) {
    let _ = ctx;
}
