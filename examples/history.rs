//! A substance's timeline across jurisdictions.
//!
//! `cargo run --example history -- NPP`

mod common;

use common::outln;

use controlled_substances::{EventKind, Registry};

const USAGE: &str = r#"usage: cargo run --example history -- [--] QUERY...

A substance's timeline across jurisdictions: every listing's announcement,
entry into force and end, with its citation. Dates known only within a
window are shown as `not-before..not-after`.

  -h, --help       this text
  --               end of options"#;

fn main() {
    let mut out = common::Out::new();
    let args = common::Args::parse(USAGE, &[], &[]);
    let query = args.positional.join(" ");
    if query.trim().is_empty() {
        common::fail("a QUERY is needed (see --help)");
    }
    let registry = Registry::embedded();
    let (m, events) = match registry.history(&query) {
        Ok(Some(h)) => h,
        Ok(None) => {
            let s: Vec<String> = registry
                .suggest(&query, 5)
                .iter()
                .map(|s| s.name.text().to_string())
                .collect();
            common::fail(&format!(
                "{query:?} is not in the registry{}",
                if s.is_empty() {
                    String::new()
                } else {
                    format!("; did you mean: {}?", s.join(", "))
                }
            ));
        }
        Err(e) => common::fail(&e.to_string()),
    };
    let s = m.substance();
    outln!(
        out,
        "{} [{}]  history across {} jurisdictions",
        s.name(),
        s.id(),
        registry.jurisdictions().len()
    );
    for e in &events {
        let l = &e.listing;
        let via = if l.via_class() {
            format!(" (class: {})", l.subject().name())
        } else {
            String::new()
        };
        let kind = match e.kind {
            EventKind::Effective if e.date.is_exact() => "effective",
            EventKind::Effective if e.date.not_before().is_none() => "in force by",
            EventKind::Effective => "effective~",
            k => k.as_str(),
        };
        outln!(
            out,
            "{}  {:<3} {:<11} {} · {}{}{}  — {}",
            e.date,
            l.jurisdiction(),
            kind,
            l.instrument().short(),
            l.schedule(),
            if l.is_temporary() { " [temporary]" } else { "" },
            via,
            l.citation()
        );
    }
    outln!(out, "(effective~: the date lies in the window shown; in force by: listed by then at the latest)");
    if events.is_empty() {
        outln!(out, "(no listings recorded)");
    }
    out.finish();
}
