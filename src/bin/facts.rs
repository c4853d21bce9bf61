//! `facts FILE [EDITION]`: what the page must show, as JSON, for the browser tests, the
//! engine walks and the bench: one edition's content (`en`, `ru`; the English unless
//! named) of the content folder (`REFUSENIKS_CONTENT`, else `content/`)
//! and, computed by the same functions the components call, each note's number and
//! names, each estimate as the chart states it, the panel's title and the controls'
//! names. The tests derive every expectation from it, so an editor's change to the
//! content never turns them red.

use std::path::Path;

use content::parse::Content;
use content::{Word, Words};
use refuseniks::chart::estimates::{
    article_range, groups, rank, summary, table_caption, takeaway, Figures, PanelState, SortKey,
};
use refuseniks::chart::format::range;
use refuseniks::chart::panel::{Choice, Group};
use refuseniks::chart::scale::ScaleKind;
use refuseniks::chart::timeline::Timeline;
use refuseniks::chart::words::{
    describe, describe_later, our_reading, quoted_word, stated_count, stated_figure,
};
use refuseniks::editions;
use serde_json::{json, Value};

fn main() {
    let mut args = std::env::args().skip(1);
    let file = args.next().unwrap_or_else(|| {
        eprintln!("usage: facts FILE [EDITION] (EDITION: en, ru, …, the English if not given; the content folder is REFUSENIKS_CONTENT, else content/)");
        std::process::exit(2);
    });
    let dir = std::env::var("REFUSENIKS_CONTENT").unwrap_or_else(|_| "content".to_owned());
    let editions = editions::load(Path::new(&dir)).unwrap_or_else(|errors| {
        for error in &errors {
            eprintln!("{error}");
        }
        std::process::exit(1);
    });
    let lang = args.next().unwrap_or_else(|| editions[0].lang().to_owned());
    let Some(chosen) = editions::find(&editions, &lang) else {
        eprintln!("facts: the content has no edition \"{lang}\"");
        std::process::exit(2);
    };
    let content = chosen.content;
    let facts = json!({
        "content": content,
        "notes": notes(content),
        "estimates": estimates(content),
        "panel": panel(content),
        "later": later(content),
        "edition": edition(content),
        "embed": embed(content),
        "folder": chosen.folder,
        "editions": editions.iter().map(|e| json!({
            "lang": e.lang(),
            "folder": e.folder,
            "readIn": e.content.words.get(Word::ReadInThisLanguage),
            "title": e.content.site.title,
            "canonical": e.content.site.canonical_url,
        })).collect::<Vec<_>>(),
        "comparison": {
            "summary": content.words.fill(Word::ComparisonSummary, &[("points", &content.words.count(Word::ComparisonPoints, content.comparison.dimensions.len() as u64))]),
        },
    });
    std::fs::write(&file, serde_json::to_string_pretty(&facts).expect("JSON")).unwrap_or_else(
        |e| {
            eprintln!("cannot write {file}: {e}");
            std::process::exit(1);
        },
    );
}

/// Each note in reading order: its number, its marker's and its note's name, what the
/// live region says when it opens, its Close button's name, and its markers' slots
/// (the first in the article's text, if it has one there).
fn notes(content: &'static Content) -> Vec<Value> {
    let w = &content.words;
    content
        .article
        .notes
        .iter()
        .map(|note| {
            let slots: Vec<_> = content.slots.iter().filter(|slot| slot.note == note.id).collect();
            let first = slots[0];
            let number = w.number(first.number.into());
            json!({
                "id": note.id,
                "number": first.number,
                "kind": note.kind,
                "kindTitle": w.get(Word::kind(note.kind)),
                "label": note.label,
                "name": first.name(w),
                "opened": first.opened(w),
                "closeName": w.fill(Word::CloseNote, &[("number", &number)]),
                "backName": w.fill(Word::BackToNote, &[("number", &number)]),
                "seeInText": w.fill(Word::SeeNoteInText, &[("number", &number)]),
                "slots": slots.iter().map(|slot| slot.key).collect::<Vec<_>>(),
                "links": note.links.iter().map(|link| json!({
                    "outlet": link.outlet, "title": link.title, "titleLang": link.title_lang, "url": link.url, "date": link.date.map(|date| w.date(date)),
                })).collect::<Vec<_>>(),
                "inArticle": slots.iter().any(|slot| !slot.in_comparison()),
                "inComparison": slots.iter().any(|slot| slot.in_comparison()),
            })
        })
        .collect()
}

