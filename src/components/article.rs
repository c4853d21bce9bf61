//! The article: header, sections, paragraphs, the quotation and the credit.

use leptos::prelude::*;

use super::casualties::CasualtiesPanel;
use super::notes::{NoteRef, ToggleAllNotes};
use content::{Article, Block, Inline, Panel};

#[component]
pub fn ArticleView(article: &'static Article) -> impl IntoView {
    view! {
        <article class="story" aria-labelledby="story-title">
            <header class="story-header">
                <p class="kicker">"An annotated edition"</p>
                <h1 id="story-title">{article.title}</h1>
                <p class="standfirst">{inlines(article.standfirst)}</p>
                <p class="origin">{inlines(article.origin)}</p>
                <ToggleAllNotes />
            </header>
            {article.blocks.iter().map(|block| block_view(*block)).collect_view()}
        </article>
    }
}

fn block_view(block: Block) -> AnyView {
    match block {
        Block::Heading(text) => view! { <h2 id=Block::slug(text)>{text}</h2> }.into_any(),
        Block::Paragraph(content) => view! { <p>{inlines(content)}</p> }.into_any(),
        Block::Quote(content) => view! { <blockquote><p>{inlines(content)}</p></blockquote> }.into_any(),
        Block::Credit(content) => view! { <p class="credit">{inlines(content)}</p> }.into_any(),
        Block::Panel(Panel::Casualties) => view! { <CasualtiesPanel /> }.into_any(),
    }
}

fn inlines(content: &'static [Inline]) -> impl IntoView {
    content
        .iter()
        .map(|inline| match *inline {
            Inline::Text(text) => text.into_any(),
            Inline::Marker(id) => view! { <NoteRef id /> }.into_any(),
        })
        .collect_view()
}
