//! Pure logic behind the casualty panel: scales, ticks, number formatting, and the
//! estimates' grouping, sorting, takeaway, summary and CSV, and each figure in its
//! source's own words. Native unit tests in
//! `tests/chart.rs`; the component only calls these.

pub mod estimates;
pub mod format;
pub mod scale;
pub mod timeline;
pub mod words;
