//! The app shell: boot (crash recovery, share links, persisted state), the reducer-backed
//! [`App`] component wiring editor, console and inspector, and persistence.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use engine::Engine;
use yew::prelude::*;

use crate::commands::{parse, sha1_hex, Parsed};
use crate::console::{prompt, Console};
use crate::editor::Editor;
use crate::host::{self, Event as HostEvent, Host, Who};
use crate::inspector::Inspector;
use crate::lessons::Lessons;
use crate::share::{self, Replay, Session};
use crate::splitter::{Layout, Splitter, LAYOUT_KEY};
use crate::state::{Action, AppState, Buffer, Line, LineKind, TagKind};
use crate::storage;
use crate::templates::{KNOCK, TEMPLATES};

thread_local! {
    static UI: RefCell<Option<Callback<Action>>> = const { RefCell::new(None) };
    static PENDING: RefCell<Vec<Action>> = const { RefCell::new(Vec::new()) };
    static TAG: Cell<u64> = const { Cell::new(1) };
    static SAVE_SCHEDULED: Cell<bool> = const { Cell::new(false) };
    static BOOT: RefCell<Option<Boot>> = const { RefCell::new(None) };
}

/// What the page starts with.
struct Boot {
    buffers: Vec<Buffer>,
    notices: Vec<(bool, String)>,
    replay: Vec<Replay>,
}

/// Sends an action to the UI (queued until the app is mounted).
pub(crate) fn dispatch(a: Action) {
    let cb = UI.with(|u| u.borrow().clone());
    match cb {
        Some(cb) => cb.emit(a),
        None => PENDING.with(|p| p.borrow_mut().push(a)),
    }
}

/// A fresh tag for a host job.
pub(crate) fn next_tag() -> u64 {
    TAG.with(|t| {
        let v = t.get();
        t.set(v.wrapping_add(1));
        v
    })
}

fn schedule_save() {
    if SAVE_SCHEDULED.with(|s| s.replace(true)) {
        return;
    }
    crate::dom::set_timeout(400, || {
        SAVE_SCHEDULED.with(|s| s.set(false));
        if host::busy() {
            schedule_save();
            return;
        }
        if let Some(bytes) = host::snapshot() {
            if let Err(e) = storage::set_bytes(storage::SNAPSHOT, &bytes) {
                dispatch(Action::Notice(
                    true,
                    format!("Could not save the dataset: {e}"),
                ));
            }
        }
    });
}

fn new_engine(frozen_ms: Option<i64>) -> Engine {
    let seed = crate::clock::now_ms() as u64;
    match frozen_ms {
        Some(ms) => {
            let mut e = Engine::new(
                Box::new(engine::ManualClock::new(ms.saturating_mul(1000))),
                seed,
            );
            // TIME stays frozen, but BUSY and KILL still need real elapsed time.
            e.set_busy_clock(Box::new(crate::clock::BrowserClock));
            e
        }
        None => Engine::new(Box::new(crate::clock::BrowserClock), seed),
    }
}

fn install_engine(e: Engine) {
    host::install(
        Host::new(e),
        Rc::new(|ev: HostEvent| {
            crate::lessons::observe(&ev);
            if ev == HostEvent::Changed {
                schedule_save();
            }
            dispatch(Action::Host(ev));
        }),
    );
}

fn default_buffers() -> Vec<Buffer> {
    vec![Buffer {
        name: "knockknock.lua".into(),
        text: KNOCK.into(),
        error: None,
    }]
}

fn buffers_from(s: &Session) -> Vec<Buffer> {
    s.buffers
        .iter()
        .map(|(n, t)| Buffer {
            name: n.clone(),
            text: t.clone(),
            error: None,
        })
        .collect()
}

