//! Which notes the reader has open, by the place of their marker on the page (a note
//! can have markers in the article and in comparison cells, each its own slot), and
//! what the page must change when that changes: plain state with intention-revealing
//! methods and a pure decision, tested natively in `tests/business.rs`;
//! `client::notes` only applies what they decide.

/// A marker's place among the page's markers, in document order.
pub type SlotIndex = usize;

/// Open notes, oldest first, and the one the address bar points at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpenNotes {
    open: Vec<SlotIndex>,
    linked: Option<SlotIndex>,
}

impl OpenNotes {
    pub fn is_open(&self, slot: SlotIndex) -> bool {
        self.open.contains(&slot)
    }

    /// Opens a closed note or closes an open one; returns whether it is now open.
    pub fn toggle(&mut self, slot: SlotIndex) -> bool {
        if self.is_open(slot) {
            self.close(slot);
            false
        } else {
            self.open(slot);
            true
        }
    }

    /// Opens the note (or brings it to the front) and points the address bar at it.
    pub fn open(&mut self, slot: SlotIndex) {
        self.open.retain(|other| *other != slot);
        self.open.push(slot);
        self.linked = Some(slot);
    }

    /// Closes the note; the address bar falls back to the newest note still open.
    pub fn close(&mut self, slot: SlotIndex) {
        self.open.retain(|other| *other != slot);
        if self.linked == Some(slot) || self.linked.is_some_and(|linked| !self.is_open(linked)) {
            self.linked = self.open.last().copied();
        }
    }

    /// The most recently opened note: the one Escape closes.
    pub fn newest(&self) -> Option<SlotIndex> {
        self.open.last().copied()
    }

    /// The note whose fragment belongs in the address bar.
    pub fn linked(&self) -> Option<SlotIndex> {
        self.linked
    }

    /// Opens the page's `count` notes without moving the address bar off the note it names.
    pub fn open_all(&mut self, count: usize) {
        let newest = self.open.clone();
        self.open = (0..count).filter(|slot| !newest.contains(slot)).collect();
        self.open.extend(newest);
    }

    pub fn close_all(&mut self) {
        self.open.clear();
        self.linked = None;
    }

    /// Show-all's press: every note opens, or, when all `count` are open, all close.
    pub fn toggle_all(&mut self, count: usize) {
        if self.count() == count {
            self.close_all()
        } else {
            self.open_all(count)
        }
    }

    pub fn count(&self) -> usize {
        self.open.len()
    }

    /// What the page must change after the reader went from `before` to `self`, with
    /// `count` notes on the page and `announced` the note a press opened, if any.
    pub fn changes_from(
        &self,
        before: &OpenNotes,
        count: usize,
        announced: Option<SlotIndex>,
    ) -> NotesChange {
        let shown: Vec<(SlotIndex, bool)> = (0..count)
            .filter(|slot| self.is_open(*slot) != before.is_open(*slot))
            .map(|slot| (slot, self.is_open(slot)))
            .collect();
        let opening = shown.iter().filter(|(_, open)| *open).count();
        let all_open = |notes: &OpenNotes| count > 0 && notes.count() == count;
        NotesChange {
            shown,
            alone: opening == 1,
            all_open: (all_open(self) != all_open(before)).then_some(all_open(self)),
            linked: (self.linked != before.linked).then_some(self.linked),
            announce: announced.filter(|slot| self.is_open(*slot)),
        }
    }
}

/// What a change of open notes changes on the page, and only that.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NotesChange {
    /// Each note opened (true) or closed (false): its marker's `aria-expanded` and its
    /// `hidden`; an opened one gets its endnote's text the first time.
    pub shown: Vec<(SlotIndex, bool)>,
    /// Whether the one note opened was opened on its own (it fades in and draws at
    /// once; many opened together just appear, and skip rendering off screen).
    pub alone: bool,
    /// Show-all's `aria-pressed`, when it changed.
    pub all_open: Option<bool>,
    /// The address bar's note, when it changed (`None` inside: no note).
    pub linked: Option<Option<SlotIndex>>,
    /// The note the live region names.
    pub announce: Option<SlotIndex>,
}
