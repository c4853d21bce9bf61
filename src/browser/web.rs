//! The browser boundary in the browser: small DOM operations by id, attribute and
//! class, listeners, the address bar and scrolling.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, EventTarget, HtmlElement, Window};

fn window() -> Window {
    web_sys::window().expect("a browser window")
}

fn document() -> Document {
    window().document().expect("a document")
}

pub fn by_id(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

pub fn focus(element: &Element) {
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        let _ = element.focus();
    }
}

/// Puts a copy of the `details` part of an endnote into the `body` part of a note, the
/// first time it opens.
pub fn copy_endnote(note: &Element, body: &str, endnote_id: &str, details: &str) {
    let Some(body) = note.query_selector(body).ok().flatten() else {
        return;
    };
    if body.child_element_count() > 0 {
        return;
    }
    let details =
        by_id(endnote_id).and_then(|endnote| endnote.query_selector(details).ok().flatten());
    if let Some(copy) = details.and_then(|details| details.clone_node_with_deep(true).ok()) {
        let _ = body.append_child(&copy);
    }
}

/// Puts a copy of what the element `part_id` holds in the `<template>` whose id is
/// `template_id` into `slot`, in place of what it held; with no part, empties it.
pub fn fill_from_template_part(slot: &Element, template_id: &str, part_id: Option<&str>) {
    let template =
        by_id(template_id).and_then(|t| t.dyn_into::<web_sys::HtmlTemplateElement>().ok());
    let part = template
        .zip(part_id)
        .and_then(|(template, id)| template.content().get_element_by_id(id));
    let Some(copy) = part.and_then(|part| document().import_node_with_deep(&part, true).ok())
    else {
        slot.replace_children_with_node_0();
        return;
    };
    // Its children, not the part itself: the part is only there to be found by id.
    let children = document().create_document_fragment();
    while let Some(child) = copy.first_child() {
        let _ = children.append_child(&child);
    }
    slot.replace_children_with_node_1(&children);
}

/// A copy of the contents of the `<template>` whose id is `template_id`, made for this
/// document and kept out of its tree: putting it on the page later (`fill_with`) only
/// moves its nodes in, with nothing to copy or adopt then.
pub fn import_template(template_id: &str) -> Option<web_sys::DocumentFragment> {
    let template = by_id(template_id)?
        .dyn_into::<web_sys::HtmlTemplateElement>()
        .ok()?;
    document()
        .import_node_with_deep(&template.content(), true)
        .ok()?
        .dyn_into::<web_sys::DocumentFragment>()
        .ok()
}

/// Puts what `fragment` holds into `slot`, in place of what it held (`fragment` is then
/// empty).
pub fn fill_with(slot: &Element, fragment: &web_sys::DocumentFragment) {
    slot.replace_children_with_node_1(fragment);
}

/// A copy of the first element of the `<template>` whose id is `template_id`.
pub fn copy_template(template_id: &str) -> Option<Element> {
    template_copy(template_id)?
        .first_element_child()?
        .dyn_into::<Element>()
        .ok()
}

/// A deep copy of the contents of the `<template>` whose id is `template_id`.
fn template_copy(template_id: &str) -> Option<web_sys::DocumentFragment> {
    let template = by_id(template_id)?
        .dyn_into::<web_sys::HtmlTemplateElement>()
        .ok()?;
    template
        .content()
        .clone_node_with_deep(true)
        .ok()?
        .dyn_into::<web_sys::DocumentFragment>()
        .ok()
}

/// Calls `fill` on the first element within `root` that `selector` matches.
pub fn fill_part(root: &Element, selector: &str, fill: impl FnOnce(&Element)) {
    if let Some(part) = root.query_selector(selector).ok().flatten() {
        fill(&part);
    }
}

/// Puts `element` right after `reference`, as its next sibling.
pub fn insert_after(reference: &Element, element: &Element) {
    let _ = reference.after_with_node_1(element);
}

/// The values of a `<select>`'s options, in order.
pub fn option_values(select: &Element) -> Vec<String> {
    let Some(select) = select.dyn_ref::<web_sys::HtmlSelectElement>() else {
        return vec![];
    };
    let options = select.options();
    let option = |i| {
        options
            .item(i)?
            .dyn_into::<web_sys::HtmlOptionElement>()
            .ok()
    };
    (0..options.length())
        .filter_map(option)
        .map(|option| option.value())
        .collect()
}

pub fn window_target() -> EventTarget {
    window().into()
}

pub fn document_target() -> EventTarget {
    document().into()
}

/// Runs `f` in the next frame.
pub fn next_frame(f: impl FnOnce() + 'static) {
    let _ = window().request_animation_frame(Closure::once_into_js(f).unchecked_ref());
}

/// Runs `f` once the browser is idle; where it cannot say (Safari has no
/// `requestIdleCallback`), as a task of its own.
pub fn when_idle(f: impl FnOnce() + 'static) {
    let f = Closure::once_into_js(f);
    if window().request_idle_callback(f.unchecked_ref()).is_err() {
        let _ = window().set_timeout_with_callback(f.unchecked_ref());
    }
}

/// Runs `f` as a task of its own, once what runs now (and its microtasks) is done.
pub fn soon(f: impl FnOnce() + 'static) {
    let _ = window().set_timeout_with_callback(Closure::once_into_js(f).unchecked_ref());
}

/// The key a keyboard event names ("Escape", " "), if it is one.
pub fn key_of(event: &Event) -> Option<String> {
    event
        .dyn_ref::<web_sys::KeyboardEvent>()
        .map(web_sys::KeyboardEvent::key)
}

/// The value of the `<select>` an event happened on.
pub fn selected_value(event: &Event) -> Option<String> {
    event
        .target()?
        .dyn_into::<web_sys::HtmlSelectElement>()
        .ok()
        .map(|select| select.value())
}

