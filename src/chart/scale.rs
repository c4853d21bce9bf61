//! Maps figures to positions (0.0 at the start of an axis, 1.0 at its end).

content::keyed! {
    /// How an axis maps figures: the panel's `data-scale`, and the class `on-<key>` of
    /// what is drawn on that scale.
    pub enum ScaleKind {
        Linear = "linear",
        Log = "log",
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub kind: ScaleKind,
    pub min: f64,
    pub max: f64,
}

impl Scale {
    /// A scale that shows every value with round ends: linear from zero to a "nice"
    /// maximum; logarithmic from a power of ten to the next 1, 2 or 5 × 10ⁿ (so a top
    /// value just past a power of ten does not leave a decade of empty axis).
    pub fn fitting(kind: ScaleKind, values: impl IntoIterator<Item = f64>) -> Scale {
        let (lo, hi) = values
            .into_iter()
            .fold((f64::INFINITY, 0.0_f64), |(lo, hi), v| {
                (lo.min(v), hi.max(v))
            });
        let hi = if hi > 0.0 { hi } else { 1.0 };
        match kind {
            ScaleKind::Linear => Scale {
                kind,
                min: 0.0,
                max: nice_ceiling(hi),
            },
            ScaleKind::Log => {
                let lo = if lo.is_finite() && lo > 0.0 { lo } else { 1.0 };
                let min = 10f64.powf(lo.log10().floor());
                Scale {
                    kind,
                    min,
                    max: log_ceiling(hi).max(10.0 * min),
                }
            }
        }
    }

    /// Where `value` sits, from 0.0 (min) to 1.0 (max), clamped.
    pub fn position(&self, value: f64) -> f64 {
        let t = match self.kind {
            ScaleKind::Linear => (value - self.min) / (self.max - self.min),
            ScaleKind::Log => {
                (value.max(self.min).log10() - self.min.log10())
                    / (self.max.log10() - self.min.log10())
            }
        };
        t.clamp(0.0, 1.0)
    }

    /// Axis ticks: 1, 2 or 5 × 10ⁿ steps (about five) for linear; for log, each power of
    /// ten, plus 2× and 5× when the range spans few decades, and the axis's end.
    pub fn ticks(&self) -> Vec<f64> {
        match self.kind {
            ScaleKind::Linear => {
                let step = nice_step((self.max - self.min) / 5.0);
                let count = ((self.max - self.min) / step).round() as usize;
                (0..=count).map(|i| self.min + step * i as f64).collect()
            }
            ScaleKind::Log => {
                let (first, last) = (
                    self.min.log10().round() as i32,
                    self.max.log10().round() as i32,
                );
                let multiples: &[f64] = if last - first <= 3 {
                    &[1.0, 2.0, 5.0]
                } else {
                    &[1.0]
                };
                let mut ticks: Vec<f64> = (first..=last)
                    .flat_map(|power| multiples.iter().map(move |m| m * 10f64.powi(power)))
                    .filter(|tick| *tick <= self.max * 1.000_001)
                    .collect();
                // The axis's end is labelled, even where it is no power of ten.
                if ticks
                    .last()
                    .is_some_and(|last| *last < self.max * 0.999_999)
                {
                    ticks.push(self.max);
                }
                ticks
            }
        }
    }
}

/// The smallest 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 or 10 × 10ⁿ at or above `value`.
pub fn nice_ceiling(value: f64) -> f64 {
    let magnitude = 10f64.powf(value.log10().floor());
    [1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|v| *v >= value * 0.999_999)
        .unwrap_or(10.0 * magnitude)
}

/// The smallest 1, 2 or 5 × 10ⁿ at or above `value`: where a log axis can end on a
/// labelled tick.
pub fn log_ceiling(value: f64) -> f64 {
    let magnitude = 10f64.powf(value.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|v| *v >= value * 0.999_999)
        .unwrap_or(10.0 * magnitude)
}

/// A round step near `rough`: 1, 2 or 5 × 10ⁿ.
pub fn nice_step(rough: f64) -> f64 {
    let magnitude = 10f64.powf(rough.log10().floor());
    let fraction = rough / magnitude;
    let nice = if fraction <= 1.0 {
        1.0
    } else if fraction <= 2.0 {
        2.0
    } else if fraction <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}
