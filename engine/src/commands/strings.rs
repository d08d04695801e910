//! strings commands.

use super::CommandSpec;

/// The strings family of the command table.
pub const COMMANDS: &[CommandSpec] = &[];
