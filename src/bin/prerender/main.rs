//! `prerender <dist>`: turns the page Trunk built into the static site, from the content
//! folder `REFUSENIKS_CONTENT` names (`content/` unless it is set), read now: a content
//! change needs no compile.
//!
//! - for each edition (`refuseniks::editions`: the English at the top of `dist/`, each
//!   translation in its folder, `ru/`), renders `App` into `index.html`, `EmbedApp` into
//!   `embed.html` and each `embed-<part>.html`, and `CodesApp` into `codes.html`, so the
//!   article, every note, every table and every embed code are in the HTML before any
//!   script runs; every edition's pages load the same assets, at the top;
//! - writes the page around it itself, taking only the hashed asset names from Trunk:
//!   a hashed loader file instead of Trunk's inline one, and the page script, so the
//!   pages run under a CSP with no 'unsafe-inline';
//! - writes the metadata from the edition's `site.toml`, its `hreflang` alternates (every
//!   edition, and the English as `x-default`), and the page as schema.org data
//!   (JSON-LD: the article, what it is based on, each correction);
//! - writes `refuseniks.html`, the same page with everything inside (single_file.rs);
//! - draws the casualty chart as `casualties-chart.png` (the social card) and `.svg`
//!   (chart_image.rs), and the comparison as `comparison-chart.png` and `.svg`
//!   (comparison_image.rs), in each edition's words;
//! - writes each embeddable part's oEmbed description, `oembed-<part>.json`, which the
//!   pages that show the part name in their head (`oembed.rs`).

use std::fs;
use std::path::Path;

use content::parse::Content;
use refuseniks::chart::{CHART_PNG, CHART_SVG, COMPARISON_PNG, COMPARISON_SVG};
use refuseniks::components::EmbedPart;
use refuseniks::downloads::SINGLE_FILE;
use refuseniks::editions::{self, others, Edition};
use refuseniks::embed::CODES_PAGE;
use refuseniks::oembed::{self, Picture};
use refuseniks::{render, structured_data};

mod chart_image;
mod comparison_image;
mod single_file;

const PAGE_SCRIPT: &str = include_str!("../../../scripts/page.js");
/// The embeds' own classic script: their height for the page that frames them.
const EMBED_SCRIPT: &str = include_str!("../../../scripts/embed.js");

fn main() {
    let dist = std::env::args().nth(1).unwrap_or_else(|| "dist".to_owned());
    let dist = Path::new(&dist);
    let editions = load_editions();
    let assets = Assets::find(dist);
    let loader = write_hashed(dist, "loader", "js", &loader_for(&assets));
    let page_script = write_hashed(dist, "page", "js", PAGE_SCRIPT);
    let embed_script = write_hashed(dist, "embed", "js", EMBED_SCRIPT);
    for edition in editions {
        let folder = dist.join(edition.folder);
        fs::create_dir_all(&folder)
            .unwrap_or_else(|e| panic!("cannot make {}: {e}", folder.display()));
        let links = Links {
            page: assets.links(edition.up(), &[&page_script], &loader),
            embed: assets.links(edition.up(), &[&page_script, &embed_script], &loader),
        };
        write_edition(&folder, editions, edition, &links, &assets, dist);
        println!(
            "prerendered {0}/index.html, the embeds and their oEmbed descriptions and {0}/{SINGLE_FILE}, and drew {0}/{CHART_PNG}, {0}/{CHART_SVG}, {0}/{COMPARISON_PNG} and {0}/{COMPARISON_SVG}",
            folder.display()
        );
    }
}

/// The head's links and scripts: the article's page, and the embeds' (with the script
/// that tells a host their height).
struct Links {
    page: String,
    embed: String,
}

