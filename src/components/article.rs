//! The article: header, sections, paragraphs, the quotation and the credit.

use leptos::either::EitherOf6;
use leptos::prelude::*;

use super::casualties::CasualtiesPanel;
use super::comparison::ComparisonPanel;
use super::inlines::inlines;
use super::notes::ToggleAllNotes;
use super::EmbedThis;
use super::{edition, words};
use crate::embed::EmbedPart;
use content::{Block, Panel, Word};

/// `panels = false` leaves the panels out: embed.html shows each on its own.
#[component]
pub fn ArticleView(#[prop(default = true)] panels: bool) -> impl IntoView {
    let (article, w) = (&edition().article, words());
    view! {
        <article class="story" aria-labelledby="story-title">
            <header class="story-header">
                <p class="kicker">{w.get(Word::Kicker)}</p>
                <h1 id="story-title">{article.title}</h1>
                // The standfirst is ours, not the author's: labelled so, to the eye and to
                // screen readers, in the same paragraph.
                <p class="standfirst">
                    <span class="standfirst-label">{w.get(Word::StandfirstLabel)}<span class="visually-hidden">": "</span></span>
                    {inlines(article.standfirst)}
                </p>
                <p class="origin">{inlines(article.origin)}</p>
                <ToggleAllNotes />
                <EmbedThis part=EmbedPart::Article />
            </header>
            {article.blocks.iter().filter(|block| panels || !matches!(block, Block::Panel(_))).map(|block| block_view(*block)).collect_view()}
        </article>
    }
}

// Either* rather than AnyView: each branch keeps its own type, with no type erasure.
fn block_view(block: Block) -> impl IntoView {
    match block {
        Block::Heading(text) => EitherOf6::A(view! { <h2 id=Block::slug(text)>{text}</h2> }),
        Block::Paragraph(content) => EitherOf6::B(view! { <p>{inlines(content)}</p> }),
        Block::Quote(content) => {
            EitherOf6::C(view! { <blockquote><p>{inlines(content)}</p></blockquote> })
        }
        Block::Credit(content) => EitherOf6::D(view! { <p class="credit">{inlines(content)}</p> }),
        Block::Panel(Panel::Casualties) => EitherOf6::E(view! { <CasualtiesPanel /> }),
        Block::Panel(Panel::Comparison) => EitherOf6::F(view! { <ComparisonPanel /> }),
    }
}
