//! The law: instruments (lists) and the listings of substances on them.

use crate::text::{OptStr, Str};
use std::fmt;
use std::str::FromStr;

use crate::date::{Date, DateWindow};
use crate::error::ParseError;
use crate::jurisdiction::Jurisdiction;

/// Whether an instrument controls drugs or precursor chemicals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum InstrumentKind {
    /// Narcotic drugs and psychotropic substances.
    Drugs,
    /// Precursor chemicals.
    Precursors,
}

/// A list that a jurisdiction's law keeps: a convention's schedules, the US
/// CSA, a Chinese catalogue, an EU regulation's annex.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Instrument {
    pub(crate) id: Str,
    pub(crate) jurisdiction: Jurisdiction,
    pub(crate) name: Str,
    pub(crate) short: Str,
    pub(crate) kind: InstrumentKind,
    pub(crate) url: OptStr,
    pub(crate) scope: Scope,
    pub(crate) note: OptStr,
}

impl Instrument {
    /// Its id (`us-csa`, `un-1988`, `cn-precursors` …).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// The jurisdiction whose law it is.
    pub fn jurisdiction(&self) -> Jurisdiction {
        self.jurisdiction
    }
    /// Its full name.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// A short name for tables (`US CSA`).
    pub fn short(&self) -> &str {
        &self.short
    }
    /// Drugs or precursors.
    pub fn kind(&self) -> InstrumentKind {
        self.kind
    }
    /// Where its current text is published.
    pub fn url(&self) -> Option<&str> {
        self.url.as_deref()
    }
    /// The list's general scope notes, applied to listings that give none of their own.
    pub fn scope(&self) -> Scope {
        self.scope
    }
    /// A note on the instrument.
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }
}

/// What a listing covers beyond the named substance: its salts, isomers,
/// esters, ethers, preparations. A small set of flags.
///
/// ```
/// use controlled_substances::Scope;
/// let s: Scope = "salts isomers salts-of-isomers".parse()?;
/// assert!(s.contains(Scope::SALTS));
/// assert_eq!(s.to_string(), "salts, isomers, salts-of-isomers");
/// # Ok::<(), controlled_substances::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Scope(u16);

const SCOPE_WORDS: [(&str, u16); 11] = [
    ("salts", 1),
    ("isomers", 1 << 1),
    ("optical-isomers", 1 << 2),
    ("geometric-isomers", 1 << 3),
    ("position-isomers", 1 << 4),
    ("salts-of-isomers", 1 << 5),
    ("esters", 1 << 6),
    ("ethers", 1 << 7),
    ("salts-of-esters-and-ethers", 1 << 8),
    ("preparations", 1 << 9),
    ("immediate-precursor", 1 << 10),
];

impl Scope {
    /// Nothing beyond the named substance.
    pub const NONE: Scope = Scope(0);
    /// Its salts.
    pub const SALTS: Scope = Scope(1);
    /// Its isomers (unqualified).
    pub const ISOMERS: Scope = Scope(1 << 1);
    /// Its optical isomers.
    pub const OPTICAL_ISOMERS: Scope = Scope(1 << 2);
    /// Its geometric isomers.
    pub const GEOMETRIC_ISOMERS: Scope = Scope(1 << 3);
    /// Its positional isomers.
    pub const POSITION_ISOMERS: Scope = Scope(1 << 4);
    /// The salts of its isomers.
    pub const SALTS_OF_ISOMERS: Scope = Scope(1 << 5);
    /// Its esters.
    pub const ESTERS: Scope = Scope(1 << 6);
    /// Its ethers.
    pub const ETHERS: Scope = Scope(1 << 7);
    /// The salts of its esters and ethers.
    pub const SALTS_OF_ESTERS_AND_ETHERS: Scope = Scope(1 << 8);
    /// Preparations containing it.
    pub const PREPARATIONS: Scope = Scope(1 << 9);
    /// Controlled as an immediate precursor (US CSA).
    pub const IMMEDIATE_PRECURSOR: Scope = Scope(1 << 10);

