//! The interactive tutorial: lessons are Markdown files under `www/lessons/` (embedded at
//! build time), parsed by [`lesson`] into prose and runnable blocks and checked against the
//! engine by [`runner`]. Used by the native test (`tests/tests/tutorial.rs`) and the web app.

pub mod lesson;
pub mod runner;

pub use lesson::{compare, parse, Block, BlockKind, Lesson, Step};
pub use runner::{Session, StepResult};

include!(concat!(env!("OUT_DIR"), "/lessons.rs"));

/// Every embedded lesson, parsed, in order.
pub fn lessons() -> Vec<Lesson> {
    LESSON_FILES.iter().map(|(_, src)| parse(src)).collect()
}
