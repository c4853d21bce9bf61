//! The chart: one row per estimate, each measure on its own axis. The axes are drawn
//! for both scales (CSS shows the one `data-scale` names); the marks and each row's grid
//! once, on the linear scale, with their places on the log scale (`on_log`), which the
//! client moves them to. Rows carry their place in every sort order so the browser can
//! reorder them without data of its own.

use leptos::attr::custom::custom_attribute;
use leptos::attr::Attribute;
use leptos::prelude::*;

use super::symbols::{later_symbol, placed_symbol};
use crate::chart::estimates::{
    article_range, groups, killed_scale, rank, Figures, PanelState, SortKey,
};
use crate::chart::format::{compact, fixed, percent};
use crate::chart::scale::{Scale, ScaleKind};
use crate::chart::words::{
    describe, describe_later, our_reading, quoted_word, stated_count, stated_figure,
};
use crate::components::{edition, on_page, words};
use crate::hooks::{CHART_ROWS, ESTIMATE, ESTIMATE_CARD, MARK, ON_LOG};
use content::anchors::Anchor;
use content::{Category, Estimate, LaterCount, Measure, Word};

/// Every measure's group (CSS hides all but killed-only while `data-figures="deaths"`).
pub fn chart() -> impl IntoView {
    let every_measure = PanelState {
        figures: Figures::All,
        ..PanelState::default()
    };
    groups(edition().casualties.estimates, &every_measure)
        .into_iter()
        .map(|group| group_view(group.measure, group.rows))
        .collect_view()
}

/// One place per scale: `on-linear`, `on-log`.
fn on(kind: ScaleKind) -> String {
    format!("on-{}", kind.key())
}

/// What an element drawn on the linear scale (the static edition's) has in other places
/// on the log scale, as `ON_LOG` says it: `name=value` pairs, those that differ only.
/// `client::casualties` moves it there and back as the reader switches scale, so each
/// mark is drawn once, not once per scale.
pub fn on_log(places: &[(&str, String, String)]) -> Option<String> {
    let moves: Vec<String> = places
        .iter()
        .filter(|(_, linear, log)| linear != log)
        .map(|(name, _, log)| format!("{name}={log}"))
        .collect();
    (!moves.is_empty()).then(|| moves.join(" "))
}

/// A focusable mark (`role="button"`): activating, focusing or pointing at it shows its
/// card (`client::casualties` listens on the panel). `at` gives its ends and height on
/// each scale, in `ScaleKind::ALL` order (linear, log): a bar from low to high, or a
/// point, drawn on the linear scale with its places on the log one (`on_log`).
pub fn mark(e: &'static Estimate, at: [(f64, f64, String); 2]) -> impl IntoView {
    let [(from, to, y), (log_from, log_to, log_y)] = at;
    let bar = (from < to).then(|| {
        let moves = on_log(&[
            ("x1", percent(from), percent(log_from)),
            ("x2", percent(to), percent(log_to)),
            ("y1", y.clone(), log_y.clone()),
            ("y2", y.clone(), log_y.clone()),
        ]);
        view! { <line class="bar" x1=percent(from) x2=percent(to) y1=y.clone() y2=y.clone() /> }
            .attr(ON_LOG.name, moves)
    });
    let ends = if from < to {
        vec![(from, log_from), (to, log_to)]
    } else {
        vec![(from, log_from)]
    };
    let ends = ends.into_iter().map(|(x, log_x)| {
        let moves = on_log(&[
            ("x", percent(x), percent(log_x)),
            ("y", y.clone(), log_y.clone()),
        ]);
        placed_symbol(e.category, e.minimum, percent(x), y.clone()).attr(ON_LOG.name, moves)
    });
    let mark = view! {
        <g
            class=format!("{} cat-{}", MARK.name, e.category.key())
            role="button"
            tabindex="0"
            aria-label=describe(words(), e)
            aria-pressed="false"
            aria-controls=ESTIMATE_CARD.name
        >
            {bar}
            {ends.collect_view()}
        </g>
    };
    mark.attr(ESTIMATE.name, e.id)
}

