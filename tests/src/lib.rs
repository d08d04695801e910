//! Shared helpers for the integration tests: free ports, locating and starting our server
//! binary and a reference `redis-server`, waiting for ports, finding external tools.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The workspace root (parent of this crate).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// The shared conformance directory: `$CONFORMANCE_DIR`, else the first
/// `shared/conformance` beside the workspace or one of its ancestors (`../shared` in CI).
pub fn conformance_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("CONFORMANCE_DIR") {
        return PathBuf::from(d);
    }
    let root = workspace_root();
    for dir in root.ancestors().skip(1) {
        let cand = dir.join("shared").join("conformance");
        if cand.join("diffredis.py").exists() {
            return cand;
        }
    }
    root.join("..").join("shared").join("conformance")
}

/// A currently free loopback TCP port.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or(0)
}

/// True if `name` is an executable on PATH.
pub fn have_tool(name: &str) -> bool {
    Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {name} >/dev/null 2>&1"))
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

/// Waits until something accepts connections on `port`.
pub fn wait_port(port: u16, timeout: Duration) -> bool {
    let start = Instant::now();
    while start.elapsed() < timeout {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

/// A child process killed when dropped.
pub struct Guard(pub Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Path of a binary of the `native` crate, building it (release if `release`) first.
pub fn native_bin(name: &str, release: bool) -> PathBuf {
    let root = workspace_root();
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cmd.current_dir(&root)
        .args(["build", "--quiet", "-p", "native", "--bin", name]);
    if release {
        cmd.arg("--release");
    }
    let status = cmd.status().expect("cargo build of the native binaries");
    assert!(status.success(), "building {name} failed");
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root.join("target"));
    target
        .join(if release { "release" } else { "debug" })
        .join(name)
}

/// Starts our `redis-fn-server` on a free port.
pub fn start_our_server() -> (Guard, u16) {
    let bin = native_bin("redis-fn-server", false);
    let port = free_port();
    let child = Command::new(bin)
        .args(["--port", &port.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start redis-fn-server");
    let g = Guard(child);
    assert!(
        wait_port(port, Duration::from_secs(20)),
        "server did not start"
    );
    (g, port)
}

/// Starts a reference `redis-server` on a free loopback port, if installed.
pub fn start_redis() -> Option<(Guard, u16)> {
    if !have_tool("redis-server") {
        return None;
    }
    let port = free_port();
    let child = Command::new("redis-server")
        .args([
            "--port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let g = Guard(child);
    wait_port(port, Duration::from_secs(10)).then_some((g, port))
}
