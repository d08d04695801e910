//! Helpers shared by the steps: running commands, locating the workspace and tools.

use std::path::PathBuf;
use std::process::Command;

/// The workspace root (parent of `xtask/`).
pub fn root() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.parent().map(PathBuf::from).unwrap_or(here)
}

/// `cargo` as invoked by the outer cargo, so toolchain overrides carry over.
pub fn cargo() -> Command {
    let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.current_dir(root());
    c
}

/// Runs a command, echoing it; an error if it fails.
pub fn sh(cmd: &mut Command) -> Result<(), String> {
    let shown = format!("{cmd:?}").replace('"', "");
    println!("xtask> {shown}");
    let status = cmd
        .status()
        .map_err(|e| format!("cannot run {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

/// True if `name` is found on PATH.
pub fn have(name: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join(name).is_file()))
}

/// Output of a command as text, if it ran successfully.
pub fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Prints the free space left where the target directory lives, so that a run which
/// fails for lack of disk says so plainly. Silent where `df` is missing.
pub fn report_disk(step: &str) {
    let target = root().join("target");
    let dir = if target.exists() { target } else { root() };
    let out = output(Command::new("df").args(["-Pk"]).arg(&dir));
    let avail = out.as_deref().and_then(|s| {
        let line = s.lines().nth(1)?;
        line.split_whitespace().nth(3)?.parse::<u64>().ok()
    });
    if let Some(kib) = avail {
        eprintln!("xtask: before {step}: {} MiB free on disk", kib / 1024);
    }
}
