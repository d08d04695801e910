//! Encoding [`Reply`] values as RESP2 or RESP3 bytes, exactly as Redis 7.0 writes them.
//!
//! RESP2 lowers the RESP3-only types the way Redis does: maps become flat arrays, sets
//! arrays, doubles bulk strings (`%.17g`, `inf`/`-inf`), booleans `:1`/`:0`, big numbers and
//! verbatim strings bulk strings, pushes arrays. Error and status text containing `\r` or
//! `\n` is sanitised (each replaced by a space) so a reply can never break the framing.

use super::Reply;
use crate::util::numfmt::fmt_g;

/// Appends the encoding of `reply` for a client speaking protocol `resp` (2 or 3).
pub fn encode(reply: &Reply, resp: u8, out: &mut Vec<u8>) {
    let r3 = resp >= 3;
    match reply {
        Reply::Status(s) => line(out, b'+', s),
        Reply::Error(s) => line(out, b'-', s),
        Reply::Int(n) => int_line(out, b':', *n),
        Reply::Bulk(b) => bulk(out, b),
        Reply::Nil => out.extend_from_slice(if r3 { b"_\r\n" } else { b"$-1\r\n" }),
        Reply::NilArray => out.extend_from_slice(if r3 { b"_\r\n" } else { b"*-1\r\n" }),
        Reply::Array(items) => {
            len_line(out, b'*', items.len());
            for it in items {
                encode(it, resp, out);
            }
        }
        Reply::Map(pairs) => {
            if r3 {
                len_line(out, b'%', pairs.len());
            } else {
                len_line(out, b'*', pairs.len().saturating_mul(2));
            }
            for (k, v) in pairs {
                encode(k, resp, out);
                encode(v, resp, out);
            }
        }
        Reply::Set(items) => {
            len_line(out, if r3 { b'~' } else { b'*' }, items.len());
            for it in items {
                encode(it, resp, out);
            }
        }
        Reply::Push(items) => {
            len_line(out, if r3 { b'>' } else { b'*' }, items.len());
            for it in items {
                encode(it, resp, out);
            }
        }
        Reply::Double(d) => {
            let text: std::borrow::Cow<'static, str> = if d.is_infinite() {
                if *d > 0.0 {
                    "inf".into()
                } else {
                    "-inf".into()
                }
            } else {
                fmt_g(*d, 17).into()
            };
            if r3 {
                out.push(b',');
                out.extend_from_slice(text.as_bytes());
                out.extend_from_slice(b"\r\n");
            } else {
                bulk(out, text.as_bytes());
            }
        }
        Reply::Bool(b) => {
            if r3 {
                out.extend_from_slice(if *b { b"#t\r\n" } else { b"#f\r\n" });
            } else {
                out.extend_from_slice(if *b { b":1\r\n" } else { b":0\r\n" });
            }
        }
        Reply::BigNumber(n) => {
            if r3 {
                line(out, b'(', n);
            } else {
                bulk(out, n);
            }
        }
        Reply::Verbatim(fmt, text) => {
            if r3 {
                let mut f = [b't', b'x', b't'];
                for (dst, src) in f.iter_mut().zip(fmt.iter()) {
                    *dst = *src;
                }
                len_line(out, b'=', text.len().saturating_add(4));
                out.extend_from_slice(&f);
                out.push(b':');
                out.extend_from_slice(text);
                out.extend_from_slice(b"\r\n");
            } else {
                bulk(out, text);
            }
        }
    }
}

/// Encodes `reply` into a fresh buffer.
pub fn to_bytes(reply: &Reply, resp: u8) -> Vec<u8> {
    let mut out = Vec::new();
    encode(reply, resp, &mut out);
    out
}

/// `<tag><text>\r\n` with `\r` and `\n` in the text replaced by spaces.
fn line(out: &mut Vec<u8>, tag: u8, text: &[u8]) {
    out.push(tag);
    if text.iter().any(|&c| c == b'\r' || c == b'\n') {
        out.extend(
            text.iter()
                .map(|&c| if c == b'\r' || c == b'\n' { b' ' } else { c }),
        );
    } else {
        out.extend_from_slice(text);
    }
    out.extend_from_slice(b"\r\n");
}

fn bulk(out: &mut Vec<u8>, b: &[u8]) {
    len_line(out, b'$', b.len());
    out.extend_from_slice(b);
    out.extend_from_slice(b"\r\n");
}

fn len_line(out: &mut Vec<u8>, tag: u8, n: usize) {
    int_line(out, tag, i64::try_from(n).unwrap_or(i64::MAX));
}

