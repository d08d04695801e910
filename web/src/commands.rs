//! Console-side command handling: redis-cli's local commands (`HELP`, `clear`, repeat
//! prefix), Tab completion, and the Lua-buffer helpers (FUNCTION LOAD / EVAL of a buffer).

/// What a console line turns into.
#[derive(Debug, PartialEq)]
pub enum Parsed {
    /// Nothing to do.
    Empty,
    /// Clear the screen.
    Clear,
    /// Local text output (HELP).
    Text(String),
    /// Argument error (unbalanced quotes).
    Invalid,
    /// Run the args `times` times.
    Run(u32, Vec<Vec<u8>>),
}

/// Parses a console line like redis-cli.
pub fn parse(line: &str) -> Parsed {
    let Some(mut args) = crate::adapter::split_args(line) else {
        return Parsed::Invalid;
    };
    if args.is_empty() {
        return Parsed::Empty;
    }
    let first = String::from_utf8_lossy(args.first().map(Vec::as_slice).unwrap_or(b"")).to_string();
    if first.eq_ignore_ascii_case("clear") && args.len() == 1 {
        return Parsed::Clear;
    }
    if first.eq_ignore_ascii_case("help") {
        let topic: Vec<String> = args
            .iter()
            .skip(1)
            .map(|a| String::from_utf8_lossy(a).into_owned())
            .collect();
        return Parsed::Text(help(&topic.join(" ")));
    }
    let mut times = 1u32;
    if args.len() > 1 && first.bytes().all(|b| b.is_ascii_digit()) {
        times = first.parse::<u32>().unwrap_or(1).clamp(1, 10_000);
        args.remove(0);
    }
    Parsed::Run(times, args)
}

/// `HELP`, `HELP <command>`, `HELP @group`.
pub fn help(topic: &str) -> String {
    let table = engine::commands::table();
    if topic.trim().is_empty() {
        return "redis-cli 7.0.15 (in-browser playground)\n\
To get help about Redis commands type:\n\
      \"help @<group>\" to get a list of commands in <group>\n\
      \"help <command>\" for help on <command>\n\
      \"help <tab>\" to get a list of possible help topics\n\
\n\
Playground extras:\n\
      \"clear\" clears the screen, \"N <command>\" repeats a command N times,\n\
      Ctrl+R searches history, Tab completes command names,\n\
      \"EVALBUF numkeys [key ...] [arg ...]\" EVALs the active editor buffer,\n\
      Ctrl/Cmd+Enter in the editor runs FUNCTION LOAD REPLACE on the buffer."
            .to_string();
    }
    let fmt = |s: &engine::commands::CommandSpec, parent: Option<&str>| {
        let name = match parent {
            Some(p) => format!("{} {}", p.to_ascii_uppercase(), s.name.to_ascii_uppercase()),
            None => s.name.to_ascii_uppercase(),
        };
        format!(
            "\n  {name} {}\n  summary: {}\n  since: {}\n  group: {}\n",
            s.syntax, s.summary, s.since, s.group
        )
    };
    if let Some(group) = topic.strip_prefix('@') {
        let mut out = String::new();
        for s in table.all() {
            if s.group.eq_ignore_ascii_case(group) {
                out.push_str(&fmt(s, None));
            }
        }
        if out.is_empty() {
            return format!("No commands in group '{group}'");
        }
        return out;
    }
    let words: Vec<&str> = topic.split_whitespace().collect();
    let Some(spec) = words.first().and_then(|w| table.get(w.as_bytes())) else {
        return String::new();
    };
    if let Some(sub) = words.get(1).and_then(|w| spec.subcommand(w.as_bytes())) {
        return fmt(sub, Some(spec.name));
    }
    let mut out = fmt(spec, None);
    for sub in spec.subcommands {
        out.push_str(&fmt(sub, Some(spec.name)));
    }
    out
}

/// Command names starting with `prefix` (uppercase), sorted.
pub fn complete(prefix: &str) -> Vec<String> {
    let p = prefix.to_ascii_lowercase();
    let mut out: Vec<String> = engine::commands::table()
        .all()
        .iter()
        .filter(|s| s.name.starts_with(&p))
        .map(|s| s.name.to_ascii_uppercase())
        .collect();
    for extra in ["CLEAR", "HELP", "EVALBUF"] {
        if extra.to_ascii_lowercase().starts_with(&p) && !out.iter().any(|o| o == extra) {
            out.push(extra.to_string());
        }
    }
    engine::util::sort::sort(&mut out);
    out
}

/// The SHA1 of a script, lowercase hex (as SCRIPT LOAD returns).
pub fn sha1_hex(body: &[u8]) -> String {
    engine::scripting::sha1_hex(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_local_commands() {
        assert_eq!(parse("  "), Parsed::Empty);
        assert_eq!(parse("clear"), Parsed::Clear);
        assert_eq!(parse("set \"a"), Parsed::Invalid);
        assert_eq!(
            parse("3 incr x"),
            Parsed::Run(3, vec![b"incr".to_vec(), b"x".to_vec()])
        );
        assert_eq!(
            parse("get 3"),
            Parsed::Run(1, vec![b"get".to_vec(), b"3".to_vec()])
        );
        assert!(matches!(parse("help"), Parsed::Text(_)));
    }

    #[test]
    fn sha1_matches_redis() {
        assert_eq!(
            sha1_hex(b"return 1"),
            "e0e1f9fabfc9d4800c877a703b823ac0578ff8db"
        );
    }
}
