//! Verdicts: is a substance controlled in a jurisdiction on a date, and on
//! what authority? Also a substance's history, the listings in force on a
//! date, and what changed between two dates.

use std::fmt;

use crate::date::{Date, DateWindow};
use crate::error::QueryError;
use crate::jurisdiction::{Coverage, Jurisdiction};
use crate::listing::{Instrument, Listing};
use crate::query::{Identification, Match};
use crate::registry::Registry;
use crate::substance::Substance;

/// The answer to "is it controlled here on this date?".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// Controlled by at least one permanent listing in force.
    Controlled,
    /// Controlled, but only under temporary (time-limited) orders.
    Temporary,
    /// Adopted or announced, not yet in force; takes effect on `effective`.
    Announced {
        /// The date it takes effect.
        effective: Date,
    },
    /// The registry knows the substance and holds no listing in force for it there.
    NotControlled,
    /// The registry cannot say: it does not know the substance, or its data
    /// for this jurisdiction and date is not complete enough to say "not controlled".
    Unknown,
}

impl Status {
    /// True exactly for [`Status::Controlled`] and [`Status::Temporary`].
    pub fn is_controlled(self) -> bool {
        matches!(self, Status::Controlled | Status::Temporary)
    }

    /// The status as a snake_case word: `controlled`, `temporary`, `announced`,
    /// `not_controlled`, `unknown`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Controlled => "controlled",
            Status::Temporary => "temporary",
            Status::Announced { .. } => "announced",
            Status::NotControlled => "not_controlled",
            Status::Unknown => "unknown",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a verdict is what it is.
///
/// ```
/// use controlled_substances::{verdict, Date, Jurisdiction, Reason};
/// let v = verdict("fentanyl", Jurisdiction::US, Date::new(2026, 1, 1)?)?;
/// assert_eq!(v.reason(), Reason::ListedByName);
/// assert_eq!(v.reason().to_string(), "listed by name");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Reason {
    /// A listing naming the substance is in force.
    ListedByName,
    /// A listing of a class the substance is recorded as belonging to is in force.
    ListedThroughClass,
    /// The structure meets a class-wide legal definition in force.
    StructureMeetsClass,
    /// A listing is adopted or announced, not yet in force.
    Announced,
    /// A class-wide definition the structure meets is announced, not yet in force.
    StructureMeetsAnnouncedClass,
    /// A listing's start or end is known only within a window, and the date falls in it.
    DateInWindow,
    /// The date is before the substance's first recorded listing here, which
    /// the record does not show as a first control.
    BeforeUnmarkedFirstListing,
    /// The substance has listings here, none in force on the date.
    NoListingInForce,
    /// The substance was checked against this jurisdiction's lists and is not on them.
    NotListed,
    /// This jurisdiction's lists were not checked for this substance.
    NotChecked,
    /// The registry does not know the substance.
    UnknownSubstance,
    /// No substance in the registry has this structure, and no class-wide
    /// definition in force covers it.
    UnknownStructure,
}

impl Reason {
    /// The reason in a few words.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::ListedByName => "listed by name",
            Reason::ListedThroughClass => "listed through a class it falls under",
            Reason::StructureMeetsClass => "its structure meets a class-wide legal definition",
            Reason::Announced => "announced, not yet in force",
            Reason::StructureMeetsAnnouncedClass => {
                "its structure meets a class-wide definition announced, not yet in force"
            }
            Reason::DateInWindow => {
                "a listing's date is known only within a window, and the date falls in it"
            }
            Reason::BeforeUnmarkedFirstListing => {
                "before its first recorded listing here, which the record does not show as a first control"
            }
            Reason::NoListingInForce => "no listing in force on this date",
            Reason::NotListed => "checked against this jurisdiction's lists: not listed",
            Reason::NotChecked => "this jurisdiction's lists were not checked for this substance",
            Reason::UnknownSubstance => "the registry does not know this substance",
            Reason::UnknownStructure => {
                "no substance in the registry has this structure, and no class-wide definition in force covers it"
            }
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A listing as read through a registry: with its instrument, and the
/// substance or class it names.
#[derive(Clone, Copy)]
pub struct ListingRef<'r> {
    registry: &'r Registry,
    listing: &'r Listing,
    via_class: bool,
}

impl<'r> ListingRef<'r> {
    /// The listing.
    pub fn listing(&self) -> &'r Listing {
        self.listing
    }
    /// The instrument it is on.
    pub fn instrument(&self) -> &'r Instrument {
        self.registry.instrument_of(self.listing)
    }
    /// The substance or class it names.
    pub fn subject(&self) -> &'r Substance {
        self.registry.substance_of(self.listing)
    }
    /// True when it applies through a class the substance falls under,
    /// not by naming the substance itself.
    pub fn via_class(&self) -> bool {
        self.via_class
    }
}

