//! Germany: the BtMG Anlagen by name, the NpSG substance groups by structure
//! (with the group named), the BtMG listing winning where both apply, and
//! the EU precursor lists applying as they stand.

use controlled_substances::{Date, Jurisdiction as J, Registry, Status};

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

/// A novel structure (no record has it) and the NpSG group it falls in.
const NOVEL: [(&str, &str, &str); 4] = [
    // a 2C-type phenethylamine: 4-(2,2-difluoroethylthio)-2,5-dimethoxy
    (
        "COc1cc(CCN)c(OC)cc1SCC(F)F",
        "de-npsg-phenethylamines",
        "Nr. 1.1",
    ),
    // a cathinone: 4-chloro, pyrrolidino, heptanone chain
    (
        "CCCCCCC(N1CCCC1)C(=O)c1ccc(Cl)cc1",
        "de-npsg-phenethylamines",
        "Nr. 1.2 a",
    ),
    // an indazole-3-carboxamide cannabinoid: 5-fluoro core, hexyl tail, tert-leucinate head
    (
        "CCCCCCn1nc(C(=O)NC(C(C)(C)C)C(=O)OC)c2cc(F)ccc21",
        "de-npsg-cannabinoids",
        "Nr. 2.1",
    ),
    // a designer benzodiazepine: N1-ethyl, 7-bromo, 2'-fluoro
    (
        "CCn1c(=O)CN=C(c2ccccc2F)c2cc(Br)ccc21",
        "de-npsg-benzodiazepines",
        "Nr. 3.1",
    ),
];

#[test]
fn novel_substances_fall_under_their_npsg_group_from_its_date() {
    let r = Registry::embedded();
    for (smiles, group, clause) in NOVEL {
        let q = format!("smiles:{smiles}");
        let id = r.resolve(&q).unwrap();
        assert!(id.matched.is_none(), "{smiles} is in the data");
        let v = r.judge(&id, J::DE, d("2026-01-01"));
        assert_eq!(v.status(), Status::Controlled, "{smiles}: {v}");
        let l = &v.listings()[0];
        assert!(l.via_class(), "{smiles}");
        assert_eq!(l.subject().id(), group, "{smiles}");
        assert_eq!(l.instrument().id(), "de-npsg");
        let e = v.explanation().unwrap();
        assert!(e.contains(&format!("({clause}")), "{smiles}: {e}");
        // Before the NpSG took effect the group did not exist: no class answers.
        let before = r.judge(&id, J::DE, d("2016-11-25"));
        assert_eq!(before.status(), Status::Unknown, "{smiles}: {before}");
        // The NpSG is German law only.
        assert!(!r
            .judge(&id, J::US, d("2026-01-01"))
            .listings()
            .iter()
            .any(|l| l.instrument().id() == "de-npsg"));
    }
    // Groups whose amending act was not read: unknown inside their window.
    let id = r.resolve(&format!("smiles:{}", NOVEL[3].0)).unwrap();
    assert_eq!(
        r.judge(&id, J::DE, d("2018-01-01")).status(),
        Status::Unknown
    );
    let id = r.resolve(&format!("smiles:{}", NOVEL[0].0)).unwrap();
    assert_eq!(
        r.judge(&id, J::DE, d("2016-11-26")).status(),
        Status::Controlled
    );
}

#[test]
fn a_substance_the_btmg_names_is_answered_by_its_btmg_listing() {
    let r = Registry::embedded();
    // 2C-B as a structure: an NpSG group 1 phenethylamine by its structure,
    // but the BtMG names it, and the NpSG yields to the BtMG (§ 1 (2) NpSG).
    let v = r
        .verdict("smiles:COc1cc(CCN)c(OC)cc1Br", J::DE, d("2026-01-01"))
        .unwrap();
    assert_eq!(v.status(), Status::Controlled);
    assert!(v.listings().iter().all(|l| !l.via_class()), "{v}");
    assert!(
        v.listings()[0]
            .instrument()
            .id()
            .starts_with("de-btmg-anlage"),
        "{v}"
    );
}

#[test]
fn german_names_resolve_and_precursors_follow_the_eu() {
    let r = Registry::embedded();
    let v = r.verdict("Diamorphin", J::DE, d("2026-01-01")).unwrap();
    assert!(v.is_controlled(), "{v}");
    // A precursor: Germany applies the EU regulations, not a list of its own.
    let v = r.verdict("NPP", J::DE, d("2026-01-01")).unwrap();
    assert!(v.is_controlled(), "{v}");
    assert!(
        v.listings().iter().all(|l| l.jurisdiction() == J::EU),
        "{v}"
    );
    let eu = r.verdict("NPP", J::EU, d("2026-01-01")).unwrap();
    assert_eq!(eu.listings().len(), v.listings().len());
}
