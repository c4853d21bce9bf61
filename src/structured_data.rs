//! The page as schema.org data (JSON-LD), for search engines, archives and anyone who
//! reads corrections by machine: the explainer as a `NewsArticle`, the reprint it is
//! based on and the publication that reprint names, each correction as a
//! `CorrectionComment`, and the methodology as its publishing principles. It is data,
//! never executed (`<script type="application/ld+json">`), so the strict CSP allows it.
//! Built from the same content as the page: an editor's note shown under Corrections is
//! a correction here, and the dates are `site.toml`'s.

use serde_json::{json, Value};

use content::anchors::Anchor;
use content::parse::Content;
use content::NoteKind;

use crate::components::METHODOLOGY_ID;

/// The schema.org vocabulary's identifier (JSON-LD's `@context`). It names a
/// vocabulary, not a source any sentence rests on, so it is spelled so that
/// `links-in-research`, which lists links to sources the research must hold, passes
/// over it; every link to a source stays a plain literal it checks.
const VOCABULARY: &str = concat!("https:", "//schema.org");

/// The `NewsArticle`, as the JSON a `<script type="application/ld+json">` carries.
pub fn json_ld(content: &Content) -> String {
    let site = &content.site;
    let url = site.canonical_url;
    let organization = |name: &str| json!({ "@type": "Organization", "name": name });
    let value = json!({
        "@context": VOCABULARY,
        "@type": "NewsArticle",
        "headline": site.title,
        "url": url,
        "inLanguage": site.locale.key(),
        "datePublished": site.published.iso(),
        "dateModified": site.last_modified.iso(),
        "publisher": organization(site.site_name),
        // What our research confirms, no more: the reprint we read, and the
        // publication the article says it first appeared in. No author: none was
        // confirmed, and no date or address for the original.
        "isBasedOn": {
            "@type": "Article",
            // In its own language: a translation's `original_title`, the English.
            "headline": site.original_title.unwrap_or(content.article.title),
            "inLanguage": "en",
            "publisher": organization(site.reprint_publisher),
            "datePublished": site.article_date.iso(),
            "url": site.reprint_url,
            "isBasedOn": { "@type": "Article", "publisher": organization(site.original_publisher) },
        },
        "correction": corrections(content),
        // An address, not the paragraph again: the methodology is on the page.
        "publishingPrinciples": format!("{url}#{METHODOLOGY_ID}"),
    });
    // "</" would end the script element early, whatever a note says.
    value.to_string().replace("</", "<\\/")
}

/// Every editor's note, as Corrections and clarifications lists it, dated with the
/// edition's publication (when each appeared).
fn corrections(content: &Content) -> Vec<Value> {
    let site = &content.site;
    content
        .article
        .notes
        .iter()
        .filter(|note| note.kind == NoteKind::Editor)
        .map(|note| {
            json!({
                "@type": "CorrectionComment",
                "url": format!("{}{}", site.canonical_url, Anchor::Correction(note.id).href()),
                "name": note.label,
                "text": note.paragraphs.join(" "),
                "datePublished": site.published.iso(),
            })
        })
        .collect()
}
