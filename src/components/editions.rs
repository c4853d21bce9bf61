//! Between the editions: the language switch (a plain link to the other edition, whose
//! fragment `client::editions` keeps at the reader's place) and a translation's notice
//! at the top of its pages (an unofficial translation, with links to the original and
//! to the English edition).

use leptos::prelude::*;

use super::notes::OPENS_IN_NEW_TAB;
use super::{edition, words};
use crate::hooks::LANGUAGE_SWITCH;
use content::parse::Content;
use content::{Locale, Word};

/// Another edition of the page being rendered, and the address of its page from here
/// (relative, `ru/` or `../`, on the hosted pages; absolute in the single file, which
/// has nothing beside it).
#[derive(Debug, Clone, Copy)]
pub struct Other {
    pub content: &'static Content,
    pub href: &'static str,
}

/// The other editions, as `render` provides them.
#[derive(Debug, Clone, Copy)]
pub struct Others(pub &'static [Other]);

fn others() -> &'static [Other] {
    use_context::<Others>().map_or(&[], |others| others.0)
}

/// A link to each other edition's page, in its own language (`lang`, `hreflang`).
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let links = others().iter().map(|other| {
        let lang = other.content.site.locale.key();
        view! {
            <a class=LANGUAGE_SWITCH.name href=other.href hreflang=lang lang=lang>
                {other.content.words.get(Word::ReadInThisLanguage)}
            </a>
        }
    });
    let links: Vec<_> = links.collect();
    (!links.is_empty()).then(|| view! { <nav class="language-switch">{links}</nav> })
}

/// A translation's line at the top (site.toml `notice`): `{original}` links to the
/// article as we read it (the reprint), by its English title; `{english}` to the
/// English edition, by its title. Both titles are marked `lang="en"`.
#[component]
pub fn TranslationNotice() -> impl IntoView {
    let (site, w) = (&edition().site, words());
    let english = others()
        .iter()
        .find(|other| other.content.site.locale == Locale::En);
    let notice = site.notice.zip(english).map(|(template, english)| {
        let (open, close) = w.around(Word::Quoted, "title", &[]);
        let quoted = move |title: &'static str| {
            view! { {open.clone()}<span lang="en">{title}</span>{close.clone()} }
        };
        let original = view! {
            <a href=site.reprint_url rel="noopener noreferrer" target="_blank" aria-describedby=OPENS_IN_NEW_TAB>
                {quoted(site.original_title.unwrap_or(english.content.article.title))}
            </a>
        };
        let to_english = view! {
            <a href=english.href hreflang="en">{quoted(english.content.site.title)}</a>
        };
        let (before, rest) = template.split_once("{original}").unwrap_or((template, ""));
        let (middle, after) = rest.split_once("{english}").unwrap_or((rest, ""));
        view! {
            <p class="translation-notice">{before}{original}{middle}{to_english}{after}</p>
        }
    });
    view! { {notice} }
}
