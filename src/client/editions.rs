//! The language switch keeps the reader's place. While the reader scrolls, the client
//! notes the section being read (kept when the reader goes back up to the switch at the
//! top, where no section is in view); just before the link is followed (a press, a
//! middle click, a focus that Enter may follow), its address takes the fragment of the
//! open note, else of that section (`edition_switch`). Without the client it is a plain
//! link to the other edition's top.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::browser;
use crate::edition_switch::{current_section, place_href};
use crate::hooks::{LANGUAGE_SWITCH, SECTION};

pub fn start() {
    let links: Vec<_> = browser::query_all_in_page(LANGUAGE_SWITCH.selector)
        .into_iter()
        .filter_map(|link| Some((link.get_attribute("href")?, link)))
        .collect();
    if links.is_empty() {
        return;
    }
    let elements: Vec<_> = links.iter().map(|(_, link)| link.clone()).collect();
    let section: Rc<RefCell<Option<String>>> = Rc::default();
    let update = {
        let section = section.clone();
        Rc::new(move || {
            for (base, link) in &links {
                let href = place_href(base, &browser::location_hash(), section.borrow().as_deref());
                browser::set_attr(link, "href", &href);
            }
        })
    };
    for link in elements {
        for event in ["pointerdown", "focus", "click"] {
            let update = update.clone();
            browser::on(&link.clone().into(), event, move |_| update());
        }
    }
    // At most one reading of the headings per frame, however fast the scroll events come.
    let pending = Rc::new(Cell::new(false));
    browser::on(&browser::window_target(), "scroll", move |_| {
        if pending.replace(true) {
            return;
        }
        let (pending, section, update) = (pending.clone(), section.clone(), update.clone());
        browser::next_frame(move || {
            pending.set(false);
            if let Some(reading) = section_in_view() {
                section.replace(Some(reading));
                update();
            }
        });
    });
}

/// The section whose heading the reader has last scrolled past, if any is.
fn section_in_view() -> Option<String> {
    let headings: Vec<(String, f64)> = browser::query_all_in_page(SECTION.selector)
        .iter()
        .map(|heading| (heading.id(), browser::top_in_view(heading)))
        .collect();
    current_section(&headings, browser::view_height()).map(str::to_owned)
}
