//! The footnotes in the browser: every marker on the page becomes the button that opens
//! its note in place; show-all, the live region and the address bar (`#note-<slot>`
//! opens a note, and the open note's fragment stays in it) follow the one `OpenNotes`,
//! whose `changes_from` decides what each press writes. The markers are found in the
//! page, so the wasm carries no list of notes.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::{Element, Event};

use crate::browser;
use crate::hooks::{
    ALONE, ANNOUNCE, ANNOUNCER, CLOSE_NAME, MARKER, NOTE_BODY, NOTE_CLOSE, NOTE_DETAILS,
    NOTE_NUMBER, NOTE_SHELL, TOGGLE_ALL,
};
use crate::open_notes::{NotesChange, OpenNotes, SlotIndex};
use content::anchors::{marker_slot, note_key, Anchor};
use content::note_of_slot;

/// A marker on this page, the note it opens (once it has: see `Notes::note`) and the
/// endnote whose text that shows.
struct Slot {
    key: String,
    marker: Element,
    note: RefCell<Option<Element>>,
    endnote: String,
}

pub struct Notes {
    state: RefCell<OpenNotes>,
    slots: Vec<Slot>,
    toggle_all: Vec<Element>,
    announcer: Option<Element>,
}

/// Every marker whose id names a slot and whose endnote is on the page.
fn slots_on_page() -> Vec<Slot> {
    let slot = |marker: Element| {
        let key = marker_slot(&marker.id())?.to_owned();
        let endnote = Anchor::Source(note_of_slot(&key)).id();
        browser::by_id(&endnote)?;
        Some(Slot {
            endnote,
            key,
            marker,
            note: RefCell::new(None),
        })
    };
    browser::query_all_in_page(MARKER.selector)
        .into_iter()
        .filter_map(slot)
        .collect()
}

