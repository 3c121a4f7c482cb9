//! How well the registry can answer "was it controlled then?": per
//! jurisdiction, its listings by how their start date is known, the share of
//! the substances controlled on a reference date that come back `unknown` on
//! earlier dates, and the listings still known only as "in force by" a
//! date, each with its note.

mod common;

use common::outln;
use controlled_substances::{Date, Registry, Status, SubstanceKind};

const USAGE: &str = r#"usage: cargo run --example coverage -- [OPTIONS]

Per jurisdiction: listings by how their date is known (a day, a window, or
only "in force by"); of the substances controlled on the reference date, the
share answered `unknown` on 1995, 2005, 2012, 2016, 2020 and 2024 (1 January);
and every listing still known only as "in force by", with the reason.

options:
  --in UN,US,...   jurisdictions (default: all in the registry)
  --on YYYY-MM-DD  the reference date (default: today, UTC)
  --markdown       the summary as a Markdown table (for the README)
  -h, --help       this text"#;

const YEARS: [i32; 6] = [1995, 2005, 2012, 2016, 2020, 2024];

fn main() {
    let mut out = common::Out::new();
    let args = common::Args::parse(USAGE, &["--in", "--on"], &["--markdown"]);
    let registry = Registry::embedded();
    let on = common::date(args.value("--on"));
    let juris = common::jurisdictions(args.value("--in"), registry);
    let markdown = args.has("--markdown");

    let mut rows = Vec::new();
    let mut open_listings = Vec::new();
    for &j in &juris {
        let (mut exact, mut window, mut open) = (0usize, 0usize, 0usize);
        for l in registry.listings().iter().filter(|l| l.jurisdiction() == j) {
            let e = l.effective();
            if e.is_exact() {
                exact += 1;
            } else if e.not_before().is_some() {
                window += 1;
            } else {
                open += 1;
                open_listings.push((j, l));
            }
        }
        let controlled: Vec<_> = registry
            .substances()
            .iter()
            .filter(|s| s.kind() != SubstanceKind::Class)
            .filter(|s| registry.verdict_for(s, j, on).is_controlled())
            .collect();
        let unknown: Vec<usize> = YEARS
            .iter()
            .map(|&y| {
                let d = Date::new(y, 1, 1).unwrap_or(Date::MIN);
                controlled
                    .iter()
                    .filter(|s| registry.verdict_for(s, j, d).status() == Status::Unknown)
                    .count()
            })
            .collect();
        rows.push((j, exact, window, open, controlled.len(), unknown));
    }

    let pct = |n: usize, of: usize| {
        if of == 0 {
            "—".to_string()
        } else {
            format!("{:.1}%", 100.0 * n as f64 / of as f64)
        }
    };
    let years: Vec<String> = YEARS.iter().map(|y| y.to_string()).collect();
    if markdown {
        outln!(
            out,
            "| jurisdiction | listings | a day | a window | in force by only | controlled {on} | unknown on 1 Jan. {} |",
            years.join(" / ")
        );
        outln!(out, "|---|---|---|---|---|---|---|");
    } else {
        outln!(out, "Reference date {on}; unknown = share of the substances controlled then that come back unknown on 1 January of each year.");
        outln!(
            out,
            "{:<4} {:>8} {:>6} {:>8} {:>7} {:>10}  unknown on {}",
            "jur",
            "listings",
            "day",
            "window",
            "by",
            "controlled",
            years.join(" / ")
        );
    }
    for (j, exact, window, open, controlled, unknown) in &rows {
        let total = exact + window + open;
        let shares: Vec<String> = unknown.iter().map(|&u| pct(u, *controlled)).collect();
        if markdown {
            outln!(
                out,
                "| {j} | {total} | {exact} | {window} | {open} ({}) | {controlled} | {} |",
                pct(*open, total),
                shares.join(" / ")
            );
        } else {
            outln!(
                out,
                "{:<4} {total:>8} {exact:>6} {window:>8} {open:>7} {controlled:>10}  {}",
                j.as_str(),
                shares.join(" / ")
            );
        }
    }
    if !markdown {
        outln!(out);
        outln!(
            out,
            "Listings known only as in force by a date ({}):",
            open_listings.len()
        );
        for (j, l) in &open_listings {
            let s = registry.substance_of(l);
            outln!(
                out,
                "  {} {} {} {} — {}",
                j,
                s.id(),
                registry.instrument_of(l).short(),
                l.effective(),
                l.note().unwrap_or("(no note)")
            );
        }
    }
    out.finish();
}
