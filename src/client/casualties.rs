//! The casualty panel in the browser: one `PanelState` and the estimate selected. Each
//! press changes the state, and `PanelState::changes_from` says what to write: an
//! attribute on the panel for CSS (view, scale, figures), rows moved into order, the
//! buttons' pressed states and sort marks; a mark shows its estimate's card.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use web_sys::{DocumentFragment, Element, Event};

use crate::browser::{self, Reorderable, TwoPlaces};
use crate::chart::panel::{Choice, PanelChange, PanelState, SortKey, View};
use crate::chart::scale::ScaleKind;
use crate::hooks::{
    ARIA_SORT, CARD_BODY, CARD_CLOSE, CARD_DETAILS, CARD_SELECTED, CHART_ROWS, CHOICE, ESTIMATE,
    ESTIMATES_TABLE, ESTIMATE_CARD, FIGURES, MARK, ON_LOG, PANEL, RECORDS_MEASURED, SCALE, SORTED,
    TABLE_ROWS, TIMELINE_DRAWING, TIMELINE_VIEW, VIEW,
};
use content::anchors::Anchor;

/// What the table's controls are: while the table is hidden they leave the Tab order.
const TABLE_CONTROLS: &str = "a, button";

pub struct Panel {
    root: Element,
    state: RefCell<PanelState>,
    /// The estimate whose card is shown, by id.
    selected: RefCell<Option<String>>,
    /// Every mark, with the id of the estimate it draws (an estimate has a mark in the
    /// chart and one in the timeline; the timeline's join the first time it shows).
    marks: RefCell<Vec<(String, Element)>>,
    /// The chart's pieces, and once it shows the timeline's, drawn on the linear scale
    /// with their places on the log scale (each mark is drawn once, not per scale).
    places: RefCell<Vec<TwoPlaces>>,
    /// The timeline, copied from its template when the browser is idle and kept out of
    /// the document until the reader chooses it (see `prepare_timeline`).
    timeline: RefCell<Option<DocumentFragment>>,
    /// The controls' buttons and the table head's sort buttons, with what each chooses.
    buttons: Vec<(Choice, Element)>,
    /// The table's rows, and the chart's rows group by group, ready to move.
    table_rows: Vec<Reorderable>,
    chart_rows: Vec<Reorderable>,
    /// The order the chart's rows are in (see `PanelState::chart_catch_up`).
    chart_order: Cell<(SortKey, bool)>,
    /// Whether the table has shown, so each record's height is known (see `show_view`).
    records_measured: Cell<bool>,
}

/// The choice a button (or what an event happened in) makes.
fn choice_of(button: &Element) -> Option<Choice> {
    Choice::from_key(&button.get_attribute(CHOICE.name)?)
}

/// Every mark within `root`, with the id of the estimate it draws.
fn marks_in(root: &Element) -> Vec<(String, Element)> {
    browser::query_all(root, MARK.selector)
        .into_iter()
        .filter_map(|m| Some((m.get_attribute(ESTIMATE.name)?, m)))
        .collect()
}

/// Wires the panel, if this page has it.
pub fn start() -> Option<Rc<Panel>> {
    let root = browser::by_id(PANEL.name)?;
    let buttons = browser::query_all(&root, CHOICE.selector)
        .into_iter()
        .filter_map(|b| Some((choice_of(&b)?, b)))
        .collect();
    let orders = SortKey::ALL.map(SortKey::order_attribute);
    let rows = |selector: &str| {
        browser::query_all(&root, selector)
            .into_iter()
            .map(|rows| Reorderable::read(rows, &orders))
            .collect()
    };
    let (table_rows, chart_rows) = (rows(TABLE_ROWS.selector), rows(CHART_ROWS.selector));
    let marks = marks_in(&root);
    let places = TwoPlaces::read(&root, ON_LOG.name, ON_LOG.selector);
    let start = PanelState::default();
    let panel = Rc::new(Panel {
        root,
        state: RefCell::new(start),
        selected: RefCell::new(None),
        marks: RefCell::new(marks),
        places: RefCell::new(vec![places]),
        timeline: RefCell::new(None),
        buttons,
        table_rows,
        chart_rows,
        chart_order: Cell::new(start.order()),
        records_measured: Cell::new(false),
    });
    let on = |event: &str, handler: fn(&Panel, &Event)| {
        let panel = panel.clone();
        browser::on(&panel.root.clone().into(), event, move |event| {
            handler(&panel, &event)
        });
    };
    on("click", Panel::clicked);
    // Pointing at, focusing, or pressing Enter or Space on a mark selects it.
    on("focusin", |panel, event| {
        panel.select_mark(event);
    });
    on("pointerover", |panel, event| {
        panel.select_mark(event);
    });
    on("keydown", |panel, event| {
        if matches!(browser::key_of(event).as_deref(), Some("Enter" | " "))
            && panel.select_mark(event)
        {
            event.prevent_default();
        }
    });
    let idle = panel.clone();
    browser::when_idle(move || idle.prepare_timeline());
    Some(panel)
}

