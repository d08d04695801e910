//! The app's state and its reducer (Yew `use_reducer`): console lines, editor buffers,
//! busy status, notices and the replay log used by share links.

use std::rc::Rc;

use engine::Reply;
use yew::Reducible;

use crate::host::Event;
use crate::share::Replay;
use crate::vecmap::VecMap;

/// Console line classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// An echoed prompt + command.
    Prompt,
    /// A reply.
    Out,
    /// An error reply.
    Err,
    /// Playground messages (HELP, notices).
    Info,
}

/// One console line (may contain newlines).
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// Class.
    pub kind: LineKind,
    /// Text, rendered as text.
    pub text: String,
}

/// An editor buffer.
#[derive(Clone, Debug, PartialEq)]
pub struct Buffer {
    /// Tab title.
    pub name: String,
    /// Lua source.
    pub text: String,
    /// Last load error: 1-based line (0 = unknown) and message.
    pub error: Option<(usize, String)>,
}

/// What a submitted tag was for.
#[derive(Clone, Debug, PartialEq)]
pub enum TagKind {
    /// A console command: print the reply.
    Console,
    /// FUNCTION LOAD of buffer n: print, and mark errors in the editor.
    Load(usize),
    /// EVAL of a script: print; remember its SHA1 for the script cache view.
    Eval(String),
    /// Not shown.
    Silent,
}

/// The whole UI state.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// Console scrollback.
    pub lines: Vec<Line>,
    /// Console client's db.
    pub db: usize,
    /// Running script: label and elapsed ms.
    pub busy: Option<(String, i64)>,
    /// Editor buffers.
    pub buffers: Vec<Buffer>,
    /// Active buffer.
    pub active: usize,
    /// Banners: (is_error, text).
    pub notices: Vec<(bool, String)>,
    /// Bumped when the dataset may have changed.
    pub rev: u64,
    /// Console actions for share links.
    pub replay: Vec<Replay>,
    /// Submitted tags in flight.
    pub tags: VecMap<u64, TagKind>,
    /// SHA1s seen in EVAL / SCRIPT LOAD (for the script cache view).
    pub scripts: Vec<(String, String)>,
    /// Next tag.
    pub next_tag: u64,
}

/// Maximum console lines kept.
const MAX_LINES: usize = 1500;

impl Default for AppState {
    fn default() -> Self {
        AppState {
            lines: Vec::new(),
            db: 0,
            busy: None,
            buffers: Vec::new(),
            active: 0,
            notices: Vec::new(),
            rev: 0,
            replay: Vec::new(),
            tags: VecMap::new(),
            scripts: Vec::new(),
            next_tag: 1,
        }
    }
}

/// Reducer actions.
pub enum Action {
    /// Append console lines.
    Print(Vec<Line>),
    /// `clear`.
    Clear,
    /// A host event.
    Host(Event),
    /// Register a submitted tag.
    Track(u64, TagKind),
    /// Log a console action for share links.
    Log(Replay),
    /// Edit the active buffer.
    Edit(String),
    /// Switch buffer.
    Select(usize),
    /// Open a new buffer.
    Open(String, String),
    /// Close a buffer.
    Close(usize),
    /// Replace every buffer.
    SetBuffers(Vec<Buffer>),
    /// Show a banner.
    Notice(bool, String),
    /// Dismiss banner n.
    Dismiss(usize),
    /// Forget the session (reset instance).
    Reset,
    /// Remember a script (sha, preview).
    Script(String, String),
    /// Force the inspectors to refresh.
    Refresh,
}

/// Extracts the line number from a Lua compile error such as
/// `ERR Error compiling function: user_function:3: '=' expected`.
pub fn error_line(msg: &str) -> usize {
    for part in msg.split(':').skip(1) {
        let p = part.trim();
        if !p.is_empty() && p.len() < 7 && p.bytes().all(|b| b.is_ascii_digit()) {
            if let Ok(n) = p.parse::<usize>() {
                return n;
            }
        }
    }
    0
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Print(lines) => s.lines.extend(lines),
            Action::Clear => s.lines.clear(),
            Action::Host(Event::Busy(b)) => s.busy = b,
            Action::Host(Event::Changed) => s.rev = s.rev.wrapping_add(1),
            Action::Host(Event::Done { tag, reply, db }) => {
                s.db = db;
                let kind = s.tags.remove(&tag).unwrap_or(TagKind::Console);
                let text = crate::adapter::format_tty(&reply, crate::host::console_resp());
                let lk = if reply.is_error() {
                    LineKind::Err
                } else {
                    LineKind::Out
                };
                match kind {
                    TagKind::Silent => {}
                    TagKind::Console => s.lines.push(Line { kind: lk, text }),
                    TagKind::Eval(sha) => {
                        if (!reply.is_error() || !text.contains("NOSCRIPT"))
                            && !s.scripts.iter().any(|(h, _)| *h == sha)
                        {
                            s.scripts.push((sha, String::new()));
                        }
                        s.lines.push(Line { kind: lk, text });
                    }
                    TagKind::Load(i) => {
                        if let Some(b) = s.buffers.get_mut(i) {
                            b.error = match &reply {
                                Reply::Error(e) => {
                                    let m = String::from_utf8_lossy(e).into_owned();
                                    Some((error_line(&m), m))
                                }
                                _ => None,
                            };
                        }
                        s.lines.push(Line { kind: lk, text });
                    }
                }
            }
            Action::Track(tag, kind) => {
                s.tags.insert(tag, kind);
                s.next_tag = s.next_tag.max(tag.wrapping_add(1));
            }
            Action::Log(r) => {
                if s.replay.len() < 500 {
                    s.replay.push(r);
                }
            }
            Action::Edit(text) => {
                if let Some(b) = s.buffers.get_mut(s.active) {
                    b.text = text;
                }
            }
            Action::Select(i) => {
                if i < s.buffers.len() {
                    s.active = i;
                }
            }
            Action::Open(name, text) => {
                s.buffers.push(Buffer {
                    name,
                    text,
                    error: None,
                });
                s.active = s.buffers.len().saturating_sub(1);
            }
            Action::Close(i) => {
                if i < s.buffers.len() && s.buffers.len() > 1 {
                    s.buffers.remove(i);
                    if s.active >= s.buffers.len() || s.active > i {
                        s.active = s.active.saturating_sub(1);
                    }
                }
            }
            Action::SetBuffers(b) => {
                s.buffers = b;
                s.active = 0;
            }
            Action::Notice(err, t) => {
                if !s.notices.iter().any(|n| n.1 == t) {
                    s.notices.push((err, t));
                }
            }
            Action::Dismiss(i) => {
                if i < s.notices.len() {
                    s.notices.remove(i);
                }
            }
            Action::Reset => {
                s.replay.clear();
                s.scripts.clear();
                s.busy = None;
                s.db = 0;
                s.rev = s.rev.wrapping_add(1);
            }
            Action::Script(sha, preview) => {
                if !s.scripts.iter().any(|(h, _)| *h == sha) {
                    s.scripts.push((sha, preview));
                }
            }
            Action::Refresh => s.rev = s.rev.wrapping_add(1),
        }
        if s.lines.len() > MAX_LINES {
            let cut = s.lines.len() - MAX_LINES;
            s.lines.drain(..cut);
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_error_lines() {
        assert_eq!(
            error_line("ERR Error compiling function: user_function:3: '=' expected near 'x'"),
            3
        );
        assert_eq!(error_line("ERR Library 'x' already exists"), 0);
    }
}
