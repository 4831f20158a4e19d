//! Text to a JSON tree.
//!
//! In the browser the tree comes from the browser's own `JSON.parse`, converted to a
//! `serde_json::Value`: serde_json's parser would add about 4 KB brotli to a bundle that has
//! no room for it. Only when the text is not JSON does `syntax_error` scan it, to say where
//! (line and column, as serde_json says it on the host). On the host (tests, the data
//! check) serde_json parses, and the tests check that both agree.

use serde_json::Value;

/// The tree, or the line and column (1-based) where the text stops being JSON.
#[cfg(target_arch = "wasm32")]
pub fn tree(json: &str) -> Result<Value, (usize, usize)> {
    match js_sys::JSON::parse(json) {
        Ok(value) => Ok(from_js(&value)),
        Err(_) => Err(syntax_error(json)),
    }
}

/// The tree, or the line and column (1-based) where the text stops being JSON.
#[cfg(not(target_arch = "wasm32"))]
pub fn tree(json: &str) -> Result<Value, (usize, usize)> {
    serde_json::from_str(json).map_err(|err| (err.line(), err.column()))
}

#[cfg(target_arch = "wasm32")]
fn from_js(value: &wasm_bindgen::JsValue) -> Value {
    use wasm_bindgen::JsCast;
    if let Some(b) = value.as_bool() {
        Value::Bool(b)
    } else if let Some(n) = value.as_f64() {
        number(n)
    } else if let Some(s) = value.as_string() {
        Value::String(s)
    } else if js_sys::Array::is_array(value) {
        let array: &js_sys::Array = value.unchecked_ref();
        Value::Array(array.iter().map(|item| from_js(&item)).collect())
    } else if value.is_object() {
        let mut map = serde_json::Map::new();
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

/// A JSON number as serde_json would hold it: whole numbers as integers (so that
/// `as_u64` and `as_i64` read them), others as floats.
pub fn number(n: f64) -> Value {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53: every whole number below is exact.
    if n.fract() == 0.0 && n.abs() < EXACT {
        if n >= 0.0 {
            Value::from(n as u64)
        } else {
            Value::from(n as i64)
        }
    } else {
        serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)
    }
}

/// Where `json` stops being JSON, as serde_json says it: the line (1-based) and column (in
/// bytes) of the first character that cannot continue a JSON text, or of the last
/// one when the text stops short. (A bad line break is at column 0 of the next line.)
/// Only called on a text the parser has refused.
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
struct Scanner<'a> {
    bytes: &'a [u8],
    at: usize,
}

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
            let theirs = serde_json::from_str::<Value>(case).unwrap_err();
            assert_eq!(ours, (theirs.line(), theirs.column()), "{case:?}");
        }
        for good in [
            "{}",
            "[]",
            "{\"a\": [1, -2.5e3, true, null, \"\\\"\"]}",
            " 0 ",
        ] {
            assert!(serde_json::from_str::<Value>(good).is_ok());
            let mut scanner = Scanner {
                bytes: good.as_bytes(),
                at: 0,
            };
            assert!(scanner.document().is_ok(), "{good:?}");
        }
    }

    #[test]
    fn numbers_keep_whole_numbers_whole() {
        assert_eq!(number(15.0).as_u64(), Some(15));
        assert_eq!(number(-3.0).as_i64(), Some(-3));
        assert_eq!(number(2.5).as_f64(), Some(2.5));
        assert_eq!(number(1e300).as_u64(), None);
    }
}
