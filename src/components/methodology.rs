//! "How this edition was checked": the methodology paragraph from site.toml and, only
//! when site.toml names a contact, how to report an error.

use leptos::prelude::*;

use super::{edition, words};
use crate::hooks::SECTION;
use content::Word;

/// The section's id: the page's publishing principles, by address (`structured_data`).
pub const METHODOLOGY_ID: &str = "methodology";

#[component]
pub fn Methodology() -> impl IntoView {
    let (site, w) = (&edition().site, words());
    let report = site.corrections_contact.map(|contact| {
        let shown = contact.strip_prefix("mailto:").unwrap_or(contact);
        let (before, after) = w.around(Word::ReportError, "contact", &[]);
        view! { <p class="report-error">{before}<a href=contact>{shown}</a>{after}</p> }
    });
    view! {
        <section class="afterword methodology" id=METHODOLOGY_ID aria-labelledby="methodology-title">
            <h2 class=SECTION.name id="methodology-title">{w.get(Word::MethodologyTitle)}</h2>
            <p>{site.methodology}</p>
            {report}
        </section>
    }
}
