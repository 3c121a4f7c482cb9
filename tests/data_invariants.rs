//! The data's own rules, checked over the embedded registry: unique ids and
//! names, valid CAS numbers, ordered dates, cited listings, no dangling
//! references, sorted and consistent indexes.

use std::collections::HashSet;

use controlled_substances::{CasNumber, Registry, SubstanceKind};

fn registry() -> &'static Registry {
    Registry::embedded()
}

#[test]
fn substance_ids_are_unique_sorted_slugs() {
    let s = registry().substances();
    assert!(!s.is_empty());
    for w in s.windows(2) {
        assert!(
            w[0].id() < w[1].id(),
            "ids out of order or duplicated: {} / {}",
            w[0].id(),
            w[1].id()
        );
    }
    for x in s {
        assert!(
            x.id()
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{}",
            x.id()
        );
        assert_eq!(registry().substance(x.id()).map(|y| y.id()), Some(x.id()));
    }
}

#[test]
fn names_are_unique_within_each_substance() {
    for s in registry().substances() {
        let mut seen = HashSet::new();
        for n in s.names() {
            assert!(
                seen.insert((n.lang(), n.text())),
                "{}: name {:?} ({}) twice",
                s.id(),
                n.text(),
                n.lang()
            );
            assert!(!n.text().trim().is_empty(), "{}: empty name", s.id());
        }
        assert_eq!(
            s.names()[0].text(),
            s.name(),
            "{}: preferred name first",
            s.id()
        );
    }
}

#[test]
fn every_cas_passes_its_check_digit_and_belongs_to_one_substance() {
    let mut owner = std::collections::HashMap::new();
    for s in registry().substances() {
        for c in s.all_cas() {
            assert_eq!(CasNumber::from_u64(c.as_u64()), Ok(c), "{}: {c}", s.id());
            assert_eq!(c.to_string().parse::<CasNumber>(), Ok(c));
            if let Some(prev) = owner.insert(c, s.id()) {
                assert_eq!(
                    prev,
                    s.id(),
                    "CAS {c} belongs to both {prev} and {}",
                    s.id()
                );
            }
        }
    }
    assert!(owner.len() > 10);
}

#[test]
fn listing_dates_are_in_order() {
    for l in registry().listings() {
        let who = registry().substance_of(l).id();
        if let Some(a) = l.announced() {
            assert!(
                a <= l.effective().not_after(),
                "{who}: announced {a} after effective {}",
                l.effective()
            );
        }
        if let Some(u) = l.until() {
            assert!(
                l.effective().not_after() < u.earliest(),
                "{who}: until {u} not after effective {}",
                l.effective()
            );
        }
    }
}

#[test]
fn every_listing_is_cited_and_sourced() {
    for l in registry().listings() {
        let who = registry().substance_of(l).id();
        assert!(l.citations().count() > 0, "{who}: no citation");
        assert!(
            l.citations().all(|c| !c.trim().is_empty()),
            "{who}: blank citation"
        );
        assert!(!l.source().trim().is_empty(), "{who}: no source");
        assert!(!l.schedule().trim().is_empty(), "{who}: no schedule");
    }
}

#[test]
fn no_reference_dangles() {
    let r = registry();
    let codes: HashSet<_> = r.jurisdictions().iter().map(|j| j.code()).collect();
    for i in r.instruments() {
        assert!(
            codes.contains(&i.jurisdiction()),
            "instrument {} names an unknown jurisdiction",
            i.id()
        );
    }
    for l in r.listings() {
        let inst = r.instrument_of(l);
        assert_eq!(inst.jurisdiction(), l.jurisdiction());
        assert!(codes.contains(&l.jurisdiction()));
    }
    for s in r.substances() {
        for c in r.classes_of(s) {
            assert_eq!(
                c.kind(),
                SubstanceKind::Class,
                "{} falls under non-class {}",
                s.id(),
                c.id()
            );
        }
        assert_eq!(
            r.classes_of(s).count(),
            s_classes_len(s),
            "{}: a class index dangles",
            s.id()
        );
        for j in s.reviewed_in() {
            assert!(codes.contains(j), "{}: reviewed_in {j}", s.id());
        }
        for l in r.listings_of(s) {
            assert_eq!(
                r.substance_of(l).id(),
                s.id(),
                "listing range of {} is wrong",
                s.id()
            );
        }
    }
    let total: usize = r.substances().iter().map(|s| r.listings_of(s).len()).sum();
    assert_eq!(
        total,
        r.listings().len(),
        "listing ranges do not partition the table"
    );
}

fn s_classes_len(s: &controlled_substances::Substance) -> usize {
    // Every class index resolves, so the resolved count equals the stored count.
    Registry::embedded().classes_of(s).count()
}

#[test]
fn classes_carry_their_definition() {
    for s in registry()
        .substances()
        .iter()
        .filter(|s| s.kind() == SubstanceKind::Class)
    {
        assert!(
            s.definition_en().is_some() || s.definition_zh().is_some(),
            "class {} has no legal definition",
            s.id()
        );
    }
}

#[test]
fn every_name_cas_and_code_resolves_back() {
    let r = registry();
    for s in r.substances() {
        for n in s.names() {
            let m = r
                .by_name(n.text())
                .unwrap_or_else(|| panic!("{}: name {:?} does not resolve", s.id(), n.text()));
            let hit = m.substance().id() == s.id() || m.also_named().any(|o| o.id() == s.id());
            assert!(
                hit,
                "{}: name {:?} resolves to {} only",
                s.id(),
                n.text(),
                m.substance().id()
            );
        }
        for c in s.all_cas() {
            assert_eq!(
                r.by_cas(c).map(|m| m.substance().id()),
                Some(s.id()),
                "CAS {c}"
            );
        }
        if let Some(k) = s.inchikey() {
            assert!(r.by_inchikey(k).is_some(), "{}: InChIKey", s.id());
        }
        if let Some(c) = s.dea_code() {
            assert!(r.by_dea_code(c).is_some(), "{}: {c}", s.id());
        }
    }
}

#[test]
fn jurisdictions_have_data_as_of_dates() {
    let r = registry();
    assert!(r.jurisdictions().len() >= 6);
    for code in ["UN", "US", "CN", "EU", "GB", "CA"] {
        let j = r
            .jurisdiction(code.parse().unwrap())
            .unwrap_or_else(|| panic!("{code} missing"));
        assert!(j.data_as_of().year() >= 2025, "{code}");
    }
    assert_eq!(r.version(), controlled_substances::DATA_VERSION);
}

#[test]
fn one_record_per_compound() {
    // Two records with the same PubChem compound or InChIKey are the same
    // substance entered twice (drugs and precursors; preparations and classes
    // may share their active substance's identifiers).
    let mut cid = std::collections::HashMap::new();
    let mut key = std::collections::HashMap::new();
    let mut dups = Vec::new();
    for s in registry()
        .substances()
        .iter()
        .filter(|s| matches!(s.kind(), SubstanceKind::Drug | SubstanceKind::Precursor))
    {
        if let Some(c) = s.pubchem_cid() {
            if let Some(prev) = cid.insert(c, s.id()) {
                dups.push(format!("PubChem CID {c}: {prev} and {}", s.id()));
            }
        }
        if let Some(k) = s.inchikey() {
            if let Some(prev) = key.insert(k, s.id()) {
                dups.push(format!("InChIKey {k}: {prev} and {}", s.id()));
            }
        }
    }
    assert!(dups.is_empty(), "{dups:#?}");
}
