//! The casualty panel in the browser: one `PanelState` and the estimate selected.
//! Each press changes the state, then writes only what changed: an attribute on the
//! panel for CSS (view, scale, figures), rows moved into order, the buttons' pressed
//! states and sort marks, the card's details.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use web_sys::{Element, Event};

use crate::browser::{self, Reorderable};
use crate::chart::estimates::{aria_sort, sort_marks, Choice, PanelState, SortKey, View};
use crate::hooks::{figures_key, CARD_SELECTED, ESTIMATE_CARD, PANEL, SORT_ARROW, SORT_WORDS};
use content::anchors::Anchor;

pub struct Panel {
    root: Element,
    state: RefCell<PanelState>,
    /// The estimate whose card is shown, by id.
    selected: RefCell<Option<String>>,
    /// The controls' buttons and the table head's sort buttons, with what each chooses.
    buttons: Vec<(Choice, Element)>,
    /// The table's rows, and the chart's rows group by group, ready to move.
    table_rows: Vec<Reorderable>,
    chart_rows: Vec<Reorderable>,
    /// The order the chart's rows are in: they move only while the chart shows, and
    /// catch up when it is shown again (the table, which screen readers read in every
    /// view, always moves at once).
    chart_order: Cell<(SortKey, bool)>,
    /// Whether the table has shown, so each record's height is known (see `show_view`).
    records_measured: Cell<bool>,
}

/// Wires the panel, if this page has it.
pub fn start() -> Option<Rc<Panel>> {
    let root = browser::by_id(PANEL)?;
    let buttons = browser::query_all(&root, "[data-choice]")
        .into_iter()
        .filter_map(|button| {
            Some((
                Choice::from_key(&button.get_attribute("data-choice")?)?,
                button,
            ))
        })
        .collect();
    let rows = |selector: &str| {
        let orders = SortKey::ALL.map(SortKey::order_attribute);
        browser::query_all(&root, selector)
            .into_iter()
            .map(|rows| Reorderable::read(rows, &orders))
            .collect()
    };
    let (table_rows, chart_rows) = (rows(".estimates-table tbody"), rows(".chart-rows"));
    let start = PanelState::default();
    let chart_order = Cell::new((start.sort, start.descending));
    let panel = Rc::new(Panel {
        root,
        state: RefCell::new(start),
        selected: RefCell::new(None),
        buttons,
        table_rows,
        chart_rows,
        chart_order,
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
    Some(panel)
}

impl Panel {
    fn clicked(&self, event: &Event) {
        let choice = browser::event_within(event, "[data-choice]")
            .and_then(|button| Choice::from_key(&button.get_attribute("data-choice")?));
        if let Some(choice) = choice {
            self.press(choice);
        } else if !self.select_mark(event) && browser::event_within(event, ".card-close").is_some()
        {
            self.dismiss_card();
        }
    }

    fn press(&self, choice: Choice) {
        let before = self.state.borrow().clone();
        self.state.borrow_mut().press(choice);
        let after = self.state.borrow().clone();
        if after == before {
            return;
        }
        for (choice, button) in &self.buttons {
            let pressed = choice.is_chosen(&after);
            if button.has_attribute("aria-pressed") && pressed != choice.is_chosen(&before) {
                browser::set_attr(button, "aria-pressed", &pressed.to_string());
            }
        }
        if after.view != before.view {
            self.show_view(&after);
        }
        if after.scale != before.scale {
            browser::set_attr(&self.root, "data-scale", after.scale.key());
        }
        if after.deaths_only != before.deaths_only {
            browser::set_attr(&self.root, "data-figures", figures_key(after.deaths_only));
        }
        if (after.sort, after.descending) != (before.sort, before.descending) {
            self.sort_rows(&before, &after);
        }
    }

    /// The view, for CSS; the table's buttons and links join the Tab order only while
    /// the table shows.
    fn show_view(&self, state: &PanelState) {
        let view = state.view;
        if view == View::Chart {
            self.order_chart(state);
        }
        browser::set_attr(&self.root, "data-view", view.key());
        if view == View::Table && !self.records_measured.replace(true) {
            // On phones a record off screen skips rendering (CSS), but only once every
            // record has been drawn and its height remembered, two frames on: a record
            // drawn for the first time as the reader reached it would change height and
            // move what lies below it.
            let root = self.root.clone();
            browser::next_frame(move || {
                browser::next_frame(move || browser::set_flag(&root, "data-records-measured", true))
            });
        }
        let tabindex = if view == View::Table { "0" } else { "-1" };
        for control in browser::query_all(&self.root, ".estimates-table a, .estimates-table .sort")
        {
            browser::set_attr(&control, "tabindex", tabindex);
        }
    }

    /// Chart rows and table rows move into the order; the sort buttons and the
    /// table's columns whose state changed say so.
    fn sort_rows(&self, before: &PanelState, state: &PanelState) {
        for rows in &self.table_rows {
            rows.arrange(state.sort.index(), state.descending);
        }
        if state.view == View::Chart {
            self.order_chart(state);
        }
        for (choice, button) in &self.buttons {
            let Choice::Sort(key) = choice else { continue };
            let sorted = state.sorted(*key);
            if sorted == before.sorted(*key) {
                continue;
            }
            if let Some(column) = button
                .parent_element()
                .filter(|parent| parent.has_attribute("aria-sort"))
            {
                browser::set_attr(&column, "aria-sort", aria_sort(sorted));
            }
            let (arrow, words) = sort_marks(sorted);
            for (class, text) in [(SORT_ARROW, arrow), (SORT_WORDS, words)] {
                if let Some(span) = browser::query_all(button, &format!(".{class}")).first() {
                    browser::set_text(span, text);
                }
            }
        }
    }

    /// Puts the chart's rows in the state's order, if they are not in it already.
    fn order_chart(&self, state: &PanelState) {
        let order = (state.sort, state.descending);
        if self.chart_order.replace(order) != order {
            for rows in &self.chart_rows {
                rows.arrange(state.sort.index(), state.descending);
            }
        }
    }

    /// Selects the mark an event happened on, if any; true if there was one.
    fn select_mark(&self, event: &Event) -> bool {
        let Some(id) = browser::event_within(event, ".mark")
            .and_then(|mark| mark.get_attribute("data-estimate"))
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
        if let Some(card) = browser::by_id(ESTIMATE_CARD).filter(|_| self.card_shown()) {
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
        if let Some(card) = browser::by_id(ESTIMATE_CARD) {
            browser::set_class(&card, CARD_SELECTED, id.is_some());
        }
    }

    fn show_estimate(&self, id: &str, shown: bool) {
        for mark in browser::query_all(&self.root, &format!(".mark[data-estimate=\"{id}\"]")) {
            browser::set_attr(&mark, "aria-pressed", if shown { "true" } else { "false" });
        }
        if let Some(details) = browser::by_id(&Anchor::Card(id).id()) {
            browser::set_hidden(&details, !shown);
        }
    }
}
