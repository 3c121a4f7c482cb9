//! History from the law: no listing starts before its act could take effect,
//! and a table of dated facts, each checked on the day before and the day of.

use controlled_substances::{Date, Jurisdiction as J, Registry, Status};

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

/// The earliest day a listing on each instrument can have taken effect: the
/// day the act that made the list came into force.
const ACT_START: [(&str, &str, &str); 9] = [
    ("un-1961", "1964-12-13", "Single Convention in force"),
    ("un-1971", "1976-08-16", "1971 Convention in force"),
    ("un-1988", "1990-11-11", "1988 Convention in force"),
    ("us-csa", "1971-05-01", "CSA Title II effective"),
    (
        "gb-mda-1971",
        "1973-07-01",
        "Misuse of Drugs Act 1971 commenced (SI 1973/795)",
    ),
    (
        "gb-mdr-2001",
        "2002-02-01",
        "Misuse of Drugs Regulations 2001 in force",
    ),
    ("ca-cdsa", "1997-05-14", "CDSA in force (SI/97-47)"),
    (
        "ca-cdsa-precursors",
        "1997-05-14",
        "CDSA in force (SI/97-47)",
    ),
    ("de-npsg", "2016-11-26", "NpSG in force"),
];

#[test]
fn no_listing_starts_before_its_act_could_take_effect() {
    let r = Registry::embedded();
    let mut bad = Vec::new();
    let mut checked = 0;
    for l in r.listings() {
        let inst = r.instrument_of(l).id();
        let Some((_, start, act)) = ACT_START.iter().find(|(i, ..)| *i == inst) else {
            continue;
        };
        checked += 1;
        if l.effective().earliest() < d(start) {
            bad.push(format!(
                "{} on {inst}: {} starts before {start} ({act})",
                r.substance_of(l).id(),
                l.effective()
            ));
        }
    }
    assert!(checked > 2_500, "{checked}");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// A 1971 or 1988 Convention decision becomes fully effective 180 days after
/// the Secretary-General's notification, which follows the vote: a listing
/// citing "CND decision S/N" (session S met in March of 1957 + S) cannot start
/// before 180 days after 1 March of that year. A 1961 decision takes effect on
/// the notification: not before the session.
#[test]
fn un_decisions_take_effect_as_their_convention_says() {
    let r = Registry::embedded();
    let mut bad = Vec::new();
    let mut checked = 0;
    for l in r.listings().iter().filter(|l| l.jurisdiction() == J::UN) {
        let inst = r.instrument_of(l).id();
        for c in l.citations() {
            // The decision that placed it (not one that later deleted or moved it).
            if c.contains("delet") || c.contains("remov") {
                continue;
            }
            let Some(rest) = c.split("decision ").nth(1) else {
                continue;
            };
            let Some((session, _)) = rest.split_once('/') else {
                continue;
            };
            let Ok(session) = session.trim().parse::<i32>() else {
                continue;
            };
            if !(20..=80).contains(&session) {
                continue;
            }
            let vote = Date::new(1957 + session, 3, 1).unwrap();
            let earliest = if inst == "un-1961" {
                vote
            } else {
                vote.add_days(180)
            };
            checked += 1;
            if l.effective().earliest() < earliest {
                bad.push(format!(
                    "{} {inst} ({c}): {} before {earliest}",
                    r.substance_of(l).id(),
                    l.effective()
                ));
            }
        }
    }
    assert!(checked >= 3, "{checked}");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// (query, jurisdiction, the day it took effect, a fragment of the schedule
/// in force from that day, a fragment of its citation). The day before, the
/// listing is not in force (the status then depends on what came before).
const FACTS: &[(&str, J, &str, &str, &str)] = &[
    ("MDMA", J::US, "1988-03-23", "I", "53 FR 5156"),
    ("ketamine", J::US, "1999-08-12", "III", "64 FR 37673"),
    ("GHB", J::US, "2000-03-13", "I", "65 FR 13235"),
    ("tramadol", J::US, "2014-08-18", "IV", "79 FR 37623"),
    ("4-ANPP", J::US, "2010-08-30", "II", "75 FR 37295"),
    ("NPP", J::US, "2007-04-23", "List I", "72 FR 20046"),
    ("4-ANPP", J::CN, "2018-02-01", "", ""),
    ("NPP", J::CN, "2018-02-01", "", ""),
    ("ketamine", J::GB, "2006-01-01", "Class C", "2005/3178"),
    (
        "ketamine",
        J::GB,
        "2014-06-10",
        "Class B",
        "(Ketamine etc.) (Amendment) Order 2014",
    ),
    ("GHB", J::GB, "2003-07-01", "Class C", "2003/1243"),
    ("GHB", J::GB, "2022-04-13", "Class B", "2022/322"),
    ("mephedrone", J::GB, "2010-04-16", "Class B", "2010/1207"),
    ("cannabis", J::GB, "2004-01-29", "Class C", "2003/3201"),
    (
        "cannabis",
        J::GB,
        "2009-01-26",
        "Class B",
        "(Amendment) Order 2008",
    ),
    ("MDMA", J::CA, "2012-11-06", "I", ""),
    ("GHB", J::CA, "2012-11-06", "I", ""),
    ("methamphetamine", J::CA, "2005-08-10", "I", ""),
    ("APAAN", J::UN, "2014-10-06", "Table I", "57/1"),
];

#[test]
fn dated_facts_hold_on_the_day_and_not_the_day_before() {
    let r = Registry::embedded();
    let mut bad = Vec::new();
    for &(q, j, day, schedule, cite) in FACTS {
        let on = r.verdict(q, j, d(day)).unwrap();
        let hit = on.listings().iter().find(|l| {
            l.effective() == d(day)
                && l.schedule().contains(schedule)
                && l.citation().contains(cite)
        });
        if !on.is_controlled() || hit.is_none() {
            bad.push(format!("{q} {j} {day}: {on}"));
            continue;
        }
        let before = r.verdict(q, j, d(day).add_days(-1)).unwrap();
        if before.is_controlled()
            && before
                .listings()
                .iter()
                .any(|l| l.effective() == d(day) && l.schedule().contains(schedule))
        {
            bad.push(format!("{q} {j} the day before {day}: {before}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn changes_in_the_us_in_2020_are_that_years_acts_with_their_citations() {
    let r = Registry::embedded();
    let c = r.changes(J::US, d("2020-01-01"), d("2021-01-01")).unwrap();
    assert!(!c.is_empty());
    // Far fewer than the 358 "additions" the Orange Book dates used to give.
    assert!(c.len() < 80, "{}", c.len());
    for ch in &c {
        let acts: Vec<String> = ch
            .after
            .iter()
            .chain(&ch.before)
            .map(|l| l.citation())
            .collect();
        assert!(
            acts.iter()
                .any(|a| a.contains("FR") || a.contains("Pub. L.")),
            "{ch}"
        );
    }
    // Nothing dated only "in force by" shows up as a change.
    let c = r.changes(J::GB, d("2025-01-01"), d("2026-06-01")).unwrap();
    assert!(c.len() < 40, "{}", c.len());
}

#[test]
fn a_substance_first_controlled_later_is_not_controlled_before() {
    let r = Registry::embedded();
    // 4-ANPP: first controlled in China from 2018-02-01.
    assert_eq!(
        r.verdict("4-ANPP", J::CN, d("2017-11-04"))
            .unwrap()
            .status(),
        Status::NotControlled
    );
    // Tramadol in the US before 2014.
    assert_eq!(
        r.verdict("tramadol", J::US, d("2012-01-01"))
            .unwrap()
            .status(),
        Status::NotControlled
    );
}
