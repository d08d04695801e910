//! The RESP server: one thread, one [`Engine`], many clients, driven by a `mio` event loop.
//!
//! Each connection has an incremental [`Decoder`]; every complete command in its buffer is
//! executed in order (pipelining) and the replies are appended to one output buffer that is
//! written once per loop turn. While a script runs the loop polls sockets with a zero
//! timeout between [`host::step`] slices, so other clients get BUSY replies or can send
//! SCRIPT KILL; commands answered [`Exec::Wait`] stay at the head of their client's queue
//! and are retried after each slice. Protocol errors are answered and the connection is
//! closed after the reply, as Redis does.

use std::collections::HashMap;
use std::io::{self, ErrorKind, Read, Write};
use std::net::SocketAddr;
use std::path::PathBuf;

use mio::net::{TcpListener, TcpStream};
use mio::{Events, Interest, Poll, Token};

use engine::resp::{encode, Decoder};
use engine::{ClientId, Engine, Exec, Reply};

use crate::host;

const LISTENER: Token = Token(0);
/// Bytes read per `read` call.
const READ_CHUNK: usize = 64 * 1024;
/// Stop executing a client's commands while this much output is unsent (back-pressure).
const OUT_HIGH_WATER: usize = 64 * 1024 * 1024;
/// Unprocessed input beyond which a client is dropped (`client-query-buffer-limit`, 1 GiB).
const QUERY_BUF_MAX: usize = 1024 * 1024 * 1024;

/// Server options.
#[derive(Clone, Debug)]
pub struct Options {
    /// Address to listen on.
    pub addr: SocketAddr,
    /// Snapshot file: loaded at start, written by SAVE, BGSAVE and SHUTDOWN.
    pub snapshot: Option<PathBuf>,
}

/// One client connection.
struct Conn {
    stream: TcpStream,
    id: ClientId,
    /// Protocol version (2/3), cached; refreshed after commands that can change it.
    resp: u8,
    decoder: Decoder,
    out: Vec<u8>,
    out_pos: usize,
    /// A command answered `Exec::Wait`, to submit again after stepping the script.
    held: Option<Vec<Vec<u8>>>,
    /// Waiting for the reply of the script this client started.
    awaiting: bool,
    /// Close once the output is flushed (protocol error, QUIT).
    close_after_write: bool,
    /// Registered for WRITABLE events.
    want_write: bool,
}

impl Conn {
    fn unsent(&self) -> usize {
        self.out.len().saturating_sub(self.out_pos)
    }
}

/// What handling a command asked the loop to do.
enum Flow {
    Continue,
    Shutdown { save: bool },
}

/// The server state.
pub struct Server {
    poll: Poll,
    listener: TcpListener,
    engine: Engine,
    conns: Vec<Option<Conn>>,
    free: Vec<usize>,
    by_client: HashMap<ClientId, usize>,
    /// Connections with unsent output to flush at the end of the loop turn.
    dirty: Vec<usize>,
    opts: Options,
    read_buf: Vec<u8>,
}

impl Server {
    /// Binds the listening socket.
    pub fn bind(engine: Engine, opts: Options) -> io::Result<Server> {
        let poll = Poll::new()?;
        let mut listener = TcpListener::bind(opts.addr)?;
        poll.registry()
            .register(&mut listener, LISTENER, Interest::READABLE)?;
        Ok(Server {
            poll,
            listener,
            engine,
            conns: Vec::new(),
            free: Vec::new(),
            by_client: HashMap::new(),
            dirty: Vec::new(),
            opts,
            read_buf: vec![0; READ_CHUNK],
        })
    }

