//! CAS Registry Numbers: parsing, check-digit validation, display.

use std::fmt;
use std::str::FromStr;

use crate::error::ParseError;

/// A CAS Registry Number whose check digit has been verified.
///
/// Accepts the hyphenated form (`21409-26-7`) and the bare digits
/// (`21409267`); displays the hyphenated form.
///
/// ```
/// use controlled_substances::CasNumber;
/// let cas: CasNumber = "21409267".parse()?;
/// assert_eq!(cas.to_string(), "21409-26-7");
/// assert!("21409-26-8".parse::<CasNumber>().is_err()); // wrong check digit
/// # Ok::<(), controlled_substances::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CasNumber(u64);

impl CasNumber {
    /// The number as one integer, check digit last (`21409-26-7` → `21409267`).
    pub fn as_u64(self) -> u64 {
        self.0
    }

    /// Builds from the integer form, verifying the check digit.
    ///
    /// ```
    /// use controlled_substances::CasNumber;
    /// assert_eq!(CasNumber::from_u64(50328).unwrap().to_string(), "50-32-8");
    /// assert!(CasNumber::from_u64(50329).is_err());
    /// ```
    pub fn from_u64(n: u64) -> Result<CasNumber, ParseError> {
        if !(10_000..=9_999_999_999).contains(&n) {
            return Err(ParseError::CasFormat {
                input: n.to_string(),
                reason: "a CAS number has 5 to 10 digits",
            });
        }
        let body = n / 10;
        let found = (n % 10) as u8;
        let expected = check_digit(body);
        if expected != found {
            return Err(ParseError::CasCheckDigit {
                input: CasNumber(n).to_string(),
                expected,
                found,
            });
        }
        Ok(CasNumber(n))
    }

    /// Builds from a table value already verified (generated tables).
    #[doc(hidden)]
    pub const fn from_verified(n: u64) -> CasNumber {
        CasNumber(n)
    }

    /// True when `s` has the shape of a CAS number (digits with the two hyphens
    /// in place, or 5 to 10 bare digits), whether or not its check digit is right.
    /// Query detection uses it: such text is parsed as a CAS number, so a wrong
    /// check digit is an error and never a silent miss.
    pub fn looks_like(s: &str) -> bool {
        let b = crate::names::trim(s).as_bytes();
        if b.iter().all(u8::is_ascii_digit) {
            return (5..=10).contains(&b.len());
        }
        // NNNNNNN-NN-N: 1 to 7 digits, hyphen, 2 digits, hyphen, 1 digit.
        let n = b.len();
        (6..=12).contains(&n)
            && b[n - 2] == b'-'
            && b[n - 5] == b'-'
            && b[n - 1].is_ascii_digit()
            && b[n - 3].is_ascii_digit()
            && b[n - 4].is_ascii_digit()
            && b[..n - 5].iter().all(u8::is_ascii_digit)
    }
}

/// The check digit of the CAS digits before it: the sum of each digit times its
/// position counted from the right (starting at 1), modulo 10.
fn check_digit(mut body: u64) -> u8 {
    let mut sum = 0u64;
    let mut pos = 1;
    while body > 0 {
        sum += (body % 10) * pos;
        body /= 10;
        pos += 1;
    }
    (sum % 10) as u8
}

impl FromStr for CasNumber {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<CasNumber, ParseError> {
        let t = crate::names::trim(s).as_bytes();
        let bad = |reason| ParseError::CasFormat {
            input: s.to_string(),
            reason,
        };
        if t.is_empty() {
            return Err(bad("it is empty"));
        }
        // CAS numbers have no leading zeros: "07432" would parse to 7-43-2,
        // whose display form is not a CAS number. Every accepted value
        // round-trips through Display and FromStr.
        if t[0] == b'0' {
            return Err(bad("the first group of a CAS number does not start with 0"));
        }
        // One pass: the digits as a number, and where the hyphens are.
        let mut n: u64 = 0;
        let mut digits = 0usize;
        let mut hyphens = [0usize; 2];
        let mut nh = 0;
        // The check sum weighs each digit by its position from the right; the
        // sum of the running prefix sums gives that weighting in one pass.
        let (mut prefix, mut acc) = (0u32, 0u32);
        for &b in t {
            match b {
                b'0'..=b'9' => {
                    digits += 1;
                    if digits > 10 {
                        return Err(bad("a CAS number has at most 10 digits"));
                    }
                    n = n * 10 + (b - b'0') as u64;
                    prefix += (b - b'0') as u32;
                    acc += prefix;
                }
                b'-' => {
                    if nh == 2 {
                        return Err(bad("expected three hyphen-separated parts, NNNNNNN-NN-N"));
                    }
                    hyphens[nh] = digits;
                    nh += 1;
                }
                _ => return Err(bad("it has a character that is not a digit or hyphen")),
            }
        }
        match nh {
            0 => {}
            2 if (2..=7).contains(&hyphens[0])
                && hyphens[1] == hyphens[0] + 2
                && digits == hyphens[1] + 1 => {}
            2 => {
                return Err(bad(
                    "expected 2-7 digits, then 2 digits, then 1 check digit",
                ))
            }
            _ => return Err(bad("expected three hyphen-separated parts, NNNNNNN-NN-N")),
        }
        if digits < 5 {
            return Err(bad("a CAS number has at least 5 digits"));
        }
        let expected = ((acc - prefix) % 10) as u8;
        let found = (n % 10) as u8;
        if expected != found {
            return Err(ParseError::CasCheckDigit {
                input: s.to_string(),
                expected,
                found,
            });
        }
        Ok(CasNumber(n))
    }
}

