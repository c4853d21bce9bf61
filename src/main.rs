//! The browser entry point: hydrate the prerendered page.

#[cfg(feature = "hydrate")]
fn main() {
    // A panic must never cost the reader the article: log it, then mark the page so CSS
    // shows the static edition and a discreet notice. The prerendered HTML stays.
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        if let Some(root) = leptos::prelude::document().document_element() {
            let _ = root.set_attribute("data-crashed", "");
            let _ = root.set_attribute("data-static", "");
        }
    }));
    // Only the interactive roots hydrate, each over its own prerendered HTML; the
    // page's text is never built here.
    refuseniks::client::start();
}

#[cfg(not(feature = "hydrate"))]
fn main() {
    eprintln!("this binary is the browser build: trunk builds it with --features hydrate");
}
