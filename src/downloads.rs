//! Files the prerender writes beside the pages for readers to download: plain links,
//! so they work with no script at all.

/// The whole explainer in one file, to open with no server and no network.
pub const SINGLE_FILE: &str = "refuseniks.html";

/// Every estimate as CSV (`chart::estimates::csv`).
pub const CSV: &str = "russian-military-deaths-2022.csv";

/// The class of the element around the chart and comparison image links
/// (`chart::CHART_PNG`, `CHART_SVG`, `COMPARISON_PNG`, `COMPARISON_SVG`), which the
/// single-file edition leaves out.
pub const CHART_DOWNLOADS: &str = "download-chart";
