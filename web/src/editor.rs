//! The library editor: a textarea under a highlighted overlay (rendered as text nodes, never
//! HTML), line numbers with load-error markers, auto-indent, bracket matching, search, tabs
//! and templates. Undo/redo is the browser's own (edits go through `insertText`).

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, HtmlTextAreaElement, KeyboardEvent};
use yew::prelude::*;

use crate::highlight::{auto_dedent, matching_bracket, opens_block, tokenize, Kind};
use crate::state::Buffer;
use crate::templates::TEMPLATES;

/// Editor props.
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// Buffers.
    pub buffers: Vec<Buffer>,
    /// Active buffer index.
    pub active: usize,
    /// Text edits of the active buffer.
    pub on_edit: Callback<String>,
    /// Tab switch.
    pub on_select: Callback<usize>,
    /// New buffer from template n (`usize::MAX` = empty).
    pub on_new: Callback<usize>,
    /// Close buffer.
    pub on_close: Callback<usize>,
    /// FUNCTION LOAD REPLACE the active buffer.
    pub on_load: Callback<()>,
    /// EVAL the active buffer.
    pub on_eval: Callback<()>,
}

/// Byte offset of the UTF-16 position `u16pos` in `s` (textarea selection units).
fn byte_of_utf16(s: &str, u16pos: u32) -> usize {
    let mut n = 0u32;
    for (i, c) in s.char_indices() {
        if n >= u16pos {
            return i;
        }
        n = n.saturating_add(c.len_utf16() as u32);
    }
    s.len()
}

fn utf16_of_byte(s: &str, byte: usize) -> u32 {
    s.get(..byte)
        .map(|p| p.encode_utf16().count() as u32)
        .unwrap_or(0)
}

/// Keyboard shortcuts of the editor, listed under its "Shortcuts" button.
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("Ctrl/Cmd+Enter", "FUNCTION LOAD REPLACE the buffer"),
    ("Tab", "indent two spaces"),
    (
        "Enter",
        "new line, indented (one level more after a block opener)",
    ),
    (
        "end else elseif until }",
        "dedent to the block they close, as you type",
    ),
    ("Ctrl/Cmd+F", "find (Enter: next, Esc: close)"),
    ("Ctrl/Cmd+H", "find and replace"),
    ("Enter in Replace", "replace the match and find the next"),
    ("Ctrl/Cmd+Alt+Enter", "replace all"),
    (
        "Arrow keys on a splitter",
        "resize panes (Shift: bigger steps)",
    ),
];

/// Replaces every occurrence of `q` in `text`; the new text and the count.
pub fn replace_all(text: &str, q: &str, with: &str) -> (String, usize) {
    if q.is_empty() {
        return (text.to_string(), 0);
    }
    (text.replace(q, with), text.matches(q).count())
}

/// Replaces the whole textarea content through `insertText` (one undo step), falling back
/// to setting the value.
fn set_all(ta: &HtmlTextAreaElement, text: &str) {
    let _ = ta.focus();
    let len = utf16_of_byte(&ta.value(), ta.value().len());
    let _ = ta.set_selection_range(0, len);
    if !crate::dom::insert_text(text) {
        ta.set_value(text);
    }
}

fn render_code(text: &str, marks: &[usize]) -> Html {
    let mut nodes: Vec<Html> = Vec::new();
    for (kind, s, e) in tokenize(text) {
        // Split tokens at bracket-match marks.
        let mut cuts: Vec<usize> = vec![s];
        for &m in marks {
            if m > s && m < e {
                cuts.push(m);
            }
            if m + 1 > s && m + 1 < e {
                cuts.push(m + 1);
            }
        }
        cuts.push(e);
        engine::util::sort::sort(&mut cuts);
        cuts.dedup();
        for w in cuts.windows(2) {
            let (a, b) = match (w.first(), w.get(1)) {
                (Some(&a), Some(&b)) => (a, b),
                _ => continue,
            };
            let piece = text.get(a..b).unwrap_or("").to_string();
            let mut class = kind.class().to_string();
            if marks.contains(&a) && b == a + 1 {
                class.push_str(" bm");
            }
            if class.trim().is_empty() && kind == Kind::Plain {
                nodes.push(html! { { piece } });
            } else {
                nodes.push(html! { <span class={class}>{ piece }</span> });
            }
        }
    }
    // A trailing newline needs a visible line in the overlay.
    nodes.push(html! { {"\n"} });
    html! { <>{ for nodes }</> }
}

