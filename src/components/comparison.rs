//! Side by side: GI resistance in Vietnam and Russian refusal in 2022, as a real
//! table. Footnote markers in cells are the same NoteRef as in the article.

use leptos::prelude::*;

use super::article::inlines;
use crate::hooks::{COMPARISON_FOCUS, COMPARISON_TABLE, HEADLINES_ONLY};
use crate::COMPARISON;
use content::anchors::Anchor;
use content::{Cell, Dimension};

const VIETNAM: &str = "United States, Vietnam War, 1968–73";
const RUSSIA: &str = "Russia, 2022";

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
            <div class="panel-controls"><ComparisonControls /></div>
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

/// Focus on one dimension, and headline figures only: `client::comparison` answers
/// them, hiding rows and cell texts of the static table.
#[component]
fn ComparisonControls() -> impl IntoView {
    let options = COMPARISON
        .dimensions
        .iter()
        .map(|d| view! { <option value=d.id>{d.name}</option> })
        .collect_view();
    view! {
        <label class="focus-choice">
            <span>"Focus on"</span>
            <select id=COMPARISON_FOCUS>
                <option value="">"All dimensions"</option>
                {options}
            </select>
        </label>
        <button type="button" class="headline-toggle" id=HEADLINES_ONLY aria-pressed="false">"Headline figures only"</button>
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
