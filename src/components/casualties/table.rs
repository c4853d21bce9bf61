//! The data-table twin: always in the page for screen readers, shown by "Table". Its
//! rows carry their place in each order, so `client::casualties` sorts them by moving
//! them; it also keeps the head's `aria-sort` true. On phones CSS stacks each row as a
//! record, its cells labelled by their column's name (`data-label`).

use leptos::either::Either;
use leptos::prelude::*;

use super::rows::order;
use crate::chart::estimates::{aria_sort, Choice, PanelState, SortKey};
use crate::chart::words::{quoted_word, stated_figure};
use crate::chart::{CHART_PNG, CHART_SVG};
use crate::downloads::{CHART_DOWNLOADS, CSV};
use crate::CASUALTIES;

#[component]
pub fn EstimatesTable() -> impl IntoView {
    // Each cell's column name, which CSS shows beside it on phones.
    let [_, category, date, figure, counts, word, seen_at] = COLUMNS.map(|(_, label)| label);
    let rows = CASUALTIES.estimates.iter().map(move |e| {
        view! {
            <tr data-estimate=e.id data-order-date=order(e, SortKey::Date) data-order-figure=order(e, SortKey::Figure) data-order-source=order(e, SortKey::Source)>
                <th scope="row">{e.source}</th>
                <td data-label=category>{e.category.name()}</td>
                <td data-label=date><time datetime=e.date.iso()>{e.date.to_string()}</time></td>
                <td data-label=figure class="number">{stated_figure(e)}</td>
                <td data-label=counts>{e.measure.name()}</td>
                <td data-label=word>
                    {quoted_word(e)}
                    {e.reading.map(|reading| view! { <span class="our-reading">" (our reading: "{reading}")"</span> })}
                </td>
                // Out of the Tab order until the table is shown (client::casualties).
                <td data-label=seen_at>{outlet_link(e.outlet, e.url, Some("-1"))}</td>
            </tr>
        }
    });
    view! {
        // Visually hidden outside the Table view (CSS, by the panel's data-view): screen
        // readers still read it, but its buttons and links leave the Tab order, so
        // keyboard focus never goes invisible.
        <div class="table-view">
            <table class="estimates-table">
                <caption>{format!("Estimates of Russian military deaths and casualties, March–September 2022 ({} figures)", CASUALTIES.estimates.len())}</caption>
                <thead>{head()}</thead>
                <tbody>{rows.collect_view()}</tbody>
            </table>
        </div>
        // Plain links to files the build writes beside the page: they work with no script.
        <p class="download">
            <a class="download-csv" href=format!("./{CSV}") download=CSV>"Download data (CSV)"</a>
            <span class=CHART_DOWNLOADS>
                <a href=format!("./{CHART_SVG}") download=CHART_SVG>"Download the chart (SVG)"</a>
                <a href=format!("./{CHART_PNG}") download=CHART_PNG>"Download the chart (PNG)"</a>
            </span>
        </p>
    }
}

/// The table's columns, in order: the ones a reader can sort by carry their key.
const COLUMNS: [(Option<SortKey>, &str); 7] = [
    (Some(SortKey::Source), "Source"),
    (None, "Category"),
    (Some(SortKey::Date), "Date"),
    (Some(SortKey::Figure), "Figure"),
    (None, "What it counts"),
    (None, "Source’s word"),
    (None, "Seen at"),
];

/// The head: the sortable columns' buttons make the same choices as the panel's sort
/// buttons; out of the Tab order until the table shows.
fn head() -> impl IntoView {
    let state = PanelState::default();
    let header = move |(key, label): (Option<SortKey>, &'static str)| match key {
        Some(key) => Either::Left(view! {
            <th scope="col" aria-sort=aria_sort(state.sorted(key))>
                <button type="button" class="sort" tabindex="-1" data-choice=Choice::Sort(key).key()>{label}</button>
            </th>
        }),
        None => Either::Right(view! { <th scope="col">{label}</th> }),
    };
    view! { <tr>{COLUMNS.map(header).into_iter().collect_view()}</tr> }
}

/// The outlet, linked where our research has an address.
pub fn outlet_link(
    outlet: &'static str,
    url: Option<&'static str>,
    tabindex: Option<&'static str>,
) -> impl IntoView {
    match url {
        Some(url) => Either::Left(
            view! { <a href=url rel="noopener noreferrer" target="_blank" tabindex=tabindex>{outlet}</a> },
        ),
        None => Either::Right(outlet),
    }
}