/// Auto-dedent after typing: when the caret's line is just a block closer, re-indent it to
/// its block through `insertText` (one undo step) and put the caret back after the word.
fn dedent(ta: &HtmlTextAreaElement) {
    let v = ta.value();
    let caret = ta.selection_start().ok().flatten().unwrap_or(0);
    if ta.selection_end().ok().flatten() != Some(caret) {
        return;
    }
    let pos = byte_of_utf16(&v, caret);
    let Some((ls, cur, want)) = auto_dedent(&v, pos) else {
        return;
    };
    let a = utf16_of_byte(&v, ls);
    let b = utf16_of_byte(&v, ls + cur);
    let _ = ta.set_selection_range(a, b);
    let ok = if want.is_empty() {
        crate::dom::exec("delete", "")
    } else {
        crate::dom::insert_text(&want)
    };
    if !ok {
        let mut nv = String::with_capacity(v.len());
        nv.push_str(v.get(..ls).unwrap_or(""));
        nv.push_str(&want);
        nv.push_str(v.get(ls + cur..).unwrap_or(""));
        ta.set_value(&nv);
    }
    let back = caret
        .saturating_sub(b.saturating_sub(a))
        .saturating_add(want.encode_utf16().count() as u32);
    let _ = ta.set_selection_range(back, back);
}