pub fn start() -> Rc<Notes> {
    let slots = slots_on_page();
    for slot in &slots {
        browser::set_attr(&slot.marker, "role", "button");
        browser::set_attr(&slot.marker, "aria-expanded", "false");
        // The note exists once it first opens; while aria-expanded is false, a name of
        // one not yet there is allowed (ARIA, and axe's check).
        browser::set_attr(&slot.marker, "aria-controls", &Anchor::Note(&slot.key).id());
    }
    let notes = Rc::new(Notes {
        state: RefCell::new(OpenNotes::default()),
        slots,
        toggle_all: browser::query_all_in_page(TOGGLE_ALL.selector),
        announcer: browser::by_id(ANNOUNCER.name),
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
            browser::event_within(event, NOTE_CLOSE.selector).and_then(|close| self.holding(&close))
        {
            self.close(slot);
        } else if browser::event_within(event, TOGGLE_ALL.selector).is_some() {
            let count = self.slots.len();
            self.change(|notes| {
                notes.toggle_all(count);
                None
            });
        }
    }

    /// The slot whose marker an event happened on.
    fn marker_of(&self, event: &Event) -> Option<SlotIndex> {
        let marker = browser::event_within(event, MARKER.selector)?;
        self.slots.iter().position(|slot| slot.marker == marker)
    }

    /// The slot whose note holds `element`.
    fn holding(&self, element: &Element) -> Option<SlotIndex> {
        self.slots.iter().position(|slot| {
            slot.note
                .borrow()
                .as_ref()
                .is_some_and(|note| note.contains(Some(element)))
        })
    }

    /// A slot's note: the first time it opens, a copy of the page's note shell right
    /// after its marker, named and numbered as the marker is, holding a copy of its
    /// endnote's text.
    fn note(&self, slot: &Slot) -> Option<Element> {
        if let Some(note) = slot.note.borrow().as_ref() {
            return Some(note.clone());
        }
        let note = browser::copy_template(NOTE_SHELL.name)?;
        let id = Anchor::Note(&slot.key).id();
        browser::set_attr(&note, "id", &id);
        for name in ["aria-label", "data-kind"] {
            if let Some(value) = slot.marker.get_attribute(name) {
                browser::set_attr(&note, name, &value);
            }
        }
        browser::fill_part(&note, NOTE_NUMBER.selector, |number| {
            browser::set_text(number, &slot.marker.text_content().unwrap_or_default())
        });
        if let Some(name) = slot.marker.get_attribute(CLOSE_NAME.name) {
            browser::fill_part(&note, NOTE_CLOSE.selector, |close| {
                browser::set_attr(close, "aria-label", &name)
            });
        }
        browser::copy_endnote(
            &note,
            NOTE_BODY.selector,
            &slot.endnote,
            NOTE_DETAILS.selector,
        );
        browser::insert_after(&slot.marker, &note);
        *slot.note.borrow_mut() = Some(note.clone());
        Some(note)
    }

    pub fn toggle(&self, slot: SlotIndex) {
        self.change(|notes| notes.toggle(slot).then_some(slot));
    }

    /// Closes the note and puts focus back on its marker, so keyboard readers
    /// continue where they were.
    pub fn close(&self, slot: SlotIndex) {
        self.change(|notes| {
            notes.close(slot);
            None
        });
        browser::focus(&self.slots[slot].marker);
    }

    /// `#note-<slot>` opens that note; anything else, or a note not on this page (an
    /// embed without the article), is ignored.
    fn open_from_fragment(&self) {
        let hash = browser::location_hash();
        let Some(slot) =
            note_key(&hash).and_then(|key| self.slots.iter().position(|slot| slot.key == key))
        else {
            return;
        };
        self.change(|notes| {
            notes.open(slot);
            Some(slot)
        });
        // After the note shows: centre its marker and the note together.
        let marker = self.slots[slot].marker.clone();
        browser::next_frame(move || browser::scroll_to_center(&marker));
    }

    /// The open note that holds keyboard focus, if any: Escape closes that one first.
    pub fn focused(&self) -> Option<SlotIndex> {
        let active = browser::active_element()?;
        self.holding(&active)
            .filter(|slot| self.state.borrow().is_open(*slot))
    }

    /// The most recently opened note.
    pub fn newest(&self) -> Option<SlotIndex> {
        self.state.borrow().newest()
    }

    /// Changes the state (`change` returns the note a press opened, for the live
    /// region), then writes what `OpenNotes::changes_from` says changed.
    fn change(&self, change: impl FnOnce(&mut OpenNotes) -> Option<SlotIndex>) {
        let before = self.state.borrow().clone();
        let announced = change(&mut self.state.borrow_mut());
        let changes = self
            .state
            .borrow()
            .changes_from(&before, self.slots.len(), announced);
        self.apply(&changes);
    }

    fn apply(&self, change: &NotesChange) {
        for &(index, open) in &change.shown {
            let slot = &self.slots[index];
            browser::set_attr(
                &slot.marker,
                "aria-expanded",
                if open { "true" } else { "false" },
            );
            let note = if open {
                self.note(slot)
            } else {
                slot.note.borrow().clone()
            };
            if let Some(note) = note {
                if open {
                    browser::set_flag(&note, ALONE.name, change.alone);
                }
                browser::set_hidden(&note, !open);
            }
        }
        if let Some(all_open) = change.all_open {
            for button in &self.toggle_all {
                browser::set_attr(
                    button,
                    "aria-pressed",
                    if all_open { "true" } else { "false" },
                );
            }
        }
        if let Some(linked) = change.linked {
            browser::replace_fragment(
                linked.map(|index| Anchor::Note(&self.slots[index].key).href()),
            );
        }
        let said = change
            .announce
            .and_then(|index| self.slots[index].marker.get_attribute(ANNOUNCE.name));
        if let (Some(said), Some(announcer)) = (said, &self.announcer) {
            browser::set_text(announcer, &said);
        }
    }
}
