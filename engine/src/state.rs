//! The core server state that data commands run against, and the per-call context.
//!
//! [`Core`] holds the databases, configuration, injected clock and PRNG. It is shared
//! (through `Rc<RefCell<_>>`) with the Lua runtime so that `redis.call` can dispatch
//! commands; the engine never holds a borrow across a script slice.

pub mod config;

use crate::clock::Clock;
use crate::commands::{self, flags, CommandSpec, Handler};
use crate::keyspace::{Db, Value, NUM_DBS};
use crate::resp::Reply;

pub use config::Config;

/// Per-caller state visible to commands: which database, which protocol, who.
#[derive(Clone, Debug)]
pub struct ClientCtx {
    /// Connection id (CLIENT ID).
    pub id: u64,
    /// Selected database.
    pub db: usize,
    /// Protocol version, 2 or 3.
    pub resp: u8,
    /// CLIENT SETNAME.
    pub name: Option<Vec<u8>>,
    /// True while the command runs inside a script (`redis.call`).
    pub in_script: bool,
    /// True while the command runs inside MULTI/EXEC.
    pub in_multi: bool,
}

impl ClientCtx {
    /// A fresh client on db 0 speaking RESP2.
    pub fn new(id: u64) -> ClientCtx {
        ClientCtx {
            id,
            db: 0,
            resp: 2,
            name: None,
            in_script: false,
            in_multi: false,
        }
    }
}

/// Server-wide counters.
#[derive(Clone, Debug, Default)]
pub struct Stats {
    /// Writes since start (Redis's `server.dirty`).
    pub dirty: u64,
    /// Commands processed.
    pub commands: u64,
    /// Unix seconds of the last save (LASTSAVE).
    pub lastsave: i64,
    /// Unix ms at start (uptime).
    pub start_ms: i64,
    /// Scripts in the EVAL cache (INFO `number_of_cached_scripts`), kept by the engine.
    pub cached_scripts: usize,
    /// Memory of the EVAL Lua VM (INFO `used_memory_lua` / `used_memory_vm_eval`).
    pub lua_memory: usize,
    /// Memory of the cached EVAL scripts (INFO `used_memory_scripts_eval`).
    pub scripts_memory: usize,
    /// Memory of the functions Lua VM (INFO `used_memory_vm_functions`).
    pub functions_vm_memory: usize,
    /// Memory of the loaded function libraries (INFO `used_memory_functions`).
    pub functions_memory: usize,
    /// Loaded functions (INFO `number_of_functions`).
    pub functions: usize,
    /// Loaded libraries (INFO `number_of_libraries`).
    pub libraries: usize,
    /// Connected clients (INFO `connected_clients`), kept by the engine (0 = unknown: 1).
    pub connected_clients: usize,
    /// Error replies sent (INFO `total_error_replies`), kept by the engine.
    pub error_replies: u64,
    /// Connections accepted (INFO `total_connections_received`), kept by the engine.
    pub connections: u64,
    /// Keys deleted by expiry (INFO `expired_keys`).
    pub expired_keys: u64,
}

/// Deterministic PRNG (xorshift64*) seeded by the host.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// Seeds the generator (a zero seed is replaced by a constant).
    pub fn new(seed: u64) -> Rng {
        Rng(if seed == 0 {
            0x9E37_79B9_7F4A_7C15
        } else {
            seed
        })
    }
    /// Next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in `0..n` (`n > 0`), 0 if `n == 0`.
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % (n as u64)) as usize
        }
    }
}

/// Keys touched by writes, for WATCH: the engine drains this after each command.
pub type Touched = Vec<(usize, Vec<u8>)>;

/// The core keyspace server.
pub struct Core {
    /// The 16 databases.
    pub dbs: Vec<Db>,
    /// Injected wall clock.
    pub clock: Box<dyn Clock>,
    /// Cached unix ms used for expiry during one command (frozen during a script).
    pub now_ms: i64,
    /// Configuration parameters.
    pub config: Config,
    /// PRNG for RANDOMKEY, SPOP, ...
    pub rng: Rng,
    /// Counters.
    pub stats: Stats,
    /// Keys written since the engine last drained them (WATCH support).
    pub touched: Touched,
    /// Set by FLUSHALL/FLUSHDB/SWAPDB: every watcher of the db(s) is invalidated.
    pub flushed_dbs: Vec<usize>,
    /// True while some client WATCHes keys: only then are written keys recorded.
    pub watch_active: bool,
    /// Set by SAVE/BGSAVE: the host persists a snapshot (the engine does no I/O).
    pub save_requested: bool,
}

impl Core {
    /// A fresh, empty server.
    pub fn new(clock: Box<dyn Clock>, seed: u64) -> Core {
        let now_ms = clock.now_us() / 1000;
        Core {
            dbs: (0..NUM_DBS).map(|_| Db::new()).collect(),
            clock,
            now_ms,
            config: Config::default(),
            rng: Rng::new(seed),
            stats: Stats {
                start_ms: now_ms,
                lastsave: now_ms / 1000,
                ..Stats::default()
            },
            touched: Vec::new(),
            flushed_dbs: Vec::new(),
            watch_active: false,
            save_requested: false,
        }
    }

    /// Reads the injected clock (unix microseconds). TIME uses this and it moves during scripts.
    pub fn clock_us(&self) -> i64 {
        self.clock.now_us()
    }

    /// Refreshes the cached command time from the clock.
    pub fn refresh_time(&mut self) {
        self.now_ms = self.clock.now_us() / 1000;
    }

