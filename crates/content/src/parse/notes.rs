//! `notes.toml`: one `[[note]]` table per footnote.

use serde::Deserialize;
use toml::Spanned;

use super::fields::{from_toml, Fields};
use super::{leak, leak_slice, ContentError, Errors};
use crate::{Link, Note, NoteKind, PartialDate};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    note: Vec<RawNote>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNote {
    id: Spanned<String>,
    kind: Spanned<String>,
    label: Spanned<String>,
    text: Spanned<String>,
    /// For `next` notes only: the day of the events the note tells.
    happened: Option<Spanned<String>>,
    #[serde(default)]
    link: Vec<RawLink>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLink {
    outlet: Spanned<String>,
    title: Option<Spanned<String>>,
    title_lang: Option<Spanned<String>>,
    date: Option<Spanned<String>>,
    url: Spanned<String>,
}

/// The notes in file order, each with the line of its `id`. With `article_date` (from
/// site.toml), a `next` note must tell of events on or after it.
pub fn parse(
    file: &str,
    text: &str,
    article_date: Option<PartialDate>,
) -> Result<Vec<(Note, usize)>, Errors> {
    let raw: RawFile = from_toml(file, text)?;
    let mut fields = Fields::new(file, text);
    let mut notes: Vec<(Note, usize)> = Vec::new();
    for raw_note in &raw.note {
        let note = note(&mut fields, raw_note);
        happened(&mut fields, raw_note, note.kind, article_date);
        if let Some((_, first)) = notes.iter().find(|(other, _)| other.id == note.id) {
            fields.error(
                &raw_note.id,
                format!(
                    "duplicate note id \"{}\" (first defined at line {first})",
                    note.id
                ),
            );
        }
        notes.push((note, fields.line(&raw_note.id)));
    }
    if raw.note.is_empty() {
        fields
            .errors
            .push(ContentError::new(file, 1, "there are no [[note]] tables"));
    }
    if fields.errors.is_empty() {
        Ok(notes)
    } else {
        Err(fields.errors)
    }
}

fn note(fields: &mut Fields, raw: &RawNote) -> Note {
    let what = format!("note \"{}\"", raw.id.get_ref());
    let id = fields.id(&raw.id, "note");
    let kind = fields.keyed(&raw.kind, &what, "kind", NoteKind::Source);
    let label = fields.non_empty(&raw.label, &what, "label");
    let paragraphs: Vec<&'static str> = raw
        .text
        .get_ref()
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .map(leak)
        .collect();
    if paragraphs.is_empty() {
        fields.error(&raw.text, format!("{what}: the text is empty"));
    }
    let links = raw
        .link
        .iter()
        .map(|link| self::link(fields, link, &what))
        .collect();
    // The anchor is set once the markers are known.
    Note {
        id,
        kind,
        label,
        paragraphs: leak_slice(paragraphs),
        links: leak_slice(links),
        anchor: id,
    }
}

/// "What happened next" is a promise about dates: the events a `next` note tells
/// happened on or after the article's date; anything earlier is context.
fn happened(fields: &mut Fields, raw: &RawNote, kind: NoteKind, article_date: Option<PartialDate>) {
    let what = format!("note \"{}\"", raw.id.get_ref());
    match (&raw.happened, kind) {
        (None, NoteKind::Next) => {
            fields.error(&raw.kind, format!("{what}: a note of kind \"next\" needs happened = \"YYYY-MM-DD\", the day of the events it tells"));
        }
        (Some(at), NoteKind::Next) => {
            let before = fields.errors.len();
            let day = fields.day(at, &what);
            let is_real = fields.errors.len() == before;
            if let Some(article) = article_date.filter(|article| is_real && day < *article) {
                fields.error(at, format!("{what}: happened {} is before the article's date, {} ({} article_date); what came before the article is kind \"context\", not \"next\"", day.iso(), article.iso(), super::SITE_FILE));
            }
        }
        (Some(at), _) => {
            fields.error(
                at,
                format!("{what}: only notes of kind \"next\" have a happened date"),
            );
        }
        (None, _) => {}
    }
}

fn link(fields: &mut Fields, raw: &RawLink, what: &str) -> Link {
    Link {
        url: fields.https_url(&raw.url, what),
        date: raw.date.as_ref().and_then(|date| fields.date(date, what)),
        outlet: fields.non_empty(&raw.outlet, what, "link outlet"),
        title: raw
            .title
            .as_ref()
            .map(|t| fields.non_empty(t, what, "link title")),
        title_lang: title_lang(fields, raw, what),
    }
}

/// A title's language, which every title names (`title_lang = "en"`): said, not guessed
/// from its letters, since the page marks it for screen readers and hyphenation.
fn title_lang(fields: &mut Fields, raw: &RawLink, what: &str) -> Option<&'static str> {
    match (&raw.title, &raw.title_lang) {
        (Some(title), None) => {
            fields.error(title, format!("{what}: a link title needs title_lang = \"…\", the language it is written in (en, ru, uk, …)"));
            None
        }
        (None, Some(lang)) => {
            fields.error(lang, format!("{what}: title_lang without a title"));
            None
        }
        (Some(_), Some(lang)) => {
            let tag = lang.get_ref();
            let known = (2..=3).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_lowercase());
            if !known {
                fields.error(lang, format!("{what}: title_lang \"{tag}\" is not a language code (two or three small letters: en, ru, uk)"));
            }
            Some(super::leak(tag.clone()))
        }
        (None, None) => None,
    }
}
