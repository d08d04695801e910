//! Redis's `cmsgpack` library.

use piccolo::Context;

/// Installs the library into the globals.
pub fn load_cmsgpack(ctx: Context<'_>) {
    let _ = ctx;
}
