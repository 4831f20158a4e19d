//! The data file's format (version 1) as serde types: the format's one source of truth.
//!
//! `providers.schema.json` is generated from these types (`cargo run --bin schema`), and
//! `cargo test` checks that the committed file is what they generate. Their doc comments are
//! the schema's descriptions. Deserializing a file into [`DataFile`] is strict: it refuses
//! what the schema refuses (a pattern below is checked with the very regular expression the
//! schema states), and it stops at the first problem.
//!
//! The widget never uses these types: they compile on the host only (the schema generator,
//! the tests) and stay out of the wasm bundle. The app reads a file with the tolerant reader
//! (`read.rs`), which reports every problem with its exact path and keeps what it can. The
//! rules that JSON Schema cannot express are checked there alone: unique ids; references
//! between ids (a criterion's group, `default_preset`, the criteria a preset weights, the
//! keys of a provider's values, a profile's gates); `scale.max` greater than `scale.min`;
//! values, levels and gates on their criterion's scale; and dates that exist (`2025-02-29`
//! does not). tests/format.rs checks that these types and the reader agree on every other
//! rule, and lists the places where the reader is more tolerant.

use regex::Regex;
use schemars::generate::SchemaSettings;
use schemars::transform::RecursiveTransform;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// The JSON Schema (draft 2020-12) of the data file, generated from [`DataFile`].
pub fn schema() -> Schema {
    let mut schema = SchemaSettings::draft2020_12()
        .with_transform(RecursiveTransform(drop_number_formats as fn(&mut Schema)))
        .with_transform(RecursiveTransform(unwrap_descriptions as fn(&mut Schema)))
        .into_generator()
        .into_root_schema_for::<DataFile>();
    // What a reader of the file looks for first comes first.
    if let Some(root) = schema.as_object_mut() {
        let mut rest = std::mem::take(root);
        for key in ["$schema", "title", "description"] {
            if let Some(value) = rest.shift_remove(key) {
                root.insert(key.to_owned(), value);
            }
        }
        root.extend(rest);
    }
    schema
}

/// [`schema`] as `providers.schema.json` holds it: pretty JSON and a final newline.
pub fn schema_text() -> String {
    format!("{:#}\n", schema().as_value())
}

/// `None` when `committed` (the text of the file `name`) is the generated schema; otherwise
/// how to regenerate it, and the first line that differs.
pub fn schema_difference(committed: &str, name: &str) -> Option<String> {
    let generated = schema_text();
    if committed == generated {
        return None;
    }
    let mut committed_lines = committed.lines();
    let mut generated_lines = generated.lines();
    let mut line = 1;
    let (old, new) = loop {
        match (committed_lines.next(), generated_lines.next()) {
            (Some(old), Some(new)) if old == new => line += 1,
            (old, new) => break (old, new),
        }
    };
    let show = |text: Option<&str>| text.map_or("(end of file)".to_owned(), |t| t.trim().into());
    Some(format!(
        "{name} is not the schema src/data/format.rs generates; regenerate it with\n  \
         cargo run --bin schema > {name}\n\
         first difference, line {line}:\n  committed: {}\n  generated: {}",
        show(old),
        show(new)
    ))
}

/// schemars marks Rust's number widths (`"format": "double"`, `"uint8"`); they are no
/// JSON Schema format, and a validator would only warn about them.
fn drop_number_formats(schema: &mut Schema) {
    let rust_width = |format: &str| {
        ["int", "uint", "float", "double"]
            .iter()
            .any(|prefix| format.starts_with(prefix))
    };
    if schema
        .get("format")
        .and_then(Value::as_str)
        .is_some_and(rust_width)
    {
        schema.remove("format");
    }
}

/// Doc comments are wrapped at 100 columns; a description is read as running text, with a
/// blank line between paragraphs.
fn unwrap_descriptions(schema: &mut Schema) {
    if let Some(Value::String(text)) = schema.get_mut("description") {
        *text = text
            .split("\n\n")
            .map(|paragraph| paragraph.split('\n').collect::<Vec<_>>().join(" "))
            .collect::<Vec<_>>()
            .join("\n\n");
    }
}

