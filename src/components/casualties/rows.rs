//! The chart: one row per estimate, each measure on its own axis, drawn on both
//! scales (CSS shows the one `data-scale` names), rows carrying their place in every
//! sort order so the browser can reorder them without data of its own.

use leptos::prelude::*;

use super::symbols::placed_symbol;
use crate::chart::estimates::{groups, rank, scale_for, PanelState, SortKey};
use crate::chart::format::{compact, percent};
use crate::chart::scale::{Scale, ScaleKind};
use crate::chart::words::{describe, our_reading, quoted_word, stated_figure};
use crate::hooks::ESTIMATE_CARD;
use crate::{ARTICLE, CASUALTIES};
use content::anchors::Anchor;
use content::{Category, Estimate, Measure};

/// Every measure's group (CSS hides all but killed-only while `data-figures="deaths"`).
pub fn chart() -> impl IntoView {
    let every_measure = PanelState {
        deaths_only: false,
        ..PanelState::default()
    };
    groups(CASUALTIES.estimates, &every_measure)
        .into_iter()
        .map(|group| group_view(group.measure, group.rows))
        .collect_view()
}

/// One place per scale: `on-linear`, `on-log`.
fn on(kind: ScaleKind) -> String {
    format!("on-{}", kind.key())
}

/// A focusable mark (`role="button"`): activating, focusing or pointing at it shows its
/// card (`client::casualties` listens on the panel). `at` gives its ends and height on
/// each scale, in `ScaleKind::ALL` order: a bar from low to high, or a point.
pub fn mark(e: &'static Estimate, at: [(f64, f64, String); 2]) -> impl IntoView {
    let drawn = ScaleKind::ALL.into_iter().zip(at).map(|(kind, (from, to, y))| {
        let bar = (from < to).then(|| view! { <line class="bar" x1=percent(from) x2=percent(to) y1=y.clone() y2=y.clone() /> });
        let ends = if from < to { vec![from, to] } else { vec![from] };
        view! {
            <g class=on(kind)>
                {bar}
                {ends.into_iter().map(|x| placed_symbol(e.category, e.minimum, percent(x), y.clone())).collect_view()}
            </g>
        }
    });
    view! {
        <g
            class=format!("mark cat-{}", e.category.key())
            role="button"
            tabindex="0"
            data-estimate=e.id
            aria-label=describe(e)
            aria-pressed="false"
            aria-controls=ESTIMATE_CARD
        >
            {drawn.collect_view()}
        </g>
    }
}

/// `data-order-date="3"` and so on: the row's place in each order, ascending.
pub fn order(e: &'static Estimate, key: SortKey) -> usize {
    rank(CASUALTIES.estimates, e, key)
}

fn group_view(measure: Measure, rows: Vec<&'static Estimate>) -> impl IntoView {
    let scales = ScaleKind::ALL.map(|kind| scale_for(&rows, kind));
    let heading_id = format!("group-{}", measure.key());
    let labelled_by = heading_id.clone();
    // Every row shows the same gridlines: drawn once per group and scale, and reused
    // with <use>, so a row is 2 elements of grid instead of 12 to 18.
    let grid_id = move |kind: ScaleKind| format!("grid-{}-{}", measure.key(), kind.key());
    let rows = rows.into_iter().map(|e| {
        let back = e.footnote.and_then(|id| ARTICLE.note(id)).map(|(number, note)| {
            view! { <a class="to-note" href=Anchor::Note(note.anchor).href() aria-label=format!("Note {number} in the article")>{format!("Note {number}")}</a> }
        });
        let at = scales.map(|scale| (scale.position(e.low as f64), scale.position(e.high as f64), "50%".to_owned()));
        view! {
            <li
                class="chart-row"
                id=Anchor::Estimate(e.id).id()
                data-order-date=order(e, SortKey::Date)
                data-order-figure=order(e, SortKey::Figure)
                data-order-source=order(e, SortKey::Source)
            >
                <span class="row-label">
                    <span class="row-source">{e.source}</span>
                    <span class="row-meta">
                        {e.date.to_string()}" · "{stated_figure(e)}" "<span class="row-word">{quoted_word(e)}</span>
                        {our_reading(e).map(|reading| view! { <span class="our-reading">"; "{reading}</span> })}
                    </span>
                    {back}
                </span>
                // role="none": the track is not a picture of its own; its mark is the button.
                <svg class="track" role="none" width="100%" height="28">
                    {ScaleKind::ALL.map(|kind| view! { <use class=on(kind) href=format!("#{}", grid_id(kind)) aria-hidden="true" /> }).into_iter().collect_view()}
                    {mark(e, at)}
                </svg>
            </li>
        }
    });
    view! {
        <section class="chart-group" data-measure=measure.key() aria-labelledby=labelled_by>
            <h4 id=heading_id>{measure.name()}</h4>
            <ol class="chart-rows">{rows.collect_view()}</ol>
            {scales.map(|scale| axis(&scale, grid(&scale, measure, grid_id(scale.kind)))).into_iter().collect_view()}
        </section>
    }
}

/// Gridlines and, on the killed-only axis, the article's range and its "most likely" band.
fn grid(scale: &Scale, measure: Measure, id: String) -> impl IntoView {
    let x = |v: f64| percent(scale.position(v));
    let lines = scale
        .ticks()
        .into_iter()
        .map(|t| view! { <line class="gridline" x1=x(t) x2=x(t) y1="0" y2="100%" /> })
        .collect_view();
    let article = (measure == Measure::Killed).then(|| {
        let range = CASUALTIES.estimates.iter().find(|e| e.category == Category::Article && e.low < e.high);
        let band = range.map(|e| {
            let (a, b) = (scale.position(e.low as f64), scale.position(e.high as f64));
            view! { <rect class="band" x=percent(a) width=percent(b - a) y="0" height="100%" /> }
        });
        let ends = CASUALTIES.estimates.iter().filter(|e| e.category == Category::Article && e.low == e.high);
        let ends = ends.map(|e| view! { <line class="article-range" x1=x(e.low as f64) x2=x(e.low as f64) y1="0" y2="100%" /> }).collect_view();
        view! { {band}{ends} }
    });
    view! { <defs><g class="grid" id=id>{lines}{article}</g></defs> }
}

/// The axis labels, and `defs` for the rows to reuse (the axis is hidden from
/// assistive technology, like the gridlines).
fn axis(scale: &Scale, defs: impl IntoView) -> impl IntoView {
    // On a log axis at phone width, CSS hides the minor (2×, 5×) labels.
    let labels = scale.ticks().into_iter().map(|t| {
        let minor = scale.kind == ScaleKind::Log && (t.log10().fract()).abs() > 1e-9;
        view! { <text class=if minor { "tick minor" } else { "tick" } x=percent(scale.position(t)) y="14" text-anchor="middle">{compact(t)}</text> }
    });
    view! {
        <svg class=format!("axis {}", on(scale.kind)) width="100%" height="22" aria-hidden="true">
            {defs}
            <line class="axis-line" x1="0" x2="100%" y1="0.5" y2="0.5" />
            {labels.collect_view()}
        </svg>
    }
}
