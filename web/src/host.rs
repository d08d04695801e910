//! The engine host: owns the [`Engine`] on the page's main thread and drives scripts in
//! time-boxed slices, yielding to the browser (`setTimeout(0)`) between slices so the UI
//! never freezes. Commands that arrive while a script runs are queued and resubmitted after
//! each slice (the engine answers `Wait` until the busy threshold, then BUSY or the KILL).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use engine::{ClientId, Engine, Exec, Reply};

use crate::adapter;

/// Time budget of one slice, in ms.
const SLICE_MS: f64 = 12.0;
/// Fuel per `step` call.
const FUEL: i32 = 20_000;

/// Which client a job runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    /// The console's connection.
    Console,
    /// A second connection used for console commands while the first waits on a script.
    Aux,
    /// The inspectors (and the Kill button).
    Inspector,
}

/// What the host tells the UI.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// A job finished.
    Done {
        /// The job's tag (chosen by the submitter).
        tag: u64,
        /// Its reply.
        reply: Reply,
        /// Database selected by the console client after the command.
        db: usize,
    },
    /// A script is running (label, elapsed ms) or stopped (`None`).
    Busy(Option<(String, i64)>),
    /// The dataset may have changed (inspectors should refresh).
    Changed,
}

struct Job {
    who: Who,
    args: Vec<Vec<u8>>,
    tag: u64,
}

struct Running {
    tag: u64,
    label: String,
    started_ms: i64,
}

/// The host state.
pub struct Host {
    /// The engine.
    pub engine: Engine,
    console: ClientId,
    aux: ClientId,
    insp: ClientId,
    running: Option<Running>,
    queue: VecDeque<Job>,
    scheduled: bool,
    sink: Option<Rc<dyn Fn(Event)>>,
}

thread_local! {
    static HOST: RefCell<Option<Host>> = const { RefCell::new(None) };
}

impl Host {
    /// A host over a fresh engine.
    pub fn new(engine: Engine) -> Host {
        let mut engine = engine;
        let console = engine.connect();
        let aux = engine.connect();
        let insp = engine.connect();
        Host {
            engine,
            console,
            aux,
            insp,
            running: None,
            queue: VecDeque::new(),
            scheduled: false,
            sink: None,
        }
    }

    fn id(&self, who: Who) -> ClientId {
        match who {
            Who::Console => self.console,
            Who::Aux => self.aux,
            Who::Inspector => self.insp,
        }
    }

    /// Runs queued jobs until one has to wait; returns events to emit.
    fn drain(&mut self, out: &mut Vec<Event>) {
        while let Some(job) = self.queue.front() {
            let id = self.id(job.who);
            // A console command typed while the console's own script runs goes to the aux
            // connection (redis-cli would be blocked; the page is not).
            let id = if job.who == Who::Console && self.running.is_some() {
                self.aux
            } else {
                id
            };
            let args = job.args.clone();
            let label = label_of(&args);
            match self.engine.execute(id, args) {
                Exec::Reply(reply) => {
                    let tag = job.tag;
                    self.queue.pop_front();
                    out.push(Event::Done {
                        tag,
                        reply,
                        db: self.engine.client_db(self.console),
                    });
                    out.push(Event::Changed);
                }
                Exec::Pending => {
                    let tag = job.tag;
                    self.queue.pop_front();
                    self.running = Some(Running {
                        tag,
                        label,
                        started_ms: crate::clock::now_ms(),
                    });
                    out.push(Event::Busy(Some((self.running_label(), 0))));
                    break;
                }
                Exec::Wait => break,
                Exec::Shutdown { .. } => {
                    let tag = job.tag;
                    self.queue.pop_front();
                    out.push(Event::Done {
                        tag,
                        reply: Reply::err("ERR SHUTDOWN is not available in the browser"),
                        db: self.engine.client_db(self.console),
                    });
                }
            }
        }
    }

    fn running_label(&self) -> String {
        self.running
            .as_ref()
            .map(|r| r.label.clone())
            .unwrap_or_default()
    }

    /// One slice: steps the running script for up to [`SLICE_MS`], then retries the queue.
    fn slice(&mut self, out: &mut Vec<Event>) {
        if self.running.is_some() {
            let t0 = crate::clock::perf_ms();
            loop {
                if let Some((_cid, reply)) = adapter::step(&mut self.engine, FUEL) {
                    if let Some(r) = self.running.take() {
                        out.push(Event::Done {
                            tag: r.tag,
                            reply,
                            db: self.engine.client_db(self.console),
                        });
                    }
                    out.push(Event::Busy(None));
                    out.push(Event::Changed);
                    break;
                }
                if !adapter::HAS_STEP || crate::clock::perf_ms() - t0 > SLICE_MS {
                    break;
                }
            }
            if let Some(r) = &self.running {
                let el = crate::clock::now_ms().saturating_sub(r.started_ms);
                out.push(Event::Busy(Some((r.label.clone(), el))));
            }
        }
        self.drain(out);
    }

