//! The tutorial view: the lessons of `www/lessons/` shown beside the editor and console.
//! They are fetched (`lessons/NN-*.md`, parsed by the `tutorial` crate) when the view first
//! opens, so they do not weigh on the page's first load. Each runnable block has a Run button that sends its
//! commands through the console (or loads its library into the editor and the engine); each
//! step is checked against the lesson's expectation when its reply arrives, and the learner
//! sees why a step did not pass. Progress and the current lesson live in localStorage;
//! `#lesson/N` deep-links to a lesson.

use std::cell::{Cell, RefCell};

use engine::Reply;
use tutorial::{compare, BlockKind, Lesson, Step};
use yew::prelude::*;

use crate::app::{dispatch, next_tag};
use crate::host::{self, Event as HostEvent, Who};
use crate::state::{Action, Line, LineKind};
use crate::storage;
use crate::vecmap::VecMap;

/// localStorage key of the current lesson (1-based).
const CURRENT: &str = "rfp.tutorial.current";
/// localStorage key of the completed lessons (comma-separated, 1-based).
const DONE: &str = "rfp.tutorial.done";

/// Where a step's result goes: (lesson, block, step) indexes.
type Key = (usize, usize, usize);

/// A step's outcome: what the console printed and the verdict.
#[derive(Clone, Debug, PartialEq)]
struct Outcome {
    output: String,
    verdict: Result<(), String>,
}

thread_local! {
    static WAITING: RefCell<VecMap<u64, (Key, Vec<String>)>> = RefCell::new(VecMap::new());
    static OUTCOMES: RefCell<VecMap<Key, Outcome>> = RefCell::new(VecMap::new());
    static REDRAW: RefCell<Option<Callback<()>>> = const { RefCell::new(None) };
    static LESSONS: RefCell<Option<Vec<Lesson>>> = const { RefCell::new(None) };
    static LOAD_STATE: Cell<u8> = const { Cell::new(0) };
    static LOAD_ERROR: RefCell<String> = const { RefCell::new(String::new()) };
}

include!(concat!(env!("OUT_DIR"), "/lesson_names.rs"));

/// Runs `f` on the loaded lessons (an empty list until they arrive).
fn with_lessons<R>(f: impl FnOnce(&[Lesson]) -> R) -> R {
    LESSONS.with(|l| f(l.borrow().as_deref().unwrap_or(&[])))
}

async fn fetch_all() -> Result<Vec<Lesson>, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let w = web_sys::window().ok_or("no window")?;
    // Start every request, then read them in order.
    let pending: Vec<(&str, JsFuture)> = LESSON_NAMES
        .iter()
        .map(|n| {
            (
                *n,
                JsFuture::from(w.fetch_with_str(&format!("lessons/{n}"))),
            )
        })
        .collect();
    let mut out = Vec::with_capacity(pending.len());
    for (name, fut) in pending {
        let resp: web_sys::Response = fut
            .await
            .ok()
            .and_then(|r| r.dyn_into().ok())
            .ok_or_else(|| format!("cannot fetch lessons/{name}"))?;
        if !resp.ok() {
            return Err(format!("lessons/{name}: HTTP {}", resp.status()));
        }
        let body = resp
            .text()
            .map_err(|_| format!("lessons/{name}: no body"))?;
        let text = JsFuture::from(body)
            .await
            .ok()
            .and_then(|t| t.as_string())
            .ok_or_else(|| format!("lessons/{name}: cannot read"))?;
        out.push(tutorial::parse(&text));
    }
    Ok(out)
}

/// Fetches the lessons once (state 0 = not started, 1 = loading, 2 = done or failed).
fn ensure_loaded() {
    if LOAD_STATE.with(|s| s.replace(1.max(s.get()))) != 0 {
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        match fetch_all().await {
            Ok(ls) => LESSONS.with(|l| *l.borrow_mut() = Some(ls)),
            Err(e) => LOAD_ERROR.with(|l| *l.borrow_mut() = e),
        }
        LOAD_STATE.with(|s| s.set(2));
        redraw();
    });
}

fn redraw() {
    let cb = REDRAW.with(|r| r.borrow().clone());
    if let Some(cb) = cb {
        cb.emit(());
    }
}

