//! Test-only function engine: "registers" functions by scanning library code for
//! `redis.register_function('name'` and `redis.register_function{function_name='name', ...}`
//! (with optional `description='...'` and `flags={'...'}` in the same call). Code containing
//! `FAIL:<msg>` fails with `<msg>`. It tracks live handles so tests can check for leaks.
#![allow(dead_code)]

use std::collections::BTreeSet;

use engine::functions::engine_api::flag_by_name;
use engine::functions::{check_new_function, FunctionEngine, FunctionInfo};

#[derive(Default)]
pub struct FakeEngine {
    next: u64,
    pub live: BTreeSet<u64>,
    pub creates: usize,
}

fn quoted_after(s: &[u8], key: &[u8]) -> Option<Vec<u8>> {
    let at = find(s, key)? + key.len();
    let rest = s.get(at..)?;
    let q = *rest.first()?;
    if q != b'\'' && q != b'"' {
        return None;
    }
    let body = rest.get(1..)?;
    let end = body.iter().position(|&c| c == q)?;
    Some(body.get(..end)?.to_vec())
}

pub fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    h.windows(n.len()).position(|w| w == n)
}

impl FunctionEngine for FakeEngine {
    fn name(&self) -> &'static str {
        "LUA"
    }

    fn create(&mut self, _library: &[u8], code: &[u8]) -> Result<Vec<FunctionInfo>, Vec<u8>> {
        self.creates += 1;
        if let Some(at) = find(code, b"FAIL:") {
            let msg = code.get(at + 5..).unwrap_or_default();
            let end = msg.iter().position(|&c| c == b'\n').unwrap_or(msg.len());
            return Err(msg.get(..end).unwrap_or_default().to_vec());
        }
        let marker = b"redis.register_function";
        let mut out: Vec<FunctionInfo> = Vec::new();
        let mut rest = code;
        while let Some(at) = find(rest, marker) {
            let after = rest.get(at + marker.len()..).unwrap_or_default();
            let next = find(after, marker).unwrap_or(after.len());
            let call = after.get(..next).unwrap_or_default();
            let (name, description, flags) = if call.first() == Some(&b'{') {
                let name = quoted_after(call, b"function_name=").unwrap_or_default();
                let desc = quoted_after(call, b"description=");
                let mut flags = 0;
                if let Some(f) = find(call, b"flags={") {
                    let body = call.get(f + 7..).unwrap_or_default();
                    let end = body.iter().position(|&c| c == b'}').unwrap_or(body.len());
                    for item in body.get(..end).unwrap_or_default().split(|&c| c == b',') {
                        let t: Vec<u8> = item
                            .iter()
                            .copied()
                            .filter(|c| !matches!(c, b' ' | b'\'' | b'"'))
                            .collect();
                        flags |= flag_by_name(&t).unwrap_or(0);
                    }
                }
                (name, desc, flags)
            } else {
                (quoted_after(call, b"(").unwrap_or_default(), None, 0)
            };
            if let Err(m) = check_new_function(&out, &name) {
                let handles: Vec<u64> = out.iter().map(|f| f.handle).collect();
                self.free(&handles);
                return Err(format!("Error registering functions: ERR {m}").into_bytes());
            }
            self.next += 1;
            self.live.insert(self.next);
            out.push(FunctionInfo {
                name,
                description,
                flags,
                handle: self.next,
            });
            rest = after.get(next..).unwrap_or_default();
        }
        Ok(out)
    }

    fn free(&mut self, handles: &[u64]) {
        for h in handles {
            assert!(self.live.remove(h), "double free of handle {h}");
        }
    }

    fn memory_used(&self) -> usize {
        self.live.len() * 64
    }
}

/// Standard base64 decoding (test helper; ignores '=' padding).
pub fn b64decode(s: &str) -> Vec<u8> {
    let val = |c: u8| -> u32 {
        match c {
            b'A'..=b'Z' => u32::from(c - b'A'),
            b'a'..=b'z' => u32::from(c - b'a') + 26,
            b'0'..=b'9' => u32::from(c - b'0') + 52,
            b'+' => 62,
            _ => 63,
        }
    };
    let clean: Vec<u8> = s.bytes().filter(|&c| c != b'=').collect();
    let mut out = Vec::new();
    for chunk in clean.chunks(4) {
        let mut acc = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            acc |= val(c) << (18 - 6 * i);
        }
        out.extend_from_slice(acc.to_be_bytes().get(1..chunk.len()).unwrap_or_default());
    }
    out
}
