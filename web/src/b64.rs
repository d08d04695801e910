//! Base64 (RFC 4648) for the two forms the app uses: the standard alphabet with padding
//! (snapshots in localStorage) and the URL-safe alphabet without padding (share links).
//! Decoding is strict like the `base64` crate's engines it replaces: invalid symbols,
//! wrong padding and non-canonical trailing bits are errors.

const STD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Encodes `bytes`: `url` selects the URL-safe alphabet without padding.
pub fn encode(bytes: &[u8], url: bool) -> String {
    let abc = if url { URL } else { STD };
    let mut out = String::with_capacity(bytes.len().div_ceil(3).saturating_mul(4));
    for chunk in bytes.chunks(3) {
        let b = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
        let n = (b(0) << 16) | (b(1) << 8) | b(2);
        let sym = |shift: u32| {
            char::from(
                abc.get(((n >> shift) & 63) as usize)
                    .copied()
                    .unwrap_or(b'A'),
            )
        };
        out.push(sym(18));
        out.push(sym(12));
        for (need, shift) in [(2, 6), (3, 0)] {
            if chunk.len() >= need {
                out.push(sym(shift));
            } else if !url {
                out.push('=');
            }
        }
    }
    out
}

fn value(c: u8, url: bool) -> Option<u32> {
    let v = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' if !url => 62,
        b'/' if !url => 63,
        b'-' if url => 62,
        b'_' if url => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

/// Decodes text made by [`encode`] with the same `url` flag; `None` when malformed.
pub fn decode(text: &str, url: bool) -> Option<Vec<u8>> {
    let mut body = text.as_bytes();
    if !url {
        if !body.len().is_multiple_of(4) {
            return None;
        }
        let pad = body.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 {
            return None;
        }
        body = body.get(..body.len() - pad)?;
        if pad > 0 && body.len() % 4 + pad != 4 {
            return None;
        }
    }
    if body.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(body.len() / 4 * 3 + 2);
    for chunk in body.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= value(c, url)? << (18 - 6 * i as u32);
        }
        let [_, a, b, c] = n.to_be_bytes();
        match chunk.len() {
            4 => out.extend_from_slice(&[a, b, c]),
            3 if c == 0 => out.extend_from_slice(&[a, b]),
            2 if b == 0 && c == 0 => out.push(a),
            _ => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
    use base64::Engine as _;

    #[test]
    fn matches_the_base64_crate() {
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for len in 0..300usize {
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    x as u8
                })
                .collect();
            let s = encode(&bytes, false);
            let u = encode(&bytes, true);
            assert_eq!(s, STANDARD.encode(&bytes));
            assert_eq!(u, URL_SAFE_NO_PAD.encode(&bytes));
            assert_eq!(decode(&s, false), Some(bytes.clone()));
            assert_eq!(decode(&u, true), Some(bytes));
        }
    }

    #[test]
    fn rejects_what_the_crate_rejects() {
        for bad in [
            "A", "AB=", "ABC", "A===", "AB=C", "AB==AB==", "AB*=", "AB-_", "AC==", "ABD=",
        ] {
            assert_eq!(decode(bad, false), None, "{bad}");
            assert!(STANDARD.decode(bad).is_err(), "{bad}");
        }
        for bad in ["A", "AB=", "AB+/", "AC", "ABD", "####"] {
            assert_eq!(decode(bad, true), None, "{bad}");
            assert!(URL_SAFE_NO_PAD.decode(bad).is_err(), "{bad}");
        }
        assert_eq!(decode("", false), Some(vec![]));
        assert_eq!(decode("", true), Some(vec![]));
    }
}
