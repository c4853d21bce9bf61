//! The language switch keeps the reader's place. While the reader scrolls (at most once
//! a frame: browsers fire scroll events with the frame), the client notes the section
//! being read, kept when the reader goes back up to the switch at the top, where none
//! is; just before the link is followed (a press, a middle click, a focus that Enter may
//! follow), its address takes the fragment of the open note, else of that section
//! (`edition_switch`). Without the client it is a plain link to the other edition's top.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::Element;

use crate::browser;
use crate::edition_switch::{current_section, place_href};
use crate::hooks::{LANGUAGE_SWITCH, SECTION};

struct Switch {
    link: Element,
    /// The link's address in the HTML: the other edition's page.
    base: String,
    /// The section last read.
    section: RefCell<Option<String>>,
}

impl Switch {
    /// After a scroll, the section in view; before the link is followed, its address.
    fn answer(&self, scrolled: bool) {
        if scrolled {
            let headings = browser::query_all_in_page(SECTION.selector)
                .into_iter()
                .map(|heading| {
                    let top = browser::top_in_view(&heading);
                    (heading, top)
                });
            match current_section(headings, browser::view_height()) {
                Some(heading) => *self.section.borrow_mut() = Some(heading.id()),
                None => return,
            }
        }
        let section = self.section.borrow();
        let href = place_href(&self.base, &browser::location_hash(), section.as_deref());
        browser::set_attr(&self.link, "href", &href);
    }
}

pub fn start() {
    let Some(link) = browser::query_all_in_page(LANGUAGE_SWITCH.selector)
        .into_iter()
        .next()
    else {
        return;
    };
    let Some(base) = link.get_attribute("href") else {
        return;
    };
    let target = link.clone().into();
    let switch = Rc::new(Switch {
        link,
        base,
        section: RefCell::default(),
    });
    let listen = |target: &web_sys::EventTarget, event: &str, scrolled: bool| {
        let switch = switch.clone();
        browser::on(target, event, move |_| switch.answer(scrolled));
    };
    for event in ["pointerdown", "focus", "click"] {
        listen(&target, event, false);
    }
    listen(&browser::window_target(), "scroll", true);
}
