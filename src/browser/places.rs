//! Pieces of a drawing with two sets of places: the ones they are drawn at, and the
//! ones an attribute of theirs lists (`name=value name=value`). Read once, at start,
//! so a switch only writes attributes.

use web_sys::Element;

use super::query_all;

/// One attribute of one piece: its name, its value as drawn, its other value.
type Place = (String, String, String);

pub struct TwoPlaces {
    pieces: Vec<(Element, Vec<Place>)>,
}

impl TwoPlaces {
    /// Every element within `root` that carries `attribute` (whose selector is
    /// `selector`), with its places as drawn and as that attribute lists them.
    pub fn read(root: &Element, attribute: &str, selector: &str) -> TwoPlaces {
        let pieces = query_all(root, selector).into_iter().map(|piece| {
            let listed = piece.get_attribute(attribute).unwrap_or_default();
            let places = listed
                .split_whitespace()
                .filter_map(|pair| pair.split_once('='))
                .filter_map(|(name, other)| {
                    let drawn = piece.get_attribute(name)?;
                    Some((name.to_owned(), drawn, other.to_owned()))
                })
                .collect();
            (piece, places)
        });
        TwoPlaces {
            pieces: pieces.collect(),
        }
    }

    /// Moves every piece to its other places, or back to where it was drawn.
    pub fn show(&self, other: bool) {
        for (piece, places) in &self.pieces {
            for (name, drawn, moved) in places {
                let _ = piece.set_attribute(name, if other { moved } else { drawn });
            }
        }
    }
}
