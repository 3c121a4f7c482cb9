//! Lookup and verdict speed over the embedded registry, against a plain
//! `HashMap` probe on the same normalised key, measured in the same run.
//!
//! `cargo bench --bench lookup`

use std::collections::HashMap;
use std::hint::black_box;

use controlled_substances::{normalize_name, Date, Jurisdiction, Registry};
use criterion::{criterion_group, criterion_main, Criterion};

fn benches(c: &mut Criterion) {
    let r = Registry::embedded();
    let on = Date::new(2026, 1, 1).unwrap();

    c.bench_function("build: Registry::embedded()", |b| {
        b.iter(|| black_box(Registry::embedded()).substances().len())
    });
    c.bench_function("build: Registry::embedded().clone()", |b| {
        b.iter(|| black_box(Registry::embedded().clone()))
    });

    c.bench_function("lookup: exact name \"fentanyl\"", |b| {
        b.iter(|| r.lookup(black_box("fentanyl")).unwrap())
    });
    c.bench_function("lookup: name variant \"4 anpp\"", |b| {
        b.iter(|| r.lookup(black_box("4 anpp")).unwrap())
    });
    c.bench_function("lookup: CAS \"21409-26-7\"", |b| {
        b.iter(|| r.lookup(black_box("21409-26-7")).unwrap())
    });
    c.bench_function("lookup: DEA 9801", |b| {
        b.iter(|| r.lookup(black_box("DEA 9801")).unwrap())
    });
    c.bench_function("verdict: 4-ANPP in CN", |b| {
        b.iter(|| {
            r.verdict(black_box("4-ANPP"), Jurisdiction::CN, on)
                .unwrap()
        })
    });
    c.bench_function("verdict: fentanyl in US", |b| {
        b.iter(|| {
            r.verdict(black_box("fentanyl"), Jurisdiction::US, on)
                .unwrap()
        })
    });

    // Baseline: a std HashMap from every normalised name to its substance,
    // probed with a key that is already normalised.
    let mut map: HashMap<String, usize> = HashMap::new();
    for (i, s) in r.substances().iter().enumerate() {
        for n in s.names() {
            map.entry(normalize_name(n.text())).or_insert(i);
        }
    }
    let key = normalize_name("fentanyl");
    c.bench_function("baseline: HashMap probe, normalised key", |b| {
        b.iter(|| map.get(black_box(key.as_str())))
    });
    let cas_map: HashMap<String, usize> = r
        .substances()
        .iter()
        .enumerate()
        .flat_map(|(i, s)| s.all_cas().map(move |c| (c.to_string(), i)))
        .collect();
    c.bench_function("baseline: HashMap probe, CAS text", |b| {
        b.iter(|| cas_map.get(black_box("21409-26-7")))
    });

    c.bench_function("suggest: \"carfentanyl\" (fuzzy, top 5)", |b| {
        b.iter(|| r.suggest(black_box("carfentanyl"), 5))
    });
}

criterion_group!(lookup, benches);
criterion_main!(lookup);
