//! FUNCTION DUMP / RESTORE payloads in Redis 7.0's format.
//!
//! A payload is, for each library, the opcode `RDB_OPCODE_FUNCTION2` (245) followed by the
//! library's full text as an RDB string; then the RDB version (10) as 2 little-endian bytes;
//! then the CRC64 of everything before it, little-endian. Restore also understands LZF and
//! integer-encoded strings (real Redis compresses texts longer than 20 bytes) and the pre-GA
//! opcode 246 (name, engine, optional description, body), which Redis 7.0.15 still accepts.

use super::rdb::{self, Reader, OPCODE_FUNCTION2, OPCODE_FUNCTION_PRE_GA};
use super::registry::FunctionRegistry;

/// The error text (after "ERR ") for a payload whose footer does not verify.
pub const BAD_PAYLOAD: &str = "DUMP payload version or checksum are wrong";

/// Serializes every library's text into a DUMP payload.
pub fn dump(reg: &FunctionRegistry) -> Vec<u8> {
    let mut body = Vec::new();
    for lib in reg.libraries() {
        body.push(OPCODE_FUNCTION2);
        rdb::put_string(&mut body, &lib.code);
    }
    rdb::add_footer(body)
}

/// Walks the libraries of a verified payload one at a time, so that errors surface in the
/// same order as Redis reports them (parse and create are interleaved there).
#[derive(Debug)]
pub struct PayloadLibraries<'a> {
    reader: Reader<'a>,
    body_len: usize,
    failed: bool,
}

impl<'a> PayloadLibraries<'a> {
    /// Verifies the footer; `Err` carries [`BAD_PAYLOAD`].
    pub fn new(payload: &'a [u8]) -> Result<PayloadLibraries<'a>, Vec<u8>> {
        let (body, _ver) =
            rdb::verify_footer(payload).ok_or_else(|| BAD_PAYLOAD.as_bytes().to_vec())?;
        Ok(PayloadLibraries {
            // Like Redis, strings are read from the whole buffer; only the loop condition
            // looks at the footer boundary.
            reader: Reader::new(payload),
            body_len: body.len(),
            failed: false,
        })
    }

    fn read_one(&mut self) -> Result<Vec<u8>, Vec<u8>> {
        let opcode = self
            .reader
            .u8()
            .map_err(|_| b"can not read data type".to_vec())?;
        match opcode {
            OPCODE_FUNCTION2 => self
                .reader
                .string()
                .map_err(|_| b"Failed loading library payload".to_vec()),
            OPCODE_FUNCTION_PRE_GA => {
                let name = self
                    .reader
                    .string()
                    .map_err(|_| b"Failed loading library name".to_vec())?;
                let engine = self
                    .reader
                    .string()
                    .map_err(|_| b"Failed loading engine name".to_vec())?;
                let has_desc = self
                    .reader
                    .read_len()
                    .map_err(|_| b"Failed loading library description indicator".to_vec())?;
                if has_desc != 0 {
                    self.reader
                        .string()
                        .map_err(|_| b"Failed loading library description".to_vec())?;
                }
                let blob = self
                    .reader
                    .string()
                    .map_err(|_| b"Failed loading library blob".to_vec())?;
                // sdscatfmt's %s stops at a NUL byte.
                let cut = |s: &[u8]| {
                    let end = s.iter().position(|&c| c == 0).unwrap_or(s.len());
                    s.get(..end).unwrap_or(s).to_vec()
                };
                let mut text = b"#!".to_vec();
                text.extend_from_slice(&cut(&engine));
                text.extend_from_slice(b" name=");
                text.extend_from_slice(&cut(&name));
                text.push(b'\n');
                text.extend_from_slice(&cut(&blob));
                Ok(text)
            }
            _ => Err(b"given type is not a function".to_vec()),
        }
    }
}

impl Iterator for PayloadLibraries<'_> {
    type Item = Result<Vec<u8>, Vec<u8>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.reader.pos() >= self.body_len {
            return None;
        }
        let r = self.read_one();
        if r.is_err() {
            self.failed = true;
        }
        Some(r)
    }
}

