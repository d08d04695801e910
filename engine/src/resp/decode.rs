//! Incremental decoding of client requests (RESP multibulk and inline commands), with
//! Redis 7.0's exact protocol errors.
//!
//! A [`Decoder`] is fed bytes as they arrive and yields complete commands. A buffer starting
//! with `*` is a multibulk request; anything else is an inline command split like Redis's
//! `sdssplitargs` ([`split_args`]). After a [`ProtocolError`] the host replies
//! `-ERR <message>` and closes the connection, as Redis does. Lengths sent by the client
//! are never used to preallocate: buffers grow only as bytes arrive.

/// Longest inline request / length line Redis buffers without finding its end (64 KiB).
pub const INLINE_MAX: usize = 64 * 1024;
/// Largest bulk string accepted (`proto-max-bulk-len`, 512 MiB).
pub const MAX_BULK: i64 = 512 * 1024 * 1024;
/// Largest multibulk count accepted (Redis 7.0 accepts up to `INT_MAX`; argv grows as
/// arguments arrive, so memory stays proportional to the bytes received).
pub const MAX_MULTIBULK: i64 = i32::MAX as i64;
/// Initial argv capacity cap, whatever the announced count.
const ARGV_PREALLOC: usize = 1024;

/// A protocol violation: the connection must be answered with `-ERR <msg>` and closed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProtocolError(pub String);

impl ProtocolError {
    /// The error reply text, `ERR Protocol error: ...`.
    pub fn reply_text(&self) -> String {
        format!("ERR {}", self.0)
    }
}

impl std::fmt::Display for ProtocolError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn perr(s: &str) -> ProtocolError {
    ProtocolError(format!("Protocol error: {s}"))
}

/// Incremental request decoder for one connection.
#[derive(Debug, Default)]
pub struct Decoder {
    buf: Vec<u8>,
    pos: usize,
    /// Arguments still expected by the multibulk request in progress (0 = none).
    multibulk: usize,
    /// Length of the bulk being read, once its `$len` line was parsed.
    bulk_len: Option<usize>,
    argv: Vec<Vec<u8>>,
}

impl Decoder {
    /// An empty decoder.
    pub fn new() -> Decoder {
        Decoder::default()
    }

    /// Appends received bytes.
    pub fn feed(&mut self, data: &[u8]) {
        self.compact();
        self.buf.extend_from_slice(data);
    }

    /// Bytes buffered and not yet consumed.
    pub fn pending(&self) -> usize {
        self.buf.len().saturating_sub(self.pos)
    }

    /// True when no partial request is buffered.
    pub fn is_idle(&self) -> bool {
        self.pending() == 0 && self.multibulk == 0
    }

    /// Drops consumed bytes: always when everything was consumed, otherwise only once they
    /// are at least half the buffer (so a large request arriving in pieces is not moved
    /// again on every read).
    fn compact(&mut self) {
        if self.pos == 0 {
            return;
        }
        if self.pos >= self.buf.len() {
            self.buf.clear();
            self.pos = 0;
        } else if self.pos >= self.buf.len() / 2 {
            self.buf.drain(..self.pos);
            self.pos = 0;
        }
    }

    fn rest(&self) -> &[u8] {
        self.buf.get(self.pos..).unwrap_or(&[])
    }

    /// The next complete command, `Ok(None)` if more bytes are needed. Empty requests
    /// (blank inline lines, `*0`, `*-1`) are skipped silently as Redis does.
    pub fn next_command(&mut self) -> Result<Option<Vec<Vec<u8>>>, ProtocolError> {
        loop {
            if self.multibulk == 0 {
                match self.rest().first() {
                    None => {
                        self.compact();
                        return Ok(None);
                    }
                    Some(b'*') => match self.multibulk_header()? {
                        Header::NeedMore => return Ok(None),
                        Header::Empty => continue,
                        Header::Started => {}
                    },
                    Some(_) => match self.inline()? {
                        Some(args) if args.is_empty() => continue,
                        Some(args) => return Ok(Some(args)),
                        None => return Ok(None),
                    },
                }
            }
            match self.multibulk_body()? {
                Some(args) => return Ok(Some(args)),
                None => return Ok(None),
            }
        }
    }

