//! Every word the page shows that is not the article, a note, an estimate or a
//! comparison cell: interface words, labels, captions, legends, accessible names, the
//! notices. Their text is in `interface.toml`; this list names each one, the key it
//! has there and the `{placeholders}` its template may use, so a missing key, an
//! unknown key or an unknown placeholder stops the build with the file and the line.

use crate::{Category, Locale, Measure, NoteKind, PartialDate, Plural, Qualifier};

macro_rules! words {
    ($($(#[$doc:meta])* $word:ident = $key:literal [$($placeholder:ident),*] $($counted:ident)?;)+) => {
        /// One of the page's interface words, by what it is for.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Word {
            $($(#[$doc])* $word,)+
        }

        impl Word {
            /// Every word, in the order `interface.toml` lists them.
            pub const ALL: &'static [Word] = &[$(Word::$word,)+];

            /// `section.key` in `interface.toml`.
            pub const fn key(self) -> &'static str {
                match self {
                    $(Word::$word => $key,)+
                }
            }

            /// The placeholders its template may use, and the page fills.
            pub const fn placeholders(self) -> &'static [&'static str] {
                match self {
                    $(Word::$word => &[$(stringify!($placeholder)),*],)+
                }
            }

            /// Whether it counts something, with one form per plural of the language
            /// (`{ one = "…", other = "…" }`) and `{count}` among its placeholders.
            pub const fn is_counted(self) -> bool {
                match self {
                    $(Word::$word => words!(@counted $($counted)?),)+
                }
            }

            /// Whether a language may write it one form per plural, chosen by the number
            /// its first placeholder holds ("в 2,5 раза", "в 5 раз"), where English
            /// needs one text ("2.5-fold").
            pub const fn agrees_with_number(self) -> bool {
                match self {
                    $(Word::$word => words!(@agrees $($counted)?),)+
                }
            }
        }
    };
    (@counted counted) => { true };
    (@counted $other:ident) => { false };
    (@counted) => { false };
    (@agrees agrees) => { true };
    (@agrees $other:ident) => { false };
    (@agrees) => { false };
}

words! {
    SkipLink = "page.skip_link" [];
    Kicker = "page.kicker" [];
    StandfirstLabel = "page.standfirst_label" [];
    /// The notice when the wasm could not start, stopped working, or the page was opened as a file.
    NoticeStatic = "page.notice_static" [];
    NoticeCrashed = "page.notice_crashed" [];
    NoticeFromFile = "page.notice_from_file" [file];
    OpensInNewTab = "page.opens_in_new_tab" [];
    Quoted = "page.quoted" [title];
    /// The language switch's words, in the edition's own language ("Читать по-русски"),
    /// shown in the other edition's page.
    ReadInThisLanguage = "page.read_in_this_language" [];
    /// After a quotation a translation shows in our words: what the eye sees, short, and
    /// what a screen reader hears in its place.
    OurTranslationMark = "page.our_translation_mark" [];
    OurTranslation = "page.our_translation" [];
    /// After a quotation in the Russian words found: the link to where they were seen,
    /// the speaker's own words or a report of them.
    OriginalSeen = "page.original_seen" [];
    ReportSeen = "page.report_seen" [];
    /// The social card's alternative text.
    ImageAlt = "page.image_alt" [title, summary];

    ShowAllNotes = "notes.show_all" [];
    MarkerName = "notes.marker_name" [number, label];
    NoteOpened = "notes.opened" [number, kind, label];
    Close = "notes.close" [];
    CloseNote = "notes.close_name" [number];
    NotesTitle = "notes.title" [];
    BackToNote = "notes.back_name" [number];
    ToCorrection = "notes.to_correction" [];
    ToChart = "notes.to_chart" [];
    KindSource = "notes.kind_source" [];
    KindContext = "notes.kind_context" [];
    KindEditor = "notes.kind_editor" [];
    KindNext = "notes.kind_next" [];

    CorrectionsTitle = "corrections.title" [];
    CorrectionsIntro = "corrections.intro" [];
    LastUpdated = "corrections.last_updated" [date];
    SeeNoteInText = "corrections.see_note" [number];
    MethodologyTitle = "methodology.title" [];
    ReportError = "methodology.report_error" [contact];

    CiteTitle = "cite.title" [];
    CitePageLabel = "cite.page_label" [];
    CitePage = "cite.page" [title, site, date, accessed, url];
    CiteAccessed = "cite.accessed" [date];
    CiteOriginalLabel = "cite.original_label" [];
    CiteOriginal = "cite.original" [title, original, reprint, date, url];
    CopyPage = "cite.copy_page" [];
    CopyOriginal = "cite.copy_original" [];
    Copied = "cite.copied" [];

    /// The control on each part that opens its embed codes, and its accessible name.
    EmbedThis = "embed.this" [];
    EmbedThisName = "embed.this_name" [part];
    EmbedTitle = "embed.title" [];
    EmbedPartArticle = "embed.part_article" [];
    EmbedPartCasualties = "embed.part_casualties" [];
    EmbedPartComparison = "embed.part_comparison" [];
    /// Each way of embedding, above its code, and its copy button.
    EmbedIframe = "embed.iframe" [];
    EmbedPym = "embed.pym" [];
    EmbedAddress = "embed.address" [];
    CopyIframe = "embed.copy_iframe" [];
    CopyPym = "embed.copy_pym" [];
    CopyAddress = "embed.copy_address" [];
    CodeCopied = "embed.copied" [];

    FallbackTitle = "casualties.fallback_title" [];
    Takeaway = "casualties.takeaway" [month, fold];
    /// In Russian one form per plural, by `{ratio}`.
    Fold = "casualties.fold" [ratio] agrees;
    Summary = "casualties.summary" [date, figures];
    SummaryWithArticle = "casualties.summary_with_article" [date, figures, range];
    SummaryFigure = "casualties.summary_figure" [category, figure, date];
    ViewGroup = "casualties.view" [];
    ViewChart = "casualties.view_chart" [];
    ViewTimeline = "casualties.view_timeline" [];
    ViewTable = "casualties.view_table" [];
    ScaleGroup = "casualties.scale" [];
    ScaleLinear = "casualties.scale_linear" [];
    ScaleLog = "casualties.scale_log" [];
    FiguresGroup = "casualties.figures" [];
    FiguresDeaths = "casualties.figures_deaths" [];
    FiguresAll = "casualties.figures_all" [];
    SortGroup = "casualties.sort" [];
    SortDate = "casualties.sort_date" [];
    SortFigure = "casualties.sort_figure" [];
    SortSource = "casualties.sort_source" [];
    SortedAscending = "casualties.sorted_ascending" [];
    SortedDescending = "casualties.sorted_descending" [];
    LegendName = "casualties.legend" [];
    LegendHollow = "casualties.legend_hollow" [];
    LegendBand = "casualties.legend_band" [range];
    LegendQuoted = "casualties.legend_quoted" [];
    LegendReading = "casualties.legend_reading" [];
    OurReading = "casualties.our_reading" [measure];
    MarkName = "casualties.mark_name" [source, date, figure, measure, word];
    MarkNameReading = "casualties.mark_name_reading" [source, date, figure, measure, word];
    ToNote = "casualties.to_note" [number];
    ToNoteName = "casualties.to_note_name" [number];
    AxisThousands = "casualties.axis_thousands" [n];
    AxisMillions = "casualties.axis_millions" [n];
    TimelineTitle = "casualties.timeline_title" [];
    CardName = "casualties.card_name" [];
    CardHint = "casualties.card_hint" [];
    CardClose = "casualties.card_close" [];
    SeenAt = "casualties.seen_at" [outlet];
    SeenAtNoLink = "casualties.seen_at_no_link" [outlet];
    SourcesWord = "casualties.sources_word" [word];
    ChartedAs = "casualties.charted_as" [measure];
    TableCaption = "casualties.table_caption" [period, figures];
    FiguresCount = "casualties.figures_count" [count] counted;
    ColumnSource = "casualties.column_source" [];
    ColumnCategory = "casualties.column_category" [];
    ColumnDate = "casualties.column_date" [];
    ColumnFigure = "casualties.column_figure" [];
    ColumnCounts = "casualties.column_counts" [];
    ColumnWord = "casualties.column_word" [];
    ColumnSeenAt = "casualties.column_seen_at" [];
    SortBy = "casualties.sort_by" [];
    TableReading = "casualties.table_reading" [reading];
    DownloadCsv = "casualties.download_csv" [];
    DownloadSvg = "casualties.download_svg" [];
    DownloadPng = "casualties.download_png" [];
    LaterTitle = "casualties.later_title" [];
    LaterOnLog = "casualties.later_on_log" [];
    LaterLegend = "casualties.later_legend" [];
    LaterFigure = "casualties.later_figure" [];
    LaterMarkName = "casualties.later_mark_name" [source, date, figure];
    LaterCounts = "casualties.later_counts" [];
    ImageKicker = "casualties.image_kicker" [site, date];
    ImageBand = "casualties.image_band" [range];
    ImageFooter = "casualties.image_footer" [url];

    AtLeast = "figures.at_least" [figure];
    Almost = "figures.almost" [figure];
    Some = "figures.some" [figure];
    About = "figures.about" [figure];
    MoreThan = "figures.more_than" [figure];
    CategoryRussia = "figures.category_russia" [];
    CategoryUkraine = "figures.category_ukraine" [];
    CategoryWest = "figures.category_west" [];
    CategoryIndependent = "figures.category_independent" [];
    CategoryArticle = "figures.category_article" [];
    MeasureKilled = "figures.measure_killed" [];
    MeasureKilledWounded = "figures.measure_killed_wounded" [];
    MeasureAllLosses = "figures.measure_all_losses" [];
    PhraseKilled = "figures.phrase_killed" [];
    PhraseKilledWounded = "figures.phrase_killed_wounded" [];
    PhraseAllLosses = "figures.phrase_all_losses" [];

    ComparisonTitle = "comparison.title" [];
    ComparisonSummary = "comparison.summary" [points];
    ComparisonPoints = "comparison.points" [count] counted;
    ComparisonCaption = "comparison.caption" [];
    DimensionHeader = "comparison.dimension" [];
    FocusOn = "comparison.focus_on" [];
    AllDimensions = "comparison.all_dimensions" [];
    HeadlinesOnly = "comparison.headlines_only" [];
    ComparisonDownloadSvg = "comparison.download_svg" [];
    ComparisonDownloadPng = "comparison.download_png" [];
    /// The comparison as an image (the download, and its oEmbed thumbnail).
    ComparisonImageKicker = "comparison.image_kicker" [site, points];
    ComparisonImageFooter = "comparison.image_footer" [url];
}

impl Word {
    /// A note's heading: "Source", "Editor’s note".
    pub fn kind(kind: NoteKind) -> Word {
        match kind {
            NoteKind::Source => Word::KindSource,
            NoteKind::Context => Word::KindContext,
            NoteKind::Editor => Word::KindEditor,
            NoteKind::Next => Word::KindNext,
        }
    }

    /// Who gave a figure: "Russian government".
    pub fn category(category: Category) -> Word {
        match category {
            Category::Russia => Word::CategoryRussia,
            Category::Ukraine => Word::CategoryUkraine,
            Category::West => Word::CategoryWest,
            Category::Independent => Word::CategoryIndependent,
            Category::Article => Word::CategoryArticle,
        }
    }

    /// What a figure counts, as a heading: "Killed and wounded".
    pub fn measure(measure: Measure) -> Word {
        match measure {
            Measure::Killed => Word::MeasureKilled,
            Measure::KilledWounded => Word::MeasureKilledWounded,
            Measure::AllLosses => Word::MeasureAllLosses,
        }
    }

    /// The same mid-sentence: "15,000 killed and wounded".
    pub fn phrase(measure: Measure) -> Word {
        match measure {
            Measure::Killed => Word::PhraseKilled,
            Measure::KilledWounded => Word::PhraseKilledWounded,
            Measure::AllLosses => Word::PhraseAllLosses,
        }
    }

    /// A figure with its source's hedge: "almost {figure}".
    pub fn qualifier(qualifier: Qualifier) -> Word {
        match qualifier {
            Qualifier::Almost => Word::Almost,
            Qualifier::Some => Word::Some,
            Qualifier::About => Word::About,
            Qualifier::MoreThan => Word::MoreThan,
        }
    }
}

/// A word's text: one template, or, for a counted word, one per plural form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    One(&'static str),
    Counted(&'static [(Plural, &'static str)]),
}