/// The editor component.
#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let ta_ref = use_node_ref();
    let pre_ref = use_node_ref();
    let gutter_ref = use_node_ref();
    let cursor = use_state(|| 0usize);
    let finding = use_state(|| None::<String>);
    let replacing = use_state(|| None::<String>);
    let find_status = use_state(String::new);
    let find_ref = use_node_ref();
    let replace_ref = use_node_ref();
    let empty = Buffer {
        name: String::new(),
        text: String::new(),
        error: None,
    };
    let buf = props.buffers.get(props.active).unwrap_or(&empty);
    let text = buf.text.clone();

    let update_cursor = {
        let cursor = cursor.clone();
        let ta_ref = ta_ref.clone();
        move || {
            if let Some(ta) = ta_ref.cast::<HtmlTextAreaElement>() {
                let v = ta.value();
                let pos = ta.selection_start().ok().flatten().unwrap_or(0);
                cursor.set(byte_of_utf16(&v, pos));
            }
        }
    };

    let oninput = {
        let on_edit = props.on_edit.clone();
        let update_cursor = update_cursor.clone();
        move |e: InputEvent| {
            if let Some(t) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
            {
                if e.input_type() == "insertText" {
                    dedent(&t);
                }
                on_edit.emit(t.value());
            }
            update_cursor();
        }
    };

    let onkeydown = {
        let on_load = props.on_load.clone();
        let finding = finding.clone();
        let replacing = replacing.clone();
        let find_ref = find_ref.clone();
        move |e: KeyboardEvent| {
            let ctrl = e.ctrl_key() || e.meta_key();
            let key = e.key();
            if ctrl && key == "Enter" {
                e.prevent_default();
                on_load.emit(());
                return;
            }
            if ctrl && (key == "f" || key == "F" || key == "h" || key == "H") {
                e.prevent_default();
                if key.eq_ignore_ascii_case("h") {
                    replacing.set(Some((*replacing).clone().unwrap_or_default()));
                }
                if finding.is_none() {
                    finding.set(Some(String::new()));
                }
                let find_ref = find_ref.clone();
                crate::dom::set_timeout(0, move || {
                    if let Some(i) = find_ref.cast::<HtmlInputElement>() {
                        let _ = i.focus();
                    }
                });
                return;
            }
            let Some(ta) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
            else {
                return;
            };
            if key == "Tab" && !ctrl {
                e.prevent_default();
                crate::dom::insert_text("  ");
            } else if key == "Enter" && !e.shift_key() && !e.alt_key() && !ctrl {
                let v = ta.value();
                let pos = byte_of_utf16(&v, ta.selection_start().ok().flatten().unwrap_or(0));
                let before = v.get(..pos).unwrap_or("");
                let line = before.rsplit('\n').next().unwrap_or("");
                let mut indent: String = line
                    .chars()
                    .take_while(|c| *c == ' ' || *c == '\t')
                    .collect();
                if opens_block(line) {
                    indent.push_str("  ");
                }
                e.prevent_default();
                if !crate::dom::insert_text(&format!("\n{indent}")) {
                    // Fallback without execCommand.
                    let after = v.get(pos..).unwrap_or("");
                    ta.set_value(&format!("{before}\n{indent}{after}"));
                }
            }
        }
    };

    let onscroll = {
        let pre_ref = pre_ref.clone();
        let gutter_ref = gutter_ref.clone();
        move |e: Event| {
            if let Some(t) = e.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
                if let Some(p) = pre_ref.cast::<HtmlElement>() {
                    p.set_scroll_top(t.scroll_top());
                    p.set_scroll_left(t.scroll_left());
                }
                if let Some(g) = gutter_ref.cast::<HtmlElement>() {
                    g.set_scroll_top(t.scroll_top());
                }
            }
        }
    };

    let on_caret = {
        let update_cursor = update_cursor.clone();
        move |_: KeyboardEvent| update_cursor()
    };
    let on_click = {
        let update_cursor = update_cursor.clone();
        move |_: MouseEvent| update_cursor()
    };

    let find_next = {
        let ta_ref = ta_ref.clone();
        let cursor = cursor.clone();
        move |q: &str, back_to: Option<HtmlInputElement>| {
            let Some(ta) = ta_ref.cast::<HtmlTextAreaElement>() else {
                return;
            };
            if q.is_empty() {
                return;
            }
            let v = ta.value();
            let from = byte_of_utf16(&v, ta.selection_end().ok().flatten().unwrap_or(0));
            let hit = v
                .get(from..)
                .and_then(|s| s.find(q).map(|i| i + from))
                .or_else(|| v.find(q));
            if let Some(at) = hit {
                let a = utf16_of_byte(&v, at);
                let b = utf16_of_byte(&v, at + q.len());
                let _ = ta.focus();
                let _ = ta.set_selection_range(a, b);
                cursor.set(at);
                if let Some(i) = back_to {
                    let _ = i.focus();
                }
            }
        }
    };

    let close_find = {
        let finding = finding.clone();
        let replacing = replacing.clone();
        let find_status = find_status.clone();
        let ta_ref = ta_ref.clone();
        move || {
            finding.set(None);
            replacing.set(None);
            find_status.set(String::new());
            if let Some(ta) = ta_ref.cast::<HtmlTextAreaElement>() {
                let _ = ta.focus();
            }
        }
    };

    // Replaces the selected match (if the selection is one) and moves to the next match.
    let replace_one = {
        let ta_ref = ta_ref.clone();
        let finding = finding.clone();
        let replacing = replacing.clone();
        let find_next = find_next.clone();
        let on_edit = props.on_edit.clone();
        let find_status = find_status.clone();
        move |back_to: Option<HtmlInputElement>| {
            let (Some(q), Some(r)) = ((*finding).clone(), (*replacing).clone()) else {
                return;
            };
            let Some(ta) = ta_ref.cast::<HtmlTextAreaElement>() else {
                return;
            };
            if q.is_empty() {
                return;
            }
            let v = ta.value();
            let a = ta.selection_start().ok().flatten().unwrap_or(0);
            let b = ta.selection_end().ok().flatten().unwrap_or(0);
            let (ba, bb) = (byte_of_utf16(&v, a), byte_of_utf16(&v, b));
            if v.get(ba..bb) == Some(q.as_str()) {
                let _ = ta.focus();
                if !crate::dom::insert_text(&r) {
                    let mut nv = String::with_capacity(v.len());
                    nv.push_str(v.get(..ba).unwrap_or(""));
                    nv.push_str(&r);
                    nv.push_str(v.get(bb..).unwrap_or(""));
                    ta.set_value(&nv);
                    let end = utf16_of_byte(&nv, ba + r.len());
                    let _ = ta.set_selection_range(end, end);
                }
                on_edit.emit(ta.value());
                find_status.set("Replaced 1".into());
            }
            find_next(&q, back_to);
        }
    };

    let replace_every = {
        let ta_ref = ta_ref.clone();
        let finding = finding.clone();
        let replacing = replacing.clone();
        let on_edit = props.on_edit.clone();
        let find_status = find_status.clone();
        move |back_to: Option<HtmlInputElement>| {
            let (Some(q), Some(r)) = ((*finding).clone(), (*replacing).clone()) else {
                return;
            };
            let Some(ta) = ta_ref.cast::<HtmlTextAreaElement>() else {
                return;
            };
            let (text, n) = replace_all(&ta.value(), &q, &r);
            if n > 0 {
                set_all(&ta, &text);
                on_edit.emit(ta.value());
            }
            find_status.set(format!("Replaced {n}"));
            if let Some(i) = back_to {
                let _ = i.focus();
            }
        }
    };

    let find_keydown = {
        let finding = finding.clone();
        let find_next = find_next.clone();
        let close_find = close_find.clone();
        let find_ref = find_ref.clone();
        move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                close_find();
            } else if e.key() == "Enter" {
                e.prevent_default();
                if let Some(q) = (*finding).clone() {
                    find_next(&q, find_ref.cast::<HtmlInputElement>());
                }
            }
        }
    };
    let find_input = {
        let finding = finding.clone();
        let find_status = find_status.clone();
        move |e: InputEvent| {
            if let Some(t) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                finding.set(Some(t.value()));
                find_status.set(String::new());
            }
        }
    };
    let replace_keydown = {
        let close_find = close_find.clone();
        let replace_one = replace_one.clone();
        let replace_every = replace_every.clone();
        let replace_ref = replace_ref.clone();
        move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                close_find();
            } else if e.key() == "Enter" {
                e.prevent_default();
                let back = replace_ref.cast::<HtmlInputElement>();
                if (e.ctrl_key() || e.meta_key()) && e.alt_key() {
                    replace_every(back);
                } else {
                    replace_one(back);
                }
            }
        }
    };
    let replace_input = {
        let replacing = replacing.clone();
        move |e: InputEvent| {
            if let Some(t) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                replacing.set(Some(t.value()));
            }
        }
    };
    let find_bar = (*finding).clone().map(|q| {
        let matches = if q.is_empty() {
            String::new()
        } else {
            match text.matches(q.as_str()).count() {
                1 => "1 match".to_string(),
                n => format!("{n} matches"),
            }
        };
        let status = if find_status.is_empty() {
            matches
        } else {
            format!("{} · {matches}", *find_status)
        };
        let next = {
            let find_next = find_next.clone();
            let q = q.clone();
            move |_: MouseEvent| find_next(&q, None)
        };
        let toggle = {
            let replacing = replacing.clone();
            move |_: MouseEvent| {
                replacing.set(if replacing.is_some() { None } else { Some(String::new()) })
            }
        };
        let one = {
            let replace_one = replace_one.clone();
            move |_: MouseEvent| replace_one(None)
        };
        let every = {
            let replace_every = replace_every.clone();
            move |_: MouseEvent| replace_every(None)
        };
        let close = {
            let close_find = close_find.clone();
            move |_: MouseEvent| close_find()
        };
        html! {
            <div class="findbar" role="search" data-testid="findbar">
                <div class="findrow">
                    <button class="x" onclick={toggle} title="Toggle replace (Ctrl/Cmd+H)"
                        aria-expanded={replacing.is_some().to_string()} data-testid="toggle-replace">
                        { if replacing.is_some() { "▾" } else { "▸" } }</button>
                    <input ref={find_ref.clone()} class="find" placeholder="Find (Enter: next, Esc: close)" value={q}
                        aria-label="Find" data-testid="find-input" oninput={find_input.clone()} onkeydown={find_keydown.clone()} />
                    <button class="btn small" onclick={next} title="Next match (Enter)">{"Next"}</button>
                    <span class="muted small find-count" data-testid="find-count" aria-live="polite">{ status }</span>
                    <button class="x" onclick={close} title="Close (Esc)" aria-label="Close find">{"×"}</button>
                </div>
                if let Some(r) = (*replacing).clone() {
                    <div class="findrow">
                        <span class="findpad"></span>
                        <input ref={replace_ref.clone()} class="find" placeholder="Replace (Enter: replace, Ctrl/Cmd+Alt+Enter: all)"
                            value={r} aria-label="Replace with" data-testid="replace-input"
                            oninput={replace_input.clone()} onkeydown={replace_keydown.clone()} />
                        <button class="btn small" onclick={one} data-testid="replace-one" title="Replace (Enter)">{"Replace"}</button>
                        <button class="btn small" onclick={every} data-testid="replace-all" title="Replace all (Ctrl/Cmd+Alt+Enter)">{"Replace all"}</button>
                    </div>
                }
            </div>
        }
    });
    let shortcuts = html! {
        <details class="shortcuts" data-testid="shortcuts">
            <summary class="btn">{"Shortcuts"}</summary>
            <dl class="shortcut-list">
                { for SHORTCUTS.iter().map(|(k, what)| html! { <><dt><kbd>{ *k }</kbd></dt><dd>{ *what }</dd></> }) }
            </dl>
        </details>
    };

    let marks: Vec<usize> = matching_bracket(&text, *cursor)
        .map(|(a, b)| vec![a, b])
        .unwrap_or_default();
    let nlines = text.split('\n').count().max(1);
    let err_line = buf.error.as_ref().map(|e| e.0).unwrap_or(0);
    let err_msg = buf.error.as_ref().map(|e| e.1.clone()).unwrap_or_default();
    let gutter = (1..=nlines).map(|n| {
        if n == err_line {
            html! { <div class="gl gl-err" title={err_msg.clone()}>{ n }</div> }
        } else {
            html! { <div class="gl">{ n }</div> }
        }
    });

    let tabs = props.buffers.iter().enumerate().map(|(i, b)| {
        let sel = props.on_select.clone();
        let close = props.on_close.clone();
        let class = if i == props.active { "tab active" } else { "tab" };
        let err = if b.error.is_some() { " ●" } else { "" };
        html! {
            <div class={class} role="tab" onclick={move |_| sel.emit(i)} title={b.name.clone()}>
                <span>{ format!("{}{err}", b.name) }</span>
                if props.buffers.len() > 1 {
                    <button class="x" title="Close" onclick={move |e: MouseEvent| { e.stop_propagation(); close.emit(i); }}>{"×"}</button>
                }
            </div>
        }
    });

    let on_template = {
        let on_new = props.on_new.clone();
        move |e: Event| {
            if let Some(s) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            {
                if let Ok(i) = s.value().parse::<usize>() {
                    on_new.emit(i);
                }
                s.set_value("");
            }
        }
    };
    let load = {
        let l = props.on_load.clone();
        move |_| l.emit(())
    };
    let eval = {
        let l = props.on_eval.clone();
        move |_| l.emit(())
    };

    html! {
        <section class="pane editor" aria-label="Library editor">
            <div class="pane-head">
                <div class="tabs" role="tablist">{ for tabs }</div>
                <select class="btn" onchange={on_template} title="New buffer from a template" data-testid="templates">
                    <option value="" selected=true>{"+ New…"}</option>
                    <option value={usize::MAX.to_string()}>{"Empty buffer"}</option>
                    { for TEMPLATES.iter().enumerate().map(|(i, t)| html!{ <option value={i.to_string()}>{ t.0 }</option> }) }
                </select>
            </div>
            <div class="toolbar">
                <button class="btn primary" onclick={load} data-testid="load" title="FUNCTION LOAD REPLACE (Ctrl/Cmd+Enter)">{"Load library ⌘⏎"}</button>
                <button class="btn" onclick={eval} data-testid="eval" title="EVAL this buffer with 0 keys">{"EVAL buffer"}</button>
                { shortcuts }
            </div>
            { for find_bar }
            if !err_msg.is_empty() {
                <div class="editor-error" data-testid="editor-error">{ if err_line > 0 { format!("line {err_line}: {err_msg}") } else { err_msg.clone() } }</div>
            }
            <div class="code">
                <div class="gutter" ref={gutter_ref} aria-hidden="true">{ for gutter }</div>
                <div class="code-wrap">
                    <pre class="hl" ref={pre_ref} aria-hidden="true">{ render_code(&text, &marks) }</pre>
                    <textarea ref={ta_ref} class="src" data-testid="editor" spellcheck="false"
                        autocomplete="off" autocapitalize="off" wrap="off" value={text.clone()}
                        {oninput} {onkeydown} {onscroll} onkeyup={on_caret} onclick={on_click}
                        aria-label="Lua source"></textarea>
                </div>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets() {
        let s = "aé😀b";
        assert_eq!(byte_of_utf16(s, 0), 0);
        assert_eq!(byte_of_utf16(s, 2), 3);
        assert_eq!(byte_of_utf16(s, 4), 7);
        assert_eq!(utf16_of_byte(s, 7), 4);
        assert_eq!(byte_of_utf16(s, 99), s.len());
    }
}
