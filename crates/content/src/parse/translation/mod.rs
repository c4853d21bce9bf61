//! An edition in another language: the English folder's data with a translation
//! folder's words (`content/ru/`), checked against each other before the model is built.
//!
//! The translation mirrors each English file with the same ids, order and structure and
//! only the words a reader sees; every figure, date, link, kind and category comes from
//! the English. What `load_translated` refuses, each at its file and line:
//! - a record (`[[note]]`, `[[estimate]]`, `[[later]]`, `[[dimension]]`) in one
//!   language and not the other, or out of the English order; article blocks that do
//!   not match one for one;
//! - a words key missing or extra, or a data key retyped;
//! - in each text: other `[^markers]` (or another order), other figures in digits
//!   (see `figures`), other `{placeholders}`, or a web address;
//! - in `interface.toml`, also what `load` refuses (every word, the locale's plural forms);
//! - a quotation (`quotations.toml`, `quotations-notes.toml`) not found word for word in
//!   the place it names, or of an unknown kind, or an original or report with no `seen`.
//!
//! The edition's settings: `locale` is the translation's `site.toml` `locale` if it has
//! one, else the folder's name (`ru`); `canonical_url` is the translation's own if it has
//! one, else the English address joined with `<locale>/`.

mod article;
mod compare;
mod fields;
mod figures;
mod quotations;

use std::path::Path;

use super::{
    article as article_file, comparison, interface, leak, leak_slice, load, match_markers_to_notes,
    reading_order, slot_of, Content, ContentError, Errors, ARTICLE_FILE, CASUALTIES_FILE,
    COMPARISON_FILE, INTERFACE_FILE, NOTES_FILE, SITE_FILE,
};
use crate::{Article, Estimate, LaterCount, Link, Locale, Note, Plural, Word};
use compare::{Pair, Shape};
use fields::{records, Record};

pub use figures::figures;

/// The lists of quotations a translation keeps (checked when present).
pub const QUOTATIONS_FILES: [&str; 2] = ["quotations.toml", "quotations-notes.toml"];

const NOTES: Shape = Shape {
    words: Some(&["label", "text", "outlet"]),
    own: &[],
    settings: &[],
    keys: true,
};
const CASUALTIES: Shape = Shape {
    words: Some(&["source", "outlet", "counted", "reading", "note"]),
    own: &[],
    settings: &[],
    keys: true,
};
const COMPARISON: Shape = Shape {
    words: None,
    own: &[],
    settings: &[],
    keys: true,
};
const SITE: Shape = Shape {
    words: Some(&["title", "description", "site_name", "methodology"]),
    own: &["notice", "original_title"],
    settings: &["locale", "canonical_url"],
    keys: true,
};
const INTERFACE: Shape = Shape {
    words: None,
    own: &[],
    settings: &[],
    keys: false,
};

