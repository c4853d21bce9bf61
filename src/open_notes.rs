//! Which notes the reader has open, by marker slot (a note can have markers in the
//! article and in comparison cells): plain state with intention-revealing methods,
//! tested natively in `tests/business.rs`; the components only call these.

/// Open notes, oldest first, and the one the address bar points at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpenNotes {
    open: Vec<&'static str>,
    linked: Option<&'static str>,
}

/// The URL fragment of a note: `#note-<id>`.
pub fn fragment_for(id: &str) -> String {
    crate::anchors::Anchor::Note(id).href()
}

/// The note a URL fragment names, if it names one of `known`; anything else
/// (unknown ids, stray characters, other anchors) is `None`, never an error.
pub fn note_from_fragment(fragment: &str, known: impl IntoIterator<Item = &'static str>) -> Option<&'static str> {
    let id = crate::anchors::note_slot(fragment.strip_prefix('#').unwrap_or(fragment))?;
    known.into_iter().find(|candidate| *candidate == id)
}

impl OpenNotes {
    pub fn is_open(&self, id: &str) -> bool {
        self.open.contains(&id)
    }

    /// Opens a closed note or closes an open one; returns whether it is now open.
    pub fn toggle(&mut self, id: &'static str) -> bool {
        if self.is_open(id) {
            self.close(id);
            false
        } else {
            self.open(id);
            true
        }
    }

    /// Opens the note (or brings it to the front) and points the address bar at it.
    pub fn open(&mut self, id: &'static str) {
        self.open.retain(|other| *other != id);
        self.open.push(id);
        self.linked = Some(id);
    }

    /// Closes the note; the address bar falls back to the newest note still open.
    pub fn close(&mut self, id: &str) {
        self.open.retain(|other| *other != id);
        if self.linked == Some(id) || self.linked.is_some_and(|linked| !self.is_open(linked)) {
            self.linked = self.open.last().copied();
        }
    }

    /// The most recently opened note: the one Escape closes.
    pub fn newest(&self) -> Option<&'static str> {
        self.open.last().copied()
    }

    /// The note whose fragment belongs in the address bar.
    pub fn linked(&self) -> Option<&'static str> {
        self.linked
    }

    /// Opens every note without moving the address bar off the note it names.
    pub fn open_all(&mut self, ids: impl IntoIterator<Item = &'static str>) {
        let newest = self.open.clone();
        self.open = ids.into_iter().filter(|id| !newest.contains(id)).collect();
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
