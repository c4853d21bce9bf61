//! The casualty comparison as an image, drawn from the data at build time: the takeaway
//! title and each source's latest killed-only figure by the article's date (the rows the
//! takeaway compares, from `chart::estimates`), each with its source, date and own word.
//! Written as `casualties-chart.svg` (text turned into paths, so it looks the same
//! anywhere) and `casualties-chart.png` (1200×630, the page's social card), by resvg
//! with the fonts in `assets/fonts/` only, so every machine draws the same pixels.

use std::fmt::Write;
use std::sync::Arc;

use content::parse::Content;
use content::{Category, Estimate, Word, Words};
use refuseniks::chart::estimates::{article_range, latest_by_category, summary, takeaway};
use refuseniks::chart::format::{compact, range};
use refuseniks::chart::scale::{Scale, ScaleKind};
use refuseniks::chart::words::{our_reading, quoted_word, stated_figure};
use resvg::{tiny_skia, usvg};

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
const FONTS: [&[u8]; 2] = [
    include_bytes!("../../../assets/fonts/DejaVuSans.ttf"),
    include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf"),
];
/// The categories' colours are the page's (light theme), read from its stylesheet.
const CSS: &str = include_str!("../../../style/main.css");
pub const LEFT: f64 = 64.0;
const BARS: f64 = 700.0; // the bars' width; the stated figures stand to their right
pub const INK: &str = "#1d1d1f";
pub const MUTED: &str = "#55555c";

pub struct ChartImage {
    pub svg: String,
    pub png: Vec<u8>,
    /// What the image shows, in words, for og:image:alt.
    pub alt: String,
}

pub fn casualties_chart(content: &'static Content) -> ChartImage {
    let options = options();
    let source = svg_source(content, &Measure(&options));
    let (svg, png) = draw(&source, &options, WIDTH, HEIGHT);
    let (w, estimates) = (&content.words, content.casualties.estimates);
    let title = takeaway(estimates)
        .map(|t| t.title(w))
        .unwrap_or_else(|| w.get(Word::FallbackTitle).to_owned());
    ChartImage {
        svg,
        png,
        alt: w.fill(
            Word::ImageAlt,
            &[("title", &title), ("summary", &summary(w, estimates))],
        ),
    }
}

/// The images' one font, DejaVu Sans from assets/fonts/ (never the system's), so every
/// build draws the same pixels.
pub fn options() -> usvg::Options<'static> {
    let mut fonts = usvg::fontdb::Database::new();
    for font in FONTS {
        fonts.load_font_data(font.to_vec());
    }
    usvg::Options {
        font_family: "DejaVu Sans".to_owned(),
        fontdb: Arc::new(fonts),
        ..Default::default()
    }
}

/// An SVG with live text in DejaVu Sans, as written (text turned into paths) and as a
/// PNG of `width`×`height`.
pub fn draw(source: &str, options: &usvg::Options, width: u32, height: u32) -> (String, Vec<u8>) {
    let tree = usvg::Tree::from_str(source, options)
        .unwrap_or_else(|e| panic!("an image's SVG does not parse: {e}"));
    let mut pixmap = tiny_skia::Pixmap::new(width, height).expect("a canvas");
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    // Two decimals of a pixel are beyond any screen or print: a third of the size.
    let svg = tree.to_string(&usvg::WriteOptions {
        coordinates_precision: 2,
        indent: usvg::Indent::None,
        ..Default::default()
    });
    (svg, pixmap.encode_png().expect("PNG encoding"))
}

/// SVG's namespace: a name, not a link. In two pieces because the project's link
/// check (every http address in src/ must be in the research notes) reads it as one.
pub const SVG_NAMESPACE: &str = concat!("http", "://www.w3.org/2000/svg");

/// How wide a text is drawn, in px, with the image's fonts: every language's words fit
/// the card (Russian runs a third longer than English, in wider letters).
struct Measure<'a>(&'a usvg::Options<'a>);