impl Panel {
    fn clicked(&self, event: &Event) {
        if let Some(choice) = browser::event_within(event, CHOICE.selector)
            .as_ref()
            .and_then(choice_of)
        {
            self.press(choice);
        } else if !self.select_mark(event)
            && browser::event_within(event, CARD_CLOSE.selector).is_some()
        {
            self.dismiss_card();
        }
    }

    fn press(&self, choice: Choice) {
        let before = *self.state.borrow();
        self.state.borrow_mut().press(choice);
        let after = *self.state.borrow();
        self.apply(&after, &after.changes_from(&before));
    }

    fn apply(&self, state: &PanelState, change: &PanelChange) {
        for (choice, button) in &self.buttons {
            let pressed = change.pressed.iter().find(|(c, _)| c == choice);
            if let (Some((_, pressed)), true) = (pressed, button.has_attribute("aria-pressed")) {
                browser::set_attr(
                    button,
                    "aria-pressed",
                    if *pressed { "true" } else { "false" },
                );
            }
        }
        if let Some(view) = change.view {
            self.show_view(state, view);
        }
        if let Some(scale) = change.scale {
            for places in self.places.borrow().iter() {
                places.show(scale == ScaleKind::Log);
            }
            browser::set_attr(&self.root, SCALE.name, scale.key());
        }
        if let Some(figures) = change.figures {
            browser::set_attr(&self.root, FIGURES.name, figures.key());
        }
        if let Some((key, descending)) = change.order {
            for rows in &self.table_rows {
                rows.arrange(key.index(), descending);
            }
            self.catch_up_chart(state);
        }
        for (key, mark) in &change.sort_marks {
            for (_, button) in self
                .buttons
                .iter()
                .filter(|(choice, _)| *choice == Choice::Sort(*key))
            {
                browser::set_attr(button, SORTED.name, mark.key());
                if let Some(column) = button
                    .parent_element()
                    .filter(|parent| parent.has_attribute(ARIA_SORT.name))
                {
                    browser::set_attr(&column, ARIA_SORT.name, mark.key());
                }
            }
        }
    }

    /// The view, for CSS; the table's buttons and links join the Tab order only while
    /// the table shows.
    fn show_view(&self, state: &PanelState, view: View) {
        self.catch_up_chart(state);
        if view == View::Timeline {
            self.draw_timeline(state);
        }
        browser::set_attr(&self.root, VIEW.name, view.key());
        if view == View::Table && !self.records_measured.replace(true) {
            // On phones a record off screen skips rendering (CSS), but only once every
            // record has been drawn and its height remembered, two frames on: a record
            // drawn for the first time as the reader reached it would change height and
            // move what lies below it.
            let root = self.root.clone();
            browser::next_frame(move || {
                browser::next_frame(move || browser::set_flag(&root, RECORDS_MEASURED.name, true))
            });
        }
        let tabindex = if view == View::Table { "0" } else { "-1" };
        for table in browser::query_all(&self.root, ESTIMATES_TABLE.selector) {
            for control in browser::query_all(&table, TABLE_CONTROLS) {
                browser::set_attr(&control, "tabindex", tabindex);
            }
        }
    }

