//! Small DOM helpers: timers, the panic hook that turns a wasm trap into a recovery reload,
//! clipboard and URL fragment access.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Calls `f` after `ms` milliseconds (0 = next task).
pub fn set_timeout(ms: i32, f: impl FnOnce() + 'static) {
    let Some(w) = web_sys::window() else { return };
    let cb = Closure::once_into_js(f);
    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), ms);
}

/// Installs a panic hook: record the message, then reload so the page recovers from the
/// last persisted state (the wasm instance is unusable after a trap). It goes through
/// `yew::set_custom_panic_hook`: a plain `std::panic::set_hook` would be replaced by Yew's
/// default hook when the app renders. Traps that are not panics are caught by the page's
/// `error` listener (`index.html`).
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let msg = info.to_string();
        web_sys::console::error_1(&msg.clone().into());
        let _ = crate::storage::set(crate::storage::CRASH, &msg);
        // The page's handler reloads (with its crash-loop guard); reload directly if the
        // page has none.
        let Some(w) = web_sys::window() else { return };
        let handler = js_sys::Reflect::get(&w, &"__rfpCrashed".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let err = js_sys::WebAssembly::RuntimeError::new(&msg);
        match handler {
            Some(f) => {
                let _ = f.call1(&wasm_bindgen::JsValue::NULL, &err);
            }
            None => {
                let _ = w.location().reload();
            }
        }
    }));
}

/// True when the page was opened with `?testhooks=1` (enables the `TESTHOOK` console
/// command used by the browser tests to crash the engine on purpose).
pub fn testhooks() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|s| web_sys::UrlSearchParams::new_with_str(&s).ok())
        .and_then(|p| p.get("testhooks"))
        .is_some_and(|v| v == "1")
}

/// The URL fragment without `#`.
pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// Clears the URL fragment without reloading or adding history.
pub fn clear_hash() {
    let Some(w) = web_sys::window() else { return };
    let path = w.location().pathname().unwrap_or_else(|_| "/".into());
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
}

/// The page URL without its fragment.
pub fn base_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or("").to_string())
        .unwrap_or_default()
}

/// Runs a `document.execCommand` editing command on the focused editable (keeps the
/// browser's undo stack); false when unsupported.
pub fn exec(command: &str, value: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
        .and_then(|d| {
            d.exec_command_with_show_ui_and_value(command, false, value)
                .ok()
        })
        .unwrap_or(false)
}

/// Inserts text at the caret of the focused editable, keeping the browser's undo stack.
pub fn insert_text(text: &str) -> bool {
    exec("insertText", text)
}

/// Copies text to the clipboard (best effort).
pub fn copy(text: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}
