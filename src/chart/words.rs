//! Each figure as its source gave it: the hedge before the number, the source's own
//! word for what it counted, and whether the chart's measure is our reading of it, in
//! the edition's words.

use content::{Estimate, LaterCount, Qualifier, Word, Words};

use super::format::{figure, range};

/// "almost 10,000", "some 18,300", "at least 40,070", "more than 16,000", "7,000–15,000".
pub fn stated_figure(words: &Words, e: &Estimate) -> String {
    // A floor's own words ("more than") take the place of our "at least".
    let figure = match e.qualifier {
        Some(q) if q.is_floor() => range(words, e.low, e.high),
        _ => figure(words, e.low, e.high, e.minimum),
    };
    hedged(words, e.qualifier, figure)
}

/// A later count as its source gave it: "more than 25,000", "128,115".
pub fn stated_count(words: &Words, c: &LaterCount) -> String {
    hedged(words, c.qualifier, words.number(c.figure.into()))
}

fn hedged(words: &Words, qualifier: Option<Qualifier>, figure: String) -> String {
    match qualifier {
        Some(qualifier) => words.fill(Word::qualifier(qualifier), &[("figure", &figure)]),
        None => figure,
    }
}

/// The source's word, quoted: "“died”", "“casualties”".
pub fn quoted_word(words: &Words, e: &Estimate) -> String {
    words.quote(e.counted)
}

/// Where the chart's measure is our reading of the source's word, said so plainly:
/// "charted as killed, our reading".
pub fn our_reading(words: &Words, e: &Estimate) -> Option<String> {
    e.reading.map(|_| {
        words.fill(
            Word::OurReading,
            &[("measure", words.get(Word::phrase(e.measure)))],
        )
    })
}

/// A mark's accessible name: who, when, the figure as charted, and the source's word.
/// "General Staff…, 21 September 2022: 55,110 killed; the source said “casualties”, our reading".
pub fn describe(words: &Words, e: &Estimate) -> String {
    let word = if e.reading.is_some() {
        Word::MarkNameReading
    } else {
        Word::MarkName
    };
    words.fill(
        word,
        &[
            ("source", e.source),
            ("date", &words.date(e.date)),
            ("figure", &stated_figure(words, e)),
            ("measure", words.get(Word::phrase(e.measure))),
            ("word", &quoted_word(words, e)),
        ],
    )
}

/// A later count's accessible name: who, when, the figure, and that it is a count of
/// named dead, not an estimate.
pub fn describe_later(words: &Words, c: &LaterCount) -> String {
    words.fill(
        Word::LaterMarkName,
        &[
            ("source", c.source),
            ("date", &words.date(c.date)),
            ("figure", &stated_count(words, c)),
        ],
    )
}
