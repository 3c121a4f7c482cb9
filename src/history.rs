//! History and change: every dated event of a substance's listings across
//! jurisdictions ([`Event`]), the listings in force on a date, and what the
//! law of a jurisdiction changed between two dates ([`Change`]).

use std::fmt;

use crate::date::{Date, DateWindow};
use crate::error::QueryError;
use crate::judge::ListingRef;
use crate::jurisdiction::Jurisdiction;
use crate::registry::Registry;
use crate::resolve::Match;
use crate::substance::Substance;

/// What happened to a listing on a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum EventKind {
    /// Adopted or announced (not yet in force).
    Announced,
    /// Took effect.
    Effective,
    /// Ceased to be in force (moved, removed, temporary order ended).
    Ended,
}

impl fmt::Display for EventKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl EventKind {
    /// `announced`, `effective` or `ended`.
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Announced => "announced",
            EventKind::Effective => "effective",
            EventKind::Ended => "ended",
        }
    }
}

/// One dated event in a substance's history.
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Event<'r> {
    /// The date, or the window it lies in.
    pub date: DateWindow,
    /// What happened.
    pub kind: EventKind,
    /// The listing it happened to.
    pub listing: ListingRef<'r>,
}

/// How a substance's control changed between two dates in one jurisdiction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ChangeKind {
    /// Not in force on the first date, in force on the second.
    Added,
    /// In force on the first date, not on the second.
    Removed,
    /// In force on both, under a different instrument, schedule or temporary status.
    Moved,
}

impl fmt::Display for ChangeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ChangeKind {
    /// `added`, `removed` or `moved`.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Moved => "moved",
        }
    }
}

/// One substance whose control changed between two dates.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Change<'r> {
    /// The substance or class.
    #[cfg_attr(feature = "serde", serde(serialize_with = "substance_id"))]
    pub substance: &'r Substance,
    /// What changed.
    pub kind: ChangeKind,
    /// Its listings in force on the first date.
    pub before: Vec<ListingRef<'r>>,
    /// Its listings in force on the second date.
    pub after: Vec<ListingRef<'r>>,
}

#[cfg(feature = "serde")]
fn substance_id<S: serde::Serializer>(s: &&Substance, ser: S) -> Result<S::Ok, S::Error> {
    ser.serialize_str(s.id())
}

impl fmt::Display for Event<'_> {
    /// `2010-08-30 US effective: US CSA II since 2010-08-30 (75 FR 37295 …)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} {}: {}",
            self.date,
            self.listing.jurisdiction(),
            self.kind,
            self.listing
        )
    }
}

impl fmt::Display for Change<'_> {
    /// `4-ANPP [4-anpp] added: CN 易制毒化学品 … since 2018-02-01 (…)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.substance, self.kind)?;
        let shown = if self.after.is_empty() {
            &self.before
        } else {
            &self.after
        };
        for (i, l) in shown.iter().enumerate() {
            f.write_str(if i == 0 { ": " } else { "; " })?;
            write!(f, "{l}")?;
        }
        Ok(())
    }
}

impl Registry {
    /// Every dated event of a substance's listings (and those of the classes it
    /// falls under), across jurisdictions, in date order.
    ///
    /// ```
    /// let r = controlled_substances::Registry::embedded();
    /// let npp = r.substance("npp").unwrap();
    /// let h = r.history_of(npp);
    /// assert!(h.windows(2).all(|w| w[0].date.not_after() <= w[1].date.not_after()));
    /// assert!(h.iter().any(|e| e.listing.jurisdiction().as_str() == "US"));
    /// ```
    pub fn history_of<'r>(&'r self, substance: &'r Substance) -> Vec<Event<'r>> {
        let mut events = Vec::new();
        for r in self.refs(substance) {
            if let Some(a) = r.listing.announced {
                if a < r.listing.effective.earliest() {
                    events.push(Event {
                        date: DateWindow::exact(a),
                        kind: EventKind::Announced,
                        listing: r,
                    });
                }
            }
            events.push(Event {
                date: r.listing.effective,
                kind: EventKind::Effective,
                listing: r,
            });
            if let Some(u) = r.listing.until {
                events.push(Event {
                    date: u,
                    kind: EventKind::Ended,
                    listing: r,
                });
            }
        }
        events.sort_by_key(|e| {
            (
                e.date.not_after(),
                e.date.earliest(),
                e.listing.jurisdiction,
                e.kind == EventKind::Effective,
            )
        });
        events
    }

