//! The Lua 5.1 pattern engine (bounded by a step budget).
//!
//! Pure Rust over byte slices, following the semantics of Lua 5.1's `lstrlib` matcher:
//! character classes (`%a %c %d %l %p %s %u %w %x %z`, their upper-case complements and
//! `.`), sets `[...]` with ranges, classes and `^`, the quantifiers `* + - ?`, anchors,
//! captures (including position captures `()`), back-references `%1`-`%9`, `%b` and
//! `%f`. Like Lua 5.1 the pattern ends at its first NUL byte (use `%z` to match a zero).
//!
//! Two guards keep hostile patterns from freezing the host: the recursion depth is capped at
//! [`MAX_DEPTH`] and every match shares a step budget; both failures report
//! `pattern too complex` (the message Lua 5.2+ uses for its depth limit; Lua 5.1 itself
//! would overflow the C stack or run forever).

/// Maximum number of captures in one pattern (Lua's `LUA_MAXCAPTURES`).
pub const MAX_CAPTURES: usize = 32;
/// Maximum nesting of the recursive matcher.
pub const MAX_DEPTH: usize = 400;
/// Default step budget for one library call (roughly one step per subject byte examined).
pub const DEFAULT_BUDGET: u64 = 10_000_000;

/// An error raised while matching; the text is exactly Lua 5.1's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatError(pub &'static str);

/// Message for an exhausted step budget or too deep recursion.
pub const TOO_COMPLEX: &str = "pattern too complex";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CapLen {
    Unfinished,
    Position,
    Len(usize),
}

#[derive(Debug, Clone, Copy)]
struct Capture {
    init: usize,
    len: CapLen,
}

/// One capture's value, as pushed to Lua.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CapValue {
    /// The substring `src[start..end]`.
    Str(usize, usize),
    /// A position capture: the 1-based position.
    Pos(usize),
}

type MResult = Result<Option<usize>, PatError>;

/// Matching state for one subject and pattern.
pub struct MatchState<'a> {
    src: &'a [u8],
    pat: &'a [u8],
    level: usize,
    capture: [Capture; MAX_CAPTURES],
    depth: usize,
    steps: u64,
    budget: u64,
}

/// Cuts a pattern at its first NUL byte (Lua 5.1 treats patterns as C strings).
pub fn c_pattern(p: &[u8]) -> &[u8] {
    match p.iter().position(|&c| c == 0) {
        Some(i) => p.get(..i).unwrap_or(p),
        None => p,
    }
}

/// True when `p` (already cut at NUL) has none of Lua's pattern specials, so a plain
/// substring search gives the same result.
pub fn no_specials(p: &[u8]) -> bool {
    !p.iter().any(|c| b"^$*+?.([%-".contains(c))
}

/// Plain substring search from `init`; returns the start index. Knuth-Morris-Pratt, so
/// the time is linear in `s.len() + p.len()` whatever the input.
pub fn find_plain(s: &[u8], p: &[u8], init: usize) -> Option<usize> {
    if p.is_empty() {
        return (init <= s.len()).then_some(init);
    }
    let hay = s.get(init..)?;
    if p.len() > hay.len() {
        return None;
    }
    // fail[i]: length of the longest proper border of p[..=i].
    let mut fail = vec![0usize; p.len()];
    let mut k = 0;
    for i in 1..p.len() {
        let c = p.get(i).copied();
        while k > 0 && p.get(k).copied() != c {
            k = fail.get(k - 1).copied().unwrap_or(0);
        }
        if p.get(k).copied() == c {
            k += 1;
        }
        if let Some(f) = fail.get_mut(i) {
            *f = k;
        }
    }
    let mut k = 0;
    for (i, &c) in hay.iter().enumerate() {
        while k > 0 && p.get(k).copied() != Some(c) {
            k = fail.get(k - 1).copied().unwrap_or(0);
        }
        if p.get(k).copied() == Some(c) {
            k += 1;
        }
        if k == p.len() {
            return Some(init + i + 1 - k);
        }
    }
    None
}

