//! Prints every step of one lesson with its output and verdict (for writing lessons).
fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1);
    let all = tutorial::lessons();
    let Some(l) = all.get(n.saturating_sub(1)) else { return };
    let mut s = tutorial::Session::new();
    for r in s.run_lesson(l) {
        println!("> {}\n{}  => {:?}", r.line, r.output, r.verdict);
    }
}
