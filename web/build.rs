//! Lists the lesson files of `www/lessons/` (the same rule as the `tutorial` crate: names
//! starting with a digit, ending in `.md`) so the app can fetch them when the tutorial
//! opens instead of carrying them in the wasm.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let dir = manifest.join("..").join("www").join("lessons");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.flatten()
                .filter_map(|e| e.file_name().to_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    names.retain(|n| n.ends_with(".md") && n.as_bytes().first().is_some_and(u8::is_ascii_digit));
    names.sort();
    let src = format!(
        "/// Lesson file names under `lessons/`, in order.\npub const LESSON_NAMES: &[&str] = &{names:?};\n"
    );
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("lesson_names.rs");
    if let Err(e) = std::fs::write(&out, src) {
        println!("cargo:warning=cannot write {}: {e}", out.display());
    }
}
