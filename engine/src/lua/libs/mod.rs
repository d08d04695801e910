//! Redis's bundled Lua libraries: cjson, cmsgpack, bit and struct.

pub mod bit;
pub mod cjson;
pub mod cmsgpack;
pub mod structlib;
