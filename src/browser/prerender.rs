//! The prerender's face of the browser boundary: the functions components call, which
//! only event handlers and effects reach, and the prerender runs neither.

use leptos::web_sys::Element;

pub fn focus(_element_id: &str) {}

pub fn copy_endnote(_into: &Element, _endnote_id: &str) {}
