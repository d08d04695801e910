//! Differential Lua suite: every `tests/lua/cases/*.lua` snippet runs on our runtime and its
//! output must equal the `.expected` file recorded from Debian `lua5.1` by
//! `tests/lua/record.sh`. Cases listed in `tests/lua/known_failures.txt` may differ (they are
//! reported, not failed); a listed case that passes is reported too so the list can shrink.
//! `LUA_CASE=substr` runs only matching cases and prints every diff.

use std::fs;
use std::path::PathBuf;

use engine::lua::harness::run_snippet;

fn lua_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("lua")
}

#[test]
fn lua_differential_suite() {
    let dir = lua_dir();
    let known: Vec<String> = fs::read_to_string(dir.join("known_failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let filter = std::env::var("LUA_CASE").ok();
    let mut names: Vec<PathBuf> = fs::read_dir(dir.join("cases"))
        .expect("cases dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "lua"))
        .collect();
    names.sort();
    let (mut pass, mut fail, mut known_fail) = (0, 0, 0);
    let mut unexpected = Vec::new();
    for path in names {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string();
        if let Some(f) = &filter {
            if !name.contains(f.as_str()) {
                continue;
            }
        }
        eprintln!("case {name}");
        let src = fs::read(&path).expect("read case");
        let expected = fs::read(path.with_extension("expected")).unwrap_or_default();
        let got = run_snippet(&src);
        let is_known = known.contains(&name);
        if got == expected {
            pass += 1;
            if is_known {
                println!("NOW PASSING (remove from known_failures): {name}");
            }
        } else {
            fail += 1;
            if is_known {
                known_fail += 1;
            } else {
                unexpected.push(name.clone());
            }
            if !is_known || filter.is_some() {
                println!(
                    "--- {name}\n  expected: {:?}\n  got:      {:?}",
                    String::from_utf8_lossy(&expected),
                    String::from_utf8_lossy(&got)
                );
            }
        }
    }
    println!("lua differential: {pass} passed, {fail} failed ({known_fail} known)");
    assert!(unexpected.is_empty(), "unexpected failures: {unexpected:?}");
}

/// `EVAL script 0` cases from the conformance corpus (extracted by
/// `tests/lua/extract_corpus.py`) run on a sealed runtime; the reply must match Redis. Cases in
/// `tests/lua/corpus_known_failures.txt` are reported only.
#[test]
fn lua_corpus_eval_subset() {
    let dir = lua_dir();
    let Ok(tsv) = fs::read_to_string(dir.join("corpus_eval.tsv")) else {
        return;
    };
    let known: Vec<String> = fs::read_to_string(dir.join("corpus_known_failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split(" #").next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let (mut pass, mut fail) = (0, 0);
    let mut unexpected = Vec::new();
    for line in tsv.lines() {
        let mut parts = line.splitn(3, '\t');
        let (Some(name), Some(hex), Some(expected)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let script: Vec<u8> = (0..hex.len() / 2)
            .filter_map(|i| u8::from_str_radix(hex.get(i * 2..i * 2 + 2)?, 16).ok())
            .collect();
        let got = engine::lua::harness::eval_notation(&script);
        if got == expected {
            pass += 1;
        } else {
            fail += 1;
            if !known.iter().any(|k| k == name) {
                unexpected.push(name.to_string());
                println!(
                    "--- {name}\n  script:   {:?}\n  expected: {expected}\n  got:      {got}",
                    String::from_utf8_lossy(&script)
                );
            }
        }
    }
    println!("lua corpus EVAL subset: {pass} passed, {fail} failed");
    assert!(unexpected.is_empty(), "unexpected failures: {unexpected:?}");
}
