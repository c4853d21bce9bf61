//! The footnotes in the browser: every marker becomes the button that opens its note
//! in place; show-all, the live region and the address bar (`#note-<slot>` opens a
//! note, and the open note's fragment stays in it) follow the one `OpenNotes`.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::{Element, Event};

use crate::browser;
use crate::hooks::ANNOUNCER;
use crate::open_notes::OpenNotes;
use crate::SLOTS;
use content::Slot;

pub struct Notes {
    state: RefCell<OpenNotes>,
    /// Each slot on this page, with its marker and its note.
    markers: Vec<(Slot, Element, Element)>,
    toggle_all: Vec<Element>,
    announcer: Option<Element>,
}

pub fn start() -> Rc<Notes> {
    let markers: Vec<_> = SLOTS
        .iter()
        .filter_map(|&slot| {
            Some((
                slot,
                browser::by_id(&slot.marker_id())?,
                browser::by_id(&slot.note_id())?,
            ))
        })
        .collect();
    for (slot, marker, _) in &markers {
        browser::set_attr(marker, "role", "button");
        browser::set_attr(marker, "aria-expanded", "false");
        browser::set_attr(marker, "aria-controls", &slot.note_id());
    }
    let notes = Rc::new(Notes {
        state: RefCell::new(OpenNotes::default()),
        markers,
        toggle_all: browser::query_all_in_page(".toggle-all"),
        announcer: browser::by_id(ANNOUNCER),
    });
    let on_click = notes.clone();
    browser::on(&browser::document_target(), "click", move |event| {
        on_click.clicked(&event)
    });
    let on_key = notes.clone();
    browser::on(&browser::document_target(), "keydown", move |event| {
        // A button answers Space; a link would scroll the page.
        if browser::key_of(&event).as_deref() == Some(" ") {
            if let Some(slot) = on_key.marker_of(&event) {
                event.prevent_default();
                on_key.toggle(slot);
            }
        }
    });
    let on_hash = notes.clone();
    browser::on(&browser::window_target(), "hashchange", move |_| {
        on_hash.open_from_fragment()
    });
    notes.open_from_fragment();
    notes
}

impl Notes {
    fn clicked(&self, event: &Event) {
        if let Some(slot) = self.marker_of(event) {
            event.prevent_default();
            self.toggle(slot);
        } else if let Some(slot) =
            browser::event_within(event, ".note-close").and_then(|close| self.holding(&close))
        {
            self.close(slot);
        } else if browser::event_within(event, ".toggle-all").is_some() {
            self.toggle_all();
        }
    }

    /// The slot whose marker an event happened on.
    fn marker_of(&self, event: &Event) -> Option<Slot> {
        let marker = browser::event_within(event, ".marker")?;
        self.markers
            .iter()
            .find(|(_, other, _)| *other == marker)
            .map(|(slot, ..)| *slot)
    }

    /// The slot whose open note holds `element`.
    fn holding(&self, element: &Element) -> Option<Slot> {
        self.markers
            .iter()
            .find(|(_, _, note)| note.contains(Some(element)))
            .map(|(slot, ..)| *slot)
    }

    pub fn toggle(&self, slot: Slot) {
        self.change(|notes| notes.toggle(slot).then_some(slot));
    }

    /// Closes the note and puts focus back on its marker, so keyboard readers
    /// continue where they were.
    pub fn close(&self, slot: Slot) {
        self.change(|notes| {
            notes.close(slot);
            None
        });
        browser::focus(&slot.marker_id());
    }

    fn toggle_all(&self) {
        let every = self.markers.iter().map(|(slot, ..)| *slot);
        self.change(|notes| {
            if notes.count() == self.markers.len() {
                notes.close_all()
            } else {
                notes.open_all(every)
            }
            None
        });
    }

    fn open_from_fragment(&self) {
        let Some(slot) = Slot::from_fragment(&browser::location_hash(), SLOTS) else {
            return;
        };
        if !self.markers.iter().any(|(other, ..)| *other == slot) {
            return; // an embed without the article
        }
        self.change(|notes| {
            notes.open(slot);
            Some(slot)
        });
        // After the note shows: centre its marker and the note together.
        browser::next_frame(move || browser::scroll_to_center(&slot.marker_id()));
    }

    /// The open note that holds keyboard focus, if any: Escape closes that one first.
    pub fn focused(&self) -> Option<Slot> {
        let active = browser::active_element()?;
        self.holding(&active)
            .filter(|slot| self.state.borrow().is_open(*slot))
    }

    /// The most recently opened note.
    pub fn newest(&self) -> Option<Slot> {
        self.state.borrow().newest()
    }

    /// Changes the state, then shows what changed, and only that: each note opened or
    /// closed, show-all's state, the address bar, and what the live region says
    /// (`opened`, the note `change` reports it opened).
    fn change(&self, change: impl FnOnce(&mut OpenNotes) -> Option<Slot>) {
        let before = self.state.borrow().clone();
        let opened = change(&mut self.state.borrow_mut());
        let after = self.state.borrow().clone();
        let opening = self
            .markers
            .iter()
            .filter(|(slot, ..)| after.is_open(*slot) && !before.is_open(*slot))
            .count();
        for (slot, marker, note) in &self.markers {
            let open = after.is_open(*slot);
            if open != before.is_open(*slot) {
                browser::set_attr(marker, "aria-expanded", if open { "true" } else { "false" });
                if open {
                    browser::copy_endnote(note, &slot.source_id());
                    // A note opened on its own fades in and renders at once; many
                    // opened together just appear, and skip rendering off screen (CSS).
                    browser::set_flag(note, "data-alone", opening == 1);
                }
                browser::set_hidden(note, !open);
            }
        }
        let all_open = (after.count() == self.markers.len()).to_string();
        for button in &self.toggle_all {
            browser::set_attr(button, "aria-pressed", &all_open);
        }
        if before.linked() != after.linked() {
            browser::replace_fragment(after.linked().map(Slot::fragment));
        }
        if let (Some(slot), Some(announcer)) = (opened, &self.announcer) {
            browser::set_text(announcer, &slot.opened());
        }
    }
}