/// Reads an optional field that is there. serde reads `null` as absent; the format refuses
/// it, as the schema does (an absent field is `None` through `#[serde(default)]`).
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

/// A string type holding only text that matches a pattern: the schema states the pattern,
/// and deserializing checks the same regular expression.
macro_rules! matching_string {
    ($(#[$attr:meta])* $name:ident = $pattern:literal) => {
        #[derive(
            Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
        )]
        #[serde(try_from = "String", into = "String")]
        #[schemars(extend("pattern" = $pattern))]
        $(#[$attr])*
        pub struct $name(String);

        impl $name {
            /// The regular expression every value matches.
            pub const PATTERN: &'static str = $pattern;

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = String;

            fn try_from(text: String) -> Result<Self, String> {
                static MATCHER: LazyLock<Regex> = LazyLock::new(|| compile($name::PATTERN));
                if MATCHER.is_match(&text) {
                    Ok(Self(text))
                } else {
                    Err(format!("{text:?} does not match {}", Self::PATTERN))
                }
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> String {
                value.0
            }
        }
    };
}

/// A pattern of this module, compiled. They are constants, and tests/format.rs compiles
/// each one (by reading a value of each type), so this cannot fail on a file's content.
fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|err| panic!("pattern {pattern}: {err}"))
}

matching_string! {
    /// Stable identifier: lowercase letters and digits, in runs joined by single hyphens
    /// (sov-1, ovhcloud).
    #[schemars(rename = "id")]
    Id = r"^[a-z0-9]+(-[a-z0-9]+)*$"
}

matching_string! {
    /// A string with at least one character that is not white space.
    #[schemars(rename = "nonEmptyString", extend("minLength" = 1))]
    NonEmptyString = r"\S"
}

matching_string! {
    /// YYYY-MM-DD, YYYY-MM or YYYY: as much precision as the source shows. A day that does
    /// not exist (2025-02-29) is refused by the app.
    #[schemars(rename = "date")]
    Date = r"^(19|20|21)[0-9]{2}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
}

matching_string! {
    /// YYYY-MM-DD.
    #[schemars(rename = "fullDate")]
    FullDate = r"^(19|20|21)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
}

matching_string! {
    /// ISO 3166-1 alpha-2 country code, upper case (FR, DE, US).
    #[schemars(rename = "countryCode")]
    CountryCode = r"^[A-Z]{2}$"
}

matching_string! {
    /// An http or https URL (https preferred; some older sources exist only over http).
    #[schemars(rename = "webUrl")]
    WebUrl = r"^https?://[^\s]+$"
}

matching_string! {
    /// A language code: two or three lowercase letters, then optional subtags (en, fr,
    /// de-CH).
    #[schemars(rename = "language")]
    Language = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
}

/// A list with at least one item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "Vec<T>", into = "Vec<T>")]
#[schemars(inline, extend("minItems" = 1))]
pub struct NonEmpty<T: Clone>(Vec<T>);

impl<T: Clone> NonEmpty<T> {
    pub fn as_slice(&self) -> &[T] {
        &self.0
    }
}

impl<T: Clone> TryFrom<Vec<T>> for NonEmpty<T> {
    type Error = &'static str;

    fn try_from(items: Vec<T>) -> Result<Self, Self::Error> {
        if items.is_empty() {
            Err("an empty list, where at least one item is required")
        } else {
            Ok(Self(items))
        }
    }
}

impl<T: Clone> From<NonEmpty<T>> for Vec<T> {
    fn from(list: NonEmpty<T>) -> Vec<T> {
        list.0
    }
}

/// A number that must be whole (`15`, or `15.0` as JSON Schema counts it) and within bounds.
fn whole(number: f64, min: f64, max: f64) -> Result<f64, String> {
    if number.fract() == 0.0 && (min..=max).contains(&number) {
        Ok(number)
    } else {
        Err(format!(
            "{number} is not a whole number from {min} to {max}"
        ))
    }
}