/// Decides the starting state: crash recovery, share link or persisted state.
pub fn boot() {
    let mut notices = Vec::new();
    if let Some(msg) = storage::get(storage::CRASH) {
        storage::remove(storage::CRASH);
        let n: u32 = storage::get(storage::CRASH_COUNT)
            .and_then(|c| c.parse::<u32>().ok())
            .unwrap_or(0)
            .saturating_add(1);
        let _ = storage::set(storage::CRASH_COUNT, &n.to_string());
        if n >= 2 {
            let aside = storage::set_aside(storage::SNAPSHOT);
            notices.push((true, format!("The engine crashed again while starting ({msg}). The saved dataset was set aside under localStorage['{aside}'] and a fresh instance started.")));
            storage::remove(storage::CRASH_COUNT);
        } else {
            notices.push((true, format!("The engine stopped unexpectedly ({msg}). It was restarted from the last saved state.")));
        }
    }
    let mut buffers = match storage::get(storage::BUFFERS) {
        Some(t) => {
            match share::decode(&t) {
                Ok(s) if !s.buffers.is_empty() => buffers_from(&s),
                Ok(_) => default_buffers(),
                Err(e) => {
                    let aside = storage::set_aside(storage::BUFFERS);
                    notices.push((true, format!("Saved editor buffers were unreadable ({e}); set aside under '{aside}'.")));
                    default_buffers()
                }
            }
        }
        None => default_buffers(),
    };
    let mut replay = Vec::new();
    let mut frozen = None;
    let hash = crate::dom::hash();
    let mut shared = false;
    if let Some(code) = hash.strip_prefix(share::PREFIX) {
        crate::dom::clear_hash();
        match share::decode(code) {
            Ok(s) => {
                shared = true;
                if !s.buffers.is_empty() {
                    buffers = buffers_from(&s);
                }
                frozen = s.frozen_ms;
                if s.resp == 3 {
                    replay.push(Replay::Cmd("HELLO 3".into()));
                }
                replay.extend(s.replay.iter().cloned());
                if let Some(old) = storage::get(storage::SNAPSHOT) {
                    let _ = storage::set("rfp.snapshot.before-share", &old);
                }
                notices.push((false, format!(
                    "Opened a shared session: {} buffer(s), {} console action(s) replayed on a fresh instance{}. Your previous dataset was kept under localStorage['rfp.snapshot.before-share'].",
                    s.buffers.len(), s.replay.len(),
                    if frozen.is_some() { " with a frozen clock" } else { "" }
                )));
            }
            Err(e) => notices.push((
                true,
                format!("This share link cannot be opened: {e}. Nothing from it was run."),
            )),
        }
    }
    let mut engine = new_engine(frozen);
    if !shared {
        if let Some(stored) = storage::get_bytes(storage::SNAPSHOT) {
            let res = stored.and_then(|b| crate::adapter::load_snapshot(&mut engine, &b));
            if let Err(e) = res {
                if crate::adapter::HAS_SNAPSHOT {
                    let aside = storage::set_aside(storage::SNAPSHOT);
                    notices.push((true, format!("The saved dataset could not be loaded ({e}); it was set aside under localStorage['{aside}'].")));
                    engine = new_engine(None);
                }
            }
        }
    }
    install_engine(engine);
    BOOT.with(|b| {
        *b.borrow_mut() = Some(Boot {
            buffers,
            notices,
            replay,
        })
    });
    // Crash counter resets once the page has been up for a while.
    crate::dom::set_timeout(5000, || storage::remove(storage::CRASH_COUNT));
}

/// `TESTHOOK TRAP|PANIC` (only with `?testhooks=1`): kills the wasm instance from inside the
/// engine host, as a bug would, to exercise crash recovery.
fn test_hook(line: &str) -> bool {
    let mut words = line.split_whitespace();
    if !words
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("testhook"))
        || !crate::dom::testhooks()
    {
        return false;
    }
    let what = words.next().unwrap_or("").to_ascii_lowercase();
    // Give the echo a chance to render, then die inside the host's borrow.
    crate::dom::set_timeout(0, move || {
        host::with(|_h| {
            if what == "panic" {
                panic!("TESTHOOK PANIC: deliberate panic inside the engine host");
            }
            #[cfg(target_arch = "wasm32")]
            core::arch::wasm32::unreachable();
        });
    });
    true
}

