//! The Lua 5.1 pattern engine (bounded by a step budget).
