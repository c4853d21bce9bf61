//! The casualty-estimate panel: who counted what, when. Thin over `crate::chart`.
//!
//! Everything the panel can show is in the prerendered HTML: the chart on both scales,
//! the timeline, every estimate's details for the card, the table in date order with
//! each row's place in every order. The reader's choices are attributes on the panel
//! (`data-view`, `data-scale`, `data-figures`) that CSS acts on, rows moved into
//! order, and the one card shown (`client::casualties`). Only the controls and the
//! table's sort buttons are hydrated roots.

mod card;
mod controls;
mod later;
mod rows;
mod symbols;
mod table;
mod timeline;

use leptos::prelude::*;

use crate::chart::estimates::{self, takeaway, SortKey, View};
use crate::chart::scale::ScaleKind;
use crate::CASUALTIES;

pub use controls::Controls;
pub use table::SortHeaders;

/// The panel's element, which carries the reader's choices as attributes.
pub const PANEL: &str = "casualties";
/// The hydrated roots: the controls, and the table's head with its sort buttons.
pub const CONTROLS_ROOT: &str = "casualty-controls";
pub const TABLE_HEAD_ROOT: &str = "estimates-head";

/// What the reader has chosen, one signal each, so a change touches only what
/// depends on it.
#[derive(Clone, Copy)]
pub struct Panel {
    pub view: RwSignal<View>,
    pub scale: RwSignal<ScaleKind>,
    pub deaths_only: RwSignal<bool>,
    /// The key and whether it runs descending.
    pub sort: RwSignal<(SortKey, bool)>,
    /// The estimate whose card is shown, by id.
    pub selected: RwSignal<Option<String>>,
}

impl Panel {
    pub fn new() -> Self {
        let start = estimates::PanelState::default();
        Panel {
            view: RwSignal::new(start.view),
            scale: RwSignal::new(start.scale),
            deaths_only: RwSignal::new(start.deaths_only),
            sort: RwSignal::new((start.sort, start.descending)),
            selected: RwSignal::new(None),
        }
    }
}

impl Default for Panel {
    fn default() -> Self {
        Self::new()
    }
}

#[component]
pub fn CasualtiesPanel() -> impl IntoView {
    let panel = Panel::new();
    let start = estimates::PanelState::default();
    let title = takeaway(CASUALTIES.estimates).map(|t| t.title()).unwrap_or_else(|| "Estimates of Russian military deaths".to_owned());
    view! {
        <figure
            class="panel casualties"
            id=PANEL
            data-view=start.view.key()
            data-scale=start.scale.key()
            data-figures=figures_key(start.deaths_only)
            aria-labelledby="casualties-title"
            aria-describedby="casualties-summary"
        >
            <h3 class="panel-title" id="casualties-title">{title}</h3>
            <p class="panel-summary" id="casualties-summary">{estimates::summary(CASUALTIES.estimates)}</p>
            <div class="panel-controls" id=CONTROLS_ROOT><Controls panel /></div>
            <symbols::Legend />
            <div class="chart-view">{rows::chart()}</div>
            <div class="timeline-view">{timeline::timeline()}</div>
            <card::Card />
            <table::EstimatesTable panel />
            <later::LaterCounts />
        </figure>
    }
}

/// `data-figures`: "deaths" shows the killed-only axis alone, "all" every measure's.
pub fn figures_key(deaths_only: bool) -> &'static str {
    if deaths_only { "deaths" } else { "all" }
}
