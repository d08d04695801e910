//! printf-style number formatting (`%g`, `%.17g`, `%f`, `%e`, ...) matching C's output,
//! used for Lua 5.1 number printing (`%.14g`), `string.format`, `redis.call` arguments
//! (`%.17g`) and replies.
//!
//! Everything here is built on Rust's float formatting, which (like glibc) is exact and
//! correctly rounded (ties to even on the exact binary value) for any precision.

/// Formats like C's `printf("%.{prec}g", x)` (glibc output: `inf`, `-inf`, `nan`, `-nan`).
pub fn fmt_g(x: f64, prec: usize) -> String {
    let spec = Spec {
        prec: Some(prec),
        ..Spec::new(b'g')
    };
    String::from_utf8_lossy(&format_float(&spec, x)).into_owned()
}

/// Largest precision honoured by the formatting functions (C has no limit; Lua 5.1 allows
/// at most two digits, so this only guards direct callers against huge allocations).
pub const MAX_PRECISION: usize = 400;
/// Largest field width honoured by the formatting functions (same reasoning as above).
pub const MAX_WIDTH: usize = 4096;

/// A parsed printf conversion specification (`%[flags][width][.precision]conv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    /// `-`: left-justify within the field.
    pub minus: bool,
    /// `+`: always print a sign for signed conversions.
    pub plus: bool,
    /// ` `: print a space where a `+` sign would go.
    pub space: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// `0`: pad numbers with zeros instead of spaces.
    pub zero: bool,
    /// Minimum field width.
    pub width: usize,
    /// Precision, if given (`.` alone means 0).
    pub prec: Option<usize>,
    /// The conversion character (`d`, `x`, `g`, `s`, ...).
    pub conv: u8,
}

impl Spec {
    /// A spec with no flags, width or precision.
    pub const fn new(conv: u8) -> Spec {
        Spec {
            minus: false,
            plus: false,
            space: false,
            alt: false,
            zero: false,
            width: 0,
            prec: None,
            conv,
        }
    }

    fn prec_or(&self, default: usize) -> usize {
        self.prec.unwrap_or(default).min(MAX_PRECISION)
    }
}

/// Pads `body` (preceded by `prefix`, the sign and/or `0x`) to the spec's width.
/// `zero_ok` says whether the `0` flag applies (numbers without an explicit precision).
fn pad(spec: &Spec, prefix: &[u8], body: &[u8], zero_ok: bool) -> Vec<u8> {
    let len = prefix.len().saturating_add(body.len());
    let width = spec.width.min(MAX_WIDTH);
    let fill = width.saturating_sub(len);
    let mut out = Vec::with_capacity(len.saturating_add(fill));
    if spec.minus {
        out.extend_from_slice(prefix);
        out.extend_from_slice(body);
        out.resize(out.len().saturating_add(fill), b' ');
    } else if spec.zero && zero_ok {
        out.extend_from_slice(prefix);
        out.resize(out.len().saturating_add(fill), b'0');
        out.extend_from_slice(body);
    } else {
        out.resize(fill, b' ');
        out.extend_from_slice(prefix);
        out.extend_from_slice(body);
    }
    out
}

fn sign_prefix(spec: &Spec, negative: bool) -> &'static [u8] {
    if negative {
        b"-"
    } else if spec.plus {
        b"+"
    } else if spec.space {
        b" "
    } else {
        b""
    }
}

/// Splits Rust's `{:e}` output (`1.5e-7`) into mantissa and exponent.
fn split_exp(s: &str) -> (&str, i64) {
    match s.split_once('e') {
        Some((m, e)) => (m, e.parse().unwrap_or(0)),
        None => (s, 0),
    }
}

fn c_exp(mant: &str, exp: i64, upper: bool) -> String {
    let sign = if exp < 0 { '-' } else { '+' };
    let e = if upper { 'E' } else { 'e' };
    format!("{}{}{}{:02}", mant, e, sign, exp.unsigned_abs())
}

fn strip_frac_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

