//! Batch screening: one query per line (FILE or stdin), one verdict per
//! jurisdiction. A bad line gets its own error; the batch goes on.
//!
//! `cargo run --example screen -- [--in UN,US,CN,EU,GB,CA] [--on YYYY-MM-DD] [--json] [FILE]`

mod common;

use std::io::BufRead;

use controlled_substances::{Registry, Status};
use serde_json::{json, Map, Value};

/// The longest query `--json` echoes in full, in characters.
const MAX_ECHO: usize = 1_000;

const USAGE: &str = r#"usage: cargo run --example screen -- [OPTIONS] [--] [FILE]

Batch screening: one query per line (FILE, or standard input), one verdict
per jurisdiction. A bad line gets its own error and the batch goes on; a bad
date or jurisdiction exits with status 2. Output stops quietly when its
reader goes away (`| head`), and exits 1 on other write errors.

options:
  --in UN,US,...   jurisdictions (default: all in the registry)
  --on YYYY-MM-DD  the date asked about (default: today, UTC)
  --json           one JSON object per input line, in order; a query
                   longer than 1,000 characters is echoed cut to its first
                   1,000, with "query_bytes" giving its length
  -h, --help       this text
  --               end of options"#;

fn main() {
    let args = common::Args::parse(USAGE, &["--in", "--on"], &["--json"]);
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
    let mut out = common::Out::new();
    if !json {
        write!(
            out,
            "{:<5} {} {}",
            "line",
            common::cell("query", 28),
            common::cell("substance", 22)
        );
        for j in &juris {
            write!(out, " {}", common::cell(j.as_str(), 15));
        }
        writeln!(out);
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
            registry.resolve(&query).map_err(|e| e.to_string())
        };
        if json {
            // Echo at most MAX_ECHO characters of the input.
            let echoed: String = query.chars().take(MAX_ECHO).collect();
            let cut = echoed.len() < query.len();
            let query = echoed;
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
                        let v = registry.judge(id, *j, date);
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
            let mut value = value;
            if cut {
                value["query_bytes"] = json!(raw.len());
            }
            writeln!(out, "{value}");
            continue;
        }
        let shown = common::cell(&query, 28);
        match &looked {
            Err(e) => {
                writeln!(out, "{n:<5} {shown} error: {e}");
            }
            Ok(id) => {
                let name: String = match (&id.matched, &id.structure) {
                    (Some(m), _) => m.substance().name().to_string(),
                    (None, Some(rep)) => format!("[{}]", rep.parent_formula),
                    (None, None) => "?".into(),
                };
                write!(out, "{n:<5} {shown} {}", common::cell(&name, 22));
                for j in &juris {
                    let v = registry.judge(id, *j, date);
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
                    write!(out, " {}", common::cell(&cell, 15));
                }
                writeln!(out);
            }
        }
    }
    out.finish();
}
