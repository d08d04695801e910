//! `redis-fn-repl`: a redis-cli look-alike console over an in-process engine.
//!
//! `--snapshot PATH` loads the dataset from PATH at start (if it exists) and writes it on
//! SAVE / BGSAVE / SHUTDOWN [SAVE].

use std::path::PathBuf;

use native::clock::SystemClock;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut snapshot: Option<PathBuf> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match (a.as_str(), it.next()) {
            ("--snapshot", Some(p)) => snapshot = Some(PathBuf::from(p)),
            _ => {
                eprintln!("usage: redis-fn-repl [--snapshot PATH]");
                std::process::exit(2);
            }
        }
    }
    let seed = std::process::id() as u64 ^ 0x5eed;
    let mut engine = engine::Engine::new(Box::new(SystemClock), seed);
    if let Some(path) = &snapshot {
        if let Err(e) = native::host::load_snapshot(&mut engine, path) {
            eprintln!("redis-fn-repl: {e}");
            std::process::exit(1);
        }
    }
    if let Err(e) = native::repl::run(&mut engine, snapshot.as_deref()) {
        eprintln!("redis-fn-repl: {e}");
        std::process::exit(1);
    }
}
