//! The panel's controls: view, scale, which figures, sort. Static buttons, each naming
//! its choice (`data-choice`), pressed as the panel starts; `client::casualties`
//! answers presses and keeps `aria-pressed` and the sort marks true.

use leptos::prelude::*;

use crate::chart::panel::{Choice, Group, PanelState};
use crate::components::words;
use crate::hooks::{CHOICE, SORTED};
use content::Word;

#[component]
pub fn Controls() -> impl IntoView {
    let groups = Group::ALL.map(|group| {
        let buttons = Choice::all()
            .filter(|choice| choice.group() == group)
            .map(button)
            .collect_view();
        view! {
            <fieldset class="choice" data-group=group.key()>
                <legend>{words().get(group.word())}</legend>
                {buttons}
            </fieldset>
        }
    });
    view! { <div class="panel-controls">{groups.into_iter().collect_view()}</div> }
}

/// A button of a set of mutually exclusive ones (aria-pressed), e.g. Linear | Log; a
/// sort button also says, to screen readers, whether the rows are sorted by it.
fn button(choice: Choice) -> impl IntoView {
    let state = PanelState::default();
    let button = view! {
        <button type="button" aria-pressed=choice.is_chosen(&state).to_string()>
            {words().get(choice.word())}
            {match choice {
                Choice::Sort(_) => Some(sort_words()),
                _ => None,
            }}
        </button>
    };
    let sorted = match choice {
        Choice::Sort(key) => Some(state.sort_mark(key).key()),
        _ => None,
    };
    button
        .attr(CHOICE.name, choice.key())
        .attr(SORTED.name, sorted)
}

/// The words a sort button adds for screen readers, one for each way the rows can be
/// sorted by it: CSS shows the one its `data-sorted` names (and draws its arrow).
pub fn sort_words() -> impl IntoView {
    let w = words();
    // Words, not a comma: the hidden span is its own box, and browsers put a space before it.
    view! {
        <span class="visually-hidden sort-words when-ascending">{w.get(Word::SortedAscending)}</span>
        <span class="visually-hidden sort-words when-descending">{w.get(Word::SortedDescending)}</span>
    }
}
