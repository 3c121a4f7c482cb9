//! Recall against the German BtMG Anlagen I-III in `../shared/reference/germany-btmg`
//! (see SOURCES.md section 7 there): every entry that has an INN or a bold
//! trivial name in Spalte 2 must resolve by that name and come out controlled
//! in Germany today. Skipped, with a message, when the reference folder is absent.

use std::path::PathBuf;
use std::str::FromStr;

use controlled_substances::{lookup, Date, Jurisdiction, Registry, Status};

const BAR: f64 = 0.98;

fn reference() -> Option<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let p = root.join("../shared/reference/germany-btmg");
    // A checkout in a worktree folder one level deeper sees the same folder two levels up.
    let alt = root.join("../../shared/reference/germany-btmg");
    if p.join("anlage_i.tsv").exists() {
        Some(p)
    } else if alt.join("anlage_i.tsv").exists() {
        Some(alt)
    } else {
        eprintln!(
            "skipped: {} not found (the reference data lives beside the checkout)",
            p.display()
        );
        None
    }
}

/// The rows of one TSV extract as (column name, value) maps; the first line is the header.
fn tsv(text: &str) -> Vec<Vec<(String, String)>> {
    let mut lines = text.lines();
    let header: Vec<String> = match lines.next() {
        Some(h) => h.split('\t').map(str::to_string).collect(),
        None => return Vec::new(),
    };
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            header
                .iter()
                .cloned()
                .zip(l.split('\t').map(|v| v.trim().to_string()))
                .collect()
        })
        .collect()
}

fn field<'a>(row: &'a [(String, String)], key: &str) -> &'a str {
    row.iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
        .unwrap_or("")
}

#[test]
fn btmg_anlagen_recall() {
    let Some(dir) = reference() else { return };
    let de = Jurisdiction::from_str("DE").expect("DE is a jurisdiction code");
    let today = Date::today();
    let reg = Registry::embedded();
    let (mut hits, mut misses) = (0usize, Vec::new());
    for anlage in ["i", "ii", "iii"] {
        let text = std::fs::read_to_string(dir.join(format!("anlage_{anlage}.tsv"))).unwrap();
        for row in tsv(&text) {
            // The INN has precedence; without one, the bold Spalte-2 name is the unambiguous name.
            let name = match (field(&row, "inn"), field(&row, "bold_text")) {
                (inn, _) if !inn.is_empty() => inn,
                (_, bold) if !bold.is_empty() => bold,
                _ => continue,
            };
            let resolved = matches!(lookup(name), Ok(Some(_)));
            let status = reg.verdict(name, de, today).map(|v| v.status());
            if resolved && matches!(status, Ok(Status::Controlled)) {
                hits += 1;
            } else {
                misses.push(format!(
                    "Anlage {}: {name} (resolved: {resolved}, status: {status:?})",
                    anlage.to_uppercase()
                ));
            }
        }
    }
    let total = hits + misses.len();
    let share = hits as f64 / total.max(1) as f64;
    println!(
        "DE: BtMG Anlagen I-III by INN / bold name, controlled today: {hits}/{total} {:.1}% (bar {:.0}%)",
        share * 100.0,
        BAR * 100.0
    );
    for m in &misses {
        println!("    miss: {m}");
    }
    assert!(total > 0, "no entries with an INN or a bold name were read");
    assert!(
        share >= BAR,
        "{:.1}% of the BtMG entries come out controlled in DE, below {:.0}%",
        share * 100.0,
        BAR * 100.0
    );
}