    /// True when every flag of `other` is set.
    pub fn contains(self, other: Scope) -> bool {
        self.0 & other.0 == other.0
    }
    /// True when no flag is set.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    /// The union of two scopes.
    pub fn union(self, other: Scope) -> Scope {
        Scope(self.0 | other.0)
    }
    /// The words of the set flags, in a fixed order.
    pub fn words(self) -> impl Iterator<Item = &'static str> {
        SCOPE_WORDS
            .iter()
            .filter(move |(_, bit)| self.0 & bit != 0)
            .map(|(w, _)| *w)
    }
    /// The flags as bits (generated tables).
    #[doc(hidden)]
    pub const fn from_bits(bits: u16) -> Scope {
        Scope(bits)
    }
    /// The flags as bits.
    pub fn bits(self) -> u16 {
        self.0
    }
    /// One scope word (`salts`, `esters` …).
    pub fn from_word(word: &str) -> Result<Scope, ParseError> {
        SCOPE_WORDS
            .iter()
            .find(|(w, _)| *w == word)
            .map(|(_, b)| Scope(*b))
            .ok_or_else(|| ParseError::Keyword {
                what: "scope word",
                input: word.to_string(),
            })
    }
}

impl FromStr for Scope {
    type Err = ParseError;
    /// Words separated by spaces or commas.
    fn from_str(s: &str) -> Result<Scope, ParseError> {
        s.split([' ', ','])
            .filter(|w| !w.is_empty())
            .try_fold(Scope::NONE, |acc, w| Ok(acc.union(Scope::from_word(w)?)))
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, w) in self.words().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(w)?;
        }
        Ok(())
    }
}

impl fmt::Debug for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Scope({self})")
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Scope {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.words())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Scope {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let words = <Vec<String>>::deserialize(d)?;
        words.iter().try_fold(Scope::NONE, |acc, w| {
            Ok(acc.union(Scope::from_word(w).map_err(serde::de::Error::custom)?))
        })
    }
}

/// Separates the citations of a listing in its one stored string.
pub(crate) const CITATION_SEPARATOR: char = '\u{1e}';

#[cfg(feature = "serde")]
fn citations_as_list<S: serde::Serializer>(c: &Str, s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(c.split(CITATION_SEPARATOR))
}

/// One entry of a substance (or class) on an instrument, with its dates,
/// scope and legal citation.
///
/// Its text form is the schedule, the dates and the citations:
/// `II since 2010-08-30 (75 FR 37295 (2010-07-01))`. Read through a
/// registry as a [`ListingRef`](crate::ListingRef), it also names its list and subject.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Listing {
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) substance: u32,
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) instrument: u32,
    pub(crate) jurisdiction: Jurisdiction,
    pub(crate) schedule: Str,
    pub(crate) code: OptStr,
    pub(crate) announced: Option<Date>,
    pub(crate) effective: DateWindow,
    pub(crate) until: Option<DateWindow>,
    pub(crate) temporary: bool,
    pub(crate) added: bool,
    pub(crate) scope: Scope,
    pub(crate) exceptions: OptStr,
    pub(crate) threshold: OptStr,
    pub(crate) narcotic: Option<bool>,
    pub(crate) hs_code: OptStr,
    /// The citations, joined by U+001E (record separator).
    #[cfg_attr(feature = "serde", serde(serialize_with = "citations_as_list"))]
    pub(crate) citations: Str,
    pub(crate) source: Str,
    pub(crate) note: OptStr,
}

