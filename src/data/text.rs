//! Text that a data file may give in one language or in several.

use serde::Deserialize;
use std::collections::BTreeMap;

/// A label or description from the data file: a plain (English) string, or a map from
/// language code to string with at least `"en"`. The map form lets a portal translate its
/// own data file without a new format version.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Text {
    Plain(String),
    Localized(BTreeMap<String, String>),
}

impl Text {
    /// The text in `lang`, else in English, else in any language the file gives.
    pub fn get(&self, lang: &str) -> &str {
        match self {
            Text::Plain(text) => text,
            Text::Localized(by_lang) => by_lang
                .get(lang)
                .or_else(|| by_lang.get("en"))
                .or_else(|| by_lang.values().next())
                .map(String::as_str)
                .unwrap_or(""),
        }
    }

    /// Whether an English text is present (the fallback every reader relies on).
    pub fn has_english(&self) -> bool {
        match self {
            Text::Plain(text) => !text.trim().is_empty(),
            Text::Localized(by_lang) => by_lang.get("en").is_some_and(|t| !t.trim().is_empty()),
        }
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Text::Plain(text.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_english_then_any() {
        let text: Text = serde_json::from_str(r#"{"en":"Strategic","fr":"Stratégique"}"#).unwrap();
        assert_eq!(text.get("fr"), "Stratégique");
        assert_eq!(text.get("de"), "Strategic");
        let only_fr: Text = serde_json::from_str(r#"{"fr":"Stratégique"}"#).unwrap();
        assert_eq!(only_fr.get("de"), "Stratégique");
        assert!(!only_fr.has_english());
        assert_eq!(Text::from("Plain").get("fr"), "Plain");
    }
}
