//! Pure logic behind the casualty panel: scales, ticks, number formatting, and the
//! estimates' grouping, sorting, takeaway, summary and CSV, and each figure in its
//! source's own words. Native unit tests in
//! `tests/chart.rs`; the component only calls these.

pub mod estimates;
pub mod format;
pub mod panel;
pub mod scale;
pub mod timeline;
pub mod words;

/// The chart as files, which the prerender draws beside index.html from the same data
/// (the social card, `og:image`) and the page offers to download: `<a href=CHART_PNG download>`.
pub const CHART_PNG: &str = "casualties-chart.png";
pub const CHART_SVG: &str = "casualties-chart.svg";
/// The comparison as files, drawn the same way: its picture (the oEmbed thumbnail of its
/// embed) and the download beside it.
pub const COMPARISON_PNG: &str = "comparison-chart.png";
pub const COMPARISON_SVG: &str = "comparison-chart.svg";
