//! The message ids and their English texts, the catalogue's built-in language.

macro_rules! messages {
    ($($name:ident $id:literal $text:literal,)*) => {
        /// A message of the catalogue. Its id names it in a translation file.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Msg { $($name,)* }

        impl Msg {
            /// Every message, in declaration order (`msg as usize` is its index).
            pub const ALL: &'static [Msg] = &[$(Msg::$name,)*];

            /// The id of the message in a translation file.
            pub fn id(self) -> &'static str {
                match self { $(Msg::$name => $id,)* }
            }

            pub fn english(self) -> &'static str {
                match self { $(Msg::$name => $text,)* }
            }
        }
    };
}

messages! {
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
    ProblemAt "problem-at" "{path}: {message}",
    ProblemWholeFile "problem-whole-file" "the file",
    WeightsHeading "weights-heading" "How much each criterion counts",
    WeightsHelp "weights-help" "Weights run from 0 (does not count) to 100 and are relative to each other.",
    DecreaseWeight "decrease-weight" "Decrease the weight of {criterion}",
    IncreaseWeight "increase-weight" "Increase the weight of {criterion}",
    PresetLabel "preset-label" "Weights preset",
    PresetCustom "preset-custom" "Custom weights",
    PresetSource "preset-source" "Source of these weights:",
    Reset "reset" "Reset to the default weights",
    RankingCaption "ranking-caption" "Providers ranked by weighted score, from 0 to 100",
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
    FragmentDefaults "fragment-defaults" "The default weights are shown instead of the link's weights.",
    DatasetInfo "dataset-info" "Data: {title}, version {version}, last updated {date}.",
    ContestValue "contest-value" "To contest a value:",
    DataNotice "data-notice" "Scores are computed in your browser from the data file; nothing is sent anywhere.",
    Close "close" "Close",
    Yes "yes" "Yes",
    No "no" "No",
    FactHeadquarters "fact-headquarters" "Headquarters",
    FactOwner "fact-owner" "Owner",
    FactWebsite "fact-website" "Website",
    FactListed "fact-listed" "Listed on a stock exchange",
    FactTender "fact-tender" "European Commission sovereign cloud tender (2026)",
    TenderWinner "tender-winner" "Awarded one of the four contracts",
    TenderPartner "tender-partner" "Partner in a winning bid",
    TenderNotAwarded "tender-not-awarded" "Not awarded",
    CertificationsHeading "certifications-heading" "Certifications",
    IncidentsHeading "incidents-heading" "Notable incidents",
    NoneRecorded "none-recorded" "None recorded in the data file.",
    ValuesCaption "values-caption" "Every value for {name}, with why and where it comes from",
    ColumnCriterion "column-criterion" "Criterion",
    ColumnValue "column-value" "Value",
    ColumnWhy "column-why" "Why, and sources",
    MissingValue "missing-value" "Missing",
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
    // Data file problems.
    ProblemSyntax "problem-syntax" "the file is not valid JSON (the error is near line {line}, column {column})",
    ProblemWrongType "problem-wrong-type" "expected {expected}, found {found}",
    ProblemMissingField "problem-missing-field" "the field “{field}” is required",
    ProblemUnknownField "problem-unknown-field" "“{field}” is not a field of format version 1",
    ProblemNotOneOf "problem-not-one-of" "“{found}” is not one of: {allowed}",
    ProblemUnsupportedVersion "problem-unsupported-version" "format_version {found} is not supported; this widget reads format version 1",
    ProblemInvalidId "problem-invalid-id" "“{id}” is not a valid id (lowercase letters and digits, separated by single hyphens)",
    ProblemDuplicateId "problem-duplicate-id" "the id “{id}” is used twice",
    ProblemUnknownGroup "problem-unknown-group" "no group has the id “{id}”",
    ProblemUnknownCriterion "problem-unknown-criterion" "no criterion has the id “{id}”",
    ProblemUnknownPreset "problem-unknown-preset" "no preset has the id “{id}”; the first preset is used",
    ProblemNoEnglish "problem-no-english" "an English text is required",
    ProblemBadScale "problem-bad-scale" "the scale must have min below max (min {min}, max {max})",
    ProblemLevelOutside "problem-level-outside" "the level {value} lies outside the scale",
    ProblemNoCriteria "problem-no-criteria" "the file defines no criterion",
    ProblemNoPresets "problem-no-presets" "the file defines no usable preset",
    ProblemNoProviders "problem-no-providers" "the file lists no usable provider",
    ProblemPresetMissing "problem-preset-missing" "the preset gives no weight for “{criterion}”; the preset was set aside",
    ProblemWeightRange "problem-weight-range" "the weight {weight} is not between 0 and 100; the preset was set aside",
    ProblemValueOutside "problem-value-outside" "the value {value} lies outside the scale {min} to {max}; it counts as missing",
    ProblemValueUnsourced "problem-value-unsourced" "the value has no valid source; it counts as missing",
    ProblemMissingNote "problem-missing-note" "a missing value needs a note saying why it is missing",
    ProblemBadDate "problem-bad-date" "“{date}” is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
    ProblemBadUrl "problem-bad-url" "“{url}” is not an http(s) link",
    ProblemUnknownStatus "problem-unknown-status" "“{status}” is not a status of {scheme}; the certification was set aside",
    // URL fragment problems.
    FragmentMalformedPart "fragment-malformed-part" "“{part}” is not of the form key=value",
    FragmentUnknownKey "fragment-unknown-key" "the setting “{key}” is not known and was ignored",
    FragmentDuplicateKey "fragment-duplicate-key" "the setting “{key}” appears twice; the first is used",
    FragmentMalformedWeight "fragment-malformed-weight" "“{entry}” is not of the form criterion:weight",
    FragmentUnknownCriterion "fragment-unknown-criterion" "there is no criterion “{id}”",
    FragmentBadWeight "fragment-bad-weight" "the weight “{weight}” for “{id}” is not a whole number from 0 to 100",
    FragmentDuplicateCriterion "fragment-duplicate-criterion" "the criterion “{id}” is given twice",
}
