use crate::{Locale, PartialDate};

/// The whole article, as the reader sees it, with its notes in reading order.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "parse", derive(serde::Serialize))]
pub struct Article {
    pub title: &'static str,
    pub standfirst: &'static [Inline],
    pub origin: &'static [Inline],
    pub blocks: &'static [Block],
    /// Each heading's anchor, in order: the English heading's slug in every edition, so
    /// that a section has one address in all languages (the language switch keeps it).
    pub sections: &'static [&'static str],
    /// Sorted by the position of their marker, so a note's number is its index + 1.
    pub notes: &'static [Note],
}

#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "parse", derive(serde::Serialize))]
pub enum Block {
    Heading(&'static str),
    Paragraph(&'static [Inline]),
    Quote(&'static [Inline]),
    Credit(&'static [Inline]),
    /// An interactive panel, placed by an `@panel name` line.
    Panel(Panel),
}

crate::keyed! {
    /// An interactive panel, by the name an `@panel` line gives it.
    pub enum Panel {
        Casualties = "casualties",
        Comparison = "comparison",
    }
}

/// US GI resistance in Vietnam beside Russian refusal in 2022, dimension by dimension.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "parse", derive(serde::Serialize))]
pub struct Comparison {
    /// What each side's column is headed: "United States, Vietnam War, 1968–73".
    pub vietnam: &'static str,
    pub russia: &'static str,
    pub dimensions: &'static [Dimension],
}

#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "parse", derive(serde::Serialize))]
pub struct Dimension {
    pub id: &'static str,
    pub name: &'static str,
    pub vietnam: Cell,
    pub russia: Cell,
}

#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "parse", derive(serde::Serialize))]
pub struct Cell {
    /// The one figure or phrase shown in "headlines only" mode.
    pub headline: &'static str,
    pub text: &'static [Inline],
}

#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "parse", derive(serde::Serialize))]
pub enum Inline {
    Text(&'static str),
    /// A footnote marker. One note can have markers in several places (the article and
    /// comparison cells); `slot` tells them apart and keys their state and DOM ids.
    Marker {
        note: &'static str,
        slot: &'static str,
    },
}

/// The note a marker slot belongs to: slots are `note` in the article and
/// `note--place` elsewhere (note ids never contain "--").
pub fn note_of_slot(slot: &str) -> &str {
    slot.split("--").next().unwrap_or(slot)
}

#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "parse", derive(serde::Serialize))]
pub struct Note {
    pub id: &'static str,
    pub kind: NoteKind,
    pub label: &'static str,
    pub paragraphs: &'static [&'static str],
    pub links: &'static [Link],
    /// The slot of the note's first marker in reading order: where "back" goes.
    pub anchor: &'static str,
}

crate::keyed! {
    /// What a note does for the reader (its heading is its `Word::kind`).
    pub enum NoteKind {
        Source = "source",
        Context = "context",
        Editor = "editor",
        Next = "next",
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "parse", derive(serde::Serialize))]
pub struct Link {
    pub outlet: &'static str,
    pub title: Option<&'static str>,
    /// The language the title is written in (`title_lang` in notes.toml: `en`, `ru`),
    /// which the page marks with `lang`: a title stays in its own language.
    pub title_lang: Option<&'static str>,
    pub date: Option<PartialDate>,
    pub url: &'static str,
}

/// A quotation a translation shows in our words, translated from the English, where no
/// original in its language was found (`quotations.toml`, kind `translated`): the page
/// marks it so, so that no reader takes it for the speaker's own words.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "parse", derive(serde::Serialize))]
pub struct OurTranslation {
    pub place: QuotePlace,
    /// The quotation's words, as the place shows them.
    pub words: &'static str,
}

/// A quotation a translation shows in its speaker's own Russian words, or in a Russian
/// outlet's report of them (`quotations.toml`, kind `original` or `report`), cited on
/// the page by the address where our research saw them.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "parse", derive(serde::Serialize))]
pub struct Original {
    pub place: QuotePlace,
    pub words: &'static str,
    /// Where the Russian words were seen (`seen`).
    pub seen: &'static str,
    /// A report of the statement, not the speaker's own words.
    pub report: bool,
}

/// Where a quotation is: the article's Nth paragraph or block quotation (from 1), a
/// comparison cell's text, or a note's text.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "parse", derive(serde::Serialize))]
pub enum QuotePlace {
    Paragraph(usize),
    Cell {
        dimension: &'static str,
        /// `vietnam` or `russia`.
        side: &'static str,
    },
    Note(&'static str),
}

impl Article {
    /// The note with this id and its 1-based number.
    pub fn note(&self, id: &str) -> Option<(usize, &'static Note)> {
        self.notes
            .iter()
            .enumerate()
            .find(|(_, note)| note.id == id)
            .map(|(i, note)| (i + 1, note))
    }
}

impl Block {
    /// A heading's anchor: "The Voices of Veterans" → "the-voices-of-veterans".
    pub fn slug(text: &str) -> String {
        let mut slug = String::new();
        for word in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            if !slug.is_empty() {
                slug.push('-');
            }
            // ASCII folding keeps Unicode case tables out of the wasm; headings are ASCII.
            slug.extend(word.chars().map(|c| c.to_ascii_lowercase()));
        }
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_lowercases_and_joins_words() {
        assert_eq!(
            Block::slug("The Voices of Veterans"),
            "the-voices-of-veterans"
        );
        assert_eq!(
            Block::slug("  Rising  Rates—of Refusal! "),
            "rising-rates-of-refusal"
        );
    }

    #[test]
    fn note_kind_keys_round_trip() {
        for kind in NoteKind::ALL {
            assert_eq!(NoteKind::from_key(kind.key()), Some(kind));
        }
        assert_eq!(NoteKind::from_key("opinion"), None);
        assert_eq!(Panel::ALL.map(Panel::key), ["casualties", "comparison"]);
    }
}

/// The page's metadata (`content/site.toml`).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "parse", derive(serde::Serialize))]
pub struct Site {
    /// The edition's language: its words (`interface.toml`), numbers and dates.
    pub locale: Locale,
    pub title: &'static str,
    pub description: &'static str,
    pub site_name: &'static str,
    pub canonical_url: &'static str,
    /// The day the article appeared (the CounterPunch reprint's date, the only one our
    /// research has): notes of kind `next` tell of events on or after it.
    pub article_date: PartialDate,
    /// The article this edition is based on, as our research confirms it: who the
    /// article says first published it, and the reprint we read (its date is
    /// `article_date`). No author: it could not be confirmed.
    pub original_publisher: &'static str,
    pub reprint_publisher: &'static str,
    pub reprint_url: &'static str,
    /// This edition's own dates: when it was published, and when it last changed (a
    /// correction, a note). The page says "Last updated" from `last_modified`, and
    /// carries both as schema.org data.
    pub published: PartialDate,
    pub last_modified: PartialDate,
    /// "How this edition was checked": what was checked against what.
    pub methodology: &'static str,
    /// Where readers report an error (`mailto:` or `https://`); no line when `None`.
    pub corrections_contact: Option<&'static str>,
    /// A translation's line at the top of the page (an unofficial translation, with
    /// `{original}` and `{english}` where the links go); `None` in the English edition.
    pub notice: Option<&'static str>,
    /// A translation's English title, shown in English; `None` in the English edition.
    pub original_title: Option<&'static str>,
}
