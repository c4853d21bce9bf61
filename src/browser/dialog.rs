//! A modal `<dialog>` and the nodes it borrows: shown and closed by the platform (which
//! moves focus into it, makes the rest of the page inert and closes it on Escape), and
//! an element moved into it and back to where it was.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDialogElement, Node};

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

/// Where an element was before it was moved: its parent and the node after it.
pub struct Place {
    parent: Node,
    next: Option<Node>,
}

/// Moves `element` to the end of `into`, saying where it was.
pub fn move_into(into: &Element, element: &Element) -> Option<Place> {
    let place = Place {
        parent: element.parent_node()?,
        next: element.next_sibling(),
    };
    into.append_child(element).ok()?;
    Some(place)
}

/// Puts `element` back where it was.
pub fn put_back(element: &Element, place: &Place) {
    let _ = place.parent.insert_before(element, place.next.as_ref());
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
