//! The crate's error types. Every message quotes the input it rejects.

use thiserror::Error;

/// An identifier, date or keyword that could not be parsed.
///
/// ```
/// use controlled_substances::{CasNumber, ParseError};
/// let e = "21409-26-8".parse::<CasNumber>().unwrap_err();
/// assert!(matches!(e, ParseError::CasCheckDigit { expected: 7, found: 8, .. }));
/// assert_eq!(
///     e.to_string(),
///     "CAS number \"21409-26-8\" fails its check digit: expected 7, found 8"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ParseError {
    /// Not of the form `NNNNNNN-NN-N` (2 to 7 digits, 2 digits, 1 check digit).
    #[error("CAS number {input:?} is malformed: {reason}")]
    CasFormat {
        /// The rejected text.
        input: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// Well formed, but the check digit does not match.
    #[error("CAS number {input:?} fails its check digit: expected {expected}, found {found}")]
    CasCheckDigit {
        /// The rejected text.
        input: String,
        /// The check digit the other digits call for.
        expected: u8,
        /// The check digit written.
        found: u8,
    },
    /// Not a date of the form `YYYY-MM-DD`.
    #[error("date {input:?} is not of the form YYYY-MM-DD")]
    DateFormat {
        /// The rejected text.
        input: String,
    },
    /// A date of the right form that does not exist (month 13, 29 February 2023, year 0).
    #[error("date \"{year:04}-{month:02}-{day:02}\" does not exist")]
    DateOutOfRange {
        /// The year given.
        year: i32,
        /// The month given.
        month: u32,
        /// The day given.
        day: u32,
    },
    /// A date window whose ends are out of order, or not of the form
    /// `YYYY-MM-DD..YYYY-MM-DD` / `..YYYY-MM-DD`.
    #[error(
        "date window {input:?} is not of the form YYYY-MM-DD..YYYY-MM-DD with its ends in order"
    )]
    DateWindow {
        /// The rejected text.
        input: String,
    },
    /// Not a jurisdiction code (two ASCII letters, such as `US`, `CN`, `UN`, `EU`).
    #[error("jurisdiction {input:?} is not a two-letter code such as US, CN, UN or EU")]
    Jurisdiction {
        /// The rejected text.
        input: String,
    },
    /// Not a DEA code (four digits, optionally written `DEA 9801`).
    #[error("DEA code {input:?} is not four digits (such as \"DEA 9801\")")]
    DeaCode {
        /// The rejected text.
        input: String,
    },
    /// Not an InChIKey (`XXXXXXXXXXXXXX-XXXXXXXXXX-X`, uppercase letters).
    #[error("InChIKey {input:?} is not of the form XXXXXXXXXXXXXX-XXXXXXXXXX-X")]
    InchiKey {
        /// The rejected text.
        input: String,
    },
    /// A keyword from a closed set (a status, a scope word, a date precision) that is not in it.
    #[error("{what} {input:?} is not one of the known words")]
    Keyword {
        /// What kind of keyword was expected.
        what: &'static str,
        /// The rejected text.
        input: String,
    },
}

/// A query that cannot be answered as asked.
///
/// A query that is well formed but names nothing in the registry is *not* an
/// error: its verdict is [`Status::Unknown`](crate::Status::Unknown).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum QueryError {
    /// The query is empty or only white space.
    #[error("empty query")]
    Empty,
    /// The query is longer than [`MAX_QUERY_LEN`](crate::MAX_QUERY_LEN) bytes.
    #[error("query of {len} bytes is longer than the limit of {max} bytes: {start:?}…")]
    TooLong {
        /// Its length in bytes.
        len: usize,
        /// The limit.
        max: usize,
        /// Its first characters.
        start: String,
    },
    /// The query holds a control character (a NUL, a tab, an escape …),
    /// which no name, identifier or SMILES contains.
    #[error("query {start:?} holds the control character {found:?} at byte {byte}")]
    ControlCharacter {
        /// The character.
        found: char,
        /// Its byte offset in the query (after trimming white space).
        byte: usize,
        /// The query's first characters.
        start: String,
    },
    /// The query looks like an identifier (CAS, DEA code, InChIKey) but is
    /// not a valid one. Its message is the [`ParseError`]'s, which is also its `source()`.
    #[error("{0}")]
    Identifier(#[from] ParseError),
    /// The jurisdiction is well formed but the registry has no data for it.
    #[error("jurisdiction {code:?} is not in this registry (it has: {known})")]
    UnknownJurisdiction {
        /// The code asked for.
        code: String,
        /// The codes the registry knows, comma-separated.
        known: String,
    },
    /// A structure query (`smiles:` prefix) that is not valid SMILES.
    #[error("SMILES {input:?} is not valid: {source}")]
    Smiles {
        /// The SMILES text (its first 200 characters).
        input: String,
        /// What is wrong, and where (the byte position).
        #[source]
        source: controlled_substances_structure::SmilesError,
    },
}
