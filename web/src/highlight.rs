//! A small Lua 5.1 tokenizer for the editor's highlight overlay and bracket matching.
//! It works on byte offsets into the buffer and never fails: unknown bytes are plain text.

/// Token classes, used as CSS classes (`tok-kw`, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Plain text and whitespace.
    Plain,
    /// Reserved words.
    Keyword,
    /// String literals (quoted and long brackets).
    Str,
    /// Comments.
    Comment,
    /// Numbers.
    Number,
    /// `redis`, `KEYS`, `ARGV` and friends.
    Builtin,
    /// Brackets and operators.
    Punct,
}

impl Kind {
    /// CSS class.
    pub fn class(self) -> &'static str {
        match self {
            Kind::Plain => "",
            Kind::Keyword => "tok-kw",
            Kind::Str => "tok-str",
            Kind::Comment => "tok-com",
            Kind::Number => "tok-num",
            Kind::Builtin => "tok-bi",
            Kind::Punct => "tok-p",
        }
    }
}

const KEYWORDS: &[&str] = &[
    "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "if", "in", "local",
    "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
];
const BUILTINS: &[&str] = &[
    "redis", "KEYS", "ARGV", "cjson", "cmsgpack", "bit", "struct", "string", "table", "math",
    "tonumber", "tostring", "type", "pairs", "ipairs", "error", "pcall", "assert", "unpack",
    "select", "next",
];

/// Length of a long bracket opener `[==[` at `i` (returns level), if any.
fn long_open(b: &[u8], i: usize) -> Option<usize> {
    if b.get(i) != Some(&b'[') {
        return None;
    }
    let mut j = i + 1;
    while b.get(j) == Some(&b'=') {
        j += 1;
    }
    (b.get(j) == Some(&b'[')).then(|| j - i - 1)
}

fn long_close(b: &[u8], from: usize, level: usize) -> usize {
    let mut j = from;
    while j < b.len() {
        if b.get(j) == Some(&b']') {
            let mut k = j + 1;
            while b.get(k) == Some(&b'=') {
                k += 1;
            }
            if k - j - 1 == level && b.get(k) == Some(&b']') {
                return k + 1;
            }
        }
        j += 1;
    }
    b.len()
}

/// Splits `src` into (kind, start, end) spans covering every byte, on char boundaries.
pub fn tokenize(src: &str) -> Vec<(Kind, usize, usize)> {
    let b = src.as_bytes();
    let mut out: Vec<(Kind, usize, usize)> = Vec::new();
    let mut push = |k: Kind, s: usize, e: usize| {
        if e <= s {
            return;
        }
        if let Some(last) = out.last_mut() {
            if last.0 == k && last.2 == s {
                last.2 = e;
                return;
            }
        }
        out.push((k, s, e));
    };
    let mut i = 0;
    while i < b.len() {
        let c = b.get(i).copied().unwrap_or(0);
        let start = i;
        if c == b'-' && b.get(i + 1) == Some(&b'-') {
            let end = if let Some(level) = long_open(b, i + 2) {
                long_close(b, i + 4 + level, level)
            } else {
                b.iter()
                    .skip(i)
                    .position(|&x| x == b'\n')
                    .map_or(b.len(), |p| i + p)
            };
            push(Kind::Comment, start, end);
            i = end;
        } else if c == b'"' || c == b'\'' {
            let mut j = i + 1;
            while let Some(&x) = b.get(j) {
                if x == b'\\' {
                    j += 2;
                    continue;
                }
                if x == c || x == b'\n' {
                    j += 1;
                    break;
                }
                j += 1;
            }
            let end = j.min(b.len());
            push(Kind::Str, start, end);
            i = end;
        } else if let Some(level) = long_open(b, i) {
            let end = long_close(b, i + 2 + level, level);
            push(Kind::Str, start, end);
            i = end;
        } else if c.is_ascii_digit()
            || (c == b'.' && b.get(i + 1).is_some_and(|d| d.is_ascii_digit()))
        {
            let mut j = i + 1;
            while b
                .get(j)
                .is_some_and(|&x| x.is_ascii_alphanumeric() || x == b'.' || x == b'_')
            {
                j += 1;
            }
            push(Kind::Number, start, j);
            i = j;
        } else if c.is_ascii_alphabetic() || c == b'_' {
            let mut j = i + 1;
            while b
                .get(j)
                .is_some_and(|&x| x.is_ascii_alphanumeric() || x == b'_')
            {
                j += 1;
            }
            let word = src.get(start..j).unwrap_or("");
            let k = if KEYWORDS.contains(&word) {
                Kind::Keyword
            } else if BUILTINS.contains(&word) {
                Kind::Builtin
            } else {
                Kind::Plain
            };
            push(k, start, j);
            i = j;
        } else if c.is_ascii_punctuation() {
            push(Kind::Punct, start, i + 1);
            i += 1;
        } else {
            // Advance one whole UTF-8 char.
            let mut j = i + 1;
            while j < b.len() && !src.is_char_boundary(j) {
                j += 1;
            }
            push(Kind::Plain, start, j);
            i = j;
        }
    }
    out
}

