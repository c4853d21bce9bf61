//! A translated `article.md` against the English: block for block the same kinds
//! (title, header lines, headings, paragraphs, quotations, panels, credit), each with
//! the English's markers and figures and no address.

use super::super::article::chunks;
use super::super::{ContentError, Errors};
use super::compare::Pair;
use super::fields::Field;

/// A leading `<!-- … -->` comment (which records the English it follows) becomes blank
/// lines, so the article parser reads the rest and every line keeps its number.
pub fn without_leading_comment(text: &str) -> String {
    let Some(start) = text.find("<!--").filter(|at| text[..*at].trim().is_empty()) else {
        return text.to_owned();
    };
    let Some(end) = text[start..].find("-->").map(|end| start + end + 3) else {
        return text.to_owned();
    };
    let blank: String = text[..end].chars().filter(|c| *c == '\n').collect();
    format!("{blank}{}", &text[end..])
}

/// Each block as a field keyed by its kind (`paragraph`, `heading`, `standfirst`, …),
/// its lines joined, a quotation's `>` taken off.
pub fn blocks(text: &str) -> Vec<Field> {
    let mut blocks = Vec::new();
    for (i, chunk) in chunks(text).into_iter().enumerate() {
        if i == 1 {
            for (offset, line) in chunk.lines.iter().enumerate() {
                let (key, text) = line.split_once(": ").unwrap_or(("header", line));
                blocks.push(Field {
                    key: key.to_owned(),
                    line: chunk.line + offset,
                    text: text.to_owned(),
                });
            }
            continue;
        }
        let first = chunk.lines[0];
        let key = if i == 0 {
            "title".to_owned()
        } else if first.starts_with("## ") {
            "heading".to_owned()
        } else if let Some(panel) = first.strip_prefix("@panel ") {
            format!("@panel {}", panel.trim())
        } else if first.starts_with('>') {
            "quotation".to_owned()
        } else if first.starts_with("-- ") {
            "credit".to_owned()
        } else {
            "paragraph".to_owned()
        };
        let text = chunk
            .lines
            .iter()
            .map(|line| {
                line.trim_start_matches(['>', '#'])
                    .trim_start_matches("-- ")
                    .trim()
            })
            .collect::<Vec<_>>()
            .join(" ");
        blocks.push(Field {
            key,
            line: chunk.line,
            text,
        });
    }
    blocks
}

/// The article's paragraphs and block quotations, from ¶1, without their markers: the
/// places `quotations.toml` names as `article.md ¶N`.
pub fn paragraphs(blocks: &[Field]) -> Vec<String> {
    blocks
        .iter()
        .filter(|b| b.key == "paragraph" || b.key == "quotation")
        .map(|b| without_markers(&b.text))
        .collect()
}

pub fn without_markers(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("[^") {
        out.push_str(&rest[..start]);
        rest = rest[start..].split_once(']').map_or("", |(_, after)| after);
    }
    out.push_str(rest);
    out
}

pub fn check(pair: &Pair, english: &[Field], translated: &[Field]) -> Errors {
    let mut errors = Errors::new();
    for (i, (ours, theirs)) in translated.iter().zip(english).enumerate() {
        if ours.key != theirs.key {
            let message = format!(
                "block {} is a {} here but a {} in {} (line {}): the blocks must match one for one",
                i + 1,
                ours.key,
                theirs.key,
                pair.english_file,
                theirs.line
            );
            errors.push(ContentError::new(pair.file, ours.line, message));
            return errors;
        }
        pair.text(ours, Some(theirs), &mut errors);
    }
    if translated.len() != english.len() {
        let line = translated.last().map_or(1, |b| b.line);
        let message = format!(
            "{} blocks here, {} in {}: the blocks must match one for one",
            translated.len(),
            english.len(),
            pair.english_file
        );
        errors.push(ContentError::new(pair.file, line, message));
    }
    errors
}
