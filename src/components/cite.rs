//! "Cite this page": this edition's citation and the original article's, as plain text
//! a reader can select with no script. The day the reader accessed the page is left for
//! the client to fill in (the page cannot know it), and each copy button is hidden
//! until the client finds a clipboard to write to.

use leptos::prelude::*;

use super::{edition, words};
use crate::citation;
use crate::hooks::{ACCESSED, ACCESSED_DATE, ANNOUNCE, COPY, DATE_LOCALE, SECTION};
use content::Word;

/// The citations' ids, which their copy buttons name.
const PAGE_CITATION: &str = "citation-page";
const ORIGINAL_CITATION: &str = "citation-original";

#[component]
pub fn Cite() -> impl IntoView {
    let (content, w) = (edition(), words());
    let (before, after) = citation::page(content);
    let (accessed_before, accessed_after) = citation::accessed(content);
    let accessed = view! {
        <span class=ACCESSED.name hidden>
            // Leptos writes an empty text as a space (the Russian words end at the date).
            {accessed_before}<span class=ACCESSED_DATE.name></span>{(!accessed_after.is_empty()).then_some(accessed_after)}
        </span>
    }
    .attr(DATE_LOCALE.name, content.site.locale.date_tag());
    let original = citation::original(content);
    view! {
        <section class="afterword cite" id="cite" aria-labelledby="cite-title">
            <h2 class=SECTION.name id="cite-title">{w.get(Word::CiteTitle)}</h2>
            <p>
                <span class="cite-label">{w.get(Word::CitePageLabel)}</span>" "
                <span class="citation" id=PAGE_CITATION>{before}{accessed}{after}</span>
                " "{copy_button(PAGE_CITATION, Word::CopyPage)}
            </p>
            <p>
                <span class="cite-label">{w.get(Word::CiteOriginalLabel)}</span>" "
                <span class="citation" id=ORIGINAL_CITATION>{original}</span>
                " "{copy_button(ORIGINAL_CITATION, Word::CopyOriginal)}
            </p>
        </section>
    }
}

fn copy_button(citation: &'static str, name: Word) -> impl IntoView {
    let w = words();
    view! { <button type="button" class="copy" hidden>{w.get(name)}</button> }
        .attr(COPY.name, citation)
        .attr(ANNOUNCE.name, w.get(Word::Copied))
}
