//! The Lua 5.1 front-end pass between piccolo's parser and compiler.