/// Formats a float for the conversions `e E f F g G` exactly like glibc's printf.
pub fn format_float(spec: &Spec, x: f64) -> Vec<u8> {
    let upper = spec.conv.is_ascii_uppercase();
    let neg = x.is_sign_negative();
    let prefix = sign_prefix(spec, neg);
    if !x.is_finite() {
        let body: &[u8] = match (x.is_nan(), upper) {
            (true, false) => b"nan",
            (true, true) => b"NAN",
            (false, false) => b"inf",
            (false, true) => b"INF",
        };
        return pad(spec, prefix, body, false);
    }
    let a = x.abs();
    let body = match spec.conv.to_ascii_lowercase() {
        b'f' => {
            let p = spec.prec_or(6);
            let mut s = format!("{:.*}", p, a);
            if p == 0 && spec.alt {
                s.push('.');
            }
            s
        }
        b'e' => {
            let p = spec.prec_or(6);
            let r = format!("{:.*e}", p, a);
            let (m, e) = split_exp(&r);
            let mut m = m.to_string();
            if p == 0 && spec.alt {
                m.push('.');
            }
            c_exp(&m, e, upper)
        }
        _ => {
            // g / G
            let p = spec.prec_or(6).max(1);
            let r = format!("{:.*e}", p - 1, a);
            let (m, exp) = split_exp(&r);
            let p_i = i64::try_from(p).unwrap_or(i64::MAX);
            if exp < -4 || exp >= p_i {
                let mut m = m.to_string();
                if spec.alt {
                    if p == 1 {
                        m.push('.');
                    }
                } else {
                    m = strip_frac_zeros(&m).to_string();
                }
                c_exp(&m, exp, upper)
            } else {
                let decimals = usize::try_from(p_i - 1 - exp).unwrap_or(0);
                let s = format!("{:.*}", decimals, a);
                if spec.alt {
                    if decimals == 0 {
                        format!("{}.", s)
                    } else {
                        s
                    }
                } else {
                    strip_frac_zeros(&s).to_string()
                }
            }
        }
    };
    pad(spec, prefix, body.as_bytes(), true)
}

/// Formats a signed integer for `%d` / `%i` like C.
pub fn format_int(spec: &Spec, v: i64) -> Vec<u8> {
    let digits = int_digits(spec, v.unsigned_abs().to_string());
    pad(
        spec,
        sign_prefix(spec, v < 0),
        digits.as_bytes(),
        spec.prec.is_none(),
    )
}

fn int_digits(spec: &Spec, mut digits: String) -> String {
    if let Some(p) = spec.prec {
        let p = p.min(MAX_PRECISION);
        if p == 0 && digits == "0" {
            digits.clear();
        } else if digits.len() < p {
            let mut z = "0".repeat(p - digits.len());
            z.push_str(&digits);
            digits = z;
        }
    }
    digits
}

/// Formats an unsigned integer for `%u %o %x %X` like C.
pub fn format_uint(spec: &Spec, v: u64) -> Vec<u8> {
    let (raw, prefix): (String, &[u8]) = match spec.conv {
        b'o' => (format!("{:o}", v), b""),
        b'x' => (
            format!("{:x}", v),
            if spec.alt && v != 0 { b"0x" } else { b"" },
        ),
        b'X' => (
            format!("{:X}", v),
            if spec.alt && v != 0 { b"0X" } else { b"" },
        ),
        _ => (v.to_string(), b""),
    };
    let mut digits = int_digits(spec, raw);
    if spec.conv == b'o' && spec.alt && !digits.starts_with('0') {
        digits.insert(0, '0');
    }
    pad(spec, prefix, digits.as_bytes(), spec.prec.is_none())
}

/// Formats bytes for `%s` like C (precision truncates; the `0` flag is ignored).
pub fn format_str(spec: &Spec, s: &[u8]) -> Vec<u8> {
    let s = match spec.prec {
        Some(p) => s.get(..p.min(s.len())).unwrap_or(s),
        None => s,
    };
    pad(spec, b"", s, false)
}

/// C's `(long)x` conversion on x86-64: truncation, NaN and out-of-range give `i64::MIN`.
pub fn c_double_to_i64(x: f64) -> i64 {
    if x.is_finite() && (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&x) {
        x as i64
    } else {
        i64::MIN
    }
}

/// C's `(unsigned long)x` conversion as compiled by gcc on x86-64.
pub fn c_double_to_u64(x: f64) -> u64 {
    const TWO63: f64 = 9_223_372_036_854_775_808.0;
    if x >= TWO63 {
        (c_double_to_i64(x - TWO63) as u64) ^ (1u64 << 63)
    } else {
        c_double_to_i64(x) as u64
    }
}

