//! The contract between the page and its client (`refuseniks::hooks`), checked natively
//! in seconds: every page rendered from the edition's content, read by a real HTML
//! parser, and every selector the client uses run on it. Rename a class in a component
//! and this fails naming the hook, long before a browser test would notice a control
//! that silently stopped working.

mod common;

use std::collections::HashSet;

use content::anchors::{marker_slot, note_key, Anchor};
use content::note_of_slot;
use refuseniks::chart::panel::{Choice, SortKey, SortMark};
use refuseniks::components::EmbedPart;
use refuseniks::hooks::{self, Part, NEEDED, SET_FOR_CSS};
use refuseniks::{editions, render};
use scraper::{ElementRef, Html, Selector};

struct Rendered {
    name: String,
    html: Html,
    parts: &'static [Part],
}

/// Every page of every edition (the English's names bare, a translation's in its
/// folder: `ru/index.html`).
fn pages() -> Vec<Rendered> {
    use Part::*;
    let mut pages = Vec::new();
    for edition in common::editions() {
        let (content, folder) = (edition.content, edition.folder);
        let others = editions::others(common::editions(), edition, |other| edition.to(other, ""));
        let page = |name: &str, html: String, parts| Rendered {
            name: format!("{folder}{name}"),
            html: Html::parse_fragment(&html),
            parts,
        };
        pages.push(page(
            "index.html",
            render::page(content, others),
            &[Page, Notes, Article, Casualties, Comparison, Embed],
        ));
        pages.push(page(
            "embed.html",
            render::embed(content, others, None),
            &[Page, Notes, Article, Casualties, Comparison],
        ));
        pages.push(page(
            refuseniks::embed::CODES_PAGE,
            render::codes(content),
            &[Page, Codes],
        ));
        for part in EmbedPart::ALL {
            let parts: &'static [Part] = match part {
                EmbedPart::Article => &[Page, Notes, Article],
                EmbedPart::Casualties => &[Page, Casualties],
                EmbedPart::Comparison => &[Page, Notes, Comparison],
            };
            pages.push(page(
                &format!("embed-{}.html", part.key()),
                render::embed(content, others, Some(part)),
                parts,
            ));
        }
    }
    pages
}

fn select<'a>(page: &'a Rendered, selector: &str) -> Vec<ElementRef<'a>> {
    let parsed = Selector::parse(selector)
        .unwrap_or_else(|e| panic!("the client's selector {selector:?} is not valid CSS: {e:?}"));
    page.html.select(&parsed).collect()
}

fn by_id<'a>(page: &'a Rendered, id: &str) -> Option<ElementRef<'a>> {
    select(page, &format!("[id=\"{id}\"]")).into_iter().next()
}

fn attr<'a>(element: &ElementRef<'a>, name: &str) -> Option<&'a str> {
    element.value().attr(name)
}

