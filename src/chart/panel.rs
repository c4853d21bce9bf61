//! What the reader has chosen in the casualty panel, and how a press changes it.

use super::scale::ScaleKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Date,
    Figure,
    Source,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Chart,
    Timeline,
    Table,
}

impl View {
    /// The word in the panel's `data-view`.
    pub fn key(self) -> &'static str {
        match self {
            View::Chart => "chart",
            View::Timeline => "timeline",
            View::Table => "table",
        }
    }
}

/// What the reader has chosen in the panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelState {
    pub scale: ScaleKind,
    /// Only killed-only figures; otherwise each measure gets its own axis.
    pub deaths_only: bool,
    pub sort: SortKey,
    pub descending: bool,
    pub view: View,
}

impl Default for PanelState {
    fn default() -> Self {
        PanelState {
            scale: ScaleKind::Linear,
            deaths_only: true,
            sort: SortKey::Date,
            descending: false,
            view: View::Chart,
        }
    }
}

impl PanelState {
    /// Sorting by the current key again reverses it; a new key starts in its natural
    /// order (dates oldest first, names A–Z, figures largest first).
    pub fn sort_by(&mut self, key: SortKey) {
        (self.sort, self.descending) = sort_after((self.sort, self.descending), key);
    }
}

/// The order after pressing `pressed`, from `(key, descending)`.
pub fn sort_after((key, descending): (SortKey, bool), pressed: SortKey) -> (SortKey, bool) {
    if key == pressed {
        (key, !descending)
    } else {
        (pressed, pressed == SortKey::Figure)
    }
}

impl SortKey {
    /// In `index` order.
    pub const ALL: [SortKey; 3] = [SortKey::Date, SortKey::Figure, SortKey::Source];

    /// Where the key is in `ALL`.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The word in `data-order-<key>`, where each row carries its place in this order.
    pub fn key(self) -> &'static str {
        match self {
            SortKey::Date => "date",
            SortKey::Figure => "figure",
            SortKey::Source => "source",
        }
    }

    /// The attribute where each row carries its place in this order, ascending.
    pub fn order_attribute(self) -> String {
        format!("data-order-{}", self.key())
    }
}

/// One control of the panel: which choice it makes. Its button carries it in the page
/// as `data-choice="<group>:<value>"`, so the browser knows what a press means without
/// labels or positions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    View(View),
    Scale(ScaleKind),
    DeathsOnly(bool),
    Sort(SortKey),
}

impl Choice {
    pub const ALL: [Choice; 10] = [
        Choice::View(View::Chart),
        Choice::View(View::Timeline),
        Choice::View(View::Table),
        Choice::Scale(ScaleKind::Linear),
        Choice::Scale(ScaleKind::Log),
        Choice::DeathsOnly(true),
        Choice::DeathsOnly(false),
        Choice::Sort(SortKey::Date),
        Choice::Sort(SortKey::Figure),
        Choice::Sort(SortKey::Source),
    ];

    /// `data-choice`: "view:table", "scale:log", "figures:deaths", "sort:date".
    pub fn key(self) -> String {
        match self {
            Choice::View(view) => format!("view:{}", view.key()),
            Choice::Scale(scale) => format!("scale:{}", scale.key()),
            Choice::DeathsOnly(on) => format!("figures:{}", if on { "deaths" } else { "all" }),
            Choice::Sort(key) => format!("sort:{}", key.key()),
        }
    }

    pub fn from_key(key: &str) -> Option<Choice> {
        Choice::ALL.into_iter().find(|choice| choice.key() == key)
    }

    /// Whether its button shows pressed in `state`.
    pub fn is_chosen(self, state: &PanelState) -> bool {
        match self {
            Choice::View(view) => state.view == view,
            Choice::Scale(scale) => state.scale == scale,
            Choice::DeathsOnly(on) => state.deaths_only == on,
            Choice::Sort(key) => state.sort == key,
        }
    }
}

impl PanelState {
    /// Applies a press: choices set their value; a sort key sorts (or reverses).
    pub fn press(&mut self, choice: Choice) {
        match choice {
            Choice::View(view) => self.view = view,
            Choice::Scale(scale) => self.scale = scale,
            Choice::DeathsOnly(on) => self.deaths_only = on,
            Choice::Sort(key) => self.sort_by(key),
        }
    }

    /// The word each sorted column's `aria-sort` says, and each sort button's hidden
    /// words: `None` for a key the rows are not sorted by.
    pub fn sorted(&self, key: SortKey) -> Option<bool> {
        (self.sort == key).then_some(self.descending)
    }
}

/// A sort button's arrow (for the eye) and words (for screen readers), by whether the
/// rows are sorted by its key and, if so, descending.
pub fn sort_marks(sorted: Option<bool>) -> (&'static str, &'static str) {
    match sorted {
        Some(true) => (" ↓", "sorted descending"),
        Some(false) => (" ↑", "sorted ascending"),
        None => ("", ""),
    }
}

/// A table column's `aria-sort`.
pub fn aria_sort(sorted: Option<bool>) -> &'static str {
    match sorted {
        Some(true) => "descending",
        Some(false) => "ascending",
        None => "none",
    }
}
