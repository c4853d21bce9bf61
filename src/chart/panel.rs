//! What the reader has chosen in the casualty panel, how a press changes it, and what
//! the page must then change: plain state and pure functions, tested natively in
//! `tests/chart.rs`; `client::casualties` only applies what they decide.

use content::{keyed, Word};

use super::scale::ScaleKind;

keyed! {
    /// What the panel shows: its `data-view`.
    pub enum View {
        Chart = "chart",
        Timeline = "timeline",
        Table = "table",
    }
}

keyed! {
    /// Which figures the chart draws: its `data-figures`. Deaths only is the killed-only
    /// axis alone; all draws each measure on its own axis.
    pub enum Figures {
        Deaths = "deaths",
        All = "all",
    }
}

keyed! {
    /// What the rows are sorted by: each row carries its place in each order,
    /// `data-order-<key>`.
    pub enum SortKey {
        Date = "date",
        Figure = "figure",
        Source = "source",
    }
}

keyed! {
    /// Whether the rows are sorted by a key: a sort button's `data-sorted`, and its
    /// column's `aria-sort` (the same three words).
    pub enum SortMark {
        Ascending = "ascending",
        Descending = "descending",
        Unsorted = "none",
    }
}

keyed! {
    /// A group of the panel's controls: the first half of a `data-choice`.
    pub enum Group {
        View = "view",
        Scale = "scale",
        Figures = "figures",
        Sort = "sort",
    }
}

impl Group {
    /// What its set of buttons is called.
    pub fn word(self) -> Word {
        match self {
            Group::View => Word::ViewGroup,
            Group::Scale => Word::ScaleGroup,
            Group::Figures => Word::FiguresGroup,
            Group::Sort => Word::SortGroup,
        }
    }
}

impl SortKey {
    /// The attribute where each row carries its place in this order, ascending.
    pub fn order_attribute(self) -> &'static str {
        match self {
            SortKey::Date => "data-order-date",
            SortKey::Figure => "data-order-figure",
            SortKey::Source => "data-order-source",
        }
    }
}

/// What the reader has chosen in the panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PanelState {
    pub scale: ScaleKind,
    pub figures: Figures,
    pub sort: SortKey,
    pub descending: bool,
    pub view: View,
}

impl Default for PanelState {
    fn default() -> Self {
        PanelState {
            scale: ScaleKind::Linear,
            figures: Figures::Deaths,
            sort: SortKey::Date,
            descending: false,
            view: View::Chart,
        }
    }
}

/// One control of the panel: which choice it makes. Its button carries it in the page
/// as `data-choice="<group>:<value>"`, so the browser knows what a press means without
/// labels or positions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    View(View),
    Scale(ScaleKind),
    Figures(Figures),
    Sort(SortKey),
}

impl Choice {
    /// Every choice, group by group: each group's values come from its own `ALL`, so
    /// none can be missed.
    pub fn all() -> impl Iterator<Item = Choice> {
        Group::ALL.into_iter().flat_map(|group| -> Vec<Choice> {
            match group {
                Group::View => View::ALL.map(Choice::View).to_vec(),
                Group::Scale => ScaleKind::ALL.map(Choice::Scale).to_vec(),
                Group::Figures => Figures::ALL.map(Choice::Figures).to_vec(),
                Group::Sort => SortKey::ALL.map(Choice::Sort).to_vec(),
            }
        })
    }

    pub fn group(self) -> Group {
        match self {
            Choice::View(_) => Group::View,
            Choice::Scale(_) => Group::Scale,
            Choice::Figures(_) => Group::Figures,
            Choice::Sort(_) => Group::Sort,
        }
    }