/// `data-order-<key>` for each key: a row's place in that order, ascending, so the
/// browser sorts rows by moving them, with no data of its own.
pub fn orders(e: &'static Estimate) -> impl Attribute {
    let estimates = edition().casualties.estimates;
    let place =
        |key: SortKey| custom_attribute(key.order_attribute(), rank(estimates, e, key).to_string());
    let [date, figure, source] = SortKey::ALL;
    (place(date), place(figure), place(source))
}

/// A row's gridlines: the linear scale's, and the log scale's once it is chosen.
fn grid_use(grid_id: impl Fn(ScaleKind) -> String) -> impl IntoView {
    let [linear, log] = ScaleKind::ALL.map(|kind| format!("#{}", grid_id(kind)));
    let moves = on_log(&[("href", linear.clone(), log)]);
    view! { <use href=linear aria-hidden="true" /> }.attr(ON_LOG.name, moves)
}

fn group_view(measure: Measure, rows: Vec<&'static Estimate>) -> impl IntoView {
    let w = words();
    let later = match measure {
        Measure::Killed => edition().casualties.later,
        _ => &[],
    };
    let scales = ScaleKind::ALL.map(|kind| killed_scale(&rows, later, kind));
    let heading_id = format!("group-{}", measure.key());
    let labelled_by = heading_id.clone();
    // Every row shows the same gridlines: drawn once per group and scale, and reused
    // with one <use> (moved to the log scale's as the reader switches), so a row is one
    // element of grid instead of 12 to 18.
    let grid_id = move |kind: ScaleKind| format!("grid-{}-{}", measure.key(), kind.key());
    let rows = rows.into_iter().map(|e| {
        // The article's note on the figure, where the article is on the page.
        let back = e.footnote.and_then(|id| Some((edition().article.note(id)?.0, on_page().first_marker(id)?))).map(|(number, first)| {
            let number = w.number(number as u64);
            let name = w.fill(Word::ToNoteName, &[("number", &number)]);
            view! { <a class="to-note" href=Anchor::Note(first.key).href() aria-label=name>{w.fill(Word::ToNote, &[("number", &number)])}</a> }
        });
        let at = scales.map(|scale| (scale.position(e.low as f64), scale.position(e.high as f64), "50%".to_owned()));
        let row = view! {
            <li class="chart-row" id=Anchor::Estimate(e.id).id()>
                // The label's parts sit in the row itself (CSS lays them out).
                <span class="row-source">{e.source}</span>
                // From 700 px, where a row is one line, CSS puts a † for the reading (the key says so).
                <span class=if e.reading.is_some() { "row-meta has-reading" } else { "row-meta" }>
                    {w.short_date(e.date)}" · "{stated_figure(w, e)}" "{quoted_word(w, e)}
                    {our_reading(w, e).map(|reading| view! { <span class="our-reading">"; "{reading}</span> })}
                </span>
                {back}
                // role="none": the track is not a picture of its own; its mark is the button.
                <svg class="track" role="none" width="100%" height="28">
                    {grid_use(grid_id)}
                    {mark(e, at)}
                </svg>
            </li>
        };
        row.add_any_attr(orders(e))
    });
    view! {
        <section class="chart-group" data-measure=measure.key() aria-labelledby=labelled_by>
            <h4 id=heading_id>{w.get(Word::measure(measure))}</h4>
            // Above the rows, and sticky (CSS): the ticks stay in view down the chart.
            <div class="axes">{scales.map(|scale| axis(&scale, grid(&scale, measure, grid_id(scale.kind)))).into_iter().collect_view()}</div>
            <ol class=CHART_ROWS.name>{rows.collect_view()}</ol>
            {later_rows(later, &scales[1], grid_id(ScaleKind::Log))}
        </section>
    }
}

