//! Side by side: GI resistance in Vietnam and Russian refusal in 2022, as a real
//! table. Footnote markers in cells are the same NoteRef as in the article. The table
//! is static; its controls are a hydrated root, and `client::comparison` hides rows
//! and cell texts as they ask.

use leptos::prelude::*;

use super::article::inlines;
use crate::{COMPARISON, DIMENSION_NAMES};
use content::anchors::Anchor;
use content::{Cell, Dimension};

const VIETNAM: &str = "United States, Vietnam War, 1968–73";
const RUSSIA: &str = "Russia, 2022";

/// The table, whose class says whether only headline figures show.
pub const COMPARISON_TABLE: &str = "comparison-table";
/// The element the controls sit in: a hydrated root.
pub const COMPARISON_CONTROLS_ROOT: &str = "comparison-controls";

/// What the reader has chosen: one dimension (`None`: all), and headlines only.
#[derive(Clone, Copy)]
pub struct Comparison {
    pub focus: RwSignal<Option<&'static str>>,
    pub headlines_only: RwSignal<bool>,
}

impl Comparison {
    pub fn new() -> Self {
        Comparison { focus: RwSignal::new(None), headlines_only: RwSignal::new(false) }
    }
}

impl Default for Comparison {
    fn default() -> Self {
        Self::new()
    }
}

#[component]
pub fn ComparisonPanel() -> impl IntoView {
    let rows = COMPARISON.dimensions.iter().map(row).collect_view();
    view! {
        <section class="panel comparison" id="comparison" aria-labelledby="comparison-title">
            <h3 class="panel-title" id="comparison-title">"Side by side: GIs against the Vietnam War, Russians against the war in Ukraine"</h3>
            <p class="panel-summary">
                {format!(
                    "{} points of comparison, each side sourced. Where our research could not confirm a point, the cell says so.",
                    COMPARISON.dimensions.len(),
                )}
            </p>
            <div class="panel-controls" id=COMPARISON_CONTROLS_ROOT><ComparisonControls chosen=Comparison::new() /></div>
            <table class=COMPARISON_TABLE id=COMPARISON_TABLE>
                <caption class="visually-hidden">"GI resistance in Vietnam, 1968–73, beside Russian refusal in 2022, dimension by dimension"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Dimension"</th>
                        <th scope="col" class="side-vietnam">{VIETNAM}</th>
                        <th scope="col" class="side-russia">{RUSSIA}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

#[component]
pub fn ComparisonControls(chosen: Comparison) -> impl IntoView {
    let options = DIMENSION_NAMES.iter().map(|(id, name)| view! { <option value=*id>{*name}</option> }).collect_view();
    let choose = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        chosen.focus.set(DIMENSION_NAMES.iter().map(|(id, _)| *id).find(|id| *id == value));
    };
    view! {
        <label class="focus-choice">
            <span>"Focus on"</span>
            <select on:change=choose>
                <option value="">"All dimensions"</option>
                {options}
            </select>
        </label>
        <button type="button" class="headline-toggle" aria-pressed=move || chosen.headlines_only.get().to_string() on:click=move |_| chosen.headlines_only.update(|h| *h = !*h)>
            "Headline figures only"
        </button>
    }
}

fn row(d: &'static Dimension) -> impl IntoView {
    view! {
        <tr id=Anchor::Dimension(d.id).id()>
            <th scope="row">{d.name}</th>
            {cell(&d.vietnam, "side-vietnam", VIETNAM)}
            {cell(&d.russia, "side-russia", RUSSIA)}
        </tr>
    }
}

/// `side` labels the cell when the table stacks on phones (`data-side`, shown by CSS).
fn cell(cell: &'static Cell, class: &'static str, side: &'static str) -> impl IntoView {
    view! {
        <td class=class data-side=side>
            <p class="cell-headline">{cell.headline}</p>
            <p class="cell-text">{inlines(cell.text)}</p>
        </td>
    }
}
