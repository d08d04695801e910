//! server commands.

use super::CommandSpec;

/// The server family of the command table.
pub const COMMANDS: &[CommandSpec] = &[];
