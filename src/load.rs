//! Reading a dataset from TOML files in the `data/` schema (feature `load`):
//! validation that reports every problem with its file, record and field,
//! and the build of a [`Registry`] (sorting, indexes). Nothing is half-loaded:
//! any problem, and no registry is returned.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use crate::cas::CasNumber;
use crate::date::{window_from_precision, Date, DateWindow};
use crate::identifiers::{DeaCode, InchiKey};
use crate::index::{
    build_name_table, CasEntry, CodeEntry, KeyEntry, NameEntry, StructureEntry, NO_SALT,
};
use crate::jurisdiction::{Coverage, Jurisdiction, JurisdictionInfo};
use crate::listing::{Instrument, InstrumentKind, Listing, Scope};
use crate::names::normalize_name;
use crate::registry::Registry;
use crate::substance::{Name, NameKind, SaltForm, Substance, SubstanceKind};
use crate::text::Str;

type Text = Str;

/// One problem found in a dataset: where, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file (as given, or its path).
    pub file: String,
    /// The record: its kind, its position in the file, and its id where it has one.
    pub record: String,
    /// The field, or `-` for the record or file as a whole.
    pub field: String,
    /// What is wrong, quoting the bad value.
    pub message: String,
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
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// A file or folder could not be read.
    #[error("cannot read {path:?}: {message}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The system's message.
        message: String,
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

#[derive(Clone, Debug)]
struct Origin {
    file: String,
    record: String,
}

#[derive(Clone, Debug)]
struct RawSubstance {
    s: Substance,
    classes: Vec<String>,
    /// (lang, text) pairs seen, for duplicate detection within the record.
    origin: Origin,
}

#[derive(Clone, Debug)]
struct RawNames {
    substance: String,
    names: Vec<Name>,
    other_cas: Vec<CasNumber>,
    classes: Vec<String>,
    reviewed_in: Vec<Jurisdiction>,
    origin: Origin,
}

#[derive(Clone, Debug)]
struct RawListing {
    substance: String,
    instrument: String,
    scope_given: bool,
    l: Listing,
    origin: Origin,
}

#[derive(Clone, Debug, Default)]
struct Raw {
    version: Option<String>,
    jurisdictions: Vec<(Origin, JurisdictionInfo)>,
    instruments: Vec<(Origin, Instrument)>,
    substances: Vec<RawSubstance>,
    names: Vec<RawNames>,
    listings: Vec<RawListing>,
    replaces: Vec<String>,
}

/// Reads the fields of one TOML table, recording problems and unknown keys.
struct Rec<'a> {
    t: &'a toml::Table,
    origin: Origin,
    used: Vec<&'static str>,
    problems: &'a mut Vec<Problem>,
}

impl<'a> Rec<'a> {
    fn problem(&mut self, field: &str, message: String) {
        self.problems.push(Problem {
            file: self.origin.file.clone(),
            record: self.origin.record.clone(),
            field: field.to_string(),
            message,
        });
    }

