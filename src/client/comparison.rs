//! The comparison in the browser: focus on one dimension, and headline figures only.
//! `ComparisonView::changes_from` says which rows' `hidden` and which class change. The
//! rows are found through the chooser's options, so the wasm carries no list of them.

use std::cell::Cell;
use std::rc::Rc;

use web_sys::Element;

use crate::browser;
use crate::comparison_view::{ComparisonChange, ComparisonView};
use crate::hooks::{COMPARISON_FOCUS, COMPARISON_TABLE, HEADLINES_ONLY, SHOWING_HEADLINES};
use content::anchors::Anchor;

struct Comparison {
    view: Cell<ComparisonView>,
    /// Each dimension's id (its option's value) and its row, in order.
    dimensions: Vec<String>,
    rows: Vec<Element>,
    toggle: Element,
    table: Element,
}

pub fn start() {
    let (Some(focus), Some(toggle), Some(table)) = (
        browser::by_id(COMPARISON_FOCUS.name),
        browser::by_id(HEADLINES_ONLY.name),
        browser::by_id(COMPARISON_TABLE.name),
    ) else {
        return;
    };
    let (dimensions, rows) = browser::option_values(&focus)
        .into_iter()
        .filter_map(|id| Some((id.clone(), browser::by_id(&Anchor::Dimension(&id).id())?)))
        .unzip();
    let comparison = Rc::new(Comparison {
        view: Cell::new(ComparisonView::default()),
        dimensions,
        rows,
        toggle,
        table,
    });
    let on_focus = comparison.clone();
    browser::on(&focus.into(), "change", move |event| {
        let value = browser::selected_value(&event).unwrap_or_default();
        on_focus.change(|view| view.focus_on(&value, &on_focus.dimensions));
    });
    let on_toggle = comparison.clone();
    browser::on(&comparison.toggle.clone().into(), "click", move |_| {
        on_toggle.change(ComparisonView::toggle_headlines)
    });
}

impl Comparison {
    fn change(&self, change: impl FnOnce(&mut ComparisonView)) {
        let before = self.view.get();
        let mut after = before;
        change(&mut after);
        self.view.set(after);
        self.apply(&after.changes_from(&before, self.rows.len()));
    }

    fn apply(&self, change: &ComparisonChange) {
        for &(row, hidden) in &change.hidden {
            browser::set_hidden(&self.rows[row], hidden);
        }
        if let Some(on) = change.headlines_only {
            browser::set_attr(
                &self.toggle,
                "aria-pressed",
                if on { "true" } else { "false" },
            );
            browser::set_class(&self.table, SHOWING_HEADLINES.name, on);
        }
    }
}
