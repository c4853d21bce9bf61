//! Writes the checked model as Rust source, so the page gets it as static data
//! with no parser at run time.

use super::Content;
use crate::{
    Article, Block, Casualties, Cell, Comparison, Dimension, Estimate, Inline, LaterCount, Link,
    Note, NoteKind, PartialDate, Qualifier, Site, Slot,
};

/// `pub static ARTICLE: content::Article = …;`, `CASUALTIES`, `COMPARISON`, `SLOTS`,
/// `SITE` and `DIMENSION_IDS`.
pub fn to_rust(content: &Content) -> String {
    format!(
        "pub static ARTICLE: ::content::Article = {};\npub static CASUALTIES: ::content::Casualties = {};\npub static COMPARISON: ::content::Comparison = {};\npub static SLOTS: &[::content::Slot] = {};\npub static SITE: ::content::Site = {};\n\n/// The comparison's dimension ids: all the browser needs of it.\npub static DIMENSION_IDS: &[&str] = {};\n",
        content.article.rust(),
        content.casualties.rust(),
        content.comparison.rust(),
        content.slots.as_slice().rust(),
        content.site.rust(),
        content.comparison.dimensions.iter().map(|d| d.id).collect::<Vec<_>>().as_slice().rust()
    )
}

impl Rust for Site {
    fn rust(&self) -> String {
        format!(
            "::content::Site {{ title: {}, description: {}, site_name: {}, canonical_url: {}, article_date: {}, methodology: {}, corrections_contact: {} }}",
            self.title.rust(),
            self.description.rust(),
            self.site_name.rust(),
            self.canonical_url.rust(),
            self.article_date.rust(),
            self.methodology.rust(),
            self.corrections_contact.rust()
        )
    }
}

impl Rust for Comparison {
    fn rust(&self) -> String {
        format!(
            "::content::Comparison {{ dimensions: {} }}",
            self.dimensions.rust()
        )
    }
}

impl Rust for Dimension {
    fn rust(&self) -> String {
        format!(
            "::content::Dimension {{ id: {}, name: {}, vietnam: {}, russia: {} }}",
            self.id.rust(),
            self.name.rust(),
            self.vietnam.rust(),
            self.russia.rust()
        )
    }
}

impl Rust for Cell {
    fn rust(&self) -> String {
        format!(
            "::content::Cell {{ headline: {}, text: {} }}",
            self.headline.rust(),
            self.text.rust()
        )
    }
}

trait Rust {
    fn rust(&self) -> String;
}

impl Rust for &str {
    fn rust(&self) -> String {
        // Debug formatting of a str is a valid Rust string literal.
        format!("{self:?}")
    }
}

impl<T: Rust> Rust for &[T] {
    fn rust(&self) -> String {
        let items: Vec<String> = self.iter().map(Rust::rust).collect();
        format!("&[{}]", items.join(", "))
    }
}

impl<T: Rust> Rust for Option<T> {
    fn rust(&self) -> String {
        match self {
            Some(value) => format!("Some({})", value.rust()),
            None => "None".to_owned(),
        }
    }
}

impl Rust for Article {
    fn rust(&self) -> String {
        format!(
            "::content::Article {{ title: {}, standfirst: {}, origin: {}, blocks: {}, notes: {} }}",
            self.title.rust(),
            self.standfirst.rust(),
            self.origin.rust(),
            self.blocks.rust(),
            self.notes.rust()
        )
    }
}

impl Rust for Block {
    fn rust(&self) -> String {
        match self {
            Block::Heading(text) => format!("::content::Block::Heading({})", text.rust()),
            Block::Paragraph(inlines) => format!("::content::Block::Paragraph({})", inlines.rust()),
            Block::Quote(inlines) => format!("::content::Block::Quote({})", inlines.rust()),
            Block::Credit(inlines) => format!("::content::Block::Credit({})", inlines.rust()),
            Block::Panel(panel) => format!("::content::Block::Panel(::content::Panel::{panel:?})"),
        }
    }
}

impl Rust for Inline {
    fn rust(&self) -> String {
        match self {
            Inline::Text(text) => format!("::content::Inline::Text({})", text.rust()),
            Inline::Marker { note, slot } => format!(
                "::content::Inline::Marker {{ note: {}, slot: {} }}",
                note.rust(),
                slot.rust()
            ),
        }
    }
}

impl Rust for Note {
    fn rust(&self) -> String {
        format!(
            "::content::Note {{ id: {}, kind: {}, label: {}, paragraphs: {}, links: {}, anchor: {} }}",
            self.id.rust(),
            self.kind.rust(),
            self.label.rust(),
            self.paragraphs.rust(),
            self.links.rust(),
            self.anchor.rust()
        )
    }
}

impl Rust for Slot {
    fn rust(&self) -> String {
        format!(
            "::content::Slot {{ key: {}, note: {}, number: {}, kind: {}, label: {} }}",
            self.key.rust(),
            self.note.rust(),
            self.number,
            self.kind.rust(),
            self.label.rust()
        )
    }
}

impl Rust for NoteKind {
    fn rust(&self) -> String {
        format!("::content::NoteKind::{self:?}")
    }
}

impl Rust for Link {
    fn rust(&self) -> String {
        format!(
            "::content::Link {{ outlet: {}, title: {}, date: {}, url: {} }}",
            self.outlet.rust(),
            self.title.rust(),
            self.date.rust(),
            self.url.rust()
        )
    }
}

impl Rust for Qualifier {
    fn rust(&self) -> String {
        format!("::content::Qualifier::{self:?}")
    }
}

impl Rust for u32 {
    fn rust(&self) -> String {
        self.to_string()
    }
}

impl Rust for Casualties {
    fn rust(&self) -> String {
        format!(
            "::content::Casualties {{ estimates: {}, later: {} }}",
            self.estimates.rust(),
            self.later.rust()
        )
    }
}

impl Rust for Estimate {
    fn rust(&self) -> String {
        format!(
            "::content::Estimate {{ id: {}, source: {}, outlet: {}, category: ::content::Category::{:?}, date: {}, low: {}, high: {}, measure: ::content::Measure::{:?}, counted: {}, reading: {}, qualifier: {}, minimum: {}, url: {}, note: {}, footnote: {} }}",
            self.id.rust(), self.source.rust(), self.outlet.rust(), self.category, self.date.rust(), self.low, self.high,
            self.measure, self.counted.rust(), self.reading.rust(), self.qualifier.rust(), self.minimum, self.url.rust(), self.note.rust(), self.footnote.rust()
        )
    }
}

impl Rust for LaterCount {
    fn rust(&self) -> String {
        format!(
            "::content::LaterCount {{ id: {}, source: {}, outlet: {}, date: {}, figure: {}, url: {}, note: {} }}",
            self.id.rust(), self.source.rust(), self.outlet.rust(), self.date.rust(), self.figure, self.url.rust(), self.note.rust()
        )
    }
}

impl Rust for PartialDate {
    fn rust(&self) -> String {
        format!(
            "::content::PartialDate {{ year: {}, month: {:?}, day: {:?} }}",
            self.year, self.month, self.day
        )
    }
}
