//! What the reader has chosen in the comparison (one dimension, or all; headline
//! figures only, or the cells' texts too) and what the page must change when that
//! changes: plain state and a pure decision, tested in `tests/business.rs`;
//! `client::comparison` only applies it.

/// The rows shown and how much of each cell.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ComparisonView {
    /// The one row shown, by its place; `None` shows every row.
    pub focus: Option<usize>,
    pub headlines_only: bool,
}

impl ComparisonView {
    /// The chooser's value: one of `dimensions` (the rows' ids, in order) focuses on
    /// that row; anything else (the "all" option, or a value a script made up) shows all.
    pub fn focus_on(&mut self, value: &str, dimensions: &[String]) {
        self.focus = dimensions.iter().position(|id| id == value);
    }

    pub fn toggle_headlines(&mut self) {
        self.headlines_only = !self.headlines_only;
    }

    pub fn shows_row(&self, row: usize) -> bool {
        self.focus.is_none_or(|focus| focus == row)
    }

    /// What the page must change after `before`, with `rows` rows: each row whose
    /// `hidden` changed, and the headlines-only state when it changed.
    pub fn changes_from(&self, before: &ComparisonView, rows: usize) -> ComparisonChange {
        ComparisonChange {
            hidden: (0..rows)
                .filter(|row| self.shows_row(*row) != before.shows_row(*row))
                .map(|row| (row, !self.shows_row(row)))
                .collect(),
            headlines_only: (self.headlines_only != before.headlines_only)
                .then_some(self.headlines_only),
        }
    }
}

/// What a change of the comparison's view changes on the page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ComparisonChange {
    pub hidden: Vec<(usize, bool)>,
    pub headlines_only: Option<bool>,
}
