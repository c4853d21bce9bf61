//! Figures as readers read them, in the edition's words and locale (`content::Words`),
//! and positions as SVG and CSS read them.

use content::{Word, Words};

/// Axis labels: 500 → "500", 1500 → "1.5k", 15000 → "15k", 1000000 → "1m".
pub fn compact(words: &Words, n: f64) -> String {
    let (value, word) = match n.abs() {
        v if v >= 1_000_000.0 => (n / 1_000_000.0, Some(Word::AxisMillions)),
        v if v >= 1_000.0 => (n / 1_000.0, Some(Word::AxisThousands)),
        _ => (n, None),
    };
    // One decimal, and none when it is zero: "1.5k", "15k".
    let tenths = (value * 10.0).round();
    let shown = words
        .locale
        .decimal(tenths / 10.0, if tenths % 10.0 == 0.0 { 0 } else { 1 });
    match word {
        Some(word) => words.fill(word, &[("n", &shown)]),
        None => shown,
    }
}

/// `value` with `places` decimals (0 to 3) and a point, as SVG and CSS read numbers,
/// by integer arithmetic: `fixed(12.345, 2)` → "12.35".
pub fn fixed(value: f64, places: u32) -> String {
    let scale = 10i64.pow(places);
    let scaled = (value * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, fraction) = (scaled.abs() / scale, scaled.abs() % scale);
    if places == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction:0width$}", width = places as usize)
    }
}

/// A position on an axis (0.0–1.0) as a CSS percentage: 0.25 → "25.000%".
pub fn percent(t: f64) -> String {
    format!("{}%", fixed(t * 100.0, 3))
}

/// "1,351", "7,000–15,000", "at least 40,070", "at least 30,000–40,000".
pub fn figure(words: &Words, low: u32, high: u32, minimum: bool) -> String {
    let value = range(words, low, high);
    if minimum {
        words.fill(Word::AtLeast, &[("figure", &value)])
    } else {
        value
    }
}

/// "1,351", or "7,000–15,000".
pub fn range(words: &Words, low: u32, high: u32) -> String {
    if low == high {
        words.number(low.into())
    } else {
        format!("{}–{}", words.number(low.into()), words.number(high.into()))
    }
}

/// "30-fold", or "2.5-fold" for small ratios.
pub fn fold(words: &Words, ratio: f64) -> String {
    let ratio = words
        .locale
        .decimal(ratio, if ratio >= 10.0 { 0 } else { 1 });
    words.fill(Word::Fold, &[("ratio", &ratio)])
}