impl fmt::Debug for ListingRef<'_> {
    /// The listing, its instrument and subject (not the whole registry).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ListingRef")
            .field("subject", &self.subject().id())
            .field("instrument", &self.instrument().id())
            .field("via_class", &self.via_class)
            .field("listing", self.listing)
            .finish()
    }
}

impl<'r> std::ops::Deref for ListingRef<'r> {
    type Target = Listing;
    fn deref(&self) -> &Listing {
        self.listing
    }
}

/// The verdict for one substance in one jurisdiction on one date, with the
/// listings behind it.
#[derive(Clone, Debug)]
pub struct Verdict<'r> {
    jurisdiction: Jurisdiction,
    date: Date,
    status: Status,
    substance: Option<&'r Substance>,
    listings: Vec<ListingRef<'r>>,
    reason: Reason,
    explanation: Option<String>,
}

impl<'r> Verdict<'r> {
    /// The jurisdiction asked about.
    pub fn jurisdiction(&self) -> Jurisdiction {
        self.jurisdiction
    }
    /// The date asked about.
    pub fn date(&self) -> Date {
        self.date
    }
    /// The answer.
    pub fn status(&self) -> Status {
        self.status
    }
    /// True for [`Status::Controlled`] and [`Status::Temporary`].
    pub fn is_controlled(&self) -> bool {
        self.status.is_controlled()
    }
    /// The substance, when the registry knows it.
    pub fn substance(&self) -> Option<&'r Substance> {
        self.substance
    }
    /// The listings behind the answer: those in force (for `Controlled` and
    /// `Temporary`, permanent ones first), or those announced (for `Announced`).
    /// Empty for `NotControlled` and `Unknown`.
    pub fn listings(&self) -> &[ListingRef<'r>] {
        &self.listings
    }
    /// Why the answer is what it is.
    pub fn reason(&self) -> Reason {
        self.reason
    }
    /// For a verdict reached by a class-wide definition: the conditions the
    /// structure met, such as `(D) aniline ring → 4-fluorophenyl; (E) propionyl → butyryl`.
    pub fn explanation(&self) -> Option<&str> {
        self.explanation.as_deref()
    }
}

/// What happened to a listing on a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum EventKind {
    /// Adopted or announced (not yet in force).
    Announced,
    /// Took effect.
    Effective,
    /// Ceased to be in force (moved, removed, temporary order ended).
    Ended,
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
#[non_exhaustive]
pub enum ChangeKind {
    /// Not in force on the first date, in force on the second.
    Added,
    /// In force on the first date, not on the second.
    Removed,
    /// In force on both, under a different instrument, schedule or temporary status.
    Moved,
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
pub struct Change<'r> {
    /// The substance or class.
    pub substance: &'r Substance,
    /// What changed.
    pub kind: ChangeKind,
    /// Its listings in force on the first date.
    pub before: Vec<ListingRef<'r>>,
    /// Its listings in force on the second date.
    pub after: Vec<ListingRef<'r>>,
}

