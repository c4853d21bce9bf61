//! The model as the browser tests read it (the `facts` binary's JSON): keyed enums as
//! their keys, dates as ISO dates, the words as `section.key` → their template (or their
//! plural forms).

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::{
    Category, Locale, Measure, NoteKind, Panel, PartialDate, Plural, Qualifier, Text, Word, Words,
};

macro_rules! as_key {
    ($($name:ident),+) => {
        $(impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.key())
            }
        })+
    };
}

as_key!(Category, Locale, Measure, NoteKind, Panel, Plural, Qualifier);

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.iso())
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Text::One(text) => serializer.serialize_str(text),
            Text::Counted(forms) => {
                let mut map = serializer.serialize_map(Some(forms.len()))?;
                for (plural, text) in *forms {
                    map.serialize_entry(plural.key(), text)?;
                }
                map.end()
            }
        }
    }
}

impl Serialize for Words {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(Word::ALL.len() + 1))?;
        map.serialize_entry("locale", &self.locale)?;
        for (word, text) in Word::ALL.iter().zip(self.texts) {
            map.serialize_entry(word.key(), text)?;
        }
        map.end()
    }
}
