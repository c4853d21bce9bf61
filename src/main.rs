//! The browser entry point: hydrate the prerendered page.

#[cfg(feature = "hydrate")]
fn main() {
    console_error_panic_hook::set_once();
    // embed.html carries data-page="embed" and the EmbedApp's HTML.
    let embed = leptos::prelude::document().document_element().is_some_and(|root| root.get_attribute("data-page").as_deref() == Some("embed"));
    if embed {
        leptos::mount::hydrate_body(refuseniks::EmbedApp);
    } else {
        leptos::mount::hydrate_body(refuseniks::App);
    }
    // Lets styles and tests tell the prerendered page from the interactive one, and
    // ./x bench time it.
    if let Some(root) = leptos::prelude::document().document_element() {
        let _ = root.set_attribute("data-interactive", "");
    }
    if let Some(performance) = leptos::prelude::window().performance() {
        let _ = performance.mark("interactive");
    }
}

#[cfg(not(feature = "hydrate"))]
fn main() {
    eprintln!("this binary is the browser build: trunk builds it with --features hydrate");
}