impl fmt::Display for Listing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.schedule)?;
        if self.temporary {
            f.write_str(" (temporary)")?;
        }
        let e = self.effective;
        match e.not_before() {
            _ if e.is_exact() => write!(f, " since {e}")?,
            None => write!(f, " in force by {}", e.not_after())?,
            Some(nb) => write!(f, " since between {nb} and {}", e.not_after())?,
        }
        if let Some(u) = self.until {
            write!(f, " until {u}")?;
        }
        write!(f, " ({})", self.citation())
    }
}

impl Instrument {
    /// The list's short name and its full name: `US CSA — Controlled Substances Act …`.
    fn describe(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} — {}", self.short, self.name)
    }
}

impl fmt::Display for Instrument {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.describe(f)
    }
}

impl Listing {
    /// The jurisdiction.
    pub fn jurisdiction(&self) -> Jurisdiction {
        self.jurisdiction
    }
    /// The schedule, table or category as the instrument writes it (`II`, `List I`, `Table I`, `第一类`, `Class A`).
    pub fn schedule(&self) -> &str {
        &self.schedule
    }
    /// The code under this instrument (DEA code, Canadian item number …).
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }
    /// When it was adopted or announced, before taking effect.
    pub fn announced(&self) -> Option<Date> {
        self.announced
    }
    /// When it took (or takes) effect: a day, or a window when the day is
    /// not known (see [`DateWindow`]).
    pub fn effective(&self) -> DateWindow {
        self.effective
    }
    /// The first day it is no longer in force (moved, removed, order
    /// expired), or the window that day lies in.
    pub fn until(&self) -> Option<DateWindow> {
        self.until
    }
    /// True for a temporary (time-limited) order.
    pub fn is_temporary(&self) -> bool {
        self.temporary
    }
    /// True when the record shows this listing brought the substance under
    /// control in its jurisdiction for the first time (it was not controlled
    /// there before). Before a first listing that is not so marked, the
    /// registry answers `Unknown`, not `NotControlled`.
    pub fn is_first_control(&self) -> bool {
        self.added
    }
    /// What it covers beyond the named substance (its own scope, or the instrument's general notes).
    pub fn scope(&self) -> Scope {
        self.scope
    }
    /// Exclusions written in the listing.
    pub fn exceptions(&self) -> Option<&str> {
        self.exceptions.as_deref()
    }
    /// Quantity thresholds (US List I/II chemicals).
    pub fn threshold(&self) -> Option<&str> {
        self.threshold.as_deref()
    }
    /// The US narcotic flag, where the instrument has one.
    pub fn narcotic(&self) -> Option<bool> {
        self.narcotic
    }
    /// The HS / CN customs code given with it.
    pub fn hs_code(&self) -> Option<&str> {
        self.hs_code.as_deref()
    }
    /// The legal citations (at least one): Federal Register pages, CND decisions, announcements, regulations.
    pub fn citations(&self) -> impl Iterator<Item = &str> + '_ {
        self.citations.split(CITATION_SEPARATOR)
    }
    /// The citations joined with `; `.
    pub fn citation(&self) -> String {
        self.citations().collect::<Vec<_>>().join("; ")
    }
    /// What the curator checked this listing against.
    pub fn source(&self) -> &str {
        &self.source
    }
    /// A curator's note (doubts, caveats).
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }
    /// True when certainly in force on `date`: in effect by then (the end of
    /// its effective window), and not possibly ended.
    pub fn in_force_on(&self, date: Date) -> bool {
        self.effective.is_by(date) && self.until.is_none_or(|u| u.is_after(date))
    }
    /// True when announced on or before `date` and certainly not yet in effect.
    pub fn announced_on(&self, date: Date) -> bool {
        self.effective.is_after(date) && self.announced.is_some_and(|a| a <= date)
    }
    /// True when `date` falls inside the window of its start or of its end,
    /// where the registry cannot say whether it was in force.
    pub fn uncertain_on(&self, date: Date) -> bool {
        self.effective.is_uncertain_on(date)
            || self
                .until
                .is_some_and(|u| u.is_uncertain_on(date) && self.effective.is_by(date))
    }
}
