//! printf-style number formatting (`%g`, `%.17g`, `%f`, `%e`, ...) matching C's output,
//! used for Lua 5.1 number printing (`%.14g`), `redis.call` arguments (`%.17g`) and replies.
