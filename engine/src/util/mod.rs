//! Small shared helpers: Redis-exact number parsing and formatting, glob matching.

pub mod glob;
pub mod numfmt;

/// Parses a signed 64-bit integer exactly as Redis's `string2ll` does
/// (no leading `+`, no spaces, no leading zeros, `-0` rejected).
pub fn parse_i64(s: &[u8]) -> Option<i64> {
    if s.is_empty() || s.len() > 20 {
        return None;
    }
    if s == b"0" {
        return Some(0);
    }
    let (neg, digits) = match s.first() {
        Some(b'-') => (true, s.get(1..)?),
        _ => (false, s),
    };
    match digits.first() {
        Some(b'1'..=b'9') => {}
        _ => return None,
    }
    let mut v: i64 = 0;
    for &c in digits {
        if !c.is_ascii_digit() {
            return None;
        }
        let d = i64::from(c - b'0');
        v = if neg {
            v.checked_mul(10)?.checked_sub(d)?
        } else {
            v.checked_mul(10)?.checked_add(d)?
        };
    }
    Some(v)
}

/// OBJECT ENCODING of a string value.
pub fn string_encoding(s: &[u8]) -> &'static str {
    if s.len() <= 20 && parse_i64(s).is_some() {
        "int"
    } else if s.len() <= 44 {
        "embstr"
    } else {
        "raw"
    }
}

/// Lossy UTF-8 of at most `max` bytes of `s`, for error messages.
pub fn lossy_trunc(s: &[u8], max: usize) -> String {
    let cut = s.get(..max.min(s.len())).unwrap_or(s);
    String::from_utf8_lossy(cut).into_owned()
}
