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
    view! {
        <svg class=class(category, hollow) viewBox="-8 -8 16 16" width="16" height="16" aria-hidden="true">
            <path d=shape(category) />
        </svg>
    }
}

// The chart is SVG positioned by percentages of its own width (no viewBox), so marks
// keep their shape at any width and nothing needs a style attribute, which a strict
// Content-Security-Policy (style-src 'self') would block.

/// A category symbol centred at (`x`, `y`), either in percent or pixels.
pub fn placed_symbol(category: Category, hollow: bool, x: String, y: String) -> impl IntoView {
    view! {
        // Hidden from screen readers: the mark (role="button") around it names the figure.
        <svg x=x y=y overflow="visible" aria-hidden="true" class=class(category, hollow)>
            <circle class="hit" r="12" />
            <path d=shape(category) />
        </svg>
    }
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
            <li>{w.get(Word::LegendQuoted)}</li>
        </ul>
    }
}
