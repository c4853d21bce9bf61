//! "Cite this page" in the browser: the day the reader accessed the page, written in
//! the edition's language, put into the citation and shown; and each copy button shown
//! and answered, where the browser has a clipboard (a control that cannot work is never
//! shown). The citations' words are the page's; the client only adds the date. The
//! embed codes' copy buttons are the same buttons (`client::embed`).

use web_sys::Element;

use crate::browser;
use crate::hooks::{
    ACCESSED, ACCESSED_DATE, ANNOUNCE, ANNOUNCER, COPY, DATE_LOCALE, DIALOG_ANNOUNCER,
};

pub fn start() {
    for accessed in browser::query_all_in_page(ACCESSED.selector) {
        let Some(tag) = accessed.get_attribute(DATE_LOCALE.name) else {
            continue;
        };
        for date in browser::query_all(&accessed, ACCESSED_DATE.selector) {
            browser::set_text(&date, &browser::today(&tag));
        }
        browser::set_hidden(&accessed, false);
    }
    answer_copy(browser::query_all_in_page(COPY.selector));
}

/// Shows each copy button and copies the text it names when pressed, where the
/// browser has a clipboard (the embed dialog's too, once it is in the page).
pub fn answer_copy(buttons: Vec<Element>) {
    if !browser::can_copy() {
        return;
    }
    for button in buttons {
        let text = button
            .get_attribute(COPY.name)
            .and_then(|id| browser::by_id(&id));
        let done = button.get_attribute(ANNOUNCE.name).unwrap_or_default();
        let Some(text) = text else {
            continue;
        };
        browser::set_hidden(&button, false);
        let target = button.clone();
        browser::on(&button.clone().into(), "click", move |_| {
            let done = done.clone();
            let announcer = announcer_for(&target);
            browser::copy_text(&browser::text_of(&text), move || {
                if let Some(announcer) = announcer {
                    browser::set_text(&announcer, &done);
                }
            });
        });
    }
}

/// The live region a button's copy is told in: its dialog's, while it is in one (the
/// page behind a modal dialog is inert), else the page's.
fn announcer_for(button: &Element) -> Option<Element> {
    browser::closest(button, "dialog")
        .and_then(|dialog| {
            browser::query_all(&dialog, DIALOG_ANNOUNCER.selector)
                .into_iter()
                .next()
        })
        .or_else(|| browser::by_id(ANNOUNCER.name))
}
