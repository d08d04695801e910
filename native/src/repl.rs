//! The terminal console: an in-process engine behind a redis-cli look-alike prompt with
//! line editing, history and grey argument hints.

use std::borrow::Cow;
use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

use engine::cli::{format_tty_resp, hint_for, split_args};
use engine::{ClientId, Engine, Exec, Reply};
use rustyline::completion::Completer;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, Helper};

use crate::host;

/// The prompt redis-cli shows for a database, with `(TX)` inside MULTI.
pub fn prompt(db: usize, in_multi: bool) -> String {
    let mut p = "127.0.0.1:6379".to_string();
    if db != 0 {
        p.push_str(&format!("[{db}]"));
    }
    if in_multi {
        p.push_str("(TX)");
    }
    p.push_str("> ");
    p
}

/// One console session: the engine client and redis-cli's transaction tracking.
#[derive(Debug)]
pub struct Session {
    /// The engine client.
    pub client: ClientId,
    /// Inside MULTI (shown as `(TX)` in the prompt).
    pub in_multi: bool,
}

impl Session {
    /// A new session with its own engine client.
    pub fn new(engine: &mut Engine) -> Session {
        Session {
            client: engine.connect(),
            in_multi: false,
        }
    }

    /// The prompt for the current state.
    pub fn prompt(&self, engine: &Engine) -> String {
        prompt(engine.client_db(self.client), self.in_multi)
    }

    /// Runs one typed line.
    pub fn run_line(&mut self, engine: &mut Engine, line: &str) -> LineOutcome {
        let args = split_args(line).unwrap_or_default();
        let out = run_line(engine, self.client, line);
        if let (LineOutcome::Print(text), Some(cmd)) = (&out, args.first()) {
            let is_error = text.starts_with("(error)");
            let single = args.len() == 1;
            if cmd.eq_ignore_ascii_case(b"multi") && single && !is_error {
                self.in_multi = true;
            } else if (cmd.eq_ignore_ascii_case(b"exec") && single)
                || (cmd.eq_ignore_ascii_case(b"discard") && single && !is_error)
            {
                self.in_multi = false;
            }
        }
        out
    }
}

/// What a typed line did.
#[derive(Debug, PartialEq)]
pub enum LineOutcome {
    /// Text to print (may be empty).
    Print(String),
    /// Leave the console.
    Exit,
    /// SHUTDOWN: leave, saving the snapshot first if `save`.
    Shutdown {
        /// SHUTDOWN [SAVE] (not NOSAVE).
        save: bool,
    },
}

/// Runs one typed line against the engine, driving a script to completion if one starts.
pub fn run_line(engine: &mut Engine, client: ClientId, line: &str) -> LineOutcome {
    let args = match split_args(line) {
        Ok(a) => a,
        Err(e) => return LineOutcome::Print(format!("{e}\n")),
    };
    let Some(first) = args.first() else {
        return LineOutcome::Print(String::new());
    };
    if first.eq_ignore_ascii_case(b"quit") || first.eq_ignore_ascii_case(b"exit") {
        return LineOutcome::Exit;
    }
    let reply = match execute_blocking(engine, client, args) {
        Ok(r) => r,
        Err(save) => return LineOutcome::Shutdown { save },
    };
    LineOutcome::Print(format_tty_resp(&reply, engine.client_resp(client)))
}

/// Executes a command, stepping any script until this client's reply arrives.
/// `Err(save)` on SHUTDOWN.
pub fn execute_blocking(
    engine: &mut Engine,
    client: ClientId,
    args: Vec<Vec<u8>>,
) -> Result<Reply, bool> {
    let mut args = args;
    loop {
        let copy = host::script_running(engine).then(|| args.clone());
        match engine.execute(client, args) {
            Exec::Reply(r) => return Ok(r),
            Exec::Shutdown { save } => return Err(save),
            Exec::Pending => loop {
                if let Some((id, r)) = host::step(engine, host::FUEL) {
                    if id == client {
                        return Ok(r);
                    }
                }
                if !host::script_running(engine) {
                    return Ok(Reply::err("ERR script finished without a reply"));
                }
            },
            Exec::Wait => {
                let _ = host::step(engine, host::FUEL);
                match copy {
                    Some(c) => args = c,
                    None => return Ok(Reply::err("ERR script busy")),
                }
            }
        }
    }
}

