//! One footnote system: the marker, the note it opens, and the list of sources; and
//! the notices that say when the page is its static edition.

use leptos::either::Either;
use leptos::prelude::*;

use super::inlines::paragraphs_marked;
use super::{edition, on_page, words};
use crate::downloads::SINGLE_FILE;
use crate::hooks::{
    ANNOUNCE, CLOSE_NAME, MARKER, NOTE_BODY, NOTE_CLOSE, NOTE_DETAILS, NOTE_NUMBER, NOTE_SHELL,
    SECTION, TOGGLE_ALL,
};
use content::anchors::Anchor;
use content::{Link, Note, NoteKind, QuotePlace, Slot, Word};

/// A numbered marker. In the HTML it is a plain footnote link to the endnote, which
/// works with no script, from a file and while the wasm loads; `client::notes` makes it
/// the button that opens its note in place, right after it (inline below the line on
/// narrow screens, a sidenote in the margin on wide ones: see style/main.css), built
/// from the page's one `NoteShell` the first time it opens. The marker carries what
/// that note needs: its name, its kind, what the live region says, its close button's
/// name. One per marker slot, so one note can be opened from the article and from a
/// comparison cell independently.
#[component]
pub fn NoteRef(at: Slot) -> impl IntoView {
    let (slot, w) = (at, words());
    let number = w.number(slot.number.into());
    let close = w.fill(Word::CloseNote, &[("number", &number)]);
    let marker = view! {
        <a class=MARKER.name href=slot.source_href() id=slot.marker_id() data-kind=slot.kind.key() aria-label=slot.name(w)>
            {number}
        </a>
    };
    marker
        .attr(ANNOUNCE.name, slot.opened(w))
        .attr(CLOSE_NAME.name, close)
}

/// The one note every marker's opened note is a copy of (a `<template>`, so it costs
/// the page nothing until a note opens). The text comes from the endnote.
#[component]
pub fn NoteShell() -> impl IntoView {
    view! {
        <template id=NOTE_SHELL.name>
            <span class="note" role="note" hidden>
                <span class=NOTE_NUMBER.name aria-hidden="true"></span>
                <span class=NOTE_BODY.name></span>
                <button type="button" class=NOTE_CLOSE.name>{words().get(Word::Close)}</button>
            </span>
        </template>
    }
}

/// What a note says: its kind, its text and its sources. Phrasing content only,
/// because a note sits inside a paragraph. In the endnotes only; an opened note
/// shows a copy.
#[component]
pub fn NoteDetails(note: &'static Note) -> impl IntoView {
    let w = words();
    view! {
        <span class=NOTE_DETAILS.name>
            <span class="note-kind">{w.get(Word::kind(note.kind))}</span>
            {paragraphs_marked(note.paragraphs, QuotePlace::Note(note.id)).into_iter().map(|text| view! { <span class="note-text">{text}</span> }).collect_view()}
            {note.links.iter().map(link_view).collect_view()}
            {(note.kind == NoteKind::Editor && on_page().article).then(|| view! {
                <a class="to-correction" href=Anchor::Correction(note.id).href()>{w.get(Word::ToCorrection)}</a>
            })}
            {edition()
                .casualties
                .estimates
                .iter()
                .filter(|e| e.footnote == Some(note.id) && on_page().casualties)
                .map(|e| view! { <a class="to-chart" href=Anchor::Estimate(e.id).href()>{w.get(Word::ToChart)}</a> })
                .collect_view()}
        </span>
    }
}

/// The one element every link out is described by ("opens in a new tab"), so that
/// ~130 links say it without an element each.
pub(crate) const OPENS_IN_NEW_TAB: &str = "opens-in-new-tab";

/// A link out that opens in a new tab, saying so to screen readers (its description).
pub fn outside_link(
    url: &'static str,
    text: String,
    tabindex: Option<&'static str>,
) -> impl IntoView {
    view! {
        <a href=url rel="noopener noreferrer" target="_blank" tabindex=tabindex aria-describedby=OPENS_IN_NEW_TAB>
            {text}
        </a>
    }
}

