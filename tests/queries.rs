//! Behaviour of the queries over the embedded registry: the acceptance cases
//! of the registry issue, lookups by every kind of identifier, verdict states.

use controlled_substances::{
    changes, history, lookup, suggest, verdict, verdicts, ChangeKind, Date, Jurisdiction as J,
    MatchedBy, QueryError, Registry, Status,
};

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

/// The verdict's listing on an instrument.
fn on_instrument<'r>(
    v: &'r controlled_substances::Verdict<'_>,
    id: &str,
) -> &'r controlled_substances::ListingRef<'r> {
    v.listings()
        .iter()
        .find(|l| l.instrument().id() == id)
        .unwrap_or_else(|| panic!("no listing on {id}"))
}

fn status(q: &str, j: J, on: &str) -> Status {
    verdict(q, j, d(on)).unwrap().status()
}

#[test]
fn anpp_and_npp_in_china_from_2018_02_01() {
    for q in ["4-ANPP", "NPP"] {
        assert!(!status(q, J::CN, "2017-11-04").is_controlled(), "{q}");
        assert!(!status(q, J::CN, "2018-01-31").is_controlled(), "{q}");
        let v = verdict(q, J::CN, d("2018-02-01")).unwrap();
        assert_eq!(v.status(), Status::Controlled, "{q}");
        let l = &v.listings()[0];
        assert_eq!(l.instrument().id(), "cn-precursors");
        assert_eq!(l.effective(), d("2018-02-01"));
        assert!(!l.citation().is_empty());
    }
    // Before the announcement it is plainly not controlled (the registry checked China for it).
    assert_eq!(status("4-ANPP", J::CN, "2017-11-04"), Status::NotControlled);
}

#[test]
fn anpp_in_us_schedule_ii_immediate_precursor() {
    let v = verdict("4-ANPP", J::US, d("2026-01-01")).unwrap();
    assert_eq!(v.status(), Status::Controlled);
    let l = on_instrument(&v, "us-csa");
    assert_eq!(l.schedule(), "II");
    assert_eq!(l.code(), Some("8333"));
    assert_eq!(l.effective(), d("2010-08-30"));
    assert!(l.citation().contains("75 FR 37295"));
    assert!(l
        .scope()
        .contains(controlled_substances::Scope::IMMEDIATE_PRECURSOR));
    assert!(!status("4-ANPP", J::US, "2010-08-29").is_controlled());
}

#[test]
fn npp_in_us_list_i_since_2007_04_23() {
    let v = verdict("NPP", J::US, d("2026-01-01")).unwrap();
    assert_eq!(v.status(), Status::Controlled);
    let l = &v.listings()[0];
    assert_eq!(l.instrument().id(), "us-listed-chemicals");
    assert_eq!(l.schedule(), "List I");
    assert_eq!(l.code(), Some("8332"));
    assert_eq!(l.effective(), d("2007-04-23"));
    assert!(l
        .threshold()
        .is_some_and(|t| t.to_lowercase().contains("1310.04")));
}

#[test]
fn anpp_and_npp_in_un_table_i_and_eu_category_1() {
    for (q, decision) in [("4-ANPP", "60/12"), ("NPP", "60/13")] {
        let v = verdict(q, J::UN, d("2026-01-01")).unwrap();
        assert_eq!(v.status(), Status::Controlled, "{q}");
        let l = &v.listings()[0];
        assert_eq!(
            (l.instrument().id(), l.schedule()),
            ("un-1988", "Table I"),
            "{q}"
        );
        assert!(l.citation().contains(decision), "{q}: {}", l.citation());
        // CND decisions 60/12 and 60/13 (16 March 2017) take effect 180 days
        // after the Secretary-General's notification (1988 Convention, art.
        // 12(6)): never before 2017-09-12; the notification date is not in
        // the data, so the start is a window closed by the INCB's count of
        // November 2020.
        let w = l.effective();
        assert!(!w.is_exact(), "{q}: {w}");
        assert_eq!(w.not_before(), Some(d("2017-09-12")), "{q}");
        assert!(w.not_after() <= d("2020-11-03"), "{q}: {w}");
        // Adopted, not yet in force: announced, from the earliest day it can take effect.
        assert_eq!(
            status(q, J::UN, "2017-09-11"),
            Status::Announced {
                effective: d("2017-09-12")
            },
            "{q}"
        );
        assert_eq!(status(q, J::UN, "2018-01-01"), Status::Unknown, "{q}");

        let v = verdict(q, J::EU, d("2018-06-07")).unwrap();
        assert_eq!(v.status(), Status::Controlled, "{q}");
        assert!(v.listings().iter().all(|l| l.schedule() == "Category 1"));
        assert!(v
            .listings()
            .iter()
            .all(|l| l.effective() == d("2018-06-07")));
        assert!(!status(q, J::EU, "2018-06-06").is_controlled(), "{q}");
    }
}