/// Runs a console line (echo, local commands, repeat prefix, EVALBUF).
fn run_line(state: &AppState, line: &str, log: bool) {
    dispatch(Action::Print(vec![Line {
        kind: LineKind::Prompt,
        text: format!("{}{line}", prompt(state.db)),
    }]));
    if test_hook(line) {
        return;
    }
    match parse(line) {
        Parsed::Empty => {}
        Parsed::Clear => dispatch(Action::Clear),
        Parsed::Invalid => dispatch(Action::Print(vec![Line {
            kind: LineKind::Err,
            text: "Invalid argument(s)".into(),
        }])),
        Parsed::Text(t) => dispatch(Action::Print(vec![Line {
            kind: LineKind::Info,
            text: t,
        }])),
        Parsed::Run(times, args) => {
            let name = args
                .first()
                .map(|a| String::from_utf8_lossy(a).to_ascii_uppercase())
                .unwrap_or_default();
            if name == "EVALBUF" {
                let mut rest = args.get(1..).unwrap_or(&[]).to_vec();
                if rest.is_empty() {
                    rest.push(b"0".to_vec());
                }
                let extra = rest
                    .iter()
                    .map(|a| String::from_utf8_lossy(a).into_owned())
                    .collect::<Vec<_>>()
                    .join(" ");
                if log {
                    dispatch(Action::Log(Replay::EvalBuffer(state.active as u32, extra)));
                }
                eval_buffer(state, state.active, rest);
                return;
            }
            if log {
                dispatch(Action::Log(Replay::Cmd(line.to_string())));
            }
            if name == "EVAL" || name == "EVAL_RO" || (name == "SCRIPT" && args.len() == 3) {
                if let Some(body) = args.get(if name == "SCRIPT" { 2 } else { 1 }) {
                    if name != "SCRIPT"
                        || args.get(1).is_some_and(|a| a.eq_ignore_ascii_case(b"load"))
                    {
                        dispatch(Action::Script(sha1_hex(body), preview(body)));
                    }
                }
            }
            for _ in 0..times {
                let tag = next_tag();
                dispatch(Action::Track(tag, TagKind::Console));
                host::submit(Who::Console, args.clone(), tag);
            }
        }
    }
}

fn preview(body: &[u8]) -> String {
    let s = String::from_utf8_lossy(body);
    let one: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    one.chars().take(80).collect()
}

fn load_buffer(state: &AppState, i: usize) {
    let Some(b) = state.buffers.get(i) else {
        return;
    };
    dispatch(Action::Print(vec![Line {
        kind: LineKind::Prompt,
        text: format!("{}FUNCTION LOAD REPLACE <{}>", prompt(state.db), b.name),
    }]));
    let tag = next_tag();
    dispatch(Action::Track(tag, TagKind::Load(i)));
    host::submit(
        Who::Console,
        vec![
            b"FUNCTION".to_vec(),
            b"LOAD".to_vec(),
            b"REPLACE".to_vec(),
            b.text.as_bytes().to_vec(),
        ],
        tag,
    );
}

fn eval_buffer(state: &AppState, i: usize, rest: Vec<Vec<u8>>) {
    let Some(b) = state.buffers.get(i) else {
        return;
    };
    let body = b.text.as_bytes().to_vec();
    dispatch(Action::Script(sha1_hex(&body), preview(&body)));
    let tag = next_tag();
    dispatch(Action::Track(tag, TagKind::Eval(sha1_hex(&body))));
    let mut args = vec![b"EVAL".to_vec(), body];
    args.extend(rest);
    host::submit(Who::Console, args, tag);
}

fn kill(state: &AppState) {
    let cmd = match &state.busy {
        Some((label, _)) if label.starts_with("FCALL") => "FUNCTION KILL",
        Some(_) => "SCRIPT KILL",
        None => return,
    };
    run_line(state, cmd, false);
}

fn save_buffers(buffers: &[Buffer]) {
    let s = Session {
        buffers: buffers
            .iter()
            .map(|b| (b.name.clone(), b.text.clone()))
            .collect(),
        resp: 2,
        ..Session::default()
    };
    let _ = storage::set(storage::BUFFERS, &share::encode(&s));
}

