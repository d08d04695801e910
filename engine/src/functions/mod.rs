//! Redis Functions: the library registry, the engine interface, FUNCTION * and FCALL.

pub mod lua_engine;