fn class_matches(c: u8, cl: u8) -> bool {
    let res = match cl.to_ascii_lowercase() {
        b'a' => c.is_ascii_alphabetic(),
        b'c' => c < 32 || c == 127,
        b'd' => c.is_ascii_digit(),
        b'l' => c.is_ascii_lowercase(),
        b'p' => c.is_ascii_punctuation(),
        b's' => matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'),
        b'u' => c.is_ascii_uppercase(),
        b'w' => c.is_ascii_alphanumeric(),
        b'x' => c.is_ascii_hexdigit(),
        b'z' => c == 0,
        _ => return cl == c,
    };
    if cl.is_ascii_uppercase() {
        !res
    } else {
        res
    }
}

impl<'a> MatchState<'a> {
    /// A matcher for `src` and `pat` (cut at NUL by the caller or not: it is cut here).
    pub fn new(src: &'a [u8], pat: &'a [u8], budget: u64) -> MatchState<'a> {
        MatchState {
            src,
            pat: c_pattern(pat),
            level: 0,
            capture: [Capture {
                init: 0,
                len: CapLen::Unfinished,
            }; MAX_CAPTURES],
            depth: 0,
            steps: 0,
            budget,
        }
    }

    /// Steps used so far (for fuel accounting).
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// The pattern being matched (cut at NUL).
    pub fn pattern(&self) -> &'a [u8] {
        self.pat
    }

    /// Number of captures recorded by the last successful match.
    pub fn level(&self) -> usize {
        self.level
    }

    fn pc(&self, p: usize) -> u8 {
        self.pat.get(p).copied().unwrap_or(0)
    }

    fn step(&mut self, n: u64) -> Result<(), PatError> {
        self.steps = self.steps.saturating_add(n);
        if self.steps > self.budget {
            Err(PatError(TOO_COMPLEX))
        } else {
            Ok(())
        }
    }

    /// Tries to match the pattern starting at pattern index `p` against `src[s..]`.
    /// Returns the end of the match. Resets captures first.
    pub fn try_at(&mut self, s: usize, p: usize) -> MResult {
        self.level = 0;
        self.depth = 0;
        self.do_match(s, p)
    }

    fn class_end(&self, p: usize) -> Result<usize, PatError> {
        let c = self.pc(p);
        let mut p = p + 1;
        match c {
            b'%' => {
                if p >= self.pat.len() {
                    return Err(PatError("malformed pattern (ends with '%')"));
                }
                Ok(p + 1)
            }
            b'[' => {
                if self.pc(p) == b'^' {
                    p += 1;
                }
                loop {
                    if p >= self.pat.len() {
                        return Err(PatError("malformed pattern (missing ']')"));
                    }
                    let c = self.pc(p);
                    p += 1;
                    if c == b'%' && p < self.pat.len() {
                        p += 1;
                    }
                    if self.pc(p) == b']' {
                        break;
                    }
                }
                Ok(p + 1)
            }
            _ => Ok(p),
        }
    }

    /// `p` at `[`, `ec` at the closing `]`.
    fn match_bracket(&self, c: u8, p: usize, ec: usize) -> bool {
        let mut p = p;
        let mut sig = true;
        if self.pc(p + 1) == b'^' {
            sig = false;
            p += 1;
        }
        loop {
            p += 1;
            if p >= ec {
                break;
            }
            let pc = self.pc(p);
            if pc == b'%' {
                p += 1;
                if class_matches(c, self.pc(p)) {
                    return sig;
                }
            } else if self.pc(p + 1) == b'-' && p + 2 < ec {
                p += 2;
                if pc <= c && c <= self.pc(p) {
                    return sig;
                }
            } else if pc == c {
                return sig;
            }
        }
        !sig
    }

    fn single_match(&self, s: usize, p: usize, ep: usize) -> bool {
        let Some(&c) = self.src.get(s) else {
            return false;
        };
        match self.pc(p) {
            b'.' => true,
            b'%' => class_matches(c, self.pc(p + 1)),
            b'[' => self.match_bracket(c, p, ep.saturating_sub(1)),
            pc => pc == c,
        }
    }

    fn do_match(&mut self, s: usize, p: usize) -> MResult {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(PatError(TOO_COMPLEX));
        }
        let r = self.match_inner(s, p);
        self.depth -= 1;
        r
    }

    fn match_inner(&mut self, mut s: usize, mut p: usize) -> MResult {
        loop {
            self.step(1)?;
            match self.pc(p) {
                0 => return Ok(Some(s)),
                b'(' => {
                    return if self.pc(p + 1) == b')' {
                        self.start_capture(s, p + 2, CapLen::Position)
                    } else {
                        self.start_capture(s, p + 1, CapLen::Unfinished)
                    };
                }
                b')' => return self.end_capture(s, p + 1),
                b'%' if self.pc(p + 1) == b'b' => match self.match_balance(s, p + 2)? {
                    Some(ns) => {
                        s = ns;
                        p += 4;
                        continue;
                    }
                    None => return Ok(None),
                },
                b'%' if self.pc(p + 1) == b'f' => {
                    p += 2;
                    if self.pc(p) != b'[' {
                        return Err(PatError("missing '[' after '%f' in pattern"));
                    }
                    let ep = self.class_end(p)?;
                    let prev = if s == 0 {
                        0
                    } else {
                        self.src.get(s - 1).copied().unwrap_or(0)
                    };
                    let cur = self.src.get(s).copied().unwrap_or(0);
                    if self.match_bracket(prev, p, ep - 1) || !self.match_bracket(cur, p, ep - 1) {
                        return Ok(None);
                    }
                    p = ep;
                    continue;
                }
                b'%' if self.pc(p + 1).is_ascii_digit() => {
                    match self.match_capture(s, self.pc(p + 1))? {
                        Some(ns) => {
                            s = ns;
                            p += 2;
                            continue;
                        }
                        None => return Ok(None),
                    }
                }
                b'$' if p + 1 == self.pat.len() => {
                    return Ok((s == self.src.len()).then_some(s));
                }
                _ => {
                    let ep = self.class_end(p)?;
                    let m = self.single_match(s, p, ep);
                    match self.pc(ep) {
                        b'?' => {
                            if m {
                                if let Some(r) = self.do_match(s + 1, ep + 1)? {
                                    return Ok(Some(r));
                                }
                            }
                            p = ep + 1;
                            continue;
                        }
                        b'*' => return self.max_expand(s, p, ep),
                        b'+' => {
                            return if m {
                                self.max_expand(s + 1, p, ep)
                            } else {
                                Ok(None)
                            };
                        }
                        b'-' => return self.min_expand(s, p, ep),
                        _ => {
                            if !m {
                                return Ok(None);
                            }
                            s += 1;
                            p = ep;
                            continue;
                        }
                    }
                }
            }
        }
    }

    fn max_expand(&mut self, s: usize, p: usize, ep: usize) -> MResult {
        let mut i = 0usize;
        while self.single_match(s + i, p, ep) {
            i += 1;
        }
        self.step(i as u64)?;
        loop {
            if let Some(r) = self.do_match(s + i, ep + 1)? {
                return Ok(Some(r));
            }
            if i == 0 {
                return Ok(None);
            }
            i -= 1;
        }
    }

    fn min_expand(&mut self, mut s: usize, p: usize, ep: usize) -> MResult {
        loop {
            if let Some(r) = self.do_match(s, ep + 1)? {
                return Ok(Some(r));
            }
            if self.single_match(s, p, ep) {
                s += 1;
            } else {
                return Ok(None);
            }
        }
    }

    fn start_capture(&mut self, s: usize, p: usize, what: CapLen) -> MResult {
        let level = self.level;
        let Some(slot) = self.capture.get_mut(level) else {
            return Err(PatError("too many captures"));
        };
        *slot = Capture { init: s, len: what };
        self.level = level + 1;
        let r = self.do_match(s, p)?;
        if r.is_none() {
            self.level -= 1;
        }
        Ok(r)
    }

    fn end_capture(&mut self, s: usize, p: usize) -> MResult {
        let l = self.capture_to_close()?;
        let init = self.capture.get(l).map_or(0, |c| c.init);
        if let Some(c) = self.capture.get_mut(l) {
            c.len = CapLen::Len(s.saturating_sub(init));
        }
        let r = self.do_match(s, p)?;
        if r.is_none() {
            if let Some(c) = self.capture.get_mut(l) {
                c.len = CapLen::Unfinished;
            }
        }
        Ok(r)
    }

    fn capture_to_close(&self) -> Result<usize, PatError> {
        let mut l = self.level;
        while l > 0 {
            l -= 1;
            if matches!(self.capture.get(l), Some(c) if c.len == CapLen::Unfinished) {
                return Ok(l);
            }
        }
        Err(PatError("invalid pattern capture"))
    }

    fn match_balance(&mut self, s: usize, p: usize) -> MResult {
        if p >= self.pat.len() || p + 1 >= self.pat.len() {
            return Err(PatError("unbalanced pattern"));
        }
        let b = self.pc(p);
        let e = self.pc(p + 1);
        if self.src.get(s) != Some(&b) {
            return Ok(None);
        }
        let mut cont = 1usize;
        let mut i = s + 1;
        while let Some(&c) = self.src.get(i) {
            if c == e {
                cont -= 1;
                if cont == 0 {
                    self.step((i - s) as u64)?;
                    return Ok(Some(i + 1));
                }
            } else if c == b {
                cont += 1;
            }
            i += 1;
        }
        self.step((i - s) as u64)?;
        Ok(None)
    }

    fn match_capture(&mut self, s: usize, l: u8) -> MResult {
        let idx = usize::from(l.wrapping_sub(b'1'));
        let cap = match self.capture.get(idx) {
            Some(c) if l >= b'1' && idx < self.level && c.len != CapLen::Unfinished => *c,
            _ => return Err(PatError("invalid capture index")),
        };
        let CapLen::Len(len) = cap.len else {
            return Ok(None);
        };
        self.step(len as u64)?;
        let want = self.src.get(cap.init..cap.init + len);
        let have = self.src.get(s..s.saturating_add(len));
        match (want, have) {
            (Some(w), Some(h)) if w == h => Ok(Some(s + len)),
            _ => Ok(None),
        }
    }

    /// Capture `i` of a match `src[s..e]` (capture 0 without explicit captures is the
    /// whole match), with Lua 5.1's errors.
    pub fn capture(&self, i: usize, s: usize, e: usize) -> Result<CapValue, PatError> {
        if i >= self.level {
            return if i == 0 {
                Ok(CapValue::Str(s, e))
            } else {
                Err(PatError("invalid capture index"))
            };
        }
        match self.capture.get(i) {
            Some(Capture {
                len: CapLen::Len(l),
                init,
            }) => Ok(CapValue::Str(*init, init + l)),
            Some(Capture {
                len: CapLen::Position,
                init,
            }) => Ok(CapValue::Pos(init + 1)),
            _ => Err(PatError("unfinished capture")),
        }
    }

    /// All captures of a match (`whole` adds the whole match when there are none).
    pub fn captures(&self, s: usize, e: usize, whole: bool) -> Result<Vec<CapValue>, PatError> {
        let n = if self.level == 0 && whole {
            1
        } else {
            self.level
        };
        (0..n).map(|i| self.capture(i, s, e)).collect()
    }
}

