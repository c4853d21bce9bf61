//! Every figure shown with the hedge its data holds: "about", "almost", "some", "more
//! than" (`qualifier`) or "at least" (`minimum`), in the chart's rows, its marks' names,
//! the estimate cards, the table and the later counts of named dead. The page is
//! rendered natively from the edition's content and read by an HTML parser; what each
//! figure must say is derived here from the data and the interface words, not from the
//! functions that render it, so a renderer that drops a hedge fails.

mod common;

use content::anchors::Anchor;
use content::{Qualifier, Word, Words};
use refuseniks::hooks::ESTIMATE;
use refuseniks::render;
use scraper::{ElementRef, Html, Selector};

/// The figure as its data says it must read: the bare number (or range) inside the
/// source's hedge, or inside "at least" for a floor the source gave no words for.
fn hedged(words: &Words, qualifier: Option<Qualifier>, minimum: bool, bare: &str) -> String {
    match qualifier {
        Some(q) => words.fill(Word::qualifier(q), &[("figure", bare)]),
        None if minimum => words.fill(Word::AtLeast, &[("figure", bare)]),
        None => bare.to_owned(),
    }
}

fn bare_range(words: &Words, low: u32, high: u32) -> String {
    if low == high {
        words.number(low.into())
    } else {
        format!("{}–{}", words.number(low.into()), words.number(high.into()))
    }
}

fn page() -> Html {
    Html::parse_fragment(&render::page(common::content(), &[]))
}

fn select<'a>(within: ElementRef<'a>, selector: &str) -> Vec<ElementRef<'a>> {
    let parsed = Selector::parse(selector).expect("a valid selector");
    within.select(&parsed).collect()
}

/// `selector` ("#id .part"), also where `#id` is a `<template>`: a card's details wait
/// in one, and a selector does not reach through a template into its contents.
fn within_templates<'a>(root: ElementRef<'a>, selector: &str) -> Vec<ElementRef<'a>> {
    let found = select(root, selector);
    match selector.split_once(' ') {
        Some((outer, inner)) if found.is_empty() => select(root, outer)
            .into_iter()
            .filter(|t| t.value().name() == "template")
            .flat_map(|t| select(t, inner))
            .collect(),
        _ => found,
    }
}

fn text(element: &ElementRef) -> String {
    element.text().collect::<String>()
}

/// Each place a figure is shown must say it with its hedge, and must not also show the
/// bare figure on its own: as many bare figures as hedged ones.
fn check(shown: &str, must_read: &str, bare: &str, place: &str, wrong: &mut Vec<String>) {
    let (hedged, bare_count) = (
        shown.matches(must_read).count(),
        shown.matches(bare).count(),
    );
    if hedged == 0 || bare_count != hedged {
        wrong.push(format!("{place}: shows {shown:?}, must say {must_read:?}"));
    }
}

#[test]
fn every_estimate_is_shown_with_its_hedge_in_the_chart_the_card_and_the_table() {
    let (content, html) = (common::content(), page());
    let w = &content.words;
    let root = html.root_element();
    let mut wrong = Vec::new();
    for e in content.casualties.estimates {
        let bare = bare_range(w, e.low, e.high);
        // "More than" is itself the floor's words, in place of "at least".
        let minimum = e.minimum && !e.qualifier.is_some_and(Qualifier::is_floor);
        let must_read = hedged(w, e.qualifier, minimum, &bare);
        let row = format!("[id=\"{}\"]", Anchor::Estimate(e.id).id());
        let card = format!("[id=\"{}\"]", Anchor::Card(e.id).id());
        let places = [
            (format!("{row} .row-meta"), "chart row"),
            (format!("{card} .card-number"), "card"),
            (
                format!("tr[{}=\"{}\"] td.number", ESTIMATE.name, e.id),
                "table",
            ),
        ];
        for (selector, place) in places {
            let found = within_templates(root, &selector);
            if found.is_empty() {
                wrong.push(format!("{}: no {place} figure ({selector})", e.id));
            }
            for element in found {
                check(
                    &text(&element),
                    &must_read,
                    &bare,
                    &format!("{} {place}", e.id),
                    &mut wrong,
                );
            }
        }
        let marks = select(root, &format!("{row} [role=\"button\"][aria-label]"));
        if marks.is_empty() {
            wrong.push(format!("{}: no mark with a name", e.id));
        }
        for mark in marks {
            let name = mark.value().attr("aria-label").unwrap_or_default();
            check(
                name,
                &must_read,
                &bare,
                &format!("{} mark's name", e.id),
                &mut wrong,
            );
        }
    }
    assert!(
        wrong.is_empty(),
        "figures shown without their hedge:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn every_later_count_is_shown_with_its_hedge() {
    let (content, html) = (common::content(), page());
    let w = &content.words;
    let mut wrong = Vec::new();
    for count in content.casualties.later {
        let bare = w.number(count.figure.into());
        let must_read = hedged(w, count.qualifier, false, &bare);
        // Its chart row, its card and its table row.
        let places = [
            (
                format!("#{} .row-meta", Anchor::Estimate(count.id).id()),
                "row",
            ),
            (
                format!("#{} .card-number", Anchor::Card(count.id).id()),
                "card",
            ),
            (".later-table td.number".to_owned(), "table"),
        ];
        for (selector, place) in places {
            let found = within_templates(html.root_element(), &selector);
            let shown: Vec<String> = found.iter().map(text).collect();
            let shown = match place {
                "table" => shown.into_iter().filter(|t| t.contains(&bare)).collect(),
                _ => shown,
            };
            assert_eq!(
                shown.len(),
                1,
                "{}: one {place} shows it ({selector})",
                count.id
            );
            check(
                &shown[0],
                &must_read,
                &bare,
                &format!("{} ({place})", count.id),
                &mut wrong,
            );
        }
    }
    assert!(
        wrong.is_empty(),
        "later counts shown without their hedge:\n{}",
        wrong.join("\n")
    );
}

/// The check itself can fail: a bare figure where the data holds a hedge, or a hedge
/// shown beside a bare copy of the figure.
#[test]
fn a_figure_without_its_hedge_is_caught() {
    let mut wrong = Vec::new();
    check(
        "16 June 2023 · 25,000",
        "more than 25,000",
        "25,000",
        "bare",
        &mut wrong,
    );
    check(
        "about 15,000 (15,000)",
        "about 15,000",
        "15,000",
        "doubled",
        &mut wrong,
    );
    check(
        "about 15,000",
        "about 15,000",
        "15,000",
        "right",
        &mut wrong,
    );
    assert_eq!(wrong.len(), 2, "{wrong:?}");
}
