//! Recall against the public reference data in `../shared/reference` (see its
//! SOURCES.md): how much of each official list comes out controlled in the
//! right jurisdiction, through the crate's own lookups and verdicts. Each
//! measure fails below its bar; the whole test is skipped, with a message,
//! when the reference folder is absent.
//!
//! "Today" is fixed at the data release date so the figures do not drift.

use std::collections::BTreeMap;
use std::path::PathBuf;

use controlled_substances::{Date, Jurisdiction as J, Registry};

const TODAY: &str = "2026-11-28";

fn reference() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/reference");
    if p.join("SOURCES.md").exists() {
        Some(p)
    } else {
        eprintln!("skipped: {} not found (the reference data lives beside the checkout)", p.display());
        None
    }
}

/// A small CSV reader (RFC 4180: quoted fields, doubled quotes, line breaks in quotes).
fn csv(text: &str) -> Vec<BTreeMap<String, String>> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let (mut row, mut field, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            ('"', false) if field.is_empty() => quoted = true,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            ('\r', false) => {}
            (c, _) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    let header = rows.remove(0);
    rows.into_iter()
        .map(|r| header.iter().cloned().zip(r).collect())
        .collect()
}

struct Recall {
    name: &'static str,
    hits: usize,
    misses: Vec<String>,
    bar: f64,
}

impl Recall {
    fn new(name: &'static str, bar: f64) -> Recall {
        Recall {
            name,
            hits: 0,
            misses: Vec::new(),
            bar,
        }
    }
    fn record(&mut self, ok: bool, what: impl FnOnce() -> String) {
        if ok {
            self.hits += 1;
        } else {
            self.misses.push(what());
        }
    }
    fn check(&self) -> Result<(), String> {
        let total = self.hits + self.misses.len();
        let share = if total == 0 { 0.0 } else { self.hits as f64 / total as f64 };
        println!(
            "{:<48} {:>4}/{:<4} {:>6.1}%  (bar {:.0}%)",
            self.name,
            self.hits,
            total,
            share * 100.0,
            self.bar * 100.0
        );
        for m in self.misses.iter().take(20) {
            println!("    miss: {m}");
        }
        if total == 0 || share < self.bar {
            Err(format!("{}: {:.1}% is below {:.0}%", self.name, share * 100.0, self.bar * 100.0))
        } else {
            Ok(())
        }
    }
}

fn controlled(query: &str, j: J, on: Date) -> bool {
    Registry::embedded().verdict(query, j, on).is_ok_and(|v| v.is_controlled())
}

fn today() -> Date {
    TODAY.parse().unwrap()
}

