//! The Lua 5.1 standard library, one `load_*` function per library.

pub mod base;
pub mod math;
pub mod os;
pub mod string;
pub mod table;
