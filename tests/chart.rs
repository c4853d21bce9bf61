//! Scales, ticks, formatting, the casualty data's derived views, and the panel's state
//! and decisions, natively. The pure functions are checked on small made-up estimates,
//! so an editor's change to the data never turns them red; what must hold for any
//! content is checked on the edition's own.

mod common;

use content::{Category, Estimate, LaterCount, Measure, PartialDate, Qualifier};
use refuseniks::chart::estimates::{
    self, csv, day_number, groups, month_ticks, sort, sort_after, takeaway, SortKey,
};
use refuseniks::chart::format::{compact, figure, fold};
use refuseniks::chart::panel::{Choice, Figures, PanelChange, PanelState, SortMark, View};
use refuseniks::chart::scale::{nice_ceiling, nice_step, Scale, ScaleKind};
use refuseniks::chart::timeline::Timeline;
use refuseniks::chart::words::{describe, our_reading, quoted_word, stated_count, stated_figure};

fn day(text: &str) -> PartialDate {
    PartialDate::parse(text).expect("a date")
}

/// A killed-only point figure, in its measure's own word.
fn estimate(id: &'static str, category: Category, date: &str, figure: u32) -> Estimate {
    Estimate {
        id,
        source: id,
        outlet: "An outlet",
        category,
        date: day(date),
        low: figure,
        high: figure,
        measure: Measure::Killed,
        counted: "killed",
        reading: None,
        qualifier: None,
        minimum: false,
        url: None,
        note: "A note, with a comma.",
        footnote: None,
    }
}

/// A small data set like the real one: each kind of source, the article's own figures
/// on its date, a combined total, and one figure after the article.
fn sample() -> &'static [Estimate] {
    let article = |id, low, high| Estimate {
        low,
        high,
        ..estimate(id, Category::Article, "2022-09-09", low)
    };
    let data = vec![
        estimate("russia-early", Category::Russia, "2022-03-02", 498),
        estimate("russia", Category::Russia, "2022-03-25", 1351),
        Estimate {
            source: "Zelensky",
            qualifier: Some(Qualifier::Almost),
            counted: "lost",
            reading: Some("Lost means killed here."),
            ..estimate("ukraine", Category::Ukraine, "2022-07-26", 40000)
        },
        Estimate {
            source: "alpha",
            minimum: true,
            ..estimate("west", Category::West, "2022-09-05", 25000)
        },
        estimate("independent", Category::Independent, "2022-08-19", 5701),
        article("article-range", 15000, 20000),
        article("article-low", 1500, 1500),
        Estimate {
            measure: Measure::KilledWounded,
            counted: "casualties",
            ..estimate("combined", Category::West, "2022-08-08", 80000)
        },
        estimate("ukraine-late", Category::Ukraine, "2022-09-21", 55110),
    ];
    Box::leak(data.into_boxed_slice())
}

fn by_id(id: &str) -> &'static Estimate {
    sample()
        .iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("no estimate {id}"))
}

use common::words;

#[test]
fn formats_numbers_for_readers() {
    let w = words();
    assert_eq!(compact(w, 15000.0), "15k");
    assert_eq!(compact(w, 1500.0), "1.5k");
    assert_eq!(compact(w, 2960.0), "3k");
    assert_eq!(compact(w, 500.0), "500");
    assert_eq!(compact(w, 0.0), "0");
    assert_eq!(compact(w, 2_000_000.0), "2m");
    assert_eq!(figure(w, 7000, 15000, false), "7,000–15,000");
    assert_eq!(figure(w, 40070, 40070, true), "at least 40,070");
    assert_eq!(fold(w, 29.66), "30-fold");
    assert_eq!(fold(w, 2.5), "2.5-fold");
}

#[test]
fn linear_scale_starts_at_zero_with_a_round_end() {
    let scale = Scale::fitting(ScaleKind::Linear, [1351.0, 44900.0]);
    assert_eq!((scale.min, scale.max), (0.0, 50000.0));
    assert_eq!(scale.position(0.0), 0.0);
    assert_eq!(scale.position(25000.0), 0.5);
    assert_eq!(scale.position(99999.0), 1.0, "clamped");
    assert_eq!(
        scale.ticks(),
        vec![0.0, 10000.0, 20000.0, 30000.0, 40000.0, 50000.0]
    );
}

