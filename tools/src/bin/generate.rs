//! Regenerates `src/generated/tables.rs` from `data/`.
//!
//! `cargo run -p controlled-substances-tools --bin generate [-- --check] [--data DIR]`
//! (or `cargo gen-tables [--check]`)
//!
//! With `--check`, writes nothing and exits non-zero when the tables are stale.
//! `--data DIR` reads another folder (for trying a subset; the checked-in
//! tables are always generated from `data/`).

use std::process::ExitCode;

use controlled_substances::{__generator as codegen, Registry};

fn main() -> ExitCode {
    // The registry crate is the workspace root, one folder up.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap_or(std::path::Path::new(".."));
    let args: Vec<String> = std::env::args().skip(1).collect();
    let data = args
        .iter()
        .position(|a| a == "--data")
        .and_then(|i| args.get(i + 1))
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| root.join("data"));
    let registry = match Registry::load_dir(&data) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let generated = codegen::generate(&registry);
    let path = root.join("src/generated/tables.rs");
    let files = [
        (path.clone(), generated.tables),
        (root.join("src/generated/blob.txt"), generated.blob),
    ];
    let check = args.iter().any(|a| a == "--check");
    for (p, text) in &files {
        let current = std::fs::read_to_string(p).unwrap_or_default();
        if current == *text {
            continue;
        }
        if check {
            eprintln!(
                "{} is stale: run `{}`",
                p.display(),
                codegen::GENERATOR_COMMAND
            );
            return ExitCode::FAILURE;
        }
        if let Err(e) = std::fs::write(p, text) {
            eprintln!("cannot write {}: {e}", p.display());
            return ExitCode::FAILURE;
        }
    }
    if check {
        println!("{} and blob.txt are fresh", path.display());
        return ExitCode::SUCCESS;
    }
    println!(
        "{}: data version {}, {} substances, {} listings, {} instruments, {} names",
        path.display(),
        registry.version(),
        registry.substances().len(),
        registry.listings().len(),
        registry.instruments().len(),
        registry
            .substances()
            .iter()
            .map(|s| s.names().len())
            .sum::<usize>()
    );
    ExitCode::SUCCESS
}
