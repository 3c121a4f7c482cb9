//! The embedded dataset: tables generated from `data/` by `src/codegen.rs`
//! (`cargo run -p controlled-substances-tools --bin generate`). Never edited by hand.

use std::borrow::Cow::Borrowed;

use crate::registry::Registry;

#[rustfmt::skip]
#[allow(clippy::all)]
mod tables;

pub(crate) use tables::{BLOB, DATA_VERSION};

pub(crate) static EMBEDDED: Registry = Registry {
    version: crate::text::Str::Blob(0, 0),
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