/// One edition's pages, images, oEmbed descriptions, CSV and single file, in its folder
/// `out`.
fn write_edition(
    out: &Path,
    editions: &'static [Edition],
    edition: &Edition,
    links: &Links,
    assets: &Assets,
    dist: &Path,
) {
    let content = edition.content;
    let chart = chart_image::casualties_chart(content);
    write(out, CHART_SVG, &chart.svg);
    write_bytes(out, CHART_PNG, &chart.png);
    let comparison = comparison_image::comparison_chart(content);
    write(out, COMPARISON_SVG, &comparison.svg);
    write_bytes(out, COMPARISON_PNG, &comparison.png);
    write_oembeds(out, content, comparison.height);

    let lang = edition.lang();
    let near = others(editions, edition, |other| edition.to(other, ""));
    let index = render::page(content, near);
    let index_head = head(
        content,
        Some(EmbedPart::Article),
        false,
        &chart.alt,
        &alternates(editions, ""),
    );
    write(
        out,
        "index.html",
        &page(lang, &index_head, &links.page, &index, Embed::No),
    );
    let embed_head = |describes: Option<EmbedPart>, file: &str| {
        head(
            content,
            describes,
            true,
            &chart.alt,
            &alternates(editions, file),
        )
    };
    let embed = render::embed(content, near, None);
    write(
        out,
        "embed.html",
        &page(
            lang,
            &embed_head(None, "embed.html"),
            &links.embed,
            &embed,
            Embed::All,
        ),
    );
    // One page per part, carrying only that part's HTML; the wasm is the same file, so
    // a news page embedding several parts downloads it once.
    for part in EmbedPart::ALL {
        let file = part.file();
        let html = render::embed(content, near, Some(part));
        write(
            out,
            &file,
            &page(
                lang,
                &embed_head(Some(part), &file),
                &links.embed,
                &html,
                Embed::Only(part),
            ),
        );
    }
    // Every part's codes, where "Embed this" leads with no script (noindex, as an embed).
    write(
        out,
        CODES_PAGE,
        &page(
            lang,
            &embed_head(None, CODES_PAGE),
            &links.page,
            &render::codes(content),
            Embed::No,
        ),
    );
    let csv = refuseniks::chart::estimates::csv(content.casualties.estimates);
    write(out, refuseniks::downloads::CSV, &csv);
    let read = |file: &str| {
        fs::read(dist.join(file))
            .unwrap_or_else(|e| panic!("cannot read {}/{file}: {e}", dist.display()))
    };
    let text = |file: &str| {
        String::from_utf8(read(file))
            .unwrap_or_else(|e| panic!("{}/{file} is not UTF-8: {e}", dist.display()))
    };
    let parts = single_file::Parts {
        head: &index_head,
        css: &text(&assets.css),
        favicon_svg: &text(&assets.favicon),
        page_script: PAGE_SCRIPT,
        js: &read(&assets.js),
        wasm: &read(&assets.wasm),
    };
    // The single file has nothing beside it: its links to the other editions are their
    // published addresses, its CSV link carries the file, and the chart image links are
    // dropped (a third of a megabyte, and the chart itself is there).
    let far = others(editions, edition, |other| other.absolute(""));
    let body = single_file::inline_download(
        &markers_fixed(&render::page(content, far)),
        refuseniks::downloads::CSV,
        "text/csv;charset=utf-8",
        csv.as_bytes(),
    );
    write(
        out,
        SINGLE_FILE,
        &single_file::page(lang, &parts, &single_file::without_files_beside(&body)),
    );
}

/// Each part's oEmbed description, its thumbnail the part's picture (the article's,
/// the social card).
fn write_oembeds(dist: &Path, content: &Content, comparison_height: u32) {
    let chart = Picture {
        file: CHART_PNG,
        width: chart_image::WIDTH,
        height: chart_image::HEIGHT,
    };
    for part in EmbedPart::ALL {
        let picture = match part {
            EmbedPart::Article | EmbedPart::Casualties => chart,
            EmbedPart::Comparison => Picture {
                file: COMPARISON_PNG,
                width: chart_image::WIDTH,
                height: comparison_height,
            },
        };
        write(
            dist,
            &part.oembed_file(),
            &oembed::json(content, part, picture),
        );
    }
}

/// Every edition, the English first (check-content ran first, so a mistake here is
/// rare: it is reported the same way).
fn load_editions() -> &'static [Edition] {
    let dir = std::env::var("REFUSENIKS_CONTENT").unwrap_or_else(|_| "content".to_owned());
    let editions = editions::load(Path::new(&dir)).unwrap_or_else(|errors| {
        for error in &errors {
            eprintln!("{error}");
        }
        std::process::exit(1);
    });
    Box::leak(editions.into_boxed_slice())
}

