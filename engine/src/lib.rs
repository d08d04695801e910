//! The playground engine: a Redis 7.0-compatible keyspace, a data-driven command table,
//! and Lua scripting (EVAL family and Redis Functions) on the `piccolo` VM.
//!
//! The engine does no I/O and reads no clock of its own: hosts (the native server, the REPL,
//! the browser app) inject a [`clock::Clock`] and drive long-running scripts in fuel slices.

pub mod cli;
pub mod clock;
pub mod commands;
pub mod engine;
pub mod functions;
pub mod keyspace;
pub mod lua;
pub mod resp;
pub mod scripting;
pub mod snapshot;
pub mod state;
pub mod util;

pub use crate::clock::{Clock, ManualClock};
pub use crate::engine::{ClientId, Engine, Exec};
pub use crate::resp::Reply;
