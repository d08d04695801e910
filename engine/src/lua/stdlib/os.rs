//! Lua 5.1 `os` library.

use piccolo::Context;

/// Installs the library into the globals.
pub fn load_os(ctx: Context<'_>) {
    let _ = ctx;
}