    /// The bound address.
    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Runs until SHUTDOWN.
    pub fn run(&mut self) -> io::Result<()> {
        let mut events = Events::with_capacity(1024);
        loop {
            let busy = host::script_running(&self.engine);
            let timeout = busy.then_some(std::time::Duration::ZERO);
            if let Err(e) = self.poll.poll(&mut events, timeout) {
                if e.kind() == ErrorKind::Interrupted {
                    continue;
                }
                return Err(e);
            }
            for ev in events.iter() {
                let flow = match ev.token() {
                    LISTENER => {
                        self.accept();
                        Flow::Continue
                    }
                    Token(t) => {
                        let idx = t.saturating_sub(1);
                        let mut flow = Flow::Continue;
                        if ev.is_readable() || ev.is_read_closed() || ev.is_error() {
                            flow = self.on_readable(idx);
                        }
                        if ev.is_writable() {
                            self.mark_dirty(idx);
                        }
                        flow
                    }
                };
                if let Flow::Shutdown { save } = flow {
                    return self.shutdown(save);
                }
            }
            if host::script_running(&self.engine) {
                if let Flow::Shutdown { save } = self.drive_script() {
                    return self.shutdown(save);
                }
            }
            self.save_if_requested();
            self.flush_dirty();
        }
    }

    /// One script slice, then delivery of its reply and retries of held commands.
    fn drive_script(&mut self) -> Flow {
        if let Some((client, reply)) = host::step(&mut self.engine, host::FUEL) {
            if let Some(&idx) = self.by_client.get(&client) {
                let resp = self.engine.client_resp(client);
                if let Some(c) = self.conn_mut(idx) {
                    c.awaiting = false;
                    encode(&reply, resp, &mut c.out);
                }
                self.mark_dirty(idx);
                if let Flow::Shutdown { save } = self.process(idx) {
                    return Flow::Shutdown { save };
                }
            }
        }
        let held: Vec<usize> = self
            .conns
            .iter()
            .enumerate()
            .filter_map(|(i, c)| c.as_ref().filter(|c| c.held.is_some()).map(|_| i))
            .collect();
        for idx in held {
            let flow = self.process(idx);
            self.mark_dirty(idx);
            if let Flow::Shutdown { save } = flow {
                return Flow::Shutdown { save };
            }
        }
        Flow::Continue
    }

    /// Writes the snapshot file, if one was configured.
    fn save(&mut self) {
        if let Some(path) = &self.opts.snapshot {
            match host::save_snapshot(&self.engine, path) {
                Ok(()) => eprintln!("redis-fn-server: DB saved on disk ({})", path.display()),
                Err(e) => eprintln!("redis-fn-server: {e}"),
            }
        }
    }

    fn shutdown(&mut self, save: bool) -> io::Result<()> {
        if save {
            self.save();
        }
        self.flush_dirty();
        eprintln!("redis-fn-server: shutting down");
        Ok(())
    }

    /// SAVE / BGSAVE: writes the snapshot (when `--snapshot` was given) after the command.
    fn save_if_requested(&mut self) {
        if self.engine.take_save_request() {
            self.save();
        }
    }

    fn conn_mut(&mut self, idx: usize) -> Option<&mut Conn> {
        self.conns.get_mut(idx).and_then(Option::as_mut)
    }

    fn mark_dirty(&mut self, idx: usize) {
        self.dirty.push(idx);
    }

    fn accept(&mut self) {
        loop {
            match self.listener.accept() {
                Ok((mut stream, _)) => {
                    let _ = stream.set_nodelay(true);
                    let idx = self.free.pop().unwrap_or(self.conns.len());
                    let token = Token(idx.saturating_add(1));
                    if self
                        .poll
                        .registry()
                        .register(&mut stream, token, Interest::READABLE)
                        .is_err()
                    {
                        self.free.push(idx);
                        continue;
                    }
                    let id = self.engine.connect();
                    let conn = Conn {
                        stream,
                        id,
                        resp: 2,
                        decoder: Decoder::new(),
                        out: Vec::new(),
                        out_pos: 0,
                        held: None,
                        awaiting: false,
                        close_after_write: false,
                        want_write: false,
                    };
                    self.by_client.insert(id, idx);
                    if idx == self.conns.len() {
                        self.conns.push(Some(conn));
                    } else if let Some(slot) = self.conns.get_mut(idx) {
                        *slot = Some(conn);
                    }
                }
                Err(e) if e.kind() == ErrorKind::WouldBlock => return,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => {
                    eprintln!("redis-fn-server: accept: {e}");
                    return;
                }
            }
        }
    }