#[test]
fn cas_lookup_checks_the_check_digit() {
    let m = lookup("21409-26-7").unwrap().unwrap();
    assert_eq!(m.substance().id(), "4-anpp");
    assert!(matches!(m.matched_by(), MatchedBy::Cas(_)));
    assert_eq!(
        lookup("21409267").unwrap().unwrap().substance().id(),
        "4-anpp"
    );
    match lookup("21409-26-8") {
        Err(QueryError::Identifier(e)) => assert!(e.to_string().contains("check digit"), "{e}"),
        other => panic!("expected a check-digit error, got {other:?}"),
    }
    // The verdict path reports the error too, rather than "unknown".
    assert!(verdict("21409-26-8", J::US, d("2026-01-01")).is_err());
}

#[test]
fn salt_cas_resolves_to_parent_with_form() {
    let m = lookup("990-73-8").unwrap().unwrap();
    assert_eq!(m.substance().id(), "fentanyl");
    assert_eq!(m.salt(), Some("citrate"));
}

#[test]
fn fentanyl_controlled_in_us_un_cn() {
    let v = verdict("fentanyl", J::US, d("2026-01-01")).unwrap();
    assert_eq!(v.status(), Status::Controlled);
    let l = on_instrument(&v, "us-csa");
    assert_eq!((l.schedule(), l.code()), ("II", Some("9801")));
    let v = verdict("fentanyl", J::UN, d("2026-01-01")).unwrap();
    assert!(v
        .listings()
        .iter()
        .any(|l| l.instrument().id() == "un-1961" && l.schedule() == "Schedule I"));
    assert!(verdict("fentanyl", J::CN, d("2026-01-01"))
        .unwrap()
        .is_controlled());
    assert!(verdict("芬太尼", J::CN, d("2026-01-01"))
        .unwrap()
        .is_controlled());
}

#[test]
fn names_match_across_case_dash_space_and_greek() {
    let id = |q: &str| lookup(q).unwrap().map(|m| m.substance().id().to_string());
    for q in [
        "4-anpp",
        "4 ANPP",
        "4‐ANPP",
        "４－ＡＮＰＰ",
        "ANPP",
        "despropionyl fentanyl",
    ] {
        assert_eq!(id(q).as_deref(), Some("4-anpp"), "{q}");
    }
    for q in [
        "Fentanyl",
        "FENTANYL",
        "fentanyl HCl",
        "fentanyl hydrochloride",
        "Sublimaze",
    ] {
        assert_eq!(id(q).as_deref(), Some("fentanyl"), "{q}");
    }
    assert_eq!(id("N-phenethyl-4-piperidone").as_deref(), Some("npp"));
    assert_eq!(id("N-苯乙基-4-哌啶酮").as_deref(), Some("npp"));
    assert_eq!(id("4-苯胺基-N-苯乙基哌啶").as_deref(), Some("4-anpp"));
    assert_eq!(id("DEA 9801").as_deref(), Some("fentanyl"));
    assert_eq!(id("DEA 8333").as_deref(), Some("4-anpp"));
    assert_eq!(id("no such thing at all"), None);
}

#[test]
fn fentanyl_citrate_notes_the_salt() {
    let m = lookup("fentanyl citrate").unwrap().unwrap();
    assert_eq!(
        (m.substance().id(), m.salt()),
        ("fentanyl", Some("citrate"))
    );
    let m = lookup("Fentanyl HCl").unwrap().unwrap();
    assert_eq!(m.salt(), Some("hydrochloride"));
}

