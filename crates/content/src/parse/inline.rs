//! Text with `[^id]` note markers, shared by the article and the comparison cells.

use super::{is_valid_id, leak, leak_slice, ContentError, Errors};
use crate::Inline;

/// A marker as written, for the cross-check against the notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MarkerAt {
    pub note: &'static str,
    pub slot: &'static str,
    pub file: &'static str,
    pub line: usize,
}

/// Parses numbered lines (joined by spaces) into text and markers. In the article a
/// marker's slot is its note id; elsewhere `place` makes it `note--place`.
pub fn parse_inlines(
    file: &str,
    lines: &[(usize, &str)],
    place: Option<&str>,
    errors: &mut Errors,
    markers: &mut Vec<MarkerAt>,
) -> &'static [Inline] {
    let mut inlines = Vec::new();
    let mut text = String::new();
    let file_name = leak(file.to_owned());
    for (i, &(number, line)) in lines.iter().enumerate() {
        if i > 0 {
            text.push(' ');
        }
        let mut rest = line.trim();
        while let Some(start) = rest.find("[^") {
            text.push_str(&rest[..start]);
            let Some(len) = rest[start..].find(']') else {
                errors.push(ContentError::new(
                    file,
                    number,
                    "a note marker '[^' is not closed with ']'",
                ));
                rest = "";
                break;
            };
            let id = &rest[start + 2..start + len];
            if is_valid_id(id) {
                flush(&mut inlines, &mut text);
                let note = leak(id.to_owned());
                let slot = place.map_or(note, |place| leak(format!("{id}--{place}")));
                inlines.push(Inline::Marker { note, slot });
                markers.push(MarkerAt {
                    note,
                    slot,
                    file: file_name,
                    line: number,
                });
            } else {
                errors.push(ContentError::new(file, number, format!("'[^{id}]' is not a valid note marker: use lowercase letters, digits and '-'")));
            }
            rest = &rest[start + len + 1..];
        }
        text.push_str(rest);
    }
    flush(&mut inlines, &mut text);
    leak_slice(inlines)
}

fn flush(inlines: &mut Vec<Inline>, text: &mut String) {
    if !text.is_empty() {
        inlines.push(Inline::Text(leak(std::mem::take(text))));
    }
}
