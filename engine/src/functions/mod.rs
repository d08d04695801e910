//! Redis Functions: the library registry, the engine interface, FUNCTION * and FCALL.
//!
//! * [`engine_api`]: the [`FunctionEngine`] trait the Lua side implements, [`FunctionInfo`],
//!   script flag bits and name validation.
//! * [`metadata`]: the `#!lua name=...` shebang parser.
//! * [`registry`]: [`FunctionRegistry`], libraries and the case-insensitive function index,
//!   with transactional load/replace/restore.
//! * [`commands`]: FUNCTION LOAD/DELETE/FLUSH/LIST/STATS/DUMP/RESTORE/HELP as `Reply`s.
//! * [`lua_engine`]: the LUA engine (load-time sandbox, `register_function`, callbacks).
//! * [`dump`] / [`rdb`]: Redis 7.0 DUMP payloads (RDB strings, LZF, CRC64).

pub mod commands;
pub mod dump;
pub mod engine_api;
pub mod lua_engine;
pub mod metadata;
pub mod rdb;
pub mod registry;

pub use commands::RunningScript;
pub use engine_api::{check_new_function, valid_name, FunctionEngine, FunctionInfo};
pub use registry::{FunctionRegistry, Library};
