//! Numbers as text, written with integer arithmetic only: core's float formatting costs
//! about 11 KB of wasm, and the widget needs nothing it does beyond fixed decimals.

/// `value` rounded to `places` decimals, with `separator` between the whole and the
/// decimal part: `decimal(72.5, 2, ".")` is `"72.50"`. Rounding is decided on the exact
/// binary value, as `toFixed` and Rust's `{:.2}` do (0.825 is stored just below 0.825, so
/// it gives 0.82); an exact half rounds away from zero.
pub fn decimal(value: f64, places: u32, separator: &str) -> String {
    if value.is_nan() {
        return "NaN".into();
    }
    let unit = 10u64.pow(places);
    let (x, u) = (value.abs(), unit as f64);
    if !(x * u).is_finite() || x * u >= 1e18 {
        return if value < 0.0 { "-∞" } else { "∞" }.into();
    }
    // x * u is rounded, so near a half the rounding is decided exactly: x = m * 2^e with
    // integer m, and x * u >= k + 1/2 exactly when 2 * m * u * 2^e >= 2k + 1.
    let k = (x * u).floor();
    let scaled = if ((x * u) - k - 0.5).abs() > 1e-6 {
        (x * u).round()
    } else if at_least_half(x, unit, k as u64) {
        k + 1.0
    } else {
        k
    } as u64;
    let sign = if value < 0.0 && scaled != 0 { "-" } else { "" };
    let whole = scaled / unit;
    if places == 0 {
        return format!("{sign}{whole}");
    }
    let fraction = (scaled % unit).to_string();
    let zeros = "0".repeat(places as usize - fraction.len());
    format!("{sign}{whole}{separator}{zeros}{fraction}")
}

/// Whether x * unit >= k + 1/2, computed exactly in integers.
fn at_least_half(x: f64, unit: u64, k: u64) -> bool {
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32;
    let mantissa = bits & ((1 << 52) - 1);
    let (m, e) = if exponent == 0 {
        (mantissa, -1074)
    } else {
        (mantissa | (1 << 52), exponent - 1075)
    };
    let lhs = 2 * u128::from(m) * u128::from(unit);
    let rhs = 2 * u128::from(k) + 1;
    if e >= 0 {
        // x >= 2^52 is no tie near a small half.
        true
    } else if (-e) as u32 >= rhs.leading_zeros() {
        // (2k + 1) * 2^-e does not fit: it exceeds 2 * m * unit, which is below 2^61 * unit.
        false
    } else {
        lhs >= rhs << (-e) as u32
    }
}

/// A value from a data file, as short as it can be written with at most six decimals
/// (`4`, `2.5`, `0.125`).
pub fn plain(value: f64) -> String {
    let text = decimal(value, 6, ".");
    match text.split_once('.') {
        Some((whole, fraction)) => match fraction.trim_end_matches('0') {
            "" => whole.to_owned(),
            fraction => format!("{whole}.{fraction}"),
        },
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_decimals() {
        assert_eq!(decimal(72.5, 2, "."), "72.50");
        assert_eq!(decimal(0.0, 2, "."), "0.00");
        assert_eq!(decimal(100.0, 2, ","), "100,00");
        assert_eq!(decimal(29.166_666_666_666_668, 2, "."), "29.17");
        assert_eq!(decimal(0.004, 2, "."), "0.00");
        assert_eq!(decimal(-0.004, 2, "."), "0.00");
        assert_eq!(decimal(-1.5, 1, "."), "-1.5");
        assert_eq!(decimal(7.0, 0, "."), "7");
        assert_eq!(decimal(f64::INFINITY, 2, "."), "∞");
        assert_eq!(decimal(1e300, 2, "."), "∞");
        assert_eq!(decimal(1e15, 2, "."), "1000000000000000.00");
    }

    /// Whether `value` is exactly halfway between two hundredths (core rounds those to
    /// even, `toFixed` and `decimal` away from zero).
    fn exact_half(value: f64) -> bool {
        let t = value * 200.0;
        t.fract() == 0.0 && (t as i64) % 2 == 1 && value.mul_add(200.0, -t) == 0.0
    }

    #[test]
    fn matches_core_formatting_except_on_exact_halves() {
        for i in 0..50_000u32 {
            let value = f64::from(i) * 0.007_3 + 0.000_1;
            let score = 100.0 * f64::from(i % 97) / f64::from(i % 89 + 1);
            for v in [value, score].into_iter().filter(|v| !exact_half(*v)) {
                assert_eq!(decimal(v, 2, "."), format!("{v:.2}"), "{v}");
            }
        }
        assert_eq!(
            decimal(8.125, 2, "."),
            "8.13",
            "an exact half rounds up, as toFixed does"
        );
        assert_eq!(decimal(0.825, 2, "."), "0.82", "stored just below the half");
        assert_eq!(
            decimal(0.125, 2, "."),
            "0.13",
            "an exact half rounds up, as toFixed does"
        );
    }

    #[test]
    fn plain_numbers() {
        assert_eq!(plain(4.0), "4");
        assert_eq!(plain(2.5), "2.5");
        assert_eq!(plain(0.125), "0.125");
        assert_eq!(plain(-3.0), "-3");
        assert_eq!(plain(1e-9), "0");
    }
}