/// An edition's interface words and its locale: everything the page needs to say a
/// thing in its reader's language (figures and dates included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    pub locale: Locale,
    /// In `Word::ALL` order (the parser checks every word is there).
    pub texts: &'static [Text],
}

impl Words {
    fn text(&self, word: Word) -> Text {
        let index = Word::ALL
            .iter()
            .position(|w| *w == word)
            .expect("every word is in Word::ALL");
        self.texts[index]
    }

    /// A word with no placeholders.
    pub fn get(&self, word: Word) -> &'static str {
        assert!(
            word.placeholders().is_empty(),
            "{} has placeholders: fill it",
            word.key()
        );
        self.template(word)
    }

    fn template(&self, word: Word) -> &'static str {
        match self.text(word) {
            Text::One(text) => text,
            Text::Counted(_) => panic!("{} counts something: use Words::count", word.key()),
        }
    }

    /// A template with every placeholder filled. `values` must name each of the word's
    /// placeholders once (a mistake in the code, found by the native tests that render
    /// every page).
    pub fn fill(&self, word: Word, values: &[(&str, &str)]) -> String {
        if let (Text::Counted(forms), true) = (self.text(word), word.agrees_with_number()) {
            let number = word.placeholders().first().and_then(|first| {
                values
                    .iter()
                    .find(|(name, _)| name == first)
                    .map(|(_, value)| *value)
            });
            let plural = self.locale.plural_of_written(number.unwrap_or(""));
            let (_, template) = forms
                .iter()
                .find(|(form, _)| *form == plural)
                .or(forms.first())
                .expect("the parser checked every plural form");
            return fill(word, template, values);
        }
        fill(word, self.template(word), values)
    }

    /// A counted word in the form `n` takes, `{count}` written as this locale writes numbers.
    pub fn count(&self, word: Word, n: u64) -> String {
        let Text::Counted(forms) = self.text(word) else {
            panic!("{} counts nothing: use Words::fill", word.key())
        };
        let plural = self.locale.plural(n);
        let (_, template) = forms
            .iter()
            .find(|(form, _)| *form == plural)
            .expect("the parser checked every plural form");
        fill(word, template, &[("count", &self.locale.number(n))])
    }

    /// The template on either side of `markup`, a placeholder the page puts an element
    /// in (a link): the other placeholders filled from `values`.
    pub fn around(&self, word: Word, markup: &str, values: &[(&str, &str)]) -> (String, String) {
        const MARK: &str = "\u{0}";
        let mut all = values.to_vec();
        all.push((markup, MARK));
        let filled = self.fill(word, &all);
        let (before, after) = filled
            .split_once(MARK)
            .expect("the placeholder is in the template");
        (before.to_owned(), after.to_owned())
    }

    pub fn number(&self, n: u64) -> String {
        self.locale.number(n)
    }

    pub fn date(&self, date: PartialDate) -> String {
        self.locale.date(date)
    }

    pub fn short_date(&self, date: PartialDate) -> String {
        self.locale.short_date(date)
    }

    pub fn quote(&self, words: &str) -> String {
        self.locale.quote(words)
    }
}

