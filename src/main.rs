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
    use leptos::prelude::document;
    // embed.html carries data-page="embed" and the EmbedApp's HTML; index.html the App's.
    // Only hydration is compiled in: rendering from scratch would add every view's
    // build code to the wasm, and both pages are always prerendered.
    let embed = document().document_element().is_some_and(|root| root.get_attribute("data-page").as_deref() == Some("embed"));
    if embed {
        leptos::mount::hydrate_body(refuseniks::EmbedApp);
    } else {
        leptos::mount::hydrate_body(refuseniks::App);
    }
    // browser::connect marks the page data-interactive once its markers are buttons.
}

#[cfg(not(feature = "hydrate"))]
fn main() {
    eprintln!("this binary is the browser build: trunk builds it with --features hydrate");
}
