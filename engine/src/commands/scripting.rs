//! scripting commands.

use super::CommandSpec;

/// The scripting family of the command table.
pub const COMMANDS: &[CommandSpec] = &[];
