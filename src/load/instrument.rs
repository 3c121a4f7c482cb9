//! `[[instrument]]` records: the lists a jurisdiction's law keeps.

use super::record::{quote, tables, Rec};
use super::schema::INSTRUMENT;
use super::{record, Problem, Raw};
use crate::jurisdiction::Jurisdiction;
use crate::listing::{Instrument, InstrumentKind, Scope};
use crate::text::Str;

/// The `[[instrument]]` records of a file.
pub(crate) fn parse_instruments(
    file: &str,
    root: &toml::Table,
    raw: &mut Raw,
    problems: &mut Vec<Problem>,
) {
    for (i, t) in tables(root, &INSTRUMENT, file, problems)
        .into_iter()
        .enumerate()
    {
        let o = record::origin(file, &INSTRUMENT, i, t);
        let mut rec = Rec::new(t, &INSTRUMENT, o.clone(), problems);
        let id = rec.req_str("id");
        let js = rec.req_str("jurisdiction");
        let jurisdiction = rec.parsed::<Jurisdiction>("jurisdiction", js);
        let name = rec.req_str("name");
        let short = rec.req_str("short");
        let kind = match rec.req_str("kind").as_deref() {
            Some("drugs") => Some(InstrumentKind::Drugs),
            Some("precursors") => Some(InstrumentKind::Precursors),
            Some(other) => {
                rec.problem(
                    "kind",
                    format!("{:?} is not \"drugs\" or \"precursors\"", quote(&other)),
                );
                None
            }
            None => None,
        };
        let url = rec.opt_str("url");
        let scope = scope(&mut rec);
        let note = rec.opt_str("note");
        rec.finish();
        if let (Some(id), Some(jurisdiction), Some(name), Some(short), Some(kind)) =
            (id, jurisdiction, name, short, kind)
        {
            raw.instruments.push((
                o,
                Instrument {
                    id: Str::owned(id),
                    jurisdiction,
                    name: Str::owned(name),
                    short: Str::owned(short),
                    kind,
                    url: url.map(Str::owned).into(),
                    scope,
                    note: note.map(Str::owned).into(),
                },
            ));
        }
    }
}

/// The record's `scope` words as a [`Scope`] (an instrument's or a listing's).
pub(crate) fn scope(rec: &mut Rec<'_>) -> Scope {
    let mut scope = Scope::NONE;
    for w in rec.strings("scope") {
        match Scope::from_word(&w) {
            Ok(s) => scope = scope.union(s),
            Err(e) => rec.problem("scope", record::cap(&e.to_string(), 240)),
        }
    }
    scope
}
