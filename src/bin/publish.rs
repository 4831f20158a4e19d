//! `publish [DIST]`: the last step of `make dist`, run on the host after Trunk.
//!
//! Reads the data file the built page names (`data-src` on `#eurocloud-compare`), checks
//! it by the bundled data's rules (those of `check-data`: a file with any problem is not
//! published), writes its compact form beside it (`providers.ranking.json` for
//! `providers.json`, see `data::compact`) and points the page at it: `data-ranking` on the
//! mount, and a preload so that it downloads in parallel with the wasm. Running it again
//! on the same folder changes nothing more.
//!
//! A webmaster who replaces the data file of a built folder runs it again
//! (`cargo run --bin publish -- dist`); one who does not still has a working widget: a
//! compact file made from another data file is not used (it names the file it came
//! from), and the plain file is then read in the browser.

use eurocloud_compare::data::{audit, compact, SourceDate};
use std::path::Path;
use std::process::ExitCode;

/// The id of the mount point (`embed::MOUNT_ID`).
const MOUNT: &str = "eurocloud-compare";

fn main() -> ExitCode {
    let dist = std::env::args().nth(1).unwrap_or_else(|| "dist".to_owned());
    match publish(Path::new(&dist)) {
        Ok(said) => {
            println!("publish: {said}");
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for error in &errors {
                eprintln!("publish: {error}");
            }
            ExitCode::FAILURE
        }
    }
}

fn publish(dist: &Path) -> Result<String, Vec<String>> {
    let read = |name: &str| {
        std::fs::read_to_string(dist.join(name))
            .map_err(|e| vec![format!("cannot read {}: {e}", dist.join(name).display())])
    };
    let write = |name: &str, text: &str| {
        std::fs::write(dist.join(name), text)
            .map_err(|e| vec![format!("cannot write {}: {e}", dist.join(name).display())])
    };
    let page = read("index.html")?;
    let mount = Mount::find(&page)
        .ok_or_else(|| vec![format!("index.html has no element with id=\"{MOUNT}\"")])?;
    let full = mount
        .attribute(&page, "data-src")
        .unwrap_or_else(|| "providers.json".to_owned());
    if full.contains("://") || full.starts_with('/') || full.contains("..") {
        return Err(vec![format!(
            "data-src=\"{full}\" is not a file of this folder: publish only makes the compact form of one"
        )]);
    }
    let strict = audit::strictly(&read(&full)?, SourceDate::today(), i32::MAX)
        .map_err(|problems| with_file(&full, problems))?;
    if !strict.errors.is_empty() {
        return Err(with_file(&full, strict.errors));
    }
    let ranking = [full.trim_end_matches(".json"), ".ranking.json"].concat();
    write(&ranking, &compact::write(&strict.loaded.dataset, &full))?;
    let page = mount.with_attribute(&page, "data-ranking", &ranking);
    let page = with_preload(&page, &ranking);
    write("index.html", &page)?;
    Ok(format!(
        "{full} checked; {ranking} written and preloaded by index.html"
    ))
}

fn with_file(file: &str, errors: Vec<String>) -> Vec<String> {
    let count = errors.len();
    let mut said: Vec<String> = errors
        .into_iter()
        .map(|e| [file, ": ", &e].concat())
        .collect();
    said.push(format!(
        "{file} is not published: {count} problems (see `make test-data`)"
    ));
    said
}

/// The mount's start tag in the page: where it begins and ends.
struct Mount {
    start: usize,
    /// The index of its closing `>`.
    end: usize,
}

impl Mount {
    /// The start tag holding `id="eurocloud-compare"` (quoted or not, as a minifier
    /// leaves it).
    fn find(page: &str) -> Option<Mount> {
        let quoted = ["id=\"", MOUNT, "\""].concat();
        let at = page.find(quoted.as_str()).or_else(|| {
            let bare = ["id=", MOUNT].concat();
            page.match_indices(bare.as_str())
                .map(|(i, _)| i)
                .find(|&i| {
                    page[i + bare.len()..].starts_with(|c: char| c == '>' || c.is_whitespace())
                })
        })?;
        let start = page[..at].rfind('<')?;
        let end = at + page[at..].find('>')?;
        Some(Mount { start, end })
    }

    fn tag<'p>(&self, page: &'p str) -> &'p str {
        &page[self.start..self.end]
    }

    /// An attribute's value, quoted or not.
    fn attribute(&self, page: &str, name: &str) -> Option<String> {
        let tag = self.tag(page);
        let at = tag
            .match_indices(&[name, "="].concat())
            .map(|(i, _)| i)
            .find(|&i| tag[..i].ends_with(char::is_whitespace))?;
        let rest = &tag[at + name.len() + 1..];
        let value = match rest.chars().next()? {
            quote @ ('"' | '\'') => rest[1..].split(quote).next()?,
            _ => rest.split(|c: char| c.is_whitespace()).next()?,
        };
        Some(value.to_owned())
    }

    /// The page with the attribute set on the mount (replaced if there).
    fn with_attribute(&self, page: &str, name: &str, value: &str) -> String {
        if self.attribute(page, name).as_deref() == Some(value) {
            return page.to_owned();
        }
        let mut tag = self.tag(page).to_owned();
        if let Some(old) = self.attribute(page, name) {
            for written in [format!(" {name}=\"{old}\""), format!(" {name}={old}")] {
                tag = tag.replace(&written, "");
            }
        }
        let tag = tag.trim_end_matches('/').trim_end();
        [
            &page[..self.start],
            tag,
            &format!(" {name}=\"{value}\""),
            &page[self.end..],
        ]
        .concat()
    }
}

/// The page with a preload of the compact file at the top of its head, so the browser
/// requests it while it downloads the wasm.
fn with_preload(page: &str, ranking: &str) -> String {
    let link = format!("<link rel=\"preload\" href=\"{ranking}\" as=\"fetch\" crossorigin>");
    if page.contains(&link) {
        return page.to_owned();
    }
    // After the charset declaration, which must come first, or else before the first link.
    let at = page
        .find("<meta charset")
        .and_then(|i| page[i..].find('>').map(|j| i + j + 1))
        .or_else(|| page.find("<link"))
        .unwrap_or(0);
    [&page[..at], &link, &page[at..]].concat()
}
