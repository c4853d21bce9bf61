//! `site.toml`: the page's title, description, canonical address and site name.

use serde::Deserialize;
use toml::Spanned;

use super::fields::{from_toml, Fields};
use super::Errors;
use crate::Site;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSite {
    title: Spanned<String>,
    description: Spanned<String>,
    site_name: Spanned<String>,
    canonical_url: Spanned<String>,
}

pub fn parse(file: &str, text: &str) -> Result<Site, Errors> {
    let raw: RawSite = from_toml(file, text)?;
    let mut fields = Fields::new(file, text);
    let site = Site {
        title: fields.non_empty(&raw.title, "site", "title"),
        description: fields.non_empty(&raw.description, "site", "description"),
        site_name: fields.non_empty(&raw.site_name, "site", "site_name"),
        canonical_url: fields.https_url(&raw.canonical_url, "site"),
    };
    if fields.errors.is_empty() { Ok(site) } else { Err(fields.errors) }
}
