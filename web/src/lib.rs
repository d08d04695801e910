//! The browser playground. Only this crate knows the DOM.
//!
//! A Yew single-page app running the engine on the page's main thread in time-boxed slices
//! (see `ARCHITECTURE-web.md`): library editor, redis-cli console and live inspectors, with
//! persistence in localStorage and share links in the URL fragment.

pub mod adapter;
pub mod b64;
pub mod clock;
pub mod commands;
pub mod deflate;
pub mod highlight;
pub mod share;
pub mod splitter;
pub mod templates;
pub mod vecmap;

pub mod app;
pub mod console;
pub mod dom;
pub mod editor;
pub mod host;
pub mod inspector;
pub mod lessons;
pub mod state;
pub mod storage;

/// Entry point called by the generated JS glue.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    dom::install_panic_hook();
    fetch_docs();
    app::boot();
    yew::Renderer::<app::App>::new().render();
}

/// Fetches the recorded COMMAND DOCS (`docs.json`, next to the page) that the wasm leaves
/// out to keep the download small; until it arrives (or if it cannot be fetched) COMMAND
/// DOCS answers from the command table alone. HELP and the console hints never need it.
#[cfg(target_arch = "wasm32")]
fn fetch_docs() {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    wasm_bindgen_futures::spawn_local(async {
        let Some(w) = web_sys::window() else { return };
        let Ok(resp) = JsFuture::from(w.fetch_with_str("docs.json")).await else {
            return;
        };
        let Ok(resp) = resp.dyn_into::<web_sys::Response>() else {
            return;
        };
        if !resp.ok() {
            return;
        }
        let Ok(body) = resp.text() else { return };
        if let Some(text) = JsFuture::from(body).await.ok().and_then(|t| t.as_string()) {
            engine::commands::server::set_recorded_docs(text);
        }
    });
}
