//! The redis-cli console pane: scrollback, prompt with `[db]`, history (↑/↓, persisted,
//! Ctrl+R search), Tab completion, grey inline hints and multi-line paste.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

use crate::state::{Line, LineKind};
use crate::storage;

/// Console props.
#[derive(Properties, PartialEq)]
pub struct ConsoleProps {
    /// Scrollback.
    pub lines: Vec<Line>,
    /// Selected db.
    pub db: usize,
    /// Running script label + elapsed ms.
    pub busy: Option<(String, i64)>,
    /// Runs one console line.
    pub on_line: Callback<String>,
    /// Kill the running script.
    pub on_kill: Callback<()>,
}

/// The prompt text for a db.
pub fn prompt(db: usize) -> String {
    if db == 0 {
        "127.0.0.1:6379> ".to_string()
    } else {
        format!("127.0.0.1:6379[{db}]> ")
    }
}

fn load_history() -> Vec<String> {
    storage::get(storage::HISTORY)
        .map(|h| h.lines().map(str::to_string).collect())
        .unwrap_or_default()
}

fn save_history(h: &[String]) {
    let start = h.len().saturating_sub(500);
    let _ = storage::set(storage::HISTORY, &h.get(start..).unwrap_or(&[]).join("\n"));
}

/// The console component.
#[function_component(Console)]
pub fn console(props: &ConsoleProps) -> Html {
    let input = use_state(String::new);
    let history = use_mut_ref(load_history);
    let hpos = use_state(|| None::<usize>);
    let search = use_state(|| None::<String>);
    let tab = use_state(|| None::<(String, usize)>);
    let input_ref = use_node_ref();
    let scroll_ref = use_node_ref();

    {
        let scroll_ref = scroll_ref.clone();
        use_effect_with(props.lines.len(), move |_| {
            if let Some(el) = scroll_ref.cast::<web_sys::Element>() {
                el.set_scroll_top(el.scroll_height());
            }
        });
    }

    let search_match = |q: &str, hist: &[String]| -> Option<String> {
        if q.is_empty() {
            return None;
        }
        hist.iter().rev().find(|h| h.contains(q)).cloned()
    };

    let submit = {
        let on_line = props.on_line.clone();
        let history = history.clone();
        let hpos = hpos.clone();
        move |line: String| {
            if !line.trim().is_empty() {
                let mut h = history.borrow_mut();
                if h.last() != Some(&line) {
                    h.push(line.clone());
                    save_history(&h);
                }
            }
            hpos.set(None);
            on_line.emit(line);
        }
    };

    let onkeydown = {
        let input = input.clone();
        let history = history.clone();
        let hpos = hpos.clone();
        let search = search.clone();
        let tab = tab.clone();
        let submit = submit.clone();
        let on_kill = props.on_kill.clone();
        move |e: KeyboardEvent| {
            let key = e.key();
            let ctrl = e.ctrl_key() || e.meta_key();
            if let Some(q) = (*search).clone() {
                match key.as_str() {
                    "Enter" | "Escape" | "ArrowUp" | "ArrowDown" => {
                        e.prevent_default();
                        let found = search_match(&q, &history.borrow());
                        search.set(None);
                        if let Some(f) = found {
                            if key == "Enter" {
                                input.set(String::new());
                                submit(f);
                            } else {
                                input.set(f);
                            }
                        }
                    }
                    "Backspace" => {
                        e.prevent_default();
                        let mut q = q;
                        q.pop();
                        search.set(Some(q));
                    }
                    "r" if ctrl => e.prevent_default(),
                    k if k.chars().count() == 1 && !ctrl => {
                        e.prevent_default();
                        search.set(Some(format!("{q}{k}")));
                    }
                    _ => {}
                }
                return;
            }
            if key != "Tab" {
                tab.set(None);
            }
            match key.as_str() {
                "Enter" => {
                    e.prevent_default();
                    let line = (*input).clone();
                    input.set(String::new());
                    submit(line);
                }
                "ArrowUp" | "ArrowDown" => {
                    e.prevent_default();
                    let h = history.borrow();
                    if h.is_empty() {
                        return;
                    }
                    let cur = (*hpos).unwrap_or(h.len());
                    let next = if key == "ArrowUp" {
                        cur.saturating_sub(1)
                    } else {
                        cur.saturating_add(1).min(h.len())
                    };
                    hpos.set(Some(next));
                    input.set(h.get(next).cloned().unwrap_or_default());
                }
                "r" if e.ctrl_key() => {
                    e.prevent_default();
                    search.set(Some(String::new()));
                }
                "l" if e.ctrl_key() => {
                    e.prevent_default();
                    submit("clear".into());
                }
                "c" if e.ctrl_key() => {
                    // Like a terminal: abandon the line, or offer the kill when busy.
                    if input.is_empty() {
                        on_kill.emit(());
                    }
                    input.set(String::new());
                }
                "Tab" => {
                    e.prevent_default();
                    let text = (*input).clone();
                    let (base, idx) = match &*tab {
                        Some((b, i)) => (b.clone(), i + 1),
                        None => (text.clone(), 0),
                    };
                    if base.contains(' ') {
                        return;
                    }
                    let cands = crate::commands::complete(&base);
                    if cands.is_empty() {
                        return;
                    }
                    let pick = cands.get(idx % cands.len()).cloned().unwrap_or_default();
                    input.set(pick);
                    tab.set(Some((base, idx)));
                }
                _ => {}
            }
        }
    };

    let oninput = {
        let input = input.clone();
        move |e: InputEvent| {
            if let Some(t) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                input.set(t.value());
            }
        }
    };

    let onpaste = {
        let submit = submit.clone();
        let input = input.clone();
        move |e: Event| {
            let Some(ce) = e.dyn_ref::<web_sys::ClipboardEvent>() else {
                return;
            };
            let Some(text) = ce.clipboard_data().and_then(|d| d.get_data("text").ok()) else {
                return;
            };
            if !text.contains('\n') {
                return;
            }
            e.prevent_default();
            let prefix = (*input).clone();
            input.set(String::new());
            for (i, l) in text.lines().enumerate() {
                let l = if i == 0 {
                    format!("{prefix}{l}")
                } else {
                    l.to_string()
                };
                if !l.trim().is_empty() {
                    submit(l);
                }
            }
        }
    };

    let focus = {
        let input_ref = input_ref.clone();
        move |_: MouseEvent| {
            let sel = web_sys::window()
                .and_then(|w| w.get_selection().ok().flatten())
                .map(|s| s.to_string().as_string().unwrap_or_default())
                .unwrap_or_default();
            if sel.is_empty() {
                if let Some(i) = input_ref.cast::<HtmlInputElement>() {
                    let _ = i.focus();
                }
            }
        }
    };

    let hint = if search.is_none() {
        crate::adapter::hint_for(&input).filter(|_| !input.is_empty())
    } else {
        None
    };
    let hint_text = hint
        .map(|h| {
            if input.ends_with(' ') {
                h
            } else {
                format!(" {h}")
            }
        })
        .unwrap_or_default();

    let lines = props.lines.iter().map(|l| {
        let class = match l.kind {
            LineKind::Prompt => "ln ln-prompt",
            LineKind::Out => "ln ln-out",
            LineKind::Err => "ln ln-err",
            LineKind::Info => "ln ln-info",
        };
        html! { <div class={class}>{ &l.text }</div> }
    });

    let busy = props.busy.as_ref().map(|(label, ms)| {
        let kill = {
            let k = props.on_kill.clone();
            move |_| k.emit(())
        };
        html! {
            <div class="busy" data-testid="busy">
                <span class="spinner"></span>
                { format!("{label} running for {:.1}s", *ms as f64 / 1000.0) }
                if *ms >= 5000 { <span class="busy-tag">{" BUSY"}</span> }
                <button class="btn danger" onclick={kill}>{"Kill"}</button>
            </div>
        }
    });

    let prompt_text = match &*search {
        Some(q) => format!("(reverse-i-search)`{q}': "),
        None => prompt(props.db),
    };
    let search_preview = search
        .as_ref()
        .and_then(|q| search_match(q, &history.borrow()))
        .unwrap_or_default();

    html! {
        <section class="pane console" onclick={focus} aria-label="Console">
            <div class="pane-head">
                <span class="pane-title">{"redis-cli"}</span>
                <span class="muted">{"HELP · Tab · Ctrl+R · ↑/↓"}</span>
            </div>
            <div class="scroll" ref={scroll_ref} data-testid="console-output">
                { for lines }
                <div class="inputline">
                    <span class="prompt">{ prompt_text }</span>
                    if search.is_some() {
                        <span class="search-preview">{ search_preview }</span>
                    }
                    <span class="inputwrap">
                        <span class="ghost" aria-hidden="true"><span class="ghost-typed">{ (*input).clone() }</span><span class="hint">{ hint_text }</span></span>
                        <input ref={input_ref} class="cli-input" data-testid="console-input"
                            spellcheck="false" autocomplete="off" autocapitalize="off"
                            value={(*input).clone()} {oninput} {onkeydown} {onpaste} autofocus=true
                            aria-label="Command" />
                    </span>
                </div>
            </div>
            { for busy }
        </section>
    }
}
