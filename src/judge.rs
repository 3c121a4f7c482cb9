//! Judging, the second step of every question: a [`Resolution`] joined with
//! the law of a jurisdiction on a date gives a [`Verdict`]: the [`Status`],
//! the listings behind it, the [`Reason`], and for a structure the class-wide
//! definition it meets. Each verdict is judged once per jurisdiction from one
//! resolution; [`status_of`] is the one place where listings in force become
//! a status.

use std::fmt;

use crate::date::Date;
use crate::error::QueryError;
use crate::jurisdiction::{Coverage, Jurisdiction};
use crate::listing::{Instrument, InstrumentKind, Listing};
use crate::registry::Registry;
use crate::resolve::{Match, Resolution};
use crate::status::{Reason, Status};
use crate::substance::Substance;
use controlled_substances_structure::StructureReport;

/// A listing as read through a registry: with its instrument, and the
/// substance or class it names.
///
/// Its text form names the list, schedule, date and citation:
/// `US CSA II since 2010-08-30 (75 FR 37295 (2010-07-01))`.
#[derive(Clone, Copy)]
pub struct ListingRef<'r> {
    pub(crate) registry: &'r Registry,
    pub(crate) listing: &'r Listing,
    pub(crate) via_class: bool,
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
    /// The subject, instrument, schedule and dates (not the whole registry).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ListingRef")
            .field("subject", &self.subject().id())
            .field("instrument", &self.instrument().id())
            .field("schedule", &self.listing.schedule())
            .field("effective", &self.listing.effective)
            .field("until", &self.listing.until)
            .field("via_class", &self.via_class)
            .finish()
    }
}

impl fmt::Display for ListingRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.instrument().short(), self.listing)?;
        if self.via_class {
            write!(f, " [class: {}]", self.subject().name())?;
        }
        Ok(())
    }
}

impl<'r> std::ops::Deref for ListingRef<'r> {
    type Target = Listing;
    fn deref(&self) -> &Listing {
        self.listing
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for ListingRef<'_> {
    /// The listing with its subject's and instrument's ids and names (not internal indexes).
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let l = self.listing;
        let mut st = s.serialize_struct("ListingRef", 18)?;
        st.serialize_field("subject", self.subject().id())?;
        st.serialize_field("subject_name", self.subject().name())?;
        st.serialize_field("via_class", &self.via_class)?;
        st.serialize_field("jurisdiction", &l.jurisdiction)?;
        st.serialize_field("instrument", self.instrument().id())?;
        st.serialize_field("list", self.instrument().short())?;
        st.serialize_field("schedule", l.schedule())?;
        st.serialize_field("code", &l.code())?;
        st.serialize_field("announced", &l.announced)?;
        st.serialize_field("effective", &l.effective)?;
        st.serialize_field("until", &l.until)?;
        st.serialize_field("temporary", &l.temporary)?;
        st.serialize_field("first_control", &l.added)?;
        st.serialize_field("scope", &l.scope)?;
        st.serialize_field("exceptions", &l.exceptions())?;
        st.serialize_field("citations", &l.citations().collect::<Vec<_>>())?;
        st.serialize_field("source", l.source())?;
        st.serialize_field("note", &l.note())?;
        st.end()
    }
}

/// The verdict for one substance (or structure) in one jurisdiction on one
/// date, with the listings behind it and the reason.
///
/// Its text form is one line: `US 2026-01-01 controlled: US CSA II since
/// 2010-08-30 (75 FR 37295 (2010-07-01))`. With `serde` it serialises with
/// ids and names, never internal indexes.
///
/// ```
/// use controlled_substances::{verdict, Date, Jurisdiction};
/// let v = verdict("4-ANPP", Jurisdiction::CN, Date::new(2018, 2, 1)?)?;
/// assert!(v.to_string().starts_with("CN 2018-02-01 controlled: CN 易制毒化学品"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
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
    /// `Temporary`, permanent ones first), those announced (for `Announced`),
    /// or, for an `Unknown` caused by a date window, the listings whose
    /// window the date falls in. Empty otherwise.
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

impl fmt::Debug for Verdict<'_> {
    /// The answer and what stands behind it, compactly (listings as one line each).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Verdict")
            .field("jurisdiction", &self.jurisdiction)
            .field("date", &self.date)
            .field("status", &self.status)
            .field("substance", &self.substance.map(|s| s.id()))
            .field(
                "listings",
                &self
                    .listings
                    .iter()
                    .map(|l| l.to_string())
                    .collect::<Vec<_>>(),
            )
            .field("reason", &self.reason)
            .field("explanation", &self.explanation)
            .finish()
    }
}