fn record(key: Key, output: String, verdict: Result<(), String>) {
    OUTCOMES.with(|o| o.borrow_mut().insert(key, Outcome { output, verdict }));
    mark_done_if_complete(key.0);
    redraw();
}

/// Called by the app for every host event: checks replies of lesson steps.
pub fn observe(ev: &HostEvent) {
    let HostEvent::Done { tag, reply, .. } = ev else {
        return;
    };
    let Some((key, expect)) = WAITING.with(|w| w.borrow_mut().remove(tag)) else {
        return;
    };
    let output = engine::cli::format_tty_resp(reply, host::console_resp());
    let verdict = if expect.first().map(String::as_str) == Some("<no error>") {
        if matches!(reply, Reply::Error(_)) {
            Err(format!("the library did not load: {}", output.trim_end()))
        } else {
            Ok(())
        }
    } else {
        compare(&expect, &output)
    };
    record(key, output, verdict);
}

fn echo(text: String) {
    dispatch(Action::Print(vec![Line {
        kind: LineKind::Prompt,
        text,
    }]));
}

fn submit(key: Key, who: Who, args: Vec<Vec<u8>>, expect: Vec<String>) {
    let tag = next_tag();
    WAITING.with(|w| w.borrow_mut().insert(tag, (key, expect)));
    host::submit(who, args, tag);
}

/// Runs one console step of a lesson.
fn run_step(key: Key, step: &Step) {
    let prompt = if step.client == 2 { "2> " } else { "> " };
    echo(format!("{prompt}{}", step.line));
    if step.line == "!restart" {
        let res = host::with(|h| {
            let snap = h.engine.save_snapshot();
            h.engine.load_snapshot(&snap)
        });
        let out = match res {
            Some(Ok(())) => "(restarted)\n".to_string(),
            Some(Err(e)) => format!("(restart failed: {e})\n"),
            None => "(restart failed: engine busy)\n".to_string(),
        };
        dispatch(Action::Print(vec![Line {
            kind: LineKind::Info,
            text: out.trim_end().to_string(),
        }]));
        let verdict = compare(&step.expect, &out);
        record(key, out, verdict);
        return;
    }
    match engine::cli::split_args(&step.line) {
        Ok(args) => {
            let who = if step.client == 2 {
                Who::Aux
            } else {
                Who::Console
            };
            submit(key, who, args, step.expect.clone());
        }
        Err(e) => record(key, e.clone(), Err(e)),
    }
}

/// Loads a library: into the editor (a new buffer) and into the engine.
fn run_library(key: Key, code: &str, expect: Option<&str>, name: &str, open: bool) {
    if open {
        dispatch(Action::Open(name.to_string(), code.to_string()));
    }
    echo(format!("> FUNCTION LOAD REPLACE <{name}>"));
    let args = vec![
        b"FUNCTION".to_vec(),
        b"LOAD".to_vec(),
        b"REPLACE".to_vec(),
        code.as_bytes().to_vec(),
    ];
    let expect = match expect {
        Some(e) => vec![e.to_string()],
        None => vec!["<no error>".to_string()],
    };
    submit(key, Who::Console, args, expect);
}

fn run_block(lesson: usize, bi: usize, editor_text: &str) {
    let Some((kind, text)) = with_lessons(|ls| {
        ls.get(lesson)
            .and_then(|l| l.blocks.get(bi))
            .map(|b| (b.kind.clone(), b.text.clone()))
    }) else {
        return;
    };
    match kind {
        BlockKind::Cli { steps, check, .. } => {
            if check {
                // The learner's code (the editor) is loaded first, then checked.
                run_library((lesson, bi, usize::MAX), editor_text, None, "editor", false);
            }
            for (si, s) in steps.iter().enumerate() {
                run_step((lesson, bi, si), s);
            }
        }
        BlockKind::Library { expect } => {
            run_library(
                (lesson, bi, 0),
                &text,
                expect.as_deref(),
                &library_name(&text),
                true,
            );
        }
        BlockKind::Starter => dispatch(Action::Open(library_name(&text), text)),
        BlockKind::Solution => dispatch(Action::Open(library_name(&text), text)),
        _ => {}
    }
}

