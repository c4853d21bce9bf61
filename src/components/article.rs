//! The article: header, sections, paragraphs, the quotation and the credit.

use leptos::either::EitherOf6;
use leptos::prelude::*;

use super::casualties::CasualtiesPanel;
use super::comparison::ComparisonPanel;
use super::inlines::{inlines, quoting};
use super::notes::ToggleAllNotes;
use super::EmbedThis;
use super::{edition, words};
use crate::embed::EmbedPart;
use crate::hooks::SECTION;
use content::{Block, Panel, QuotePlace, Word};

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
            {placed(article.blocks).filter(|(block, _)| panels || !matches!(block, Block::Panel(_))).map(|(block, place)| block_view(block, place)).collect_view()}
        </article>
    }
}

/// Each block with its place: a heading's anchor (the same in every edition), a
/// paragraph's or block quotation's number (quotations.toml's ¶N).
fn placed(blocks: &'static [Block]) -> impl Iterator<Item = (Block, Place)> {
    let (mut headings, mut paragraphs) = (0, 0);
    blocks.iter().map(move |block| {
        let place = match block {
            Block::Heading(text) => {
                headings += 1;
                let sections = edition().article.sections;
                let anchor = sections.get(headings - 1).copied();
                Place::Section(anchor.map_or_else(|| Block::slug(text), str::to_owned))
            }
            Block::Paragraph(_) | Block::Quote(_) => {
                paragraphs += 1;
                Place::Quoted(QuotePlace::Paragraph(paragraphs))
            }
            _ => Place::None,
        };
        (*block, place)
    })
}

enum Place {
    Section(String),
    Quoted(QuotePlace),
    None,
}

impl Place {
    fn quote(&self) -> Option<QuotePlace> {
        match self {
            Place::Quoted(place) => Some(*place),
            _ => None,
        }
    }
}

// Either* rather than AnyView: each branch keeps its own type, with no type erasure.
fn block_view(block: Block, place: Place) -> impl IntoView {
    let quoted = place.quote();
    match block {
        Block::Heading(text) => {
            let id = match place {
                Place::Section(id) => id,
                _ => Block::slug(text),
            };
            EitherOf6::A(view! { <h2 class=SECTION.name id=id>{text}</h2> })
        }
        Block::Paragraph(content) => EitherOf6::B(view! { <p>{quoting(content, quoted)}</p> }),
        Block::Quote(content) => {
            EitherOf6::C(view! { <blockquote><p>{quoting(content, quoted)}</p></blockquote> })
        }
        Block::Credit(content) => EitherOf6::D(view! { <p class="credit">{inlines(content)}</p> }),
        Block::Panel(Panel::Casualties) => EitherOf6::E(view! { <CasualtiesPanel /> }),
        Block::Panel(Panel::Comparison) => EitherOf6::F(view! { <ComparisonPanel /> }),
    }
}
