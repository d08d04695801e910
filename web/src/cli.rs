//! Fallback redis-cli behaviour (argument splitting, TTY formatting, hints) used until
//! `engine::cli` provides the shared implementation; see [`crate::adapter`].

use engine::Reply;

fn hex_val(c: u8) -> Option<u8> {
    (c as char).to_digit(16).and_then(|d| u8::try_from(d).ok())
}

/// redis-cli's sdssplitargs: `None` on unbalanced quotes.
pub fn split_args(line: &str) -> Option<Vec<Vec<u8>>> {
    let b = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0usize;
    loop {
        while b.get(i).is_some_and(|c| c.is_ascii_whitespace()) {
            i += 1;
        }
        if i >= b.len() {
            return Some(out);
        }
        let mut cur = Vec::new();
        let mut inq = false;
        let mut insq = false;
        loop {
            let Some(&c) = b.get(i) else {
                if inq || insq {
                    return None;
                }
                break;
            };
            if inq {
                if c == b'\\' && b.get(i + 1) == Some(&b'x') {
                    if let (Some(h), Some(l)) = (
                        b.get(i + 2).and_then(|&x| hex_val(x)),
                        b.get(i + 3).and_then(|&x| hex_val(x)),
                    ) {
                        cur.push(h * 16 + l);
                        i += 4;
                        continue;
                    }
                }
                if c == b'\\' {
                    if let Some(&n) = b.get(i + 1) {
                        cur.push(match n {
                            b'n' => b'\n',
                            b'r' => b'\r',
                            b't' => b'\t',
                            b'b' => 8,
                            b'a' => 7,
                            x => x,
                        });
                        i += 2;
                        continue;
                    }
                }
                if c == b'"' {
                    if b.get(i + 1).is_some_and(|n| !n.is_ascii_whitespace()) {
                        return None;
                    }
                    i += 1;
                    break;
                }
                cur.push(c);
            } else if insq {
                if c == b'\\' && b.get(i + 1) == Some(&b'\'') {
                    cur.push(b'\'');
                    i += 2;
                    continue;
                }
                if c == b'\'' {
                    if b.get(i + 1).is_some_and(|n| !n.is_ascii_whitespace()) {
                        return None;
                    }
                    i += 1;
                    break;
                }
                cur.push(c);
            } else {
                match c {
                    b' ' | b'\n' | b'\r' | b'\t' | 0 => {
                        i += 1;
                        break;
                    }
                    b'"' => inq = true,
                    b'\'' => insq = true,
                    _ => cur.push(c),
                }
            }
            i += 1;
        }
        out.push(cur);
    }
}

fn quoted(s: &[u8]) -> String {
    let mut o = String::from("\"");
    for &c in s {
        match c {
            b'\\' => o.push_str("\\\\"),
            b'"' => o.push_str("\\\""),
            b'\n' => o.push_str("\\n"),
            b'\r' => o.push_str("\\r"),
            b'\t' => o.push_str("\\t"),
            7 => o.push_str("\\a"),
            8 => o.push_str("\\b"),
            c if c.is_ascii_graphic() || c == b' ' => o.push(char::from(c)),
            c => o.push_str(&format!("\\x{c:02x}")),
        }
    }
    o.push('"');
    o
}

fn fmt_double(d: f64) -> String {
    if d.is_infinite() {
        if d > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        }
    } else {
        format!("{d}")
    }
}

