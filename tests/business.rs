//! The reader's note state, the comparison's view and what each change writes to the
//! page, tested apart from any browser (the embeds' resize protocols are scripts/embed.js's,
//! tested in tests/e2e/embed.spec.mjs).

mod common;

use refuseniks::comparison_view::{ComparisonChange, ComparisonView};
use refuseniks::open_notes::{NotesChange, OpenNotes};

const BOROVA: usize = 0;
const BRIANKA: usize = 1;
const COUNT: usize = 3;

#[test]
fn toggle_opens_then_closes() {
    let mut notes = OpenNotes::default();
    assert!(notes.toggle(BOROVA));
    assert!(notes.is_open(BOROVA));
    assert_eq!(notes.linked(), Some(BOROVA));
    assert!(!notes.toggle(BOROVA));
    assert!(!notes.is_open(BOROVA));
    assert_eq!(notes.linked(), None);
}

#[test]
fn escape_target_is_the_newest_note() {
    let mut notes = OpenNotes::default();
    notes.open(BOROVA);
    notes.open(BRIANKA);
    assert_eq!(notes.newest(), Some(BRIANKA));
    notes.close(BRIANKA);
    assert_eq!(notes.newest(), Some(BOROVA));
    assert_eq!(
        notes.linked(),
        Some(BOROVA),
        "the address bar falls back to the note still open"
    );
}

#[test]
fn reopening_moves_a_note_to_the_front() {
    let mut notes = OpenNotes::default();
    notes.open(BOROVA);
    notes.open(BRIANKA);
    notes.open(BOROVA);
    assert_eq!(notes.newest(), Some(BOROVA));
    assert_eq!(notes.count(), 2);
}

#[test]
fn open_all_keeps_the_linked_note_and_close_all_clears_it() {
    let mut notes = OpenNotes::default();
    notes.open(BRIANKA);
    notes.toggle_all(COUNT);
    assert_eq!(notes.count(), 3);
    assert_eq!(notes.linked(), Some(BRIANKA));
    assert_eq!(notes.newest(), Some(BRIANKA));
    notes.toggle_all(COUNT);
    assert_eq!(notes.count(), 0);
    assert_eq!(notes.linked(), None);
}

#[test]
fn opening_a_note_writes_its_state_the_address_and_the_announcement() {
    let before = OpenNotes::default();
    let mut after = before.clone();
    after.toggle(BRIANKA);
    let change = after.changes_from(&before, COUNT, Some(BRIANKA));
    assert_eq!(
        change,
        NotesChange {
            shown: vec![(BRIANKA, true)],
            alone: true,
            all_open: None,
            linked: Some(Some(BRIANKA)),
            announce: Some(BRIANKA)
        }
    );
}

#[test]
fn closing_a_note_writes_only_it_and_where_the_address_goes() {
    let mut before = OpenNotes::default();
    before.open(BOROVA);
    before.open(BRIANKA);
    let mut after = before.clone();
    after.close(BRIANKA);
    let change = after.changes_from(&before, COUNT, None);
    assert_eq!(change.shown, vec![(BRIANKA, false)]);
    assert_eq!(change.linked, Some(Some(BOROVA)));
    assert_eq!((change.all_open, change.announce), (None, None));
}

#[test]
fn show_all_opens_the_rest_together_and_presses_its_button() {
    let mut before = OpenNotes::default();
    before.open(BRIANKA);
    let mut after = before.clone();
    after.toggle_all(COUNT);
    let change = after.changes_from(&before, COUNT, None);
    assert_eq!(change.shown, vec![(BOROVA, true), (2, true)]);
    assert!(
        !change.alone,
        "notes opened together do not fade in one by one"
    );
    assert_eq!(change.all_open, Some(true));
    assert_eq!(change.linked, None, "the address keeps the note it named");
    let mut closed = after.clone();
    closed.toggle_all(COUNT);
    let change = closed.changes_from(&after, COUNT, None);
    assert_eq!(change.shown.len(), COUNT);
    assert_eq!((change.all_open, change.linked), (Some(false), Some(None)));
}

#[test]
fn nothing_changed_writes_nothing() {
    let mut notes = OpenNotes::default();
    notes.open(BOROVA);
    assert_eq!(
        notes.changes_from(&notes.clone(), COUNT, None),
        NotesChange::default()
    );
}

