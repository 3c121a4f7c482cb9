//! Cross-references: ids unique, every reference resolved (listing →
//! substance and instrument, instrument → jurisdiction, `[[names]]` →
//! substance, classes → a class), and `[[names]]` merged into their substance.

use std::collections::{HashMap, HashSet};

use super::names::NameSet;
use super::record::quote;
use super::substance::RawSubstance;
use super::{classes, Origin, Problem, Raw};
use crate::cas::CasNumber;
use crate::jurisdiction::{Jurisdiction, JurisdictionInfo};
use crate::listing::{Instrument, Listing};
use crate::substance::{NameKind, SubstanceKind};

/// A dataset whose references are resolved: substances sorted by id with
/// their classes (the closure of their memberships), listings by index,
/// sorted by substance, jurisdiction, date.
pub(crate) struct Resolved {
    pub(crate) version: Option<String>,
    pub(crate) jurisdictions: Vec<JurisdictionInfo>,
    pub(crate) instruments: Vec<Instrument>,
    pub(crate) substances: Vec<RawSubstance>,
    pub(crate) listings: Vec<Listing>,
}

/// Resolves every reference of `raw`, recording each one that fails.
pub(crate) fn resolve(mut raw: Raw, problems: &mut Vec<Problem>) -> Resolved {
    // Jurisdictions.
    let mut known_j = HashSet::new();
    for (o, j) in &raw.jurisdictions {
        if !known_j.insert(j.code) {
            problems.push(Problem::at(
                o,
                "code",
                format!("duplicate jurisdiction {:?}", j.code.as_str()),
            ));
        }
    }
    for (o, j) in &raw.jurisdictions {
        if let Some(p) = j.precursors_from {
            if p == j.code || !known_j.contains(&p) {
                problems.push(Problem::at(
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
    let mut inst_ix: HashMap<String, u32> = HashMap::with_capacity(raw.instruments.len());
    for (i, (o, inst)) in raw.instruments.iter().enumerate() {
        if inst_ix.insert(inst.id.to_string(), i as u32).is_some() {
            problems.push(Problem::at(
                o,
                "id",
                format!(
                    "duplicate instrument id {}",
                    quote(&format!("{:?}", &*inst.id))
                ),
            ));
        }
        if !known_j.contains(&inst.jurisdiction) {
            problems.push(Problem::at(
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
            problems.push(Problem::at(
                &w[1].origin,
                "id",
                format!(
                    "duplicate substance id {} (also in {}: {})",
                    quote(&format!("{:?}", &*w[1].s.id)),
                    w[0].origin.file,
                    w[0].origin.record
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

    let memberships = merge_names(&mut raw, &sub_ix, problems);
    classes::resolve(&mut raw.substances, memberships, &sub_ix, problems);

    for r in &raw.substances {
        for j in r.s.reviewed_in.iter() {
            if !known_j.contains(j) {
                problems.push(Problem::at(
                    &r.origin,
                    "reviewed_in",
                    format!("unknown jurisdiction {:?}", j.as_str()),
                ));
            }
        }
    }

    let instruments: Vec<Instrument> = raw.instruments.into_iter().map(|(_, i)| i).collect();
    let listings = resolve_listings(raw.listings, &sub_ix, &inst_ix, &instruments, problems);
    Resolved {
        version: raw.version,
        jurisdictions: raw.jurisdictions.into_iter().map(|(_, j)| j).collect(),
        instruments,
        substances: raw.substances,
        listings,
    }
}

/// What a substance already has, for merging `[[names]]` into it without
/// scanning its lists once per added item.
struct Held {
    names: NameSet,
    langs: HashSet<String>,
    cas: HashSet<CasNumber>,
    reviewed: HashSet<Jurisdiction>,
}

/// Merges the `[[names]]` records into their substances; returns every
/// class membership to resolve, `[[names]]` ones first: (substance, class id, where).
fn merge_names(
    raw: &mut Raw,
    sub_ix: &HashMap<String, u32>,
    problems: &mut Vec<Problem>,
) -> Vec<(usize, String, Origin)> {
    let mut memberships: Vec<(usize, String, Origin)> = Vec::new();
    let mut held: HashMap<usize, Held> = HashMap::new();
    for n in std::mem::take(&mut raw.names) {
        let Some(&i) = sub_ix.get(&n.substance) else {
            problems.push(Problem::at(
                &n.origin,
                "substance",
                format!(
                    "unknown substance id {}",
                    quote(&format!("{:?}", n.substance))
                ),
            ));
            continue;
        };
        let i = i as usize;
        let s = &mut raw.substances[i].s;
        let h = held.entry(i).or_insert_with(|| Held {
            names: NameSet::of(&s.names),
            langs: s.names.iter().fold(HashSet::new(), |mut l, x| {
                if !l.contains(&*x.lang) {
                    l.insert(x.lang.to_string());
                }
                l
            }),
            cas: s.cas.iter().chain(s.other_cas.iter()).copied().collect(),
            reviewed: s.reviewed_in.iter().copied().collect(),
        });
        let names = s.names.to_mut();
        for mut nm in n.names {
            if h.names.contains(names, &nm.lang, &nm.text) {
                continue;
            }
            if !h.langs.contains(&*nm.lang) {
                h.langs.insert(nm.lang.to_string());
            } else if nm.kind == NameKind::Preferred {
                nm.kind = NameKind::Synonym;
            }
            h.names.insert(&nm.lang, &nm.text, names.len());
            names.push(nm);
        }
        for c in n.other_cas {
            if h.cas.insert(c) {
                s.other_cas.to_mut().push(c);
            }
        }
        for j in n.reviewed_in {
            if h.reviewed.insert(j) {
                s.reviewed_in.to_mut().push(j);
            }
        }
        for c in n.classes {
            memberships.push((i, c, n.origin.clone()));
        }
    }
    for (i, r) in raw.substances.iter_mut().enumerate() {
        for class in std::mem::take(&mut r.classes) {
            memberships.push((i, class, r.origin.clone()));
        }
    }
    memberships
}

/// The listings with their substance and instrument resolved, sorted;
/// duplicates reported.
fn resolve_listings(
    raw: Vec<super::RawListing>,
    sub_ix: &HashMap<String, u32>,
    inst_ix: &HashMap<String, u32>,
    instruments: &[Instrument],
    problems: &mut Vec<Problem>,
) -> Vec<Listing> {
    let mut listings: Vec<(Listing, Origin)> = Vec::with_capacity(raw.len());
    for rl in raw {
        let s = sub_ix.get(&rl.substance);
        let inst = inst_ix.get(&rl.instrument);
        if s.is_none() {
            problems.push(Problem::at(
                &rl.origin,
                "substance",
                format!(
                    "unknown substance id {}",
                    quote(&format!("{:?}", rl.substance))
                ),
            ));
        }
        if inst.is_none() {
            problems.push(Problem::at(
                &rl.origin,
                "instrument",
                format!(
                    "unknown instrument id {}",
                    quote(&format!("{:?}", rl.instrument))
                ),
            ));
        }
        if let (Some(&s), Some(&i)) = (s, inst) {
            let instrument = &instruments[i as usize];
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
    let mut seen: HashMap<(u32, u32, &str, Option<&str>, crate::date::DateWindow), usize> =
        HashMap::with_capacity(listings.len());
    for (k, (l, o)) in listings.iter().enumerate() {
        let key = (
            l.substance,
            l.instrument,
            &*l.schedule,
            l.code.as_deref(),
            l.effective,
        );
        if let Some(&first) = seen.get(&key) {
            let first = &listings[first].1;
            problems.push(Problem::at(
                o,
                "-",
                format!(
                    "duplicate listing: same substance, instrument, schedule, code and effective date as {}: {}",
                    first.file, first.record
                ),
            ));
        } else {
            seen.insert(key, k);
        }
    }
    drop(seen);
    listings.into_iter().map(|(l, _)| l).collect()
}

/// True for a class record.
pub(crate) fn is_class(s: &RawSubstance) -> bool {
    s.s.kind == SubstanceKind::Class
}
