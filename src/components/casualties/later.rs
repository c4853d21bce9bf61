//! After the article: counts of named dead, a floor that kept rising.

use leptos::either::Either;
use leptos::prelude::*;

use crate::chart::words::stated_count;
use crate::components::notes::link_out;
use crate::components::{edition, words};
use content::Word;

#[component]
pub fn LaterCounts() -> impl IntoView {
    let w = words();
    let items = edition().casualties.later.iter().map(|c| {
        let outlet = match c.url {
            Some(url) => Either::Left(link_out(url, c.outlet, None)),
            None => Either::Right(c.outlet),
        };
        let (before, after) = w.around(Word::LaterSource, "outlet", &[("source", c.source)]);
        view! {
            <li>
                <time datetime=c.date.iso()>{w.date(c.date)}</time>": "
                <strong>{stated_count(w, c)}</strong>" — "{c.note}" "{before}{outlet}{after}
            </li>
        }
    });
    view! {
        <aside class="later" aria-labelledby="later-title">
            <h4 id="later-title">{w.get(Word::LaterTitle)}</h4>
            <ul>{items.collect_view()}</ul>
        </aside>
    }
}