/// Each estimate as the chart, the card and the table state it.
fn estimates(content: &'static Content) -> Vec<Value> {
    let (w, all) = (&content.words, content.casualties.estimates);
    all.iter()
        .map(|e| {
            json!({
                "id": e.id,
                "source": e.source,
                "category": w.get(Word::category(e.category)),
                "measure": w.get(Word::measure(e.measure)),
                "date": w.date(e.date),
                "rowDate": w.short_date(e.date),
                "figure": stated_figure(w, e),
                "word": quoted_word(w, e),
                "reading": our_reading(w, e),
                "markName": describe(w, e),
                "places": SortKey::ALL.map(|key| (key.key().to_owned(), json!(rank(all, e, key)))).into_iter().collect::<serde_json::Map<_, _>>(),
            })
        })
        .collect()
}

/// Each later count of named dead as its chart row, mark and table row give it.
fn later(content: &'static Content) -> Vec<Value> {
    let w = &content.words;
    content
        .casualties
        .later
        .iter()
        .map(|c| {
            json!({
                "id": c.id, "source": c.source, "outlet": c.outlet, "url": c.url, "note": c.note,
                "date": w.date(c.date), "rowDate": w.short_date(c.date),
                "figure": stated_count(w, c), "markName": describe_later(w, c),
            })
        })
        .collect()
}

/// This edition's dates as the page writes them, and its citations: without the
/// accessed date, and with it (`{date}` left for the test, which knows the day).
fn edition(content: &'static Content) -> Value {
    let (w, site) = (&content.words, &content.site);
    let (before, after) = refuseniks::citation::page(content);
    let (accessed_before, accessed_after) = refuseniks::citation::accessed(content);
    json!({
        "lastUpdated": w.date(site.last_modified),
        "citation": format!("{before}{after}"),
        "citationAccessed": format!("{before}{accessed_before}{{date}}{accessed_after}{after}"),
        "original": refuseniks::citation::original(content),
    })
}

/// Each embeddable part: its pages and files, its names, and the codes the page
/// offers for it (written for the canonical folder, which the client replaces).
fn embed(content: &'static Content) -> Value {
    use refuseniks::embed::{EmbedPart, Way};
    use refuseniks::oembed;
    let parts: Vec<Value> = EmbedPart::ALL
        .into_iter()
        .map(|part| {
            let codes = oembed::codes(content, part);
            let codes: serde_json::Map<String, Value> = Way::ALL
                .into_iter()
                .map(|way| (way.key().to_owned(), json!(codes.get(way))))
                .collect();
            json!({
                "key": part.key(),
                "file": part.file(),
                "oembed": part.oembed_file(),
                "title": oembed::title(content, part),
                "name": content.words.get(oembed::name(part)),
                "src": oembed::src(content, part),
                "address": oembed::address(content, part),
                "height": part.initial_height(),
                "codes": codes,
            })
        })
        .collect();
    json!({
        "canonicalFolder": oembed::canonical_folder(content),
        "width": refuseniks::embed::OEMBED_WIDTH,
        "parts": parts,
        "images": {
            "casualties": [refuseniks::chart::CHART_SVG, refuseniks::chart::CHART_PNG],
            "comparison": [refuseniks::chart::COMPARISON_SVG, refuseniks::chart::COMPARISON_PNG],
        },
    })
}

/// The panel's computed title and summary, and what each control is called.
fn panel(content: &'static Content) -> Value {
    let (w, estimates): (&Words, _) = (&content.words, content.casualties.estimates);
    let choices: serde_json::Map<String, Value> = Choice::all()
        .map(|choice| (choice.key(), json!(w.get(choice.word()))))
        .collect();
    let group_names: serde_json::Map<String, Value> = Group::ALL
        .map(|group| (group.key().to_owned(), json!(w.get(group.word()))))
        .into_iter()
        .collect();
    let every_measure = PanelState {
        figures: Figures::All,
        ..PanelState::default()
    };
    let timeline = Timeline::of(estimates, ScaleKind::Linear).map(|drawn| {
        let lines = drawn
            .lines
            .iter()
            .filter(|(category, _)| *category != content::Category::Article)
            .count();
        let months: Vec<_> = drawn
            .months
            .iter()
            .map(|m| w.locale.short_month(m.month.unwrap_or(1)))
            .collect();
        json!({ "months": months, "lines": lines })
    });
    json!({
        "title": takeaway(estimates).map_or_else(|| w.get(Word::FallbackTitle).to_owned(), |t| t.title(w)),
        "summary": summary(w, estimates),
        "choices": choices,
        "groups": group_names,
        "measures": groups(estimates, &every_measure).iter().map(|g| w.get(Word::measure(g.measure))).collect::<Vec<_>>(),
        "caption": table_caption(w, estimates),
        "band": article_range(estimates).map(|e| w.fill(Word::LegendBand, &[("range", &range(w, e.low, e.high))])),
        "timeline": timeline,
    })
}
