//! Class membership: cycles are problems, and membership is transitive (a
//! member of a class whose parent class is listed falls under that listing).
#![cfg(feature = "load")]

use controlled_substances::{Date, Jurisdiction as J, LoadError, Registry, Status};

const BASE: &str = r#"
version = "t"
[[jurisdiction]]
code = "US"
name = "United States"
data_as_of = "2026-01-01"
[[instrument]]
id = "us-csa"
jurisdiction = "US"
name = "CSA"
short = "CSA"
kind = "drugs"
"#;

fn class(id: &str, classes: &[&str]) -> String {
    format!(
        "[[substance]]\nid = \"{id}\"\nname = \"{id}\"\nkind = \"class\"\ndefinition.en = \"the {id} class\"\nclasses = {classes:?}\n"
    )
}

fn messages(files: &[(&str, &str)]) -> Vec<(String, String, String)> {
    match Registry::load_files(files.iter().copied()) {
        Err(LoadError::Invalid(p)) => p
            .into_iter()
            .map(|p| (p.record, p.field, p.message))
            .collect(),
        Err(e) => panic!("{e}"),
        Ok(_) => panic!("loaded despite a cycle"),
    }
}

#[test]
fn class_cycles_are_problems() {
    let two = class("a", &["b"]) + &class("b", &["a"]);
    let p = messages(&[("base.toml", BASE), ("two.toml", &two)]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].1, "classes");
    assert!(
        p[0].2.contains("cycle") && p[0].2.contains("\"a\" → \"b\" → \"a\""),
        "{p:?}"
    );

    let own = class("self", &["self"]);
    let p = messages(&[("base.toml", BASE), ("own.toml", &own)]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].0.contains("\"self\""), "{p:?}");
    assert!(p[0].2.contains("\"self\" → \"self\""), "{p:?}");

    // A longer cycle, reached from a member outside it.
    let three = class("x", &["y"])
        + &class("y", &["z"])
        + &class("z", &["x"])
        + "[[substance]]\nid = \"m\"\nname = \"M\"\nkind = \"drug\"\nclasses = [\"x\"]\n";
    let p = messages(&[("base.toml", BASE), ("three.toml", &three)]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].2.contains("\"x\" → \"y\" → \"z\" → \"x\""), "{p:?}");
}

#[test]
fn membership_is_transitive() {
    // member → child class → parent class → grandparent class; only the
    // grandparent is listed.
    let data = class("grandparent", &[])
        + &class("parent", &["grandparent"])
        + &class("child", &["parent"])
        + r#"
[[substance]]
id = "member"
name = "Memberine"
kind = "drug"
classes = ["child"]
[[substance]]
id = "outsider"
name = "Outsiderine"
kind = "drug"
reviewed_in = ["US"]
[[listing]]
substance = "grandparent"
instrument = "us-csa"
schedule = "I"
effective = "2020-01-01"
added = true
citation = ["1 FR 1"]
source = "test"
"#;
    let r = Registry::load_files([("base.toml", BASE), ("classes.toml", &data)]).unwrap();
    let member = r.substance("member").unwrap();
    let classes: Vec<&str> = r.classes_of(member).map(|c| c.id()).collect();
    assert_eq!(classes, ["child", "parent", "grandparent"]);
    let v = r
        .verdict("Memberine", J::US, Date::new(2021, 1, 1).unwrap())
        .unwrap();
    assert_eq!(v.status(), Status::Controlled);
    assert_eq!(v.listings()[0].subject().id(), "grandparent");
    let v = r
        .verdict("Outsiderine", J::US, Date::new(2021, 1, 1).unwrap())
        .unwrap();
    assert_eq!(v.status(), Status::NotControlled);

    // An overlay keeps the closure.
    let r2 = r.extend_with_files([("none.toml", "")]).unwrap();
    let classes: Vec<&str> = r2
        .classes_of(r2.substance("member").unwrap())
        .map(|c| c.id())
        .collect();
    assert_eq!(classes, ["child", "parent", "grandparent"]);
}

#[test]
fn names_records_merge_without_duplicates() {
    let data = r#"
[[substance]]
id = "delta"
name = "Deltamine"
kind = "drug"
names.zh = ["德尔塔"]
cas = "50-00-0"
[[names]]
substance = "delta"
zh = ["德尔塔", "德尔塔胺"]
en = ["Deltamine", "Delta base"]
other_cas = ["50-00-0", "64-17-5"]
source = "test"
[[names]]
substance = "delta"
en = ["Delta base"]
other_cas = ["64-17-5"]
source = "test"
"#;
    let r = Registry::load_files([("base.toml", BASE), ("d.toml", data)]).unwrap();
    let s = r.substance("delta").unwrap();
    let names: Vec<(&str, &str, controlled_substances::NameKind)> = s
        .names()
        .iter()
        .map(|n| (n.lang(), n.text(), n.kind()))
        .collect();
    use controlled_substances::NameKind::*;
    assert_eq!(
        names,
        [
            ("en", "Deltamine", Preferred),
            ("zh", "德尔塔", Preferred),
            ("en", "Delta base", Synonym),
            ("zh", "德尔塔胺", Synonym),
        ]
    );
    let other: Vec<String> = s.other_cas().iter().map(|c| c.to_string()).collect();
    assert_eq!(other, ["64-17-5"]);
}
