//! The data-table twin: always in the page for screen readers, shown by "Table". Its
//! rows carry their place in each order, so `client::casualties` sorts them by moving
//! them; it also keeps the head's `aria-sort` true. On phones CSS stacks each row as a
//! record, its cells labelled by their column's name (`data-label`).

use leptos::either::Either;
use leptos::prelude::*;

use super::rows::orders;
use crate::chart::estimates::{sort, table_caption, Choice, PanelState, SortKey};
use crate::chart::words::{quoted_word, stated_count, stated_figure};
use crate::chart::{CHART_PNG, CHART_SVG};
use crate::components::notes::link_out;
use crate::components::{edition, words, EmbedThis, ImageDownloads};
use crate::downloads::CSV;
use crate::embed::EmbedPart;
use crate::hooks::{ARIA_SORT, CHOICE, ESTIMATE, ESTIMATES_TABLE, TABLE_ROWS};
use content::{Estimate, Word};

/// The table's columns, in order: the ones a reader can sort by carry their key.
const COLUMNS: [(Option<SortKey>, Word); 7] = [
    (Some(SortKey::Source), Word::ColumnSource),
    (None, Word::ColumnCategory),
    (Some(SortKey::Date), Word::ColumnDate),
    (Some(SortKey::Figure), Word::ColumnFigure),
    (None, Word::ColumnCounts),
    (None, Word::ColumnWord),
    (None, Word::ColumnSeenAt),
];

#[component]
pub fn EstimatesTable() -> impl IntoView {
    let (w, estimates) = (words(), edition().casualties.estimates);
    let caption = table_caption(w, estimates);
    // In the order the panel starts in, which its Date column says it is sorted by.
    let start = PanelState::default();
    let mut rows: Vec<&'static Estimate> = estimates.iter().collect();
    sort(&mut rows, start.sort, start.descending);
    let rows = rows.into_iter().map(row);
    view! {
        // Visually hidden outside the Table view (CSS, by the panel's data-view): screen
        // readers still read it, but its buttons and links leave the Tab order, so
        // keyboard focus never goes invisible.
        <div class="table-view">
            <table class=ESTIMATES_TABLE.name>
                <caption>{caption}</caption>
                <thead>{head()}</thead>
                <tbody class=TABLE_ROWS.name>{rows.collect_view()}</tbody>
                {later_body()}
            </table>
        </div>
        // Plain links to files the build writes beside the page: they work with no script.
        <p class="download">
            <a class="download-csv" href=format!("./{CSV}") download=CSV>{w.get(Word::DownloadCsv)}</a>
            <ImageDownloads svg=CHART_SVG png=CHART_PNG svg_word=Word::DownloadSvg png_word=Word::DownloadPng />
            <EmbedThis part=EmbedPart::Casualties />
        </p>
    }
}

fn row(e: &'static Estimate) -> impl IntoView {
    let w = words();
    // Each cell's column name, which CSS shows beside it on phones.
    let [_, category, date, figure, counts, word, seen_at] = COLUMNS.map(|(_, label)| w.get(label));
    let link = outlet_cell(e.url, e.outlet);
    let row = view! {
        <tr>
            <th scope="row">{e.source}</th>
            <td data-label=category>{w.get(Word::category(e.category))}</td>
            <td data-label=date>{w.date(e.date)}</td>
            <td data-label=figure class="number">{stated_figure(w, e)}</td>
            <td data-label=counts>{w.get(Word::measure(e.measure))}</td>
            <td data-label=word>
                {quoted_word(w, e)}
                {e.reading.map(|reading| format!(" {}", w.fill(Word::TableReading, &[("reading", reading)])))}
            </td>
            <td data-label=seen_at>{link}</td>
        </tr>
    };
    row.attr(ESTIMATE.name, e.id).add_any_attr(orders(e))
}

/// The "Seen at" cell: the outlet, linked where the research has the address; out of
/// the Tab order until the table is shown (client::casualties).
fn outlet_cell(url: Option<&'static str>, outlet: &'static str) -> impl IntoView {
    match url {
        Some(url) => Either::Left(link_out(url, outlet, Some("-1"))),
        None => Either::Right(outlet),
    }
}

/// After the estimates, the later counts of named dead, in date order under their
/// own heading (no sort moves them: they are one series, not estimates to compare).
fn later_body() -> Option<impl IntoView> {
    let (w, later) = (words(), edition().casualties.later);
    if later.is_empty() {
        return None;
    }
    let [_, _, date, figure, counts, _, seen_at] = COLUMNS.map(|(_, label)| w.get(label));
    let rows = later.iter().map(move |c| {
        let link = outlet_cell(c.url, c.outlet);
        view! {
            <tr>
                <th scope="row">{c.source}</th>
                <td></td>
                <td data-label=date>{w.date(c.date)}</td>
                <td data-label=figure class="number">{stated_count(w, c)}</td>
                <td data-label=counts>{w.get(Word::LaterCounts)}</td>
                <td></td>
                <td data-label=seen_at>{link}</td>
            </tr>
        }
    });
    Some(view! {
        <tbody class="later-table">
            <tr><th scope="colgroup" colspan=COLUMNS.len()>{w.get(Word::LaterTitle)}</th></tr>
            {rows.collect_view()}
        </tbody>
    })
}

/// The head: the sortable columns' buttons make the same choices as the panel's sort
/// buttons; out of the Tab order until the table shows. On phones the row of sort
/// buttons is a bar, which CSS heads with `data-sort-by`.
fn head() -> impl IntoView {
    let (state, w) = (PanelState::default(), words());
    let header = move |(key, label): (Option<SortKey>, Word)| match key {
        Some(key) => {
            let button =
                view! { <button type="button" class="sort" tabindex="-1">{w.get(label)}</button> };
            let th =
                view! { <th scope="col">{button.attr(CHOICE.name, Choice::Sort(key).key())}</th> };
            Either::Left(th.attr(ARIA_SORT.name, state.sort_mark(key).key()))
        }
        None => Either::Right(view! { <th scope="col">{w.get(label)}</th> }),
    };
    view! { <tr data-sort-by=w.get(Word::SortBy)>{COLUMNS.map(header).into_iter().collect_view()}</tr> }
}
