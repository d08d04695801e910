//! Redis's `cjson` library.

use piccolo::Context;

/// Installs the library into the globals.
pub fn load_cjson(ctx: Context<'_>) {
    let _ = ctx;
}
