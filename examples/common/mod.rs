//! Argument parsing shared by the examples.
#![allow(dead_code)]

use controlled_substances::{Date, Jurisdiction, Registry};

/// Parses `--in UN,US` into jurisdictions the registry has; exits with a message on a bad code.
pub fn jurisdictions(arg: Option<&str>, registry: &Registry) -> Vec<Jurisdiction> {
    let Some(list) = arg else {
        return registry.jurisdictions().iter().map(|j| j.code()).collect();
    };
    let mut out = Vec::new();
    for part in list.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match part.parse::<Jurisdiction>() {
            Ok(j) if registry.jurisdiction(j).is_some() => out.push(j),
            Ok(j) => fail(&format!(
                "unknown jurisdiction {:?}: this registry has {}",
                j.as_str(),
                registry
                    .jurisdictions()
                    .iter()
                    .map(|j| j.code().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
            Err(e) => fail(&e.to_string()),
        }
    }
    if out.is_empty() {
        fail(&format!("--in {list:?} names no jurisdiction"));
    }
    out
}

/// Parses `--on YYYY-MM-DD` (default today); exits with a message on a bad date.
pub fn date(arg: Option<&str>) -> Date {
    match arg {
        None => Date::today(),
        Some(s) => s.parse().unwrap_or_else(|e| fail(&format!("--on: {e}"))),
    }
}

/// Prints a message and exits with status 2.
pub fn fail(msg: &str) -> ! {
    eprintln!("error: {msg}");
    std::process::exit(2)
}

/// Splits `args` into positional arguments and `--flag value` options.
pub struct Args {
    pub positional: Vec<String>,
    pub options: Vec<(String, Option<String>)>,
}

impl Args {
    pub fn parse(flags_with_value: &[&str], switches: &[&str]) -> Args {
        let mut positional = Vec::new();
        let mut options = Vec::new();
        let mut it = std::env::args().skip(1);
        while let Some(a) = it.next() {
            if let Some((k, v)) = a.split_once('=').filter(|(k, _)| k.starts_with("--")) {
                options.push((k.to_string(), Some(v.to_string())));
            } else if flags_with_value.contains(&a.as_str()) {
                match it.next() {
                    Some(v) => options.push((a, Some(v))),
                    None => fail(&format!("{a} needs a value")),
                }
            } else if switches.contains(&a.as_str()) {
                options.push((a, None));
            } else if a.starts_with("--") {
                fail(&format!("unknown option {a:?}"));
            } else {
                positional.push(a);
            }
        }
        Args {
            positional,
            options,
        }
    }

    pub fn value(&self, flag: &str) -> Option<&str> {
        self.options
            .iter()
            .rev()
            .find(|(k, _)| k == flag)
            .and_then(|(_, v)| v.as_deref())
    }

    pub fn has(&self, flag: &str) -> bool {
        self.options.iter().any(|(k, _)| k == flag)
    }
}

/// "since 2018-02-01", "in force by 2018-04-04", "since between 2017-09-14 and 2018-03-31".
pub fn effective(l: &controlled_substances::Listing) -> String {
    let w = l.effective();
    match w.not_before() {
        _ if w.is_exact() => format!("since {}", w.not_after()),
        None => format!("in force by {}", w.not_after()),
        Some(nb) => format!("since between {nb} and {}", w.not_after()),
    }
}

/// "C22H29ClN2O → parent C22H28N2O, stripped hydrochloride".
pub fn structure_summary(
    rep: &controlled_substances_structure::identity::StructureReport,
) -> String {
    let stripped = if rep.stripped.is_empty() {
        String::new()
    } else {
        format!(", stripped {}", rep.stripped.join(", "))
    };
    format!("{} → parent {}{stripped}", rep.formula, rep.parent_formula)
}
