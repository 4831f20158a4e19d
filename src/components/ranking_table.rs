//! The ranking as an accessible table.

use crate::data::Dataset;
use crate::engine::Ranking;
use crate::i18n::{decimal, I18n, Msg};
use crate::markup::Markup;
use crate::state::MAX_COMPARED;

/// A `<table>` with a caption and column headers; the provider's name heads each row and
/// is a button that opens (or closes) its details (`show:<index>`, see `choice`). Each row
/// has rank (tied or not), name (with a reference tag and the criteria it has no value
/// for), country, and score as text and as a bar. The bar is SVG sized by attributes, so
/// it needs no inline style (a strict Content-Security-Policy allows it). Rows carry the
/// test contract: `data-provider-id`, `data-rank`, `data-score` (two decimals, a dot).
/// Each name has a "Compare" checkbox (`compare:<index>`); once `MAX_COMPARED` are ticked
/// the others are disabled.
pub fn ranking_table(
    m: &mut Markup,
    i18n: &I18n,
    dataset: &Dataset,
    ranking: &Ranking,
    (selected, compared): (Option<usize>, &[usize]),
    prefix: &str,
) {
    let full = compared.len() >= MAX_COMPARED;
    m.table("ecc-ranking", i18n.text(Msg::RankingCaption), false);
    m.head(&ranking_columns(i18n));
    for entry in &ranking.entries {
        let p = &dataset.providers[entry.provider];
        let score = decimal(entry.score, 2, ".");
        m.raw("<tr class=\"ecc-row\"")
            .attr("data-provider-id", &p.id)
            .attr("data-rank", &entry.rank.to_string())
            .attr("data-score", &score)
            .raw("><td class=\"ecc-rank\">")
            .text(&entry.rank.to_string());
        if entry.tied {
            m.element("span", "ecc-tied", i18n.text(Msg::Tied));
        }
        m.raw("</td><th scope=\"row\" class=\"ecc-provider\"><span class=\"ecc-name\">");
        let open = selected == Some(entry.provider);
        m.raw("<button type=\"button\" class=\"ecc-link\"")
            .attr("id", &[prefix, "-open-", &p.id].concat())
            .attr("data-act", &["show:", &entry.provider.to_string()].concat())
            .attr("aria-expanded", if open { "true" } else { "false" })
            .attr("aria-controls", &[prefix, "-detail"].concat())
            .raw(">")
            .text(&p.name)
            .raw("</button></span>");
        let picked = compared.contains(&entry.provider);
        let id = [prefix, "-compare-", &p.id].concat();
        m.raw("<span class=\"ecc-pick\"><input type=\"checkbox\"")
            .attr("id", &id)
            .attr(
                "data-act",
                &["compare:", &entry.provider.to_string()].concat(),
            );
        if picked {
            m.raw(" checked");
        } else if full {
            // Why it cannot be ticked: the side-by-side view says so.
            m.raw(" disabled")
                .attr("aria-describedby", &[prefix, "-compare-full"].concat());
        }
        m.raw("><label").attr("for", &id).raw(">");
        m.text(i18n.text(Msg::CompareLabel))
            .raw("<span class=\"ecc-visually-hidden\"> ")
            .text(&p.name)
            .raw("</span></label></span>");
        if p.reference {
            m.element("span", "ecc-tag", i18n.text(Msg::ReferenceTag));
        }
        let missing = i18n.missing(dataset, entry.provider, ", ");
        if !missing.is_empty() {
            let note = i18n.format(Msg::MissingValues, &[("criteria", &missing)]);
            m.element("span", "ecc-missing", &note);
        }
        m.raw("</th>")
            .element("td", "ecc-country", &p.country)
            .raw("<td class=\"ecc-score\">")
            .element("span", "ecc-score-value", &i18n.score(entry.score))
            .raw(
                "<svg class=\"ecc-bar\" viewBox=\"0 0 100 4\" preserveAspectRatio=\"none\" \
                 aria-hidden=\"true\" focusable=\"false\"><rect class=\"ecc-bar-track\" \
                 width=\"100\" height=\"4\"></rect><rect class=\"ecc-bar-fill\" height=\"4\"",
            )
            .attr("width", &score)
            .raw("></rect></svg></td></tr>");
    }
    m.end_table(false);
}

/// The ranking's column headers: rank, provider, country, score (the printed report's
/// ranking starts with the same).
pub fn ranking_columns(i18n: &I18n) -> [&str; 4] {
    [
        Msg::ColumnRank,
        Msg::ColumnProvider,
        Msg::ColumnCountry,
        Msg::ColumnScore,
    ]
    .map(|column| i18n.text(column))
}
