//! Raw DEFLATE (RFC 1951) for share links and saved buffers, small enough for the bundle.
//!
//! [`inflate`] reads every block type (stored, fixed and dynamic Huffman), so links made by
//! any encoder (older builds used a general-purpose library) stay readable. [`deflate`]
//! writes one fixed-Huffman block with greedy LZ77 matches found through a hash chain.
//! Decoding never trusts the input: every read is bounds-checked and the output is capped.

/// Base lengths of length codes 257..=285.
const LEN_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
/// Extra bits of length codes 257..=285.
const LEN_EXTRA: [u8; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
/// Base distances of distance codes 0..=29.
const DIST_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
/// Order of the code-length code lengths in a dynamic block header.
const CLEN_ORDER: [usize; 19] = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
];

/// Extra bits of distance code `c` (0, 0, 0, 0, 1, 1, 2, 2, ... 13, 13).
fn dist_extra(c: usize) -> u32 {
    (c.saturating_sub(2) / 2) as u32
}

/// LSB-first bit reader.
struct Bits<'a> {
    b: &'a [u8],
    pos: usize,
    acc: u32,
    n: u32,
}

impl Bits<'_> {
    fn bits(&mut self, k: u32) -> Option<u32> {
        while self.n < k {
            let byte = *self.b.get(self.pos)?;
            self.pos += 1;
            self.acc |= u32::from(byte) << self.n;
            self.n += 8;
        }
        let v = self.acc & ((1u32 << k) - 1);
        self.acc = self.acc.checked_shr(k).unwrap_or(0);
        self.n -= k;
        Some(v)
    }
}

/// A canonical Huffman code: how many codes of each length, and the symbols in code order.
struct Huff {
    counts: [u16; 16],
    symbols: Vec<u16>,
}

impl Huff {
    /// Builds the code from per-symbol lengths (0 = unused). None if over-subscribed.
    fn new(lengths: &[u8]) -> Option<Huff> {
        let mut counts = [0u16; 16];
        for &l in lengths {
            *counts.get_mut(usize::from(l))? += 1;
        }
        if let Some(c0) = counts.first_mut() {
            *c0 = 0;
        }
        let mut left: i32 = 1;
        for &c in counts.iter().skip(1) {
            left = (left << 1) - i32::from(c);
            if left < 0 {
                return None;
            }
        }
        // First position in `symbols` of the codes of each length.
        let mut offs = [0u16; 16];
        let mut total = 0u16;
        for (o, &c) in offs.iter_mut().zip(counts.iter()) {
            *o = total;
            total += c;
        }
        let mut symbols = vec![0u16; lengths.len()];
        for (sym, &l) in lengths.iter().enumerate() {
            if l != 0 {
                let o = offs.get_mut(usize::from(l))?;
                *symbols.get_mut(usize::from(*o))? = sym as u16;
                *o += 1;
            }
        }
        Some(Huff { counts, symbols })
    }

