//! The casualty-estimate panel: who counted what, when. Thin over `crate::chart`.

use leptos::either::Either;
use leptos::prelude::*;

use crate::chart::estimates::{self, day_number, groups, month_ticks, scale_for, series, takeaway, Group, PanelState, SortKey, View};
use crate::chart::format::{compact, decimal, percent, thousands};
use crate::chart::words::{describe, our_reading, quoted_word, stated_figure};
use crate::chart::scale::{Scale, ScaleKind};
use crate::anchors::{Anchor, ESTIMATE_CARD};
use crate::{ARTICLE, CASUALTIES};
use content::{Category, Estimate, Measure};

#[derive(Clone, Copy)]
struct Panel {
    state: RwSignal<PanelState>,
    /// Kept apart from `state` so selecting a mark never re-renders (and unfocuses) it.
    selected: RwSignal<Option<&'static Estimate>>,
}

#[component]
pub fn CasualtiesPanel() -> impl IntoView {
    let panel = Panel { state: RwSignal::new(PanelState::default()), selected: RwSignal::new(None) };
    let title = takeaway(CASUALTIES.estimates).map(|t| t.title()).unwrap_or_else(|| "Estimates of Russian military deaths".to_owned());
    let view_is = move |view: View| move || panel.state.with(|s| s.view == view);
    // Each drawing re-renders only when what it shows changes, and never while hidden.
    // The chart keeps its last drawing while hidden (sorting the table must not
    // redraw it) and catches up, once, when it is shown again.
    let chart = Memo::new(move |drawn: Option<&PanelState>| {
        panel.state.with(|s| match drawn {
            Some(drawn) if s.view != View::Chart => drawn.clone(),
            _ => PanelState { view: View::Chart, ..s.clone() },
        })
    });
    // The timeline is drawn only while it is shown: hidden, it would cost HTML bytes
    // and a rebuild on every change of scale.
    let timeline_scale = Memo::new(move |_| panel.state.with(|s| (s.view == View::Timeline).then_some(s.scale)));
    view! {
        <figure class="panel casualties" id="casualties" aria-labelledby="casualties-title" aria-describedby="casualties-summary">
            <h3 class="panel-title" id="casualties-title">{title}</h3>
            <p class="panel-summary" id="casualties-summary">{estimates::summary(CASUALTIES.estimates)}</p>
            <Controls panel />
            <Legend />
            <div class="chart-view" hidden=move || !view_is(View::Chart)()>
                {move || chart.with(|shown| {
                    groups(CASUALTIES.estimates, shown).into_iter().map(|group| group_view(panel, group, shown.scale)).collect_view()
                })}
            </div>
            <div class="timeline-view" hidden=move || !view_is(View::Timeline)()>
                {move || timeline_scale.get().map(|scale| timeline_view(panel, scale))}
            </div>
            <Card panel />
            <EstimatesTable panel />
            <LaterCounts />
        </figure>
    }
}

