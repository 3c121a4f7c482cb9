//! Jurisdictions: who makes the law ([`Jurisdiction`]) and what the registry knows of each ([`JurisdictionInfo`]).

use crate::text::{OptStr, Str};
use std::fmt;
use std::str::FromStr;

use crate::date::Date;
use crate::error::ParseError;

/// A jurisdiction code: ISO 3166-1 alpha-2 for a country (`US`, `CN`, `GB`,
/// `CA`), `UN` for the international conventions and `EU` for the European Union.
///
/// Parsing is case-insensitive and accepts `UK` for `GB`.
///
/// ```
/// use controlled_substances::Jurisdiction;
/// let j: Jurisdiction = "uk".parse()?;
/// assert_eq!(j, Jurisdiction::GB);
/// assert_eq!(j.to_string(), "GB");
/// # Ok::<(), controlled_substances::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Jurisdiction([u8; 2]);

impl Jurisdiction {
    /// The United Nations conventions of 1961, 1971 and 1988.
    pub const UN: Jurisdiction = Jurisdiction(*b"UN");
    /// The United States.
    pub const US: Jurisdiction = Jurisdiction(*b"US");
    /// China.
    pub const CN: Jurisdiction = Jurisdiction(*b"CN");
    /// The European Union.
    pub const EU: Jurisdiction = Jurisdiction(*b"EU");
    /// The United Kingdom.
    pub const GB: Jurisdiction = Jurisdiction(*b"GB");
    /// Canada.
    pub const CA: Jurisdiction = Jurisdiction(*b"CA");
    /// Germany.
    pub const DE: Jurisdiction = Jurisdiction(*b"DE");

    /// Every jurisdiction this crate has a constant for, in the order the
    /// embedded data lists them.
    ///
    /// ```
    /// use controlled_substances::Jurisdiction;
    /// assert_eq!(Jurisdiction::ALL[0], Jurisdiction::UN);
    /// assert!(Jurisdiction::ALL.contains(&Jurisdiction::DE));
    /// ```
    pub const ALL: [Jurisdiction; 7] = [
        Jurisdiction::UN,
        Jurisdiction::US,
        Jurisdiction::CN,
        Jurisdiction::EU,
        Jurisdiction::GB,
        Jurisdiction::CA,
        Jurisdiction::DE,
    ];

    /// A code from two ASCII uppercase letters (generated tables).
    #[doc(hidden)]
    pub const fn from_verified(code: [u8; 2]) -> Jurisdiction {
        Jurisdiction(code)
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl FromStr for Jurisdiction {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Jurisdiction, ParseError> {
        let t = s.trim().as_bytes();
        if t.len() != 2 || !t.iter().all(u8::is_ascii_alphabetic) {
            return Err(ParseError::Jurisdiction {
                input: s.to_string(),
            });
        }
        let code = [t[0].to_ascii_uppercase(), t[1].to_ascii_uppercase()];
        Ok(if &code == b"UK" {
            Jurisdiction::GB
        } else {
            Jurisdiction(code)
        })
    }
}

impl fmt::Display for Jurisdiction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Jurisdiction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How completely the registry holds a jurisdiction's lists.
///
/// With [`Coverage::Complete`], a known substance with no listing in force is
/// [`Status::NotControlled`](crate::Status::NotControlled). With
/// [`Coverage::Partial`], that answer is given only for substances the data
/// says were checked there (or that have a listing there at some date);
/// otherwise the answer is [`Status::Unknown`](crate::Status::Unknown).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Coverage {
    /// Every list of the jurisdiction is in the data.
    Complete,
    /// Some lists, or some entries, are missing.
    Partial,
}

/// What the registry holds about one jurisdiction.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct JurisdictionInfo {
    pub(crate) code: Jurisdiction,
    pub(crate) name: Str,
    pub(crate) supranational: bool,
    pub(crate) data_as_of: Date,
    pub(crate) coverage: Coverage,
    pub(crate) note: OptStr,
    pub(crate) precursors_from: Option<Jurisdiction>,
}

impl JurisdictionInfo {
    /// Its code.
    pub fn code(&self) -> Jurisdiction {
        self.code
    }
    /// Its name in English.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// True for the UN and the EU.
    pub fn is_supranational(&self) -> bool {
        self.supranational
    }
    /// The date its lists were last checked against their sources ("data as of").
    pub fn data_as_of(&self) -> Date {
        self.data_as_of
    }
    /// How completely its lists are held.
    pub fn coverage(&self) -> Coverage {
        self.coverage
    }
    /// A note on what its law covers, if any.
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }
    /// The jurisdiction whose precursor lists apply here as they stand
    /// (Germany applies the EU precursor regulations directly), if any.
    pub fn precursors_from(&self) -> Option<Jurisdiction> {
        self.precursors_from
    }
}
