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

#[test]
fn verdicts_serialize_with_ids_and_round_trip_their_fields() {
    use controlled_substances::{DateWindow, Reason, Status};
    let r = Registry::embedded();
    let v = r
        .verdict("4-ANPP", Jurisdiction::CN, Date::new(2018, 2, 1).unwrap())
        .unwrap();
    let text = serde_json::to_string(&v).unwrap();
    let back: serde_json::Value = serde_json::from_str(&text).unwrap();
    // Every meaningful field reads back into its own type.
    assert_eq!(
        serde_json::from_value::<Jurisdiction>(back["jurisdiction"].clone()).unwrap(),
        v.jurisdiction()
    );
    assert_eq!(
        serde_json::from_value::<Date>(back["date"].clone()).unwrap(),
        v.date()
    );
    let status: Status =
        serde_json::from_value(serde_json::json!({"status": back["status"]})).unwrap();
    assert_eq!(status, v.status());
    assert_eq!(
        serde_json::from_value::<Reason>(back["reason"].clone()).unwrap(),
        v.reason()
    );
    assert_eq!(back["substance"], "4-anpp");
    assert_eq!(back["controlled"], true);
    let l = &back["listings"][0];
    let first = &v.listings()[0];
    assert_eq!(l["subject"], "4-anpp");
    assert_eq!(l["instrument"], first.instrument().id());
    assert_eq!(l["schedule"], first.schedule());
    assert_eq!(
        serde_json::from_value::<DateWindow>(l["effective"].clone()).unwrap(),
        first.effective()
    );
    let cites: Vec<String> = serde_json::from_value(l["citations"].clone()).unwrap();
    assert_eq!(cites, first.citations().collect::<Vec<_>>());
    // Never an internal index.
    assert!(!text.contains("\"substance\":6"), "{text}");
    assert!(!text.contains("\"instrument\":1"), "{text}");
}

#[test]
fn statuses_serialize_with_the_announced_date() {
    use controlled_substances::Status;
    let s = Status::Announced {
        effective: Date::new(2026, 7, 1).unwrap(),
    };
    let j = serde_json::to_string(&s).unwrap();
    assert_eq!(j, r#"{"status":"announced","effective":"2026-07-01"}"#);
    assert_eq!(serde_json::from_str::<Status>(&j).unwrap(), s);
    assert_eq!(
        serde_json::to_string(&Status::NotControlled).unwrap(),
        r#"{"status":"not_controlled"}"#
    );
}

#[test]
fn matches_history_changes_and_suggestions_serialize() {
    let r = Registry::embedded();
    let m = r.lookup("fentanyl citrate").unwrap().unwrap();
    let v = serde_json::to_value(m).unwrap();
    assert_eq!(v["substance"], "fentanyl");
    assert_eq!(v["matched_by"], "name");
    assert_eq!(v["salt"], "citrate");
    let (_, events) = r.history("NPP").unwrap().unwrap();
    let v = serde_json::to_value(events[0]).unwrap();
    assert!(
        v["date"].is_string() && v["listing"]["subject"] == "npp",
        "{v}"
    );
    let c = r
        .changes(
            Jurisdiction::CN,
            Date::new(2018, 1, 1).unwrap(),
            Date::new(2018, 3, 1).unwrap(),
        )
        .unwrap();
    let v = serde_json::to_value(&c).unwrap();
    assert!(v
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["substance"] == "4-anpp" && c["kind"] == "added"));
    let s = r.suggest("carfentanyl", 1);
    let v = serde_json::to_value(s[0]).unwrap();
    assert_eq!(v["substance"], "carfentanil");
    let id = r
        .resolve("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl")
        .unwrap();
    let v = serde_json::to_value(&id).unwrap();
    assert_eq!(v["matched"]["substance"], "fentanyl");
    assert_eq!(v["structure"]["stripped"][0], "hydrochloride");
}
