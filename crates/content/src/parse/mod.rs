//! Reads a content folder, checks it, and turns it into the model: at build time, in
//! the prerender and `check-content`, never in the browser.
//!
//! Every problem becomes a [`ContentError`] naming the file, the line and what to fix;
//! all problems are reported at once so an editor can fix a file in one pass.

mod article;
mod casualties;
mod comparison;
mod fields;
mod inline;
mod interface;
mod notes;
mod site;
mod translation;

use std::fmt;
use std::path::Path;

use crate::{Article, Casualties, Comparison, Note, Panel, Site, Slot, Words};
use inline::MarkerAt;

pub use site::is_placeholder;
pub use translation::{figures, load_translated, QUOTATIONS_FILES};

/// The line that says `site.toml`'s canonical address is still a placeholder, if it is
/// (a warning for `./x build`, an error for `./x build --publish`).
pub fn placeholder_address(dir: &Path) -> Option<ContentError> {
    let file = dir.join(SITE_FILE);
    site::placeholder_address(
        &file.display().to_string(),
        &std::fs::read_to_string(&file).ok()?,
    )
}

/// One problem in one content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl ContentError {
    /// Messages quote what the editor wrote; control characters in it (a newline
    /// inside an id, say) are shown escaped, so every error stays on one line.
    fn new(file: &str, line: usize, message: impl Into<String>) -> Self {
        let message: String = message
            .into()
            .chars()
            .flat_map(|c| {
                c.escape_debug()
                    .filter(move |_| c.is_control())
                    .chain((!c.is_control()).then_some(c))
            })
            .collect();
        ContentError {
            file: file.to_owned(),
            line,
            message,
        }
    }
}

pub type Errors = Vec<ContentError>;

/// The files `load` reads, relative to the content folder.
pub const ARTICLE_FILE: &str = "article.md";
pub const NOTES_FILE: &str = "notes.toml";
pub const CASUALTIES_FILE: &str = "casualties.toml";
pub const COMPARISON_FILE: &str = "comparison.toml";
pub const SITE_FILE: &str = "site.toml";
pub const INTERFACE_FILE: &str = "interface.toml";

/// Everything in the content folder, checked: one edition of the page.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Content {
    pub article: Article,
    pub casualties: Casualties,
    pub comparison: Comparison,
    pub site: Site,
    /// Every marker's slot, in reading order.
    pub slots: &'static [Slot],
    /// The interface words, in the site's locale.
    pub words: Words,
    /// The quotations a translation shows in our words (none in the English).
    pub ours: &'static [crate::OurTranslation],
    /// The quotations a translation shows in the Russian words found, with where.
    pub originals: &'static [crate::Original],
}

/// Reads, checks and assembles everything in the content folder.
pub fn load(dir: &Path) -> Result<Content, Errors> {
    let shown = |name: &str| dir.join(name).display().to_string();
    let read = |name: &str| {
        std::fs::read_to_string(dir.join(name)).map_err(|e| {
            vec![ContentError::new(
                &shown(name),
                0,
                format!("cannot read the file: {e}"),
            )]
        })
    };
    let names = [
        ARTICLE_FILE,
        NOTES_FILE,
        CASUALTIES_FILE,
        COMPARISON_FILE,
        SITE_FILE,
        INTERFACE_FILE,
    ];
    let texts = names
        .iter()
        .map(|name| read(name))
        .collect::<Result<Vec<_>, _>>()?;
    let [article_file, notes_file, casualties_file, comparison_file, site_file, interface_file] =
        names.map(shown);
    // The article's date (site.toml) bounds the notes of kind `next`; its locale says
    // which plural forms the interface words need.
    let site = site::parse(&site_file, &texts[4]);
    let article_date = site.as_ref().ok().map(|site| site.article_date);
    let locale = site.as_ref().map_or(crate::Locale::En, |site| site.locale);
    let parsed = (
        article::parse(&article_file, &texts[0]),
        notes::parse(&notes_file, &texts[1], article_date),
        casualties::parse(&casualties_file, &texts[2]),
        comparison::parse(&comparison_file, &texts[3]),
        site,
        interface::parse(&interface_file, &texts[5], locale),
    );
    let (article, notes, casualties, comparison, site, words) = match parsed {
        (Ok(a), Ok(n), Ok(c), Ok(m), Ok(s), Ok(w)) => (a, n, c, m, s, w),
        (a, n, c, m, s, w) => {
            return Err([a.err(), n.err(), c.err(), m.err(), s.err(), w.err()]
                .into_iter()
                .flatten()
                .flatten()
                .collect())
        }
    };
    let markers = reading_order(&article, &comparison.markers);
    let ordered = match_markers_to_notes(&markers, &notes_file, notes)?;
    let article = Article {
        notes: leak_slice(ordered),
        ..article.article
    };
    let mut errors: Errors = casualties
        .footnotes
        .iter()
        .filter(|(id, _)| article.note(id).is_none())
        .map(|(id, line)| {
            ContentError::new(
                &casualties_file,
                *line,
                format!("footnote \"{id}\" is not a note in {notes_file}"),
            )
        })
        .collect();
    errors.extend(casualties.article_dates.iter().filter(|(_, date, _)| *date != site.article_date).map(|(id, date, line)| {
        let message = format!(
            "estimate \"{id}\": the article's own figure is dated {}, but the article's date is {} ({site_file} article_date)",
            date.iso(),
            site.article_date.iso()
        );
        ContentError::new(&casualties_file, *line, message)
    }));
    if !errors.is_empty() {
        return Err(errors);
    }
    let slots = leak_slice(
        markers
            .iter()
            .filter_map(|m| slot_of(&article, m.slot))
            .collect(),
    );
    Ok(Content {
        article,
        casualties: casualties.casualties,
        comparison: comparison.comparison,
        site,
        slots,
        words,
        ours: &[],
        originals: &[],
    })
}

