//! Thin Leptos components over the content model, rendered by the prerender only:
//! the page is their HTML. What a reader can change is answered by `client`, which
//! finds each control by the id or `data-` attribute these components give it.

mod article;
mod casualties;
mod comparison;
mod corrections;
mod methodology;
mod notes;

use leptos::prelude::*;

use crate::hooks::ANNOUNCER;
use crate::ARTICLE;

pub use article::ArticleView;
use casualties::CasualtiesPanel;
use comparison::ComparisonPanel;
use corrections::Corrections;
use methodology::Methodology;
pub use notes::Sources;

/// A part a news page can embed on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmbedPart {
    Article,
    Casualties,
    Comparison,
}

impl EmbedPart {
    pub const ALL: [EmbedPart; 3] = [
        EmbedPart::Article,
        EmbedPart::Casualties,
        EmbedPart::Comparison,
    ];

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