/// `name` from the library's shebang, as an editor tab title.
fn library_name(code: &str) -> String {
    let first = code.lines().next().unwrap_or("");
    let name = first
        .split_whitespace()
        .find_map(|w| w.strip_prefix("name="))
        .unwrap_or("library");
    format!("{name}.lua")
}

/// Completed lesson numbers, ascending and without repeats (a plain vector: a `BTreeSet`
/// here would add its own instantiation to the bundle for a dozen numbers).
fn load_done() -> Vec<usize> {
    let mut v: Vec<usize> = storage::get(DONE)
        .unwrap_or_default()
        .split(',')
        .filter_map(|s| s.trim().parse::<usize>().ok())
        .collect();
    engine::util::sort::sort(&mut v);
    v.dedup();
    v
}

fn save_done(done: &[usize]) {
    let s: Vec<String> = done.iter().map(|n| n.to_string()).collect();
    let _ = storage::set(DONE, &s.join(","));
}

/// A lesson is complete when every checked step (exercise checks included) passed.
fn mark_done_if_complete(lesson: usize) {
    let complete = with_lessons(|ls| {
        let Some(l) = ls.get(lesson) else {
            return false;
        };
        OUTCOMES.with(|o| {
            let o = o.borrow();
            l.blocks.iter().enumerate().all(|(bi, b)| match &b.kind {
                BlockKind::Cli { steps, .. } => (0..steps.len())
                    .all(|si| o.get(&(lesson, bi, si)).is_some_and(|r| r.verdict.is_ok())),
                BlockKind::Library { .. } => {
                    o.get(&(lesson, bi, 0)).is_some_and(|r| r.verdict.is_ok())
                }
                _ => true,
            })
        })
    });
    if complete {
        let mut done = load_done();
        let n = lesson.saturating_add(1);
        if !done.contains(&n) {
            done.push(n);
            engine::util::sort::sort(&mut done);
            save_done(&done);
        }
    }
}

/// The lesson number from `#lesson/N`, if the URL has one.
fn lesson_from_hash() -> Option<usize> {
    let h = crate::dom::hash();
    let n = h.strip_prefix("lesson/")?.trim().parse::<usize>().ok()?;
    let count = with_lessons(<[Lesson]>::len);
    (n >= 1 && (count == 0 || n <= count)).then_some(n)
}

fn set_hash(n: usize) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&format!("lesson/{n}"));
    }
}

/// Minimal Markdown for lesson prose: headings, paragraphs, lists, tables, indented code,
/// `code`, **bold**.
fn inline(text: &str) -> Html {
    let mut nodes = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let code = rest.find('`');
        let bold = rest.find("**");
        match (code, bold) {
            (Some(c), b) if b.is_none_or(|b| c < b) => {
                let (before, after) = rest.split_at(c);
                nodes.push(html! { {before.to_string()} });
                let after = after.get(1..).unwrap_or("");
                let end = after.find('`').unwrap_or(after.len());
                nodes.push(html! { <code>{ after.get(..end).unwrap_or("").to_string() }</code> });
                rest = after.get(end.saturating_add(1)..).unwrap_or("");
            }
            (_, Some(b)) => {
                let (before, after) = rest.split_at(b);
                nodes.push(html! { {before.to_string()} });
                let after = after.get(2..).unwrap_or("");
                let end = after.find("**").unwrap_or(after.len());
                nodes.push(
                    html! { <strong>{ after.get(..end).unwrap_or("").to_string() }</strong> },
                );
                rest = after.get(end.saturating_add(2)..).unwrap_or("");
            }
            _ => {
                nodes.push(html! { {rest.to_string()} });
                rest = "";
            }
        }
    }
    html! { <>{ for nodes }</> }
}

