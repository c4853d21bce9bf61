//! Scales, ticks, formatting and the casualty data's derived views, natively.

use content::{Category, Measure, PartialDate};
use refuseniks::chart::estimates::{
    self, csv, day_number, groups, month_ticks, sort, takeaway, PanelState, SortKey,
};
use refuseniks::chart::format::{compact, figure, fold, thousands};
use refuseniks::chart::scale::{nice_ceiling, nice_step, Scale, ScaleKind};
use refuseniks::chart::words::{describe, our_reading, quoted_word, stated_figure};
use refuseniks::CASUALTIES;

#[test]
fn formats_numbers_for_readers() {
    assert_eq!(thousands(0), "0");
    assert_eq!(thousands(498), "498");
    assert_eq!(thousands(1351), "1,351");
    assert_eq!(thousands(40070), "40,070");
    assert_eq!(thousands(1_000_000), "1,000,000");
    assert_eq!(compact(15000.0), "15k");
    assert_eq!(compact(1500.0), "1.5k");
    assert_eq!(compact(500.0), "500");
    assert_eq!(compact(0.0), "0");
    assert_eq!(compact(2_000_000.0), "2m");
    assert_eq!(figure(7000, 15000, false), "7,000–15,000");
    assert_eq!(figure(40070, 40070, true), "at least 40,070");
    assert_eq!(fold(29.66), "30-fold");
    assert_eq!(fold(2.5), "2.5-fold");
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
    assert_eq!((scale.min, scale.max), (100.0, 100000.0));
    assert!((scale.position(1000.0) - 1.0 / 3.0).abs() < 1e-9);
    assert!((scale.position(10000.0) - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(
        scale.ticks(),
        vec![100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0, 10000.0, 20000.0, 50000.0, 100000.0]
    );
    let wide = Scale::fitting(ScaleKind::Log, [3.0, 2_000_000.0]);
    assert_eq!(
        wide.ticks(),
        vec![1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0, 10000000.0]
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
    let state = PanelState::default();
    let shown = groups(CASUALTIES.estimates, &state);
    assert_eq!(shown.len(), 1);
    assert!(shown[0].rows.iter().all(|e| e.measure == Measure::Killed));
    let all = groups(
        CASUALTIES.estimates,
        &PanelState {
            deaths_only: false,
            ..state
        },
    );
    assert!(all.len() >= 2, "combined totals get their own axes");
    for group in &all {
        assert!(group.rows.iter().all(|e| e.measure == group.measure));
    }
    assert_eq!(
        all.iter().map(|g| g.rows.len()).sum::<usize>(),
        CASUALTIES.estimates.len()
    );
}

#[test]
fn sorting_by_each_key_and_reversing() {
    let mut rows: Vec<_> = CASUALTIES.estimates.iter().collect();
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
    assert_eq!((state.sort, state.descending), (SortKey::Figure, true));
    state.sort_by(SortKey::Figure);
    assert!(!state.descending);
    state.sort_by(SortKey::Source);
    assert_eq!((state.sort, state.descending), (SortKey::Source, false));
}

#[test]
fn takeaway_compares_the_latest_official_figures_when_the_article_appeared() {
    let takeaway = takeaway(CASUALTIES.estimates).expect("data has the article's figures");
    assert_eq!(
        takeaway.by,
        PartialDate {
            year: 2022,
            month: Some(9),
            day: Some(9)
        }
    );
    assert_eq!(takeaway.lowest.category, Category::Russia);
    assert_eq!(takeaway.lowest.low, 1351);
    assert_eq!(takeaway.highest.category, Category::Ukraine);
    assert!(takeaway.highest.date <= takeaway.by);
    let ratio = takeaway.highest.high as f64 / 1351.0;
    assert_eq!(
        takeaway.title(),
        format!(
            "By September 2022, official estimates of Russian deaths differed {}",
            fold(ratio)
        )
    );
}

#[test]
fn summary_names_each_source_and_the_articles_range() {
    let summary = estimates::summary(CASUALTIES.estimates);
    assert!(summary.starts_with("Latest figures for Russian soldiers killed before 9 September 2022: Russian government, 1,351 (25 March 2022)"), "{summary}");
    assert!(
        summary.ends_with("the article judged 15,000–20,000 most likely."),
        "{summary}"
    );
}

#[test]
fn csv_has_a_row_per_estimate_and_quotes_commas() {
    let text = csv(CASUALTIES.estimates);
    let lines: Vec<_> = text.lines().collect();
    assert_eq!(lines[0], "id,source,outlet,category,date,low,high,measure,minimum,url,note,qualifier,counted,reading");
    assert_eq!(lines.len(), CASUALTIES.estimates.len() + 1);
    assert!(text.contains(",2022-03-25,1351,1351,killed,false,"));
    let quoted = CASUALTIES
        .estimates
        .iter()
        .find(|e| e.note.contains(','))
        .unwrap();
    assert!(text.contains(&format!("\"{}\"", quoted.note.replace('"', "\"\""))));
}

#[test]
fn csv_gives_the_sources_word_and_our_reading() {
    let text = csv(CASUALTIES.estimates);
    let row = text
        .lines()
        .find(|line| line.starts_with("ua-general-staff-2022-09-21,"))
        .expect("the 55,110 row");
    let reading = by_id("ua-general-staff-2022-09-21")
        .reading
        .expect("a reading");
    assert!(
        row.ends_with(&format!(
            ",,casualties,\"{}\"",
            reading.replace('"', "\"\"")
        )),
        "{row}"
    );
    let almost = text
        .lines()
        .find(|line| line.starts_with("ru-komsomolskaya-pravda-2022-03-21,"))
        .unwrap();
    assert!(almost.ends_with(",almost,killed,"), "{almost}");
}

fn by_id(id: &str) -> &'static content::Estimate {
    CASUALTIES
        .estimates
        .iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("no estimate {id}"))
}

#[test]
fn each_figure_shows_its_hedge_its_word_and_our_reading() {
    let general_staff = by_id("ua-general-staff-2022-09-21");
    assert_eq!(stated_figure(general_staff), "55,110");
    assert_eq!(quoted_word(general_staff), "“casualties”");
    assert_eq!(
        our_reading(general_staff).as_deref(),
        Some("charted as killed, our reading")
    );
    assert!(
        describe(general_staff).ends_with(
            "21 September 2022: 55,110 killed; the source said “casualties”, our reading"
        ),
        "{}",
        describe(general_staff)
    );
    let shoigu = by_id("ru-shoigu-2022-09-21");
    assert_eq!(
        (quoted_word(shoigu), our_reading(shoigu)),
        ("“died”".to_owned(), None)
    );
    assert!(!describe(shoigu).contains("our reading"));
    assert_eq!(
        stated_figure(by_id("ru-komsomolskaya-pravda-2022-03-21")),
        "almost 10,000"
    );
    assert_eq!(
        stated_figure(by_id("ua-zelensky-2022-07-26")),
        "almost 40,000"
    );
    assert_eq!(
        stated_figure(by_id("ua-general-staff-2022-04-04")),
        "some 18,300"
    );
    assert_eq!(
        stated_figure(by_id("ua-general-staff-2022-07-27")),
        "at least 40,070"
    );
}

#[test]
fn the_chart_never_says_a_measure_the_source_did_not_without_our_reading() {
    for e in CASUALTIES.estimates {
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
    let day = |y, m, d| PartialDate {
        year: y,
        month: Some(m),
        day: Some(d),
    };
    assert_eq!(day_number(day(1970, 1, 1)), 0);
    assert_eq!(day_number(day(2022, 2, 24)), 19047);
    assert_eq!(
        day_number(day(2022, 3, 1)) - day_number(day(2022, 2, 28)),
        1
    );
    let ticks = month_ticks([day(2022, 3, 2), day(2022, 9, 21)]);
    assert_eq!(ticks.first(), Some(&day(2022, 3, 1)));
    assert_eq!(ticks.last(), Some(&day(2022, 10, 1)));
    assert_eq!(ticks.len(), 8);
}

#[test]
fn each_row_carries_its_place_in_every_order() {
    for key in SortKey::ALL {
        let mut sorted: Vec<_> = CASUALTIES.estimates.iter().collect();
        sort(&mut sorted, key, false);
        for (place, e) in sorted.iter().enumerate() {
            assert_eq!(
                estimates::rank(CASUALTIES.estimates, e, key),
                place,
                "{} by {}",
                e.id,
                key.key()
            );
        }
    }
    // Pressing the active key reverses it; a new key starts in its natural order.
    use estimates::sort_after;
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
    // The browser reads each row's places in `ALL`'s order and finds a key's by `index`.
    for (index, key) in SortKey::ALL.into_iter().enumerate() {
        assert_eq!(key.index(), index);
    }
}

#[test]
fn the_timeline_draws_nothing_rather_than_panicking_without_killed_only_figures() {
    use refuseniks::chart::timeline::Timeline;
    let combined: Vec<content::Estimate> = CASUALTIES
        .estimates
        .iter()
        .filter(|e| e.measure != Measure::Killed)
        .copied()
        .collect();
    let combined: &'static [content::Estimate] = Box::leak(combined.into_boxed_slice());
    for kind in ScaleKind::ALL {
        assert!(Timeline::of(&[], kind).is_none());
        assert!(Timeline::of(combined, kind).is_none());
        let drawn =
            Timeline::of(CASUALTIES.estimates, kind).expect("the data has killed-only figures");
        assert!(drawn
            .points()
            .all(|e| (0.0..=1.0).contains(&drawn.x(e.date)) && (0.0..=1.0).contains(&drawn.y(e))));
    }
}