/// The English edition in `english`, its words replaced by `translation`'s.
pub fn load_translated(english: &Path, translation: &Path) -> Result<Content, Errors> {
    let base = load(english)?;
    let shown = |dir: &Path, name: &str| dir.join(name).display().to_string();
    let read = |dir: &Path, name: &str| {
        std::fs::read_to_string(dir.join(name)).map_err(|e| {
            vec![ContentError::new(
                &shown(dir, name),
                0,
                format!("cannot read the file: {e}"),
            )]
        })
    };
    let mut errors = Errors::new();
    let mut parsed: Vec<(&str, Vec<Record>)> = Vec::new();
    let toml_files = [
        (NOTES_FILE, NOTES),
        (CASUALTIES_FILE, CASUALTIES),
        (COMPARISON_FILE, COMPARISON),
        (SITE_FILE, SITE),
    ];
    let site_text = read(translation, SITE_FILE)?;
    let site_records = records(&shown(translation, SITE_FILE), &site_text)?;
    let locale = edition_locale(translation, &site_records).map_err(|message| {
        vec![ContentError::new(
            &shown(translation, SITE_FILE),
            1,
            message,
        )]
    })?;
    for (name, shape) in toml_files {
        let (english_file, file) = (shown(english, name), shown(translation, name));
        let (theirs, ours) = (read(english, name)?, read(translation, name)?);
        match (records(&english_file, &theirs), records(&file, &ours)) {
            (Ok(theirs), Ok(ours)) => {
                let pair = Pair {
                    english_file: &english_file,
                    file: &file,
                    locale,
                    figures: true,
                };
                errors.extend(pair.records(&shape, &theirs, &ours));
                parsed.push((name, ours));
            }
            (a, b) => errors.extend([a.err(), b.err()].into_iter().flatten().flatten()),
        }
    }
    let (english_file, file) = (
        shown(english, INTERFACE_FILE),
        shown(translation, INTERFACE_FILE),
    );
    let interface_text = read(translation, INTERFACE_FILE)?;
    if let (Ok(theirs), Ok(ours)) = (
        records(&english_file, &read(english, INTERFACE_FILE)?),
        records(&file, &interface_text),
    ) {
        let pair = Pair {
            english_file: &english_file,
            file: &file,
            locale,
            figures: false,
        };
        errors.extend(pair.records(&INTERFACE, &by_word(theirs), &by_word(ours)));
    }
    let words = interface::parse(&file, &interface_text, locale);
    let (english_file, file) = (
        shown(english, ARTICLE_FILE),
        shown(translation, ARTICLE_FILE),
    );
    let article_text = article::without_leading_comment(&read(translation, ARTICLE_FILE)?);
    let blocks = article::blocks(&article_text);
    let pair = Pair {
        english_file: &english_file,
        file: &file,
        locale,
        figures: true,
    };
    errors.extend(article::check(
        &pair,
        &article::blocks(&read(english, ARTICLE_FILE)?),
        &blocks,
    ));
    let paragraphs = article::paragraphs(&blocks);
    let files: Vec<(&str, &[Record])> = parsed
        .iter()
        .map(|(name, records)| (*name, records.as_slice()))
        .collect();
    let places = quotations::Places {
        paragraphs: &paragraphs,
        files: &files,
    };
    let (mut ours, mut originals) = (Vec::new(), Vec::new());
    for name in QUOTATIONS_FILES {
        if let Ok(text) = std::fs::read_to_string(translation.join(name)) {
            errors.extend(quotations::check(&shown(translation, name), &text, &places));
            ours.extend(quotations::ours(&text));
            originals.extend(quotations::originals(&text));
        }
    }
    let article = article_file::parse(&file, &article_text);
    let comparison = comparison::parse(
        &shown(translation, COMPARISON_FILE),
        &read(translation, COMPARISON_FILE)?,
    );
    let (article, comparison, words) = match (article, comparison, words) {
        (Ok(a), Ok(c), Ok(w)) if errors.is_empty() => (a, c, w),
        (a, c, w) => {
            errors.extend([a.err(), c.err(), w.err()].into_iter().flatten().flatten());
            return Err(errors);
        }
    };
    let of = |name: &str| {
        parsed
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(&[][..], |(_, r)| r.as_slice())
    };
    let notes_file = shown(translation, NOTES_FILE);
    let notes = base
        .article
        .notes
        .iter()
        .map(|note| (translated_note(note, of(NOTES_FILE)), 0))
        .collect();
    let markers = reading_order(&article, &comparison.markers);
    let ordered = match_markers_to_notes(&markers, &notes_file, notes)?;
    let article = Article {
        notes: leak_slice(ordered),
        sections: base.article.sections,
        ..article.article
    };
    let slots = leak_slice(
        markers
            .iter()
            .filter_map(|m| slot_of(&article, m.slot))
            .collect(),
    );
    let casualties = of(CASUALTIES_FILE);
    Ok(Content {
        article,
        casualties: crate::Casualties {
            estimates: leak_slice(
                base.casualties
                    .estimates
                    .iter()
                    .map(|e| translated_estimate(e, casualties))
                    .collect(),
            ),
            later: leak_slice(
                base.casualties
                    .later
                    .iter()
                    .map(|l| translated_later(l, casualties))
                    .collect(),
            ),
        },
        comparison: comparison.comparison,
        site: translated_site(base.site, &site_records[0], locale),
        slots,
        words,
        ours: leak_slice(ours),
        originals: leak_slice(originals),
    })
}

