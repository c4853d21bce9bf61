//! `article.md`: a title, header fields, then headings, paragraphs, quotes and a credit.

use super::inline::{parse_inlines, MarkerAt};
use super::{leak, leak_slice, ContentError, Errors};
use crate::{Article, Block, Inline, Panel};

pub struct ParsedArticle {
    /// `notes` is still empty: notes come from the other file.
    pub article: Article,
    /// Every marker, in reading order.
    pub markers: Vec<MarkerAt>,
    /// Where each panel sits: the number of markers before it.
    pub panels: Vec<(Panel, usize)>,
}

/// Lines of text, each with its line number in the file.
type NumberedLines<'a> = Vec<(usize, &'a str)>;

/// A run of non-blank lines, with the number of its first line.
pub(super) struct Chunk<'a> {
    pub line: usize,
    pub lines: Vec<&'a str>,
}

pub fn parse(file: &str, text: &str) -> Result<ParsedArticle, Errors> {
    let mut parser = Parser {
        file,
        errors: Errors::new(),
        markers: Vec::new(),
        panels: Vec::new(),
    };
    let mut chunks = chunks(text).into_iter();
    let title = parser.title(chunks.next());
    if !parser.errors.is_empty() {
        // Without a title line, every later line would be misread as a header.
        return Err(parser.errors);
    }
    let (standfirst, origin) = parser.header(chunks.next());
    let blocks: Vec<Block> = chunks.filter_map(|chunk| parser.block(&chunk)).collect();
    if blocks.is_empty() && parser.errors.is_empty() {
        parser.error(
            text.lines().count(),
            "the article has no text after its header",
        );
    }
    if !parser.errors.is_empty() {
        return Err(parser.errors);
    }
    Ok(ParsedArticle {
        article: Article {
            title,
            standfirst,
            origin,
            sections: leak_slice(
                blocks
                    .iter()
                    .filter_map(|block| match block {
                        Block::Heading(text) => Some(leak(Block::slug(text))),
                        _ => None,
                    })
                    .collect(),
            ),
            blocks: leak_slice(blocks),
            notes: &[],
        },
        markers: parser.markers,
        panels: parser.panels,
    })
}

pub(super) fn chunks(text: &str) -> Vec<Chunk<'_>> {
    let mut chunks: Vec<Chunk> = Vec::new();
    let mut in_chunk = false;
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            in_chunk = false;
        } else if in_chunk {
            chunks.last_mut().expect("in a chunk").lines.push(line);
        } else {
            chunks.push(Chunk {
                line: i + 1,
                lines: vec![line],
            });
            in_chunk = true;
        }
    }
    chunks
}

struct Parser<'f> {
    file: &'f str,
    errors: Errors,
    markers: Vec<MarkerAt>,
    panels: Vec<(Panel, usize)>,
}