/// The offset of the bracket matching the one at `pos` (or just before it), outside
/// strings and comments.
pub fn matching_bracket(src: &str, pos: usize) -> Option<(usize, usize)> {
    let toks = tokenize(src);
    let b = src.as_bytes();
    let is_code = |p: usize| {
        toks.iter()
            .find(|t| t.1 <= p && p < t.2)
            .is_some_and(|t| t.0 == Kind::Punct)
    };
    let at = [pos, pos.wrapping_sub(1)]
        .into_iter()
        .find(|&p| b.get(p).is_some_and(|c| b"()[]{}".contains(c)) && is_code(p))?;
    let c = *b.get(at)?;
    let (open, close, fwd) = match c {
        b'(' => (b'(', b')', true),
        b'[' => (b'[', b']', true),
        b'{' => (b'{', b'}', true),
        b')' => (b'(', b')', false),
        b']' => (b'[', b']', false),
        _ => (b'{', b'}', false),
    };
    let mut depth = 0i64;
    let mut p = at;
    loop {
        let ch = *b.get(p)?;
        if is_code(p) {
            if ch == open {
                depth += if fwd { 1 } else { -1 };
            } else if ch == close {
                depth += if fwd { -1 } else { 1 };
            }
            if depth == 0 {
                return Some((at, p));
            }
        }
        if fwd {
            p += 1;
        } else {
            p = p.checked_sub(1)?;
        }
    }
}

/// Words that close a block when they start a line (auto-dedent triggers).
pub const DEDENT_WORDS: &[&str] = &["end", "else", "elseif", "until", "}"];

fn indent_at(src: &str, line_start: usize) -> &str {
    let rest = src.get(line_start..).unwrap_or("");
    let n = rest
        .bytes()
        .take_while(|b| *b == b' ' || *b == b'\t')
        .count();
    rest.get(..n).unwrap_or("")
}

/// The indentation a line starting at `line_start` should have when it begins with a
/// block closer (`end`, `else`, `elseif`, `until`, `}`): the indentation of the line that
/// opened the block it closes. Strings and comments are skipped; an unmatched closer gets
/// no indentation.
pub fn block_indent(src: &str, line_start: usize) -> String {
    let prefix = src.get(..line_start).unwrap_or("");
    // Line starts of the open blocks' openers.
    let mut stack: Vec<usize> = Vec::new();
    let mut ls = 0usize;
    for (kind, s, e) in tokenize(prefix) {
        let text = prefix.get(s..e).unwrap_or("");
        match kind {
            Kind::Keyword => match text {
                "function" | "do" | "then" | "repeat" => stack.push(ls),
                "end" | "until" | "elseif" => {
                    stack.pop();
                }
                "else" => {
                    stack.pop();
                    stack.push(ls);
                }
                _ => {}
            },
            Kind::Punct => {
                for c in text.bytes() {
                    if c == b'{' {
                        stack.push(ls);
                    } else if c == b'}' {
                        stack.pop();
                    }
                }
            }
            _ => {
                if let Some(nl) = text.rfind('\n') {
                    ls = s + nl + 1;
                }
            }
        }
    }
    stack
        .last()
        .map(|&l| indent_at(prefix, l).to_string())
        .unwrap_or_default()
}

/// If the line holding the caret (`pos`) is only indentation plus a block closer ending at
/// the caret, returns (line start, current indent length, wanted indentation) to re-indent
/// it to match its block; `None` when nothing should change.
pub fn auto_dedent(src: &str, pos: usize) -> Option<(usize, usize, String)> {
    let before = src.get(..pos)?;
    let ls = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.get(ls..)?;
    let word = line.trim_start_matches([' ', '\t']);
    if !DEDENT_WORDS.contains(&word) {
        return None;
    }
    // Nothing but whitespace may follow on the line.
    let rest = src.get(pos..)?.split('\n').next().unwrap_or("");
    if !rest.trim().is_empty() {
        return None;
    }
    // The word must be code (a keyword or a brace), not inside a string or comment.
    let word_at = pos.checked_sub(word.len())?;
    let is_code = tokenize(src)
        .iter()
        .find(|t| t.1 <= word_at && word_at < t.2)
        .is_some_and(|t| matches!(t.0, Kind::Keyword | Kind::Punct));
    if !is_code {
        return None;
    }
    let cur = line.len().saturating_sub(word.len());
    let want = block_indent(src, ls);
    (line.get(..cur)? != want).then_some((ls, cur, want))
}

