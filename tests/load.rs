//! Runtime loading (feature `load`): every problem reported with file, record
//! and field; nothing half-loaded; overlays extend and override.
#![cfg(feature = "load")]

use controlled_substances::{Date, Jurisdiction as J, LoadError, Registry, Status};

const BASE: &str = r#"
version = "t1"
[[jurisdiction]]
code = "US"
name = "United States"
data_as_of = "2026-01-01"
coverage = "complete"
[[instrument]]
id = "us-csa"
jurisdiction = "US"
name = "CSA"
short = "CSA"
kind = "drugs"
[[substance]]
id = "alpha"
name = "Alphamine"
kind = "drug"
cas = "50-00-0"
[[listing]]
substance = "alpha"
instrument = "us-csa"
schedule = "I"
effective = "2020-01-01"
added = true
citation = ["1 FR 1"]
source = "test"
"#;

fn problems(files: &[(&str, &str)]) -> Vec<(String, String, String, String)> {
    match Registry::load_files(files.iter().copied()) {
        Ok(_) => panic!("expected problems"),
        Err(LoadError::Invalid(p)) => p
            .into_iter()
            .map(|p| (p.file, p.record, p.field, p.message))
            .collect(),
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn a_valid_dataset_loads_and_answers() {
    let r = Registry::load_files([("base.toml", BASE)]).unwrap();
    assert_eq!(r.version(), "t1");
    let v = r
        .verdict("alphamine", J::US, Date::new(2021, 1, 1).unwrap())
        .unwrap();
    assert_eq!(v.status(), Status::Controlled);
    // Coverage "complete": a known substance before its listing is not controlled.
    let v = r
        .verdict("50-00-0", J::US, Date::new(2019, 1, 1).unwrap())
        .unwrap();
    assert_eq!(v.status(), Status::NotControlled);
}

#[test]
fn every_problem_is_reported_with_file_record_and_field() {
    let bad = r#"
[[substance]]
id = "alpha"
name = "Dup"
kind = "drug"
[[substance]]
id = "beta"
name = "Beta"
kind = "drugg"
cas = "21409-26-8"
[[listing]]
substance = "gamma"
instrument = "us-csa"
schedule = "I"
effective = "2020-01-01"
until = "2019-01-01"
citation = ["x"]
source = "x"
[[listing]]
substance = "alpha"
instrument = "xx-none"
schedule = "I"
effective = "2020-13-01"
source = "x"
[[instrument]]
id = "eu-x"
jurisdiction = "EU"
name = "x"
short = "x"
kind = "drugs"
"#;
    let p = problems(&[("base.toml", BASE), ("bad.toml", bad)]);
    let has = |file: &str, record: &str, field: &str, msg: &str| {
        p.iter()
            .any(|(f, r, fl, m)| f == file && r.contains(record) && fl == field && m.contains(msg))
    };
    assert!(
        has(
            "bad.toml",
            "substance #1",
            "id",
            "duplicate substance id \"alpha\""
        ),
        "{p:#?}"
    );
    assert!(
        has(
            "bad.toml",
            "substance #2 (id \"beta\")",
            "kind",
            "\"drugg\""
        ),
        "{p:#?}"
    );
    assert!(
        has("bad.toml", "substance #2", "cas", "21409-26-8"),
        "{p:#?}"
    );
    assert!(
        has("bad.toml", "listing #1", "until", "not after effective"),
        "{p:#?}"
    );
    assert!(
        has(
            "bad.toml",
            "listing #1",
            "substance",
            "unknown substance id \"gamma\""
        ),
        "{p:#?}"
    );
    assert!(
        has("bad.toml", "listing #2", "effective", "2020-13-01"),
        "{p:#?}"
    );
    assert!(
        has("bad.toml", "listing #2", "citation", "missing"),
        "{p:#?}"
    );
    assert!(
        has(
            "bad.toml",
            "instrument #1 (id \"eu-x\")",
            "jurisdiction",
            "unknown jurisdiction \"EU\""
        ),
        "{p:#?}"
    );
    assert!(p.len() >= 8, "{p:#?}");
}

#[test]
fn typos_and_bad_toml_are_reported() {
    let p = problems(&[
        ("base.toml", BASE),
        (
            "typo.toml",
            "[[substance]]\nid = \"z\"\nname = \"Z\"\nkind = \"drug\"\ncass = \"50-00-0\"\n",
        ),
    ]);
    assert!(
        p.iter().any(|(f, _, field, m)| f == "typo.toml"
            && field == "cass"
            && m.contains("unknown field")),
        "{p:#?}"
    );
    let p = problems(&[("base.toml", BASE), ("broken.toml", "[[substance]\nid=")]);
    assert!(
        p.iter()
            .any(|(f, _, _, m)| f == "broken.toml" && m.contains("not valid TOML")),
        "{p:#?}"
    );
}

#[test]
fn overlay_extends_and_overrides_the_embedded_registry() {
    let overlay = r#"
version = "acme-2026.12"
[[substance]]
id = "acme-x1"
name = "ACME-X1"
kind = "precursor"
names.zh = ["艾克米一号"]
[[listing]]
substance = "acme-x1"
instrument = "us-listed-chemicals"
schedule = "List I"
effective = "2026-12-01"
announced = "2026-11-01"
added = true
citation = ["Internal policy 7"]
source = "ACME compliance"
[[names]]
substance = "fentanyl"
en = ["ACME code F-1"]
source = "ACME catalogue"
"#;
    let base = Registry::embedded();
    let r = base.extend_with_files([("acme.toml", overlay)]).unwrap();
    assert_eq!(r.version(), "acme-2026.12");
    assert_eq!(r.substances().len(), base.substances().len() + 1);
    let on = |s: &str| {
        r.verdict("ACME-X1", J::US, s.parse().unwrap())
            .unwrap()
            .status()
    };
    assert_eq!(on("2026-10-01"), Status::NotControlled);
    assert_eq!(
        on("2026-11-15"),
        Status::Announced {
            effective: "2026-12-01".parse().unwrap()
        }
    );
    assert_eq!(on("2026-12-01"), Status::Controlled);
    assert_eq!(
        r.lookup("ACME code F-1").unwrap().unwrap().substance().id(),
        "fentanyl"
    );
    assert_eq!(
        r.lookup("艾克米一号").unwrap().unwrap().substance().id(),
        "acme-x1"
    );
    // The embedded registry is untouched.
    assert!(base.lookup("ACME-X1").unwrap().is_none());
}

#[test]
fn overlay_replaces_an_instruments_listings() {
    let overlay = r#"
replaces = ["us-listed-chemicals"]
"#;
    let r = Registry::embedded()
        .extend_with_files([("drop.toml", overlay)])
        .unwrap();
    assert!(r
        .listings()
        .iter()
        .all(|l| r.instrument_of(l).id() != "us-listed-chemicals"));
    let bad = Registry::embedded()
        .extend_with_files([("drop.toml", "replaces = [\"nope\"]")])
        .unwrap_err();
    assert!(bad.to_string().contains("\"nope\""), "{bad}");
}

#[test]
fn overlay_errors_leave_nothing_loaded() {
    let overlay = "[[listing]]\nsubstance = \"fentanyl\"\ninstrument = \"us-csa\"\nschedule = \"II\"\neffective = \"2030-01-01\"\nsource = \"x\"\n";
    let e = Registry::embedded()
        .extend_with_files([("x.toml", overlay)])
        .unwrap_err();
    assert_eq!(e.problems().len(), 1, "{e}");
    assert_eq!(e.problems()[0].field, "citation");
}
