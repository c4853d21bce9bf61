//! Side by side: GI resistance in Vietnam and Russian refusal in 2022, as a real
//! table. Footnote markers in cells are the same NoteRef as in the article.

use leptos::prelude::*;

use super::inlines::quoting;
use super::{edition, words, EmbedThis, ImageDownloads};
use crate::chart::{COMPARISON_PNG, COMPARISON_SVG};
use crate::embed::EmbedPart;
use crate::hooks::{COMPARISON_FOCUS, COMPARISON_TABLE, HEADLINES_ONLY};
use content::anchors::Anchor;
use content::{Cell, Dimension, QuotePlace, Word};

#[component]
pub fn ComparisonPanel() -> impl IntoView {
    let (comparison, w) = (&edition().comparison, words());
    let rows = comparison.dimensions.iter().map(row).collect_view();
    let points = w.count(Word::ComparisonPoints, comparison.dimensions.len() as u64);
    view! {
        <section class="panel comparison" id="comparison" aria-labelledby="comparison-title">
            <h3 class="panel-title" id="comparison-title">{w.get(Word::ComparisonTitle)}</h3>
            <p class="panel-summary">{w.fill(Word::ComparisonSummary, &[("points", &points)])}</p>
            <div class="panel-controls"><ComparisonControls /></div>
            <table class=COMPARISON_TABLE.name id=COMPARISON_TABLE.name>
                <caption class="visually-hidden">{w.get(Word::ComparisonCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{w.get(Word::DimensionHeader)}</th>
                        <th scope="col" class="side-vietnam">{comparison.vietnam}</th>
                        <th scope="col" class="side-russia">{comparison.russia}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            // The comparison as a picture (drawn by the prerender), and its embed codes.
            <p class="download">
                <ImageDownloads svg=COMPARISON_SVG png=COMPARISON_PNG svg_word=Word::ComparisonDownloadSvg png_word=Word::ComparisonDownloadPng />
                <EmbedThis part=EmbedPart::Comparison />
            </p>
        </section>
    }
}

/// Focus on one dimension, and headline figures only: `client::comparison` answers
/// them, hiding rows and cell texts of the static table.
#[component]
fn ComparisonControls() -> impl IntoView {
    let w = words();
    let options = edition()
        .comparison
        .dimensions
        .iter()
        .map(|d| view! { <option value=d.id>{d.name}</option> })
        .collect_view();
    view! {
        <label class="focus-choice">
            <span>{w.get(Word::FocusOn)}</span>
            <select id=COMPARISON_FOCUS.name>
                <option value="">{w.get(Word::AllDimensions)}</option>
                {options}
            </select>
        </label>
        <button type="button" class="headline-toggle" id=HEADLINES_ONLY.name aria-pressed="false">{w.get(Word::HeadlinesOnly)}</button>
    }
}

fn row(d: &'static Dimension) -> impl IntoView {
    let comparison = &edition().comparison;
    view! {
        <tr id=Anchor::Dimension(d.id).id()>
            <th scope="row">{d.name}</th>
            {cell(d, &d.vietnam, "vietnam", comparison.vietnam)}
            {cell(d, &d.russia, "russia", comparison.russia)}
        </tr>
    }
}

/// `side` labels the cell when the table stacks on phones (`data-side`, shown by CSS);
/// `key` is its side's key (`russia`), as quotations.toml names a cell.
fn cell(
    d: &'static Dimension,
    cell: &'static Cell,
    key: &'static str,
    side: &'static str,
) -> impl IntoView {
    let place = QuotePlace::Cell {
        dimension: d.id,
        side: key,
    };
    view! {
        <td class=format!("side-{key}") data-side=side>
            <p class="cell-headline">{cell.headline}</p>
            <p class="cell-text">{quoting(cell.text, Some(place))}</p>
        </td>
    }
}
