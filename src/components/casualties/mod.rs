//! The casualty-estimate panel: who counted what, when. Thin over `crate::chart`.
//!
//! Everything the panel can show is in the prerendered HTML: the chart (on the linear scale, each piece with its log places),
//! the timeline and every estimate's details for the card (both in `<template>`s until
//! asked for), the table in date order with each row's place in every order. The reader's choices are attributes on the panel
//! (`data-view`, `data-scale`, `data-figures`) that CSS acts on, rows moved into
//! order, and the one card shown: `client::casualties` does each, touching only what
//! the choice changes.

mod card;
mod controls;
mod rows;
mod symbols;
mod table;
mod timeline;

use leptos::prelude::*;

use super::{edition, words};
use crate::chart::estimates::{self, takeaway, PanelState};
use crate::hooks::{FIGURES, PANEL, SCALE, TIMELINE_VIEW, VIEW};
use content::Word;

#[component]
pub fn CasualtiesPanel() -> impl IntoView {
    let (start, w, estimates) = (
        PanelState::default(),
        words(),
        edition().casualties.estimates,
    );
    let title = takeaway(estimates)
        .map(|t| t.title(w))
        .unwrap_or_else(|| w.get(Word::FallbackTitle).to_owned());
    let panel = view! {
        <figure class="panel casualties" id=PANEL.name aria-labelledby="casualties-title" aria-describedby="casualties-summary">
            <h3 class="panel-title" id="casualties-title">{title}</h3>
            <p class="panel-summary" id="casualties-summary">{estimates::summary(w, estimates)}</p>
            {symbols::shapes()}
            <controls::Controls />
            <symbols::Legend />
            <div class="chart-view">{rows::chart()}</div>
            <div class=TIMELINE_VIEW.name></div>
            {timeline::timeline()}
            <card::Card />
            <table::EstimatesTable />
        </figure>
    };
    panel
        .attr(VIEW.name, start.view.key())
        .attr(SCALE.name, start.scale.key())
        .attr(FIGURES.name, start.figures.key())
}
