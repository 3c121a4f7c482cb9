//! The dataset's own keys (`version`, `replaces`) and its `[[jurisdiction]]` records.

use super::record::{quote, strings_of, tables, Rec};
use super::schema::{FILE, JURISDICTION};
use super::{record, Problem, Raw};
use crate::jurisdiction::{Coverage, Jurisdiction, JurisdictionInfo};
use crate::text::Str;

/// The top-level keys of a file: `version`, `replaces`, and the record
/// arrays; anything else is reported.
pub(crate) fn parse_top_level(
    file: &str,
    root: &toml::Table,
    raw: &mut Raw,
    problems: &mut Vec<Problem>,
) {
    for key in root.keys() {
        let known = FILE.field(key).is_some()
            || super::schema::RECORDS.iter().any(|k| k.key == key.as_str());
        if !known {
            problems.push(Problem::new(file, "-", key, "unknown top-level key".into()));
        }
    }
    if let Some(v) = root.get("version") {
        match v.as_str() {
            Some(s) if !s.trim().is_empty() => raw.version = Some(s.to_string()),
            _ => problems.push(Problem::new(
                file,
                "-",
                "version",
                format!("expected a non-empty string, found {}", quote(v)),
            )),
        }
    }
    if let Some(v) = root.get("replaces") {
        let ids = strings_of(Some(v), |m| {
            problems.push(Problem::new(
                file,
                "-",
                "replaces",
                format!("expected a list of instrument ids: {m}"),
            ))
        });
        raw.replaces.extend(ids);
    }
}

/// The `[[jurisdiction]]` records of a file.
pub(crate) fn parse_jurisdictions(
    file: &str,
    root: &toml::Table,
    raw: &mut Raw,
    problems: &mut Vec<Problem>,
) {
    for (i, t) in tables(root, &JURISDICTION, file, problems)
        .into_iter()
        .enumerate()
    {
        let o = record::origin(file, &JURISDICTION, i, t);
        let mut rec = Rec::new(t, &JURISDICTION, o.clone(), problems);
        let code_s = rec.req_str("code");
        let code = rec.parsed::<Jurisdiction>("code", code_s);
        let name = rec.req_str("name");
        let supranational = rec.opt_bool("supranational").unwrap_or(false);
        let data_as_of = rec.date("data_as_of");
        let coverage = match rec.opt_str("coverage").as_deref() {
            None | Some("partial") => Some(Coverage::Partial),
            Some("complete") => Some(Coverage::Complete),
            Some(other) => {
                rec.problem(
                    "coverage",
                    format!("{:?} is not \"complete\" or \"partial\"", quote(&other)),
                );
                None
            }
        };
        let note = rec.opt_str("note");
        let pf = rec.opt_str("precursors_from");
        let precursors_from = rec.parsed::<Jurisdiction>("precursors_from", pf);
        rec.finish();
        if let (Some(code), Some(name), Some(data_as_of), Some(coverage)) =
            (code, name, data_as_of, coverage)
        {
            raw.jurisdictions.push((
                o,
                JurisdictionInfo {
                    code,
                    name: Str::owned(name),
                    supranational,
                    data_as_of,
                    coverage,
                    note: note.map(Str::owned).into(),
                    precursors_from,
                },
            ));
        }
    }
}
