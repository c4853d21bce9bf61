//! One footnote system: the marker, the note it opens, and the list of sources.

use leptos::either::Either;
use leptos::prelude::*;

use crate::hooks::{NOTE_BODY_CLASS, NOTE_DETAILS_CLASS};
use crate::CASUALTIES;
use content::anchors::Anchor;
use content::{Article, Link, Note, NoteKind, Slot};

/// A numbered marker and, right after it, its note: inline below the line on narrow
/// screens, a sidenote in the margin on wide ones (see style/main.css). In the HTML the
/// marker is a plain footnote link to the endnote, which works with no script, from a
/// file and while the wasm loads; `client::notes` makes it the button that opens the
/// note in place. One per marker slot, so one note can be opened from the article and
/// from a comparison cell independently.
#[component]
pub fn NoteRef(at: Slot) -> impl IntoView {
    let slot = at;
    view! {
        <a class="marker" href=slot.source_href() id=slot.marker_id() data-kind=slot.kind.key() aria-label=slot.name()>
            {slot.number}
        </a>
        // The note's text is in the page once, in its endnote (the static edition's
        // copy); the first time the note opens, a copy goes into its body.
        <span class="note" id=slot.note_id() role="note" aria-label=slot.name() data-kind=slot.kind.key() hidden>
            <span class="note-number" aria-hidden="true">{slot.number}</span>
            <span class=NOTE_BODY_CLASS></span>
            <button type="button" class="note-close" aria-label=format!("Close note {}", slot.number)>
                "Close"
            </button>
        </span>
    }
}

/// What a note says: its kind, its text and its sources. Phrasing content only,
/// because a note sits inside a paragraph. In the endnotes only; an opened note
/// shows a copy.
#[component]
pub fn NoteDetails(note: &'static Note) -> impl IntoView {
    view! {
        <span class=NOTE_DETAILS_CLASS>
            <span class="note-kind">{note.kind.title()}</span>
            {note.paragraphs.iter().map(|text| view! { <span class="note-text">{*text}</span> }).collect_view()}
            {note.links.iter().map(link_view).collect_view()}
            {(note.kind == NoteKind::Editor).then(|| view! {
                <a class="to-correction" href=Anchor::Correction(note.id).href()>"Listed under Corrections and clarifications"</a>
            })}
            {CASUALTIES
                .estimates
                .iter()
                .filter(|e| e.footnote == Some(note.id))
                .map(|e| view! { <a class="to-chart" href=Anchor::Estimate(e.id).href()>"See this figure in the casualty chart"</a> })
                .collect_view()}
        </span>
    }
}

fn link_view(link: &'static Link) -> impl IntoView {
    let date = link
        .date
        .map(|date| view! { ", " <time datetime=date.iso()>{date.to_string()}</time> });
    let anchor = move |text: String| {
        view! {
            <a href=link.url rel="noopener noreferrer" target="_blank">
                {text}
                <span class="visually-hidden">" (opens in a new tab)"</span>
            </a>
        }
    };
    let body = match link.title {
        Some(title) => Either::Left(view! { {link.outlet} ", " {anchor(format!("“{title}”"))} }),
        None => Either::Right(anchor(link.outlet.to_owned())),
    };
    view! { <span class="note-source">{body}{date}"."</span> }
}

/// One control that opens or closes every note, wherever its markers are.
#[component]
pub fn ToggleAllNotes() -> impl IntoView {
    view! { <button type="button" class="toggle-all" aria-pressed="false">"Show all notes"</button> }
}

/// Every note, in reading order, with a link back to its marker: the endnotes
/// for print, for readers without JavaScript, and for anyone who wants them all.
#[component]
pub fn Sources(article: &'static Article) -> impl IntoView {
    let items = article.notes.iter().enumerate().map(|(i, note)| {
        view! {
            <li id=Anchor::Source(note.id).id() data-kind=note.kind.key()>
                <span class="source-label">{note.label}</span>
                " "
                <NoteDetails note />
                <a class="backlink" href=Anchor::Marker(note.anchor).href() aria-label=format!("Back to note {} in the text", i + 1)>
                    "↩"
                </a>
            </li>
        }
    });
    view! {
        <section class="sources" id="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">"Notes and sources"</h2>
            <ol>{items.collect_view()}</ol>
        </section>
    }
}
