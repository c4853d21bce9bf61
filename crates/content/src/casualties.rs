use crate::PartialDate;

/// Every estimate of Russian military deaths and casualties the panel shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Casualties {
    /// March to September 2022, in the order of the file (by date).
    pub estimates: &'static [Estimate],
    /// Counts of named dead after the article: shown beside the chart, not on its axis.
    pub later: &'static [LaterCount],
}

#[derive(Debug, Clone, Copy, PartialEq)]
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
    /// "At least", "more than", or a count of names: a floor, not an estimate.
    pub minimum: bool,
    pub url: Option<&'static str>,
    pub note: &'static str,
    /// The article's footnote about this figure, if it has one.
    pub footnote: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LaterCount {
    pub id: &'static str,
    pub source: &'static str,
    pub outlet: &'static str,
    pub date: PartialDate,
    pub figure: u32,
    pub url: Option<&'static str>,
    pub note: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    Russia,
    Ukraine,
    West,
    Independent,
    Article,
}

/// What a figure counts. Figures of different measures are never drawn on one axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Measure {
    Killed,
    KilledWounded,
    AllLosses,
}

impl Category {
    pub const ALL: [Category; 5] = [Category::Russia, Category::Ukraine, Category::West, Category::Independent, Category::Article];

    pub fn key(self) -> &'static str {
        match self {
            Category::Russia => "russia",
            Category::Ukraine => "ukraine",
            Category::West => "west",
            Category::Independent => "independent",
            Category::Article => "article",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Category::Russia => "Russian government",
            Category::Ukraine => "Ukrainian government",
            Category::West => "US, UK and NATO governments and intelligence",
            Category::Independent => "Independent count of named dead",
            Category::Article => "The article itself",
        }
    }

    pub fn from_key(key: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.key() == key)
    }
}

impl Measure {
    pub const ALL: [Measure; 3] = [Measure::Killed, Measure::KilledWounded, Measure::AllLosses];

    pub fn key(self) -> &'static str {
        match self {
            Measure::Killed => "killed",
            Measure::KilledWounded => "killed-wounded",
            Measure::AllLosses => "all-losses",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Measure::Killed => "Killed",
            Measure::KilledWounded => "Killed and wounded",
            Measure::AllLosses => "Killed, wounded, captured, missing or deserted",
        }
    }

    /// The same, mid-sentence: "15,000 killed and wounded".
    pub fn phrase(self) -> &'static str {
        match self {
            Measure::Killed => "killed",
            Measure::KilledWounded => "killed and wounded",
            Measure::AllLosses => "killed, wounded, captured, missing or deserted",
        }
    }

    pub fn from_key(key: &str) -> Option<Measure> {
        Measure::ALL.into_iter().find(|m| m.key() == key)
    }
}
