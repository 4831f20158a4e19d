//! "Why this ranking, and how sure is it": sensitivity of the first place and of each pair
//! of neighbours, rank acceptability under uncertain weights (SMAA), and two providers
//! compared criterion by criterion.
//!
//! Everything here is computed only while the disclosure is open, and once per change of
//! the ranking: at 20 providers it takes a few milliseconds, at 1,000 far more.

use crate::data::Dataset;
use crate::engine::{explain, sensitivity, smaa, Method, Missing, Ranking};
use crate::i18n::{decimal, I18n, Msg, ReportMsg};
use crate::markup::Markup;
use crate::protocol::{Act, ElementId};

/// Weight draws for the rank acceptability.
const SAMPLES: u32 = 2000;
/// Neighbour pairs whose smallest swap is shown, from the top.
const PAIRS: usize = 5;
/// Providers (and ranks) in the acceptability table.
const TOP: usize = 5;

/// What the analyses look at: the ranking and how it was made.
pub struct Analysed<'a> {
    /// The messages to show.
    pub i18n: &'a I18n,
    /// The providers ranked (those that meet the requirements).
    pub scope: &'a Dataset,
    /// The dataset index of each provider of `scope`.
    pub members: &'a [usize],
    pub method: Method,
    pub missing: Missing,
    pub weights: &'a [u8],
    /// The current ranking, with dataset indexes.
    pub ranking: &'a Ranking,
}

/// The body of the analysis disclosure: sensitivity in sentences, the rank acceptability
/// table with its uncertainty select (act `uncertainty`), and two providers compared
/// (acts `pair-a`, `pair-b`; positions in the ranking).
pub fn analysis(
    m: &mut Markup,
    props: &Analysed,
    uncertainty: u8,
    pair: (usize, usize),
    prefix: &str,
) {
    let i18n = props.i18n;
    sensitivity_text(m, props);
    m.element("h3", "", i18n.text(ReportMsg::SmaaHeading));
    let help = i18n.format(ReportMsg::SmaaHelp, &[("samples", &SAMPLES)]);
    m.element("p", "ecc-hint", &help);
    let levels = [
        ("10", "± 10 %"),
        ("20", "± 20 %"),
        ("30", "± 30 %"),
        ("50", "± 50 %"),
    ];
    let label = i18n.text(ReportMsg::SmaaUncertainty);
    let current = uncertainty.to_string();
    m.select(
        &ElementId::Uncertainty.at(prefix),
        &Act::Uncertainty,
        label,
        &current,
        &levels,
    );
    acceptability_table(m, props, uncertainty);
    m.element("h3", "", i18n.text(ReportMsg::PairHeading));
    let entries = &props.ranking.entries;
    if entries.len() > 1 {
        // Positions chosen in a longer ranking (before a requirement) fall to the last.
        let last = entries.len() - 1;
        let pair = (pair.0.min(last), pair.1.min(last));
        let places: Vec<String> = (0..entries.len()).map(|i| i.to_string()).collect();
        let mut names = Vec::with_capacity(entries.len());
        for (place, e) in places.iter().zip(entries) {
            names.push((place.as_str(), name(props, e.provider)));
        }
        m.open("div", "ecc-pair");
        for (which, second, msg) in [
            (pair.0, false, ReportMsg::PairFirst),
            (pair.1, true, ReportMsg::PairSecond),
        ] {
            let id = ElementId::Pair { second }.at(prefix);
            let act = Act::Pair { second };
            m.select(&id, &act, i18n.text(msg), &which.to_string(), &names);
        }
        m.close("div");
        pair_text(m, props, pair);
    }
}

fn name<'a>(props: &Analysed<'a>, dataset_index: usize) -> &'a str {
    let scoped = props.members.iter().position(|&m| m == dataset_index);
    scoped.map_or("", |i| props.scope.providers[i].name.as_str())
}

/// The scope's index of a dataset index.
fn scoped(props: &Analysed, dataset_index: usize) -> usize {
    props
        .members
        .iter()
        .position(|&m| m == dataset_index)
        .unwrap_or(0)
}

