//! The choice of how scores are computed.

use super::select::Select;
use crate::engine::Method;
use crate::i18n::{I18n, Msg};
use crate::protocol::ElementId;
use std::rc::Rc;
use yew::prelude::*;

/// The picker's props.
#[derive(Properties, PartialEq)]
pub struct MethodPickerProps {
    pub i18n: I18n,
    pub method: Method,
    pub prefix: AttrValue,
    pub on_method: Callback<Method>,
}

/// The method select, with a line saying what the chosen method does.
#[component]
pub fn MethodPicker(props: &MethodPickerProps) -> Html {
    let i18n = &props.i18n;
    let options: Rc<[(AttrValue, AttrValue)]> = Method::ALL
        .iter()
        .map(|m| {
            (
                AttrValue::Static(m.id()),
                AttrValue::from(i18n.method(*m).0.to_owned()),
            )
        })
        .collect();
    let on_change = {
        let on_method = props.on_method.clone();
        Callback::from(move |id: String| {
            if let Some(method) = Method::ALL.into_iter().find(|m| m.id() == id) {
                on_method.emit(method)
            }
        })
    };
    html! {
        <>
            <Select id={AttrValue::from(ElementId::Method.at(&props.prefix))} {options}
                current={AttrValue::Static(props.method.id())} {on_change}
                label={AttrValue::from(i18n.text(Msg::MethodLabel).to_owned())} />
            <p class="ecc-hint">{ i18n.method(props.method).1 }</p>
        </>
    }
}
