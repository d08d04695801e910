//! Native hosts: the RESP server and the REPL. Only these binaries know sockets.
//!
//! [`clock::SystemClock`] gives the engine real wall-clock time, [`host`] adapts the engine's
//! script-driving API, [`server`] is the single-threaded `mio` event loop behind
//! `redis-fn-server`, and [`repl`] the terminal console behind `redis-fn-repl`.

pub mod clock;
pub mod host;
pub mod repl;
pub mod server;
