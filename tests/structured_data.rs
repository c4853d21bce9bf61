//! The page's schema.org data, natively: it parses as JSON, says what the page is with
//! the types and fields search engines require, names no author (none was confirmed),
//! carries this edition's dates from site.toml, and lists every correction the page
//! shows under Corrections and clarifications, with its text.

mod common;

use refuseniks::render;
use refuseniks::structured_data::json_ld;
use scraper::{Html, Selector};
use serde_json::Value;

fn data() -> Value {
    serde_json::from_str(&json_ld(common::content())).expect("the JSON-LD parses")
}

fn text<'a>(value: &'a Value, field: &str) -> &'a str {
    value[field]
        .as_str()
        .unwrap_or_else(|| panic!("{field} is a string in {value}"))
}

#[test]
fn the_page_is_a_news_article_with_this_editions_dates_and_publisher() {
    let (site, data) = (&common::content().site, data());
    assert_eq!(data["@context"], "https://schema.org");
    assert_eq!(data["@type"], "NewsArticle");
    assert_eq!(text(&data, "headline"), site.title);
    assert_eq!(text(&data, "url"), site.canonical_url);
    assert_eq!(text(&data, "datePublished"), site.published.iso());
    assert_eq!(text(&data, "dateModified"), site.last_modified.iso());
    assert_eq!(data["publisher"]["@type"], "Organization");
    assert_eq!(text(&data["publisher"], "name"), site.site_name);
    let principles = text(&data, "publishingPrinciples");
    let (page, section) = principles
        .split_once('#')
        .expect("an address with a fragment");
    assert_eq!(page, site.canonical_url);
    let html = Html::parse_fragment(&render::page(common::content(), &[]));
    let target = Selector::parse(&format!("section[id=\"{section}\"]")).unwrap();
    assert_eq!(
        html.select(&target).count(),
        1,
        "{principles} names the methodology's section"
    );
}

#[test]
fn it_is_based_on_the_reprint_and_names_no_author() {
    let (content, data) = (common::content(), data());
    let reprint = &data["isBasedOn"];
    assert_eq!(text(reprint, "headline"), content.article.title);
    assert_eq!(text(reprint, "url"), content.site.reprint_url);
    assert_eq!(
        text(reprint, "datePublished"),
        content.site.article_date.iso()
    );
    assert_eq!(
        text(&reprint["publisher"], "name"),
        content.site.reprint_publisher
    );
    assert_eq!(
        text(&reprint["isBasedOn"]["publisher"], "name"),
        content.site.original_publisher
    );
    let all = data.to_string();
    assert!(!all.contains("\"author\""), "no author: none was confirmed");
    assert!(
        !all.contains("</"),
        "nothing that would end the script element"
    );
}

#[test]
fn every_correction_on_the_page_is_a_correction_comment_with_its_text_and_date() {
    let (content, data) = (common::content(), data());
    let html = Html::parse_fragment(&render::page(content, &[]));
    let entries = Selector::parse("#corrections li").unwrap();
    let on_page: Vec<String> = html
        .select(&entries)
        .map(|li| li.value().id().expect("each entry has an id").to_owned())
        .collect();
    assert!(!on_page.is_empty(), "the page lists corrections");
    let comments = data["correction"]
        .as_array()
        .expect("a list of corrections");
    let urls: Vec<String> = comments
        .iter()
        .map(|c| {
            assert_eq!(c["@type"], "CorrectionComment");
            assert_eq!(text(c, "datePublished"), content.site.published.iso());
            text(c, "url").to_owned()
        })
        .collect();
    let expected: Vec<String> = on_page
        .iter()
        .map(|id| format!("{}#{id}", content.site.canonical_url))
        .collect();
    assert_eq!(urls, expected, "one comment per entry, in the page's order");
    for (comment, id) in comments.iter().zip(&on_page) {
        let entry = html
            .select(&Selector::parse(&format!("[id=\"{id}\"]")).unwrap())
            .next()
            .unwrap();
        let shown: String = entry.text().collect();
        assert!(
            shown.contains(text(comment, "text")),
            "{id}: the comment's text is the entry's"
        );
        assert!(shown.starts_with(text(comment, "name")), "{id}: its label");
    }
}