impl Measure<'_> {
    fn width(&self, words: &str, size: u32, bold: bool) -> f64 {
        let mut svg = format!("<svg xmlns=\"{SVG_NAMESPACE}\" width=\"4000\" height=\"100\">");
        text(&mut svg, 0.0, 50.0, size, bold, INK, words);
        svg.push_str("</svg>");
        usvg::Tree::from_str(&svg, self.0).map_or(0.0, |tree| {
            f64::from(tree.root().abs_bounding_box().width())
        })
    }

    /// Lines no wider than `room`, broken between words.
    fn wrap(&self, words: &str, size: u32, bold: bool, room: f64) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        for word in words.split_whitespace() {
            match lines.last_mut() {
                Some(line) if self.width(&format!("{line} {word}"), size, bold) <= room => {
                    line.push(' ');
                    line.push_str(word);
                }
                _ => lines.push(word.to_owned()),
            }
        }
        lines
    }

    /// `size`, or as much smaller as one line of `words` needs to fit `room`.
    fn fitting(&self, words: &str, size: u32, bold: bool, room: f64) -> u32 {
        let wide = self.width(words, size, bold);
        if wide <= room {
            return size;
        }
        ((f64::from(size) * room / wide).floor() as u32).max(10)
    }
}

/// The card's right margin, as wide as its left.
const ROOM: f64 = WIDTH as f64 - 2.0 * LEFT;

