//! Building the browser app: `cargo build` for wasm32, wasm-bindgen through the
//! `wasm-bindgen-cli-support` library (no tool installs), optional `wasm-opt` from npm
//! `binaryen`, then `www/` assets into `target/www/`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Workspace root (parent of the xtask crate).
pub fn root() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.parent().map(Path::to_path_buf).unwrap_or(here)
}

/// Cargo's target directory (`CARGO_TARGET_DIR` when set).
fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"))
}

/// Where the built site goes.
pub fn dist() -> PathBuf {
    target_dir().join("www")
}

fn run(cmd: &mut Command) -> Result<(), String> {
    let status = cmd
        .status()
        .map_err(|e| format!("cannot start {cmd:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{cmd:?} failed with {status}"))
    }
}

/// Runs `npm install` in `web/` when its node_modules are missing.
pub fn ensure_npm() -> Result<(), String> {
    let web = root().join("web");
    if web.join("node_modules").join("playwright-core").exists()
        && web.join("node_modules").join("binaryen").exists()
        && web.join("node_modules").join("terser").exists()
    {
        return Ok(());
    }
    eprintln!("xtask: npm install (web/)");
    run(Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--loglevel=error"])
        .current_dir(&web))
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    let entries = std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?;
    for entry in entries.flatten() {
        let p = entry.path();
        let dest = to.join(entry.file_name());
        if p.is_dir() {
            copy_dir(&p, &dest)?;
        } else {
            std::fs::copy(&p, &dest).map_err(|e| format!("{}: {e}", p.display()))?;
        }
    }
    Ok(())
}

/// Builds the site into [`dist`]. `opt` runs wasm-opt when available.
pub fn build(opt: bool) -> Result<PathBuf, String> {
    let root = root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    eprintln!("xtask: building web (wasm32, release)");
    run(Command::new(&cargo)
        .args([
            "build",
            "-p",
            "web",
            "--lib",
            "--target",
            "wasm32-unknown-unknown",
            "--release",
        ])
        // Size over speed for the download: the page budget is 600 KB gzipped (`z` is
        // ~10% smaller than `s` here; the 100k-key and busy-loop tests keep their budgets).
        .env(
            "CARGO_PROFILE_RELEASE_OPT_LEVEL",
            std::env::var("XTASK_WEB_OPT_LEVEL").unwrap_or_else(|_| "z".into()),
        )
        .env("CARGO_PROFILE_RELEASE_LTO", "fat")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "1")
        .current_dir(&root))?;
    let wasm = target_dir()
        .join("wasm32-unknown-unknown")
        .join("release")
        .join("web.wasm");
    let out = dist();
    let _ = std::fs::remove_dir_all(&out);
    let pkg = out.join("pkg");
    std::fs::create_dir_all(&pkg).map_err(|e| e.to_string())?;
    eprintln!("xtask: wasm-bindgen");
    let mut bg = wasm_bindgen_cli_support::Bindgen::new();
    bg.input_path(&wasm)
        .web(true)
        .map_err(|e| e.to_string())?
        .typescript(false)
        .out_name("web")
        .generate(&pkg)
        .map_err(|e| format!("wasm-bindgen: {e}"))?;
    if opt {
        let wasm_opt = root
            .join("web")
            .join("node_modules")
            .join(".bin")
            .join("wasm-opt");
        if !wasm_opt.exists() {
            ensure_npm()?;
        }
        if wasm_opt.exists() {
            // `-Os` (not `-Oz`) on rustc's `opt-level=z` output: ~0.9 KB smaller once
            // gzipped (measured on this app; `-Oz`, `--gufa`, `--merge-similar-functions` and
            // `--zero-filled-memory` were no better). `--low-memory-unused` lets constant
            // offsets fold into loads and stores (-4.3 KB gzipped): rustc's wasm32 layout puts
            // the 1 MB stack first, growing down, and data above it, so the low 1 KB is only
            // touched by a stack already overflowed (which then traps instead of wrapping).
            eprintln!("xtask: wasm-opt -Os");
            let f = pkg.join("web_bg.wasm");
            run(Command::new(&wasm_opt)
                .arg(&f)
                .args([
                    "-Os",
                    "--converge",
                    "--low-memory-unused",
                    "--enable-bulk-memory",
                    "--enable-nontrapping-float-to-int",
                    "--enable-sign-ext",
                    "--enable-mutable-globals",
                    "--strip-producers",
                    "--strip-target-features",
                    "-o",
                ])
                .arg(&f))?;
        } else {
            eprintln!("xtask: wasm-opt not available, skipping");
        }
        // The wasm-bindgen glue, minified (names of the wasm imports are object keys and
        // stay as they are): ~1.7 KB less to download once gzipped.
        let terser = root
            .join("web")
            .join("node_modules")
            .join(".bin")
            .join("terser");
        if terser.exists() {
            eprintln!("xtask: terser web.js");
            let js = pkg.join("web.js");
            run(Command::new(&terser)
                .arg(&js)
                .args(["--module", "-c", "-m", "-o"])
                .arg(&js))?;
        } else {
            eprintln!("xtask: terser not available, web.js left unminified");
        }
    }
    copy_dir(&root.join("www"), &out)?;
    if opt {
        precompress(&out)?;
    }
    report_sizes(&out);
    Ok(out)
}

