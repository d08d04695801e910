//! Redis's `bit` library.

use piccolo::Context;

/// Installs the library into the globals.
pub fn load_bit(ctx: Context<'_>) {
    let _ = ctx;
}
