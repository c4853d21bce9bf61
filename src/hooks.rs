//! The contract between the page and its client: every id, class and attribute by
//! which `client` finds and changes what the components render, defined once with its
//! selector. Components write a hook's name (`TOGGLE_ALL.name`), the client queries its
//! selector (`TOGGLE_ALL.selector`); neither spells one as a literal. `tests/contract.rs`
//! renders every page and checks that each hook the client needs is there, and that
//! each attribute the client sets for CSS is one `style/main.css` reads. Ids built from
//! content keys (`ref-<slot>`, `card-<id>`) are `content::anchors`'.

/// An element found by its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Id {
    pub name: &'static str,
    pub selector: &'static str,
}

/// Elements found by a class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Class {
    pub name: &'static str,
    pub selector: &'static str,
}

/// An attribute: its name, and the selector for the elements that carry it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attr {
    pub name: &'static str,
    pub selector: &'static str,
}

macro_rules! id {
    ($name:literal) => {
        Id {
            name: $name,
            selector: concat!("#", $name),
        }
    };
}
macro_rules! class {
    ($name:literal) => {
        Class {
            name: $name,
            selector: concat!(".", $name),
        }
    };
}
macro_rules! attr {
    ($name:literal) => {
        Attr {
            name: $name,
            selector: concat!("[", $name, "]"),
        }
    };
}

// The footnotes.
/// Each note's marker: a link to its endnote in the HTML, the button that opens its note
/// once the client starts. Its id is `content::anchors::Anchor::Marker`.
pub const MARKER: Class = class!("marker");
/// The `<template>` of a note, which the client copies after a marker the first time
/// its note opens (its id is then `content::anchors::Anchor::Note`).
pub const NOTE_SHELL: Id = id!("note-shell");
/// Where an opened note shows its number.
pub const NOTE_NUMBER: Class = class!("note-number");
/// Where an opened note puts a copy of its endnote's text, the first time it opens.
pub const NOTE_BODY: Class = class!("note-body");
/// The part of an endnote an opened note shows.
pub const NOTE_DETAILS: Class = class!("note-details");
pub const NOTE_CLOSE: Class = class!("note-close");
/// On each marker: what the live region says when its note opens, and the name of
/// the note's close button.
pub const ANNOUNCE: Attr = attr!("data-announce");
pub const CLOSE_NAME: Attr = attr!("data-close-name");
/// Set by the client on a note opened on its own (it fades in and draws at once).
pub const ALONE: Attr = attr!("data-alone");
pub const TOGGLE_ALL: Class = class!("toggle-all");
/// The live region that says which note opened.
pub const ANNOUNCER: Id = id!("announcer");

// The casualty panel.
/// The panel, which carries the reader's choices as attributes for CSS.
pub const PANEL: Id = id!("casualties");
/// `data-view`, `data-scale`, `data-figures` on the panel: the choice of each group.
pub const VIEW: Attr = attr!("data-view");
pub const SCALE: Attr = attr!("data-scale");
pub const FIGURES: Attr = attr!("data-figures");
/// Every control of the panel, naming what it chooses (`chart::panel::Choice::key`).
pub const CHOICE: Attr = attr!("data-choice");
/// On each sort button: whether the rows are sorted by its key (`SortMark::key`).
pub const SORTED: Attr = attr!("data-sorted");
/// The table column a sort button heads carries `aria-sort`.
pub const ARIA_SORT: Attr = attr!("aria-sort");
/// The containers whose rows move into order: the chart's groups and the table body.
/// Each row carries its place in every order (`SortKey::order_attribute`).
pub const CHART_ROWS: Class = class!("chart-rows");
pub const TABLE_ROWS: Class = class!("table-rows");
/// The table, whose controls join the Tab order only while it shows.
pub const ESTIMATES_TABLE: Class = class!("estimates-table");
/// A chart mark, carrying the id of the estimate it draws.
pub const MARK: Class = class!("mark");
pub const ESTIMATE: Attr = attr!("data-estimate");
/// On a piece of the chart or the timeline drawn on the linear scale, its places on the
/// log scale (`x=12.5% y=40%`): the client moves it there while the log scale shows.
pub const ON_LOG: Attr = attr!("data-log");
/// The details card every mark's `aria-controls` names, kept clear of focus and
/// dismissed by Escape; its class `CARD_SELECTED` while a mark holds it open.
pub const ESTIMATE_CARD: Id = id!("estimate-card");
pub const CARD_SELECTED: Class = class!("selected");
pub const CARD_CLOSE: Class = class!("card-close");
/// Where the card shows the selected estimate's details, a copy of what its element in
/// the `CARD_DETAILS` `<template>` holds (its id is `content::anchors::Anchor::Card`).
pub const CARD_BODY: Class = class!("card-body");
pub const CARD_DETAILS: Id = id!("card-details");
/// Where the timeline shows; the client fills it from `TIMELINE_DRAWING`, a
/// `<template>`, the first time the reader chooses it.
pub const TIMELINE_VIEW: Class = class!("timeline-view");
pub const TIMELINE_DRAWING: Id = id!("timeline-drawing");
/// Set by the client two frames after the table first shows (records then skip rendering on phones).
pub const RECORDS_MEASURED: Attr = attr!("data-records-measured");

