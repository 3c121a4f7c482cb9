//! A substance's timeline across jurisdictions.
//!
//! `cargo run --example history -- NPP`

mod common;

use controlled_substances::{EventKind, Registry};

fn main() {
    let args = common::Args::parse(&[], &[]);
    let query = args.positional.join(" ");
    if query.trim().is_empty() {
        common::fail("usage: history QUERY");
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
    println!(
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
        println!(
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
    println!("(effective~: the date lies in the window shown; in force by: listed by then at the latest)");
    if events.is_empty() {
        println!("(no listings recorded)");
    }
}
