//! A software emulation of the x87 80-bit `long double` (64-bit mantissa) just wide enough
//! for Redis's INCRBYFLOAT / HINCRBYFLOAT: parse like `strtold` (correctly rounded,
//! round-half-even), add with correct rounding, print like `printf("%.17Lf")` with Redis's
//! trailing-zero stripping. Redis computes these commands in `long double`, so plain `f64`
//! would print `1000.1` where Redis prints `1000.09999999999999998`.

use std::cmp::Ordering;

/// A tiny arbitrary-precision unsigned integer (little-endian 32-bit limbs).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Big(Vec<u32>);

impl Big {
    fn from_u64(v: u64) -> Big {
        let mut b = Big(vec![v as u32, (v >> 32) as u32]);
        b.trim();
        b
    }
    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }
    fn is_zero(&self) -> bool {
        self.0.is_empty()
    }
    fn bit_len(&self) -> u64 {
        match self.0.last() {
            None => 0,
            Some(&top) => (self.0.len() as u64 - 1) * 32 + u64::from(32 - top.leading_zeros()),
        }
    }
    fn mul_small(&mut self, m: u32) {
        let mut carry = 0u64;
        for l in self.0.iter_mut() {
            let v = u64::from(*l) * u64::from(m) + carry;
            *l = v as u32;
            carry = v >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
        self.trim();
    }
    fn add_small(&mut self, a: u32) {
        let mut carry = u64::from(a);
        for l in self.0.iter_mut() {
            if carry == 0 {
                break;
            }
            let v = u64::from(*l) + carry;
            *l = v as u32;
            carry = v >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
    }
    /// Divides by a small number in place, returning the remainder.
    fn div_small(&mut self, d: u32) -> u32 {
        let mut rem = 0u64;
        for l in self.0.iter_mut().rev() {
            let cur = (rem << 32) | u64::from(*l);
            *l = (cur / u64::from(d)) as u32;
            rem = cur % u64::from(d);
        }
        self.trim();
        rem as u32
    }
    fn shl(&self, bits: u64) -> Big {
        if self.is_zero() {
            return Big::default();
        }
        let limbs = (bits / 32) as usize;
        let sh = (bits % 32) as u32;
        let mut out = vec![0u32; limbs];
        let mut carry = 0u32;
        for &l in &self.0 {
            if sh == 0 {
                out.push(l);
            } else {
                out.push((l << sh) | carry);
                carry = l >> (32 - sh);
            }
        }
        if carry != 0 {
            out.push(carry);
        }
        let mut b = Big(out);
        b.trim();
        b
    }
    /// Shifts right; also reports whether any 1 bit was shifted out.
    fn shr(&self, bits: u64) -> (Big, bool) {
        let limbs = (bits / 32) as usize;
        let sh = (bits % 32) as u32;
        if limbs >= self.0.len() {
            return (Big::default(), !self.is_zero());
        }
        let mut lost = self.0.iter().take(limbs).any(|&l| l != 0);
        let rest = self.0.get(limbs..).unwrap_or(&[]);
        let mut out = Vec::with_capacity(rest.len());
        for (i, &l) in rest.iter().enumerate() {
            if sh == 0 {
                out.push(l);
            } else {
                let hi = rest.get(i + 1).copied().unwrap_or(0);
                out.push((l >> sh) | (hi << (32 - sh)));
            }
        }
        if sh != 0 {
            if let Some(&first) = rest.first() {
                if first & ((1u32 << sh) - 1) != 0 {
                    lost = true;
                }
            }
        }
        let mut b = Big(out);
        b.trim();
        (b, lost)
    }
    fn cmp(&self, o: &Big) -> Ordering {
        if self.0.len() != o.0.len() {
            return self.0.len().cmp(&o.0.len());
        }
        for (a, b) in self.0.iter().rev().zip(o.0.iter().rev()) {
            if a != b {
                return a.cmp(b);
            }
        }
        Ordering::Equal
    }
    /// `self -= o`, requires `self >= o`.
    fn sub_assign(&mut self, o: &Big) {
        let mut borrow = 0i64;
        for (i, l) in self.0.iter_mut().enumerate() {
            let b = i64::from(o.0.get(i).copied().unwrap_or(0));
            let mut v = i64::from(*l) - b - borrow;
            if v < 0 {
                v += 1 << 32;
                borrow = 1;
            } else {
                borrow = 0;
            }
            *l = v as u32;
        }
        self.trim();
    }
    fn low_u64(&self) -> u64 {
        u64::from(self.0.first().copied().unwrap_or(0))
            | (u64::from(self.0.get(1).copied().unwrap_or(0)) << 32)
    }
    fn pow10(k: u32) -> Big {
        let mut b = Big::from_u64(1);
        let mut k = k;
        while k >= 9 {
            b.mul_small(1_000_000_000);
            k -= 9;
        }
        for _ in 0..k {
            b.mul_small(10);
        }
        b
    }
    /// Decimal digits.
    fn to_decimal(&self) -> String {
        if self.is_zero() {
            return "0".into();
        }
        let mut chunks = Vec::new();
        let mut x = self.clone();
        while !x.is_zero() {
            chunks.push(x.div_small(1_000_000_000));
        }
        let mut s = String::new();
        for (i, c) in chunks.iter().rev().enumerate() {
            if i == 0 {
                s.push_str(&c.to_string());
            } else {
                s.push_str(&format!("{c:09}"));
            }
        }
        s
    }
}

/// Largest binary exponent of the top mantissa bit of a finite long double.
const MAX_EXP: i64 = 16383;
/// Smallest binary exponent of the top mantissa bit we keep (long double denormal limit).
const MIN_EXP: i64 = -16445;

/// An x87 extended-precision value: `(-1)^neg * m * 2^e` with `m`'s top bit set (or zero).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LongDouble {
    neg: bool,
    m: u64,
    e: i64,
    inf: bool,
}

