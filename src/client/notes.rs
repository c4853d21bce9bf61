//! The footnotes: every marker's root, the show-all control, the live region and the
//! address bar (`#note-<slot>` opens a note; the open note's fragment stays in it).

use leptos::ev;
use leptos::prelude::*;

use super::hydrate;
use crate::browser;
use crate::components::{NoteRef, ToggleAllNotes, ANNOUNCER, TOGGLE_ALL_ROOT};
use crate::reader::Reader;
use crate::SLOTS;
use content::Slot;

pub fn start(reader: Reader) {
    for &slot in SLOTS {
        // A marker's root is the element around it and its note.
        if let Some(root) = browser::by_id(&slot.marker_id()).and_then(|marker| marker.parent_element()) {
            hydrate(root, move || {
                provide_context(reader);
                view! { <NoteRef at=slot /> }
            });
        }
    }
    if let Some(root) = browser::by_id(TOGGLE_ALL_ROOT) {
        hydrate(root, move || {
            provide_context(reader);
            view! { <ToggleAllNotes /> }
        });
    }
    if let Some(announcer) = browser::by_id(ANNOUNCER) {
        Effect::new(move |_| reader.announcement.with(|text| browser::set_text(&announcer, text)));
    }
    // Runs once, after hydration: a shared link opens its note.
    Effect::new(move |_| open_from_fragment(reader));
    // Keeps the address bar on the linked note; the first run only records the state
    // so it does not wipe the fragment before it is read.
    Effect::new(move |previous: Option<Option<Slot>>| {
        let linked = reader.notes.with(|notes| notes.linked());
        if previous.is_some_and(|previous| previous != linked) {
            browser::replace_fragment(linked.map(Slot::fragment));
        }
        linked
    });
    let _ = window_event_listener(ev::hashchange, move |_| open_from_fragment(reader));
}

fn open_from_fragment(reader: Reader) {
    let Some(slot) = Slot::from_fragment(&browser::location_hash(), SLOTS) else { return };
    if browser::by_id(&slot.marker_id()).is_none() {
        return; // an embed without the article
    }
    reader.open(slot);
    // After the DOM shows the note: centre its marker and the note together.
    request_animation_frame(move || browser::scroll_to_center(&slot.marker_id()));
}

/// The open note that holds keyboard focus, if any: Escape closes that one first.
pub fn focused_note(reader: Reader) -> Option<Slot> {
    let active = browser::active_element()?;
    let open = reader.notes.with_untracked(|notes| SLOTS.iter().copied().filter(|slot| notes.is_open(*slot)).collect::<Vec<_>>());
    open.into_iter().find(|slot| browser::by_id(&slot.note_id()).is_some_and(|note| note.contains(Some(&active))))
}
