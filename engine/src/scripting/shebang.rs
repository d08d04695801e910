//! Eval script shebangs: `#!lua flags=no-writes,allow-oom,...`.

use super::run::flags;
use crate::resp::Reply;

/// Parses an eval body's shebang. Returns the flags and the code to compile (the shebang
/// line is blanked so line numbers stay right). Without a shebang the script runs in
/// Redis's compatibility mode.
pub fn parse_eval(body: &[u8]) -> Result<(u32, &[u8]), Reply> {
    let Some(rest) = body.strip_prefix(b"#!") else {
        return Ok((flags::EVAL_COMPAT_MODE, body));
    };
    let nl = rest.iter().position(|&c| c == b'\n').unwrap_or(rest.len());
    let line = rest.get(..nl).unwrap_or_default();
    let code = body.get(2 + nl..).unwrap_or_default();
    let mut parts = line.split(|&c| c == b' ').filter(|p| !p.is_empty());
    let engine = parts.next().unwrap_or_default();
    if engine != b"lua" {
        return Err(Reply::Error(
            format!(
                "ERR Unexpected engine in script shebang: #!{}",
                String::from_utf8_lossy(line)
            )
            .into_bytes(),
        ));
    }
    let mut f = 0u32;
    for p in parts {
        if let Some(list) = p.strip_prefix(b"flags=") {
            for name in list.split(|&c| c == b',').filter(|n| !n.is_empty()) {
                match flags::NAMES.iter().find(|(_, n)| n.as_bytes() == name) {
                    Some((bit, _)) => f |= bit,
                    None => {
                        return Err(Reply::Error(
                            format!(
                                "ERR Unexpected flag in script shebang: {}",
                                String::from_utf8_lossy(name)
                            )
                            .into_bytes(),
                        ))
                    }
                }
            }
        } else {
            return Err(Reply::Error(
                format!(
                    "ERR Unknown lua shebang option: {}",
                    String::from_utf8_lossy(p)
                )
                .into_bytes(),
            ));
        }
    }
    Ok((f, code))
}