/// The version of this file format. Only 1 exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "f64", into = "u8")]
#[schemars(inline, schema_with = "format_version_schema")]
pub struct FormatVersion;

fn format_version_schema(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "const": 1 })
}

impl TryFrom<f64> for FormatVersion {
    type Error = String;

    fn try_from(version: f64) -> Result<Self, String> {
        whole(version, 1.0, 1.0)
            .map(|_| FormatVersion)
            .map_err(|_| format!("format version {version}: only version 1 exists"))
    }
}

impl From<FormatVersion> for u8 {
    fn from(_: FormatVersion) -> u8 {
        1
    }
}

/// A whole-number weight from 0 to 100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "f64", into = "u8")]
#[schemars(inline, with = "u8", extend("maximum" = 100))]
pub struct Weight(u8);

impl TryFrom<f64> for Weight {
    type Error = String;

    fn try_from(weight: f64) -> Result<Self, String> {
        whole(weight, 0.0, 100.0).map(|w| Weight(w as u8))
    }
}

impl From<Weight> for u8 {
    fn from(weight: Weight) -> u8 {
        weight.0
    }
}

/// A minimum level: a whole number, one of the criterion's levels (checked by the app).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "f64", into = "u64")]
#[schemars(inline, with = "u64")]
pub struct MinimumLevel(u64);

impl TryFrom<f64> for MinimumLevel {
    type Error = String;

    fn try_from(level: f64) -> Result<Self, String> {
        // From 2^53 on, a whole number is not exact in an f64 (nor in JavaScript): the reader
        // refuses it, and so do the types. The schema sets no maximum; no real level is near.
        whole(level, 0.0, 9_007_199_254_740_991.0).map(|l| MinimumLevel(l as u64))
    }
}

impl From<MinimumLevel> for u64 {
    fn from(level: MinimumLevel) -> u64 {
        level.0
    }
}

/// An English string, or an object mapping language codes to strings with "en" required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
#[schemars(rename = "text")]
pub enum Text {
    /// In English.
    Plain(NonEmptyString),
    /// By language code; the app shows the visitor's language, else English.
    Localized(Translations),
}

/// A text by language code, with "en" required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(
    try_from = "BTreeMap<Language, NonEmptyString>",
    into = "BTreeMap<Language, NonEmptyString>"
)]
#[schemars(inline, extend("required" = ["en"]))]
pub struct Translations(BTreeMap<Language, NonEmptyString>);

impl TryFrom<BTreeMap<Language, NonEmptyString>> for Translations {
    type Error = &'static str;

    fn try_from(texts: BTreeMap<Language, NonEmptyString>) -> Result<Self, Self::Error> {
        if texts.keys().any(|lang| lang.as_str() == "en") {
            Ok(Self(texts))
        } else {
            Err("a translated text without \"en\", the English every visitor can fall back on")
        }
    }
}

impl From<Translations> for BTreeMap<Language, NonEmptyString> {
    fn from(texts: Translations) -> Self {
        texts.0
    }
}

/// A data file (providers.json) for EuroCloud Compare: criteria, weight presets and
/// providers with sourced values. See docs/data-format.md.
///
/// Some rules cannot be expressed in JSON Schema and are checked by the app only: unique
/// ids; references between ids (a criterion's group, default_preset, the criteria a preset
/// weights, the keys of a provider's values, a profile's gates); scale.max greater than
/// scale.min; values, levels and gates on their criterion's scale; and dates that exist
/// (2025-02-29 does not).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "EuroCloud Compare data file, format version 1")]
pub struct DataFile {
    /// Optional pointer to this schema, for editors; the app ignores it.
    #[serde(
        rename = "$schema",
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "NonEmptyString")]
    pub schema: Option<NonEmptyString>,
    /// Version of this file format. Only 1 exists.
    pub format_version: FormatVersion,
    /// What the file is, who maintains it, and where a value can be contested.
    pub dataset: Meta,
    /// Headings that group criteria.
    pub groups: NonEmpty<Group>,
    /// What providers are compared on.
    pub criteria: NonEmpty<Criterion>,
    /// Named sets of weights a visitor can start from.
    pub presets: NonEmpty<Preset>,
    /// Id of the preset a visitor starts with (a presets[].id). Without it, the first preset.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Id")]
    pub default_preset: Option<Id>,
    /// Ready-made requirements, such as a country's rule for public buyers; each cites its
    /// source.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Vec<Profile>")]
    pub profiles: Option<Vec<Profile>>,
    /// The providers, each with its values.
    pub providers: NonEmpty<Provider>,
}

