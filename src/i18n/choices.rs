//! Messages for the visitor's choices (methods, filters) and for why a provider is not ranked.

use super::{plain, Catalogue, Msg};
use crate::data::{Dataset, Flag, Requirement};
use crate::engine::screen::Exclusion;
use crate::engine::{Method, Missing};

impl Catalogue {
    /// A certification status in words (ACN's levels are designations, kept as written).
    pub fn status(&self, status: &str) -> String {
        let msg = match status {
            "qualified" => Msg::StatusQualified,
            "in-progress" => Msg::StatusInProgress,
            "type-1" => Msg::StatusType1,
            "type-2" => Msg::StatusType2,
            "basic" => Msg::StatusBasic,
            "medium" => Msg::StatusMedium,
            "high" => Msg::StatusHigh,
            "member" => Msg::StatusMember,
            "label-1" => Msg::StatusLabel1,
            "label-2" => Msg::StatusLabel2,
            "label-3" => Msg::StatusLabel3,
            "code-of-conduct" => Msg::StatusCodeOfConduct,
            other => return other.to_ascii_uppercase(),
        };
        self.text(msg).to_owned()
    }

    /// "SecNumCloud (qualified or better)", or the scheme alone when any status will do.
    pub fn requirement(&self, r: &Requirement) -> String {
        match r.status {
            None => r.scheme.name().to_owned(),
            Some(status) => {
                let status = self.status(status);
                let least = self.format(Msg::CertAtLeast, &[("status", &status)]);
                format!("{} ({least})", r.scheme.name())
            }
        }
    }

    pub fn method(&self, method: Method) -> (&str, &str) {
        let (name, about) = match method {
            Method::WeightedSum => (Msg::MethodWeightedSum, Msg::MethodAboutWeightedSum),
            Method::Topsis => (Msg::MethodTopsis, Msg::MethodAboutTopsis),
            Method::Framework => (Msg::MethodFramework, Msg::MethodAboutFramework),
        };
        (self.text(name), self.text(about))
    }

    /// How missing values count: its name and a line saying what it does.
    pub fn missing_rule(&self, missing: Missing) -> (&str, &str) {
        let (name, about) = match missing {
            Missing::Worst => (Msg::MissingWorst, Msg::MissingAboutWorst),
            Missing::Midpoint => (Msg::MissingMidpoint, Msg::MissingAboutMidpoint),
            Missing::Skip => (Msg::MissingSkip, Msg::MissingAboutSkip),
        };
        (self.text(name), self.text(about))
    }

    pub fn flag(&self, flag: Flag) -> &str {
        self.text(match flag {
            Flag::EuHeadquarters => Msg::FlagEuHeadquarters,
            Flag::EuParent => Msg::FlagEuParent,
            Flag::HideReferences => Msg::FlagHideReferences,
        })
    }

    /// The requirement behind an exclusion, named as the controls name it.
    pub fn exclusion_filter(&self, dataset: &Dataset, exclusion: &Exclusion) -> String {
        match exclusion {
            Exclusion::BelowGate { criterion, minimum } => {
                let label = dataset.criteria[*criterion].label.get(&self.lang);
                format!("{label} ≥ {minimum}")
            }
            Exclusion::Uncertified(r) => self.requirement(r),
            Exclusion::HeadquartersOutsideEu => self.flag(Flag::EuHeadquarters).to_owned(),
            Exclusion::ParentOutsideEu => self.flag(Flag::EuParent).to_owned(),
            Exclusion::Reference => self.flag(Flag::HideReferences).to_owned(),
        }
    }

    /// Why `provider` is not ranked: "SOV-5 at SEAL 1, below the required 2".
    pub fn exclusion(&self, dataset: &Dataset, provider: usize, exclusion: &Exclusion) -> String {
        let p = &dataset.providers[provider];
        match exclusion {
            Exclusion::BelowGate { criterion, minimum } => {
                let c = &dataset.criteria[*criterion];
                let label = c.label.get(&self.lang);
                match p.values[*criterion].value {
                    Some(value) => self.format(
                        Msg::ReasonGate,
                        &[
                            ("criterion", &label),
                            ("level", &plain(value)),
                            ("minimum", minimum),
                        ],
                    ),
                    None => self.format(
                        Msg::ReasonGateMissing,
                        &[("criterion", &label), ("minimum", minimum)],
                    ),
                }
            }
            Exclusion::Uncertified(r) => {
                let requirement = self.requirement(r);
                self.format(Msg::ReasonCertification, &[("requirement", &requirement)])
            }
            Exclusion::HeadquartersOutsideEu => {
                self.format(Msg::ReasonHeadquarters, &[("country", &p.country)])
            }
            Exclusion::ParentOutsideEu => match &p.owner.country {
                Some(country) => self.format(Msg::ReasonParent, &[("owner", country)]),
                None => self.text(Msg::ReasonParentUnknown).to_owned(),
            },
            Exclusion::Reference => self.text(Msg::ReasonReference).to_owned(),
        }
    }

    /// Every reason why `provider` is not ranked, in one line ("…; …").
    pub fn reasons(&self, dataset: &Dataset, provider: usize, reasons: &[Exclusion]) -> String {
        let mut line = String::new();
        for reason in reasons {
            if !line.is_empty() {
                line.push_str("; ");
            }
            line.push_str(&self.exclusion(dataset, provider, reason));
        }
        if crate::engine::screen::only_missing(&dataset.providers[provider], reasons) {
            line.push_str(" (");
            line.push_str(self.text(Msg::ReasonOnlyMissing));
            line.push(')');
        }
        line
    }

    /// The criteria `provider` has no value for, by label, joined by `separator`.
    pub fn missing(&self, dataset: &Dataset, provider: usize, separator: &str) -> String {
        let mut line = String::new();
        let values = &dataset.providers[provider].values;
        for (criterion, cell) in dataset.criteria.iter().zip(values) {
            if cell.value.is_none() {
                if !line.is_empty() {
                    line.push_str(separator);
                }
                line.push_str(criterion.label.get(&self.lang));
            }
        }
        line
    }
}
