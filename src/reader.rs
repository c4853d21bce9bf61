//! The reader's state, shared by every footnote root: which notes are open, what the
//! live region says, and whether the page is interactive yet.

use leptos::prelude::*;

use crate::browser;
use crate::open_notes::OpenNotes;
use content::Slot;

#[derive(Clone, Copy)]
pub struct Reader {
    pub notes: RwSignal<OpenNotes>,
    /// What the screen-reader live region says after a note opens.
    pub announcement: RwSignal<String>,
    /// False in the prerendered HTML and until hydration is done: markers are then plain
    /// footnote links to the endnotes; once true they are disclosure buttons.
    pub interactive: RwSignal<bool>,
}

impl Reader {
    pub fn new() -> Self {
        Reader { notes: RwSignal::new(OpenNotes::default()), announcement: RwSignal::new(String::new()), interactive: RwSignal::new(false) }
    }

    pub fn is_open(&self, slot: Slot) -> bool {
        self.notes.with(|notes| notes.is_open(slot))
    }

    pub fn toggle(&self, slot: Slot) {
        if self.notes.try_update(|notes| notes.toggle(slot)).unwrap_or(false) {
            self.announcement.set(slot.opened());
        }
    }

    /// Opens a note the address bar names.
    pub fn open(&self, slot: Slot) {
        self.notes.update(|notes| notes.open(slot));
        self.announcement.set(slot.opened());
    }

    /// Closes the note and puts focus back on its marker, so keyboard readers
    /// continue where they were.
    pub fn close(&self, slot: Slot) {
        self.notes.update(|notes| notes.close(slot));
        browser::focus(&slot.marker_id());
    }

    /// Opens every note, or closes them all if they are all open already.
    pub fn toggle_all(&self, every: &'static [Slot]) {
        let open = !self.all_open(every);
        self.notes.update(|notes| if open { notes.open_all(every.iter().copied()) } else { notes.close_all() });
    }

    pub fn all_open(&self, every: &[Slot]) -> bool {
        self.notes.with(|notes| notes.count() == every.len())
    }
}

impl Default for Reader {
    fn default() -> Self {
        Self::new()
    }
}
