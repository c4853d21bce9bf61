//! The one boundary to the browser: nothing else touches `window` or `document`.
//!
//! Components and `client` call these. The prerender compiles the same components,
//! whose event handlers and effects never run there, so it gets `prerender.rs`: the
//! few functions components call, doing nothing.

/// The element in an endnote that holds the note's text; an opened note shows a copy.
pub const NOTE_DETAILS_CLASS: &str = "note-details";

#[cfg(feature = "hydrate")]
mod web;
#[cfg(feature = "hydrate")]
pub use web::*;

#[cfg(not(feature = "hydrate"))]
mod prerender;
#[cfg(not(feature = "hydrate"))]
pub use prerender::*;
