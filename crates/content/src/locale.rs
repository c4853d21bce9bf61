//! Numbers, dates, quotation marks and plural forms as each edition's language writes
//! them: the one place the page formats a figure or a date. An edition names its
//! locale in `site.toml`.

use crate::PartialDate;

crate::keyed! {
    /// An edition's language.
    pub enum Locale {
        En = "en",
        Ru = "ru",
    }
}

crate::keyed! {
    /// Which form of a counted word a number takes ("1 note", "2 notes"; «1 заметка»,
    /// «2 заметки», «5 заметок»).
    pub enum Plural {
        One = "one",
        Few = "few",
        Many = "many",
        Other = "other",
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// A month on its own («сентябрь 2022 г.»), and in a date, where it is genitive
/// («21 сентября 2022 г.»).
const MONTHS_RU: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];
const MONTHS_OF_RU: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const SHORT_MONTHS_RU: [&str; 12] = [
    "янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек",
];
const NO_BREAK_SPACE: char = '\u{a0}';

impl Locale {
    /// The forms of a counted word the language has, in the order an editor writes them.
    pub fn plurals(self) -> &'static [Plural] {
        match self {
            Locale::En => &[Plural::One, Plural::Other],
            Locale::Ru => &[Plural::One, Plural::Few, Plural::Many],
        }
    }

    /// The form a count of `n` takes.
    /// Forms a counted word may also have in this locale, which no whole count takes:
    /// Russian `other` is for fractions (1,5), and a count never needs it.
    pub fn optional_plurals(self) -> &'static [Plural] {
        match self {
            Locale::En => &[],
            Locale::Ru => &[Plural::Other],
        }
    }

    pub fn plural(self, n: u64) -> Plural {
        match self {
            Locale::En if n == 1 => Plural::One,
            Locale::En => Plural::Other,
            Locale::Ru => match (n % 10, n % 100) {
                (1, r) if r != 11 => Plural::One,
                (2..=4, r) if !(12..=14).contains(&r) => Plural::Few,
                _ => Plural::Many,
            },
        }
    }

    /// The plural form a number takes as this locale writes it (`number`, `decimal`):
    /// a decimal ("2,5", even "2,0") takes `other` in Russian and English alike.
    pub fn plural_of_written(self, written: &str) -> Plural {
        let point = match self {
            Locale::En => '.',
            Locale::Ru => ',',
        };
        if written.contains(point) {
            return Plural::Other;
        }
        let digits: String = written.chars().filter(char::is_ascii_digit).collect();
        self.plural(digits.parse().unwrap_or(0))
    }

    /// A whole number: "40,070"; «1 351», «40 070» (Russian groups digits from four on,
    /// with the no-break space content/ru/ writes its own figures with: «1 351»).
    pub fn number(self, n: u64) -> String {
        let digits = n.to_string();
        let (separator, grouped) = match self {
            Locale::En => (',', digits.len() > 3),
            Locale::Ru => (NO_BREAK_SPACE, digits.len() > 3),
        };
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if grouped && i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(separator);
            }
            out.push(c);
        }
        out
    }

    /// `value` with `places` decimals (0 to 3), trailing zeros kept: "2.5"; «2,5».
    /// Integer arithmetic, so no float formatting is needed.
    pub fn decimal(self, value: f64, places: u32) -> String {
        let scale = 10i64.pow(places);
        let scaled = (value * scale as f64).round() as i64;
        let sign = if scaled < 0 { "-" } else { "" };
        let (whole, fraction) = (
            scaled.unsigned_abs() / scale as u64,
            scaled.unsigned_abs() % scale as u64,
        );
        let whole = self.number(whole);
        let point = match self {
            Locale::En => '.',
            Locale::Ru => ',',
        };
        if places == 0 {
            format!("{sign}{whole}")
        } else {
            format!(
                "{sign}{whole}{point}{fraction:0width$}",
                width = places as usize
            )
        }
    }

    /// The language tag with which a browser's `Intl` writes a day as `date` does
    /// ("4 December 2026": British order, not "December 4, 2026"), for a date only the
    /// browser knows: the day a reader opened the page.
    pub fn date_tag(self) -> &'static str {
        match self {
            Locale::En => "en-GB",
            Locale::Ru => "ru-RU",
        }
    }

    /// "21 September 2022", "September 2022", "2022"; «21 сентября 2022 г.»,
    /// «сентябрь 2022 г.», «2022 г.» (no-break spaces where Russian keeps words together).
    pub fn date(self, date: PartialDate) -> String {
        let PartialDate { year, month, day } = date;
        let month = month.map(|m| usize::from(m) - 1);
        match self {
            Locale::En => match (day, month) {
                (Some(d), Some(m)) => format!("{d} {} {year}", MONTHS_EN[m]),
                (_, Some(m)) => format!("{} {year}", MONTHS_EN[m]),
                _ => year.to_string(),
            },
            Locale::Ru => {
                let s = NO_BREAK_SPACE;
                match (day, month) {
                    (Some(d), Some(m)) => format!("{d}{s}{} {year}{s}г.", MONTHS_OF_RU[m]),
                    (_, Some(m)) => format!("{} {year}{s}г.", MONTHS_RU[m]),
                    _ => format!("{year}{s}г."),
                }
            }
        }
    }

    /// The months from `first` to `last`: "March–September 2022", "December 2022–March
    /// 2023"; «март–сентябрь 2022 г.».
    pub fn month_span(self, first: PartialDate, last: PartialDate) -> String {
        let month = |date: PartialDate| PartialDate { day: None, ..date };
        let (first, last) = (month(first), month(last));
        if first == last {
            return self.date(first);
        }
        match (first.month, first.year == last.year) {
            (Some(m), true) => {
                let name = match self {
                    Locale::En => MONTHS_EN[usize::from(m) - 1],
                    Locale::Ru => MONTHS_RU[usize::from(m) - 1],
                };
                format!("{name}–{}", self.date(last))
            }
            _ => format!("{}–{}", self.date(first), self.date(last)),
        }
    }

    /// A date where room is short (a chart row's label): "21 Mar 2022", "Mar 2022";
    /// Russian writes it in full, as `date` does (its abbreviations take a full stop and
    /// read worse than the few letters they save).
    pub fn short_date(self, date: PartialDate) -> String {
        match (self, date.month) {
            (Locale::En, Some(m)) => {
                let day = date.day.map(|d| format!("{d} ")).unwrap_or_default();
                format!("{day}{} {}", self.short_month(m), date.year)
            }
            _ => self.date(date),
        }
    }

    /// A month's short name, for a time axis: "Mar"; «мар».
    pub fn short_month(self, month: u8) -> &'static str {
        let m = usize::from(month.clamp(1, 12)) - 1;
        match self {
            Locale::En => &MONTHS_EN[m][..3],
            Locale::Ru => SHORT_MONTHS_RU[m],
        }
    }

    /// Words in quotation marks: “casualties”; «потери».
    pub fn quote(self, words: &str) -> String {
        match self {
            Locale::En => format!("“{words}”"),
            Locale::Ru => format!("«{words}»"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> PartialDate {
        PartialDate::parse(text).expect("a date")
    }

    #[test]
    fn numbers_group_their_digits() {
        assert_eq!(Locale::En.number(1351), "1,351");
        assert_eq!(Locale::En.number(40070), "40,070");
        assert_eq!(Locale::En.number(498), "498");
        assert_eq!(Locale::En.number(1_000_000), "1,000,000");
        assert_eq!(Locale::Ru.number(1351), "1\u{a0}351");
        assert_eq!(Locale::Ru.number(5701), "5\u{a0}701");
        assert_eq!(Locale::Ru.number(999), "999");
        assert_eq!(Locale::Ru.number(40070), "40\u{a0}070");
        assert_eq!(Locale::Ru.number(128115), "128\u{a0}115");
    }

    #[test]
    fn decimals_round_and_keep_their_places() {
        assert_eq!(Locale::En.decimal(2.45, 1), "2.5");
        assert_eq!(Locale::En.decimal(33.3, 0), "33");
        assert_eq!(Locale::En.decimal(12.345, 2), "12.35");
        assert_eq!(Locale::En.decimal(-0.5, 1), "-0.5");
        assert_eq!(Locale::Ru.decimal(2.5, 1), "2,5");
    }

    #[test]
    fn dates_as_each_language_writes_them() {
        assert_eq!(Locale::En.date(day("2022-09-21")), "21 September 2022");
        assert_eq!(Locale::En.date(day("2022-08")), "August 2022");
        assert_eq!(Locale::En.date(day("2022")), "2022");
        assert_eq!(
            Locale::Ru.date(day("2022-09-21")),
            "21\u{a0}сентября 2022\u{a0}г."
        );
        assert_eq!(Locale::Ru.date(day("2022-08")), "август 2022\u{a0}г.");
        assert_eq!(Locale::En.short_month(3), "Mar");
        assert_eq!(Locale::En.short_date(day("2022-09-21")), "21 Sep 2022");
        assert_eq!(Locale::En.short_date(day("2022-08")), "Aug 2022");
        assert_eq!(Locale::En.short_date(day("2022")), "2022");
        assert_eq!(
            Locale::Ru.short_date(day("2022-09-21")),
            Locale::Ru.date(day("2022-09-21"))
        );
        assert_eq!(
            Locale::En.month_span(day("2022-03-02"), day("2022-09-21")),
            "March–September 2022"
        );
        assert_eq!(
            Locale::En.month_span(day("2022-12-02"), day("2023-01-21")),
            "December 2022–January 2023"
        );
        assert_eq!(
            Locale::Ru.month_span(day("2022-03-02"), day("2022-09-21")),
            "март–сентябрь 2022\u{a0}г."
        );
        assert_eq!(Locale::Ru.short_month(9), "сен");
    }

    #[test]
    fn plural_forms_follow_the_count() {
        assert_eq!(
            [1, 2, 0].map(|n| Locale::En.plural(n)),
            [Plural::One, Plural::Other, Plural::Other]
        );
        let ru = [1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 0];
        let forms = ru.map(|n| Locale::Ru.plural(n));
        use Plural::{Few, Many, One};
        assert_eq!(
            forms,
            [One, Few, Few, Many, Many, Many, Many, One, Few, Many, One, Many, Many]
        );
        use Plural::Other;
        let written = [
            "1",
            "2",
            "5",
            "11",
            "21",
            "22",
            "25",
            "111",
            "2,5",
            "40\u{a0}071",
        ];
        assert_eq!(
            written.map(|n| Locale::Ru.plural_of_written(n)),
            [One, Few, Many, Many, One, Few, Many, Many, Other, One]
        );
        assert_eq!(Locale::En.plural_of_written("2.5"), Other);
        assert_eq!(Locale::En.plural_of_written("1"), One);
        for locale in Locale::ALL {
            assert!(
                (0..200).all(|n| locale.plurals().contains(&locale.plural(n))),
                "{locale:?}"
            );
        }
    }

    #[test]
    fn quotation_marks() {
        assert_eq!(Locale::En.quote("died"), "“died”");
        assert_eq!(Locale::Ru.quote("погибли"), "«погибли»");
    }
}
