//! Embedding a part of the page elsewhere: each part's files, the code a newsroom
//! copies for each way of embedding it (a responsive iframe with its height script,
//! pym.js, the address a CMS turns into an embed through oEmbed), and that code made
//! right for where the page is served. Pure functions over strings: the prerender
//! writes the codes for the edition's canonical folder, and the client builds them with
//! the same `Codes` for the folder the page is served from, with its `?theme=`.

content::keyed! {
    /// A part a news page can embed on its own: the word in `?panel=`, `data-panel` and
    /// the part's own page, `embed-<key>.html`.
    pub enum EmbedPart {
        Article = "article",
        Casualties = "casualties",
        Comparison = "comparison",
    }
}

/// The page that carries every part's codes, written out: where "Embed this" leads
/// with no script.
pub const CODES_PAGE: &str = "codes.html";

/// The width an oEmbed consumer is told the embed takes (a news page's text column);
/// the iframe itself takes the width it is given.
pub const OEMBED_WIDTH: u32 = 640;

impl EmbedPart {
    /// The part's own page: `embed-casualties.html`.
    pub fn file(self) -> String {
        format!("embed-{}.html", self.key())
    }

    /// Its oEmbed description: `oembed-casualties.json`.
    pub fn oembed_file(self) -> String {
        format!("oembed-{}.json", self.key())
    }

    /// The id of the part's block of codes on the codes page, which its control links to.
    pub fn codes_id(self) -> String {
        format!("embed-code-{}", self.key())
    }

    /// Its heading's id, which names the block and the dialog.
    pub fn codes_title_id(self) -> String {
        format!("embed-code-{}-title", self.key())
    }

    /// The id of one way's code in the block (its copy button names it).
    pub fn code_id(self, way: Way) -> String {
        format!("embed-code-{}-{}", self.key(), way.key())
    }

    /// The element a host page's pym.js fills with the frame.
    fn pym_target(self) -> String {
        format!("refuseniks-{}", self.key())
    }

    /// The frame's height before its script first sets it (and what oEmbed says): the
    /// part's whole height at the 640 px of a news page's text column, so a host that
    /// strips the script still shows all of it. Measured in Chromium, December 2026
    /// (23,888, 2,216 and 17,789 px: the comparison's page carries its notes' sources).
    pub fn initial_height(self) -> u32 {
        match self {
            EmbedPart::Article => 23900,
            EmbedPart::Casualties => 2300,
            EmbedPart::Comparison => 17800,
        }
    }
}

content::keyed! {
    /// A way of embedding a part, each with its code to copy.
    pub enum Way {
        /// A plain iframe, with the script that sets its height from the frame's messages.
        Iframe = "iframe",
        /// pym.js's parent.
        Pym = "pym",
        /// The address to paste into a CMS, which finds the oEmbed through the page.
        Address = "address",
    }
}

impl Way {
    /// The id of the way's code in the dialog, which shows one part's at a time.
    pub fn dialog_id(self) -> String {
        format!("embed-dialog-{}", self.key())
    }
}

/// A reader's `?theme=`, carried into the code the page offers (the default, following
/// the host's `prefers-color-scheme`, needs no parameter).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    /// From a page's query string (`?theme=dark&…`); anything but light or dark is none.
    pub fn from_query(query: &str) -> Option<Theme> {
        let query = query.strip_prefix('?').unwrap_or(query);
        query
            .split('&')
            .find_map(|pair| pair.strip_prefix("theme="))
            .and_then(|value| match value {
                "light" => Some(Theme::Light),
                "dark" => Some(Theme::Dark),
                _ => None,
            })
    }

    fn query(self) -> &'static str {
        match self {
            Theme::Light => "?theme=light",
            Theme::Dark => "?theme=dark",
        }
    }
}

