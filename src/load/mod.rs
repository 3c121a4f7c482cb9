//! Reading a dataset from TOML files in the `data/` schema (feature `load`):
//! validation that reports every problem with its file, record and field,
//! and the build of a [`Registry`] (sorting, indexes). Nothing is half-loaded:
//! any problem, and no registry is returned.
//!
//! The pieces: `schema` (every record kind's fields, stated once),
//! `record` (TOML text to records, typed field access), one parser per
//! record kind (`jurisdiction`, `instrument`, `substance`, `names`,
//! `listing`), `folder` (walking a data folder), `references`
//! (cross-references), `classes` (class membership), `overlay` (a
//! dataset on top of another) and `indexes` (the lookup indexes).

use std::fmt;
use std::path::{Path, PathBuf};

use crate::jurisdiction::JurisdictionInfo;
use crate::listing::Instrument;
use crate::registry::Registry;

mod classes;
mod dump;
mod folder;
mod indexes;
mod instrument;
mod jurisdiction;
mod listing;
mod names;
mod overlay;
mod record;
mod references;
mod schema;
mod substance;

use listing::RawListing;
use names::RawNames;
use substance::RawSubstance;

/// One problem found in a dataset: where, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file (as given, or its path).
    pub file: String,
    /// The record: its kind, its position in the file, and its id where it has one.
    pub record: String,
    /// The field, or `-` for the record or file as a whole.
    pub field: String,
    /// What is wrong, quoting the bad value (long values cut).
    pub message: String,
}

impl Problem {
    /// A problem; the record, field and message are cut when very long, so
    /// a huge bad value is never quoted whole.
    pub(crate) fn new(file: &str, record: &str, field: &str, message: String) -> Problem {
        Problem {
            file: file.to_string(),
            record: record::cap(record, 300),
            field: record::cap(field, 200),
            message: if message.len() > 1000 {
                record::cap(&message, 1000)
            } else {
                message
            },
        }
    }

    /// A problem with a record at `o`.
    pub(crate) fn at(o: &Origin, field: &str, message: String) -> Problem {
        Problem::new(&o.file, &o.record, field, message)
    }

    /// A problem with the dataset as a whole (no one file or record).
    pub(crate) fn dataset(field: &str, message: String) -> Problem {
        Problem::new("-", "-", field, message)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}: {}: {}",
            self.file, self.record, self.field, self.message
        )
    }
}

/// A dataset that could not be loaded, with every problem found.
#[derive(Clone, Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// A file or folder could not be read.
    #[error("cannot read {path:?}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The system's error (shared, so that the error can be cloned).
        #[source]
        source: std::sync::Arc<std::io::Error>,
    },
    /// The data is invalid; each problem names its file, record and field.
    #[error("{} problem(s) in the dataset:\n{}", .0.len(), .0.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<Problem>),
}

impl LoadError {
    /// The problems found (empty for an I/O error).
    pub fn problems(&self) -> &[Problem] {
        match self {
            LoadError::Invalid(p) => p,
            LoadError::Io { .. } => &[],
        }
    }
}

/// Where a record was read: its file and its place there.
#[derive(Clone, Debug)]
pub(crate) struct Origin {
    pub(crate) file: String,
    pub(crate) record: String,
}

/// Every record of a dataset as read, before cross-references are resolved.
#[derive(Clone, Debug, Default)]
pub(crate) struct Raw {
    pub(crate) version: Option<String>,
    pub(crate) jurisdictions: Vec<(Origin, JurisdictionInfo)>,
    pub(crate) instruments: Vec<(Origin, Instrument)>,
    pub(crate) substances: Vec<RawSubstance>,
    pub(crate) names: Vec<RawNames>,
    pub(crate) listings: Vec<RawListing>,
    pub(crate) replaces: Vec<String>,
}

impl Raw {
    /// The records of `files`, with every problem found reading them.
    fn read<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
        problems: &mut Vec<Problem>,
    ) -> Raw {
        let mut raw = Raw::default();
        for (name, text) in files {
            raw.parse_file(name, text, problems);
        }
        raw
    }

    /// Adds one file's records, recording problems.
    fn parse_file(&mut self, file: &str, text: &str, problems: &mut Vec<Problem>) {
        let root = match record::parse_toml(file, text) {
            Ok(t) => t,
            Err(p) => {
                problems.push(p);
                return;
            }
        };
        jurisdiction::parse_top_level(file, &root, self, problems);
        jurisdiction::parse_jurisdictions(file, &root, self, problems);
        instrument::parse_instruments(file, &root, self, problems);
        substance::parse_substances(file, &root, self, problems);
        names::parse_names_records(file, &root, self, problems);
        listing::parse_listings(file, &root, self, problems);
    }
}

