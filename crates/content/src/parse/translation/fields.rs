//! Any TOML content file as records of text fields, each at its line: what the
//! translation's checks compare, file against file, without knowing each file's shape.

use toml_edit::{ImDocument, Item, Table, Value};

use super::super::fields::from_toml;
use super::super::Errors;

/// One `[[array]]` table with its `id` (or the file's own keys: `array` and `id` empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub array: String,
    pub id: String,
    /// The line of its `id` (1 for the file's own keys).
    pub line: usize,
    /// Every text value under it, `key` as a dotted path: `label`, `link[2].outlet`,
    /// `vietnam.headline`, `casualties.fold.one`.
    pub fields: Vec<Field>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub key: String,
    pub line: usize,
    pub text: String,
}

impl Record {
    pub fn field(&self, key: &str) -> Option<&Field> {
        self.fields.iter().find(|field| field.key == key)
    }

    /// `note "fpif"` in messages; `the file's own keys` for the top record.
    pub fn name(&self) -> String {
        if self.array.is_empty() {
            "the file's own keys".to_owned()
        } else {
            format!("{} \"{}\"", self.array, self.id)
        }
    }
}

/// The file's own keys first, then every record in file order.
pub fn records(file: &str, text: &str) -> Result<Vec<Record>, Errors> {
    // The existing reader names a syntax error's line in the crate's words.
    from_toml::<toml::Table>(file, text)?;
    let document = ImDocument::parse(text)
        .map_err(|e| vec![super::super::ContentError::new(file, 1, e.message())])?;
    let line_of = |span: Option<std::ops::Range<usize>>| {
        span.map_or(1, |span| {
            text[..span.start.min(text.len())].matches('\n').count() + 1
        })
    };
    let mut top = Record {
        array: String::new(),
        id: String::new(),
        line: 1,
        fields: Vec::new(),
    };
    let mut records = Vec::new();
    for (key, item) in document.iter() {
        match item {
            Item::ArrayOfTables(tables) => {
                for table in tables.iter() {
                    let id = table.get("id").and_then(Item::as_value);
                    let mut record = Record {
                        array: key.to_owned(),
                        id: id.and_then(Value::as_str).unwrap_or("").to_owned(),
                        line: line_of(id.and_then(Value::span).or_else(|| table.span())),
                        fields: Vec::new(),
                    };
                    table_fields("", table, &line_of, &mut record.fields);
                    records.push(record);
                }
            }
            _ => item_fields(key, item, &line_of, &mut top.fields),
        }
    }
    records.insert(0, top);
    Ok(records)
}

type LineOf<'a> = dyn Fn(Option<std::ops::Range<usize>>) -> usize + 'a;

fn table_fields(prefix: &str, table: &Table, line_of: &LineOf, out: &mut Vec<Field>) {
    for (key, item) in table.iter().filter(|(key, _)| *key != "id") {
        item_fields(&join(prefix, key), item, line_of, out);
    }
}

fn item_fields(key: &str, item: &Item, line_of: &LineOf, out: &mut Vec<Field>) {
    match item {
        Item::Value(value) => value_fields(key, value, line_of, out),
        Item::Table(table) => table_fields(key, table, line_of, out),
        Item::ArrayOfTables(tables) => {
            for (i, table) in tables.iter().enumerate() {
                table_fields(&format!("{key}[{}]", i + 1), table, line_of, out);
            }
        }
        Item::None => {}
    }
}

fn value_fields(key: &str, value: &Value, line_of: &LineOf, out: &mut Vec<Field>) {
    match value {
        Value::String(text) => out.push(Field {
            key: key.to_owned(),
            line: line_of(text.span()),
            text: text.value().clone(),
        }),
        Value::InlineTable(table) => {
            for (inner, value) in table.iter() {
                value_fields(&join(key, inner), value, line_of, out);
            }
        }
        // Numbers, booleans, dates and arrays are data, never words.
        _ => {}
    }
}

fn join(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_owned()
    } else {
        format!("{prefix}.{key}")
    }
}