/// The page `file` (`""`: the article's) in every edition, by its published address,
/// and the English as the one for any other language (`x-default`).
fn alternates(editions: &[Edition], file: &str) -> String {
    let link = |lang: &str, href: String| {
        format!(
            "\n  <link rel=\"alternate\" hreflang=\"{lang}\" href=\"{}\">",
            escape(&href)
        )
    };
    if editions.len() < 2 {
        return String::new();
    }
    let mut out: String = editions
        .iter()
        .map(|edition| link(edition.lang(), edition.absolute(file)))
        .collect();
    out.push_str(&link("x-default", editions[0].absolute(file)));
    out
}

/// The hashed files Trunk wrote. Found by name, not by reading Trunk's HTML, whose
/// formatting changes with minification.
struct Assets {
    favicon: String,
    css: String,
    js: String,
    wasm: String,
}

impl Assets {
    fn find(dist: &Path) -> Self {
        let files: Vec<String> = fs::read_dir(dist)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dist.display()))
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .collect();
        let one = |prefix: &str, suffix: &str| {
            let found: Vec<&String> = files
                .iter()
                .filter(|f| f.starts_with(prefix) && f.ends_with(suffix))
                .collect();
            match found.as_slice() {
                [file] => (*file).clone(),
                _ => panic!(
                    "expected one {prefix}*{suffix} in {}, found {found:?}",
                    dist.display()
                ),
            }
        };
        Assets {
            favicon: one("favicon-", ".svg"),
            css: one("main-", ".css"),
            js: one("refuseniks-", ".js"),
            wasm: one("refuseniks-", "_bg.wasm"),
        }
    }

    /// The head's links and scripts: the classic scripts, which run before the first
    /// paint, then the loader. No preload of the wasm or its JS: the loader fetches
    /// them once the page has loaded, so they never compete with the text. `up` leads
    /// from the page's folder to the assets (`../` from `ru/`).
    fn links(&self, up: &str, classic_scripts: &[&str], loader: &str) -> String {
        let up = if up.is_empty() { "./" } else { up };
        let scripts: String = classic_scripts
            .iter()
            .map(|script| format!("<script src=\"{up}{script}\"></script>\n  "))
            .collect();
        format!(
            "<link rel=\"icon\" href=\"{up}{favicon}\">\n  \
             <link rel=\"stylesheet\" href=\"{up}{css}\">\n  \
             {scripts}<script type=\"module\" src=\"{up}{loader}\"></script>",
            favicon = self.favicon,
            css = self.css,
        )
    }
}

/// Trunk's loader, as a file (beside the wasm: every edition's pages load it, so the
/// wasm's address is the loader's, not the page's), that marks the page static if the wasm cannot start, and
/// does not start it on a page the page script already made static (opened from a file:
/// a browser that allows the module there must not bring controls the CSS hides).
fn loader_for(assets: &Assets) -> String {
    format!(
        "// Starts the WebAssembly once the page has loaded and the browser is idle, so it\n\
         // never delays the text; if it cannot start, the page stays the static edition.\n\
         const root = document.documentElement;\n\
         const start = () => import('./{js}')\n  \
           .then(({{ default: init }}) => init({{ module_or_path: new URL('./{wasm}', import.meta.url) }}))\n  \
           .catch(() => root.setAttribute('data-static', ''));\n\
         const soon = () => ('requestIdleCallback' in window ? requestIdleCallback(start, {{ timeout: 200 }}) : setTimeout(start));\n\
         if (!root.hasAttribute('data-static')) {{\n  \
           if (document.readyState === 'complete') soon(); else addEventListener('load', soon, {{ once: true }});\n\
         }}\n",
        js = assets.js,
        wasm = assets.wasm,
    )
}