/// A marker's place with its note's number, kind and label (every marker has a note
/// by now: `match_markers_to_notes` checked it).
fn slot_of(article: &Article, key: &'static str) -> Option<Slot> {
    let (number, note) = article.note(crate::note_of_slot(key))?;
    Some(Slot {
        key,
        note: note.id,
        number: number as u16,
        kind: note.kind,
        label: note.label,
    })
}

/// Parses the article and its notes alone (no panels' markers): for tests and tools.
pub fn assemble(
    article_file: &str,
    article_text: &str,
    notes_file: &str,
    notes_text: &str,
) -> Result<Article, Errors> {
    let article = article::parse(article_file, article_text);
    let notes = notes::parse(notes_file, notes_text, None);
    let (article, notes) = match (article, notes) {
        (Ok(a), Ok(n)) => (a, n),
        (a, n) => return Err([a.err(), n.err()].into_iter().flatten().flatten().collect()),
    };
    let ordered = match_markers_to_notes(&article.markers, notes_file, notes)?;
    Ok(Article {
        notes: leak_slice(ordered),
        ..article.article
    })
}

/// The article's markers with the comparison cells' markers where its panel sits.
fn reading_order(article: &article::ParsedArticle, comparison: &[MarkerAt]) -> Vec<MarkerAt> {
    let at = article
        .panels
        .iter()
        .find(|(panel, _)| *panel == Panel::Comparison)
        .map(|(_, at)| *at);
    let at = at.unwrap_or(article.markers.len());
    let mut markers = article.markers[..at].to_vec();
    markers.extend_from_slice(comparison);
    markers.extend_from_slice(&article.markers[at..]);
    markers
}

/// Every marker must name a note and appear once in its place; every note must be
/// used. The notes come back in reading order, each anchored at its first marker.
fn match_markers_to_notes(
    markers: &[MarkerAt],
    notes_file: &str,
    notes: Vec<(Note, usize)>,
) -> Result<Vec<Note>, Errors> {
    let mut errors = Errors::new();
    let mut ordered: Vec<Note> = Vec::new();
    for (i, marker) in markers.iter().enumerate() {
        let id = marker.note;
        if let Some(first) = markers[..i].iter().find(|other| other.slot == marker.slot) {
            errors.push(ContentError::new(marker.file, marker.line, format!("note marker [^{id}] is used twice (first at line {}); each note has one marker here", first.line)));
        } else if ordered.iter().any(|note| note.id == id) {
            // Already numbered: a second place (a comparison cell) reusing the note.
        } else if let Some((note, _)) = notes.iter().find(|(note, _)| note.id == id) {
            ordered.push(Note {
                anchor: marker.slot,
                ..*note
            });
        } else {
            errors.push(ContentError::new(
                marker.file,
                marker.line,
                format!("note marker [^{id}] points at no note in {notes_file}"),
            ));
        }
    }
    for (note, line) in &notes {
        if !markers.iter().any(|marker| marker.note == note.id) {
            errors.push(ContentError::new(
                notes_file,
                *line,
                format!(
                    "note \"{}\" is not used: add a marker [^{}] to the text or delete the note",
                    note.id, note.id
                ),
            ));
        }
    }
    if errors.is_empty() {
        Ok(ordered)
    } else {
        Err(errors)
    }
}

/// Valid ids are what a URL fragment can carry without escaping.
fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The model borrows `'static` data so the page can hold it in statics; at build
/// time the parsed strings simply live until the build script exits.
fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

fn leak_slice<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

#[cfg(test)]
mod tests;
