//! `publish [DIST]`: the last step of `make dist`, run on the host after Trunk.
//!
//! Reads the data file the built page names (`data-src` on `#eurocloud-compare`), checks
//! it by the bundled data's rules (those of `check-data`: a file with any problem is not
//! published), writes its compact form (see `data::compact`) into the mount, as a JSON
//! data block the widget starts from, and renders beside it the widget in its default state (default preset, its
//! weights, the methodology) with the same components on the host (Yew's server renderer,
//! no hydration): a visitor without JavaScript or WebAssembly sees the ranking, everyone
//! sees it at first paint, and the widget replaces it with the same rows once it runs,
//! with no request for its data. Running it again on the same folder gives the same page.
//!
//! A webmaster who publishes another data file runs it again (`cargo run --bin publish --
//! dist`). Compact data made from another file than the one `data-src` names is not used
//! (it names the file it came from): the plain file is then read in the browser.
//!
//! Host only: on wasm32 it builds to nothing (Yew's server renderer is a host feature).

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    host::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod host {
    use eurocloud_compare::components::{App, AppProps, Full, LinkPage, Preloaded, ReportSource};
    use eurocloud_compare::data::{audit, compact, json, SourceDate};
    use eurocloud_compare::embed::DATA_CLASS;
    use eurocloud_compare::i18n::I18n;
    use eurocloud_compare::state::DatasetHandle;
    use std::path::Path;
    use std::process::ExitCode;
    use yew::AttrValue;

    /// The id of the mount point (`embed::MOUNT_ID`).
    const MOUNT: &str = "eurocloud-compare";

    pub fn main() -> ExitCode {
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
        let compact = compact::write(&strict.loaded.dataset, &full);
        let rendered = prerender(compact.clone(), full.clone())?;
        // The data goes into the page, beside the ranking made of it: no request for it, and
        // brotli compresses the two together (1.3 KB less than a file of its own).
        // Every `<` is written `\u003c` (in JSON, `<` is only ever inside a string), so that
        // no text in the data can end the script element or open a tag.
        let data = format!(
            "<script type=\"application/json\" class=\"{DATA_CLASS}\">{}</script>",
            compact.replace('<', "\\u003c")
        );
        let page = mount.with_content(&page, &[data, rendered].concat())?;
        write("index.html", &page)?;
        // The same compact form as a file beside the plain one, for the widgets a portal
        // embeds as `<eurocloud-compare>` without a data file of its own.
        let beside = compact_name(&full);
        write(&beside, &compact)?;
        Ok(format!(
            "{full} checked; its compact form written into {beside} and, with the default ranking, into index.html"
        ))
    }

    /// The widget in its default state, from the compact file as the browser reads it, as
    /// HTML. (The renderer takes a `Send` maker of props: the text goes in, the dataset is
    /// read inside.)
    fn prerender(compact: String, full: String) -> Result<String, Vec<String>> {
        let tree =
            json::tree(&compact).map_err(|_| vec!["the compact form is not JSON".to_owned()])?;
        compact::read(&tree).map_err(|e| vec![e])?;
        let renderer = yew::ServerRenderer::<App>::with_props(move || {
            let tree = json::tree(&compact).unwrap_or(json::Value::Null);
            let dataset = compact::read(&tree).map(|(d, _)| d);
            let full = AttrValue::from(full);
            AppProps {
                data_url: full.clone(),
                ranking_url: None,
                initial_fragment: AttrValue::default(),
                settings: None,
                link: LinkPage::Here,
                id_prefix: AttrValue::Static("ecc"),
                i18n: I18n::english(),
                report: ReportSource::OnDemand,
                preloaded: dataset.ok().map(|dataset| Preloaded {
                    dataset: DatasetHandle::new(dataset),
                    full: Full::Url(full),
                }),
            }
        })
        .hydratable(false);
        Ok(futures::executor::block_on(renderer.render()))
    }

    /// The compact file's name beside plain file `full`: `providers.json` gives
    /// `providers.compact.json`.
    fn compact_name(full: &str) -> String {
        let stem = full.strip_suffix(".json").unwrap_or(full);
        [stem, ".compact.json"].concat()
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

        /// The page with `content` inside the mount, in place of what it held (the text shown
        /// without JavaScript, or an earlier render, whatever elements it holds).
        fn with_content(&self, page: &str, content: &str) -> Result<String, Vec<String>> {
            let tag = self.tag(page);
            let name: String = tag[1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            let inner = self.end + 1;
            let end = closing(page, inner, &name)
                .ok_or_else(|| vec![format!("index.html: the mount <{name}> is not closed")])?;
            Ok([&page[..inner], content, &page[end..]].concat())
        }
    }

    /// Where the element `name` whose content starts at `from` is closed: the `</name>`
    /// that balances it, counting the `<name` elements opened inside it.
    fn closing(page: &str, from: usize, name: &str) -> Option<usize> {
        let (open, close) = (["<", name].concat(), ["</", name, ">"].concat());
        let (mut depth, mut at) = (1, from);
        loop {
            let end = at + page[at..].find(&close)?;
            let opened = page[at..end]
                .match_indices(&open)
                .filter(|(i, _)| {
                    let after = page[at + i + open.len()..].chars().next();
                    after.is_some_and(|c| c == '>' || c == '/' || c.is_whitespace())
                })
                .count();
            depth += opened;
            depth -= 1;
            if depth == 0 {
                return Some(end);
            }
            at = end + close.len();
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        const PAGE: &str = "<body><p data-id=eurocloud-compare-x>a</p>\
            <div class=host id=eurocloud-compare data-src='my data.json'>\
            <div><div>old</div><divider></divider></div></div><footer>f</footer></body>";

        #[test]
        fn the_compact_file_is_named_where_the_elements_look_for_it() {
            use eurocloud_compare::embed::{COMPACT_DATA_URL, DEFAULT_DATA_URL};
            assert_eq!(compact_name(DEFAULT_DATA_URL), COMPACT_DATA_URL);
            assert_eq!(compact_name("our-data.json"), "our-data.compact.json");
            assert_eq!(compact_name("data"), "data.compact.json");
        }

        #[test]
        fn the_mount_is_found_by_its_id_quoted_or_not() {
            let mount = Mount::find(PAGE).unwrap();
            assert!(mount
                .tag(PAGE)
                .starts_with("<div class=host id=eurocloud-compare"));
            let quoted = "<main id=\"eurocloud-compare\" data-src=\"x.json\"></main>";
            let mount = Mount::find(quoted).unwrap();
            assert_eq!(
                mount.attribute(quoted, "data-src").as_deref(),
                Some("x.json")
            );
            assert!(Mount::find("<p id=eurocloud-compare-x></p>").is_none());
        }

        #[test]
        fn attributes_are_read_quoted_or_bare() {
            let mount = Mount::find(PAGE).unwrap();
            assert_eq!(
                mount.attribute(PAGE, "data-src").as_deref(),
                Some("my data.json")
            );
            assert_eq!(mount.attribute(PAGE, "class").as_deref(), Some("host"));
            assert_eq!(
                mount.attribute(PAGE, "src"),
                None,
                "only a whole attribute name"
            );
        }

        #[test]
        fn the_content_replaced_is_the_whole_mount_nested_elements_included() {
            let once = Mount::find(PAGE)
                .unwrap()
                .with_content(PAGE, "<div><div>new</div></div>")
                .unwrap();
            assert_eq!(
                once,
                "<body><p data-id=eurocloud-compare-x>a</p>\
                 <div class=host id=eurocloud-compare data-src='my data.json'>\
                 <div><div>new</div></div></div><footer>f</footer></body>"
            );
            let twice = Mount::find(&once)
                .unwrap()
                .with_content(&once, "<div><div>new</div></div>")
                .unwrap();
            assert_eq!(twice, once, "publishing again gives the same page");
        }

        #[test]
        fn a_mount_never_closed_is_an_error() {
            let page = "<div id=eurocloud-compare><div></div>";
            let error = Mount::find(page)
                .unwrap()
                .with_content(page, "x")
                .unwrap_err();
            assert_eq!(error, ["index.html: the mount <div> is not closed"]);
        }
    }
}
