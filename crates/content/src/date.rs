/// A date as precise as the source gives it: a year, a month or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct PartialDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` unless it is a real calendar date.
    pub fn parse(text: &str) -> Option<PartialDate> {
        let mut parts = text.split('-');
        let year = number(parts.next()?, 4)?;
        // A part that is present must be a valid number; an absent one is just less precise.
        let month = match parts.next() {
            Some(m) => Some(number(m, 2)?),
            None => None,
        };
        let day = match parts.next() {
            Some(d) => Some(number(d, 2)?),
            None => None,
        };
        if parts.next().is_some() || !(1900..=2100).contains(&year) {
            return None;
        }
        let date = PartialDate {
            year,
            month: month.map(|m| m as u8),
            day: day.map(|d| d as u8),
        };
        date.is_real().then_some(date)
    }

    fn is_real(&self) -> bool {
        match (self.month, self.day) {
            (None, None) => true,
            (Some(month), None) => (1..=12).contains(&month),
            (Some(month), Some(day)) => {
                (1..=12).contains(&month) && day >= 1 && day <= days_in_month(self.year, month)
            }
            (None, Some(_)) => false,
        }
    }

    /// The machine-readable form for `<time datetime>`.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => format!("{:04}-{:02}", self.year, m),
            _ => format!("{:04}", self.year),
        }
    }
}

fn number(text: &str, digits: usize) -> Option<u16> {
    (text.len() == digits && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok())?
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(PartialDate::parse("2022").unwrap().iso(), "2022");
        assert_eq!(PartialDate::parse("2022-08").unwrap().iso(), "2022-08");
        assert_eq!(
            PartialDate::parse("2022-09-21").unwrap().iso(),
            "2022-09-21"
        );
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in [
            "2022-02-30",
            "2022-13",
            "2022-00-10",
            "2023-02-29",
            "22-09-21",
            "2022-9-21",
            "2022/09/21",
            "",
            "2022-09-21-01",
            "sometime",
        ] {
            assert_eq!(PartialDate::parse(bad), None, "{bad}");
        }
        assert!(PartialDate::parse("2024-02-29").is_some());
    }
}
