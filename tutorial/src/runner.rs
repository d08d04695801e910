//! Runs lesson blocks against an [`engine::Engine`] and checks their expected output.
//!
//! A [`Session`] owns an engine on a frozen [`ManualClock`] and two consoles (clients 1 and
//! 2). Scripts are stepped to completion; a `background` block leaves its script running so
//! the next steps can show `BUSY` and `SCRIPT KILL` (the clock is advanced while a command
//! waits, so the busy threshold passes deterministically).

use engine::cli::{format_tty_resp, split_args};
use engine::engine::{ClientId, Exec};
use engine::resp::Reply;
use engine::{Engine, ManualClock};

use crate::lesson::{compare, Block, BlockKind, Lesson, Step};

/// Fuel given to a running script per slice.
const FUEL: i32 = 500_000;
/// Slices before a foreground script is declared runaway.
const MAX_SLICES: usize = 400;

/// Outcome of one step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepResult {
    /// The command line.
    pub line: String,
    /// What redis-cli would print.
    pub output: String,
    /// `Err(why)` when the output does not match the expectation.
    pub verdict: Result<(), String>,
}

/// An engine with two consoles, used to run lessons.
pub struct Session {
    /// The engine.
    pub engine: Engine,
    /// Its clock (frozen; advanced only while a command waits for a busy script).
    pub clock: ManualClock,
    clients: [ClientId; 2],
    background: Option<(ClientId, Step)>,
    /// Results of background commands that finished.
    pub finished: Vec<StepResult>,
}

impl Default for Session {
    fn default() -> Self {
        Session::new()
    }
}

impl Session {
    /// A fresh engine at a fixed time (2024-01-01T00:00:00Z).
    pub fn new() -> Session {
        let clock = ManualClock::new(1_704_067_200_000_000);
        let mut engine = Engine::new(Box::new(clock.clone()), 7);
        let a = engine.connect();
        let b = engine.connect();
        Session {
            engine,
            clock,
            clients: [a, b],
            background: None,
            finished: Vec::new(),
        }
    }

    fn client(&self, n: u8) -> ClientId {
        let i = usize::from(n.saturating_sub(1)).min(1);
        self.clients.get(i).copied().unwrap_or_default()
    }

    fn output(&self, id: ClientId, r: &Reply) -> String {
        format_tty_resp(r, self.engine.client_resp(id))
    }

    /// Steps a running background script once; records its result if it ended.
    fn step_background(&mut self) {
        if let Some((client, reply)) = self.engine.step(FUEL) {
            if let Some((bid, step)) = self.background.take() {
                let output = if bid == client {
                    self.output(client, &reply)
                } else {
                    String::from("(reply went to another client)")
                };
                let verdict = compare(&step.expect, &output);
                self.finished.push(StepResult {
                    line: step.line,
                    output,
                    verdict,
                });
            }
        }
    }

    /// Sends raw arguments from console `n` and returns the reply (waiting for scripts).
    pub fn exec(&mut self, n: u8, args: Vec<Vec<u8>>) -> Result<Reply, String> {
        let id = self.client(n);
        for _ in 0..MAX_SLICES {
            match self.engine.execute(id, args.clone()) {
                Exec::Reply(r) => return Ok(r),
                Exec::Shutdown { .. } => return Err("the server shut down".into()),
                Exec::Wait => {
                    // Another client's script runs: let time pass so the busy threshold
                    // is crossed, and give the script a slice.
                    self.clock.advance_ms(50);
                    self.step_background();
                }
                Exec::Pending => {
                    for _ in 0..MAX_SLICES {
                        if let Some((_, r)) = self.engine.step(FUEL) {
                            return Ok(r);
                        }
                        self.clock.advance_ms(1);
                    }
                    return Err("the script did not finish (runaway)".into());
                }
            }
        }
        Err("the command waited too long".into())
    }