/// A link out named by its text alone, where its place (a table cell) already tells the
/// reader what it is; like every link out, described as opening in a new tab.
pub fn link_out(
    url: &'static str,
    text: &'static str,
    tabindex: Option<&'static str>,
) -> impl IntoView {
    view! { <a href=url rel="noopener noreferrer" target="_blank" tabindex=tabindex aria-describedby=OPENS_IN_NEW_TAB>{text}</a> }
}

/// A source: its outlet, title and date as plain text around its link, with no element
/// of its own (each one would cost every press; CSS gives the sources the muted colour
/// of `.note-details`, the note's own text its own). The date is text: nothing reads it
/// as a machine date, and the page's date of record (Last updated) keeps its `<time>`.
fn link_view(link: &'static Link) -> impl IntoView {
    let w = words();
    let date = link.date.map(|date| format!(", {}", w.date(date)));
    let body = match link.title {
        Some(title) => Either::Left(view! { {link.outlet} ", " {titled_link(link, title)} }),
        None => Either::Right(outside_link(link.url, link.outlet.to_owned(), None)),
    };
    view! { " "{body}{date}"." }
}

/// A link out named by its source's title, quoted, in the title's own language (`lang`
/// where it is not the page's).
fn titled_link(link: &'static Link, title: &'static str) -> impl IntoView {
    let (open, close) = words().around(Word::Quoted, "title", &[]);
    let page = edition().site.locale.key();
    let lang = link.title_lang.filter(|lang| *lang != page);
    view! {
        <a href=link.url rel="noopener noreferrer" target="_blank" aria-describedby=OPENS_IN_NEW_TAB>
            {open}<span lang=lang>{title}</span>{close}
        </a>
    }
}

/// One control that opens or closes every note, wherever its markers are.
#[component]
pub fn ToggleAllNotes() -> impl IntoView {
    view! { <button type="button" class=TOGGLE_ALL.name aria-pressed="false">{words().get(Word::ShowAllNotes)}</button> }
}

/// Every note whose marker is on the page, in reading order and numbered as in the
/// whole article, with a link back to its first marker here: the endnotes for print,
/// for readers without JavaScript, and for anyone who wants them all. (A closed note's
/// text is here only; an opened one shows a copy.)
#[component]
pub fn Sources() -> impl IntoView {
    let w = words();
    let items = edition()
        .article
        .notes
        .iter()
        .enumerate()
        .filter_map(move |(i, note)| {
            let first = on_page().first_marker(note.id)?;
            let number = i + 1;
            let back = w.fill(Word::BackToNote, &[("number", &w.number(number as u64))]);
            Some(view! {
                <li id=Anchor::Source(note.id).id() value=number data-kind=note.kind.key()>
                    <span class="source-label">{note.label}</span>
                    " "
                    <NoteDetails note />
                    <a class="backlink" href=Anchor::Marker(first.key).href() aria-label=back>
                        "↩"
                    </a>
                </li>
            })
        });
    view! {
        <section class="sources" id="sources" aria-labelledby="sources-title">
            <h2 class=SECTION.name id="sources-title">{w.get(Word::NotesTitle)}</h2>
            <ol>{items.collect_view()}</ol>
            <NoteShell />
        </section>
    }
}

/// What the static edition says at the top of the page: CSS shows the one notice that
/// fits (the wasm could not start, stopped working, or the page was opened as a file).
#[component]
pub fn Notices() -> impl IntoView {
    let w = words();
    view! {
        <span id=OPENS_IN_NEW_TAB hidden>{w.get(Word::OpensInNewTab)}</span>
        <div class="notices">
            <p class="notice notice-static">{w.get(Word::NoticeStatic)}</p>
            <p class="notice notice-crashed">{w.get(Word::NoticeCrashed)}</p>
            <p class="notice notice-from-file">{w.fill(Word::NoticeFromFile, &[("file", SINGLE_FILE)])}</p>
        </div>
    }
}
