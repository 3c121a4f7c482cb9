//! The embedded dataset: tables generated from `data/` by `src/codegen.rs`
//! (`cargo run -p controlled-substances-tools --bin generate`). Never edited by hand.
//! Their strings live in `blob.txt` beside them, read by [`crate::text`].

use std::borrow::Cow::Borrowed;

use crate::registry::Registry;

#[rustfmt::skip]
#[allow(clippy::all)]
mod tables;

pub(crate) use tables::DATA_VERSION;

pub(crate) static EMBEDDED: Registry = Registry {
    version: tables::VERSION,
    jurisdictions: Borrowed(&tables::JURISDICTIONS),
    instruments: Borrowed(&tables::INSTRUMENTS),
    substances: Borrowed(&tables::SUBSTANCES),
    listings: Borrowed(&tables::LISTINGS),
    names: Borrowed(&tables::NAMES),
    name_table: Borrowed(&tables::NAME_TABLE),
    cas: Borrowed(&tables::CAS),
    dea: Borrowed(&tables::DEA),
    inchikeys: Borrowed(&tables::INCHIKEYS),
    structures: Borrowed(&tables::STRUCTURES),
};
