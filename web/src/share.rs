//! Share links: a session (editor buffers, console commands to replay, options) encoded into
//! the URL fragment as `#share=` + base64url(version byte + deflate(payload)).
//!
//! Version 1 payload (all lengths are LEB128 varints):
//! `resp:u8 frozen:u8 [frozen_ms:i64 LE] nbuf {name text} nitems {kind:u8 [index] text}`.
//! Decoding never trusts lengths: every read is bounds-checked and inflation is capped.
//! New versions must keep `decode` accepting every older version byte.

/// The fragment prefix of a share link.
pub const PREFIX: &str = "share=";
/// Current encoding version.
pub const VERSION: u8 = 1;
/// Cap on the inflated payload.
const MAX_INFLATED: usize = 2 * 1024 * 1024;

/// One console action to replay.
#[derive(Clone, Debug, PartialEq)]
pub enum Replay {
    /// A console line as typed.
    Cmd(String),
    /// `FUNCTION LOAD REPLACE` of buffer `n`.
    LoadBuffer(u32),
    /// `EVAL` of buffer `n`; the text holds `numkeys key.. arg..` as typed.
    EvalBuffer(u32, String),
}

/// A shareable session.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Session {
    /// Editor buffers (name, text).
    pub buffers: Vec<(String, String)>,
    /// Console actions in order.
    pub replay: Vec<Replay>,
    /// RESP protocol version (2 or 3).
    pub resp: u8,
    /// A frozen clock at this Unix time in ms, or the real clock.
    pub frozen_ms: Option<i64>,
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn u8(&mut self) -> Result<u8, String> {
        let v = *self.b.get(self.pos).ok_or("truncated share link")?;
        self.pos += 1;
        Ok(v)
    }
    fn varint(&mut self) -> Result<u64, String> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err("bad number in share link".into())
    }
    fn len(&mut self) -> Result<usize, String> {
        let n = usize::try_from(self.varint()?).map_err(|_| "bad length")?;
        if n > self.b.len().saturating_sub(self.pos) {
            return Err("truncated share link".into());
        }
        Ok(n)
    }
    fn count(&mut self) -> Result<usize, String> {
        let n = usize::try_from(self.varint()?).map_err(|_| "bad count")?;
        // Every element takes at least one byte.
        if n > self.b.len().saturating_sub(self.pos) {
            return Err("truncated share link".into());
        }
        Ok(n)
    }
    fn str(&mut self) -> Result<String, String> {
        let n = self.len()?;
        let end = self.pos.saturating_add(n);
        let s = self.b.get(self.pos..end).ok_or("truncated share link")?;
        self.pos = end;
        String::from_utf8(s.to_vec()).map_err(|_| "share link text is not UTF-8".into())
    }
    fn i64(&mut self) -> Result<i64, String> {
        let end = self.pos.saturating_add(8);
        let s = self.b.get(self.pos..end).ok_or("truncated share link")?;
        self.pos = end;
        let arr: [u8; 8] = s.try_into().map_err(|_| "truncated share link")?;
        Ok(i64::from_le_bytes(arr))
    }
}

/// The raw (uncompressed) version-1 payload.
pub fn payload(s: &Session) -> Vec<u8> {
    let mut out = Vec::new();
    out.push(s.resp);
    match s.frozen_ms {
        Some(ms) => {
            out.push(1);
            out.extend_from_slice(&ms.to_le_bytes());
        }
        None => out.push(0),
    }
    put_varint(&mut out, s.buffers.len() as u64);
    for (name, text) in &s.buffers {
        put_str(&mut out, name);
        put_str(&mut out, text);
    }
    put_varint(&mut out, s.replay.len() as u64);
    for r in &s.replay {
        match r {
            Replay::Cmd(t) => {
                out.push(0);
                put_str(&mut out, t);
            }
            Replay::LoadBuffer(i) => {
                out.push(1);
                put_varint(&mut out, u64::from(*i));
            }
            Replay::EvalBuffer(i, t) => {
                out.push(2);
                put_varint(&mut out, u64::from(*i));
                put_str(&mut out, t);
            }
        }
    }
    out
}

