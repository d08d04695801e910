//! Native hosts: the RESP server and the REPL. Only these binaries know sockets.
