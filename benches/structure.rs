//! Structure speed per molecule, over a fixed list of 50 SMILES (drugs,
//! salts, fentanyl analogues and NCI-like molecules): parse; parse + strip
//! salts; parse + strip + the US and CN fentanyl rules; and a full
//! `identify` through the embedded registry (parse, strip, canonical key,
//! lookup, all four class rules).
//!
//! `cargo bench --bench structure`. Each group runs over the whole list per
//! iteration and reports throughput in molecules: the time per molecule is
//! the iteration time divided by the list length.

use std::hint::black_box;

use controlled_substances::Registry;
use controlled_substances_structure::classes::{cn_fentanyl, us_fentanyl};
use controlled_substances_structure::salts::strip_salts;
use controlled_substances_structure::smiles::parse;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// 50 SMILES: listed drugs and precursors, salts and hydrates, fentanyl
/// analogues (listed, novel and near misses), nitazenes and cannabinoids, and
/// molecules from RDKit's NCI sample.
const MOLECULES: [&str; 50] = [
    // drugs and precursors
    "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
    "COC(=O)[C@H]1[C@@H](OC(=O)c2ccccc2)C[C@@H]2CC[C@H]1N2C",
    "CN1CC[C@]23c4c5ccc(O)c4O[C@H]2[C@@H](O)C=C[C@H]3[C@H]1C5",
    "CC(=O)Oc1ccc2c3c1O[C@H]1[C@@H](OC(C)=O)C=C[C@H]4[C@@H](C2)N(C)CC[C@@]341",
    "CCOC(=O)C1(c2ccccc2)CCN(C)CC1",
    "CN[C@@H](C)[C@H](O)c1ccccc1",
    "CC(CC1=CC=CC=C1)NC",
    "C(Cc1ccccc1)N1CCC(CC1)Nc1ccccc1",
    "O=C1CCN(CCc2ccccc2)CC1",
    "CC(C)(C)OC(=O)N1CCC(CC1)Nc1ccccc1",
    "CCC1(c2ccccc2)C(=O)NC(=O)NC1=O",
    "CN1C(=O)CN=C(c2ccccc2)c2cc(Cl)ccc21",
    // salts, solvates
    "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.OC(=O)CC(O)(CC(O)=O)C(O)=O",
    "CCC(=O)N(c1ccccc1)C1CC[NH+](CCc2ccccc2)CC1.[Cl-]",
    "COC(=O)C1C(OC(=O)c2ccccc2)CC2CCC1N2C.Cl",
    "CN1CC[C@]23c4c5ccc(O)c4O[C@H]2[C@@H](O)C=C[C@H]3[C@H]1C5.OS(=O)(=O)O.O.O.O.O.O",
    "CC(N)Cc1ccccc1.CC(N)Cc1ccccc1.OS(=O)(=O)O",
    "CCN(CC)CCn1c(Cc2ccc(OC(C)C)cc2)nc2cc([N+](=O)[O-])ccc21.Cl",
    "CCCCC(CC)C(=O)[O-].[Na+]",
    "O=C(O)/C=C\\C(=O)O.CN1CCN(C(c2ccccc2)c2ccccc2)CC1",
    // fentanyl analogues: listed, novel, near misses
    "CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCN(CCc2ccccc2)CC1",
    "CCC(=O)N(c1ccccc1)C1(COC)CCN(CCc2cccs2)CC1",
    "CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCN(CCC(=O)OC)CC1",
    "O=C(c1ccco1)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
    "CC(C)C(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1",
    "CCCC(=O)N(c1ccc(F)cc1)C1CCN(C(C)Cc2ccsc2)CC1C",
    "CCC(=O)N(C1=CC=CC=C1)C2CCN(CCC3=CC=CC=C3)CC2",
    "CCC(=O)N(c1ccccc1)C1CCN(Cc2ccccc2)CC1",
    "CCC(=S)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
    "CCC(=O)N(c1ccccc1)C1CCNCC1",
    "CN(C)C(=O)C(CCN1CCC(O)(c2ccc(Cl)cc2)CC1)(c1ccccc1)c1ccccc1",
    "OC1(c2ccc(Cl)cc2)CCN(CCCC(=O)c2ccc(F)cc2)CC1",
    // nitazenes, cannabinoids
    "CCOc1ccc(Cc2nc3cc([N+](=O)[O-])ccc3n2CCN(CC)CC)cc1",
    "CCCOc1ccc(C(C)c2nc3cc(C(F)(F)F)ccc3n2CCN2CCCC2)cc1",
    "CCCCCn1cc(C(=O)c2cccc3ccccc23)c2ccccc21",
    "COC(=O)C(NC(=O)c1nn(CCCCCF)c2ccccc12)C(C)(C)C",
    "CCCCCCC(C)(C)c1ccc(C2CCCC(O)C2)c(O)c1",
    "CCCCCc1cc(O)c2c(c1)OC(C)(C)[C@@H]1CCC(C)=C[C@@H]21",
    // NCI-like
    "CCOP(=O)(CC)OCC",
    "CC1=CC=CC(=C1)C=O",
    "CN(C)CC1=CC(=CC=C1O)C(C)(C)CC(C)(C)C",
    "CCCC[CH](CC)C=CC1=NC2=C(C=CC=C2)C=C1",
    "C1=CC=C(C=C1)C2=CC(=NC(=C2)C3=CC=CN=C3)C4=CC=CN=C4",
    "NC1=NC(=NC(=N1)N)CCC(CCC2=NC(=NC(=N2)N)N)(C#N)C3=CC=CC=C3",
    "CCCCOB(OCCCC)OCCCC",
    "[O-][N+](=O)C1=CC2=C(CC3=C2C=CC=C3)C=C1",
    "CCOC(=O)COC(=O)C1=C(C=CC=C1)C(=O)OC",
    "OC(=O)C1=C(C=CC=C1)C2=C3C=CC(=O)C(=C3OC4=C2C=CC(=C4I)O)I",
    "CN(C)C(=S)SSC(=S)N(C)C",
    "BrC1=CC(=CC(=C1)NNC2=CC(=CC(=C2)Br)Br)Br",
];

