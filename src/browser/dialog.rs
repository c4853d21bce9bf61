//! A modal `<dialog>`, shown and closed by the platform (which moves focus into it,
//! makes the rest of the page inert and closes it on Escape); the element around
//! another; the page's address.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDialogElement};

/// Shows `dialog` as a modal one, if it is a `<dialog>` not already open.
pub fn show_modal(dialog: &Element) {
    if let Some(dialog) = dialog.dyn_ref::<HtmlDialogElement>() {
        if !dialog.open() {
            let _ = dialog.show_modal();
        }
    }
}

pub fn close_dialog(dialog: &Element) {
    if let Some(dialog) = dialog.dyn_ref::<HtmlDialogElement>() {
        dialog.close();
    }
}

pub fn dialog_open(dialog: &Element) -> bool {
    dialog
        .dyn_ref::<HtmlDialogElement>()
        .is_some_and(HtmlDialogElement::open)
}

/// The closest element around `element` (or itself) that `selector` matches.
pub fn closest(element: &Element, selector: &str) -> Option<Element> {
    element.closest(selector).ok()?
}

/// The page's address, whole.
pub fn location_href() -> String {
    web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default()
}
