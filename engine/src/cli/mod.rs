//! redis-cli behaviour as a library: argument splitting and TTY/raw reply formatting.
