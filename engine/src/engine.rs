//! [`Engine`]: the host-facing API. Hosts connect clients, execute commands and, while a
//! script runs, drive it in fuel slices with [`Engine::step`], serving other clients
//! (BUSY replies, SCRIPT KILL, FUNCTION KILL) between slices.
//!
//! Run control: a script starts inside [`Engine::execute`] and gets a first slice; if it
//! has not finished, `execute` answers [`Exec::Pending`] and the host keeps calling
//! [`Engine::step`] until the reply comes out. Until `busy-reply-threshold` has passed,
//! other clients' commands are answered [`Exec::Wait`] (the host queues them: nothing
//! interleaves with a script); after it they get BUSY, except SCRIPT KILL, FUNCTION KILL,
//! SHUTDOWN NOSAVE and commands flagged `allow_busy`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use piccolo::StashedExecutor;

use crate::clock::Clock;
use crate::commands::{flags, CommandSpec, Handler};
use crate::functions::lua_engine::FunctionVm;
use crate::functions::{self as fns, FunctionRegistry};
use crate::resp::Reply;
use crate::scripting::run::flags as sflags;
use crate::scripting::{self, RunState, ScriptCache, Step, Vm};
use crate::state::{check_command, ClientCtx, Core};
use crate::util::parse_i64;

/// A connected client's id.
pub type ClientId = u64;

/// The outcome of [`Engine::execute`].
#[derive(Debug, PartialEq)]
pub enum Exec {
    /// The reply is ready.
    Reply(Reply),
    /// A script started; its reply will come from [`Engine::step`].
    Pending,
    /// A script is running and has not passed the busy threshold: hold the command and
    /// submit it again after stepping.
    Wait,
    /// SHUTDOWN was requested; `save` tells whether to save a snapshot first.
    Shutdown {
        /// True for SHUTDOWN / SHUTDOWN SAVE.
        save: bool,
    },
}

/// Fuel for the first slice a script gets inside `execute` (most scripts finish in it).
pub const FIRST_SLICE_FUEL: i32 = 200_000;
/// Fuel cap for scripts run to completion synchronously (inside MULTI/EXEC).
pub const SYNC_SCRIPT_FUEL_CAP: i64 = 2_000_000_000;

/// `BUSY` reply while an eval script runs.
pub const BUSY_EVAL: &str =
    "BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.";
/// `BUSY` reply while a function runs.
pub const BUSY_FUNCTION: &str =
    "BUSY Redis is busy running a script. You can only call FUNCTION KILL or SHUTDOWN NOSAVE.";
/// `UNKILLABLE` reply once the script has written.
pub const UNKILLABLE: &str = "UNKILLABLE Sorry the script already executed write commands against the dataset. You can either wait the script termination or kill the server in a hard way using the SHUTDOWN NOSAVE command.";
/// `NOTBUSY` reply.
pub const NOTBUSY: &str = "NOTBUSY No scripts in execution right now.";

struct Client {
    ctx: ClientCtx,
    multi: Option<Vec<Vec<Vec<u8>>>>,
    multi_error: bool,
    watched: Vec<(usize, Vec<u8>)>,
    watch_dirty: bool,
}

/// Which VM a running call belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum VmKind {
    Eval,
    Function,
}

/// Information about the running script (FUNCTION STATS, inspectors).
#[derive(Clone, Debug, PartialEq)]
pub struct RunningInfo {
    /// Function name, or the script's sha.
    pub name: Vec<u8>,
    /// The command that started it.
    pub command: Vec<Vec<u8>>,
    /// Elapsed milliseconds (by the injected clock).
    pub duration_ms: i64,
    /// True for eval scripts, false for functions.
    pub is_eval: bool,
    /// True once it has written (no longer killable).
    pub has_written: bool,
}

struct Running {
    client: ClientId,
    kind: VmKind,
    ex: StashedExecutor,
    name: Vec<u8>,
    command: Vec<Vec<u8>>,
    start_us: i64,
    killed: bool,
}

/// The engine: core keyspace plus scripting and client state.
pub struct Engine {
    core: Rc<RefCell<Core>>,
    run: Rc<RefCell<RunState>>,
    clients: HashMap<ClientId, Client>,
    next_id: ClientId,
    eval_vm: Vm,
    fvm: FunctionVm,
    registry: FunctionRegistry,
    cache: ScriptCache,
    running: Option<Running>,
    watchers: usize,
    lua_memory_limit: usize,
    busy_clock: Option<Box<dyn Clock>>,
}