/// What the file is, who maintains it, and where a value can be contested.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "dataset")]
pub struct Meta {
    /// Name of the data set.
    pub title: Text,
    /// Your own version of the data (1.0.0); change it whenever a value changes.
    pub version: NonEmptyString,
    /// When the data was last reviewed.
    pub last_updated: FullDate,
    /// Where a value can be contested: an https:// or mailto: URL, or a plain-text address or
    /// instruction.
    pub contact: NonEmptyString,
    /// How the values were obtained; say plainly whose reading they are.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Text")]
    pub description: Option<Text>,
    /// The licence of the data, preferably as an SPDX identifier (CC-BY-4.0).
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "NonEmptyString")]
    pub license: Option<NonEmptyString>,
    /// How values were chosen and scores computed, shown in the widget under "How the ranking
    /// is made"; each line is a paragraph, blank lines are ignored.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Text")]
    pub methodology: Option<Text>,
}

/// A heading that groups criteria.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "group")]
pub struct Group {
    /// Unique among groups; referenced by criteria[].group.
    pub id: Id,
    /// Heading shown above the group's criteria.
    pub label: Text,
    /// Longer explanation.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Text")]
    pub description: Option<Text>,
    /// The group holds the objectives of the assessment framework: the framework method
    /// counts only these criteria, and each can have a minimum level.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "bool")]
    pub framework: Option<bool>,
}

/// What providers are compared on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "criterion")]
pub struct Criterion {
    /// Unique among criteria; the key in presets' weights and providers' values. Shared links
    /// name it, so do not rename a published one.
    pub id: Id,
    /// Short name.
    pub label: Text,
    /// What the criterion covers.
    pub description: Text,
    /// A groups[].id.
    pub group: Id,
    /// Whether more is better or worse.
    pub direction: Direction,
    /// The declared range that values are scored on.
    pub scale: Scale,
    /// Shown after numeric values (EUR/month, SEAL level).
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Text")]
    pub unit: Option<Text>,
}

/// Whether more of a criterion is better or worse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(rename = "direction")]
pub enum Direction {
    /// More is better (a SEAL level).
    Benefit,
    /// Less is better (a price).
    Cost,
}

/// The declared range of a criterion; max must be greater than min (checked by the app).
/// Each value is scored by its position on this range, never against the other providers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "scale")]
pub struct Scale {
    /// The worst end of the scale for a benefit criterion, the best for a cost one.
    pub min: f64,
    /// The best end of the scale for a benefit criterion, the worst for a cost one.
    pub max: f64,
    /// Named points on the scale; a provider's value is shown with the label of its level.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "NonEmpty<Level>")]
    pub levels: Option<NonEmpty<Level>>,
}

/// A named point on a criterion's scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "level")]
pub struct Level {
    /// Where the level lies, inside the scale (checked by the app).
    pub value: f64,
    /// Its name, shown with a provider's value.
    pub label: Text,
    /// What a provider must show to reach it.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Text")]
    pub description: Option<Text>,
}

/// A named set of weights a visitor can start from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "preset")]
pub struct Preset {
    /// Unique among presets.
    pub id: Id,
    /// Name shown in the preset menu.
    pub label: Text,
    /// What the weights represent.
    pub description: Text,
    /// One whole-number weight 0..100 for every criterion id, and nothing else (coverage
    /// checked by the app). They need not add up to 100: each is divided by their sum.
    pub weights: Weights,
    /// Where the weights come from.
    pub source: Citation,
}

