//! The casualty panel in the browser: its controls and the table's sort buttons are
//! hydrated roots; what they choose is applied to the prerendered panel here, each
//! choice touching only what it changes.

use leptos::prelude::*;

use super::hydrate;
use crate::browser;
use crate::chart::estimates::View;
use crate::components::{figures_key, Controls, Panel, SortHeaders, CONTROLS_ROOT, PANEL, TABLE_HEAD_ROOT};
use content::anchors::{Anchor, ESTIMATE_CARD};

/// Wires the panel, if this page has it.
pub fn start() -> Option<Panel> {
    let root = browser::by_id(PANEL)?;
    let panel = Panel::new();
    hydrate(browser::by_id(CONTROLS_ROOT)?, move || view! { <Controls panel /> });
    hydrate(browser::by_id(TABLE_HEAD_ROOT)?, move || view! { <SortHeaders panel /> });
    show_choices(&root, panel);
    sort_rows(&root, panel);
    show_selected(&root, panel);
    listen_to_marks(&root, panel);
    Some(panel)
}

/// View, scale and figures are attributes on the panel, which CSS acts on.
fn show_choices(root: &web_sys::Element, panel: Panel) {
    let at = root.clone();
    Effect::new(move |_| {
        let view = panel.view.get();
        browser::set_attr(&at, "data-view", view.key());
        // The table's links join the Tab order only while the table shows.
        for link in browser::query_all(&at, ".estimates-table tbody a") {
            browser::set_attr(&link, "tabindex", if view == View::Table { "0" } else { "-1" });
        }
    });
    let at = root.clone();
    Effect::new(move |_| browser::set_attr(&at, "data-scale", panel.scale.get().key()));
    let at = root.clone();
    Effect::new(move |_| browser::set_attr(&at, "data-figures", figures_key(panel.deaths_only.get())));
}

/// Chart rows and table rows move into the chosen order (the page starts in date order).
fn sort_rows(root: &web_sys::Element, panel: Panel) {
    let root = root.clone();
    Effect::new(move |previous: Option<_>| {
        let (key, descending) = panel.sort.get();
        if previous.is_some() {
            let attribute = format!("data-order-{}", key.key());
            for rows in browser::query_all(&root, ".chart-rows, .estimates-table tbody") {
                browser::reorder(&rows, &attribute, descending);
            }
        }
    });
}

/// The selected estimate's marks are pressed and its details shown in the card.
fn show_selected(root: &web_sys::Element, panel: Panel) {
    let root = root.clone();
    Effect::new(move |previous: Option<Option<String>>| {
        let selected = panel.selected.get();
        if let Some(Some(id)) = &previous {
            show_estimate(&root, id, false);
        }
        if let Some(id) = &selected {
            show_estimate(&root, id, true);
        }
        if let Some(card) = browser::by_id(ESTIMATE_CARD) {
            browser::set_class(&card, "selected", selected.is_some());
        }
        selected
    });
}

fn show_estimate(root: &web_sys::Element, id: &str, shown: bool) {
    for mark in browser::query_all(root, &format!(".mark[data-estimate=\"{id}\"]")) {
        browser::set_attr(&mark, "aria-pressed", if shown { "true" } else { "false" });
    }
    if let Some(details) = browser::by_id(&Anchor::Card(id).id()) {
        browser::set_hidden(&details, !shown);
    }
}

/// Pointing at, focusing, clicking or pressing Enter or Space on a mark selects it;
/// one listener each on the panel serves every mark.
fn listen_to_marks(root: &web_sys::Element, panel: Panel) {
    let select = move |event: web_sys::Event| {
        let mark = browser::event_within(&event, ".mark");
        if let Some(id) = mark.and_then(|mark| mark.get_attribute("data-estimate")) {
            if panel.selected.with_untracked(|selected| selected.as_deref() != Some(id.as_str())) {
                panel.selected.set(Some(id));
            }
            true
        } else {
            false
        }
    };
    browser::on(root, "focusin", move |event| {
        select(event);
    });
    browser::on(root, "pointerover", move |event| {
        select(event);
    });
    browser::on(root, "click", move |event| {
        if !select(event.clone()) && browser::event_within(&event, ".card-close").is_some() {
            panel.selected.set(None);
        }
    });
    browser::on(root, "keydown", move |event| {
        let key = event.dyn_ref::<web_sys::KeyboardEvent>().map(|event| event.key());
        if matches!(key.as_deref(), Some("Enter" | " ")) && select(event.clone()) {
            event.prevent_default();
        }
    });
}

use wasm_bindgen::JsCast;