impl LongDouble {
    /// Zero with the given sign.
    fn zero(neg: bool) -> LongDouble {
        LongDouble {
            neg,
            m: 0,
            e: 0,
            inf: false,
        }
    }

    /// True unless infinite.
    pub fn is_finite(&self) -> bool {
        !self.inf
    }

    /// Rounds `n * 2^bexp` to a 64-bit mantissa (round half to even, `sticky` = bits already
    /// lost below `n`). None on overflow or total underflow.
    fn round_from(neg: bool, n: &Big, bexp: i64, sticky: bool) -> Option<LongDouble> {
        if n.is_zero() {
            return if sticky { None } else { Some(Self::zero(neg)) };
        }
        let bl = n.bit_len() as i64;
        let (m, mut e) = if bl <= 64 {
            let sh = (64 - bl) as u64;
            (n.shl(sh).low_u64(), bexp - sh as i64)
        } else {
            let drop = (bl - 64) as u64;
            let (hi, _) = n.shr(drop);
            let mut m = hi.low_u64();
            let (below, lost_below) = n.shr(drop - 1);
            let half = below.low_u64() & 1 == 1;
            let rest = lost_below || sticky;
            if half && (rest || m & 1 == 1) {
                let (nm, of) = m.overflowing_add(1);
                if of {
                    return Self::finish(neg, 1u64 << 63, bexp + drop as i64 + 1);
                }
                m = nm;
            }
            (m, bexp + drop as i64)
        };
        if m == 0 {
            e = 0;
        }
        Self::finish(neg, m, e)
    }

    fn finish(neg: bool, m: u64, e: i64) -> Option<LongDouble> {
        let top = e + 63;
        if !(MIN_EXP..=MAX_EXP).contains(&top) {
            return None;
        }
        Some(LongDouble {
            neg,
            m,
            e,
            inf: false,
        })
    }