/// The folder an address is in: up to its last `/`, without query or fragment
/// (`https://example.org/news/refuseniks/index.html?x#y` → `…/refuseniks/`).
pub fn folder(url: &str) -> &str {
    // By bytes, not `str` patterns: the client calls it too, and a pattern searcher
    // costs the wasm more than the function.
    let end = url
        .bytes()
        .position(|b| b == b'?' || b == b'#')
        .unwrap_or(url.len());
    let url = &url[..end];
    url.bytes()
        .rposition(|b| b == b'/')
        .map_or(url, |slash| &url[..=slash])
}

/// The folder a page is served from, for rewriting its codes: only an http(s) page's
/// (one opened from a file cannot be embedded from there, so it keeps the canonical).
pub fn served_folder(location: &str) -> Option<&str> {
    let hosted = location.starts_with("https://") || location.starts_with("http://");
    hosted.then(|| folder(location))
}

/// One part's code for each way.
pub struct Codes {
    pub iframe: String,
    pub pym: String,
    pub address: String,
}

impl Codes {
    /// For the edition's files in `folder`: `address` is the page to paste, the one
    /// whose `<link rel="alternate" type="application/json+oembed">` describes the part;
    /// `theme` is carried into the embed's address (the iframe's and pym's).
    pub fn new(
        part: EmbedPart,
        folder: &str,
        title: &str,
        address: &str,
        theme: Option<Theme>,
    ) -> Codes {
        let src = format!("{folder}{}{}", part.file(), theme.map_or("", Theme::query));
        Codes {
            iframe: format!(
                "{}{}",
                iframe(&src, title, part.initial_height()),
                HEIGHT_SCRIPT
            ),
            pym: pym(&part.pym_target(), &src, title),
            address: address.to_owned(),
        }
    }

    pub fn get(&self, way: Way) -> &str {
        match way {
            Way::Iframe => &self.iframe,
            Way::Pym => &self.pym,
            Way::Address => &self.address,
        }
    }
}

/// The iframe alone: what the iframe code starts with, and oEmbed's `html`.
pub fn iframe(src: &str, title: &str, height: u32) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" style=\"border:0\" loading=\"lazy\"></iframe>",
        attribute(src),
        attribute(title)
    )
}

/// Sets the height of the iframe just before it from the frame's `iframe.resize`
/// messages (the protocol Embedly's hosts listen for), from that frame only.
const HEIGHT_SCRIPT: &str = "<script>(function(f){addEventListener(\"message\",function(e){var d;if(e.source!==f.contentWindow)return;try{d=JSON.parse(e.data)}catch(x){return}if(d&&d.context===\"iframe.resize\"&&d.height>0)f.height=Math.ceil(d.height)})})(document.currentScript.previousElementSibling)</script>";

/// For a page that already loads pym.js (a newsroom that uses pym hosts or picks its
/// copy; we name no address for it).
fn pym(target: &str, src: &str, title: &str) -> String {
    format!(
        "<div id=\"{target}\"></div>\n<script>new pym.Parent(\"{target}\", \"{}\", {{title: \"{}\"}});</script>",
        script_string(src),
        script_string(title)
    )
}

/// An address in the canonical folder, moved to the folder the page is served from
/// (any other address as it is).
pub fn moved(url: &str, canonical: &str, served: &str) -> String {
    match url.strip_prefix(canonical) {
        Some(rest) if !canonical.is_empty() => format!("{served}{rest}"),
        _ => url.to_owned(),
    }
}

/// Text for a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    escaped(text, |c| match c {
        '&' => Some("&amp;"),
        '"' => Some("&quot;"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        _ => None,
    })
}

/// Text for a double-quoted JavaScript string inside a `<script>`.
fn script_string(text: &str) -> String {
    escaped(text, |c| match c {
        '\\' => Some("\\\\"),
        '"' => Some("\\\""),
        '<' => Some("\\u003c"),
        '\n' => Some("\\n"),
        _ => None,
    })
}

/// `text` with each character `escape` names replaced, in one pass (the client builds
/// codes too, and a pass per character would bring `str::replace` into the wasm).
fn escaped(text: &str, escape: fn(char) -> Option<&'static str>) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match escape(c) {
            Some(escaped) => out.push_str(escaped),
            None => out.push(c),
        }
    }
    out
}