fn parse_v1(b: &[u8]) -> Result<Session, String> {
    let mut r = Reader { b, pos: 0 };
    let resp = r.u8()?;
    if resp != 2 && resp != 3 {
        return Err("share link has an unknown RESP version".into());
    }
    let frozen_ms = match r.u8()? {
        0 => None,
        1 => Some(r.i64()?),
        _ => return Err("share link has a bad clock option".into()),
    };
    let nbuf = r.count()?;
    let mut buffers = Vec::with_capacity(nbuf.min(64));
    for _ in 0..nbuf {
        let name = r.str()?;
        let text = r.str()?;
        buffers.push((name, text));
    }
    let n = r.count()?;
    let mut replay = Vec::with_capacity(n.min(1024));
    for _ in 0..n {
        let item = match r.u8()? {
            0 => Replay::Cmd(r.str()?),
            1 => Replay::LoadBuffer(u32::try_from(r.varint()?).map_err(|_| "bad buffer index")?),
            2 => {
                let i = u32::try_from(r.varint()?).map_err(|_| "bad buffer index")?;
                Replay::EvalBuffer(i, r.str()?)
            }
            _ => return Err("share link has an unknown action".into()),
        };
        replay.push(item);
    }
    if r.pos != b.len() {
        return Err("share link has trailing data".into());
    }
    Ok(Session {
        buffers,
        replay,
        resp,
        frozen_ms,
    })
}

/// Encodes a session as the text after `#share=`.
pub fn encode(s: &Session) -> String {
    let mut bytes = vec![VERSION];
    bytes.extend(crate::deflate::deflate(&payload(s)));
    crate::b64::encode(&bytes, true)
}

/// Decodes the text after `#share=`.
pub fn decode(text: &str) -> Result<Session, String> {
    let bytes = crate::b64::decode(text.trim().trim_end_matches('='), true)
        .ok_or_else(|| "share link is not valid base64url".to_string())?;
    let (&version, body) = bytes.split_first().ok_or("share link is empty")?;
    match version {
        1 => {
            let raw = crate::deflate::inflate(body, MAX_INFLATED)
                .ok_or_else(|| "share link data is corrupt".to_string())?;
            parse_v1(&raw)
        }
        v => Err(format!(
            "share link version {v} is newer than this playground"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine as _;

    fn sample() -> Session {
        Session {
            buffers: vec![(
                "knock.lua".into(),
                "#!lua name=mylib\nredis.register_function('knockknock', function() return 'Who\\'s there?' end)\n".into(),
            )],
            replay: vec![
                Replay::LoadBuffer(0),
                Replay::Cmd("FCALL knockknock 0".into()),
                Replay::EvalBuffer(0, "0".into()),
            ],
            resp: 3,
            frozen_ms: Some(1_700_000_000_000),
        }
    }

    #[test]
    fn roundtrip() {
        let s = sample();
        let enc = encode(&s);
        assert!(enc.len() < 8192);
        assert_eq!(decode(&enc), Ok(s));
        let empty = Session {
            resp: 2,
            ..Session::default()
        };
        assert_eq!(decode(&encode(&empty)), Ok(empty));
    }

    #[test]
    fn malformed_is_an_error() {
        assert!(decode("").is_err());
        assert!(decode("!!!").is_err());
        assert!(decode("AQ").is_err());
        let mut enc = URL_SAFE_NO_PAD
            .decode(encode(&sample()))
            .unwrap_or_default();
        enc.truncate(enc.len() / 2);
        assert!(decode(&URL_SAFE_NO_PAD.encode(&enc)).is_err());
        // Unknown version.
        assert!(decode(&URL_SAFE_NO_PAD.encode([9u8, 1, 2])).is_err());
        // Lying lengths inside a valid deflate stream.
        let bad = [
            vec![1u8],
            miniz_oxide::deflate::compress_to_vec(&[2, 0, 0xff, 0xff, 0x7f], 6),
        ]
        .concat();
        assert!(decode(&URL_SAFE_NO_PAD.encode(bad)).is_err());
    }

    #[test]
    fn version_one_stays_decodable() {
        // A frozen v1 link: must decode forever.
        let s = Session {
            buffers: vec![("a".into(), "b".into())],
            replay: vec![Replay::Cmd("PING".into())],
            resp: 2,
            frozen_ms: None,
        };
        let raw = payload(&s);
        assert_eq!(
            raw,
            vec![2, 0, 1, 1, b'a', 1, b'b', 1, 0, 4, b'P', b'I', b'N', b'G']
        );
        let link = URL_SAFE_NO_PAD
            .encode([vec![1u8], miniz_oxide::deflate::compress_to_vec(&raw, 1)].concat());
        assert_eq!(decode(&link), Ok(s));
    }
}
