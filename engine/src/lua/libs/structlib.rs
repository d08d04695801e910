//! Redis's `structlib` library.

use piccolo::Context;

/// Installs the library into the globals.
pub fn load_structlib(ctx: Context<'_>) {
    let _ = ctx;
}
