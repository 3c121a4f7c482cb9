//! `[[substance]]` records: identity only (names, CAS numbers, codes, structure).

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::names::name_lists;
use super::record::{quote, tables, Rec};
use super::schema::{SALT_KEYS, SUBSTANCE};
use super::{record, Origin, Problem, Raw};
use crate::cas::CasNumber;
use crate::identifiers::{DeaCode, InchiKey};
use crate::jurisdiction::Jurisdiction;
use crate::substance::{SaltForm, Substance, SubstanceKind};
use crate::text::Str;

/// A `[[substance]]` record, read: the substance, and its classes by id
/// (resolved when the dataset is whole).
#[derive(Clone, Debug)]
pub(crate) struct RawSubstance {
    pub(crate) s: Substance,
    pub(crate) classes: Vec<String>,
    pub(crate) origin: Origin,
}

/// The CAS numbers of a list field.
pub(crate) fn cas_list(rec: &mut Rec<'_>, key: &'static str) -> Vec<CasNumber> {
    let list = rec.strings(key);
    list.into_iter()
        .filter_map(|s| rec.parsed::<CasNumber>(key, Some(s)))
        .collect()
}

/// The jurisdictions of a list field.
pub(crate) fn jurisdiction_list(rec: &mut Rec<'_>, key: &'static str) -> Vec<Jurisdiction> {
    let list = rec.strings(key);
    list.into_iter()
        .filter_map(|s| rec.parsed::<Jurisdiction>(key, Some(s)))
        .collect()
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

fn salts(rec: &mut Rec<'_>) -> Vec<SaltForm> {
    let mut salts = Vec::new();
    match rec.get("salts") {
        None => {}
        Some(toml::Value::Array(a)) => {
            salts.reserve(a.len());
            for v in a {
                let t = v.as_table();
                if let Some(k) = t.and_then(|t| t.keys().find(|k| !SALT_KEYS.contains(&k.as_str())))
                {
                    rec.problem(
                        &format!("salts.{}", record::cap(k, 120)),
                        "unknown field (a salt has form and cas)".into(),
                    );
                    continue;
                }
                let form = t.and_then(|t| t.get("form")).and_then(|f| f.as_str());
                let c = t.and_then(|t| t.get("cas")).and_then(|f| f.as_str());
                match (form, c) {
                    (Some(form), Some(c)) if !form.trim().is_empty() => {
                        if let Some(cas) = rec.parsed::<CasNumber>("salts", Some(c.to_string())) {
                            salts.push(SaltForm {
                                form: Str::owned(form),
                                cas,
                            });
                        }
                    }
                    _ => rec.problem(
                        "salts",
                        format!(
                            "expected {{ form = \"...\", cas = \"...\" }}, found {}",
                            quote(v)
                        ),
                    ),
                }
            }
        }
        Some(other) => rec.problem("salts", format!("expected a list, found {}", quote(other))),
    }
    salts
}

fn definition(rec: &mut Rec<'_>) -> (Option<String>, Option<String>) {
    let (mut en, mut zh) = (None, None);
    match rec.get("definition") {
        None => {}
        Some(toml::Value::Table(d)) => {
            for (k, v) in d {
                match (k.as_str(), v.as_str()) {
                    ("en", Some(s)) => en = Some(s.to_string()),
                    ("zh", Some(s)) => zh = Some(s.to_string()),
                    _ => rec.problem(
                        &format!("definition.{}", record::cap(k, 120)),
                        "expected definition.en or definition.zh text".into(),
                    ),
                }
            }
        }
        Some(other) => rec.problem(
            "definition",
            format!("expected a table, found {}", quote(other)),
        ),
    }
    (en, zh)
}

/// The `[[substance]]` records of a file.
pub(crate) fn parse_substances(
    file: &str,
    root: &toml::Table,
    raw: &mut Raw,
    problems: &mut Vec<Problem>,
) {
    for (i, t) in tables(root, &SUBSTANCE, file, problems)
        .into_iter()
        .enumerate()
    {
        let o = record::origin(file, &SUBSTANCE, i, t);
        let mut rec = Rec::new(t, &SUBSTANCE, o.clone(), problems);
        let id = rec.req_str("id");
        if let Some(id) = &id {
            if !is_slug(id) {
                rec.problem(
                    "id",
                    format!(
                        "{} is not a lowercase slug [a-z0-9-]",
                        quote(&format!("{id:?}"))
                    ),
                );
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
                    format!(
                        "{} is not one of drug, precursor, preparation, class",
                        quote(&format!("{other:?}"))
                    ),
                );
                None
            }
            None => None,
        };
        let lists: BTreeMap<&str, &toml::Value> = match rec.get("names") {
            None => BTreeMap::new(),
            Some(toml::Value::Table(t)) => t.iter().map(|(k, v)| (k.as_str(), v)).collect(),
            Some(other) => {
                rec.problem(
                    "names",
                    format!(
                        "expected a table (names.en = [...]), found {}",
                        quote(other)
                    ),
                );
                BTreeMap::new()
            }
        };
        let names = name_lists(&mut rec, "names.", lists, name.as_deref());
        let cas_s = rec.opt_str("cas");
        let cas = rec.parsed::<CasNumber>("cas", cas_s);
        let other_cas = cas_list(&mut rec, "other_cas");
        let salts = salts(&mut rec);
        let dea_s = rec.opt_str("dea_code");
        let dea_code = rec.parsed::<DeaCode>("dea_code", dea_s);
        let incb_code = rec.opt_str("incb_code");
        let pubchem_cid = match rec.get("pubchem_cid") {
            None => None,
            Some(toml::Value::Integer(n)) if *n > 0 && *n <= u32::MAX as i64 => Some(*n as u32),
            Some(other) => {
                rec.problem(
                    "pubchem_cid",
                    format!("expected a positive integer, found {}", quote(other)),
                );
                None
            }
        };
        let ik = rec.opt_str("inchikey");
        let inchikey = rec.parsed::<InchiKey>("inchikey", ik);
        let smiles = rec.opt_str("smiles");
        let formula = rec.opt_str("formula");
        let classes = rec.strings("classes");
        let reviewed_in = jurisdiction_list(&mut rec, "reviewed_in");
        let (def_en, def_zh) = definition(&mut rec);
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
                    id: Str::owned(id),
                    name: Str::owned(name),
                    kind,
                    names: Cow::Owned(names),
                    cas,
                    other_cas: Cow::Owned(other_cas),
                    salts: Cow::Owned(salts),
                    dea_code,
                    incb_code: incb_code.map(Str::owned).into(),
                    pubchem_cid,
                    inchikey,
                    smiles: smiles.map(Str::owned).into(),
                    formula: formula.map(Str::owned).into(),
                    classes: Cow::Owned(Vec::new()),
                    reviewed_in: Cow::Owned(reviewed_in),
                    definition_en: def_en.map(Str::owned).into(),
                    definition_zh: def_zh.map(Str::owned).into(),
                    note: note.map(Str::owned).into(),
                    listings: (0, 0),
                },
                classes,
                origin: o,
            });
        }
    }
}
