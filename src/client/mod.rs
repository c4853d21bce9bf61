//! The browser build: makes the prerendered page interactive in place. Each part a
//! reader can change has a small controller here: its state (plain structs from
//! `open_notes` and `chart`, tested natively) and the few DOM writes a change needs,
//! made through `browser`. Nothing on the page is rendered again, so its text never
//! reaches the wasm.

mod casualties;
mod comparison;
mod keys;
mod notes;
mod pym;

use crate::browser;

pub fn start() {
    let notes = notes::start();
    let panel = casualties::start();
    comparison::start();
    keys::start(notes, panel);
    pym::start();
    // Lets tests/e2e prove that a panic leaves the article readable. Compiled in only
    // when ./x test builds for its browser tests (REFUSENIKS_TEST_HOOKS set): a release
    // build has no way for a host page's script to switch the explainer off.
    if option_env!("REFUSENIKS_TEST_HOOKS").is_some() {
        browser::on(&browser::window_target(), "refuseniks-test-panic", |_| {
            panic!("panic requested by a test")
        });
    }
    // Once every marker is a button, and in a task of its own (not a frame later: a
    // frame never comes to an off-screen embed's iframe), the page says it is interactive.
    browser::soon(browser::mark_interactive);
}
