//! The browser entry point: make the prerendered page interactive.

#[cfg(feature = "client")]
fn main() {
    // A panic must never cost the reader the article: log it, then mark the page so CSS
    // shows the static edition and a discreet notice. The prerendered HTML stays.
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("data-crashed", "");
            let _ = root.set_attribute("data-static", "");
        }
    }));
    // The page is the prerendered HTML; this only makes its controls work.
    refuseniks::client::start();
}

#[cfg(not(feature = "client"))]
fn main() {
    eprintln!("this binary is the browser build: trunk builds it with --features client");
}
