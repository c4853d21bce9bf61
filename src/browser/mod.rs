//! The one boundary to the browser: nothing else touches `window` or `document`.
//! `client` calls it.

#[cfg(feature = "hydrate")]
mod web;
#[cfg(feature = "hydrate")]
pub use web::*;