    fn get(&mut self, key: &'static str) -> Option<&'a toml::Value> {
        self.used.push(key);
        self.t.get(key)
    }

    fn opt_str(&mut self, key: &'static str) -> Option<String> {
        match self.get(key)? {
            toml::Value::String(s) if s.trim().is_empty() => None,
            toml::Value::String(s) => Some(s.clone()),
            other => {
                self.problem(key, format!("expected a string, found {other}"));
                None
            }
        }
    }

    fn req_str(&mut self, key: &'static str) -> Option<String> {
        let v = self.opt_str(key);
        if v.is_none() && !self.t.contains_key(key) {
            self.problem(key, "missing (required)".to_string());
        } else if v.is_none() && matches!(self.t.get(key), Some(toml::Value::String(_))) {
            self.problem(key, "empty (required)".to_string());
        }
        v
    }

    fn opt_bool(&mut self, key: &'static str) -> Option<bool> {
        match self.get(key)? {
            toml::Value::Boolean(b) => Some(*b),
            other => {
                self.problem(key, format!("expected true or false, found {other}"));
                None
            }
        }
    }

    fn strings(&mut self, key: &'static str) -> Vec<String> {
        match self.get(key) {
            None => Vec::new(),
            Some(toml::Value::String(s)) => vec![s.clone()],
            Some(toml::Value::Array(a)) => {
                let mut out = Vec::new();
                for v in a {
                    match v {
                        toml::Value::String(s) if !s.trim().is_empty() => out.push(s.clone()),
                        toml::Value::String(_) => self.problem(key, "empty string in list".into()),
                        other => self.problem(key, format!("expected strings, found {other}")),
                    }
                }
                out
            }
            Some(other) => {
                self.problem(key, format!("expected a list of strings, found {other}"));
                Vec::new()
            }
        }
    }

    fn parsed<T: std::str::FromStr>(
        &mut self,
        key: &'static str,
        value: Option<String>,
    ) -> Option<T>
    where
        T::Err: fmt::Display,
    {
        let v = value?;
        match v.parse::<T>() {
            Ok(x) => Some(x),
            Err(e) => {
                self.problem(key, e.to_string());
                None
            }
        }
    }

    fn date(&mut self, key: &'static str) -> Option<Date> {
        let v = match self.get(key)? {
            toml::Value::String(s) => s.clone(),
            toml::Value::Datetime(d) => d.to_string(),
            other => {
                self.problem(
                    key,
                    format!("expected a date \"YYYY-MM-DD\", found {other}"),
                );
                return None;
            }
        };
        self.parsed(key, Some(v))
    }

    /// A date field that may be a day (`"2010-08-30"`) or a window
    /// (`{ not_before = "...", not_after = "..." }`, `not_before` optional).
    fn window(&mut self, key: &'static str) -> Option<DateWindow> {
        let t = match self.get(key)? {
            toml::Value::Table(t) => t,
            _ => return self.date(key).map(DateWindow::exact),
        };
        let mut end = |k: &str| -> Result<Option<Date>, ()> {
            match t.get(k) {
                None => Ok(None),
                Some(toml::Value::String(v)) => match v.parse::<Date>() {
                    Ok(d) => Ok(Some(d)),
                    Err(e) => {
                        self.problem(&format!("{key}.{k}"), e.to_string());
                        Err(())
                    }
                },
                Some(other) => {
                    self.problem(
                        &format!("{key}.{k}"),
                        format!("expected a date \"YYYY-MM-DD\", found {other}"),
                    );
                    Err(())
                }
            }
        };
        let (nb, na) = (end("not_before"), end("not_after"));
        if let Some(k) = t
            .keys()
            .find(|k| !matches!(k.as_str(), "not_before" | "not_after"))
        {
            let k = k.clone();
            self.problem(
                &format!("{key}.{k}"),
                "unknown field (a window has not_before and not_after)".into(),
            );
            return None;
        }
        let (Ok(nb), Ok(na)) = (nb, na) else {
            return None;
        };
        let Some(na) = na else {
            self.problem(
                &format!("{key}.not_after"),
                "missing: a window needs the date by which it had certainly happened".into(),
            );
            return None;
        };
        match DateWindow::new(nb, na) {
            Ok(w) => Some(w),
            Err(_) => {
                self.problem(
                    key,
                    format!(
                        "not_before {} is after not_after {na}",
                        nb.unwrap_or(Date::MIN)
                    ),
                );
                None
            }
        }
    }

    fn finish(mut self) {
        let unknown: Vec<String> = self
            .t
            .keys()
            .filter(|k| !self.used.contains(&k.as_str()))
            .cloned()
            .collect();
        for k in unknown {
            self.problem(&k, "unknown field (a typo?)".into());
        }
    }
}

fn tables<'a>(
    root: &'a toml::Table,
    key: &str,
    file: &str,
    problems: &mut Vec<Problem>,
) -> Vec<&'a toml::Table> {
    match root.get(key) {
        None => Vec::new(),
        Some(toml::Value::Array(a)) => a
            .iter()
            .enumerate()
            .filter_map(|(i, v)| match v {
                toml::Value::Table(t) => Some(t),
                _ => {
                    problems.push(Problem {
                        file: file.into(),
                        record: format!("{key} #{}", i + 1),
                        field: "-".into(),
                        message: format!("expected [[{key}]] tables"),
                    });
                    None
                }
            })
            .collect(),
        Some(_) => {
            problems.push(Problem {
                file: file.into(),
                record: key.into(),
                field: "-".into(),
                message: format!("expected [[{key}]] tables, found a single value"),
            });
            Vec::new()
        }
    }
}

fn origin(file: &str, kind: &str, i: usize, t: &toml::Table, idkey: &str) -> Origin {
    let id = t.get(idkey).and_then(|v| v.as_str()).unwrap_or("");
    Origin {
        file: file.to_string(),
        record: if id.is_empty() {
            format!("{kind} #{}", i + 1)
        } else {
            format!("{kind} #{} ({idkey} {id:?})", i + 1)
        },
    }
}

fn parse_names(rec: &mut Rec<'_>, preferred_en: Option<&str>) -> Vec<Name> {
    let mut names = Vec::new();
    if let Some(p) = preferred_en {
        names.push(Name {
            text: Str::owned(p),
            lang: Str::owned("en"),
            kind: NameKind::Preferred,
        });
    }
    let table = match rec.get("names") {
        None => return names,
        Some(toml::Value::Table(t)) => t,
        Some(other) => {
            rec.problem(
                "names",
                format!("expected a table (names.en = [...]), found {other}"),
            );
            return names;
        }
    };
    for (key, value) in table {
        let list: Vec<String> = match value {
            toml::Value::Array(a) => a
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            toml::Value::String(s) => vec![s.clone()],
            other => {
                rec.problem(
                    &format!("names.{key}"),
                    format!("expected a list of strings, found {other}"),
                );
                continue;
            }
        };
        for (i, text) in list.into_iter().enumerate() {
            let text = text.trim().to_string();
            if text.is_empty() {
                rec.problem(&format!("names.{key}"), "empty name".into());
                continue;
            }
            let (lang, kind, text) = match key.as_str() {
                "en" => ("en".to_string(), NameKind::Synonym, text),
                "zh" | "de" => (
                    key.clone(),
                    if i == 0 {
                        NameKind::Preferred
                    } else {
                        NameKind::Synonym
                    },
                    text,
                ),
                "abbreviation" => ("en".to_string(), NameKind::Abbreviation, text),
                "brand" => ("en".to_string(), NameKind::Brand, text),
                "dea" => ("en".to_string(), NameKind::Dea, text),
                "other" => match text.split_once(':') {
                    Some((l, t))
                        if (2..=8).contains(&l.len())
                            && l.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-') =>
                    {
                        (
                            l.to_ascii_lowercase(),
                            NameKind::Synonym,
                            t.trim().to_string(),
                        )
                    }
                    _ => {
                        rec.problem(
                            "names.other",
                            format!("{text:?} lacks its language prefix (\"fr:...\")"),
                        );
                        continue;
                    }
                },
                other => {
                    rec.problem(
                        &format!("names.{other}"),
                        "unknown name kind (use en, zh, de, abbreviation, brand, dea, other)"
                            .into(),
                    );
                    continue;
                }
            };
            if names
                .iter()
                .any(|n: &Name| &*n.lang == lang.as_str() && &*n.text == text.as_str())
            {
                if preferred_en != Some(text.as_str()) {
                    rec.problem(&format!("names.{key}"), format!("duplicate name {text:?}"));
                }
                continue;
            }
            names.push(Name {
                text: Str::owned(text),
                lang: Str::owned(lang),
                kind,
            });
        }
    }
    names
}

