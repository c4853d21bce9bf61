//! What the native tests share: the edition they check, read from the content folder
//! the page is built from (`REFUSENIKS_CONTENT`, else `content/`), so a test derives
//! what the page must show from the content an editor wrote.

use std::path::Path;
use std::sync::OnceLock;

use content::parse::Content;
use content::{Locale, Text, Word, Words};

pub fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| {
        let dir = std::env::var("REFUSENIKS_CONTENT").unwrap_or_else(|_| "content".to_owned());
        content::parse::load(Path::new(&dir)).unwrap_or_else(|errors| {
            let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("{dir} does not load:\n{}", errors.join("\n"))
        })
    })
}

// Each test file includes this module and uses a part of it.
#[allow(dead_code)]
/// Every edition of the same folder: the English, then each translation.
pub fn editions() -> &'static [refuseniks::editions::Edition] {
    static EDITIONS: OnceLock<Vec<refuseniks::editions::Edition>> = OnceLock::new();
    EDITIONS.get_or_init(|| {
        let dir = std::env::var("REFUSENIKS_CONTENT").unwrap_or_else(|_| "content".to_owned());
        refuseniks::editions::load(Path::new(&dir)).unwrap_or_else(|errors| {
            let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("{dir} does not load:\n{}", errors.join("\n"))
        })
    })
}

#[allow(dead_code)]
/// English words for the formatting tests: the templates they check, given here, so a
/// change to `interface.toml`'s wording (an editor's to make) never turns them red.
pub fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let given = [
            (Word::AtLeast, "at least {figure}"),
            (Word::Almost, "almost {figure}"),
            (Word::Some, "some {figure}"),
            (Word::About, "about {figure}"),
            (Word::MoreThan, "more than {figure}"),
            (Word::Fold, "{ratio}-fold"),
            (Word::AxisThousands, "{n}k"),
            (Word::AxisMillions, "{n}m"),
            (Word::PhraseKilled, "killed"),
            (Word::OurReading, "charted as {measure}, our reading"),
            (
                Word::MarkName,
                "{source}, {date}: {figure} {measure}; the source said {word}",
            ),
            (
                Word::MarkNameReading,
                "{source}, {date}: {figure} {measure}; the source said {word}, our reading",
            ),
            (Word::Takeaway, "By {month}, differed {fold}"),
            (Word::Summary, "Before {date}: {figures}."),
            (
                Word::SummaryWithArticle,
                "Before {date}: {figures}; the article: {range}.",
            ),
            (Word::SummaryFigure, "{category}, {figure} ({date})"),
            (Word::CategoryRussia, "Russia"),
            (Word::CategoryUkraine, "Ukraine"),
            (Word::CategoryWest, "West"),
            (Word::CategoryIndependent, "Independent"),
            (Word::CategoryArticle, "Article"),
        ];
        let texts: Vec<Text> = Word::ALL
            .iter()
            .map(|word| {
                Text::One(
                    given
                        .iter()
                        .find(|(w, _)| w == word)
                        .map_or("", |(_, text)| text),
                )
            })
            .collect();
        Words {
            locale: Locale::En,
            texts: Box::leak(texts.into_boxed_slice()),
        }
    })
}
