//! `interface.toml`: every interface word (`crate::Word`), by section and key. Each
//! must be there, in its shape (a template, or one per plural form for a counted
//! word), using only its own placeholders; a key the page does not know is a mistake.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::fields::from_toml;
use super::{leak, leak_slice, ContentError, Errors};
use crate::{placeholders_in, Locale, Text, Word, Words};

#[derive(Deserialize)]
#[serde(untagged)]
enum RawText {
    One(String),
    Counted(BTreeMap<String, String>),
}

type RawFile = BTreeMap<String, BTreeMap<String, Spanned<RawText>>>;

pub fn parse(file: &str, text: &str, locale: Locale) -> Result<Words, Errors> {
    let raw: RawFile = from_toml(file, text)?;
    let line_at = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
    let section_line = |section: &str| {
        let header = format!("[{section}]");
        text.lines()
            .position(|line| line.trim() == header)
            .map_or(1, |i| i + 1)
    };
    let mut errors = Errors::new();
    let mut texts = Vec::with_capacity(Word::ALL.len());
    for word in Word::ALL {
        let (section, key) = word.key().split_once('.').expect("section.key");
        let Some(raw_text) = raw.get(section).and_then(|keys| keys.get(key)) else {
            let message = format!(
                "[{section}] has no \"{key}\": the page needs it ({})",
                expected(*word, locale)
            );
            errors.push(ContentError::new(file, section_line(section), message));
            texts.push(Text::One(""));
            continue;
        };
        let line = line_at(raw_text.span().start);
        match checked(*word, raw_text.get_ref(), locale) {
            Ok(text) => texts.push(text),
            Err(problem) => {
                errors.push(ContentError::new(
                    file,
                    line,
                    format!("{section}.{key}: {problem}"),
                ));
                texts.push(Text::One(""));
            }
        }
    }
    for (section, keys) in &raw {
        for (key, value) in keys {
            if !Word::ALL
                .iter()
                .any(|word| word.key() == format!("{section}.{key}"))
            {
                let known: Vec<_> = Word::ALL
                    .iter()
                    .filter_map(|w| w.key().strip_prefix(&format!("{section}.")))
                    .collect();
                let message = if known.is_empty() {
                    format!("[{section}] is not a section of the interface words")
                } else {
                    format!(
                        "[{section}] \"{key}\" is not an interface word (this section has: {})",
                        known.join(", ")
                    )
                };
                errors.push(ContentError::new(
                    file,
                    line_at(value.span().start),
                    message,
                ));
            }
        }
    }
    if errors.is_empty() {
        Ok(Words {
            locale,
            texts: leak_slice(texts),
        })
    } else {
        Err(errors)
    }
}

/// What a word must look like, for a message about a missing one.
fn expected(word: Word, locale: Locale) -> String {
    let placeholders: Vec<String> = word
        .placeholders()
        .iter()
        .map(|p| format!("{{{p}}}"))
        .collect();
    let uses = if placeholders.is_empty() {
        "no placeholders".to_owned()
    } else {
        placeholders.join(", ")
    };
    if word.is_counted() {
        let forms: Vec<_> = locale.plurals().iter().map(|p| p.key()).collect();
        format!(
            "one text per form, {{ {} = \"…\" }}, with {uses}",
            forms.join(" = \"…\", ")
        )
    } else {
        format!("a text with {uses}")
    }
}

fn checked(word: Word, raw: &RawText, locale: Locale) -> Result<Text, String> {
    match (raw, word.is_counted()) {
        (RawText::One(text), false) => Ok(Text::One(template(word, text)?)),
        (RawText::Counted(forms), counted) if counted || word.agrees_with_number() => {
            let mut checked = Vec::new();
            for plural in locale.plurals() {
                let text = forms.get(plural.key()).ok_or_else(|| {
                    format!(
                        "the \"{}\" form is missing ({})",
                        plural.key(),
                        expected(word, locale)
                    )
                })?;
                checked.push((*plural, template(word, text)?));
            }
            if let Some(other) = forms.keys().find(|form| {
                !(locale.plurals().iter())
                    .chain(locale.optional_plurals())
                    .any(|p| p.key() == form.as_str())
            }) {
                return Err(format!(
                    "\"{other}\" is not a plural form in {} (use {})",
                    locale.key(),
                    expected(word, locale)
                ));
            }
            for optional in locale.optional_plurals() {
                if let Some(text) = forms.get(optional.key()) {
                    checked.push((*optional, template(word, text)?));
                }
            }
            Ok(Text::Counted(leak_slice(checked)))
        }
        _ => Err(format!("write {}", expected(word, locale))),
    }
}

/// The template, whitespace collapsed, if its placeholders are the word's own.
fn template(word: Word, text: &str) -> Result<&'static str, String> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return Err("the text is empty".to_owned());
    }
    for name in placeholders_in(&text)? {
        if !word.placeholders().contains(&name) {
            let known: Vec<String> = word
                .placeholders()
                .iter()
                .map(|p| format!("{{{p}}}"))
                .collect();
            let known = if known.is_empty() {
                "none".to_owned()
            } else {
                known.join(", ")
            };
            return Err(format!(
                "unknown placeholder {{{name}}} (this word has: {known})"
            ));
        }
    }
    Ok(leak(text))
}
