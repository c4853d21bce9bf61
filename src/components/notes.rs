//! One footnote system: the marker, the note it opens, and the list of sources.

use leptos::either::Either;
use leptos::prelude::*;

use super::Reader;
use crate::anchors::Anchor;
use crate::{ARTICLE, CASUALTIES, SLOTS};
use content::{Article, Link, Note, NoteKind};

/// A numbered marker and, right after it, its note: inline below the line on
/// narrow screens, a sidenote in the margin on wide ones (see style/main.css).
/// `at` is the marker's slot: unique per place, so one note can be opened from the
/// article and from a comparison cell independently.
#[component]
pub fn NoteRef(note: &'static str, at: &'static str) -> impl IntoView {
    let slot = at;
    let reader = expect_context::<Reader>();
    let (number, note) = ARTICLE.note(note).expect("build.rs checked that every marker has a note");
    let is_open = move || reader.notes.with(|notes| notes.is_open(slot));
    let name = format!("Note {number}: {}", note.label);
    // A plain footnote link to the endnote until the wasm has taken over (no JavaScript,
    // a file:// page, a blocked or still-loading wasm: it still takes the reader there);
    // then the same element is the button that opens the note in place.
    let live = move || reader.interactive.get();
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == " " {
            event.prevent_default(); // a button answers Space; a link would scroll the page
            reader.toggle(slot, number, note);
        }
    };
    view! {
        <a
            class="marker"
            href=Anchor::Source(note.id).href()
            id=Anchor::Marker(slot).id()
            data-kind=note.kind.key()
            role=move || live().then_some("button")
            aria-expanded=move || live().then(|| is_open().to_string())
            aria-controls=move || live().then(|| Anchor::Note(slot).id())
            aria-label=name.clone()
            on:click=move |event| {
                event.prevent_default();
                reader.toggle(slot, number, note);
            }
            on:keydown=on_key
        >
            {number}
        </a>
        // Only the shell is prerendered: a closed note's text would repeat the endnotes
        // in the HTML (the static edition's copy), so it is drawn when it opens.
        <span class="note" id=Anchor::Note(slot).id() role="note" aria-label=name data-kind=note.kind.key() hidden=move || !is_open()>
            {move || is_open().then(|| view! {
                <span class="note-number" aria-hidden="true">{number}</span>
                <NoteDetails note />
                <button type="button" class="note-close" aria-label=format!("Close note {number}") on:click=move |_| reader.close(slot)>
                    "Close"
                </button>
            })}
        </span>
    }
}

/// What a note says: its kind, its text and its sources. Phrasing content only,
/// because a note sits inside a paragraph.
#[component]
pub fn NoteDetails(note: &'static Note) -> impl IntoView {
    view! {
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

/// One control that opens or closes every note, wherever its markers are.
#[component]
pub fn ToggleAllNotes() -> impl IntoView {
    let reader = expect_context::<Reader>();
    let all_open = move || reader.notes.with(|notes| notes.count() == SLOTS.len());
    let toggle = move |_| {
        let open = !all_open();
        reader.notes.update(|notes| if open { notes.open_all(SLOTS.iter().copied()) } else { notes.close_all() });
    };
    view! {
        <button type="button" class="toggle-all" aria-pressed=move || all_open().to_string() on:click=toggle>
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