/// Parses a payload fully into library texts (no engine involved).
pub fn parse(payload: &[u8]) -> Result<Vec<Vec<u8>>, Vec<u8>> {
    PayloadLibraries::new(payload)?.collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(s: &str) -> Vec<u8> {
        let val = |c: u8| -> u32 {
            match c {
                b'A'..=b'Z' => u32::from(c - b'A'),
                b'a'..=b'z' => u32::from(c - b'a') + 26,
                b'0'..=b'9' => u32::from(c - b'0') + 52,
                b'+' => 62,
                _ => 63,
            }
        };
        let mut out = Vec::new();
        let clean: Vec<u8> = s.bytes().filter(|&c| c != b'=').collect();
        for chunk in clean.chunks(4) {
            let mut acc = 0u32;
            for (i, &c) in chunk.iter().enumerate() {
                acc |= val(c) << (18 - 6 * i);
            }
            let bytes = acc.to_be_bytes();
            out.extend_from_slice(bytes.get(1..chunk.len()).unwrap_or_default());
        }
        out
    }

    #[test]
    fn real_redis_uncompressed_payload() {
        let p = b64("9UBYIyFsdWEgbmFtZT1teWxpYgpyZWRpcy5yZWdpc3Rlcl9mdW5jdGlvbignZicsIGZ1bmN0aW9uKGtleXMsIGFyZ3MpCnJldHVybiAnZHVtcGVkJwplbmQpCgoAVWa+o27L6+U=");
        let libs = parse(&p).unwrap_or_default();
        assert_eq!(
            libs,
            vec![b"#!lua name=mylib\nredis.register_function('f', function(keys, args)\nreturn 'dumped'\nend)\n".to_vec()]
        );
    }

    #[test]
    fn real_redis_lzf_payload() {
        let p = b64("9cNAVEBbHyMhbHVhIG5hbWU9bXlsaWIKcmVkaXMucmVnaXN0ZXJfEWZ1bmN0aW9uKCdoZWxsbycsIOAAEQprZXlzLCBhcmdzKSA1BHR1cm4goCQFCmVuZCkKCgC4yb9/kXO2fg==");
        let libs = parse(&p).unwrap_or_default();
        assert_eq!(
            libs,
            vec![b"#!lua name=mylib\nredis.register_function('hello', function(keys, args)\nreturn 'hello'\nend)\n".to_vec()]
        );
    }

    #[test]
    fn real_redis_two_libraries() {
        let p = b64("9cNAjECXHyMhbHVhIG5hbWU9bGliMgpyZWRpcy5yZWdpc3Rlcl9mB3VuY3Rpb257wAgAX2AqDidmMicsIGNhbGxiYWNrPcAcCyhrZXlzLCBhcmdzKSBJFnR1cm4gJ3R3bycKZW5kLCBkZXNjcmlwQE8HPSdzZWNvbmQgRRRmbGFncz17J25vLXdyaXRlcyd9fQr1QFUjIWx1YSBuYW1lPWxpYjEKcmVkaXMucmVnaXN0ZXJfZnVuY3Rpb24oJ2YxJywgZnVuY3Rpb24oa2V5cywgYXJncykKcmV0dXJuICdvbmUnCmVuZCkKCgB+rzHk7OUocw==");
        let libs = parse(&p).unwrap_or_default();
        assert_eq!(libs.len(), 2);
        assert_eq!(
            libs.first().map(Vec::as_slice),
            Some(&b"#!lua name=lib2\nredis.register_function{function_name='f2', callback=function(keys, args)\nreturn 'two'\nend, description='second', flags={'no-writes'}}\n"[..])
        );
        assert_eq!(
            libs.get(1).map(Vec::as_slice),
            Some(&b"#!lua name=lib1\nredis.register_function('f1', function(keys, args)\nreturn 'one'\nend)\n"[..])
        );
    }

    #[test]
    fn bad_payloads() {
        assert_eq!(parse(b"bad_payload"), Err(BAD_PAYLOAD.as_bytes().to_vec()));
        assert_eq!(parse(b""), Err(BAD_PAYLOAD.as_bytes().to_vec()));
        // Valid footer, unknown opcode.
        let p = rdb::add_footer(vec![0x00, 0x01]);
        assert_eq!(parse(&p), Err(b"given type is not a function".to_vec()));
        // Truncated string.
        let p = rdb::add_footer(vec![OPCODE_FUNCTION2, 0x30, b'a']);
        assert_eq!(parse(&p), Err(b"Failed loading library payload".to_vec()));
        // Empty body: no libraries.
        assert_eq!(parse(&rdb::add_footer(Vec::new())), Ok(vec![]));
        // Newer RDB version refused.
        let mut body = vec![OPCODE_FUNCTION2, 0x01, b'a'];
        body.extend_from_slice(&11u16.to_le_bytes());
        let crc = rdb::crc64(0, &body);
        body.extend_from_slice(&crc.to_le_bytes());
        assert_eq!(parse(&body), Err(BAD_PAYLOAD.as_bytes().to_vec()));
    }

    #[test]
    fn pre_ga_format() {
        let mut body = vec![OPCODE_FUNCTION_PRE_GA];
        rdb::put_string(&mut body, b"old");
        rdb::put_string(&mut body, b"LUA");
        rdb::put_len(&mut body, 1);
        rdb::put_string(&mut body, b"a description");
        rdb::put_string(
            &mut body,
            b"redis.register_function('x', function() return 1 end)",
        );
        let p = rdb::add_footer(body);
        assert_eq!(
            parse(&p),
            Ok(vec![
                b"#!LUA name=old\nredis.register_function('x', function() return 1 end)".to_vec()
            ])
        );
    }
}