impl fmt::Display for Verdict<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.jurisdiction, self.date, self.status)?;
        if self.listings.is_empty() {
            write!(f, " ({})", self.reason)?;
        }
        for (i, l) in self.listings.iter().enumerate() {
            f.write_str(if i == 0 { ": " } else { "; " })?;
            write!(f, "{l}")?;
        }
        if let Some(e) = &self.explanation {
            write!(f, " — {e}")?;
        }
        Ok(())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Verdict<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("jurisdiction", &self.jurisdiction)?;
        m.serialize_entry("date", &self.date)?;
        m.serialize_entry("status", self.status.as_str())?;
        if let Status::Announced { effective } = self.status {
            m.serialize_entry("effective", &effective)?;
        }
        m.serialize_entry("controlled", &self.status.is_controlled())?;
        m.serialize_entry("substance", &self.substance.map(|s| s.id()))?;
        m.serialize_entry("substance_name", &self.substance.map(|s| s.name()))?;
        m.serialize_entry("reason", &self.reason)?;
        m.serialize_entry("explanation", &self.explanation)?;
        m.serialize_entry("listings", &self.listings)?;
        m.end()
    }
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
    /// A substance's own listings, then those of the classes it is recorded
    /// as falling under.
    pub(crate) fn refs<'r>(
        &'r self,
        s: &'r Substance,
    ) -> impl Iterator<Item = ListingRef<'r>> + 'r {
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
                    && self.instrument_of(l).kind == InstrumentKind::Precursors
            })
    }

    /// The verdict for a query in one jurisdiction on one date: the query is
    /// [resolved](Self::resolve), then [judged](Self::judge).
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
        let r = self.resolve(query)?;
        Ok(self.judge(&r, j, date))
    }

    /// The verdicts for a query in every jurisdiction the registry holds:
    /// resolved once, judged once per jurisdiction.
    pub fn verdicts(&self, query: &str, date: Date) -> Result<Vec<Verdict<'_>>, QueryError> {
        let r = self.resolve(query)?;
        Ok(self
            .jurisdictions
            .iter()
            .map(|j| self.judge(&r, j.code, date))
            .collect())
    }

    /// The verdict for what a query resolved to. A substance's own listings
    /// answer first; for a structure query that they leave uncontrolled (or
    /// that names no known substance), the class-wide definitions it meets
    /// answer next, naming the class listing and the conditions met. A
    /// structure that neither identity nor a class rule places is `Unknown`.
    ///
    /// ```
    /// use controlled_substances::{Registry, Jurisdiction as J, Date, Status};
    /// let r = Registry::embedded();
    /// // A fentanyl analogue no list names: a 2-methylpiperidine, isobutyryl for propionyl.
    /// let id = r.resolve("CC(C)C(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)C(C)C1")?;
    /// let v = r.judge(&id, J::US, Date::new(2019, 1, 1).unwrap());
    /// assert_eq!(v.status(), Status::Temporary);
    /// assert!(v.explanation().unwrap().contains("(C)"));
    /// let v = r.judge(&id, J::US, Date::new(2017, 1, 1).unwrap());
    /// assert_eq!(v.status(), Status::Unknown);
    /// # Ok::<(), controlled_substances::QueryError>(())
    /// ```
    pub fn judge<'r>(&'r self, r: &Resolution<'r>, j: Jurisdiction, date: Date) -> Verdict<'r> {
        match (&r.matched, &r.structure) {
            (m, Some(report)) => self.judge_mixture(m.as_ref(), report, j, date),
            (Some(m), None) => self.verdict_for(m.substance(), j, date),
            (None, None) => Verdict {
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

    /// The verdict for a substance the caller already holds: its own
    /// listings and those of the classes it is recorded as falling under.
    pub fn verdict_for<'r>(
        &'r self,
        substance: &'r Substance,
        j: Jurisdiction,
        date: Date,
    ) -> Verdict<'r> {
        let mut in_force: Vec<ListingRef<'r>> = Vec::new();
        let mut announced: Vec<ListingRef<'r>> = Vec::new();
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
                announced.push(r);
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
            let status = status_of(&mut in_force);
            let reason = if in_force.iter().all(|r| r.via_class) {
                Reason::ListedThroughClass
            } else {
                Reason::ListedByName
            };
            return verdict(status, in_force, reason);
        }
        if let Some(effective) = announced
            .iter()
            .map(|r| r.listing.effective.earliest())
            .min()
        {
            return verdict(
                Status::Announced { effective },
                announced,
                Reason::Announced,
            );
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

    /// A structure: each component of a mixture judged on its own (salts
    /// and solvents were set aside when it was analysed), the strongest
    /// answer given, naming the component it comes from.
    fn judge_mixture<'r>(
        &'r self,
        matched: Option<&Match<'r>>,
        report: &StructureReport,
        j: Jurisdiction,
        date: Date,
    ) -> Verdict<'r> {
        let mut v = if report.components.len() <= 1 {
            self.judge_structure(matched, &report.classes, j, date)
        } else {
            let n = report.components.len();
            let mut best: Option<(usize, Verdict<'r>)> = None;
            for (i, c) in report.components.iter().enumerate() {
                // The first component is the parent the resolution matched.
                let m = if i == 0 {
                    matched.copied()
                } else {
                    self.by_structure_key(c.key)
                };
                let v = self.judge_structure(m.as_ref(), &c.classes, j, date);
                if best
                    .as_ref()
                    .is_none_or(|(_, b)| v.status.strength() > b.status.strength())
                {
                    best = Some((i, v));
                }
            }
            let Some((i, mut v)) = best else {
                return self.judge_structure(matched, &report.classes, j, date);
            };
            let c = &report.components[i];
            let what = v.substance.map_or_else(
                || c.formula.clone(),
                |s| format!("{} ({})", s.name(), c.formula),
            );
            let said = format!(
                "a mixture of {n} components (salts and solvents set aside); this answer is that of component {} of {n}, {what}, the strongest among them",
                i + 1
            );
            v.explanation = Some(match v.explanation.take() {
                Some(e) => format!("{said}; {e}"),
                None => said,
            });
            v
        };
        if report.isotopes_ignored {
            if let Some(s) = v.substance {
                let said = format!("an isotope-labelled form of {}", s.name());
                v.explanation = Some(match v.explanation.take() {
                    Some(e) => format!("{said}; {e}"),
                    None => said,
                });
            }
        }
        v
    }

    /// One structure: the substance it is (the strongest answer among
    /// stereoisomers listed separately), then the class-wide definitions it
    /// meets, for what its own listings leave uncontrolled.
    fn judge_structure<'r>(
        &'r self,
        matched: Option<&Match<'r>>,
        classes: &[controlled_substances_structure::ClassMatch],
        j: Jurisdiction,
        date: Date,
    ) -> Verdict<'r> {
        let own = match matched {
            Some(m) if m.same_structure().next().is_some() => {
                // Stereoisomers listed separately share the stereo-free
                // structure: take the strongest answer among them.
                let mut best = self.verdict_for(m.substance(), j, date);
                let mut names = vec![m.substance().name()];
                for other in m.same_structure() {
                    names.push(other.name());
                    let v = self.verdict_for(other, j, date);
                    if v.status.strength() > best.status.strength() {
                        best = v;
                    }
                }
                best.explanation = Some(format!(
                    "stereo marks are not compared: this structure is that of {}; the strongest answer among them is given",
                    names.join(", ")
                ));
                best
            }
            Some(m) => self.verdict_for(m.substance(), j, date),
            None => Verdict {
                jurisdiction: j,
                date,
                status: Status::Unknown,
                substance: None,
                listings: Vec::new(),
                reason: Reason::UnknownStructure,
                explanation: None,
            },
        };
        if own.status.is_controlled() {
            return own;
        }
        let mut in_force: Vec<ListingRef<'r>> = Vec::new();
        let mut announced: Vec<ListingRef<'r>> = Vec::new();
        let mut explained: Vec<String> = Vec::new();
        for cm in classes.iter().filter(|c| c.is_member()) {
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
        let class_verdict = |status, listings, reason| Verdict {
            jurisdiction: j,
            date,
            status,
            substance: own.substance,
            listings,
            reason,
            explanation: explanation.clone(),
        };
        if !in_force.is_empty() {
            let status = status_of(&mut in_force);
            return class_verdict(status, in_force, Reason::StructureMeetsClass);
        }
        if matches!(own.status, Status::Announced { .. }) {
            return own;
        }
        if let Some(effective) = announced
            .iter()
            .map(|r| r.listing.effective.earliest())
            .min()
        {
            return class_verdict(
                Status::Announced { effective },
                announced,
                Reason::StructureMeetsAnnouncedClass,
            );
        }
        own
    }
}