    /// Parses like Redis's `string2ld` (`strtold` plus Redis's checks): no leading space, the
    /// whole input consumed, `inf`/`infinity` accepted, `nan` rejected, overflow and
    /// underflow to zero rejected, hexadecimal floats accepted, at most 5119 bytes.
    pub fn parse(s: &[u8]) -> Option<LongDouble> {
        if s.is_empty() || s.len() >= 5 * 1024 {
            return None;
        }
        let (neg, body) = match s.first() {
            Some(b'-') => (true, s.get(1..)?),
            Some(b'+') => (false, s.get(1..)?),
            _ => (false, s),
        };
        if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
            return Some(LongDouble {
                neg,
                m: 1 << 63,
                e: 0,
                inf: true,
            });
        }
        if body.len() > 2 && (body.starts_with(b"0x") || body.starts_with(b"0X")) {
            return Self::parse_hex(neg, body.get(2..)?);
        }
        // Decimal: digits [. digits] [e [sign] digits]
        let mut i = 0;
        let mut d = Big::default();
        let mut ndig = 0usize;
        let mut dexp: i64 = 0;
        let mut any = false;
        while let Some(&c) = body.get(i) {
            if !c.is_ascii_digit() {
                break;
            }
            any = true;
            if ndig > 0 || c != b'0' {
                d.mul_small(10);
                d.add_small(u32::from(c - b'0'));
                ndig += 1;
            }
            i += 1;
        }
        if body.get(i) == Some(&b'.') {
            i += 1;
            while let Some(&c) = body.get(i) {
                if !c.is_ascii_digit() {
                    break;
                }
                any = true;
                if ndig > 0 || c != b'0' {
                    d.mul_small(10);
                    d.add_small(u32::from(c - b'0'));
                    ndig += 1;
                }
                dexp -= 1;
                i += 1;
            }
        }
        if !any {
            return None;
        }
        if matches!(body.get(i), Some(b'e') | Some(b'E')) {
            i += 1;
            let eneg = match body.get(i) {
                Some(b'-') => {
                    i += 1;
                    true
                }
                Some(b'+') => {
                    i += 1;
                    false
                }
                _ => false,
            };
            let start = i;
            let mut ev: i64 = 0;
            while let Some(&c) = body.get(i) {
                if !c.is_ascii_digit() {
                    break;
                }
                ev = ev.saturating_mul(10).saturating_add(i64::from(c - b'0'));
                i += 1;
            }
            if i == start {
                return None;
            }
            dexp = if eneg {
                dexp.saturating_sub(ev)
            } else {
                dexp.saturating_add(ev)
            };
        }
        if i != body.len() {
            return None;
        }
        if d.is_zero() {
            return Some(Self::zero(neg));
        }
        let mag = ndig as i64 + dexp; // value < 10^mag
        if mag > 4934 {
            return None;
        }
        if mag < -4952 {
            return None;
        }
        if dexp >= 0 {
            let mut n = d;
            let mut k = dexp;
            while k >= 9 {
                n.mul_small(1_000_000_000);
                k -= 9;
            }
            for _ in 0..k {
                n.mul_small(10);
            }
            Self::round_from(neg, &n, 0, false)
        } else {
            let den = Big::pow10(u32::try_from(-dexp).ok()?);
            let s = (den.bit_len() as i64 - d.bit_len() as i64 + 66).max(0) as u64;
            let num = d.shl(s);
            let (q, r_nonzero) = divide(num, &den);
            Self::round_from(neg, &q, -(s as i64), r_nonzero)
        }
    }

    fn parse_hex(neg: bool, h: &[u8]) -> Option<LongDouble> {
        let mut i = 0;
        let mut n = Big::default();
        let mut bexp: i64 = 0;
        let mut any = false;
        let mut sticky = false;
        let hexval = |c: u8| (c as char).to_digit(16);
        let mut push = |n: &mut Big, v: u32, bexp: &mut i64, frac: bool| {
            if n.bit_len() > 200 {
                // Enough precision: further digits only matter as sticky bits.
                if v != 0 {
                    sticky = true;
                }
                if !frac {
                    *bexp += 4;
                }
            } else {
                n.mul_small(16);
                n.add_small(v);
                if frac {
                    *bexp -= 4;
                }
            }
        };
        while let Some(v) = h.get(i).and_then(|&c| hexval(c)) {
            any = true;
            push(&mut n, v, &mut bexp, false);
            i += 1;
        }
        if h.get(i) == Some(&b'.') {
            i += 1;
            while let Some(v) = h.get(i).and_then(|&c| hexval(c)) {
                any = true;
                push(&mut n, v, &mut bexp, true);
                i += 1;
            }
        }
        if !any {
            return None;
        }
        if matches!(h.get(i), Some(b'p') | Some(b'P')) {
            i += 1;
            let eneg = match h.get(i) {
                Some(b'-') => {
                    i += 1;
                    true
                }
                Some(b'+') => {
                    i += 1;
                    false
                }
                _ => false,
            };
            let start = i;
            let mut ev: i64 = 0;
            while let Some(&c) = h.get(i) {
                if !c.is_ascii_digit() {
                    break;
                }
                ev = ev.saturating_mul(10).saturating_add(i64::from(c - b'0'));
                i += 1;
            }
            if i == start {
                return None;
            }
            ev = ev.min(1 << 40);
            bexp = if eneg { bexp - ev } else { bexp + ev };
        }
        if i != h.len() {
            return None;
        }
        if n.is_zero() {
            return Some(Self::zero(neg));
        }
        Self::round_from(neg, &n, bexp, sticky)
    }

    /// The exact value of an `f64`.
    pub fn from_f64(x: f64) -> LongDouble {
        if x.is_infinite() {
            return LongDouble {
                neg: x < 0.0,
                m: 1 << 63,
                e: 0,
                inf: true,
            };
        }
        if x == 0.0 || x.is_nan() {
            return Self::zero(x.is_sign_negative());
        }
        let bits = x.to_bits();
        let neg = bits >> 63 == 1;
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1u64 << 52) - 1);
        let (mant, e) = if exp == 0 {
            (frac, -1074)
        } else {
            (frac | (1u64 << 52), exp - 1075)
        };
        Self::round_from(neg, &Big::from_u64(mant), e, false).unwrap_or(Self::zero(neg))
    }

    /// The nearest `f64` (None if it overflows or underflows to zero).
    pub fn to_f64(&self) -> Option<f64> {
        let sign = if self.neg { -1.0 } else { 1.0 };
        if self.inf {
            return Some(sign * f64::INFINITY);
        }
        if self.m == 0 {
            return Some(sign * 0.0);
        }
        let mut v = self.m as f64;
        let mut e = self.e;
        while e != 0 {
            let step = e.clamp(-1000, 1000);
            v *= 2f64.powi(step as i32);
            e -= step;
        }
        if v.is_infinite() || v == 0.0 {
            return None;
        }
        Some(sign * v)
    }

    /// `self + o`, correctly rounded. Overflow gives an infinity.
    pub fn plus(self, o: LongDouble) -> LongDouble {
        if self.inf || o.inf {
            if self.inf && o.inf && self.neg != o.neg {
                // inf - inf: NaN; represent as an infinity (callers reject both).
                return self;
            }
            return if self.inf { self } else { o };
        }
        if self.m == 0 {
            if o.m == 0 {
                return Self::zero(self.neg && o.neg);
            }
            return o;
        }
        if o.m == 0 {
            return self;
        }
        // a has the larger exponent.
        let (a, b) = if self.e >= o.e { (self, o) } else { (o, self) };
        let d = (a.e - b.e) as u64;
        let am = u128::from(a.m) << 62;
        let bfull = u128::from(b.m) << 62;
        let (mut bm, lost) = if d >= 127 {
            (0u128, true)
        } else {
            let v = bfull >> d;
            (v, (v << d) != bfull)
        };
        if lost {
            bm |= 1; // jam the sticky bit
        }
        let base = a.e - 62;
        let (neg, r) = if a.neg == b.neg {
            (a.neg, am + bm)
        } else if am >= bm {
            (a.neg, am - bm)
        } else {
            (b.neg, bm - am)
        };
        if r == 0 {
            return Self::zero(false);
        }
        let n = Big(vec![
            r as u32,
            (r >> 32) as u32,
            (r >> 64) as u32,
            (r >> 96) as u32,
        ]);
        let mut n = n;
        n.trim();
        Self::round_from(neg, &n, base, false).unwrap_or(LongDouble {
            neg,
            m: 1 << 63,
            e: 0,
            inf: true,
        })
    }

    /// `printf("%.17Lf")` with trailing zeros (and a trailing `.`) removed and `-0` shown as
    /// `0`, as Redis's `ld2string(..., LD_STR_HUMAN)`. Infinities print `inf` / `-inf`.
    pub fn fmt_human(&self) -> String {
        if self.inf {
            return if self.neg {
                "-inf".into()
            } else {
                "inf".into()
            };
        }
        let m = Big::from_u64(self.m);
        let (int_part, frac_digits) = if self.e >= 0 {
            (m.shl(self.e as u64), Big::default())
        } else {
            let k = (-self.e) as u64;
            let (ip, _) = m.shr(k);
            // fraction = m mod 2^k
            let fr = m_sub(&m, &ip.shl(k));
            let scaled = {
                let mut s = fr;
                s.mul_small(100_000_000);
                s.mul_small(1_000_000_000);
                s
            };
            let (mut q, _) = scaled.shr(k);
            let rem = m_sub(&scaled, &q.shl(k));
            // Round half to even on the exact remainder.
            let half = Big::from_u64(1).shl(k - 1);
            let c = rem.cmp(&half);
            let odd = q.low_u64() & 1 == 1;
            if c == Ordering::Greater || (c == Ordering::Equal && odd) {
                q.add_small(1);
            }
            let limit = Big::pow10(17);
            if q.cmp(&limit) != Ordering::Less {
                let mut ip2 = ip;
                ip2.add_small(1);
                q.sub_assign(&limit);
                (ip2, q)
            } else {
                (ip, q)
            }
        };
        let mut s = String::new();
        if self.neg {
            s.push('-');
        }
        s.push_str(&int_part.to_decimal());
        let frac = frac_digits.to_decimal();
        let frac = format!("{:0>17}", frac);
        let frac = frac.trim_end_matches('0');
        if !frac.is_empty() {
            s.push('.');
            s.push_str(frac);
        }
        if s == "-0" {
            s = "0".into();
        }
        s
    }
}

