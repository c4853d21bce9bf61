//! "Embed this": on each part of the page, a link to that part's codes on the codes
//! page (`codes.html`, the `EmbedCodes` section alone), where every code is
//! plain text to select with no script. The client makes the link a button that shows
//! the part's codes in a dialog, built from the same `embed::Codes` the prerender
//! writes, from what the control carries (the part, its title and address) and the
//! dialog's `<template>`: index.html carries no code itself, so the first view pays
//! only for the controls and the template's words. Only the article's page offers the
//! controls (`OffersEmbed`): an embed offers none.

use leptos::prelude::*;

use super::{edition, words};
use crate::embed::{EmbedPart, Way, CODES_PAGE};
use crate::hooks::{
    ANNOUNCE, CANONICAL_FOLDER, COPY, DIALOG_ANNOUNCER, EMBED_ADDRESS, EMBED_BLOCK, EMBED_DIALOG,
    EMBED_DIALOG_CLOSE, EMBED_DIALOG_TITLE, EMBED_NAME, EMBED_OPENS, EMBED_TITLE,
};
use crate::oembed;
use content::Word;

/// In the context of a page that offers embed codes (`render::page`).
#[derive(Debug, Clone, Copy)]
pub struct OffersEmbed;

fn offers_embed() -> bool {
    use_context::<OffersEmbed>().is_some()
}

/// The control on a part, with what the client builds its codes from; nothing where
/// the page offers no codes.
#[component]
pub fn EmbedThis(part: EmbedPart) -> impl IntoView {
    let (content, w) = (edition(), words());
    offers_embed().then(|| {
        let name = w.get(oembed::name(part));
        let label = w.fill(Word::EmbedThisName, &[("part", name)]);
        let href = format!("./{CODES_PAGE}#{}", part.codes_id());
        view! { <a class="embed-this" href=href aria-label=label>{w.get(Word::EmbedThis)}</a> }
            .attr(EMBED_OPENS.name, part.key())
            .attr(EMBED_NAME.name, name)
            .attr(EMBED_TITLE.name, oembed::title(content, part))
            .attr(EMBED_ADDRESS.name, oembed::address(content, part))
    })
}

/// The dialog the client copies in the first time a reader opens one: a code and its
/// copy button for each way, empty until a part's control fills them.
#[component]
pub fn EmbedDialog() -> impl IntoView {
    let (content, w) = (edition(), words());
    offers_embed().then(|| {
        let ways = Way::ALL
            .into_iter()
            .map(|way| way_view(way, way.dialog_id(), String::new()))
            .collect_view();
        view! {
            <template id=EMBED_DIALOG.name>
                <dialog class="embed-dialog" aria-labelledby=EMBED_DIALOG_TITLE.name>
                    <h2 id=EMBED_DIALOG_TITLE.name></h2>
                    {ways}
                    <button type="button" class=EMBED_DIALOG_CLOSE.name>{w.get(Word::Close)}</button>
                    <p class=format!("visually-hidden {}", DIALOG_ANNOUNCER.name) role="status"></p>
                </dialog>
            </template>
        }
        .attr(CANONICAL_FOLDER.name, oembed::canonical_folder(content))
    })
}

/// Every part's codes, written out: the codes page's one section.
#[component]
pub fn EmbedCodes() -> impl IntoView {
    let (content, w) = (edition(), words());
    let parts = EmbedPart::ALL.into_iter().map(part_codes).collect_view();
    view! {
        <section class="afterword embed-codes" id="embed" aria-labelledby="embed-title">
            <h1 id="embed-title">{w.get(Word::EmbedTitle)}</h1>
            {parts}
        </section>
    }
    .attr(CANONICAL_FOLDER.name, oembed::canonical_folder(content))
}

/// One part's block: its name, then each way's label, code and copy button.
fn part_codes(part: EmbedPart) -> impl IntoView {
    let (content, w) = (edition(), words());
    let codes = oembed::codes(content, part);
    let ways = Way::ALL
        .into_iter()
        .map(|way| way_view(way, part.code_id(way), escaped(codes.get(way))))
        .collect_view();
    view! {
        <section class="embed-block" id=part.codes_id() aria-labelledby=part.codes_title_id()>
            <h2 id=part.codes_title_id()>{w.get(oembed::name(part))}</h2>
            {ways}
        </section>
    }
    .attr(EMBED_BLOCK.name, part.key())
    .attr(EMBED_TITLE.name, oembed::title(content, part))
    .attr(EMBED_ADDRESS.name, oembed::address(content, part))
}

/// A way's label, its code and its copy button.
fn way_view(way: Way, id: String, code: String) -> impl IntoView {
    let w = words();
    let (label, copy) = way_words(way);
    let rows = if way == Way::Address { 1 } else { 4 };
    let code = view! {
        <textarea class="embed-code" id=id.clone() rows=rows readonly spellcheck="false">{code}</textarea>
    };
    let button = view! { <button type="button" class="copy" hidden>{w.get(copy)}</button> }
        .attr(COPY.name, id.clone())
        .attr(ANNOUNCE.name, w.get(Word::CodeCopied));
    view! { <label for=id>{w.get(label)}</label>{code}{button} }
}

/// A way's label above its code, and its copy button's name.
fn way_words(way: Way) -> (Word, Word) {
    match way {
        Way::Iframe => (Word::EmbedIframe, Word::CopyIframe),
        Way::Pym => (Word::EmbedPym, Word::CopyPym),
        Way::Address => (Word::EmbedAddress, Word::CopyAddress),
    }
}

/// A textarea's text as HTML: Leptos writes a `<textarea>`'s children as they are (as
/// for `<script>`), and the code is full of `<` and `&`.
fn escaped(code: &str) -> String {
    code.replace('&', "&amp;").replace('<', "&lt;")
}