    fn inline(&mut self) -> Result<Option<Vec<Vec<u8>>>, ProtocolError> {
        let rest = self.rest();
        let Some(nl) = find_c(rest, b'\n') else {
            if rest.len() > INLINE_MAX {
                return Err(perr("too big inline request"));
            }
            return Ok(None);
        };
        let mut line = rest.get(..nl).unwrap_or(&[]);
        if let Some(stripped) = line.strip_suffix(b"\r") {
            line = stripped;
        }
        let args = split_args(line).ok_or_else(|| perr("unbalanced quotes in request"))?;
        self.pos = self.pos.saturating_add(nl).saturating_add(1);
        Ok(Some(args))
    }

    fn multibulk_header(&mut self) -> Result<Header, ProtocolError> {
        let rest = self.rest();
        let Some(cr) = find_c(rest, b'\r') else {
            if rest.len() > INLINE_MAX {
                return Err(perr("too big mbulk count string"));
            }
            return Ok(Header::NeedMore);
        };
        // The buffer must also hold the byte after '\r'.
        if cr.saturating_add(2) > rest.len() {
            return Ok(Header::NeedMore);
        }
        let digits = rest.get(1..cr).unwrap_or(&[]);
        let n = match string2ll(digits) {
            Some(n) if n <= MAX_MULTIBULK => n,
            _ => return Err(perr("invalid multibulk length")),
        };
        self.pos = self.pos.saturating_add(cr).saturating_add(2);
        if n <= 0 {
            return Ok(Header::Empty);
        }
        let n = usize::try_from(n).unwrap_or(0);
        self.multibulk = n;
        self.bulk_len = None;
        self.argv = Vec::with_capacity(n.min(ARGV_PREALLOC));
        Ok(Header::Started)
    }

    fn multibulk_body(&mut self) -> Result<Option<Vec<Vec<u8>>>, ProtocolError> {
        while self.multibulk > 0 {
            let len = match self.bulk_len {
                Some(l) => l,
                None => {
                    let rest = self.rest();
                    let Some(cr) = find_c(rest, b'\r') else {
                        if rest.len() > INLINE_MAX {
                            return Err(perr("too big bulk count string"));
                        }
                        return Ok(None);
                    };
                    if cr.saturating_add(2) > rest.len() {
                        return Ok(None);
                    }
                    match rest.first() {
                        Some(b'$') => {}
                        Some(&c) => {
                            return Err(ProtocolError(format!(
                                "Protocol error: expected '$', got '{}'",
                                char::from(c)
                            )))
                        }
                        None => return Ok(None),
                    }
                    let l = match string2ll(rest.get(1..cr).unwrap_or(&[])) {
                        Some(l) if (0..=MAX_BULK).contains(&l) => usize::try_from(l).unwrap_or(0),
                        _ => return Err(perr("invalid bulk length")),
                    };
                    self.pos = self.pos.saturating_add(cr).saturating_add(2);
                    self.bulk_len = Some(l);
                    l
                }
            };
            // Redis skips the two bytes after the payload without checking them.
            let need = len.saturating_add(2);
            if self.pending() < need {
                return Ok(None);
            }
            let start = self.pos;
            let arg = self
                .buf
                .get(start..start.saturating_add(len))
                .map(<[u8]>::to_vec)
                .unwrap_or_default();
            self.argv.push(arg);
            self.pos = start.saturating_add(need);
            self.bulk_len = None;
            self.multibulk -= 1;
        }
        Ok(Some(std::mem::take(&mut self.argv)))
    }
}

enum Header {
    NeedMore,
    Empty,
    Started,
}

/// Position of `c` in `buf`, as C's `strchr` would find it: a NUL byte ends the search.
fn find_c(buf: &[u8], c: u8) -> Option<usize> {
    let p = buf.iter().position(|&b| b == c || b == 0)?;
    (buf.get(p) == Some(&c)).then_some(p)
}

/// Redis's `string2ll` (leading `+`/spaces/zeros rejected).
fn string2ll(s: &[u8]) -> Option<i64> {
    crate::util::parse_i64(s)
}

fn is_c_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