impl Engine {
    /// A new engine with the given clock and PRNG seed.
    pub fn new(clock: Box<dyn Clock>, seed: u64) -> Engine {
        let core = Rc::new(RefCell::new(Core::new(clock, seed)));
        let run = Rc::new(RefCell::new(RunState::default()));
        let eval_vm = Vm::new(core.clone(), run.clone(), "user_script");
        let fvm = FunctionVm::new(core.clone(), run.clone());
        Engine {
            fvm,
            registry: FunctionRegistry::new(),
            core,
            run,
            clients: HashMap::new(),
            next_id: 1,
            eval_vm,
            cache: ScriptCache::default(),
            running: None,
            watchers: 0,
            lua_memory_limit: scripting::DEFAULT_LUA_MEMORY_LIMIT,
            busy_clock: None,
        }
    }

    /// Registers a client and returns its id.
    pub fn connect(&mut self) -> ClientId {
        let id = self.next_id;
        self.next_id += 1;
        self.clients.insert(
            id,
            Client {
                ctx: ClientCtx::new(id),
                multi: None,
                multi_error: false,
                watched: Vec::new(),
                watch_dirty: false,
            },
        );
        self.sync_stats();
        id
    }

    /// Forgets a client. A script it started keeps running to completion (as in Redis).
    pub fn disconnect(&mut self, id: ClientId) {
        if let Some(c) = self.clients.remove(&id) {
            self.watchers = self.watchers.saturating_sub(c.watched.len());
            self.update_watch_active();
        }
    }

    /// The protocol version the client speaks (2 or 3).
    pub fn client_resp(&self, id: ClientId) -> u8 {
        self.clients.get(&id).map(|c| c.ctx.resp).unwrap_or(2)
    }

    /// The database the client has selected.
    pub fn client_db(&self, id: ClientId) -> usize {
        self.clients.get(&id).map(|c| c.ctx.db).unwrap_or(0)
    }

    /// True while a script or function is running.
    pub fn script_running(&self) -> bool {
        self.running.is_some()
    }

    /// The client whose script is running.
    pub fn running_client(&self) -> Option<ClientId> {
        self.running.as_ref().map(|r| r.client)
    }

    /// Details of the running script.
    pub fn running_info(&self) -> Option<RunningInfo> {
        let r = self.running.as_ref()?;
        let now = self.now_us();
        let has_written = self
            .run
            .try_borrow()
            .map(|s| s.has_written)
            .unwrap_or(false);
        Some(RunningInfo {
            name: r.name.clone(),
            command: r.command.clone(),
            duration_ms: (now - r.start_us) / 1000,
            is_eval: r.kind == VmKind::Eval,
            has_written,
        })
    }

    /// Takes the lines scripts wrote with `redis.log` (level, text).
    pub fn drain_logs(&mut self) -> Vec<(i64, Vec<u8>)> {
        self.run
            .try_borrow_mut()
            .map(|mut r| std::mem::take(&mut r.logs))
            .unwrap_or_default()
    }

    /// SHA1s of the cached eval scripts, sorted.
    pub fn cached_scripts(&self) -> Vec<String> {
        let mut v: Vec<String> = self.cache.scripts.keys().cloned().collect();
        crate::util::sort::sort(&mut v);
        v
    }

    /// Sets the per-VM Lua memory ceiling in bytes.
    pub fn set_lua_memory_limit(&mut self, bytes: usize) {
        self.lua_memory_limit = bytes;
    }

