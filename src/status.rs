//! The answer and why: [`Status`] (controlled, temporary, announced, not
//! controlled, unknown) and [`Reason`].

use std::fmt;
use std::str::FromStr;

use crate::date::Date;
use crate::error::ParseError;

/// The answer to "is it controlled here on this date?".
///
/// A small `Copy` enum, `#[non_exhaustive]` so that a state the law may
/// need later (a suspended listing, say) can be added without breaking
/// users who match with a wildcard. `Announced` carries the date it takes
/// effect, since that date is part of the answer. Its text form is the
/// snake_case word (`not_controlled`), with the date for `announced`
/// (`announced 2026-07-01`); with `serde` it is `{"status": "announced",
/// "effective": "2026-07-01"}` (the word alone under `status` for the others).
///
/// ```
/// use controlled_substances::{Date, Status};
/// let s: Status = "announced 2026-07-01".parse()?;
/// assert_eq!(s, Status::Announced { effective: Date::new(2026, 7, 1)? });
/// assert_eq!(s.to_string(), "announced 2026-07-01");
/// assert_eq!("not_controlled".parse::<Status>()?, Status::NotControlled);
/// # Ok::<(), controlled_substances::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "status", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Status {
    /// Controlled by at least one permanent listing in force.
    Controlled,
    /// Controlled, but only under temporary (time-limited) orders.
    Temporary,
    /// Adopted or announced, not yet in force; takes effect on `effective`.
    Announced {
        /// The date it takes effect (the start of its window when that is not known to the day).
        effective: Date,
    },
    /// Not controlled: the registry knows the substance (or, for a structure,
    /// checked every named substance and class rule of the jurisdiction) and
    /// no listing is in force.
    NotControlled,
    /// The registry cannot say: it does not know the substance, or its data
    /// for this jurisdiction and date is not complete enough to say "not controlled".
    Unknown,
}

impl Status {
    /// True exactly for [`Status::Controlled`] and [`Status::Temporary`].
    pub fn is_controlled(self) -> bool {
        matches!(self, Status::Controlled | Status::Temporary)
    }

    /// The status as a snake_case word: `controlled`, `temporary`, `announced`,
    /// `not_controlled`, `unknown`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Controlled => "controlled",
            Status::Temporary => "temporary",
            Status::Announced { .. } => "announced",
            Status::NotControlled => "not_controlled",
            Status::Unknown => "unknown",
        }
    }

    /// How strong an answer is, for taking the strongest of several:
    /// controlled, temporary, announced, unknown, not controlled.
    pub(crate) fn strength(self) -> u8 {
        match self {
            Status::Controlled => 5,
            Status::Temporary => 4,
            Status::Announced { .. } => 3,
            Status::Unknown => 2,
            Status::NotControlled => 1,
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Status::Announced { effective } => write!(f, "announced {effective}"),
            s => f.write_str(s.as_str()),
        }
    }
}

impl FromStr for Status {
    type Err = ParseError;
    /// The word (`controlled`, `temporary`, `not_controlled`, `unknown`), or
    /// `announced` followed by the date it takes effect.
    fn from_str(s: &str) -> Result<Status, ParseError> {
        let t = s.trim();
        Ok(match t {
            "controlled" => Status::Controlled,
            "temporary" => Status::Temporary,
            "not_controlled" => Status::NotControlled,
            "unknown" => Status::Unknown,
            _ => match t.strip_prefix("announced") {
                Some(rest) if !rest.trim().is_empty() => Status::Announced {
                    effective: rest.trim().parse()?,
                },
                _ => {
                    return Err(ParseError::Keyword {
                        what: "status",
                        input: s.to_string(),
                    })
                }
            },
        })
    }
}

/// Why a verdict is what it is.
///
/// ```
/// use controlled_substances::{verdict, Date, Jurisdiction, Reason};
/// let v = verdict("fentanyl", Jurisdiction::US, Date::new(2026, 1, 1)?)?;
/// assert_eq!(v.reason(), Reason::ListedByName);
/// assert_eq!(v.reason().to_string(), "listed by name");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Reason {
    /// A listing naming the substance is in force.
    ListedByName,
    /// A listing of a class the substance is recorded as belonging to is in force.
    ListedThroughClass,
    /// The structure meets a class-wide legal definition in force.
    StructureMeetsClass,
    /// A listing is adopted or announced, not yet in force.
    Announced,
    /// A class-wide definition the structure meets is announced, not yet in force.
    StructureMeetsAnnouncedClass,
    /// A listing's start or end is known only within a window, and the date falls in it.
    DateInWindow,
    /// The date is before the substance's first recorded listing here, which
    /// the record does not show as a first control.
    BeforeUnmarkedFirstListing,
    /// The substance has listings here, none in force on the date.
    NoListingInForce,
    /// The substance was checked against this jurisdiction's lists and is not on them.
    NotListed,
    /// This jurisdiction's lists were not checked for this substance.
    NotChecked,
    /// The registry does not know the substance.
    UnknownSubstance,
    /// No substance in the registry has this structure, and no class-wide
    /// definition in force covers it.
    UnknownStructure,
}

impl Reason {
    /// The reason in a few words.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::ListedByName => "listed by name",
            Reason::ListedThroughClass => "listed through a class it falls under",
            Reason::StructureMeetsClass => "its structure meets a class-wide legal definition",
            Reason::Announced => "announced, not yet in force",
            Reason::StructureMeetsAnnouncedClass => {
                "its structure meets a class-wide definition announced, not yet in force"
            }
            Reason::DateInWindow => {
                "a listing's date is known only within a window, and the date falls in it"
            }
            Reason::BeforeUnmarkedFirstListing => {
                "before its first recorded listing here, which the record does not show as a first control"
            }
            Reason::NoListingInForce => "no listing in force on this date",
            Reason::NotListed => "checked against this jurisdiction's lists: not listed",
            Reason::NotChecked => "this jurisdiction's lists were not checked for this substance",
            Reason::UnknownSubstance => "the registry does not know this substance",
            Reason::UnknownStructure => {
                "no substance in the registry has this structure, and no class-wide definition in force covers it"
            }
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