fn benches(c: &mut Criterion) {
    // Every molecule must parse: a broken list would time errors.
    for s in MOLECULES {
        assert!(parse(s).is_ok(), "{s}");
    }
    let n = MOLECULES.len() as u64;
    let registry = Registry::embedded();
    let queries: Vec<String> = MOLECULES.iter().map(|s| format!("smiles:{s}")).collect();

    let mut g = c.benchmark_group("structure (per molecule)");
    g.throughput(Throughput::Elements(n));
    g.bench_function("parse", |b| {
        b.iter(|| {
            for s in MOLECULES {
                black_box(parse(black_box(s)).unwrap());
            }
        })
    });
    g.bench_function("parse + strip salts", |b| {
        b.iter(|| {
            for s in MOLECULES {
                let m = parse(black_box(s)).unwrap();
                black_box(strip_salts(&m));
            }
        })
    });
    g.bench_function("parse + strip + US and CN fentanyl rules", |b| {
        b.iter(|| {
            let mut hits = 0usize;
            for s in MOLECULES {
                let m = parse(black_box(s)).unwrap();
                for p in strip_salts(&m).parents {
                    hits += usize::from(us_fentanyl::matches(&p.molecule).is_some());
                    hits += usize::from(cn_fentanyl::matches(&p.molecule).is_some());
                }
            }
            black_box(hits)
        })
    });
    g.bench_function("identify through the registry", |b| {
        b.iter(|| {
            for q in &queries {
                black_box(registry.resolve(black_box(q)).unwrap());
            }
        })
    });
    g.finish();

    // Single molecules, for scale.
    let fentanyl_citrate = queries[12].as_str();
    c.bench_function("identify: fentanyl citrate", |b| {
        b.iter(|| registry.resolve(black_box(fentanyl_citrate)).unwrap())
    });
    let novel = queries[25].as_str();
    c.bench_function("identify: novel fentanyl analogue (A–E)", |b| {
        b.iter(|| registry.resolve(black_box(novel)).unwrap())
    });
}

/// The worst inputs within the documented limits, through a full
/// `verdicts` call in every jurisdiction: each must stay well under 5 ms in
/// a release build, and time must grow no worse than n log n with size.
fn worst_inputs(c: &mut Criterion) {
    let registry = Registry::embedded();
    let date = controlled_substances::Date::new(2026, 1, 1).unwrap();
    let join = |unit: &str, n: usize| format!("smiles:{}", vec![unit; n].join("."));
    let ring = format!("smiles:C1{}C1", "C".repeat(1_998));
    let fentanyl = "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1";
    let cases = [
        ("water x64", join("O", 64)),
        ("water x512", join("O", 512)),
        ("water x1999", join("O", 1_999)),
        ("HCl x341", join("Cl", 341)),
        ("C x1024", format!("smiles:{}", "C".repeat(1_024))),
        ("ring of 2000", ring),
        ("fentanyl x25", join(fentanyl, 25)),
    ];
    let mut g = c.benchmark_group("worst inputs: verdicts in every jurisdiction");
    for (name, q) in &cases {
        g.bench_function(*name, |b| {
            b.iter(|| black_box(registry.verdicts(black_box(q), date).unwrap()))
        });
    }
    g.finish();
}

criterion_group!(structure, benches, worst_inputs);
criterion_main!(structure);