fn hex_val(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Splits a line into arguments like Redis's `sdssplitargs` (used for inline commands and
/// by redis-cli): whitespace separates arguments; `"..."` supports `\n \r \t \b \a \xHH`
/// and `\<c>`; `'...'` supports `\'`; a closing quote must be followed by whitespace or
/// the end. A NUL byte ends the input. `None` on unbalanced quotes.
pub fn split_args(line: &[u8]) -> Option<Vec<Vec<u8>>> {
    let end = line.iter().position(|&c| c == 0).unwrap_or(line.len());
    let s = line.get(..end).unwrap_or(&[]);
    let at = |i: usize| s.get(i).copied();
    let mut args = Vec::new();
    let mut i = 0usize;
    loop {
        while at(i).is_some_and(is_c_space) {
            i += 1;
        }
        if at(i).is_none() {
            return Some(args);
        }
        let mut cur = Vec::new();
        let mut inq = false;
        let mut insq = false;
        loop {
            let c = at(i);
            if inq {
                match c {
                    None => return None,
                    Some(b'\\') if at(i + 1) == Some(b'x') => {
                        match (at(i + 2).and_then(hex_val), at(i + 3).and_then(hex_val)) {
                            (Some(h), Some(l)) => {
                                cur.push(h * 16 + l);
                                i += 3;
                            }
                            _ => {
                                cur.push(b'x');
                                i += 1;
                            }
                        }
                    }
                    Some(b'\\') if at(i + 1).is_some() => {
                        i += 1;
                        cur.push(match at(i).unwrap_or(b'\\') {
                            b'n' => b'\n',
                            b'r' => b'\r',
                            b't' => b'\t',
                            b'b' => 0x08,
                            b'a' => 0x07,
                            o => o,
                        });
                    }
                    Some(b'"') => {
                        if at(i + 1).is_some_and(|n| !is_c_space(n)) {
                            return None;
                        }
                        i += 1;
                        break;
                    }
                    Some(o) => cur.push(o),
                }
            } else if insq {
                match c {
                    None => return None,
                    Some(b'\\') if at(i + 1) == Some(b'\'') => {
                        i += 1;
                        cur.push(b'\'');
                    }
                    Some(b'\'') => {
                        if at(i + 1).is_some_and(|n| !is_c_space(n)) {
                            return None;
                        }
                        i += 1;
                        break;
                    }
                    Some(o) => cur.push(o),
                }
            } else {
                match c {
                    None | Some(b' ' | b'\n' | b'\r' | b'\t') => break,
                    Some(b'"') => inq = true,
                    Some(b'\'') => insq = true,
                    Some(o) => cur.push(o),
                }
            }
            i += 1;
        }
        args.push(cur);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(input: &[u8]) -> (Vec<Vec<Vec<u8>>>, Option<ProtocolError>) {
        let mut d = Decoder::new();
        d.feed(input);
        let mut out = Vec::new();
        loop {
            match d.next_command() {
                Ok(Some(c)) => out.push(c),
                Ok(None) => return (out, None),
                Err(e) => return (out, Some(e)),
            }
        }
    }

    fn v(args: &[&str]) -> Vec<Vec<u8>> {
        args.iter().map(|a| a.as_bytes().to_vec()).collect()
    }

    #[test]
    fn multibulk_and_pipelining() {
        let (c, e) = all(b"*1\r\n$4\r\nPING\r\n*2\r\n$4\r\nECHO\r\n$3\r\na b\r\n");
        assert_eq!(c, vec![v(&["PING"]), v(&["ECHO", "a b"])]);
        assert!(e.is_none());
        // Unchecked trailer, empty requests skipped.
        let (c, _) = all(b"*0\r\n*-5\r\n*1\r\n$4\r\nPINGxx");
        assert_eq!(c, vec![v(&["PING"])]);
    }

    #[test]
    fn byte_by_byte() {
        let input = b"*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$0\r\n\r\nGET  k\r\n\r\n";
        let mut d = Decoder::new();
        let mut out = Vec::new();
        for b in input {
            d.feed(std::slice::from_ref(b));
            while let Ok(Some(c)) = d.next_command() {
                out.push(c);
            }
        }
        assert_eq!(out, vec![v(&["SET", "k", ""]), v(&["GET", "k"])]);
        assert!(d.is_idle());
    }

    #[test]
    fn errors_match_redis() {
        let err = |i: &[u8]| all(i).1.map(|e| e.reply_text());
        assert_eq!(
            err(b"*abc\r\n").as_deref(),
            Some("ERR Protocol error: invalid multibulk length")
        );
        assert_eq!(
            err(b"*2147483648\r\n").as_deref(),
            Some("ERR Protocol error: invalid multibulk length")
        );
        assert_eq!(err(b"*1048577\r\n"), None);
        assert_eq!(
            err(b"*+1\r\n").as_deref(),
            Some("ERR Protocol error: invalid multibulk length")
        );
        assert_eq!(
            err(b"*1\r\n$536870913\r\n").as_deref(),
            Some("ERR Protocol error: invalid bulk length")
        );
        assert_eq!(err(b"*1\r\n$536870912\r\n"), None);
        assert_eq!(
            err(b"*1\r\n$-1\r\n").as_deref(),
            Some("ERR Protocol error: invalid bulk length")
        );
        assert_eq!(
            err(b"*1\r\nx\r\n").as_deref(),
            Some("ERR Protocol error: expected '$', got 'x'")
        );
        assert_eq!(
            err(b"GET \"a\r\n").as_deref(),
            Some("ERR Protocol error: unbalanced quotes in request")
        );
        assert_eq!(
            err(&[b'a'; 70000]).as_deref(),
            Some("ERR Protocol error: too big inline request")
        );
        let mut mb = b"*".to_vec();
        mb.extend_from_slice(&[b'1'; 70000]);
        assert_eq!(
            err(&mb).as_deref(),
            Some("ERR Protocol error: too big mbulk count string")
        );
        let mut bl = b"*1\r\n$".to_vec();
        bl.extend_from_slice(&[b'1'; 70000]);
        assert_eq!(
            err(&bl).as_deref(),
            Some("ERR Protocol error: too big bulk count string")
        );
        // Commands before the error are still delivered.
        let (c, e) = all(b"*1\r\n$4\r\nPING\r\n*1\r\n$x\r\n");
        assert_eq!(c, vec![v(&["PING"])]);
        assert!(e.is_some());
    }

    #[test]
    fn inline_and_nul() {
        let (c, _) = all(b"\r\n\r\nPING\n");
        assert_eq!(c, vec![v(&["PING"])]);
        // strchr stops at NUL: Redis waits for more.
        let (c, e) = all(b"ECHO a\x00b\r\n");
        assert!(c.is_empty() && e.is_none());
        let (c, _) = all(b"ECHO abc\rPING\n");
        assert_eq!(c, vec![v(&["ECHO", "abc", "PING"])]);
    }

    #[test]
    fn sdssplitargs_rules() {
        let s = |x: &str| split_args(x.as_bytes());
        assert_eq!(s("  set  a   b "), Some(v(&["set", "a", "b"])));
        assert_eq!(s(""), Some(vec![]));
        assert_eq!(s("\"a\\nb\" 'c\\'d'"), Some(v(&["a\nb", "c'd"])));
        assert_eq!(s("\"\\x41\\x4g\\q\""), Some(v(&["Ax4gq"])));
        assert_eq!(s("foo\"bar\""), Some(v(&["foobar"])));
        assert_eq!(s("\"a\"b"), None);
        assert_eq!(s("'a'b"), None);
        assert_eq!(s("\"abc"), None);
        assert_eq!(s("'abc"), None);
        assert_eq!(s("'a\\\\b'"), Some(v(&["a\\\\b"])));
        assert_eq!(s("\"\""), Some(vec![vec![]]));
        assert_eq!(split_args(b"\"\\xff\""), Some(vec![vec![0xff]]));
    }

    #[test]
    fn random_bytes_never_panic() {
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let alphabet = b"*$\r\n0123456789-+ \"'\\xaZ\x00";
        for _ in 0..3000 {
            let len = (next() % 64) as usize;
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    let r = next();
                    if r % 4 == 0 {
                        (r >> 8) as u8
                    } else {
                        alphabet[(r >> 8) as usize % alphabet.len()]
                    }
                })
                .collect();
            let mut d = Decoder::new();
            // Feed in random chunks.
            let mut i = 0;
            'outer: while i < bytes.len() {
                let n = 1 + (next() % 8) as usize;
                let end = (i + n).min(bytes.len());
                d.feed(&bytes[i..end]);
                i = end;
                loop {
                    match d.next_command() {
                        Ok(Some(_)) => {}
                        Ok(None) => break,
                        Err(_) => break 'outer,
                    }
                }
            }
            let _ = split_args(&bytes);
        }
    }
}
