//! Text that a data file may give in one language or in several.

/// A label or description from the data file: a plain (English) string, or a map from
/// language code to string with at least `"en"`. The map form lets a portal translate its
/// own data file without a new format version.
#[derive(Debug, Clone, PartialEq)]
pub enum Text {
    Plain(String),
    /// (language code, text) pairs, in the file's order.
    Localized(Vec<(String, String)>),
}

impl Text {
    /// The text in `lang`, else in English, else in any language the file gives.
    pub fn get(&self, lang: &str) -> &str {
        match self {
            Text::Plain(text) => text,
            Text::Localized(by_lang) => {
                let find = |code: &str| by_lang.iter().find(|(l, _)| l == code);
                find(lang)
                    .or_else(|| find("en"))
                    .or(by_lang.first())
                    .map_or("", |(_, text)| text)
            }
        }
    }

    /// Whether an English text is present (the fallback every reader relies on).
    pub fn has_english(&self) -> bool {
        match self {
            Text::Plain(text) => !text.trim().is_empty(),
            Text::Localized(by_lang) => by_lang
                .iter()
                .any(|(lang, text)| lang == "en" && !text.trim().is_empty()),
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
        let text = Text::Localized(
            [("en", "Strategic"), ("fr", "Stratégique")]
                .map(|(l, t)| (l.to_owned(), t.to_owned()))
                .to_vec(),
        );
        assert_eq!(text.get("fr"), "Stratégique");
        assert_eq!(text.get("de"), "Strategic");
        let only_fr = Text::Localized(vec![("fr".to_owned(), "Stratégique".to_owned())]);
        assert_eq!(only_fr.get("de"), "Stratégique");
        assert!(!only_fr.has_english());
        assert_eq!(Text::from("Plain").get("fr"), "Plain");
    }
}
