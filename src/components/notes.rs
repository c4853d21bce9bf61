//! One footnote system: the marker, the note it opens, and the list of sources.

use leptos::either::Either;
use leptos::prelude::*;

use crate::browser;
use crate::reader::Reader;
use crate::{CASUALTIES, SLOTS};
use content::anchors::Anchor;
use content::{Article, Link, Note, NoteKind, Slot};

/// The element each marker and its note sit in: a hydrated root of its own.
pub const NOTE_ROOT_CLASS: &str = "note-ref";

/// A numbered marker and, right after it, its note: inline below the line on narrow
/// screens, a sidenote in the margin on wide ones (see style/main.css). One root per
/// marker slot, so one note can be opened from the article and from a comparison
/// cell independently.
#[component]
pub fn NoteRef(at: Slot) -> impl IntoView {
    let slot = at;
    let reader = expect_context::<Reader>();
    let is_open = move || reader.is_open(slot);
    // A plain footnote link to the endnote until the wasm has taken over (no JavaScript,
    // a file:// page, a blocked or still-loading wasm: it still takes the reader there);
    // then the same element is the button that opens the note in place.
    let live = move || reader.interactive.get();
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == " " {
            event.prevent_default(); // a button answers Space; a link would scroll the page
            reader.toggle(slot);
        }
    };
    let body = NodeRef::<leptos::html::Span>::new();
    // Copies the endnote's text in the first time the note opens.
    Effect::new(move |copied: Option<bool>| {
        if copied == Some(true) || !is_open() {
            return copied.unwrap_or(false);
        }
        body.with_untracked(|body| body.as_ref().map(|body| browser::copy_endnote(body, &slot.source_id()))).is_some()
    });
    view! {
        <a
            class="marker"
            href=slot.source_href()
            id=slot.marker_id()
            data-kind=slot.kind.key()
            role=move || live().then_some("button")
            aria-expanded=move || live().then(|| is_open().to_string())
            aria-controls=move || live().then(|| slot.note_id())
            aria-label=slot.name()
            on:click=move |event| {
                event.prevent_default();
                reader.toggle(slot);
            }
            on:keydown=on_key
        >
            {slot.number}
        </a>
        // The note's text is in the page once, in its endnote (the static edition's
        // copy); the first time the note opens, a copy goes into its body.
        <span class="note" id=slot.note_id() role="note" aria-label=slot.name() data-kind=slot.kind.key() hidden=move || !is_open()>
            <span class="note-number" aria-hidden="true">{slot.number}</span>
            <span class="note-body" node_ref=body></span>
            <button type="button" class="note-close" aria-label=format!("Close note {}", slot.number) on:click=move |_| reader.close(slot)>
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
        <span class=browser::NOTE_DETAILS_CLASS>
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
    let date = link.date.map(|date| view! { ", " <time datetime=date.iso()>{date.to_string()}</time> });
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

/// The element the show-all control sits in: a hydrated root.
pub const TOGGLE_ALL_ROOT: &str = "toggle-all";

/// One control that opens or closes every note, wherever its markers are.
#[component]
pub fn ToggleAllNotes() -> impl IntoView {
    let reader = expect_context::<Reader>();
    view! {
        <button type="button" class="toggle-all" aria-pressed=move || reader.all_open(SLOTS).to_string() on:click=move |_| reader.toggle_all(SLOTS)>
            "Show all notes"
        </button>
    }
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
