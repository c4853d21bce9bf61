//! "Embed this": on each part of the page, a link to that part's embed codes in the
//! Embed section, where every code is plain text to select with no script; the client
//! makes the link a button that shows the same codes in a dialog. Only the page that
//! offers the codes (index.html, `OffersEmbed`) carries either: an embed offers none.

use leptos::prelude::*;

use super::{edition, words};
use crate::embed::{EmbedPart, Way};
use crate::hooks::{
    ANNOUNCE, CANONICAL_FOLDER, COPY, DIALOG_ANNOUNCER, EMBED_CODE, EMBED_DIALOG,
    EMBED_DIALOG_BODY, EMBED_DIALOG_CLOSE, EMBED_OPENS, EMBED_SRC,
};
use crate::oembed;
use content::Word;

/// In the context of a page that offers embed codes (`render::page`).
#[derive(Debug, Clone, Copy)]
pub struct OffersEmbed;

fn offers_embed() -> bool {
    use_context::<OffersEmbed>().is_some()
}

/// The control on a part; nothing where the page offers no codes.
#[component]
pub fn EmbedThis(part: EmbedPart) -> impl IntoView {
    let w = words();
    offers_embed().then(|| {
        let name = w.fill(Word::EmbedThisName, &[("part", w.get(oembed::name(part)))]);
        view! {
            <a class="embed-this" href=format!("#{}", part.codes_id()) aria-label=name>{w.get(Word::EmbedThis)}</a>
        }
        .attr(EMBED_OPENS.name, part.codes_id())
    })
}

/// Every part's codes, after "Cite this page", with the dialog's template.
#[component]
pub fn EmbedCodes() -> impl IntoView {
    let (content, w) = (edition(), words());
    offers_embed().then(|| {
        let parts = EmbedPart::ALL.into_iter().map(part_codes).collect_view();
        view! {
            <section class="afterword embed-codes" id="embed" aria-labelledby="embed-title">
                <h2 id="embed-title">{w.get(Word::EmbedTitle)}</h2>
                {parts}
                <template id=EMBED_DIALOG.name>
                    <dialog class="embed-dialog">
                        <div class=EMBED_DIALOG_BODY.name></div>
                        <button type="button" class=EMBED_DIALOG_CLOSE.name>{w.get(Word::Close)}</button>
                        <p class=format!("visually-hidden {}", DIALOG_ANNOUNCER.name) role="status"></p>
                    </dialog>
                </template>
            </section>
        }
        .attr(CANONICAL_FOLDER.name, oembed::canonical_folder(content))
    })
}

/// One part's block: its name, then each way's label, code and copy button.
fn part_codes(part: EmbedPart) -> impl IntoView {
    let (content, w) = (edition(), words());
    let codes = oembed::codes(content, part);
    let src = oembed::src(content, part);
    let ways = Way::ALL
        .into_iter()
        .map(|way| {
            let (label, copy) = way_words(way);
            let id = part.code_id(way);
            let rows = if way == Way::Address { 1 } else { 4 };
            let loads_embed = (way != Way::Address).then(|| src.clone());
            let code = view! {
                <textarea class=EMBED_CODE.name id=id.clone() rows=rows readonly spellcheck="false">{escaped(codes.get(way))}</textarea>
            }
            .attr(EMBED_SRC.name, loads_embed);
            let button = view! { <button type="button" class="copy" hidden>{w.get(copy)}</button> }
                .attr(COPY.name, id.clone())
                .attr(ANNOUNCE.name, w.get(Word::CodeCopied));
            view! { <label for=id>{w.get(label)}</label>{code}{button} }
        })
        .collect_view();
    view! {
        <section class="embed-block" id=part.codes_id() aria-labelledby=part.codes_title_id()>
            <h3 id=part.codes_title_id()>{w.get(oembed::name(part))}</h3>
            {ways}
        </section>
    }
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
