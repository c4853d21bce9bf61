//! Text with note markers: the article's paragraphs and the comparison's cells alike;
//! and, in a translation, the mark after each quotation that is our translation.

use leptos::either::Either;
use leptos::prelude::*;

use super::notes::NoteRef;
use super::{edition, words};
use content::{Inline, QuotePlace, Word};

pub fn inlines(content: &'static [Inline]) -> impl IntoView {
    quoting(content, None)
}

/// Text and markers at `place`, each quotation there that is our translation marked.
pub fn quoting(content: &'static [Inline], place: Option<QuotePlace>) -> impl IntoView {
    content
        .iter()
        .map(|inline| match *inline {
            Inline::Text(text) => Either::Left(marked(text, place)),
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

/// `text`, with the mark after each quotation at `place` that is our translation (its
/// closing quotation marks included). A quotation inside another one is marked once,
/// after the outer one.
pub fn marked(text: &'static str, place: Option<QuotePlace>) -> impl IntoView {
    let mut ends: Vec<usize> = Vec::new();
    let spans: Vec<(usize, usize)> = ours_at(place)
        .filter_map(|words| find_loosely(text, words))
        .collect();
    for &(start, end) in &spans {
        let inside_another = spans
            .iter()
            .any(|&(s, e)| (s, e) != (start, end) && s <= start && end <= e);
        if !inside_another {
            ends.push(end + closing_marks(&text[end..]));
        }
    }
    ends.sort_unstable();
    ends.dedup();
    let mut pieces = Vec::new();
    let mut from = 0;
    for end in ends {
        pieces.push(Either::Left(&text[from..end]));
        pieces.push(Either::Right(view! { <OurTranslationMark /> }));
        from = end;
    }
    pieces.push(Either::Left(&text[from..]));
    pieces.collect_view()
}

fn ours_at(place: Option<QuotePlace>) -> impl Iterator<Item = &'static str> {
    edition()
        .ours
        .iter()
        .filter(move |quotation| Some(quotation.place) == place)
        .map(|quotation| quotation.words)
}

/// Visible and short to the eye, said in full to a screen reader.
#[component]
fn OurTranslationMark() -> impl IntoView {
    let w = words();
    view! {
        "\u{a0}"
        <span class="our-translation">
            <span aria-hidden="true">{w.get(Word::OurTranslationMark)}</span>
            <span class="visually-hidden">{w.get(Word::OurTranslation)}</span>
        </span>
    }
}

/// The bytes of the closing quotation marks `rest` starts with.
fn closing_marks(rest: &str) -> usize {
    rest.chars()
        .take_while(|c| matches!(c, '»' | '“' | '”' | '"'))
        .map(char::len_utf8)
        .sum()
}

/// Where `words` are in `text`, a space in `words` matching any run of white space
/// (quotations.toml's words are checked so, and the texts keep no-break spaces).
pub fn find_loosely(text: &str, words: &str) -> Option<(usize, usize)> {
    let starts = text.char_indices().map(|(i, _)| i);
    starts
        .filter_map(|start| matches_at(&text[start..], words).map(|len| (start, start + len)))
        .next()
}

/// The length of `text`'s start that `words` match, if they do.
fn matches_at(text: &str, words: &str) -> Option<usize> {
    let mut rest = text;
    for c in words.chars() {
        if c.is_whitespace() {
            let skipped: usize = rest
                .chars()
                .take_while(|c| c.is_whitespace())
                .map(char::len_utf8)
                .sum();
            if skipped == 0 {
                return None;
            }
            rest = &rest[skipped..];
        } else {
            let first = rest.chars().next()?;
            if first != c {
                return None;
            }
            rest = &rest[first.len_utf8()..];
        }
    }
    (!words.is_empty()).then_some(text.len() - rest.len())
}