/// A weight per criterion id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "BTreeMap<Id, Weight>", into = "BTreeMap<Id, Weight>")]
#[schemars(inline, extend("minProperties" = 1))]
pub struct Weights(BTreeMap<Id, Weight>);

impl TryFrom<BTreeMap<Id, Weight>> for Weights {
    type Error = &'static str;

    fn try_from(weights: BTreeMap<Id, Weight>) -> Result<Self, Self::Error> {
        if weights.is_empty() {
            Err("no weights, where every criterion needs one")
        } else {
            Ok(Self(weights))
        }
    }
}

impl From<Weights> for BTreeMap<Id, Weight> {
    fn from(weights: Weights) -> Self {
        weights.0
    }
}

/// What a preset's weights or a profile's rule is taken from: a title, and the document's
/// URL and date where there is one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "citation")]
pub struct Citation {
    /// What it is; for weights you chose yourself, say so ("Equal weights, no external
    /// source").
    pub title: NonEmptyString,
    /// The document.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "WebUrl")]
    pub url: Option<WebUrl>,
    /// The document's date.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Date")]
    pub date: Option<Date>,
}

/// Ready-made requirements a visitor can apply at once, such as a country's rule for public
/// buyers. A provider that misses one is listed apart, with the reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "profile")]
pub struct Profile {
    /// Unique among profiles.
    pub id: Id,
    /// Shown in the "National rules" menu.
    pub label: Text,
    /// What the rule covers (which data, which buyers), and what the widget cannot express.
    pub description: Text,
    /// The minimum level per criterion id: one of the criterion's levels, on a criterion of
    /// the group marked framework (checked by the app).
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "BTreeMap<Id, MinimumLevel>")]
    pub gates: Option<BTreeMap<Id, MinimumLevel>>,
    /// Certifications required: the scheme, and the least status accepted. One per scheme
    /// (checked by the app).
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Vec<Requirement>")]
    pub require: Option<Vec<Requirement>>,
    /// Headquarters in an EU member state.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "bool")]
    pub eu_headquarters: Option<bool>,
    /// No parent company (owner) outside the EU; an owner of unknown country fails.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "bool")]
    pub eu_parent: Option<bool>,
    /// Leave out the non-EU reference providers.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "bool")]
    pub hide_references: Option<bool>,
    /// Where the rule comes from.
    pub source: Citation,
}

/// A certification a profile requires: the scheme, and the least status accepted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "scheme")]
#[schemars(rename = "requirement")]
pub enum Requirement {
    #[serde(rename = "secnumcloud")]
    SecNumCloud(MinimumStatus<SecNumCloudStatus>),
    #[serde(rename = "bsi-c5")]
    BsiC5(MinimumStatus<BsiC5Status>),
    #[serde(rename = "ens")]
    Ens(MinimumStatus<EnsStatus>),
    #[serde(rename = "acn")]
    Acn(MinimumStatus<AcnStatus>),
    #[serde(rename = "gaia-x")]
    GaiaX(MinimumStatus<GaiaXStatus>),
    #[serde(rename = "cispe")]
    Cispe(MinimumStatus<CispeStatus>),
    #[serde(rename = "iso-27001")]
    Iso27001(NoStatus),
    #[serde(rename = "hds")]
    Hds(NoStatus),
    #[serde(rename = "eu-cloud-coc")]
    EuCloudCoc(NoStatus),
}

/// The least status accepted, statuses being ordered weakest first; without one, any status
/// will do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
// serde would ask `S: Default` of the field read by `present`; it needs only this.
#[serde(deny_unknown_fields, bound(deserialize = "S: Deserialize<'de>"))]
pub struct MinimumStatus<S> {
    /// The least status accepted.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "S")]
    pub status: Option<S>,
}

/// A scheme without statuses: holding it is enough.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NoStatus {}

