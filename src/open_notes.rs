//! Which notes the reader has open, by marker slot (a note can have markers in the
//! article and in comparison cells): plain state with intention-revealing methods,
//! tested natively in `tests/business.rs`; the components only call these.

use content::Slot;

/// Open notes, oldest first, and the one the address bar points at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpenNotes {
    open: Vec<Slot>,
    linked: Option<Slot>,
}

impl OpenNotes {
    pub fn is_open(&self, slot: Slot) -> bool {
        self.open.contains(&slot)
    }

    /// Opens a closed note or closes an open one; returns whether it is now open.
    pub fn toggle(&mut self, slot: Slot) -> bool {
        if self.is_open(slot) {
            self.close(slot);
            false
        } else {
            self.open(slot);
            true
        }
    }

    /// Opens the note (or brings it to the front) and points the address bar at it.
    pub fn open(&mut self, slot: Slot) {
        self.open.retain(|other| *other != slot);
        self.open.push(slot);
        self.linked = Some(slot);
    }

    /// Closes the note; the address bar falls back to the newest note still open.
    pub fn close(&mut self, slot: Slot) {
        self.open.retain(|other| *other != slot);
        if self.linked == Some(slot) || self.linked.is_some_and(|linked| !self.is_open(linked)) {
            self.linked = self.open.last().copied();
        }
    }

    /// The most recently opened note: the one Escape closes.
    pub fn newest(&self) -> Option<Slot> {
        self.open.last().copied()
    }

    /// The note whose fragment belongs in the address bar.
    pub fn linked(&self) -> Option<Slot> {
        self.linked
    }

    /// Opens every note without moving the address bar off the note it names.
    pub fn open_all(&mut self, slots: impl IntoIterator<Item = Slot>) {
        let newest = self.open.clone();
        self.open = slots
            .into_iter()
            .filter(|slot| !newest.contains(slot))
            .collect();
        self.open.extend(newest);
    }

    pub fn close_all(&mut self) {
        self.open.clear();
        self.linked = None;
    }

    pub fn count(&self) -> usize {
        self.open.len()
    }
}
