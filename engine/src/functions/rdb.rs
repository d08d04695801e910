//! The slice of Redis's RDB serialization that FUNCTION DUMP / RESTORE payloads use, plus the
//! CRC64 checksum shared with the engine's own snapshot format.
//!
//! * [`crc64`]: the Jones polynomial (`0xad93d23594c935a9`), reflected input and output,
//!   initial value 0, no final xor -- the checksum Redis appends to DUMP payloads and RDB files.
//! * RDB lengths: 6-bit, 14-bit, 32-bit and 64-bit forms ([`put_len`], [`Reader::len`]).
//! * RDB strings: raw, the integer encodings (`INT8/16/32`) and LZF-compressed strings
//!   ([`Reader::string`]); writing always emits the raw form, which every Redis loads.
//! * A bounded LZF decompressor ([`lzf_decompress`]).
//!
//! Every reader method is bounds-checked and returns an error instead of panicking; no
//! allocation is ever sized by an untrusted length larger than the remaining input (or, for
//! LZF output, larger than [`MAX_LZF_OUTPUT`]).

use std::sync::OnceLock;

/// Opcode that precedes each library in a Redis 7.0 GA payload (`RDB_OPCODE_FUNCTION2`).
pub const OPCODE_FUNCTION2: u8 = 245;
/// Opcode of the pre-GA (7.0-rc1/rc2) library format (`RDB_OPCODE_FUNCTION`).
pub const OPCODE_FUNCTION_PRE_GA: u8 = 246;
/// The RDB version Redis 7.0 writes in DUMP payloads.
pub const RDB_VERSION: u16 = 10;
/// Largest decompressed LZF string accepted (512 MB, Redis's proto-max-bulk-len default).
pub const MAX_LZF_OUTPUT: usize = 512 * 1024 * 1024;

const POLY_REFLECTED: u64 = 0x95ac_9329_ac4b_c9b5; // bit-reverse of 0xad93d23594c935a9

fn crc_table() -> &'static [u64; 256] {
    static TABLE: OnceLock<[u64; 256]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [0u64; 256];
        for (i, slot) in t.iter_mut().enumerate() {
            let mut c = i as u64;
            for _ in 0..8 {
                c = if c & 1 == 1 {
                    (c >> 1) ^ POLY_REFLECTED
                } else {
                    c >> 1
                };
            }
            *slot = c;
        }
        t
    })
}

/// Continues a Redis CRC64 over `data` starting from `crc` (use 0 to start).
pub fn crc64(crc: u64, data: &[u8]) -> u64 {
    let t = crc_table();
    data.iter().fold(crc, |c, &b| {
        let idx = ((c ^ u64::from(b)) & 0xff) as usize;
        t.get(idx).copied().unwrap_or(0) ^ (c >> 8)
    })
}

/// Appends an RDB length (the shortest of the 6/14/32/64-bit forms).
pub fn put_len(out: &mut Vec<u8>, len: u64) {
    if len < (1 << 6) {
        out.push(len as u8);
    } else if len < (1 << 14) {
        out.push(0x40 | (len >> 8) as u8);
        out.push((len & 0xff) as u8);
    } else if len <= u64::from(u32::MAX) {
        out.push(0x80);
        out.extend_from_slice(&(len as u32).to_be_bytes());
    } else {
        out.push(0x81);
        out.extend_from_slice(&len.to_be_bytes());
    }
}

/// Appends a raw (uncompressed, unencoded) RDB string.
pub fn put_string(out: &mut Vec<u8>, s: &[u8]) {
    put_len(out, s.len() as u64);
    out.extend_from_slice(s);
}

/// Decompresses LZF data (liblzf's format) into exactly `out_len` bytes.
///
/// Fails if the input is malformed, references data before the start of the output,
/// would produce more than `out_len` bytes, or produces fewer. `out_len` above
/// [`MAX_LZF_OUTPUT`] is refused before allocating.
pub fn lzf_decompress(input: &[u8], out_len: usize) -> Result<Vec<u8>, String> {
    if out_len > MAX_LZF_OUTPUT {
        return Err("LZF string too long".into());
    }
    // Each input byte yields at most ~264 output bytes; a larger claim is corrupt.
    if out_len > input.len().saturating_mul(264) {
        return Err("invalid LZF compressed string".into());
    }
    // Grow as output is produced beyond 1 MB rather than trusting the declared size.
    let mut out: Vec<u8> = Vec::with_capacity(out_len.min(1 << 20));
    let mut ip = 0usize;
    let bad = || "invalid LZF compressed string".to_string();
    while ip < input.len() {
        let ctrl = usize::from(*input.get(ip).ok_or_else(bad)?);
        ip += 1;
        if ctrl < 32 {
            let run = ctrl + 1;
            let end = ip.checked_add(run).ok_or_else(bad)?;
            let lit = input.get(ip..end).ok_or_else(bad)?;
            if out.len() + run > out_len {
                return Err(bad());
            }
            out.extend_from_slice(lit);
            ip = end;
        } else {
            let mut len = ctrl >> 5;
            if len == 7 {
                len += usize::from(*input.get(ip).ok_or_else(bad)?);
                ip += 1;
            }
            len += 2;
            let low = usize::from(*input.get(ip).ok_or_else(bad)?);
            ip += 1;
            let back = ((ctrl & 0x1f) << 8) + low + 1;
            let start = out.len().checked_sub(back).ok_or_else(bad)?;
            if out.len() + len > out_len {
                return Err(bad());
            }
            for k in 0..len {
                let b = *out.get(start + k).ok_or_else(bad)?;
                out.push(b);
            }
        }
    }
    if out.len() != out_len {
        return Err(bad());
    }
    Ok(out)
}

