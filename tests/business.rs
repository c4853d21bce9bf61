//! The reader's note state, tested apart from any browser.

use refuseniks::open_notes::{fragment_for, note_from_fragment, OpenNotes};

const IDS: [&str; 3] = ["borova", "brianka", "april-invasion"];

#[test]
fn toggle_opens_then_closes() {
    let mut notes = OpenNotes::default();
    assert!(notes.toggle("borova"));
    assert!(notes.is_open("borova"));
    assert_eq!(notes.linked(), Some("borova"));
    assert!(!notes.toggle("borova"));
    assert!(!notes.is_open("borova"));
    assert_eq!(notes.linked(), None);
}

#[test]
fn escape_target_is_the_newest_note() {
    let mut notes = OpenNotes::default();
    notes.open("borova");
    notes.open("brianka");
    assert_eq!(notes.newest(), Some("brianka"));
    notes.close("brianka");
    assert_eq!(notes.newest(), Some("borova"));
    assert_eq!(notes.linked(), Some("borova"), "the address bar falls back to the note still open");
}

#[test]
fn reopening_moves_a_note_to_the_front() {
    let mut notes = OpenNotes::default();
    notes.open("borova");
    notes.open("brianka");
    notes.open("borova");
    assert_eq!(notes.newest(), Some("borova"));
    assert_eq!(notes.count(), 2);
}

#[test]
fn open_all_keeps_the_linked_note_and_close_all_clears_it() {
    let mut notes = OpenNotes::default();
    notes.open("brianka");
    notes.open_all(IDS);
    assert_eq!(notes.count(), 3);
    assert_eq!(notes.linked(), Some("brianka"));
    assert_eq!(notes.newest(), Some("brianka"));
    notes.close_all();
    assert_eq!(notes.count(), 0);
    assert_eq!(notes.linked(), None);
}

#[test]
fn fragments_name_known_notes_only() {
    assert_eq!(fragment_for("borova"), "#note-borova");
    assert_eq!(note_from_fragment("#note-borova", IDS), Some("borova"));
    assert_eq!(note_from_fragment("note-april-invasion", IDS), Some("april-invasion"));
    for junk in ["", "#", "#note-", "#note-fn-999", "#borova", "#<script>alert(1)</script>", "#note-%E2%9C%93", "#note-borova-extra", "#NOTE-borova", &"#note-x".repeat(2000)] {
        assert_eq!(note_from_fragment(junk, IDS), None, "{junk:.40}");
    }
}

#[test]
fn generated_article_has_every_note_in_reading_order() {
    let article = &refuseniks::ARTICLE;
    assert!(article.notes.len() >= 18, "the issue asks for at least 18 notes");
    let (number, note) = article.note(article.notes[2].id).unwrap();
    assert_eq!(number, 3);
    assert_eq!(note.id, article.notes[2].id);
}