    /// The timeline's place on the page, while it is still empty.
    fn empty_timeline_view(&self) -> Option<Element> {
        browser::query_all(&self.root, TIMELINE_VIEW.selector)
            .pop()
            .filter(|view| view.child_element_count() == 0)
    }

    /// Copies the timeline from its template ahead of the reader's choice, off any
    /// press: the copy is most of what choosing it would cost. Kept out of the
    /// document, it adds nothing to what every other press styles and lays out.
    fn prepare_timeline(&self) {
        if self.empty_timeline_view().is_some() && self.timeline.borrow().is_none() {
            *self.timeline.borrow_mut() = browser::import_template(TIMELINE_DRAWING.name);
        }
    }

    /// Puts the timeline on the page, the first time it shows (copied now if the
    /// browser was never idle before); its marks join the others (the selected
    /// estimate's pressed).
    fn draw_timeline(&self, state: &PanelState) {
        let Some(view) = self.empty_timeline_view() else {
            return;
        };
        self.prepare_timeline();
        let Some(timeline) = self.timeline.take() else {
            return;
        };
        browser::fill_with(&view, &timeline);
        let places = TwoPlaces::read(&view, ON_LOG.name, ON_LOG.selector);
        if state.scale == ScaleKind::Log {
            places.show(true);
        }
        self.places.borrow_mut().push(places);
        let selected = self.selected.borrow().clone();
        for (id, mark) in marks_in(&view) {
            if selected.as_deref() == Some(id.as_str()) {
                browser::set_attr(&mark, "aria-pressed", "true");
            }
            self.marks.borrow_mut().push((id, mark));
        }
    }

    /// Puts the chart's rows in the state's order, if the chart shows and they are not.
    fn catch_up_chart(&self, state: &PanelState) {
        if let Some((key, descending)) = state.chart_catch_up(self.chart_order.get()) {
            self.chart_order.set((key, descending));
            for rows in &self.chart_rows {
                rows.arrange(key.index(), descending);
            }
        }
    }

    /// Selects the mark an event happened on, if any; true if there was one.
    fn select_mark(&self, event: &Event) -> bool {
        let Some(id) = browser::event_within(event, MARK.selector)
            .and_then(|mark| mark.get_attribute(ESTIMATE.name))
        else {
            return false;
        };
        if self.selected.borrow().as_deref() != Some(id.as_str()) {
            self.select(Some(id));
        }
        true
    }

    /// Whether a mark holds the card open (it then sticks to the view).
    pub fn card_shown(&self) -> bool {
        self.selected.borrow().is_some()
    }

    /// While a mark holds the card open, it sticks to the bottom of the view, over
    /// whatever lies under it: the focused element is scrolled clear of it.
    pub fn keep_focus_clear_of_card(&self) {
        if let Some(card) = browser::by_id(ESTIMATE_CARD.name).filter(|_| self.card_shown()) {
            browser::keep_focus_clear_of(&card);
        }
    }

    /// Closes the card if a mark holds it open; true if one did.
    pub fn dismiss_card(&self) -> bool {
        let open = self.card_shown();
        if open {
            self.select(None);
        }
        open
    }

    /// The selected estimate's marks are pressed and its details shown in the card,
    /// which then sticks to the view.
    fn select(&self, id: Option<String>) {
        let previous = self.selected.replace(id.clone());
        if let Some(previous) = previous {
            self.show_estimate(&previous, false);
        }
        if let Some(id) = &id {
            self.show_estimate(id, true);
        }
        if let Some(card) = browser::by_id(ESTIMATE_CARD.name) {
            if let Some(body) = browser::query_all(&card, CARD_BODY.selector).first() {
                let details = id.as_deref().map(|id| Anchor::Card(id).id());
                browser::fill_from_template_part(body, CARD_DETAILS.name, details.as_deref());
            }
            browser::set_class(&card, CARD_SELECTED.name, id.is_some());
        }
    }

    fn show_estimate(&self, id: &str, shown: bool) {
        for (_, mark) in self
            .marks
            .borrow()
            .iter()
            .filter(|(estimate, _)| estimate == id)
        {
            browser::set_attr(mark, "aria-pressed", if shown { "true" } else { "false" });
        }
    }
}