    /// Borrow of the core (keyspace inspectors). None while a callback holds it (never
    /// between calls).
    pub fn core(&self) -> Option<std::cell::Ref<'_, Core>> {
        self.core.try_borrow().ok()
    }

    /// Executes one command for a client.
    pub fn execute(&mut self, id: ClientId, args: Vec<Vec<u8>>) -> Exec {
        if !self.clients.contains_key(&id) {
            return Exec::Reply(Reply::err("ERR unknown client"));
        }
        if let Some(r) = &self.running {
            let threshold_us = self
                .core
                .try_borrow()
                .map(|c| c.config.busy_reply_threshold_ms)
                .unwrap_or(5000)
                * 1000;
            let elapsed = self.now_us() - r.start_us;
            if elapsed < threshold_us {
                return Exec::Wait;
            }
            return self.busy_command(id, &args);
        }
        self.refresh_time();
        let spec = match check_command(&args) {
            Ok(s) => s,
            Err(e) => {
                if let Some(c) = self.clients.get_mut(&id) {
                    if c.multi.is_some() {
                        c.multi_error = true;
                    }
                }
                return Exec::Reply(e);
            }
        };
        // Transactions: queue everything but the transaction commands themselves.
        let in_multi = self
            .clients
            .get(&id)
            .map(|c| c.multi.is_some())
            .unwrap_or(false);
        if in_multi
            && !matches!(
                spec.name,
                "exec" | "discard" | "multi" | "watch" | "quit" | "reset"
            )
        {
            if spec.has(flags::NO_MULTI) {
                if let Some(c) = self.clients.get_mut(&id) {
                    c.multi_error = true;
                }
                return Exec::Reply(Reply::err("ERR Command not allowed inside a transaction"));
            }
            if let Some(q) = self.clients.get_mut(&id).and_then(|c| c.multi.as_mut()) {
                q.push(args);
            }
            return Exec::Reply(Reply::status("QUEUED"));
        }
        let out = self.dispatch(id, spec, &args, false);
        self.process_touched();
        out
    }

    /// Time for run control (busy threshold, FUNCTION STATS durations): the busy clock if
    /// one was set, else the engine's clock.
    fn now_us(&self) -> i64 {
        match &self.busy_clock {
            Some(c) => c.now_us(),
            None => self.core.try_borrow().map(|c| c.clock_us()).unwrap_or(0),
        }
    }

    /// Sets a separate clock for run control. Hosts that freeze the data clock (reproducible
    /// TIME in share links) still need real elapsed time for BUSY and KILL.
    pub fn set_busy_clock(&mut self, clock: Box<dyn Clock>) {
        self.busy_clock = Some(clock);
    }

    fn refresh_time(&mut self) {
        if let Ok(mut c) = self.core.try_borrow_mut() {
            c.refresh_time();
        }
    }

    /// Runs a resolved command. `sync` runs scripts to completion (inside EXEC).
    fn dispatch(
        &mut self,
        id: ClientId,
        spec: &'static CommandSpec,
        args: &[Vec<u8>],
        sync: bool,
    ) -> Exec {
        match spec.handler {
            Handler::Core(_) => {
                let Some(client) = self.clients.get_mut(&id) else {
                    return Exec::Reply(Reply::err("ERR unknown client"));
                };
                let Ok(mut core) = self.core.try_borrow_mut() else {
                    return Exec::Reply(Reply::err("ERR engine busy"));
                };
                Exec::Reply(core.run(&mut client.ctx, spec, args))
            }
            Handler::Engine | Handler::Container => {
                let out = self.engine_command(id, spec, args, sync);
                self.sync_stats();
                out
            }
        }
    }

    fn engine_command(
        &mut self,
        id: ClientId,
        spec: &'static CommandSpec,
        args: &[Vec<u8>],
        sync: bool,
    ) -> Exec {
        let name = args
            .first()
            .map(|a| a.to_ascii_lowercase())
            .unwrap_or_default();
        let sub = args
            .get(1)
            .map(|a| a.to_ascii_lowercase())
            .unwrap_or_default();
        let reply = match (name.as_slice(), spec.name) {
            (b"eval", _) => return self.eval(id, args, false, false, sync),
            (b"evalsha", _) => return self.eval(id, args, true, false, sync),
            (b"eval_ro", _) => return self.eval(id, args, false, true, sync),
            (b"evalsha_ro", _) => return self.eval(id, args, true, true, sync),
            (b"script", _) => self.script_command(&sub, args),
            (b"function", _) => self.function_command(&sub, args),
            (b"fcall", _) => return self.fcall(id, args, false, sync),
            (b"fcall_ro", _) => return self.fcall(id, args, true, sync),
            (b"multi", _) => self.multi(id),
            (b"exec", _) => return self.exec(id),
            (b"discard", _) => self.discard(id),
            (b"watch", _) => self.watch(id, args),
            (b"unwatch", _) => {
                self.unwatch(id);
                Reply::ok()
            }
            (b"shutdown", _) => {
                let nosave = args
                    .iter()
                    .skip(1)
                    .any(|a| a.eq_ignore_ascii_case(b"nosave"));
                return Exec::Shutdown { save: !nosave };
            }
            _ => Reply::err(format!(
                "ERR command '{}' is not supported by this engine",
                spec.name
            )),
        };
        Exec::Reply(reply)
    }

    /// Publishes scripting numbers to the core's stats (INFO reads them).
    fn sync_stats(&mut self) {
        let cached = self.cache.scripts.len();
        let scripts_mem: usize = self.cache.scripts.values().map(|s| s.body.len()).sum();
        let lua = self.eval_vm.rt.total_memory();
        let fvm = self.fvm.memory_used();
        let codes: usize = self.registry.libraries().map(|l| l.code.len()).sum();
        let (nf, nl) = (
            self.registry.function_count(),
            self.registry.library_count(),
        );
        let clients = self.clients.len();
        if let Ok(mut core) = self.core.try_borrow_mut() {
            let st = &mut core.stats;
            st.cached_scripts = cached;
            st.scripts_memory = scripts_mem;
            st.lua_memory = lua;
            st.functions_vm_memory = fvm;
            st.functions_memory = codes;
            st.functions = nf;
            st.libraries = nl;
            st.connected_clients = clients;
        }
    }

    // ----- transactions -------------------------------------------------------------

    fn multi(&mut self, id: ClientId) -> Reply {
        let Some(c) = self.clients.get_mut(&id) else {
            return Reply::err("ERR unknown client");
        };
        if c.multi.is_some() {
            return Reply::err("ERR MULTI calls can not be nested");
        }
        c.multi = Some(Vec::new());
        c.multi_error = false;
        Reply::ok()
    }

    fn discard(&mut self, id: ClientId) -> Reply {
        let Some(c) = self.clients.get_mut(&id) else {
            return Reply::err("ERR unknown client");
        };
        if c.multi.take().is_none() {
            return Reply::err("ERR DISCARD without MULTI");
        }
        c.multi_error = false;
        self.unwatch(id);
        Reply::ok()
    }

    fn exec(&mut self, id: ClientId) -> Exec {
        let Some(c) = self.clients.get_mut(&id) else {
            return Exec::Reply(Reply::err("ERR unknown client"));
        };
        let Some(queue) = c.multi.take() else {
            return Exec::Reply(Reply::err("ERR EXEC without MULTI"));
        };
        let had_error = std::mem::take(&mut c.multi_error);
        let dirty = c.watch_dirty;
        self.unwatch(id);
        if had_error {
            return Exec::Reply(Reply::err(
                "EXECABORT Transaction discarded because of previous errors.",
            ));
        }
        if dirty {
            return Exec::Reply(Reply::NilArray);
        }
        if let Some(c) = self.clients.get_mut(&id) {
            c.ctx.in_multi = true;
        }
        let mut replies = Vec::with_capacity(queue.len());
        for args in queue {
            self.refresh_time();
            let r = match check_command(&args) {
                Ok(spec) => match self.dispatch(id, spec, &args, true) {
                    Exec::Reply(r) => r,
                    Exec::Shutdown { .. } => {
                        Reply::err("ERR SHUTDOWN inside MULTI is not supported")
                    }
                    Exec::Pending | Exec::Wait => Reply::err("ERR script did not complete"),
                },
                Err(e) => e,
            };
            replies.push(r);
        }
        if let Some(c) = self.clients.get_mut(&id) {
            c.ctx.in_multi = false;
        }
        self.process_touched();
        Exec::Reply(Reply::Array(replies))
    }

    fn watch(&mut self, id: ClientId, args: &[Vec<u8>]) -> Reply {
        let Some(c) = self.clients.get_mut(&id) else {
            return Reply::err("ERR unknown client");
        };
        if c.multi.is_some() {
            return Reply::err("ERR WATCH inside MULTI is not allowed");
        }
        let db = c.ctx.db;
        let mut added = 0;
        for k in args.iter().skip(1) {
            if !c.watched.iter().any(|(d, w)| *d == db && w == k) {
                c.watched.push((db, k.clone()));
                added += 1;
            }
        }
        self.watchers += added;
        self.update_watch_active();
        Reply::ok()
    }

    fn unwatch(&mut self, id: ClientId) {
        if let Some(c) = self.clients.get_mut(&id) {
            self.watchers = self.watchers.saturating_sub(c.watched.len());
            c.watched.clear();
            c.watch_dirty = false;
        }
        self.update_watch_active();
    }

    fn update_watch_active(&mut self) {
        if let Ok(mut core) = self.core.try_borrow_mut() {
            core.watch_active = self.watchers > 0;
            if self.watchers == 0 {
                core.touched.clear();
                core.flushed_dbs.clear();
            }
        }
    }

    /// Marks watchers of keys written since the last call.
    fn process_touched(&mut self) {
        if self.watchers == 0 {
            return;
        }
        let (touched, flushed) = match self.core.try_borrow_mut() {
            Ok(mut core) => (
                std::mem::take(&mut core.touched),
                std::mem::take(&mut core.flushed_dbs),
            ),
            Err(_) => return,
        };
        if touched.is_empty() && flushed.is_empty() {
            return;
        }
        for c in self.clients.values_mut() {
            if c.watched.is_empty() || c.watch_dirty {
                continue;
            }
            if c.watched.iter().any(|(db, k)| {
                flushed.contains(db) || touched.iter().any(|(tdb, tk)| tdb == db && tk == k)
            }) {
                c.watch_dirty = true;
            }
        }
    }

    // ----- scripts ------------------------------------------------------------------

    fn eval(&mut self, id: ClientId, args: &[Vec<u8>], by_sha: bool, ro: bool, sync: bool) -> Exec {
        let body_or_sha = args.get(1).cloned().unwrap_or_default();
        let (keys, argv) = match split_numkeys(args, false) {
            Ok(x) => x,
            Err(e) => return Exec::Reply(e),
        };
        let sha = if by_sha {
            let lower = String::from_utf8_lossy(&body_or_sha).to_ascii_lowercase();
            if self.cache.get(lower.as_bytes()).is_none() {
                return Exec::Reply(Reply::err("NOSCRIPT No matching script. Please use EVAL."));
            }
            lower
        } else {
            let sha = scripting::sha1_hex(&body_or_sha);
            if self.cache.get(sha.as_bytes()).is_none() {
                match scripting::compile_eval(&mut self.eval_vm, &body_or_sha) {
                    Ok((func, fl)) => {
                        self.cache.scripts.insert(
                            sha.clone(),
                            scripting::CachedScript {
                                body: body_or_sha,
                                func,
                                flags: fl,
                            },
                        );
                    }
                    Err(e) => return Exec::Reply(e),
                }
            }
            sha
        };
        let Some(script) = self.cache.get(sha.as_bytes()) else {
            return Exec::Reply(Reply::err("NOSCRIPT No matching script. Please use EVAL."));
        };
        let fl = script.flags;
        let func = script.func.clone();
        let oom = self
            .core
            .try_borrow()
            .map(|c| c.over_maxmemory())
            .unwrap_or(false);
        if fl & sflags::EVAL_COMPAT_MODE == 0 {
            if ro && fl & sflags::NO_WRITES == 0 {
                return Exec::Reply(Reply::err(
                    "ERR Can not execute a script with write flag using *_ro command.",
                ));
            }
            if oom && fl & (sflags::ALLOW_OOM | sflags::NO_WRITES) == 0 {
                return Exec::Reply(Reply::err(
                    "OOM command not allowed when used memory > 'maxmemory'.",
                ));
            }
        }
        let read_only = ro || fl & sflags::NO_WRITES != 0;
        let Some(client) = self.clients.get(&id) else {
            return Exec::Reply(Reply::err("ERR unknown client"));
        };
        if let Ok(mut run) = self.run.try_borrow_mut() {
            run.begin(&client.ctx, fl, read_only, oom);
        }
        self.eval_vm.set_keys_argv(&keys, &argv);
        let ex = self.eval_vm.start(&func, None);
        let start_us = self.now_us();
        self.running = Some(Running {
            client: id,
            kind: VmKind::Eval,
            ex,
            name: sha.into_bytes(),
            command: args.to_vec(),
            start_us,
            killed: false,
        });
        self.first_slice(sync)
    }

    /// Gives a just-started script its first slice (or runs it to completion if `sync`).
    fn first_slice(&mut self, sync: bool) -> Exec {
        if sync {
            let mut spent: i64 = 0;
            loop {
                if let Some((_, reply)) = self.step(FIRST_SLICE_FUEL) {
                    return Exec::Reply(reply);
                }
                spent += i64::from(FIRST_SLICE_FUEL);
                if spent > SYNC_SCRIPT_FUEL_CAP {
                    if let Some(r) = self.running.as_mut() {
                        r.killed = true;
                    }
                }
            }
        }
        match self.step(FIRST_SLICE_FUEL) {
            Some((_, reply)) => Exec::Reply(reply),
            None => Exec::Pending,
        }
    }

    /// Runs the current script for one slice of `fuel`. Returns the finished script's
    /// client and reply when it ends (normally, by error, or killed).
    pub fn step(&mut self, fuel: i32) -> Option<(ClientId, Reply)> {
        let r = self.running.as_ref()?;
        let vm = match r.kind {
            VmKind::Eval => &mut self.eval_vm,
            VmKind::Function => &mut self.fvm.vm,
        };
        let outcome = if r.killed {
            Step::Done(vm.stopped_reply("Script killed by user with SCRIPT KILL...", &r.name))
        } else if vm.rt.total_memory() > self.lua_memory_limit {
            Step::Done(vm.stopped_reply(
                "Lua script memory limit exceeded (not enough memory)",
                &r.name,
            ))
        } else {
            vm.step(&r.ex, fuel, &r.name)
        };
        match outcome {
            Step::Running => None,
            Step::Done(reply) => {
                let r = self.running.take()?;
                let vm = match r.kind {
                    VmKind::Eval => &mut self.eval_vm,
                    VmKind::Function => &mut self.fvm.vm,
                };
                vm.abandon(r.ex);
                if let Ok(mut run) = self.run.try_borrow_mut() {
                    run.active = false;
                }
                self.process_touched();
                Some((r.client, reply))
            }
        }
    }

    /// A command from another client while a script runs past the busy threshold.
    fn busy_command(&mut self, id: ClientId, args: &[Vec<u8>]) -> Exec {
        let is_eval = self
            .running
            .as_ref()
            .map(|r| r.kind == VmKind::Eval)
            .unwrap_or(true);
        let busy = if is_eval { BUSY_EVAL } else { BUSY_FUNCTION };
        let spec = match check_command(args) {
            Ok(s) => s,
            Err(_) => return Exec::Reply(Reply::err(busy)),
        };
        let name = args
            .first()
            .map(|a| a.to_ascii_lowercase())
            .unwrap_or_default();
        let sub = args
            .get(1)
            .map(|a| a.to_ascii_lowercase())
            .unwrap_or_default();
        match (name.as_slice(), sub.as_slice()) {
            (b"script", b"kill") => return Exec::Reply(self.kill(true)),
            (b"function", b"kill") => return Exec::Reply(self.kill(false)),
            (b"function", b"stats") => {
                if is_eval {
                    return Exec::Reply(Reply::err(busy));
                }
                return Exec::Reply(self.function_stats());
            }
            (b"shutdown", _)
                if args
                    .iter()
                    .skip(1)
                    .any(|a| a.eq_ignore_ascii_case(b"nosave")) =>
            {
                return Exec::Shutdown { save: false }
            }
            _ => {}
        }
        if spec.has(flags::ALLOW_BUSY)
            && !matches!(spec.handler, Handler::Engine | Handler::Container)
        {
            self.refresh_time();
            return self.dispatch(id, spec, args, false);
        }
        Exec::Reply(Reply::err(busy))
    }

    fn kill(&mut self, by_script_kill: bool) -> Reply {
        let has_written = self
            .run
            .try_borrow()
            .map(|r| r.has_written)
            .unwrap_or(false);
        let Some(r) = self.running.as_mut() else {
            return Reply::err(NOTBUSY);
        };
        if has_written {
            return Reply::err(UNKILLABLE);
        }
        let is_eval = r.kind == VmKind::Eval;
        if by_script_kill && !is_eval {
            return Reply::err(BUSY_FUNCTION);
        }
        if !by_script_kill && is_eval {
            return Reply::err(BUSY_EVAL);
        }
        r.killed = true;
        Reply::ok()
    }

    fn function_stats(&self) -> Reply {
        let running = self
            .running_info()
            .filter(|r| !r.is_eval)
            .map(|r| fns::RunningScript {
                name: r.name,
                command: r.command,
                duration_ms: r.duration_ms,
            });
        fns::commands::stats(&self.registry, running.as_ref())
    }

    fn function_command(&mut self, sub: &[u8], args: &[Vec<u8>]) -> Reply {
        match sub {
            b"load" => fns::commands::load(&mut self.registry, &mut self.fvm, args),
            b"delete" => fns::commands::delete(&mut self.registry, &mut self.fvm, args),
            b"flush" => fns::commands::flush(&mut self.registry, &mut self.fvm, args),
            b"list" => fns::commands::list(&self.registry, args),
            b"stats" => self.function_stats(),
            b"dump" => fns::commands::dump(&self.registry),
            b"restore" => fns::commands::restore(&mut self.registry, &mut self.fvm, args),
            b"kill" => self.kill(false),
            b"help" => fns::commands::help(),
            _ => Reply::err(format!(
                "ERR unknown subcommand '{}'. Try FUNCTION HELP.",
                String::from_utf8_lossy(args.get(1).map(|a| a.as_slice()).unwrap_or_default())
            )),
        }
    }

    /// Serializes the dataset: every database with TTLs and every function library (never
    /// the eval script cache). See [`crate::snapshot`].
    pub fn save_snapshot(&self) -> Vec<u8> {
        let libs = self.registry.library_codes();
        match self.core.try_borrow() {
            Ok(core) => crate::snapshot::save(&core.dbs, &libs),
            Err(_) => Vec::new(),
        }
    }

    /// Replaces the dataset with a snapshot. All or nothing: on any error (corrupt bytes, a
    /// library that no longer loads) the current state is untouched. The script cache is
    /// emptied, as after a restart.
    pub fn load_snapshot(&mut self, bytes: &[u8]) -> Result<(), String> {
        if self.running.is_some() {
            return Err("a script is running".into());
        }
        let (dbs, codes) = crate::snapshot::load(bytes)?;
        let mut registry = FunctionRegistry::new();
        let mut fvm = FunctionVm::new(self.core.clone(), self.run.clone());
        for code in &codes {
            registry.load(&mut fvm, code, false).map_err(|e| match e {
                Reply::Error(m) => String::from_utf8_lossy(&m).into_owned(),
                _ => "library failed to load".to_string(),
            })?;
        }
        {
            let mut core = self
                .core
                .try_borrow_mut()
                .map_err(|_| "engine busy".to_string())?;
            core.dbs = dbs;
        }
        self.registry = registry;
        self.fvm = fvm;
        self.cache.scripts.clear();
        self.eval_vm = Vm::new(self.core.clone(), self.run.clone(), "user_script");
        self.sync_stats();
        Ok(())
    }

    /// True once after SAVE/BGSAVE asked the host to persist a snapshot.
    pub fn take_save_request(&mut self) -> bool {
        self.core
            .try_borrow_mut()
            .map(|mut c| std::mem::take(&mut c.save_requested))
            .unwrap_or(false)
    }

    /// (library name, code) of every function library, for snapshots.
    pub fn library_codes(&self) -> Vec<(Vec<u8>, Vec<u8>)> {
        self.registry.library_codes()
    }

    /// The function registry (FUNCTION LIST inspectors).
    pub fn registry(&self) -> &FunctionRegistry {
        &self.registry
    }

    fn fcall(&mut self, id: ClientId, args: &[Vec<u8>], ro: bool, sync: bool) -> Exec {
        let fname = args.get(1).map(|a| a.as_slice()).unwrap_or_default();
        let Some((_, info)) = self.registry.function(fname) else {
            return Exec::Reply(Reply::err("ERR Function not found"));
        };
        let (fl, handle, name) = (info.flags, info.handle, info.name.clone());
        let (keys, argv) = match split_numkeys(args, true) {
            Ok(x) => x,
            Err(e) => return Exec::Reply(e),
        };
        if ro && fl & sflags::NO_WRITES == 0 {
            return Exec::Reply(Reply::err(
                "ERR Can not execute a script with write flag using *_ro command.",
            ));
        }
        let oom = self
            .core
            .try_borrow()
            .map(|c| c.over_maxmemory())
            .unwrap_or(false);
        if oom && fl & (sflags::ALLOW_OOM | sflags::NO_WRITES) == 0 {
            return Exec::Reply(Reply::err(
                "OOM command not allowed when used memory > 'maxmemory'.",
            ));
        }
        let Some(func) = self.fvm.callback(handle).cloned() else {
            return Exec::Reply(Reply::err("ERR Function not found"));
        };
        let Some(client) = self.clients.get(&id) else {
            return Exec::Reply(Reply::err("ERR unknown client"));
        };
        if let Ok(mut run) = self.run.try_borrow_mut() {
            run.begin(&client.ctx, fl, ro || fl & sflags::NO_WRITES != 0, oom);
        }
        let ex = self.fvm.vm.start(&func, Some((&keys, &argv)));
        let start_us = self.now_us();
        self.running = Some(Running {
            client: id,
            kind: VmKind::Function,
            ex,
            name,
            command: args.to_vec(),
            start_us,
            killed: false,
        });
        self.first_slice(sync)
    }

    fn script_command(&mut self, sub: &[u8], args: &[Vec<u8>]) -> Reply {
        match sub {
            b"load" => {
                let body = args.get(2).cloned().unwrap_or_default();
                let sha = scripting::sha1_hex(&body);
                if self.cache.get(sha.as_bytes()).is_none() {
                    match scripting::compile_eval(&mut self.eval_vm, &body) {
                        Ok((func, fl)) => {
                            self.cache.scripts.insert(
                                sha.clone(),
                                scripting::CachedScript {
                                    body,
                                    func,
                                    flags: fl,
                                },
                            );
                        }
                        Err(e) => return e,
                    }
                }
                Reply::Bulk(sha.into_bytes())
            }
            b"exists" => Reply::Array(
                args.iter()
                    .skip(2)
                    .map(|s| Reply::Int(i64::from(self.cache.get(s).is_some())))
                    .collect(),
            ),
            b"flush" => {
                let mode_ok = match args.len() {
                    2 => true,
                    3 => args
                        .get(2)
                        .map(|m| {
                            m.eq_ignore_ascii_case(b"sync") || m.eq_ignore_ascii_case(b"async")
                        })
                        .unwrap_or(false),
                    _ => false,
                };
                if !mode_ok {
                    return Reply::err("ERR SCRIPT FLUSH only support SYNC|ASYNC option");
                }
                self.cache.scripts.clear();
                self.eval_vm = Vm::new(self.core.clone(), self.run.clone(), "user_script");
                Reply::ok()
            }
            b"kill" => self.kill(true),
            b"debug" => {
                let mode = args
                    .get(2)
                    .map(|m| m.to_ascii_lowercase())
                    .unwrap_or_default();
                match mode.as_slice() {
                    b"no" => Reply::ok(),
                    b"yes" | b"sync" => {
                        Reply::err("ERR SCRIPT DEBUG is not supported by the playground")
                    }
                    _ => Reply::err("ERR Use SCRIPT DEBUG YES/SYNC/NO"),
                }
            }
            b"help" => Reply::Array(SCRIPT_HELP.iter().map(Reply::status).collect()),
            _ => Reply::err(format!(
                "ERR unknown subcommand '{}'. Try SCRIPT HELP.",
                String::from_utf8_lossy(args.get(1).map(|a| a.as_slice()).unwrap_or_default())
            )),
        }
    }
}

