//! The browser playground. Only this crate knows the DOM.