// The comparison.
pub const COMPARISON_FOCUS: Id = id!("comparison-focus");
pub const HEADLINES_ONLY: Id = id!("headlines-only");
pub const COMPARISON_TABLE: Id = id!("comparison-table");
/// The table's class while only headline figures show.
pub const SHOWING_HEADLINES: Class = class!("headlines-only");

// Between the editions.
/// The link to another edition's page: the client sets its fragment to the reader's
/// place (the note the address bar names, else the section being read) when it is
/// followed. Only on the article's page, and only where there is another edition.
pub const LANGUAGE_SWITCH: Class = class!("language-switch-link");
/// The page's section headings (the article's, whose ids are `Article::sections`, and
/// the afterwords'), whose ids are the same in every edition: the language switch's
/// place when no note is named.
pub const SECTION: Class = class!("section-heading");

// Cite this page.
/// A citation's accessed date: hidden in the HTML (the page cannot know the day it is
/// read), filled with today's date in its `ACCESSED_DATE` and shown by the client.
pub const ACCESSED: Class = class!("accessed");
pub const ACCESSED_DATE: Class = class!("accessed-date");
/// On `ACCESSED`: the Intl language tag that writes a date as the edition's locale does.
pub const DATE_LOCALE: Attr = attr!("data-date-locale");
/// A copy button, naming the id of the citation it copies: hidden in the HTML, shown by
/// the client only where the browser lets it write to the clipboard. Its `ANNOUNCE` is
/// what the live region says once the text is copied.
pub const COPY: Attr = attr!("data-copy");

// Embedding: the control on each part (index.html), its dialog, and the codes page.
/// On each "Embed this" control (a link to its part's codes on the codes page): the
/// part (`EmbedPart::key`), and its name, title and address, from which the client
/// builds its codes (`embed::Codes`) into the dialog.
pub const EMBED_OPENS: Attr = attr!("data-embed-part");
pub const EMBED_NAME: Attr = attr!("data-embed-name");
pub const EMBED_TITLE: Attr = attr!("data-embed-title");
pub const EMBED_ADDRESS: Attr = attr!("data-embed-address");
/// On the dialog's template and the codes page's section: the canonical folder the
/// page's addresses are written for, which the client moves to the folder the page is
/// served from (`embed::moved`).
pub const CANONICAL_FOLDER: Attr = attr!("data-canonical-folder");
/// On each part's block of codes on the codes page: the part, with its `EMBED_TITLE`
/// and `EMBED_ADDRESS`, from which the client builds the codes again for where the page
/// is served (found by `EmbedPart::code_id`).
pub const EMBED_BLOCK: Attr = attr!("data-embed-block");
/// The dialog's `<template>`, copied in the first time a reader opens one, its heading
/// (the part's name) and its close button.
pub const EMBED_DIALOG: Id = id!("embed-dialog");
pub const EMBED_DIALOG_TITLE: Id = id!("embed-dialog-title");
pub const EMBED_DIALOG_CLOSE: Class = class!("embed-dialog-close");
/// The dialog's own live region: the page's is inert behind a modal dialog, so what a
/// copy button in the dialog says is said here.
pub const DIALOG_ANNOUNCER: Class = class!("dialog-announcer");

// The page.
/// On `<html>`: the client has made every marker a button (and `./x bench` waits for it).
pub const INTERACTIVE: Attr = attr!("data-interactive");
/// On `<html>`: the static edition shows (no script, no wasm, or opened from a file).
pub const STATIC: Attr = attr!("data-static");
/// On `<html>`: the wasm panicked.
pub const CRASHED: Attr = attr!("data-crashed");

/// A hook the client needs on a page, for the contract test: its selector, and the
/// part of the page it lives in.
pub struct Needed {
    pub selector: &'static str,
    pub part: Part,
}

/// Where on a page a hook must be: the client starts each part only if it is there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Every page.
    Page,
    /// Wherever a marker is (the article, a comparison cell).
    Notes,
    Article,
    Casualties,
    Comparison,
    /// The page whose parts offer their embed codes (index.html).
    Embed,
    /// The codes page (`embed::CODES_PAGE`).
    Codes,
}

