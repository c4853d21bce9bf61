//! The explainer's content model: plain data, no behaviour beyond formatting.
//!
//! The page never parses anything. `build.rs` uses the `parse` feature to read
//! `content/`, validate it and generate a `static ARTICLE` of these same types, so
//! the parser and its dependencies stay out of the WebAssembly.

pub mod anchors;
mod casualties;
mod date;
mod model;
mod slot;

pub use casualties::{Casualties, Category, Estimate, LaterCount, Measure, Qualifier};
pub use date::PartialDate;
pub use model::{
    note_of_slot, Article, Block, Cell, Comparison, Dimension, Inline, Link, Note, NoteKind, Panel,
    Site,
};
pub use slot::Slot;

#[cfg(feature = "parse")]
pub mod parse;
