//! The article: header, sections, paragraphs, the quotation and the credit.

use leptos::either::{Either, EitherOf5};
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

// Either* rather than AnyView: type erasure costs each branch its full set of
// render, hydrate and SSR functions in the wasm.
fn block_view(block: Block) -> impl IntoView {
    match block {
        Block::Heading(text) => EitherOf5::A(view! { <h2 id=Block::slug(text)>{text}</h2> }),
        Block::Paragraph(content) => EitherOf5::B(view! { <p>{inlines(content)}</p> }),
        Block::Quote(content) => EitherOf5::C(view! { <blockquote><p>{inlines(content)}</p></blockquote> }),
        Block::Credit(content) => EitherOf5::D(view! { <p class="credit">{inlines(content)}</p> }),
        Block::Panel(Panel::Casualties) => EitherOf5::E(view! { <CasualtiesPanel /> }),
    }
}

fn inlines(content: &'static [Inline]) -> impl IntoView {
    content
        .iter()
        .map(|inline| match *inline {
            Inline::Text(text) => Either::Left(text),
            Inline::Marker(id) => Either::Right(view! { <NoteRef id /> }),
        })
        .collect_view()
}
