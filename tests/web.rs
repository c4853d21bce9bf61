//! Component tests in headless Chromium (wasm-bindgen-test): the App mounted on its
//! own, driven through the DOM as a reader would.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos::task::tick;
use refuseniks::{App, ARTICLE};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the App and lets its first effects run: markers are footnote links until
/// then, and disclosure buttons after.
async fn mount() -> web_sys::Element {
    let container = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone().unchecked_into(), App);
    handle.forget();
    tick().await;
    container
}

fn element(root: &web_sys::Element, selector: &str) -> HtmlElement {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).unchecked_into()
}

#[wasm_bindgen_test]
async fn clicking_a_marker_opens_and_closes_its_note() {
    let root = mount().await;
    let first = ARTICLE.notes[0].id;
    let marker = element(&root, &format!("#ref-{first}"));
    let note = element(&root, &format!("#note-{first}"));
    assert_eq!(marker.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert!(note.hidden());

    marker.click();
    tick().await;
    assert_eq!(marker.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert!(!note.hidden());
    let status = element(&root, "[role=status]").text_content().unwrap();
    assert!(status.starts_with("Note 1 opened."), "{status}");

    element(&note, ".note-close").click();
    tick().await;
    assert!(note.hidden());
    assert_eq!(marker.get_attribute("aria-expanded").as_deref(), Some("false"));
    root.remove();
}

#[wasm_bindgen_test]
async fn show_all_opens_every_note_then_closes_them() {
    let root = mount().await;
    let toggle = element(&root, ".toggle-all");
    toggle.click();
    tick().await;
    let open = root.query_selector_all(".note:not([hidden])").unwrap().length() as usize;
    assert_eq!(open, refuseniks::SLOTS.len());
    assert_eq!(toggle.get_attribute("aria-pressed").as_deref(), Some("true"));
    toggle.click();
    tick().await;
    assert_eq!(root.query_selector_all(".note:not([hidden])").unwrap().length(), 0);
    root.remove();
}

#[wasm_bindgen_test]
async fn every_note_has_a_labelled_marker_and_a_sources_entry() {
    let root = mount().await;
    for (i, note) in ARTICLE.notes.iter().enumerate() {
        let marker = element(&root, &format!("#ref-{}", note.anchor));
        // A link to its endnote in the HTML; a button once the page is interactive.
        assert_eq!(marker.tag_name(), "A");
        assert_eq!(marker.get_attribute("href").unwrap(), format!("#source-{}", note.id));
        assert_eq!(marker.get_attribute("role").as_deref(), Some("button"));
        assert_eq!(marker.get_attribute("aria-label").unwrap(), format!("Note {}: {}", i + 1, note.label));
        assert_eq!(marker.get_attribute("aria-controls").unwrap(), format!("note-{}", note.anchor));
        element(&root, &format!("#source-{} a.backlink[href='#ref-{}']", note.id, note.anchor));
    }
    root.remove();
}
