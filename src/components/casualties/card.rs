//! Details of the selected mark: source, date, figure, what it counts, the link. Every
//! estimate's details are in the HTML, hidden; `client::casualties` shows the one
//! selected and marks the card `selected`, which makes it stick to the view.

use leptos::either::Either;
use leptos::prelude::*;

use super::symbols::symbol;
use crate::chart::words::{quoted_word, stated_figure};
use crate::hooks::ESTIMATE_CARD;
use crate::CASUALTIES;
use content::anchors::Anchor;
use content::Estimate;

#[component]
pub fn Card() -> impl IntoView {
    view! {
        // While a mark is selected the card sticks to the bottom of the view (a bottom
        // sheet on phones) so a tapped mark's details show; "Close details" lets go.
        <div class="estimate-card" id=ESTIMATE_CARD role="region" aria-label="Selected estimate" aria-live="polite">
            <p class="card-hint">"Select a mark, by pointer, touch or keyboard, to see who gave the figure and where."</p>
            {CASUALTIES.estimates.iter().map(details).collect_view()}
            <button type="button" class="card-close">"Close details"</button>
        </div>
    }
}

fn details(e: &'static Estimate) -> impl IntoView {
    let link = match e.url {
        Some(url) => Either::Left(view! {
            <a href=url rel="noopener noreferrer" target="_blank">
                {format!("Seen at {}", e.outlet)}
                <span class="visually-hidden">" (opens in a new tab)"</span>
            </a>
        }),
        None => Either::Right(
            view! { <span>{format!("Seen at {} (no link in our research)", e.outlet)}</span> },
        ),
    };
    view! {
        <div class="card-body" id=Anchor::Card(e.id).id() hidden>
            <p class="card-source">{symbol(e.category, e.minimum)}<strong>{e.source}</strong></p>
            <p class="card-figure">
                <span class="card-number">{stated_figure(e)}</span>
                " "
                {e.measure.phrase()}
            </p>
            <p class="card-word">"The source’s word: "{quoted_word(e)}"."</p>
            {e.reading.map(|reading| view! {
                <p class="card-reading"><strong>{format!("Charted as {}, our reading:", e.measure.phrase())}</strong>" "{reading}</p>
            })}
            <p class="card-meta">{e.category.name()}" · "<time datetime=e.date.iso()>{e.date.to_string()}</time></p>
            <p class="card-note">{e.note}</p>
            <p class="card-link">{link}</p>
        </div>
    }
}
