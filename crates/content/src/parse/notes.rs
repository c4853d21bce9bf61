//! `notes.toml`: one `[[note]]` table per footnote.

use serde::Deserialize;
use toml::Spanned;

use super::{is_valid_id, leak, leak_slice, ContentError, Errors};
use crate::{Link, Note, NoteKind, PartialDate};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    note: Vec<Spanned<RawNote>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNote {
    id: Spanned<String>,
    kind: Spanned<String>,
    label: Spanned<String>,
    text: Spanned<String>,
    #[serde(default)]
    link: Vec<Spanned<RawLink>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLink {
    outlet: Spanned<String>,
    title: Option<Spanned<String>>,
    date: Option<Spanned<String>>,
    url: Spanned<String>,
}

/// The notes in file order, each with the line of its `id`.
pub fn parse(file: &str, text: &str) -> Result<Vec<(Note, usize)>, Errors> {
    let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
    let raw: RawFile = toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |span| line_of(span.start));
        let message = e.message().split_whitespace().collect::<Vec<_>>().join(" ");
        vec![ContentError::new(file, line, message)]
    })?;
    let mut checker = Checker { file, line_of: &line_of, errors: Errors::new() };
    let mut notes: Vec<(Note, usize)> = Vec::new();
    for raw_note in &raw.note {
        let line = line_of(raw_note.get_ref().id.span().start);
        let note = checker.note(raw_note.get_ref());
        if let Some((_, first)) = notes.iter().find(|(other, _)| other.id == note.id) {
            checker.error(&raw_note.get_ref().id, format!("duplicate note id \"{}\" (first defined at line {first})", note.id));
        }
        notes.push((note, line));
    }
    if raw.note.is_empty() {
        checker.errors.push(ContentError::new(file, 1, "there are no [[note]] tables"));
    }
    if checker.errors.is_empty() { Ok(notes) } else { Err(checker.errors) }
}

struct Checker<'a> {
    file: &'a str,
    line_of: &'a dyn Fn(usize) -> usize,
    errors: Errors,
}

impl Checker<'_> {
    fn error<T>(&mut self, at: &Spanned<T>, message: impl Into<String>) {
        self.errors.push(ContentError::new(self.file, (self.line_of)(at.span().start), message));
    }

    fn note(&mut self, raw: &RawNote) -> Note {
        let id = raw.id.get_ref();
        if !is_valid_id(id) {
            self.error(&raw.id, format!("note id \"{id}\" must use only lowercase letters, digits and '-'"));
        }
        let kind = NoteKind::from_key(raw.kind.get_ref()).unwrap_or_else(|| {
            let known: Vec<_> = NoteKind::ALL.iter().map(|k| k.key()).collect();
            self.error(&raw.kind, format!("note \"{id}\": unknown kind \"{}\" (use one of: {})", raw.kind.get_ref(), known.join(", ")));
            NoteKind::Source
        });
        let label = self.non_empty(&raw.label, id, "label");
        let paragraphs: Vec<&'static str> = raw
            .text
            .get_ref()
            .split("\n\n")
            .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|p| !p.is_empty())
            .map(leak)
            .collect();
        if paragraphs.is_empty() {
            self.error(&raw.text, format!("note \"{id}\": the text is empty"));
        }
        let links = raw.link.iter().map(|link| self.link(link.get_ref(), id)).collect();
        Note { id: leak(id.clone()), kind, label, paragraphs: leak_slice(paragraphs), links: leak_slice(links) }
    }

    fn link(&mut self, raw: &RawLink, id: &str) -> Link {
        let url = raw.url.get_ref();
        if !url.starts_with("https://") || url.len() <= "https://".len() || url.contains(char::is_whitespace) {
            self.error(&raw.url, format!("note \"{id}\": link \"{url}\" must be a full https:// address"));
        }
        let date = raw.date.as_ref().and_then(|date| {
            let parsed = PartialDate::parse(date.get_ref());
            if parsed.is_none() {
                self.error(date, format!("note \"{id}\": \"{}\" is not a real date (write YYYY-MM-DD, YYYY-MM or YYYY)", date.get_ref()));
            }
            parsed
        });
        Link {
            outlet: self.non_empty(&raw.outlet, id, "link outlet"),
            title: raw.title.as_ref().map(|t| self.non_empty(t, id, "link title")),
            date,
            url: leak(url.clone()),
        }
    }

    fn non_empty(&mut self, field: &Spanned<String>, id: &str, name: &str) -> &'static str {
        let text = field.get_ref().split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            self.error(field, format!("note \"{id}\": the {name} is empty"));
        }
        leak(text)
    }
}