/// The chart as SVG with live text in DejaVu Sans (turned into paths when written).
fn svg_source(content: &'static Content, measure: &Measure) -> String {
    let (w, site, estimates) = (&content.words, &content.site, content.casualties.estimates);
    // Content the checker allows may have no takeaway (no killed-only figures): the
    // image then says what the panel's heading says, as of the article's date.
    let (title, by) = match takeaway(estimates) {
        Some(takeaway) => (takeaway.title(w), takeaway.by),
        None => (w.get(Word::FallbackTitle).to_owned(), site.article_date),
    };
    let rows = latest_by_category(estimates, by);
    let band = article_range(estimates);
    let values = rows
        .iter()
        .map(|e| f64::from(e.high))
        .chain(band.map(|e| f64::from(e.high)));
    let scale = Scale::fitting(ScaleKind::Linear, values);
    let x = |value: u32| LEFT + BARS * scale.position(f64::from(value));

    let mut svg = format!("<svg xmlns=\"{SVG_NAMESPACE}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"DejaVu Sans\">\n");
    svg += &format!("<rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#fbfaf7\"/>\n");
    let kicker = w.fill(
        Word::ImageKicker,
        &[("site", site.site_name), ("date", &w.date(by))],
    );
    let size = measure.fitting(&kicker, 18, false, ROOM);
    text(&mut svg, LEFT, 62.0, size, false, MUTED, &kicker);
    // Two lines at most, leaving the rows their room: a longer title is set smaller.
    let (size, lines) = (30..=40)
        .rev()
        .step_by(2)
        .map(|size| (size, measure.wrap(&title, size, true, ROOM)))
        .find(|(_, lines)| lines.len() <= 2)
        .unwrap_or_else(|| (30, measure.wrap(&title, 30, true, ROOM)));
    let mut y = 112.0;
    for line in lines {
        text(&mut svg, LEFT, y, size, true, INK, &line);
        y += f64::from(size) * 1.25;
    }

    let (top, bottom) = (y - 4.0, 526.0);
    let row = ((bottom - top) / rows.len().max(1) as f64).min(84.0);
    if let Some(band) = band {
        let (from, to) = (x(band.low), x(band.high));
        svg += &format!("<rect x=\"{from:.1}\" y=\"{top:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"#e9e4d8\"/>\n", to - from, bottom - top);
        let label = w.fill(
            Word::ImageBand,
            &[("range", &range(w, band.low, band.high))],
        );
        let _ = writeln!(svg, "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"15\" fill=\"{MUTED}\" text-anchor=\"middle\">{}</text>", (from + to) / 2.0, bottom + 42.0, escape(&label));
    }
    for tick in scale.ticks() {
        let at = LEFT + BARS * scale.position(tick);
        svg += &format!("<line x1=\"{at:.1}\" y1=\"{top:.1}\" x2=\"{at:.1}\" y2=\"{bottom:.1}\" stroke=\"#d8d4cc\"/>\n");
        svg += &format!("<text x=\"{at:.1}\" y=\"{:.1}\" font-size=\"14\" fill=\"{MUTED}\" text-anchor=\"middle\">{}</text>\n", bottom + 20.0, compact(w, tick));
    }
    for (i, e) in rows.iter().enumerate() {
        draw_row(&mut svg, w, measure, e, top + row * i as f64 + 20.0, &x);
    }
    let footer = w.fill(Word::ImageFooter, &[("url", site.canonical_url)]);
    let size = measure.fitting(&footer, 15, false, ROOM);
    text(&mut svg, LEFT, 606.0, size, false, MUTED, &footer);
    svg + "</svg>\n"
}

/// Category, then source and date, then the bar from zero with the figure as stated.
fn draw_row(
    svg: &mut String,
    w: &Words,
    measure: &Measure,
    e: &Estimate,
    y: f64,
    x: &dyn Fn(u32) -> f64,
) {
    let colour = category_colour(e.category);
    text(
        svg,
        LEFT,
        y,
        17,
        true,
        &colour,
        w.get(Word::category(e.category)),
    );
    let source = format!("{}, {}", e.source, w.date(e.date));
    let size = measure.fitting(&source, 15, false, ROOM);
    text(svg, LEFT, y + 21.0, size, false, MUTED, &source);
    let bar = y + 32.0;
    // A minimum ("at least", a count of names) is hollow, as on the page.
    let (fill, stroke) = if e.minimum {
        ("#fbfaf7", colour.as_str())
    } else {
        (colour.as_str(), colour.as_str())
    };
    let _ = writeln!(svg, "<rect x=\"{LEFT}\" y=\"{bar:.1}\" width=\"{:.1}\" height=\"14\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"2\"/>", (x(e.high) - LEFT).max(2.0));
    if e.low < e.high {
        let _ = writeln!(
            svg,
            "<rect x=\"{LEFT}\" y=\"{bar:.1}\" width=\"{:.1}\" height=\"14\" fill=\"{colour}\"/>",
            x(e.low) - LEFT
        );
    }
    let figure = LEFT + BARS + 28.0;
    let room = f64::from(WIDTH) - LEFT - figure;
    let stated = format!("{} {}", stated_figure(w, e), quoted_word(w, e));
    let size = measure.fitting(&stated, 18, true, room);
    text(svg, figure, bar + 13.0, size, true, INK, &stated);
    if let Some(reading) = our_reading(w, e) {
        let size = measure.fitting(&reading, 14, false, room);
        text(svg, figure, bar + 33.0, size, false, MUTED, &reading);
    }
}

pub fn text(svg: &mut String, x: f64, y: f64, size: u32, bold: bool, fill: &str, words: &str) {
    let weight = if bold { " font-weight=\"bold\"" } else { "" };
    let _ = writeln!(
        svg,
        "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"{size}\"{weight} fill=\"{fill}\">{}</text>",
        escape(words)
    );
}

/// Lines of at most `width` characters, broken between words.
pub fn wrap(words: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in words.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// `--cat-russia: #c0440a;` in style/main.css: its first (light-theme) value.
pub fn category_colour(category: Category) -> String {
    let property = format!("--cat-{}:", category.key());
    let after = CSS
        .split_once(&property)
        .unwrap_or_else(|| panic!("style/main.css defines no {property}"))
        .1;
    after
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_owned()
}

pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
