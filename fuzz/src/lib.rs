//! The bodies of the fuzz targets, shared by the libFuzzer targets
//! (`fuzz_targets/`) and the stable smoke runner (`src/bin/smoke.rs`). Each
//! must never panic, and checks the properties that must hold for any input.

use controlled_substances::{
    CasNumber, Date, DateWindow, DeaCode, InchiKey, Jurisdiction, Registry,
};

/// Any text as a query: resolved once, judged in every jurisdiction.
pub fn verdicts(data: &[u8]) {
    let Ok(q) = std::str::from_utf8(data) else {
        return;
    };
    let r = Registry::embedded();
    let date = Date::new(2026, 1, 1).unwrap();
    if let Ok(id) = r.resolve(q) {
        for j in r.jurisdictions() {
            let v = r.judge(&id, j.code(), date);
            let _ = v.to_string();
        }
    }
}

/// Any text as a query: the verdicts, then suggestions for a short one.
pub fn query(data: &[u8]) {
    verdicts(data);
    let Ok(q) = std::str::from_utf8(data) else {
        return;
    };
    if q.len() <= 40 {
        let _ = Registry::embedded().suggest(q, 3);
    }
}

/// Any text as SMILES: analysis, and the canonical form reads back to the same key.
pub fn smiles(data: &[u8]) {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(rep) = controlled_substances_structure::analyze(s) else {
        return;
    };
    if rep.canonical.is_empty() {
        return;
    }
    if let Ok(again) = controlled_substances_structure::analyze(&rep.canonical) {
        assert_eq!(
            again.key, rep.key,
            "canonical {:?} of {s:?} reads back to another key",
            rep.canonical
        );
    }
}

/// Identifier and date parsers: whatever parses displays and parses back.
pub fn identifiers(data: &[u8]) {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(c) = s.parse::<CasNumber>() {
        assert_eq!(c.to_string().parse::<CasNumber>().ok(), Some(c), "{s:?}");
    }
    if let Ok(c) = s.parse::<DeaCode>() {
        assert_eq!(c.to_string().parse::<DeaCode>().ok(), Some(c), "{s:?}");
    }
    if let Ok(k) = s.parse::<InchiKey>() {
        assert_eq!(k.to_string().parse::<InchiKey>().ok(), Some(k), "{s:?}");
    }
    if let Ok(d) = s.parse::<Date>() {
        assert_eq!(d.to_string().parse::<Date>().ok(), Some(d), "{s:?}");
    }
    if let Ok(w) = s.parse::<DateWindow>() {
        assert_eq!(w.to_string().parse::<DateWindow>().ok(), Some(w), "{s:?}");
    }
    let _ = s.parse::<Jurisdiction>();
}

/// Any text as a dataset file.
pub fn load(data: &[u8]) {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let _ = Registry::load_files([("fuzz.toml", s)]);
}

/// Any text as a dataset file on top of the embedded data (slower: the
/// embedded registry is copied each time).
pub fn overlay(data: &[u8]) {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let _ = Registry::embedded().extend_with_files([("fuzz.toml", s)]);
}
