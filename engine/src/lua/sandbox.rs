//! Redis's Lua sandbox: protected globals and read-only library tables.