fn prose(md: &str) -> Html {
    let mut out = Vec::new();
    let mut para: Vec<&str> = Vec::new();
    let mut list: Vec<String> = Vec::new();
    let mut table: Vec<Vec<String>> = Vec::new();
    let mut pre: Vec<&str> = Vec::new();
    fn flush(
        out: &mut Vec<Html>,
        para: &mut Vec<&str>,
        list: &mut Vec<String>,
        table: &mut Vec<Vec<String>>,
        pre: &mut Vec<&str>,
    ) {
        if !para.is_empty() {
            out.push(html! { <p>{ inline(&para.join(" ")) }</p> });
            para.clear();
        }
        if !list.is_empty() {
            out.push(
                html! { <ul>{ for list.iter().map(|i| html!{ <li>{ inline(i) }</li> }) }</ul> },
            );
            list.clear();
        }
        if !table.is_empty() {
            out.push(html! { <table class="lt">{ for table.iter().map(|r| html!{ <tr>{ for r.iter().map(|c| html!{ <td>{ inline(c) }</td> }) }</tr> }) }</table> });
            table.clear();
        }
        if !pre.is_empty() {
            out.push(html! { <pre class="lcode">{ pre.join("\n") }</pre> });
            pre.clear();
        }
    }
    for line in md.lines() {
        if let Some(code) = line.strip_prefix("    ") {
            if list.is_empty() || !para.is_empty() {
                if !para.is_empty() {
                    flush(&mut out, &mut para, &mut list, &mut table, &mut Vec::new());
                }
                pre.push(code);
                continue;
            }
            if let Some(last) = list.last_mut() {
                last.push(' ');
                last.push_str(code.trim());
            }
            continue;
        }
        if !pre.is_empty() {
            flush(&mut out, &mut para, &mut list, &mut table, &mut pre);
        }
        let t = line.trim();
        if t.is_empty() {
            flush(&mut out, &mut para, &mut list, &mut table, &mut pre);
        } else if let Some(h) = t.strip_prefix("## ") {
            flush(&mut out, &mut para, &mut list, &mut table, &mut pre);
            out.push(html! { <h3>{ inline(h) }</h3> });
        } else if let Some(item) = t.strip_prefix("- ") {
            if !para.is_empty() {
                flush(&mut out, &mut para, &mut Vec::new(), &mut table, &mut pre);
            }
            list.push(item.to_string());
        } else if t.starts_with('|') {
            let cells: Vec<String> = t
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_string())
                .collect();
            if !cells
                .iter()
                .all(|c| c.chars().all(|ch| ch == '-' || ch == ':'))
            {
                table.push(cells);
            }
        } else if !list.is_empty() && line.starts_with("  ") {
            if let Some(last) = list.last_mut() {
                last.push(' ');
                last.push_str(t);
            }
        } else {
            if !list.is_empty() {
                flush(&mut out, &mut Vec::new(), &mut list, &mut table, &mut pre);
            }
            para.push(t);
        }
    }
    flush(&mut out, &mut para, &mut list, &mut table, &mut pre);
    html! { <div class="prose">{ for out }</div> }
}

fn verdict_view(o: Option<&Outcome>) -> Html {
    match o {
        None => html! {},
        Some(Outcome {
            verdict: Ok(()), ..
        }) => html! { <span class="lok" data-testid="step-ok">{"✓"}</span> },
        Some(Outcome {
            verdict: Err(why),
            output,
        }) => html! {
            <div class="lbad" data-testid="step-bad">
                <div>{ format!("✗ {why}") }</div>
                <pre>{ output.clone() }</pre>
            </div>
        },
    }
}

/// Properties of the tutorial view.
#[derive(Properties, PartialEq)]
pub struct LessonsProps {
    /// The editor's current text (what the learner wrote), used by exercise checks.
    pub editor_text: String,
    /// Closes the view.
    #[prop_or_default]
    pub on_close: Callback<()>,
}

