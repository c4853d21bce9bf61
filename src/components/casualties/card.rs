//! Details of the selected mark: source, date, figure, what it counts, the link. Every
//! estimate's details are in the HTML, hidden; `client::casualties` shows the one
//! selected and marks the card `selected`, which makes it stick to the view.

use leptos::either::Either;
use leptos::prelude::*;

use super::symbols::symbol;
use crate::chart::words::{quoted_word, stated_figure};
use crate::components::notes::outside_link;
use crate::components::{edition, words};
use crate::hooks::{CARD_CLOSE, ESTIMATE_CARD};
use content::anchors::Anchor;
use content::{Estimate, Word};

#[component]
pub fn Card() -> impl IntoView {
    let w = words();
    view! {
        // While a mark is selected the card sticks to the bottom of the view (a bottom
        // sheet on phones) so a tapped mark's details show; "Close details" lets go.
        <div class="estimate-card" id=ESTIMATE_CARD.name role="region" aria-label=w.get(Word::CardName) aria-live="polite">
            <p class="card-hint">{w.get(Word::CardHint)}</p>
            {edition().casualties.estimates.iter().map(details).collect_view()}
            <button type="button" class=CARD_CLOSE.name>{w.get(Word::CardClose)}</button>
        </div>
    }
}

fn details(e: &'static Estimate) -> impl IntoView {
    let w = words();
    let link = match e.url {
        Some(url) => Either::Left(outside_link(
            url,
            w.fill(Word::SeenAt, &[("outlet", e.outlet)]),
            None,
        )),
        None => Either::Right(
            view! { <span>{w.fill(Word::SeenAtNoLink, &[("outlet", e.outlet)])}</span> },
        ),
    };
    let measure = w.get(Word::phrase(e.measure));
    view! {
        <div class="card-body" id=Anchor::Card(e.id).id() hidden>
            <p class="card-source">{symbol(e.category, e.minimum)}<strong>{e.source}</strong></p>
            <p class="card-figure">
                <span class="card-number">{stated_figure(w, e)}</span>
                " "
                {measure}
            </p>
            <p class="card-word">{w.fill(Word::SourcesWord, &[("word", &quoted_word(w, e))])}</p>
            {e.reading.map(|reading| view! {
                <p class="card-reading"><strong>{w.fill(Word::ChartedAs, &[("measure", measure)])}</strong>" "{reading}</p>
            })}
            <p class="card-meta">{w.get(Word::category(e.category))}" · "<time datetime=e.date.iso()>{w.date(e.date)}</time></p>
            <p class="card-note">{e.note}</p>
            <p class="card-link">{link}</p>
        </div>
    }
}
