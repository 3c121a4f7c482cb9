//! `[[listing]]` records: a substance or class on an instrument, with its
//! dates, scope and citation.

use super::instrument::scope;
use super::record::{quote, tables, Rec};
use super::schema::LISTING;
use super::{record, Origin, Problem, Raw};
use crate::date::window_from_precision;
use crate::jurisdiction::Jurisdiction;
use crate::listing::{Listing, CITATION_SEPARATOR};
use crate::text::Str;

/// A `[[listing]]` record, read: its substance and instrument by id
/// (resolved when the dataset is whole).
#[derive(Clone, Debug)]
pub(crate) struct RawListing {
    pub(crate) substance: String,
    pub(crate) instrument: String,
    /// False when the listing gives no scope: the instrument's applies.
    pub(crate) scope_given: bool,
    pub(crate) l: Listing,
    pub(crate) origin: Origin,
}

/// The `[[listing]]` records of a file.
pub(crate) fn parse_listings(
    file: &str,
    root: &toml::Table,
    raw: &mut Raw,
    problems: &mut Vec<Problem>,
) {
    for (i, t) in tables(root, &LISTING, file, problems)
        .into_iter()
        .enumerate()
    {
        let o = record::origin(file, &LISTING, i, t);
        let mut rec = Rec::new(t, &LISTING, o.clone(), problems);
        let substance = rec.req_str("substance");
        let instrument = rec.req_str("instrument");
        let schedule = rec.req_str("schedule");
        let code = rec.opt_str("code");
        let announced = rec.date("announced");
        let mut effective = rec.window("effective");
        // The legacy `precision` key: a date known to the month, year,
        // approximately or "in force by" stands for a window ending on it.
        if let Some(p) = rec.opt_str("precision") {
            match effective {
                Some(e) if e.is_exact() => match window_from_precision(&p, e.not_after()) {
                    Some(w) => effective = Some(w),
                    None => rec.problem(
                        "precision",
                        format!(
                            "{} is not one of day, month, year, approximate, in-force-by",
                            quote(&format!("{p:?}"))
                        ),
                    ),
                },
                Some(_) => rec.problem(
                    "precision",
                    "given with a window: a window says how the date is known".into(),
                ),
                None => {}
            }
        }
        let until = rec.window("until");
        let temporary = rec.opt_bool("temporary").unwrap_or(false);
        let added = rec.opt_bool("added").unwrap_or(false);
        let scope_given = rec.has("scope");
        let scope = scope(&mut rec);
        let exceptions = rec.opt_str("exceptions");
        let threshold = rec.opt_str("threshold");
        let narcotic = rec.opt_bool("narcotic");
        let hs_code = rec.opt_str("hs_code");
        let citations = rec.strings("citation");
        if citations.iter().any(|c| c.contains(CITATION_SEPARATOR)) {
            rec.problem("citation", "contains the control character U+001E".into());
        }
        if citations.is_empty() && rec.has("citation") {
            rec.problem(
                "citation",
                "missing: every listing cites its legal authority".into(),
            );
        }
        let source = rec.req_str("source");
        let note = rec.opt_str("note");
        if let (Some(a), Some(e)) = (announced, effective) {
            if a > e.not_after() {
                rec.problem("announced", format!("announced {a} is after effective {e}"));
            }
        }
        if let (Some(e), Some(u)) = (effective, until) {
            if u.earliest() <= e.not_after() {
                rec.problem("until", format!("until {u} is not after effective {e}"));
            }
        }
        rec.finish();
        if let (Some(substance), Some(instrument), Some(schedule), Some(effective), Some(source)) =
            (substance, instrument, schedule, effective, source)
        {
            if citations.is_empty() {
                continue;
            }
            raw.listings.push(RawListing {
                substance,
                instrument,
                scope_given,
                l: Listing {
                    substance: 0,
                    instrument: 0,
                    jurisdiction: Jurisdiction::UN,
                    schedule: Str::owned(schedule),
                    code: code.map(Str::owned).into(),
                    announced,
                    effective,
                    until,
                    temporary,
                    added,
                    scope,
                    exceptions: exceptions.map(Str::owned).into(),
                    threshold: threshold.map(Str::owned).into(),
                    narcotic,
                    hs_code: hs_code.map(Str::owned).into(),
                    citations: Str::owned(citations.join(&CITATION_SEPARATOR.to_string())),
                    source: Str::owned(source),
                    note: note.map(Str::owned).into(),
                },
                origin: o,
            });
        }
    }
}
