//! Small shared helpers: Redis-exact number parsing and formatting, glob matching.

pub mod glob;
pub mod longdouble;
pub mod numfmt;
pub mod sort;

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

// ---------------------------------------------------------------------------------------
// Float parsing / formatting shared by the string and hash families (keyspace1).
// ---------------------------------------------------------------------------------------

pub use longdouble::LongDouble;

/// Parses a double exactly as Redis's `string2d` / `getDoubleFromObject` accept it
/// (`strtod` rules): no leading whitespace, the whole input consumed, `inf` / `-inf` /
/// `infinity` accepted, `nan` rejected, finite text that overflows to infinity or
/// underflows to zero rejected, hexadecimal floats (`0x1p3`) accepted.
pub fn parse_f64(s: &[u8]) -> Option<f64> {
    let first = *s.first()?;
    if first.is_ascii_whitespace() || s.len() > 5 * 1024 {
        return None;
    }
    let text = std::str::from_utf8(s).ok()?;
    let body = text.trim_start_matches(['+', '-']);
    if body.len() + 1 < text.len() {
        return None; // more than one sign
    }
    let lower = body.to_ascii_lowercase();
    if lower.starts_with("nan") {
        return None;
    }
    if lower == "inf" || lower == "infinity" {
        return Some(if first == b'-' {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower.starts_with("0x") {
        let ld = LongDouble::parse(s)?;
        return ld.to_f64();
    }
    if lower.starts_with("in") {
        return None;
    }
    let v: f64 = text.parse().ok()?;
    if v.is_infinite() {
        return None; // overflow (ERANGE with HUGE_VAL)
    }
    if v == 0.0 {
        let mant = lower.split('e').next().unwrap_or("");
        if mant.bytes().any(|c| (b'1'..=b'9').contains(&c)) {
            return None; // underflow to zero (ERANGE)
        }
    }
    Some(v)
}

/// Formats an `f64` approximately the way Redis prints INCRBYFLOAT / HINCRBYFLOAT results:
/// the shortest decimal that round-trips, never in exponent form, `-0` → `0`, infinities as
/// `inf` / `-inf` (`10.5 + 0.1` → `"10.6"`). Redis computes in `long double` and prints
/// `%.17Lf`, which differs for some values (`1000.1` → `1000.09999999999999998`); for
/// byte-exact results use [`incr_float_str`], which emulates that arithmetic.
pub fn fmt_incr_float(x: f64) -> String {
    if x.is_infinite() {
        return if x < 0.0 { "-inf".into() } else { "inf".into() };
    }
    if x == 0.0 {
        return "0".into();
    }
    format!("{x}")
}

/// Why [`incr_float_str`] failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IncrFloatError {
    /// The current value is not a valid float.
    CurrentNotFloat,
    /// The increment is not a valid float.
    IncrNotFloat,
    /// The result is NaN or infinite (`ERR increment would produce NaN or Infinity`).
    NanOrInf,
}

/// INCRBYFLOAT arithmetic as Redis does it: both texts parsed as `long double` (`strtold`
/// rules, see [`LongDouble::parse`]), added in 64-bit-mantissa precision, the result printed
/// with [`LongDouble::fmt_human`]. `current` is `None` for a missing key/field (0).
/// The current value is checked before the increment (INCRBYFLOAT's order); HINCRBYFLOAT
/// checks the increment first, so it should call [`LongDouble::parse`] on it beforehand.
pub fn incr_float_str(current: Option<&[u8]>, incr: &[u8]) -> Result<Vec<u8>, IncrFloatError> {
    let cur = match current {
        None => LongDouble::parse(b"0").ok_or(IncrFloatError::CurrentNotFloat)?,
        Some(c) => LongDouble::parse(c).ok_or(IncrFloatError::CurrentNotFloat)?,
    };
    let inc = LongDouble::parse(incr).ok_or(IncrFloatError::IncrNotFloat)?;
    let sum = cur.plus(inc);
    if !sum.is_finite() {
        return Err(IncrFloatError::NanOrInf);
    }
    Ok(sum.fmt_human().into_bytes())
}

/// Formats an integer the way Redis replies with it in bulk strings (plain decimal).
pub fn fmt_i64(v: i64) -> Vec<u8> {
    v.to_string().into_bytes()
}

#[cfg(test)]
mod float_tests {
    use super::{fmt_incr_float, incr_float_str, parse_f64, IncrFloatError};

    #[test]
    fn parse_f64_rules() {
        assert_eq!(parse_f64(b"1.5"), Some(1.5));
        assert_eq!(parse_f64(b"-inf"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_f64(b"+inf"), Some(f64::INFINITY));
        assert_eq!(parse_f64(b"Infinity"), Some(f64::INFINITY));
        assert_eq!(parse_f64(b"nan"), None);
        assert_eq!(parse_f64(b" 1"), None);
        assert_eq!(parse_f64(b"1 "), None);
        assert_eq!(parse_f64(b""), None);
        assert_eq!(parse_f64(b"1e400"), None);
        assert_eq!(parse_f64(b"1e-400"), None);
        assert_eq!(parse_f64(b"0e-400"), Some(0.0));
        assert_eq!(parse_f64(b"0x10"), Some(16.0));
        assert_eq!(parse_f64(b".5"), Some(0.5));
        assert_eq!(parse_f64(b"--1"), None);
        assert_eq!(parse_f64(b"abc"), None);
    }

    #[test]
    fn incr_float() {
        let f = |a: &str, b: &str| incr_float_str(Some(a.as_bytes()), b.as_bytes());
        assert_eq!(f("10.5", "0.1"), Ok(b"10.6".to_vec()));
        assert_eq!(f("0", "inf"), Err(IncrFloatError::NanOrInf));
        assert_eq!(f("x", "1"), Err(IncrFloatError::CurrentNotFloat));
        assert_eq!(f("1", "x"), Err(IncrFloatError::IncrNotFloat));
        assert_eq!(incr_float_str(None, b"1.25"), Ok(b"1.25".to_vec()));
        assert_eq!(fmt_incr_float(10.5 + 0.1), "10.6");
        assert_eq!(fmt_incr_float(3.0), "3");
        assert_eq!(fmt_incr_float(-0.0), "0");
    }
}
