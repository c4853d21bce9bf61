//! Numbers as readers read them.

/// 1351 → "1,351"; 40070 → "40,070".
pub fn thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Axis labels: 500 → "500", 1500 → "1.5k", 15000 → "15k", 1000000 → "1m".
pub fn compact(n: f64) -> String {
    let (value, suffix) = match n.abs() {
        v if v >= 1_000_000.0 => (n / 1_000_000.0, "m"),
        v if v >= 1_000.0 => (n / 1_000.0, "k"),
        _ => (n, ""),
    };
    format!("{}{suffix}", decimal(value, 1).trim_end_matches(".0"))
}

/// `value` with `places` decimals (0 to 3), by integer arithmetic: the wasm then
/// carries no float-formatting machinery. `decimal(12.345, 2)` → "12.35".
pub fn decimal(value: f64, places: u32) -> String {
    let scale = 10i64.pow(places);
    let scaled = (value * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, fraction) = (scaled.abs() / scale, scaled.abs() % scale);
    if places == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction:0width$}", width = places as usize)
    }
}

/// A position on an axis (0.0–1.0) as a CSS percentage: 0.25 → "25.000%".
pub fn percent(t: f64) -> String {
    format!("{}%", decimal(t * 100.0, 3))
}

/// "1,351", "7,000–15,000", "at least 40,070", "at least 30,000–40,000".
pub fn figure(low: u32, high: u32, minimum: bool) -> String {
    let value = if low == high {
        thousands(low)
    } else {
        format!("{}–{}", thousands(low), thousands(high))
    };
    if minimum {
        format!("at least {value}")
    } else {
        value
    }
}

/// "30-fold", or "2.5-fold" for small ratios.
pub fn fold(ratio: f64) -> String {
    format!("{}-fold", decimal(ratio, if ratio >= 10.0 { 0 } else { 1 }))
}