struct CliHelper;

impl Completer for CliHelper {
    type Candidate = String;
}

impl Hinter for CliHelper {
    type Hint = String;
    fn hint(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> Option<String> {
        if pos < line.len() {
            return None;
        }
        hint_for(line)
    }
}

impl Highlighter for CliHelper {
    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        Cow::Owned(format!("\x1b[90m{hint}\x1b[0m"))
    }
}

impl Validator for CliHelper {}
impl Helper for CliHelper {}

fn history_path() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".redis_fn_history"))
}

/// Runs the console on the terminal (or reads commands from a non-TTY stdin).
pub fn run(engine: &mut Engine, snapshot: Option<&Path>) -> Result<(), String> {
    let mut session = Session::new(engine);
    let save = |engine: &Engine| {
        if let Some(path) = snapshot {
            if let Err(e) = host::save_snapshot(engine, path) {
                eprintln!("{e}");
            }
        }
    };
    if !std::io::stdin().is_terminal() {
        let stdin = std::io::stdin();
        let mut out = std::io::stdout();
        for line in stdin.lock().lines() {
            let line = line.map_err(|e| e.to_string())?;
            match session.run_line(engine, &line) {
                LineOutcome::Print(s) => {
                    let _ = out.write_all(s.as_bytes());
                }
                LineOutcome::Exit => break,
                LineOutcome::Shutdown { save: s } => {
                    if s {
                        save(engine);
                    }
                    break;
                }
            }
            if engine.take_save_request() {
                save(engine);
            }
        }
        return Ok(());
    }
    let mut rl: Editor<CliHelper, DefaultHistory> = Editor::new().map_err(|e| e.to_string())?;
    rl.set_helper(Some(CliHelper));
    let hist = history_path();
    if let Some(h) = &hist {
        let _ = rl.load_history(h);
    }
    loop {
        match rl.readline(&session.prompt(engine)) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = rl.add_history_entry(line.as_str());
                }
                match session.run_line(engine, &line) {
                    LineOutcome::Print(s) => print!("{s}"),
                    LineOutcome::Exit => break,
                    LineOutcome::Shutdown { save: s } => {
                        if s {
                            save(engine);
                        }
                        break;
                    }
                }
                if engine.take_save_request() {
                    save(engine);
                }
            }
            Err(rustyline::error::ReadlineError::Interrupted) => continue,
            Err(_) => break,
        }
    }
    if let Some(h) = &hist {
        let _ = rl.save_history(h);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::SystemClock;

    #[test]
    fn prompts() {
        assert_eq!(prompt(0, false), "127.0.0.1:6379> ");
        assert_eq!(prompt(3, false), "127.0.0.1:6379[3]> ");
        assert_eq!(prompt(3, true), "127.0.0.1:6379[3](TX)> ");
    }

    #[test]
    fn multi_prompt() {
        let mut e = Engine::new(Box::new(SystemClock), 1);
        let mut s = Session::new(&mut e);
        let _ = s.run_line(&mut e, "MULTI");
        assert_eq!(s.prompt(&e), "127.0.0.1:6379(TX)> ");
        let _ = s.run_line(&mut e, "EXEC");
        assert_eq!(s.prompt(&e), "127.0.0.1:6379> ");
    }

    #[test]
    fn lines() {
        let mut e = Engine::new(Box::new(SystemClock), 1);
        let c = e.connect();
        assert_eq!(
            run_line(&mut e, c, "get \"a"),
            LineOutcome::Print("Invalid argument(s)\n".into())
        );
        assert_eq!(
            run_line(&mut e, c, "   "),
            LineOutcome::Print(String::new())
        );
        assert_eq!(run_line(&mut e, c, "QUIT"), LineOutcome::Exit);
        match run_line(&mut e, c, "nosuchcmd") {
            LineOutcome::Print(s) => assert!(s.starts_with("(error) ERR unknown command")),
            other => panic!("unexpected {other:?}"),
        }
    }
}
