//! Lua 5.1 `table` library.

use piccolo::Context;

/// Installs the library into the globals.
pub fn load_table(ctx: Context<'_>) {
    let _ = ctx;
}
