//! `site.toml`: the edition's locale, the page's title, description, canonical address
//! and site name, the article's date and the reprint it was read in, this edition's
//! dates, the methodology paragraph and the corrections contact.

use serde::Deserialize;
use toml::Spanned;

use super::fields::{from_toml, Fields};
use super::{leak, ContentError, Errors};
use crate::{Locale, Site};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSite {
    locale: Spanned<String>,
    title: Spanned<String>,
    description: Spanned<String>,
    site_name: Spanned<String>,
    canonical_url: Spanned<String>,
    article_date: Spanned<String>,
    original_publisher: Spanned<String>,
    reprint_publisher: Spanned<String>,
    reprint_url: Spanned<String>,
    published: Spanned<String>,
    last_modified: Spanned<String>,
    methodology: Spanned<String>,
    corrections_contact: Spanned<String>,
}

pub fn parse(file: &str, text: &str) -> Result<Site, Errors> {
    let raw: RawSite = from_toml(file, text)?;
    let mut fields = Fields::new(file, text);
    let locale = fields.keyed(&raw.locale, "site", "locale", Locale::En);
    let site = Site {
        locale,
        title: fields.non_empty(&raw.title, "site", "title"),
        description: fields.non_empty(&raw.description, "site", "description"),
        site_name: fields.non_empty(&raw.site_name, "site", "site_name"),
        canonical_url: canonical_url(&mut fields, &raw.canonical_url),
        article_date: fields.day(&raw.article_date, "site: article_date"),
        original_publisher: fields.non_empty(&raw.original_publisher, "site", "original_publisher"),
        reprint_publisher: fields.non_empty(&raw.reprint_publisher, "site", "reprint_publisher"),
        reprint_url: fields.https_url(&raw.reprint_url, "site: reprint_url"),
        published: fields.day(&raw.published, "site: published"),
        last_modified: fields.day(&raw.last_modified, "site: last_modified"),
        methodology: fields.non_empty(&raw.methodology, "site", "methodology"),
        corrections_contact: contact(&mut fields, &raw.corrections_contact),
        notice: None,
        original_title: None,
    };
    edition_dates(&mut fields, &raw, &site);
    if fields.errors.is_empty() {
        Ok(site)
    } else {
        Err(fields.errors)
    }
}

/// The edition cannot be published before the article it annotates, nor change before
/// it is published. Checked only once every field is sound (a date that is not one
/// stands in as 2022-01-01, which must not be reported as out of order too).
fn edition_dates(fields: &mut Fields, raw: &RawSite, site: &Site) {
    if !fields.errors.is_empty() {
        return;
    }
    if site.published < site.article_date {
        fields.error(
            &raw.published,
            format!(
                "site: published {} is before the article's date, article_date {}",
                site.published.iso(),
                site.article_date.iso()
            ),
        );
    }
    if site.last_modified < site.published {
        fields.error(&raw.last_modified, format!("site: last_modified {} is before published {}; the edition cannot change before it appears", site.last_modified.iso(), site.published.iso()));
    }
}

/// An https address; or, for a build the tests serve on this machine (whose embed codes
/// and oEmbed must point where they are served), a local http one, a placeholder that
/// `--publish` refuses like any other.
fn canonical_url(fields: &mut Fields, raw: &Spanned<String>) -> &'static str {
    let url = raw.get_ref();
    let local = ["http://127.0.0.1:", "http://localhost:"]
        .iter()
        .any(|prefix| url.starts_with(prefix) && !url.contains(char::is_whitespace));
    if local {
        leak(url.clone())
    } else {
        fields.https_url(raw, "site")
    }
}

/// Empty means no "report an error" line; otherwise a `mailto:` address or an https page.
fn contact(fields: &mut Fields, raw: &Spanned<String>) -> Option<&'static str> {
    let contact = raw.get_ref().trim();
    if contact.is_empty() {
        return None;
    }
    let address = contact.strip_prefix("mailto:");
    let is_mail = address.is_some_and(|a| {
        a.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
    });
    let is_web = contact.starts_with("https://") && contact.len() > "https://".len();
    if !(is_mail || is_web) || contact.contains(char::is_whitespace) {
        fields.error(raw, format!("site: corrections_contact \"{contact}\" must be a mailto: address (mailto:desk@example.org) or a full https:// address, or empty"));
    }
    Some(leak(contact.to_owned()))
}

/// An address on a host reserved for examples (RFC 2606, RFC 6761) or on this machine
/// is a placeholder: a page published with it would point shares and search engines
/// at nothing.
pub fn is_placeholder(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest
        .split(['/', ':', '?', '#'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let reserved = ["example.org", "example.com", "example.net", "localhost"];
    host.is_empty()
        || host == "127.0.0.1"
        || reserved
            .iter()
            .any(|name| host == *name || host.ends_with(&format!(".{name}")))
        || [".example", ".test", ".invalid", ".localhost"]
            .iter()
            .any(|tld| host.ends_with(tld))
}

/// `site.toml:8: canonical_url "https://example.org/…" is still a placeholder…`, when it is.
pub fn placeholder_address(file: &str, text: &str) -> Option<ContentError> {
    let raw: RawSite = from_toml(file, text).ok()?;
    let url = raw.canonical_url.get_ref();
    let line = Fields::new(file, text).line(&raw.canonical_url);
    is_placeholder(url).then(|| {
        ContentError::new(file, line, format!("canonical_url \"{url}\" is still a placeholder: set the page's real address before publishing (./x build --publish refuses until then)"))
    })
}
