//! The choice of a weights preset, with its source, and a reset to the default.

use crate::data::Dataset;
use crate::i18n::{I18n, Msg};
use crate::markup::Markup;

/// A labelled select of presets ("Custom weights" while the weights match none; act
/// `preset`), the chosen preset's description and source, and a reset button (`reset`).
pub fn preset_picker(
    m: &mut Markup,
    i18n: &I18n,
    dataset: &Dataset,
    active: Option<usize>,
    prefix: &str,
) {
    let lang = i18n.lang();
    let labels: Vec<&str> = dataset.presets.iter().map(|p| p.label.get(lang)).collect();
    m.open("div", "ecc-presets").open("div", "ecc-preset-row");
    let id = [prefix, "-preset"].concat();
    let label = i18n.text(Msg::PresetLabel);
    let custom = i18n.text(Msg::PresetCustom);
    m.choice((&id, "preset", label), &labels, active, custom);
    let reset = i18n.text(Msg::Reset);
    m.button(&[prefix, "-reset"].concat(), "reset", reset, None, false);
    m.close("div").open("div", "ecc-preset-about");
    if let Some(preset) = active.and_then(|i| dataset.presets.get(i)) {
        m.element("p", "", preset.description.get(lang));
        source_line(m, i18n.text(Msg::PresetSource), &preset.source);
    }
    m.close("div").close("div");
}

/// "Source of these weights: <title, linked> (date)".
pub fn source_line(m: &mut Markup, lead: &str, source: &crate::data::PresetSource) {
    m.open("p", "").text(lead).text(" ");
    match &source.url {
        Some(url) => m.link(url, &source.title),
        None => m.text(&source.title),
    };
    if let Some(date) = &source.date {
        m.text(" (").text(date).text(")");
    }
    m.close("p");
}
