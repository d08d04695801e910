//! [`Engine`]: the host-facing API. Hosts connect clients, execute commands and, while a
//! script runs, drive it in fuel slices with [`Engine::step`], serving other clients
//! (BUSY replies, SCRIPT KILL, FUNCTION KILL) between slices.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::clock::Clock;
use crate::commands::{flags, Handler};
use crate::resp::Reply;
use crate::state::{check_command, ClientCtx, Core};

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

struct Client {
    ctx: ClientCtx,
    multi: Option<Vec<Vec<Vec<u8>>>>,
    multi_error: bool,
    watched: Vec<(usize, Vec<u8>)>,
    watch_dirty: bool,
}

/// The engine: core keyspace plus scripting and client state.
pub struct Engine {
    core: Rc<RefCell<Core>>,
    clients: HashMap<ClientId, Client>,
    next_id: ClientId,
}

impl Engine {
    /// A new engine with the given clock and PRNG seed.
    pub fn new(clock: Box<dyn Clock>, seed: u64) -> Engine {
        Engine {
            core: Rc::new(RefCell::new(Core::new(clock, seed))),
            clients: HashMap::new(),
            next_id: 1,
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
        id
    }

    /// Forgets a client.
    pub fn disconnect(&mut self, id: ClientId) {
        self.clients.remove(&id);
    }

    /// The protocol version the client speaks (2 or 3).
    pub fn client_resp(&self, id: ClientId) -> u8 {
        self.clients.get(&id).map(|c| c.ctx.resp).unwrap_or(2)
    }

    /// The database the client has selected.
    pub fn client_db(&self, id: ClientId) -> usize {
        self.clients.get(&id).map(|c| c.ctx.db).unwrap_or(0)
    }

    /// Executes one command for a client.
    pub fn execute(&mut self, id: ClientId, args: Vec<Vec<u8>>) -> Exec {
        if !self.clients.contains_key(&id) {
            return Exec::Reply(Reply::err("ERR unknown client"));
        }
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
        let _ = flags::WRITE;
        Exec::Reply(self.run_spec(id, spec, &args))
    }

    fn run_spec(
        &mut self,
        id: ClientId,
        spec: &'static crate::commands::CommandSpec,
        args: &[Vec<u8>],
    ) -> Reply {
        match spec.handler {
            Handler::Core(_) => {
                let Some(client) = self.clients.get_mut(&id) else {
                    return Reply::err("ERR unknown client");
                };
                let Ok(mut core) = self.core.try_borrow_mut() else {
                    return Reply::err("ERR engine busy");
                };
                core.refresh_time();
                core.run(&mut client.ctx, spec, args)
            }
            _ => Reply::err(format!("ERR unknown command '{}'", spec.name)),
        }
    }
}
