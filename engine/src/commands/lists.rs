//! lists commands.

use super::CommandSpec;

/// The lists family of the command table.
pub const COMMANDS: &[CommandSpec] = &[];
