//! The lesson model: a lesson Markdown file parsed into prose and runnable blocks.
//!
//! The syntax is documented in `www/lessons/README.md`. In short: the first `# ` line is the
//! title; fenced blocks whose info string starts with `redis-cli` hold console steps
//! (`> COMMAND` lines, each followed by the expected redis-cli output); `lua library` blocks
//! are libraries loaded with `FUNCTION LOAD REPLACE`; `lua exercise`, `hint`, `lua solution`
//! and `redis-cli check` blocks make up an exercise. Everything else is prose.

/// One console step: a command line and the output it must print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// Which console sends it: 1 (the default) or 2 (`2> ` prefix, a second redis-cli).
    pub client: u8,
    /// The command as typed (or a pseudo command such as `!restart`).
    pub line: String,
    /// Expected output lines (exact text, or `~ glob` for a shape). Empty: not checked.
    pub expect: Vec<String>,
}

/// What a block is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// Markdown prose (paragraphs, lists, headings below the title).
    Prose,
    /// Console steps. `background`: the single command is started and its reply checked
    /// when it finishes (a runaway script); `check`: the checks of the exercise.
    Cli {
        /// The steps.
        steps: Vec<Step>,
        /// Started and left running while the next blocks run.
        background: bool,
        /// Part of an exercise: run after the learner's library was loaded.
        check: bool,
    },
    /// A library loaded with `FUNCTION LOAD REPLACE`; `expect` is the expected output
    /// (default: anything but an error).
    Library {
        /// Expected output line (exact or `~ glob`).
        expect: Option<String>,
    },
    /// The exercise's starting code, loaded into the editor.
    Starter,
    /// A hint of the exercise.
    Hint,
    /// The exercise's solution (a library).
    Solution,
    /// Code shown for reading only (language in the info string).
    Code(String),
}

/// A block of a lesson.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// What it is.
    pub kind: BlockKind,
    /// Its text (prose Markdown, library code, or the raw console block).
    pub text: String,
}

/// A parsed lesson.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lesson {
    /// The title (the first `# ` heading).
    pub title: String,
    /// Blocks in order.
    pub blocks: Vec<Block>,
}

impl Lesson {
    /// True when the lesson has an exercise (a solution and a check).
    pub fn has_exercise(&self) -> bool {
        self.blocks.iter().any(|b| b.kind == BlockKind::Solution)
            && self
                .blocks
                .iter()
                .any(|b| matches!(b.kind, BlockKind::Cli { check: true, .. }))
    }
    /// The exercise's solution code, if any.
    pub fn solution(&self) -> Option<&str> {
        self.blocks
            .iter()
            .find(|b| b.kind == BlockKind::Solution)
            .map(|b| b.text.as_str())
    }
    /// The exercise's starting code, if any.
    pub fn starter(&self) -> Option<&str> {
        self.blocks
            .iter()
            .find(|b| b.kind == BlockKind::Starter)
            .map(|b| b.text.as_str())
    }
    /// The exercise's checks.
    pub fn checks(&self) -> Vec<&Step> {
        let mut out = Vec::new();
        for b in &self.blocks {
            if let BlockKind::Cli {
                steps, check: true, ..
            } = &b.kind
            {
                out.extend(steps.iter());
            }
        }
        out
    }
}

/// Value of `key="value"` (or `key=value`) in an info string.
fn attr(info: &str, key: &str) -> Option<String> {
    let pat = format!("{key}=");
    let pos = info.find(&pat)?;
    let rest = info.get(pos.saturating_add(pat.len())..)?;
    if let Some(r) = rest.strip_prefix('"') {
        let end = r.find('"')?;
        r.get(..end).map(str::to_string)
    } else {
        Some(rest.split_whitespace().next().unwrap_or("").to_string())
    }
}

/// Parses the steps of a console block.
pub fn parse_steps(text: &str) -> Vec<Step> {
    let mut steps: Vec<Step> = Vec::new();
    for line in text.lines() {
        let (client, cmd) = if let Some(c) = line.strip_prefix("> ") {
            (1, Some(c))
        } else if let Some(c) = line.strip_prefix("2> ") {
            (2, Some(c))
        } else {
            (1, None)
        };
        match cmd {
            Some(c) => steps.push(Step {
                client,
                line: c.trim().to_string(),
                expect: Vec::new(),
            }),
            None => {
                if let Some(last) = steps.last_mut() {
                    if !(line.is_empty() && last.expect.is_empty()) {
                        last.expect.push(line.to_string());
                    }
                }
            }
        }
    }
    for s in &mut steps {
        while s.expect.last().is_some_and(|l| l.is_empty()) {
            s.expect.pop();
        }
    }
    steps
}