    /// Approximate memory in use (bytes): a fixed base plus the keyspace's size.
    pub fn used_memory(&self) -> i64 {
        let keys: usize = self.dbs.iter().map(|d| d.len()).sum();
        let keys = i64::try_from(keys).unwrap_or(i64::MAX);
        1_000_000i64.saturating_add(keys.saturating_mul(64))
    }

    /// True when `maxmemory` is set and exceeded.
    pub fn over_maxmemory(&self) -> bool {
        self.config.maxmemory > 0 && self.used_memory() > self.config.maxmemory
    }

    /// Runs one core command (arity and lookup already checked by [`check_command`]).
    pub fn run(
        &mut self,
        client: &mut ClientCtx,
        spec: &'static CommandSpec,
        args: &[Vec<u8>],
    ) -> Reply {
        match spec.handler {
            Handler::Core(f) => {
                self.stats.commands += 1;
                if self.watch_active && spec.has(flags::WRITE) {
                    for k in key_positions(spec, args) {
                        if let Some(key) = args.get(k) {
                            self.touched.push((client.db, key.clone()));
                        }
                    }
                }
                let mut ctx = Ctx {
                    core: self,
                    client,
                    args,
                };
                f(&mut ctx)
            }
            _ => Reply::err(format!("ERR command '{}' cannot run here", spec.name)),
        }
    }
}

/// Resolves a command (and subcommand) and checks arity, giving Redis's error replies.
pub fn check_command(args: &[Vec<u8>]) -> Result<&'static CommandSpec, Reply> {
    let Some(name) = args.first() else {
        return Err(Reply::err("ERR empty command"));
    };
    let Some(spec) = commands::table().get(name) else {
        return Err(unknown_command(args));
    };
    if !spec.arity_ok(args.len()) {
        return Err(Reply::wrong_arity(spec.name));
    }
    if let Handler::Container = spec.handler {
        let sub = args.get(1).map(|s| s.as_slice()).unwrap_or_default();
        let Some(subspec) = spec.subcommand(sub) else {
            return Err(Reply::err(format!(
                "ERR unknown subcommand '{}'. Try {} HELP.",
                crate::util::lossy_trunc(sub, 128),
                spec.name.to_ascii_uppercase()
            )));
        };
        if !subspec.arity_ok(args.len()) {
            return Err(Reply::err(format!(
                "ERR wrong number of arguments for '{}|{}' command",
                spec.name, subspec.name
            )));
        }
        return Ok(subspec);
    }
    Ok(spec)
}

/// Redis's unknown-command error, quoting up to the first arguments.
pub fn unknown_command(args: &[Vec<u8>]) -> Reply {
    let name = args.first().map(|s| s.as_slice()).unwrap_or_default();
    let mut argstr = String::new();
    for a in args.iter().skip(1) {
        if argstr.len() >= 128 {
            break;
        }
        argstr.push('\'');
        argstr.push_str(&crate::util::lossy_trunc(a, 128 - argstr.len().min(128)));
        argstr.push_str("' ");
    }
    Reply::err(format!(
        "ERR unknown command '{}', with args beginning with: {}",
        crate::util::lossy_trunc(name, 128),
        argstr
    ))
}

/// Key argument indexes of a command invocation, from the table's key spec.
pub fn key_positions(spec: &CommandSpec, args: &[Vec<u8>]) -> Vec<usize> {
    use crate::commands::Keys;
    match spec.keys {
        Keys::None => Vec::new(),
        Keys::Range(first, last, step) => {
            let n = args.len() as i64;
            let first = i64::from(first);
            let last = if last < 0 {
                n + i64::from(last)
            } else {
                i64::from(last)
            };
            let step = i64::from(step.max(1));
            let mut v = Vec::new();
            let mut i = first;
            while i <= last && i < n && i > 0 {
                v.push(i as usize);
                i += step;
            }
            v
        }
        Keys::NumKeys { at, first_extra } => {
            let mut v: Vec<usize> = first_extra.into_iter().collect();
            if let Some(nk) = args.get(at).and_then(|s| crate::util::parse_i64(s)) {
                let nk = usize::try_from(nk).unwrap_or(0);
                v.extend((at + 1..at + 1 + nk).filter(|&i| i < args.len()));
            }
            v
        }
        Keys::Custom(f) => f(args),
    }
}

/// What a command handler sees: the core, its caller and its arguments.
pub struct Ctx<'a> {
    /// The server.
    pub core: &'a mut Core,
    /// The caller.
    pub client: &'a mut ClientCtx,
    /// The arguments, name first.
    pub args: &'a [Vec<u8>],
}

impl Ctx<'_> {
    /// The argument at `i` (empty if absent; arity was checked by dispatch).
    pub fn arg(&self, i: usize) -> &[u8] {
        self.args.get(i).map(|s| s.as_slice()).unwrap_or_default()
    }
    /// The caller's database.
    pub fn db(&mut self) -> &mut Db {
        let i = self.client.db.min(self.core.dbs.len().saturating_sub(1));
        &mut self.core.dbs[i]
    }
    /// Looks a key up in the caller's database (lazy expiry applied).
    pub fn get(&mut self, key: &[u8]) -> Option<&mut Value> {
        let now = self.core.now_ms;
        self.db().get_mut(key, now)
    }
    /// Cached command time in unix ms.
    pub fn now_ms(&self) -> i64 {
        self.core.now_ms
    }
    /// Records a write (server.dirty).
    pub fn dirty(&mut self, n: u64) {
        self.core.stats.dirty += n;
    }
}
