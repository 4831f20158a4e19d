//! The weight controls, grouped as the data file groups its criteria.
//!
//! The panel's markup depends only on the dataset and the language, so it is written once
//! and never replaced while a visitor drags a slider; `sync_weights`, run after each
//! render, sets the current weights on the sliders and their outputs.

use crate::data::Dataset;
use crate::i18n::{I18n, Msg};
use crate::markup::Markup;
use wasm_bindgen::JsCast;

/// One `<fieldset>` per group of criteria, with its `<legend>`, and per criterion a native
/// range input with a real label and its description, the value in an `<output>`, and
/// buttons to change it without dragging (WCAG 2.2 SC 2.5.7), by `state::STEP`. Acts: `weight:<index>` on
/// input, `dec:<index>` and `inc:<index>` on the buttons (see `choice`).
pub fn weight_panel(m: &mut Markup, i18n: &I18n, dataset: &Dataset, prefix: &str) {
    let lang = i18n.lang();
    m.open("div", "ecc-weights")
        .element("p", "ecc-hint", i18n.text(Msg::WeightsHelp));
    for (group, g) in dataset.groups.iter().enumerate() {
        m.open("fieldset", "ecc-group")
            .element("legend", "", g.label.get(lang));
        for (index, c) in dataset.criteria.iter().enumerate() {
            if c.group != group {
                continue;
            }
            let id = [prefix, "-w-", &c.id].concat();
            let label = c.label.get(lang);
            m.open("div", "ecc-weight")
                .raw("<label")
                .attr("for", &id)
                .raw(">")
                .text(label)
                .raw("</label><p class=\"ecc-hint\"")
                .attr("id", &[id.as_str(), "-description"].concat())
                .raw(">")
                .text(c.description.get(lang))
                .raw("</p><div class=\"ecc-weight-row\">");
            for (step, act, symbol, msg) in [
                ("down", "dec", "−", Msg::DecreaseWeight),
                ("up", "inc", "+", Msg::IncreaseWeight),
            ] {
                m.raw("<button type=\"button\" class=\"ecc-step\"")
                    .attr("data-criterion-id", &c.id)
                    .attr("data-step", step)
                    .attr("data-act", &format!("{act}:{index}"))
                    .attr("id", &format!("{id}-{step}"))
                    .attr("aria-label", &i18n.format(msg, &[("criterion", &label)]))
                    .raw(">")
                    .text(symbol)
                    .raw("</button>");
                if step == "down" {
                    m.raw("<input type=\"range\" min=\"0\" max=\"100\" step=\"1\"")
                        .attr("id", &id)
                        .attr("data-criterion-id", &c.id)
                        .attr("data-act", &format!("weight:{index}"))
                        .attr("aria-describedby", &[id.as_str(), "-description"].concat())
                        .raw(">");
                }
            }
            m.raw("<output class=\"ecc-weight-value\"")
                .attr("for", &id)
                .attr("id", &[id.as_str(), "-value"].concat())
                .raw("></output></div></div>");
        }
        m.close("fieldset");
    }
    m.close("div");
}

/// Sets each slider and output under `root` (the widget) to its weight.
pub fn sync_weights(root: &web_sys::Element, weights: &[u8]) {
    let (Ok(inputs), Ok(outputs)) = (
        root.query_selector_all("input[type=range][data-act]"),
        root.query_selector_all("output.ecc-weight-value"),
    ) else {
        return;
    };
    // Both lists are in the panel's order, which is the criteria's order within groups:
    // each input names its criterion's index in its act.
    for i in 0..inputs.length() {
        let Some(input) = inputs
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            continue;
        };
        let index = input
            .get_attribute("data-act")
            .and_then(|act| act.strip_prefix("weight:")?.parse::<usize>().ok());
        let Some(weight) = index.and_then(|i| weights.get(i)) else {
            continue;
        };
        let value = weight.to_string();
        if input.value() != value {
            input.set_value(&value);
        }
        if let Some(output) = outputs.item(i) {
            if output.text_content().as_deref() != Some(&value) {
                output.set_text_content(Some(&value));
            }
        }
    }
}