/// A provider and its values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "provider")]
pub struct Provider {
    /// Unique among providers.
    pub id: Id,
    /// The provider's name, as shown; it is not translated.
    pub name: NonEmptyString,
    /// Country of the provider's headquarters.
    pub country: CountryCode,
    /// The provider's website.
    pub website: WebUrl,
    /// Who controls the provider.
    pub owner: Owner,
    /// true for a non-EU provider listed as a point of comparison. The app reads a missing
    /// flag as false; write it all the same.
    pub reference: bool,
    /// Sources for the identity facts (country, owner).
    pub sources: NonEmpty<Source>,
    /// Whether the provider or its group is listed on a stock exchange; the note says where.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Fact<bool>")]
    pub listed: Option<Fact<bool>>,
    /// Certifications and qualifications.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Vec<Certification>")]
    pub certifications: Option<Vec<Certification>>,
    /// Outcome of the European Commission's 2026 sovereign cloud tender.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Fact<TenderOutcome>")]
    pub tender_2026: Option<Fact<TenderOutcome>>,
    /// Notable incidents (an outage, a fire, a breach).
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Vec<Incident>")]
    pub incidents: Option<Vec<Incident>>,
    /// Keyed by criterion id (checked by the app); an absent key means missing.
    pub values: BTreeMap<Id, Cell>,
}

/// Who controls a provider.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "owner")]
pub struct Owner {
    /// A parent company or a family, for example.
    pub name: NonEmptyString,
    /// The controlling owner's country; leave it out if your sources do not state it.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "CountryCode")]
    pub country: Option<CountryCode>,
}

/// A cited source: its URL and its publication or last-update date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "source")]
pub struct Source {
    /// Where the reader can check the fact.
    pub url: WebUrl,
    /// The source's publication or last-update date (not the date of the fact it reports).
    pub date: Date,
    /// A short title, shown instead of the bare URL.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "NonEmptyString")]
    pub title: Option<NonEmptyString>,
    /// What kind of source it is (`docs/methodology.md`, "Evidence"); the bundled file
    /// gives it for every source, and no fact there rests only on the last four kinds.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "SourceKind")]
    pub kind: Option<SourceKind>,
}

/// What kind of source a fact rests on. `ai-summary` (an AI-generated summary), `repost`
/// (a reworded copy of someone else's text), `harvest` (an automated keyword or listing
/// harvest) and `moving-branch` (a file on a git branch without a commit in its URL) may
/// be cited beside another source, never alone.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(rename = "source_kind")]
pub enum SourceKind {
    /// The provider's (or its group's) own documentation, filings, attestation or legal pages.
    Provider,
    /// An official register, regulator, government or EU institution.
    Register,
    /// A news publication's own article.
    Press,
    /// A third-party assessment: analyst, auditor, certification body, independent comparison.
    Assessment,
    AiSummary,
    Repost,
    Harvest,
    MovingBranch,
}

/// A provider's value on one criterion. A number needs at least one source; null (missing)
/// needs a note saying why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged, deny_unknown_fields)]
#[schemars(rename = "value")]
pub enum Cell {
    /// A known value, with its sources.
    Known {
        /// The value, on the criterion's scale (checked by the app).
        value: f64,
        /// Where the value comes from.
        sources: NonEmpty<Source>,
        /// One sentence on which cited fact earns this value (recommended).
        #[serde(
            default,
            deserialize_with = "present",
            skip_serializing_if = "Option::is_none"
        )]
        #[schemars(with = "NonEmptyString")]
        note: Option<NonEmptyString>,
    },
    /// A missing value: it counts as the worst point of the scale, and is shown as missing.
    Missing {
        /// null: the value is missing.
        value: (),
        /// Usually an empty list.
        #[serde(
            default,
            deserialize_with = "present",
            skip_serializing_if = "Option::is_none"
        )]
        #[schemars(with = "Vec<Source>")]
        sources: Option<Vec<Source>>,
        /// Why the value is missing.
        note: NonEmptyString,
    },
}

/// A sourced fact about a provider that is not a score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "{T}Fact")]
pub struct Fact<T> {
    /// The fact.
    pub value: T,
    /// A sentence of context.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "NonEmptyString")]
    pub note: Option<NonEmptyString>,
    /// Where the fact comes from.
    pub sources: NonEmpty<Source>,
}

