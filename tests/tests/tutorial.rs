//! Runs every runnable block of every lesson in `www/lessons/` (exercise solutions and
//! checks included) against the engine and fails on any output that differs from the
//! lesson's expectation, so the course cannot drift from what the engine does.

use tutorial::{lessons, BlockKind, Session, LESSON_FILES};

#[test]
fn every_lesson_runs_as_written() {
    let all = lessons();
    let mut failures = Vec::new();
    let mut steps = 0usize;
    for (lesson, (file, _)) in all.iter().zip(LESSON_FILES.iter()) {
        assert!(!lesson.title.is_empty(), "{file}: no title");
        let mut s = Session::new();
        for r in s.run_lesson(lesson) {
            steps += 1;
            if let Err(why) = &r.verdict {
                failures.push(format!("{file}: `{}`: {why}\n  output:\n{}", r.line, r.output));
            }
        }
    }
    eprintln!("tutorial: {} lessons, {steps} checked steps", all.len());
    assert!(all.len() >= 14, "expected at least 14 lessons, found {}", all.len());
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn lessons_8_to_14_have_exercises() {
    let all = lessons();
    for (i, l) in all.iter().enumerate().skip(7) {
        assert!(l.has_exercise(), "lesson {} ({}) has no exercise", i + 1, l.title);
        assert!(l.starter().is_some(), "lesson {} has no starting code", i + 1);
        assert!(
            l.blocks.iter().any(|b| b.kind == BlockKind::Hint),
            "lesson {} has no hint",
            i + 1
        );
    }
}

#[test]
fn starters_do_not_pass_the_checks() {
    // An exercise that is already solved teaches nothing: the starting code must fail.
    for (i, l) in lessons().iter().enumerate() {
        let Some(starter) = l.starter() else { continue };
        let mut s = Session::new();
        let mut ok = true;
        for b in &l.blocks {
            match &b.kind {
                BlockKind::Solution => {
                    ok &= s.load_library(starter, None).verdict.is_ok();
                }
                BlockKind::Cli { check: true, .. } => {
                    ok &= s.run_block(b).iter().all(|r| r.verdict.is_ok());
                }
                _ => {
                    s.run_block(b);
                }
            }
        }
        assert!(!ok, "lesson {}: the starting code already passes", i + 1);
    }
}
