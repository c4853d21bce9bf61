//! A translated file against its English twin: the same records (ids, order), the
//! same words keys, and in each text the same note markers, the same figures, the same
//! `{placeholders}` and no address of its own.

use super::super::{ContentError, Errors};
use super::fields::{Field, Record};
use super::figures::{difference, figures};
use crate::{placeholders_in, Locale};

/// Which of a file's text keys are words (translated); the others are data, shared.
pub struct Shape {
    /// The last part of a words key (`outlet` in `link[1].outlet`); `None`: all are words.
    pub words: Option<&'static [&'static str]>,
    /// Keys only a translation has (its own settings and words).
    pub own: &'static [&'static str],
    /// Keys only a translation has that are data: its edition's own settings.
    pub settings: &'static [&'static str],
    /// Whether to report missing and extra keys (the interface's own parser names
    /// them against the page's list of words, so it says `false`).
    pub keys: bool,
}

pub struct Pair<'a> {
    pub english_file: &'a str,
    pub file: &'a str,
    pub locale: Locale,
    /// Off for the interface words, whose plural forms differ in number between languages.
    pub figures: bool,
}

impl Pair<'_> {
    fn error(&self, errors: &mut Errors, line: usize, message: String) {
        errors.push(ContentError::new(self.file, line, message));
    }

    /// Every check between the two files' records.
    pub fn records(&self, shape: &Shape, english: &[Record], translated: &[Record]) -> Errors {
        let mut errors = Errors::new();
        for record in translated {
            if !english.iter().any(|e| same(e, record)) {
                let message = format!(
                    "{} is not in {}: delete it or fix its id",
                    record.name(),
                    self.english_file
                );
                self.error(&mut errors, record.line, message);
            }
        }
        for record in english {
            if !translated.iter().any(|t| same(t, record)) {
                let line = translated
                    .iter()
                    .rev()
                    .find(|t| t.array == record.array)
                    .map_or(1, |t| t.line);
                let message = format!(
                    "{} ({} line {}) has no translation here",
                    record.name(),
                    self.english_file,
                    record.line
                );
                self.error(&mut errors, line, message);
            }
        }
        let common: Vec<&Record> = english
            .iter()
            .filter(|e| translated.iter().any(|t| same(t, e)))
            .collect();
        let in_order = translated
            .iter()
            .filter(|t| english.iter().any(|e| same(e, t)));
        for (at, (record, expected)) in in_order.zip(&common).enumerate() {
            if !same(record, expected) {
                let message = format!(
                    "{} is out of order: record {} here should be {}, as in {} (line {})",
                    record.name(),
                    at + 1,
                    expected.name(),
                    self.english_file,
                    expected.line
                );
                self.error(&mut errors, record.line, message);
                break;
            }
        }
        for record in translated {
            if let Some(twin) = english.iter().find(|e| same(e, record)) {
                self.fields(shape, twin, record, &mut errors);
            }
        }
        errors
    }

    fn fields(&self, shape: &Shape, english: &Record, translated: &Record, errors: &mut Errors) {
        let is_words = |key: &str| {
            let last = key.rsplit('.').next().unwrap_or(key);
            shape.words.is_none_or(|words| words.contains(&last))
        };
        for field in &translated.fields {
            if shape.settings.contains(&field.key.as_str()) {
                continue;
            }
            if shape.own.contains(&field.key.as_str()) {
                self.text(field, None, errors);
                continue;
            }
            match english.field(&field.key) {
                Some(_) if !is_words(&field.key) => self.error(
                    errors,
                    field.line,
                    format!(
                        "{}: \"{}\" is data, shared with {}: delete it here",
                        translated.name(),
                        field.key,
                        self.english_file
                    ),
                ),
                Some(twin) => self.text(field, Some(twin), errors),
                None if !shape.keys => {}
                None => self.error(
                    errors,
                    field.line,
                    format!(
                        "{}: \"{}\" is not a key of {} (line {})",
                        translated.name(),
                        field.key,
                        self.english_file,
                        english.line
                    ),
                ),
            }
        }
        for twin in english
            .fields
            .iter()
            .filter(|f| shape.keys && is_words(&f.key))
        {
            if translated.field(&twin.key).is_none() {
                self.error(
                    errors,
                    translated.line,
                    format!(
                        "{}: \"{}\" is missing: translate {} line {}",
                        translated.name(),
                        twin.key,
                        self.english_file,
                        twin.line
                    ),
                );
            }
        }
    }

    /// One text against its English: markers, figures, placeholders, no address.
    pub fn text(&self, field: &Field, english: Option<&Field>, errors: &mut Errors) {
        let what = &field.key;
        if field.text.split_whitespace().next().is_none() {
            self.error(errors, field.line, format!("{what}: the text is empty"));
        }
        if let Some(url) = address_in(&field.text) {
            self.error(errors, field.line, format!("{what}: \"{url}\" is an address; addresses are data, shared with the English: take it out of the words"));
        }
        let Some(english) = english else { return };
        let (ours, theirs) = (markers(&field.text), markers(&english.text));
        if ours != theirs {
            self.error(
                errors,
                field.line,
                format!(
                    "{what}: note markers {} differ from the English's {} ({} line {})",
                    shown(&ours),
                    shown(&theirs),
                    self.english_file,
                    english.line
                ),
            );
        }
        let (ours, theirs) = (
            figures(&field.text, self.locale),
            figures(&english.text, Locale::En),
        );
        if let Some(diff) = difference(&theirs, &ours).filter(|_| self.figures) {
            self.error(
                errors,
                field.line,
                format!(
                    "{what}: figures differ from the English ({} line {}): {diff}",
                    self.english_file, english.line
                ),
            );
        }
        let (mut ours, mut theirs) = (
            placeholders_in(&field.text).unwrap_or_default(),
            placeholders_in(&english.text).unwrap_or_default(),
        );
        for names in [&mut ours, &mut theirs] {
            names.sort_unstable();
            names.dedup();
        }
        if ours != theirs {
            let list = |names: &[&str]| {
                names
                    .iter()
                    .map(|n| format!("{{{n}}}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            self.error(
                errors,
                field.line,
                format!(
                    "{what}: placeholders {} differ from the English's {} ({} line {})",
                    list(&ours),
                    list(&theirs),
                    self.english_file,
                    english.line
                ),
            );
        }
    }
}

fn same(a: &Record, b: &Record) -> bool {
    a.array == b.array && a.id == b.id
}

/// The `[^id]` markers of a text, in order.
pub fn markers(text: &str) -> Vec<&str> {
    text.split("[^")
        .skip(1)
        .filter_map(|rest| rest.split_once(']').map(|(id, _)| id))
        .collect()
}

fn shown(markers: &[&str]) -> String {
    if markers.is_empty() {
        "(none)".to_owned()
    } else {
        markers.iter().map(|m| format!("[^{m}]")).collect()
    }
}

/// The first web address written in a text, if any.
pub fn address_in(text: &str) -> Option<&str> {
    let start = ["https://", "http://", "www."]
        .iter()
        .filter_map(|p| text.find(p))
        .min()?;
    text[start..].split_whitespace().next()
}
