//! Escape (the embed dialog's own while it is open), and focus kept clear of the sticky
//! estimate card.

use std::rc::Rc;

use super::casualties::Panel;
use super::embed::Embed;
use super::notes::Notes;
use crate::browser;

pub fn start(notes: Rc<Notes>, panel: Option<Rc<Panel>>, embed: Option<Rc<Embed>>) {
    let escape_panel = panel.clone();
    browser::on(&browser::window_target(), "keydown", move |event| {
        // While the embed dialog is open, Escape is the dialog's: it closes it alone.
        if browser::key_of(&event).as_deref() != Some("Escape")
            || embed.as_ref().is_some_and(|embed| embed.is_open())
        {
            return;
        }
        // The note holding focus first; then an estimate card a hover or focus showed
        // (WCAG 1.4.13: dismissed without moving the pointer or focus); then the newest note.
        if let Some(slot) = notes.focused() {
            notes.close(slot);
        } else if !escape_panel
            .as_ref()
            .is_some_and(|panel| panel.dismiss_card())
        {
            if let Some(slot) = notes.newest() {
                notes.close(slot);
            }
        }
    });
    let Some(panel) = panel else { return };
    // Only while the card shows (the panel's own focusin, which may select a mark, has
    // run by now): checked in the next frame and once more in the one after, should the
    // card have grown in between (its content follows the selection that focus made).
    browser::on(&browser::window_target(), "focusin", move |_| {
        if panel.card_shown() {
            let panel = panel.clone();
            browser::next_frame(move || {
                panel.keep_focus_clear_of_card();
                browser::next_frame(move || panel.keep_focus_clear_of_card());
            })
        }
    });
}
