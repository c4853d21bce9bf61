//! `casualties.toml`: `[[estimate]]` figures for the chart, `[[later]]` counts after it.

use serde::Deserialize;
use toml::Spanned;

use super::fields::{from_toml, Fields};
use super::{leak_slice, ContentError, Errors};
use crate::{Casualties, Category, Estimate, LaterCount, Measure};

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
    url: Option<Spanned<String>>,
    note: Spanned<String>,
}

/// The parsed file, with each footnote reference and its line for the cross-check.
pub struct ParsedCasualties {
    pub casualties: Casualties,
    pub footnotes: Vec<(&'static str, usize)>,
}

pub fn parse(file: &str, text: &str) -> Result<ParsedCasualties, Errors> {
    let raw: RawFile = from_toml(file, text)?;
    let mut fields = Fields::new(file, text);
    let mut footnotes = Vec::new();
    let mut estimates: Vec<Estimate> = Vec::new();
    for raw in &raw.estimate {
        let estimate = estimate(&mut fields, raw);
        if estimates.iter().any(|other| other.id == estimate.id) {
            fields.error(&raw.id, format!("duplicate estimate id \"{}\"", estimate.id));
        }
        if let (Some(id), Some(at)) = (estimate.footnote, &raw.footnote) {
            footnotes.push((id, fields.line(at)));
        }
        estimates.push(estimate);
    }
    let later: Vec<LaterCount> = raw.later.iter().map(|raw| later(&mut fields, raw)).collect();
    if estimates.is_empty() {
        fields.errors.push(ContentError::new(file, 1, "there are no [[estimate]] tables"));
    }
    if !fields.errors.is_empty() {
        return Err(fields.errors);
    }
    Ok(ParsedCasualties { casualties: Casualties { estimates: leak_slice(estimates), later: leak_slice(later) }, footnotes })
}

fn estimate(fields: &mut Fields, raw: &RawEstimate) -> Estimate {
    let what = format!("estimate \"{}\"", raw.id.get_ref());
    let category = Category::from_key(raw.category.get_ref()).unwrap_or_else(|| {
        let known: Vec<_> = Category::ALL.iter().map(|c| c.key()).collect();
        fields.error(&raw.category, format!("{what}: unknown category \"{}\" (use one of: {})", raw.category.get_ref(), known.join(", ")));
        Category::Article
    });
    let measure = Measure::from_key(raw.measure.get_ref()).unwrap_or_else(|| {
        let known: Vec<_> = Measure::ALL.iter().map(|m| m.key()).collect();
        fields.error(&raw.measure, format!("{what}: unknown measure \"{}\" (use one of: {})", raw.measure.get_ref(), known.join(", ")));
        Measure::Killed
    });
    let (low, high) = (*raw.low.get_ref(), *raw.high.get_ref());
    if low > high {
        fields.error(&raw.high, format!("{what}: high ({high}) is below low ({low}); for a single figure make them equal"));
    }
    if high == 0 {
        fields.error(&raw.high, format!("{what}: the figure must be above zero"));
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
        minimum: raw.minimum,
        url: raw.url.as_ref().map(|url| fields.https_url(url, &what)),
        note: fields.non_empty(&raw.note, &what, "note"),
        footnote: raw.footnote.as_ref().map(|id| fields.id(id, "footnote")),
    }
}

fn later(fields: &mut Fields, raw: &RawLater) -> LaterCount {
    let what = format!("later count \"{}\"", raw.id.get_ref());
    LaterCount {
        id: fields.id(&raw.id, "later count"),
        source: fields.non_empty(&raw.source, &what, "source"),
        outlet: fields.non_empty(&raw.outlet, &what, "outlet"),
        date: fields.day(&raw.date, &what),
        figure: raw.figure,
        url: raw.url.as_ref().map(|url| fields.https_url(url, &what)),
        note: fields.non_empty(&raw.note, &what, "note"),
    }
}
