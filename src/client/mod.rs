//! The browser build: makes the prerendered page interactive in place. Each part a
//! reader can change has a small controller here: its state and its decisions (plain
//! structs from `open_notes`, `chart::panel` and `comparison_view`, tested natively),
//! and the DOM writes those decide, made through `browser`. Everything is found in the
//! page through `hooks`; nothing is rendered again, so the page's text, its content
//! and its language never reach the wasm (one wasm serves every edition).

mod casualties;
mod cite;
mod comparison;
mod editions;
mod embed;
mod keys;
mod notes;

use crate::browser;

pub fn start() {
    let notes = notes::start();
    let panel = casualties::start();
    comparison::start();
    cite::start();
    let embed = embed::start();
    editions::start();
    keys::start(notes, panel, embed);
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
    browser::soon(|| browser::mark_interactive(crate::hooks::INTERACTIVE.name));
}
