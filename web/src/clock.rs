//! Browser clocks for the engine: the real one reads `Date.now()` (std's `Instant` panics in
//! wasm); share links may ask for a frozen one ([`engine::ManualClock`]).

/// Wall-clock time from `Date.now()`, in microseconds.
#[derive(Clone, Copy, Debug, Default)]
pub struct BrowserClock;

impl engine::Clock for BrowserClock {
    fn now_us(&self) -> i64 {
        now_ms().saturating_mul(1000)
    }
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now() as i64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
            .unwrap_or(0)
    }
}

/// A monotonic-ish millisecond timer for slicing (`performance.now()`).
pub fn perf_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.performance())
            .map(|p| p.now())
            .unwrap_or_else(js_sys::Date::now)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        now_ms() as f64
    }
}
