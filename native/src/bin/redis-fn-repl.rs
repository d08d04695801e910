//! `redis-fn-repl`: a redis-cli look-alike console over an in-process engine.

use native::clock::SystemClock;

fn main() {
    let seed = std::process::id() as u64 ^ 0x5eed;
    let mut engine = engine::Engine::new(Box::new(SystemClock), seed);
    if let Err(e) = native::repl::run(&mut engine) {
        eprintln!("redis-fn-repl: {e}");
        std::process::exit(1);
    }
}
