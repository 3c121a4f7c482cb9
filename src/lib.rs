//! A cited, dated registry of controlled drugs and drug precursors: is this
//! substance controlled in this jurisdiction on this date, and on what
//! legal authority?
//!
//! ```
//! use controlled_substances::{verdict, Date, Jurisdiction, Status};
//!
//! let v = verdict("4-ANPP", Jurisdiction::US, Date::new(2026, 1, 1)?)?;
//! assert_eq!(v.status(), Status::Controlled);
//! let l = &v.listings()[0];
//! assert_eq!(l.instrument().short(), "US CSA");
//! assert_eq!(l.schedule(), "II");
//! assert_eq!(l.effective().to_string(), "2010-08-30");
//! assert!(l.citation().contains("75 FR 37295"));
//!
//! // China listed 4-ANPP as a precursor chemical from 2018-02-01.
//! let before = verdict("4-ANPP", Jurisdiction::CN, Date::new(2017, 11, 4)?)?;
//! assert!(!before.is_controlled());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # What is in it
//!
//! The data lives in `data/*.toml` (one file per jurisdiction or topic, each
//! listing with its effective date, citation and source) and is compiled into
//! static tables in `src/generated/`, so the embedded [`Registry`] costs
//! nothing at start-up. [`DATA_VERSION`] names the data release and
//! [`data_as_of`] the date each jurisdiction's lists were last checked.
//!
//! # Queries
//!
//! Every query comes in two forms: a free function over the embedded data
//! ([`lookup`], [`verdict`], [`verdicts`], [`history`], [`in_force`],
//! [`changes`], [`suggest`]) and the same as a [`Registry`] method, for a
//! dataset loaded at runtime with the `load` feature.
//!
//! A question goes two steps, each written once: [`Registry::resolve`]
//! reads the query (what it is, which substance, for a structure its
//! analysis), and [`Registry::judge`] answers for a jurisdiction and date.
//! [`verdicts`] resolves once and judges once per jurisdiction.
//!
//! A query is a name in any language (case, dashes, spaces, primes and Greek
//! letters do not matter; `fentanyl citrate` finds fentanyl and notes the
//! salt), a CAS number (its check digit is verified: a wrong one is an
//! error, never a miss), `DEA 9801`, or an InChIKey.
//!
//! # Verdicts
//!
//! [`Status::Controlled`], [`Status::Temporary`], [`Status::Announced`],
//! [`Status::NotControlled`] and [`Status::Unknown`]. The registry never
//! answers "not controlled" for what it does not know: an unknown substance,
//! or a jurisdiction whose lists were not checked for it, is `Unknown`.
//!
//! # Features
//!
//! - `serde`: `Serialize` for every result type (verdicts, listings,
//!   matches, history, changes: with ids and names, never internal indexes)
//!   and `Serialize`/`Deserialize` for the value types (dates, windows,
//!   codes, statuses, reasons).
#![cfg_attr(
    feature = "load",
    doc = "- `load`: load datasets at runtime ([`Registry::load_dir`], [`Registry::extend_with_dir`])."
)]
#![cfg_attr(
    not(feature = "load"),
    doc = "- `load`: load datasets at runtime (`Registry::load_dir`, `Registry::extend_with_dir`; not enabled in this build of the docs)."
)]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod cas;
#[cfg(feature = "load")]
mod codegen;
mod date;
mod error;
mod generated;
mod history;
mod identifiers;
mod index;
mod judge;
mod jurisdiction;
mod listing;
#[cfg(feature = "load")]
mod load;
mod names;
mod registry;
mod resolve;
mod status;
mod substance;
mod suggest;
mod text;

/// Structures: the few items of the structure engine
/// ([`controlled_substances_structure`]) that a registry user meets. The
/// engine itself (SMILES reader, canonical identity, salts, class rules) is
/// its own crate.
pub mod structure {
    pub use controlled_substances_structure::{
        analyze, ClassMatch, Condition, RuleId, SmilesError, StructureReport,
    };
}