/// Result of [`find`]: match bounds and captures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Start index (0-based) of the match.
    pub start: usize,
    /// End index (exclusive).
    pub end: usize,
    /// Explicit captures (empty when the pattern has none).
    pub caps: Vec<CapValue>,
}

/// Searches `pat` in `src` starting at `init` (0-based, `<= src.len()`), honouring a
/// leading `^` anchor, as `string.find`/`string.match` do. `steps` accumulates work.
pub fn find(
    src: &[u8],
    pat: &[u8],
    init: usize,
    steps: &mut u64,
) -> Result<Option<Found>, PatError> {
    let mut ms = MatchState::new(src, pat, DEFAULT_BUDGET.saturating_sub(*steps));
    let anchor = ms.pattern().first() == Some(&b'^');
    let p0 = usize::from(anchor);
    let mut s1 = init;
    let res = loop {
        match ms.try_at(s1, p0) {
            Err(e) => {
                *steps = steps.saturating_add(ms.steps());
                return Err(e);
            }
            Ok(Some(e)) => {
                let caps = ms.captures(s1, e, false);
                break Some((s1, e, caps));
            }
            Ok(None) => {}
        }
        s1 += 1;
        if anchor || s1 > src.len() {
            break None;
        }
    };
    *steps = steps.saturating_add(ms.steps());
    match res {
        Some((start, end, caps)) => Ok(Some(Found {
            start,
            end,
            caps: caps?,
        })),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str, p: &str) -> Result<Option<(usize, usize, Vec<CapValue>)>, PatError> {
        let mut steps = 0;
        Ok(find(s.as_bytes(), p.as_bytes(), 0, &mut steps)?.map(|x| (x.start + 1, x.end, x.caps)))
    }

    #[test]
    fn basics() {
        assert_eq!(f("hello world", "wor"), Ok(Some((7, 9, vec![]))));
        assert_eq!(f("hello", "l+"), Ok(Some((3, 4, vec![]))));
        assert_eq!(f("hello", "^h"), Ok(Some((1, 1, vec![]))));
        assert_eq!(f("hello", "^e"), Ok(None));
        assert_eq!(f("hello", "o$"), Ok(Some((5, 5, vec![]))));
        assert_eq!(f("a$b", "$b"), Ok(Some((2, 3, vec![]))));
        assert_eq!(
            f("key=val", "(%w+)=(%w+)"),
            Ok(Some((1, 7, vec![CapValue::Str(0, 3), CapValue::Str(4, 7)])))
        );
        assert_eq!(
            f("hello", "()ll()"),
            Ok(Some((3, 4, vec![CapValue::Pos(3), CapValue::Pos(5)])))
        );
        assert_eq!(f("f(a(b)c)d", "%b()"), Ok(Some((2, 8, vec![]))));
        assert_eq!(f("THE (quick) fox", "%f[%a]%a+"), Ok(Some((1, 3, vec![]))));
        assert_eq!(
            f("abcabc", "(abc)%1"),
            Ok(Some((1, 6, vec![CapValue::Str(0, 3)])))
        );
        assert_eq!(f("x]y", "[]]"), Ok(Some((2, 2, vec![]))));
        assert_eq!(f("a-z", "[a%-]+"), Ok(Some((1, 2, vec![]))));
        assert_eq!(f("  x", "[^%s]"), Ok(Some((3, 3, vec![]))));
        assert_eq!(f("abc", "a-b"), Ok(Some((1, 2, vec![]))));
        assert_eq!(f("aaab", "a-b"), Ok(Some((1, 4, vec![]))));
        assert_eq!(f("ab", "a?b?c?"), Ok(Some((1, 2, vec![]))));
    }

    #[test]
    fn plain() {
        assert_eq!(find_plain(b"hello", b"ll", 0), Some(2));
        assert_eq!(find_plain(b"hello", b"ll", 3), None);
        assert_eq!(find_plain(b"aaab", b"aab", 0), Some(1));
        assert_eq!(find_plain(b"abababc", b"ababc", 0), Some(2));
        assert_eq!(find_plain(b"abc", b"", 3), Some(3));
        assert_eq!(find_plain(b"abc", b"", 4), None);
        assert_eq!(find_plain(b"ab", b"abc", 0), None);
        let s = "a".repeat(100_000);
        let p = "a".repeat(5_000) + "b";
        assert_eq!(find_plain(s.as_bytes(), p.as_bytes(), 0), None);
    }

    #[test]
    fn errors() {
        assert_eq!(
            f("a", "%"),
            Err(PatError("malformed pattern (ends with '%')"))
        );
        assert_eq!(
            f("a", "[a"),
            Err(PatError("malformed pattern (missing ']')"))
        );
        assert_eq!(
            f("a", "[a%"),
            Err(PatError("malformed pattern (missing ']')"))
        );
        assert_eq!(f("a", "%1"), Err(PatError("invalid capture index")));
        assert_eq!(f("a", "a)"), Err(PatError("invalid pattern capture")));
        assert_eq!(f("a", "(a"), Err(PatError("unfinished capture")));
        assert_eq!(
            f("a", "%fa"),
            Err(PatError("missing '[' after '%f' in pattern"))
        );
        assert_eq!(f("a", "%b"), Err(PatError("unbalanced pattern")));
        let many = "()".repeat(33);
        assert_eq!(f("a", &many), Err(PatError("too many captures")));
    }

    #[test]
    fn bounded() {
        let s = "a".repeat(40);
        let p = format!("{}{}", "a?".repeat(40), "a".repeat(40)) + "b";
        assert_eq!(f(&s, &p), Err(PatError(TOO_COMPLEX)));
        let s = "a".repeat(5000);
        assert_eq!(f(&s, ".-.-.-.-x"), Err(PatError(TOO_COMPLEX)));
        let deep = "a*".repeat(2000);
        assert_eq!(f("aaa", &deep), Err(PatError(TOO_COMPLEX)));
    }
}