/// Writes `<file>.gz` next to every text and wasm asset under `dir`, compressed with
/// zopfli (standard gzip output, smaller than `gzip -9`), for the server to send with
/// `Content-Encoding: gzip`. A file whose gzip would not be smaller gets none.
pub fn precompress(dir: &Path) -> Result<(), String> {
    let rd = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in rd.flatten() {
        let path = entry.path();
        if path.is_dir() {
            precompress(&path)?;
            continue;
        }
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !matches!(
            ext,
            "wasm" | "js" | "mjs" | "css" | "html" | "md" | "json" | "svg"
        ) {
            continue;
        }
        let data = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut gz = Vec::new();
        zopfli::compress(
            zopfli::Options::default(),
            zopfli::Format::Gzip,
            &data[..],
            &mut gz,
        )
        .map_err(|e| format!("zopfli {}: {e}", path.display()))?;
        let target = crate::serve::gz_path(&path);
        if gz.len() < data.len() {
            std::fs::write(&target, gz).map_err(|e| format!("{}: {e}", target.display()))?;
        }
    }
    Ok(())
}

/// Prints raw and gzipped sizes of the bundle: `gzip -9` of each file, and what the
/// server sends (the zopfli `.gz` written by [`precompress`], else the file itself).
pub fn report_sizes(out: &Path) {
    let files = [
        out.join("pkg").join("web_bg.wasm"),
        out.join("pkg").join("web.js"),
        out.join("style.css"),
        out.join("index.html"),
    ];
    let mut total_gz = 0u64;
    let mut total_served = 0u64;
    for f in &files {
        let raw = std::fs::metadata(f).map(|m| m.len()).unwrap_or(0);
        let gz = Command::new("gzip")
            .args(["-9", "-c"])
            .arg(f)
            .output()
            .map(|o| o.stdout.len() as u64)
            .unwrap_or(0);
        let served = std::fs::metadata(crate::serve::gz_path(f))
            .map(|m| m.len())
            .unwrap_or(raw);
        total_gz += gz;
        total_served += served;
        eprintln!(
            "xtask: {:<24} {raw:>9} bytes, {gz:>8} gzip -9, {served:>8} served",
            f.strip_prefix(out).unwrap_or(f).display()
        );
    }
    eprintln!("xtask: total {total_gz} bytes gzip -9, {total_served} bytes served (zopfli gzip)");
    // Not part of the first load: fetched when the tutorial view opens.
    let mut lessons_gz = 0u64;
    let mut n = 0;
    if let Ok(rd) = std::fs::read_dir(out.join("lessons")) {
        for e in rd.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "md") {
                n += 1;
                lessons_gz += Command::new("gzip")
                    .args(["-9", "-c"])
                    .arg(&p)
                    .output()
                    .map(|o| o.stdout.len() as u64)
                    .unwrap_or(0);
            }
        }
    }
    eprintln!("xtask: on demand: {n} lesson files, {lessons_gz} bytes gzipped (fetched when the tutorial opens)");
}

/// The `web` test step: build, serve on a free port, run the Playwright suite.
pub fn test() -> Result<(), String> {
    let out = build(std::env::var_os("XTASK_NO_OPT").is_none())?;
    ensure_npm()?;
    let server = crate::serve::Server::bind("127.0.0.1:0", out)?;
    let url = format!("http://{}/", server.addr());
    std::thread::spawn(move || server.run());
    eprintln!("xtask: browser tests against {url}");
    let root = root();
    run(Command::new("node")
        .arg(root.join("tests").join("browser").join("run.mjs"))
        .env("BASE_URL", &url)
        .env("NODE_PATH", root.join("web").join("node_modules"))
        .current_dir(&root))
}