/// The locale the translation's site.toml names, else the one its folder is named for.
fn edition_locale(dir: &Path, site: &[Record]) -> Result<Locale, String> {
    let named = site[0].field("locale").map(|f| f.text.clone());
    let folder = dir
        .file_name()
        .and_then(|name| name.to_str())
        .map(str::to_owned);
    let key = named.clone().or(folder).unwrap_or_default();
    let known: Vec<_> = Locale::ALL.iter().map(|l| l.key()).collect();
    Locale::from_key(&key).ok_or_else(|| match named {
        Some(_) => format!("locale \"{key}\" is not one of: {}", known.join(", ")),
        None => format!(
            "no locale = \"…\" here, and the folder's name \"{key}\" is not a locale (one of: {})",
            known.join(", ")
        ),
    })
}

/// Interface words keyed by word (`casualties.fold`), their plural forms as one text:
/// languages have different forms, so only the word and its placeholders must match.
fn by_word(records: Vec<Record>) -> Vec<Record> {
    records
        .into_iter()
        .map(|mut record| {
            let mut words: Vec<fields::Field> = Vec::new();
            for mut field in std::mem::take(&mut record.fields) {
                if let Some((word, form)) = field.key.rsplit_once('.') {
                    if Plural::from_key(form).is_some() && Word::ALL.iter().any(|w| w.key() == word)
                    {
                        field.key = word.to_owned();
                    }
                }
                match words.iter_mut().find(|w| w.key == field.key) {
                    Some(word) => word.text = format!("{} | {}", word.text, field.text),
                    None => words.push(field),
                }
            }
            record.fields = words;
            record
        })
        .collect()
}

fn text_of(records: &[Record], array: &str, id: &str, key: &str) -> Option<&'static str> {
    let record = records.iter().find(|r| r.array == array && r.id == id)?;
    Some(leak(
        record
            .field(key)?
            .text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    ))
}

fn translated_note(note: &Note, records: &[Record]) -> Note {
    let text = |key: &str| text_of(records, "note", note.id, key);
    let paragraphs = records
        .iter()
        .find(|r| r.array == "note" && r.id == note.id)
        .and_then(|r| r.field("text"));
    let paragraphs: Vec<&'static str> = paragraphs.map_or(note.paragraphs.to_vec(), |field| {
        field
            .text
            .split("\n\n")
            .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|p| !p.is_empty())
            .map(leak)
            .collect()
    });
    let links: Vec<Link> = note
        .links
        .iter()
        .enumerate()
        .map(|(i, link)| Link {
            outlet: text(&format!("link[{}].outlet", i + 1)).unwrap_or(link.outlet),
            ..*link
        })
        .collect();
    Note {
        label: text("label").unwrap_or(note.label),
        paragraphs: leak_slice(paragraphs),
        links: leak_slice(links),
        anchor: note.id,
        ..*note
    }
}

fn translated_estimate(estimate: &Estimate, records: &[Record]) -> Estimate {
    let text = |key: &str| text_of(records, "estimate", estimate.id, key);
    Estimate {
        source: text("source").unwrap_or(estimate.source),
        outlet: text("outlet").unwrap_or(estimate.outlet),
        counted: text("counted").unwrap_or(estimate.counted),
        reading: estimate
            .reading
            .map(|reading| text("reading").unwrap_or(reading)),
        note: text("note").unwrap_or(estimate.note),
        ..*estimate
    }
}

fn translated_later(later: &LaterCount, records: &[Record]) -> LaterCount {
    let text = |key: &str| text_of(records, "later", later.id, key);
    LaterCount {
        source: text("source").unwrap_or(later.source),
        outlet: text("outlet").unwrap_or(later.outlet),
        note: text("note").unwrap_or(later.note),
        ..*later
    }
}

fn translated_site(site: crate::Site, own: &Record, locale: Locale) -> crate::Site {
    let text = |key: &str| {
        own.field(key)
            .map(|f| leak(f.text.split_whitespace().collect::<Vec<_>>().join(" ")))
    };
    let canonical_url = text("canonical_url").unwrap_or_else(|| {
        leak(format!(
            "{}/{}/",
            site.canonical_url.trim_end_matches('/'),
            locale.key()
        ))
    });
    crate::Site {
        locale,
        title: text("title").unwrap_or(site.title),
        description: text("description").unwrap_or(site.description),
        site_name: text("site_name").unwrap_or(site.site_name),
        canonical_url,
        methodology: text("methodology").unwrap_or(site.methodology),
        notice: text("notice"),
        original_title: text("original_title"),
        ..site
    }
}

#[cfg(test)]
mod tests;
