//! The article: header, sections, paragraphs, the quotation and the credit.

use leptos::either::{Either, EitherOf6};
use leptos::prelude::*;

use super::casualties::CasualtiesPanel;
use super::comparison::ComparisonPanel;
use super::notes::{NoteRef, ToggleAllNotes};
use crate::SLOTS;
use content::{Article, Block, Inline, Panel};

/// `panels = false` leaves the panels out: embed.html shows each on its own.
#[component]
pub fn ArticleView(
    article: &'static Article,
    #[prop(default = true)] panels: bool,
) -> impl IntoView {
    view! {
        <article class="story" aria-labelledby="story-title">
            <header class="story-header">
                <p class="kicker">"An annotated edition"</p>
                <h1 id="story-title">{article.title}</h1>
                // The standfirst is ours, not the author's: labelled so, to the eye and to
                // screen readers, in the same paragraph.
                <p class="standfirst">
                    <span class="standfirst-label">"Editors’ summary"<span class="visually-hidden">": "</span></span>
                    {inlines(article.standfirst)}
                </p>
                <p class="origin">{inlines(article.origin)}</p>
                <ToggleAllNotes />
            </header>
            {article.blocks.iter().filter(|block| panels || !matches!(block, Block::Panel(_))).map(|block| block_view(*block)).collect_view()}
        </article>
    }
}

// Either* rather than AnyView: type erasure costs each branch its full set of
// render and SSR functions.
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

/// Text and note markers: the article's paragraphs and the comparison's cells alike.
pub(super) fn inlines(content: &'static [Inline]) -> impl IntoView {
    content
        .iter()
        .map(|inline| match *inline {
            Inline::Text(text) => Either::Left(text),
            Inline::Marker { slot, .. } => {
                Either::Right(SLOTS.iter().find(|s| s.key == slot).map(|&slot| {
                    view! { <NoteRef at=slot /> }
                }))
            }
        })
        .collect_view()
}