#[test]
fn inchikey_lookup() {
    let r = Registry::embedded();
    let with_key = r
        .substances()
        .iter()
        .find(|s| s.inchikey().is_some())
        .expect("some InChIKey in the data");
    let key = with_key.inchikey().unwrap().to_string();
    assert_eq!(
        lookup(&key).unwrap().unwrap().substance().id(),
        with_key.id()
    );
    assert_eq!(
        lookup(&key.to_lowercase())
            .unwrap()
            .unwrap()
            .substance()
            .id(),
        with_key.id()
    );
    assert!(lookup("AAAAAAAAAAAAAA-AAAAAAAAAA-A").unwrap().is_none());
}

#[test]
fn fuzzy_suggestions() {
    assert_eq!(suggest("fentanil", 3)[0].substance.id(), "fentanyl");
    assert_eq!(suggest("carfentanyl", 3)[0].substance.id(), "carfentanil");
    assert_eq!(suggest("sufentanyl", 3)[0].substance.id(), "sufentanil");
    assert!(suggest("", 3).is_empty());
    assert!(suggest("fentanil", 0).is_empty());
}

#[test]
fn unknown_substance_is_unknown_everywhere() {
    let all = verdicts("zzz-not-a-substance", d("2026-01-01")).unwrap();
    assert_eq!(all.len(), Registry::embedded().jurisdictions().len());
    assert!(all
        .iter()
        .all(|v| v.status() == Status::Unknown && v.substance().is_none()));
}

#[test]
fn bad_queries_are_errors_naming_the_input() {
    assert_eq!(lookup("   ").unwrap_err(), QueryError::Empty);
    assert!(matches!(
        lookup(&"x".repeat(10_001)),
        Err(QueryError::TooLong {
            len: 10_001,
            max: 10_000,
            ..
        })
    ));
    // Within the limit, a long text is simply no name.
    assert!(lookup(&"x".repeat(5000)).unwrap().is_none());
    // Control characters are an error, never silently dropped.
    assert!(matches!(
        lookup("fent\0anyl"),
        Err(QueryError::ControlCharacter {
            found: '\0',
            byte: 4,
            ..
        })
    ));
    assert!(matches!(
        lookup("\0"),
        Err(QueryError::ControlCharacter { byte: 0, .. })
    ));
    let e = lookup("DEA 98").unwrap_err();
    assert!(e.to_string().contains("\"DEA 98\""), "{e}");
    let e = verdict("fentanyl", "JP".parse().unwrap(), d("2026-01-01")).unwrap_err();
    assert!(matches!(e, QueryError::UnknownJurisdiction { .. }), "{e}");
    assert!(e.to_string().contains("JP"));
}

#[test]
fn temporary_and_permanent_us_fentanyl_class() {
    let r = Registry::embedded();
    let class = r.substance("us-fentanyl-related-substances").unwrap();
    let on = |s: &str| r.verdict_for(class, J::US, d(s)).status();
    assert_eq!(on("2018-02-05"), Status::NotControlled);
    assert_eq!(on("2018-02-06"), Status::Temporary);
    assert_eq!(on("2024-06-01"), Status::Temporary);
    assert_eq!(on("2025-07-16"), Status::Controlled);
    // The class appears in the listings in force.
    assert!(r
        .in_force(J::US, d("2019-01-01"))
        .unwrap()
        .any(|l| l.subject().id() == "us-fentanyl-related-substances" && l.is_temporary()));
}

#[test]
fn china_fentanyl_class_from_2019_05_01() {
    let r = Registry::embedded();
    let class = r.substance("cn-fentanyl-class").unwrap();
    assert!(!r.verdict_for(class, J::CN, d("2019-04-30")).is_controlled());
    assert!(r.verdict_for(class, J::CN, d("2019-05-01")).is_controlled());
    assert!(class.definition_zh().is_some_and(|t| t.contains("芬太尼")));
}