    fn value(self) -> &'static str {
        match self {
            Choice::View(view) => view.key(),
            Choice::Scale(scale) => scale.key(),
            Choice::Figures(figures) => figures.key(),
            Choice::Sort(key) => key.key(),
        }
    }

    /// `data-choice`: "view:table", "scale:log", "figures:deaths", "sort:date".
    pub fn key(self) -> String {
        format!("{}:{}", self.group().key(), self.value())
    }

    /// The choice a `data-choice` names; anything else `None`.
    pub fn from_key(key: &str) -> Option<Choice> {
        let (group, value) = key.split_once(':')?;
        Choice::all().find(|choice| choice.group().key() == group && choice.value() == value)
    }

    /// What its button says.
    pub fn word(self) -> Word {
        match self {
            Choice::View(View::Chart) => Word::ViewChart,
            Choice::View(View::Timeline) => Word::ViewTimeline,
            Choice::View(View::Table) => Word::ViewTable,
            Choice::Scale(ScaleKind::Linear) => Word::ScaleLinear,
            Choice::Scale(ScaleKind::Log) => Word::ScaleLog,
            Choice::Figures(Figures::Deaths) => Word::FiguresDeaths,
            Choice::Figures(Figures::All) => Word::FiguresAll,
            Choice::Sort(SortKey::Date) => Word::SortDate,
            Choice::Sort(SortKey::Figure) => Word::SortFigure,
            Choice::Sort(SortKey::Source) => Word::SortSource,
        }
    }

    /// Whether its button shows pressed in `state`.
    pub fn is_chosen(self, state: &PanelState) -> bool {
        match self {
            Choice::View(view) => state.view == view,
            Choice::Scale(scale) => state.scale == scale,
            Choice::Figures(figures) => state.figures == figures,
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
            Choice::Figures(figures) => self.figures = figures,
            Choice::Sort(key) => self.sort_by(key),
        }
    }

    /// Sorting by the current key again reverses it; a new key starts in its natural
    /// order (dates oldest first, names A–Z, figures largest first).
    pub fn sort_by(&mut self, key: SortKey) {
        (self.sort, self.descending) = sort_after((self.sort, self.descending), key);
    }

    /// The rows' order: a key, and whether it runs descending.
    pub fn order(&self) -> (SortKey, bool) {
        (self.sort, self.descending)
    }

    /// Whether the rows are sorted by `key`, and which way.
    pub fn sort_mark(&self, key: SortKey) -> SortMark {
        match (self.sort == key, self.descending) {
            (false, _) => SortMark::Unsorted,
            (true, false) => SortMark::Ascending,
            (true, true) => SortMark::Descending,
        }
    }

    /// What the page must change after the reader went from `before` to `self`.
    pub fn changes_from(&self, before: &PanelState) -> PanelChange {
        PanelChange {
            pressed: Choice::all()
                .filter(|c| c.is_chosen(self) != c.is_chosen(before))
                .map(|c| (c, c.is_chosen(self)))
                .collect(),
            view: changed(self.view, before.view),
            scale: changed(self.scale, before.scale),
            figures: changed(self.figures, before.figures),
            order: changed(self.order(), before.order()),
            sort_marks: SortKey::ALL
                .into_iter()
                .filter(|k| self.sort_mark(*k) != before.sort_mark(*k))
                .map(|k| (k, self.sort_mark(k)))
                .collect(),
        }
    }

    /// The order the chart's rows must move into, if they are not in it: they move only
    /// while the chart shows, and catch up when it shows again (the table, which
    /// screen readers read in every view, moves at once).
    pub fn chart_catch_up(&self, chart_order: (SortKey, bool)) -> Option<(SortKey, bool)> {
        (self.view == View::Chart && chart_order != self.order()).then_some(self.order())
    }
}

/// `new`, if it is not `old`.
fn changed<T: PartialEq>(new: T, old: T) -> Option<T> {
    (new != old).then_some(new)
}

/// What a press changes on the page, and only that.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PanelChange {
    /// Buttons whose pressed state changed, with their new state.
    pub pressed: Vec<(Choice, bool)>,
    /// The panel's new `data-view`, `data-scale`, `data-figures`.
    pub view: Option<View>,
    pub scale: Option<ScaleKind>,
    pub figures: Option<Figures>,
    /// The rows' new order.
    pub order: Option<(SortKey, bool)>,
    /// Sort buttons (and their columns) whose mark changed.
    pub sort_marks: Vec<(SortKey, SortMark)>,
}

impl PanelChange {
    pub fn is_empty(&self) -> bool {
        *self == PanelChange::default()
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