fn parse_cas_list(rec: &mut Rec<'_>, key: &'static str) -> Vec<CasNumber> {
    let list = rec.strings(key);
    list.into_iter()
        .filter_map(|s| rec.parsed::<CasNumber>(key, Some(s)))
        .collect()
}

fn parse_jurisdictions(rec: &mut Rec<'_>, key: &'static str) -> Vec<Jurisdiction> {
    let list = rec.strings(key);
    list.into_iter()
        .filter_map(|s| rec.parsed::<Jurisdiction>(key, Some(s)))
        .collect()
}

fn owned(s: String) -> Text {
    Str::owned(s)
}

/// Parses one file's text into `raw`, recording problems.
fn parse_file(file: &str, text: &str, raw: &mut Raw, problems: &mut Vec<Problem>) {
    let root: toml::Table = match text.parse() {
        Ok(t) => t,
        Err(e) => {
            problems.push(Problem {
                file: file.into(),
                record: "-".into(),
                field: "-".into(),
                message: format!("not valid TOML: {}", e.to_string().trim()),
            });
            return;
        }
    };
    for key in root.keys() {
        if !matches!(
            key.as_str(),
            "version"
                | "jurisdiction"
                | "instrument"
                | "substance"
                | "names"
                | "listing"
                | "replaces"
        ) {
            problems.push(Problem {
                file: file.into(),
                record: "-".into(),
                field: key.clone(),
                message: "unknown top-level key".into(),
            });
        }
    }
    if let Some(v) = root.get("version") {
        match v.as_str() {
            Some(s) if !s.trim().is_empty() => raw.version = Some(s.to_string()),
            _ => problems.push(Problem {
                file: file.into(),
                record: "-".into(),
                field: "version".into(),
                message: format!("expected a non-empty string, found {v}"),
            }),
        }
    }
    if let Some(v) = root.get("replaces") {
        match v.as_array() {
            Some(a) => raw
                .replaces
                .extend(a.iter().filter_map(|x| x.as_str().map(str::to_string))),
            None => problems.push(Problem {
                file: file.into(),
                record: "-".into(),
                field: "replaces".into(),
                message: "expected a list of instrument ids".into(),
            }),
        }
    }

    for (i, t) in tables(&root, "jurisdiction", file, problems)
        .into_iter()
        .enumerate()
    {
        let o = origin(file, "jurisdiction", i, t, "code");
        let mut rec = Rec {
            t,
            origin: o.clone(),
            used: Vec::new(),
            problems,
        };
        let code_s = rec.req_str("code");
        let code = rec.parsed::<Jurisdiction>("code", code_s);
        let name = rec.req_str("name");
        let supranational = rec.opt_bool("supranational").unwrap_or(false);
        let data_as_of = rec.date("data_as_of");
        if data_as_of.is_none() && !t.contains_key("data_as_of") {
            rec.problem("data_as_of", "missing (required)".into());
        }
        let coverage = match rec.opt_str("coverage").as_deref() {
            None | Some("partial") => Some(Coverage::Partial),
            Some("complete") => Some(Coverage::Complete),
            Some(other) => {
                rec.problem(
                    "coverage",
                    format!("{other:?} is not \"complete\" or \"partial\""),
                );
                None
            }
        };
        let note = rec.opt_str("note");
        let pf = rec.opt_str("precursors_from");
        let precursors_from = rec.parsed::<Jurisdiction>("precursors_from", pf);
        rec.finish();
        if let (Some(code), Some(name), Some(data_as_of), Some(coverage)) =
            (code, name, data_as_of, coverage)
        {
            raw.jurisdictions.push((
                o,
                JurisdictionInfo {
                    code,
                    name: owned(name),
                    supranational,
                    data_as_of,
                    coverage,
                    note: note.map(owned).into(),
                    precursors_from,
                },
            ));
        }
    }

    for (i, t) in tables(&root, "instrument", file, problems)
        .into_iter()
        .enumerate()
    {
        let o = origin(file, "instrument", i, t, "id");
        let mut rec = Rec {
            t,
            origin: o.clone(),
            used: Vec::new(),
            problems,
        };
        let id = rec.req_str("id");
        let js = rec.req_str("jurisdiction");
        let jurisdiction = rec.parsed::<Jurisdiction>("jurisdiction", js);
        let name = rec.req_str("name");
        let short = rec.req_str("short");
        let kind = match rec.req_str("kind").as_deref() {
            Some("drugs") => Some(InstrumentKind::Drugs),
            Some("precursors") => Some(InstrumentKind::Precursors),
            Some(other) => {
                rec.problem(
                    "kind",
                    format!("{other:?} is not \"drugs\" or \"precursors\""),
                );
                None
            }
            None => None,
        };
        let url = rec.opt_str("url");
        let scope_words = rec.strings("scope");
        let scope = scope_from_words(&mut rec, scope_words);
        let note = rec.opt_str("note");
        rec.finish();
        if let (Some(id), Some(jurisdiction), Some(name), Some(short), Some(kind)) =
            (id, jurisdiction, name, short, kind)
        {
            raw.instruments.push((
                o,
                Instrument {
                    id: owned(id),
                    jurisdiction,
                    name: owned(name),
                    short: owned(short),
                    kind,
                    url: url.map(owned).into(),
                    scope,
                    note: note.map(owned).into(),
                },
            ));
        }
    }

    for (i, t) in tables(&root, "substance", file, problems)
        .into_iter()
        .enumerate()
    {
        let o = origin(file, "substance", i, t, "id");
        let mut rec = Rec {
            t,
            origin: o.clone(),
            used: Vec::new(),
            problems,
        };
        let id = rec.req_str("id");
        if let Some(id) = &id {
            if !is_slug(id) {
                rec.problem("id", format!("{id:?} is not a lowercase slug [a-z0-9-]"));
            }
        }
        let name = rec.req_str("name");
        let kind = match rec.req_str("kind").as_deref() {
            Some("drug") => Some(SubstanceKind::Drug),
            Some("precursor") => Some(SubstanceKind::Precursor),
            Some("preparation") => Some(SubstanceKind::Preparation),
            Some("class") => Some(SubstanceKind::Class),
            Some(other) => {
                rec.problem(
                    "kind",
                    format!("{other:?} is not one of drug, precursor, preparation, class"),
                );
                None
            }
            None => None,
        };
        let names = parse_names(&mut rec, name.as_deref());
        let cas_s = rec.opt_str("cas");
        let cas = rec.parsed::<CasNumber>("cas", cas_s);
        let other_cas = parse_cas_list(&mut rec, "other_cas");
        let mut salts = Vec::new();
        match rec.get("salts") {
            None => {}
            Some(toml::Value::Array(a)) => {
                for v in a {
                    let form = v.get("form").and_then(|f| f.as_str());
                    let c = v.get("cas").and_then(|f| f.as_str());
                    match (form, c) {
                        (Some(form), Some(c)) => {
                            if let Some(cas) = rec.parsed::<CasNumber>("salts", Some(c.to_string()))
                            {
                                salts.push(SaltForm {
                                    form: owned(form.to_string()),
                                    cas,
                                });
                            }
                        }
                        _ => rec.problem(
                            "salts",
                            format!("expected {{ form = \"...\", cas = \"...\" }}, found {v}"),
                        ),
                    }
                }
            }
            Some(other) => rec.problem("salts", format!("expected a list, found {other}")),
        }
        let dea_s = rec.opt_str("dea_code");
        let dea_code = rec.parsed::<DeaCode>("dea_code", dea_s);
        let incb_code = rec.opt_str("incb_code");
        let pubchem_cid = match rec.get("pubchem_cid") {
            None => None,
            Some(toml::Value::Integer(n)) if *n > 0 && *n <= u32::MAX as i64 => Some(*n as u32),
            Some(other) => {
                rec.problem(
                    "pubchem_cid",
                    format!("expected a positive integer, found {other}"),
                );
                None
            }
        };
        let ik = rec.opt_str("inchikey");
        let inchikey = rec.parsed::<InchiKey>("inchikey", ik);
        let smiles = rec.opt_str("smiles");
        let formula = rec.opt_str("formula");
        let classes = rec.strings("classes");
        let reviewed_in = parse_jurisdictions(&mut rec, "reviewed_in");
        let (mut def_en, mut def_zh) = (None, None);
        match rec.get("definition") {
            None => {}
            Some(toml::Value::Table(d)) => {
                for (k, v) in d {
                    match (k.as_str(), v.as_str()) {
                        ("en", Some(s)) => def_en = Some(s.to_string()),
                        ("zh", Some(s)) => def_zh = Some(s.to_string()),
                        _ => rec.problem(
                            &format!("definition.{k}"),
                            "expected definition.en or definition.zh text".into(),
                        ),
                    }
                }
            }
            Some(other) => rec.problem("definition", format!("expected a table, found {other}")),
        }
        let note = rec.opt_str("note");
        if kind == Some(SubstanceKind::Class) && def_en.is_none() && def_zh.is_none() {
            rec.problem(
                "definition",
                "a class needs its legal definition (definition.en or definition.zh)".into(),
            );
        }
        rec.finish();
        if let (Some(id), Some(name), Some(kind)) = (id, name, kind) {
            raw.substances.push(RawSubstance {
                s: Substance {
                    id: owned(id),
                    name: owned(name),
                    kind,
                    names: Cow::Owned(names),
                    cas,
                    other_cas: Cow::Owned(other_cas),
                    salts: Cow::Owned(salts),
                    dea_code,
                    incb_code: incb_code.map(owned).into(),
                    pubchem_cid,
                    inchikey,
                    smiles: smiles.map(owned).into(),
                    formula: formula.map(owned).into(),
                    classes: Cow::Owned(Vec::new()),
                    reviewed_in: Cow::Owned(reviewed_in),
                    definition_en: def_en.map(owned).into(),
                    definition_zh: def_zh.map(owned).into(),
                    note: note.map(owned).into(),
                    listings: (0, 0),
                },
                classes,
                origin: o,
            });
        }
    }

    for (i, t) in tables(&root, "names", file, problems)
        .into_iter()
        .enumerate()
    {
        let o = origin(file, "names", i, t, "substance");
        let mut rec = Rec {
            t,
            origin: o.clone(),
            used: Vec::new(),
            problems,
        };
        let substance = rec.req_str("substance");
        // The keys of `names.*`, given at the top of the record.
        let mut names_table = toml::Table::new();
        for key in ["en", "zh", "de", "abbreviation", "brand", "dea", "other"] {
            rec.used.push(key);
            if let Some(v) = t.get(key) {
                names_table.insert(key.to_string(), v.clone());
            }
        }
        let wrapper: toml::Table = [("names".to_string(), toml::Value::Table(names_table))]
            .into_iter()
            .collect();
        let names = {
            let mut inner = Rec {
                t: &wrapper,
                origin: o.clone(),
                used: Vec::new(),
                problems: rec.problems,
            };
            parse_names(&mut inner, None)
        };
        let other_cas = parse_cas_list(&mut rec, "other_cas");
        let classes = rec.strings("classes");
        let reviewed_in = parse_jurisdictions(&mut rec, "reviewed_in");
        rec.req_str("source");
        rec.finish();
        if let Some(substance) = substance {
            raw.names.push(RawNames {
                substance,
                names,
                other_cas,
                classes,
                reviewed_in,
                origin: o,
            });
        }
    }

    for (i, t) in tables(&root, "listing", file, problems)
        .into_iter()
        .enumerate()
    {
        let o = origin(file, "listing", i, t, "substance");
        let mut rec = Rec {
            t,
            origin: o.clone(),
            used: Vec::new(),
            problems,
        };
        let substance = rec.req_str("substance");
        let instrument = rec.req_str("instrument");
        let schedule = rec.req_str("schedule");
        let code = rec.opt_str("code");
        let announced = rec.date("announced");
        let mut effective = rec.window("effective");
        if !t.contains_key("effective") {
            rec.problem(
                "effective",
                "missing (required): every listing carries its effective date".into(),
            );
        }
        // The legacy `precision` key: a date known to the month, year,
        // approximately or "in force by" stands for a window ending on it.
        if let Some(p) = rec.opt_str("precision") {
            match effective {
                Some(e) if e.is_exact() => match window_from_precision(&p, e.not_after()) {
                    Some(w) => effective = Some(w),
                    None => rec.problem(
                        "precision",
                        format!("{p:?} is not one of day, month, year, approximate, in-force-by"),
                    ),
                },
                Some(_) => rec.problem(
                    "precision",
                    "given with a window: a window says how the date is known".into(),
                ),
                None => {}
            }
        }
        let until = rec.window("until");
        let temporary = rec.opt_bool("temporary").unwrap_or(false);
        let added = rec.opt_bool("added").unwrap_or(false);
        let scope_given = t.contains_key("scope");
        let words = rec.strings("scope");
        let scope = scope_from_words(&mut rec, words);
        let exceptions = rec.opt_str("exceptions");
        let threshold = rec.opt_str("threshold");
        let narcotic = rec.opt_bool("narcotic");
        let hs_code = rec.opt_str("hs_code");
        let citations = rec.strings("citation");
        if citations
            .iter()
            .any(|c| c.contains(crate::listing::CITATION_SEPARATOR))
        {
            rec.problem("citation", "contains the control character U+001E".into());
        }
        if citations.is_empty() {
            rec.problem(
                "citation",
                "missing: every listing cites its legal authority".into(),
            );
        }
        let source = rec.req_str("source");
        let note = rec.opt_str("note");
        if let (Some(a), Some(e)) = (announced, effective) {
            if a > e.not_after() {
                rec.problem("announced", format!("announced {a} is after effective {e}"));
            }
        }
        if let (Some(e), Some(u)) = (effective, until) {
            if u.earliest() <= e.not_after() {
                rec.problem("until", format!("until {u} is not after effective {e}"));
            }
        }
        rec.finish();
        if let (Some(substance), Some(instrument), Some(schedule), Some(effective), Some(source)) =
            (substance, instrument, schedule, effective, source)
        {
            if citations.is_empty() {
                continue;
            }
            raw.listings.push(RawListing {
                substance,
                instrument,
                scope_given,
                l: Listing {
                    substance: 0,
                    instrument: 0,
                    jurisdiction: Jurisdiction::UN,
                    schedule: owned(schedule),
                    code: code.map(owned).into(),
                    announced,
                    effective,
                    until,
                    temporary,
                    added,
                    scope,
                    exceptions: exceptions.map(owned).into(),
                    threshold: threshold.map(owned).into(),
                    narcotic,
                    hs_code: hs_code.map(owned).into(),
                    citations: owned(
                        citations.join(&crate::listing::CITATION_SEPARATOR.to_string()),
                    ),
                    source: owned(source),
                    note: note.map(owned).into(),
                },
                origin: o,
            });
        }
    }
}