impl Parser<'_> {
    fn error(&mut self, line: usize, message: impl Into<String>) {
        self.errors
            .push(ContentError::new(self.file, line, message));
    }

    fn title(&mut self, chunk: Option<Chunk>) -> &'static str {
        match chunk.as_ref().map(|c| (c.line, c.lines.as_slice())) {
            Some((_, [line])) if line.starts_with("# ") && !line[2..].trim().is_empty() => {
                leak(line[2..].trim().to_owned())
            }
            Some((line, _)) => {
                self.error(line, "the article must start with its title on one line, as '# Title', followed by a blank line");
                ""
            }
            None => {
                self.error(1, "the file is empty: it must start with '# Title'");
                ""
            }
        }
    }

    fn header(&mut self, chunk: Option<Chunk>) -> (&'static [Inline], &'static [Inline]) {
        let (mut standfirst, mut origin) = (None, None);
        let Some(chunk) = chunk else {
            self.error(
                1,
                "the header is missing: after the title, add 'standfirst: …' and 'origin: …' lines",
            );
            return (&[], &[]);
        };
        for (offset, line) in chunk.lines.iter().enumerate() {
            let number = chunk.line + offset;
            let (slot, value) = match line.split_once(": ") {
                Some(("standfirst", value)) => (&mut standfirst, value),
                Some(("origin", value)) => (&mut origin, value),
                _ => {
                    self.error(number, format!("'{line}' is not a header field: the lines after the title must be 'standfirst: …' and 'origin: …'"));
                    continue;
                }
            };
            *slot = Some(self.inlines(&[(number, value)]));
        }
        let mut required = |field: Option<&'static [Inline]>, name: &str| {
            field.unwrap_or_else(|| {
                self.error(chunk.line, format!("the header has no '{name}: …' line"));
                &[]
            })
        };
        (
            required(standfirst, "standfirst"),
            required(origin, "origin"),
        )
    }

    fn block(&mut self, chunk: &Chunk) -> Option<Block> {
        let numbered = |prefix: &str| -> Option<Vec<(usize, &str)>> {
            chunk
                .lines
                .iter()
                .enumerate()
                .map(|(i, l)| Some((chunk.line + i, l.strip_prefix(prefix)?)))
                .collect()
        };
        let first = chunk.lines[0];
        if let Some(heading) = first.strip_prefix("## ") {
            return self.heading(chunk, heading);
        }
        if let Some(name) = first.strip_prefix("@panel ") {
            let panel = Panel::ALL.into_iter().find(|p| p.key() == name.trim());
            if panel.is_none() || chunk.lines.len() > 1 {
                let known: Vec<_> = Panel::ALL.iter().map(|p| p.key()).collect();
                self.error(chunk.line, format!("'{first}' is not a panel: write '@panel NAME' on a line of its own (NAME is one of: {})", known.join(", ")));
            }
            if let Some(panel) = panel {
                if self.panels.iter().any(|(placed, _)| *placed == panel) {
                    self.error(
                        chunk.line,
                        format!(
                            "the {} panel is already placed; each panel appears once",
                            panel.key()
                        ),
                    );
                }
                self.panels.push((panel, self.markers.len()));
            }
            return panel.map(Block::Panel);
        }
        if first.starts_with('#') {
            self.error(
                chunk.line,
                "only one title ('# ') is allowed; a section heading starts with '## '",
            );
            return None;
        }
        let (lines, make): (NumberedLines, fn(&'static [Inline]) -> Block) = if first
            .starts_with('>')
        {
            match numbered(">") {
                Some(lines) => (lines, Block::Quote),
                None => {
                    let stray = chunk
                        .lines
                        .iter()
                        .position(|l| !l.starts_with('>'))
                        .unwrap_or(0);
                    self.error(chunk.line + stray, "every line of a quotation must start with '>' (or add a blank line before this one)");
                    return None;
                }
            }
        } else if let Some(rest) = first.strip_prefix("-- ") {
            let mut lines = vec![(chunk.line, rest)];
            lines.extend(
                chunk.lines[1..]
                    .iter()
                    .enumerate()
                    .map(|(i, l)| (chunk.line + 1 + i, *l)),
            );
            (lines, Block::Credit)
        } else {
            (
                chunk
                    .lines
                    .iter()
                    .enumerate()
                    .map(|(i, l)| (chunk.line + i, *l))
                    .collect(),
                Block::Paragraph,
            )
        };
        let inlines = self.inlines(&lines);
        if !inlines
            .iter()
            .any(|i| matches!(i, Inline::Text(t) if !t.trim().is_empty()))
        {
            self.error(chunk.line, "this block has no text");
        }
        Some(make(inlines))
    }

    fn heading(&mut self, chunk: &Chunk, heading: &str) -> Option<Block> {
        if chunk.lines.len() > 1 {
            self.error(
                chunk.line + 1,
                "a heading is one line: add a blank line after it",
            );
        }
        if heading.contains("[^") {
            self.error(
                chunk.line,
                "note markers belong in the text, not in a heading",
            );
        }
        if heading.trim().is_empty() {
            self.error(chunk.line, "the heading is empty");
        }
        Some(Block::Heading(leak(heading.trim().to_owned())))
    }

    fn inlines(&mut self, lines: &[(usize, &str)]) -> &'static [Inline] {
        parse_inlines(self.file, lines, None, &mut self.errors, &mut self.markers)
    }
}
