//! After the article: counts of named dead, a floor that kept rising.

use leptos::prelude::*;

use super::table::outlet_link;
use crate::chart::format::thousands;
use crate::CASUALTIES;

#[component]
pub fn LaterCounts() -> impl IntoView {
    view! {
        <aside class="later" aria-labelledby="later-title">
            <h4 id="later-title">"After the article: the count of named dead"</h4>
            <ul>
                {CASUALTIES
                    .later
                    .iter()
                    .map(|c| {
                        view! {
                            <li>
                                <time datetime=c.date.iso()>{c.date.to_string()}</time>": "
                                <strong>{thousands(c.figure)}</strong>" — "{c.note}" ("{c.source}", via "{outlet_link(c.outlet, c.url, None)}")"
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </aside>
    }
}
