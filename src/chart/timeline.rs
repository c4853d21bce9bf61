//! The timeline's geometry: figure against date, each category's killed-only counts
//! in date order. Positions run from 0.0 to 1.0 on both axes (y grows upwards).

use content::{Category, Estimate, PartialDate};

use super::estimates::{day_number, month_ticks, series};
use super::format::fixed;
use super::scale::{Scale, ScaleKind};

pub struct Timeline {
    /// Each category's points, oldest first.
    pub lines: Vec<(Category, Vec<&'static Estimate>)>,
    /// The first of each month the axis spans, the last one closing it.
    pub months: Vec<PartialDate>,
    pub y: Scale,
    start: i64,
    end: i64,
}

impl Timeline {
    /// `None` when there is nothing to draw: no killed-only figure at all (the
    /// validator allows that), or every one on a single day.
    pub fn of(estimates: &'static [Estimate], kind: ScaleKind) -> Option<Timeline> {
        let lines = series(estimates);
        let points = lines.iter().flat_map(|(_, points)| points.iter());
        let y = Scale::fitting(
            kind,
            points.clone().flat_map(|e| [e.low as f64, e.high as f64]),
        );
        let months = month_ticks(points.map(|e| e.date));
        let (start, end) = (day_number(*months.first()?), day_number(*months.last()?));
        (end > start).then_some(Timeline {
            lines,
            months,
            y,
            start,
            end,
        })
    }

    pub fn points(&self) -> impl Iterator<Item = &'static Estimate> + '_ {
        self.lines
            .iter()
            .flat_map(|(_, points)| points.iter().copied())
    }

    /// Across, from the axis's first day.
    pub fn x(&self, date: PartialDate) -> f64 {
        (day_number(date) - self.start) as f64 / (self.end - self.start) as f64
    }

    /// Up, for a figure: a range sits at its midpoint (its card gives both ends).
    pub fn y(&self, e: &Estimate) -> f64 {
        self.y.position((e.low as f64 + e.high as f64) / 2.0)
    }

    /// A category's line, as SVG `points` in a 100 × 100 box (y down).
    pub fn polyline(&self, points: &[&Estimate]) -> String {
        let point = |e: &&Estimate| {
            format!(
                "{},{}",
                fixed(self.x(e.date) * 100.0, 2),
                fixed((1.0 - self.y(e)) * 100.0, 2)
            )
        };
        points.iter().map(point).collect::<Vec<_>>().join(" ")
    }
}
