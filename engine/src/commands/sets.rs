//! sets commands.

use super::CommandSpec;

/// The sets family of the command table.
pub const COMMANDS: &[CommandSpec] = &[];
