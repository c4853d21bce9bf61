//! Text with note markers: the article's paragraphs and the comparison's cells alike;
//! and, in a translation, after each quotation, the mark that it is our translation or
//! the link to where its Russian words were seen.

use leptos::either::Either;
use leptos::prelude::*;

use super::notes::{NoteRef, OPENS_IN_NEW_TAB};
use super::{edition, words};
use content::{Inline, Original, QuotePlace, Word};

pub fn inlines(content: &'static [Inline]) -> impl IntoView {
    quoting(content, None)
}

/// Text and markers at `place`, with what follows each quotation there. A quotation
/// may run across a marker (the article's are found in the paragraph's text without
/// them, as quotations.toml checks them), so its end is found in the joined text and
/// written in the piece of text where it falls.
pub fn quoting(content: &'static [Inline], place: Option<QuotePlace>) -> impl IntoView {
    let texts: Vec<&'static str> = content
        .iter()
        .filter_map(|inline| match inline {
            Inline::Text(text) => Some(*text),
            Inline::Marker { .. } => None,
        })
        .collect();
    let mut afters = distributed(&texts, "", place).into_iter();
    content
        .iter()
        .map(|inline| match *inline {
            Inline::Text(text) => {
                Either::Left(with_afters(text, afters.next().unwrap_or_default()))
            }
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

/// A note's paragraphs, each with what follows the quotations of the note's text in it
/// (a quotation is looked for in the whole text: its quoted occurrence is the one).
pub fn paragraphs_marked(
    paragraphs: &'static [&'static str],
    place: QuotePlace,
) -> Vec<impl IntoView> {
    let afters = distributed(paragraphs, "\n\n", Some(place));
    paragraphs
        .iter()
        .zip(afters)
        .map(|(text, afters)| with_afters(text, afters))
        .collect()
}

/// The ends of the quotations at `place` in `texts` joined by `between`, each given to
/// the text where it falls, at its offset there.
fn distributed(
    texts: &[&'static str],
    between: &str,
    place: Option<QuotePlace>,
) -> Vec<Vec<(usize, After)>> {
    let ends = quotation_ends(&texts.join(between), place);
    let mut start = 0;
    texts
        .iter()
        .map(|text| {
            let end_of_text = start + text.len();
            let here = ends
                .iter()
                .filter(|(end, _)| *end > start && *end <= end_of_text)
                .map(|&(end, after)| (end - start, after))
                .collect();
            start = end_of_text + between.len();
            here
        })
        .collect()
}

/// What follows a quotation in a translation: the mark that it is our translation, or
/// the link to where its Russian words were seen.
#[derive(Clone, Copy, PartialEq)]
enum After {
    Ours,
    Seen(&'static Original),
}

/// Where each quotation at `place` ends in `text` (its closing quotation marks
/// included), and what follows it. A quotation inside one that is ours gets nothing of
/// its own: the outer mark says it.
fn quotation_ends(text: &str, place: Option<QuotePlace>) -> Vec<(usize, After)> {
    let spans: Vec<(usize, usize, After)> = quotations_at(place)
        .filter_map(|(words, after)| find_loosely(text, words).map(|(s, e)| (s, e, after)))
        .collect();
    let mut ends: Vec<(usize, After)> = spans
        .iter()
        .filter(|&&(start, end, _)| {
            !spans.iter().any(|&(s, e, other)| {
                (s, e) != (start, end) && s <= start && end <= e && other == After::Ours
            })
        })
        .map(|&(_, end, after)| (end + closing_marks(&text[end..]), after))
        .collect();
    ends.sort_by_key(|(end, _)| *end);
    ends.dedup_by_key(|(end, _)| *end);
    ends
}

/// `text` with `afters` written at their offsets. Leptos writes an empty text as a
/// space, so only pieces with text are written.
fn with_afters(text: &'static str, afters: Vec<(usize, After)>) -> impl IntoView {
    let mut pieces = Vec::new();
    let mut from = 0;
    for (end, after) in afters {
        if end > from {
            pieces.push(Either::Left(&text[from..end]));
        }
        pieces.push(Either::Right(match after {
            After::Ours => Either::Left(view! { <OurTranslationMark /> }),
            After::Seen(original) => Either::Right(view! { <SeenAt original /> }),
        }));
        from = end;
    }
    if from < text.len() || text.is_empty() {
        pieces.push(Either::Left(&text[from..]));
    }
    pieces.collect_view()
}

fn quotations_at(place: Option<QuotePlace>) -> impl Iterator<Item = (&'static str, After)> {
    let content = edition();
    let ours = content
        .ours
        .iter()
        .filter(move |q| Some(q.place) == place)
        .map(|q| (q.words, After::Ours));
    let originals = content
        .originals
        .iter()
        .filter(move |q| Some(q.place) == place)
        .map(|q| (q.words, After::Seen(q)));
    ours.chain(originals)
}

/// Visible and short to the eye, said in full to a screen reader. The no-break space
/// keeps it with the quotation, inside it so that the text without the mark is the
/// content's.
#[component]
fn OurTranslationMark() -> impl IntoView {
    let w = words();
    view! {
        <span class="our-translation">
            "\u{a0}"
            <span aria-hidden="true">{w.get(Word::OurTranslationMark)}</span>
            <span class="visually-hidden">{w.get(Word::OurTranslation)}</span>
        </span>
    }
}

/// The citation of Russian words found: a link to the page where our research saw them.
#[component]
fn SeenAt(original: &'static Original) -> impl IntoView {
    let said = words().get(if original.report {
        Word::ReportSeen
    } else {
        Word::OriginalSeen
    });
    view! {
        <span class="original-seen">
            "\u{a0}"
            <a href=original.seen rel="noopener noreferrer" target="_blank" aria-describedby=OPENS_IN_NEW_TAB>
                {said}
            </a>
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
/// (quotations.toml's words are checked so, and the texts keep no-break spaces): where
/// they open a quotation (after an opening mark, or starting a block quotation's text)
/// if they do anywhere, else where they first are.
pub fn find_loosely(text: &str, words: &str) -> Option<(usize, usize)> {
    let found: Vec<(usize, usize)> = text
        .char_indices()
        .filter_map(|(start, _)| matches_at(&text[start..], words).map(|len| (start, start + len)))
        .collect();
    let quoted = |&&(start, _): &&(usize, usize)| {
        start == 0 || matches!(text[..start].chars().last(), Some('«' | '„' | '“' | '"'))
    };
    found.iter().find(quoted).or(found.first()).copied()
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
