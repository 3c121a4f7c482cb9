//! A dataset on top of another: the records of an overlay replace those of
//! the base with the same id, add to them, and `replaces` drops the base's
//! listings on whole instruments.

use std::borrow::Cow;
use std::collections::HashSet;

use super::listing::RawListing;
use super::substance::RawSubstance;
use super::{Origin, Problem, Raw};
use crate::jurisdiction::Jurisdiction;
use crate::registry::Registry;

/// `r` as records (to extend it). A substance's classes are those the
/// registry holds: the closure of its memberships.
pub(crate) fn to_raw(r: &Registry) -> Raw {
    let o = |kind: &str, id: &str| Origin {
        file: "(embedded)".into(),
        record: format!("{kind} {id:?}"),
    };
    let ids: Vec<&str> = r.substances.iter().map(|s| &*s.id).collect();
    let id_of = |i: u32| ids.get(i as usize).copied().unwrap_or("").to_string();
    Raw {
        version: Some(r.version().to_string()),
        jurisdictions: r
            .jurisdictions
            .iter()
            .map(|j| (o("jurisdiction", j.code.as_str()), j.clone()))
            .collect(),
        instruments: r
            .instruments
            .iter()
            .map(|i| (o("instrument", &i.id), i.clone()))
            .collect(),
        substances: r
            .substances
            .iter()
            .map(|s| {
                let mut s2 = s.clone();
                s2.classes = Cow::Owned(Vec::new());
                s2.listings = (0, 0);
                RawSubstance {
                    classes: s.classes.iter().map(|&c| id_of(c)).collect(),
                    origin: o("substance", &s.id),
                    s: s2,
                }
            })
            .collect(),
        names: Vec::new(),
        listings: r
            .listings
            .iter()
            .map(|l| RawListing {
                substance: id_of(l.substance),
                instrument: r
                    .instruments
                    .get(l.instrument as usize)
                    .map_or(String::new(), |i| i.id.to_string()),
                scope_given: true,
                l: l.clone(),
                origin: o("listing of", &id_of(l.substance)),
            })
            .collect(),
        replaces: Vec::new(),
    }
}

/// `base` with `over` on top: records with an id the base has replace it,
/// listings and `[[names]]` are added, `replaces` drops the base's listings
/// on those instruments, and the overlay's `version` wins.
pub(crate) fn merge(mut base: Raw, over: Raw, problems: &mut Vec<Problem>) -> Raw {
    let j_over: HashSet<Jurisdiction> = over.jurisdictions.iter().map(|(_, j)| j.code).collect();
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

    let known: HashSet<&str> = base.instruments.iter().map(|(_, i)| &*i.id).collect();
    for r in &over.replaces {
        if !known.contains(r.as_str()) {
            problems.push(Problem::dataset(
                "replaces",
                format!(
                    "unknown instrument id {}",
                    super::record::quote(&format!("{r:?}"))
                ),
            ));
        }
    }
    let replaced: HashSet<&str> = over.replaces.iter().map(String::as_str).collect();
    base.listings
        .retain(|l| !replaced.contains(l.instrument.as_str()));
    base.listings.extend(over.listings);
    base.names.extend(over.names);
    if over.version.is_some() {
        base.version = over.version;
    }
    base
}
