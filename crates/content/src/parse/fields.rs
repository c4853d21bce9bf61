//! Checks shared by the TOML content files: each problem is reported at the line of
//! the field it concerns.

use serde::de::DeserializeOwned;
use toml::Spanned;

use super::{is_valid_id, leak, ContentError, Errors};
use crate::{Keyed, PartialDate};

/// Deserializes a whole TOML file; a syntax or shape error names its line.
pub fn from_toml<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Errors> {
    toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |span| line_of(text, span.start));
        let message = e.message().split_whitespace().collect::<Vec<_>>().join(" ");
        let message = if message.is_empty() {
            "this is not valid TOML (check quotes, brackets and '=' here)".to_owned()
        } else {
            message
        };
        vec![ContentError::new(file, line, message)]
    })
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

pub struct Fields<'a> {
    file: &'a str,
    text: &'a str,
    pub errors: Errors,
}

impl<'a> Fields<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Self {
        Fields {
            file,
            text,
            errors: Errors::new(),
        }
    }

    pub fn file(&self) -> &str {
        self.file
    }

    pub fn line<T>(&self, at: &Spanned<T>) -> usize {
        line_of(self.text, at.span().start)
    }

    pub fn error<T>(&mut self, at: &Spanned<T>, message: impl Into<String>) {
        let line = self.line(at);
        self.errors
            .push(ContentError::new(self.file, line, message));
    }

    /// `what` names the record in messages, e.g. `note "borova"`.
    pub fn id(&mut self, field: &Spanned<String>, what: &str) -> &'static str {
        if !is_valid_id(field.get_ref()) || field.get_ref().contains("--") {
            self.error(
                field,
                format!(
                    "{what} id \"{}\" must use only lowercase letters, digits and single '-'",
                    field.get_ref()
                ),
            );
        }
        leak(field.get_ref().clone())
    }

    /// The text with runs of whitespace collapsed; an error if nothing is left.
    pub fn non_empty(&mut self, field: &Spanned<String>, what: &str, name: &str) -> &'static str {
        let text = field
            .get_ref()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if text.is_empty() {
            self.error(field, format!("{what}: the {name} is empty"));
        }
        leak(text)
    }

    /// The variant of `T` the field's key names. An unknown key is an error that lists
    /// the known ones; `fallback` stands in, so the other fields are still checked.
    pub fn keyed<T: Keyed>(
        &mut self,
        field: &Spanned<String>,
        what: &str,
        name: &str,
        fallback: T,
    ) -> T {
        T::all()
            .iter()
            .copied()
            .find(|variant| variant.key() == field.get_ref())
            .unwrap_or_else(|| {
                let known: Vec<_> = T::all().iter().map(|variant| variant.key()).collect();
                self.error(
                    field,
                    format!(
                        "{what}: unknown {name} \"{}\" (use one of: {})",
                        field.get_ref(),
                        known.join(", ")
                    ),
                );
                fallback
            })
    }

    pub fn https_url(&mut self, field: &Spanned<String>, what: &str) -> &'static str {
        let url = field.get_ref();
        if !url.starts_with("https://")
            || url.len() <= "https://".len()
            || url.contains(char::is_whitespace)
        {
            self.error(
                field,
                format!("{what}: link \"{url}\" must be a full https:// address"),
            );
        }
        leak(url.clone())
    }

    pub fn date(&mut self, field: &Spanned<String>, what: &str) -> Option<PartialDate> {
        let parsed = PartialDate::parse(field.get_ref());
        if parsed.is_none() {
            self.error(
                field,
                format!(
                    "{what}: \"{}\" is not a real date (write YYYY-MM-DD, YYYY-MM or YYYY)",
                    field.get_ref()
                ),
            );
        }
        parsed
    }

    /// A date to the day, as a chart's time axis needs.
    pub fn day(&mut self, field: &Spanned<String>, what: &str) -> PartialDate {
        let fallback = PartialDate {
            year: 2022,
            month: Some(1),
            day: Some(1),
        };
        match PartialDate::parse(field.get_ref()) {
            Some(date) if date.day.is_some() => date,
            _ => {
                self.error(
                    field,
                    format!(
                        "{what}: \"{}\" is not a real date (write YYYY-MM-DD)",
                        field.get_ref()
                    ),
                );
                fallback
            }
        }
    }
}