#[test]
fn log_scale_spans_powers_of_ten() {
    let scale = Scale::fitting(ScaleKind::Log, [498.0, 44900.0]);
    assert_eq!((scale.min, scale.max), (100.0, 50000.0), "ends at 5 × 10⁴");
    let decades = 50000f64.log10() - 2.0;
    assert!((scale.position(1000.0) - 1.0 / decades).abs() < 1e-9);
    assert!((scale.position(10000.0) - 2.0 / decades).abs() < 1e-9);
    assert_eq!(
        scale.ticks(),
        vec![100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0, 10000.0, 20000.0, 50000.0]
    );
    let later = Scale::fitting(ScaleKind::Log, [498.0, 128115.0]);
    assert_eq!(later.max, 200000.0, "the next 1, 2 or 5 × 10ⁿ");
    assert_eq!(later.ticks().last(), Some(&200000.0));
    let wide = Scale::fitting(ScaleKind::Log, [3.0, 2_000_000.0]);
    assert_eq!(
        wide.ticks(),
        vec![1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0, 2000000.0],
        "powers of ten only, and the end"
    );
}

#[test]
fn nice_numbers() {
    assert_eq!(nice_ceiling(44900.0), 50000.0);
    assert_eq!(nice_ceiling(80000.0), 80000.0);
    assert_eq!(nice_ceiling(55110.0), 60000.0);
    assert_eq!(nice_ceiling(20000.0), 20000.0);
    assert_eq!(nice_ceiling(21000.0), 25000.0);
    let scale = Scale::fitting(ScaleKind::Linear, [498.0, 55110.0]);
    assert_eq!(scale.ticks(), vec![0.0, 20000.0, 40000.0, 60000.0]);
    assert_eq!(nice_step(9000.0), 10000.0);
    assert_eq!(nice_step(3000.0), 5000.0);
    assert_eq!(nice_step(1500.0), 2000.0);
}

#[test]
fn deaths_only_never_mixes_measures() {
    for data in [sample(), common::content().casualties.estimates] {
        let state = PanelState::default();
        let shown = groups(data, &state);
        assert_eq!(shown.len(), 1);
        assert!(shown[0].rows.iter().all(|e| e.measure == Measure::Killed));
        let all = groups(
            data,
            &PanelState {
                figures: Figures::All,
                ..state
            },
        );
        for group in &all {
            assert!(group.rows.iter().all(|e| e.measure == group.measure));
        }
        assert_eq!(all.iter().map(|g| g.rows.len()).sum::<usize>(), data.len());
    }
}

#[test]
fn sorting_by_each_key_and_reversing() {
    let mut rows: Vec<_> = sample().iter().collect();
    sort(&mut rows, SortKey::Figure, true);
    assert!(rows.windows(2).all(|w| w[0].high >= w[1].high));
    sort(&mut rows, SortKey::Date, false);
    assert!(rows.windows(2).all(|w| w[0].date <= w[1].date));
    sort(&mut rows, SortKey::Source, false);
    assert!(rows
        .windows(2)
        .all(|w| w[0].source.to_lowercase() <= w[1].source.to_lowercase()));

    let mut state = PanelState::default();
    state.sort_by(SortKey::Figure);
    assert_eq!(state.order(), (SortKey::Figure, true));
    state.sort_by(SortKey::Figure);
    assert!(!state.descending);
    state.sort_by(SortKey::Source);
    assert_eq!(state.order(), (SortKey::Source, false));
    assert_eq!(
        sort_after((SortKey::Date, false), SortKey::Date),
        (SortKey::Date, true)
    );
    assert_eq!(
        sort_after((SortKey::Date, true), SortKey::Figure),
        (SortKey::Figure, true)
    );
    assert_eq!(
        sort_after((SortKey::Figure, true), SortKey::Source),
        (SortKey::Source, false)
    );
}

