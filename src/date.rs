//! Calendar dates ([`Date`]) and how exactly a recorded date is known ([`DatePrecision`]).

use std::fmt;
use std::str::FromStr;

use crate::error::ParseError;

/// A proleptic Gregorian calendar date (no time, no zone): the day a listing
/// takes effect, the day a query asks about.
///
/// ```
/// use controlled_substances::Date;
/// let d: Date = "2018-02-01".parse()?;
/// assert_eq!(d.to_string(), "2018-02-01");
/// assert!(d < Date::new(2019, 5, 1)?);
/// # Ok::<(), controlled_substances::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i16,
    month: u8,
    day: u8,
}

impl Date {
    /// The earliest date this type holds (year 1).
    pub const MIN: Date = Date {
        year: 1,
        month: 1,
        day: 1,
    };
    /// The latest date this type holds (year 9999).
    pub const MAX: Date = Date {
        year: 9999,
        month: 12,
        day: 31,
    };

    /// A date from its parts; an error when the day does not exist.
    ///
    /// ```
    /// use controlled_substances::Date;
    /// assert!(Date::new(2024, 2, 29).is_ok());
    /// assert!(Date::new(2023, 2, 29).is_err());
    /// ```
    pub fn new(year: i32, month: u32, day: u32) -> Result<Date, ParseError> {
        let bad = || ParseError::DateOutOfRange {
            input: format!("{year:04}-{month:02}-{day:02}"),
        };
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return Err(bad());
        }
        if day > days_in_month(year, month) {
            return Err(bad());
        }
        Ok(Date {
            year: year as i16,
            month: month as u8,
            day: day as u8,
        })
    }

    /// A date from parts already known to be valid (generated tables).
    #[doc(hidden)]
    pub const fn from_parts(year: i16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year as i32
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u32 {
        self.month as u32
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> u32 {
        self.day as u32
    }

    /// Today's date in UTC, from the system clock.
    ///
    /// ```
    /// use controlled_substances::Date;
    /// assert!(Date::today() > Date::new(2026, 1, 1).unwrap());
    /// ```
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        Date::from_days_since_epoch(secs.div_euclid(86_400))
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01, clamped to [`Date::MIN`]..=[`Date::MAX`].
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days.clamp(Date::MIN.days_since_epoch(), Date::MAX.days_since_epoch()) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
        Date {
            year: y as i16,
            month: m as u8,
            day: d as u8,
        }
    }

    /// The date `n` days later (earlier when negative), clamped to the range.
    ///
    /// ```
    /// use controlled_substances::Date;
    /// let d = Date::new(2018, 2, 1).unwrap();
    /// assert_eq!(d.add_days(-1).to_string(), "2018-01-31");
    /// ```
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch().saturating_add(n))
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl FromStr for Date {
    type Err = ParseError;

    /// Parses `YYYY-MM-DD` (ISO 8601 calendar date).
    fn from_str(s: &str) -> Result<Date, ParseError> {
        let t = s.trim();
        let b = t.as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let mut v = 0u32;
            for &c in b.get(r)? {
                if !c.is_ascii_digit() {
                    return None;
                }
                v = v * 10 + (c - b'0') as u32;
            }
            Some(v)
        };
        let bad = || ParseError::DateFormat {
            input: s.to_string(),
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let (y, m, d) = match (digits(0..4), digits(5..7), digits(8..10)) {
            (Some(y), Some(m), Some(d)) => (y, m, d),
            _ => return Err(bad()),
        };
        Date::new(y as i32, m, d).map_err(|_| ParseError::DateOutOfRange {
            input: s.to_string(),
        })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// How exactly a recorded date is known.
///
/// The verdict logic uses it: before a date known only to the month, year, or
/// as "in force by", the registry cannot say the substance was *not*
/// controlled, so it answers [`Status::Unknown`](crate::Status::Unknown) inside
/// that window.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum DatePrecision {
    /// The exact day is known.
    #[default]
    Day,
    /// Known to the month: the recorded date is the latest the month allows.
    Month,
    /// Known to the year.
    Year,
    /// Approximate (for example, only the session that adopted it is known);
    /// the true date may be up to a year earlier.
    Approximate,
    /// The item was in force by this date; when it was first listed is not recorded.
    InForceBy,
}

impl DatePrecision {
    /// The name used in the data files (`day`, `month`, `year`, `approximate`, `in-force-by`).
    pub fn as_str(self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Month => "month",
            DatePrecision::Year => "year",
            DatePrecision::Approximate => "approximate",
            DatePrecision::InForceBy => "in-force-by",
        }
    }

    /// The first date on which a listing recorded as effective on `effective`
    /// with this precision may already have been in force.
    ///
    /// ```
    /// use controlled_substances::{Date, DatePrecision};
    /// let d = Date::new(2017, 3, 16).unwrap();
    /// assert_eq!(DatePrecision::Day.earliest(d), d);
    /// assert_eq!(DatePrecision::Month.earliest(d).to_string(), "2017-03-01");
    /// assert_eq!(DatePrecision::Year.earliest(d).to_string(), "2017-01-01");
    /// assert_eq!(DatePrecision::InForceBy.earliest(d), Date::MIN);
    /// ```
    pub fn earliest(self, effective: Date) -> Date {
        match self {
            DatePrecision::Day => effective,
            DatePrecision::Month => Date::from_parts(effective.year, effective.month, 1),
            DatePrecision::Year => Date::from_parts(effective.year, 1, 1),
            DatePrecision::Approximate => effective.add_days(-366),
            DatePrecision::InForceBy => Date::MIN,
        }
    }
}

impl FromStr for DatePrecision {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, ParseError> {
        Ok(match s {
            "day" => DatePrecision::Day,
            "month" => DatePrecision::Month,
            "year" => DatePrecision::Year,
            "approximate" => DatePrecision::Approximate,
            "in-force-by" => DatePrecision::InForceBy,
            _ => {
                return Err(ParseError::Keyword {
                    what: "date precision",
                    input: s.to_string(),
                })
            }
        })
    }
}

impl fmt::Display for DatePrecision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_epoch_days() {
        for days in [-719_162i64, -1, 0, 1, 17_563, 20_000, 2_932_896] {
            let d = Date::from_days_since_epoch(days);
            assert_eq!(d.days_since_epoch(), days, "{d}");
        }
        assert_eq!(Date::from_days_since_epoch(0).to_string(), "1970-01-01");
        assert_eq!(
            Date::from_days_since_epoch(17_563).to_string(),
            "2018-02-01"
        );
    }

    #[test]
    fn rejects_bad_dates_quoting_input() {
        for s in [
            "2018-2-01",
            "2018-13-01",
            "2019-02-29",
            "20180201",
            "",
            "abcd-ef-gh",
            "2018-02-01x",
        ] {
            let e = s.parse::<Date>().unwrap_err();
            assert!(e.to_string().contains(&format!("{s:?}")), "{e}");
        }
    }

    #[test]
    fn orders_by_calendar() {
        let a: Date = "2017-12-31".parse().unwrap();
        let b: Date = "2018-01-01".parse().unwrap();
        assert!(a < b);
        assert_eq!(a.add_days(1), b);
    }
}
