//! `quotations.toml` and `quotations-notes.toml`: every quotation a translation shows,
//! found verbatim where its `place` says, and whose words it is (`kind`).

use serde::Deserialize;
use toml::Spanned;

use super::super::fields::{from_toml, Fields};
use super::super::Errors;
use super::fields::Record;
use crate::{Original, OurTranslation, QuotePlace};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    quotation: Vec<RawQuotation>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuotation {
    place: Spanned<String>,
    words: Spanned<String>,
    kind: Spanned<String>,
    #[allow(dead_code)]
    who: Option<String>,
    seen: Option<Spanned<String>>,
    #[allow(dead_code)]
    research: Option<u32>,
}

/// Where quotations may be: the article's paragraphs, and each TOML file's records.
pub struct Places<'a> {
    pub paragraphs: &'a [String],
    /// (file name as places write it, e.g. `comparison.toml`, its records).
    pub files: &'a [(&'a str, &'a [Record])],
}

/// A place is `article.md ¶N`, `comparison.toml <id>.<side>.text` or
/// `content/ru/<file>: <id>, <key>`. `None`: no such place.
fn text_at(places: &Places, place: &str) -> Option<String> {
    if let Some(n) = place.strip_prefix("article.md ¶") {
        let n: usize = n.trim().parse().ok()?;
        return places.paragraphs.get(n.checked_sub(1)?).cloned();
    }
    let (file, id, key) = if let Some((file, rest)) = place.split_once(": ") {
        let (id, key) = rest.split_once(", ")?;
        (file.rsplit('/').next()?, id, key.to_owned())
    } else {
        let (file, rest) = place.split_once(' ')?;
        let (id, key) = rest.split_once('.')?;
        (file, id, key.to_owned())
    };
    let (_, records) = places.files.iter().find(|(name, _)| *name == file)?;
    let record = records.iter().find(|r| r.id == id && !r.array.is_empty())?;
    record
        .field(&key)
        .map(|f| super::article::without_markers(&f.text))
}

pub fn check(file: &str, text: &str, places: &Places) -> Errors {
    let raw: RawFile = match from_toml(file, text) {
        Ok(raw) => raw,
        Err(errors) => return errors,
    };
    let mut fields = Fields::new(file, text);
    let collapse = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    for q in &raw.quotation {
        let place = q.place.get_ref();
        match text_at(places, place) {
            None => fields.error(&q.place, format!("quotation: \"{place}\" is no place in the translation (write article.md ¶N, comparison.toml <id>.<side>.text or content/ru/<file>: <id>, <key>)")),
            Some(found) if !collapse(&found).contains(&collapse(q.words.get_ref())) => {
                fields.error(&q.words, format!("quotation: «{}» is not in {place} word for word", q.words.get_ref()));
            }
            Some(_) => {}
        }
        let kind = q.kind.get_ref().as_str();
        match (kind, &q.seen) {
            ("original" | "report", None) => fields.error(&q.kind, format!("quotation «{}»: kind \"{kind}\" needs seen = \"https://…\", where the Russian was seen", q.words.get_ref())),
            ("original" | "report", Some(seen)) => {
                fields.https_url(seen, "quotation");
            }
            ("translated", _) => {}
            _ => fields.error(&q.kind, format!("quotation «{}»: unknown kind \"{kind}\" (use one of: original, report, translated)", q.words.get_ref())),
        }
    }
    fields.errors
}

/// The quotations of kind `translated` in a checked file, where the page shows them:
/// the article's paragraphs, the comparison's cells and the notes' text.
pub fn ours(text: &str) -> Vec<OurTranslation> {
    shown(text)
        .filter(|(q, _)| q.kind.get_ref() == "translated")
        .map(|(q, place)| OurTranslation {
            place,
            words: collapsed(q.words.get_ref()),
        })
        .collect()
}

/// The quotations of kind `original` or `report`, with where they were seen.
pub fn originals(text: &str) -> Vec<Original> {
    shown(text)
        .filter_map(|(q, place)| {
            let report = match q.kind.get_ref().as_str() {
                "original" => false,
                "report" => true,
                _ => return None,
            };
            Some(Original {
                place,
                words: collapsed(q.words.get_ref()),
                seen: leak(q.seen.as_ref()?.get_ref()),
                report,
            })
        })
        .collect()
}

fn leak(text: &str) -> &'static str {
    Box::leak(text.to_owned().into_boxed_str())
}

fn collapsed(words: &str) -> &'static str {
    leak(&words.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Each quotation of a checked file the page shows, with its place there.
fn shown(text: &str) -> impl Iterator<Item = (RawQuotation, QuotePlace)> {
    let raw = toml::from_str::<RawFile>(text).map_or_else(|_| Vec::new(), |raw| raw.quotation);
    raw.into_iter().filter_map(|q| {
        let place = place_of(q.place.get_ref())?;
        Some((q, place))
    })
}

/// `article.md ¶N`, `comparison.toml <id>.<side>.text`, `content/ru/notes.toml: <id>,
/// text`; `None` for places the page marks nothing in (an estimate's counted word).
fn place_of(place: &str) -> Option<QuotePlace> {
    if let Some(n) = place.strip_prefix("article.md ¶") {
        return Some(QuotePlace::Paragraph(n.trim().parse().ok()?));
    }
    if let Some(cell) = place.strip_prefix("comparison.toml ") {
        let (dimension, rest) = cell.split_once('.')?;
        let side = rest.strip_suffix(".text")?;
        return Some(QuotePlace::Cell {
            dimension: leak(dimension),
            side: leak(side),
        });
    }
    let (file, rest) = place.split_once(": ")?;
    let id = rest.strip_suffix(", text")?;
    file.ends_with("/notes.toml")
        .then(|| QuotePlace::Note(leak(id)))
}
