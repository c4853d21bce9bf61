//! `prerender <dist>`: turns the page Trunk built into the static site.
//!
//! - renders `App` into `index.html` and `EmbedApp` into `embed.html`, so the article,
//!   every note and every table are in the HTML before any script runs;
//! - replaces Trunk's inline loader with a hashed file, and adds the page script, so
//!   the pages run under a CSP with no 'unsafe-inline';
//! - writes the metadata from `content/site.toml`.

use std::fs;
use std::path::Path;

use leptos::prelude::*;
use refuseniks::SITE;

const PAGE_SCRIPT: &str = include_str!("../../scripts/page.js");

fn main() {
    let dist = std::env::args().nth(1).unwrap_or_else(|| "dist".to_owned());
    let dist = Path::new(&dist);
    let template = fs::read_to_string(dist.join("index.html")).unwrap_or_else(|e| panic!("cannot read {}/index.html: {e}", dist.display()));

    let loader = loader_for(&template);
    let loader_file = write_hashed(dist, "loader", "js", &loader);
    let page_file = write_hashed(dist, "page", "js", PAGE_SCRIPT);
    let inline = between(&template, "<script type=\"module\">", "</script>").expect("Trunk's loader script");
    let template = template.replace(&format!("<script type=\"module\">{inline}</script>"), "");
    let scripts = format!(
        "<script src=\"./{page_file}\"></script>\n  <script type=\"module\" src=\"./{loader_file}\"></script>\n"
    );
    let template = template.replace("</head>", &format!("{scripts}</head>"));

    let index = Owner::new().with(|| view! { <refuseniks::App /> }.to_html());
    write(dist, "index.html", &page(&template, &head(SITE.title, false), &index, false));
    let embed = Owner::new().with(|| view! { <refuseniks::EmbedApp /> }.to_html());
    write(dist, "embed.html", &page(&template, &head(SITE.title, true), &embed, true));
    println!("prerendered {0}/index.html and {0}/embed.html", dist.display());
}

/// Trunk's loader, as a file, that marks the page static if the wasm cannot start.
fn loader_for(template: &str) -> String {
    let js = between(template, "from './", "'").expect("the loader imports the wasm-bindgen JS");
    let wasm = between(template, "module_or_path: './", "'").expect("the loader names the wasm");
    format!(
        "// Starts the WebAssembly; if it cannot, the page stays the prerendered static edition.\n\
         import init from './{js}';\n\
         init({{ module_or_path: './{wasm}' }}).catch(() => document.documentElement.setAttribute('data-static', ''));\n"
    )
}

fn head(title: &str, embed: bool) -> String {
    let e = escape;
    let robots = if embed { "\n  <meta name=\"robots\" content=\"noindex\">" } else { "" };
    format!(
        "<title>{title}</title>\n  \
         <meta name=\"description\" content=\"{description}\">\n  \
         <link rel=\"canonical\" href=\"{url}\">{robots}\n  \
         <meta property=\"og:type\" content=\"article\">\n  \
         <meta property=\"og:title\" content=\"{title}\">\n  \
         <meta property=\"og:description\" content=\"{description}\">\n  \
         <meta property=\"og:url\" content=\"{url}\">\n  \
         <meta property=\"og:site_name\" content=\"{site}\">\n  \
         <meta name=\"twitter:card\" content=\"summary\">\n  \
         <meta name=\"twitter:title\" content=\"{title}\">\n  \
         <meta name=\"twitter:description\" content=\"{description}\">",
        title = e(title),
        description = e(SITE.description),
        url = e(SITE.canonical_url),
        site = e(SITE.site_name),
    )
}

fn page(template: &str, head: &str, body: &str, embed: bool) -> String {
    // Leptos marks hydration points with `<!>`, which parses to the same empty comment
    // node as `<!---->` but is a parse error for validators. Text never contains a raw
    // `<`, so only markers are replaced.
    let body = body.replace("<!>", "<!---->");
    let start = template.find("<title>").expect("a <title>");
    let end = template.find("</title>").expect("a </title>") + "</title>".len();
    let page = format!("{}{head}{}", &template[..start], &template[end..]);
    let page = if embed { page.replacen("<html lang=\"en\">", "<html lang=\"en\" data-page=\"embed\">", 1) } else { page };
    let inner = between(&page, "<body>", "</body>").expect("a <body>");
    page.replacen(&format!("<body>{inner}</body>"), &format!("<body>{body}</body>"), 1)
}

fn between<'a>(text: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = text.find(open)? + open.len();
    let end = start + text[start..].find(close)?;
    Some(&text[start..end])
}

/// `name-<hash>.ext`, so caches can keep it forever.
fn write_hashed(dist: &Path, name: &str, ext: &str, content: &str) -> String {
    // FNV-1a: a stable content hash without another dependency.
    let hash = content.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    let file = format!("{name}-{hash:016x}.{ext}");
    write(dist, &file, content);
    file
}

fn write(dist: &Path, file: &str, content: &str) {
    fs::write(dist.join(file), content).unwrap_or_else(|e| panic!("cannot write {}/{file}: {e}", dist.display()));
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
