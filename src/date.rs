//! Calendar dates ([`Date`]) and dates known only within a window ([`DateWindow`]).

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
    pub const fn new(year: i32, month: u32, day: u32) -> Result<Date, ParseError> {
        if year < 1 || year > 9999 || month < 1 || month > 12 || day == 0 {
            return Err(ParseError::DateOutOfRange { year, month, day });
        }
        if day > days_in_month(year, month) {
            return Err(ParseError::DateOutOfRange { year, month, day });
        }
        Ok(Date {
            year: year as i16,
            month: month as u8,
            day: day as u8,
        })
    }

    /// A date from its parts, or `None` when the day does not exist; usable
    /// in const context (an invalid constant is then a compile error).
    ///
    /// ```
    /// use controlled_substances::Date;
    /// const CN_CLASS: Date = match Date::ymd(2019, 5, 1) {
    ///     Some(d) => d,
    ///     None => panic!("no such day"),
    /// };
    /// assert_eq!(CN_CLASS.to_string(), "2019-05-01");
    /// assert!(Date::ymd(2019, 2, 29).is_none());
    /// ```
    pub const fn ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if year < 1 || year > 9999 || month < 1 || month > 12 || day == 0 {
            return None;
        }
        if day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
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

const fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

const fn days_in_month(year: i32, month: u32) -> u32 {
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
        Date::new(y as i32, m, d)
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

/// When something took effect: on a known day, or on some day inside a
/// window (not before one date, not after another).
///
/// Before [`not_before`](Self::not_before) the earlier state holds; from
/// `not_before` up to the day before [`not_after`](Self::not_after) the
/// registry cannot say which state holds (the answer is `unknown`); from
/// `not_after` on, the new state holds. An exact date has both ends equal.
/// A window with no lower bound ("in force by") starts at [`Date::MIN`].
///
/// Its text form is the date (`2010-08-30`), the window
/// (`2017-09-14..2018-03-31`), or the open window (`..1996-04-01`).
///
/// ```
/// use controlled_substances::{Date, DateWindow};
/// let w: DateWindow = "2017-09-14..2018-03-31".parse()?;
/// assert!(!w.is_exact());
/// assert_eq!(w.not_before(), Some(Date::new(2017, 9, 14)?));
/// assert_eq!(w.not_after(), Date::new(2018, 3, 31)?);
/// assert_eq!(w.to_string(), "2017-09-14..2018-03-31");
/// let d: DateWindow = "2010-08-30".parse()?;
/// assert!(d.is_exact());
/// assert_eq!("..1996-04-01".parse::<DateWindow>()?.not_before(), None);
/// # Ok::<(), controlled_substances::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateWindow {
    not_before: Date,
    not_after: Date,
}

impl DateWindow {
    /// A date known to the day.
    pub const fn exact(date: Date) -> DateWindow {
        DateWindow {
            not_before: date,
            not_after: date,
        }
    }

    /// A window: not before `not_before` (`None`: no lower bound known), not
    /// after `not_after`. An error when the ends are out of order.
    pub fn new(not_before: Option<Date>, not_after: Date) -> Result<DateWindow, ParseError> {
        let nb = not_before.unwrap_or(Date::MIN);
        if nb > not_after {
            return Err(ParseError::DateWindow {
                input: format!("{nb}..{not_after}"),
            });
        }
        Ok(DateWindow {
            not_before: nb,
            not_after,
        })
    }

    /// A window from ends already known to be ordered (generated tables).
    #[doc(hidden)]
    pub const fn from_parts(not_before: Date, not_after: Date) -> DateWindow {
        DateWindow {
            not_before,
            not_after,
        }
    }

    /// True when the day is known.
    pub fn is_exact(self) -> bool {
        self.not_before == self.not_after
    }

    /// The earliest day it may have happened, or `None` when no lower bound is known.
    pub fn not_before(self) -> Option<Date> {
        (self.not_before != Date::MIN).then_some(self.not_before)
    }

    /// The day by which it had certainly happened (the day itself when exact).
    pub fn not_after(self) -> Date {
        self.not_after
    }

    /// The earliest day it may have happened ([`Date::MIN`] when no lower bound is known).
    pub fn earliest(self) -> Date {
        self.not_before
    }

    /// True when it had certainly happened by `date`.
    pub fn is_by(self, date: Date) -> bool {
        self.not_after <= date
    }

    /// True when it had certainly not happened by `date`.
    pub fn is_after(self, date: Date) -> bool {
        date < self.not_before
    }

    /// True when `date` falls inside the window, where the registry cannot say
    /// whether it had happened.
    pub fn is_uncertain_on(self, date: Date) -> bool {
        self.not_before <= date && date < self.not_after
    }
}

/// A window equals a date when it is exactly that day.
impl PartialEq<Date> for DateWindow {
    fn eq(&self, d: &Date) -> bool {
        self.is_exact() && self.not_after == *d
    }
}

impl From<Date> for DateWindow {
    fn from(d: Date) -> DateWindow {
        DateWindow::exact(d)
    }
}

impl FromStr for DateWindow {
    type Err = ParseError;
    /// `YYYY-MM-DD`, `YYYY-MM-DD..YYYY-MM-DD` or `..YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<DateWindow, ParseError> {
        let t = s.trim();
        match t.split_once("..") {
            None => Ok(DateWindow::exact(t.parse()?)),
            Some((a, b)) => {
                let nb = if a.is_empty() { None } else { Some(a.parse()?) };
                DateWindow::new(nb, b.parse()?).map_err(|_| ParseError::DateWindow {
                    input: s.to_string(),
                })
            }
        }
    }
}

impl fmt::Display for DateWindow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_exact() {
            write!(f, "{}", self.not_after)
        } else if let Some(nb) = self.not_before() {
            write!(f, "{nb}..{}", self.not_after)
        } else {
            write!(f, "..{}", self.not_after)
        }
    }
}

impl fmt::Debug for DateWindow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for DateWindow {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for DateWindow {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// The legacy `precision` key of the data files (before windows): the window
/// a date recorded with that precision stands for.
#[cfg(feature = "load")]
pub(crate) fn window_from_precision(precision: &str, date: Date) -> Option<DateWindow> {
    let nb = match precision {
        "day" => date,
        // Known to the month or the year: the recorded date is the latest it allows.
        "month" => Date::from_parts(date.year, date.month, 1),
        "year" => Date::from_parts(date.year, 1, 1),
        "approximate" => date.add_days(-366),
        "in-force-by" => Date::MIN,
        _ => return None,
    };
    Some(DateWindow::from_parts(nb.min(date), date))
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
