//! The real wall clock for native hosts (the engine itself never reads time).

use std::time::{SystemTime, UNIX_EPOCH};

use engine::Clock;

/// Wall-clock time from the operating system.
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_us(&self) -> i64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_micros()).unwrap_or(i64::MAX))
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_is_after_2020() {
        assert!(SystemClock.now_us() > 1_577_836_800_000_000);
    }
}
