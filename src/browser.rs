//! Browser-only behaviour, wired up after hydration: the address bar, the Escape
//! key and scrolling. Nothing here runs during render, so SSR and hydration agree.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::anchors::{note_slot, Anchor, ESTIMATE_CARD};
use crate::components::Reader;
use crate::open_notes::{fragment_for, note_from_fragment};
use crate::{ARTICLE, SLOTS};
use content::note_of_slot;

pub fn connect(reader: Reader) {
    // Runs once, after hydration: markers become buttons; then, once the DOM shows it
    // (a task later: every update queued as a microtask has run), the page says it is
    // interactive, for CSS, tests and ./x bench. Not a frame later: a frame never comes
    // to an off-screen embed's iframe.
    Effect::new(move |_| {
        reader.interactive.set(true);
        set_timeout(mark_interactive, std::time::Duration::ZERO);
    });
    // Runs once, after hydration: a shared link opens its note.
    Effect::new(move |_| open_from_fragment(reader));
    // Keeps the address bar on the linked note; the first run only records the state
    // so it does not wipe the fragment before it is read.
    Effect::new(move |previous: Option<Option<&'static str>>| {
        let linked = reader.notes.with(|notes| notes.linked());
        if previous.is_some_and(|previous| previous != linked) {
            replace_fragment(linked);
        }
        linked
    });
    window_event_listener(ev::hashchange, move |_| open_from_fragment(reader));
    // Test-only: lets tests/e2e prove that a panic leaves the article readable. Only
    // a script already running in this page can dispatch it.
    let _ = window_event_listener_untyped("refuseniks-test-panic", |_| panic!("panic requested by a test"));
    // Checked in the next frame and once more in the one after, should the card have
    // grown in between (its content follows the selection that focus made).
    window_event_listener(ev::focusin, |_| {
        request_animation_frame(|| {
            keep_focus_clear_of_card();
            request_animation_frame(keep_focus_clear_of_card);
        })
    });
    window_event_listener(ev::keydown, move |event| {
        if event.key() == "Escape" {
            // The note holding focus first; then an estimate card a hover or focus showed
            // (WCAG 1.4.13: dismissed without moving the pointer or focus); then the newest note.
            if let Some(id) = focused_note() {
                reader.close(id);
            } else if !dismiss_estimate_card() {
                if let Some(id) = reader.notes.with_untracked(|notes| notes.newest()) {
                    reader.close(id);
                }
            }
        }
    });
}

fn open_from_fragment(reader: Reader) {
    let hash = window().location().hash().unwrap_or_default();
    let Some(slot) = note_from_fragment(&hash, SLOTS.iter().copied()) else { return };
    if let Some((number, note)) = ARTICLE.note(note_of_slot(slot)) {
        reader.open(slot, number, note);
        // After the DOM shows the note: centre its marker and the note together.
        request_animation_frame(move || scroll_to(&Anchor::Marker(slot).id()));
    }
}

fn replace_fragment(linked: Option<&str>) {
    let location = window().location();
    let url = match linked {
        Some(id) => fragment_for(id),
        None => format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default()),
    };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Closes the estimate card if a mark has it open, through its own Close button (the
/// panel keeps the selection); true if there was one to close.
fn dismiss_estimate_card() -> bool {
    let close = selected_estimate_card().and_then(|card| card.query_selector(".card-close").ok().flatten());
    match close.and_then(|button| button.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(button) => {
            button.click();
            true
        }
        None => false,
    }
}

/// The estimate card while a mark holds it open (and it sticks to the view).
fn selected_estimate_card() -> Option<web_sys::Element> {
    document().get_element_by_id(ESTIMATE_CARD).filter(|card| card.class_list().contains("selected"))
}

/// The note that holds keyboard focus, if any: Escape closes that one first.
fn focused_note() -> Option<&'static str> {
    let active = document().active_element()?;
    let note = active.closest(".note").ok()??;
    let id = note.id();
    SLOTS.iter().copied().find(|slot| note_slot(&id) == Some(slot))
}

fn mark_interactive() {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-interactive", "");
    }
    if let Some(performance) = window().performance() {
        let _ = performance.mark("interactive");
    }
}

/// Room left between a focused element and the card, in CSS px.
const CLEAR_OF_CARD: f64 = 12.0;

/// WCAG 2.4.11 (focus not obscured). While a mark is selected its card sticks to the
/// bottom of the view, over whatever lies under it; the browser scrolls a newly
/// focused element into the view but not out from under the card. Run a frame after
/// each focus move, once the card shows the selection that focus may have caused.
fn keep_focus_clear_of_card() {
    let (Some(active), Some(card)) = (document().active_element(), selected_estimate_card()) else { return };
    if card.contains(Some(&active)) {
        return;
    }
    let (focused, card) = (active.get_bounding_client_rect(), card.get_bounding_client_rect());
    let under_card = focused.bottom() + CLEAR_OF_CARD > card.top() && focused.top() < card.bottom();
    if under_card {
        window().scroll_by_with_x_and_y(0.0, focused.bottom() + CLEAR_OF_CARD - card.top());
    }
}

pub fn focus(element_id: &str) {
    if let Some(element) = document().get_element_by_id(element_id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

fn scroll_to(element_id: &str) {
    if let Some(element) = document().get_element_by_id(element_id) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Speaks the pym.js child protocol when a pym parent framed us (`?childId=`): reports
/// the page's height at start, whenever it changes, and when the parent sends a width.
pub fn start_pym_child() {
    let Some(id) = crate::pym::child_id(&window().location().search().unwrap_or_default()) else { return };
    let last = std::rc::Rc::new(std::cell::Cell::new(0u32));
    let send = {
        let id = id.clone();
        move |force: bool| {
            let Some(body) = document().body() else { return };
            let height = body.offset_height().max(0) as u32;
            if force || height != last.get() {
                last.set(height);
                if let Ok(Some(parent)) = window().parent() {
                    let _ = parent.post_message(&crate::pym::height_message(&id, height).into(), "*");
                }
            }
        }
    };
    send(true);
    let on_resize = send.clone();
    let observer = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || on_resize(false));
    if let (Ok(resize), Some(body)) = (web_sys::ResizeObserver::new(observer.as_ref().unchecked_ref()), document().body()) {
        resize.observe(&body);
    }
    observer.forget();
    window_event_listener(ev::message, move |event| {
        let from_parent = window().parent().ok().flatten().is_some_and(|parent| event.source().is_some_and(|source| source == *parent.as_ref()));
        let text = event.data().as_string();
        if from_parent && text.is_some_and(|text| crate::pym::is_width_message(&text, &id)) {
            send(true);
        }
    });
}

/// Offers `content` as a file download, built here from a Blob (no request, no data: URL).
pub fn download(file_name: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(anchor) = document().create_element("a").map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>()) {
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
