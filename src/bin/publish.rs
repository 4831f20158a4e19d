//! `publish [DIST]`: the last step of `make dist`, run on the host after Trunk.
//!
//! Reads the data file the built page names (`data-src` on `#eurocloud-compare`), checks
//! it by the bundled data's rules (those of `check-data`: a file with any problem is not
//! published), writes its compact form beside it (`providers.ranking.json` for
//! `providers.json`, see `data::compact`) and points the page at it: `data-ranking` on the
//! mount, and a preload so that it downloads in parallel with the wasm. Then it renders
//! the widget with that data, in its default state (default preset, its weights, the
//! methodology), with the same components on the host (Yew's server renderer, no
//! hydration), into the mount: a visitor without JavaScript or WebAssembly sees the
//! ranking, and everyone sees it at first paint; the widget replaces it with the same
//! rows once it runs. Running it again on the same folder gives the same page.
//!
//! A webmaster who replaces the data file of a built folder runs it again
//! (`cargo run --bin publish -- dist`); one who does not still has a working widget: a
//! compact file made from another data file is not used (it names the file it came
//! from), and the plain file is then read in the browser.
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
    use eurocloud_compare::components::{App, AppProps, Full, Preloaded, ReportSource};
    use eurocloud_compare::data::{audit, compact, json, SourceDate};
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
        let ranking = [full.trim_end_matches(".json"), ".ranking.json"].concat();
        let compact = compact::write(&strict.loaded.dataset, &full);
        write(&ranking, &compact)?;
        let rendered = prerender(compact, full.clone())?;
        let page = mount.with_content(&page, &rendered)?;
        let page = mount.with_attribute(&page, "data-ranking", &ranking);
        let page = with_preload(&page, &ranking);
        write("index.html", &page)?;
        Ok(format!(
            "{full} checked; {ranking} written and preloaded by index.html, the default ranking rendered into it"
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
        /// without JavaScript, or an earlier render).
        fn with_content(&self, page: &str, content: &str) -> Result<String, Vec<String>> {
            let tag = self.tag(page);
            let name: String = tag[1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            let close = ["</", &name, ">"].concat();
            let inner = self.end + 1;
            let end = page[inner..]
                .find(&close)
                .map(|i| inner + i)
                .ok_or_else(|| vec![format!("index.html: the mount <{name}> is not closed")])?;
            Ok([&page[..inner], content, &page[end..]].concat())
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
}
