//! CONFIG parameters (placeholder: the table of parameters lands with the server commands).

/// Configuration values the engine consults.
#[derive(Clone, Debug)]
pub struct Config {
    /// `busy-reply-threshold` (alias `lua-time-limit`), ms.
    pub busy_reply_threshold_ms: i64,
    /// `maxmemory` in bytes (0 = unlimited).
    pub maxmemory: i64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            busy_reply_threshold_ms: 5000,
            maxmemory: 0,
        }
    }
}
