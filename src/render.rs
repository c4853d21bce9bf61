//! An edition's pages as HTML: the components rendered with the edition's content and
//! its links to the other editions, which they read from Leptos's context
//! (`components::edition`, `components::editions::Others`).

use leptos::prelude::*;

use crate::components::editions::{Other, Others};
use crate::components::{App, CodesApp, Edition, EmbedApp, EmbedPart, OffersEmbed, OnPage};
use content::parse::Content;

/// `index.html`'s body: the article, its notes and its panels, each with its "Embed this".
pub fn page(content: &'static Content, others: &'static [Other]) -> String {
    Owner::new().with(|| {
        provide_context(Edition(content));
        provide_context(Others(others));
        provide_context(OnPage::EVERYTHING);
        provide_context(OffersEmbed);
        view! { <App /> }.to_html()
    })
}

/// An embed's body: `only` one part (`embed-<part>.html`), or all three (`embed.html`).
pub fn embed(
    content: &'static Content,
    others: &'static [Other],
    only: Option<EmbedPart>,
) -> String {
    Owner::new().with(|| {
        provide_context(Edition(content));
        provide_context(Others(others));
        provide_context(only.map_or(OnPage::EVERYTHING, OnPage::only));
        view! { <EmbedApp only /> }.to_html()
    })
}

/// The codes page's body (`embed::CODES_PAGE`): every part's embed codes.
pub fn codes(content: &'static Content) -> String {
    Owner::new().with(|| {
        provide_context(Edition(content));
        provide_context(OnPage::EVERYTHING);
        view! { <CodesApp /> }.to_html()
    })
}
