//! Files the prerender writes beside the pages for readers to download: plain links,
//! so they work with no script at all.

/// Every estimate as CSV (`chart::estimates::csv`).
pub const CSV: &str = "russian-military-deaths-2022.csv";
