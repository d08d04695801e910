//! Redis glob-style pattern matching (`*`, `?`, `[...]`, `\\`), binary-safe, with an
//! optional case-insensitive mode.
//!
//! Semantics follow Redis's `stringmatchlen` exactly (including its quirks: an unterminated
//! `[` class runs to the end of the pattern, `[z-a]` is the range `a..z`, range bounds are
//! compared as signed chars, escapes inside a class compare case-sensitively), but the
//! matcher is iterative: the pattern is compiled into single-byte tokens and stars, and
//! matching backtracks only to the last star, so it runs in O(pattern × string) time
//! with no recursion (Redis's recursive matcher can take exponential time).

/// One item of a class: a single byte (escaped ones compare case-sensitively) or a range.
#[derive(Clone, Debug)]
enum ClassItem {
    /// A literal byte; `exact` is true when it was escaped (never case-folded).
    Byte { b: u8, exact: bool },
    /// A range of signed chars, already ordered `lo <= hi`.
    Range { lo: i8, hi: i8 },
}

/// A compiled pattern token.
#[derive(Clone, Debug)]
enum Token {
    /// `*`: any run of bytes.
    Star,
    /// `?`: any single byte.
    Any,
    /// A literal byte.
    Lit(u8),
    /// `[...]` / `[^...]`.
    Class { neg: bool, items: Vec<ClassItem> },
}

fn lower(b: u8) -> u8 {
    b.to_ascii_lowercase()
}

/// `tolower` applied to a signed char value (only ASCII letters change).
fn lower_i(c: i8) -> i8 {
    if (65..=90).contains(&c) {
        c + 32
    } else {
        c
    }
}

fn compile(pat: &[u8]) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = 0usize;
    let n = pat.len();
    while i < n {
        let c = pat.get(i).copied().unwrap_or(0);
        match c {
            b'*' => {
                if !matches!(out.last(), Some(Token::Star)) {
                    out.push(Token::Star);
                }
                i += 1;
            }
            b'?' => {
                out.push(Token::Any);
                i += 1;
            }
            b'\\' if n - i >= 2 => {
                out.push(Token::Lit(pat.get(i + 1).copied().unwrap_or(0)));
                i += 2;
            }
            b'[' => {
                i += 1;
                let neg = pat.get(i) == Some(&b'^');
                if neg {
                    i += 1;
                }
                let mut items = Vec::new();
                loop {
                    let rem = n.saturating_sub(i);
                    let p0 = pat.get(i).copied().unwrap_or(0);
                    if rem == 0 {
                        break;
                    }
                    if p0 == b'\\' && rem >= 2 {
                        items.push(ClassItem::Byte {
                            b: pat.get(i + 1).copied().unwrap_or(0),
                            exact: true,
                        });
                        i += 2;
                    } else if p0 == b']' {
                        i += 1;
                        break;
                    } else if rem >= 3 && pat.get(i + 1) == Some(&b'-') {
                        let a = p0 as i8;
                        let b = pat.get(i + 2).copied().unwrap_or(0) as i8;
                        let (lo, hi) = if a > b { (b, a) } else { (a, b) };
                        items.push(ClassItem::Range { lo, hi });
                        i += 3;
                    } else {
                        items.push(ClassItem::Byte {
                            b: p0,
                            exact: false,
                        });
                        i += 1;
                    }
                }
                out.push(Token::Class { neg, items });
            }
            _ => {
                out.push(Token::Lit(c));
                i += 1;
            }
        }
    }
    out
}

fn token_matches(t: &Token, c: u8, nocase: bool) -> bool {
    match t {
        Token::Star => true,
        Token::Any => true,
        Token::Lit(b) => {
            if nocase {
                lower(*b) == lower(c)
            } else {
                *b == c
            }
        }
        Token::Class { neg, items } => {
            let mut m = false;
            for it in items {
                match *it {
                    ClassItem::Byte { b, exact } => {
                        if (exact || !nocase) && b == c
                            || (!exact && nocase && lower(b) == lower(c))
                        {
                            m = true;
                        }
                    }
                    ClassItem::Range { lo, hi } => {
                        let (lo, hi, ch) = if nocase {
                            (lower_i(lo), lower_i(hi), lower_i(c as i8))
                        } else {
                            (lo, hi, c as i8)
                        };
                        if ch >= lo && ch <= hi {
                            m = true;
                        }
                    }
                }
            }
            m != *neg
        }
    }
}

