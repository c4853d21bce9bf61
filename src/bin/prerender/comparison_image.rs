//! The comparison as an image, drawn like the casualty chart (chart_image.rs): its
//! heading, then each dimension with the two sides' headline figures, and the line
//! that says where every point's sources are. Written as `comparison-chart.svg` and
//! `.png`, 1200 px wide and as tall as its rows: the download beside the table, and the
//! picture a CMS shows for the comparison's embed (its oEmbed thumbnail).

use content::parse::Content;
use content::{Category, Word};

use crate::chart_image::{
    category_colour, draw, options, text, wrap, INK, LEFT, MUTED, SVG_NAMESPACE, WIDTH,
};

/// Where each column starts, and how many characters a line of it holds.
const VIETNAM: f64 = 360.0;
const RUSSIA: f64 = 790.0;
const NAME_CHARS: usize = 24;
const CELL_CHARS: usize = 42;
const LINE: f64 = 21.0;

pub struct ComparisonImage {
    pub svg: String,
    pub png: Vec<u8>,
    pub height: u32,
}

pub fn comparison_chart(content: &'static Content) -> ComparisonImage {
    let (source, height) = svg_source(content);
    let (svg, png) = draw(&source, &options(), WIDTH, height);
    ComparisonImage { svg, png, height }
}

/// The SVG with live text, and its height.
fn svg_source(content: &'static Content) -> (String, u32) {
    let (w, site, comparison) = (&content.words, &content.site, &content.comparison);
    let mut body = String::new();
    let points = w.count(Word::ComparisonPoints, comparison.dimensions.len() as u64);
    let kicker = w.fill(
        Word::ComparisonImageKicker,
        &[("site", site.site_name), ("points", &points)],
    );
    text(&mut body, LEFT, 62.0, 18, false, MUTED, &kicker);
    let mut y = 112.0;
    for line in wrap(w.get(Word::ComparisonTitle), 48) {
        text(&mut body, LEFT, y, 36, true, INK, &line);
        y += 46.0;
    }
    let (vietnam, russia) = (
        category_colour(Category::West),
        category_colour(Category::Russia),
    );
    y += 8.0;
    let header = y;
    let heads = [
        (VIETNAM, comparison.vietnam, &vietnam),
        (RUSSIA, comparison.russia, &russia),
    ];
    for (x, side, colour) in heads {
        for (i, line) in wrap(side, CELL_CHARS).iter().enumerate() {
            text(&mut body, x, y + LINE * i as f64, 17, true, colour, line);
        }
    }
    y += LINE * 2.0;
    for dimension in comparison.dimensions {
        rule(&mut body, y - 6.0);
        let name = wrap(dimension.name, NAME_CHARS);
        let cells = [
            (VIETNAM, wrap(dimension.vietnam.headline, CELL_CHARS)),
            (RUSSIA, wrap(dimension.russia.headline, CELL_CHARS)),
        ];
        for (i, line) in name.iter().enumerate() {
            text(
                &mut body,
                LEFT,
                y + 14.0 + LINE * i as f64,
                16,
                true,
                INK,
                line,
            );
        }
        for (x, lines) in &cells {
            for (i, line) in lines.iter().enumerate() {
                text(
                    &mut body,
                    *x,
                    y + 14.0 + LINE * i as f64,
                    15,
                    false,
                    INK,
                    line,
                );
            }
        }
        let lines = cells
            .iter()
            .map(|(_, lines)| lines.len())
            .chain([name.len()])
            .max()
            .unwrap_or(1);
        y += LINE * lines as f64 + 18.0;
    }
    // The sides' colours down their columns, as the table on the page has them.
    for (x, _, colour) in heads {
        body += &format!(
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"3\" height=\"{:.1}\" fill=\"{colour}\"/>\n",
            x - 14.0,
            header - 16.0,
            y - header,
        );
    }
    let footer = w.fill(Word::ComparisonImageFooter, &[("url", site.canonical_url)]);
    text(&mut body, LEFT, y + 30.0, 15, false, MUTED, &footer);
    let height = (y + 60.0).ceil() as u32;
    let svg = format!(
        "<svg xmlns=\"{SVG_NAMESPACE}\" width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\" font-family=\"DejaVu Sans\">\n\
         <rect width=\"{WIDTH}\" height=\"{height}\" fill=\"#fbfaf7\"/>\n{body}</svg>\n"
    );
    (svg, height)
}

/// A hairline across the image between two dimensions.
fn rule(svg: &mut String, y: f64) {
    let right = f64::from(WIDTH) - LEFT;
    svg.push_str(&format!(
        "<line x1=\"{LEFT}\" y1=\"{y:.1}\" x2=\"{right}\" y2=\"{y:.1}\" stroke=\"#d8d4cc\"/>\n"
    ));
}
