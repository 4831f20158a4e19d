//! The data file: parsing providers.json and validating it into a `Dataset`.
//!
//! Nothing downstream ever sees an unvalidated value. A problem that leaves the file
//! unusable (bad JSON, an unknown format version, duplicate criteria) is fatal; a problem
//! with one value or one provider is a warning: that value counts as missing (or that
//! provider is left out), the warning says where, and the rest of the file still works.

pub mod audit;
pub mod compact;
mod date;
// The format's serde types and the schema generated from them: host only (the schema
// generator and the tests), never in the wasm bundle.
#[cfg(not(target_arch = "wasm32"))]
pub mod format;
pub mod json;
mod read;
mod text;

pub use date::SourceDate;
pub use read::{is_valid_id, is_web_url, parse};
pub use text::Text;

/// The only format version this build reads.
use std::rc::Rc;

pub const FORMAT_VERSION: i64 = 1;

/// A validated data file.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    pub meta: Meta,
    pub groups: Vec<Group>,
    pub criteria: Vec<Criterion>,
    pub presets: Vec<Preset>,
    /// Index into `presets` of the weights a visitor starts with.
    pub default_preset: usize,
    /// Ready-made filters (national rules), in the file's order; may be empty.
    pub profiles: Vec<Profile>,
    /// Shared, so that a dataset restricted to some providers copies pointers, not facts.
    pub providers: Vec<Rc<Provider>>,
}

impl Dataset {
    pub fn criterion_index(&self, id: &str) -> Option<usize> {
        self.criteria.iter().position(|c| c.id == id)
    }

    pub fn default_weights(&self) -> &[u8] {
        &self.presets[self.default_preset].weights
    }

    /// Whether criterion `index` is one of the assessment framework's objectives (its
    /// group is marked `framework`): the framework method counts only these, and each
    /// can have a minimum level.
    pub fn in_framework(&self, index: usize) -> bool {
        self.criteria
            .get(index)
            .and_then(|c| self.groups.get(c.group))
            .is_some_and(|g| g.framework)
    }
}

/// What the file says about itself.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    pub title: Text,
    pub version: String,
    /// `None` when the file's date is malformed (a warning says so).
    pub last_updated: Option<SourceDate>,
    /// A URL (https:, mailto:) or a plain-text address where a value can be contested.
    pub contact: String,
    pub description: Option<Text>,
    pub license: Option<String>,
    /// How values were chosen and scores computed, shown in the widget; each line is a
    /// paragraph.
    pub methodology: Option<Text>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub id: String,
    pub label: Text,
    pub description: Option<Text>,
    /// The group holds the objectives of the assessment framework (the Cloud
    /// Sovereignty Framework in the bundled file).
    pub framework: bool,
}

/// Whether more of a criterion is better (a SEAL level) or worse (a price).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Benefit,
    Cost,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Criterion {
    pub id: String,
    pub label: Text,
    pub description: Text,
    /// Index into `Dataset::groups`.
    pub group: usize,
    pub direction: Direction,
    pub scale: Scale,
    pub unit: Option<Text>,
}

/// The declared range of a criterion. Scores are normalised against it, never against
/// the other providers, so hiding a provider cannot change another one's score.
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    pub min: f64,
    /// Always greater than `min`.
    pub max: f64,
    /// Named points of the scale (the SEAL levels), in ascending order of value.
    pub levels: Vec<Level>,
}

