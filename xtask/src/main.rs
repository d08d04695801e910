//! `cargo xtask serve` and `cargo xtask test`.
//!
//! - `serve [--port N] [--no-opt]`: build the browser app and serve it on 127.0.0.1:8080.
//! - `build-web [--no-opt]`: build the site into `target/www/` and print bundle sizes.
//! - `test [web]`: test steps (`web` = Playwright suite in headless Chromium).

mod serve;
mod web;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = args.get(1..).unwrap_or(&[]).to_vec();
    let res = match args.first().map(String::as_str) {
        Some("serve") => serve::serve(&rest),
        Some("build-web") => web::build(!rest.iter().any(|a| a == "--no-opt")).map(|_| ()),
        Some("test") => {
            let steps: Vec<&str> = if rest.is_empty() {
                vec!["web"]
            } else {
                rest.iter().map(String::as_str).collect()
            };
            steps.iter().try_for_each(|s| match *s {
                "web" => web::test(),
                other => Err(format!("unknown test step '{other}'")),
            })
        }
        _ => Err("usage: cargo xtask serve [--port N] [--no-opt] | build-web | test [web]".into()),
    };
    if let Err(e) = res {
        eprintln!("xtask: {e}");
        std::process::exit(1);
    }
}
