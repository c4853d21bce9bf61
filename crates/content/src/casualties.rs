use crate::PartialDate;

/// Every estimate of Russian military deaths and casualties the panel shows.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "parse", derive(serde::Serialize))]
pub struct Casualties {
    /// March to September 2022, in the order of the file (by date).
    pub estimates: &'static [Estimate],
    /// Counts of named dead after the article: shown beside the chart, not on its axis.
    pub later: &'static [LaterCount],
}

#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "parse", derive(serde::Serialize))]
pub struct Estimate {
    pub id: &'static str,
    /// Who said it.
    pub source: &'static str,
    /// Where our research saw it.
    pub outlet: &'static str,
    pub category: Category,
    pub date: PartialDate,
    pub low: u32,
    /// Equal to `low` for a point figure.
    pub high: u32,
    pub measure: Measure,
    /// The source's own word(s) for what it counted: "died", "casualties", "lost".
    pub counted: &'static str,
    /// The editors' reading, in one sentence, where `counted` is not one of the
    /// measure's own words (`Measure::names`): why the figure is charted as `measure`.
    pub reading: Option<&'static str>,
    /// How the source hedged the figure: "almost 10,000", "some 18,300".
    pub qualifier: Option<Qualifier>,
    /// "At least", "more than", or a count of names: a floor, not an estimate.
    pub minimum: bool,
    pub url: Option<&'static str>,
    pub note: &'static str,
    /// The article's footnote about this figure, if it has one.
    pub footnote: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "parse", derive(serde::Serialize))]
pub struct LaterCount {
    pub id: &'static str,
    pub source: &'static str,
    pub outlet: &'static str,
    pub date: PartialDate,
    pub figure: u32,
    /// How the source hedged it: "more than 25,000" where it said so.
    pub qualifier: Option<Qualifier>,
    pub url: Option<&'static str>,
    pub note: &'static str,
}

crate::keyed! {
    /// Who gave a figure (the page names each with its `Word::category`).
    pub enum Category {
        Russia = "russia",
        Ukraine = "ukraine",
        West = "west",
        Independent = "independent",
        Article = "article",
    }
}

crate::keyed! {
    /// What a figure counts. Figures of different measures are never drawn on one axis.
    pub enum Measure {
        Killed = "killed",
        KilledWounded = "killed-wounded",
        AllLosses = "all-losses",
    }
}

crate::keyed! {
    /// A source's own hedge on a figure, shown before it (`Word::qualifier`).
    pub enum Qualifier {
        Almost = "almost",
        Some = "some",
        About = "about",
        MoreThan = "more-than",
    }
}

impl Qualifier {
    /// "More than" says the figure is a floor: on an estimate it goes with `minimum`,
    /// and is shown in place of "at least".
    pub fn is_floor(self) -> bool {
        self == Qualifier::MoreThan
    }
}

/// Every word a source may use for a loss, kept once, in three runs: deaths (the whole
/// of the killed-only measure), wounds, then the other losses (with one of these, a
/// list of losses is more than a killed-and-wounded count).
const LOSS_WORDS: [&str; 16] = [
    "killed",
    "dead",
    "died",
    "deaths",
    "lost their lives",
    "wounded",
    "injured",
    "injuries",
    "wounds",
    "captured",
    "taken prisoner",
    "missing",
    "are missing",
    "deserted",
    "desertions",
    "prisoners of war",
];
const DEATH_WORDS: &[&str] = LOSS_WORDS.split_at(5).0;
const WOUND_WORDS: &[&str] = LOSS_WORDS.split_at(5).1.split_at(4).0;
const OTHER_LOSS_WORDS: &[&str] = LOSS_WORDS.split_at(9).1;

impl Measure {
    /// The words a source may use for this measure, so that charting its figure as
    /// this measure needs no reading of ours. For all losses: the words of a list
    /// (see `names`). The one place this list is kept.
    pub fn own_words(self) -> &'static [&'static str] {
        match self {
            Measure::Killed => DEATH_WORDS,
            // As the Pentagon defined its "casualties": killed in action and wounded in action.
            Measure::KilledWounded => &["killed and wounded", "casualties"],
            Measure::AllLosses => &LOSS_WORDS,
        }
    }

    /// Whether a source that said `counted` named this measure in its own words.
    /// Killed and killed-and-wounded: one of `own_words`, exactly. All losses: a list
    /// ("deaths, injuries, desertions"; "killed, wounded, taken prisoner or are
    /// missing") of two or more of them, one of which is more than a death or a wound.
    pub fn names(self, counted: &str) -> bool {
        let counted = counted.trim().to_ascii_lowercase();
        match self {
            Measure::Killed | Measure::KilledWounded => {
                self.own_words().contains(&counted.as_str())
            }
            Measure::AllLosses => {
                let terms: Vec<&str> = counted
                    .split(',')
                    .flat_map(|part| part.split(" or "))
                    .flat_map(|part| part.split(" and "))
                    .map(str::trim)
                    .filter(|term| !term.is_empty())
                    .collect();
                terms.len() >= 2
                    && terms.iter().all(|term| self.own_words().contains(term))
                    && terms.iter().any(|term| OTHER_LOSS_WORDS.contains(term))
                    && terms
                        .iter()
                        .any(|term| DEATH_WORDS.contains(term) || WOUND_WORDS.contains(term))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn killed_is_named_only_by_words_for_deaths() {
        for word in [
            "killed",
            "dead",
            "died",
            "deaths",
            "lost their lives",
            "Died",
        ] {
            assert!(Measure::Killed.names(word), "{word}");
        }
        for word in [
            "lost",
            "casualties",
            "killed and wounded",
            "death estimates",
            "",
            "losses",
        ] {
            assert!(!Measure::Killed.names(word), "{word}");
        }
    }

    #[test]
    fn killed_and_wounded_is_named_by_casualties() {
        assert!(Measure::KilledWounded.names("casualties"));
        assert!(Measure::KilledWounded.names("killed and wounded"));
        assert!(!Measure::KilledWounded.names("killed"));
        assert!(!Measure::KilledWounded.names("deaths, injuries, desertions"));
    }

    #[test]
    fn all_losses_is_named_by_a_list_that_goes_beyond_deaths_and_wounds() {
        for words in [
            "killed, wounded, taken prisoner or are missing",
            "deaths, injuries, desertions",
            "killed, wounded, captured, deserted",
        ] {
            assert!(Measure::AllLosses.names(words), "{words}");
        }
        for words in [
            "killed and wounded",
            "killed",
            "casualties",
            "missing",
            "killed, wounded, lost",
            "captured or missing",
        ] {
            assert!(!Measure::AllLosses.names(words), "{words}");
        }
    }

    #[test]
    fn every_measure_has_own_words_and_qualifiers_round_trip() {
        for measure in Measure::ALL {
            assert!(!measure.own_words().is_empty());
            assert!(measure.own_words().iter().all(|w| *w == w.to_lowercase()));
        }
        for qualifier in Qualifier::ALL {
            assert_eq!(Qualifier::from_key(qualifier.key()), Some(qualifier));
        }
        assert_eq!(Qualifier::from_key("roughly"), None);
    }
}
