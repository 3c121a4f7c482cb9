//! Compares this crate's structure reader with RDKit on RDKit's NCI sample.
//!
//! First run `python3 scripts/nci_formula_check.py target/nci_first_5k.tsv`
//! (needs `pip install rdkit`), then
//! `cargo run --release -p controlled-substances-tools --bin nci_check -- target/nci_first_5k.tsv`.
//! Reports parse rate, formula agreement and canonical-key agreement between
//! each original SMILES and RDKit's randomized-atom-order SMILES.

use std::time::Instant;

use controlled_substances_structure::canonical::canonical_smiles;
use controlled_substances_structure::formula::molecular_formula;
use controlled_substances_structure::salts::strip_salts;
use controlled_substances_structure::smiles::parse;

const USAGE: &str =
    "usage: cargo run --release -p controlled-substances-tools --bin nci_check -- PATH.tsv\n\
    (write PATH.tsv first with: python3 scripts/nci_formula_check.py PATH.tsv)";

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("{USAGE}");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}\n{USAGE}");
            std::process::exit(2);
        }
    };
    let verbose = std::env::var_os("NCI_VERBOSE").is_some();
    let (mut total, mut parsed, mut formula_ok) = (0usize, 0usize, 0usize);
    let (mut rnd_total, mut rnd_ok, mut roundtrip_ok, mut roundtrip_total) = (0, 0, 0, 0);
    let (mut kek_total, mut kek_ok) = (0usize, 0usize);
    let mut rows: Vec<&str> = Vec::new();
    for line in text.lines() {
        let mut cols = line.split('\t');
        let (Some(smi), Some(rd_formula)) = (cols.next(), cols.next()) else {
            continue;
        };
        let rnd = cols.next().unwrap_or("");
        let kek = cols.next().unwrap_or("");
        total += 1;
        rows.push(smi);
        let m = match parse(smi) {
            Ok(m) => m,
            Err(e) => {
                if verbose {
                    println!("PARSE\t{smi}\t{e}");
                }
                continue;
            }
        };
        parsed += 1;
        let f = molecular_formula(&m);
        if f == rd_formula {
            formula_ok += 1;
        } else if verbose {
            println!("FORMULA\t{smi}\t{f}\t{rd_formula}");
        }
        let can = canonical_smiles(&m);
        roundtrip_total += 1;
        match parse(&can) {
            Ok(m2) if canonical_smiles(&m2) == can => roundtrip_ok += 1,
            Ok(m2) => {
                if verbose {
                    println!("ROUNDTRIP\t{smi}\t{can}\t{}", canonical_smiles(&m2));
                }
            }
            Err(e) => {
                if verbose {
                    println!("ROUNDTRIP-PARSE\t{smi}\t{can}\t{e}");
                }
            }
        }
        if !kek.is_empty() {
            kek_total += 1;
            match parse(kek) {
                Ok(r) if canonical_smiles(&r) == can => kek_ok += 1,
                Ok(r) => {
                    if verbose {
                        println!("KEKULE\t{smi}\t{kek}\t{can}\t{}", canonical_smiles(&r));
                    }
                }
                Err(e) => {
                    if verbose {
                        println!("KEKULE-PARSE\t{smi}\t{kek}\t{e}");
                    }
                }
            }
        }
        if !rnd.is_empty() {
            rnd_total += 1;
            match parse(rnd) {
                Ok(r) if canonical_smiles(&r) == can => rnd_ok += 1,
                Ok(r) => {
                    if verbose {
                        println!("KEY\t{smi}\t{rnd}\t{can}\t{}", canonical_smiles(&r));
                    }
                }
                Err(e) => {
                    if verbose {
                        println!("KEY-PARSE\t{smi}\t{rnd}\t{e}");
                    }
                }
            }
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!("molecules parsed by RDKit:        {total}");
    println!(
        "parsed here:                      {parsed} ({:.2}%)",
        pct(parsed, total)
    );
    println!(
        "formula equal to RDKit:           {formula_ok} ({:.2}% of RDKit-parsed)",
        pct(formula_ok, total)
    );
    println!(
        "canonical key equal (randomized): {rnd_ok}/{rnd_total} ({:.2}%)",
        pct(rnd_ok, rnd_total)
    );
    println!(
        "canonical key equal (rnd Kekulé): {kek_ok}/{kek_total} ({:.2}%)",
        pct(kek_ok, kek_total)
    );
    println!(
        "canonical SMILES round trip:      {roundtrip_ok}/{roundtrip_total} ({:.2}%)",
        pct(roundtrip_ok, roundtrip_total)
    );
    // Timing: parse + salt stripping + formula over all rows.
    let reps = 5;
    let start = Instant::now();
    let mut sink = 0usize;
    for _ in 0..reps {
        for smi in &rows {
            if let Ok(m) = parse(smi) {
                let s = strip_salts(&m);
                for p in &s.parents {
                    sink += molecular_formula(&p.molecule).len();
                }
            }
        }
    }
    let per = start.elapsed().as_secs_f64() * 1e6 / (reps * rows.len().max(1)) as f64;
    println!("parse + strip + formula:          {per:.2} µs/molecule (sink {sink})");
    let start = Instant::now();
    for smi in &rows {
        if let Ok(m) = parse(smi) {
            sink += canonical_smiles(&m).len();
        }
    }
    let per = start.elapsed().as_secs_f64() * 1e6 / rows.len().max(1) as f64;
    println!("parse + canonical SMILES:         {per:.2} µs/molecule (sink {sink})");
}