fn fmt(r: &Reply, prefix: &str, out: &mut String) {
    match r {
        Reply::Status(s) => out.push_str(&String::from_utf8_lossy(s)),
        Reply::Error(e) => {
            out.push_str("(error) ");
            out.push_str(&String::from_utf8_lossy(e));
        }
        Reply::Int(i) => out.push_str(&format!("(integer) {i}")),
        Reply::Bulk(b) => out.push_str(&quoted(b)),
        Reply::Verbatim(_, b) => out.push_str(&String::from_utf8_lossy(b)),
        Reply::BigNumber(b) => {
            out.push_str("(big number) ");
            out.push_str(&String::from_utf8_lossy(b));
        }
        Reply::Nil | Reply::NilArray => out.push_str("(nil)"),
        Reply::Double(d) => out.push_str(&format!("(double) {}", fmt_double(*d))),
        Reply::Bool(b) => out.push_str(if *b { "(true)" } else { "(false)" }),
        Reply::Array(items) | Reply::Set(items) | Reply::Push(items) => {
            if items.is_empty() {
                out.push_str(if matches!(r, Reply::Set(_)) {
                    "(empty set)"
                } else {
                    "(empty array)"
                });
                return;
            }
            let w = items.len().to_string().len();
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                    out.push_str(prefix);
                }
                let head = format!("{:>w$}) ", i + 1);
                out.push_str(&head);
                let sub = format!("{prefix}{}", " ".repeat(head.len()));
                fmt(it, &sub, out);
            }
        }
        Reply::Map(pairs) => {
            if pairs.is_empty() {
                out.push_str("(empty hash)");
                return;
            }
            let w = pairs.len().to_string().len();
            for (i, (k, v)) in pairs.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                    out.push_str(prefix);
                }
                let head = format!("{:>w$}# ", i + 1);
                out.push_str(&head);
                let sub = format!("{prefix}{}", " ".repeat(head.len()));
                fmt(k, &sub, out);
                out.push_str(" => ");
                fmt(v, &sub, out);
            }
        }
    }
}

/// redis-cli's TTY output for a reply.
pub fn format_tty(r: &Reply) -> String {
    let mut out = String::new();
    fmt(r, "", &mut out);
    out
}

/// The inline hint for a partially typed line: the command's syntax minus the arguments
/// already typed.
pub fn hint_for(line: &str) -> Option<String> {
    let args = split_args(line)?;
    let name = args.first()?;
    let spec = engine::commands::table().get(name)?;
    let mut syntax: Vec<&str> = spec.syntax.split_whitespace().collect();
    let mut typed = args.len().saturating_sub(1);
    let mut offset = 0;
    if !spec.subcommands.is_empty() {
        if let Some(sub) = args.get(1).and_then(|s| spec.subcommand(s)) {
            syntax = sub.syntax.split_whitespace().collect();
            typed = typed.saturating_sub(1);
        } else if args.len() == 1 {
            let names: Vec<String> = spec
                .subcommands
                .iter()
                .map(|s| s.name.to_ascii_uppercase())
                .collect();
            return Some(names.join("|"));
        }
    }
    if syntax.is_empty() {
        return None;
    }
    // Skip one syntax token per typed argument, but never past optional groups.
    while offset < typed && offset < syntax.len() {
        if syntax.get(offset).is_some_and(|t| t.starts_with('[')) {
            break;
        }
        offset += 1;
    }
    let rest = syntax.get(offset..).unwrap_or(&[]).join(" ");
    if rest.is_empty() {
        None
    } else {
        Some(rest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_like_redis_cli() {
        let a = split_args(r#"set "a b" 'c d' "\x41\n" e"#).unwrap_or_default();
        assert_eq!(
            a,
            vec![
                b"set".to_vec(),
                b"a b".to_vec(),
                b"c d".to_vec(),
                b"A\n".to_vec(),
                b"e".to_vec()
            ]
        );
        assert!(split_args("set \"a").is_none());
        assert!(split_args("set \"a\"b").is_none());
        assert_eq!(split_args("   ").unwrap_or_default().len(), 0);
    }

    #[test]
    fn formats_nested() {
        let r = Reply::Array(vec![
            Reply::bulk("a"),
            Reply::Array(vec![Reply::Int(1), Reply::Nil]),
        ]);
        assert_eq!(format_tty(&r), "1) \"a\"\n2) 1) (integer) 1\n   2) (nil)");
        assert_eq!(format_tty(&Reply::Array(vec![])), "(empty array)");
        assert_eq!(format_tty(&Reply::bulk("Who's there?")), "\"Who's there?\"");
    }
}
