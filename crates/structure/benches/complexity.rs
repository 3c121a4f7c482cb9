//! Bounded work: `analyze` on large and repetitive inputs (issue 14).
//!
//! Every case must stay well under 5 ms in release, and time must grow no
//! worse than `n log n` from 64 to 1,999 waters. Run with
//! `cargo bench -p controlled-substances-structure --bench complexity`.
//!
//! One run (2026-12-01, shared 2-core machine, load ~3; `--warm-up-time 1
//! --measurement-time 4`), median, and instructions per `analyze` from
//! `valgrind --tool=callgrind` (steadier), against the engine before
//! issue 14:
//!
//! | input | median | instructions | before |
//! |---|---|---|---|
//! | water ×64 | 15.8 µs | 0.077 M | 2.2 M |
//! | water ×512 | 84.5 µs | 0.48 M | 113 M (~50 ms) |
//! | water ×1,999 | 325 µs | 1.79 M | (833 ms) |
//! | HCl ×341 | 45.1 µs | 0.33 M | 50 M |
//! | `C` ×1,024 | 830 µs | 4.7 M | 516 M (23 ms) |
//! | ring of 2,000 | 1.37 ms | 9.1 M | — |
//! | fentanyl ×25 | 284 µs | 2.4 M | 6.9 M |
//!
//! Water ×64 → ×1,999 is 31× the input for 21× the time (23× the
//! instructions), under `n log n` (57×).

use std::hint::black_box;

use controlled_substances_structure::identity::analyze;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const FENTANYL: &str = "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1";

fn joined(unit: &str, n: usize) -> String {
    vec![unit; n].join(".")
}

fn cases() -> Vec<(String, String)> {
    let ring = format!("C1{}C1", "C".repeat(1_998));
    vec![
        ("water x64".into(), joined("O", 64)),
        ("water x512".into(), joined("O", 512)),
        ("water x1999".into(), joined("O", 1_999)),
        ("HCl x341".into(), format!("{}Cl", "Cl.".repeat(340))),
        ("C x1024 chain".into(), "C".repeat(1_024)),
        ("ring of 2000".into(), ring),
        ("fentanyl x25".into(), joined(FENTANYL, 25)),
    ]
}

fn complexity(c: &mut Criterion) {
    let mut g = c.benchmark_group("analyze");
    for (name, smiles) in cases() {
        // Every case is a valid input within the limits.
        assert!(analyze(&smiles).is_ok(), "{name}");
        g.throughput(Throughput::Bytes(smiles.len() as u64));
        g.bench_function(name.as_str(), |b| b.iter(|| analyze(black_box(&smiles))));
    }
    g.finish();
}

criterion_group!(benches, complexity);
criterion_main!(benches);
