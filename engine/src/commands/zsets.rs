//! zsets commands.

use super::CommandSpec;

/// The zsets family of the command table.
pub const COMMANDS: &[CommandSpec] = &[];
