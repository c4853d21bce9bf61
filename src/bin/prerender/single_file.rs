//! `refuseniks.html`: the whole explainer in one file, for a reader who gets it by
//! messenger or on a USB stick and opens it with no network. The CSS, the page script,
//! the wasm-bindgen JS and the wasm are all inside; the JS and wasm travel as base64 in
//! inert `<script type="application/octet-stream">` blocks and start from bytes.
//!
//! A file cannot carry a CSP header, so it carries a `<meta>` policy instead: inline
//! code is allowed (it is all ours, in the file) and nothing may be fetched from
//! anywhere, so the page works, or fails, the same with or without a network.

use base64::Engine;

/// What the file's policy allows: its own inline code, the blob: URL it makes for the
/// wasm-bindgen module, data: images; no request to any address.
const POLICY: &str = "default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval' blob:; \
    style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/// Decodes both blocks, imports the JS from a blob: URL (an inline module cannot import
/// a sibling file from file://) and starts the wasm from its bytes; if anything fails,
/// the page stays the static edition, as the hosted loader does.
const START: &str = "const bytes = (id) => Uint8Array.from(atob(document.getElementById(id).textContent.trim()), (c) => c.charCodeAt(0));\n\
    const js = URL.createObjectURL(new Blob([bytes('refuseniks-js')], { type: 'text/javascript' }));\n\
    import(js)\n  .then(({ default: init }) => init({ module_or_path: bytes('refuseniks-wasm') }))\n  \
    .catch(() => document.documentElement.setAttribute('data-static', ''));\n";

pub struct Parts<'a> {
    pub head: &'a str,
    pub css: &'a str,
    pub favicon_svg: &'a str,
    pub page_script: &'a str,
    pub js: &'a [u8],
    pub wasm: &'a [u8],
}

/// A download link to a file beside the page, made to carry the file itself (as a
/// data: URL), since a file opened from a disk has nothing beside it.
pub fn inline_download(body: &str, file: &str, mime: &str, bytes: &[u8]) -> String {
    let data = base64::engine::general_purpose::STANDARD.encode(bytes);
    body.replace(
        &format!("href=\"./{file}\""),
        &format!("href=\"data:{mime};base64,{data}\""),
    )
}

/// The page without the chart's and the comparison's image links (the single file
/// would have to carry a third of a megabyte for them, and both are in the page), and
/// without "Embed this" and its dialog (a file cannot be embedded, and the codes page
/// is not beside it).
pub fn without_files_beside(body: &str) -> String {
    let downloads = format!(
        "<span class=\"{}\">",
        refuseniks::downloads::CHART_DOWNLOADS
    );
    let codes = format!("<a href=\"./{}", refuseniks::embed::CODES_PAGE);
    let dialog = format!("<template id=\"{}\"", refuseniks::hooks::EMBED_DIALOG.name);
    let page = without(body, &downloads, "</span>");
    let page = without(&page, &codes, "</a>");
    without(&page, &dialog, "</template>")
}

/// `page` without every run from `open` to the first `close` after it.
fn without(page: &str, open: &str, close: &str) -> String {
    let mut page = page.to_owned();
    while let Some((start, end)) = page
        .find(open)
        .and_then(|start| Some((start, start + page[start..].find(close)? + close.len())))
    {
        page.replace_range(start..end, "");
    }
    page
}

/// The page around `body` (index.html's), with every asset inside it.
pub fn page(lang: &str, parts: &Parts, body: &str) -> String {
    let base64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" data-edition=\"single-file\">\n<head>\n  \
         <meta charset=\"utf-8\">\n  \
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n  \
         <meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\">\n  \
         {head}\n  \
         <link rel=\"icon\" href=\"data:image/svg+xml;base64,{favicon}\">\n  \
         <style>{css}</style>\n  \
         <script>{page_script}</script>\n  \
         <script type=\"application/octet-stream\" id=\"refuseniks-js\">{js}</script>\n  \
         <script type=\"application/octet-stream\" id=\"refuseniks-wasm\">{wasm}</script>\n  \
         <script type=\"module\">\n{START}</script>\n\
         </head>\n<body>{body}</body>\n</html>\n",
        head = parts.head,
        favicon = base64(parts.favicon_svg.as_bytes()),
        css = parts.css,
        page_script = parts.page_script,
        js = base64(parts.js),
        wasm = base64(parts.wasm),
    )
}