impl fmt::Display for CasNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0;
        write!(f, "{}-{:02}-{}", n / 1000, (n / 10) % 100, n % 10)
    }
}

impl fmt::Debug for CasNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CasNumber({self})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_numbers_pass() {
        for s in [
            "21409-26-7",
            "39742-60-4",
            "437-38-7",
            "990-73-8",
            "7732-18-5",
            "50-00-0",
            "79-03-8",
        ] {
            let c: CasNumber = s.parse().unwrap();
            assert_eq!(c.to_string(), s);
        }
    }

    #[test]
    fn check_digit_errors_name_both_digits() {
        match "21409-26-8".parse::<CasNumber>() {
            Err(ParseError::CasCheckDigit {
                expected,
                found,
                input,
            }) => {
                assert_eq!((expected, found, input.as_str()), (7, 8, "21409-26-8"));
            }
            other => panic!("{other:?}"),
        }
        // PubChem's wrong NPP number (SOURCES.md): 39742-60-7, correct -4.
        assert!(matches!(
            "39742-60-7".parse::<CasNumber>(),
            Err(ParseError::CasCheckDigit { expected: 4, .. })
        ));
    }

    #[test]
    fn malformed_inputs_are_format_errors() {
        for s in [
            "",
            "1-23-4",
            "123-4-5",
            "12345-67-89",
            "abc-de-f",
            "1234",
            "12345678901",
            "50-32-8-1",
        ] {
            assert!(
                matches!(s.parse::<CasNumber>(), Err(ParseError::CasFormat { .. })),
                "{s}"
            );
        }
    }

    #[test]
    fn one_pass_check_digit_agrees_with_the_definition() {
        for n in (10_000u64..2_000_000).step_by(7) {
            let body = n / 10;
            let good = body * 10 + check_digit(body) as u64;
            assert!(good.to_string().parse::<CasNumber>().is_ok(), "{good}");
            let bad = body * 10 + ((check_digit(body) + 1) % 10) as u64;
            assert!(bad.to_string().parse::<CasNumber>().is_err(), "{bad}");
        }
    }

    #[test]
    fn leading_zeros_are_rejected() {
        for s in [
            "00000", "07432", "0-00-0", "00-00-0", "050-00-0", "050000", " 07432",
        ] {
            assert!(
                matches!(s.parse::<CasNumber>(), Err(ParseError::CasFormat { .. })),
                "{s}"
            );
        }
        // The same numbers without the zeros are fine.
        assert_eq!("50-00-0".parse::<CasNumber>().unwrap().as_u64(), 50000);
    }

    /// Every accepted text, written bare, hyphenated or zero-padded, gives a
    /// number whose display form parses back to it; and every number from
    /// `from_u64` round-trips the same way.
    #[test]
    fn every_accepted_value_round_trips() {
        let mut accepted = 0;
        for n in 0u64..300_000 {
            let body = n / 10;
            let hyphenated = format!("{}-{:02}-{}", body / 100, body % 100, n % 10);
            let forms = [
                n.to_string(),
                format!("{n:05}"),
                format!("{n:07}"),
                hyphenated.clone(),
                format!("0{hyphenated}"),
            ];
            for text in &forms {
                if let Ok(c) = text.parse::<CasNumber>() {
                    accepted += 1;
                    let shown = c.to_string();
                    assert_eq!(
                        shown.parse::<CasNumber>().ok(),
                        Some(c),
                        "{text} -> {shown}"
                    );
                    assert_eq!(c.as_u64(), n, "{text}");
                    assert!(!shown.starts_with('0'), "{text} -> {shown}");
                    assert_eq!(CasNumber::from_u64(c.as_u64()).ok(), Some(c), "{text}");
                }
            }
            if let Ok(c) = CasNumber::from_u64(n) {
                assert_eq!(c.to_string().parse::<CasNumber>().ok(), Some(c), "{n}");
            }
        }
        // One in ten bodies has the right check digit; the loop saw enough.
        assert!(accepted > 50_000, "{accepted}");
        for n in [10_000u64, 99_999, 100_000, 9_999_999_999] {
            let body = n / 10;
            let good = body * 10 + check_digit(body) as u64;
            let c = CasNumber::from_u64(good).unwrap();
            assert_eq!(c.to_string().parse::<CasNumber>().unwrap(), c);
        }
    }

    #[test]
    fn looks_like_is_shape_only() {
        assert!(CasNumber::looks_like("21409-26-8"));
        assert!(CasNumber::looks_like("21409268"));
        assert!(!CasNumber::looks_like("9801"));
        assert!(!CasNumber::looks_like("4-ANPP"));
    }
}