#[test]
fn the_comparison_focuses_on_a_known_dimension_and_shows_all_otherwise() {
    let dimensions: Vec<String> = ["period", "scale", "civilians"].map(String::from).to_vec();
    let before = ComparisonView::default();
    let mut after = before;
    after.focus_on("scale", &dimensions);
    assert_eq!(
        after.changes_from(&before, 3),
        ComparisonChange {
            hidden: vec![(0, true), (2, true)],
            headlines_only: None
        }
    );
    let mut all = after;
    for unknown in ["", "Scale", "<script>", "scale ", "period,scale"] {
        all.focus_on(unknown, &dimensions);
        assert_eq!(all.focus, None, "{unknown}");
    }
    assert_eq!(
        all.changes_from(&after, 3).hidden,
        vec![(0, false), (2, false)]
    );
    let mut headlines = all;
    headlines.toggle_headlines();
    assert_eq!(
        headlines.changes_from(&all, 3),
        ComparisonChange {
            hidden: vec![],
            headlines_only: Some(true)
        }
    );
}

mod properties {
    use content::anchors::{marker_slot, note_key, Anchor};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 500, rng_seed: proptest::test_runner::RngSeed::Fixed(1973), ..ProptestConfig::default() })]

        /// What the client reads back from a fragment or a marker's id is what the page
        /// wrote there, and anything else reads as nothing, never a panic.
        #[test]
        fn fragments_and_ids_never_panic_and_read_back_what_was_written(fragment in "\\PC{0,300}") {
            if let Some(key) = note_key(&fragment) {
                prop_assert_eq!(fragment.trim_start_matches('#'), Anchor::Note(key).id());
            }
            if let Some(slot) = marker_slot(&fragment) {
                prop_assert_eq!(fragment.as_str(), Anchor::Marker(slot).id());
            }
        }
    }
}

#[test]
fn slots_follow_the_notes_in_reading_order() {
    let content = common::content();
    for slot in content.slots {
        let (number, note) = content
            .article
            .note(slot.note)
            .expect("every slot's note exists");
        assert_eq!(
            (slot.number as usize, slot.label, slot.kind),
            (number, note.label, note.kind),
            "{}",
            slot.key
        );
    }
    let numbers: Vec<u16> = content
        .article
        .notes
        .iter()
        .map(|note| {
            content
                .slots
                .iter()
                .find(|s| s.key == note.anchor)
                .unwrap()
                .number
        })
        .collect();
    assert_eq!(
        numbers,
        (1..=content.article.notes.len() as u16).collect::<Vec<_>>(),
        "notes are numbered by their first marker"
    );
}

// The language switch: the other edition's page at the reader's place.
mod edition_switch {
    use refuseniks::edition_switch::{current_section, place_href};

    #[test]
    fn the_open_note_wins_over_the_section() {
        assert_eq!(
            place_href("ru/", "#note-borova", Some("spreading-the-word")),
            "ru/#note-borova"
        );
        assert_eq!(
            place_href("../", "#note-rferl--scale-russia", None),
            "../#note-rferl--scale-russia"
        );
    }

    #[test]
    fn else_the_section_else_the_top() {
        assert_eq!(
            place_href("ru/", "", Some("spreading-the-word")),
            "ru/#spreading-the-word"
        );
        assert_eq!(place_href("ru/", "", None), "ru/");
        // The link's own fragment, from an earlier press, is replaced, never added to.
        assert_eq!(
            place_href("ru/#note-borova", "", Some("the-voices-of-veterans")),
            "ru/#the-voices-of-veterans"
        );
    }

    #[test]
    fn anything_else_in_the_address_bar_is_ignored() {
        for hash in [
            "#sources",
            "#note-",
            "#note-<script>",
            "#note-Bad",
            "#%",
            "#note-нота",
        ] {
            assert_eq!(place_href("ru/", hash, None), "ru/", "{hash}");
        }
        assert_eq!(place_href("ru/", "", Some("\"><b>")), "ru/");
    }

    #[test]
    fn the_section_is_the_last_heading_scrolled_to_a_third_of_the_view() {
        let headings = |tops: [f64; 3]| ["a", "b", "c"].into_iter().zip(tops);
        assert_eq!(
            current_section(headings([400.0, 900.0, 1500.0]), 900.0),
            None
        );
        assert_eq!(
            current_section(headings([-400.0, 200.0, 1500.0]), 900.0),
            Some("b")
        );
        assert_eq!(
            current_section(headings([-900.0, -500.0, -100.0]), 900.0),
            Some("c")
        );
    }
}