#[test]
fn every_hook_the_client_needs_is_on_each_page() {
    let mut missing = Vec::new();
    for page in pages() {
        for needed in NEEDED
            .iter()
            .filter(|needed| page.parts.contains(&needed.part))
        {
            if select(&page, needed.selector).is_empty() {
                missing.push(format!(
                    "{}: the client looks for {} ({:?}) and finds nothing",
                    page.name, needed.selector, needed.part
                ));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn every_marker_opens_a_note_on_its_page_and_copies_its_endnote() {
    for page in pages() {
        let markers = select(&page, hooks::MARKER.selector);
        if markers.is_empty() {
            continue;
        }
        let shell = by_id(&page, hooks::NOTE_SHELL.name).unwrap_or_else(|| {
            panic!(
                "{}: markers but no {}",
                page.name,
                hooks::NOTE_SHELL.selector
            )
        });
        assert_eq!(
            shell.value().name(),
            "template",
            "{}: the note shell",
            page.name
        );
        for hook in [
            hooks::NOTE_NUMBER.selector,
            hooks::NOTE_BODY.selector,
            hooks::NOTE_CLOSE.selector,
        ] {
            let inside = Selector::parse(hook).unwrap();
            assert!(
                shell.select(&inside).next().is_some(),
                "{}: the note shell has no {hook}",
                page.name
            );
        }
        for marker in markers {
            let id = attr(&marker, "id").unwrap_or_default();
            let slot = marker_slot(id)
                .unwrap_or_else(|| panic!("{}: a marker's id {id:?} names no slot", page.name));
            for said in [hooks::ANNOUNCE.name, hooks::CLOSE_NAME.name] {
                assert!(
                    attr(&marker, said).is_some_and(|said| !said.is_empty()),
                    "{}: marker {id} has no {said}",
                    page.name
                );
            }
            let endnote = by_id(&page, &Anchor::Source(note_of_slot(slot)).id());
            let details = Selector::parse(hooks::NOTE_DETAILS.selector).unwrap();
            assert!(
                endnote.is_some_and(|e| e.select(&details).next().is_some()),
                "{}: {id}'s endnote has no {}",
                page.name,
                hooks::NOTE_DETAILS.selector
            );
        }
    }
}

#[test]
fn every_panel_control_names_a_choice_and_every_choice_has_a_control() {
    for page in pages()
        .iter()
        .filter(|page| page.parts.contains(&Part::Casualties))
    {
        let named: Vec<Choice> = select(page, hooks::CHOICE.selector)
            .iter()
            .map(|button| {
                let key = attr(button, hooks::CHOICE.name).unwrap_or_default();
                Choice::from_key(key)
                    .unwrap_or_else(|| panic!("{}: data-choice {key:?} is no choice", page.name))
            })
            .collect();
        for choice in Choice::all() {
            assert!(
                named.contains(&choice),
                "{}: no control makes the choice {}",
                page.name,
                choice.key()
            );
        }
        for sorted in select(page, hooks::SORTED.selector)
            .iter()
            .chain(&select(page, hooks::ARIA_SORT.selector))
        {
            let mark = attr(sorted, hooks::SORTED.name)
                .or(attr(sorted, hooks::ARIA_SORT.name))
                .unwrap_or_default();
            assert!(
                SortMark::from_key(mark).is_some(),
                "{}: {mark:?} is no sort mark",
                page.name
            );
        }
    }
}

#[test]
fn every_row_that_moves_carries_its_place_in_every_order() {
    let estimates = common::content().casualties.estimates;
    for page in pages()
        .iter()
        .filter(|page| page.parts.contains(&Part::Casualties))
    {
        for container in [hooks::CHART_ROWS.selector, hooks::TABLE_ROWS.selector] {
            let mut rows = 0;
            for rows_of in select(page, container) {
                let children: Vec<_> = rows_of.children().filter_map(ElementRef::wrap).collect();
                rows += children.len();
                for key in SortKey::ALL {
                    let mut places: Vec<usize> = children
                        .iter()
                        .map(|row| {
                            let place = attr(row, key.order_attribute());
                            place.and_then(|p| p.parse().ok()).unwrap_or_else(|| {
                                panic!(
                                    "{}: a row of {container} has no {}",
                                    page.name,
                                    key.order_attribute()
                                )
                            })
                        })
                        .collect();
                    places.sort_unstable();
                    places.dedup();
                    assert_eq!(
                        places.len(),
                        children.len(),
                        "{}: two rows of {container} share a place by {}",
                        page.name,
                        key.key()
                    );
                }
            }
            assert_eq!(
                rows,
                estimates.len(),
                "{}: {container} holds every estimate once",
                page.name
            );
        }
    }
}

#[test]
fn every_mark_draws_an_estimate_whose_details_the_card_holds() {
    let casualties = &common::content().casualties;
    let ids: Vec<&str> = casualties
        .estimates
        .iter()
        .map(|e| e.id)
        .chain(casualties.later.iter().map(|c| c.id))
        .collect();
    for page in pages()
        .iter()
        .filter(|page| page.parts.contains(&Part::Casualties))
    {
        for mark in select(page, hooks::MARK.selector) {
            let id = attr(&mark, hooks::ESTIMATE.name)
                .unwrap_or_else(|| panic!("{}: a mark has no {}", page.name, hooks::ESTIMATE.name));
            assert!(
                ids.contains(&id),
                "{}: a mark draws {id}, which is no estimate or later count",
                page.name
            );
        }
        for id in &ids {
            let in_template = |details: ElementRef| {
                details.ancestors().any(|a| {
                    a.value()
                        .as_element()
                        .is_some_and(|e| e.name() == "template")
                })
            };
            assert!(
                by_id(page, &Anchor::Card(id).id()).is_some_and(in_template),
                "{}: the card has no details for {id} in a template",
                page.name,
            );
        }
    }
}

#[test]
fn every_dimension_the_chooser_offers_has_its_row() {
    for page in pages()
        .iter()
        .filter(|page| page.parts.contains(&Part::Comparison))
    {
        let options = select(
            page,
            &format!("{} option", hooks::COMPARISON_FOCUS.selector),
        );
        let dimensions: Vec<_> = options
            .iter()
            .filter_map(|o| attr(o, "value"))
            .filter(|v| !v.is_empty())
            .collect();
        assert_eq!(
            dimensions.len(),
            common::content().comparison.dimensions.len(),
            "{}",
            page.name
        );
        for id in dimensions {
            assert!(
                by_id(page, &Anchor::Dimension(id).id()).is_some(),
                "{}: dimension {id} has no row",
                page.name
            );
        }
    }
}

#[test]
fn ids_are_unique_and_every_reference_names_one() {
    for page in pages() {
        let mut ids = HashSet::new();
        for element in select(&page, "[id]") {
            let id = attr(&element, "id").unwrap();
            assert!(ids.insert(id), "{}: id {id} twice", page.name);
        }
        for name in ["aria-controls", "aria-labelledby", "aria-describedby"] {
            for element in select(&page, &format!("[{name}]")) {
                for id in attr(&element, name).unwrap().split_whitespace() {
                    assert!(
                        ids.contains(id),
                        "{}: {name}=\"{id}\" names nothing",
                        page.name
                    );
                }
            }
        }
        for link in select(&page, "a[href^='#']") {
            let target = &attr(&link, "href").unwrap()[1..];
            // A note is made after its marker the first time it opens (its link opens it).
            let note_made_on_open = note_key(target)
                .is_some_and(|slot| ids.contains(Anchor::Marker(slot).id().as_str()));
            assert!(
                target.is_empty() || ids.contains(target) || note_made_on_open,
                "{}: a link to #{target}, which is not on the page",
                page.name
            );
        }
    }
}

#[test]
fn what_the_client_sets_for_css_is_what_the_style_sheet_reads() {
    let css = std::fs::read_to_string("style/main.css").expect("the style sheet");
    for name in SET_FOR_CSS {
        assert!(
            css.contains(&format!("[{name}")) || css.contains(&format!(".{name}")),
            "style/main.css never reads {name}"
        );
    }
}

#[test]
fn each_embed_control_names_a_part_and_its_dialog_holds_a_code_for_each_way() {
    use refuseniks::embed::Way;
    for page in pages()
        .iter()
        .filter(|page| page.parts.contains(&Part::Embed))
    {
        let controls = select(page, hooks::EMBED_OPENS.selector);
        let named: HashSet<&str> = controls
            .iter()
            .filter_map(|control| attr(control, hooks::EMBED_OPENS.name))
            .collect();
        let every: HashSet<&str> = EmbedPart::ALL.iter().map(|part| part.key()).collect();
        assert_eq!(named, every, "{}: one control for each part", page.name);
        for control in &controls {
            for hook in [hooks::EMBED_NAME, hooks::EMBED_TITLE, hooks::EMBED_ADDRESS] {
                assert!(
                    attr(control, hook.name).is_some_and(|value| !value.is_empty()),
                    "{}: a control has no {}",
                    page.name,
                    hook.name
                );
            }
        }
        let dialog = by_id(page, hooks::EMBED_DIALOG.name).expect("the dialog's template");
        assert_eq!(dialog.value().name(), "template", "{}", page.name);
        let ids: Vec<String> = Way::ALL
            .iter()
            .map(|way| format!("#{}", way.dialog_id()))
            .collect();
        let inside = [
            hooks::EMBED_DIALOG_TITLE.selector,
            hooks::EMBED_DIALOG_CLOSE.selector,
            hooks::DIALOG_ANNOUNCER.selector,
        ]
        .into_iter()
        .chain(ids.iter().map(String::as_str));
        for hook in inside {
            let selector = Selector::parse(hook).unwrap();
            assert!(
                dialog.select(&selector).next().is_some(),
                "{}: the embed dialog has no {hook}",
                page.name
            );
        }
    }
}