#[test]
fn takeaway_compares_the_latest_official_figures_when_the_article_appeared() {
    let takeaway = takeaway(sample()).expect("the sample has the article's figures");
    assert_eq!(takeaway.by, day("2022-09-09"));
    assert_eq!(
        takeaway.lowest.id, "russia",
        "the latest Russian figure, not the earliest"
    );
    assert_eq!(
        takeaway.highest.id, "ukraine",
        "a figure after the article's date does not count"
    );
    assert!((takeaway.ratio - 40000.0 / 1351.0).abs() < 1e-9);
    assert_eq!(
        takeaway.title(words()),
        "By September 2022, differed 30-fold"
    );
    let without_the_article: Vec<Estimate> = sample()
        .iter()
        .filter(|e| e.category != Category::Article)
        .copied()
        .collect();
    assert_eq!(
        estimates::takeaway(Box::leak(without_the_article.into_boxed_slice())),
        None
    );
}

#[test]
fn summary_names_each_source_and_the_articles_range() {
    let summary = estimates::summary(words(), sample());
    // The latest of each kind of source by the article's date; "ukraine-late" is after it.
    assert_eq!(
        summary,
        "Before 9 September 2022: Russia, 1,351 (25 March 2022); Ukraine, almost 40,000 (26 July 2022); \
         West, at least 25,000 (5 September 2022); Independent, 5,701 (19 August 2022); the article: 15,000–20,000."
    );
}

#[test]
fn csv_has_a_row_per_estimate_and_quotes_commas() {
    for data in [sample(), common::content().casualties.estimates] {
        let text = csv(data);
        let lines: Vec<_> = text.lines().collect();
        assert_eq!(lines[0], "id,source,outlet,category,date,low,high,measure,minimum,url,note,qualifier,counted,reading");
        assert_eq!(lines.len(), data.len() + 1);
    }
    let text = csv(sample());
    assert!(text.contains("russia,russia,An outlet,russia,2022-03-25,1351,1351,killed,false,,\"A note, with a comma.\",,killed,\n"), "{text}");
    assert!(
        text.contains(",almost,lost,Lost means killed here.\n"),
        "the qualifier's key, the source's word, our reading: {text}"
    );
}

#[test]
fn each_figure_shows_its_hedge_its_word_and_our_reading() {
    let w = words();
    let ukraine = by_id("ukraine");
    assert_eq!(stated_figure(w, ukraine), "almost 40,000");
    assert_eq!(quoted_word(w, ukraine), "“lost”");
    assert_eq!(
        our_reading(w, ukraine).as_deref(),
        Some("charted as killed, our reading")
    );
    assert_eq!(
        describe(w, ukraine),
        "Zelensky, 26 July 2022: almost 40,000 killed; the source said “lost”, our reading"
    );
    let russia = by_id("russia");
    assert_eq!(
        (quoted_word(w, russia), our_reading(w, russia)),
        ("“killed”".to_owned(), None)
    );
    assert!(!describe(w, russia).contains("our reading"));
    assert_eq!(stated_figure(w, by_id("west")), "at least 25,000");
    assert_eq!(stated_figure(w, by_id("article-range")), "15,000–20,000");
    let more_than = Estimate {
        qualifier: Some(Qualifier::MoreThan),
        ..*by_id("west")
    };
    assert_eq!(stated_figure(w, &more_than), "more than 25,000");
}

#[test]
fn a_later_count_shows_its_hedge() {
    let count = LaterCount {
        id: "named",
        source: "A count",
        outlet: "An outlet",
        date: day("2023-06-16"),
        figure: 25000,
        qualifier: Some(Qualifier::MoreThan),
        url: None,
        note: "Names.",
    };
    assert_eq!(stated_count(words(), &count), "more than 25,000");
    let exact = LaterCount {
        qualifier: None,
        ..count
    };
    assert_eq!(stated_count(words(), &exact), "25,000");
}

#[test]
fn the_chart_never_says_a_measure_the_source_did_not_without_our_reading() {
    for e in common::content().casualties.estimates {
        assert!(
            e.measure.names(e.counted) || e.reading.is_some(),
            "{}: “{}” charted as {}",
            e.id,
            e.counted,
            e.measure.key()
        );
    }
}