impl Scale {
    pub fn level(&self, value: f64) -> Option<&Level> {
        self.levels.iter().find(|l| l.value == value)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Level {
    pub value: f64,
    pub label: Text,
    pub description: Option<Text>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Preset {
    pub id: String,
    pub label: Text,
    pub description: Text,
    /// One whole-number weight 0..=100 per criterion, in the order of `Dataset::criteria`.
    pub weights: Vec<u8>,
    pub source: PresetSource,
}

/// Where a preset's weights come from.
#[derive(Debug, Clone, PartialEq)]
pub struct PresetSource {
    pub title: String,
    pub url: Option<String>,
    pub date: Option<String>,
}

/// What a provider must meet to be ranked. Those that fail are listed apart, with why.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Filters {
    /// The minimum value per criterion, in the dataset's order (0, or a missing entry, is
    /// no minimum). A missing value fails any minimum.
    pub gates: Vec<u8>,
    /// Certifications required, each with its least acceptable status.
    pub required: Vec<Requirement>,
    /// Headquarters in an EU member state.
    pub eu_headquarters: bool,
    /// No parent company (owner) outside the EU; an owner of unknown country fails.
    pub eu_parent: bool,
    /// Leave out the non-EU reference providers.
    pub hide_references: bool,
}

impl Filters {
    /// How many requirements are set (minimums, certifications, yes/no filters).
    pub fn count(&self) -> usize {
        self.gates.iter().filter(|&&g| g > 0).count()
            + self.required.len()
            + Flag::ALL.iter().filter(|f| self.flag(**f)).count()
    }

    /// The minimum for criterion `index` (0 = none).
    pub fn gate(&self, index: usize) -> u8 {
        self.gates.get(index).copied().unwrap_or(0)
    }
}

/// The yes/no filters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    EuHeadquarters,
    EuParent,
    HideReferences,
}

impl Flag {
    pub const ALL: [Flag; 3] = [Flag::EuHeadquarters, Flag::EuParent, Flag::HideReferences];

    /// Its name in a URL fragment (`f=`).
    pub fn id(self) -> &'static str {
        match self {
            Flag::EuHeadquarters => "eu-hq",
            Flag::EuParent => "eu-parent",
            Flag::HideReferences => "no-ref",
        }
    }
}

impl Filters {
    pub fn flag_mut(&mut self, flag: Flag) -> &mut bool {
        match flag {
            Flag::EuHeadquarters => &mut self.eu_headquarters,
            Flag::EuParent => &mut self.eu_parent,
            Flag::HideReferences => &mut self.hide_references,
        }
    }

    pub fn flag(&self, flag: Flag) -> bool {
        match flag {
            Flag::EuHeadquarters => self.eu_headquarters,
            Flag::EuParent => self.eu_parent,
            Flag::HideReferences => self.hide_references,
        }
    }
}

/// A certification a provider must hold: the scheme, and the least status accepted
/// (statuses are ordered from weakest to strongest, see `Scheme::statuses`); `None`
/// accepts any status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Requirement {
    pub scheme: Scheme,
    pub status: Option<&'static str>,
}

/// A ready-made set of filters, such as a country's rule for public buyers, with its source.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub id: String,
    pub label: Text,
    pub description: Text,
    pub filters: Filters,
    pub source: PresetSource,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Owner {
    pub name: String,
    pub country: Option<String>,
}

/// A cited source: where a value comes from, how old it is, and what kind of source it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub url: String,
    pub date: String,
    pub title: Option<String>,
    /// `None` where the file does not say (the bundled file must: `audit`).
    pub kind: Option<SourceKind>,
}

/// What kind of source a fact rests on: the evidence rule of `docs/methodology.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// The provider's (or its group's) own documentation, filings, attestation or legal pages.
    Provider,
    /// An official register, regulator, government or EU institution.
    Register,
    /// A news publication's own article.
    Press,
    /// A third-party assessment: analyst, auditor, certification body, independent comparison.
    Assessment,
    /// An AI-generated summary.
    AiSummary,
    /// A reworded copy of someone else's text (content farm, aggregator).
    Repost,
    /// An automated keyword or listing harvest.
    Harvest,
    /// A file on a git branch that moves (no commit in its URL).
    MovingBranch,
}

impl SourceKind {
    pub const ALL: [SourceKind; 8] = [
        SourceKind::Provider,
        SourceKind::Register,
        SourceKind::Press,
        SourceKind::Assessment,
        SourceKind::AiSummary,
        SourceKind::Repost,
        SourceKind::Harvest,
        SourceKind::MovingBranch,
    ];

