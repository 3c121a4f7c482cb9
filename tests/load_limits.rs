//! Datasets past 65,536 records of a kind load and answer correctly: every
//! index is 32 bits wide, so nothing wraps around (issue 14).
#![cfg(feature = "load")]

use std::fmt::Write;

use controlled_substances::{CasNumber, Date, Jurisdiction as J, Registry, Status};

const N: usize = 100_000;

/// A valid CAS number for `i` (distinct for distinct `i`, no leading zero).
fn cas(i: usize) -> CasNumber {
    let body = 100_000 + i as u64;
    (0..10)
        .find_map(|d| CasNumber::from_u64(body * 10 + d).ok())
        .expect("one check digit fits")
}

/// 100,000 instruments (the first half GB, the rest CN), one substance with
/// 100,000 names and 100,000 salts, and listings on instruments past 65,536.
fn big_dataset() -> String {
    let mut t = String::with_capacity(16 << 20);
    // Top-level keys first: after a [[table]] header they would belong to it.
    t.push_str("version = \"big\"\n");
    t.push_str("instrument = [\n");
    for i in 0..N {
        let j = if i < N / 2 { "GB" } else { "CN" };
        let _ = writeln!(
            t,
            "{{ id = \"i{i}\", jurisdiction = \"{j}\", name = \"List {i}\", short = \"L{i}\", kind = \"drugs\" }},"
        );
    }
    t.push_str("]\n");
    for (code, name) in [("GB", "United Kingdom"), ("CN", "China")] {
        let _ = writeln!(
            t,
            "[[jurisdiction]]\ncode = \"{code}\"\nname = \"{name}\"\ndata_as_of = \"2026-01-01\"\ncoverage = \"complete\""
        );
    }
    t.push_str(
        "[[substance]]\nid = \"many\"\nname = \"Manyname\"\nkind = \"drug\"\nnames.en = [\n",
    );
    for i in 0..N {
        let _ = writeln!(t, "\"zzname{i}\",");
    }
    t.push_str("]\nsalts = [\n");
    for i in 0..N {
        let _ = writeln!(t, "{{ form = \"salt{i}\", cas = \"{}\" }},", cas(i));
    }
    t.push_str("]\n");
    for (inst, schedule) in [
        ("i70000", "Cat 7"),
        ("i99999", "Cat 9"),
        ("i4464", "Class B"),
    ] {
        let _ = writeln!(
            t,
            "[[listing]]\nsubstance = \"many\"\ninstrument = \"{inst}\"\nschedule = \"{schedule}\"\neffective = \"2020-01-01\"\ncitation = [\"c\"]\nsource = \"s\""
        );
    }
    t
}

#[test]
fn a_dataset_past_u16_indexes_answers_correctly() {
    let text = big_dataset();
    let r = Registry::load_files([("big.toml", text.as_str())]).unwrap();
    assert_eq!(r.instruments().len(), N);
    let s = r.substance("many").unwrap();
    assert_eq!(s.names().len(), N + 1);
    assert_eq!(s.salts().len(), N);

    // Instruments: each listing is on its own instrument, in its jurisdiction.
    let mut on: Vec<(String, String)> = r
        .listings_of(s)
        .iter()
        .map(|l| {
            let i = r.instrument_of(l);
            assert_eq!(i.jurisdiction(), l.jurisdiction());
            (i.id().to_string(), l.jurisdiction().to_string())
        })
        .collect();
    on.sort();
    assert_eq!(
        on,
        [
            ("i4464".to_string(), "GB".to_string()),
            ("i70000".into(), "CN".into()),
            ("i99999".into(), "CN".into())
        ]
    );
    let day = Date::new(2021, 1, 1).unwrap();
    let v = r.verdict("Manyname", J::CN, day).unwrap();
    assert_eq!(v.status(), Status::Controlled);
    let mut cn: Vec<&str> = v.listings().iter().map(|l| l.instrument().id()).collect();
    cn.sort();
    assert_eq!(cn, ["i70000", "i99999"]);
    let v = r.verdict("Manyname", J::GB, day).unwrap();
    let gb: Vec<&str> = v.listings().iter().map(|l| l.instrument().id()).collect();
    assert_eq!(gb, ["i4464"]);
    assert_eq!(v.listings()[0].schedule(), "Class B");

    // Names: the last ones are themselves, not a name 65,536 places earlier.
    for i in [0, 4463, 65_535, 65_536, 69_999, N - 1] {
        let q = format!("zzname{i}");
        let m = r.lookup(&q).unwrap().unwrap();
        match m.matched_by() {
            controlled_substances::MatchedBy::Name(n) => assert_eq!(n.text(), q),
            other => panic!("{q}: {other:?}"),
        }
    }

    // Salts: #65,535 is a salt (not the "no salt" sentinel), and the last one is itself.
    for i in [0, 65_534, 65_535, 65_536, N - 1] {
        let m = r.lookup(&cas(i).to_string()).unwrap().unwrap();
        assert_eq!(m.substance().id(), "many");
        assert_eq!(m.salt(), Some(format!("salt{i}").as_str()), "salt #{i}");
    }
}
