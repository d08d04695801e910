//! localStorage helpers. Every failure (no storage, quota, private mode) is reported as an
//! error string or ignored; storage never blocks the page.

/// Key of the persisted engine snapshot (base64).
pub const SNAPSHOT: &str = "rfp.snapshot.v1";
/// Key of the persisted editor buffers (share encoding).
pub const BUFFERS: &str = "rfp.buffers.v1";
/// Key of the console history (newline separated).
pub const HISTORY: &str = "rfp.history.v1";
/// Set by the panic hook before the page reloads.
pub const CRASH: &str = "rfp.crash";
/// Consecutive crash count (crash loops set the state aside).
pub const CRASH_COUNT: &str = "rfp.crash.count";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// Reads a string.
pub fn get(key: &str) -> Option<String> {
    storage().and_then(|s| s.get_item(key).ok().flatten())
}

/// Writes a string.
pub fn set(key: &str, value: &str) -> Result<(), String> {
    let s = storage().ok_or("localStorage is not available")?;
    s.set_item(key, value)
        .map_err(|_| "localStorage is full or disabled".to_string())
}

/// Removes a key.
pub fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// Writes bytes as base64.
pub fn set_bytes(key: &str, bytes: &[u8]) -> Result<(), String> {
    set(key, &crate::b64::encode(bytes, false))
}

/// Reads bytes stored with [`set_bytes`]; `Err` when the text is not base64.
pub fn get_bytes(key: &str) -> Option<Result<Vec<u8>, String>> {
    get(key).map(|t| {
        crate::b64::decode(&t, false).ok_or_else(|| "stored state is not valid base64".to_string())
    })
}

/// Moves a corrupt entry aside (kept for inspection, out of the way of the next load).
pub fn set_aside(key: &str) -> String {
    let aside = format!("{key}.corrupt");
    if let Some(v) = get(key) {
        let _ = set(&aside, &v);
    }
    remove(key);
    aside
}
