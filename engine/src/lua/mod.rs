//! Lua 5.1 on piccolo: front-end pass, standard library, Redis's libraries and sandbox.

pub mod frontend;
pub mod libs;
pub mod pattern;
pub mod sandbox;
pub mod stdlib;
