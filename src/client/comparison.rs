//! The comparison in the browser: its controls are a hydrated root; the rows and
//! cell texts they hide are the prerendered table's.

use leptos::prelude::*;

use super::hydrate;
use crate::browser;
use crate::components::{Comparison, ComparisonControls, COMPARISON_CONTROLS_ROOT, COMPARISON_TABLE};
use crate::DIMENSION_NAMES;
use content::anchors::Anchor;

pub fn start() {
    let (Some(controls), Some(table)) = (browser::by_id(COMPARISON_CONTROLS_ROOT), browser::by_id(COMPARISON_TABLE)) else { return };
    let chosen = Comparison::new();
    hydrate(controls, move || view! { <ComparisonControls chosen /> });
    Effect::new(move |_| {
        let focus = chosen.focus.get();
        for (id, _) in DIMENSION_NAMES {
            if let Some(row) = browser::by_id(&Anchor::Dimension(id).id()) {
                browser::set_hidden(&row, focus.is_some_and(|focus| focus != *id));
            }
        }
    });
    Effect::new(move |_| browser::set_class(&table, "headlines-only", chosen.headlines_only.get()));
}
