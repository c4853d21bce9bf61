//! Thin Leptos components over the content model, rendered by the prerender only:
//! the page is their HTML. Each reads the edition it renders (`edition()`): its content,
//! its words and its locale. What a reader can change is answered by `client`, which
//! finds each control through `crate::hooks`.

mod article;
mod casualties;
mod cite;
mod comparison;
mod corrections;
pub mod editions;
mod embed;
mod inlines;
mod methodology;
pub(crate) mod notes;

use leptos::prelude::*;

use crate::hooks::ANNOUNCER;
use content::parse::Content;
use content::{Slot, Word, Words};

/// Where it always was for the components' callers; defined with the embed codes.
pub use crate::embed::EmbedPart;
pub use article::ArticleView;
use casualties::CasualtiesPanel;
use cite::Cite;
use comparison::ComparisonPanel;
use corrections::Corrections;
use editions::{LanguageSwitch, TranslationNotice};
use embed::{EmbedCodes, EmbedDialog};

pub use embed::{EmbedThis, OffersEmbed};
use methodology::Methodology;
pub use methodology::METHODOLOGY_ID;
use notes::{Notices, Sources};

/// The edition being rendered, as `render` provides it to the components.
#[derive(Clone, Copy)]
pub struct Edition(pub &'static Content);

/// Which parts the page being rendered carries (`index.html` all; an embed its own), so
/// a link to another part is made only where it leads somewhere, and the notes listed
/// are the ones whose markers are on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OnPage {
    /// The article's text, with its corrections.
    pub article: bool,
    pub casualties: bool,
    pub comparison: bool,
}

impl OnPage {
    pub const EVERYTHING: OnPage = OnPage {
        article: true,
        casualties: true,
        comparison: true,
    };

    pub fn only(part: EmbedPart) -> OnPage {
        let nothing = OnPage {
            article: false,
            casualties: false,
            comparison: false,
        };
        match part {
            EmbedPart::Article => OnPage {
                article: true,
                ..nothing
            },
            EmbedPart::Casualties => OnPage {
                casualties: true,
                ..nothing
            },
            EmbedPart::Comparison => OnPage {
                comparison: true,
                ..nothing
            },
        }
    }

    /// Whether a marker's slot is on the page: in the article's text or in a comparison cell.
    pub fn has(self, slot: &Slot) -> bool {
        if slot.in_comparison() {
            self.comparison
        } else {
            self.article
        }
    }

    /// A note's first marker on the page, if it has one here.
    pub fn first_marker(self, note: &str) -> Option<&'static Slot> {
        edition()
            .slots
            .iter()
            .find(|slot| slot.note == note && self.has(slot))
    }
}

pub fn on_page() -> OnPage {
    expect_context::<OnPage>()
}

/// The edition being rendered.
pub fn edition() -> &'static Content {
    expect_context::<Edition>().0
}

/// Its interface words, numbers and dates.
pub fn words() -> &'static Words {
    &edition().words
}

/// An embed, without page chrome: `only` one part (`embed-<part>.html`, which carries
/// only that part's HTML), or all three (`embed.html`, where the page script's
/// `data-panel` and CSS show the one `?panel=` asks for).
#[component]
pub fn EmbedApp(only: Option<EmbedPart>) -> impl IntoView {
    let has = move |part: EmbedPart| only.is_none_or(|only| only == part);
    view! {
        <Notices />
        <main class="embed">
            <TranslationNotice />
            {has(EmbedPart::Article).then(|| view! {
                <div class="embed-part" id="embed-article">
                    <ArticleView panels=false />
                    <Corrections />
                    <Methodology />
                    <Cite />
                    <Sources />
                </div>
            })}
            {has(EmbedPart::Casualties).then(|| view! { <div class="embed-part" id="embed-casualties"><CasualtiesPanel /></div> })}
            {has(EmbedPart::Comparison).then(|| view! {
                <div class="embed-part" id="embed-comparison">
                    <ComparisonPanel />
                    // Its cells' notes, which their markers link to and open.
                    {only.is_some().then(|| view! { <Sources /> })}
                </div>
            })}
        </main>
        <p class="visually-hidden" role="status" id=ANNOUNCER.name></p>
    }
}

#[component]
pub fn App() -> impl IntoView {
    view! {
        <a class="skip-link" href="#sources">{words().get(Word::SkipLink)}</a>
        <Notices />
        <LanguageSwitch />
        <main>
            <TranslationNotice />
            <ArticleView />
            // After the article and before the endnotes, as newsrooms run corrections;
            // the endnotes stay last, the one part that skips rendering (main.css).
            <Corrections />
            <Methodology />
            <Cite />
            <Sources />
        </main>
        <EmbedDialog />
        <p class="visually-hidden" role="status" id=ANNOUNCER.name></p>
    }
}

/// The codes page (`embed::CODES_PAGE`): every part's embed codes, written out, where
/// each "Embed this" leads with no script.
#[component]
pub fn CodesApp() -> impl IntoView {
    view! {
        <main class="codes-page"><EmbedCodes /></main>
        <p class="visually-hidden" role="status" id=ANNOUNCER.name></p>
    }
}

/// A panel's picture as SVG and PNG (drawn by the prerender beside the page): two plain
/// links, which the single file drops (`CHART_DOWNLOADS`).
#[component]
pub fn ImageDownloads(
    svg: &'static str,
    png: &'static str,
    svg_word: Word,
    png_word: Word,
) -> impl IntoView {
    let w = words();
    view! {
        <span class=crate::downloads::CHART_DOWNLOADS>
            <a href=format!("./{svg}") download=svg>{w.get(svg_word)}</a>
            <a href=format!("./{png}") download=png>{w.get(png_word)}</a>
        </span>
    }
}
