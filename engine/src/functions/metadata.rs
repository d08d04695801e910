//! Library metadata: the `#!<engine> name=<library>` shebang line that starts every library.
//!
//! Parsed the way Redis 7.0.15 does: the first line is split with `sdssplitargs` rules
//! (blanks separate words; double quotes with `\n`/`\xHH`-style escapes; single quotes),
//! the first word minus `#!` is the engine name, and the only accepted option is `name=`.

/// The parts of a library's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LibraryMeta {
    /// Engine name as written (matched case-insensitively against the engines).
    pub engine: Vec<u8>,
    /// Library name (not yet validated).
    pub name: Vec<u8>,
    /// The code after the shebang, starting with the shebang's terminating newline.
    pub code: Vec<u8>,
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

/// Splits a line into words like Redis's `sdssplitargs`; `None` on unbalanced quotes or a
/// closing quote followed by a non-blank. The line is treated as ending at its first NUL.
pub fn split_args(line: &[u8]) -> Option<Vec<Vec<u8>>> {
    let end = line.iter().position(|&c| c == 0).unwrap_or(line.len());
    let line = line.get(..end).unwrap_or(line);
    let at = |i: usize| line.get(i).copied().unwrap_or(0);
    let mut words = Vec::new();
    let mut p = 0usize;
    loop {
        while p < line.len() && is_c_space(at(p)) {
            p += 1;
        }
        if p >= line.len() {
            return Some(words);
        }
        let mut cur = Vec::new();
        let (mut inq, mut insq) = (false, false);
        loop {
            let c = at(p);
            if inq {
                if c == b'\\' && at(p + 1) == b'x' {
                    if let (Some(h), Some(l)) = (hex_val(at(p + 2)), hex_val(at(p + 3))) {
                        cur.push(h * 16 + l);
                        p += 4;
                        continue;
                    }
                }
                if c == b'\\' && at(p + 1) != 0 {
                    p += 1;
                    cur.push(match at(p) {
                        b'n' => b'\n',
                        b'r' => b'\r',
                        b't' => b'\t',
                        b'b' => 0x08,
                        b'a' => 0x07,
                        other => other,
                    });
                } else if c == b'"' {
                    if at(p + 1) != 0 && !is_c_space(at(p + 1)) {
                        return None;
                    }
                    p += 1;
                    break;
                } else if c == 0 {
                    return None;
                } else {
                    cur.push(c);
                }
            } else if insq {
                if c == b'\\' && at(p + 1) == b'\'' {
                    p += 1;
                    cur.push(b'\'');
                } else if c == b'\'' {
                    if at(p + 1) != 0 && !is_c_space(at(p + 1)) {
                        return None;
                    }
                    p += 1;
                    break;
                } else if c == 0 {
                    return None;
                } else {
                    cur.push(c);
                }
            } else {
                match c {
                    b' ' | b'\n' | b'\r' | b'\t' | 0 => {
                        if c != 0 {
                            p += 1;
                        }
                        break;
                    }
                    b'"' => inq = true,
                    b'\'' => insq = true,
                    _ => cur.push(c),
                }
            }
            p += 1;
        }
        words.push(cur);
    }
}

/// Parses a library's text; on failure returns the error text (without "ERR ").
pub fn parse(payload: &[u8]) -> Result<LibraryMeta, Vec<u8>> {
    if !payload.starts_with(b"#!") {
        return Err(b"Missing library metadata".to_vec());
    }
    // Redis finds the newline with strchr, which stops at a NUL byte.
    let nl = payload.iter().position(|&c| c == b'\n' || c == 0);
    let nl = match nl {
        Some(i) if payload.get(i) == Some(&b'\n') => i,
        _ => return Err(b"Invalid library metadata".to_vec()),
    };
    let shebang = payload.get(..nl).unwrap_or_default();
    let parts = match split_args(shebang) {
        Some(p) if !p.is_empty() => p,
        _ => return Err(b"Invalid library metadata".to_vec()),
    };
    let mut iter = parts.into_iter();
    let engine = iter
        .next()
        .and_then(|first| first.get(2..).map(<[u8]>::to_vec))
        .unwrap_or_default();
    let mut name: Option<Vec<u8>> = None;
    for part in iter {
        if part.len() >= 5
            && part
                .get(..5)
                .is_some_and(|p| p.eq_ignore_ascii_case(b"name="))
        {
            if name.is_some() {
                return Err(
                    b"Invalid metadata value, name argument was given multiple times".to_vec(),
                );
            }
            name = Some(part.get(5..).unwrap_or_default().to_vec());
            continue;
        }
        let shown_end = part.iter().position(|&c| c == 0).unwrap_or(part.len());
        let mut msg = b"Invalid metadata value given: ".to_vec();
        msg.extend_from_slice(part.get(..shown_end).unwrap_or_default());
        return Err(msg);
    }
    let Some(name) = name else {
        return Err(b"Library name was not given".to_vec());
    };
    Ok(LibraryMeta {
        engine,
        name,
        code: payload.get(nl..).unwrap_or_default().to_vec(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(p: &str) -> String {
        String::from_utf8_lossy(&parse(p.as_bytes()).err().unwrap_or_default()).into_owned()
    }

    #[test]
    fn split() {
        let w = |s: &str| split_args(s.as_bytes());
        assert_eq!(
            w("a b  c"),
            Some(vec![b"a".to_vec(), b"b".to_vec(), b"c".to_vec()])
        );
        assert_eq!(w("name=\"quoted\""), Some(vec![b"name=quoted".to_vec()]));
        assert_eq!(w("\"a\\x41\\n\""), Some(vec![b"aA\n".to_vec()]));
        assert_eq!(w("'it\\'s'"), Some(vec![b"it's".to_vec()]));
        assert_eq!(w("\"open"), None);
        assert_eq!(w("\"a\"b"), None);
        assert_eq!(w("'a'b"), None);
        assert_eq!(w("   "), Some(vec![]));
    }

    #[test]
    fn metadata() {
        let m = parse(b"#!lua name=mylib\nreturn 1");
        assert_eq!(
            m,
            Ok(LibraryMeta {
                engine: b"lua".to_vec(),
                name: b"mylib".to_vec(),
                code: b"\nreturn 1".to_vec()
            })
        );
        assert_eq!(err("redis.register_function()"), "Missing library metadata");
        assert_eq!(err("-- #!lua name=x\n"), "Missing library metadata");
        assert_eq!(err("#!lua name=x"), "Invalid library metadata");
        assert_eq!(err("#!lua\nx"), "Library name was not given");
        assert_eq!(err("#!lua \nx"), "Library name was not given");
        assert_eq!(
            err("#!lua name=mylib junk\n"),
            "Invalid metadata value given: junk"
        );
        assert_eq!(
            err("#!lua name=bad name\n"),
            "Invalid metadata value given: name"
        );
        assert_eq!(
            err("#!lua name=a NAME=b\n"),
            "Invalid metadata value, name argument was given multiple times"
        );
        assert_eq!(err("#!lua name=\"x\n"), "Invalid library metadata");
        assert_eq!(err("#!lua\0 name=x\n"), "Invalid library metadata");
        let m = parse(b"#!lua name=\"quoted\"\nx").ok().map(|m| m.name);
        assert_eq!(m, Some(b"quoted".to_vec()));
        let m = parse(b"#! name=x\n").ok().map(|m| m.engine);
        assert_eq!(m, Some(b"".to_vec()));
    }
}