fn m_sub(a: &Big, b: &Big) -> Big {
    let mut r = a.clone();
    r.sub_assign(b);
    r
}

/// Long division where the quotient is small (~67 bits): returns (quotient, remainder != 0).
fn divide(mut num: Big, den: &Big) -> (Big, bool) {
    let nb = num.bit_len();
    let db = den.bit_len();
    if nb < db {
        return (Big::default(), !num.is_zero());
    }
    let mut q = Big::default();
    let mut i = nb - db + 1;
    while i > 0 {
        i -= 1;
        let sh = den.shl(i);
        q = q.shl(1);
        if num.cmp(&sh) != Ordering::Less {
            num.sub_assign(&sh);
            q.add_small(1);
        }
    }
    (q, !num.is_zero())
}

#[cfg(test)]
mod tests {
    use super::LongDouble;

    fn incr(a: &str, b: &str) -> String {
        let x = LongDouble::parse(a.as_bytes()).unwrap_or(LongDouble::zero(false));
        let y = LongDouble::parse(b.as_bytes()).unwrap_or(LongDouble::zero(false));
        x.plus(y).fmt_human()
    }

    #[test]
    fn matches_redis() {
        assert_eq!(incr("10.5", "0.1"), "10.6");
        assert_eq!(incr("0.1", "0.2"), "0.3");
        assert_eq!(incr("0", "1000.1"), "1000.09999999999999998");
        assert_eq!(incr("0", "123456.789"), "123456.78900000000000148");
        assert_eq!(incr("0", "1e20"), "100000000000000000000");
        assert_eq!(incr("0", "1.5e-7"), "0.00000015");
        assert_eq!(incr("0", "3.0e3"), "3000");
        assert_eq!(incr("0", "1e-20"), "0");
        assert_eq!(
            incr("0", "99999999999.123"),
            "99999999999.12300000339746475"
        );
        assert_eq!(incr("0", "0x10"), "16");
        assert_eq!(incr("0", "-0.0"), "0");
        assert_eq!(incr("1", "-1"), "0");
        assert_eq!(incr("5.0e3", "2.0e2"), "5200");
        assert_eq!(incr("10.6", "-5"), "5.6");
        assert_eq!(
            incr("0", "1.7976931348623157e308"),
            "179769313486231569995921046774104434048386446944329178485314420765176628523124396354701868608387085564428793419425520689308708363451136055357897278026477617073498977686288394835618163294045594434929537447290627480669417384648879122776218333598953852832103282504751611691208117720159985926376802466863339536384"
        );
        assert_eq!(
            incr("0", "2e308"),
            "199999999999999999993371759311691291321120199694831134415594095989843469737676123744200253843777078640893494450108026446304269499187921167194841628860392837535918200039206381557326219209014213335878306791577877829121087126122536729803237260434173178506889763247582601711514636284849020905456510092687857156096"
        );
    }

    #[test]
    fn parse_rules() {
        assert!(LongDouble::parse(b"nan").is_none());
        assert!(LongDouble::parse(b" 1").is_none());
        assert!(LongDouble::parse(b"1 ").is_none());
        assert!(LongDouble::parse(b"1e").is_none());
        assert!(LongDouble::parse(b"").is_none());
        assert!(LongDouble::parse(b".").is_none());
        assert!(LongDouble::parse(b"1e5000").is_none());
        assert!(LongDouble::parse(b"1e-5000").is_none());
        assert!(LongDouble::parse(b"-inf").is_some_and(|x| !x.is_finite()));
        assert!(LongDouble::parse(b".5").is_some());
        assert!(LongDouble::parse(b"5.").is_some());
        assert!(LongDouble::parse(b"+5").is_some());
    }
}
