//! `cargo xtask serve`: builds and serves the browser playground (owned by the web part).

/// Placeholder until the web app's build-and-serve step lands.
pub fn run(args: &[String]) -> Result<(), String> {
    let _ = args;
    Err("`cargo xtask serve` is not implemented yet: the web app's step will provide it".into())
}