#[test]
fn us_and_un_recall() {
    let Some(root) = reference() else { return };
    let csvdir = root.join("chemnet-hackathon-2026/csv");
    let mut results = Vec::new();

    let mut ob = Recall::new("US: DEA Orange Book codes (Apr 2026)", 0.98);
    let mut seen = std::collections::BTreeSet::new();
    for r in csv(&std::fs::read_to_string(csvdir.join("dea_orange_book.csv")).unwrap()) {
        let code = r["dea_code"].trim().to_string();
        if code.len() == 4 && seen.insert(code.clone()) {
            ob.record(controlled(&format!("DEA {code}"), J::US, today()), || format!("DEA {code} {}", r["name"]));
        }
    }
    results.push(ob);

    let mut chem = Recall::new("US: DEA List I/II chemical codes", 0.98);
    let mut seen = std::collections::BTreeSet::new();
    for r in csv(&std::fs::read_to_string(csvdir.join("dea_precursors.csv")).unwrap()) {
        let code = r["dea_code"].trim().to_string();
        if code.len() == 4 && seen.insert(code.clone()) {
            chem.record(controlled(&format!("DEA {code}"), J::US, today()), || format!("DEA {code} {}", r["name"]));
        }
    }
    results.push(chem);

    for (file, name) in [
        ("incb_yellow_list.csv", "UN: INCB Yellow List CAS (1961)"),
        ("incb_green_list.csv", "UN: INCB Green List CAS (1971)"),
        ("incb_red_list.csv", "UN: INCB Red List CAS (1988)"),
    ] {
        let mut rc = Recall::new(name, 0.98);
        let mut seen = std::collections::BTreeSet::new();
        for r in csv(&std::fs::read_to_string(csvdir.join(file)).unwrap()) {
            let cas = r["cas_number"].trim().to_string();
            if !cas.is_empty() && seen.insert(cas.clone()) {
                rc.record(controlled(&cas, J::UN, today()), || cas.clone());
            }
        }
        results.push(rc);
    }
    let errors: Vec<String> = results.iter().filter_map(|r| r.check().err()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn eu_and_uk_recall() {
    let Some(root) = reference() else { return };
    let csvdir = root.join("chemnet-hackathon-2026/csv");
    let mut eu = Recall::new("EU: precursor annex CAS (273/2004, 111/2005)", 0.98);
    let mut seen = std::collections::BTreeSet::new();
    for r in csv(&std::fs::read_to_string(csvdir.join("eu_uk_eu_precursors.csv")).unwrap()) {
        let cas = r["cas_number"].trim().to_string();
        if !cas.is_empty() && seen.insert(cas.clone()) {
            eu.record(controlled(&cas, J::EU, today()), || format!("{cas} {}", r["chemical_name"]));
        }
    }

    // The gov.uk list, by name, with the right class, on the list's own date.
    let list_date: Date = "2026-04-24".parse().unwrap();
    let reg = Registry::embedded();
    let mut uk = Recall::new("GB: gov.uk list names with the right class", 0.95);
    for r in csv(&std::fs::read_to_string(csvdir.join("eu_uk_uk_controlled_drugs.csv")).unwrap()) {
        if !r["source_url"].contains("gov.uk/government") {
            continue;
        }
        let name = r["drug_name"].trim();
        if !uk_name_is_whole(name) {
            continue;
        }
        let want = format!("Class {}", r["class"].trim());
        let ok = uk_candidates(name).iter().any(|c| {
            reg.lookup(c).ok().flatten().is_some_and(|m| {
                reg.verdict_for(m.substance(), J::GB, list_date)
                    .listings()
                    .iter()
                    .any(|l| l.instrument().id() == "gb-mda-1971" && l.schedule() == want)
            })
        });
        uk.record(ok, || format!("{name} ({want})"));
    }
    let errors: Vec<String> = [eu, uk].iter().filter_map(|r| r.check().err()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

/// False where the reference parser cut a name short (a fragment of a wrapped line).
fn uk_name_is_whole(n: &str) -> bool {
    n.chars().count() >= 3
        && !n.starts_with(['-', ',', ']'])
        && !n.ends_with(['-', '[', '(', ':'])
        && ![" and", " an", " of"].iter().any(|e| n.ends_with(e))
        && n.matches('(').count() == n.matches(')').count()
        && n.matches('[').count() == n.matches(']').count()
        && !n.contains("--")
        && !["Raw", "Prepared or medicinal", "Lysergide and other"].contains(&n)
}

/// The whole name, the name before a parenthesis, and the names inside it.
fn uk_candidates(name: &str) -> Vec<String> {
    let mut out = vec![name.to_string()];
    if let Some((head, rest)) = name.split_once(" (") {
        out.push(head.to_string());
        out.extend(head.split('/').map(str::to_string));
        let inner = rest.trim_end_matches(')');
        out.push(inner.to_string());
        out.extend(inner.split([',', ';']).map(|s| s.trim().to_string()));
    }
    out.retain(|s| s.chars().count() >= 2);
    out
}

/// Every item of the Canadian schedules I–IV, VI and IX (top level, not repealed)
/// must be in the data with its item number.
#[test]
fn canada_every_item_is_in_the_data() {
    let Some(root) = reference() else { return };
    let xml = std::fs::read_to_string(root.join("canada-justice-laws/C-38.8.xml")).unwrap();
    let reg = Registry::embedded();
    let codes: std::collections::BTreeSet<&str> = reg
        .listings()
        .iter()
        .filter(|l| l.jurisdiction() == J::CA)
        .filter_map(|l| l.code())
        .collect();
    let mut rc = Recall::new("CA: CDSA schedule items with their number", 1.0);
    let (mut schedule, mut part) = (String::new(), String::new());
    let mut depth = 0usize;
    let mut rest = xml.as_str();
    while let Some(i) = rest.find('<') {
        rest = &rest[i..];
        let end = rest.find('>').unwrap_or(rest.len() - 1);
        let tag = &rest[1..end];
        let after = &rest[end + 1..];
        let text_until = |close: &str| after.find(close).map(|k| &after[..k]).unwrap_or("");
        if tag.starts_with("ScheduleFormHeading") {
            let h = after.split("<Label>").nth(1).and_then(|x| x.split('<').next()).unwrap_or("");
            schedule = h.trim_start_matches("SCHEDULE").trim().to_string();
            part.clear();
            depth = 0;
        } else if tag.starts_with("TitleText") && schedule == "VI" {
            part = match text_until("<").trim() {
                "Class A Precursors" => "P1".into(),
                "Class B Precursors" => "P2".into(),
                "Preparations and Mixtures" => "P3".into(),
                _ => part,
            };
        } else if tag.starts_with("Item ") || tag == "Item" {
            depth += 1;
            let wanted = ["I", "II", "III", "IV", "VI", "IX"].contains(&schedule.as_str());
            if depth == 1 && wanted && after.starts_with("<Label>") {
                let label = after[7..].split('<').next().unwrap_or("").trim().to_string();
                let body = text_until("</Text>");
                if !body.contains("Repealed") {
                    let code = if schedule == "VI" {
                        format!("VI-{part}-{label}")
                    } else {
                        format!("{schedule}-{label}")
                    };
                    let ok = codes.contains(code.as_str())
                        || codes.iter().any(|c| c.starts_with(&format!("{code}(")));
                    rc.record(ok, || code.clone());
                }
            }
        } else if tag == "/Item" {
            depth = depth.saturating_sub(1);
        }
        rest = after;
    }
    rc.check().unwrap();
}
