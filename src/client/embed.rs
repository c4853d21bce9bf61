//! "Embed this" in the browser. Each part's control (a link to the codes page) becomes
//! a button that shows the part's codes in a modal dialog: the dialog is copied once
//! from its template, and its codes are built by the prerender's own `embed::Codes`
//! from what the control carries, then made right for where the page is served (its
//! folder for the canonical one, and its `?theme=`, by `embed::served`). The codes
//! page's written-out codes are rewritten the same way. The platform moves focus into
//! the dialog and closes it on Escape; focus goes back to the control that opened it.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::{Element, Event};

use super::cite;
use crate::browser;
use crate::embed::{served, served_folder, Codes, EmbedPart, Theme, Way};
use crate::hooks::{
    CANONICAL_FOLDER, COPY, EMBED_ADDRESS, EMBED_CODE, EMBED_DIALOG, EMBED_DIALOG_CLOSE,
    EMBED_DIALOG_TITLE, EMBED_NAME, EMBED_OPENS, EMBED_SRC, EMBED_TITLE,
};

pub struct Embed {
    /// The dialog, once a reader has first opened it (copied from its template).
    dialog: RefCell<Option<Element>>,
    /// The control that opened the dialog, which has focus back when it closes.
    opener: RefCell<Option<Element>>,
    place: Place,
}

/// Where the page is served, against where its codes were written for.
struct Place {
    canonical: String,
    folder: String,
    theme: Option<Theme>,
}

impl Place {
    fn of(canonical: String) -> Place {
        let href = browser::location_href();
        let folder = served_folder(&href).unwrap_or(&canonical).to_owned();
        Place {
            theme: Theme::from_query(&browser::location_search()),
            folder,
            canonical,
        }
    }

    /// `code`, written for the canonical folder, as this page offers it.
    fn offers(&self, code: &str, src: Option<&str>) -> String {
        served(code, &self.canonical, &self.folder, src, self.theme)
    }
}

pub fn start() -> Option<Rc<Embed>> {
    for section in browser::query_all_in_page(CANONICAL_FOLDER.selector) {
        write_served_codes(&section);
    }
    let controls = browser::query_all_in_page(EMBED_OPENS.selector);
    let template = browser::by_id(EMBED_DIALOG.name)?;
    if controls.is_empty() {
        return None;
    }
    for control in &controls {
        browser::set_attr(control, "role", "button");
        browser::set_attr(control, "aria-haspopup", "dialog");
    }
    let canonical = template
        .get_attribute(CANONICAL_FOLDER.name)
        .unwrap_or_default();
    let embed = Rc::new(Embed {
        dialog: RefCell::new(None),
        opener: RefCell::new(None),
        place: Place::of(canonical),
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

/// The codes page's codes as this page's address offers them.
fn write_served_codes(section: &Element) {
    let place = Place::of(
        section
            .get_attribute(CANONICAL_FOLDER.name)
            .unwrap_or_default(),
    );
    for code in browser::query_all(section, EMBED_CODE.selector) {
        let text = browser::text_of(&code);
        let offered = place.offers(&text, code.get_attribute(EMBED_SRC.name).as_deref());
        if offered != text {
            browser::set_text(&code, &offered);
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
        let part = control
            .get_attribute(EMBED_OPENS.name)
            .and_then(|key| EmbedPart::from_key(&key));
        let (Some(part), false) = (part, self.is_open()) else {
            return;
        };
        let Some(dialog) = self.dialog() else { return };
        let attr = |hook: &str| control.get_attribute(hook).unwrap_or_default();
        let place = &self.place;
        let codes = Codes::new(
            part,
            &place.canonical,
            &attr(EMBED_TITLE.name),
            &attr(EMBED_ADDRESS.name),
        );
        let src = format!("{}{}", place.canonical, part.file());
        for way in Way::ALL {
            if let Some(code) = browser::by_id(&way.dialog_id()) {
                let loads_embed = (way != Way::Address).then_some(src.as_str());
                browser::set_text(&code, &place.offers(codes.get(way), loads_embed));
            }
        }
        if let Some(title) = browser::by_id(EMBED_DIALOG_TITLE.name) {
            browser::set_text(&title, &attr(EMBED_NAME.name));
        }
        *self.opener.borrow_mut() = Some(control);
        browser::show_modal(&dialog);
    }

    /// The dialog, copied from its template the first time, right after it, with its
    /// copy buttons answered.
    fn dialog(self: &Rc<Self>) -> Option<Element> {
        if let Some(dialog) = self.dialog.borrow().as_ref() {
            return Some(dialog.clone());
        }
        let template = browser::by_id(EMBED_DIALOG.name)?;
        let dialog = browser::copy_template(EMBED_DIALOG.name)?;
        browser::insert_after(&template, &dialog);
        cite::answer_copy(browser::query_all(&dialog, COPY.selector));
        let closed = self.clone();
        browser::on(&dialog.clone().into(), "close", move |_| closed.closed());
        *self.dialog.borrow_mut() = Some(dialog.clone());
        Some(dialog)
    }

    /// However it closed (Escape, its button), focus goes back to its control.
    fn closed(&self) {
        if let Some(opener) = self.opener.borrow_mut().take() {
            browser::focus(&opener);
        }
    }
}
