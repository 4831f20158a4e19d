//! The choice of how scores are computed: the method, and how missing values count.

use super::select::Select;
use crate::engine::{Method, Missing};
use crate::i18n::{I18n, Msg};
use crate::protocol::ElementId;
use std::rc::Rc;
use yew::prelude::*;

/// The picker's props.
#[derive(Properties, PartialEq)]
pub struct MethodPickerProps {
    pub i18n: I18n,
    pub method: Method,
    pub missing: Missing,
    pub prefix: AttrValue,
    pub on_method: Callback<Method>,
    pub on_missing: Callback<Missing>,
}

/// The method select and the missing-values select, each with a line saying what the
/// choice does.
#[component]
pub fn MethodPicker(props: &MethodPickerProps) -> Html {
    let i18n = &props.i18n;
    let method = choice(
        &Method::ALL,
        Method::id,
        |m| i18n.method(m),
        props.method,
        &props.on_method,
    );
    let missing = choice(
        &Missing::ALL,
        Missing::id,
        |m| i18n.missing_rule(m),
        props.missing,
        &props.on_missing,
    );
    let select = |(options, current, on_change, about): Choice, id: ElementId, label: Msg| {
        html! {
            <>
                <Select id={AttrValue::from(id.at(&props.prefix))} {options} {current} {on_change}
                    label={AttrValue::from(i18n.text(label).to_owned())} />
                <p class="ecc-hint">{ about }</p>
            </>
        }
    };
    html! {
        <>
            { select(method, ElementId::Method, Msg::MethodLabel) }
            { select(missing, ElementId::Missing, Msg::MissingLabel) }
        </>
    }
}

/// A select's options, current id, change callback and the line about the current choice.
type Choice = (
    Rc<[(AttrValue, AttrValue)]>,
    AttrValue,
    Callback<String>,
    String,
);

/// One choice among `all`, named and described by `text`, as a select needs it.
fn choice<'a, T: Copy + PartialEq + 'static>(
    all: &'static [T],
    id: fn(T) -> &'static str,
    text: impl Fn(T) -> (&'a str, &'a str),
    current: T,
    on_choose: &Callback<T>,
) -> Choice {
    let options = all
        .iter()
        .map(|&c| {
            (
                AttrValue::Static(id(c)),
                AttrValue::from(text(c).0.to_owned()),
            )
        })
        .collect();
    let on_change = {
        let on_choose = on_choose.clone();
        Callback::from(move |chosen: String| {
            if let Some(&c) = all.iter().find(|&&c| id(c) == chosen) {
                on_choose.emit(c)
            }
        })
    };
    let about = text(current).1.to_owned();
    (options, AttrValue::Static(id(current)), on_change, about)
}