/// A compiled glob pattern, reusable across many subjects (KEYS, SCAN MATCH).
#[derive(Clone, Debug)]
pub struct Glob {
    tokens: Vec<Token>,
    nocase: bool,
    match_all: bool,
}

impl Glob {
    /// Compiles `pattern`.
    pub fn new(pattern: &[u8], nocase: bool) -> Glob {
        let tokens = compile(pattern);
        let match_all = matches!(tokens.as_slice(), [Token::Star]);
        Glob {
            tokens,
            nocase,
            match_all,
        }
    }

    /// True if the pattern is `*` (or `**`...), matching everything.
    pub fn matches_all(&self) -> bool {
        self.match_all
    }

    /// True if `s` matches the whole pattern.
    pub fn matches(&self, s: &[u8]) -> bool {
        if self.match_all {
            return true;
        }
        let toks = &self.tokens;
        let (mut ti, mut si) = (0usize, 0usize);
        // Position of the token after the last star, and the string index it was tried at.
        let mut star: Option<(usize, usize)> = None;
        loop {
            if let Some(t) = toks.get(ti) {
                if let Token::Star = t {
                    ti += 1;
                    if ti == toks.len() {
                        return true;
                    }
                    star = Some((ti, si));
                    continue;
                }
                if let Some(&c) = s.get(si) {
                    if token_matches(t, c, self.nocase) {
                        ti += 1;
                        si += 1;
                        continue;
                    }
                }
            } else if si == s.len() {
                return true;
            }
            // Mismatch: backtrack to the last star, consuming one more byte with it.
            match star {
                Some((sti, ssi)) if ssi < s.len() => {
                    star = Some((sti, ssi + 1));
                    ti = sti;
                    si = ssi + 1;
                }
                _ => return false,
            }
        }
    }
}

/// Matches `s` against a Redis glob `pattern` (`nocase` folds ASCII letters).
pub fn glob_match(pattern: &[u8], s: &[u8], nocase: bool) -> bool {
    Glob::new(pattern, nocase).matches(s)
}

#[cfg(test)]
mod tests {
    use super::glob_match as m;

    #[test]
    fn basics() {
        assert!(m(b"*", b"", false));
        assert!(m(b"*", b"abc", false));
        assert!(m(b"a*", b"abc", false));
        assert!(!m(b"a*", b"bac", false));
        assert!(m(b"user:?", b"user:1", false));
        assert!(!m(b"user:?", b"user:10", false));
        assert!(m(b"user:*", b"user:10", false));
        assert!(m(b"adm[i]n", b"admin", false));
        assert!(m(b"h[^e]llo", b"hallo", false));
        assert!(!m(b"h[^e]llo", b"hello", false));
        assert!(m(b"h[a-b]llo", b"hbllo", false));
        assert!(m(b"h[b-a]llo", b"hallo", false));
        assert!(!m(b"h[a-b]llo", b"hcllo", false));
        assert!(m(b"h\\*llo", b"h*llo", false));
        assert!(!m(b"h\\*llo", b"hello", false));
        assert!(m(b"HELLO", b"hello", true));
        assert!(!m(b"HELLO", b"hello", false));
        assert!(m(b"[A-C]x", b"bx", true));
        assert!(m(b"", b"", false));
        assert!(!m(b"", b"a", false));
        assert!(!m(b"?", b"", false));
        assert!(m(b"a\\", b"a\\", false));
        // Unterminated class runs to the end.
        assert!(m(b"[abc", b"b", false));
        assert!(m(b"[a-]x", b"x", false));
        assert!(m(b"*a*b*", b"xxaxxbxx", false));
        assert!(!m(b"*a*b*", b"xxbxxaxx", false));
        assert!(m(b"a**b", b"ab", false));
        assert!(m(b"\x00*\xff", b"\x00zz\xff", false));
    }

    #[test]
    fn no_blowup() {
        let s = vec![b'a'; 5000];
        assert!(!m(b"*a*a*a*a*a*a*a*a*a*a*a*a*b", &s, false));
        let p = b"a*".repeat(200);
        assert!(m(&p, &s, false));
    }
}
