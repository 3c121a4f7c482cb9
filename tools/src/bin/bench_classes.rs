//! Class rules over the NCI sample: match counts, then timing. The Rust side
//! of `scripts/rdkit_classes_bench.py` (same molecules, same work).
//!
//! First run `python3 scripts/nci_formula_check.py target/nci_first_5k.tsv`
//! (needs `pip install rdkit`), then
//! `cargo run --release -p controlled-substances-tools --bin bench_classes -- target/nci_first_5k.tsv [REPS]`.
//! Prints how many molecules each rule matches (with the matches), then the
//! per-molecule time of parse + strip salts + the US and CN fentanyl rules
//! (the work `scripts/rdkit_classes_bench.py` does in RDKit), of
//! `match_all` alone, and of parse + strip + `match_all` (every rule,
//! the NpSG groups included).

use std::time::Instant;

use controlled_substances_structure::classes::{cn_fentanyl, match_all, us_fentanyl, RuleId};
use controlled_substances_structure::salts::strip_salts;
use controlled_substances_structure::smiles::parse;

const USAGE: &str = "usage: cargo run --release -p controlled-substances-tools --bin bench_classes -- PATH.tsv [REPS]\n\
    (write PATH.tsv first with: python3 scripts/nci_formula_check.py PATH.tsv)";

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("{USAGE}");
        std::process::exit(2);
    };
    let reps: usize = match args.next() {
        None => 20,
        Some(s) => match s.parse() {
            Ok(n) if n > 0 => n,
            _ => {
                eprintln!("REPS must be a positive whole number, not {s:?}\n{USAGE}");
                std::process::exit(2);
            }
        },
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}\n{USAGE}");
            std::process::exit(2);
        }
    };
    let rows: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split('\t').next())
        .filter(|s| !s.is_empty())
        .collect();
    if rows.is_empty() {
        eprintln!("{path} holds no SMILES\n{USAGE}");
        std::process::exit(2);
    }

    // 1. match counts
    let mut counts = [0usize; RuleId::ALL.len()];
    let mut parents_only = [0usize; RuleId::ALL.len()];
    let mut parsed = 0usize;
    for s in &rows {
        let Ok(m) = parse(s) else { continue };
        parsed += 1;
        for p in strip_salts(&m).parents {
            for hit in match_all(&p.molecule) {
                let k = RuleId::ALL.iter().position(|&r| r == hit.rule).unwrap_or(0);
                if hit.is_parent {
                    parents_only[k] += 1;
                } else {
                    counts[k] += 1;
                }
                println!("match\t{}\t{}\t{}", hit.rule.id(), s, hit.explanation());
            }
        }
    }
    println!("molecules: {} rows, {} parsed", rows.len(), parsed);
    for (k, r) in RuleId::ALL.iter().enumerate() {
        println!(
            "{:34} members {:4}   reference substance itself {:4}",
            r.id(),
            counts[k],
            parents_only[k]
        );
    }

    // 2. timing: parse + strip + US + CN fentanyl rules
    let mut sink = 0usize;
    let t = Instant::now();
    for _ in 0..reps {
        for s in &rows {
            if let Ok(m) = parse(s) {
                for p in strip_salts(&m).parents {
                    sink += usize::from(us_fentanyl::matches(&p.molecule).is_some());
                    sink += usize::from(cn_fentanyl::matches(&p.molecule).is_some());
                }
            }
        }
    }
    let per = t.elapsed().as_secs_f64() * 1e6 / (reps * rows.len()) as f64;
    println!("parse + strip + US + CN fentanyl rules: {per:.2} µs/molecule");

    let mols: Vec<_> = rows
        .iter()
        .filter_map(|s| parse(s).ok())
        .flat_map(|m| strip_salts(&m).parents.into_iter().map(|p| p.molecule))
        .collect();
    let t = Instant::now();
    for _ in 0..reps {
        for m in &mols {
            sink += usize::from(us_fentanyl::matches(m).is_some());
            sink += usize::from(cn_fentanyl::matches(m).is_some());
        }
    }
    let per = t.elapsed().as_secs_f64() * 1e6 / (reps * mols.len()) as f64;
    println!("US + CN fentanyl rules only:            {per:.2} µs/molecule");
    let t = Instant::now();
    for _ in 0..reps {
        for m in &mols {
            sink += match_all(m).len();
        }
    }
    let per = t.elapsed().as_secs_f64() * 1e6 / (reps * mols.len()) as f64;
    println!(
        "match_all ({} rules) only:              {per:.2} µs/molecule",
        RuleId::ALL.len()
    );
    let t = Instant::now();
    for _ in 0..reps {
        for s in &rows {
            if let Ok(m) = parse(s) {
                for p in strip_salts(&m).parents {
                    sink += match_all(&p.molecule).len();
                }
            }
        }
    }
    let per = t.elapsed().as_secs_f64() * 1e6 / (reps * rows.len()) as f64;
    println!("parse + strip + match_all:              {per:.2} µs/molecule");
    println!("(sink {sink})");
}
