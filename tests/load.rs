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

const WINDOWS: &str = r#"
version = "t2"
[[jurisdiction]]
code = "UN"
name = "UN"
data_as_of = "2026-01-01"
coverage = "complete"
[[jurisdiction]]
code = "EU"
name = "EU"
data_as_of = "2026-01-01"
[[jurisdiction]]
code = "DE"
name = "Germany"
data_as_of = "2026-01-01"
precursors_from = "EU"
[[instrument]]
id = "un-1971"
jurisdiction = "UN"
name = "1971"
short = "UN 1971"
kind = "drugs"
[[instrument]]
id = "eu-precursors"
jurisdiction = "EU"
name = "EU precursors"
short = "EU cat."
kind = "precursors"
[[substance]]
id = "beta"
name = "Betamine"
kind = "drug"
names.de = ["Betamin", "Beta-Amin"]
[[substance]]
id = "gamma"
name = "Gammaone"
kind = "precursor"
reviewed_in = ["DE"]
[[listing]]
substance = "beta"
instrument = "un-1971"
schedule = "IV"
effective = { not_before = "2001-09-01", not_after = "2002-03-31" }
until = { not_before = "2013-09-01", not_after = "2014-01-31" }
added = true
citation = ["CND decision 44/5"]
source = "test"
[[listing]]
substance = "beta"
instrument = "un-1971"
schedule = "II"
effective = { not_before = "2013-09-01", not_after = "2014-01-31" }
citation = ["CND decision 56/1"]
source = "test"
[[listing]]
substance = "gamma"
instrument = "eu-precursors"
schedule = "Category 1"
effective = "2005-08-18"
citation = ["Regulation (EC) No 111/2005"]
source = "test"
"#;

#[test]
fn date_windows_answer_unknown_inside_and_definite_outside() {
    let r = Registry::load_files([("w.toml", WINDOWS)]).unwrap();
    let at = |q: &str, j: J, d: &str| r.verdict(q, j, d.parse().unwrap()).unwrap();
    // Before the window: the earlier state (not controlled, a first control).
    assert_eq!(
        at("betamine", J::UN, "2001-08-31").status(),
        Status::NotControlled
    );
    // Inside: unknown, naming the listing whose window it is.
    let v = at("betamine", J::UN, "2001-12-01");
    assert_eq!(v.status(), Status::Unknown);
    assert_eq!(v.reason(), controlled_substances::Reason::DateInWindow);
    assert_eq!(
        v.listings()[0].effective().to_string(),
        "2001-09-01..2002-03-31"
    );
    // After: controlled, Schedule IV.
    let v = at("betamine", J::UN, "2002-03-31");
    assert_eq!(v.status(), Status::Controlled);
    assert_eq!(v.listings()[0].schedule(), "IV");
    // The transfer's window: unknown, then Schedule II.
    assert_eq!(
        at("betamine", J::UN, "2013-10-01").status(),
        Status::Unknown
    );
    let v = at("betamine", J::UN, "2014-01-31");
    assert_eq!(v.listings().len(), 1);
    assert_eq!(v.listings()[0].schedule(), "II");
    // German names resolve.
    assert_eq!(
        r.lookup("Beta-Amin").unwrap().unwrap().substance().id(),
        "beta"
    );
    // Germany applies the EU precursor lists.
    let v = at("gammaone", J::DE, "2006-01-01");
    assert_eq!(v.status(), Status::Controlled);
    assert_eq!(v.listings()[0].instrument().id(), "eu-precursors");
    assert_eq!(
        at("gammaone", J::DE, "2005-01-01").status(),
        Status::Unknown
    );
    // changes(): only what the data dates inside the period.
    let c = r
        .changes(
            J::UN,
            "2013-01-01".parse().unwrap(),
            "2014-06-01".parse().unwrap(),
        )
        .unwrap();
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].kind, controlled_substances::ChangeKind::Moved);
    let c = r
        .changes(
            J::UN,
            "2013-10-01".parse().unwrap(),
            "2014-06-01".parse().unwrap(),
        )
        .unwrap();
    assert!(
        c.is_empty(),
        "a window reaching before the period is no change in it"
    );
}

#[test]
fn bad_windows_are_reported_with_their_field() {
    let bad = WINDOWS
        .replace(
            r#"effective = { not_before = "2001-09-01", not_after = "2002-03-31" }"#,
            r#"effective = { not_before = "2003-09-01", not_after = "2002-03-31" }"#,
        )
        .replace(
            r#"effective = { not_before = "2013-09-01", not_after = "2014-01-31" }"#,
            r#"effective = { not_before = "2013-09-01" }"#,
        )
        .replace(r#"precursors_from = "EU""#, r#"precursors_from = "XX""#);
    let p = problems(&[("w.toml", &bad)]);
    let fields: Vec<&str> = p.iter().map(|p| p.2.as_str()).collect();
    assert!(fields.contains(&"effective"), "{p:?}");
    assert!(fields.contains(&"effective.not_after"), "{p:?}");
    assert!(fields.contains(&"precursors_from"), "{p:?}");
}

#[test]
fn an_io_error_keeps_its_source() {
    use std::error::Error;
    let missing = std::env::temp_dir().join("controlled-substances-no-such-folder-4f2a");
    let e = Registry::load_dir(&missing).unwrap_err();
    assert!(matches!(e, LoadError::Io { .. }), "{e}");
    let src = e.source().expect("the io::Error");
    let io = src
        .downcast_ref::<std::sync::Arc<std::io::Error>>()
        .map(|a| a.kind());
    let io = io.or_else(|| src.downcast_ref::<std::io::Error>().map(|e| e.kind()));
    assert_eq!(io, Some(std::io::ErrorKind::NotFound), "{src:?}");
    assert!(e.to_string().contains("no-such-folder"), "{e}");
}

#[test]
fn an_overlay_without_a_version_keeps_the_embedded_one() {
    let r = Registry::embedded()
        .extend_with_files([(
            "extra.toml",
            r#"
[[substance]]
id = "zz-extra"
name = "Zz-extra"
kind = "drug"
"#,
        )])
        .unwrap();
    assert_eq!(r.version(), controlled_substances::DATA_VERSION);
    assert_eq!(
        Registry::embedded().version(),
        controlled_substances::DATA_VERSION
    );
    assert!(r.substance("zz-extra").is_some());
}
