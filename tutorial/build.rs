//! Embeds every `www/lessons/NN-*.md` file: generates `lessons.rs` with a sorted list of
//! `(file name, include_str!(...))`, so adding a lesson needs no Rust.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let dir = manifest.join("..").join("www").join("lessons");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| {
        p.extension().is_some_and(|e| e == "md")
            && p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.as_bytes().first().is_some_and(u8::is_ascii_digit))
    });
    files.sort();
    let mut src = String::from("/// Embedded lesson files, in order.\npub static LESSON_FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        src.push_str(&format!("    ({name:?}, include_str!({:?})),\n", f.display().to_string()));
    }
    src.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("lessons.rs");
    if let Err(e) = std::fs::write(&out, src) {
        println!("cargo:warning=cannot write {}: {e}", out.display());
    }
}