fn classify(info: &str, body: String) -> Block {
    let mut words = info.split_whitespace();
    let lang = words.next().unwrap_or("");
    let flags: Vec<&str> = words.collect();
    let has = |f: &str| flags.contains(&f);
    let kind = match lang {
        "redis-cli" => BlockKind::Cli {
            steps: parse_steps(&body),
            background: has("background"),
            check: has("check"),
        },
        "lua" if has("library") => BlockKind::Library {
            expect: attr(info, "expect"),
        },
        "lua" if has("exercise") => BlockKind::Starter,
        "lua" if has("solution") => BlockKind::Solution,
        "hint" => BlockKind::Hint,
        other => BlockKind::Code(other.to_string()),
    };
    Block { kind, text: body }
}

/// Parses a lesson file.
pub fn parse(src: &str) -> Lesson {
    let mut title = String::new();
    let mut blocks = Vec::new();
    let mut prose = String::new();
    let mut fence: Option<(String, String)> = None;
    let flush = |prose: &mut String, blocks: &mut Vec<Block>| {
        let t = prose.trim();
        if !t.is_empty() {
            blocks.push(Block {
                kind: BlockKind::Prose,
                text: t.to_string(),
            });
        }
        prose.clear();
    };
    for line in src.lines() {
        if let Some((info, body)) = fence.as_mut() {
            if line.trim_end() == "```" {
                let info = std::mem::take(info);
                let body = std::mem::take(body);
                fence = None;
                blocks.push(classify(&info, body));
            } else {
                body.push_str(line);
                body.push('\n');
            }
            continue;
        }
        if let Some(info) = line.strip_prefix("```") {
            flush(&mut prose, &mut blocks);
            fence = Some((info.trim().to_string(), String::new()));
        } else if title.is_empty() && line.starts_with("# ") {
            title = line.get(2..).unwrap_or("").trim().to_string();
        } else {
            prose.push_str(line);
            prose.push('\n');
        }
    }
    if let Some((info, body)) = fence {
        blocks.push(classify(&info, body));
    }
    flush(&mut prose, &mut blocks);
    Lesson { title, blocks }
}

/// Compares actual redis-cli output with the expected lines. `Err` explains the first
/// difference in words a learner can act on.
pub fn compare(expect: &[String], actual: &str) -> Result<(), String> {
    if expect.is_empty() {
        return Ok(());
    }
    let got: Vec<&str> = actual.trim_end_matches('\n').split('\n').collect();
    for (i, want) in expect.iter().enumerate() {
        let Some(line) = got.get(i) else {
            return Err(format!(
                "the reply is shorter than expected: line {} should be {want}",
                i.saturating_add(1)
            ));
        };
        let ok = match want.strip_prefix("~ ") {
            Some(glob) => engine::util::glob::glob_match(glob.as_bytes(), line.as_bytes(), false),
            None => want == line,
        };
        if !ok {
            return Err(format!(
                "line {}: expected {want}, got {line}",
                i.saturating_add(1)
            ));
        }
    }
    if got.len() > expect.len() {
        return Err(format!(
            "the reply is longer than expected ({} lines instead of {})",
            got.len(),
            expect.len()
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_blocks() {
        let src = "# T\nSome prose.\n\n```redis-cli\n> SET a 1\nOK\n> GET a\n\"1\"\n2> PING\n```\n\n```lua library expect=\"\\\"lib\\\"\"\n#!lua name=lib\n```\n```hint\nthink\n```\n";
        let l = parse(src);
        assert_eq!(l.title, "T");
        assert_eq!(l.blocks.len(), 4);
        match &l.blocks[1].kind {
            BlockKind::Cli { steps, .. } => {
                assert_eq!(steps.len(), 3);
                assert_eq!(steps[0].expect, vec!["OK".to_string()]);
                assert_eq!(steps[2].client, 2);
                assert!(steps[2].expect.is_empty());
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(l.blocks[2].kind, BlockKind::Library { .. }));
        assert_eq!(l.blocks[3].kind, BlockKind::Hint);
    }

    #[test]
    fn compares_shapes() {
        assert!(compare(&["(integer) 1".into()], "(integer) 1\n").is_ok());
        assert!(compare(&["~ (integer) *".into()], "(integer) 17\n").is_ok());
        assert!(compare(&["OK".into()], "(nil)\n").is_err());
        assert!(compare(&["1) \"a\"".into()], "1) \"a\"\n2) \"b\"\n").is_err());
        assert!(compare(&[], "anything").is_ok());
    }
}
