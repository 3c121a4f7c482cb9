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
        eprintln!(
            "skipped: {} not found (the reference data lives beside the checkout)",
            p.display()
        );
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
        let share = if total == 0 {
            0.0
        } else {
            self.hits as f64 / total as f64
        };
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
            Err(format!(
                "{}: {:.1}% is below {:.0}%",
                self.name,
                share * 100.0,
                self.bar * 100.0
            ))
        } else {
            Ok(())
        }
    }
}

fn controlled(query: &str, j: J, on: Date) -> bool {
    Registry::embedded()
        .verdict(query, j, on)
        .is_ok_and(|v| v.is_controlled())
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
            ob.record(controlled(&format!("DEA {code}"), J::US, today()), || {
                format!("DEA {code} {}", r["name"])
            });
        }
    }
    results.push(ob);

    let mut chem = Recall::new("US: DEA List I/II chemical codes", 0.98);
    let mut seen = std::collections::BTreeSet::new();
    for r in csv(&std::fs::read_to_string(csvdir.join("dea_precursors.csv")).unwrap()) {
        let code = r["dea_code"].trim().to_string();
        if code.len() == 4 && seen.insert(code.clone()) {
            chem.record(controlled(&format!("DEA {code}"), J::US, today()), || {
                format!("DEA {code} {}", r["name"])
            });
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
            eu.record(controlled(&cas, J::EU, today()), || {
                format!("{cas} {}", r["chemical_name"])
            });
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
            let h = after
                .split("<Label>")
                .nth(1)
                .and_then(|x| x.split('<').next())
                .unwrap_or("");
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
                let label = after[7..]
                    .split('<')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_string();
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

/// The CAS numbers (with a valid check digit) written anywhere in a text.
fn cas_numbers(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit() && b[i - 1] != b'-') {
            let mut j = i;
            while j < b.len() && (b[j].is_ascii_digit() || b[j] == b'-') {
                j += 1;
            }
            let tok = &text[i..j];
            if controlled_substances::CasNumber::looks_like(tok) && tok.contains('-') {
                if let Ok(c) = tok.parse::<controlled_substances::CasNumber>() {
                    out.push(c.to_string());
                }
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// The `<p>` texts of each `<tr>` row of the HTML tables in a markdown file.
fn html_rows(section: &str) -> Vec<Vec<String>> {
    section
        .split("<tr>")
        .skip(1)
        .map(|tr| {
            let tr = tr.split("</tr>").next().unwrap_or("");
            tr.split("<td")
                .skip(1)
                .map(|td| {
                    let inner = td.split("</td>").next().unwrap_or("");
                    let mut text = String::new();
                    // The segment starts inside the `<td ...>` tag.
                    let mut in_tag = true;
                    for c in inner.chars() {
                        match c {
                            '<' => in_tag = true,
                            '>' => in_tag = false,
                            c if !in_tag => text.push(c),
                            _ => {}
                        }
                    }
                    text.trim().to_string()
                })
                .collect()
        })
        .collect()
}

#[test]
fn china_recall_and_batches() {
    let Some(root) = reference() else { return };
    let dir = root.join("china-catalogues-2025-07");
    let reg = Registry::embedded();
    let mut cas = Recall::new("CN: catalogue CAS numbers (2013, 增补目录, 2025)", 0.98);
    let mut seen = std::collections::BTreeSet::new();
    for f in [
        "麻醉药品目录.md",
        "第一类精神药品目录.md",
        "第二类精神药品目录.md",
        "非药用类麻醉药品和精神药品管制品种增补目录.md",
        "structured-catalogue-2025.md",
        "overdrive-drug-scheduling.md",
    ] {
        let text = std::fs::read_to_string(dir.join(f)).unwrap();
        for c in cas_numbers(&text) {
            if seen.insert(c.clone()) {
                cas.record(controlled(&c, J::CN, today()), || format!("{c} ({f})"));
            }
        }
    }

    // Each 增补目录 batch: controlled on its date, and not the day before
    // unless another CN list already held it.
    let text =
        std::fs::read_to_string(dir.join("非药用类麻醉药品和精神药品管制品种增补目录.md")).unwrap();
    let mut batches = Recall::new("CN: 增补目录 entries controlled from their batch date", 1.0);
    for section in text.split("\n## ").skip(1) {
        let heading = section.lines().next().unwrap_or("");
        let Some(date) = zh_date(heading) else {
            continue;
        };
        for row in html_rows(section) {
            // Data rows: a row number, then a Chinese name (the files also hold
            // layout rows of zeros).
            if row.len() < 2
                || row[0].parse::<u32>().is_err()
                || row[1].chars().all(|c| c.is_ascii_digit())
            {
                continue;
            }
            let zh = row[1].as_str();
            let m = reg.lookup(zh).ok().flatten().or_else(|| {
                row.get(3)
                    .and_then(|c| cas_numbers(c).into_iter().next())
                    .and_then(|c| reg.lookup(&c).ok().flatten())
            });
            let ok = m.is_some_and(|m| {
                let on = reg.verdict_for(m.substance(), J::CN, date);
                let before = reg.verdict_for(m.substance(), J::CN, date.add_days(-1));
                on.is_controlled()
                    && (!before.is_controlled()
                        || before.listings().iter().all(|l| {
                            l.instrument().id() != "cn-nonmedical-supplementary"
                                || l.effective().not_after() < date
                        }))
            });
            batches.record(ok, || format!("{zh} ({date})"));
        }
    }
    let errors: Vec<String> = [cas, batches]
        .iter()
        .filter_map(|r| r.check().err())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

/// `（2015年10月1日起施行）` → 2015-10-01.
fn zh_date(heading: &str) -> Option<Date> {
    let (y, rest) = heading.split_once('年')?;
    let y: i32 = y
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .collect::<String>()
        .chars()
        .rev()
        .collect::<String>()
        .parse()
        .ok()?;
    let (m, rest) = rest.split_once('月')?;
    let (d, _) = rest.split_once('日')?;
    Date::new(y, m.parse().ok()?, d.parse().ok()?).ok()
}
