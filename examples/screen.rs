//! Batch screening: one query per line (FILE or stdin), one verdict per
//! jurisdiction. A bad line gets its own error; the batch goes on.
//!
//! `cargo run --example screen -- [--in UN,US,CN,EU,GB,CA] [--on YYYY-MM-DD] [--json] [FILE]`

mod common;

use std::io::{BufRead, Write};

use controlled_substances::{Registry, Status};
use serde_json::{json, Map, Value};

fn main() {
    let args = common::Args::parse(&["--in", "--on"], &["--json"]);
    let registry = Registry::embedded();
    let date = common::date(args.value("--on"));
    let juris = common::jurisdictions(args.value("--in"), registry);
    let json = args.has("--json");
    let input: Box<dyn BufRead> = match args.positional.first() {
        Some(path) => match std::fs::File::open(path) {
            Ok(f) => Box::new(std::io::BufReader::new(f)),
            Err(e) => common::fail(&format!("cannot read {path:?}: {e}")),
        },
        None => Box::new(std::io::stdin().lock()),
    };
    let out = std::io::stdout();
    let mut out = out.lock();
    if !json {
        let _ = write!(out, "{:<5} {:<28} {:<22}", "line", "query", "substance");
        for j in &juris {
            let _ = write!(out, " {:<15}", j.as_str());
        }
        let _ = writeln!(out);
    }
    for (i, line) in input.split(b'\n').enumerate() {
        let n = i + 1;
        let raw = match line {
            Ok(b) => b,
            Err(e) => common::fail(&format!("reading input: {e}")),
        };
        // A line that is not UTF-8 is a bad line, not the end of the batch.
        let text = String::from_utf8_lossy(&raw);
        let query = text.trim_end_matches('\r').to_string();
        let looked = if std::str::from_utf8(&raw).is_err() {
            Err(format!("line {n} is not valid UTF-8"))
        } else {
            registry.identify(&query).map_err(|e| e.to_string())
        };
        if json {
            let value = match &looked {
                Err(e) => {
                    json!({"line": n, "query": query, "substance": null, "verdicts": {}, "error": e})
                }
                Ok(id) => {
                    let m = &id.matched;
                    let substance = m.as_ref().map(|m| {
                        let s = m.substance();
                        json!({
                            "id": s.id(),
                            "name": s.name(),
                            "cas": s.all_cas().map(|c| c.to_string()).collect::<Vec<_>>(),
                            "salt": m.salt(),
                        })
                    });
                    let mut verdicts = Map::new();
                    for j in &juris {
                        let v = registry.verdict_for_identification(id, *j, date);
                        let listings: Vec<Value> = v
                            .listings()
                            .iter()
                            .map(|l| {
                                json!({
                                    "list": l.instrument().short(),
                                    "instrument": l.instrument().id(),
                                    "schedule": l.schedule(),
                                    "effective": l.effective().to_string(),
                                    "until": l.until().map(|d| d.to_string()),
                                    "temporary": l.is_temporary(),
                                    "citation": l.citation(),
                                    "scope": l.scope().words().collect::<Vec<_>>(),
                                    "via_class": if l.via_class() { Some(l.subject().id()) } else { None },
                                })
                            })
                            .collect();
                        let mut o = json!({
                            "status": v.status().as_str(),
                            "controlled": v.is_controlled(),
                            "listings": listings,
                            "reason": v.reason().as_str(),
                        });
                        if let Status::Announced { effective } = v.status() {
                            o["effective"] = json!(effective.to_string());
                        }
                        if let Some(e) = v.explanation() {
                            o["explanation"] = json!(e);
                        }
                        verdicts.insert(j.to_string(), o);
                    }
                    let mut value = json!({"line": n, "query": query, "substance": substance, "verdicts": verdicts, "error": null});
                    if let Some(rep) = &id.structure {
                        let members: Vec<String> = rep
                            .classes
                            .iter()
                            .filter(|c| c.is_member())
                            .map(|c| format!("{}: {}", c.rule.id(), c.explanation()))
                            .collect();
                        let (matched_by, explanation) = match &id.matched {
                            Some(m) => (
                                "identity",
                                {
                                    let others: Vec<&str> = m.same_structure().map(|s| s.id()).collect();
                                    format!(
                                        "same structure as {} ({}){}{}",
                                        m.substance().name(),
                                        m.substance().id(),
                                        if rep.stereo_ignored { "; stereo marks ignored" } else { "" },
                                        if others.is_empty() {
                                            String::new()
                                        } else {
                                            format!("; stereo not compared, also the structure of {}", others.join(", "))
                                        }
                                    )
                                },
                            ),
                            None if !members.is_empty() => ("class", members.join(" | ")),
                            None => ("none", "no substance in the registry has this structure and no class rule matches it".to_string()),
                        };
                        value["structure"] = json!({
                            "formula": rep.formula,
                            "parent_formula": rep.parent_formula,
                            "stripped": rep.stripped,
                            "canonical_smiles": rep.canonical,
                            "matched_by": matched_by,
                            "explanation": explanation,
                        });
                    }
                    value
                }
            };
            let _ = writeln!(out, "{value}");
            continue;
        }
        let shown: String = query.chars().take(27).collect();
        match &looked {
            Err(e) => {
                let _ = writeln!(out, "{n:<5} {shown:<28} error: {e}");
            }
            Ok(id) => {
                let name: String = match (&id.matched, &id.structure) {
                    (Some(m), _) => m.substance().name().chars().take(21).collect(),
                    (None, Some(rep)) => format!("[{}]", rep.parent_formula),
                    (None, None) => "?".into(),
                };
                let _ = write!(out, "{n:<5} {shown:<28} {name:<22}");
                for j in &juris {
                    let v = registry.verdict_for_identification(id, *j, date);
                    let cell = match (v.status(), v.listings().first()) {
                        (Status::Controlled, Some(l)) if l.via_class() => {
                            format!("class {}", l.schedule())
                        }
                        (Status::Temporary, Some(l)) if l.via_class() => {
                            format!("class temp {}", l.schedule())
                        }
                        (Status::Controlled, Some(l)) => format!("yes {}", l.schedule()),
                        (Status::Temporary, Some(l)) => format!("temp {}", l.schedule()),
                        (Status::Announced { effective }, _) => format!("from {effective}"),
                        (Status::NotControlled, _) => "no".to_string(),
                        (s, _) => s.as_str().to_string(),
                    };
                    let cell: String = cell.chars().take(15).collect();
                    let _ = write!(out, " {cell:<15}");
                }
                let _ = writeln!(out);
            }
        }
    }
}
