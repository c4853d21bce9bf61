//! The explainer's content model: plain data, with the words and the locale that say
//! it in an edition's language.
//!
//! With the `parse` feature, `parse::load` reads a content folder, checks it and
//! returns this model; the prerender calls it at run time, so a content change needs
//! no compile; `parse::load_translated` reads an edition in another language, the English
//! folder's data with a translation folder's words, checked against each other. The browser's program never parses content and holds none of it: it
//! uses only `anchors` (the ids it finds elements by) and `keyed!`.

pub mod anchors;
mod casualties;
mod date;
mod keyed;
mod locale;
mod model;
mod slot;
mod words;

pub use casualties::{Casualties, Category, Estimate, LaterCount, Measure, Qualifier};
pub use date::PartialDate;
pub use keyed::Keyed;
pub use locale::{Locale, Plural};
pub use model::{
    note_of_slot, Article, Block, Cell, Comparison, Dimension, Inline, Link, Note, NoteKind,
    Original, OurTranslation, Panel, QuotePlace, Site,
};
pub use slot::Slot;
pub use words::{placeholders_in, Text, Word, Words};

#[cfg(feature = "parse")]
pub mod parse;
#[cfg(feature = "parse")]
mod serialize;
