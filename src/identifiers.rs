//! Other identifiers a person pastes: DEA codes and InChIKeys.

use std::fmt;
use std::str::FromStr;

use crate::error::ParseError;

/// A DEA Controlled Substance Code Number or List I/II chemical code (four digits).
///
/// Parses `9801`, `DEA 9801`, `DEA9801` and `dea:9801`.
///
/// ```
/// use controlled_substances::DeaCode;
/// let c: DeaCode = "DEA 8333".parse()?;
/// assert_eq!(c.get(), 8333);
/// assert_eq!(c.to_string(), "DEA 8333");
/// # Ok::<(), controlled_substances::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct DeaCode(u16);

impl DeaCode {
    /// The code as a number.
    pub fn get(self) -> u16 {
        self.0
    }

    /// A code already verified (generated tables).
    #[doc(hidden)]
    pub const fn from_verified(n: u16) -> DeaCode {
        DeaCode(n)
    }

    /// A code from its number (0 to 9999).
    pub fn new(n: u16) -> Result<DeaCode, ParseError> {
        if n > 9999 {
            return Err(ParseError::DeaCode {
                input: n.to_string(),
            });
        }
        Ok(DeaCode(n))
    }

    /// True when `s` starts with the word `DEA` (any case), as a query for a code does.
    pub fn looks_like(s: &str) -> bool {
        let t = s.trim_start();
        t.len() >= 3 && t.as_bytes()[..3].eq_ignore_ascii_case(b"DEA")
    }
}

impl FromStr for DeaCode {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<DeaCode, ParseError> {
        let bad = || ParseError::DeaCode {
            input: s.to_string(),
        };
        let mut t = s.trim();
        if DeaCode::looks_like(t) {
            t = t[3..].trim_start_matches([' ', ':', '#', '-', '\t']);
        }
        if t.len() != 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        t.parse::<u16>().map(DeaCode).map_err(|_| bad())
    }
}

impl fmt::Display for DeaCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DEA {:04}", self.0)
    }
}

/// A standard InChIKey: 14 letters, hyphen, 10 letters, hyphen, 1 letter (uppercase A–Z).
///
/// ```
/// use controlled_substances::InchiKey;
/// let k: InchiKey = "PJMPHNIQZUBGLI-UHFFFAOYSA-N".parse()?;
/// assert_eq!(k.as_str(), "PJMPHNIQZUBGLI-UHFFFAOYSA-N");
/// assert!("PJMPHNIQZUBGLI-UHFFFAOYSA".parse::<InchiKey>().is_err());
/// # Ok::<(), controlled_substances::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct InchiKey([u8; 27]);

impl InchiKey {
    /// A key already verified (generated tables).
    #[doc(hidden)]
    pub const fn from_verified(key: [u8; 27]) -> InchiKey {
        InchiKey(key)
    }

    /// The key as text.
    pub fn as_str(&self) -> &str {
        // Only ASCII uppercase letters and hyphens are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("")
    }

    /// True when `s` has the InChIKey shape (case-insensitive).
    pub fn looks_like(s: &str) -> bool {
        let b = s.trim().as_bytes();
        b.len() == 27
            && b.iter().enumerate().all(|(i, c)| match i {
                14 | 25 => *c == b'-',
                _ => c.is_ascii_alphabetic(),
            })
    }
}

impl FromStr for InchiKey {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<InchiKey, ParseError> {
        if !InchiKey::looks_like(s) {
            return Err(ParseError::InchiKey {
                input: s.to_string(),
            });
        }
        let mut out = [0u8; 27];
        for (o, c) in out.iter_mut().zip(s.trim().bytes()) {
            *o = c.to_ascii_uppercase();
        }
        Ok(InchiKey(out))
    }
}

impl fmt::Display for InchiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for InchiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "InchiKey({})", self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dea_code_forms() {
        for s in ["9801", "DEA 9801", "dea9801", "DEA: 9801", " DEA-9801 "] {
            assert_eq!(s.parse::<DeaCode>().unwrap().get(), 9801, "{s}");
        }
        for s in ["DEA 980", "DEA 98011", "DEA ABCD", "", "DEA"] {
            let e = s.parse::<DeaCode>().unwrap_err();
            assert!(e.to_string().contains(&format!("{s:?}")), "{e}");
        }
        assert_eq!(
            "DEA 0100".parse::<DeaCode>().unwrap().to_string(),
            "DEA 0100"
        );
    }

    #[test]
    fn inchikey_shape() {
        assert!(InchiKey::looks_like("pjmphniqzubgli-uhfffaoysa-n"));
        assert_eq!(
            "pjmphniqzubgli-uhfffaoysa-n"
                .parse::<InchiKey>()
                .unwrap()
                .as_str(),
            "PJMPHNIQZUBGLI-UHFFFAOYSA-N"
        );
        assert!(!InchiKey::looks_like("PJMPHNIQZUBGLI_UHFFFAOYSA-N"));
        assert!(!InchiKey::looks_like("fentanyl"));
    }
}
