//! The report: what a visitor reads to justify a ranking (a provider in full, providers
//! side by side, how sure the ranking is) and what they take away (a CSV file, a scenario
//! file that loads back, a printed report).
//!
//! None of it is needed to move the weights and see the ranking, so it ships as a second
//! wasm module (`src/bin/eurocloud-report.rs`), downloaded the first time a visitor asks
//! for any of it: the first load stays small. The two modules share no memory, only text:
//! the report reads the same data file, and every answer is computed from the URL fragment
//! that already carries the shared state (`state::fragment`), plus a request naming what
//! to compute (`Request`).

mod analysis;
mod browser;
mod detail;
pub mod export;
mod ordering;
mod print;
mod requirements;
mod side_by_side;

pub use export::Imported;

use crate::i18n::I18n;
use crate::markup::Markup;
use crate::state::{AppState, DatasetHandle};

/// What the widget asks the report for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// The analysis disclosure, at an uncertainty (percent) and for two providers
    /// (positions in the ranking).
    Analysis {
        uncertainty: u8,
        pair: (usize, usize),
    },
    /// The details of the provider the fragment opens (`p=`).
    Detail,
    /// The providers the fragment compares (`s=`), side by side.
    Compare,
    /// The ranking as CSV, with the scenario that made it.
    Csv,
    /// The scenario as JSON, which `Report::scenario_fragment` reads back.
    Scenario,
    /// The printed report.
    Print,
    /// The ordering panel, for the criteria in this order (indexes, most important first).
    Order(Vec<usize>),
    /// The requirements panel, with the fragment's requirements.
    Requirements,
}

impl Request {
    /// Reads a request as `Display` writes it (`analysis:20:0:1`, `detail`, `csv`...).
    pub fn parse(text: &str) -> Option<Request> {
        let mut parts = text.split(':');
        let request = match parts.next()? {
            "analysis" => {
                let mut number = || parts.next()?.parse::<usize>().ok();
                let uncertainty = u8::try_from(number()?).ok()?.min(100);
                let pair = (number()?, number()?);
                Request::Analysis { uncertainty, pair }
            }
            "detail" => Request::Detail,
            "compare" => Request::Compare,
            "csv" => Request::Csv,
            "scenario" => Request::Scenario,
            "print" => Request::Print,
            "requirements" => Request::Requirements,
            "order" => Request::Order(
                parts
                    .next()?
                    .split(',')
                    .map(|i| i.parse().ok())
                    .collect::<Option<_>>()?,
            ),
            _ => return None,
        };
        parts.next().is_none().then_some(request)
    }

    /// For an export, the file it is saved as: its name (the date goes after it), its
    /// extension and its media type.
    pub fn file(&self) -> Option<(&'static str, &'static str, &'static str)> {
        match self {
            Request::Csv => Some(("eurocloud-ranking", "csv", "text/csv;charset=utf-8")),
            Request::Scenario => Some(("eurocloud-scenario", "json", "application/json")),
            _ => None,
        }
    }
}

impl std::fmt::Display for Request {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Request::Analysis { uncertainty, pair } => {
                write!(f, "analysis:{uncertainty}:{}:{}", pair.0, pair.1)
            }
            Request::Detail => f.write_str("detail"),
            Request::Compare => f.write_str("compare"),
            Request::Csv => f.write_str("csv"),
            Request::Scenario => f.write_str("scenario"),
            Request::Print => f.write_str("print"),
            Request::Requirements => f.write_str("requirements"),
            Request::Order(order) => {
                let order: Vec<String> = order.iter().map(usize::to_string).collect();
                write!(f, "order:{}", order.join(","))
            }
        }
    }
}

/// When and where an answer is made: the exports and the printed report carry both.
pub struct Stamp<'a> {
    /// The date, YYYY-MM-DD.
    pub today: &'a str,
    /// The address, without fragment, of the page a link to a state opens: one that shows
    /// the widget with this data and reads its fragment; `None` where there is none (an
    /// element showing a portal's own file names none: `components::LinkPage`).
    pub page: Option<&'a str>,
}

impl Stamp<'_> {
    /// The address that reopens the state of `fragment`, if there is a page to open it.
    pub fn link(&self, fragment: &str) -> Option<String> {
        Some(crate::state::link(self.page?, fragment))
    }
}

