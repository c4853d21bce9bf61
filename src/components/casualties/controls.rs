//! The panel's controls: view, scale, which figures, sort. Static buttons, each naming
//! its choice (`data-choice`), pressed as the panel starts; `client::casualties`
//! answers presses and keeps `aria-pressed` and the sort marks true.

use leptos::prelude::*;

use crate::chart::estimates::{sort_marks, Choice, PanelState, SortKey, View};
use crate::chart::scale::ScaleKind;
use crate::hooks::{SORT_ARROW, SORT_WORDS};

#[component]
pub fn Controls() -> impl IntoView {
    let state = PanelState::default();
    let sort_buttons = [(SortKey::Date, "Date"), (SortKey::Figure, "Figure"), (SortKey::Source, "Source")].map(|(key, label)| {
        let (arrow, words) = sort_marks(state.sorted(key));
        view! {
            <button type="button" data-choice=Choice::Sort(key).key() aria-pressed=Choice::Sort(key).is_chosen(&state).to_string()>
                {label}
                <span class=SORT_ARROW aria-hidden="true">{arrow}</span>
                // Words, not a comma: the hidden span is its own box, and browsers put a space before it.
                <span class=format!("visually-hidden {SORT_WORDS}")>{words}</span>
            </button>
        }
    });
    view! {
        <div class="panel-controls">
            {choice("View", [(Choice::View(View::Chart), "Chart"), (Choice::View(View::Timeline), "Timeline"), (Choice::View(View::Table), "Table")], &state)}
            {choice("Scale", [(Choice::Scale(ScaleKind::Linear), "Linear"), (Choice::Scale(ScaleKind::Log), "Log")], &state)}
            {choice("Figures", [(Choice::DeathsOnly(true), "Deaths only"), (Choice::DeathsOnly(false), "All casualty figures")], &state)}
            <fieldset class="choice">
                <legend>"Sort"</legend>
                {sort_buttons.into_iter().collect_view()}
            </fieldset>
        </div>
    }
}

/// A set of mutually exclusive buttons (aria-pressed), e.g. Linear | Log.
fn choice<const N: usize>(
    legend: &'static str,
    options: [(Choice, &'static str); N],
    state: &PanelState,
) -> impl IntoView {
    let buttons = options.map(|(choice, label)| {
        view! { <button type="button" data-choice=choice.key() aria-pressed=choice.is_chosen(state).to_string()>{label}</button> }
    });
    view! {
        <fieldset class="choice">
            <legend>{legend}</legend>
            {buttons.into_iter().collect_view()}
        </fieldset>
    }
}
