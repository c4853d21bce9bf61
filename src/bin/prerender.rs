//! `prerender <index.html>`: renders the App natively into the page Trunk built, so
//! the article, every note and the sources are in the HTML before any script runs.

use leptos::prelude::*;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "dist/index.html".to_owned());
    let page = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let body = Owner::new().with(|| view! { <refuseniks::App/> }.to_html());
    let page = fill_between(&page, "<body>", "</body>", &body);
    let page = fill_between(&page, "<title>", "</title>", &escape(refuseniks::ARTICLE.title));
    std::fs::write(&path, page).unwrap_or_else(|e| panic!("cannot write {path}: {e}"));
    println!("prerendered {path}");
}

/// Replaces whatever sits between `open` and `close` (the first pair) with `inner`.
fn fill_between(page: &str, open: &str, close: &str, inner: &str) -> String {
    let start = page.find(open).unwrap_or_else(|| panic!("the page has no {open}")) + open.len();
    let end = start + page[start..].find(close).unwrap_or_else(|| panic!("the page has no {close}"));
    format!("{}{inner}{}", &page[..start], &page[end..])
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
