//! printf-style number formatting (`%g`, `%.17g`, `%f`, `%e`, ...) matching C's output,
//! used for Lua 5.1 number printing (`%.14g`), `redis.call` arguments (`%.17g`) and replies.

/// Formats like C's `printf("%.{prec}g", x)` (glibc output: `inf`, `-inf`, `nan`, `-nan`).
pub fn fmt_g(x: f64, prec: usize) -> String {
    if x.is_nan() {
        return if x.is_sign_negative() {
            "-nan".into()
        } else {
            "nan".into()
        };
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf".into() } else { "inf".into() };
    }
    let p = prec.clamp(1, 120);
    // Exponent after rounding to p significant digits.
    let e_repr = format!("{:.*e}", p - 1, x);
    let exp: i64 = e_repr
        .rsplit('e')
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let p_i = p as i64;
    if exp < -4 || exp >= p_i {
        let (mant, _) = e_repr.split_once('e').unwrap_or((&e_repr, ""));
        let mant = strip_zeros(mant);
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{}{:02}", mant, sign, exp.unsigned_abs())
    } else {
        let decimals = usize::try_from(p_i - 1 - exp).unwrap_or(0);
        strip_zeros(&format!("{:.*}", decimals, x)).to_string()
    }
}

fn strip_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::fmt_g;

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
        assert_eq!(fmt_g(3.14159, 14), "3.14159");
        assert_eq!(fmt_g(f64::INFINITY, 17), "inf");
        assert_eq!(fmt_g(9.9999999999999999e22, 17), "9.9999999999999992e+22");
    }
}
