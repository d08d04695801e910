//! redis-cli behaviour as a library: argument splitting and TTY/raw reply formatting.
//!
//! Everything here mirrors redis-cli 7.0: [`split_args`] uses the same quoting rules
//! (`sdssplitargs`), [`format_tty`] reproduces the interactive (TTY) output byte for byte,
//! [`format_raw`] the `--raw` output, and [`hint_for`] the grey argument hints shown while
//! typing, computed from the command table's `syntax` field.

use crate::commands::{table, CommandSpec};
use crate::resp::Reply;
use crate::util::numfmt::fmt_g;

/// Splits a typed line into arguments like redis-cli; `Err("Invalid argument(s)")` on
/// unbalanced or badly closed quotes.
pub fn split_args(line: &str) -> Result<Vec<Vec<u8>>, String> {
    crate::resp::split_args(line.as_bytes()).ok_or_else(|| "Invalid argument(s)".to_string())
}

/// Lowers RESP3-only types to what a RESP2 client receives (maps become flat arrays, ...).
pub fn lower_resp2(r: &Reply) -> Reply {
    match r {
        Reply::Map(pairs) => {
            let mut items = Vec::with_capacity(pairs.len().saturating_mul(2));
            for (k, v) in pairs {
                items.push(lower_resp2(k));
                items.push(lower_resp2(v));
            }
            Reply::Array(items)
        }
        Reply::Array(items) | Reply::Set(items) | Reply::Push(items) => {
            Reply::Array(items.iter().map(lower_resp2).collect())
        }
        Reply::Double(d) => Reply::Bulk(double_text(*d).into_bytes()),
        Reply::Bool(b) => Reply::Int(i64::from(*b)),
        Reply::BigNumber(n) => Reply::Bulk(n.clone()),
        Reply::Verbatim(_, t) => Reply::Bulk(t.clone()),
        Reply::NilArray => Reply::Nil,
        other => other.clone(),
    }
}

/// The text of a double as it travels on the wire (`%.17g`, `inf`, `-inf`).
fn double_text(d: f64) -> String {
    if d.is_infinite() {
        if d > 0.0 { "inf" } else { "-inf" }.to_string()
    } else {
        fmt_g(d, 17)
    }
}

/// Formats a reply as redis-cli does on a TTY, for a client speaking protocol `resp`.
pub fn format_tty_resp(r: &Reply, resp: u8) -> String {
    if resp >= 3 {
        format_tty(r)
    } else {
        format_tty(&lower_resp2(r))
    }
}

