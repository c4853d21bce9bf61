//! The browser build's start: hydrates each interactive root in place and wires what
//! the roots change elsewhere in the prerendered page. Everything else on the page is
//! prerendered HTML that the wasm never builds, so its text is not in the wasm.

mod casualties;
mod comparison;
mod keys;
mod notes;
mod pym;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser;
use crate::reader::Reader;

pub fn start() {
    // Effects run on wasm-bindgen's executor (an Err only means it is already set).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    // The owner of the page-wide state and effects: it lives as long as the page.
    let owner = Owner::new();
    owner.set();
    std::mem::forget(owner);

    let reader = Reader::new();
    notes::start(reader);
    let panel = casualties::start();
    comparison::start();
    keys::start(reader, panel);
    pym::start();
    // Lets tests/e2e prove that a panic leaves the article readable. Only a script
    // already running in this page can dispatch it.
    let _ = window_event_listener_untyped("refuseniks-test-panic", |_| panic!("panic requested by a test"));
    // Markers become buttons; then, once the DOM shows it (a task later: every update
    // queued as a microtask has run), the page says it is interactive. Not a frame
    // later: a frame never comes to an off-screen embed's iframe.
    reader.interactive.set(true);
    set_timeout(browser::mark_interactive, std::time::Duration::ZERO);
}

/// Hydrates `view` over the prerendered children of `root`, for the page's lifetime.
///
/// `leptos::mount::hydrate_from` does the same and also reads the resources and
/// errors a server streams into the page (its `HydrateSharedContext`). This page has
/// none, and that reading was 73 KB of the wasm's 139 KB (measured), so each root
/// hydrates with tachys's own `hydrate` under a plain child owner instead.
fn hydrate<N: IntoView + 'static>(root: web_sys::Element, view: impl FnOnce() -> N + 'static) {
    use leptos::tachys::hydration::Cursor;
    use leptos::tachys::view::{PositionState, RenderHtml};
    let owner = Owner::new();
    let state = owner.with(|| view().into_view().hydrate::<true>(&Cursor::new(root.unchecked_into()), &PositionState::default()));
    std::mem::forget((owner, state));
}
