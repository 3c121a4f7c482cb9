//! The public API as a Rust user meets it: text forms, error sources,
//! constants usable in const context, compact Debug.

use controlled_substances::{
    lookup, verdict, ChangeKind, Date, EventKind, Jurisdiction, ParseError, QueryError, Registry,
    Status, SubstanceKind,
};

const ORIGIN: Date = match Date::ymd(2018, 2, 1) {
    Some(d) => d,
    None => panic!("no such day"),
};

#[test]
fn dates_can_be_made_in_const_context() {
    assert_eq!(ORIGIN.to_string(), "2018-02-01");
    assert!(matches!(
        Date::new(2023, 2, 29),
        Err(ParseError::DateOutOfRange {
            year: 2023,
            month: 2,
            day: 29
        })
    ));
}

#[test]
fn every_jurisdiction_constant_is_in_all_and_in_the_data() {
    let r = Registry::embedded();
    assert_eq!(Jurisdiction::ALL.len(), r.jurisdictions().len());
    for j in Jurisdiction::ALL {
        assert!(r.jurisdiction(j).is_some(), "{j}");
        assert_eq!(j.to_string().parse::<Jurisdiction>().unwrap(), j);
    }
}

#[test]
fn result_types_have_text_forms() {
    let v = verdict("4-ANPP", Jurisdiction::US, ORIGIN).unwrap();
    let line = v.to_string();
    assert!(
        line.starts_with("US 2018-02-01 controlled: US CSA II since 2010-08-30"),
        "{line}"
    );
    assert!(line.contains("75 FR 37295"), "{line}");
    let l = &v.listings()[0];
    assert!(
        l.to_string().starts_with("US CSA II since 2010-08-30 ("),
        "{l}"
    );
    assert!(l.instrument().to_string().starts_with("US CSA — "));
    let m = lookup("fentanyl citrate").unwrap().unwrap();
    assert_eq!(
        m.to_string(),
        "Fentanyl [fentanyl] by name \"Fentanyl\" (citrate)"
    );
    assert_eq!(m.substance().to_string(), "Fentanyl [fentanyl]");
    assert_eq!(m.substance().names()[0].to_string(), m.substance().name());
    assert_eq!(EventKind::Effective.to_string(), "effective");
    assert_eq!(ChangeKind::Moved.to_string(), "moved");
    assert_eq!(
        "precursor".parse::<SubstanceKind>().unwrap(),
        SubstanceKind::Precursor
    );
    for s in [
        Status::Controlled,
        Status::Temporary,
        Status::NotControlled,
        Status::Unknown,
        Status::Announced { effective: ORIGIN },
    ] {
        assert_eq!(s.to_string().parse::<Status>().unwrap(), s);
    }
    let (_, events) = controlled_substances::history("NPP").unwrap().unwrap();
    assert!(events[0].to_string().contains("NPP") || events[0].to_string().contains("effective"));
    let r = Registry::embedded();
    let id = r.resolve("fentanyl").unwrap();
    assert_eq!(id.to_string(), "Fentanyl [fentanyl] by name \"Fentanyl\"");
}

#[test]
fn debug_of_a_verdict_is_compact() {
    let v = verdict("fentanyl", Jurisdiction::US, ORIGIN).unwrap();
    let d = format!("{v:?}");
    assert!(d.len() < 1_000, "{} bytes: {d}", d.len());
    assert!(d.contains("status: Controlled"), "{d}");
}

#[test]
fn errors_keep_their_source() {
    use std::error::Error;
    let e = verdict("21409-26-8", Jurisdiction::US, ORIGIN).unwrap_err();
    assert!(matches!(
        e,
        QueryError::Identifier(ParseError::CasCheckDigit { .. })
    ));
    let src = e.source().expect("the ParseError");
    assert_eq!(src.to_string(), e.to_string());
    assert!(src.downcast_ref::<ParseError>().is_some());
    let e = verdict("smiles:C1CC(", Jurisdiction::US, ORIGIN).unwrap_err();
    let src = e.source().expect("the SmilesError");
    assert!(src
        .downcast_ref::<controlled_substances::structure::SmilesError>()
        .is_some());
}