    /// Runs one console step.
    pub fn run_step(&mut self, step: &Step) -> StepResult {
        let output = match step.line.as_str() {
            "!restart" => {
                let snap = self.engine.save_snapshot();
                match self.engine.load_snapshot(&snap) {
                    Ok(()) => "(restarted)\n".to_string(),
                    Err(e) => format!("(restart failed: {e})\n"),
                }
            }
            line => match split_args(line) {
                Err(e) => format!("{e}\n"),
                Ok(args) => match self.exec(step.client, args) {
                    Ok(r) => self.output(self.client(step.client), &r),
                    Err(e) => format!("({e})\n"),
                },
            },
        };
        if self.background.is_some() {
            self.step_background();
        }
        let verdict = compare(&step.expect, &output);
        StepResult {
            line: step.line.clone(),
            output,
            verdict,
        }
    }

    /// Starts a command and leaves it running (a `background` block).
    pub fn start_background(&mut self, step: &Step) -> StepResult {
        let id = self.client(step.client);
        let args = split_args(&step.line).unwrap_or_default();
        match self.engine.execute(id, args) {
            Exec::Pending => {
                self.background = Some((id, step.clone()));
                StepResult {
                    line: step.line.clone(),
                    output: "(running...)\n".into(),
                    verdict: Ok(()),
                }
            }
            Exec::Reply(r) => {
                let output = self.output(id, &r);
                let verdict = compare(&step.expect, &output);
                StepResult {
                    line: step.line.clone(),
                    output,
                    verdict,
                }
            }
            other => StepResult {
                line: step.line.clone(),
                // Spelled out rather than `{:?}`, which would pull every `Debug` impl of
                // the reply types into the browser bundle.
                output: match other {
                    Exec::Pending => "Pending\n".to_string(),
                    Exec::Wait => "Wait\n".to_string(),
                    Exec::Shutdown { save } => format!("Shutdown {{ save: {save} }}\n"),
                    Exec::Reply(_) => String::new(),
                },
                verdict: Err("the command could not start".into()),
            },
        }
    }

    /// Loads a library with `FUNCTION LOAD REPLACE` from console 1.
    pub fn load_library(&mut self, code: &str, expect: Option<&str>) -> StepResult {
        let args = vec![
            b"FUNCTION".to_vec(),
            b"LOAD".to_vec(),
            b"REPLACE".to_vec(),
            code.as_bytes().to_vec(),
        ];
        let output = match self.exec(1, args) {
            Ok(r) => self.output(self.client(1), &r),
            Err(e) => format!("({e})\n"),
        };
        let verdict = match expect {
            Some(e) => compare(&[e.to_string()], &output),
            None if output.starts_with("(error)") => {
                Err(format!("the library did not load: {}", output.trim_end()))
            }
            None => Ok(()),
        };
        StepResult {
            line: "FUNCTION LOAD REPLACE <library>".into(),
            output,
            verdict,
        }
    }

    /// Runs a block (prose and display-only blocks yield nothing). Check blocks run too.
    pub fn run_block(&mut self, block: &Block) -> Vec<StepResult> {
        match &block.kind {
            BlockKind::Cli {
                steps, background, ..
            } => {
                if *background {
                    steps.iter().map(|s| self.start_background(s)).collect()
                } else {
                    steps.iter().map(|s| self.run_step(s)).collect()
                }
            }
            BlockKind::Library { expect } => {
                vec![self.load_library(&block.text, expect.as_deref())]
            }
            BlockKind::Solution => vec![self.load_library(&block.text, None)],
            _ => Vec::new(),
        }
    }

    /// Runs every block of a lesson in order (the solution stands in for the learner's
    /// code) and returns all results, background ones included.
    pub fn run_lesson(&mut self, lesson: &Lesson) -> Vec<StepResult> {
        let mut out = Vec::new();
        for b in &lesson.blocks {
            out.extend(self.run_block(b));
            out.append(&mut self.finished);
        }
        if let Some((_, step)) = self.background.take() {
            out.push(StepResult {
                line: step.line,
                output: String::new(),
                verdict: Err("the background command never finished".into()),
            });
        }
        out
    }
}
