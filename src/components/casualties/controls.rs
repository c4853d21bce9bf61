//! The panel's controls: view, scale, which figures, sort. A hydrated root: each
//! button's pressed state follows its own signal.

use leptos::prelude::*;

use super::Panel;
use crate::chart::estimates::{sort_after, SortKey, View};
use crate::chart::scale::ScaleKind;

#[component]
pub fn Controls(panel: Panel) -> impl IntoView {
    view! {
        {choice("View", &[(View::Chart, "Chart"), (View::Timeline, "Timeline"), (View::Table, "Table")], panel.view)}
        {choice("Scale", &[(ScaleKind::Linear, "Linear"), (ScaleKind::Log, "Log")], panel.scale)}
        {choice("Figures", &[(true, "Deaths only"), (false, "All casualty figures")], panel.deaths_only)}
        <fieldset class="choice">
            <legend>"Sort"</legend>
            {[(SortKey::Date, "Date"), (SortKey::Figure, "Figure"), (SortKey::Source, "Source")]
                .into_iter()
                .map(|(key, label)| view! { <SortButton panel key label /> })
                .collect_view()}
        </fieldset>
    }
}

/// A set of mutually exclusive buttons (aria-pressed), e.g. Linear | Log.
fn choice<T: Copy + PartialEq + Send + Sync + 'static>(legend: &'static str, options: &'static [(T, &'static str)], chosen: RwSignal<T>) -> impl IntoView {
    view! {
        <fieldset class="choice">
            <legend>{legend}</legend>
            {options
                .iter()
                .map(|&(value, label)| {
                    view! {
                        <button type="button" aria-pressed=move || (chosen.get() == value).to_string() on:click=move |_| chosen.set(value)>
                            {label}
                        </button>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// Sorts chart and table alike; pressing the active key again reverses the order.
#[component]
fn SortButton(panel: Panel, key: SortKey, label: &'static str) -> impl IntoView {
    let state = move || panel.sort.with(|(sort, descending)| (*sort == key).then_some(*descending));
    let arrow = move || match state() {
        Some(true) => " ↓",
        Some(false) => " ↑",
        None => "",
    };
    let spoken = move || match state() {
        Some(true) => "sorted descending",
        Some(false) => "sorted ascending",
        None => "",
    };
    view! {
        <button type="button" aria-pressed=move || state().is_some().to_string() on:click=move |_| panel.sort.update(|order| *order = sort_after(*order, key))>
            {label}
            <span aria-hidden="true">{arrow}</span>
            // Words, not a comma: the hidden span is its own box, and browsers put a space before it.
            <span class="visually-hidden">{spoken}</span>
        </button>
    }
}
