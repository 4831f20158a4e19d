//! The message ids and their English texts, the catalogue's built-in language.

/// Declares a message enum: its ids (as a translation file names them) and English texts.
macro_rules! messages {
    ($(#[$doc:meta])* $enum:ident { $($name:ident $id:literal $text:literal,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $enum { $($name,)* }

        impl $enum {
            /// Every message, in declaration order (`msg as usize` is its index).
            pub const ALL: &'static [$enum] = &[$($enum::$name,)*];

            /// The id of the message in a translation file.
            pub fn id(self) -> &'static str {
                match self { $($enum::$name => $id,)* }
            }

            pub fn english(self) -> &'static str {
                match self { $($enum::$name => $text,)* }
            }
        }
    };
}
pub(crate) use messages;

messages! {
    /// A message of the widget (the report's own are `ReportMsg`).
    Msg {
    DecimalSeparator "decimal-separator" ".",
    AppTitle "app-title" "Compare European cloud providers",
    AppIntro "app-intro" "Set how much each criterion matters to you. The providers re-rank as you move the weights; the link in the address bar keeps your weights.",
    Loading "loading" "Loading the provider data…",
    LoadFailed "load-failed" "The provider data could not be downloaded from {url}.",
    LoadFailedStatus "load-failed-status" "The server answered with HTTP status {status}.",
    LoadFailedNetwork "load-failed-network" "The request failed: {detail}",
    Retry "retry" "Try again",
    DataUnusable "data-unusable" "The provider data file {url} cannot be used. What is wrong, and where:",
    DataWarnings "data-warnings" "Parts of the data file were set aside ({count}); everything else is shown.",
    DataWarningsDetails "data-warnings-details" "What was set aside, and where",
    WeightsHeading "weights-heading" "How much each criterion counts",
    WeightsHelp "weights-help" "Weights run from 0 (does not count) to 100 and are relative to each other.",
    DecreaseWeight "decrease-weight" "Decrease the weight of {criterion}",
    IncreaseWeight "increase-weight" "Increase the weight of {criterion}",
    PresetLabel "preset-label" "Weights preset",
    PresetCustom "preset-custom" "Custom weights",
    PresetSource "preset-source" "Source of these weights:",
    Reset "reset" "Reset to the default weights",
    ResultsHeading "results-heading" "Ranking",
    LeadersLabel "leaders-label" "Leading now",
    RankingCaption "ranking-caption" "Providers ranked by score, from 0 to 100",
    ColumnRank "column-rank" "Rank",
    ColumnProvider "column-provider" "Provider",
    ColumnCountry "column-country" "Country",
    ColumnScore "column-score" "Score",
    Tied "tied" "tied",
    ReferenceTag "reference-tag" "non-EU reference",
    MissingValues "missing-values" "No sourced value for: {criteria}. Counted as the worst level.",
    AllWeightsZero "all-weights-zero" "All weights are zero, so there is nothing to rank on. Give at least one criterion a weight above zero.",
    StatusRanking "status-ranking" "Ranking updated. {top}",
    StatusEntry "status-entry" "{rank}. {name}, {score}",
    FragmentIgnored "fragment-ignored" "Part of this link could not be used:",
    SettingsIgnored "settings-ignored" "Part of this page's settings for the widget could not be used:",
    SettingsDefaults "settings-defaults" "The preset's weights are shown instead of the page's weights.",
    FragmentDefaults "fragment-defaults" "The default weights are shown instead of the link's weights.",
    DatasetInfo "dataset-info" "Data: {title}, version {version}, last updated {date}.",
    ContestValue "contest-value" "To contest a value:",
    DataNotice "data-notice" "Scores are computed in your browser from the data file; nothing is sent anywhere.",
    StatusQualified "status-qualified" "qualified",
    StatusInProgress "status-in-progress" "in progress",
    StatusType1 "status-type-1" "Type 1",
    StatusType2 "status-type-2" "Type 2",
    StatusBasic "status-basic" "basic",
    StatusMedium "status-medium" "medium",
    StatusHigh "status-high" "high",
    StatusMember "status-member" "member",
    StatusLabel1 "status-label-1" "Label level 1",
    StatusLabel2 "status-label-2" "Label level 2",
    StatusLabel3 "status-label-3" "Label level 3",
    StatusCodeOfConduct "status-code-of-conduct" "Code of Conduct",
    MethodologyHeading "methodology-heading" "How the ranking is made",
    // Method.
    MethodLabel "method-label" "Scoring method",
    MethodWeightedSum "method-weighted-sum" "Weighted sum",
    MethodTopsis "method-topsis" "TOPSIS",
    MethodFramework "method-framework" "Cloud Sovereignty Framework",
    MethodAboutWeightedSum "method-about-weighted-sum" "Each value is placed on its scale; the score is the weighted mean, 0 to 100.",
    MethodAboutTopsis "method-about-topsis" "Each value is placed between the best and worst of the providers ranked; the score is the closeness to the best, 0 to 100.",
    MethodAboutFramework "method-about-framework" "As the Commission's framework: minimum levels set providers apart, and only its objectives count.",
    // How missing values count.
    MissingLabel "missing-label" "Missing values count as",
    MissingWorst "missing-worst" "the worst level",
    MissingMidpoint "missing-midpoint" "the scale's midpoint",
    MissingSkip "missing-skip" "left out",
    MissingAboutWorst "missing-about-worst" "What is not documented earns nothing, so leaving out a weak value never pays. Each row shows the range its missing values allow.",
    MissingAboutMidpoint "missing-about-midpoint" "Each missing value counts as halfway along its scale: neither rewarded nor punished, as if average.",
    MissingAboutSkip "missing-about-skip" "A missing value does not count: its weight is spread over the provider's known values.",
    ScoreRange "score-range" "range {low}–{high}, {known} % of the weight known",
    // Requirements (gates and filters).
    FiltersHeading "filters-heading" "Requirements",
    CertAtLeast "cert-at-least" "{status} or better",
    FlagEuHeadquarters "flag-eu-hq" "Headquarters in the EU",
    FlagEuParent "flag-eu-parent" "No parent company outside the EU",
    FlagHideReferences "flag-no-ref" "Hide the non-EU reference providers",
    ExcludedHeading "excluded-heading" "Not ranked: requirements not met ({count})",
    ReasonGate "reason-gate" "{criterion} at level {level}, below the required {minimum}",
    ReasonGateMissing "reason-gate-missing" "{criterion} has no sourced value, and level {minimum} is required",
    ReasonOnlyMissing "reason-only-missing" "set apart only because values are missing, not for a level found too low",
    ReasonCertification "reason-certification" "no {requirement} certification in the data file",
    ReasonHeadquarters "reason-headquarters" "headquarters outside the EU ({country})",
    ReasonParent "reason-parent" "parent company outside the EU ({owner})",
    ReasonParentUnknown "reason-parent-unknown" "parent company of unknown country",
    ReasonReference "reason-reference" "a non-EU reference provider, hidden",
    NoneEligible "none-eligible" "No provider meets every requirement. Relax it to see a ranking: {requirement} sets {count} apart.",
    TopsisRelative "topsis-relative" "TOPSIS compares the providers ranked with each other: setting some apart changed the others' scores.",
    // Analysis.
    AnalysisHeading "analysis-heading" "Why this ranking, and how sure it is",
    ElicitHeading "elicit-heading" "Set the weights by putting the criteria in order",
    // Data file problems.
    // URL fragment problems.
    FragmentMalformedPart "fragment-malformed-part" "“{part}” is not of the form key=value",
    FragmentUnknownKey "fragment-unknown-key" "the setting “{key}” is not known and was ignored",
    FragmentDuplicateKey "fragment-duplicate-key" "the setting “{key}” appears twice; the first is used",
    FragmentMalformedWeight "fragment-malformed-weight" "“{entry}” is not of the form criterion:weight",
    FragmentUnknownCriterion "fragment-unknown-criterion" "there is no criterion “{id}”",
    FragmentBadWeight "fragment-bad-weight" "the weight “{weight}” for “{id}” is not a whole number from 0 to 100",
    FragmentDuplicateCriterion "fragment-duplicate-criterion" "the criterion “{id}” is given twice",
    FragmentUnknownMethod "fragment-unknown-method" "there is no scoring method “{method}”; the weighted sum is used",
    FragmentUnknownMissing "fragment-unknown-missing" "there is no way “{missing}” of counting missing values; they count as the worst level",
    FragmentBadGate "fragment-bad-gate" "“{entry}” is not of the form criterion:level with a level on that criterion's scale",
    FragmentBadCertification "fragment-bad-certification" "“{entry}” is not a certification scheme (with one of its statuses) given once",
    FragmentUnknownFilter "fragment-unknown-filter" "there is no filter “{filter}”",
    FragmentUnknownProvider "fragment-unknown-provider" "there is no provider “{id}” in the data file",
    FragmentTooManyCompared "fragment-too-many-compared" "{count} providers to compare: the first four are compared",
    FragmentUnknownPreset "fragment-unknown-preset" "there is no preset “{id}”; the default weights are used",
    FragmentUnknownLanguage "fragment-unknown-language" "there are no messages in “{lang}” yet; English is shown",
    ShareHeading "share-heading" "Share and export",
    CopyLink "copy-link" "Copy link",
    LinkCopied "link-copied" "The link to this ranking, with your weights and choices, is copied.",
    LinkCopyByHand "link-copy-by-hand" "This browser would not copy the link: copy it from the field below.",
    LinkLabel "link-label" "Link to this ranking",
    ExportCsv "export-csv" "Download the ranking (CSV)",
    ExportScenario "export-scenario" "Download the scenario (JSON)",
    ImportScenario "import-scenario" "Load a scenario file",
    PrintReport "print-report" "Print or save as PDF",
    ReportLoading "report-loading" "Loading…",
    ReportFailed "report-failed" "This part of the comparison could not be downloaded ({detail}).",
    CompareLabel "compare-label" "Compare",
}
}