fn scope_from_words(rec: &mut Rec<'_>, words: Vec<String>) -> Scope {
    let mut scope = Scope::NONE;
    for w in words {
        match Scope::from_word(&w) {
            Ok(s) => scope = scope.union(s),
            Err(e) => rec.problem("scope", e.to_string()),
        }
    }
    scope
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

fn problem(o: &Origin, field: &str, message: String) -> Problem {
    Problem {
        file: o.file.clone(),
        record: o.record.clone(),
        field: field.into(),
        message,
    }
}

/// Validates the parsed records as a whole and builds the registry.
fn build(mut raw: Raw, mut problems: Vec<Problem>) -> Result<Registry, LoadError> {
    // Jurisdictions.
    let mut seen = HashSet::new();
    for (o, j) in &raw.jurisdictions {
        if !seen.insert(j.code) {
            problems.push(problem(
                o,
                "code",
                format!("duplicate jurisdiction {:?}", j.code.as_str()),
            ));
        }
    }
    let known_j: HashSet<Jurisdiction> = raw.jurisdictions.iter().map(|(_, j)| j.code).collect();
    for (o, j) in &raw.jurisdictions {
        if let Some(p) = j.precursors_from {
            if p == j.code || !known_j.contains(&p) {
                problems.push(problem(
                    o,
                    "precursors_from",
                    format!(
                        "{:?} is not another jurisdiction of the dataset",
                        p.as_str()
                    ),
                ));
            }
        }
    }

    // Instruments.
    let mut inst_ix: HashMap<String, u16> = HashMap::new();
    for (i, (o, inst)) in raw.instruments.iter().enumerate() {
        if inst_ix.insert(inst.id.to_string(), i as u16).is_some() {
            problems.push(problem(
                o,
                "id",
                format!("duplicate instrument id {:?}", inst.id),
            ));
        }
        if !known_j.contains(&inst.jurisdiction) {
            problems.push(problem(
                o,
                "jurisdiction",
                format!("unknown jurisdiction {:?}", inst.jurisdiction.as_str()),
            ));
        }
    }

    // Substances, sorted by id.
    raw.substances.sort_by(|a, b| a.s.id.cmp(&b.s.id));
    for w in raw.substances.windows(2) {
        if w[0].s.id == w[1].s.id {
            problems.push(problem(
                &w[1].origin,
                "id",
                format!(
                    "duplicate substance id {:?} (also in {}: {})",
                    w[1].s.id, w[0].origin.file, w[0].origin.record
                ),
            ));
        }
    }
    let sub_ix: HashMap<String, u32> = raw
        .substances
        .iter()
        .enumerate()
        .map(|(i, r)| (r.s.id.to_string(), i as u32))
        .collect();

    // [[names]] records merge into their substance.
    let extra = std::mem::take(&mut raw.names);
    let mut extra_classes: Vec<(usize, String, Origin)> = Vec::new();
    for n in extra {
        let Some(&i) = sub_ix.get(&n.substance) else {
            problems.push(problem(
                &n.origin,
                "substance",
                format!("unknown substance id {:?}", n.substance),
            ));
            continue;
        };
        let s = &mut raw.substances[i as usize].s;
        let names = s.names.to_mut();
        for nm in n.names {
            if !names.iter().any(|x| x.lang == nm.lang && x.text == nm.text) {
                let mut nm = nm;
                if nm.kind == NameKind::Preferred && names.iter().any(|x| x.lang == nm.lang) {
                    nm.kind = NameKind::Synonym;
                }
                names.push(nm);
            }
        }
        for c in n.other_cas {
            if s.cas != Some(c) && !s.other_cas.contains(&c) {
                s.other_cas.to_mut().push(c);
            }
        }
        for j in n.reviewed_in {
            if !s.reviewed_in.contains(&j) {
                s.reviewed_in.to_mut().push(j);
            }
        }
        for c in n.classes {
            extra_classes.push((i as usize, c, n.origin.clone()));
        }
    }
    for (i, c) in raw.substances.iter().enumerate() {
        for class in &c.classes {
            extra_classes.push((i, class.clone(), c.origin.clone()));
        }
    }
    let kinds: Vec<SubstanceKind> = raw.substances.iter().map(|r| r.s.kind).collect();
    for (i, class, o) in extra_classes {
        match sub_ix.get(&class) {
            Some(&c) if kinds[c as usize] == SubstanceKind::Class => {
                let cl = raw.substances[i].s.classes.to_mut();
                if !cl.contains(&c) {
                    cl.push(c);
                }
            }
            Some(_) => problems.push(problem(
                &o,
                "classes",
                format!("{class:?} is not a class (kind = \"class\")"),
            )),
            None => problems.push(problem(
                &o,
                "classes",
                format!("unknown class id {class:?}"),
            )),
        }
    }
    for r in &raw.substances {
        for j in r.s.reviewed_in.iter() {
            if !known_j.contains(j) {
                problems.push(problem(
                    &r.origin,
                    "reviewed_in",
                    format!("unknown jurisdiction {:?}", j.as_str()),
                ));
            }
        }
    }

    // Listings: resolve references.
    let mut listings: Vec<(Listing, Origin)> = Vec::new();
    for rl in raw.listings {
        let s = sub_ix.get(&rl.substance);
        let inst = inst_ix.get(&rl.instrument);
        if s.is_none() {
            problems.push(problem(
                &rl.origin,
                "substance",
                format!("unknown substance id {:?}", rl.substance),
            ));
        }
        if inst.is_none() {
            problems.push(problem(
                &rl.origin,
                "instrument",
                format!("unknown instrument id {:?}", rl.instrument),
            ));
        }
        if let (Some(&s), Some(&i)) = (s, inst) {
            let instrument = &raw.instruments[i as usize].1;
            let mut l = rl.l;
            l.substance = s;
            l.instrument = i;
            l.jurisdiction = instrument.jurisdiction;
            if !rl.scope_given {
                l.scope = instrument.scope;
            }
            listings.push((l, rl.origin));
        }
    }
    listings.sort_by(|(a, _), (b, _)| {
        (
            a.substance,
            a.jurisdiction,
            a.effective,
            a.instrument,
            &a.schedule,
        )
            .cmp(&(
                b.substance,
                b.jurisdiction,
                b.effective,
                b.instrument,
                &b.schedule,
            ))
    });
    for w in listings.windows(2) {
        let (a, b) = (&w[0].0, &w[1].0);
        if a.substance == b.substance
            && a.instrument == b.instrument
            && a.schedule == b.schedule
            && a.code == b.code
            && a.effective == b.effective
        {
            problems.push(problem(
                &w[1].1,
                "-",
                format!(
                    "duplicate listing: same substance, instrument, schedule, code and effective date as {}: {}",
                    w[0].1.file, w[0].1.record
                ),
            ));
        }
    }
    // Structures: every SMILES is parsed now, at load (or generation) time.
    let mut structures: Vec<StructureEntry> = Vec::new();
    for (i, r) in raw.substances.iter().enumerate() {
        let Some(smiles) = r.s.smiles.as_deref() else {
            continue;
        };
        match controlled_substances_structure::identity::analyze(smiles) {
            Ok(rep) => {
                if let Some(f) = r.s.formula.as_deref() {
                    if f != rep.parent_formula && f != rep.formula {
                        problems.push(problem(
                            &r.origin,
                            "formula",
                            format!(
                                "{f:?} differs from the formula of its SMILES, {:?}",
                                rep.parent_formula
                            ),
                        ));
                    }
                }
                structures.push(StructureEntry {
                    key: rep.key,
                    substance: i as u32,
                });
            }
            Err(e) => problems.push(problem(
                &r.origin,
                "smiles",
                format!("{smiles:?} does not parse: {e}"),
            )),
        }
    }
    structures.sort_by_key(|e| (e.key, e.substance));
    let mut substances: Vec<Substance> = raw.substances.into_iter().map(|r| r.s).collect();
    let mut start = 0usize;
    for (i, s) in substances.iter_mut().enumerate() {
        let len = listings[start..].partition_point(|(l, _)| l.substance as usize == i);
        s.listings = (start as u32, len as u32);
        start += len;
    }
    let listings: Vec<Listing> = listings.into_iter().map(|(l, _)| l).collect();

    // Indexes.
    let mut names: Vec<(NameEntry, NameKind)> = Vec::new();
    for (i, s) in substances.iter().enumerate() {
        for (n, nm) in s.names.iter().enumerate() {
            let key = normalize_name(&nm.text);
            if key.is_empty() || key.len() > crate::names::MAX_KEY_LEN {
                continue;
            }
            names.push((
                NameEntry {
                    key: owned(key),
                    substance: i as u32,
                    name: n as u16,
                },
                nm.kind,
            ));
        }
    }
    names.sort_by(|(a, ak), (b, bk)| {
        (&a.key, ak, a.substance, a.name).cmp(&(&b.key, bk, b.substance, b.name))
    });
    let mut name_entries: Vec<NameEntry> = Vec::with_capacity(names.len());
    for (e, _) in names {
        if !name_entries
            .iter()
            .rev()
            .take_while(|x| x.key == e.key)
            .any(|x| x.substance == e.substance)
        {
            name_entries.push(e);
        }
    }
    let name_table = build_name_table(&name_entries);

    let mut cas: Vec<CasEntry> = Vec::new();
    for (i, s) in substances.iter().enumerate() {
        for c in s.cas.iter().chain(s.other_cas.iter()) {
            cas.push(CasEntry {
                cas: *c,
                substance: i as u32,
                salt: NO_SALT,
            });
        }
        for (k, f) in s.salts.iter().enumerate() {
            cas.push(CasEntry {
                cas: f.cas,
                substance: i as u32,
                salt: k as u16,
            });
        }
    }
    cas.sort_by_key(|e| (e.cas, e.substance, e.salt));
    for w in cas.windows(2) {
        if w[0].cas == w[1].cas {
            let (a, b) = (
                &substances[w[0].substance as usize],
                &substances[w[1].substance as usize],
            );
            problems.push(Problem {
                file: "-".into(),
                record: format!("substance {:?}", b.id),
                field: "cas".into(),
                message: if a.id == b.id {
                    format!("CAS {} is given twice", w[0].cas)
                } else {
                    format!("CAS {} is also given to substance {:?}", w[0].cas, a.id)
                },
            });
        }
    }
    let mut dea: Vec<CodeEntry> = substances
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            s.dea_code.map(|c| CodeEntry {
                code: c.get(),
                substance: i as u32,
            })
        })
        .collect();
    dea.sort_by_key(|e| (e.code, e.substance));
    let mut inchikeys: Vec<KeyEntry> = substances
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            s.inchikey.map(|k| KeyEntry {
                key: k,
                substance: i as u32,
            })
        })
        .collect();
    inchikeys.sort_by_key(|e| (e.key, e.substance));

    let version = match raw.version {
        Some(v) => v,
        None => {
            problems.push(Problem {
                file: "-".into(),
                record: "-".into(),
                field: "version".into(),
                message: "no file gives the dataset version (version = \"...\" in dataset.toml)"
                    .into(),
            });
            String::new()
        }
    };
    if raw.jurisdictions.is_empty() {
        problems.push(Problem {
            file: "-".into(),
            record: "-".into(),
            field: "jurisdiction".into(),
            message: "no [[jurisdiction]] records".into(),
        });
    }
    if !problems.is_empty() {
        return Err(LoadError::Invalid(problems));
    }
    Ok(Registry {
        version: owned(version),
        jurisdictions: Cow::Owned(raw.jurisdictions.into_iter().map(|(_, j)| j).collect()),
        instruments: Cow::Owned(raw.instruments.into_iter().map(|(_, i)| i).collect()),
        substances: Cow::Owned(substances),
        listings: Cow::Owned(listings),
        names: Cow::Owned(name_entries),
        name_table: Cow::Owned(name_table),
        cas: Cow::Owned(cas),
        dea: Cow::Owned(dea),
        inchikeys: Cow::Owned(inchikeys),
        structures: Cow::Owned(structures),
    })
}

