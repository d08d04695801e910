//! Inspectors: FUNCTION LIST tree, running function with Kill, the script cache, and a
//! virtualised keyspace browser. All user data is rendered as text nodes.

use std::rc::Rc;

use engine::Reply;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

use crate::host;

/// Row height of the key list, in px (must match CSS `.krow`).
const ROW: i32 = 24;

/// Inspector props.
#[derive(Properties, PartialEq)]
pub struct InspectorProps {
    /// Dataset revision (refresh trigger).
    pub rev: u64,
    /// Running script.
    pub busy: Option<(String, i64)>,
    /// Script SHA1s seen.
    pub scripts: Vec<(String, String)>,
    /// Runs a console line (visible in the console).
    pub on_line: Callback<String>,
    /// Kill the running script.
    pub on_kill: Callback<()>,
}

fn text(r: &Reply) -> String {
    match r {
        Reply::Status(b) | Reply::Bulk(b) | Reply::Error(b) | Reply::BigNumber(b) => {
            String::from_utf8_lossy(b).into_owned()
        }
        Reply::Verbatim(_, b) => String::from_utf8_lossy(b).into_owned(),
        Reply::Int(i) => i.to_string(),
        Reply::Double(d) => d.to_string(),
        Reply::Bool(b) => b.to_string(),
        Reply::Nil | Reply::NilArray => "(nil)".into(),
        other => crate::adapter::format_tty(other, 3),
    }
}

/// Field lookup in a map-like reply (RESP2 flat array or RESP3 map).
fn field<'a>(r: &'a Reply, name: &str) -> Option<&'a Reply> {
    match r {
        Reply::Map(p) => p.iter().find(|(k, _)| text(k) == name).map(|(_, v)| v),
        Reply::Array(a) => a
            .chunks(2)
            .find(|c| c.first().map(text).as_deref() == Some(name))
            .and_then(|c| c.get(1)),
        _ => None,
    }
}

