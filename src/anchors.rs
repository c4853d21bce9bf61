//! Every id the page links by, spelled once. A note's marker (`ref-<slot>`), the note
//! it opens (`note-<slot>`), its endnote (`source-<note id>`), its entry under
//! Corrections and clarifications (`correction-<note id>`) and a chart row
//! (`estimate-<id>`): components, browser code and fragments all build them here.

/// One element the page links to, by what it is and the key that names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor<'a> {
    /// A marker button, by slot.
    Marker(&'a str),
    /// The note a marker opens, by slot: the only fragment the page acts on.
    Note(&'a str),
    /// The note's entry in "Notes and sources", by note id.
    Source(&'a str),
    /// An editor's note's entry in "Corrections and clarifications", by note id.
    Correction(&'a str),
    /// A row of the casualty chart, by estimate id.
    Estimate(&'a str),
}

const NOTE_PREFIX: &str = "note-";

/// The casualty panel's details card: the id each chart mark's `aria-controls` names,
/// and the element browser code keeps focus clear of and dismisses.
pub const ESTIMATE_CARD: &str = "estimate-card";

impl<'a> Anchor<'a> {
    fn parts(self) -> (&'static str, &'a str) {
        match self {
            Anchor::Marker(slot) => ("ref-", slot),
            Anchor::Note(slot) => (NOTE_PREFIX, slot),
            Anchor::Source(id) => ("source-", id),
            Anchor::Correction(id) => ("correction-", id),
            Anchor::Estimate(id) => ("estimate-", id),
        }
    }

    /// The element's `id`.
    pub fn id(self) -> String {
        let (prefix, key) = self.parts();
        format!("{prefix}{key}")
    }

    /// A link to it: `#` and the id.
    pub fn href(self) -> String {
        format!("#{}", self.id())
    }
}

/// The slot a note element's id names: "note-borova" → "borova"; anything else `None`.
pub fn note_slot(id: &str) -> Option<&str> {
    id.strip_prefix(NOTE_PREFIX)
}