/// KEYS and ARGV of a script call.
pub type KeysAndArgs = (Vec<Vec<u8>>, Vec<Vec<u8>>);

/// Splits `cmd script|name numkeys keys... args...` into keys and args with Redis's
/// numkeys errors (`fcall` words the bad-number error differently).
pub fn split_numkeys(args: &[Vec<u8>], fcall: bool) -> Result<KeysAndArgs, Reply> {
    let nk = args.get(2).map(|s| s.as_slice()).unwrap_or_default();
    let Some(n) = parse_i64(nk) else {
        return Err(if fcall {
            Reply::err("ERR Bad number of keys provided")
        } else {
            Reply::not_int()
        });
    };
    if n < 0 {
        return Err(Reply::err("ERR Number of keys can't be negative"));
    }
    let avail = args.len().saturating_sub(3);
    let n = usize::try_from(n).unwrap_or(usize::MAX);
    if n > avail {
        return Err(Reply::err(
            "ERR Number of keys can't be greater than number of args",
        ));
    }
    let keys = args.get(3..3 + n).map(|s| s.to_vec()).unwrap_or_default();
    let argv = args.get(3 + n..).map(|s| s.to_vec()).unwrap_or_default();
    Ok((keys, argv))
}

const SCRIPT_HELP: &[&str] = &[
    "SCRIPT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
    "DEBUG (YES|SYNC|NO)",
    "    Set the debug mode for subsequent scripts executed.",
    "EXISTS <sha1> [<sha1> ...]",
    "    Return information about the existence of the scripts in the script cache.",
    "FLUSH [ASYNC|SYNC]",
    "    Flush the Lua scripts cache. Very dangerous on replicas.",
    "    When called without the optional mode argument, the behavior is determined by the",
    "    lazyfree-lazy-user-flush configuration directive. Valid modes are:",
    "    * ASYNC: Asynchronously flush the scripts cache.",
    "    * SYNC: Synchronously flush the scripts cache.",
    "KILL",
    "    Kill the currently executing Lua script.",
    "LOAD <script>",
    "    Load a script into the scripts cache without executing it.",
    "HELP",
    "    Prints this help.",
];