/// First-place ranges per criterion that counts, then the smallest swap of each of the
/// first neighbour pairs, in sentences.
fn sensitivity_text(m: &mut Markup, props: &Analysed) {
    let i18n = props.i18n;
    let (scope, method, weights) = (props.scope, props.method, props.weights);
    let lang = i18n.lang();
    m.element("h3", "", i18n.text(ReportMsg::SensitivityHeading));
    let Some(first) = props.ranking.entries.first() else {
        return;
    };
    let leader = name(props, first.provider);
    if let Ok(ranges) = sensitivity::first_place_ranges(method, props.missing, scope, weights) {
        m.open("ul", "ecc-list ecc-stable");
        for r in ranges
            .iter()
            .filter(|r| method != Method::Framework || scope.in_framework(r.criterion))
        {
            let criterion = scope.criteria[r.criterion].label.get(lang);
            let text = i18n.format(
                ReportMsg::StableRange,
                &[
                    ("provider", &leader),
                    ("criterion", &criterion),
                    ("low", &r.low),
                    ("high", &r.high),
                    ("weight", &weights[r.criterion]),
                ],
            );
            m.element("li", "", &text);
        }
        m.close("ul");
    }
    m.element("h3", "", i18n.text(ReportMsg::SwapsHeading));
    if let Ok(swaps) = sensitivity::neighbour_swaps(method, props.missing, scope, weights, PAIRS) {
        m.open("ul", "ecc-list ecc-swaps");
        for (pair, swap) in props.ranking.entries.windows(2).zip(swaps) {
            let upper = name(props, pair[0].provider);
            let lower = name(props, pair[1].provider);
            let text = match swap {
                Some(s) => {
                    let criterion = scope.criteria[s.criterion].label.get(lang);
                    i18n.format(
                        ReportMsg::Swap,
                        &[
                            ("lower", &lower),
                            ("upper", &upper),
                            ("criterion", &criterion),
                            ("from", &weights[s.criterion]),
                            ("to", &s.weight),
                        ],
                    )
                }
                None => i18n.format(ReportMsg::SwapNone, &[("lower", &lower), ("upper", &upper)]),
            };
            m.element("li", "", &text);
        }
        m.close("ul");
    }
}

/// The share of draws in which each of the first providers takes each of the first ranks.
fn acceptability_table(m: &mut Markup, props: &Analysed, uncertainty: u8) {
    let i18n = props.i18n;
    let (method, scope) = (props.method, props.scope);
    let rule = (method, props.missing);
    let Ok(a) = smaa::acceptability(
        rule.0,
        rule.1,
        scope,
        props.weights,
        uncertainty,
        SAMPLES,
        1,
    ) else {
        return;
    };
    let top = props.ranking.entries.len().min(TOP);
    let caption = i18n.format(ReportMsg::SmaaCaption, &[("count", &top)]);
    m.table("ecc-values ecc-smaa", &caption, false);
    let ranks: Vec<String> = (1..=top)
        .map(|rank| i18n.format(ReportMsg::ColumnRankN, &[("rank", &rank)]))
        .collect();
    let mut columns = vec![i18n.text(Msg::ColumnProvider)];
    columns.extend(ranks.iter().map(String::as_str));
    m.head(&columns);
    for entry in &props.ranking.entries[..top] {
        m.open("tr", "").row_header(name(props, entry.provider));
        for rank in 1..=top {
            let share = a.share(scoped(props, entry.provider), rank as u32);
            m.element("td", "", &(decimal(share * 100.0, 0, "") + " %"));
        }
        m.close("tr");
    }
    m.end_table(false);
}

/// For two providers (positions in the ranking), the criteria on which each is ahead, with
/// the points it gains there, and the total.
fn pair_text(m: &mut Markup, props: &Analysed, (a, b): (usize, usize)) {
    let i18n = props.i18n;
    let entries = &props.ranking.entries;
    let (Some(a), Some(b)) = (entries.get(a), entries.get(b)) else {
        return;
    };
    let weights = props.method.effective_weights(props.scope, props.weights);
    let (sa, sb) = (scoped(props, a.provider), scoped(props, b.provider));
    let Ok(diff) = explain::pairwise(props.scope, &weights, props.missing, sa, sb) else {
        return;
    };
    let sep = i18n.text(Msg::DecimalSeparator);
    let lang = i18n.lang();
    for (who, sign) in [(a.provider, 1.0), (b.provider, -1.0)] {
        let name = name(props, who);
        m.open("p", "")
            .text(&i18n.format(ReportMsg::PairAhead, &[("name", &name)]))
            .text(" ");
        let gains: Vec<f64> = diff.iter().map(|d| d * sign).collect();
        let ahead: Vec<(usize, f64)> =
            crate::order::sorted(gains.len(), &|x, y| gains[y].total_cmp(&gains[x]))
                .into_iter()
                .map(|j| (j, gains[j]))
                .filter(|(_, d)| *d > 1e-9)
                .collect();
        if ahead.is_empty() {
            m.text(i18n.text(ReportMsg::PairNothing));
        }
        for (n, (criterion, points)) in ahead.iter().enumerate() {
            if n > 0 {
                m.text(", ");
            }
            let criterion = props.scope.criteria[*criterion].label.get(lang);
            let points = decimal(*points, 2, sep);
            let item = i18n.format(
                ReportMsg::PairItem,
                &[("criterion", &criterion), ("points", &points)],
            );
            m.text(&item);
        }
        m.close("p");
    }
    let total: f64 = diff.iter().sum();
    let text = if total.abs() < 1e-9 {
        i18n.text(ReportMsg::PairEqual).to_owned()
    } else {
        let (leader, points) = if total > 0.0 {
            (a.provider, total)
        } else {
            (b.provider, -total)
        };
        let points = decimal(points, 2, sep);
        i18n.format(
            ReportMsg::PairTotal,
            &[("points", &points), ("name", &name(props, leader))],
        )
    };
    m.element("p", "", &text);
}
