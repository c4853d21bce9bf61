use super::compare::{Pair, Shape};
use super::fields::records;
use super::*;

const EN: &str = "en/notes.toml";
const RU: &str = "ru/notes.toml";

const ENGLISH_NOTES: &str = r#"
[[note]]
id = "one"
kind = "source"
label = "Outlet One"
text = "It said 1,597 were wounded on 2 March 2022, 2.5 times more (article 207.3)."

[[note.link]]
outlet = "Outlet"
url = "https://example.org/story"

[[note]]
id = "two"
kind = "editor"
label = "Editor"
text = "Wrong date."
"#;

const RUSSIAN_NOTES: &str = r#"
[[note]]
id = "one"
label = "Издание один"
text = "Там сказано, что 2 марта 2022 г. ранены 1 597, в 2,5 раза больше (статья 207.3)."

[[note.link]]
outlet = "Издание"

[[note]]
id = "two"
label = "Редакция"
text = "Неверная дата."
"#;

/// The problems a translation of the notes has against `ENGLISH_NOTES`.
fn notes_problems(russian: &str) -> Vec<String> {
    let pair = Pair {
        english_file: EN,
        file: RU,
        locale: Locale::Ru,
        figures: true,
    };
    let english = records(EN, ENGLISH_NOTES).expect("English");
    let translated = records(RU, russian).expect("Russian");
    pair.records(&NOTES, &english, &translated)
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn only_problem(russian: &str) -> String {
    let problems = notes_problems(russian);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    problems[0].clone()
}

#[test]
fn a_faithful_translation_has_no_problems() {
    assert_eq!(notes_problems(RUSSIAN_NOTES), Vec::<String>::new());
}

#[test]
fn a_record_only_in_the_translation() {
    let extra =
        format!("{RUSSIAN_NOTES}\n[[note]]\nid = \"three\"\nlabel = \"Л\"\ntext = \"Т.\"\n");
    let problem = only_problem(&extra);
    assert!(
        problem.starts_with("ru/notes.toml:16: note \"three\" is not in en/notes.toml"),
        "{problem}"
    );
}

#[test]
fn a_record_only_in_the_english() {
    let missing = RUSSIAN_NOTES
        .split("[[note]]\nid = \"two\"")
        .next()
        .unwrap();
    let problem = only_problem(missing);
    assert!(
        problem.contains("note \"two\" (en/notes.toml line 13) has no translation here"),
        "{problem}"
    );
}

#[test]
fn records_out_of_order() {
    let (first, second) = RUSSIAN_NOTES.split_once("[[note]]\nid = \"two\"").unwrap();
    let swapped = format!("[[note]]\nid = \"two\"{second}\n{first}");
    let problem = only_problem(&swapped);
    assert!(
        problem.contains("note \"two\" is out of order"),
        "{problem}"
    );
}

#[test]
fn a_missing_words_key() {
    let problem = only_problem(&RUSSIAN_NOTES.replace("label = \"Редакция\"\n", ""));
    assert!(
        problem.contains("note \"two\": \"label\" is missing: translate en/notes.toml line 15"),
        "{problem}"
    );
}

#[test]
fn an_extra_key_and_a_retyped_data_key() {
    let extra = RUSSIAN_NOTES.replace(
        "label = \"Редакция\"",
        "label = \"Редакция\"\nsummary = \"…\"",
    );
    assert!(only_problem(&extra).contains("\"summary\" is not a key of en/notes.toml"));
    let data = RUSSIAN_NOTES.replace(
        "label = \"Редакция\"",
        "label = \"Редакция\"\nkind = \"editor\"",
    );
    assert!(
        only_problem(&data).contains("\"kind\" is data, shared with en/notes.toml: delete it here")
    );
}

#[test]
fn a_differing_figure() {
    let problem = only_problem(&RUSSIAN_NOTES.replace("1 597", "1 579"));
    assert!(problem.starts_with("ru/notes.toml:5: text: figures differ from the English (en/notes.toml line 6): only in the English: 1597; only here: 1579"), "{problem}");
    // A no-break space or a narrow one groups digits as well as a plain space.
    assert_eq!(
        notes_problems(&RUSSIAN_NOTES.replace("1 597", "1\u{a0}597")),
        Vec::<String>::new()
    );
}

#[test]
fn an_address_in_the_words() {
    let problem = only_problem(&RUSSIAN_NOTES.replace(
        "outlet = \"Издание\"",
        "outlet = \"Издание, https://example.org/story\"",
    ));
    assert!(
        problem.contains("\"https://example.org/story\" is an address"),
        "{problem}"
    );
}

#[test]
fn differing_markers_and_placeholders() {
    let pair = Pair {
        english_file: "en/comparison.toml",
        file: "ru/comparison.toml",
        locale: Locale::Ru,
        figures: true,
    };
    let shape = Shape {
        words: None,
        own: &[],
        settings: &[],
        keys: true,
    };
    let en = records(
        "en",
        "[[dimension]]\nid = \"a\"\nname = \"Per {n}\"\ntext = \"A.[^one] B.[^two]\"\n",
    )
    .unwrap();
    let ru = records(
        "ru",
        "[[dimension]]\nid = \"a\"\nname = \"За {m}\"\ntext = \"Б.[^two] А.[^one]\"\n",
    )
    .unwrap();
    let problems: Vec<String> = pair
        .records(&shape, &en, &ru)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(
        problems[0].contains("name: placeholders {m} differ from the English's {n}"),
        "{}",
        problems[0]
    );
    assert!(
        problems[1]
            .contains("text: note markers [^two][^one] differ from the English's [^one][^two]"),
        "{}",
        problems[1]
    );
}

#[test]
fn article_blocks_must_match_one_for_one() {
    let en = "# Title\n\nstandfirst: One.\norigin: Two.[^o]\n\nIn 2022, 1,500 died.[^a]\n\n## Heading\n\n> Quoted.[^b]\n";
    let ru = "<!-- english: a comment -->\n# Заголовок\n\nstandfirst: Один.\norigin: Два.[^o]\n\nВ 2022 году погибли 1 500.[^a]\n\n## Раздел\n\n> Цитата.[^b]\n";
    let pair = Pair {
        english_file: "en/article.md",
        file: "ru/article.md",
        locale: Locale::Ru,
        figures: true,
    };
    let check = |ru: &str| -> Vec<String> {
        let ru = article::without_leading_comment(ru);
        article::check(&pair, &article::blocks(en), &article::blocks(&ru))
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    assert_eq!(check(ru), Vec::<String>::new());
    let problems = check(&ru.replace("1 500.[^a]", "1 500."));
    assert_eq!(problems, ["ru/article.md:7: paragraph: note markers (none) differ from the English's [^a] (en/article.md line 6)"]);
    let problems = check(&ru.replace("## Раздел", "Раздел"));
    assert!(
        problems[0].starts_with("ru/article.md:9: block 5 is a paragraph here but a heading"),
        "{problems:?}"
    );
}

fn quotation_problems(quotations: &str) -> Vec<String> {
    let paragraphs = vec!["Он сказал, что всё «идёт по плану».".to_owned()];
    let notes = records(RU, RUSSIAN_NOTES).unwrap();
    let files = [("notes.toml", notes.as_slice())];
    let places = quotations::Places {
        paragraphs: &paragraphs,
        files: &files,
    };
    quotations::check("ru/quotations.toml", quotations, &places)
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn quotations_are_found_where_they_say_with_their_kind() {
    let ok = "[[quotation]]\nplace = \"article.md ¶1\"\nwords = \"идёт по плану\"\nkind = \"translated\"\n\n[[quotation]]\nplace = \"content/ru/notes.toml: two, text\"\nwords = \"Неверная\"\nkind = \"original\"\nseen = \"https://example.org/ru\"\n";
    assert_eq!(quotation_problems(ok), Vec::<String>::new());
    let moved = ok.replace("¶1", "¶2");
    assert!(quotation_problems(&moved)[0].contains("\"article.md ¶2\" is no place"));
    let reworded = ok.replace("words = \"идёт по плану\"", "words = \"идёт по планам\"");
    assert!(quotation_problems(&reworded)[0]
        .starts_with("ru/quotations.toml:3: quotation: «идёт по планам» is not in article.md ¶1"));
    let unseen = ok.replace("seen = \"https://example.org/ru\"\n", "");
    assert!(quotation_problems(&unseen)[0].contains("kind \"original\" needs seen"));
    let unknown = ok.replace("kind = \"translated\"", "kind = \"paraphrase\"");
    assert!(quotation_problems(&unknown)[0].contains("unknown kind \"paraphrase\""));
}

fn content_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

/// The real translation against the real English: no problem but the interface words
/// the English gained after the translation (`[section] has no "key"`), which
/// `real_russian_edition_loads` waits for.
#[test]
fn real_russian_translation_matches_the_english() {
    let problems: Vec<String> = load_translated(&content_dir(), &content_dir().join("ru"))
        .err()
        .unwrap_or_default()
        .into_iter()
        .filter(|e| !(e.file.ends_with(INTERFACE_FILE) && e.message.contains("] has no \"")))
        .map(|e| e.to_string())
        .collect();
    assert_eq!(problems, Vec::<String>::new());
}

#[test]
fn real_russian_edition_loads() {
    let edition = load_translated(&content_dir(), &content_dir().join("ru"))
        .map_err(|e| e.iter().map(ToString::to_string).collect::<Vec<_>>());
    let edition = edition.expect("content/ru loads");
    let english = load(&content_dir()).expect("content loads");
    assert_eq!(edition.site.locale, Locale::Ru);
    assert_eq!(edition.article.notes.len(), english.article.notes.len());
    assert_eq!(
        edition
            .casualties
            .estimates
            .iter()
            .map(|e| e.high)
            .collect::<Vec<_>>(),
        english
            .casualties
            .estimates
            .iter()
            .map(|e| e.high)
            .collect::<Vec<_>>()
    );
    assert_ne!(edition.article.title, english.article.title);
    // A section has one address in every language: the English heading's slug.
    assert_eq!(edition.article.sections, english.article.sections);
    assert!(english.ours.is_empty());
}

#[test]
fn the_quotations_in_our_words_are_the_translated_ones_where_the_page_shows_them() {
    let edition =
        load_translated(&content_dir(), &content_dir().join("ru")).expect("content/ru loads");
    let text = std::fs::read_to_string(content_dir().join("ru/quotations.toml")).unwrap();
    let translated = text.matches("kind = \"translated\"").count();
    let in_article_or_cells = edition
        .ours
        .iter()
        .filter(|q| !matches!(q.place, crate::QuotePlace::Note(_)))
        .count();
    assert_eq!(in_article_or_cells, translated);
    assert!(edition
        .ours
        .iter()
        .any(|q| q.place == crate::QuotePlace::Paragraph(1) && q.words == "идёт по плану"));
    assert!(
        !edition.ours.iter().any(|q| q.words == "выполнены"),
        "an original is not ours"
    );
    assert!(edition.ours.iter().any(|q| matches!(
        q.place,
        crate::QuotePlace::Cell {
            dimension: "scale",
            side: "russia"
        }
    )));
    assert!(edition
        .ours
        .iter()
        .any(|q| q.place == crate::QuotePlace::Note("putin-macron")));
}

#[test]
fn the_locale_comes_from_site_toml_or_the_folder() {
    let site = records("site.toml", "locale = \"ru\"\n").unwrap();
    assert_eq!(edition_locale(Path::new("anything"), &site), Ok(Locale::Ru));
    let site = records("site.toml", "title = \"T\"\n").unwrap();
    assert_eq!(
        edition_locale(Path::new("content/ru"), &site),
        Ok(Locale::Ru)
    );
    assert!(edition_locale(Path::new("content/de"), &site).is_err());
}

#[test]
fn russian_counted_words_may_add_the_fraction_form() {
    assert_eq!(Locale::Ru.optional_plurals(), [Plural::Other]);
    assert!(Locale::En.optional_plurals().is_empty());
}

#[test]
fn a_translation_may_set_its_own_locale_and_address_but_no_other_data() {
    let pair = Pair {
        english_file: "en/site.toml",
        file: "ru/site.toml",
        locale: Locale::Ru,
        figures: true,
    };
    let en = records("en", "locale = \"en\"\ntitle = \"T\"\ncanonical_url = \"https://example.org/\"\narticle_date = \"2022-09-09\"\n").unwrap();
    let ru = records("ru", "locale = \"ru\"\ntitle = \"Т\"\ncanonical_url = \"https://example.org/ru/\"\nnotice = \"Перевод\"\n").unwrap();
    assert!(pair.records(&SITE, &en, &ru).is_empty());
    let retyped = records("ru", "title = \"Т\"\narticle_date = \"2022-09-09\"\n").unwrap();
    let problems = pair.records(&SITE, &en, &retyped);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].message.contains("\"article_date\" is data"));
}

#[test]
fn the_edition_address_is_the_english_joined_with_the_locale() {
    let english = load(&content_dir()).expect("content loads");
    let top = &records("site.toml", "title = \"Т\"\n").unwrap()[0];
    let site = translated_site(english.site, top, Locale::Ru);
    assert_eq!(
        site.canonical_url,
        format!("{}/ru/", english.site.canonical_url.trim_end_matches('/'))
    );
    assert_eq!((site.title, site.locale), ("Т", Locale::Ru));
    assert_eq!(site.article_date, english.site.article_date);
}

/// The Russian interface words with one of their forms taken out or misnamed.
fn russian_interface_problems(change: impl Fn(&str) -> String) -> Vec<String> {
    let text = std::fs::read_to_string(content_dir().join("ru").join(INTERFACE_FILE)).unwrap();
    let changed = change(&text);
    assert_ne!(changed, text, "the change found nothing to change");
    interface::parse("ru/interface.toml", &changed, Locale::Ru)
        .err()
        .unwrap_or_default()
        .iter()
        .map(ToString::to_string)
        .filter(|e| e.contains("figures_count") || e.contains("fold"))
        .collect()
}

#[test]
fn russian_counted_words_need_one_few_and_many() {
    for form in ["one", "few", "many"] {
        let problems = russian_interface_problems(|text| {
            let at = text.find("figures_count = {").unwrap();
            let line_end = at + text[at..].find('\n').unwrap();
            let line = &text[at..line_end];
            let start = line.find(&format!("{form} = ")).unwrap();
            let end = start + line[start..].find("\", ").unwrap() + 3;
            format!(
                "{}{}{}{}",
                &text[..at],
                &line[..start],
                &line[end..],
                &text[line_end..]
            )
        });
        assert_eq!(problems.len(), 1, "{form}: {problems:?}");
        assert!(
            problems[0].contains(&format!("the \"{form}\" form is missing")),
            "{problems:?}"
        );
    }
    let without_other =
        russian_interface_problems(|text| text.replacen(", other = \"{count} цифры\"", "", 1));
    assert_eq!(without_other, Vec::<String>::new());
    let misnamed = russian_interface_problems(|text| {
        text.replacen("other = \"{count} цифры\"", "two = \"{count} цифры\"", 1)
    });
    assert!(
        misnamed[0].contains("\"two\" is not a plural form in ru"),
        "{misnamed:?}"
    );
}
