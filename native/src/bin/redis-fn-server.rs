//! `redis-fn-server`: the engine behind a RESP2/RESP3 TCP server (default 127.0.0.1:6390).

use native::clock::SystemClock;
use native::server::{parse_args, Server};

/// Replies are built from many small allocations; mimalloc keeps them cheap.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = match parse_args(&args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let seed = std::process::id() as u64 ^ 0x5eed;
    let mut engine = engine::Engine::new(Box::new(SystemClock), seed);
    if let Some(path) = &opts.snapshot {
        match native::host::load_snapshot(&mut engine, path) {
            Ok(true) => eprintln!("redis-fn-server: loaded snapshot {}", path.display()),
            Ok(false) => {}
            Err(e) => {
                eprintln!("redis-fn-server: {e}; refusing to start");
                std::process::exit(1);
            }
        }
    }
    let mut server = match Server::bind(engine, opts) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("redis-fn-server: cannot listen: {e}");
            std::process::exit(1);
        }
    };
    if let Ok(addr) = server.local_addr() {
        eprintln!("redis-fn-server: ready to accept connections on {addr}");
    }
    if let Err(e) = server.run() {
        eprintln!("redis-fn-server: {e}");
        std::process::exit(1);
    }
}
