//! The one boundary to the browser: nothing else touches `window` or `document`.
//! `client` calls it.

#[cfg(feature = "client")]
mod places;
#[cfg(feature = "client")]
mod web;
#[cfg(feature = "client")]
pub use places::TwoPlaces;
#[cfg(feature = "client")]
pub use web::*;
#[cfg(feature = "client")]
mod dialog;
#[cfg(feature = "client")]
pub use dialog::*;
