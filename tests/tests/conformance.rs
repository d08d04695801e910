//! Runs the shared conformance corpus (`../shared/conformance`, recorded from Redis 7.0.15)
//! against our `redis-fn-server` with `diffredis.py`.
//!
//! Every corpus file's summary line is printed. Files listed in [`REQUIRED`] must pass in
//! full; the others are reported but do not fail the test (yet).
//!
//! The project's own cases, in `tests/conformance/*.json` (same format, recorded with
//! `diffredis.py record` from a real Redis 7.0.15), must all pass too.

use std::path::Path;
use std::process::Command;

use tests::{conformance_dir, have_tool, start_our_server};

/// Corpus files (without `.json`) that must pass every case: all of them.
const REQUIRED: &[&str] = &[
    "conversions_resp2",
    "conversions_resp3",
    "errors",
    "eval",
    "fcall",
    "functions",
    "keyspace_hashes",
    "keyspace_keys",
    "keyspace_lists",
    "keyspace_server",
    "keyspace_sets",
    "keyspace_strings",
    "keyspace_zsets",
    "libs_cjson_cmsgpack_bit_struct",
    "lua51_semantics",
    "lua_api",
    "sandbox",
    "seeds_examples",
];

/// Parses `conformance: N passed, M failed` from the harness output.
fn summary(out: &str) -> Option<(u32, u32)> {
    let line = out.lines().rev().find(|l| l.starts_with("conformance:"))?;
    let nums: Vec<u32> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|t| t.parse().ok())
        .collect();
    match nums.as_slice() {
        [p, f, ..] => Some((*p, *f)),
        _ => None,
    }
}

#[test]
fn conformance_corpus() {
    let dir = conformance_dir();
    let script = dir.join("diffredis.py");
    if !script.exists() || !have_tool("python3") {
        eprintln!("SKIPPED: {} or python3 not found", script.display());
        return;
    }
    let files = json_files(&dir.join("corpus"));
    assert!(!files.is_empty(), "empty corpus in {}", dir.display());
    let (_server, port) = start_our_server();
    let (mut tp, mut tf) = (0u32, 0u32);
    let mut failed_required = Vec::new();
    println!("{:<40} {:>7} {:>7}", "area", "passed", "failed");
    for file in &files {
        let area = file
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("?")
            .to_string();
        let (p, f) = run_file(&script, port, file, &[]).unwrap_or((0, u32::MAX));
        println!("{area:<40} {p:>7} {f:>7}");
        tp = tp.saturating_add(p);
        tf = tf.saturating_add(f);
        if REQUIRED.contains(&area.as_str()) && f != 0 {
            failed_required.push(area);
        }
    }
    println!("conformance total: {tp} passed, {tf} failed");
    for area in &failed_required {
        let file = dir.join("corpus").join(format!("{area}.json"));
        // Show the diffs for the required areas that failed.
        let _ = run_file(&script, port, &file, &["--fail-only"]);
    }
    assert!(
        failed_required.is_empty(),
        "required conformance areas failing: {failed_required:?}"
    );
}

fn run_file(script: &Path, port: u16, file: &Path, extra: &[&str]) -> Option<(u32, u32)> {
    let out = Command::new("python3")
        .arg(script)
        .args(["check", "--port", &port.to_string()])
        .args(if extra.is_empty() {
            &["--quiet"][..]
        } else {
            extra
        })
        .arg(file)
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    if !extra.is_empty() {
        println!("{text}");
    }
    summary(&text)
}

/// The project's own recorded cases (`tests/conformance/*.json`): every one must pass.
#[test]
fn project_corpus() {
    let script = conformance_dir().join("diffredis.py");
    if !script.exists() || !have_tool("python3") {
        eprintln!("SKIPPED: {} or python3 not found", script.display());
        return;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance");
    let files = json_files(&dir);
    assert!(!files.is_empty(), "no cases in {}", dir.display());
    let (_server, port) = start_our_server();
    let mut failed = Vec::new();
    for file in &files {
        let (p, f) = run_file(&script, port, file, &[]).unwrap_or((0, u32::MAX));
        println!("{:<40} {p:>7} {f:>7}", file.display());
        if f != 0 {
            let _ = run_file(&script, port, file, &["--fail-only"]);
            failed.push(file.display().to_string());
        }
    }
    assert!(
        failed.is_empty(),
        "project conformance cases failing: {failed:?}"
    );
}

/// The `.json` files of `dir`, sorted.
fn json_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}
