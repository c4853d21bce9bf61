//! The reader's note state, tested apart from any browser.

use content::{NoteKind, Slot};
use refuseniks::open_notes::OpenNotes;

const fn slot(key: &'static str) -> Slot {
    Slot {
        key,
        note: key,
        number: 1,
        kind: NoteKind::Source,
        label: "A note",
    }
}

const BOROVA: Slot = slot("borova");
const BRIANKA: Slot = slot("brianka");
const SLOTS: [Slot; 3] = [BOROVA, BRIANKA, slot("april-invasion")];

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
    notes.open_all(SLOTS);
    assert_eq!(notes.count(), 3);
    assert_eq!(notes.linked(), Some(BRIANKA));
    assert_eq!(notes.newest(), Some(BRIANKA));
    notes.close_all();
    assert_eq!(notes.count(), 0);
    assert_eq!(notes.linked(), None);
}

#[test]
fn fragments_name_known_slots_only() {
    assert_eq!(BOROVA.fragment(), "#note-borova");
    assert_eq!(Slot::from_fragment("#note-borova", &SLOTS), Some(BOROVA));
    assert_eq!(
        Slot::from_fragment("note-april-invasion", &SLOTS),
        Some(SLOTS[2])
    );
    for junk in [
        "",
        "#",
        "#note-",
        "#note-fn-999",
        "#borova",
        "#<script>alert(1)</script>",
        "#note-%E2%9C%93",
        "#note-borova-extra",
        "#NOTE-borova",
        &"#note-x".repeat(2000),
    ] {
        assert_eq!(Slot::from_fragment(junk, &SLOTS), None, "{junk:.40}");
    }
}

#[test]
fn generated_slots_follow_the_notes() {
    for slot in refuseniks::SLOTS {
        let (number, note) = refuseniks::ARTICLE
            .note(slot.note)
            .expect("every slot's note exists");
        assert_eq!(
            (slot.number as usize, slot.label, slot.kind),
            (number, note.label, note.kind),
            "{}",
            slot.key
        );
    }
}

#[test]
fn generated_article_has_every_note_in_reading_order() {
    let article = &refuseniks::ARTICLE;
    assert!(
        article.notes.len() >= 18,
        "the issue asks for at least 18 notes"
    );
    let (number, note) = article.note(article.notes[2].id).unwrap();
    assert_eq!(number, 3);
    assert_eq!(note.id, article.notes[2].id);
}

mod pym {
    use refuseniks::pym::{child_id, height_message, is_width_message};

    #[test]
    fn reads_the_child_id_pym_gives_the_frame() {
        assert_eq!(
            child_id("?panel=casualties&initialWidth=640&childId=embed-1&parentTitle=News"),
            Some("embed-1".to_owned())
        );
        assert_eq!(
            child_id("childId=graphic%5Fone"),
            Some("graphic_one".to_owned())
        );
        for bad in [
            "",
            "?panel=article",
            "?childId=",
            "?childId=%3Cscript%3E",
            "?childId=%E0%A4%A",
            "?childId=a%2",
            &format!("?childId={}", "x".repeat(101)),
        ] {
            assert_eq!(child_id(bad), None, "{bad:.40}");
        }
    }

    #[test]
    fn speaks_and_understands_the_protocol() {
        assert_eq!(
            height_message("embed-1", 812),
            "pymxPYMxembed-1xPYMxheightxPYMx812"
        );
        assert!(is_width_message(
            "pymxPYMxembed-1xPYMxwidthxPYMx640",
            "embed-1"
        ));
        for bad in [
            "pymxPYMxotherxPYMxwidthxPYMx640",
            "pymxPYMxembed-1xPYMxheightxPYMx640",
            "pymxPYMxembed-1xPYMxwidthxPYMx",
            "pymxPYMxembed-1xPYMxwidthxPYMx64px",
            "pymxPYMxembed-1xPYMxwidthxPYMx640xPYMxextra",
            "PYMxPYMxembed-1xPYMxwidthxPYMx640",
            "<script>alert(1)</script>",
            "",
        ] {
            assert!(!is_width_message(bad, "embed-1"), "{bad}");
        }
        assert!(!is_width_message(
            &format!("pymxPYMxembed-1xPYMxwidthxPYMx{}", "9".repeat(300)),
            "embed-1"
        ));
    }
}

mod properties {
    use content::Slot;
    use proptest::prelude::*;
    use refuseniks::pym::{child_id, is_width_message};

    const SLOTS: [Slot; 3] = [super::BOROVA, super::BRIANKA, super::slot("april-invasion")];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 500, rng_seed: proptest::test_runner::RngSeed::Fixed(1973), ..ProptestConfig::default() })]

        #[test]
        fn fragments_never_panic_and_only_name_known_notes(fragment in "\\PC{0,300}") {
            if let Some(slot) = Slot::from_fragment(&fragment, &SLOTS) {
                prop_assert_eq!(fragment.trim_start_matches('#'), &slot.fragment()[1..]);
            }
        }

        #[test]
        fn pym_input_never_panics(query in "\\PC{0,300}", message in "\\PC{0,400}") {
            if let Some(id) = child_id(&query) {
                prop_assert!(id.len() <= 100 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
            }
            let _ = is_width_message(&message, "embed-1");
        }
    }
}

#[test]
fn anchors_spell_each_id_once() {
    use refuseniks::anchors::Anchor;
    assert_eq!(Anchor::Marker("borova").href(), "#ref-borova");
    assert_eq!(Anchor::Note("borova").id(), "note-borova");
    assert_eq!(Anchor::Source("borova").id(), "source-borova");
    assert_eq!(
        Anchor::Correction("april-invasion").href(),
        "#correction-april-invasion"
    );
    assert_eq!(
        Anchor::Estimate("ru-mod-2022-03-02").id(),
        "estimate-ru-mod-2022-03-02"
    );
    assert_eq!(
        Anchor::Card("ru-mod-2022-03-02").id(),
        "card-ru-mod-2022-03-02"
    );
    assert_eq!(Anchor::Dimension("scale").id(), "dimension-scale");
}
