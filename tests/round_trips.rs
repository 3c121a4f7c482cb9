//! Round trips: load → dump → load gives an equal registry; every CAS
//! number, date and date window that parses displays and parses back.
#![cfg(feature = "load")]

use controlled_substances::{CasNumber, Date, DateWindow, Registry};
use proptest::prelude::*;

#[test]
fn load_dump_load_is_the_same_registry() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let loaded = Registry::load_dir(root.join("data")).unwrap();
    let text = loaded.to_toml();
    let again = Registry::load_files([("dump.toml", text.as_str())])
        .unwrap_or_else(|e| panic!("the dump does not load:\n{e}"));
    assert_eq!(again.version(), loaded.version());
    assert_eq!(again.jurisdictions(), loaded.jurisdictions());
    assert_eq!(again.instruments(), loaded.instruments());
    assert_eq!(again.listings(), loaded.listings());
    assert_eq!(again.substances().len(), loaded.substances().len());
    for (a, b) in again.substances().iter().zip(loaded.substances()) {
        // Names come back grouped by kind; the set is the same.
        let key = |s: &controlled_substances::Substance| {
            let mut n: Vec<(String, String, String)> = s
                .names()
                .iter()
                .map(|n| {
                    (
                        n.lang().to_string(),
                        n.text().to_string(),
                        format!("{:?}", n.kind()),
                    )
                })
                .collect();
            n.sort();
            n
        };
        assert_eq!(key(a), key(b), "{}", b.id());
        assert_eq!(
            (
                a.id(),
                a.name(),
                a.kind(),
                a.cas(),
                a.other_cas(),
                a.salts(),
                a.dea_code()
            ),
            (
                b.id(),
                b.name(),
                b.kind(),
                b.cas(),
                b.other_cas(),
                b.salts(),
                b.dea_code()
            )
        );
        assert_eq!(
            (
                a.inchikey(),
                a.smiles(),
                a.formula(),
                a.reviewed_in(),
                a.note()
            ),
            (
                b.inchikey(),
                b.smiles(),
                b.formula(),
                b.reviewed_in(),
                b.note()
            )
        );
        let classes = |r: &Registry, s| {
            r.classes_of(s)
                .map(|c| c.id().to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(classes(&again, a), classes(&loaded, b), "{}", b.id());
        assert_eq!(again.listings_of(a), loaded.listings_of(b), "{}", b.id());
    }
    // And a second dump is byte for byte the first.
    assert_eq!(again.to_toml(), text);
}

proptest! {
    #[test]
    fn cas_numbers_round_trip(body in 10u64..1_000_000_000) {
        // Any body of 3 to 9 digits with its check digit is a CAS number.
        let digits = body.to_string();
        let check: u32 = digits
            .chars()
            .rev()
            .enumerate()
            .map(|(i, c)| (i as u32 + 1) * c.to_digit(10).unwrap())
            .sum::<u32>() % 10;
        let text = format!("{}-{}-{check}", &digits[..digits.len() - 2], &digits[digits.len() - 2..]);
        let cas: CasNumber = text.parse().unwrap();
        prop_assert_eq!(cas.to_string(), text.clone());
        prop_assert_eq!(cas.to_string().parse::<CasNumber>().unwrap(), cas);
        // The bare digits read the same.
        prop_assert_eq!(text.replace('-', "").parse::<CasNumber>().unwrap(), cas);
        // A wrong check digit is an error, never another number.
        let wrong = format!("{}{}", &text[..text.len() - 1], (check + 1) % 10);
        prop_assert!(wrong.parse::<CasNumber>().is_err());
    }

    #[test]
    fn dates_round_trip(days in -700_000i64..2_900_000) {
        let d = Date::from_days_since_epoch(days);
        prop_assert_eq!(d.to_string().parse::<Date>().unwrap(), d);
        prop_assert_eq!(d.days_since_epoch(), days.clamp(Date::MIN.days_since_epoch(), Date::MAX.days_since_epoch()));
    }

    #[test]
    fn date_windows_round_trip(a in 0i64..30_000, len in 0i64..5_000, open in any::<bool>()) {
        let nb = Date::from_days_since_epoch(a);
        let na = nb.add_days(len);
        let w = DateWindow::new((!open).then_some(nb), na).unwrap();
        prop_assert_eq!(w.to_string().parse::<DateWindow>().unwrap(), w);
        prop_assert_eq!(w.is_exact(), !open && len == 0);
    }
}