/// The social card's image is the chart (chart_image.rs), by its absolute address: the
/// canonical address's folder, where the page is published. A page that shows a part
/// on its own (`describes`; the article's, index.html) names that part's oEmbed;
/// `alternates`, the same page in every edition.
fn head(
    content: &Content,
    describes: Option<EmbedPart>,
    embed: bool,
    image_alt: &str,
    alternates: &str,
) -> String {
    let (e, site) = (escape, &content.site);
    let robots = if embed {
        "\n  <meta name=\"robots\" content=\"noindex\">"
    } else {
        ""
    };
    // The article page only: embeds are noindex, and a search engine reads one copy.
    let data = if embed {
        String::new()
    } else {
        format!(
            "\n  <script type=\"application/ld+json\">{}</script>",
            structured_data::json_ld(content)
        )
    };
    let folder = oembed::canonical_folder(content);
    let discovery = describes.map_or(String::new(), |part| {
        format!("\n  {}", oembed::discovery(content, part))
    });
    format!(
        "<title>{title}</title>\n  \
         <meta name=\"description\" content=\"{description}\">\n  \
         <link rel=\"canonical\" href=\"{url}\">{alternates}{robots}{discovery}\n  \
         <meta property=\"og:type\" content=\"article\">\n  \
         <meta property=\"og:title\" content=\"{title}\">\n  \
         <meta property=\"og:description\" content=\"{description}\">\n  \
         <meta property=\"og:url\" content=\"{url}\">\n  \
         <meta property=\"og:site_name\" content=\"{site}\">\n  \
         <meta property=\"og:image\" content=\"{image}\">\n  \
         <meta property=\"og:image:type\" content=\"image/png\">\n  \
         <meta property=\"og:image:width\" content=\"{width}\">\n  \
         <meta property=\"og:image:height\" content=\"{height}\">\n  \
         <meta property=\"og:image:alt\" content=\"{alt}\">\n  \
         <meta name=\"twitter:card\" content=\"summary_large_image\">\n  \
         <meta name=\"twitter:title\" content=\"{title}\">\n  \
         <meta name=\"twitter:description\" content=\"{description}\">\n  \
         <meta name=\"twitter:image\" content=\"{image}\">\n  \
         <meta name=\"twitter:image:alt\" content=\"{alt}\">{data}",
        title = e(site.title),
        description = e(site.description),
        url = e(site.canonical_url),
        site = e(site.site_name),
        image = e(&format!("{folder}{CHART_PNG}")),
        width = chart_image::WIDTH,
        height = chart_image::HEIGHT,
        alt = e(image_alt),
    )
}

/// Leptos marks its view boundaries with `<!>`, which parses to the same empty comment
/// node as `<!---->` but is a parse error for validators. Text never contains a raw
/// `<`, so only markers are replaced.
fn markers_fixed(body: &str) -> String {
    body.replace("<!>", "<!---->")
}

/// Which page: the article's, `embed.html` with every part, or one part's embed.
enum Embed {
    No,
    All,
    Only(EmbedPart),
}

fn page(lang: &str, head: &str, links: &str, body: &str, embed: Embed) -> String {
    let body = markers_fixed(body);
    let page_kind = match embed {
        Embed::No => String::new(),
        Embed::All => " data-page=\"embed\"".to_owned(),
        Embed::Only(part) => format!(" data-page=\"embed\" data-panel=\"{}\"", part.key()),
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"{page_kind}>\n<head>\n  \
         <meta charset=\"utf-8\">\n  \
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n  \
         {head}\n  {links}\n</head>\n<body>{body}</body>\n</html>\n"
    )
}

/// `name-<hash>.ext`, so caches can keep it forever.
fn write_hashed(dist: &Path, name: &str, ext: &str, content: &str) -> String {
    // FNV-1a: a stable content hash without another dependency.
    let hash = content.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    let file = format!("{name}-{hash:016x}.{ext}");
    write(dist, &file, content);
    file
}

fn write(dist: &Path, file: &str, content: &str) {
    fs::write(dist.join(file), content)
        .unwrap_or_else(|e| panic!("cannot write {}/{file}: {e}", dist.display()));
}

fn write_bytes(dist: &Path, file: &str, bytes: &[u8]) {
    fs::write(dist.join(file), bytes)
        .unwrap_or_else(|e| panic!("cannot write {}/{file}: {e}", dist.display()));
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
