//! "Embed this" in the browser. Each part's control (a link to the codes page) becomes
//! a button that shows the part's codes in a modal dialog: the dialog is copied once
//! from its template, and its codes are built by the prerender's own `embed::Codes`
//! from what the control carries, for where the page is served (its folder, not the
//! canonical one, and its `?theme=`). The codes page's written-out codes are built
//! again the same way. The platform moves focus into the dialog and closes it on
//! Escape; focus goes back to the control that opened it.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::{Element, Event};

use super::cite;
use crate::browser;
use crate::embed::{moved, served_folder, Codes, EmbedPart, Theme, Way};
use crate::hooks::{
    CANONICAL_FOLDER, COPY, EMBED_ADDRESS, EMBED_BLOCK, EMBED_DIALOG, EMBED_DIALOG_CLOSE,
    EMBED_DIALOG_TITLE, EMBED_NAME, EMBED_OPENS, EMBED_TITLE,
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

    /// A part's codes as this page offers them, from what its element carries.
    fn codes(&self, part: EmbedPart, carrier: &Element) -> Codes {
        let attr = |hook: &str| carrier.get_attribute(hook).unwrap_or_default();
        let address = moved(&attr(EMBED_ADDRESS.name), &self.canonical, &self.folder);
        Codes::new(
            part,
            &self.folder,
            &attr(EMBED_TITLE.name),
            &address,
            self.theme,
        )
    }
}

/// The part an element names in `hook`.
fn part_of(element: &Element, hook: &str) -> Option<EmbedPart> {
    EmbedPart::from_key(&element.get_attribute(hook)?)
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
    // One listener for every event the dialog answers (one closure in the wasm).
    let listener = embed.listener();
    for event in ["click", "keydown"] {
        browser::on(&browser::document_target(), event, listener.clone());
    }
    Some(embed)
}

/// The codes page's codes as this page's address offers them.
fn write_served_codes(section: &Element) {
    let place = Place::of(
        section
            .get_attribute(CANONICAL_FOLDER.name)
            .unwrap_or_default(),
    );
    for block in browser::query_all(section, EMBED_BLOCK.selector) {
        let Some(part) = part_of(&block, EMBED_BLOCK.name) else {
            continue;
        };
        let codes = place.codes(part, &block);
        for way in Way::ALL {
            if let Some(code) = browser::by_id(&part.code_id(way)) {
                browser::set_text(&code, codes.get(way));
            }
        }
    }
}

impl Embed {
    /// What answers a click or a key on the page, and the dialog's closing.
    fn listener(self: &Rc<Self>) -> impl FnMut(Event) + Clone + 'static {
        let embed = self.clone();
        move |event: Event| match event.type_().as_str() {
            "click" => embed.clicked(&event),
            "keydown" => embed.pressed(&event),
            _ => embed.closed(),
        }
    }

    /// A button answers Space; a link would scroll the page.
    fn pressed(self: &Rc<Self>, event: &Event) {
        if browser::key_of(event).as_deref() == Some(" ") {
            if let Some(control) = browser::event_within(event, EMBED_OPENS.selector) {
                event.prevent_default();
                self.open(control);
            }
        }
    }

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
        let (Some(part), false) = (part_of(&control, EMBED_OPENS.name), self.is_open()) else {
            return;
        };
        let Some(dialog) = self.dialog() else { return };
        let codes = self.place.codes(part, &control);
        for way in Way::ALL {
            if let Some(code) = browser::by_id(&way.dialog_id()) {
                browser::set_text(&code, codes.get(way));
            }
        }
        if let (Some(title), Some(name)) = (
            browser::by_id(EMBED_DIALOG_TITLE.name),
            control.get_attribute(EMBED_NAME.name),
        ) {
            browser::set_text(&title, &name);
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
        browser::on(&dialog.clone().into(), "close", self.listener());
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
