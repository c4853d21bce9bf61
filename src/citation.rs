//! The citations "Cite this page" offers, in the edition's words: this page's, split
//! where the accessed date goes (only the browser knows the day it is read), and the
//! original article's, with only what our research confirms (no author).

use content::parse::Content;
use content::Word;

/// This page's citation, before and after the accessed date: "“…” Refuseniks. Last
/// updated 4 December 2026." and " https://…".
pub fn page(content: &Content) -> (String, String) {
    let (site, w) = (&content.site, &content.words);
    w.around(
        Word::CitePage,
        "accessed",
        &[
            ("title", site.title),
            ("site", site.site_name),
            ("date", &w.date(site.last_modified)),
            ("url", site.canonical_url),
        ],
    )
}

/// The accessed date's words, before and after the date, with the space that parts
/// them from the citation before them: (" Accessed ", "."). Templates keep no space at
/// their ends, so the space is the citation's, here.
pub fn accessed(content: &Content) -> (String, String) {
    let (before, after) = content.words.around(Word::CiteAccessed, "date", &[]);
    (format!(" {before}"), after)
}

/// The article's: its title, who the article says first published it, and the
/// reprint our research read, with its date and address.
pub fn original(content: &Content) -> String {
    let (site, w) = (&content.site, &content.words);
    w.fill(
        Word::CiteOriginal,
        &[
            ("title", content.article.title),
            ("original", site.original_publisher),
            ("reprint", site.reprint_publisher),
            ("date", &w.date(site.article_date)),
            ("url", site.reprint_url),
        ],
    )
}
