//! A substance's timeline across jurisdictions.
//!
//! `cargo run --example history -- NPP`

mod common;

use controlled_substances::Registry;

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
            let s: Vec<String> = registry.suggest(&query, 5).iter().map(|s| s.name.text().to_string()).collect();
            common::fail(&format!(
                "{query:?} is not in the registry{}",
                if s.is_empty() { String::new() } else { format!("; did you mean: {}?", s.join(", ")) }
            ));
        }
        Err(e) => common::fail(&e.to_string()),
    };
    let s = m.substance();
    println!("{} [{}]  history across {} jurisdictions", s.name(), s.id(), registry.jurisdictions().len());
    for e in &events {
        let l = &e.listing;
        let via = if l.via_class() { format!(" (class: {})", l.subject().name()) } else { String::new() };
        println!(
            "{}  {:<3} {:<9} {} {}{}{}  — {}",
            e.date,
            l.jurisdiction(),
            e.kind.as_str(),
            l.instrument().short(),
            l.schedule(),
            if l.is_temporary() { " [temporary]" } else { "" },
            via,
            l.citation()
        );
    }
    if events.is_empty() {
        println!("(no listings recorded)");
    }
}
