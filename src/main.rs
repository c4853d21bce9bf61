//! The browser entry point: hydrate the prerendered page.

#[cfg(feature = "hydrate")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(refuseniks::App);
}

#[cfg(not(feature = "hydrate"))]
fn main() {
    eprintln!("this binary is the browser build: trunk builds it with --features hydrate");
}
