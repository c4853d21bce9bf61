//! The pym.js 1.3 child protocol, as plain functions (tested in tests/business.rs).
//!
//! A pym parent loads the frame with `?childId=<id>` and sends
//! `pymxPYMx<id>xPYMxwidthxPYMx<px>`; the child answers with
//! `pymxPYMx<id>xPYMxheightxPYMx<px>` whenever its height may have changed.
//! Anything else is ignored: nothing received is ever evaluated or injected.

const SEPARATOR: &str = "xPYMx";
/// No real message comes near this; anything longer is dropped unread.
const MAX_MESSAGE: usize = 256;

/// The frame's pym id from its query string, if it is a sane one.
pub fn child_id(query: &str) -> Option<String> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let value = query
        .split('&')
        .find_map(|pair| pair.strip_prefix("childId="))?;
    let id = percent_decode(value)?;
    let sane = !id.is_empty()
        && id.len() <= 100
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    sane.then_some(id)
}

/// The message that tells the parent our height.
pub fn height_message(id: &str, height: u32) -> String {
    format!("pym{SEPARATOR}{id}{SEPARATOR}height{SEPARATOR}{height}")
}

/// Whether `message` is the parent telling this child its width.
pub fn is_width_message(message: &str, id: &str) -> bool {
    if message.len() > MAX_MESSAGE {
        return false;
    }
    let mut parts = message.split(SEPARATOR);
    let shape = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    );
    matches!(shape, (Some("pym"), Some(child), Some("width"), Some(width), None)
        if child == id && !width.is_empty() && width.len() <= 6 && width.bytes().all(|b| b.is_ascii_digit()))
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}