    /// Its name in a data file.
    pub fn id(self) -> &'static str {
        match self {
            SourceKind::Provider => "provider",
            SourceKind::Register => "register",
            SourceKind::Press => "press",
            SourceKind::Assessment => "assessment",
            SourceKind::AiSummary => "ai-summary",
            SourceKind::Repost => "repost",
            SourceKind::Harvest => "harvest",
            SourceKind::MovingBranch => "moving-branch",
        }
    }

    /// Whether a fact may rest on sources of this kind alone: never on an AI summary, a
    /// repost, a harvest or a file on a moving branch, which may be cited beside another.
    pub fn usable_alone(self) -> bool {
        !matches!(
            self,
            SourceKind::AiSummary
                | SourceKind::Repost
                | SourceKind::Harvest
                | SourceKind::MovingBranch
        )
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Provider {
    pub id: String,
    pub name: String,
    /// ISO 3166-1 alpha-2 code of the headquarters.
    pub country: String,
    pub website: String,
    pub owner: Owner,
    /// A non-EU provider listed as a point of comparison.
    pub reference: bool,
    pub sources: Vec<Source>,
    /// Whether the provider (or its group) is listed on a stock exchange.
    pub listed: Option<Fact<bool>>,
    pub certifications: Vec<Certification>,
    /// The outcome of the European Commission's 2026 sovereign cloud tender.
    pub tender_2026: Option<Fact<TenderOutcome>>,
    pub incidents: Vec<Incident>,
    /// One cell per criterion, in the order of `Dataset::criteria`.
    pub values: Vec<Cell>,
}

/// A sourced fact about a provider that is not a score.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact<T> {
    pub value: T,
    pub note: Option<String>,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TenderOutcome {
    /// Holds one of the four contracts.
    Winner,
    /// A named partner of a winner.
    Partner,
    /// Studied or bidding, without a contract.
    NotAwarded,
}

impl TenderOutcome {
    pub const ALL: [(&'static str, TenderOutcome); 3] = [
        ("winner", TenderOutcome::Winner),
        ("partner", TenderOutcome::Partner),
        ("not-awarded", TenderOutcome::NotAwarded),
    ];
}

/// A certification or qualification a provider holds, structured so that it can be
/// filtered on: the scheme, its status where the scheme has levels, and what it covers.
#[derive(Debug, Clone, PartialEq)]
pub struct Certification {
    pub scheme: Scheme,
    /// One of `scheme.statuses()`, where the scheme has any.
    pub status: Option<&'static str>,
    /// Which offer or services it covers (SecNumCloud, for one, is granted per offer).
    pub scope: String,
    pub sources: Vec<Source>,
}

/// The certification schemes a buyer filters on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    SecNumCloud,
    BsiC5,
    Iso27001,
    Hds,
    Ens,
    Acn,
    GaiaX,
    EuCloudCoc,
    Cispe,
}

impl Scheme {
    pub const ALL: [Scheme; 9] = [
        Scheme::SecNumCloud,
        Scheme::BsiC5,
        Scheme::Iso27001,
        Scheme::Hds,
        Scheme::Ens,
        Scheme::Acn,
        Scheme::GaiaX,
        Scheme::EuCloudCoc,
        Scheme::Cispe,
    ];

    /// The id in the data file.
    pub fn id(self) -> &'static str {
        match self {
            Scheme::SecNumCloud => "secnumcloud",
            Scheme::BsiC5 => "bsi-c5",
            Scheme::Iso27001 => "iso-27001",
            Scheme::Hds => "hds",
            Scheme::Ens => "ens",
            Scheme::Acn => "acn",
            Scheme::GaiaX => "gaia-x",
            Scheme::EuCloudCoc => "eu-cloud-coc",
            Scheme::Cispe => "cispe",
        }
    }

    /// The scheme's own name (a proper name, the same in every language).
    pub fn name(self) -> &'static str {
        match self {
            Scheme::SecNumCloud => "SecNumCloud",
            Scheme::BsiC5 => "BSI C5",
            Scheme::Iso27001 => "ISO/IEC 27001",
            Scheme::Hds => "HDS",
            Scheme::Ens => "ENS",
            Scheme::Acn => "ACN",
            Scheme::GaiaX => "Gaia-X",
            Scheme::EuCloudCoc => "EU Cloud Code of Conduct",
            Scheme::Cispe => "CISPE",
        }
    }

    /// The statuses the scheme distinguishes, as written in the data file.
    /// The scheme's statuses, from weakest to strongest.
    pub fn statuses(self) -> &'static [&'static str] {
        match self {
            Scheme::SecNumCloud => &["in-progress", "qualified"],
            Scheme::BsiC5 => &["type-1", "type-2"],
            Scheme::Ens => &["basic", "medium", "high"],
            Scheme::Acn => &["qi1", "qi2", "qi3", "qi4"],
            Scheme::GaiaX => &["member", "label-1", "label-2", "label-3"],
            Scheme::Cispe => &["member", "code-of-conduct"],
            Scheme::Iso27001 | Scheme::Hds | Scheme::EuCloudCoc => &[],
        }
    }
}

