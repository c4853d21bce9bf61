//! `casualties.toml`: `[[estimate]]` figures for the chart, `[[later]]` counts after it.

use serde::Deserialize;
use toml::Spanned;

use super::fields::{from_toml, Fields};
use super::{leak_slice, ContentError, Errors};
use crate::{Casualties, Category, Estimate, LaterCount, Measure, PartialDate, Qualifier};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    estimate: Vec<RawEstimate>,
    #[serde(default)]
    later: Vec<RawLater>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEstimate {
    id: Spanned<String>,
    source: Spanned<String>,
    outlet: Spanned<String>,
    category: Spanned<String>,
    date: Spanned<String>,
    low: Spanned<u32>,
    high: Spanned<u32>,
    measure: Spanned<String>,
    counted: Spanned<String>,
    reading: Option<Spanned<String>>,
    qualifier: Option<Spanned<String>>,
    minimum: bool,
    url: Option<Spanned<String>>,
    note: Spanned<String>,
    footnote: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLater {
    id: Spanned<String>,
    source: Spanned<String>,
    outlet: Spanned<String>,
    date: Spanned<String>,
    figure: u32,
    qualifier: Option<Spanned<String>>,
    url: Option<Spanned<String>>,
    note: Spanned<String>,
}

/// The parsed file, with each footnote reference and its line for the cross-check.
pub struct ParsedCasualties {
    pub casualties: Casualties,
    pub footnotes: Vec<(&'static str, usize)>,
    /// The date of each of the article's own figures, with its line: it must be the
    /// article's date in site.toml.
    pub article_dates: Vec<(&'static str, PartialDate, usize)>,
}

pub fn parse(file: &str, text: &str) -> Result<ParsedCasualties, Errors> {
    let raw: RawFile = from_toml(file, text)?;
    let mut fields = Fields::new(file, text);
    let mut footnotes = Vec::new();
    let mut article_dates = Vec::new();
    let mut estimates: Vec<Estimate> = Vec::new();
    for raw in &raw.estimate {
        let estimate = estimate(&mut fields, raw);
        if estimates.iter().any(|other| other.id == estimate.id) {
            fields.error(
                &raw.id,
                format!("duplicate estimate id \"{}\"", estimate.id),
            );
        }
        if let (Some(id), Some(at)) = (estimate.footnote, &raw.footnote) {
            footnotes.push((id, fields.line(at)));
        }
        if estimate.category == Category::Article {
            article_dates.push((estimate.id, estimate.date, fields.line(&raw.date)));
        }
        estimates.push(estimate);
    }
    let later: Vec<LaterCount> = raw
        .later
        .iter()
        .map(|raw| later(&mut fields, raw))
        .collect();
    if estimates.is_empty() {
        fields.errors.push(ContentError::new(
            file,
            1,
            "there are no [[estimate]] tables",
        ));
    }
    if !fields.errors.is_empty() {
        return Err(fields.errors);
    }
    Ok(ParsedCasualties {
        casualties: Casualties {
            estimates: leak_slice(estimates),
            later: leak_slice(later),
        },
        footnotes,
        article_dates,
    })
}

fn estimate(fields: &mut Fields, raw: &RawEstimate) -> Estimate {
    let what = format!("estimate \"{}\"", raw.id.get_ref());
    let category = fields.keyed(&raw.category, &what, "category", Category::Article);
    let measure = fields.keyed(&raw.measure, &what, "measure", Measure::Killed);
    let (low, high) = (*raw.low.get_ref(), *raw.high.get_ref());
    if low > high {
        fields.error(
            &raw.high,
            format!(
                "{what}: high ({high}) is below low ({low}); for a single figure make them equal"
            ),
        );
    }
    if high == 0 {
        fields.error(&raw.high, format!("{what}: the figure must be above zero"));
    }
    let (counted, reading) = counted(fields, raw, measure, &what);
    let qualifier = qualifier(fields, raw.qualifier.as_ref(), &what);
    match (qualifier, &raw.qualifier) {
        (Some(q), Some(at)) if raw.minimum && !q.is_floor() => fields.error(at, format!("{what}: a figure with a qualifier (\"{}\") cannot also be a minimum; set minimum = false or drop the qualifier", q.key())),
        (Some(q), Some(at)) if !raw.minimum && q.is_floor() => fields.error(at, format!("{what}: \"{}\" says the figure is a floor; set minimum = true", q.key())),
        _ => {}
    }
    Estimate {
        id: fields.id(&raw.id, "estimate"),
        source: fields.non_empty(&raw.source, &what, "source"),
        outlet: fields.non_empty(&raw.outlet, &what, "outlet"),
        category,
        date: fields.day(&raw.date, &what),
        low,
        high,
        measure,
        counted,
        reading,
        qualifier,
        minimum: raw.minimum,
        url: raw.url.as_ref().map(|url| fields.https_url(url, &what)),
        note: fields.non_empty(&raw.note, &what, "note"),
        footnote: raw.footnote.as_ref().map(|id| fields.id(id, "footnote")),
    }
}

/// The source's own word(s), and the editors' reading wherever they are not the
/// measure's own words: the chart never says "killed" for a source that said "lost"
/// without saying that this is our reading.
fn counted(
    fields: &mut Fields,
    raw: &RawEstimate,
    measure: Measure,
    what: &str,
) -> (&'static str, Option<&'static str>) {
    let counted = raw
        .counted
        .get_ref()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let reading = raw
        .reading
        .as_ref()
        .map(|reading| fields.non_empty(reading, what, "reading"));
    if counted.is_empty() {
        fields.error(&raw.counted, format!("{what}: counted is empty; write the source's own word(s) for what it counted, e.g. counted = \"died\""));
    } else if !measure.names(&counted) && reading.is_none() {
        let words = measure.own_words().join(", ");
        let list = if measure == Measure::AllLosses {
            format!("a list of two or more of: {words}")
        } else {
            words
        };
        fields.error(
            &raw.counted,
            format!("{what}: counted \"{counted}\" is not a word for measure \"{0}\" ({list}); add reading = \"…\", one sentence on why it is charted as {0}", measure.key()),
        );
    }
    (super::leak(counted), reading)
}

fn later(fields: &mut Fields, raw: &RawLater) -> LaterCount {
    let what = format!("later count \"{}\"", raw.id.get_ref());
    LaterCount {
        id: fields.id(&raw.id, "later count"),
        source: fields.non_empty(&raw.source, &what, "source"),
        outlet: fields.non_empty(&raw.outlet, &what, "outlet"),
        date: fields.day(&raw.date, &what),
        figure: raw.figure,
        qualifier: qualifier(fields, raw.qualifier.as_ref(), &what),
        url: raw.url.as_ref().map(|url| fields.https_url(url, &what)),
        note: fields.non_empty(&raw.note, &what, "note"),
    }
}

/// A source's hedge, one of `Qualifier`'s keys.
fn qualifier(fields: &mut Fields, raw: Option<&Spanned<String>>, what: &str) -> Option<Qualifier> {
    let raw = raw?;
    let found = Qualifier::from_key(raw.get_ref());
    if found.is_none() {
        let known: Vec<_> = Qualifier::ALL.iter().map(|q| q.key()).collect();
        fields.error(
            raw,
            format!(
                "{what}: unknown qualifier \"{}\" (use one of: {}, or leave it out)",
                raw.get_ref(),
                known.join(", ")
            ),
        );
    }
    found
}
