//! Escape, and focus kept clear of the sticky estimate card.

use leptos::ev;
use leptos::prelude::*;

use super::notes::focused_note;
use crate::browser;
use crate::components::Panel;
use crate::reader::Reader;
use content::anchors::ESTIMATE_CARD;

pub fn start(reader: Reader, panel: Option<Panel>) {
    let _ = window_event_listener(ev::keydown, move |event| {
        if event.key() != "Escape" {
            return;
        }
        // The note holding focus first; then an estimate card a hover or focus showed
        // (WCAG 1.4.13: dismissed without moving the pointer or focus); then the newest note.
        if let Some(slot) = focused_note(reader) {
            reader.close(slot);
        } else if let Some(panel) = panel.filter(|panel| panel.selected.with_untracked(Option::is_some)) {
            panel.selected.set(None);
        } else if let Some(slot) = reader.notes.with_untracked(|notes| notes.newest()) {
            reader.close(slot);
        }
    });
    if panel.is_none() {
        return;
    }
    // Checked in the next frame and once more in the one after, should the card have
    // grown in between (its content follows the selection that focus made).
    let _ = window_event_listener(ev::focusin, |_| {
        request_animation_frame(|| {
            keep_focus_clear_of_card();
            request_animation_frame(keep_focus_clear_of_card);
        })
    });
}

/// While a mark is selected its card sticks to the bottom of the view, over whatever
/// lies under it.
fn keep_focus_clear_of_card() {
    if let Some(card) = browser::by_id(ESTIMATE_CARD).filter(|card| card.class_list().contains("selected")) {
        browser::keep_focus_clear_of(&card);
    }
}
