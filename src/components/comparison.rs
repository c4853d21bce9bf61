//! Side by side: GI resistance in Vietnam and Russian refusal in 2022, as a real
//! table. Footnote markers in cells are the same NoteRef as in the article.

use leptos::prelude::*;

use super::article::inlines;
use crate::COMPARISON;
use content::{Cell, Dimension};

const VIETNAM: &str = "United States, Vietnam War, 1968–73";
const RUSSIA: &str = "Russia, 2022";

#[component]
pub fn ComparisonPanel() -> impl IntoView {
    // `None` shows every dimension.
    let focus = RwSignal::new(None::<&'static str>);
    let headlines_only = RwSignal::new(false);
    let options = COMPARISON.dimensions.iter().map(|d| view! { <option value=d.id>{d.name}</option> }).collect_view();
    let choose = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        focus.set(COMPARISON.dimensions.iter().map(|d| d.id).find(|id| *id == value));
    };
    let rows = COMPARISON.dimensions.iter().map(move |d| row(d, focus, headlines_only)).collect_view();
    view! {
        <section class="panel comparison" id="comparison" aria-labelledby="comparison-title">
            <h3 class="panel-title" id="comparison-title">"Side by side: GIs against the Vietnam War, Russians against the war in Ukraine"</h3>
            <p class="panel-summary">
                {format!(
                    "{} points of comparison, each side sourced. Where our research could not confirm a point, the cell says so.",
                    COMPARISON.dimensions.len(),
                )}
            </p>
            <div class="panel-controls">
                <label class="focus-choice">
                    <span>"Focus on"</span>
                    <select on:change=choose>
                        <option value="">"All dimensions"</option>
                        {options}
                    </select>
                </label>
                <button type="button" class="headline-toggle" aria-pressed=move || headlines_only.get().to_string() on:click=move |_| headlines_only.update(|h| *h = !*h)>
                    "Headline figures only"
                </button>
            </div>
            <table class=move || if headlines_only.get() { "comparison-table headlines-only" } else { "comparison-table" }>
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

fn row(d: &'static Dimension, focus: RwSignal<Option<&'static str>>, headlines_only: RwSignal<bool>) -> impl IntoView {
    let shown = move || focus.with(|f| f.is_none_or(|id| id == d.id));
    view! {
        <tr id=format!("dimension-{}", d.id) hidden=move || !shown()>
            <th scope="row">{d.name}</th>
            {cell(&d.vietnam, "side-vietnam", VIETNAM, headlines_only)}
            {cell(&d.russia, "side-russia", RUSSIA, headlines_only)}
        </tr>
    }
}

/// `side` labels the cell when the table stacks on phones (`data-side`, shown by CSS).
fn cell(cell: &'static Cell, class: &'static str, side: &'static str, headlines_only: RwSignal<bool>) -> impl IntoView {
    view! {
        <td class=class data-side=side>
            <p class="cell-headline">{cell.headline}</p>
            <p class="cell-text" hidden=move || headlines_only.get()>{inlines(cell.text)}</p>
        </td>
    }
}
