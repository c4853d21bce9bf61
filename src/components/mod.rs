//! Thin Leptos components over the content model. `App` and `EmbedApp` are rendered
//! by the prerender only: their text never reaches the wasm. The parts a reader can
//! change are roots of their own (`NoteRef`, `ToggleAllNotes`, the casualty panel's
//! `Controls` and `SortHeaders`, `ComparisonControls`), which `client` hydrates in
//! place, each inside an element the page gives it.

mod article;
mod casualties;
mod comparison;
mod corrections;
mod methodology;
mod notes;

use leptos::prelude::*;

use crate::reader::Reader;
use crate::ARTICLE;

pub use article::ArticleView;
pub use casualties::{figures_key, Controls, Panel, SortHeaders, CONTROLS_ROOT, PANEL, TABLE_HEAD_ROOT};
pub use comparison::{Comparison, ComparisonControls, COMPARISON_CONTROLS_ROOT, COMPARISON_TABLE};
pub use notes::{NoteRef, Sources, ToggleAllNotes, NOTE_ROOT_CLASS, TOGGLE_ALL_ROOT};
use casualties::CasualtiesPanel;
use comparison::ComparisonPanel;
use corrections::Corrections;
use methodology::Methodology;

/// The live region that says which note opened (`client` writes it).
pub const ANNOUNCER: &str = "announcer";

/// A part a news page can embed on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmbedPart {
    Article,
    Casualties,
    Comparison,
}

impl EmbedPart {
    pub const ALL: [EmbedPart; 3] = [EmbedPart::Article, EmbedPart::Casualties, EmbedPart::Comparison];

    /// The word in `?panel=`, `data-panel` and the part's own page, `embed-<key>.html`.
    pub fn key(self) -> &'static str {
        match self {
            EmbedPart::Article => "article",
            EmbedPart::Casualties => "casualties",
            EmbedPart::Comparison => "comparison",
        }
    }
}

/// An embed, without page chrome: `only` one part (`embed-<part>.html`, which carries
/// only that part's HTML), or all three (`embed.html`, where the page script's
/// `data-panel` and CSS show the one `?panel=` asks for).
#[component]
pub fn EmbedApp(only: Option<EmbedPart>) -> impl IntoView {
    provide_context(Reader::new());
    let has = move |part: EmbedPart| only.is_none_or(|only| only == part);
    view! {
        <main class="embed">
            {has(EmbedPart::Article).then(|| view! {
                <div class="embed-part" id="embed-article">
                    <ArticleView article=&ARTICLE panels=false />
                    <Corrections article=&ARTICLE />
                    <Methodology />
                    <Sources article=&ARTICLE />
                </div>
            })}
            {has(EmbedPart::Casualties).then(|| view! { <div class="embed-part" id="embed-casualties"><CasualtiesPanel /></div> })}
            {has(EmbedPart::Comparison).then(|| view! { <div class="embed-part" id="embed-comparison"><ComparisonPanel /></div> })}
        </main>
        <p class="visually-hidden" role="status" id=ANNOUNCER></p>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_context(Reader::new());
    view! {
        <a class="skip-link" href="#sources">"Skip to the notes and sources"</a>
        <main>
            <ArticleView article=&ARTICLE />
            // After the article and before the endnotes, as newsrooms run corrections;
            // the endnotes stay last, the one part that skips rendering (main.css).
            <Corrections article=&ARTICLE />
            <Methodology />
            <Sources article=&ARTICLE />
        </main>
        <p class="visually-hidden" role="status" id=ANNOUNCER></p>
    }
}
