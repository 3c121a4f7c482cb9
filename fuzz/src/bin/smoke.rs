//! Runs every fuzz target over a seed corpus made from data/ and a fixed
//! number of pseudo-random mutations of it, on stable Rust, without
//! coverage guidance: what CI can afford on every change.
//!
//! `cargo run --release --manifest-path fuzz/Cargo.toml --bin smoke -- [MUTATIONS [TARGET]]`

use std::time::Instant;

fn seeds() -> Vec<Vec<u8>> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut out: Vec<Vec<u8>> = Vec::new();
    let mut files = Vec::new();
    let mut stack = vec![root.join("data")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "toml") {
                files.push(p);
            }
        }
    }
    files.sort();
    for f in files {
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue;
        };
        // Every quoted string of the data: names, CAS numbers, codes, SMILES, dates.
        for part in text.split('"').skip(1).step_by(2) {
            if !part.is_empty() && part.len() < 400 {
                out.push(part.as_bytes().to_vec());
            }
        }
        // A record or two of each file, as loader input.
        out.push(text.as_bytes()[..text.len().min(4000)].to_vec());
    }
    for extra in [
        "",
        "smiles:",
        "O.O.O.O.O.O.O.O",
        "C1CC",
        "[2H]C",
        "c1ccccc1->[Fe]",
        "DEA 9801",
        "21409-26-7",
        "00000",
        "2018-02-30",
        "..2001-01-01",
    ] {
        out.push(extra.as_bytes().to_vec());
    }
    out.sort();
    out.dedup();
    out
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut v = seeds[rng.below(seeds.len())].clone();
    for _ in 0..1 + rng.below(4) {
        match rng.below(5) {
            0 if !v.is_empty() => {
                let i = rng.below(v.len());
                v[i] = rng.next() as u8;
            }
            1 => {
                let i = rng.below(v.len() + 1);
                const BYTES: &[u8] = b"()[]=#@+-.%0123456789CNOcnoSPFIBrl\\/:\"\n \x00";
                v.insert(i, BYTES[rng.below(BYTES.len())]);
            }
            2 if !v.is_empty() => {
                let i = rng.below(v.len());
                v.remove(i);
            }
            3 => {
                let other = &seeds[rng.below(seeds.len())];
                let i = rng.below(v.len() + 1);
                let tail = v.split_off(i);
                v.extend_from_slice(&other[..other.len().min(64)]);
                v.extend(tail);
            }
            _ if v.len() > 1 => {
                let i = rng.below(v.len());
                let n = (v.len() - i).min(1 + rng.below(8));
                let piece = v[i..i + n].to_vec();
                v.splice(i..i, piece);
            }
            _ => {}
        }
    }
    v
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2_000);
    let seeds = seeds();
    let targets: [(&str, fn(&[u8])); 6] = [
        ("verdicts", controlled_substances_fuzz::verdicts),
        ("query", controlled_substances_fuzz::query),
        ("smiles", controlled_substances_fuzz::smiles),
        ("identifiers", controlled_substances_fuzz::identifiers),
        ("load", controlled_substances_fuzz::load),
        ("overlay", controlled_substances_fuzz::overlay),
    ];
    let only = std::env::args().nth(2);
    for (name, f) in targets {
        if only.as_deref().is_some_and(|o| o != name) {
            continue;
        }
        let t = Instant::now();
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ name.len() as u64);
        // The loaders are the slowest: a tenth (load) and a hundredth (overlay) of the budget.
        let budget = match name {
            "load" => n / 10,
            "overlay" => n / 100,
            _ => n,
        };
        let mut worst = (std::time::Duration::ZERO, Vec::new());
        // Every seed for the cheap targets; an even sample of 2,000 for the others.
        let step = match name {
            "query" | "verdicts" => (seeds.len() / 1_000).max(1),
            "load" => (seeds.len() / 100).max(1),
            "overlay" => (seeds.len() / 5).max(1),
            _ => 1,
        };
        let mut ran = 0;
        for s in seeds.iter().step_by(step) {
            if (name == "load" || name == "overlay") && s.len() < 40 {
                continue;
            }
            f(s);
            ran += 1;
        }
        for _ in 0..budget {
            let input = mutate(&mut rng, &seeds);
            let one = Instant::now();
            f(&input);
            let took = one.elapsed();
            if took > worst.0 {
                worst = (took, input);
            }
        }
        println!(
            "{name}: {ran} seeds + {budget} mutations in {:.1?}; slowest input {:.1?} ({} bytes: {:?})",
            t.elapsed(),
            worst.0,
            worst.1.len(),
            String::from_utf8_lossy(&worst.1[..worst.1.len().min(80)])
        );
    }
    println!("0 crashes");
}