/// The status the listings in force give, sorted so that permanent
/// listings come first, then own listings before class listings, then by date:
/// `Temporary` when every one is a temporary order, else `Controlled`. The one
/// place where listings in force become a status.
fn status_of(in_force: &mut [ListingRef<'_>]) -> Status {
    in_force.sort_by_key(|r| (r.listing.temporary, r.via_class, r.listing.effective));
    if in_force.iter().all(|r| r.listing.temporary) {
        Status::Temporary
    } else {
        Status::Controlled
    }
}

impl Registry {
    fn refs<'r>(&'r self, s: &'r Substance) -> impl Iterator<Item = ListingRef<'r>> + 'r {
        let own = self.listings_of(s).iter().map(move |l| ListingRef {
            registry: self,
            listing: l,
            via_class: false,
        });
        let classes = self.classes_of(s).flat_map(move |c| {
            self.listings_of(c).iter().map(move |l| ListingRef {
                registry: self,
                listing: l,
                via_class: true,
            })
        });
        own.chain(classes)
    }

    /// True when `l` applies in `j`: a listing of `j`, or a precursor listing
    /// of the jurisdiction whose precursor lists `j` applies as they stand.
    pub(crate) fn applies_in(&self, l: &Listing, j: Jurisdiction) -> bool {
        l.jurisdiction == j
            || self.jurisdiction(j).is_some_and(|info| {
                info.precursors_from == Some(l.jurisdiction)
                    && self.instrument_of(l).kind == crate::listing::InstrumentKind::Precursors
            })
    }

    /// The verdict for a substance the caller already holds.
    pub fn verdict_for<'r>(
        &'r self,
        substance: &'r Substance,
        j: Jurisdiction,
        date: Date,
    ) -> Verdict<'r> {
        let mut in_force: Vec<ListingRef<'r>> = Vec::new();
        let mut announced: Option<Date> = None;
        let mut uncertain: Vec<ListingRef<'r>> = Vec::new();
        let mut first: Option<ListingRef<'r>> = None;
        for r in self
            .refs(substance)
            .filter(|r| self.applies_in(r.listing, j))
        {
            if first.is_none_or(|f| r.listing.effective.earliest() < f.listing.effective.earliest())
            {
                first = Some(r);
            }
            if r.listing.in_force_on(date) {
                in_force.push(r);
            } else if r.listing.announced_on(date) {
                let e = r.listing.effective.earliest();
                announced = Some(announced.map_or(e, |a| a.min(e)));
            } else if r.listing.uncertain_on(date) {
                uncertain.push(r);
            }
        }
        let verdict = |status, listings, reason| Verdict {
            jurisdiction: j,
            date,
            status,
            substance: Some(substance),
            listings,
            reason,
            explanation: None,
        };
        if !in_force.is_empty() {
            return verdict(status_of(&mut in_force), in_force.clone(), {
                if in_force.iter().all(|r| r.via_class) {
                    Reason::ListedThroughClass
                } else {
                    Reason::ListedByName
                }
            });
        }
        if let Some(effective) = announced {
            let listings = self
                .refs(substance)
                .filter(|r| self.applies_in(r.listing, j) && r.listing.announced_on(date))
                .collect();
            return verdict(Status::Announced { effective }, listings, Reason::Announced);
        }
        if !uncertain.is_empty() {
            return verdict(Status::Unknown, uncertain, Reason::DateInWindow);
        }
        if let Some(f) = first {
            // Before the first recorded listing, "not controlled" only when the
            // record shows that listing was a first control.
            if date < f.listing.effective.earliest() && !f.listing.added {
                return verdict(
                    Status::Unknown,
                    Vec::new(),
                    Reason::BeforeUnmarkedFirstListing,
                );
            }
            return verdict(Status::NotControlled, Vec::new(), Reason::NoListingInForce);
        }
        let complete = self
            .jurisdiction(j)
            .is_some_and(|info| info.coverage == Coverage::Complete);
        if complete || substance.reviewed_in.contains(&j) {
            return verdict(Status::NotControlled, Vec::new(), Reason::NotListed);
        }
        verdict(Status::Unknown, Vec::new(), Reason::NotChecked)
    }

    /// The verdict for a query in one jurisdiction on one date.
    ///
    /// A query that names nothing the registry knows gets [`Status::Unknown`],
    /// never [`Status::NotControlled`].
    ///
    /// ```
    /// use controlled_substances::{Registry, Jurisdiction as J, Date, Status};
    /// let r = Registry::embedded();
    /// let before = r.verdict("4-ANPP", J::CN, Date::new(2017, 11, 4)?)?;
    /// assert!(!before.is_controlled());
    /// let after = r.verdict("4-ANPP", J::CN, Date::new(2018, 2, 1)?)?;
    /// assert_eq!(after.status(), Status::Controlled);
    /// assert_eq!(after.listings()[0].effective().to_string(), "2018-02-01");
    /// assert_eq!(r.verdict("unheard-of-compound", J::US, Date::today())?.status(), Status::Unknown);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn verdict(
        &self,
        query: &str,
        j: Jurisdiction,
        date: Date,
    ) -> Result<Verdict<'_>, QueryError> {
        self.require(j)?;
        // A name, CAS number, code or InChIKey: the substance's own verdict.
        if let Some(m) = self.lookup_by_identifier_or_name(query)? {
            return Ok(self.verdict_for(m.substance(), j, date));
        }
        let id = self.identify(query)?;
        Ok(self.verdict_for_identification(&id, j, date))
    }
    /// The verdict for what a query identified. A substance's own listings
    /// answer first; for a structure query that they leave uncontrolled (or
    /// that names no known substance), the class-wide definitions it meets
    /// answer next, naming the class listing and the conditions met. A
    /// structure that neither identity nor a class rule places is `Unknown`.
    ///
    /// ```
    /// use controlled_substances::{Registry, Jurisdiction as J, Date, Status};
    /// let r = Registry::embedded();
    /// // A fentanyl analogue no list names: 4-fluoro on the aniline, butyryl for propionyl.
    /// let id = r.identify("CCCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1")?;
    /// let v = r.verdict_for_identification(&id, J::US, Date::new(2019, 1, 1).unwrap());
    /// assert_eq!(v.status(), Status::Temporary);
    /// assert!(v.explanation().unwrap().contains("(D)"));
    /// let v = r.verdict_for_identification(&id, J::US, Date::new(2017, 1, 1).unwrap());
    /// assert_eq!(v.status(), Status::Unknown);
    /// # Ok::<(), controlled_substances::QueryError>(())
    /// ```
    pub fn verdict_for_identification<'r>(
        &'r self,
        id: &Identification<'r>,
        j: Jurisdiction,
        date: Date,
    ) -> Verdict<'r> {
        let own = match &id.matched {
            Some(m) if m.same_structure().next().is_some() => {
                // Stereoisomers listed separately share the stereo-free
                // structure: take the strongest answer among them.
                let rank = |s: Status| match s {
                    Status::Controlled => 5,
                    Status::Temporary => 4,
                    Status::Announced { .. } => 3,
                    Status::Unknown => 2,
                    Status::NotControlled => 1,
                };
                let mut best = self.verdict_for(m.substance(), j, date);
                let mut names = vec![m.substance().name().to_string()];
                for other in m.same_structure() {
                    names.push(other.name().to_string());
                    let v = self.verdict_for(other, j, date);
                    if rank(v.status) > rank(best.status) {
                        best = v;
                    }
                }
                best.explanation = Some(format!(
                    "stereo marks are not compared: this structure is that of {}; the strongest answer among them is given",
                    names.join(", ")
                ));
                best
            }
            _ => self.verdict_for_match(id.matched.as_ref(), j, date),
        };
        if matches!(own.status, Status::Controlled | Status::Temporary) {
            return own;
        }
        let Some(report) = &id.structure else {
            return own;
        };
        let mut in_force: Vec<ListingRef<'r>> = Vec::new();
        let mut announced: Vec<ListingRef<'r>> = Vec::new();
        let mut explained: Vec<String> = Vec::new();
        for cm in report.classes.iter().filter(|c| c.is_member()) {
            let Some(class) = self.substance(cm.rule.id()) else {
                continue;
            };
            let mut hit = false;
            for l in self
                .listings_of(class)
                .iter()
                .filter(|l| self.applies_in(l, j))
            {
                let r = ListingRef {
                    registry: self,
                    listing: l,
                    via_class: true,
                };
                if l.in_force_on(date) {
                    in_force.push(r);
                    hit = true;
                } else if l.announced_on(date) {
                    announced.push(r);
                    hit = true;
                }
            }
            if hit {
                explained.push(format!("{}: {}", class.name(), cm.explanation()));
            }
        }
        let explanation = (!explained.is_empty()).then(|| explained.join(" | "));
        let substance = own.substance;
        if !in_force.is_empty() {
            let status = status_of(&mut in_force);
            return Verdict {
                jurisdiction: j,
                date,
                status,
                substance,
                listings: in_force,
                reason: Reason::StructureMeetsClass,
                explanation,
            };
        }
        if matches!(own.status, Status::Announced { .. }) {
            return own;
        }
        if let Some(effective) = announced
            .iter()
            .map(|r| r.listing.effective.earliest())
            .min()
        {
            return Verdict {
                jurisdiction: j,
                date,
                status: Status::Announced { effective },
                substance,
                listings: announced,
                reason: Reason::StructureMeetsAnnouncedClass,
                explanation,
            };
        }
        if id.matched.is_some() {
            return own;
        }
        Verdict {
            jurisdiction: j,
            date,
            status: Status::Unknown,
            substance: None,
            listings: Vec::new(),
            reason: Reason::UnknownStructure,
            explanation: None,
        }
    }

    /// The verdict for a lookup result (`None`: the registry does not know it).
    pub fn verdict_for_match<'r>(
        &'r self,
        m: Option<&Match<'r>>,
        j: Jurisdiction,
        date: Date,
    ) -> Verdict<'r> {
        match m {
            Some(m) => self.verdict_for(m.substance(), j, date),
            None => Verdict {
                jurisdiction: j,
                date,
                status: Status::Unknown,
                substance: None,
                listings: Vec::new(),
                reason: Reason::UnknownSubstance,
                explanation: None,
            },
        }
    }

    /// The verdicts for a query in every jurisdiction the registry holds.
    pub fn verdicts(&self, query: &str, date: Date) -> Result<Vec<Verdict<'_>>, QueryError> {
        let id = self.identify(query)?;
        Ok(self
            .jurisdictions
            .iter()
            .map(|j| self.verdict_for_identification(&id, j.code, date))
            .collect())
    }

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
                let mut k: Vec<_> = v
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
