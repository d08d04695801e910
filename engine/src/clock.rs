//! Time is injected: the engine never reads a clock of its own.

use std::cell::Cell;
use std::rc::Rc;

/// A source of wall-clock time in microseconds since the Unix epoch.
pub trait Clock {
    /// Microseconds since the Unix epoch.
    fn now_us(&self) -> i64;
}

/// A clock that only moves when told to; used by tests and frozen-clock share links.
#[derive(Clone, Debug, Default)]
pub struct ManualClock {
    us: Rc<Cell<i64>>,
}

impl ManualClock {
    /// A clock frozen at `us` microseconds since the epoch.
    pub fn new(us: i64) -> Self {
        ManualClock {
            us: Rc::new(Cell::new(us)),
        }
    }
    /// Sets the time.
    pub fn set_us(&self, us: i64) {
        self.us.set(us);
    }
    /// Moves the time forward by `ms` milliseconds.
    pub fn advance_ms(&self, ms: i64) {
        self.us
            .set(self.us.get().saturating_add(ms.saturating_mul(1000)));
    }
}

impl Clock for ManualClock {
    fn now_us(&self) -> i64 {
        self.us.get()
    }
}
