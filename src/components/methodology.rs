//! "How this edition was checked": the methodology paragraph from site.toml and, only
//! when site.toml names a contact, how to report an error.

use leptos::prelude::*;

use crate::SITE;

#[component]
pub fn Methodology() -> impl IntoView {
    let report = SITE.corrections_contact.map(|contact| {
        let shown = contact.strip_prefix("mailto:").unwrap_or(contact);
        view! { <p class="report-error">"Found an error? Tell us: "<a href=contact>{shown}</a>"."</p> }
    });
    view! {
        <section class="afterword methodology" id="methodology" aria-labelledby="methodology-title">
            <h2 id="methodology-title">"How this edition was checked"</h2>
            <p>{SITE.methodology}</p>
            {report}
        </section>
    }
}
