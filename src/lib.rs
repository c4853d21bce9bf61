#![recursion_limit = "256"]
//! Refuseniks: the article, its footnotes and its panels.
//!
//! The prerender (feature `ssr`) reads an edition's content folder at run time and
//! renders the whole page to static HTML with Leptos (`components`). The browser build
//! (feature `client`) makes the parts a reader can change interactive in place
//! (`client`), rendering nothing and finding everything through `hooks`, so neither
//! Leptos nor the page's content is in the wasm.

pub mod chart;
pub mod comparison_view;
pub mod downloads;
pub mod edition_switch;
pub mod embed;
pub mod hooks;
pub mod open_notes;

// The page, as Leptos components, and its rendering: the prerender's only.
#[cfg(feature = "ssr")]
pub mod citation;
#[cfg(feature = "ssr")]
pub mod components;
#[cfg(feature = "ssr")]
pub mod editions;
#[cfg(feature = "ssr")]
pub mod oembed;
#[cfg(feature = "ssr")]
pub mod render;
#[cfg(feature = "ssr")]
pub mod structured_data;

// The browser's: the one boundary to the DOM, and what makes the page interactive.
#[cfg(feature = "client")]
mod browser;
#[cfg(feature = "client")]
pub mod client;
pub use content::anchors;
