//! The editions one content folder makes: the English (`content/`, written at the top
//! of `dist/`) and each translation in a folder named for its locale (`content/ru/`,
//! written to `dist/ru/`). They share every asset, the one wasm among them, and link to
//! each other: `hreflang` alternates in the head, a language switch in the page, the
//! notice of a translation.

use std::path::Path;

use crate::components::editions::Other;
use content::parse::{Content, Errors};
use content::Locale;

/// One edition: its content (words in its language, the English data) and its folder.
#[derive(Debug, Clone, Copy)]
pub struct Edition {
    pub content: &'static Content,
    /// Where its pages are, from the top of `dist/`: `""` for the English, `"ru/"`.
    pub folder: &'static str,
}

impl Edition {
    /// Its language, as `lang` and `hreflang` name it.
    pub fn lang(&self) -> &'static str {
        self.content.site.locale.key()
    }

    /// The way from its folder back to the top of `dist/`, where the assets are.
    pub fn up(&self) -> &'static str {
        if self.folder.is_empty() {
            ""
        } else {
            "../"
        }
    }

    /// The relative address of `other`'s page `file` from one of this edition's pages:
    /// `ru/`, `../`, `ru/embed-casualties.html`.
    pub fn to(&self, other: &Edition, file: &str) -> String {
        let folder = format!("{}{}", self.up(), other.folder);
        match (folder.as_str(), file) {
            ("", "") => "./".to_owned(),
            _ => format!("{folder}{file}"),
        }
    }

    /// The absolute address of its page `file` (`""` for the article's page), from its
    /// canonical address, which names its folder.
    pub fn absolute(&self, file: &str) -> String {
        let url = self.content.site.canonical_url;
        let folder = url.rsplit_once('/').map_or(url, |(folder, _)| folder);
        format!("{folder}/{file}")
    }
}

/// The English edition first, then each translation the folder has, in `Locale::ALL`
/// order. A translation is checked against the English as `load_translated` does.
pub fn load(dir: &Path) -> Result<Vec<Edition>, Errors> {
    let english: &'static Content = Box::leak(Box::new(content::parse::load(dir)?));
    let mut editions = vec![Edition {
        content: english,
        folder: "",
    }];
    for locale in Locale::ALL {
        let folder = dir.join(locale.key());
        if locale == english.site.locale || !folder.is_dir() {
            continue;
        }
        let translated = content::parse::load_translated(dir, &folder)?;
        editions.push(Edition {
            content: Box::leak(Box::new(translated)),
            folder: Box::leak(format!("{}/", locale.key()).into_boxed_str()),
        });
    }
    Ok(editions)
}

/// The edition `lang` names (`en`, `ru`), if the folder has it.
pub fn find(editions: &[Edition], lang: &str) -> Option<Edition> {
    editions.iter().copied().find(|e| e.lang() == lang)
}

/// The editions other than `edition`, each with the address `href` gives its page, as
/// the components take them (`components::editions::Others`).
pub fn others(
    editions: &'static [Edition],
    edition: &Edition,
    href: impl Fn(&Edition) -> String,
) -> &'static [Other] {
    let others: Vec<Other> = editions
        .iter()
        .filter(|other| other.folder != edition.folder)
        .map(|other| Other {
            content: other.content,
            href: Box::leak(href(other).into_boxed_str()),
        })
        .collect();
    Box::leak(others.into_boxed_slice())
}