/// Every `*.toml` file under `dir`, recursively, in path order.
fn toml_files(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let rd = std::fs::read_dir(&d).map_err(|e| LoadError::Io {
            path: d.clone(),
            message: e.to_string(),
        })?;
        for entry in rd {
            let entry = entry.map_err(|e| LoadError::Io {
                path: d.clone(),
                message: e.to_string(),
            })?;
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "toml") {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

fn read_files(dir: &Path) -> Result<Vec<(String, String)>, LoadError> {
    toml_files(dir)?
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).map_err(|e| LoadError::Io {
                path: p.clone(),
                message: e.to_string(),
            })?;
            let name = p.strip_prefix(dir).unwrap_or(&p).display().to_string();
            Ok((name, text))
        })
        .collect()
}

impl Registry {
    /// Loads a complete dataset from every `*.toml` file under `dir` (the
    /// layout of the crate's `data/` folder). Every problem is reported, each
    /// with its file, record and field.
    ///
    /// ```no_run
    /// let r = controlled_substances::Registry::load_dir("data")?;
    /// println!("{} substances", r.substances().len());
    /// # Ok::<(), controlled_substances::LoadError>(())
    /// ```
    pub fn load_dir(dir: impl AsRef<Path>) -> Result<Registry, LoadError> {
        let files = read_files(dir.as_ref())?;
        Registry::load_files(files.iter().map(|(n, t)| (n.as_str(), t.as_str())))
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
        let mut raw = Raw::default();
        let mut problems = Vec::new();
        for (name, text) in files {
            parse_file(name, text, &mut raw, &mut problems);
        }
        if !raw.replaces.is_empty() {
            problems.push(Problem {
                file: "-".into(),
                record: "-".into(),
                field: "replaces".into(),
                message:
                    "`replaces` applies only to a dataset loaded on top of another (extend_with_*)"
                        .into(),
            });
        }
        build(raw, problems)
    }

