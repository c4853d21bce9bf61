//! Everything the casualty panel derives from the data: groups, orders, the takeaway,
//! the summary, the CSV and the timeline's dates.

use content::{Category, Estimate, LaterCount, Measure, PartialDate, Word, Words};

use super::format::{fold, range};
use super::scale::{Scale, ScaleKind};
use super::words::stated_figure;

pub use super::panel::{sort_after, Choice, Figures, PanelState, SortKey, SortMark, View};

/// Estimates of one measure, drawn on one axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub measure: Measure,
    pub rows: Vec<&'static Estimate>,
}

/// The groups the chart shows, each measure on its own axis, rows sorted.
pub fn groups(estimates: &'static [Estimate], state: &PanelState) -> Vec<Group> {
    Measure::ALL
        .into_iter()
        .filter(|measure| state.figures == Figures::All || *measure == Measure::Killed)
        .map(|measure| {
            let mut rows: Vec<_> = estimates.iter().filter(|e| e.measure == measure).collect();
            sort(&mut rows, state.sort, state.descending);
            Group { measure, rows }
        })
        .filter(|group| !group.rows.is_empty())
        .collect()
}

pub fn sort(rows: &mut [&'static Estimate], key: SortKey, descending: bool) {
    rows.sort_by(|a, b| {
        let order = match key {
            SortKey::Date => a.date.cmp(&b.date).then(a.high.cmp(&b.high)),
            SortKey::Figure => a
                .high
                .cmp(&b.high)
                .then(a.low.cmp(&b.low))
                .then(a.date.cmp(&b.date)),
            // ASCII case folding: enough for source names, and no Unicode tables in the wasm.
            SortKey::Source => a
                .source
                .bytes()
                .map(|b| b.to_ascii_lowercase())
                .cmp(b.source.bytes().map(|b| b.to_ascii_lowercase()))
                .then(a.date.cmp(&b.date)),
        };
        if descending {
            order.reverse()
        } else {
            order
        }
    });
}

/// `e`'s place among `estimates` sorted by `key`, ascending: written into the page, so
/// the browser sorts rows by moving them, with no data of its own.
pub fn rank(estimates: &'static [Estimate], e: &Estimate, key: SortKey) -> usize {
    let mut all: Vec<_> = estimates.iter().collect();
    sort(&mut all, key, false);
    all.iter().position(|other| other.id == e.id).unwrap_or(0)
}

/// A scale that fits every low and high figure of `rows`.
pub fn scale_for(rows: &[&Estimate], kind: ScaleKind) -> Scale {
    Scale::fitting(
        kind,
        rows.iter().flat_map(|e| [e.low as f64, e.high as f64]),
    )
}

/// The killed-only axis: on the log scale it also spans the later counts of named dead,
/// which it draws (on a linear axis their 2025 figures would crowd the 2022 estimates
/// into its first fifth).
pub fn killed_scale(rows: &[&Estimate], later: &[LaterCount], kind: ScaleKind) -> Scale {
    let later = later
        .iter()
        .filter(|_| kind == ScaleKind::Log)
        .map(|c| c.figure as f64);
    Scale::fitting(
        kind,
        rows.iter()
            .flat_map(|e| [e.low as f64, e.high as f64])
            .chain(later),
    )
}

/// The date the article appeared: the date of its own figures in the data.
pub fn article_date(estimates: &[Estimate]) -> Option<PartialDate> {
    estimates
        .iter()
        .filter(|e| e.category == Category::Article)
        .map(|e| e.date)
        .max()
}

/// Each source category's latest killed-only figure on or before `by` (the article's own excluded).
pub fn latest_by_category(
    estimates: &'static [Estimate],
    by: PartialDate,
) -> Vec<&'static Estimate> {
    Category::ALL
        .into_iter()
        .filter(|c| *c != Category::Article)
        .filter_map(|category| {
            estimates
                .iter()
                .filter(|e| e.category == category && e.measure == Measure::Killed && e.date <= by)
                .max_by_key(|e| (e.date, e.high))
        })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Takeaway {
    pub lowest: &'static Estimate,
    pub highest: &'static Estimate,
    pub ratio: f64,
    pub by: PartialDate,
}

/// How far apart the latest official figures were when the article appeared.
/// Counts of named dead are floors, not estimates, so they are left out here.
pub fn takeaway(estimates: &'static [Estimate]) -> Option<Takeaway> {
    let by = article_date(estimates)?;
    let latest: Vec<_> = latest_by_category(estimates, by)
        .into_iter()
        .filter(|e| e.category != Category::Independent)
        .collect();
    let lowest = *latest.iter().min_by_key(|e| e.low)?;
    let highest = *latest.iter().max_by_key(|e| e.high)?;
    Some(Takeaway {
        lowest,
        highest,
        ratio: highest.high as f64 / lowest.low as f64,
        by,
    })
}

impl Takeaway {
    /// "By September 2022, official estimates of Russian deaths differed 33-fold".
    pub fn title(&self, words: &Words) -> String {
        let month = words.date(PartialDate {
            day: None,
            ..self.by
        });
        words.fill(
            Word::Takeaway,
            &[("month", &month), ("fold", &fold(words, self.ratio))],
        )
    }
}

/// The article's own range ("15,000–20,000 most likely"), if the data has it.
pub fn article_range(estimates: &'static [Estimate]) -> Option<&'static Estimate> {
    estimates
        .iter()
        .find(|e| e.category == Category::Article && e.low < e.high)
}

/// One sentence, computed from the data, for the panel's caption and screen readers.
pub fn summary(words: &Words, estimates: &'static [Estimate]) -> String {
    let Some(by) = article_date(estimates) else {
        return String::new();
    };
    let figures: Vec<String> = latest_by_category(estimates, by)
        .iter()
        .map(|e| {
            let category = words.get(Word::category(e.category));
            words.fill(
                Word::SummaryFigure,
                &[
                    ("category", category),
                    ("figure", &stated_figure(words, e)),
                    ("date", &words.date(e.date)),
                ],
            )
        })
        .collect();
    let (date, figures) = (words.date(by), figures.join("; "));
    match article_range(estimates) {
        Some(e) => words.fill(
            Word::SummaryWithArticle,
            &[
                ("date", &date),
                ("figures", &figures),
                ("range", &range(words, e.low, e.high)),
            ],
        ),
        None => words.fill(Word::Summary, &[("date", &date), ("figures", &figures)]),
    }
}

/// The table's caption: what the estimates are, the months they span, how many.
pub fn table_caption(words: &Words, estimates: &'static [Estimate]) -> String {
    let dates = || estimates.iter().map(|e| e.date);
    let period = match (dates().min(), dates().max()) {
        (Some(first), Some(last)) => words.locale.month_span(first, last),
        _ => String::new(),
    };
    words.fill(
        Word::TableCaption,
        &[
            ("period", &period),
            (
                "figures",
                &words.count(Word::FiguresCount, estimates.len() as u64),
            ),
        ],
    )
}

/// Every estimate as CSV, one row per figure, for the download link. Columns added
/// later go at the end, so a reader's spreadsheet keeps its columns.
pub fn csv(estimates: &[Estimate]) -> String {
    let mut out = String::from("id,source,outlet,category,date,low,high,measure,minimum,url,note,qualifier,counted,reading\n");
    for e in estimates {
        let fields = [
            e.id.to_owned(),
            e.source.to_owned(),
            e.outlet.to_owned(),
            e.category.key().to_owned(),
            e.date.iso(),
            e.low.to_string(),
            e.high.to_string(),
            e.measure.key().to_owned(),
            e.minimum.to_string(),
            e.url.unwrap_or("").to_owned(),
            e.note.to_owned(),
            e.qualifier.map_or("", |q| q.key()).to_owned(),
            e.counted.to_owned(),
            e.reading.unwrap_or("").to_owned(),
        ];
        let quoted: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&quoted.join(","));
        out.push('\n');
    }
    out
}

fn csv_field(field: &str) -> String {
    if field.contains([',', '"', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

/// Days since 1 January 1970, for a time axis (Howard Hinnant's days_from_civil).
pub fn day_number(date: PartialDate) -> i64 {
    let (y, m, d) = (
        date.year as i64,
        date.month.unwrap_or(1) as i64,
        date.day.unwrap_or(1) as i64,
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The timeline's date axis: from the first of the earliest month to the first of the
/// month after the latest, with a tick on the first of each month.
pub fn month_ticks(dates: impl IntoIterator<Item = PartialDate>) -> Vec<PartialDate> {
    let dates: Vec<_> = dates.into_iter().collect();
    let (Some(first), Some(last)) = (dates.iter().min(), dates.iter().max()) else {
        return vec![];
    };
    let mut month = PartialDate {
        day: Some(1),
        ..*first
    };
    let mut ticks = vec![month];
    while month <= *last {
        let (year, m) = if month.month == Some(12) {
            (month.year + 1, 1)
        } else {
            (month.year, month.month.unwrap_or(1) + 1)
        };
        month = PartialDate {
            year,
            month: Some(m),
            day: Some(1),
        };
        ticks.push(month);
    }
    ticks
}

/// Each category's killed-only figures in date order: one line each on the timeline.
pub fn series(estimates: &'static [Estimate]) -> Vec<(Category, Vec<&'static Estimate>)> {
    Category::ALL
        .into_iter()
        .map(|category| {
            let mut points: Vec<_> = estimates
                .iter()
                .filter(|e| e.category == category && e.measure == Measure::Killed)
                .collect();
            sort(&mut points, SortKey::Date, false);
            (category, points)
        })
        .filter(|(_, points)| !points.is_empty())
        .collect()
}