/// Every element the client looks for, by part. Attributes the client only sets (for
/// CSS) are in `SET_FOR_CSS`.
pub const NEEDED: &[Needed] = &[
    Needed {
        selector: ANNOUNCER.selector,
        part: Part::Page,
    },
    Needed {
        selector: MARKER.selector,
        part: Part::Notes,
    },
    Needed {
        selector: NOTE_SHELL.selector,
        part: Part::Notes,
    },
    Needed {
        selector: NOTE_BODY.selector,
        part: Part::Notes,
    },
    Needed {
        selector: NOTE_DETAILS.selector,
        part: Part::Notes,
    },
    Needed {
        selector: NOTE_CLOSE.selector,
        part: Part::Notes,
    },
    Needed {
        selector: ANNOUNCE.selector,
        part: Part::Notes,
    },
    Needed {
        selector: CLOSE_NAME.selector,
        part: Part::Notes,
    },
    Needed {
        selector: TOGGLE_ALL.selector,
        part: Part::Article,
    },
    Needed {
        selector: ACCESSED.selector,
        part: Part::Article,
    },
    Needed {
        selector: ACCESSED_DATE.selector,
        part: Part::Article,
    },
    Needed {
        selector: DATE_LOCALE.selector,
        part: Part::Article,
    },
    Needed {
        selector: COPY.selector,
        part: Part::Article,
    },
    Needed {
        selector: EMBED_OPENS.selector,
        part: Part::Embed,
    },
    Needed {
        selector: EMBED_NAME.selector,
        part: Part::Embed,
    },
    Needed {
        selector: EMBED_TITLE.selector,
        part: Part::Embed,
    },
    Needed {
        selector: EMBED_ADDRESS.selector,
        part: Part::Embed,
    },
    Needed {
        selector: EMBED_DIALOG.selector,
        part: Part::Embed,
    },
    Needed {
        selector: CANONICAL_FOLDER.selector,
        part: Part::Embed,
    },
    Needed {
        selector: CANONICAL_FOLDER.selector,
        part: Part::Codes,
    },
    Needed {
        selector: EMBED_BLOCK.selector,
        part: Part::Codes,
    },
    Needed {
        selector: PANEL.selector,
        part: Part::Casualties,
    },
    Needed {
        selector: VIEW.selector,
        part: Part::Casualties,
    },
    Needed {
        selector: SCALE.selector,
        part: Part::Casualties,
    },
    Needed {
        selector: FIGURES.selector,
        part: Part::Casualties,
    },
    Needed {
        selector: CHOICE.selector,
        part: Part::Casualties,
    },
    Needed {
        selector: SORTED.selector,
        part: Part::Casualties,
    },
    Needed {
        selector: ARIA_SORT.selector,
        part: Part::Casualties,
    },
    Needed {
        selector: CHART_ROWS.selector,
        part: Part::Casualties,
    },
    Needed {
        selector: TABLE_ROWS.selector,
        part: Part::Casualties,
    },
    Needed {
        selector: ESTIMATES_TABLE.selector,
        part: Part::Casualties,
    },
    Needed {
        selector: MARK.selector,
        part: Part::Casualties,
    },
    Needed {
        selector: ESTIMATE.selector,
        part: Part::Casualties,
    },
    Needed {
        selector: ON_LOG.selector,
        part: Part::Casualties,
    },
    Needed {
        selector: ESTIMATE_CARD.selector,
        part: Part::Casualties,
    },
    Needed {
        selector: TIMELINE_VIEW.selector,
        part: Part::Casualties,
    },
    Needed {
        selector: CARD_BODY.selector,
        part: Part::Casualties,
    },
    Needed {
        selector: CARD_DETAILS.selector,
        part: Part::Casualties,
    },
    Needed {
        selector: CARD_CLOSE.selector,
        part: Part::Casualties,
    },
    Needed {
        selector: COMPARISON_FOCUS.selector,
        part: Part::Comparison,
    },
    Needed {
        selector: HEADLINES_ONLY.selector,
        part: Part::Comparison,
    },
    Needed {
        selector: COMPARISON_TABLE.selector,
        part: Part::Comparison,
    },
];

/// What the client sets only for the style sheet to act on.
pub const SET_FOR_CSS: &[&str] = &[
    ALONE.name,
    RECORDS_MEASURED.name,
    CARD_SELECTED.name,
    SHOWING_HEADLINES.name,
    INTERACTIVE.name,
    STATIC.name,
    CRASHED.name,
    VIEW.name,
    SCALE.name,
    FIGURES.name,
    SORTED.name,
];