    /// A new registry: this one, extended or overridden by the files under
    /// `dir` (a newer release, or a private list). Records with an id this
    /// registry has (jurisdiction, instrument, substance) replace it; listings
    /// and `[[names]]` are added; a top-level `replaces = ["us-csa"]` drops this
    /// registry's listings on those instruments first; `version` replaces the version.
    pub fn extend_with_dir(&self, dir: impl AsRef<Path>) -> Result<Registry, LoadError> {
        let files = read_files(dir.as_ref())?;
        self.extend_with_files(files.iter().map(|(n, t)| (n.as_str(), t.as_str())))
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
        let mut over = Raw::default();
        let mut problems = Vec::new();
        for (name, text) in files {
            parse_file(name, text, &mut over, &mut problems);
        }
        let mut base = self.to_raw();
        // Overrides by id.
        let j_over: HashSet<Jurisdiction> =
            over.jurisdictions.iter().map(|(_, j)| j.code).collect();
        base.jurisdictions
            .retain(|(_, j)| !j_over.contains(&j.code));
        base.jurisdictions.extend(over.jurisdictions);
        let i_over: HashSet<String> = over
            .instruments
            .iter()
            .map(|(_, i)| i.id.to_string())
            .collect();
        base.instruments.retain(|(_, i)| !i_over.contains(&*i.id));
        base.instruments.extend(over.instruments);
        let s_over: HashSet<String> = over.substances.iter().map(|s| s.s.id.to_string()).collect();
        base.substances.retain(|s| !s_over.contains(&*s.s.id));
        base.substances.extend(over.substances);
        for r in &over.replaces {
            if !base.instruments.iter().any(|(_, i)| &*i.id == r.as_str()) {
                problems.push(Problem {
                    file: "-".into(),
                    record: "-".into(),
                    field: "replaces".into(),
                    message: format!("unknown instrument id {r:?}"),
                });
            }
        }
        base.listings
            .retain(|l| !over.replaces.contains(&l.instrument));
        base.listings.extend(over.listings);
        base.names.extend(over.names);
        if over.version.is_some() {
            base.version = over.version;
        }
        build(base, problems)
    }

