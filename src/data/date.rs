//! Dates of sources: as precise as the source shows (a year, a month or a day).

use std::fmt;

/// A calendar date with optional month and day, ordered chronologically
/// (a year alone sorts before any month of that year).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct SourceDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl SourceDate {
    /// Today's date (UTC) from the system clock: for host tools only (in the browser
    /// `std` has no clock, and this panics).
    pub fn today() -> SourceDate {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
        let z = (secs / 86_400) as i64 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        SourceDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking the month and the day of that month.
    pub fn parse(text: &str) -> Option<SourceDate> {
        let mut parts = text.split('-');
        let year = parse_digits(parts.next()?, 4)?;
        let month = match parts.next() {
            Some(m) => Some(parse_digits(m, 2).filter(|m| (1..=12).contains(m))? as u8),
            None => None,
        };
        let day = match (month, parts.next()) {
            (Some(m), Some(d)) => {
                let d = parse_digits(d, 2)?;
                (1..=days_in_month(year, m as u16))
                    .contains(&d)
                    .then_some(d as u8)?;
                Some(d as u8)
            }
            (_, None) => None,
            (None, Some(_)) => return None,
        };
        if parts.next().is_some() || year < 1900 {
            return None;
        }
        Some(SourceDate { year, month, day })
    }

    /// Whole months from `self` to `later` (a missing month or day counts as the first).
    pub fn months_until(&self, later: &SourceDate) -> i32 {
        let months = |d: &SourceDate| d.year as i32 * 12 + d.month.unwrap_or(1) as i32 - 1;
        let mut diff = months(later) - months(self);
        if later.day.unwrap_or(1) < self.day.unwrap_or(1) {
            diff -= 1;
        }
        diff
    }
}

impl fmt::Display for SourceDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

fn parse_digits(text: &str, len: usize) -> Option<u16> {
    (text.len() == len && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

fn days_in_month(year: u16, month: u16) -> u16 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision_and_round_trips() {
        for text in ["2026", "2026-04", "2026-04-17", "2024-02-29"] {
            assert_eq!(SourceDate::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn rejects_impossible_or_malformed_dates() {
        for text in [
            "",
            "26",
            "2026-4",
            "2026-13",
            "2026-04-31",
            "2025-02-29",
            "2026-04-17-1",
            "2026--01",
            "n/s",
            "17/04/2026",
            "1899",
        ] {
            assert_eq!(SourceDate::parse(text), None, "{text}");
        }
    }

    #[test]
    fn counts_whole_months() {
        let d = |t| SourceDate::parse(t).unwrap();
        assert_eq!(d("2025-05-28").months_until(&d("2026-11-28")), 18);
        assert_eq!(d("2025-05-29").months_until(&d("2026-11-28")), 17);
        assert_eq!(d("2025").months_until(&d("2026-11-28")), 22);
        assert!(d("2025") < d("2025-01"));
    }
}
