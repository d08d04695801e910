//! keys commands.

use super::CommandSpec;

/// The keys family of the command table.
pub const COMMANDS: &[CommandSpec] = &[];
