//! Thin Leptos components over the content model and `OpenNotes`.

mod article;
mod casualties;
mod comparison;
mod corrections;
mod methodology;
mod notes;

use leptos::prelude::*;

use crate::open_notes::OpenNotes;
use crate::ARTICLE;
use content::Note;

pub use article::ArticleView;
use casualties::CasualtiesPanel;
use comparison::ComparisonPanel;
use corrections::Corrections;
use methodology::Methodology;
pub use notes::Sources;

/// The reader's state, shared by every component through context.
#[derive(Clone, Copy)]
pub struct Reader {
    pub notes: RwSignal<OpenNotes>,
    /// What the screen-reader live region says after a note opens.
    pub announcement: RwSignal<String>,
    /// False in the prerendered HTML and until hydration is done: markers are then plain
    /// footnote links to the endnotes; once true they are disclosure buttons.
    pub interactive: RwSignal<bool>,
}

impl Reader {
    fn new() -> Self {
        Reader { notes: RwSignal::new(OpenNotes::default()), announcement: RwSignal::new(String::new()), interactive: RwSignal::new(false) }
    }

    /// `number` is the note's place in reading order, as its marker shows it.
    pub fn toggle(&self, slot: &'static str, number: usize, note: &'static Note) {
        if self.notes.try_update(|notes| notes.toggle(slot)).unwrap_or(false) {
            self.announce_opened(number, note);
        }
    }

    /// Opens a note named by the address bar (browser only).
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    pub fn open(&self, slot: &'static str, number: usize, note: &'static Note) {
        self.notes.update(|notes| notes.open(slot));
        self.announce_opened(number, note);
    }

    /// Closes the note and puts focus back on its marker, so keyboard readers
    /// continue where they were.
    pub fn close(&self, slot: &'static str) {
        self.notes.update(|notes| notes.close(slot));
        focus_marker(slot);
    }

    fn announce_opened(&self, number: usize, note: &'static Note) {
        // Number, kind and label, as the marker's name gives them: the note itself is
        // right there to read, so the live region does not read it all out first.
        self.announcement.set(format!("Note {number} opened. {}: {}.", note.kind.title(), note.label));
    }
}

#[cfg(feature = "hydrate")]
fn focus_marker(slot: &str) {
    crate::browser::focus(&crate::anchors::Anchor::Marker(slot).id());
}

/// Event handlers only run in the browser; the server never calls this.
#[cfg(not(feature = "hydrate"))]
fn focus_marker(_slot: &str) {}

/// Shared by both pages: the reader's state, and its browser wiring once hydrated.
fn start_reader() -> Reader {
    let reader = Reader::new();
    provide_context(reader);
    #[cfg(feature = "hydrate")]
    crate::browser::connect(reader);
    reader
}

/// embed.html: each part on its own, without page chrome. All three are in the
/// HTML; the page script's `data-panel` and CSS show the one `?panel=` asks for.
#[component]
pub fn EmbedApp() -> impl IntoView {
    let reader = start_reader();
    #[cfg(feature = "hydrate")]
    crate::browser::start_pym_child();
    view! {
        <main class="embed">
            <div class="embed-part" id="embed-article">
                <ArticleView article=&ARTICLE panels=false />
                <Corrections article=&ARTICLE />
                <Methodology />
                <Sources article=&ARTICLE />
            </div>
            <div class="embed-part" id="embed-casualties"><CasualtiesPanel /></div>
            <div class="embed-part" id="embed-comparison"><ComparisonPanel /></div>
        </main>
        <p class="visually-hidden" role="status">{move || reader.announcement.get()}</p>
    }
}

#[component]
pub fn App() -> impl IntoView {
    let reader = start_reader();
    view! {
        <a class="skip-link" href="#sources">"Skip to the notes and sources"</a>
        <main>
            <ArticleView article=&ARTICLE />
            // After the article and before the endnotes, as newsrooms run corrections;
            // the endnotes stay last, the one part that skips rendering (main.css).
            <Corrections article=&ARTICLE />
            <Methodology />
            <Sources article=&ARTICLE />
        </main>
        <p class="visually-hidden" role="status">{move || reader.announcement.get()}</p>
    }
}
