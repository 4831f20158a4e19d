//! Text to a JSON tree, and the tree.
//!
//! In the browser the tree comes from the browser's own `JSON.parse`; serde_json's parser
//! and its map types would add about 7 KB brotli to a bundle that has no room for them.
//! Only when the text is not JSON does `syntax_error` scan it, to say where (line and
//! column, as serde_json says it). On the host (tests, the data check) serde_json parses
//! and its tree is converted, so both read the same tree; the tests check that both place
//! syntax errors alike.
//!
//! Numbers are `f64`, as in JavaScript: a whole-valued number (`15` or `15.0`) reads as a
//! whole number on both.

/// A JSON value. Objects keep their keys in the text's order (a repeated key keeps its
/// first place and its last value, as `JSON.parse` does).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

/// A JSON number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number(pub f64);

/// 2^53: every whole number below it is exact in an `f64`.
const EXACT: f64 = 9_007_199_254_740_992.0;

impl Number {
    pub fn as_f64(&self) -> Option<f64> {
        Some(self.0)
    }

    /// The number, if it is whole (and exact).
    pub fn as_i64(&self) -> Option<i64> {
        (self.0.fract() == 0.0 && self.0.abs() < EXACT).then_some(self.0 as i64)
    }

    /// The number, if it is whole, exact and not negative.
    pub fn as_u64(&self) -> Option<u64> {
        self.as_i64().and_then(|n| u64::try_from(n).ok())
    }
}

/// A JSON object: its entries in order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Map(pub Vec<(String, Value)>);

impl Map {
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Sets `key`: a new key goes last, a known one keeps its place.
    fn insert(&mut self, key: String, value: Value) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => *v = value,
            None => self.0.push((key, value)),
        }
    }
}

impl<'a> IntoIterator for &'a Map {
    type Item = (&'a String, &'a Value);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, Value)>,
        fn(&'a (String, Value)) -> (&'a String, &'a Value),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl Value {
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(map) => map.get(key),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.as_u64(),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => n.as_f64(),
            _ => None,
        }
    }
}

/// The tree, or the line and column (1-based) where the text stops being JSON.
#[cfg(target_arch = "wasm32")]
pub fn tree(json: &str) -> Result<Value, (usize, usize)> {
    parse(json).ok_or_else(|| syntax_error(json))
}

/// The tree, or `None` when the text is not JSON: for a reader that does not say where
/// (the first load), so that the scanner behind `syntax_error` stays out of its module.
#[cfg(target_arch = "wasm32")]
pub fn parse(json: &str) -> Option<Value> {
    js_sys::JSON::parse(json).ok().map(|value| from_js(&value))
}

/// The tree, or `None` when the text is not JSON.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse(json: &str) -> Option<Value> {
    tree(json).ok()
}

/// The tree, or the line and column (1-based) where the text stops being JSON.
#[cfg(not(target_arch = "wasm32"))]
pub fn tree(json: &str) -> Result<Value, (usize, usize)> {
    serde_json::from_str(json)
        .map(|tree| from_serde(&tree))
        .map_err(|err| (err.line(), err.column()))
}

