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
    app::boot();
    yew::Renderer::<app::App>::new().render();
}