    fn decode(&self, r: &mut Bits) -> Option<u16> {
        let (mut code, mut first, mut index) = (0i32, 0i32, 0i32);
        for &count in self.counts.iter().skip(1) {
            code |= r.bits(1)? as i32;
            let count = i32::from(count);
            if code - first < count {
                return self
                    .symbols
                    .get(usize::try_from(index + code - first).ok()?)
                    .copied();
            }
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        None
    }
}

/// The fixed literal/length and distance codes (BTYPE 01).
fn fixed_codes() -> Option<(Huff, Huff)> {
    let mut l = [8u8; 288];
    l[144..256].fill(9);
    l[256..280].fill(7);
    Some((Huff::new(&l)?, Huff::new(&[5u8; 30])?))
}

/// Reads the code definitions of a dynamic block (BTYPE 10).
fn dynamic_codes(r: &mut Bits) -> Option<(Huff, Huff)> {
    let nlen = r.bits(5)? as usize + 257;
    let ndist = r.bits(5)? as usize + 1;
    let ncode = r.bits(4)? as usize + 4;
    if nlen > 286 || ndist > 30 {
        return None;
    }
    let mut cl = [0u8; 19];
    for &i in CLEN_ORDER.iter().take(ncode) {
        *cl.get_mut(i)? = r.bits(3)? as u8;
    }
    let clh = Huff::new(&cl)?;
    let mut lengths = Vec::with_capacity(nlen + ndist);
    while lengths.len() < nlen + ndist {
        let sym = clh.decode(r)?;
        let (val, rep) = match sym {
            0..=15 => (sym as u8, 1),
            16 => (*lengths.last()?, 3 + r.bits(2)?),
            17 => (0, 3 + r.bits(3)?),
            18 => (0, 11 + r.bits(7)?),
            _ => return None,
        };
        for _ in 0..rep {
            lengths.push(val);
        }
    }
    if lengths.len() != nlen + ndist || lengths.get(256) == Some(&0) {
        return None;
    }
    let (ll, dl) = lengths.split_at(nlen);
    Some((Huff::new(ll)?, Huff::new(dl)?))
}

/// Decompresses a raw DEFLATE stream; None if it is corrupt or inflates past `limit`.
pub fn inflate(data: &[u8], limit: usize) -> Option<Vec<u8>> {
    let mut r = Bits {
        b: data,
        pos: 0,
        acc: 0,
        n: 0,
    };
    let mut out: Vec<u8> = Vec::new();
    loop {
        let last = r.bits(1)?;
        match r.bits(2)? {
            0 => {
                r.acc = 0;
                r.n = 0;
                let &[a, b, c, d] = r.b.get(r.pos..r.pos + 4)? else {
                    return None;
                };
                let len = usize::from(u16::from_le_bytes([a, b]));
                if u16::from_le_bytes([c, d]) != !(len as u16) {
                    return None;
                }
                r.pos += 4;
                let chunk = r.b.get(r.pos..r.pos + len)?;
                if out.len() + len > limit {
                    return None;
                }
                out.extend_from_slice(chunk);
                r.pos += len;
            }
            t @ (1 | 2) => {
                let (lit, dist) = if t == 1 {
                    fixed_codes()?
                } else {
                    dynamic_codes(&mut r)?
                };
                loop {
                    let sym = usize::from(lit.decode(&mut r)?);
                    if sym < 256 {
                        if out.len() >= limit {
                            return None;
                        }
                        out.push(sym as u8);
                        continue;
                    }
                    if sym == 256 {
                        break;
                    }
                    let i = sym - 257;
                    let len = usize::from(*LEN_BASE.get(i)?)
                        + r.bits(u32::from(*LEN_EXTRA.get(i)?))? as usize;
                    let dc = usize::from(dist.decode(&mut r)?);
                    let d = usize::from(*DIST_BASE.get(dc)?) + r.bits(dist_extra(dc))? as usize;
                    if d > out.len() || out.len() + len > limit {
                        return None;
                    }
                    let start = out.len() - d;
                    for k in 0..len {
                        let b = *out.get(start + k)?;
                        out.push(b);
                    }
                }
            }
            _ => return None,
        }
        if last == 1 {
            return Some(out);
        }
    }
}

/// LSB-first bit writer.
struct Out {
    v: Vec<u8>,
    acc: u32,
    n: u32,
}

impl Out {
    fn put(&mut self, bits: u32, k: u32) {
        self.acc |= bits << self.n;
        self.n += k;
        while self.n >= 8 {
            self.v.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }

    /// A Huffman code of `len` bits, most significant bit first.
    fn code(&mut self, code: u32, len: u32) {
        self.put(code.reverse_bits() >> (32 - len), len);
    }

    fn literal(&mut self, sym: u32) {
        match sym {
            0..=143 => self.code(0x30 + sym, 8),
            144..=255 => self.code(0x190 + sym - 144, 9),
            256..=279 => self.code(sym - 256, 7),
            _ => self.code(0xc0 + sym - 280, 8),
        }
    }
}

/// Longest match considered, and how far back matches may start.
const MAX_MATCH: usize = 258;
const WINDOW: usize = 32768;
const HASH_BITS: u32 = 14;
/// Candidates tried per position.
const CHAIN: usize = 64;

fn hash3(d: &[u8], i: usize) -> usize {
    match d.get(i..i + 3) {
        Some(&[a, b, c]) => {
            let v = (u32::from(a) << 16) | (u32::from(b) << 8) | u32::from(c);
            (v.wrapping_mul(0x9E37_79B1) >> (32 - HASH_BITS)) as usize
        }
        _ => 0,
    }
}

/// Compresses `data` as one fixed-Huffman DEFLATE block.
pub fn deflate(data: &[u8]) -> Vec<u8> {
    let mut o = Out {
        v: Vec::with_capacity(data.len() / 2 + 16),
        acc: 0,
        n: 0,
    };
    o.put(1, 1); // BFINAL
    o.put(1, 2); // BTYPE = fixed
    const NONE: u32 = u32::MAX;
    let mut head = vec![NONE; 1 << HASH_BITS];
    let mut prev = vec![NONE; data.len()];
    let insert = |head: &mut Vec<u32>, prev: &mut Vec<u32>, i: usize| {
        if i + 3 <= data.len() {
            let h = hash3(data, i);
            if let (Some(hs), Some(p)) = (head.get_mut(h), prev.get_mut(i)) {
                *p = *hs;
                *hs = i as u32;
            }
        }
    };
    let mut i = 0;
    while i < data.len() {
        let (mut best_len, mut best_dist) = (0usize, 0usize);
        if i + 3 <= data.len() {
            let mut cand = head.get(hash3(data, i)).copied().unwrap_or(NONE);
            let max = (data.len() - i).min(MAX_MATCH);
            let rest = data.get(i..).unwrap_or(&[]);
            for _ in 0..CHAIN {
                if cand == NONE || i - cand as usize > WINDOW {
                    break;
                }
                let c = cand as usize;
                let old = data.get(c..).unwrap_or(&[]);
                let l = old
                    .iter()
                    .zip(rest)
                    .take(max)
                    .take_while(|(a, b)| a == b)
                    .count();
                if l > best_len {
                    best_len = l;
                    best_dist = i - c;
                    if l == max {
                        break;
                    }
                }
                cand = prev.get(c).copied().unwrap_or(NONE);
            }
        }
        if best_len >= 3 {
            let lc = LEN_BASE
                .iter()
                .rposition(|&b| usize::from(b) <= best_len)
                .unwrap_or(0);
            o.literal(257 + lc as u32);
            let lb = LEN_BASE.get(lc).copied().unwrap_or(3);
            o.put(
                (best_len - usize::from(lb)) as u32,
                u32::from(LEN_EXTRA.get(lc).copied().unwrap_or(0)),
            );
            let dc = DIST_BASE
                .iter()
                .rposition(|&b| usize::from(b) <= best_dist)
                .unwrap_or(0);
            o.code(dc as u32, 5);
            let db = DIST_BASE.get(dc).copied().unwrap_or(1);
            o.put((best_dist - usize::from(db)) as u32, dist_extra(dc));
            for k in i..i + best_len {
                insert(&mut head, &mut prev, k);
            }
            i += best_len;
        } else {
            o.literal(u32::from(data.get(i).copied().unwrap_or(0)));
            insert(&mut head, &mut prev, i);
            i += 1;
        }
    }
    o.literal(256);
    o.put(0, 7); // flush the last byte
    o.v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn samples() -> Vec<Vec<u8>> {
        let mut seed: u32 = 12345;
        let mut noise = Vec::new();
        for _ in 0..5000 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            noise.push((seed >> 16) as u8);
        }
        let text = "#!lua name=mylib\nredis.register_function('knockknock', function() return 'Who\\'s there?' end)\n".repeat(40);
        vec![
            Vec::new(),
            b"a".to_vec(),
            b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".to_vec(),
            vec![0u8; 100_000],
            text.into_bytes(),
            noise,
        ]
    }