/// Formats a reply as redis-cli 7.0 does on a TTY (each line ends with `\n`). RESP3 types
/// are shown as such; use [`format_tty_resp`] to show what a RESP2 client would see.
pub fn format_tty(r: &Reply) -> String {
    let mut out = Vec::new();
    tty(r, b"", &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// Appends `s` quoted like redis-cli's `sdscatrepr`.
pub fn repr(s: &[u8], out: &mut Vec<u8>) {
    out.push(b'"');
    for &c in s {
        match c {
            b'\\' | b'"' => {
                out.push(b'\\');
                out.push(c);
            }
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x07 => out.extend_from_slice(b"\\a"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x20..=0x7e => out.push(c),
            _ => out.extend_from_slice(format!("\\x{c:02x}").as_bytes()),
        }
    }
    out.push(b'"');
}

fn tty(r: &Reply, prefix: &[u8], out: &mut Vec<u8>) {
    match r {
        Reply::Error(e) => {
            out.extend_from_slice(b"(error) ");
            out.extend_from_slice(e);
            out.push(b'\n');
        }
        Reply::Status(s) => {
            out.extend_from_slice(s);
            out.push(b'\n');
        }
        Reply::Int(n) => out.extend_from_slice(format!("(integer) {n}\n").as_bytes()),
        Reply::Double(d) => {
            out.extend_from_slice(format!("(double) {}\n", double_text(*d)).as_bytes())
        }
        Reply::Bulk(b) => {
            repr(b, out);
            out.push(b'\n');
        }
        Reply::Verbatim(_, t) => {
            out.extend_from_slice(t);
            out.push(b'\n');
        }
        Reply::BigNumber(n) => {
            out.extend_from_slice(b"(big number) ");
            out.extend_from_slice(n);
            out.push(b'\n');
        }
        Reply::Nil | Reply::NilArray => out.extend_from_slice(b"(nil)\n"),
        Reply::Bool(b) => out.extend_from_slice(if *b { b"(true)\n" } else { b"(false)\n" }),
        Reply::Array(items) => aggregate(
            items.iter().map(|i| (i, None)),
            items.len(),
            b')',
            b"(empty array)\n",
            prefix,
            out,
        ),
        Reply::Set(items) => aggregate(
            items.iter().map(|i| (i, None)),
            items.len(),
            b'~',
            b"(empty set)\n",
            prefix,
            out,
        ),
        Reply::Push(items) => aggregate(
            items.iter().map(|i| (i, None)),
            items.len(),
            b')',
            b"(empty push)\n",
            prefix,
            out,
        ),
        Reply::Map(pairs) => aggregate(
            pairs.iter().map(|(k, v)| (k, Some(v))),
            pairs.len(),
            b'#',
            b"(empty hash)\n",
            prefix,
            out,
        ),
    }
}

fn aggregate<'a>(
    entries: impl Iterator<Item = (&'a Reply, Option<&'a Reply>)>,
    count: usize,
    sep: u8,
    empty: &[u8],
    prefix: &[u8],
    out: &mut Vec<u8>,
) {
    if count == 0 {
        out.extend_from_slice(empty);
        return;
    }
    let idxlen = count.to_string().len();
    let mut child_prefix = prefix.to_vec();
    child_prefix.extend(std::iter::repeat_n(b' ', idxlen.saturating_add(2)));
    for (i, (item, value)) in entries.enumerate() {
        if i > 0 {
            out.extend_from_slice(prefix);
        }
        out.extend_from_slice(format!("{:>w$}", i.saturating_add(1), w = idxlen).as_bytes());
        out.push(sep);
        out.push(b' ');
        tty(item, &child_prefix, out);
        if let Some(v) = value {
            if out.last() == Some(&b'\n') {
                out.pop();
            }
            out.extend_from_slice(b" => ");
            if is_multiline(v) {
                out.push(b'\n');
                out.extend_from_slice(&child_prefix);
            }
            tty(v, &child_prefix, out);
        }
    }
}

/// redis-cli's test for map values printed on their own lines.
fn is_multiline(r: &Reply) -> bool {
    match r {
        Reply::Array(items) | Reply::Set(items) | Reply::Push(items) => match items.as_slice() {
            [] => false,
            [one] => is_multiline(one),
            _ => true,
        },
        Reply::Map(pairs) => match pairs.as_slice() {
            [] => false,
            [(_, v)] => is_multiline(v),
            _ => true,
        },
        _ => false,
    }
}

/// Formats a reply as `redis-cli --raw` does (without the final command delimiter).
pub fn format_raw(r: &Reply) -> String {
    let mut out = Vec::new();
    raw(r, &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

fn raw(r: &Reply, out: &mut Vec<u8>) {
    match r {
        Reply::Nil | Reply::NilArray => {}
        Reply::Error(e) => {
            out.extend_from_slice(e);
            out.push(b'\n');
        }
        Reply::Status(s) | Reply::Bulk(s) | Reply::Verbatim(_, s) | Reply::BigNumber(s) => {
            out.extend_from_slice(s)
        }
        Reply::Bool(b) => out.extend_from_slice(if *b { b"(true)" } else { b"(false)" }),
        Reply::Int(n) => out.extend_from_slice(n.to_string().as_bytes()),
        Reply::Double(d) => out.extend_from_slice(double_text(*d).as_bytes()),
        Reply::Array(items) | Reply::Set(items) | Reply::Push(items) => {
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b'\n');
                }
                raw(it, out);
            }
        }
        Reply::Map(pairs) => {
            for (i, (k, v)) in pairs.iter().enumerate() {
                if i > 0 {
                    out.push(b'\n');
                }
                raw(k, out);
                out.push(b' ');
                raw(v, out);
            }
        }
    }
}

/// One hint entry: the words naming the command (`["script", "load"]`) and its syntax.
fn hint_entries() -> Vec<(Vec<&'static str>, &'static CommandSpec)> {
    let mut v = Vec::new();
    for spec in table().all() {
        // Containers have an entry of their own too (redis-cli shows an empty hint).
        v.push((vec![spec.name], *spec));
        for sub in spec.subcommands {
            v.push((vec![spec.name, sub.name], sub));
        }
    }
    v
}

/// The grey hint redis-cli 7.0 shows after `line`: the syntax of the longest matching
/// command with the arguments already typed removed (stopping at the first optional one).
pub fn hint_for(line: &str) -> Option<String> {
    let argv = crate::resp::split_args(line.as_bytes())?;
    if argv.is_empty() {
        return None;
    }
    let endspace = line
        .as_bytes()
        .last()
        .is_some_and(|&c| matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'));
    let mut best: Option<(usize, &'static CommandSpec)> = None;
    for (words, spec) in hint_entries() {
        if words.len() > argv.len() {
            continue;
        }
        let all_match = words
            .iter()
            .zip(argv.iter())
            .all(|(w, a)| w.as_bytes().eq_ignore_ascii_case(a));
        if all_match && best.is_none_or(|(n, _)| words.len() > n) {
            best = Some((words.len(), spec));
        }
    }
    let (matchlen, spec) = best?;
    Some(trim_hint(
        spec.syntax,
        argv.len().saturating_sub(matchlen),
        endspace,
    ))
}

/// Drops the first `toremove` space-separated words of `syntax` (stopping at an optional
/// `[...]` one) and prefixes a space unless the line already ends with one.
fn trim_hint(syntax: &str, mut toremove: usize, endspace: bool) -> String {
    let mut hint = syntax;
    while toremove > 0 && !hint.is_empty() {
        if hint.starts_with('[') {
            break;
        }
        if hint.starts_with(' ') {
            toremove -= 1;
        }
        let mut chars = hint.chars();
        chars.next();
        hint = chars.as_str();
    }
    if endspace {
        hint.to_string()
    } else {
        format!(" {hint}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(s: &str) -> Reply {
        Reply::bulk(s)
    }

    #[test]
    fn tty_basics() {
        assert_eq!(format_tty(&Reply::Int(3)), "(integer) 3\n");
        assert_eq!(format_tty(&Reply::Nil), "(nil)\n");
        assert_eq!(format_tty(&Reply::ok()), "OK\n");
        assert_eq!(format_tty(&Reply::err("ERR x")), "(error) ERR x\n");
        assert_eq!(
            format_tty(&b("a\"\\\n\x01é")),
            "\"a\\\"\\\\\\n\\x01\\xc3\\xa9\"\n"
        );
        assert_eq!(format_tty(&Reply::Array(vec![])), "(empty array)\n");
        assert_eq!(format_tty(&Reply::Double(1.5)), "(double) 1.5\n");
        assert_eq!(format_tty(&Reply::Bool(false)), "(false)\n");
        let nested = Reply::Array(vec![Reply::Array(vec![b("a"), b("b")]), b("c")]);
        assert_eq!(format_tty(&nested), "1) 1) \"a\"\n   2) \"b\"\n2) \"c\"\n");
        let ten = Reply::Array((1..=10).map(Reply::Int).collect());
        let out = format_tty(&ten);
        assert!(out.starts_with(" 1) (integer) 1\n 2)"));
        assert!(out.ends_with("10) (integer) 10\n"));
        let m = Reply::Map(vec![(b("k"), Reply::Array(vec![b("x"), b("y")]))]);
        assert_eq!(format_tty(&m), "1# \"k\" => \n   1) \"x\"\n   2) \"y\"\n");
        assert_eq!(
            format_tty_resp(&m, 2),
            "1) \"k\"\n2) 1) \"x\"\n   2) \"y\"\n"
        );
        assert_eq!(format_tty(&Reply::Set(vec![b("m")])), "1~ \"m\"\n");
    }

    #[test]
    fn raw_basics() {
        let arr = Reply::Array(vec![b("a"), Reply::Int(2), Reply::Nil]);
        assert_eq!(format_raw(&arr), "a\n2\n");
        assert_eq!(format_raw(&Reply::err("ERR x")), "ERR x\n");
    }

    #[test]
    fn cli_split() {
        assert_eq!(
            split_args("set \"a b\" 'c'"),
            Ok(vec![b"set".to_vec(), b"a b".to_vec(), b"c".to_vec()])
        );
        assert_eq!(
            split_args("get \"a"),
            Err("Invalid argument(s)".to_string())
        );
    }

    #[test]
    fn hint_trimming() {
        // Independent of the table's contents: unknown commands give no hint.
        assert_eq!(hint_for(""), None);
        assert_eq!(hint_for("nosuchcommand-xyz"), None);
        assert_eq!(hint_for("\"unbalanced"), None);
        let syn = "key value [NX|XX] [GET]";
        assert_eq!(trim_hint(syn, 0, false), " key value [NX|XX] [GET]");
        assert_eq!(trim_hint(syn, 0, true), "key value [NX|XX] [GET]");
        assert_eq!(trim_hint(syn, 1, true), "value [NX|XX] [GET]");
        assert_eq!(trim_hint(syn, 2, true), "[NX|XX] [GET]");
        assert_eq!(trim_hint(syn, 5, false), " [NX|XX] [GET]");
    }
}