/// `<tag><n>\r\n` without going through `fmt` (hot path).
fn int_line(out: &mut Vec<u8>, tag: u8, n: i64) {
    out.push(tag);
    push_i64(out, n);
    out.extend_from_slice(b"\r\n");
}

/// Appends the decimal form of `n`.
pub fn push_i64(out: &mut Vec<u8>, n: i64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    let mut v = n.unsigned_abs();
    loop {
        i = i.saturating_sub(1);
        if let Some(slot) = buf.get_mut(i) {
            // `v % 10` is < 10, the cast cannot truncate.
            *slot = b'0' + (v % 10) as u8;
        }
        v /= 10;
        if v == 0 || i == 0 {
            break;
        }
    }
    if n < 0 {
        out.push(b'-');
    }
    out.extend_from_slice(buf.get(i..).unwrap_or(&[]));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e2(r: &Reply) -> String {
        String::from_utf8_lossy(&to_bytes(r, 2)).into_owned()
    }
    fn e3(r: &Reply) -> String {
        String::from_utf8_lossy(&to_bytes(r, 3)).into_owned()
    }

    #[test]
    fn scalars() {
        assert_eq!(e2(&Reply::ok()), "+OK\r\n");
        assert_eq!(e2(&Reply::err("ERR x\r\ny")), "-ERR x  y\r\n");
        assert_eq!(e2(&Reply::Int(0)), ":0\r\n");
        assert_eq!(e2(&Reply::Int(-42)), ":-42\r\n");
        assert_eq!(e2(&Reply::Int(i64::MIN)), ":-9223372036854775808\r\n");
        assert_eq!(e2(&Reply::Int(i64::MAX)), ":9223372036854775807\r\n");
        assert_eq!(e2(&Reply::bulk("foo")), "$3\r\nfoo\r\n");
        assert_eq!(e2(&Reply::bulk("")), "$0\r\n\r\n");
        assert_eq!(e2(&Reply::Nil), "$-1\r\n");
        assert_eq!(e3(&Reply::Nil), "_\r\n");
        assert_eq!(e2(&Reply::NilArray), "*-1\r\n");
        assert_eq!(e3(&Reply::NilArray), "_\r\n");
    }

    #[test]
    fn resp3_types_and_lowering() {
        let m = Reply::Map(vec![(Reply::bulk("a"), Reply::Int(1))]);
        assert_eq!(e2(&m), "*2\r\n$1\r\na\r\n:1\r\n");
        assert_eq!(e3(&m), "%1\r\n$1\r\na\r\n:1\r\n");
        let s = Reply::Set(vec![Reply::bulk("x")]);
        assert_eq!(e2(&s), "*1\r\n$1\r\nx\r\n");
        assert_eq!(e3(&s), "~1\r\n$1\r\nx\r\n");
        assert_eq!(e2(&Reply::Double(1.5)), "$3\r\n1.5\r\n");
        assert_eq!(e3(&Reply::Double(1.5)), ",1.5\r\n");
        assert_eq!(e2(&Reply::Double(0.1)), "$19\r\n0.10000000000000001\r\n");
        assert_eq!(e2(&Reply::Double(f64::INFINITY)), "$3\r\ninf\r\n");
        assert_eq!(e2(&Reply::Double(f64::NEG_INFINITY)), "$4\r\n-inf\r\n");
        assert_eq!(e3(&Reply::Double(f64::NEG_INFINITY)), ",-inf\r\n");
        assert_eq!(e3(&Reply::Double(3.0)), ",3\r\n");
        assert_eq!(e2(&Reply::Bool(true)), ":1\r\n");
        assert_eq!(e2(&Reply::Bool(false)), ":0\r\n");
        assert_eq!(e3(&Reply::Bool(true)), "#t\r\n");
        assert_eq!(e3(&Reply::Bool(false)), "#f\r\n");
        let big = Reply::BigNumber(b"1234567890123456789012".to_vec());
        assert_eq!(e2(&big), "$22\r\n1234567890123456789012\r\n");
        assert_eq!(e3(&big), "(1234567890123456789012\r\n");
        let v = Reply::Verbatim(b"txt".to_vec(), b"hi".to_vec());
        assert_eq!(e2(&v), "$2\r\nhi\r\n");
        assert_eq!(e3(&v), "=6\r\ntxt:hi\r\n");
        let p = Reply::Push(vec![Reply::bulk("m")]);
        assert_eq!(e2(&p), "*1\r\n$1\r\nm\r\n");
        assert_eq!(e3(&p), ">1\r\n$1\r\nm\r\n");
        let nested = Reply::Array(vec![Reply::Array(vec![]), Reply::Nil]);
        assert_eq!(e2(&nested), "*2\r\n*0\r\n$-1\r\n");
    }
}
