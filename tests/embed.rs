//! The embed codes and the oEmbed descriptions (`refuseniks::embed`, `refuseniks::oembed`):
//! built from an edition's canonical address, and rewritten for where a page is served.

mod common;

use std::path::Path;

use refuseniks::embed::{folder, moved, served_folder, Codes, EmbedPart, Theme, Way};
use refuseniks::oembed::{self, Picture};
use serde_json::Value;

const FOLDER: &str = "https://news.example/2022/refuseniks/";

#[test]
fn a_folder_is_the_address_up_to_its_last_slash() {
    assert_eq!(
        folder("https://a.example/x/index.html?theme=dark#note-1"),
        "https://a.example/x/"
    );
    assert_eq!(folder("https://a.example/x/"), "https://a.example/x/");
    assert_eq!(folder("http://127.0.0.1:8091/"), "http://127.0.0.1:8091/");
    assert_eq!(
        served_folder("http://127.0.0.1:8091/news/?x=/y"),
        Some("http://127.0.0.1:8091/news/")
    );
    assert_eq!(served_folder("file:///home/reader/refuseniks.html"), None);
}

#[test]
fn only_light_and_dark_are_themes() {
    assert_eq!(Theme::from_query("?theme=dark"), Some(Theme::Dark));
    assert_eq!(Theme::from_query("?x=1&theme=light"), Some(Theme::Light));
    for ignored in [
        "",
        "?theme=auto",
        "?theme=DARK",
        "?theme=",
        "?theme=dark%00",
        "?themes=dark",
    ] {
        assert_eq!(Theme::from_query(ignored), None, "{ignored}");
    }
}

#[test]
fn each_code_loads_its_part_from_the_folder() {
    let codes = Codes::new(
        EmbedPart::Casualties,
        FOLDER,
        "Deaths \"differed\" <30-fold>",
        "https://p.example/",
        None,
    );
    let src = format!("{FOLDER}embed-casualties.html");
    assert!(codes.iframe.starts_with(&format!(
        "<iframe src=\"{src}\" title=\"Deaths &quot;differed&quot; &lt;30-fold&gt;\""
    )));
    assert!(codes.iframe.contains("iframe.resize") && codes.iframe.ends_with("</script>"));
    assert!(codes
        .pym
        .starts_with("<div id=\"refuseniks-casualties\"></div>\n<script>new pym.Parent("));
    assert!(codes.pym.contains(&format!("new pym.Parent(\"refuseniks-casualties\", \"{src}\", {{title: \"Deaths \\\"differed\\\" \\u003c30-fold>\"}});")));
    assert_eq!(codes.get(Way::Address), "https://p.example/");
}

#[test]
fn a_served_page_offers_its_own_folder_and_theme() {
    let here = "http://127.0.0.1:8091/sub/";
    let address = moved(&format!("{FOLDER}embed-comparison.html"), FOLDER, here);
    assert_eq!(address, "http://127.0.0.1:8091/sub/embed-comparison.html");
    assert_eq!(moved(FOLDER, FOLDER, here), here);
    assert_eq!(
        moved("https://elsewhere.example/", FOLDER, here),
        "https://elsewhere.example/"
    );
    let codes = Codes::new(
        EmbedPart::Comparison,
        here,
        "T",
        &address,
        Some(Theme::Dark),
    );
    assert!(
        codes
            .iframe
            .contains("src=\"http://127.0.0.1:8091/sub/embed-comparison.html?theme=dark\""),
        "{}",
        codes.iframe
    );
    assert!(codes
        .pym
        .contains("\"http://127.0.0.1:8091/sub/embed-comparison.html?theme=dark\""));
    assert_eq!(
        codes.address, address,
        "the address to paste carries no theme: its oEmbed is static"
    );
}

/// https, or the local address a test build is served from.
fn absolute(url: &str) -> bool {
    url.starts_with("https://")
        || url.starts_with("http://127.0.0.1:")
        || url.starts_with("http://localhost:")
}

fn picture() -> Picture {
    Picture {
        file: "casualties-chart.png",
        width: 1200,
        height: 630,
    }
}

/// The oEmbed spec's fields for a `rich` type, with their types, and every address absolute.
fn check_oembed(json: &str, folder: &str, part: EmbedPart) {
    let value: Value = serde_json::from_str(json).expect("oEmbed is JSON");
    assert_eq!(value["version"], "1.0");
    assert_eq!(value["type"], "rich");
    for text in [
        "title",
        "provider_name",
        "provider_url",
        "html",
        "thumbnail_url",
    ] {
        assert!(
            value[text].as_str().is_some_and(|t| !t.is_empty()),
            "{text}: {value}"
        );
    }
    for number in ["width", "height", "thumbnail_width", "thumbnail_height"] {
        assert!(
            value[number].as_u64().is_some_and(|n| n > 0),
            "{number}: {value}"
        );
    }
    for url in ["provider_url", "thumbnail_url"] {
        assert!(
            value[url].as_str().unwrap().starts_with(folder) || url == "provider_url",
            "{url}"
        );
        assert!(absolute(value[url].as_str().unwrap()), "{url}");
    }
    let html = value["html"].as_str().unwrap();
    assert!(
        html.starts_with(&format!("<iframe src=\"{folder}{}\"", part.file())),
        "{html}"
    );
    assert!(
        !html.contains("<script"),
        "WordPress keeps only the iframe: {html}"
    );
}

#[test]
fn each_part_has_a_valid_oembed_from_the_canonical_address() {
    let content = common::content();
    let folder = oembed::canonical_folder(content);
    for part in EmbedPart::ALL {
        check_oembed(&oembed::json(content, part, picture()), folder, part);
        let link = oembed::discovery(content, part);
        assert!(
            link.contains(&format!("href=\"{folder}{}\"", part.oembed_file())),
            "{link}"
        );
    }
}

#[test]
fn the_russian_edition_builds_its_codes_from_its_own_address() {
    let english = common::content();
    let Ok(russian) =
        content::parse::load_translated(Path::new("content"), Path::new("content/ru"))
    else {
        return; // the Russian edition is checked by its own tests
    };
    let folder = oembed::canonical_folder(&russian);
    assert_ne!(folder, oembed::canonical_folder(english));
    for part in EmbedPart::ALL {
        let codes = oembed::codes(&russian, part);
        assert!(codes.iframe.contains(&format!("{folder}{}", part.file())));
        check_oembed(&oembed::json(&russian, part, picture()), folder, part);
    }
}
