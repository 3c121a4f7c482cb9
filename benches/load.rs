//! Loading speed on generated datasets of 1,000,000 names, the shapes that
//! were quadratic before the duplicate checks used hash sets (issue 14):
//! many names on one substance (in its record and merged from `[[names]]`),
//! and one name shared by many substances.
//!
//! `cargo bench --bench load --features load`. Each iteration parses the
//! TOML text and builds the registry: it must take seconds, not minutes.

use std::fmt::Write;
use std::hint::black_box;
use std::time::Duration;

use controlled_substances::Registry;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const HEADER: &str = r#"
version = "bench"
[[jurisdiction]]
code = "US"
name = "United States"
data_as_of = "2026-01-01"
"#;

/// One substance with 600,000 names in its record (with its preferred name); a `[[names]]` record
/// adds 400,000 more and repeats 100,000 it already has (dropped).
fn one_substance() -> String {
    let mut t = String::from(HEADER);
    t.push_str("[[substance]]\nid = \"many\"\nname = \"Many\"\nkind = \"drug\"\nnames.en = [\n");
    for i in 1..600_000 {
        let _ = writeln!(t, "\"name {i}\",");
    }
    t.push_str("]\n[[names]]\nsubstance = \"many\"\nsource = \"bench\"\nen = [\n");
    for i in 500_000..1_000_000 {
        let _ = writeln!(t, "\"name {i}\",");
    }
    t.push_str("]\n");
    t
}

/// 100,000 substances with ten names each, one of them the same for all.
fn shared_name() -> String {
    let mut t = String::from(HEADER);
    for i in 0..100_000 {
        let _ = write!(
            t,
            "[[substance]]\nid = \"s{i}\"\nname = \"Substance {i}\"\nkind = \"drug\"\nnames.en = [\"common name\""
        );
        for k in 1..9 {
            let _ = write!(t, ", \"s{i} name {k}\"");
        }
        t.push_str("]\n");
    }
    t
}

fn benches(c: &mut Criterion) {
    let mut g = c.benchmark_group("load 1M names");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(20))
        .throughput(Throughput::Elements(1_000_000));
    for (label, text) in [
        ("one substance, record + [[names]]", one_substance()),
        ("100k substances sharing a name", shared_name()),
    ] {
        let r = Registry::load_files([("bench.toml", text.as_str())]).expect("the dataset loads");
        let names: usize = r.substances().iter().map(|s| s.names().len()).sum();
        assert_eq!(names, 1_000_000, "{label}");
        g.bench_function(label, |b| {
            b.iter(|| Registry::load_files([("bench.toml", black_box(text.as_str()))]).is_ok())
        });
    }
    g.finish();
}

criterion_group!(load, benches);
criterion_main!(load);
