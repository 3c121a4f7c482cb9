//! The build of a registry from resolved records: structures parsed,
//! listing ranges, and the lookup indexes (names, CAS numbers, DEA codes,
//! InChIKeys, structures).

use super::references::Resolved;
use super::Problem;
use crate::index::{
    build_name_table, CasEntry, CodeEntry, KeyEntry, NameEntry, StructureEntry, NO_SALT,
};
use crate::names::normalize_name;
use crate::registry::Registry;
use crate::substance::{NameKind, Substance};
use crate::text::Str;
use std::borrow::Cow;

/// The most records of one kind, names or salts of one substance an index
/// can address (`u32`, less the sentinels `EMPTY` and `NO_SALT`).
const MAX_INDEX: usize = u32::MAX as usize - 1;

/// Reports each table too large for the `u32` indexes; true when all fit.
fn within_limits(r: &Resolved, problems: &mut Vec<Problem>) -> bool {
    let before = problems.len();
    for (what, n) in [
        ("instruments", r.instruments.len()),
        ("substances", r.substances.len()),
        ("listings", r.listings.len()),
    ] {
        if n > MAX_INDEX {
            problems.push(Problem::dataset(
                "-",
                format!("{n} {what}: more than the {MAX_INDEX} a registry can index"),
            ));
        }
    }
    for s in &r.substances {
        for (what, n) in [("names", s.s.names.len()), ("salts", s.s.salts.len())] {
            if n > MAX_INDEX {
                problems.push(Problem::at(
                    &s.origin,
                    what,
                    format!("{n} {what}: more than the {MAX_INDEX} a substance can have"),
                ));
            }
        }
    }
    problems.len() == before
}

/// The registry of `r`; problems found building it are added to `problems`.
pub(crate) fn build(r: Resolved, problems: &mut Vec<Problem>) -> Registry {
    if !within_limits(&r, problems) {
        return empty();
    }
    let structures = structures(&r, problems);
    let listings = r.listings;
    let mut substances: Vec<Substance> = r.substances.into_iter().map(|r| r.s).collect();
    let mut start = 0usize;
    for (i, s) in substances.iter_mut().enumerate() {
        let len = listings[start..].partition_point(|l| l.substance as usize == i);
        s.listings = (start as u32, len as u32);
        start += len;
    }
    let names = name_index(&substances);
    let name_table = build_name_table(&names);
    let cas = cas_index(&substances, problems);
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

    let version = r.version.unwrap_or_else(|| {
        problems.push(Problem::dataset(
            "version",
            "no file gives the dataset version (version = \"...\" in dataset.toml)".into(),
        ));
        String::new()
    });
    if r.jurisdictions.is_empty() {
        problems.push(Problem::dataset(
            "jurisdiction",
            "no [[jurisdiction]] records".into(),
        ));
    }
    Registry {
        version: Str::owned(version),
        jurisdictions: Cow::Owned(r.jurisdictions),
        instruments: Cow::Owned(r.instruments),
        substances: Cow::Owned(substances),
        listings: Cow::Owned(listings),
        names: Cow::Owned(names),
        name_table: Cow::Owned(name_table),
        cas: Cow::Owned(cas),
        dea: Cow::Owned(dea),
        inchikeys: Cow::Owned(inchikeys),
        structures: Cow::Owned(structures),
    }
}

/// A registry with nothing in it (returned only alongside problems).
fn empty() -> Registry {
    Registry {
        version: Str::owned(""),
        jurisdictions: Cow::Owned(Vec::new()),
        instruments: Cow::Owned(Vec::new()),
        substances: Cow::Owned(Vec::new()),
        listings: Cow::Owned(Vec::new()),
        names: Cow::Owned(Vec::new()),
        name_table: Cow::Owned(Vec::new()),
        cas: Cow::Owned(Vec::new()),
        dea: Cow::Owned(Vec::new()),
        inchikeys: Cow::Owned(Vec::new()),
        structures: Cow::Owned(Vec::new()),
    }
}

/// Every SMILES parsed now, at load (or generation) time, its formula
/// checked against the recorded one.
fn structures(r: &Resolved, problems: &mut Vec<Problem>) -> Vec<StructureEntry> {
    let mut structures: Vec<StructureEntry> = Vec::new();
    for (i, r) in r.substances.iter().enumerate() {
        let Some(smiles) = r.s.smiles.as_deref() else {
            continue;
        };
        match controlled_substances_structure::identity::analyze(smiles) {
            Ok(rep) => {
                if let Some(f) = r.s.formula.as_deref() {
                    if f != rep.parent_formula && f != rep.formula {
                        problems.push(Problem::at(
                            &r.origin,
                            "formula",
                            format!(
                                "{} differs from the formula of its SMILES, {:?}",
                                super::record::quote(&format!("{f:?}")),
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
            Err(e) => problems.push(Problem::at(
                &r.origin,
                "smiles",
                format!(
                    "{} does not parse: {e}",
                    super::record::quote(&format!("{smiles:?}"))
                ),
            )),
        }
    }
    structures.sort_by_key(|e| (e.key, e.substance));
    structures
}

/// One entry per (normalised name, substance): for each key, the entries in
/// order of name kind (preferred names first), then substance.
fn name_index(substances: &[Substance]) -> Vec<NameEntry> {
    let mut names: Vec<(NameEntry, NameKind)> = Vec::new();
    for (i, s) in substances.iter().enumerate() {
        for (n, nm) in s.names.iter().enumerate() {
            let key = normalize_name(&nm.text);
            if key.is_empty() || key.len() > crate::names::MAX_KEY_LEN {
                continue;
            }
            names.push((
                NameEntry {
                    key: Str::owned(key),
                    substance: i as u32,
                    name: n as u32,
                },
                nm.kind,
            ));
        }
    }
    names.sort_by(|(a, ak), (b, bk)| {
        (&a.key, ak, a.substance, a.name).cmp(&(&b.key, bk, b.substance, b.name))
    });
    let mut entries: Vec<NameEntry> = Vec::with_capacity(names.len());
    // For each substance, the last key (by its number in sorted order) it
    // was entered under: a substance is entered once per key, in constant
    // time however many substances share the key.
    let mut entered_under: Vec<usize> = vec![usize::MAX; substances.len()];
    let mut key_no = 0usize;
    for (e, _) in names {
        if entries.last().is_some_and(|x| x.key != e.key) {
            key_no += 1;
        }
        let last = &mut entered_under[e.substance as usize];
        if *last != key_no {
            *last = key_no;
            entries.push(e);
        }
    }
    entries
}

/// Every CAS number (parents', others', salts') → its substance; a number
/// given twice is reported.
fn cas_index(substances: &[Substance], problems: &mut Vec<Problem>) -> Vec<CasEntry> {
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
                salt: k as u32,
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
            problems.push(Problem::new(
                "-",
                &format!("substance {:?}", &*b.id),
                "cas",
                if a.id == b.id {
                    format!("CAS {} is given twice", w[0].cas)
                } else {
                    format!("CAS {} is also given to substance {:?}", w[0].cas, &*a.id)
                },
            ));
        }
    }
    cas
}