/// A set of mutually exclusive buttons (aria-pressed), e.g. Linear | Log.
fn choice<T: Copy + PartialEq + Send + Sync + 'static>(
    panel: Panel,
    legend: &'static str,
    options: &'static [(T, &'static str)],
    get: fn(&PanelState) -> T,
    set: fn(&mut PanelState, T),
) -> impl IntoView {
    view! {
        <fieldset class="choice">
            <legend>{legend}</legend>
            {options
                .iter()
                .map(|&(value, label)| {
                    view! {
                        <button
                            type="button"
                            aria-pressed=move || (panel.state.with(get) == value).to_string()
                            on:click=move |_| panel.state.update(|s| set(s, value))
                        >
                            {label}
                        </button>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

#[component]
fn Controls(panel: Panel) -> impl IntoView {
    view! {
        <div class="panel-controls">
            {choice(panel, "View", &[(View::Chart, "Chart"), (View::Timeline, "Timeline"), (View::Table, "Table")], |s| s.view, |s, v| s.view = v)}
            {choice(panel, "Scale", &[(ScaleKind::Linear, "Linear"), (ScaleKind::Log, "Log")], |s| s.scale, |s, v| s.scale = v)}
            {choice(panel, "Figures", &[(true, "Deaths only"), (false, "All casualty figures")], |s| s.deaths_only, |s, v| s.deaths_only = v)}
            <fieldset class="choice">
                <legend>"Sort"</legend>
                {[(SortKey::Date, "Date"), (SortKey::Figure, "Figure"), (SortKey::Source, "Source")]
                    .into_iter()
                    .map(|(key, label)| view! { <SortButton panel key label /> })
                    .collect_view()}
            </fieldset>
        </div>
    }
}

/// Sorts chart and table alike; pressing the active key again reverses the order.
#[component]
fn SortButton(panel: Panel, key: SortKey, label: &'static str) -> impl IntoView {
    let active = move || panel.state.with(|s| s.sort == key);
    let arrow = move || match panel.state.with(|s| (s.sort == key, s.descending)) {
        (true, true) => " ↓",
        (true, false) => " ↑",
        _ => "",
    };
    view! {
        <button type="button" aria-pressed=move || active().to_string() on:click=move |_| panel.state.update(|s| s.sort_by(key))>
            {label}
            <span aria-hidden="true">{arrow}</span>
            // Words, not a comma: the hidden span is its own box, and browsers put a space before it.
            <span class="visually-hidden">{move || if !active() { "" } else if panel.state.with(|s| s.descending) { "sorted descending" } else { "sorted ascending" }}</span>
        </button>
    }
}

#[component]
fn Legend() -> impl IntoView {
    view! {
        <ul class="legend" aria-label="Key">
            {Category::ALL.into_iter().map(|c| view! { <li>{symbol(c, false)}{c.name()}</li> }).collect_view()}
            <li>{symbol(Category::Independent, true)}"Hollow: a minimum (“at least”, or names counted)"</li>
            <li><span class="swatch band" aria-hidden="true"></span>"The article’s “most likely” 15,000–20,000"</li>
            <li>"In quotation marks: the source’s own word for what it counted"</li>
        </ul>
    }
}

/// A category's shape: square, circle, triangle, diamond, star. Colour and shape
/// both tell categories apart.
fn shape(category: Category) -> &'static str {
    match category {
        Category::Russia => "M-5,-5H5V5H-5Z",
        Category::Ukraine => "M5.5,0A5.5,5.5 0 1 1-5.5,0A5.5,5.5 0 1 1 5.5,0Z",
        Category::West => "M0,-6.5L6.5,5H-6.5Z",
        Category::Independent => "M0,-7L7,0L0,7L-7,0Z",
        Category::Article => "M0,-7L2,-2.2L7,-2.2L3,1L4.5,6.5L0,3.3L-4.5,6.5L-3,1L-7,-2.2L-2,-2.2Z",
    }
}

/// The symbol on its own, for the legend and the card.
fn symbol(category: Category, hollow: bool) -> impl IntoView {
    view! {
        <svg class=format!("symbol cat-{}{}", category.key(), if hollow { " hollow" } else { "" }) viewBox="-8 -8 16 16" width="16" height="16" aria-hidden="true">
            <path d=shape(category) />
        </svg>
    }
}

// The chart is SVG positioned by percentages of its own width (no viewBox), so marks
// keep their shape at any width and nothing needs a style attribute, which a strict
// Content-Security-Policy (style-src 'self') would block.

/// A category symbol centred at (`x`, `y`), either in percent or pixels.
fn placed_symbol(category: Category, hollow: bool, x: String, y: String) -> impl IntoView {
    view! {
        // Hidden from screen readers: the mark (role="button") around it names the figure.
        <svg x=x y=y overflow="visible" aria-hidden="true" class=format!("symbol cat-{}{}", category.key(), if hollow { " hollow" } else { "" })>
            <circle class="hit" r="12" />
            <path d=shape(category) />
        </svg>
    }
}

/// A focusable mark (`role="button"`): activating, focusing or pointing at it shows its card.
/// `from`..`to` are positions on the axis (equal for a point); `y` is in px or percent.
fn mark(panel: Panel, e: &'static Estimate, from: f64, to: f64, y: String) -> impl IntoView {
    let select = move || panel.selected.set(Some(e));
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Enter" || event.key() == " " {
            event.prevent_default();
            select();
        }
    };
    let bar = (e.low < e.high).then(|| {
        view! { <line class="bar" x1=percent(from) x2=percent(to) y1=y.clone() y2=y.clone() /> }
    });
    let ends = if e.low < e.high { vec![from, to] } else { vec![from] };
    view! {
        <g
            class=format!("mark cat-{}", e.category.key())
            role="button"
            tabindex="0"
            data-estimate=e.id
            aria-label=describe(e)
            aria-pressed=move || panel.selected.with(|s| s.is_some_and(|s| s.id == e.id)).to_string()
            aria-controls=ESTIMATE_CARD
            on:click=move |_| select()
            on:focus=move |_| select()
            on:pointerenter=move |_| select()
            on:keydown=on_key
        >
            {bar}
            {ends.into_iter().map(|at| placed_symbol(e.category, e.minimum, percent(at), y.clone())).collect_view()}
        </g>
    }
}

fn group_view(panel: Panel, group: Group, kind: ScaleKind) -> impl IntoView {
    let scale = scale_for(&group.rows, kind);
    let heading_id = format!("group-{}", group.measure.key());
    let labelled_by = heading_id.clone();
    // Every row shows the same gridlines: drawn once per group and reused with <use>,
    // so a row is 1 element of grid instead of 6 to 9 (bytes, and time to redraw).
    let grid_id = format!("grid-{}", group.measure.key());
    let grid_ref = format!("#{grid_id}");
    let rows = group.rows.iter().map(|&e| {
        let back = e.footnote.and_then(|id| ARTICLE.note(id)).map(|(number, note)| {
            view! { <a class="to-note" href=Anchor::Note(note.anchor).href() aria-label=format!("Note {number} in the article")>{format!("Note {number}")}</a> }
        });
        view! {
            <li class="chart-row" id=Anchor::Estimate(e.id).id()>
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
                    <use href=grid_ref.clone() aria-hidden="true" />
                    {mark(panel, e, scale.position(e.low as f64), scale.position(e.high as f64), "50%".to_owned())}
                </svg>
            </li>
        }
    });
    view! {
        <section class="chart-group" aria-labelledby=labelled_by>
            <h4 id=heading_id>{group.measure.name()}</h4>
            <ol class="chart-rows">{rows.collect_view()}</ol>
            {axis(&scale, grid(&scale, group.measure, grid_id))}
        </section>
    }
}

/// Gridlines and, on the killed-only axis, the article's range and its "most likely" band.
fn grid(scale: &Scale, measure: Measure, id: String) -> impl IntoView {
    let x = |v: f64| percent(scale.position(v));
    let lines = scale.ticks().into_iter().map(|t| view! { <line class="gridline" x1=x(t) x2=x(t) y1="0" y2="100%" /> }).collect_view();
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
        <svg class="axis" width="100%" height="22" aria-hidden="true">
            {defs}
            <line class="axis-line" x1="0" x2="100%" y1="0.5" y2="0.5" />
            {labels.collect_view()}
        </svg>
    }
}

/// Figure against date, March to September 2022: each category's killed-only counts
/// joined in order, so the reader sees how each side's count grew.
fn timeline_view(panel: Panel, kind: ScaleKind) -> impl IntoView {
    let lines = series(CASUALTIES.estimates);
    let points: Vec<&Estimate> = lines.iter().flat_map(|(_, p)| p.iter().copied()).collect();
    let y = Scale::fitting(kind, points.iter().flat_map(|e| [e.low as f64, e.high as f64]));
    let months = month_ticks(points.iter().map(|e| e.date));
    let (start, end) = (day_number(months[0]), day_number(*months.last().expect("at least one month")));
    let x_at = move |date| (day_number(date) - start) as f64 / (end - start) as f64;
    let mid = |e: &Estimate| (e.low as f64 + e.high as f64) / 2.0;
    // The article's three figures share one date: a line through them would mean nothing.
    let polylines = lines.iter().filter(|(category, _)| *category != Category::Article).map(|(category, points)| {
        let coordinates: Vec<String> =
            points.iter().map(|e| format!("{},{}", decimal(x_at(e.date) * 100.0, 2), decimal((1.0 - y.position(mid(e))) * 100.0, 2))).collect();
        view! { <polyline class=format!("series cat-{}", category.key()) points=coordinates.join(" ") /> }
    });
    let gridlines = y.ticks().into_iter().map(|t| {
        let at = percent(1.0 - y.position(t));
        view! { <line class="gridline" x1="0" x2="100%" y1=at.clone() y2=at /> }
    });
    let y_labels = y.ticks().into_iter().map(|t| {
        view! { <text class="tick y-tick" x="-8" y=percent(1.0 - y.position(t)) dy="0.35em" text-anchor="end">{compact(t)}</text> }
    });
    let x_labels = months.iter().map(|m| {
        let label = content::PartialDate { day: None, ..*m }.to_string();
        let short = label.split(' ').next().map(|month| month[..3].to_owned()).unwrap_or_default();
        // 1.6em down: clear of the y axis's "0" even with WCAG 1.4.12 letter spacing.
        view! { <text class="tick x-tick" x=percent(x_at(*m)) y="100%" dy="1.6em" text-anchor="middle">{short}</text> }
    });
    let marks = points.iter().map(|&e| {
        let at = x_at(e.date);
        // A range sits at its midpoint on this axis; its card gives both ends.
        mark(panel, e, at, at, percent(1.0 - y.position(mid(e))))
    });
    view! {
        <section class="timeline" aria-labelledby="timeline-title">
            <h4 id="timeline-title">"Killed, by the date each figure was given"</h4>
            <svg class="timeline-plot" width="100%" overflow="visible">
                <g aria-hidden="true">
                    {gridlines.collect_view()}
                    <svg viewBox="0 0 100 100" preserveAspectRatio="none" width="100%" height="100%" overflow="visible">
                        {polylines.collect_view()}
                    </svg>
                    <line class="axis-line" x1="0" x2="0" y1="0" y2="100%" />
                    <line class="axis-line" x1="0" x2="100%" y1="100%" y2="100%" />
                    {y_labels.collect_view()}
                    {x_labels.collect_view()}
                </g>
                {marks.collect_view()}
            </svg>
        </section>
    }
}

/// Details of the selected mark: source, date, figure, what it counts, the link.
#[component]
fn Card(panel: Panel) -> impl IntoView {
    let body = move || match panel.selected.get() {
        None => Either::Left(view! { <p class="card-hint">"Select a mark, by pointer, touch or keyboard, to see who gave the figure and where."</p> }),
        Some(e) => {
            let link = match e.url {
                Some(url) => Either::Left(view! {
                    <a href=url rel="noopener noreferrer" target="_blank">
                        {format!("Seen at {}", e.outlet)}
                        <span class="visually-hidden">" (opens in a new tab)"</span>
                    </a>
                }),
                None => Either::Right(view! { <span>{format!("Seen at {} (no link in our research)", e.outlet)}</span> }),
            };
            Either::Right(view! {
                <p class="card-source">{symbol(e.category, e.minimum)}<strong>{e.source}</strong></p>
                <p class="card-figure">
                    <span class="card-number">{stated_figure(e)}</span>
                    " "
                    {e.measure.phrase()}
                </p>
                <p class="card-word">"The source’s word: "{quoted_word(e)}"."</p>
                {e.reading.map(|reading| view! {
                    <p class="card-reading"><strong>{format!("Charted as {}, our reading:", e.measure.phrase())}</strong>" "{reading}</p>
                })}
                <p class="card-meta">{e.category.name()}" · "<time datetime=e.date.iso()>{e.date.to_string()}</time></p>
                <p class="card-note">{e.note}</p>
                <p class="card-link">{link}</p>
                <button type="button" class="card-close" on:click=move |_| panel.selected.set(None)>"Close details"</button>
            })
        }
    };
    view! {
        // While a mark is selected the card sticks to the bottom of the view (a bottom
        // sheet on phones) so a tapped mark's details show; "Close details" lets go.
        <div
            class=move || if panel.selected.with(Option::is_some) { "estimate-card selected" } else { "estimate-card" }
            id=ESTIMATE_CARD
            role="region"
            aria-label="Selected estimate"
            aria-live="polite"
        >
            {body}
        </div>
    }
}

/// The data-table twin: always in the page for screen readers, shown by "Table".
#[component]
fn EstimatesTable(panel: Panel) -> impl IntoView {
    // Visually hidden outside the Table view: screen readers still read it, but its
    // buttons and links leave the Tab order, so keyboard focus never goes invisible.
    let focusable = move || if panel.state.with(|s| s.view == View::Table) { "0" } else { "-1" };
    let order = Memo::new(move |_| panel.state.with(|s| (s.sort, s.descending)));
    let rows = move || {
        let mut rows: Vec<_> = CASUALTIES.estimates.iter().collect();
        let (key, descending) = order.get();
        estimates::sort(&mut rows, key, descending);
        rows.into_iter()
            .map(|e| {
                view! {
                    <tr data-estimate=e.id>
                        <th scope="row">{e.source}</th>
                        <td>{e.category.name()}</td>
                        <td><time datetime=e.date.iso()>{e.date.to_string()}</time></td>
                        <td class="number">{stated_figure(e)}</td>
                        <td>{e.measure.name()}</td>
                        <td>
                            {quoted_word(e)}
                            {e.reading.map(|reading| view! { <span class="our-reading">" (our reading: "{reading}")"</span> })}
                        </td>
                        <td>{outlet_link(e.outlet, e.url, focusable)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let sorted = move |key: SortKey| {
        move || match panel.state.with(|s| (s.sort == key, s.descending)) {
            (true, true) => "descending",
            (true, false) => "ascending",
            _ => "none",
        }
    };
    let header = move |key: SortKey, label: &'static str| {
        view! {
            <th scope="col" aria-sort=sorted(key)>
                <button type="button" class="sort" tabindex=focusable on:click=move |_| panel.state.update(|s| s.sort_by(key))>{label}</button>
            </th>
        }
    };
    view! {
        <div class=move || if panel.state.with(|s| s.view == View::Table) { "table-view" } else { "table-view visually-hidden" }>
            <table class="estimates-table">
                <caption>{format!("Estimates of Russian military deaths and casualties, March–September 2022 ({} figures)", CASUALTIES.estimates.len())}</caption>
                <thead>
                    <tr>
                        {header(SortKey::Source, "Source")}
                        <th scope="col">"Category"</th>
                        {header(SortKey::Date, "Date")}
                        {header(SortKey::Figure, "Figure")}
                        <th scope="col">"What it counts"</th>
                        <th scope="col">"Source’s word"</th>
                        <th scope="col">"Seen at"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="download">
            <button type="button" class="download-csv" on:click=move |_| download_csv()>"Download data (CSV)"</button>
        </p>
    }
}

/// After the article: counts of named dead, a floor that kept rising.
#[component]
fn LaterCounts() -> impl IntoView {
    view! {
        <aside class="later" aria-labelledby="later-title">
            <h4 id="later-title">"After the article: the count of named dead"</h4>
            <ul>
                {CASUALTIES
                    .later
                    .iter()
                    .map(|c| {
                        let source = outlet_link(c.outlet, c.url, || "0");
                        view! {
                            <li>
                                <time datetime=c.date.iso()>{c.date.to_string()}</time>": "
                                <strong>{thousands(c.figure)}</strong>" — "{c.note}" ("{c.source}", via "{source}")"
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </aside>
    }
}

/// The outlet, linked where our research has an address.
fn outlet_link(outlet: &'static str, url: Option<&'static str>, tabindex: impl Fn() -> &'static str + Send + Sync + 'static) -> impl IntoView {
    match url {
        Some(url) => Either::Left(view! { <a href=url rel="noopener noreferrer" target="_blank" tabindex=tabindex>{outlet}</a> }),
        None => Either::Right(outlet),
    }
}

/// Builds the CSV in the browser from the same data and hands it over as a download.
#[cfg(feature = "hydrate")]
fn download_csv() {
    crate::browser::download("russian-military-deaths-2022.csv", "text/csv;charset=utf-8", &estimates::csv(CASUALTIES.estimates));
}

/// The button only works once hydrated; the static edition hides it.
#[cfg(not(feature = "hydrate"))]
fn download_csv() {}