/// C's `(int)x` conversion on x86-64: truncation, NaN and out-of-range give `i32::MIN`.
pub fn c_double_to_i32(x: f64) -> i32 {
    if x.is_finite() && x > -2_147_483_649.0 && x < 2_147_483_648.0 {
        x as i32
    } else {
        i32::MIN
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn g_matches_c() {
        assert_eq!(fmt_g(0.1, 17), "0.10000000000000001");
        assert_eq!(fmt_g(1.5, 17), "1.5");
        assert_eq!(fmt_g(100.0, 14), "100");
        assert_eq!(fmt_g(1e15, 14), "1e+15");
        assert_eq!(fmt_g(1e14, 14), "1e+14");
        assert_eq!(fmt_g(123456789012345.0, 14), "1.2345678901234e+14");
        assert_eq!(fmt_g(0.0001, 14), "0.0001");
        assert_eq!(fmt_g(0.00001, 14), "1e-05");
        assert_eq!(fmt_g(-0.0, 14), "-0");
        assert_eq!(fmt_g(1.23456, 14), "1.23456");
        assert_eq!(fmt_g(f64::INFINITY, 17), "inf");
        assert_eq!(fmt_g(1e23, 17), "9.9999999999999992e+22");
        assert_eq!(fmt_g(-f64::NAN, 14), "-nan");
    }

    fn sp(conv: u8, f: &str, width: usize, prec: Option<usize>) -> Spec {
        Spec {
            minus: f.contains('-'),
            plus: f.contains('+'),
            space: f.contains(' '),
            alt: f.contains('#'),
            zero: f.contains('0'),
            width,
            prec,
            conv,
        }
    }

    fn s(v: Vec<u8>) -> String {
        String::from_utf8(v).unwrap_or_default()
    }

    #[test]
    fn floats() {
        assert_eq!(s(format_float(&sp(b'f', "", 0, Some(0)), 0.5)), "0");
        assert_eq!(s(format_float(&sp(b'f', "", 0, Some(0)), 1.5)), "2");
        assert_eq!(s(format_float(&sp(b'f', "", 0, Some(2)), 1.005)), "1.00");
        assert_eq!(s(format_float(&sp(b'f', "+", 5, Some(1)), 2.25)), " +2.2");
        assert_eq!(
            s(format_float(&sp(b'e', " ", 0, None), 1.0)),
            " 1.000000e+00"
        );
        assert_eq!(s(format_float(&sp(b'e', "#", 0, Some(0)), 5.0)), "5.e+00");
        assert_eq!(s(format_float(&sp(b'f', "#", 0, Some(0)), 5.0)), "5.");
        assert_eq!(s(format_float(&sp(b'g', "", 0, Some(0)), 123.0)), "1e+02");
        assert_eq!(s(format_float(&sp(b'g', "#", 0, Some(3)), 1.0)), "1.00");
        assert_eq!(
            s(format_float(&sp(b'g', "", 0, None), 123456789.0)),
            "1.23457e+08"
        );
        assert_eq!(s(format_float(&sp(b'G', "", 0, None), 1e-20)), "1E-20");
        assert_eq!(
            s(format_float(&sp(b'f', "0", 10, Some(2)), -1.23456)),
            "-000001.23"
        );
        assert_eq!(
            s(format_float(&sp(b'e', "0", 9, Some(3)), 1.23456)),
            "1.235e+00"
        );
        assert_eq!(
            s(format_float(&sp(b'f', "0", 5, Some(1)), f64::INFINITY)),
            "  inf"
        );
        assert_eq!(
            s(format_float(&sp(b'e', "", 0, Some(30)), 1.0 / 3.0)),
            "3.333333333333333148296162562474e-01"
        );
    }

    #[test]
    fn ints() {
        assert_eq!(s(format_int(&sp(b'd', "0", 5, None), -42)), "-0042");
        assert_eq!(s(format_int(&sp(b'd', "+0", 8, None), 42)), "+0000042");
        assert_eq!(s(format_int(&sp(b'd', "-0", 8, None), 42)), "42      ");
        assert_eq!(s(format_int(&sp(b'd', "", 0, Some(3)), 7)), "007");
        assert_eq!(s(format_int(&sp(b'd', "", 0, Some(0)), 0)), "");
        assert_eq!(s(format_uint(&sp(b'x', "#", 0, None), 255)), "0xff");
        assert_eq!(s(format_uint(&sp(b'x', "#", 0, None), 0)), "0");
        assert_eq!(s(format_uint(&sp(b'o', "#", 0, Some(3)), 8)), "010");
        assert_eq!(s(format_uint(&sp(b'o', "#", 0, None), 0)), "0");
        assert_eq!(s(format_uint(&sp(b'x', "", 0, Some(3)), 10)), "00a");
        assert_eq!(c_double_to_u64(-1.0), u64::MAX);
        assert_eq!(c_double_to_u64(f64::NAN), 1u64 << 63);
        assert_eq!(c_double_to_u64(18446744073709551616.0), 0);
        assert_eq!(c_double_to_i64(1e300), i64::MIN);
        assert_eq!(c_double_to_i32(256.0 + 65.0), 321);
    }
}
