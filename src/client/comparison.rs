//! The comparison in the browser: focus on one dimension, and headline figures only,
//! hiding rows and cell texts of the prerendered table.

use std::cell::Cell;
use std::rc::Rc;

use crate::browser;
use crate::hooks::{COMPARISON_FOCUS, COMPARISON_TABLE, HEADLINES_ONLY};
use crate::DIMENSION_IDS;
use content::anchors::Anchor;

pub fn start() {
    let (Some(focus), Some(toggle), Some(table)) = (
        browser::by_id(COMPARISON_FOCUS),
        browser::by_id(HEADLINES_ONLY),
        browser::by_id(COMPARISON_TABLE),
    ) else {
        return;
    };
    browser::on(&focus.into(), "change", |event| {
        // Anything but a known dimension shows them all.
        let value = browser::selected_value(&event).unwrap_or_default();
        let chosen = DIMENSION_IDS.iter().copied().find(|id| *id == value);
        for id in DIMENSION_IDS {
            if let Some(row) = browser::by_id(&Anchor::Dimension(id).id()) {
                browser::set_hidden(&row, chosen.is_some_and(|chosen| chosen != *id));
            }
        }
    });
    let headlines_only = Rc::new(Cell::new(false));
    let button = toggle.clone();
    browser::on(&toggle.into(), "click", move |_| {
        headlines_only.set(!headlines_only.get());
        browser::set_attr(&button, "aria-pressed", &headlines_only.get().to_string());
        browser::set_class(&table, "headlines-only", headlines_only.get());
    });
}
