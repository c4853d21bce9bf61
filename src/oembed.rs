//! An edition's embeddable parts as other sites see them: each part's title, the
//! address to paste into a CMS, its embed codes and its oEmbed description
//! (oembed.com, type `rich`), all built from the edition's canonical address, so the
//! Russian edition's codes point at its own pages.

use content::parse::Content;
use content::Word;
use serde_json::json;

use crate::chart::estimates::takeaway;
use crate::embed::{folder, Codes, EmbedPart, OEMBED_WIDTH};

/// A part's picture (`chart::CHART_PNG`, `chart::COMPARISON_PNG`): its file and size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Picture {
    pub file: &'static str,
    pub width: u32,
    pub height: u32,
}

/// Where the edition's files are published: its canonical address's folder.
pub fn canonical_folder(content: &Content) -> &'static str {
    folder(content.site.canonical_url)
}

/// What the part is called on its own: the page's title, the chart's takeaway, the
/// comparison's heading (the iframe's `title` and oEmbed's).
pub fn title(content: &Content, part: EmbedPart) -> String {
    let w = &content.words;
    match part {
        EmbedPart::Article => content.site.title.to_owned(),
        EmbedPart::Casualties => takeaway(content.casualties.estimates)
            .map(|t| t.title(w))
            .unwrap_or_else(|| w.get(Word::FallbackTitle).to_owned()),
        EmbedPart::Comparison => w.get(Word::ComparisonTitle).to_owned(),
    }
}

/// Its short name, in the Embed section and the control's accessible name.
pub fn name(part: EmbedPart) -> Word {
    match part {
        EmbedPart::Article => Word::EmbedPartArticle,
        EmbedPart::Casualties => Word::EmbedPartCasualties,
        EmbedPart::Comparison => Word::EmbedPartComparison,
    }
}

/// The part's embed page, absolute.
pub fn src(content: &Content, part: EmbedPart) -> String {
    format!("{}{}", canonical_folder(content), part.file())
}

/// The page to paste into a CMS: the one whose oEmbed link describes the part (the
/// article's is the page itself; each panel's, its embed page).
pub fn address(content: &Content, part: EmbedPart) -> String {
    match part {
        EmbedPart::Article => content.site.canonical_url.to_owned(),
        _ => src(content, part),
    }
}

pub fn codes(content: &Content, part: EmbedPart) -> Codes {
    Codes::new(
        part,
        canonical_folder(content),
        &title(content, part),
        &address(content, part),
        None,
    )
}

/// The part's oEmbed JSON, `html` the iframe alone (what WordPress keeps of it).
pub fn json(content: &Content, part: EmbedPart, picture: Picture) -> String {
    let (site, folder) = (&content.site, canonical_folder(content));
    let title = title(content, part);
    let description = json!({
        "version": "1.0",
        "type": "rich",
        "title": title,
        "provider_name": site.site_name,
        "provider_url": site.canonical_url,
        "html": crate::embed::iframe(&src(content, part), &title, part.initial_height()),
        "width": OEMBED_WIDTH,
        "height": part.initial_height(),
        "thumbnail_url": format!("{folder}{}", picture.file),
        "thumbnail_width": picture.width,
        "thumbnail_height": picture.height,
    });
    serde_json::to_string_pretty(&description).expect("JSON") + "\n"
}

/// The `<link>` in a page's head by which a CMS finds the part's oEmbed.
pub fn discovery(content: &Content, part: EmbedPart) -> String {
    format!(
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}{}\" title=\"{}\">",
        escape(canonical_folder(content)),
        part.oembed_file(),
        escape(&title(content, part))
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