#[test]
fn history_is_in_date_order_across_jurisdictions() {
    let (m, h) = history("NPP").unwrap().unwrap();
    assert_eq!(m.substance().id(), "npp");
    assert!(h
        .windows(2)
        .all(|w| w[0].date.not_after() <= w[1].date.not_after()));
    let js: std::collections::BTreeSet<String> = h
        .iter()
        .map(|e| e.listing.jurisdiction().to_string())
        .collect();
    for j in ["US", "UN", "CN", "EU"] {
        assert!(js.contains(j), "{j} missing from {js:?}");
    }
    assert_eq!(
        h[0].listing.jurisdiction(),
        J::US,
        "the US listed NPP first (2007)"
    );
}

#[test]
fn changes_between_dates() {
    let c = changes(J::CN, d("2018-01-01"), d("2018-03-01")).unwrap();
    let added: Vec<&str> = c
        .iter()
        .filter(|c| c.kind == ChangeKind::Added)
        .map(|c| c.substance.id())
        .collect();
    assert!(
        added.contains(&"4-anpp") && added.contains(&"npp"),
        "{added:?}"
    );
    let none = changes(J::CN, d("2018-03-01"), d("2018-03-01")).unwrap();
    assert!(none.is_empty());
}

#[test]
fn china_2025_reorganisation_moves_and_removals() {
    // Suvorexant: 第二类 psychotropic from 2023-07-01, no longer controlled
    // once the 2025 catalogues took effect, a day known only within a window
    // (2025-07-02 to 2025-08-01: NMPA notice 2025 No. 55's effective date was
    // not found).
    assert!(status("suvorexant", J::CN, "2025-07-01").is_controlled());
    assert_eq!(status("suvorexant", J::CN, "2025-07-15"), Status::Unknown);
    assert_eq!(
        status("suvorexant", J::CN, "2025-08-01"),
        Status::NotControlled
    );
    // Etizolam: from the non-medical list into the medical psychotropic catalogue.
    let c = changes(J::CN, d("2025-07-01"), d("2025-08-01")).unwrap();
    let kind = |id: &str| c.iter().find(|c| c.substance.id() == id).map(|c| c.kind);
    assert_eq!(kind("etizolam"), Some(ChangeKind::Moved));
    assert_eq!(kind("suvorexant"), Some(ChangeKind::Removed));
    let moved = c.iter().find(|c| c.substance.id() == "etizolam").unwrap();
    assert_eq!(
        moved.before[0].instrument().id(),
        "cn-nonmedical-supplementary"
    );
    assert_eq!(
        moved.after[0].instrument().id(),
        "cn-medical-psychotropic-2025"
    );
}

#[test]
fn uk_dated_reclassifications() {
    let v = verdict("ketamine", J::GB, d("2014-06-10")).unwrap();
    assert!(v.listings().iter().any(|l| l.schedule() == "Class B"));
    let v = verdict("GHB", J::GB, d("2022-04-13")).unwrap();
    assert!(v
        .listings()
        .iter()
        .any(|l| l.schedule() == "Class B" && l.effective() == d("2022-04-13")));
    // Before its recorded move to Class B the record does not show GHB's
    // earlier class: the answer is Unknown, never "not controlled".
    assert_ne!(status("GHB", J::GB, "2020-01-01"), Status::NotControlled);
}

#[test]
fn before_an_unmarked_first_listing_is_unknown_not_uncontrolled() {
    // EU precursor regulations of 2004/2005 continue earlier ones: before them, unknown.
    assert_eq!(status("ephedrine", J::EU, "2000-01-01"), Status::Unknown);
    assert!(status("ephedrine", J::EU, "2010-01-01").is_controlled());
    // A recorded first control: not controlled before it.
    assert_eq!(status("NPP", J::US, "2007-04-22"), Status::NotControlled);
}

#[test]
fn debug_output_stays_short() {
    let v = verdict("fentanyl", J::US, d("2026-01-01")).unwrap();
    let text = format!("{v:?}");
    assert!(text.len() < 4000, "{} bytes", text.len());
    assert!(text.contains("fentanyl"));
    let r = format!("{:?}", Registry::embedded());
    assert!(
        r.starts_with("Registry { version: ") && r.len() < 300,
        "{r}"
    );
}
