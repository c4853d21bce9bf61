//! Each figure as its source gave it: the hedge before the number, the source's own
//! word for what it counted, and whether the chart's measure is our reading of it.

use content::Estimate;

use super::format::figure;

/// "almost 10,000", "some 18,300", "at least 40,070", "7,000–15,000".
pub fn stated_figure(e: &Estimate) -> String {
    let figure = figure(e.low, e.high, e.minimum);
    match e.qualifier {
        Some(qualifier) => format!("{} {figure}", qualifier.word()),
        None => figure,
    }
}

/// The source's word, quoted: "“died”", "“casualties”".
pub fn quoted_word(e: &Estimate) -> String {
    format!("“{}”", e.counted)
}

/// Where the chart's measure is our reading of the source's word, said so plainly:
/// "charted as killed, our reading".
pub fn our_reading(e: &Estimate) -> Option<String> {
    e.reading
        .map(|_| format!("charted as {}, our reading", e.measure.phrase()))
}

/// A mark's accessible name: who, when, the figure as charted, and the source's word.
/// "General Staff…, 21 September 2022: 55,110 killed; the source said “casualties”, our reading".
pub fn describe(e: &Estimate) -> String {
    let reading = if e.reading.is_some() {
        ", our reading"
    } else {
        ""
    };
    format!(
        "{}, {}: {} {}; the source said {}{reading}",
        e.source,
        e.date,
        stated_figure(e),
        e.measure.phrase(),
        quoted_word(e)
    )
}