    fn close(&mut self, idx: usize) {
        let Some(slot) = self.conns.get_mut(idx) else {
            return;
        };
        if let Some(mut c) = slot.take() {
            let _ = self.poll.registry().deregister(&mut c.stream);
            self.by_client.remove(&c.id);
            self.engine.disconnect(c.id);
            self.free.push(idx);
        }
    }

    /// Reads everything available, then executes the complete commands.
    fn on_readable(&mut self, idx: usize) -> Flow {
        let mut eof = false;
        let mut overflow = false;
        {
            let Some(c) = self.conns.get_mut(idx).and_then(Option::as_mut) else {
                return Flow::Continue;
            };
            loop {
                match c.stream.read(&mut self.read_buf) {
                    Ok(0) => {
                        eof = true;
                        break;
                    }
                    Ok(n) => {
                        if c.close_after_write {
                            // Redis ignores input once the connection is condemned.
                            continue;
                        }
                        c.decoder.feed(self.read_buf.get(..n).unwrap_or(&[]));
                        if c.decoder.pending() > QUERY_BUF_MAX {
                            eprintln!("redis-fn-server: closing client that reached max query buffer length");
                            overflow = true;
                            break;
                        }
                    }
                    Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                    Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                    Err(_) => {
                        eof = true;
                        break;
                    }
                }
            }
        }
        if overflow {
            self.close(idx);
            return Flow::Continue;
        }
        let flow = self.process(idx);
        if eof {
            // Answer what arrived before the FIN, then drop the connection.
            self.flush(idx);
            self.close(idx);
            return flow;
        }
        self.mark_dirty(idx);
        flow
    }

    /// Executes this client's queued commands until its input is exhausted or it must wait.
    fn process(&mut self, idx: usize) -> Flow {
        loop {
            let script_busy = host::script_running(&self.engine);
            let Some(c) = self.conns.get_mut(idx).and_then(Option::as_mut) else {
                return Flow::Continue;
            };
            if c.awaiting || c.close_after_write || c.unsent() > OUT_HIGH_WATER {
                return Flow::Continue;
            }
            let args = match c.held.take() {
                Some(a) => a,
                None => match c.decoder.next_command() {
                    Ok(Some(a)) => a,
                    Ok(None) => return Flow::Continue,
                    Err(e) => {
                        encode(&Reply::err(e.reply_text()), 2, &mut c.out);
                        c.close_after_write = true;
                        self.mark_dirty(idx);
                        return Flow::Continue;
                    }
                },
            };
            let id = c.id;
            // Only HELLO and RESET change the protocol (EXEC may run a queued HELLO).
            let may_switch = args.first().is_some_and(|n| {
                n.eq_ignore_ascii_case(b"hello")
                    || n.eq_ignore_ascii_case(b"reset")
                    || n.eq_ignore_ascii_case(b"exec")
            });
            if args
                .first()
                .is_some_and(|n| n.eq_ignore_ascii_case(b"quit"))
            {
                encode(&Reply::ok(), 2, &mut c.out);
                c.close_after_write = true;
                self.mark_dirty(idx);
                return Flow::Continue;
            }
            // Only a running script can answer Wait; keep a copy to resubmit then.
            let copy = script_busy.then(|| args.clone());
            let result = self.engine.execute(id, args);
            // Persist before replying, so a SAVE's reply means the file is written.
            self.save_if_requested();
            let fresh_resp = may_switch.then(|| self.engine.client_resp(id));
            let Some(c) = self.conns.get_mut(idx).and_then(Option::as_mut) else {
                return Flow::Continue;
            };
            if let Some(r) = fresh_resp {
                c.resp = r;
            }
            let resp = c.resp;
            match result {
                Exec::Reply(r) => {
                    encode(&r, resp, &mut c.out);
                    if c.out.len() > READ_CHUNK {
                        // Large replies: start writing before the rest of the pipeline.
                        self.mark_dirty(idx);
                    }
                }
                Exec::Pending => {
                    c.awaiting = true;
                    return Flow::Continue;
                }
                Exec::Wait => {
                    c.held = copy;
                    return Flow::Continue;
                }
                Exec::Shutdown { save } => return Flow::Shutdown { save },
            }
        }
    }