/// The root component.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::default);
    let share_url = use_state(|| None::<String>);
    let frozen = use_state(|| false);
    let layout = use_state(|| {
        storage::get(LAYOUT_KEY)
            .map(|s| Layout::parse(&s))
            .unwrap_or_default()
    });
    {
        use_effect_with(*layout, |l| {
            if *l != Layout::default() || storage::get(LAYOUT_KEY).is_some() {
                let _ = storage::set(LAYOUT_KEY, &l.encode());
            }
        });
    }
    let resize = |f: fn(&mut Layout, f64)| {
        let layout = layout.clone();
        Callback::from(move |v: f64| {
            let mut l = *layout;
            f(&mut l, v);
            layout.set(l);
        })
    };
    // The console keeps at least 15% between the editor and the inspector (or the lessons).
    let resize_editor = resize(|l, v| l.editor = v.min(85.0 - l.inspector.min(l.lessons)));
    let resize_insp = resize(|l, v| l.inspector = v.min(85.0 - l.editor));
    let resize_lessons = resize(|l, v| l.lessons = v.min(85.0 - l.editor));
    let tutorial = use_state(|| {
        crate::dom::hash().starts_with("lesson/")
            || storage::get("rfp.tutorial.open").as_deref() == Some("1")
    });

    {
        let d = state.dispatcher();
        use_effect_with((), move |_| {
            UI.with(|u| *u.borrow_mut() = Some(Callback::from(move |a| d.dispatch(a))));
            let pending: Vec<Action> = PENDING.with(|p| p.borrow_mut().drain(..).collect());
            for a in pending {
                dispatch(a);
            }
            if let Some(boot) = BOOT.with(|b| b.borrow_mut().take()) {
                dispatch(Action::SetBuffers(boot.buffers.clone()));
                for (e, n) in boot.notices {
                    dispatch(Action::Notice(e, n));
                }
                dispatch(Action::Print(vec![Line {
                    kind: LineKind::Info,
                    text: "Redis 7.0 Functions & scripting playground — everything runs in this tab.\nType HELP, or load the library in the editor with Ctrl/Cmd+Enter and try FCALL knockknock 0.".into(),
                }]));
                // Replay a shared session in order.
                let mut st = AppState {
                    buffers: boot.buffers,
                    ..AppState::default()
                };
                for r in boot.replay {
                    match r {
                        Replay::Cmd(c) => run_line(&st, &c, true),
                        Replay::LoadBuffer(i) => {
                            dispatch(Action::Log(Replay::LoadBuffer(i)));
                            load_buffer(&st, i as usize);
                        }
                        Replay::EvalBuffer(i, extra) => {
                            dispatch(Action::Log(Replay::EvalBuffer(i, extra.clone())));
                            let rest = crate::adapter::split_args(&extra).unwrap_or_default();
                            eval_buffer(&st, i as usize, rest);
                        }
                    }
                    st.db = host::with(|h| h.engine.client_db(1)).unwrap_or(0);
                }
                if !crate::adapter::HAS_SNAPSHOT {
                    dispatch(Action::Notice(false, "This engine build cannot save snapshots yet: the dataset will not survive a reload.".into()));
                }
            }
            dispatch(Action::Refresh);
            || ()
        });
    }
    {
        let buffers = state.buffers.clone();
        use_effect_with(buffers, |b| {
            if !b.is_empty() {
                save_buffers(b);
            }
        });
    }

    let on_line = {
        let state = state.clone();
        Callback::from(move |line: String| run_line(&state, &line, true))
    };
    let on_kill = {
        let state = state.clone();
        Callback::from(move |()| kill(&state))
    };
    let on_edit = {
        let d = state.dispatcher();
        Callback::from(move |t| d.dispatch(Action::Edit(t)))
    };
    let on_select = {
        let d = state.dispatcher();
        Callback::from(move |i| d.dispatch(Action::Select(i)))
    };
    let on_close = {
        let d = state.dispatcher();
        Callback::from(move |i| d.dispatch(Action::Close(i)))
    };
    let on_new = {
        let d = state.dispatcher();
        Callback::from(move |i: usize| match TEMPLATES.get(i) {
            Some((_, name, text)) => d.dispatch(Action::Open((*name).into(), (*text).into())),
            None => d.dispatch(Action::Open(
                "untitled.lua".into(),
                "#!lua name=mylib\n\n".into(),
            )),
        })
    };
    let on_load = {
        let state = state.clone();
        Callback::from(move |()| {
            dispatch(Action::Log(Replay::LoadBuffer(state.active as u32)));
            load_buffer(&state, state.active);
        })
    };
    let on_eval = {
        let state = state.clone();
        Callback::from(move |()| run_line(&state, "EVALBUF 0", true))
    };
    let on_reset = {
        let d = state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            storage::remove(storage::SNAPSHOT);
            install_engine(new_engine(None));
            d.dispatch(Action::Reset);
            d.dispatch(Action::Print(vec![Line {
                kind: LineKind::Info,
                text: "Instance reset: empty dataset, no libraries, empty script cache.".into(),
            }]));
        })
    };
    let on_share = {
        let state = state.clone();
        let share_url = share_url.clone();
        let frozen = frozen.clone();
        Callback::from(move |_: MouseEvent| {
            let s = Session {
                buffers: state
                    .buffers
                    .iter()
                    .map(|b| (b.name.clone(), b.text.clone()))
                    .collect(),
                replay: state.replay.clone(),
                resp: host::console_resp(),
                frozen_ms: frozen.then(crate::clock::now_ms),
            };
            let url = format!(
                "{}#{}{}",
                crate::dom::base_url(),
                share::PREFIX,
                share::encode(&s)
            );
            crate::dom::copy(&url);
            share_url.set(Some(url));
        })
    };
    let toggle_frozen = {
        let frozen = frozen.clone();
        Callback::from(move |_: Event| frozen.set(!*frozen))
    };
    let close_share = {
        let share_url = share_url.clone();
        Callback::from(move |_: MouseEvent| share_url.set(None))
    };

    let toggle_tutorial = {
        let tutorial = tutorial.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = storage::set("rfp.tutorial.open", if *tutorial { "0" } else { "1" });
            tutorial.set(!*tutorial);
        })
    };
    let close_tutorial = {
        let tutorial = tutorial.clone();
        Callback::from(move |()| {
            let _ = storage::set("rfp.tutorial.open", "0");
            tutorial.set(false);
        })
    };

    let notices = state.notices.iter().enumerate().map(|(i, (err, t))| {
        let d = state.dispatcher();
        html! {
            <div class={if *err { "notice err" } else { "notice" }} role="status" data-testid="notice">
                <span>{ t.clone() }</span>
                <button class="x" onclick={move |_| d.dispatch(Action::Dismiss(i))} title="Dismiss">{"×"}</button>
            </div>
        }
    });

    html! {
        <div class="app">
            <header class="top">
                <div class="brand"><span class="logo">{"◆"}</span>{" Redis Functions Playground"}<span class="muted">{" · 7.0.15 · Lua 5.1 in your browser"}</span></div>
                <div class="actions">
                    <label class="muted small"><input type="checkbox" checked={*frozen} onchange={toggle_frozen} />{" frozen clock"}</label>
                    <button class="btn" onclick={toggle_tutorial} data-testid="tutorial">{ if *tutorial { "Hide tutorial" } else { "Tutorial" } }</button>
                    <button class="btn" onclick={on_share} data-testid="share">{"Share link"}</button>
                    <button class="btn" onclick={on_reset} data-testid="reset" title="Empty dataset, no libraries">{"Reset instance"}</button>
                </div>
            </header>
            { for notices }
            if let Some(url) = (*share_url).clone() {
                <div class="notice share">
                    <span>{ format!("Share link ({} bytes, copied):", url.len()) }</span>
                    <input readonly=true value={url} data-testid="share-url" />
                    <button class="x" onclick={close_share}>{"×"}</button>
                </div>
            }
            <main class={if *tutorial { "panes with-lessons" } else { "panes" }} style={layout.style()}>
                if *tutorial {
                    <Lessons editor_text={state.buffers.get(state.active).map(|b| b.text.clone()).unwrap_or_default()} on_close={close_tutorial} />
                    <Splitter value={layout.lessons} label="Resize tutorial" testid="split-lessons" on_change={resize_lessons} />
                }
                <Editor buffers={state.buffers.clone()} active={state.active} {on_edit} {on_select} {on_new} {on_close} {on_load} {on_eval} />
                <Splitter value={layout.editor} label="Resize editor" testid="split-editor" on_change={resize_editor} />
                <Console lines={state.lines.clone()} db={state.db} busy={state.busy.clone()} on_line={on_line.clone()} on_kill={on_kill.clone()} />
                if !*tutorial {
                    <Splitter value={layout.inspector} invert=true label="Resize inspector" testid="split-inspector" on_change={resize_insp} />
                }
                <Inspector rev={state.rev} busy={state.busy.clone()} scripts={state.scripts.clone()} {on_line} {on_kill} />
            </main>
        </div>
    }
}
