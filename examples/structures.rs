//! Screens a SMILES file: one molecule per line, optionally followed by a
//! name (whitespace-separated), as in `.smi` files. For each molecule: what
//! it is (identity, salts stripped), and per jurisdiction the verdict and why.
//!
//! `cargo run --example structures -- [--in US,CN] [--on YYYY-MM-DD] FILE.smi`

mod common;

use common::outln;

use std::io::BufRead;

use controlled_substances::{MatchedBy, Registry, Status};

const USAGE: &str = r#"usage: cargo run --example structures -- [OPTIONS] [--] FILE.smi

Screens a SMILES file (one molecule per line, optionally followed by a name):
what each molecule is, and per jurisdiction the verdict and why.

options:
  --in US,CN       jurisdictions (default: US,CN)
  --on YYYY-MM-DD  the date asked about (default: today, UTC)
  -h, --help       this text
  --               end of options"#;

fn main() {
    let mut out = common::Out::new();
    let args = common::Args::parse(USAGE, &["--in", "--on"], &[]);
    let registry = Registry::embedded();
    let date = common::date(args.value("--on"));
    let juris = common::jurisdictions(args.value("--in").or(Some("US,CN")), registry);
    let Some(path) = args.positional.first() else {
        common::fail("a FILE.smi is needed (see --help)");
    };
    let file = std::fs::File::open(path)
        .unwrap_or_else(|e| common::fail(&format!("cannot read {path:?}: {e}")));
    for (i, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                outln!(out, "line {}: unreadable: {e}", i + 1);
                continue;
            }
        };
        let mut parts = line.split_whitespace();
        let Some(smiles) = parts.next() else { continue };
        let name = parts.collect::<Vec<_>>().join(" ");
        let label = if name.is_empty() {
            smiles.to_string()
        } else {
            format!("{name} ({smiles})")
        };
        let id = match registry.resolve(&format!("smiles:{smiles}")) {
            Ok(id) => id,
            Err(e) => {
                outln!(out, "line {}: {label}\n    error: {e}\n", i + 1);
                continue;
            }
        };
        outln!(out, "line {}: {label}", i + 1);
        if let Some(rep) = &id.structure {
            outln!(out, "    {}", common::structure_summary(rep));
        }
        match &id.matched {
            Some(m) => {
                let stereo = matches!(
                    m.matched_by(),
                    MatchedBy::Structure {
                        stereo_ignored: true
                    }
                );
                outln!(
                    out,
                    "    identical to {} [{}]{}",
                    m.substance().name(),
                    m.substance().id(),
                    if stereo {
                        " (stereo marks ignored: listings cover stereoisomers)"
                    } else {
                        ""
                    }
                );
            }
            None => outln!(out, "    no substance in the registry has this structure"),
        }
        for j in &juris {
            let v = registry.judge(&id, *j, date);
            let status = match v.status() {
                Status::Announced { effective } => format!("announced, from {effective}"),
                s => s.to_string(),
            };
            let why = match (v.listings().first(), v.explanation()) {
                (Some(l), Some(e)) => format!(
                    "{} {} ({}) — {e}",
                    l.instrument().short(),
                    l.schedule(),
                    l.citation()
                ),
                (Some(l), None) => format!(
                    "{} {} — {}",
                    l.instrument().short(),
                    l.schedule(),
                    l.citation()
                ),
                (None, _) => v.reason().to_string(),
            };
            outln!(out, "    {j} {date}: {status}: {why}");
        }
        outln!(out);
    }
    out.finish();
}