/// A notable incident (an outage, a fire, a breach), with its date.
#[derive(Debug, Clone, PartialEq)]
pub struct Incident {
    pub date: String,
    pub summary: String,
    pub sources: Vec<Source>,
}

/// A provider's value on one criterion.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// `None` when missing: the engine counts it as the scale's worst and the view says so.
    pub value: Option<f64>,
    pub sources: Vec<Source>,
    pub note: Option<String>,
}

impl Cell {
    pub const MISSING: Cell = Cell {
        value: None,
        sources: Vec::new(),
        note: None,
    };

    /// The date of its newest source that has a readable date.
    pub fn newest_source(&self) -> Option<SourceDate> {
        self.sources
            .iter()
            .filter_map(|s| SourceDate::parse(&s.date))
            .max()
    }
}

/// How old, in whole months, the newest source of a value may be before the value counts
/// as resting on old evidence: `check-data` lists such values, and the widget marks them.
pub const STALE_MONTHS: i32 = 18;

/// Something wrong in a data file: where, and what.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Where in the file, as a path: `providers[3].values.sov-2.sources[0].date`.
    pub path: String,
    pub kind: ProblemKind,
    pub fatal: bool,
}

/// What is wrong. Each kind has a message in the catalogue (`i18n`), so it reads in the
/// visitor's language.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// The file is not JSON; where the parser stopped.
    Syntax {
        line: usize,
        column: usize,
    },
    WrongType {
        expected: &'static str,
        found: &'static str,
    },
    MissingField {
        field: String,
    },
    UnknownField {
        field: String,
    },
    /// A string outside a fixed list (a criterion's direction).
    NotOneOf {
        found: String,
        allowed: &'static str,
    },
    UnsupportedVersion {
        found: i64,
    },
    InvalidId {
        id: String,
    },
    DuplicateId {
        id: String,
    },
    UnknownGroup {
        id: String,
    },
    UnknownCriterion {
        id: String,
    },
    UnknownPreset {
        id: String,
    },
    NoEnglishText,
    BadScale {
        min: f64,
        max: f64,
    },
    LevelOutsideScale {
        value: f64,
    },
    NoCriteria,
    NoPresets,
    NoProviders,
    PresetMissingWeight {
        criterion: String,
    },
    WeightOutOfRange {
        weight: u32,
    },
    ValueOutsideScale {
        value: f64,
        min: f64,
        max: f64,
    },
    ValueWithoutSource,
    MissingWithoutNote,
    BadDate {
        date: String,
    },
    BadUrl {
        url: String,
    },
    /// A status a certification scheme does not have (`type-3` for BSI C5).
    UnknownStatus {
        scheme: &'static str,
        status: String,
    },
}

/// A parsed file: the dataset and the warnings about the parts that were set aside.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub dataset: Dataset,
    pub warnings: Vec<Problem>,
}

/// The dataset's contact as a link a browser may follow (http, https or mailto), if it is one.
pub fn contact_link(contact: &str) -> Option<&str> {
    let contact = contact.trim();
    let is_mail = contact
        .strip_prefix("mailto:")
        .is_some_and(|address| address.contains('@') && !address.contains(char::is_whitespace));
    (is_mail || read::is_web_url(contact)).then_some(contact)
}
