//! "Corrections and clarifications": every editor's note, listed once, as newsrooms
//! publish them. Generated from the notes of kind `editor`, so it cannot fall out of
//! step with them; prerendered, so the static edition and print carry it.

use leptos::prelude::*;

use content::anchors::Anchor;
use content::{Article, NoteKind};

#[component]
pub fn Corrections(article: &'static Article) -> impl IntoView {
    let entries = article.notes.iter().enumerate().filter(|(_, note)| note.kind == NoteKind::Editor).map(|(i, note)| {
        let number = i + 1;
        view! {
            // Numbered as the note is in the text, so "3." here is note 3 there.
            <li id=Anchor::Correction(note.id).id() value=number>
                <span class="correction-label">{note.label}</span>
                " "
                {note.paragraphs.join(" ")}
                " "
                <a class="to-text" href=Anchor::Marker(note.anchor).href()>{format!("See note {number} in the text")}</a>
            </li>
        }
    });
    view! {
        <section class="afterword corrections" id="corrections" aria-labelledby="corrections-title">
            <h2 id="corrections-title">"Corrections and clarifications"</h2>
            <p>"Where this edition departs from the article or could not confirm it, an editor’s note says so in the text. Here they all are, numbered as in the text."</p>
            <ol>{entries.collect_view()}</ol>
        </section>
    }
}
