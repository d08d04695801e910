//! Drag splitters between the panes: pointer drag (with pointer capture) and keyboard
//! (a focusable `role="separator"` answering arrow keys, Home and End), and the persisted
//! pane sizes they edit.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, PointerEvent};
use yew::prelude::*;

/// localStorage key of the pane sizes (`editor,inspector,lessons` in percent).
pub const LAYOUT_KEY: &str = "rfp.layout.v1";

/// Pane widths in percent of the pane row.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    /// Editor width.
    pub editor: f64,
    /// Inspector width.
    pub inspector: f64,
    /// Tutorial (lessons) width.
    pub lessons: f64,
}

impl Default for Layout {
    fn default() -> Self {
        Layout {
            editor: 38.0,
            inspector: 28.0,
            lessons: 34.0,
        }
    }
}

/// Limits of every pane, in percent.
pub const MIN_PCT: f64 = 15.0;
/// Upper limit of a side pane, in percent.
pub const MAX_PCT: f64 = 70.0;

fn clamp(v: f64) -> f64 {
    if v.is_finite() {
        v.clamp(MIN_PCT, MAX_PCT)
    } else {
        MIN_PCT
    }
}

impl Layout {
    /// Parses the stored form; anything malformed falls back to the defaults.
    pub fn parse(s: &str) -> Layout {
        let d = Layout::default();
        let v: Vec<f64> = s
            .split(',')
            .filter_map(|p| p.trim().parse::<f64>().ok())
            .filter(|x| x.is_finite())
            .collect();
        match v.as_slice() {
            [e, i, l] => Layout {
                editor: clamp(*e),
                inspector: clamp(*i),
                lessons: clamp(*l),
            },
            _ => d,
        }
    }

    /// The stored form.
    pub fn encode(&self) -> String {
        format!(
            "{:.1},{:.1},{:.1}",
            self.editor, self.inspector, self.lessons
        )
    }

    /// CSS custom properties for the pane row.
    pub fn style(&self) -> String {
        format!(
            "--w-editor:{:.2}%;--w-insp:{:.2}%;--w-lessons:{:.2}%",
            self.editor, self.inspector, self.lessons
        )
    }
}

/// Splitter props.
#[derive(Properties, PartialEq)]
pub struct SplitterProps {
    /// Current size of the pane it controls, in percent.
    pub value: f64,
    /// True when the controlled pane is to the right (dragging left grows it).
    #[prop_or_default]
    pub invert: bool,
    /// Accessible name (`Resize editor`).
    pub label: AttrValue,
    /// `data-testid`.
    pub testid: AttrValue,
    /// New size (already clamped).
    pub on_change: Callback<f64>,
}

struct Drag {
    pointer: i32,
    x0: f64,
    v0: f64,
    width: f64,
}

/// A vertical splitter between two panes.
#[function_component(Splitter)]
pub fn splitter(props: &SplitterProps) -> Html {
    let drag: Rc<RefCell<Option<Drag>>> = use_mut_ref(|| None);
    let sign = if props.invert { -1.0 } else { 1.0 };

    let onpointerdown = {
        let drag = drag.clone();
        let value = props.value;
        move |e: PointerEvent| {
            if e.button() != 0 {
                return;
            }
            // Yew delegates events to the app root: `target`, not `current_target`, is the
            // splitter (it has no children).
            let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                return;
            };
            e.prevent_default();
            let width = el
                .parent_element()
                .map(|p| f64::from(p.client_width()))
                .unwrap_or(0.0);
            if width <= 0.0 {
                return;
            }
            let _ = el.set_pointer_capture(e.pointer_id());
            if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
            *drag.borrow_mut() = Some(Drag {
                pointer: e.pointer_id(),
                x0: f64::from(e.client_x()),
                v0: value,
                width,
            });
        }
    };
    let onpointermove = {
        let drag = drag.clone();
        let on_change = props.on_change.clone();
        move |e: PointerEvent| {
            let next = drag.borrow().as_ref().and_then(|d| {
                (d.pointer == e.pointer_id())
                    .then(|| d.v0 + sign * (f64::from(e.client_x()) - d.x0) / d.width * 100.0)
            });
            if let Some(v) = next {
                on_change.emit(clamp(v));
            }
        }
    };
    let end = {
        let drag = drag.clone();
        move |e: PointerEvent| {
            if drag.borrow_mut().take().is_some() {
                if let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                    let _ = el.release_pointer_capture(e.pointer_id());
                }
            }
        }
    };
    let onkeydown = {
        let on_change = props.on_change.clone();
        let value = props.value;
        move |e: KeyboardEvent| {
            let step = if e.shift_key() { 10.0 } else { 2.0 };
            let v = match e.key().as_str() {
                "ArrowLeft" => value - sign * step,
                "ArrowRight" => value + sign * step,
                "Home" => MIN_PCT,
                "End" => MAX_PCT,
                _ => return,
            };
            e.prevent_default();
            on_change.emit(clamp(v));
        }
    };

    html! {
        <div class="splitter" role="separator" tabindex="0" aria-orientation="vertical"
            aria-label={props.label.clone()} data-testid={props.testid.clone()}
            aria-valuenow={format!("{:.0}", props.value)}
            aria-valuemin={format!("{MIN_PCT:.0}")} aria-valuemax={format!("{MAX_PCT:.0}")}
            title="Drag, or focus and use the arrow keys, to resize"
            {onpointerdown} {onpointermove} onpointerup={end.clone()} onpointercancel={end}
            {onkeydown}></div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_round_trips_and_rejects_garbage() {
        let l = Layout {
            editor: 40.0,
            inspector: 20.5,
            lessons: 30.0,
        };
        assert_eq!(Layout::parse(&l.encode()), l);
        assert_eq!(Layout::parse("x,y"), Layout::default());
        assert_eq!(Layout::parse(""), Layout::default());
        let c = Layout::parse("1,1000,NaN");
        assert_eq!(c, Layout::default());
        let c = Layout::parse("1,1000,50");
        assert_eq!((c.editor, c.inspector, c.lessons), (MIN_PCT, MAX_PCT, 50.0));
    }
}
