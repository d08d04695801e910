//! hashes commands.

use super::CommandSpec;

/// The hashes family of the command table.
pub const COMMANDS: &[CommandSpec] = &[];
