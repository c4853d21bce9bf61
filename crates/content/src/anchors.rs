//! Every id the page links by, spelled once. A note's marker (`ref-<slot>`), the note
//! it opens (`note-<slot>`), its endnote (`source-<note id>`), its entry under
//! Corrections and clarifications (`correction-<note id>`), a chart row
//! (`estimate-<id>`), its details in the estimate card (`card-<id>`) and a row of the
//! comparison (`dimension-<id>`): components, browser code and fragments build them
//! here, mostly through [`crate::Slot`].

/// One element the page links to, by what it is and the key that names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor<'a> {
    /// A marker, by slot.
    Marker(&'a str),
    /// The note a marker opens, by slot: the only fragment the page acts on.
    Note(&'a str),
    /// The note's entry in "Notes and sources", by note id.
    Source(&'a str),
    /// An editor's note's entry in "Corrections and clarifications", by note id.
    Correction(&'a str),
    /// A row of the casualty chart, by estimate id.
    Estimate(&'a str),
    /// An estimate's details in the estimate card, by estimate id.
    Card(&'a str),
    /// A row of the Vietnam / Russia comparison, by dimension id.
    Dimension(&'a str),
}

const MARKER_PREFIX: &str = "ref-";
const NOTE_PREFIX: &str = "note-";

impl<'a> Anchor<'a> {
    fn parts(self) -> (&'static str, &'a str) {
        match self {
            Anchor::Marker(slot) => (MARKER_PREFIX, slot),
            Anchor::Note(slot) => (NOTE_PREFIX, slot),
            Anchor::Source(id) => ("source-", id),
            Anchor::Correction(id) => ("correction-", id),
            Anchor::Estimate(id) => ("estimate-", id),
            Anchor::Card(id) => ("card-", id),
            Anchor::Dimension(id) => ("dimension-", id),
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

/// The slot a marker's id names: "ref-borova" → "borova"; anything else `None`.
pub fn marker_slot(id: &str) -> Option<&str> {
    id.strip_prefix(MARKER_PREFIX)
        .filter(|slot| !slot.is_empty())
}

/// The slot key a note's id or fragment names: "note-borova" and "#note-borova" →
/// "borova"; anything else `None`.
pub fn note_key(id_or_fragment: &str) -> Option<&str> {
    id_or_fragment
        .strip_prefix('#')
        .unwrap_or(id_or_fragment)
        .strip_prefix(NOTE_PREFIX)
}
