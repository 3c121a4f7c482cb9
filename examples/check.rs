//! Is it controlled? One substance, one row per jurisdiction.
//!
//! `cargo run --example check -- 4-ANPP [--in CN,US] [--on 2018-02-01]`

mod common;

use controlled_substances::{MatchedBy, Registry, Status};

fn main() {
    let args = common::Args::parse(&["--in", "--on"], &[]);
    let registry = Registry::embedded();
    let query = args.positional.join(" ");
    if query.trim().is_empty() {
        common::fail("usage: check QUERY [--in UN,US,CN,EU,GB,CA] [--on YYYY-MM-DD]");
    }
    let date = common::date(args.value("--on"));
    let juris = common::jurisdictions(args.value("--in"), registry);

    let id = match registry.resolve(&query) {
        Ok(id) => id,
        Err(e) => common::fail(&e.to_string()),
    };
    let m = id.matched;
    if let Some(rep) = &id.structure {
        println!("structure: {}", common::structure_summary(rep));
    }
    match &m {
        None => {
            if id.structure.is_some() {
                println!("{query:?}: no substance in the registry has this structure; the class-wide definitions are applied below.");
            } else {
                println!("{query:?}: not in the registry (every verdict below is \"unknown\").");
            }
            let s = registry.suggest(&query, 5);
            if !s.is_empty() {
                let names: Vec<String> = s
                    .iter()
                    .map(|s| format!("{} ({})", s.name.text(), s.substance.id()))
                    .collect();
                println!("Did you mean: {}?", names.join(", "));
            }
        }
        Some(m) => {
            let s = m.substance();
            println!("{}  [{}, id {}]", s.name(), s.kind(), s.id());
            if let Some(zh) = s.name_in("zh") {
                println!("  中文名: {zh}");
            }
            let cas: Vec<String> = s.all_cas().map(|c| c.to_string()).collect();
            if !cas.is_empty() {
                println!("  CAS: {}", cas.join(", "));
            }
            if let Some(c) = s.dea_code() {
                println!("  {c}");
            }
            if let Some(f) = s.formula() {
                println!("  formula: {f}");
            }
            match m.matched_by() {
                MatchedBy::Name(n) => println!("  matched by name {:?} ({})", n.text(), n.lang()),
                MatchedBy::Cas(c) => println!("  matched by CAS {c}"),
                MatchedBy::DeaCode(c) => println!("  matched by {c}"),
                MatchedBy::InchiKey(k) => println!("  matched by InChIKey {k}"),
                _ => {}
            }
            if let Some(salt) = m.salt() {
                println!(
                    "  salt form: {salt} (the verdict is the parent's; see each listing's scope)"
                );
            }
            let also: Vec<&str> = m.also_named().map(|s| s.id()).collect();
            if !also.is_empty() {
                println!("  the same name is also given to: {}", also.join(", "));
            }
        }
    }
    println!("\nOn {date}:");
    for j in juris {
        let v = registry.judge(&id, j, date);
        let status = match v.status() {
            Status::Announced { effective } => format!("announced (in force from {effective})"),
            Status::Temporary => "controlled (temporary order)".to_string(),
            s => s.to_string().replace('_', " "),
        };
        if v.listings().is_empty() {
            println!("{j}  {status:<14}  {}", v.reason());
            continue;
        }
        // One row per jurisdiction: the main listing; further listings below it.
        for (i, l) in v.listings().iter().enumerate() {
            let mut row = format!("{} {}", l.instrument().short(), l.schedule());
            if let Some(code) = l.code() {
                row.push_str(&format!(" (code {code})"));
            }
            row.push_str(&format!(" · {}", common::effective(l)));
            if let Some(u) = l.until() {
                row.push_str(&format!(" · until {u}"));
            }
            if l.via_class() {
                row.push_str(&format!(" · via class \"{}\"", l.subject().name()));
                if let Some(e) = v.explanation() {
                    row.push_str(&format!(" ({e})"));
                }
            }
            row.push_str(&format!(" · {}", l.citation()));
            if !l.scope().is_empty() {
                row.push_str(&format!(" · scope: {}", l.scope()));
            }
            if i == 0 {
                println!("{j}  {status:<14}  {row}");
            } else {
                println!("{:<20}{row}", "");
            }
        }
    }
}