/// Extra indentation after a line: one level when it opens a block.
pub fn opens_block(line: &str) -> bool {
    let code = line.split("--").next().unwrap_or("");
    let toks: Vec<&str> = code
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || "({[".contains(c)))
        .filter(|w| !w.is_empty())
        .collect();
    let mut depth = 0i32;
    for w in &toks {
        match *w {
            "function" | "do" | "then" | "repeat" => depth += 1,
            "end" | "until" => depth -= 1,
            "elseif" => depth -= 1,
            _ => {}
        }
    }
    let brackets =
        code.matches(['(', '{']).count() as i32 - code.matches([')', '}']).count() as i32;
    depth > 0 || brackets > 0 || code.trim_end().ends_with("else")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_cover_everything() {
        let src =
            "local x = 'a\\'b' -- hi\nreturn redis.call('GET', KEYS[1]) + 1.5 --[[ long\n]] é";
        let toks = tokenize(src);
        let mut pos = 0;
        for t in &toks {
            assert_eq!(t.1, pos);
            pos = t.2;
        }
        assert_eq!(pos, src.len());
        assert!(toks
            .iter()
            .any(|t| t.0 == Kind::Comment && &src[t.1..t.2] == "-- hi"));
        assert!(toks
            .iter()
            .any(|t| t.0 == Kind::Str && &src[t.1..t.2] == "'a\\'b'"));
        assert!(toks
            .iter()
            .any(|t| t.0 == Kind::Builtin && &src[t.1..t.2] == "redis"));
    }

    #[test]
    fn brackets() {
        let src = "f(a, '(', {b})";
        assert_eq!(matching_bracket(src, 1), Some((1, 13)));
        assert_eq!(matching_bracket(src, 14), Some((13, 1)));
        assert_eq!(matching_bracket(src, 10), Some((10, 12)));
        assert_eq!(matching_bracket(src, 6), None);
        assert_eq!(matching_bracket("(", 0), None);
    }

    #[test]
    fn dedents_closers_to_their_block() {
        let src = "local function f(x)\n  if x then\n    return 1\n    else";
        assert_eq!(auto_dedent(src, src.len()), Some((45, 4, "  ".into())));
        let src = "local function f(x)\n  if x then\n    return 1\n  else\n    return 2\n    end";
        let r = auto_dedent(src, src.len());
        assert_eq!(r.map(|r| r.2), Some("  ".into()));
        let src = "function f()\n  return 1\n  end";
        assert_eq!(
            auto_dedent(src, src.len()).map(|r| r.2),
            Some(String::new())
        );
        let src = "repeat\n  x = x + 1\n  until";
        assert_eq!(
            auto_dedent(src, src.len()).map(|r| (r.1, r.2)),
            Some((2, String::new()))
        );
        let src = "local t = {\n  a = 1,\n  }";
        assert_eq!(
            auto_dedent(src, src.len()).map(|r| r.2),
            Some(String::new())
        );
        // Already right, inside a string, more text on the line, or not a closer.
        let src = "if x then\n  y()\nend";
        assert_eq!(auto_dedent(src, src.len()), None);
        let src = "local s = [[\n  if x then\n    end";
        assert_eq!(auto_dedent(src, src.len()), None);
        let src = "if x then\n    end";
        assert_eq!(auto_dedent(src, 15), None);
        let src = "if x then\n    endx";
        assert_eq!(auto_dedent(src, src.len()), None);
        // Nested functions and an `elseif` chain.
        let src = "f(function()\n  if a then\n  elseif b then\n    x()\n    elseif";
        assert_eq!(auto_dedent(src, src.len()).map(|r| r.2), Some("  ".into()));
        assert_eq!(auto_dedent("end", 3), None);
        assert_eq!(auto_dedent("  end", 5), Some((0, 2, String::new())));
    }

    #[test]
    fn block_openers() {
        assert!(opens_block("local function f(a)"));
        assert!(opens_block("if x then"));
        assert!(!opens_block("if x then return 1 end"));
        assert!(opens_block(
            "redis.register_function('a', function(keys, args)"
        ));
        assert!(!opens_block("return 1"));
    }
}
