//! `comparison.toml`: what heads each side's column, then `[[dimension]]` tables, each
//! with a Vietnam and a Russia cell.

use serde::Deserialize;
use toml::Spanned;

use super::fields::{from_toml, Fields};
use super::inline::{parse_inlines, MarkerAt};
use super::{leak_slice, ContentError, Errors};
use crate::{Cell, Comparison, Dimension};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    sides: RawSides,
    #[serde(default)]
    dimension: Vec<RawDimension>,
}

/// What heads each side's column.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSides {
    vietnam: Spanned<String>,
    russia: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDimension {
    id: Spanned<String>,
    name: Spanned<String>,
    vietnam: RawCell,
    russia: RawCell,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCell {
    headline: Spanned<String>,
    text: Spanned<String>,
}

pub struct ParsedComparison {
    pub comparison: Comparison,
    /// Cell markers in reading order (row by row, Vietnam before Russia).
    pub markers: Vec<MarkerAt>,
}

pub fn parse(file: &str, text: &str) -> Result<ParsedComparison, Errors> {
    let raw: RawFile = from_toml(file, text)?;
    let mut fields = Fields::new(file, text);
    let vietnam = fields.non_empty(&raw.sides.vietnam, "comparison: sides", "vietnam side");
    let russia = fields.non_empty(&raw.sides.russia, "comparison: sides", "russia side");
    let mut markers = Vec::new();
    let mut dimensions: Vec<Dimension> = Vec::new();
    for raw in &raw.dimension {
        let what = format!("dimension \"{}\"", raw.id.get_ref());
        let id = fields.id(&raw.id, "dimension");
        if dimensions.iter().any(|d| d.id == id) {
            fields.error(&raw.id, format!("duplicate dimension id \"{id}\""));
        }
        let name = fields.non_empty(&raw.name, &what, "name");
        let vietnam = cell(
            &mut fields,
            &raw.vietnam,
            &format!("{id}-vietnam"),
            &format!("{what}, Vietnam cell"),
            &mut markers,
        );
        let russia = cell(
            &mut fields,
            &raw.russia,
            &format!("{id}-russia"),
            &format!("{what}, Russia cell"),
            &mut markers,
        );
        dimensions.push(Dimension {
            id,
            name,
            vietnam,
            russia,
        });
    }
    if dimensions.is_empty() {
        fields.errors.push(ContentError::new(
            file,
            1,
            "there are no [[dimension]] tables",
        ));
    }
    if fields.errors.is_empty() {
        Ok(ParsedComparison {
            comparison: Comparison {
                vietnam,
                russia,
                dimensions: leak_slice(dimensions),
            },
            markers,
        })
    } else {
        Err(fields.errors)
    }
}

fn cell(
    fields: &mut Fields,
    raw: &RawCell,
    place: &str,
    what: &str,
    markers: &mut Vec<MarkerAt>,
) -> Cell {
    let headline = fields.non_empty(&raw.headline, what, "headline");
    if raw.text.get_ref().split_whitespace().next().is_none() {
        fields.error(&raw.text, format!("{what}: the text is empty"));
    }
    let line = fields.line(&raw.text);
    let file = fields.file().to_owned();
    let collapsed = raw
        .text
        .get_ref()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let text = parse_inlines(
        &file,
        &[(line, collapsed.as_str())],
        Some(place),
        &mut fields.errors,
        markers,
    );
    Cell { headline, text }
}
