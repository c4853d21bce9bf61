//! "Corrections and clarifications": every editor's note, listed once, as newsrooms
//! publish them. Generated from the notes of kind `editor`, so it cannot fall out of
//! step with them; prerendered, so the static edition and print carry it.

use leptos::prelude::*;

use super::{edition, on_page, words};
use crate::hooks::SECTION;
use content::anchors::Anchor;
use content::{NoteKind, Word};

#[component]
pub fn Corrections() -> impl IntoView {
    let w = words();
    let entries = edition().article.notes.iter().enumerate().filter(|(_, note)| note.kind == NoteKind::Editor).map(move |(i, note)| {
        let number = i + 1;
        view! {
            // Numbered as the note is in the text, so "3." here is note 3 there.
            <li id=Anchor::Correction(note.id).id() value=number>
                <span class="correction-label">{note.label}</span>
                " "
                {note.paragraphs.join(" ")}
                " "
                {on_page().first_marker(note.id).map(|first| view! {
                    <a class="to-text" href=Anchor::Marker(first.key).href()>{w.fill(Word::SeeNoteInText, &[("number", &w.number(number as u64))])}</a>
                })}
            </li>
        }
    });
    view! {
        <section class="afterword corrections" id="corrections" aria-labelledby="corrections-title">
            <h2 class=SECTION.name id="corrections-title">{w.get(Word::CorrectionsTitle)}</h2>
            <p>{w.get(Word::CorrectionsIntro)}</p>
            <LastUpdated />
            <ol>{entries.collect_view()}</ol>
        </section>
    }
}

/// "Last updated 4 December 2026": the edition's `last_modified`, the same date its
/// schema.org data gives as `dateModified`.
#[component]
fn LastUpdated() -> impl IntoView {
    let (w, date) = (words(), edition().site.last_modified);
    let (before, after) = w.around(Word::LastUpdated, "date", &[]);
    view! { <p class="last-updated">{before}<time datetime=date.iso()>{w.date(date)}</time>{after}</p> }
}
