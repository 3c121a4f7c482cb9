//! Is it controlled? One substance, one row per jurisdiction.
//!
//! `cargo run --example check -- 4-ANPP [--in CN,US] [--on 2018-02-01]`

mod common;

use common::outln;

use controlled_substances::{MatchedBy, Registry, Status};

const USAGE: &str = r#"usage: cargo run --example check -- [OPTIONS] [--] QUERY...

Identity, then one verdict per jurisdiction: status, list and schedule,
since when, scope, citation.

QUERY    a name in any language, a CAS number, `DEA 9801`, an InChIKey, or a
         structure (SMILES, or any text after `smiles:`)

options:
  --in UN,US,...   jurisdictions (default: all in the registry)
  --on YYYY-MM-DD  the date asked about (default: today, UTC)
  -h, --help       this text
  --               end of options (a query may then start with `-`)"#;

fn main() {
    let mut out = common::Out::new();
    let args = common::Args::parse(USAGE, &["--in", "--on"], &[]);
    let registry = Registry::embedded();
    let query = args.positional.join(" ");
    if query.trim().is_empty() {
        common::fail("a QUERY is needed (see --help)");
    }
    let date = common::date(args.value("--on"));
    let juris = common::jurisdictions(args.value("--in"), registry);

    let id = match registry.resolve(&query) {
        Ok(id) => id,
        Err(e) => common::fail(&e.to_string()),
    };
    let m = id.matched;
    if let Some(rep) = &id.structure {
        outln!(out, "structure: {}", common::structure_summary(rep));
    }
    match &m {
        None => {
            if id.structure.is_some() {
                outln!(out, "{query:?}: no substance in the registry has this structure; the class-wide definitions are applied below.");
            } else {
                outln!(
                    out,
                    "{query:?}: not in the registry (every verdict below is \"unknown\")."
                );
            }
            let s = registry.suggest(&query, 5);
            if !s.is_empty() {
                let names: Vec<String> = s
                    .iter()
                    .map(|s| format!("{} ({})", s.name.text(), s.substance.id()))
                    .collect();
                outln!(out, "Did you mean: {}?", names.join(", "));
            }
        }
        Some(m) => {
            let s = m.substance();
            outln!(out, "{}  [{}, id {}]", s.name(), s.kind(), s.id());
            if let Some(zh) = s.name_in("zh") {
                outln!(out, "  中文名: {zh}");
            }
            let cas: Vec<String> = s.all_cas().map(|c| c.to_string()).collect();
            if !cas.is_empty() {
                outln!(out, "  CAS: {}", cas.join(", "));
            }
            if let Some(c) = s.dea_code() {
                outln!(out, "  {c}");
            }
            if let Some(f) = s.formula() {
                outln!(out, "  formula: {f}");
            }
            match m.matched_by() {
                MatchedBy::Name(n) => {
                    outln!(out, "  matched by name {:?} ({})", n.text(), n.lang())
                }
                MatchedBy::Cas(c) => outln!(out, "  matched by CAS {c}"),
                MatchedBy::DeaCode(c) => outln!(out, "  matched by {c}"),
                MatchedBy::InchiKey(k) => outln!(out, "  matched by InChIKey {k}"),
                _ => {}
            }
            if let Some(salt) = m.salt() {
                outln!(
                    out,
                    "  salt form: {salt} (the verdict is the parent's; see each listing's scope)"
                );
            }
            let also: Vec<&str> = m.also_named().map(|s| s.id()).collect();
            if !also.is_empty() {
                outln!(out, "  the same name is also given to: {}", also.join(", "));
            }
        }
    }
    outln!(out, "\nOn {date}:");
    for j in juris {
        let v = registry.judge(&id, j, date);
        let status = match v.status() {
            Status::Announced { effective } => format!("announced (in force from {effective})"),
            Status::Temporary => "controlled (temporary order)".to_string(),
            s => s.to_string().replace('_', " "),
        };
        if v.listings().is_empty() {
            outln!(out, "{j}  {status:<14}  {}", v.reason());
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
                outln!(out, "{j}  {status:<14}  {row}");
            } else {
                outln!(out, "{:<20}{row}", "");
            }
        }
        if let Some(e) = v
            .explanation()
            .filter(|_| !v.listings().iter().any(|l| l.via_class()))
        {
            outln!(out, "{:<20}({e})", "");
        }
    }
    out.finish();
}
