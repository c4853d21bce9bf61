//! "Cite this page" in the browser: the day the reader accessed the page, written in
//! the edition's language, put into the citation and shown; and each copy button shown
//! and answered, where the browser has a clipboard (a control that cannot work is never
//! shown). The citations' words are the page's; the client only adds the date.

use crate::browser;
use crate::hooks::{ACCESSED, ACCESSED_DATE, ANNOUNCE, ANNOUNCER, COPY, DATE_LOCALE};

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
    if !browser::can_copy() {
        return;
    }
    for button in browser::query_all_in_page(COPY.selector) {
        let citation = button
            .get_attribute(COPY.name)
            .and_then(|id| browser::by_id(&id));
        let done = button.get_attribute(ANNOUNCE.name).unwrap_or_default();
        let Some(citation) = citation else {
            continue;
        };
        browser::set_hidden(&button, false);
        browser::on(&button.clone().into(), "click", move |_| {
            let done = done.clone();
            browser::copy_text(&browser::text_of(&citation), move || {
                if let Some(announcer) = browser::by_id(ANNOUNCER.name) {
                    browser::set_text(&announcer, &done);
                }
            });
        });
    }
}