/// A provider's part in the European Commission's 2026 sovereign cloud tender.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(rename = "tenderOutcome")]
pub enum TenderOutcome {
    /// Holds one of the four contracts.
    Winner,
    /// A named partner of a winner.
    Partner,
    /// Studied or bidding, without a contract.
    NotAwarded,
}

/// A certification or qualification, by scheme. A scheme with statuses needs one of its own;
/// the others take none.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "scheme")]
#[schemars(rename = "certification")]
pub enum Certification {
    /// SecNumCloud, the French cybersecurity agency's (ANSSI) qualification of a cloud offer.
    #[serde(rename = "secnumcloud")]
    SecNumCloud(WithStatus<SecNumCloudStatus>),
    /// BSI C5, the German BSI's cloud criteria catalogue: a Type 1 or Type 2 attestation.
    #[serde(rename = "bsi-c5")]
    BsiC5(WithStatus<BsiC5Status>),
    /// ENS, Spain's National Security Framework, by category.
    #[serde(rename = "ens")]
    Ens(WithStatus<EnsStatus>),
    /// The Italian cybersecurity agency's (ACN) qualification, by level.
    #[serde(rename = "acn")]
    Acn(WithStatus<AcnStatus>),
    /// Gaia-X: membership, or a label level.
    #[serde(rename = "gaia-x")]
    GaiaX(WithStatus<GaiaXStatus>),
    /// CISPE: membership, or adherence to its code of conduct.
    #[serde(rename = "cispe")]
    Cispe(WithStatus<CispeStatus>),
    /// ISO/IEC 27001 certification.
    #[serde(rename = "iso-27001")]
    Iso27001(WithoutStatus),
    /// HDS, the French certification for hosting health data.
    #[serde(rename = "hds")]
    Hds(WithoutStatus),
    /// The EU Cloud Code of Conduct.
    #[serde(rename = "eu-cloud-coc")]
    EuCloudCoc(WithoutStatus),
}

/// A certification in a scheme with statuses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WithStatus<S> {
    /// The status held.
    pub status: S,
    /// Which offer or services it covers (a qualification such as SecNumCloud is granted per
    /// offer, not per provider).
    pub scope: NonEmptyString,
    /// Where it is stated.
    pub sources: NonEmpty<Source>,
}

/// A certification in a scheme without statuses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WithoutStatus {
    /// Which offer or services it covers.
    pub scope: NonEmptyString,
    /// Where it is stated.
    pub sources: NonEmpty<Source>,
}

/// SecNumCloud statuses, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(rename = "secnumcloudStatus")]
pub enum SecNumCloudStatus {
    InProgress,
    Qualified,
}

/// BSI C5 attestation types, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(rename = "bsiC5Status")]
pub enum BsiC5Status {
    #[serde(rename = "type-1")]
    Type1,
    #[serde(rename = "type-2")]
    Type2,
}

/// ENS categories, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(rename = "ensStatus")]
pub enum EnsStatus {
    Basic,
    Medium,
    High,
}

/// ACN qualification levels, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(rename = "acnStatus")]
pub enum AcnStatus {
    Qi1,
    Qi2,
    Qi3,
    Qi4,
}

/// Gaia-X statuses, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(rename = "gaiaXStatus")]
pub enum GaiaXStatus {
    #[serde(rename = "member")]
    Member,
    #[serde(rename = "label-1")]
    Label1,
    #[serde(rename = "label-2")]
    Label2,
    #[serde(rename = "label-3")]
    Label3,
}

/// CISPE statuses, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(rename = "cispeStatus")]
pub enum CispeStatus {
    Member,
    CodeOfConduct,
}

/// A notable incident, with its date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "incident")]
pub struct Incident {
    /// When it happened.
    pub date: Date,
    /// One sentence.
    pub summary: NonEmptyString,
    /// Where it is reported.
    pub sources: NonEmpty<Source>,
}