    /// This registry as raw records (for extending it).
    fn to_raw(&self) -> Raw {
        let o = |kind: &str, id: &str| Origin {
            file: "(embedded)".into(),
            record: format!("{kind} {id:?}"),
        };
        let ids: Vec<String> = self.substances.iter().map(|s| s.id.to_string()).collect();
        Raw {
            version: Some(self.version.to_string()),
            jurisdictions: self
                .jurisdictions
                .iter()
                .map(|j| (o("jurisdiction", j.code.as_str()), j.clone()))
                .collect(),
            instruments: self
                .instruments
                .iter()
                .map(|i| (o("instrument", &i.id), i.clone()))
                .collect(),
            substances: self
                .substances
                .iter()
                .map(|s| {
                    let mut s2 = s.clone();
                    s2.classes = Cow::Owned(Vec::new());
                    s2.listings = (0, 0);
                    RawSubstance {
                        classes: s.classes.iter().map(|&c| ids[c as usize].clone()).collect(),
                        origin: o("substance", &s.id),
                        s: s2,
                    }
                })
                .collect(),
            names: Vec::new(),
            listings: self
                .listings
                .iter()
                .map(|l| RawListing {
                    substance: ids[l.substance as usize].clone(),
                    instrument: self.instruments[l.instrument as usize].id.to_string(),
                    scope_given: true,
                    l: l.clone(),
                    origin: o("listing of", &ids[l.substance as usize]),
                })
                .collect(),
            replaces: Vec::new(),
        }
    }
}
