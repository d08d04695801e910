//! Redis glob-style pattern matching (`*`, `?`, `[...]`, `\\`), binary-safe, with an
//! optional case-insensitive mode.
