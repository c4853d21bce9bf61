//! Text with note markers: the article's paragraphs and the comparison's cells alike.

use leptos::either::Either;
use leptos::prelude::*;

use super::edition;
use super::notes::NoteRef;
use content::Inline;

pub fn inlines(content: &'static [Inline]) -> impl IntoView {
    content
        .iter()
        .map(|inline| match *inline {
            Inline::Text(text) => Either::Left(text),
            Inline::Marker { slot, .. } => Either::Right(
                edition()
                    .slots
                    .iter()
                    .find(|s| s.key == slot)
                    .map(|&slot| view! { <NoteRef at=slot /> }),
            ),
        })
        .collect_view()
}