#[test]
fn dates_become_day_numbers_and_month_ticks() {
    assert_eq!(day_number(day("1970-01-01")), 0);
    assert_eq!(day_number(day("2022-02-24")), 19047);
    assert_eq!(
        day_number(day("2022-03-01")) - day_number(day("2022-02-28")),
        1
    );
    let ticks = month_ticks([day("2022-03-02"), day("2022-09-21")]);
    assert_eq!(ticks.first(), Some(&day("2022-03-01")));
    assert_eq!(ticks.last(), Some(&day("2022-10-01")));
    assert_eq!(ticks.len(), 8);
}

#[test]
fn each_row_carries_its_place_in_every_order() {
    for data in [sample(), common::content().casualties.estimates] {
        for key in SortKey::ALL {
            let mut sorted: Vec<_> = data.iter().collect();
            sort(&mut sorted, key, false);
            for (place, e) in sorted.iter().enumerate() {
                assert_eq!(
                    estimates::rank(data, e, key),
                    place,
                    "{} by {}",
                    e.id,
                    key.key()
                );
            }
        }
    }
    // The browser reads each row's places in `ALL`'s order and finds a key's by `index`.
    for (index, key) in SortKey::ALL.into_iter().enumerate() {
        assert_eq!(key.index(), index);
    }
}

#[test]
fn the_timeline_draws_nothing_rather_than_panicking_without_killed_only_figures() {
    let combined: Vec<Estimate> = sample()
        .iter()
        .filter(|e| e.measure != Measure::Killed)
        .copied()
        .collect();
    let combined: &'static [Estimate] = Box::leak(combined.into_boxed_slice());
    for kind in ScaleKind::ALL {
        assert!(Timeline::of(&[], kind).is_none());
        assert!(Timeline::of(combined, kind).is_none());
        let drawn = Timeline::of(sample(), kind).expect("the sample has killed-only figures");
        assert!(drawn
            .points()
            .all(|e| (0.0..=1.0).contains(&drawn.x(e.date)) && (0.0..=1.0).contains(&drawn.y(e))));
    }
}

#[test]
fn every_choice_has_one_key_that_reads_back() {
    let all: Vec<Choice> = Choice::all().collect();
    assert_eq!(
        all.len(),
        View::ALL.len() + ScaleKind::ALL.len() + Figures::ALL.len() + SortKey::ALL.len()
    );
    for choice in &all {
        assert_eq!(
            Choice::from_key(&choice.key()),
            Some(*choice),
            "{}",
            choice.key()
        );
        assert_eq!(
            all.iter()
                .filter(|other| other.key() == choice.key())
                .count(),
            1
        );
    }
    for junk in [
        "",
        "view",
        "view:",
        ":table",
        "view:tables",
        "VIEW:table",
        "view:table:x",
        "sort:date ",
    ] {
        assert_eq!(Choice::from_key(junk), None, "{junk}");
    }
}

#[test]
fn a_press_writes_only_what_it_changes() {
    let before = PanelState::default();
    let mut after = before;
    after.press(Choice::Scale(ScaleKind::Log));
    assert_eq!(
        after.changes_from(&before),
        PanelChange {
            pressed: vec![
                (Choice::Scale(ScaleKind::Linear), false),
                (Choice::Scale(ScaleKind::Log), true)
            ],
            scale: Some(ScaleKind::Log),
            ..PanelChange::default()
        }
    );
    let mut again = after;
    again.press(Choice::Scale(ScaleKind::Log));
    assert!(
        again.changes_from(&after).is_empty(),
        "pressing the pressed button changes nothing"
    );
}

