//! The run context of one script or function call, apart from the engine: who called,
//! with which flags, whether it has written, its RESP version, and what it logged.
//! Shared (through `Rc<RefCell<_>>`) between the engine and the `redis.*` callbacks.

use crate::state::ClientCtx;

/// Script flags (shebang `flags=` for eval scripts, `register_function` flags for functions).
pub mod flags {
    /// `no-writes`
    pub const NO_WRITES: u32 = 1 << 0;
    /// `allow-oom`
    pub const ALLOW_OOM: u32 = 1 << 1;
    /// `allow-stale`
    pub const ALLOW_STALE: u32 = 1 << 2;
    /// `no-cluster`
    pub const NO_CLUSTER: u32 = 1 << 3;
    /// An eval script without a shebang: Redis's backwards-compatible defaults.
    pub const EVAL_COMPAT_MODE: u32 = 1 << 4;
    /// `allow-cross-slot-keys`
    pub const ALLOW_CROSS_SLOT_KEYS: u32 = 1 << 5;

    /// Flag names as users write them.
    pub const NAMES: &[(u32, &str)] = &[
        (NO_WRITES, "no-writes"),
        (ALLOW_OOM, "allow-oom"),
        (ALLOW_STALE, "allow-stale"),
        (NO_CLUSTER, "no-cluster"),
        (ALLOW_CROSS_SLOT_KEYS, "allow-cross-slot-keys"),
    ];
}

/// Redis's log levels for `redis.log`.
pub const LOG_LEVELS: &[(&str, i64)] = &[
    ("LOG_DEBUG", 0),
    ("LOG_VERBOSE", 1),
    ("LOG_NOTICE", 2),
    ("LOG_WARNING", 3),
];

/// Maximum log lines kept for the host to drain.
pub const MAX_LOG_LINES: usize = 1000;

/// State of the call in progress.
#[derive(Debug)]
pub struct RunState {
    /// True while a script or function runs.
    pub active: bool,
    /// The script's view of its caller (db may change through SELECT inside the script).
    pub client: ClientCtx,
    /// Script flags.
    pub flags: u32,
    /// Writes refused (no-writes flag or an `_RO` command).
    pub read_only: bool,
    /// `redis.setresp` version for conversions.
    pub resp: u8,
    /// A write command has run: the script can no longer be killed.
    pub has_written: bool,
    /// Last line a `redis.*` callback was called from.
    pub line: u64,
    /// Error texts raised by `redis.*` functions: at the top level they keep their code.
    pub raised: Vec<Vec<u8>>,
    /// `redis.set_repl` flags (accepted, no effect standalone).
    pub repl: i64,
    /// Log lines written with `redis.log` (level, text), drained by the host.
    pub logs: Vec<(i64, Vec<u8>)>,
    /// Over maxmemory when the script started.
    pub oom: bool,
}

impl Default for RunState {
    fn default() -> Self {
        RunState {
            active: false,
            client: ClientCtx::new(0),
            flags: 0,
            read_only: false,
            resp: 2,
            has_written: false,
            line: 0,
            raised: Vec::new(),
            repl: 3,
            logs: Vec::new(),
            oom: false,
        }
    }
}

impl RunState {
    /// Resets for a new call by `client`.
    pub fn begin(&mut self, client: &ClientCtx, flags: u32, read_only: bool, oom: bool) {
        let mut c = client.clone();
        c.in_script = true;
        // Scripts talk RESP2 to the commands they call until `redis.setresp(3)`.
        c.resp = 2;
        self.active = true;
        self.client = c;
        self.flags = flags;
        self.read_only = read_only;
        self.resp = 2;
        self.has_written = false;
        self.line = 0;
        self.raised.clear();
        self.repl = 3;
        self.oom = oom;
    }

    /// Records an error text raised by a `redis.*` function.
    pub fn note_raised(&mut self, msg: &[u8], line: Option<u64>) {
        if self.raised.len() >= 64 {
            self.raised.remove(0);
        }
        self.raised.push(msg.to_vec());
        if let Some(l) = line {
            self.line = l;
        }
    }

    /// Appends a log line (bounded).
    pub fn log(&mut self, level: i64, msg: Vec<u8>) {
        if self.logs.len() >= MAX_LOG_LINES {
            self.logs.remove(0);
        }
        self.logs.push((level, msg));
    }
}
