//! Messages for the problems the data, state and engine layers report as values.

use super::{plain, Catalogue, Msg, ReportMsg};
use crate::data::{Problem, ProblemKind};
use crate::state::FragmentProblem;

impl Catalogue {
    /// "path: what is wrong", for a problem in a data file.
    pub fn data_problem(&self, problem: &Problem) -> String {
        let path: &str = if problem.path.is_empty() {
            self.text(ReportMsg::ProblemWholeFile)
        } else {
            &problem.path
        };
        let message = self.problem_kind(&problem.kind);
        self.format(
            ReportMsg::ProblemAt,
            &[("path", &path), ("message", &message)],
        )
    }

    fn problem_kind(&self, kind: &ProblemKind) -> String {
        use ProblemKind::*;
        match kind {
            Syntax { line, column } => self.format(
                ReportMsg::ProblemSyntax,
                &[("line", line), ("column", column)],
            ),
            WrongType { expected, found } => self.format(
                ReportMsg::ProblemWrongType,
                &[("expected", expected), ("found", found)],
            ),
            MissingField { field } => {
                self.format(ReportMsg::ProblemMissingField, &[("field", field)])
            }
            UnknownField { field } => {
                self.format(ReportMsg::ProblemUnknownField, &[("field", field)])
            }
            NotOneOf { found, allowed } => self.format(
                ReportMsg::ProblemNotOneOf,
                &[("found", found), ("allowed", allowed)],
            ),
            UnsupportedVersion { found } => {
                self.format(ReportMsg::ProblemUnsupportedVersion, &[("found", found)])
            }
            InvalidId { id } => self.format(ReportMsg::ProblemInvalidId, &[("id", id)]),
            DuplicateId { id } => self.format(ReportMsg::ProblemDuplicateId, &[("id", id)]),
            UnknownGroup { id } => self.format(ReportMsg::ProblemUnknownGroup, &[("id", id)]),
            UnknownCriterion { id } => {
                self.format(ReportMsg::ProblemUnknownCriterion, &[("id", id)])
            }
            UnknownPreset { id } => self.format(ReportMsg::ProblemUnknownPreset, &[("id", id)]),
            NoEnglishText => self.text(ReportMsg::ProblemNoEnglish).into(),
            BadScale { min, max } => {
                let (min, max) = (plain(*min), plain(*max));
                self.format(ReportMsg::ProblemBadScale, &[("min", &min), ("max", &max)])
            }
            LevelOutsideScale { value } => {
                self.format(ReportMsg::ProblemLevelOutside, &[("value", &plain(*value))])
            }
            NoCriteria => self.text(ReportMsg::ProblemNoCriteria).into(),
            NoPresets => self.text(ReportMsg::ProblemNoPresets).into(),
            NoProviders => self.text(ReportMsg::ProblemNoProviders).into(),
            PresetMissingWeight { criterion } => {
                self.format(ReportMsg::ProblemPresetMissing, &[("criterion", criterion)])
            }
            WeightOutOfRange { weight } => {
                self.format(ReportMsg::ProblemWeightRange, &[("weight", weight)])
            }
            ValueOutsideScale { value, min, max } => {
                let (value, min, max) = (plain(*value), plain(*min), plain(*max));
                self.format(
                    ReportMsg::ProblemValueOutside,
                    &[("value", &value), ("min", &min), ("max", &max)],
                )
            }
            ValueWithoutSource => self.text(ReportMsg::ProblemValueUnsourced).into(),
            MissingWithoutNote => self.text(ReportMsg::ProblemMissingNote).into(),
            BadDate { date } => self.format(ReportMsg::ProblemBadDate, &[("date", date)]),
            BadUrl { url } => self.format(ReportMsg::ProblemBadUrl, &[("url", url)]),
            UnknownStatus { scheme, status } => self.format(
                ReportMsg::ProblemUnknownStatus,
                &[("scheme", scheme), ("status", status)],
            ),
        }
    }

    pub fn fragment_problem(&self, problem: &FragmentProblem) -> String {
        use FragmentProblem::*;
        match problem {
            MalformedPart { part } => self.format(Msg::FragmentMalformedPart, &[("part", part)]),
            UnknownKey { key } => self.format(Msg::FragmentUnknownKey, &[("key", key)]),
            DuplicateKey { key } => self.format(Msg::FragmentDuplicateKey, &[("key", key)]),
            MalformedWeight { entry } => {
                self.format(Msg::FragmentMalformedWeight, &[("entry", entry)])
            }
            UnknownCriterion { id } => self.format(Msg::FragmentUnknownCriterion, &[("id", id)]),
            BadWeight { id, weight } => {
                self.format(Msg::FragmentBadWeight, &[("id", id), ("weight", weight)])
            }
            DuplicateCriterion { id } => {
                self.format(Msg::FragmentDuplicateCriterion, &[("id", id)])
            }
            UnknownMissing { missing } => {
                self.format(Msg::FragmentUnknownMissing, &[("missing", missing)])
            }
            UnknownMethod { method } => {
                self.format(Msg::FragmentUnknownMethod, &[("method", method)])
            }
            BadGate { entry } => self.format(Msg::FragmentBadGate, &[("entry", entry)]),
            BadCertification { entry } => {
                self.format(Msg::FragmentBadCertification, &[("entry", entry)])
            }
            UnknownFilter { filter } => {
                self.format(Msg::FragmentUnknownFilter, &[("filter", filter)])
            }
            UnknownPreset { id } => self.format(Msg::FragmentUnknownPreset, &[("id", id)]),
            UnknownLanguage { lang } => {
                self.format(Msg::FragmentUnknownLanguage, &[("lang", lang)])
            }
            UnknownProvider { id } => self.format(Msg::FragmentUnknownProvider, &[("id", id)]),
            TooManyCompared { count } => {
                self.format(Msg::FragmentTooManyCompared, &[("count", count)])
            }
        }
    }
}