/// After the 2022 estimates, on the log scale only (see `killed_scale`): the later counts
/// of named dead, each a mark of its own shape on the same axis, in date order (no sort
/// moves them: they are one series). On the linear scale a line says where they are.
fn later_rows(later: &'static [LaterCount], log: &Scale, grid: String) -> Option<impl IntoView> {
    if later.is_empty() {
        return None;
    }
    let w = words();
    let rows = later.iter().map(|c| {
        let x = percent(log.position(c.figure as f64));
        let mark = view! {
            <g class=format!("{} later", MARK.name) role="button" tabindex="0" aria-label=describe_later(w, c) aria-pressed="false" aria-controls=ESTIMATE_CARD.name>
                {later_symbol(x, "50%".to_owned())}
            </g>
        };
        view! {
            <li class="later-row" id=Anchor::Estimate(c.id).id()>
                <span class="row-source">{c.source}</span>
                <span class="row-meta">{w.short_date(c.date)}" · "{stated_count(w, c)}" "{w.get(Word::LaterFigure)}</span>
                <svg class="track" role="none" width="100%" height="28">
                    <use href=format!("#{grid}") aria-hidden="true" />
                    {mark.attr(ESTIMATE.name, c.id)}
                </svg>
            </li>
        }
    });
    Some(view! {
        <p class="later-on-linear">{w.get(Word::LaterOnLog)}</p>
        <h5 class="later-title on-log" id="later-title">{w.get(Word::LaterTitle)}</h5>
        <ol class="later-rows on-log" aria-labelledby="later-title">{rows.collect_view()}</ol>
    })
}

/// Gridlines and, on the killed-only axis, the article's range and its "most likely"
/// band: a `<symbol>` for every row to reuse, its gridlines one path in a stretched box
/// (one element, however many ticks; the strokes keep their width, in CSS).
fn grid(scale: &Scale, measure: Measure, id: String) -> impl IntoView {
    let estimates = edition().casualties.estimates;
    let x = |v: f64| percent(scale.position(v));
    let lines: String = scale
        .ticks()
        .into_iter()
        .map(|t| format!("M{},0V1", fixed(scale.position(t) * 100.0, 3)))
        .collect();
    let article = (measure == Measure::Killed).then(|| {
        let band = article_range(estimates).map(|e| {
            let (a, b) = (scale.position(e.low as f64), scale.position(e.high as f64));
            view! { <rect class="band" x=percent(a) width=percent(b - a) y="0" height="100%" /> }
        });
        let ends = estimates.iter().filter(|e| e.category == Category::Article && e.low == e.high);
        let ends = ends.map(|e| view! { <line class="article-range" x1=x(e.low as f64) x2=x(e.low as f64) y1="0" y2="100%" /> }).collect_view();
        view! { {band}{ends} }
    });
    view! {
        <symbol class="grid" id=id overflow="visible">
            <svg viewBox="0 0 100 1" preserveAspectRatio="none" width="100%" height="100%" overflow="visible">
                <path class="gridline" d=lines />
            </svg>
            {article}
        </symbol>
    }
}

/// The axis labels, and the grid for the rows to reuse (the axis is hidden from
/// assistive technology, like the gridlines).
fn axis(scale: &Scale, defs: impl IntoView) -> impl IntoView {
    // On a log axis where its track is narrow, CSS hides the minor labels: the 2× and 5×
    // ones, and a power of ten just short of the axis's end (whose label stays).
    let labels = scale.ticks().into_iter().map(|t| {
        let end = t >= scale.max * 0.999_999;
        let crowds_end = !end && scale.position(t) > 0.85;
        let minor = scale.kind == ScaleKind::Log && !end && ((t.log10().fract()).abs() > 1e-9 || crowds_end);
        view! { <text class=if minor { "tick minor" } else { "tick" } x=percent(scale.position(t)) y="14" text-anchor="middle">{compact(words(), t)}</text> }
    });
    view! {
        <svg class=format!("axis {}", on(scale.kind)) width="100%" height="22" aria-hidden="true">
            {defs}
            <line class="axis-line" x1="0" x2="100%" y1="21.5" y2="21.5" />
            {labels.collect_view()}
        </svg>
    }
}
