//! `facts FILE`: what the page must show, as JSON, for the browser tests, the engine
//! walks and the bench: the edition's content (`REFUSENIKS_CONTENT`, else `content/`)
//! and, computed by the same functions the components call, each note's number and
//! names, each estimate as the chart states it, the panel's title and the controls'
//! names. The tests derive every expectation from it, so an editor's change to the
//! content never turns them red.

use std::path::Path;

use content::parse::Content;
use content::{Word, Words};
use refuseniks::chart::estimates::{rank, summary, takeaway, SortKey};
use refuseniks::chart::panel::{Choice, Group};
use refuseniks::chart::words::{describe, our_reading, quoted_word, stated_figure};
use serde_json::{json, Value};

fn main() {
    let file = std::env::args().nth(1).unwrap_or_else(|| {
        eprintln!("usage: facts FILE (the content folder is REFUSENIKS_CONTENT, else content/)");
        std::process::exit(2);
    });
    let dir = std::env::var("REFUSENIKS_CONTENT").unwrap_or_else(|_| "content".to_owned());
    let content = content::parse::load(Path::new(&dir)).unwrap_or_else(|errors| {
        for error in &errors {
            eprintln!("{error}");
        }
        std::process::exit(1);
    });
    let content: &'static Content = Box::leak(Box::new(content));
    let facts = json!({
        "content": content,
        "notes": notes(content),
        "estimates": estimates(content),
        "panel": panel(content),
    });
    std::fs::write(&file, serde_json::to_string_pretty(&facts).expect("JSON")).unwrap_or_else(|e| {
        eprintln!("cannot write {file}: {e}");
        std::process::exit(1);
    });
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
                "figure": stated_figure(w, e),
                "word": quoted_word(w, e),
                "reading": our_reading(w, e),
                "markName": describe(w, e),
                "places": SortKey::ALL.map(|key| (key.key().to_owned(), json!(rank(all, e, key)))).into_iter().collect::<serde_json::Map<_, _>>(),
            })
        })
        .collect()
}

/// The panel's computed title and summary, and what each control is called.
fn panel(content: &'static Content) -> Value {
    let (w, estimates): (&Words, _) = (&content.words, content.casualties.estimates);
    let choices: serde_json::Map<String, Value> = Choice::all().map(|choice| (choice.key(), json!(w.get(choice.word())))).collect();
    let groups: serde_json::Map<String, Value> = Group::ALL.map(|group| (group.key().to_owned(), json!(w.get(group.word())))).into_iter().collect();
    json!({
        "title": takeaway(estimates).map_or_else(|| w.get(Word::FallbackTitle).to_owned(), |t| t.title(w)),
        "summary": summary(w, estimates),
        "choices": choices,
        "groups": groups,
        "tableRows": estimates.len(),
    })
}