const STYLE: &str = "
.pane.lessons{display:block;flex:none;width:var(--w-lessons,34%);min-width:300px;overflow:auto;padding:0 14px 20px;font-size:14px;line-height:1.45}
.panes.with-lessons .pane.inspector{display:none}
.lessons .lnav{display:flex;gap:6px;align-items:center;flex-wrap:wrap;position:sticky;top:0;background:var(--panel);padding:6px 0;border-bottom:1px solid var(--border);z-index:1}
.lessons select{max-width:260px}
.lessons h2{margin:8px 0 4px;font-size:18px}
.lessons h3{margin:14px 0 4px;font-size:15px}
.lessons .lblock{border:1px solid #8884;border-radius:6px;margin:8px 0;overflow:hidden}
.lessons .lbar{display:flex;justify-content:space-between;align-items:center;padding:2px 6px;background:#8881;font-size:12px}
.lessons .lblock pre{margin:0;padding:6px 8px;white-space:pre-wrap;font-size:12.5px;overflow:auto}
.lessons .lstep{display:flex;gap:6px;align-items:flex-start}
.lessons .lok{color:#2a2;font-weight:bold;padding:0 6px}
.lessons .lbad{color:#d33;padding:2px 8px;font-size:12px}
.lessons .lbad pre{color:inherit;background:#d331}
.lessons details{margin:6px 0}
.lessons table.lt{border-collapse:collapse;font-size:12.5px}
.lessons table.lt td{border:1px solid #8885;padding:2px 6px}
.lessons pre.lcode{background:#8881;padding:6px;border-radius:4px}
.lessons .ldone{color:#2a2}
";

/// The tutorial view.
#[function_component(Lessons)]
pub fn lessons(props: &LessonsProps) -> Html {
    ensure_loaded();
    let count = with_lessons(<[Lesson]>::len);
    // Until the lessons arrive the count is 0: keep the wanted lesson, clamp when drawing.
    let current = use_state(|| {
        lesson_from_hash()
            .or_else(|| storage::get(CURRENT).and_then(|s| s.parse::<usize>().ok()))
            .filter(|n| *n >= 1)
            .unwrap_or(1)
    });
    let redraw_cb = use_force_update();
    {
        let r = redraw_cb.clone();
        use_effect_with((), move |_| {
            REDRAW.with(|c| *c.borrow_mut() = Some(Callback::from(move |()| r.force_update())));
            || REDRAW.with(|c| *c.borrow_mut() = None)
        });
    }
    {
        let current = current.clone();
        use_effect_with(*current, move |n| {
            let _ = storage::set(CURRENT, &n.to_string());
            set_hash(*n);
            || ()
        });
    }
    {
        // Follow `#lesson/N` when the user edits the URL or follows a link.
        let current = current.clone();
        use_effect_with((), move |_| {
            let cb = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
                if let Some(n) = lesson_from_hash() {
                    current.set(n);
                }
            });
            if let Some(w) = web_sys::window() {
                let _ = w.add_event_listener_with_callback(
                    "hashchange",
                    wasm_bindgen::JsCast::unchecked_ref(cb.as_ref()),
                );
            }
            cb.forget();
            || ()
        });
    }
    let n = if count == 0 {
        *current
    } else {
        (*current).min(count)
    };
    let li = n.saturating_sub(1);
    let done = load_done();
    let (title, blocks) = with_lessons(|ls| {
        ls.get(li)
            .map(|l| (l.title.clone(), l.blocks.clone()))
            .unwrap_or_default()
    });
    let titles: Vec<String> = with_lessons(|ls| ls.iter().map(|l| l.title.clone()).collect());
    let go = |to: usize| {
        let current = current.clone();
        Callback::from(move |_: MouseEvent| current.set(to))
    };
    let on_select = {
        let current = current.clone();
        Callback::from(move |e: Event| {
            if let Some(sel) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                if let Ok(v) = sel.value().parse::<usize>() {
                    current.set(v);
                }
            }
        })
    };
    let run_all = {
        let text = props.editor_text.clone();
        let blocks = blocks.clone();
        Callback::from(move |_: MouseEvent| {
            for (bi, b) in blocks.iter().enumerate() {
                let runnable = matches!(
                    b.kind,
                    BlockKind::Library { .. } | BlockKind::Cli { check: false, .. }
                );
                if runnable {
                    run_block(li, bi, &text);
                }
            }
        })
    };
    let mut hint_no = 0usize;
    let views = blocks.iter().enumerate().map(|(bi, b)| {
        let run = {
            let text = props.editor_text.clone();
            Callback::from(move |_: MouseEvent| run_block(li, bi, &text))
        };
        let outcome = |si: usize| OUTCOMES.with(|o| o.borrow().get(&(li, bi, si)).cloned());
        match &b.kind {
            BlockKind::Prose => prose(&b.text),
            BlockKind::Cli { steps, check, background } => {
                let label = if *check { "Check my code" } else { "Run" };
                let tag = if *check { "check" } else if *background { "redis-cli (keeps running)" } else { "redis-cli" };
                let load_err = if *check { verdict_view(outcome(usize::MAX).as_ref()) } else { html! {} };
                html! {
                    <div class="lblock" data-testid="lesson-block">
                        <div class="lbar"><span class="muted">{ tag }</span>
                            <button class="btn small" data-testid={ if *check { "lesson-check" } else { "lesson-run" } } onclick={run}>{ label }</button></div>
                        { load_err }
                        { for steps.iter().enumerate().map(|(si, s)| {
                            let o = outcome(si);
                            let p = if s.client == 2 { "2> " } else { "> " };
                            html! {
                                <div class="lstepwrap" data-testid="lesson-step">
                                    <div class="lstep"><pre>{ format!("{p}{}\n{}", s.line, s.expect.join("\n")) }</pre>{ verdict_view(o.as_ref()) }</div>
                                </div>
                            }
                        }) }
                    </div>
                }
            }
            BlockKind::Library { .. } => html! {
                <div class="lblock" data-testid="lesson-block">
                    <div class="lbar"><span class="muted">{"library"}</span>
                        <button class="btn small" data-testid="lesson-run" onclick={run}>{"Run"}</button></div>
                    <pre>{ b.text.clone() }</pre>
                    { verdict_view(outcome(0).as_ref()) }
                </div>
            },
            BlockKind::Starter => html! {
                <div class="lblock" data-testid="lesson-starter">
                    <div class="lbar"><span class="muted">{"exercise: starting code"}</span>
                        <button class="btn small" data-testid="lesson-open" onclick={run}>{"Open in editor"}</button></div>
                    <pre>{ b.text.clone() }</pre>
                </div>
            },
            BlockKind::Hint => {
                hint_no += 1;
                html! { <details class="lhint"><summary>{ format!("Hint {hint_no}") }</summary>{ prose(&b.text) }</details> }
            }
            BlockKind::Solution => html! {
                <details class="lsolution"><summary>{"Show the solution"}</summary>
                    <div class="lblock"><div class="lbar"><span class="muted">{"solution"}</span>
                        <button class="btn small" onclick={run}>{"Open in editor"}</button></div>
                    <pre>{ b.text.clone() }</pre></div>
                </details>
            },
            BlockKind::Code(_) => html! { <div class="lblock"><pre>{ b.text.clone() }</pre></div> },
        }
    });
    let close = {
        let cb = props.on_close.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    if count == 0 {
        let err = LOAD_ERROR.with(|e| e.borrow().clone());
        return html! {
            <section class="lessons pane" data-testid="lessons">
                <style>{ STYLE }</style>
                <p class="muted" data-testid="lessons-loading">{ if err.is_empty() { "Loading the lessons…".to_string() } else { format!("The lessons could not be loaded: {err}") } }</p>
            </section>
        };
    }
    html! {
        <section class="lessons pane" data-testid="lessons">
            <style>{ STYLE }</style>
            <div class="lnav">
                <button class="btn small" data-testid="lesson-prev" disabled={n <= 1} onclick={go(n.saturating_sub(1).max(1))}>{"◀ Previous"}</button>
                <select data-testid="lesson-toc" onchange={on_select}>
                    { for titles.iter().enumerate().map(|(i, t)| {
                        let mark = if done.contains(&(i + 1)) { "✓ " } else { "" };
                        html! { <option value={(i + 1).to_string()} selected={i + 1 == n}>{ format!("{mark}{t}") }</option> }
                    }) }
                </select>
                <button class="btn small" data-testid="lesson-next" disabled={n >= count} onclick={go((n + 1).min(count))}>{"Next ▶"}</button>
                <button class="btn small" data-testid="lesson-run-all" onclick={run_all}>{"Run all"}</button>
                <span class="muted small">{ format!("{} / {} done", done.len(), count) }</span>
                <button class="x" title="Close the tutorial" onclick={close}>{"×"}</button>
            </div>
            <h2 data-testid="lesson-title">{ title }{ if done.contains(&n) { html!{ <span class="ldone">{" ✓"}</span> } } else { html!{} } }</h2>
            { for views }
        </section>
    }
}
