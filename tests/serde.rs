//! Serde support (feature `serde`): identifiers as text, data types as objects.
#![cfg(feature = "serde")]

use controlled_substances::{CasNumber, Date, Jurisdiction, Registry};

#[test]
fn identifiers_round_trip_as_text() {
    let cas: CasNumber = "21409-26-7".parse().unwrap();
    assert_eq!(serde_json::to_string(&cas).unwrap(), "\"21409-26-7\"");
    assert_eq!(
        serde_json::from_str::<CasNumber>("\"21409267\"").unwrap(),
        cas
    );
    let err = serde_json::from_str::<CasNumber>("\"21409-26-8\"").unwrap_err();
    assert!(err.to_string().contains("check digit"), "{err}");
    let d: Date = serde_json::from_str("\"2018-02-01\"").unwrap();
    assert_eq!(d, Date::new(2018, 2, 1).unwrap());
    assert_eq!(serde_json::to_string(&Jurisdiction::GB).unwrap(), "\"GB\"");
    assert_eq!(
        serde_json::from_str::<Jurisdiction>("\"uk\"").unwrap(),
        Jurisdiction::GB
    );
}

#[test]
fn substances_and_listings_serialize() {
    let r = Registry::embedded();
    let s = r.substance("4-anpp").unwrap();
    let v = serde_json::to_value(s).unwrap();
    assert_eq!(v["id"], "4-anpp");
    assert_eq!(v["cas"], "21409-26-7");
    assert_eq!(v["kind"], "precursor");
    let l = r
        .listings_of(s)
        .iter()
        .find(|l| l.jurisdiction() == Jurisdiction::US)
        .unwrap();
    let v = serde_json::to_value(l).unwrap();
    assert_eq!(v["effective"], "2010-08-30");
    assert_eq!(v["jurisdiction"], "US");
    assert_eq!(v["scope"][0], "immediate-precursor");
    assert!(v["citations"][0].as_str().unwrap().contains("75 FR 37295"));
}