/// Replaces each `{name}` in `template` with its value.
fn fill(word: Word, template: &str, values: &[(&str, &str)]) -> String {
    let mut names: Vec<&str> = values.iter().map(|(name, _)| *name).collect();
    names.sort_unstable();
    let mut declared = word.placeholders().to_vec();
    declared.sort_unstable();
    assert_eq!(
        names,
        declared,
        "{}: fill names each of its placeholders once",
        word.key()
    );
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find('}')
            .map(|end| start + end)
            .expect("the parser checked every brace");
        let name = &rest[start + 1..end];
        let (_, value) = values
            .iter()
            .find(|(n, _)| *n == name)
            .expect("the parser checked every placeholder");
        out.push_str(value);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The placeholders a template uses, or the first problem with its braces.
pub fn placeholders_in(template: &str) -> Result<Vec<&str>, String> {
    let mut found = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find(['{', '}']) {
        if rest[start..].starts_with('}') {
            return Err("a '}' with no '{' before it".to_owned());
        }
        let Some(end) = rest[start..].find('}').map(|end| start + end) else {
            return Err("a '{' with no '}' after it".to_owned());
        };
        let name = &rest[start + 1..end];
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
            return Err(format!(
                "\"{{{name}}}\" is not a placeholder: write {{name}}, lowercase letters and '_'"
            ));
        }
        found.push(name);
        rest = &rest[end + 1..];
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(texts: &'static [Text]) -> Words {
        Words {
            locale: Locale::En,
            texts,
        }
    }

    fn with(word: Word, text: Text) -> Words {
        let texts: Vec<Text> = Word::ALL
            .iter()
            .map(|w| if *w == word { text } else { Text::One("") })
            .collect();
        words(Box::leak(texts.into_boxed_slice()))
    }

    #[test]
    fn keys_are_unique_and_placeholders_named() {
        for (i, word) in Word::ALL.iter().enumerate() {
            assert!(
                Word::ALL[..i].iter().all(|other| other.key() != word.key()),
                "{} twice",
                word.key()
            );
            assert_eq!(
                word.key().matches('.').count(),
                1,
                "{}: section.key",
                word.key()
            );
            assert_eq!(
                word.is_counted(),
                word.placeholders().contains(&"count"),
                "{}",
                word.key()
            );
        }
    }

    #[test]
    fn fills_placeholders_in_any_order() {
        let w = with(Word::MarkerName, Text::One("Note {number}: {label}"));
        assert_eq!(
            w.fill(Word::MarkerName, &[("label", "Borova"), ("number", "3")]),
            "Note 3: Borova"
        );
        let (before, after) = w.around(Word::MarkerName, "label", &[("number", "3")]);
        assert_eq!((before.as_str(), after.as_str()), ("Note 3: ", ""));
    }

    #[test]
    #[should_panic(expected = "notes.marker_name: fill names each of its placeholders once")]
    fn a_missing_value_is_a_mistake_in_the_code() {
        with(Word::MarkerName, Text::One("Note {number}: {label}"))
            .fill(Word::MarkerName, &[("number", "3")]);
    }

    #[test]
    fn counts_take_their_plural_form() {
        let forms: &'static [(Plural, &str)] = &[
            (Plural::One, "{count} figure"),
            (Plural::Other, "{count} figures"),
        ];
        let w = with(Word::FiguresCount, Text::Counted(forms));
        assert_eq!(w.count(Word::FiguresCount, 1), "1 figure");
        assert_eq!(w.count(Word::FiguresCount, 1351), "1,351 figures");
    }

    #[test]
    fn a_word_that_agrees_takes_the_form_of_its_number() {
        let forms: &'static [(Plural, &str)] = &[
            (Plural::One, "в {ratio} раз"),
            (Plural::Few, "в {ratio} раза"),
            (Plural::Many, "в {ratio} раз"),
            (Plural::Other, "в {ratio} раза"),
        ];
        let w = Words {
            locale: Locale::Ru,
            ..with(Word::Fold, Text::Counted(forms))
        };
        let fold = |ratio: &str| w.fill(Word::Fold, &[("ratio", ratio)]);
        assert_eq!(fold("2,5"), "в 2,5 раза");
        assert_eq!(fold("3"), "в 3 раза");
        assert_eq!(fold("30"), "в 30 раз");
        assert!(Word::Fold.agrees_with_number() && !Word::Fold.is_counted());
        assert!(!Word::FiguresCount.agrees_with_number());
    }

    #[test]
    fn placeholders_are_read_and_bad_braces_named() {
        assert_eq!(
            placeholders_in("Note {number}: {label}"),
            Ok(vec!["number", "label"])
        );
        assert_eq!(placeholders_in("no placeholder"), Ok(vec![]));
        for bad in ["{", "}", "{}", "{Number}", "a {b c}", "{x"] {
            assert!(placeholders_in(bad).is_err(), "{bad}");
        }
    }
}