pub use cas::CasNumber;
pub use date::{Date, DateWindow};
pub use error::{ParseError, QueryError};
pub use history::{Change, ChangeKind, Event, EventKind};
pub use identifiers::{DeaCode, InchiKey};
pub use judge::{ListingRef, Verdict};
pub use jurisdiction::{Coverage, Jurisdiction, JurisdictionInfo};
pub use listing::{Instrument, InstrumentKind, Listing, Scope};
#[cfg(feature = "load")]
pub use load::{LoadError, Problem};
pub use names::{normalize_name, MAX_QUERY_LEN};
pub use registry::Registry;
pub use resolve::{Match, MatchedBy, QueryKind, Resolution};
pub use status::{Reason, Status};
pub use substance::{Name, NameKind, SaltForm, Substance, SubstanceKind};
pub use suggest::Suggestion;

/// The version of the embedded dataset (`version` in `data/dataset.toml`).
///
/// ```
/// assert!(!controlled_substances::DATA_VERSION.is_empty());
/// ```
pub const DATA_VERSION: &str = generated::DATA_VERSION;

/// The date the embedded data for a jurisdiction was last checked against its
/// sources ("data as of"), or `None` when the registry has no data for it.
///
/// ```
/// use controlled_substances::{data_as_of, Jurisdiction};
/// assert!(data_as_of(Jurisdiction::US).is_some());
/// assert!(data_as_of("JP".parse().unwrap()).is_none());
/// ```
pub fn data_as_of(j: Jurisdiction) -> Option<Date> {
    Registry::embedded().jurisdiction(j).map(|i| i.data_as_of())
}

/// Finds the substance a query names in the embedded registry. See [`Registry::lookup`].
pub fn lookup(query: &str) -> Result<Option<Match<'static>>, QueryError> {
    Registry::embedded().lookup(query)
}

/// The verdict for a query in one jurisdiction on one date, over the embedded registry.
/// See [`Registry::verdict`].
pub fn verdict(query: &str, j: Jurisdiction, date: Date) -> Result<Verdict<'static>, QueryError> {
    Registry::embedded().verdict(query, j, date)
}

/// The verdicts for a query in every jurisdiction, over the embedded registry.
/// See [`Registry::verdicts`].
///
/// ```
/// use controlled_substances::{verdicts, Date, Jurisdiction};
/// let all = verdicts("fentanyl", Date::new(2026, 1, 1)?)?;
/// assert_eq!(all.len(), controlled_substances::Registry::embedded().jurisdictions().len());
/// assert!(all.iter().any(|v| v.jurisdiction() == Jurisdiction::US && v.is_controlled()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn verdicts(query: &str, date: Date) -> Result<Vec<Verdict<'static>>, QueryError> {
    Registry::embedded().verdicts(query, date)
}

/// A substance's history across jurisdictions, over the embedded registry.
/// See [`Registry::history`].
#[allow(clippy::type_complexity)]
pub fn history(query: &str) -> Result<Option<(Match<'static>, Vec<Event<'static>>)>, QueryError> {
    Registry::embedded().history(query)
}

/// The listings in force in a jurisdiction on a date, over the embedded registry.
/// See [`Registry::in_force`].
pub fn in_force(j: Jurisdiction, date: Date) -> Result<Vec<ListingRef<'static>>, QueryError> {
    Ok(Registry::embedded().in_force(j, date)?.collect())
}

/// What changed in a jurisdiction between two dates, over the embedded registry.
/// See [`Registry::changes`].
pub fn changes(j: Jurisdiction, from: Date, to: Date) -> Result<Vec<Change<'static>>, QueryError> {
    Registry::embedded().changes(j, from, to)
}

/// Suggestions for a misspelled name, over the embedded registry. See [`Registry::suggest`].
pub fn suggest(query: &str, limit: usize) -> Vec<Suggestion<'static>> {
    Registry::embedded().suggest(query, limit)
}

/// Not public API: the table generator, for the maintainers' tools crate
/// (`tools/`, `cargo run -p controlled-substances-tools --bin generate`).
/// It may change in any release.
#[cfg(feature = "load")]
#[doc(hidden)]
pub mod __generator {
    pub use crate::codegen::{generate, Generated, GENERATOR_COMMAND};
}

/// The README's examples, run as doc tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