    fn needs_pump(&self) -> bool {
        self.running.is_some() || !self.queue.is_empty()
    }
}

fn label_of(args: &[Vec<u8>]) -> String {
    let name = args
        .first()
        .map(|a| String::from_utf8_lossy(a).to_ascii_uppercase())
        .unwrap_or_default();
    match name.as_str() {
        "FCALL" | "FCALL_RO" => format!(
            "{name} {}",
            args.get(1)
                .map(|a| String::from_utf8_lossy(a).into_owned())
                .unwrap_or_default()
        ),
        "EVALSHA" | "EVALSHA_RO" => format!(
            "{name} {}",
            args.get(1)
                .map(|a| String::from_utf8_lossy(a)
                    .chars()
                    .take(12)
                    .collect::<String>())
                .unwrap_or_default()
        ),
        _ => name,
    }
}

/// Installs a host (replacing any previous one) and the UI's event sink.
pub fn install(host: Host, sink: Rc<dyn Fn(Event)>) {
    let mut host = host;
    host.sink = Some(sink);
    HOST.with(|h| *h.borrow_mut() = Some(host));
}

/// Runs `f` on the host, if installed and not already borrowed.
pub fn with<R>(f: impl FnOnce(&mut Host) -> R) -> Option<R> {
    HOST.with(|h| h.try_borrow_mut().ok().and_then(|mut g| g.as_mut().map(f)))
}

fn emit(events: Vec<Event>) {
    if events.is_empty() {
        return;
    }
    let sink = with(|h| h.sink.clone()).flatten();
    if let Some(sink) = sink {
        for e in events {
            sink(e);
        }
    }
}

/// Submits a command; its reply arrives as [`Event::Done`] with `tag`.
pub fn submit(who: Who, args: Vec<Vec<u8>>, tag: u64) {
    let mut out = Vec::new();
    let pump = with(|h| {
        h.queue.push_back(Job { who, args, tag });
        if h.running.is_none() {
            h.drain(&mut out);
        }
        h.needs_pump()
    })
    .unwrap_or(false);
    emit(out);
    if pump {
        schedule();
    }
}

/// Runs an inspector query synchronously; `None` while a script runs or commands wait.
pub fn query(args: &[&[u8]]) -> Option<Reply> {
    with(|h| {
        if h.running.is_some() || !h.queue.is_empty() {
            return None;
        }
        match h
            .engine
            .execute(h.insp, args.iter().map(|a| a.to_vec()).collect())
        {
            Exec::Reply(r) => Some(r),
            _ => None,
        }
    })
    .flatten()
}

/// True while a script runs.
pub fn busy() -> bool {
    with(|h| h.running.is_some()).unwrap_or(false)
}

/// The RESP version of the console connection.
pub fn console_resp() -> u8 {
    with(|h| h.engine.client_resp(h.console)).unwrap_or(2)
}

fn schedule() {
    let already = with(|h| std::mem::replace(&mut h.scheduled, true)).unwrap_or(true);
    if already {
        return;
    }
    crate::dom::set_timeout(0, pump);
}

fn pump() {
    let mut out = Vec::new();
    let again = with(|h| {
        h.scheduled = false;
        h.slice(&mut out);
        h.needs_pump()
    })
    .unwrap_or(false);
    emit(out);
    if again {
        if busy() {
            schedule();
        } else {
            // Waiting commands with no script running: retry a little later.
            let already = with(|h| std::mem::replace(&mut h.scheduled, true)).unwrap_or(true);
            if !already {
                crate::dom::set_timeout(50, pump);
            }
        }
    }
}

/// The snapshot of the current dataset, when supported and idle.
pub fn snapshot() -> Option<Vec<u8>> {
    with(|h| {
        if h.running.is_some() {
            None
        } else {
            adapter::save_snapshot(&h.engine)
        }
    })
    .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        assert_eq!(
            label_of(&[b"fcall".to_vec(), b"loop".to_vec(), b"0".to_vec()]),
            "FCALL loop"
        );
        assert_eq!(label_of(&[b"eval".to_vec()]), "EVAL");
    }
}

/// Sorted keys of db `n` matching a glob (read directly, works between script slices).
pub fn keys(n: usize, pattern: &str) -> Option<Vec<Vec<u8>>> {
    with(|h| adapter::keys(&h.engine, n, pattern.as_bytes(), crate::clock::now_ms()))
}

/// TYPE and absolute expiry (unix ms) of a key.
pub fn key_meta(n: usize, key: &[u8]) -> Option<(&'static str, Option<i64>)> {
    with(|h| adapter::key_meta(&h.engine, n, key)).flatten()
}

/// SHA1s in the script cache.
pub fn cached_scripts() -> Vec<String> {
    with(|h| adapter::cached_scripts(&h.engine)).unwrap_or_default()
}
