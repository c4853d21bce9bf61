//! Speaks the pym.js child protocol when a pym parent framed us (`?childId=`):
//! reports the page's height at start, whenever it changes, and when the parent
//! sends a width (`crate::pym` has the protocol as pure functions).

use std::cell::Cell;
use std::rc::Rc;

use crate::browser;

pub fn start() {
    let Some(id) = crate::pym::child_id(&browser::location_search()) else {
        return;
    };
    let last = Rc::new(Cell::new(0u32));
    let send = {
        let id = id.clone();
        move |force: bool| {
            let height = browser::body_height();
            if force || height != last.get() {
                last.set(height);
                browser::tell_parent(&crate::pym::height_message(&id, height));
            }
        }
    };
    send(true);
    let on_resize = send.clone();
    browser::observe_body_size(move || on_resize(false));
    browser::on(&browser::window_target(), "message", move |event| {
        let Some(message) = browser::as_message(&event) else {
            return;
        };
        let text = message.data().as_string();
        if browser::from_parent(message)
            && text.is_some_and(|text| crate::pym::is_width_message(&text, &id))
        {
            send(true);
        }
    });
}
