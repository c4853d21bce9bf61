//! Numbers as readers read them.

/// 1351 → "1,351"; 40070 → "40,070".
pub fn thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
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
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 { format!("{rounded:.0}{suffix}") } else { format!("{rounded:.1}{suffix}") }
}

/// "1,351", "7,000–15,000", "at least 40,070", "at least 30,000–40,000".
pub fn figure(low: u32, high: u32, minimum: bool) -> String {
    let value = if low == high { thousands(low) } else { format!("{}–{}", thousands(low), thousands(high)) };
    if minimum { format!("at least {value}") } else { value }
}

/// "30-fold", or "2.5-fold" for small ratios.
pub fn fold(ratio: f64) -> String {
    if ratio >= 10.0 { format!("{:.0}-fold", ratio.round()) } else { format!("{:.1}-fold", ratio) }
}
