//! Figures written in digits, compared between two languages' versions of one text.
//!
//! The rule: a text's figures are its runs of digits, where a group separator joins
//! runs (`1,597` in English; `1 597` in Russian with a no-break space U+00A0, a narrow
//! one U+202F or a plain space) only when it follows a run of one to three digits (or
//! an earlier group) and is followed by exactly three digits. Everything else splits:
//! the English decimal point and the Russian decimal comma alike, so `2.5` and `2,5`
//! are both [2, 5], and a dotted law number such as `207.3` is [207, 3] in both
//! languages. Years stay whole (`2022 100` is two figures: the first run has four
//! digits). The two versions must have the same figures, each as many times.

use crate::Locale;

/// The figures in `text` as the locale writes them, sorted (a multiset).
pub fn figures(text: &str, locale: Locale) -> Vec<u64> {
    let is_separator = |c: char| match locale {
        Locale::En => c == ',',
        Locale::Ru => matches!(c, ' ' | '\u{a0}' | '\u{202f}'),
    };
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let run = digits_at(&chars, i);
        let mut value = number(&chars[i..i + run]);
        let mut end = i + run;
        let mut may_group = run <= 3;
        while may_group
            && end < chars.len()
            && is_separator(chars[end])
            && digits_at(&chars, end + 1) == 3
        {
            value = value
                .saturating_mul(1000)
                .saturating_add(number(&chars[end + 1..end + 4]));
            end += 4;
            may_group = true;
        }
        found.push(value);
        i = end;
    }
    found.sort_unstable();
    found
}

fn digits_at(chars: &[char], from: usize) -> usize {
    chars.get(from..).map_or(0, |rest| {
        rest.iter().take_while(|c| c.is_ascii_digit()).count()
    })
}

fn number(digits: &[char]) -> u64 {
    digits.iter().fold(0u64, |n, c| {
        n.saturating_mul(10)
            .saturating_add(u64::from(c.to_digit(10).unwrap_or(0)))
    })
}

/// What differs, for a message: `only in the English: 15000; only here: 15`.
pub fn difference(english: &[u64], translated: &[u64]) -> Option<String> {
    if english == translated {
        return None;
    }
    let only = |from: &[u64], other: &[u64]| {
        let mut rest = other.to_vec();
        let mut left = Vec::new();
        for n in from {
            match rest.iter().position(|m| m == n) {
                Some(at) => {
                    rest.remove(at);
                }
                None => left.push(n.to_string()),
            }
        }
        if left.is_empty() {
            "none".to_owned()
        } else {
            left.join(", ")
        }
    };
    Some(format!(
        "only in the English: {}; only here: {}",
        only(english, translated),
        only(translated, english)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_separators_join_and_decimal_marks_split() {
        assert_eq!(figures("1,597 wounded", Locale::En), [1597]);
        for ru in ["1 597 раненых", "1\u{a0}597", "1\u{202f}597"] {
            assert_eq!(figures(ru, Locale::Ru), [1597], "{ru}");
        }
        assert_eq!(
            figures("2.5-fold", Locale::En),
            figures("в 2,5 раза", Locale::Ru)
        );
        assert_eq!(figures("article 207.3", Locale::En), [3, 207]);
        assert_eq!(figures("статья 207.3", Locale::Ru), [3, 207]);
        assert_eq!(figures("в 2022 100 человек", Locale::Ru), [100, 2022]);
        assert_eq!(figures("1,000,000", Locale::En), [1_000_000]);
        assert_eq!(figures("40 070", Locale::Ru), [40070]);
        assert_eq!(
            figures("1968–73", Locale::En),
            figures("1968–73", Locale::Ru)
        );
    }

    #[test]
    fn a_differing_figure_is_named() {
        let en = figures("15,000–20,000", Locale::En);
        let ru = figures("15–20 000", Locale::Ru);
        assert_eq!(
            difference(&en, &ru).as_deref(),
            Some("only in the English: 15000; only here: 15")
        );
        assert_eq!(difference(&en, &figures("15 000–20 000", Locale::Ru)), None);
    }
}
