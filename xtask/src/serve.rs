//! A tiny static file server for the built site (std::net, one thread per connection),
//! with correct MIME types (`application/wasm` for streaming compilation). When the
//! client accepts gzip and the build left a precompressed `<file>.gz` next to a file
//! (see `web::precompress`), that is sent with `Content-Encoding: gzip`, like a static
//! host with precompressed assets.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

/// A bound server.
pub struct Server {
    listener: TcpListener,
    root: PathBuf,
}

/// MIME type by extension.
pub fn mime(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "json" => "application/json",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

/// Maps a request path to a file under `root`, refusing `..` and absolute components.
pub fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let path = url_path.split(['?', '#']).next().unwrap_or("/");
    let mut out = root.to_path_buf();
    for c in Path::new(path.trim_start_matches('/')).components() {
        match c {
            Component::Normal(p) => out.push(p),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if out.is_dir() {
        out.push("index.html");
    }
    Some(out)
}

/// Whether an `Accept-Encoding` value allows gzip (`gzip;q=0` does not).
pub fn accepts_gzip(value: &str) -> bool {
    value.split(',').any(|item| {
        let mut parts = item.split(';');
        let coding = parts.next().unwrap_or("").trim();
        let q_zero = parts.any(|p| {
            p.trim()
                .strip_prefix("q=")
                .and_then(|q| q.trim().parse::<f32>().ok())
                == Some(0.0)
        });
        (coding.eq_ignore_ascii_case("gzip") || coding == "*") && !q_zero
    })
}

/// The precompressed sibling of `file`: `name.ext.gz`.
pub fn gz_path(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_os_string();
    name.push(".gz");
    PathBuf::from(name)
}

impl Server {
    /// Binds to `addr` (port 0 = any free port).
    pub fn bind(addr: &str, root: PathBuf) -> Result<Server, String> {
        let listener = TcpListener::bind(addr).map_err(|e| format!("bind {addr}: {e}"))?;
        Ok(Server { listener, root })
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .unwrap_or_else(|_| SocketAddr::from(([127, 0, 0, 1], 0)))
    }

    /// Serves forever.
    pub fn run(self) {
        for stream in self.listener.incoming().flatten() {
            let root = self.root.clone();
            std::thread::spawn(move || {
                let _ = handle(stream, &root);
            });
        }
    }
}

fn handle(stream: TcpStream, root: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut first = String::new();
    reader.read_line(&mut first)?;
    let mut gzip_ok = false;
    loop {
        let mut l = String::new();
        if reader.read_line(&mut l)? == 0 || l == "\r\n" || l == "\n" {
            break;
        }
        if let Some((name, value)) = l.split_once(':') {
            if name.trim().eq_ignore_ascii_case("accept-encoding") {
                gzip_ok = accepts_gzip(value);
            }
        }
    }
    let mut parts = first.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let mut stream = stream;
    let file = resolve(root, target).filter(|f| f.is_file());
    let gz = file
        .as_deref()
        .filter(|_| gzip_ok)
        .and_then(|f| std::fs::read(gz_path(f)).ok());
    let encoding = if gz.is_some() {
        "Content-Encoding: gzip\r\n"
    } else {
        ""
    };
    let body = gz.or_else(|| file.as_ref().and_then(|f| std::fs::read(f).ok()));
    match (method, body) {
        ("GET" | "HEAD", Some(body)) => {
            let ty = file
                .as_deref()
                .map(mime)
                .unwrap_or("application/octet-stream");
            write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: {ty}\r\n{encoding}Vary: Accept-Encoding\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n",
                body.len()
            )?;
            if method == "GET" {
                stream.write_all(&body)?;
            }
        }
        _ => {
            let body = b"not found";
            write!(
                stream,
                "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            )?;
            stream.write_all(body)?;
        }
    }
    stream.flush()
}

/// `cargo xtask serve [--port N] [--no-opt]`.
pub fn serve(args: &[String]) -> Result<(), String> {
    let port = args
        .iter()
        .position(|a| a == "--port")
        .and_then(|i| args.get(i + 1))
        .cloned()
        .unwrap_or_else(|| "8080".into());
    let opt = !args.iter().any(|a| a == "--no-opt");
    let out = crate::web::build(opt)?;
    let server = Server::bind(&format!("127.0.0.1:{port}"), out)?;
    eprintln!("xtask: serving on http://{}/", server.addr());
    server.run();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gzip_negotiation() {
        assert!(accepts_gzip(" gzip, deflate, br"));
        assert!(accepts_gzip("deflate, GZIP;q=0.5"));
        assert!(accepts_gzip("*"));
        assert!(!accepts_gzip("deflate, br"));
        assert!(!accepts_gzip("gzip;q=0"));
        assert_eq!(gz_path(Path::new("a/b.wasm")), PathBuf::from("a/b.wasm.gz"));
    }

    #[test]
    fn resolves_safely() {
        let root = PathBuf::from("/srv");
        assert_eq!(
            resolve(&root, "/pkg/web.js?x"),
            Some(PathBuf::from("/srv/pkg/web.js"))
        );
        assert_eq!(resolve(&root, "/../etc/passwd"), None);
        assert_eq!(mime(Path::new("a.wasm")), "application/wasm");
    }
}
