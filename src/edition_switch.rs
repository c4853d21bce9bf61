//! Where the language switch leads: the other edition's page at the reader's place. The
//! open note the address bar names (`#note-<slot>`, the same slot in every edition),
//! else the section being read (its heading's id, the English slug in every edition),
//! else the top. Pure, tested natively (`tests/business.rs`); `client::editions` asks it
//! when the link is about to be followed.

use content::anchors::{note_key, Anchor};

/// `base` (the link's address in the HTML) with the fragment of the reader's place:
/// `hash` is the address bar's fragment, `section` the section being read. Anything
/// but a note's fragment or a heading's id is ignored.
pub fn place_href(base: &str, hash: &str, section: Option<&str>) -> String {
    let base = base.split_once('#').map_or(base, |(base, _)| base);
    let note = note_key(hash)
        .filter(|slot| is_key(slot))
        .map(|slot| Anchor::Note(slot).href());
    let section = section.filter(|id| is_key(id)).map(|id| format!("#{id}"));
    match note.or(section) {
        Some(fragment) => format!("{base}{fragment}"),
        None => base.to_owned(),
    }
}

/// The section being read: the last heading (with its top, in CSS px from the top of
/// the view, in page order) at or above a third of the view's height, if the reader has
/// scrolled to one.
pub fn current_section<T>(
    headings: impl IntoIterator<Item = (T, f64)>,
    view_height: f64,
) -> Option<T> {
    headings
        .into_iter()
        .take_while(|(_, top)| *top <= view_height / 3.0)
        .last()
        .map(|(heading, _)| heading)
}

/// Ids and slots are `a-z`, `0-9` and `-` (notes' `--` included): nothing else is let
/// into an address.
fn is_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