#[test]
fn a_sort_moves_the_rows_and_marks_the_keys_whose_state_changed() {
    let before = PanelState::default();
    let mut after = before;
    after.press(Choice::Sort(SortKey::Figure));
    let change = after.changes_from(&before);
    assert_eq!(change.order, Some((SortKey::Figure, true)));
    assert_eq!(
        change.sort_marks,
        vec![
            (SortKey::Date, SortMark::Unsorted),
            (SortKey::Figure, SortMark::Descending)
        ]
    );
    assert_eq!(
        change.pressed,
        vec![
            (Choice::Sort(SortKey::Date), false),
            (Choice::Sort(SortKey::Figure), true)
        ]
    );
    let mut reversed = after;
    reversed.press(Choice::Sort(SortKey::Figure));
    let change = reversed.changes_from(&after);
    assert_eq!(
        (change.order, change.pressed.len()),
        (Some((SortKey::Figure, false)), 0),
        "reversing presses no other button"
    );
    assert_eq!(
        change.sort_marks,
        vec![(SortKey::Figure, SortMark::Ascending)]
    );
}

#[test]
fn the_chart_rows_catch_up_only_while_the_chart_shows() {
    let mut state = PanelState {
        view: View::Table,
        ..PanelState::default()
    };
    let chart_order = state.order();
    state.press(Choice::Sort(SortKey::Source));
    assert_eq!(
        state.chart_catch_up(chart_order),
        None,
        "the table shows: the chart's rows wait"
    );
    state.press(Choice::View(View::Chart));
    assert_eq!(
        state.chart_catch_up(chart_order),
        Some((SortKey::Source, false))
    );
    assert_eq!(
        state.chart_catch_up(state.order()),
        None,
        "already in order"
    );
}

/// The Russian edition (content/ru/), as the prerender builds it.
fn russian_edition() -> &'static refuseniks::editions::Edition {
    common::editions()
        .iter()
        .find(|e| e.content.site.locale == content::Locale::Ru)
        .expect("content/ru")
}

/// The Russian takeaway names its month in the nominative («На сентябрь 2022 г.»), as
/// «На {month}» needs: a month alone is written so, a full date in the genitive.
#[test]
fn the_russian_takeaway_names_its_month_in_the_nominative() {
    use content::Locale;
    let ru = russian_edition();
    let Some(taken) = takeaway(ru.content.casualties.estimates) else {
        return;
    };
    let title = taken.title(&ru.content.words);
    let month = Locale::Ru.date(PartialDate {
        day: None,
        ..taken.by
    });
    assert!(title.contains(&month), "{title}");
    assert!(
        !month.contains("я "),
        "{month}: a month alone is nominative"
    );
    assert_eq!(
        Locale::Ru.date(PartialDate {
            year: 2022,
            month: Some(9),
            day: None
        }),
        "сентябрь 2022\u{a0}г."
    );
}

/// The figures the Russian page computes (the chart's rows, the card, the table) are
/// written as its own text writes them: «1 351», grouped from four digits with a
/// no-break space, never «1351» beside a note's «1 351».
#[test]
fn the_russian_figures_are_written_as_the_russian_text_writes_them() {
    use content::Locale;
    let ru = russian_edition();
    let text: String = ["content/ru/notes.toml", "content/ru/article.md"]
        .iter()
        .map(|path| std::fs::read_to_string(path).expect(path))
        .collect();
    let figures = ru
        .content
        .casualties
        .estimates
        .iter()
        .flat_map(|e| [e.low, e.high]);
    let mut written_alike = 0;
    for figure in figures.filter(|&f| f >= 1000) {
        let digits = figure.to_string();
        let bare = text.match_indices(&digits).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + digits.len()..].chars().next();
            !before.is_some_and(|c| c.is_ascii_digit() || c == '\u{a0}' || c == '/')
                && !after.is_some_and(|c| c.is_ascii_digit() || c == '\u{a0}')
        });
        assert!(
            !bare,
            "content/ru writes {digits} ungrouped, the page groups it"
        );
        // As the text groups it: a no-break space before each three digits from the end.
        let grouped: String = digits
            .chars()
            .enumerate()
            .flat_map(|(i, c)| {
                let gap = i > 0 && (digits.len() - i) % 3 == 0;
                gap.then_some('\u{a0}').into_iter().chain([c])
            })
            .collect();
        if text.contains(&grouped) {
            assert_eq!(Locale::Ru.number(figure.into()), grouped);
            written_alike += 1;
        }
    }
    assert!(
        written_alike > 0,
        "no figure of the chart is in the Russian text"
    );
}
