//! Each category's shape, and the key to the chart.

use leptos::prelude::*;

use crate::chart::format::figure;
use crate::CASUALTIES;
use content::Category;

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
    let range = CASUALTIES
        .estimates
        .iter()
        .find(|e| e.category == Category::Article && e.low < e.high);
    view! {
        <ul class="legend" aria-label="Key">
            {Category::ALL.into_iter().map(|c| view! { <li>{symbol(c, false)}{c.name()}</li> }).collect_view()}
            <li>{symbol(Category::Independent, true)}"Hollow: a minimum (“at least”, or names counted)"</li>
            {range.map(|e| view! {
                <li><span class="swatch band" aria-hidden="true"></span>{format!("The article’s “most likely” {}", figure(e.low, e.high, false))}</li>
            })}
            <li>"In quotation marks: the source’s own word for what it counted"</li>
        </ul>
    }
}