/// Validates `raw` as a whole and builds the registry, or returns every problem.
fn build(raw: Raw, mut problems: Vec<Problem>) -> Result<Registry, LoadError> {
    let resolved = references::resolve(raw, &mut problems);
    let registry = indexes::build(resolved, &mut problems);
    if problems.is_empty() {
        Ok(registry)
    } else {
        Err(LoadError::Invalid(problems))
    }
}

impl Registry {
    /// Loads a complete dataset from every `*.toml` file under `dir` (the
    /// layout of the crate's `data/` folder). Every problem is reported, each
    /// with its file, record and field.
    ///
    /// Symbolic links to folders are not followed (each is reported), only
    /// regular files are read (a FIFO, socket or device named `*.toml` is
    /// reported), and a file over 64 MiB is reported rather than read.
    ///
    /// ```no_run
    /// let r = controlled_substances::Registry::load_dir("data")?;
    /// println!("{} substances", r.substances().len());
    /// # Ok::<(), controlled_substances::LoadError>(())
    /// ```
    pub fn load_dir(dir: impl AsRef<Path>) -> Result<Registry, LoadError> {
        let (files, problems) = folder::read_files(dir.as_ref())?;
        Registry::load(
            files.iter().map(|(n, t)| (n.as_str(), t.as_str())),
            problems,
        )
    }

    /// Loads a complete dataset from `(file name, TOML text)` pairs.
    ///
    /// ```
    /// use controlled_substances::{Registry, LoadError};
    /// let bad = r#"
    /// version = "test"
    /// [[jurisdiction]]
    /// code = "US"
    /// name = "United States"
    /// data_as_of = "2026-01-01"
    /// [[substance]]
    /// id = "x"
    /// name = "X"
    /// kind = "drug"
    /// cas = "21409-26-8"
    /// "#;
    /// let err = Registry::load_files([("mine.toml", bad)]).unwrap_err();
    /// let p = &err.problems()[0];
    /// assert_eq!((p.file.as_str(), p.field.as_str()), ("mine.toml", "cas"));
    /// assert!(p.message.contains("21409-26-8"));
    /// ```
    pub fn load_files<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Registry, LoadError> {
        Registry::load(files, Vec::new())
    }

    fn load<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
        mut problems: Vec<Problem>,
    ) -> Result<Registry, LoadError> {
        let raw = Raw::read(files, &mut problems);
        if !raw.replaces.is_empty() {
            problems.push(Problem::dataset(
                "replaces",
                "`replaces` applies only to a dataset loaded on top of another (extend_with_*)"
                    .into(),
            ));
        }
        build(raw, problems)
    }

    /// A new registry: this one, extended or overridden by the files under
    /// `dir` (a newer release, or a private list). Records with an id this
    /// registry has (jurisdiction, instrument, substance) replace it; listings
    /// and `[[names]]` are added; a top-level `replaces = ["us-csa"]` drops this
    /// registry's listings on those instruments first; `version` replaces the version.
    /// The folder is read as by [`load_dir`](Self::load_dir).
    pub fn extend_with_dir(&self, dir: impl AsRef<Path>) -> Result<Registry, LoadError> {
        let (files, problems) = folder::read_files(dir.as_ref())?;
        self.extend(
            files.iter().map(|(n, t)| (n.as_str(), t.as_str())),
            problems,
        )
    }

    /// As [`extend_with_dir`](Self::extend_with_dir), from `(file name, TOML text)` pairs.
    ///
    /// ```
    /// use controlled_substances::{Registry, Jurisdiction, Date, Status};
    /// let private = r#"
    /// [[substance]]
    /// id = "acme-x1"
    /// name = "ACME-X1"
    /// kind = "precursor"
    /// [[listing]]
    /// substance = "acme-x1"
    /// instrument = "us-listed-chemicals"
    /// schedule = "List I"
    /// effective = "2026-01-01"
    /// citation = ["Company policy 7"]
    /// source = "internal"
    /// "#;
    /// let r = Registry::embedded().extend_with_files([("acme.toml", private)])?;
    /// let v = r.verdict("ACME-X1", Jurisdiction::US, Date::new(2026, 6, 1).unwrap()).unwrap();
    /// assert_eq!(v.status(), Status::Controlled);
    /// assert!(r.lookup("fentanyl").unwrap().is_some());
    /// # Ok::<(), controlled_substances::LoadError>(())
    /// ```
    pub fn extend_with_files<'a>(
        &self,
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Registry, LoadError> {
        self.extend(files, Vec::new())
    }

    fn extend<'a>(
        &self,
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
        mut problems: Vec<Problem>,
    ) -> Result<Registry, LoadError> {
        let over = Raw::read(files, &mut problems);
        let merged = overlay::merge(overlay::to_raw(self), over, &mut problems);
        build(merged, problems)
    }
}