/// Reads a plain data file for a widget that was given one (a portal's own): its compact
/// form (`data::compact`) and the warnings about what was set aside, or every problem that
/// makes it unusable, each with its place in the file, in the visitor's language. JSON
/// text: `{"compact": …, "warnings": […]}` or `{"problems": […]}`.
pub fn check(i18n: &I18n, text: &str, full: &str) -> String {
    use serde_json::json;
    let said = |problems: &[crate::data::Problem]| -> Vec<String> {
        problems.iter().map(|p| i18n.data_problem(p)).collect()
    };
    match crate::data::parse(text) {
        Ok(loaded) => json!({
            "compact": crate::data::compact::document(&loaded.dataset, full),
            "warnings": said(&loaded.warnings),
        }),
        Err(problems) => json!({ "problems": said(&problems) }),
    }
    .to_string()
}

/// One data file, ready to answer requests about any state of it.
#[derive(Clone)]
pub struct Report {
    i18n: I18n,
    dataset: DatasetHandle,
    /// Prefix for element ids, the widget's.
    prefix: String,
}

impl Report {
    pub fn new(i18n: I18n, dataset: DatasetHandle, prefix: &str) -> Report {
        Report {
            i18n,
            dataset,
            prefix: prefix.to_owned(),
        }
    }

    /// Reads the data file the widget shows (already checked by the widget: a problem
    /// here is only reported).
    pub fn from_text(i18n: I18n, text: &str, prefix: &str) -> Result<Report, String> {
        match crate::data::parse(text) {
            Ok(loaded) => Ok(Report::new(
                i18n,
                DatasetHandle::new(loaded.dataset),
                prefix,
            )),
            Err(problems) => Err(problems
                .iter()
                .map(|p| i18n.data_problem(p))
                .collect::<Vec<_>>()
                .join("; ")),
        }
    }

    pub fn dataset(&self) -> &DatasetHandle {
        &self.dataset
    }

    /// The state a fragment describes (what cannot be used in it is left out, as in the
    /// widget).
    pub fn state(&self, fragment: &str) -> AppState {
        AppState::from_fragment(self.dataset.clone(), fragment)
    }

    /// The answer to `request` for the state in `fragment`: markup for the views, the
    /// file's text for the exports, dated and linked by `stamp`.
    pub fn answer(&self, fragment: &str, request: Request, stamp: &Stamp) -> String {
        let today = stamp.today;
        let state = self.state(fragment);
        let (i18n, prefix) = (&self.i18n, self.prefix.as_str());
        let mut m = Markup::default();
        match request {
            Request::Analysis { uncertainty, pair } => {
                if let Ok(ranking) = &state.ranking {
                    let subject = analysis::Analysed {
                        i18n,
                        scope: &state.scope,
                        members: &state.members,
                        method: state.method,
                        missing: state.missing,
                        weights: &state.weights,
                        ranking,
                    };
                    analysis::analysis(&mut m, &subject, uncertainty, pair, prefix);
                }
            }
            Request::Detail => {
                if let Some(provider) = state.selected {
                    detail::provider_detail(&mut m, i18n, &state, provider, prefix, today);
                }
            }
            Request::Compare => side_by_side::side_by_side(&mut m, i18n, &state, prefix),
            Request::Csv => {
                let link = stamp.link(&state.fragment());
                return export::csv(i18n, &state, today, link.as_deref());
            }
            Request::Scenario => return export::scenario(&state, today),
            Request::Print => {
                let link = stamp.link(&state.fragment());
                print::print_report(&mut m, i18n, &state, today, link.as_deref())
            }
            Request::Requirements => {
                let (dataset, filters) = (&state.dataset, &state.filters);
                let active = state.active_profile();
                requirements::requirements(&mut m, i18n, dataset, filters, active, prefix);
            }
            Request::Order(order) => {
                // Only a whole order of this data file's criteria.
                let n = self.dataset.criteria.len();
                let mut seen = vec![false; n];
                let whole = order.len() == n
                    && order
                        .iter()
                        .all(|&c| c < n && !std::mem::replace(&mut seen[c], true));
                if whole {
                    ordering::order_controls(&mut m, i18n, &self.dataset, &order, prefix);
                }
            }
        }
        m.into_string()
    }

    /// The fragment a scenario file (`Request::Scenario`) describes, or what is wrong
    /// with the file, in the visitor's language.
    pub fn scenario_fragment(&self, json: &str) -> Result<Imported, String> {
        export::scenario_fragment(&self.i18n, &self.dataset, json)
    }
}
