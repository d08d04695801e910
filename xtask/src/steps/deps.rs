//! Installs what the tests need when it is missing: redis-server, redis-cli, lua5.1 and
//! python3 (apt-get, non-interactive), the wasm32 target and clippy/rustfmt (rustup).

use std::process::Command;

use crate::util::{have, output, sh};

/// Tools the tests use and the Debian packages providing them.
const APT_TOOLS: &[(&str, &str)] = &[
    ("redis-server", "redis-server"),
    ("redis-cli", "redis-tools"),
    ("redis-benchmark", "redis-tools"),
    ("lua5.1", "lua5.1"),
    ("python3", "python3"),
];

/// Installs missing tools.
pub fn run() -> Result<(), String> {
    apt()?;
    rustup()
}

fn apt() -> Result<(), String> {
    let mut missing: Vec<&str> = APT_TOOLS
        .iter()
        .filter(|(tool, _)| !have(tool))
        .map(|(_, pkg)| *pkg)
        .collect();
    missing.dedup();
    if missing.is_empty() {
        return Ok(());
    }
    if !have("apt-get") {
        eprintln!("xtask: missing {missing:?} and no apt-get; related tests will be skipped");
        return Ok(());
    }
    let is_root = output(Command::new("id").arg("-u")).is_some_and(|s| s.trim() == "0");
    let mut prefix: Vec<&str> = Vec::new();
    if !is_root {
        if !have("sudo") {
            eprintln!("xtask: missing {missing:?}; not root and no sudo, skipping install");
            return Ok(());
        }
        prefix.extend(["sudo", "-n"]);
    }
    let apt_cmd = |args: &[&str]| {
        let mut all: Vec<&str> = prefix.clone();
        all.push("apt-get");
        all.extend_from_slice(args);
        let mut c = Command::new(all.first().copied().unwrap_or("apt-get"));
        c.args(all.get(1..).unwrap_or(&[]))
            .env("DEBIAN_FRONTEND", "noninteractive");
        c
    };
    sh(&mut apt_cmd(&["update", "-qq"]))?;
    let mut args = vec!["install", "-y", "-qq", "--no-install-recommends"];
    args.extend(missing.iter().copied());
    sh(&mut apt_cmd(&args))
}

fn rustup() -> Result<(), String> {
    if !have("rustup") {
        eprintln!("xtask: rustup not found; assuming wasm32-unknown-unknown, clippy and rustfmt are installed");
        return Ok(());
    }
    let installed =
        output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if !installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        sh(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    let has_clippy = output(crate::util::cargo().args(["clippy", "--version"])).is_some();
    let has_fmt = output(crate::util::cargo().args(["fmt", "--version"])).is_some();
    if !has_clippy || !has_fmt {
        sh(Command::new("rustup").args(["component", "add", "clippy", "rustfmt"]))?;
    }
    Ok(())
}
