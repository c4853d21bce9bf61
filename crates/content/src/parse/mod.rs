//! Reads `content/`, checks it, and turns it into the model (build time only).
//!
//! Every problem becomes a [`ContentError`] naming the file, the line and what to fix;
//! all problems are reported at once so an editor can fix a file in one pass.

mod article;
mod casualties;
mod codegen;
mod fields;
mod notes;

use std::fmt;
use std::path::Path;

use crate::{Article, Casualties, Note};

pub use codegen::to_rust;

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
    fn new(file: &str, line: usize, message: impl Into<String>) -> Self {
        ContentError { file: file.to_owned(), line, message: message.into() }
    }
}

pub type Errors = Vec<ContentError>;

/// The files `load` reads, relative to the content folder.
pub const ARTICLE_FILE: &str = "article.md";
pub const NOTES_FILE: &str = "notes.toml";
pub const CASUALTIES_FILE: &str = "casualties.toml";

/// Everything in the content folder, checked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Content {
    pub article: Article,
    pub casualties: Casualties,
}

/// Reads, checks and assembles everything in the content folder.
pub fn load(dir: &Path) -> Result<Content, Errors> {
    let shown = |name: &str| dir.join(name).display().to_string();
    let read = |name: &str| {
        std::fs::read_to_string(dir.join(name)).map_err(|e| vec![ContentError::new(&shown(name), 0, format!("cannot read the file: {e}"))])
    };
    let (article_file, notes_file, casualties_file) = (shown(ARTICLE_FILE), shown(NOTES_FILE), shown(CASUALTIES_FILE));
    let article = assemble(&article_file, &read(ARTICLE_FILE)?, &notes_file, &read(NOTES_FILE)?);
    let casualties = casualties::parse(&casualties_file, &read(CASUALTIES_FILE)?);
    match (article, casualties) {
        (Ok(article), Ok(parsed)) => {
            let errors: Errors = parsed
                .footnotes
                .iter()
                .filter(|(id, _)| article.note(id).is_none())
                .map(|(id, line)| ContentError::new(&casualties_file, *line, format!("footnote \"{id}\" is not a note in {notes_file}")))
                .collect();
            if errors.is_empty() { Ok(Content { article, casualties: parsed.casualties }) } else { Err(errors) }
        }
        (a, c) => Err([a.err(), c.err()].into_iter().flatten().flatten().collect()),
    }
}

/// Parses both files and checks that markers and notes match one to one.
pub fn assemble(article_file: &str, article_text: &str, notes_file: &str, notes_text: &str) -> Result<Article, Errors> {
    let article = article::parse(article_file, article_text);
    let notes = notes::parse(notes_file, notes_text);
    let (article, notes) = match (article, notes) {
        (Ok(a), Ok(n)) => (a, n),
        (a, n) => return Err([a.err(), n.err()].into_iter().flatten().flatten().collect()),
    };
    let ordered = match_markers_to_notes(article_file, &article.markers, notes_file, notes)?;
    Ok(Article { notes: leak_slice(ordered), ..article.article })
}

/// Every marker must name a note, every note must have exactly one marker;
/// the notes come back in reading order.
fn match_markers_to_notes(
    article_file: &str,
    markers: &[(&'static str, usize)],
    notes_file: &str,
    notes: Vec<(Note, usize)>,
) -> Result<Vec<Note>, Errors> {
    let mut errors = Errors::new();
    let mut ordered = Vec::new();
    for (i, &(id, line)) in markers.iter().enumerate() {
        if let Some(&(_, first)) = markers[..i].iter().find(|(other, _)| *other == id) {
            errors.push(ContentError::new(article_file, line, format!("note marker [^{id}] is used twice (first at line {first}); each note has one marker")));
        } else if let Some((note, _)) = notes.iter().find(|(note, _)| note.id == id) {
            ordered.push(*note);
        } else {
            errors.push(ContentError::new(article_file, line, format!("note marker [^{id}] points at no note in {notes_file}")));
        }
    }
    for (note, line) in &notes {
        if !markers.iter().any(|(id, _)| *id == note.id) {
            errors.push(ContentError::new(notes_file, *line, format!("note \"{}\" is not used: add a marker [^{}] to {article_file} or delete the note", note.id, note.id)));
        }
    }
    if errors.is_empty() { Ok(ordered) } else { Err(errors) }
}

/// Valid ids are what a URL fragment can carry without escaping.
fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
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