    #[test]
    fn roundtrip_ours() {
        for s in samples() {
            let c = deflate(&s);
            assert_eq!(inflate(&c, 1 << 20).as_deref(), Some(&s[..]));
        }
    }

    #[test]
    fn reads_and_is_read_by_miniz() {
        for s in samples() {
            for level in [0u8, 1, 6, 9] {
                let c = miniz_oxide::deflate::compress_to_vec(&s, level);
                assert_eq!(
                    inflate(&c, 1 << 20).as_deref(),
                    Some(&s[..]),
                    "level {level}"
                );
            }
            let ours = deflate(&s);
            assert_eq!(
                miniz_oxide::inflate::decompress_to_vec(&ours)
                    .ok()
                    .as_deref(),
                Some(&s[..])
            );
        }
    }

    #[test]
    fn links_stay_close_to_a_general_purpose_encoder() {
        // Share links of the bundled templates: a fixed-Huffman block costs a little more
        // than miniz's best level (measured ~10-20% on these), never a lot more.
        let mut all = String::new();
        for (_, _, text) in crate::templates::TEMPLATES {
            all.push_str(text);
        }
        for text in [crate::templates::MYLIB, all.as_str()] {
            let ours = deflate(text.as_bytes()).len();
            let best = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9).len();
            assert!(ours * 100 <= best * 135, "{ours} vs {best}");
        }
    }

    #[test]
    fn corrupt_and_oversized_inputs_fail() {
        let s = vec![7u8; 10_000];
        let c = deflate(&s);
        assert!(inflate(&c, 9_999).is_none());
        assert!(inflate(&c[..c.len() / 2], 1 << 20).is_none());
        assert!(inflate(&[], 100).is_none());
        assert!(inflate(&[0xff; 64], 1 << 20).is_none());
        // Distance past the start of the output.
        let mut o = Out {
            v: Vec::new(),
            acc: 0,
            n: 0,
        };
        o.put(1, 1);
        o.put(1, 2);
        o.literal(257);
        o.code(3, 5);
        o.literal(256);
        o.put(0, 7);
        assert!(inflate(&o.v, 100).is_none());
        for n in 0..c.len() {
            let mut bad = c.clone();
            bad[n] ^= 0x55;
            let _ = inflate(&bad, 1 << 20);
        }
    }
}
