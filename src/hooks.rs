//! The ids, classes and attribute values by which `client` finds and changes what the
//! components render: each spelled here once, for both sides. (Ids built from content
//! keys are `content::anchors`'.)

/// The live region that says which note opened.
pub const ANNOUNCER: &str = "announcer";

/// The element in an endnote that holds the note's text; an opened note shows a copy.
pub const NOTE_DETAILS_CLASS: &str = "note-details";
/// Where an opened note puts that copy.
pub const NOTE_BODY_CLASS: &str = "note-body";

/// The casualty panel, which carries the reader's choices as attributes for CSS.
pub const PANEL: &str = "casualties";
/// The casualty panel's details card: the id each chart mark's `aria-controls` names,
/// and the element `client` keeps focus clear of and dismisses; `CARD_SELECTED` is its
/// class while a mark holds it open (and it sticks to the view).
pub const ESTIMATE_CARD: &str = "estimate-card";
pub const CARD_SELECTED: &str = "selected";
/// A sort button's arrow, and its words for screen readers.
pub const SORT_ARROW: &str = "sort-arrow";
pub const SORT_WORDS: &str = "sort-words";

/// `data-figures`: "deaths" shows the killed-only axis alone, "all" every measure's.
pub fn figures_key(deaths_only: bool) -> &'static str {
    if deaths_only {
        "deaths"
    } else {
        "all"
    }
}

/// The comparison's dimension chooser, its headlines-only button and its table.
pub const COMPARISON_FOCUS: &str = "comparison-focus";
pub const HEADLINES_ONLY: &str = "headlines-only";
pub const COMPARISON_TABLE: &str = "comparison-table";