fn items(r: &Reply) -> &[Reply] {
    match r {
        Reply::Array(a) | Reply::Set(a) => a,
        _ => &[],
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Tab {
    Functions,
    Keys,
    Scripts,
}

/// The inspector pane.
#[function_component(Inspector)]
pub fn inspector(props: &InspectorProps) -> Html {
    let tab = use_state(|| Tab::Functions);
    let sel = |t: Tab| {
        let tab = tab.clone();
        move |_| tab.set(t)
    };
    let cls = |t: Tab| if *tab == t { "itab active" } else { "itab" };
    let body = match *tab {
        Tab::Functions => {
            html! { <Functions rev={props.rev} busy={props.busy.clone()} on_line={props.on_line.clone()} on_kill={props.on_kill.clone()} /> }
        }
        Tab::Keys => html! { <Keys rev={props.rev} /> },
        Tab::Scripts => {
            html! { <Scripts rev={props.rev} scripts={props.scripts.clone()} on_line={props.on_line.clone()} /> }
        }
    };
    html! {
        <section class="pane inspector" aria-label="Inspector">
            <div class="pane-head">
                <div class="tabs" role="tablist">
                    <button class={cls(Tab::Functions)} onclick={sel(Tab::Functions)} data-testid="tab-functions">{"Functions"}</button>
                    <button class={cls(Tab::Keys)} onclick={sel(Tab::Keys)} data-testid="tab-keys">{"Keys"}</button>
                    <button class={cls(Tab::Scripts)} onclick={sel(Tab::Scripts)} data-testid="tab-scripts">{"Script cache"}</button>
                </div>
            </div>
            <div class="ibody">{ body }</div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct FunctionsProps {
    rev: u64,
    busy: Option<(String, i64)>,
    on_line: Callback<String>,
    on_kill: Callback<()>,
}

#[function_component(Functions)]
fn functions(props: &FunctionsProps) -> Html {
    let list = use_memo((props.rev, props.busy.is_some()), |_| {
        host::query(&[b"FUNCTION", b"LIST"])
    });
    let running = props.busy.as_ref().map(|(label, ms)| {
        let k = props.on_kill.clone();
        html! {
            <div class="running" data-testid="running">
                <div><b>{"Running: "}</b>{ label.clone() }</div>
                <div class="muted">{ format!("elapsed {:.1}s", *ms as f64 / 1000.0) }</div>
                <button class="btn danger" onclick={move |_| k.emit(())} data-testid="kill">{"Kill"}</button>
            </div>
        }
    });
    let libs = match &*list {
        None => {
            html! { <div class="muted">{ if props.busy.is_some() { "Busy: the list refreshes when the script ends." } else { "" } }</div> }
        }
        Some(Reply::Error(e)) => {
            html! { <div class="muted">{ String::from_utf8_lossy(e).into_owned() }</div> }
        }
        Some(r) if items(r).is_empty() => html! {
            <div class="empty">{"No libraries loaded. Write one in the editor and press Ctrl/Cmd+Enter."}</div>
        },
        Some(r) => html! { <>{ for items(r).iter().map(|lib| {
            let name = field(lib, "library_name").map(text).unwrap_or_default();
            let eng = field(lib, "engine").map(text).unwrap_or_default();
            let fns = field(lib, "functions").map(items).unwrap_or(&[]);
            let del = {
                let on_line = props.on_line.clone();
                let name = name.clone();
                move |_| on_line.emit(format!("FUNCTION DELETE \"{}\"", name.replace('\\', "\\\\").replace('"', "\\\"")))
            };
            html! {
                <details class="lib" open=true>
                    <summary><span class="libname">{ name.clone() }</span><span class="badge">{ eng }</span>
                        <button class="btn small" onclick={del} title="FUNCTION DELETE">{"Delete"}</button></summary>
                    <ul>{ for fns.iter().map(|f| {
                        let fname = field(f, "name").map(text).unwrap_or_default();
                        let desc = field(f, "description").map(text).filter(|d| d != "(nil)").unwrap_or_default();
                        let flags: Vec<String> = field(f, "flags").map(items).unwrap_or(&[]).iter().map(text).collect();
                        html! { <li><span class="fname">{ fname }</span>
                            { for flags.iter().map(|fl| html!{ <span class="badge flag">{ fl.clone() }</span> }) }
                            if !desc.is_empty() { <div class="muted">{ desc }</div> }
                        </li> }
                    }) }</ul>
                </details>
            }
        }) }</> },
    };
    html! { <div class="functions">{ for running }{ libs }</div> }
}

#[derive(Properties, PartialEq)]
struct ScriptsProps {
    rev: u64,
    scripts: Vec<(String, String)>,
    on_line: Callback<String>,
}

thread_local! {
    static PREVIEWS: std::cell::RefCell<Vec<(String, String)>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn props_preview(sha: &str) -> String {
    PREVIEWS.with(|p| {
        p.borrow()
            .iter()
            .find(|(h, _)| h == sha)
            .map(|(_, t)| t.clone())
            .unwrap_or_default()
    })
}

#[function_component(Scripts)]
fn scripts(props: &ScriptsProps) -> Html {
    PREVIEWS.with(|p| *p.borrow_mut() = props.scripts.clone());
    let live = use_memo(props.rev, |_| {
        let shas = host::cached_scripts();
        Some(
            shas.into_iter()
                .map(|sha| {
                    let preview = props_preview(&sha);
                    (sha, preview)
                })
                .collect::<Vec<_>>(),
        )
    });
    let flush = {
        let on_line = props.on_line.clone();
        move |_| on_line.emit("SCRIPT FLUSH".into())
    };
    html! {
        <div class="scripts">
            <div class="row"><span class="muted">{"Scripts cached by EVAL / SCRIPT LOAD in this session"}</span>
                <button class="btn small" onclick={flush} data-testid="script-flush">{"SCRIPT FLUSH"}</button></div>
            { match &*live {
                None => html!{ <div class="muted">{"Busy…"}</div> },
                Some(v) if v.is_empty() => html!{ <div class="empty">{"The script cache is empty."}</div> },
                Some(v) => html!{ <ul class="shas">{ for v.iter().map(|(sha, preview)| html!{
                    <li><code>{ sha.clone() }</code><div class="muted preview">{ preview.clone() }</div></li>
                }) }</ul> },
            } }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct KeysProps {
    rev: u64,
}

/// Fetches sorted key names of a db matching a pattern.
fn fetch_keys(db: usize, pattern: &str) -> Option<Rc<Vec<Vec<u8>>>> {
    host::keys(db, pattern).map(Rc::new)
}

fn key_meta(db: usize, key: &[u8]) -> (String, String) {
    match host::key_meta(db, key) {
        Some((t, ttl)) => {
            let ttl = ttl
                .map(|at| {
                    let ms = at.saturating_sub(crate::clock::now_ms()).max(0);
                    format!("{:.1}s", ms as f64 / 1000.0)
                })
                .unwrap_or_default();
            (t.to_string(), ttl)
        }
        None => (String::new(), String::new()),
    }
}

fn key_value(db: usize, key: &[u8], ty: &str) -> Vec<String> {
    let dbs = db.to_string();
    let _ = host::query(&[b"SELECT", dbs.as_bytes()]);
    let r = match ty {
        "string" => host::query(&[b"GET", key]),
        "hash" => host::query(&[b"HGETALL", key]),
        "list" => host::query(&[b"LRANGE", key, b"0", b"499"]),
        "set" => host::query(&[b"SMEMBERS", key]),
        "zset" => host::query(&[b"ZRANGE", key, b"0", b"499", b"WITHSCORES"]),
        _ => None,
    };
    let Some(r) = r else {
        return vec!["(unavailable)".into()];
    };
    match (&r, ty) {
        (Reply::Array(a), "hash" | "zset") => a
            .chunks(2)
            .take(500)
            .map(|c| {
                let k = c.first().map(text).unwrap_or_default();
                let v = c.get(1).map(text).unwrap_or_default();
                if ty == "hash" {
                    format!("{k} → {v}")
                } else {
                    format!("{v}  {k}")
                }
            })
            .collect(),
        (Reply::Map(m), _) => m
            .iter()
            .take(500)
            .map(|(k, v)| format!("{} → {}", text(k), text(v)))
            .collect(),
        (Reply::Array(a) | Reply::Set(a), _) => a.iter().take(500).map(text).collect(),
        (other, _) => vec![text(other)],
    }
}

#[function_component(Keys)]
fn keys(props: &KeysProps) -> Html {
    let db = use_state(|| 0usize);
    let pattern = use_state(String::new);
    let scroll = use_state(|| 0i32);
    let height = use_state(|| 400i32);
    let selected = use_state(|| None::<Vec<u8>>);
    let list_ref = use_node_ref();
    let keys = use_memo((props.rev, *db, (*pattern).clone()), |(_, db, p)| {
        fetch_keys(*db, p)
    });
    {
        let list_ref = list_ref.clone();
        let height = height.clone();
        use_effect_with((), move |_| {
            if let Some(el) = list_ref.cast::<HtmlElement>() {
                height.set(el.client_height().max(ROW));
            }
        });
    }
    let onscroll = {
        let scroll = scroll.clone();
        let height = height.clone();
        move |e: Event| {
            if let Some(t) = e.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
                scroll.set(t.scroll_top());
                height.set(t.client_height().max(ROW));
            }
        }
    };
    let on_pattern = {
        let pattern = pattern.clone();
        move |e: InputEvent| {
            if let Some(t) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                pattern.set(t.value());
            }
        }
    };
    let on_db = {
        let db = db.clone();
        let selected = selected.clone();
        move |e: Event| {
            if let Some(s) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            {
                db.set(s.value().parse().unwrap_or(0));
                selected.set(None);
            }
        }
    };

    let Some(all) = (*keys).clone() else {
        return html! { <div class="muted">{"Busy: the keyspace refreshes when the script ends."}</div> };
    };
    let total = all.len();
    let first = usize::try_from((*scroll / ROW).max(0)).unwrap_or(0);
    let visible = usize::try_from(*height / ROW + 2).unwrap_or(20);
    let last = first.saturating_add(visible).min(total);
    let rows = all
        .get(first.min(last)..last)
        .unwrap_or(&[])
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let idx = first + i;
            let (ty, ttl) = key_meta(*db, k);
            let top = i32::try_from(idx).unwrap_or(0).saturating_mul(ROW);
            let onclick = {
                let selected = selected.clone();
                let k = k.clone();
                move |_| selected.set(Some(k.clone()))
            };
            let cls = if selected.as_ref() == Some(k) {
                "krow sel"
            } else {
                "krow"
            };
            html! {
                <div class={cls} style={format!("top:{top}px")} {onclick} data-testid="key-row">
                    <span class={format!("kt kt-{ty}")}>{ ty.clone() }</span>
                    <span class="kname">{ String::from_utf8_lossy(k).into_owned() }</span>
                    <span class="kttl">{ ttl }</span>
                </div>
            }
        });
    let detail = selected.as_ref().map(|k| {
        let (ty, ttl) = key_meta(*db, k);
        let vals = key_value(*db, k, &ty);
        html! {
            <div class="kdetail" data-testid="key-detail">
                <div class="row"><b class="kname">{ String::from_utf8_lossy(k).into_owned() }</b>
                    <span class={format!("kt kt-{ty}")}>{ ty.clone() }</span>
                    if !ttl.is_empty() { <span class="muted">{ format!("TTL {ttl}") }</span> }</div>
                <ol class="vals">{ for vals.into_iter().map(|v| html!{ <li>{ v }</li> }) }</ol>
            </div>
        }
    });
    html! {
        <div class="keys">
            <div class="row">
                <select class="btn" onchange={on_db} title="Database">
                    { for (0..16).map(|d| html!{ <option value={d.to_string()} selected={d == *db}>{ format!("db{d}") }</option> }) }
                </select>
                <input class="filter" placeholder="Pattern, e.g. user:*" value={(*pattern).clone()} oninput={on_pattern} data-testid="key-filter" />
                <span class="muted">{ format!("{total} keys") }</span>
            </div>
            <div class="klist" ref={list_ref} {onscroll} data-testid="key-list">
                <div class="kspacer" style={format!("height:{}px", i32::try_from(total).unwrap_or(i32::MAX / ROW).saturating_mul(ROW))}>
                    { for rows }
                </div>
            </div>
            { for detail }
        </div>
    }
}
