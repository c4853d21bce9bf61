//! "Embed this" in the browser: every code made right for where the page is served
//! (its folder for the canonical one, and the page's `?theme=` carried into the embed's
//! address, by `crate::embed::served`), and each part's control a button that shows
//! that part's codes in a modal dialog. The codes are the Embed section's own, moved
//! into the dialog and back when it closes, so their copy buttons and ids are the
//! page's; the platform moves focus into the dialog and closes it on Escape, and focus
//! goes back to the control that opened it.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::{Element, Event};

use crate::browser::{self, Place};
use crate::embed::{served, served_folder, Theme};
use crate::hooks::{
    CANONICAL_FOLDER, EMBED_CODE, EMBED_DIALOG, EMBED_DIALOG_BODY, EMBED_DIALOG_CLOSE, EMBED_OPENS,
    EMBED_SRC,
};

pub struct Embed {
    /// The dialog, once a reader has first opened it (copied from its template).
    dialog: RefCell<Option<Element>>,
    showing: RefCell<Option<Showing>>,
}

/// What the open dialog shows: whose control opened it, and the codes it borrowed.
struct Showing {
    opener: Element,
    codes: Element,
    home: Place,
}

pub fn start() -> Option<Rc<Embed>> {
    let section = browser::query_all_in_page(CANONICAL_FOLDER.selector)
        .into_iter()
        .next()?;
    write_served_codes(&section);
    for control in browser::query_all_in_page(EMBED_OPENS.selector) {
        browser::set_attr(&control, "role", "button");
        browser::set_attr(&control, "aria-haspopup", "dialog");
    }
    let embed = Rc::new(Embed {
        dialog: RefCell::new(None),
        showing: RefCell::new(None),
    });
    let on_click = embed.clone();
    browser::on(&browser::document_target(), "click", move |event| {
        on_click.clicked(&event)
    });
    let on_key = embed.clone();
    browser::on(&browser::document_target(), "keydown", move |event| {
        // A button answers Space; a link would scroll the page.
        if browser::key_of(&event).as_deref() == Some(" ") {
            if let Some(control) = browser::event_within(&event, EMBED_OPENS.selector) {
                event.prevent_default();
                on_key.open(control);
            }
        }
    });
    Some(embed)
}

/// The codes as this page's address offers them: from its own folder, when it is
/// served from another than the canonical, and with its `?theme=`.
fn write_served_codes(section: &Element) {
    let canonical = section
        .get_attribute(CANONICAL_FOLDER.name)
        .unwrap_or_default();
    let href = browser::location_href();
    let folder = served_folder(&href).unwrap_or(&canonical);
    let theme = Theme::from_query(&browser::location_search());
    if folder == canonical && theme.is_none() {
        return;
    }
    for code in browser::query_all(section, EMBED_CODE.selector) {
        let src = code.get_attribute(EMBED_SRC.name);
        let text = browser::text_of(&code);
        let rewritten = served(&text, &canonical, folder, src.as_deref(), theme);
        if rewritten != text {
            browser::set_text(&code, &rewritten);
        }
    }
}

impl Embed {
    fn clicked(self: &Rc<Self>, event: &Event) {
        if let Some(control) = browser::event_within(event, EMBED_OPENS.selector) {
            event.prevent_default();
            self.open(control);
        } else if browser::event_within(event, EMBED_DIALOG_CLOSE.selector).is_some() {
            if let Some(dialog) = self.dialog.borrow().as_ref() {
                browser::close_dialog(dialog);
            }
        }
    }

    /// Whether the dialog is open (Escape is then the dialog's).
    pub fn is_open(&self) -> bool {
        self.dialog
            .borrow()
            .as_ref()
            .is_some_and(browser::dialog_open)
    }

    fn open(self: &Rc<Self>, control: Element) {
        if self.is_open() {
            return;
        }
        let codes = control
            .get_attribute(EMBED_OPENS.name)
            .and_then(|id| browser::by_id(&id));
        let (Some(codes), Some(dialog)) = (codes, self.dialog()) else {
            return;
        };
        let mut home = None;
        browser::fill_part(&dialog, EMBED_DIALOG_BODY.selector, |body| {
            home = browser::move_into(body, &codes);
        });
        let Some(home) = home else { return };
        if let Some(title) = codes.get_attribute("aria-labelledby") {
            browser::set_attr(&dialog, "aria-labelledby", &title);
        }
        *self.showing.borrow_mut() = Some(Showing {
            opener: control,
            codes,
            home,
        });
        browser::show_modal(&dialog);
    }

    /// The dialog, copied from its template the first time, after the Embed section's
    /// template (so it is in the page, not the template's inert fragment).
    fn dialog(self: &Rc<Self>) -> Option<Element> {
        if let Some(dialog) = self.dialog.borrow().as_ref() {
            return Some(dialog.clone());
        }
        let template = browser::by_id(EMBED_DIALOG.name)?;
        let dialog = browser::copy_template(EMBED_DIALOG.name)?;
        browser::insert_after(&template, &dialog);
        let closed = self.clone();
        browser::on(&dialog.clone().into(), "close", move |_| closed.closed());
        *self.dialog.borrow_mut() = Some(dialog.clone());
        Some(dialog)
    }

    /// However it closed (Escape, its button): the codes go home, focus to their control.
    fn closed(&self) {
        let Some(showing) = self.showing.borrow_mut().take() else {
            return;
        };
        browser::put_back(&showing.codes, &showing.home);
        browser::focus(&showing.opener);
    }
}
