//! Each category's shape, and the key to the chart.

use leptos::prelude::*;

use crate::chart::estimates::article_range;
use crate::chart::format::range;
use crate::components::{edition, words};
use content::{Category, Word};

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

fn class(category: Category, hollow: bool) -> String {
    format!(
        "symbol cat-{}{}",
        category.key(),
        if hollow { " hollow" } else { "" }
    )
}

/// The symbol on its own, for the legend and the card.
pub fn symbol(category: Category, hollow: bool) -> impl IntoView {
    key_symbol(class(category, hollow), shape(category))
}

/// A shape drawn on its own, 16 px square, for the legend and the card.
fn key_symbol(class: String, d: &'static str) -> impl IntoView {
    view! {
        <svg class=class viewBox="-8 -8 16 16" width="16" height="16" aria-hidden="true">
            <path d=d />
        </svg>
    }
}

// The chart is SVG positioned by percentages of its own width (no viewBox), so marks
// keep their shape at any width and nothing needs a style attribute, which a strict
// Content-Security-Policy (style-src 'self') would block.

/// The id of a category's drawn shape, which every mark of it reuses.
fn shape_id(category: Category) -> String {
    format!("shape-{}", category.key())
}

/// A later count of named dead: a cross, unlike any estimate's shape.
const LATER_SHAPE: &str = "M-5.5,-5.5L5.5,5.5M5.5,-5.5L-5.5,5.5";
const LATER_ID: &str = "shape-later";

/// Each category's shape (and the later counts') with its 24 px hit area, drawn once
/// for the whole panel: a mark is then one `<use>` instead of three elements (the
/// panel has about a hundred).
pub fn shapes() -> impl IntoView {
    let shapes = Category::ALL.map(|c| (shape_id(c), shape(c)));
    let shapes = shapes
        .into_iter()
        .chain([(LATER_ID.to_owned(), LATER_SHAPE)]);
    let shapes =
        shapes.map(|(id, d)| view! { <g id=id><circle class="hit" r="12" /><path d=d /></g> });
    view! {
        <svg class="shapes" width="0" height="0" aria-hidden="true">
            <defs>{shapes.collect_view()}</defs>
        </svg>
    }
}

/// A later count's cross centred at (`x`, `y`).
pub fn later_symbol(x: String, y: String) -> impl IntoView {
    view! { <use href=format!("#{LATER_ID}") x=x y=y class="symbol later-symbol" aria-hidden="true" /> }
}

/// The later counts' cross on its own, for the legend and the card.
pub fn later_key_symbol() -> impl IntoView {
    key_symbol("symbol later-symbol".to_owned(), LATER_SHAPE)
}

/// A category symbol centred at (`x`, `y`), either in percent or pixels.
pub fn placed_symbol(category: Category, hollow: bool, x: String, y: String) -> impl IntoView {
    // Hidden from screen readers: the mark (role="button") around it names the figure.
    view! { <use href=format!("#{}", shape_id(category)) x=x y=y class=class(category, hollow) aria-hidden="true" /> }
}

#[component]
pub fn Legend() -> impl IntoView {
    let w = words();
    let band = article_range(edition().casualties.estimates)
        .map(|e| w.fill(Word::LegendBand, &[("range", &range(w, e.low, e.high))]));
    view! {
        <ul class="legend" aria-label=w.get(Word::LegendName)>
            {Category::ALL.into_iter().map(|c| view! { <li>{symbol(c, false)}{w.get(Word::category(c))}</li> }).collect_view()}
            <li>{symbol(Category::Independent, true)}{w.get(Word::LegendHollow)}</li>
            {band.map(|band| view! { <li><span class="swatch band" aria-hidden="true"></span>{band}</li> })}
            {(!edition().casualties.later.is_empty()).then(|| view! { <li class="on-log">{later_key_symbol()}{w.get(Word::LaterLegend)}</li> })}
            <li>{w.get(Word::LegendQuoted)}</li>
            <li class="legend-reading">{w.get(Word::LegendReading)}</li>
        </ul>
    }
}