/// A bounds-checked cursor over an RDB byte stream.
#[derive(Debug)]
pub struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

/// What an RDB length field holds: a plain length or a special string encoding.
enum Len {
    Plain(u64),
    Encoded(u8),
}

impl<'a> Reader<'a> {
    /// A reader at the start of `data`.
    pub fn new(data: &'a [u8]) -> Reader<'a> {
        Reader { data, pos: 0 }
    }

    /// Current offset.
    pub fn pos(&self) -> usize {
        self.pos
    }

    /// Bytes not yet consumed.
    pub fn remaining(&self) -> usize {
        self.data.len().saturating_sub(self.pos)
    }

    /// Reads `n` bytes.
    pub fn bytes(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self
            .pos
            .checked_add(n)
            .ok_or_else(|| "length overflow".to_string())?;
        let s = self
            .data
            .get(self.pos..end)
            .ok_or_else(|| "unexpected end of data".to_string())?;
        self.pos = end;
        Ok(s)
    }

    /// Reads one byte.
    pub fn u8(&mut self) -> Result<u8, String> {
        let b = *self
            .data
            .get(self.pos)
            .ok_or_else(|| "unexpected end of data".to_string())?;
        self.pos += 1;
        Ok(b)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], String> {
        let s = self.bytes(N)?;
        let mut a = [0u8; N];
        a.copy_from_slice(s);
        Ok(a)
    }

    fn len_or_enc(&mut self) -> Result<Len, String> {
        let first = self.u8()?;
        match first >> 6 {
            0 => Ok(Len::Plain(u64::from(first & 0x3f))),
            1 => {
                let second = self.u8()?;
                Ok(Len::Plain(
                    (u64::from(first & 0x3f) << 8) | u64::from(second),
                ))
            }
            2 => match first {
                0x80 => Ok(Len::Plain(u64::from(u32::from_be_bytes(self.array()?)))),
                0x81 => Ok(Len::Plain(u64::from_be_bytes(self.array()?))),
                _ => Err(format!("unknown length encoding {first:#x}")),
            },
            _ => Ok(Len::Encoded(first & 0x3f)),
        }
    }

    /// Reads a plain RDB length (an encoded-string marker is an error).
    pub fn read_len(&mut self) -> Result<u64, String> {
        match self.len_or_enc()? {
            Len::Plain(n) => Ok(n),
            Len::Encoded(_) => Err("unexpected encoded length".into()),
        }
    }

    /// Reads a plain RDB length that must fit in the remaining input (one byte per unit).
    pub fn read_len_bounded(&mut self) -> Result<usize, String> {
        let n = self.read_len()?;
        match usize::try_from(n) {
            Ok(n) if n <= self.remaining() => Ok(n),
            _ => Err(format!("length {n} exceeds the remaining input")),
        }
    }

    /// Reads an RDB string in any of its encodings (raw, INT8/16/32, LZF).
    pub fn string(&mut self) -> Result<Vec<u8>, String> {
        match self.len_or_enc()? {
            Len::Plain(n) => {
                let n = usize::try_from(n).map_err(|_| "string too long".to_string())?;
                Ok(self.bytes(n)?.to_vec())
            }
            Len::Encoded(0) => Ok((self.u8()? as i8).to_string().into_bytes()),
            Len::Encoded(1) => Ok(i16::from_le_bytes(self.array()?).to_string().into_bytes()),
            Len::Encoded(2) => Ok(i32::from_le_bytes(self.array()?).to_string().into_bytes()),
            Len::Encoded(3) => {
                let clen =
                    usize::try_from(self.read_len()?).map_err(|_| "LZF length".to_string())?;
                let len =
                    usize::try_from(self.read_len()?).map_err(|_| "LZF length".to_string())?;
                let compressed = self.bytes(clen)?;
                lzf_decompress(compressed, len)
            }
            Len::Encoded(e) => Err(format!("unknown string encoding {e}")),
        }
    }
}

/// Checks a DUMP-style footer (2-byte little-endian RDB version, then the CRC64 of everything
/// before it, little-endian) and returns the body and the version. Mirrors Redis's
/// `verifyDumpPayload`: too short, a version newer than [`RDB_VERSION`], or a checksum
/// mismatch are all rejected.
pub fn verify_footer(payload: &[u8]) -> Option<(&[u8], u16)> {
    let body_len = payload.len().checked_sub(10)?;
    let body = payload.get(..body_len)?;
    let ver_bytes = payload.get(body_len..body_len + 2)?;
    let ver = u16::from_le_bytes([*ver_bytes.first()?, *ver_bytes.get(1)?]);
    if ver > RDB_VERSION {
        return None;
    }
    let crc_bytes = payload.get(body_len + 2..)?;
    let want = crc64(0, payload.get(..body_len + 2)?);
    if crc_bytes != want.to_le_bytes() {
        return None;
    }
    Some((body, ver))
}

/// Appends the DUMP footer (RDB version + CRC64) to `body`.
pub fn add_footer(mut body: Vec<u8>) -> Vec<u8> {
    body.extend_from_slice(&RDB_VERSION.to_le_bytes());
    let crc = crc64(0, &body);
    body.extend_from_slice(&crc.to_le_bytes());
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc64_test_vector() {
        assert_eq!(crc64(0, b"123456789"), 0xe9c6_d914_c4b8_d9ca);
        assert_eq!(crc64(0, b""), 0);
        // Incremental use gives the same result.
        assert_eq!(crc64(crc64(0, b"1234"), b"56789"), 0xe9c6_d914_c4b8_d9ca);
    }

    #[test]
    fn lengths_round_trip() {
        for &n in &[
            0u64,
            1,
            63,
            64,
            16383,
            16384,
            1 << 20,
            u64::from(u32::MAX),
            1 << 40,
        ] {
            let mut v = Vec::new();
            put_len(&mut v, n);
            let mut r = Reader::new(&v);
            assert_eq!(r.read_len().ok(), Some(n));
            assert_eq!(r.remaining(), 0);
        }
    }

    #[test]
    fn integer_encodings() {
        let mut r = Reader::new(&[0xc0, 0xfe]);
        assert_eq!(r.string().ok(), Some(b"-2".to_vec()));
        let mut r = Reader::new(&[0xc1, 0x39, 0x30]);
        assert_eq!(r.string().ok(), Some(b"12345".to_vec()));
        let mut r = Reader::new(&[0xc2, 0x00, 0x00, 0x00, 0x80]);
        assert_eq!(r.string().ok(), Some(b"-2147483648".to_vec()));
        let mut r = Reader::new(&[0xc2, 0x00]);
        assert!(r.string().is_err());
        let mut r = Reader::new(&[0xc5]);
        assert!(r.string().is_err());
    }

    #[test]
    fn lzf_literals_and_backrefs() {
        // "abcabcabc": literal "abc" then a back-reference of length 6 at distance 3.
        let data = [2, b'a', b'b', b'c', (4 << 5), 2];
        assert_eq!(lzf_decompress(&data, 9).ok(), Some(b"abcabcabc".to_vec()));
        // Declared length mismatch.
        assert!(lzf_decompress(&data, 8).is_err());
        assert!(lzf_decompress(&data, 10).is_err());
        // Reference before the start.
        assert!(lzf_decompress(&[(1 << 5), 0], 3).is_err());
        // Truncated literal.
        assert!(lzf_decompress(&[5, b'a'], 6).is_err());
        // Absurd declared size is refused up front.
        assert!(lzf_decompress(&[0, b'a'], usize::MAX).is_err());
    }

    #[test]
    fn lzf_long_backref() {
        // literal "x", then back-ref len 7+ extended: ctrl = 7<<5 | 0, ext = 10, low = 0
        let data = [0, b'x', 7 << 5, 10, 0];
        let out = lzf_decompress(&data, 1 + 7 + 10 + 2).unwrap_or_default();
        assert_eq!(out, vec![b'x'; 20]);
    }

    #[test]
    fn footer() {
        let p = add_footer(b"hello".to_vec());
        assert_eq!(
            verify_footer(&p).map(|(b, v)| (b.to_vec(), v)),
            Some((b"hello".to_vec(), 10))
        );
        let mut q = p.clone();
        if let Some(b) = q.get_mut(0) {
            *b ^= 1;
        }
        assert!(verify_footer(&q).is_none());
        assert!(verify_footer(b"short").is_none());
        assert!(verify_footer(b"").is_none());
    }
}