    /// The history of the substance a query names (`Ok(None)`: not known).
    pub fn history(&self, query: &str) -> Result<Option<(Match<'_>, Vec<Event<'_>>)>, QueryError> {
        Ok(self.lookup(query)?.map(|m| {
            let h = self.history_of(m.substance());
            (m, h)
        }))
    }

    /// Every listing in force in a jurisdiction on a date (class listings included).
    ///
    /// ```
    /// use controlled_substances::{Registry, Jurisdiction, Date};
    /// let r = Registry::embedded();
    /// let n = r.in_force(Jurisdiction::US, Date::new(2026, 1, 1)?)?.count();
    /// assert!(n > 10);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn in_force(
        &self,
        j: Jurisdiction,
        date: Date,
    ) -> Result<impl Iterator<Item = ListingRef<'_>> + '_, QueryError> {
        self.require(j)?;
        Ok(self
            .listings
            .iter()
            .filter(move |l| l.jurisdiction == j && l.in_force_on(date))
            .map(move |l| ListingRef {
                registry: self,
                listing: l,
                via_class: false,
            }))
    }

    /// What changed in the law of a jurisdiction between two dates:
    /// substances added, removed, or moved between instruments or schedules
    /// by acts that took effect after `from` and on or before `to`.
    ///
    /// Only changes the data dates inside the period count: a listing whose
    /// start (or end) is known only within a window that reaches outside the
    /// period, such as one known only to be "in force by" a date, is not a
    /// change in that period. Each change carries the listings before and
    /// after, with their citations.
    ///
    /// ```
    /// use controlled_substances::{Registry, Jurisdiction, Date, ChangeKind};
    /// let r = Registry::embedded();
    /// let c = r.changes(Jurisdiction::CN, Date::new(2018, 1, 1)?, Date::new(2018, 3, 1)?)?;
    /// assert!(c.iter().any(|c| c.substance.id() == "4-anpp" && c.kind == ChangeKind::Added));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn changes(
        &self,
        j: Jurisdiction,
        from: Date,
        to: Date,
    ) -> Result<Vec<Change<'_>>, QueryError> {
        self.require(j)?;
        // Inside (from, to]: the whole window after `from`, its end by `to`.
        let within = |w: DateWindow| from < w.earliest() && w.not_after() <= to;
        let mut out = Vec::new();
        for s in self.substances.iter() {
            let mine = self.listings_of(s);
            let acted = mine.iter().any(|l| {
                l.jurisdiction == j && (within(l.effective) || l.until.is_some_and(within))
            });
            if !acted {
                continue;
            }
            let at = |d: Date| -> Vec<ListingRef<'_>> {
                mine.iter()
                    .filter(|l| l.jurisdiction == j && l.in_force_on(d))
                    .map(|l| ListingRef {
                        registry: self,
                        listing: l,
                        via_class: false,
                    })
                    .collect()
            };
            let (before, after) = (at(from), at(to));
            fn sig<'a>(v: &[ListingRef<'a>]) -> Vec<(u32, &'a str, bool)> {
                let mut k: Vec<(u32, &'a str, bool)> = v
                    .iter()
                    .map(|r| {
                        (
                            r.listing.instrument,
                            r.listing.schedule(),
                            r.listing.temporary,
                        )
                    })
                    .collect();
                k.sort();
                k.dedup();
                k
            }
            let kind = match (before.is_empty(), after.is_empty()) {
                (true, false) => ChangeKind::Added,
                (false, true) => ChangeKind::Removed,
                (false, false) if sig(&before) != sig(&after) => ChangeKind::Moved,
                _ => continue,
            };
            out.push(Change {
                substance: s,
                kind,
                before,
                after,
            });
        }
        Ok(out)
    }
}