pub fn set_attr(element: &Element, name: &str, value: &str) {
    let _ = element.set_attribute(name, value);
}

/// Sets a boolean attribute (present or absent).
pub fn set_flag(element: &Element, name: &str, on: bool) {
    let _ = if on {
        element.set_attribute(name, "")
    } else {
        element.remove_attribute(name)
    };
}

pub fn set_class(element: &Element, class: &str, on: bool) {
    let _ = element.class_list().toggle_with_force(class, on);
}

pub fn set_hidden(element: &Element, hidden: bool) {
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        element.set_hidden(hidden);
    }
}

pub fn set_text(element: &Element, text: &str) {
    element.set_text_content(Some(text));
}

pub fn query_all_in_page(selector: &str) -> Vec<Element> {
    document()
        .document_element()
        .map(|root| query_all(&root, selector))
        .unwrap_or_default()
}

pub fn query_all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(found) = root.query_selector_all(selector) else {
        return vec![];
    };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// A container whose children move into any of several orders. Each child's place in
/// each order (a numeric attribute per order) is read from the page once, at start, so
/// a sort only moves elements: they stay the same elements (focus, listeners and all).
pub struct Reorderable {
    container: Element,
    children: Vec<(Element, Vec<usize>)>,
}

impl Reorderable {
    pub fn read(container: Element, attributes: &[&str]) -> Reorderable {
        let place = |child: &Element, attribute: &&str| {
            child
                .get_attribute(attribute)
                .and_then(|v| v.parse().ok())
                .unwrap_or(0)
        };
        let children = query_all(&container, ":scope > *")
            .into_iter()
            .map(|child| {
                let places = attributes
                    .iter()
                    .map(|attribute| place(&child, attribute))
                    .collect();
                (child, places)
            });
        Reorderable {
            children: children.collect(),
            container,
        }
    }

    /// Puts the children in the order of the `order`th attribute read, or its reverse.
    pub fn arrange(&self, order: usize, descending: bool) {
        let mut children: Vec<(usize, &Element)> = self
            .children
            .iter()
            .map(|(child, places)| (places[order], child))
            .collect();
        // Places are distinct, so an unstable sort gives the one order.
        children.sort_unstable_by_key(|(place, _)| {
            if descending {
                usize::MAX - place
            } else {
                *place
            }
        });
        for (_, child) in children {
            let _ = self.container.append_child(child);
        }
    }
}

/// The element `event` happened in or under that matches `selector`.
pub fn event_within(event: &Event, selector: &str) -> Option<Element> {
    event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()?
}

/// Listens for as long as the page lives (every root does).
pub fn on(target: &EventTarget, event: &str, handler: impl FnMut(Event) + 'static) {
    let handler = Closure::<dyn FnMut(Event)>::new(handler);
    let _ = target.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
    handler.forget();
}

pub fn active_element() -> Option<Element> {
    document().active_element()
}

/// `flag` on `<html>`, for CSS, tests and `./x bench`, with a performance mark.
pub fn mark_interactive(flag: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute(flag, "");
    }
    if let Some(performance) = window().performance() {
        let _ = performance.mark("interactive");
    }
}

pub fn location_hash() -> String {
    window().location().hash().unwrap_or_default()
}

pub fn location_search() -> String {
    window().location().search().unwrap_or_default()
}

/// Puts `fragment` in the address bar, or takes the fragment away, without a history entry.
pub fn replace_fragment(fragment: Option<String>) {
    let location = window().location();
    let url = fragment.unwrap_or_else(|| {
        format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        )
    });
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Where the element's top is, in CSS px from the top of the view.
pub fn top_in_view(element: &Element) -> f64 {
    element.get_bounding_client_rect().top()
}

/// The view's height, in CSS px.
pub fn view_height() -> f64 {
    window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0)
}

pub fn scroll_to_center(element: &Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Room left between a focused element and a sticky box, in CSS px.
const CLEAR_OF_BOX: f64 = 12.0;

/// WCAG 2.4.11 (focus not obscured): scrolls the focused element out from under
/// `sticky` (the browser scrolls it into the view, but not from under a sticky box).
pub fn keep_focus_clear_of(sticky: &Element) {
    let Some(active) = active_element() else {
        return;
    };
    if sticky.contains(Some(&active)) {
        return;
    }
    let (focused, sticky) = (
        active.get_bounding_client_rect(),
        sticky.get_bounding_client_rect(),
    );
    if focused.bottom() + CLEAR_OF_BOX > sticky.top() && focused.top() < sticky.bottom() {
        window().scroll_by_with_x_and_y(0.0, focused.bottom() + CLEAR_OF_BOX - sticky.top());
    }
}

/// Today, as `Intl` writes a day in the language `tag` names: "4 December 2026".
pub fn today(tag: &str) -> String {
    let options = js_sys::Object::new();
    for (field, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &field.into(), &value.into());
    }
    js_sys::Date::new_0()
        .to_locale_date_string(tag, &options)
        .into()
}

/// Whether the page may write to the clipboard (a secure context that has one).
pub fn can_copy() -> bool {
    window().is_secure_context()
        && !wasm_bindgen::JsValue::from(window().navigator().clipboard()).is_undefined()
}

/// Writes `text` to the clipboard, then, once it is there, calls `done`.
pub fn copy_text(text: &str, done: impl FnOnce() + 'static) {
    let done = Closure::once(move |_: wasm_bindgen::JsValue| done());
    let _ = window()
        .navigator()
        .clipboard()
        .write_text(text)
        .then(&done);
    done.forget();
}

/// An element's text, hidden parts included, as it would be copied.
pub fn text_of(element: &Element) -> String {
    element.text_content().unwrap_or_default()
}