    /// Writes pending output of every connection touched in this loop turn.
    fn flush_dirty(&mut self) {
        let mut dirty = std::mem::take(&mut self.dirty);
        dirty.sort_unstable();
        dirty.dedup();
        for &idx in &dirty {
            self.flush(idx);
        }
        dirty.clear();
        if self.dirty.is_empty() {
            self.dirty = dirty;
        }
    }

    fn flush(&mut self, idx: usize) {
        let mut drop_conn = false;
        let mut resume = false;
        {
            let Some(c) = self.conns.get_mut(idx).and_then(Option::as_mut) else {
                return;
            };
            let was_throttled = c.unsent() > OUT_HIGH_WATER;
            while c.unsent() > 0 {
                match c.stream.write(c.out.get(c.out_pos..).unwrap_or(&[])) {
                    Ok(0) => {
                        drop_conn = true;
                        break;
                    }
                    Ok(n) => c.out_pos = c.out_pos.saturating_add(n),
                    Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                    Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                    Err(_) => {
                        drop_conn = true;
                        break;
                    }
                }
            }
            if !drop_conn {
                if c.unsent() == 0 {
                    c.out.clear();
                    c.out_pos = 0;
                    if c.out.capacity() > 4 * READ_CHUNK {
                        c.out.shrink_to(READ_CHUNK);
                    }
                    if c.close_after_write {
                        drop_conn = true;
                    }
                } else if c.out_pos > c.out.len() / 2 {
                    c.out.drain(..c.out_pos);
                    c.out_pos = 0;
                }
                let want = c.unsent() > 0;
                if !drop_conn && want != c.want_write {
                    let interest = if want {
                        Interest::READABLE | Interest::WRITABLE
                    } else {
                        Interest::READABLE
                    };
                    let token = Token(idx.saturating_add(1));
                    if self
                        .poll
                        .registry()
                        .reregister(&mut c.stream, token, interest)
                        .is_err()
                    {
                        drop_conn = true;
                    }
                    c.want_write = want;
                }
                resume = was_throttled && c.unsent() <= OUT_HIGH_WATER;
            }
        }
        if drop_conn {
            self.close(idx);
        } else if resume {
            let _ = self.process(idx);
            self.dirty.push(idx);
        }
    }
}

/// Parses `--port N`, `--bind ADDR` and `--snapshot PATH`.
pub fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut port: u16 = 6390;
    let mut bind = "127.0.0.1".to_string();
    let mut snapshot = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--port" | "-p" => {
                let v = it.next().ok_or("--port needs a value")?;
                port = v.parse().map_err(|_| format!("invalid port '{v}'"))?;
            }
            "--bind" => {
                bind = it.next().ok_or("--bind needs a value")?.clone();
            }
            "--snapshot" => {
                snapshot = Some(PathBuf::from(it.next().ok_or("--snapshot needs a value")?));
            }
            "-h" | "--help" => {
                return Err(
                    "usage: redis-fn-server [--port N] [--bind ADDR] [--snapshot PATH]".into(),
                )
            }
            other => return Err(format!("unknown option '{other}'")),
        }
    }
    let addr = format!("{bind}:{port}")
        .parse()
        .map_err(|_| format!("invalid address '{bind}:{port}'"))?;
    Ok(Options { addr, snapshot })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn args() {
        let o = parse_args(&[]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(o.addr.port(), 6390);
        let o = parse_args(&["--port".into(), "7001".into()]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(o.addr.to_string(), "127.0.0.1:7001");
        assert!(parse_args(&["--port".into(), "x".into()]).is_err());
        assert!(parse_args(&["--nope".into()]).is_err());
    }
}