#[cfg(not(target_arch = "wasm32"))]
fn from_serde(value: &serde_json::Value) -> Value {
    use serde_json::Value as S;
    match value {
        S::Null => Value::Null,
        S::Bool(b) => Value::Bool(*b),
        S::Number(n) => Value::Number(Number(n.as_f64().unwrap_or(f64::NAN))),
        S::String(s) => Value::String(s.clone()),
        S::Array(items) => Value::Array(items.iter().map(from_serde).collect()),
        S::Object(map) => {
            let mut object = Map::default();
            for (k, v) in map {
                object.insert(k.clone(), from_serde(v));
            }
            Value::Object(object)
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn from_js(value: &wasm_bindgen::JsValue) -> Value {
    use wasm_bindgen::JsCast;
    if let Some(b) = value.as_bool() {
        Value::Bool(b)
    } else if let Some(n) = value.as_f64() {
        Value::Number(Number(n))
    } else if let Some(s) = value.as_string() {
        Value::String(s)
    } else if js_sys::Array::is_array(value) {
        let array: &js_sys::Array = value.unchecked_ref();
        Value::Array(array.iter().map(|item| from_js(&item)).collect())
    } else if value.is_object() {
        let mut map = Map::default();
        for entry in js_sys::Object::entries(value.unchecked_ref()).iter() {
            let pair: js_sys::Array = entry.unchecked_into();
            map.insert(
                pair.get(0).as_string().unwrap_or_default(),
                from_js(&pair.get(1)),
            );
        }
        Value::Object(map)
    } else {
        Value::Null
    }
}

/// Where `json` stops being JSON, as serde_json says it: the line (1-based) and column (in
/// bytes) of the first character that cannot continue a JSON text, or of the last
/// one when the text stops short. (A bad line break is at column 0 of the next line.)
/// Only called on a text the parser has refused.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn syntax_error(json: &str) -> (usize, usize) {
    let bytes = json.as_bytes();
    let at = Scanner { bytes, at: 0 }
        .document()
        .err()
        .unwrap_or(bytes.len());
    // What a reader has consumed when it sees the error: up to the bad byte, included.
    let read = &bytes[..(at + 1).min(bytes.len())];
    let line = read.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = read.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    // Columns count bytes, as serde_json counts them.
    let column = read.len() - start;
    (line, column)
}

/// A JSON validator over bytes; each method returns the position of the first bad byte.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
struct Scanner<'a> {
    bytes: &'a [u8],
    at: usize,
}

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
impl Scanner<'_> {
    fn document(&mut self) -> Result<(), usize> {
        self.value()?;
        self.space();
        if self.at < self.bytes.len() {
            return Err(self.at);
        }
        Ok(())
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Result<(), usize> {
        self.space();
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.at)
        }
    }

    fn value(&mut self) -> Result<(), usize> {
        self.space();
        match self.peek() {
            Some(b'{') => self.sequence(b'}', true),
            Some(b'[') => self.sequence(b']', false),
            Some(b'"') => self.string(),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => {
                for word in [&b"true"[..], b"false", b"null"] {
                    if self.bytes[self.at..].starts_with(word) {
                        self.at += word.len();
                        return Ok(());
                    }
                }
                // The first byte that does not continue any literal.
                let rest = &self.bytes[self.at..];
                let matched = [&b"true"[..], b"false", b"null"]
                    .iter()
                    .map(|w| w.iter().zip(rest).take_while(|(a, b)| a == b).count())
                    .max()
                    .unwrap_or(0);
                Err(self.at + matched)
            }
        }
    }

    /// An object (`keyed`) or an array, from its opening byte.
    fn sequence(&mut self, close: u8, keyed: bool) -> Result<(), usize> {
        self.at += 1;
        self.space();
        if self.peek() == Some(close) {
            self.at += 1;
            return Ok(());
        }
        loop {
            if keyed {
                self.space();
                if self.peek() != Some(b'"') {
                    return Err(self.at);
                }
                self.string()?;
                self.expect(b':')?;
            }
            self.value()?;
            self.space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b) if b == close => {
                    self.at += 1;
                    return Ok(());
                }
                _ => return Err(self.at),
            }
        }
    }

    fn string(&mut self) -> Result<(), usize> {
        self.at += 1;
        loop {
            match self.peek() {
                None => return Err(self.at),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(());
                }
                Some(b'\\') => {
                    self.at += 1;
                    match self.peek() {
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {
                            self.at += 1
                        }
                        Some(b'u') => {
                            self.at += 1;
                            for _ in 0..4 {
                                if !self.peek().is_some_and(|b| b.is_ascii_hexdigit()) {
                                    return Err(self.at);
                                }
                                self.at += 1;
                            }
                        }
                        _ => return Err(self.at),
                    }
                }
                Some(b) if b < 0x20 => return Err(self.at),
                Some(_) => self.at += 1,
            }
        }
    }

    fn number(&mut self) -> Result<(), usize> {
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.at),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.first_digit()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.first_digit()?;
        }
        Ok(())
    }

    fn first_digit(&mut self) -> Result<(), usize> {
        if !self.peek().is_some_and(|b| b.is_ascii_digit()) {
            return Err(self.at);
        }
        self.digits();
        Ok(())
    }

    fn digits(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scanner places an error where serde_json does, and accepts what it accepts.
    #[test]
    fn the_scanner_agrees_with_serde_json() {
        let cases = [
            "{\"a\": 1,\n \"b\": oops}",
            "{\"a\": [1, 2,, 3]}",
            "{\"a\": 1 \"b\": 2}",
            "{\"a\": tru}",
            "{\"a\": \"x\ny\"}",
            "{\"a\": 01}",
            "{\"a\": 1.}",
            "{\"a\": -}",
            "{\"a\": \"\\q\"}",
            "{\"é\": nul}",
            "[1, 2",
            "{\"a\": 1}}",
            "",
            "   ",
            "{'a': 1}",
            "{\"a\": 1,}",
            "[true, false, null, -0.5e+3, \"\\u00e9\"] x",
        ];
        for case in cases {
            let ours = syntax_error(case);
            let theirs = serde_json::from_str::<serde_json::Value>(case).unwrap_err();
            assert_eq!(ours, (theirs.line(), theirs.column()), "{case:?}");
        }
        for good in [
            "{}",
            "[]",
            "{\"a\": [1, -2.5e3, true, null, \"\\\"\"]}",
            " 0 ",
        ] {
            assert!(serde_json::from_str::<serde_json::Value>(good).is_ok());
            let mut scanner = Scanner {
                bytes: good.as_bytes(),
                at: 0,
            };
            assert!(scanner.document().is_ok(), "{good:?}");
        }
    }

    #[test]
    fn whole_numbers_read_as_whole_on_the_host_as_in_the_browser() {
        let tree = tree("[15, 15.0, -3, 2.5, 1e300]").unwrap();
        let Value::Array(items) = tree else {
            panic!("an array")
        };
        let whole: Vec<Option<u64>> = items.iter().map(Value::as_u64).collect();
        assert_eq!(whole, [Some(15), Some(15), None, None, None]);
        assert_eq!(Number(-3.0).as_i64(), Some(-3));
    }

    #[test]
    fn a_repeated_key_keeps_its_place_and_its_last_value() {
        let tree = tree(r#"{"a": 1, "b": 2, "a": 3}"#).unwrap();
        let Value::Object(map) = tree else {
            panic!("an object")
        };
        assert_eq!(map.keys().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(map.get("a").and_then(Value::as_u64), Some(3));
    }
}
