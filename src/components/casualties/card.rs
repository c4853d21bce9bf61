//! Details of the selected mark: source, date, figure, what it counts, the link. The
//! card is one shell; every estimate's details wait in one `<template>` (outside the
//! document's tree, so they cost nothing on any press, and one element rather than one
//! per estimate) until `client::casualties` puts a copy of the selected one's into the
//! shell and marks the card `selected`, which makes it stick to the view.

use leptos::either::Either;
use leptos::prelude::*;

use super::symbols::{later_key_symbol, symbol};
use crate::chart::words::{quoted_word, stated_count, stated_figure};
use crate::components::notes::outside_link;
use crate::components::{edition, words};
use crate::hooks::{CARD_BODY, CARD_CLOSE, CARD_DETAILS, ESTIMATE_CARD};
use content::anchors::Anchor;
use content::{Estimate, LaterCount, Word};

#[component]
pub fn Card() -> impl IntoView {
    let w = words();
    view! {
        // While a mark is selected the card sticks to the bottom of the view (a bottom
        // sheet on phones) so a tapped mark's details show; "Close details" lets go.
        <div class="estimate-card" id=ESTIMATE_CARD.name role="region" aria-label=w.get(Word::CardName) aria-live="polite">
            <p class="card-hint">{w.get(Word::CardHint)}</p>
            <div class=CARD_BODY.name></div>
            <button type="button" class=CARD_CLOSE.name>{w.get(Word::CardClose)}</button>
        </div>
        <template id=CARD_DETAILS.name>
            {edition().casualties.estimates.iter().map(|e| view! {
                <div id=Anchor::Card(e.id).id()>{details(e)}</div>
            }).collect_view()}
            {edition().casualties.later.iter().map(|c| view! {
                <div id=Anchor::Card(c.id).id()>{later_details(c)}</div>
            }).collect_view()}
        </template>
    }
}

/// A later count's details: who counted, when, what, and where it was seen.
fn later_details(c: &'static LaterCount) -> impl IntoView {
    let w = words();
    view! {
        <p class="card-source">{later_key_symbol()}<strong>{c.source}</strong></p>
        <p class="card-figure">
            <span class="card-number">{stated_count(w, c)}</span>
            " "
            {w.get(Word::LaterCounts)}
        </p>
        <p class="card-meta"><time datetime=c.date.iso()>{w.date(c.date)}</time></p>
        <p class="card-note">{c.note}</p>
        <p class="card-link">{seen_at(c.url, c.outlet)}</p>
    }
}

/// "Seen at {outlet}", a link out where the research has the address.
fn seen_at(url: Option<&'static str>, outlet: &'static str) -> impl IntoView {
    let w = words();
    match url {
        Some(url) => Either::Left(outside_link(
            url,
            w.fill(Word::SeenAt, &[("outlet", outlet)]),
            None,
        )),
        None => Either::Right(
            view! { <span>{w.fill(Word::SeenAtNoLink, &[("outlet", outlet)])}</span> },
        ),
    }
}

fn details(e: &'static Estimate) -> impl IntoView {
    let w = words();
    let link = seen_at(e.url, e.outlet);
    let measure = w.get(Word::phrase(e.measure));
    view! {
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
    }
}
