//! Messages for the problems the data, state and engine layers report as values.

use super::{plain, Catalogue, Msg};
use crate::data::{Problem, ProblemKind};
use crate::state::FragmentProblem;

impl Catalogue {
    /// "path: what is wrong", for a problem in a data file.
    pub fn data_problem(&self, problem: &Problem) -> String {
        let path: &str = if problem.path.is_empty() {
            self.text(Msg::ProblemWholeFile)
        } else {
            &problem.path
        };
        let message = self.problem_kind(&problem.kind);
        self.format(Msg::ProblemAt, &[("path", &path), ("message", &message)])
    }

    fn problem_kind(&self, kind: &ProblemKind) -> String {
        use ProblemKind::*;
        match kind {
            Syntax { line, column } => {
                self.format(Msg::ProblemSyntax, &[("line", line), ("column", column)])
            }
            WrongType { expected, found } => self.format(
                Msg::ProblemWrongType,
                &[("expected", expected), ("found", found)],
            ),
            MissingField { field } => self.format(Msg::ProblemMissingField, &[("field", field)]),
            UnknownField { field } => self.format(Msg::ProblemUnknownField, &[("field", field)]),
            NotOneOf { found, allowed } => self.format(
                Msg::ProblemNotOneOf,
                &[("found", found), ("allowed", allowed)],
            ),
            UnsupportedVersion { found } => {
                self.format(Msg::ProblemUnsupportedVersion, &[("found", found)])
            }
            InvalidId { id } => self.format(Msg::ProblemInvalidId, &[("id", id)]),
            DuplicateId { id } => self.format(Msg::ProblemDuplicateId, &[("id", id)]),
            UnknownGroup { id } => self.format(Msg::ProblemUnknownGroup, &[("id", id)]),
            UnknownCriterion { id } => self.format(Msg::ProblemUnknownCriterion, &[("id", id)]),
            UnknownPreset { id } => self.format(Msg::ProblemUnknownPreset, &[("id", id)]),
            NoEnglishText => self.text(Msg::ProblemNoEnglish).into(),
            BadScale { min, max } => {
                let (min, max) = (plain(*min), plain(*max));
                self.format(Msg::ProblemBadScale, &[("min", &min), ("max", &max)])
            }
            LevelOutsideScale { value } => {
                self.format(Msg::ProblemLevelOutside, &[("value", &plain(*value))])
            }
            NoCriteria => self.text(Msg::ProblemNoCriteria).into(),
            NoPresets => self.text(Msg::ProblemNoPresets).into(),
            NoProviders => self.text(Msg::ProblemNoProviders).into(),
            PresetMissingWeight { criterion } => {
                self.format(Msg::ProblemPresetMissing, &[("criterion", criterion)])
            }
            WeightOutOfRange { weight } => {
                self.format(Msg::ProblemWeightRange, &[("weight", weight)])
            }
            ValueOutsideScale { value, min, max } => {
                let (value, min, max) = (plain(*value), plain(*min), plain(*max));
                self.format(
                    Msg::ProblemValueOutside,
                    &[("value", &value), ("min", &min), ("max", &max)],
                )
            }
            ValueWithoutSource => self.text(Msg::ProblemValueUnsourced).into(),
            MissingWithoutNote => self.text(Msg::ProblemMissingNote).into(),
            BadDate { date } => self.format(Msg::ProblemBadDate, &[("date", date)]),
            BadUrl { url } => self.format(Msg::ProblemBadUrl, &[("url", url)]),
            UnknownStatus { scheme, status } => self.format(
                Msg::ProblemUnknownStatus,
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
            UnknownProvider { id } => self.format(Msg::FragmentUnknownProvider, &[("id", id)]),
            TooManyCompared { count } => {
                self.format(Msg::FragmentTooManyCompared, &[("count", count)])
            }
        }
    }
}
