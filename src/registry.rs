//! The [`Registry`]: the embedded dataset, or one loaded at runtime, and every
//! query over it.

use std::borrow::Cow;

use crate::text::Str;

use crate::error::QueryError;
use crate::index::{CasEntry, CodeEntry, KeyEntry, NameEntry, StructureEntry};
use crate::jurisdiction::{Jurisdiction, JurisdictionInfo};
use crate::listing::{Instrument, Listing};
use crate::substance::Substance;

/// A dataset of substances, instruments and listings, with its lookup indexes.
///
/// [`Registry::embedded`] is the data compiled into the crate: built from
/// static tables, with nothing parsed or allocated. With the `load` feature,
/// a registry can also be read from files in the same schema, alone or on top
/// of the embedded one.
///
/// ```
/// use controlled_substances::{Registry, Jurisdiction, Date, Status};
/// let r = Registry::embedded();
/// let v = r.verdict("4-ANPP", Jurisdiction::CN, Date::new(2018, 2, 1)?)?;
/// assert_eq!(v.status(), Status::Controlled);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct Registry {
    pub(crate) version: Str,
    pub(crate) jurisdictions: Cow<'static, [JurisdictionInfo]>,
    pub(crate) instruments: Cow<'static, [Instrument]>,
    pub(crate) substances: Cow<'static, [Substance]>,
    pub(crate) listings: Cow<'static, [Listing]>,
    pub(crate) names: Cow<'static, [NameEntry]>,
    pub(crate) name_table: Cow<'static, [u32]>,
    pub(crate) cas: Cow<'static, [CasEntry]>,
    pub(crate) dea: Cow<'static, [CodeEntry]>,
    pub(crate) inchikeys: Cow<'static, [KeyEntry]>,
    pub(crate) structures: Cow<'static, [StructureEntry]>,
}

impl std::fmt::Debug for Registry {
    /// The version and the size of each table (not their contents).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Registry")
            .field("version", &self.version())
            .field("jurisdictions", &self.jurisdictions.len())
            .field("instruments", &self.instruments.len())
            .field("substances", &self.substances.len())
            .field("listings", &self.listings.len())
            .field("names", &self.names.len())
            .field("structures", &self.structures.len())
            .finish()
    }
}

impl Registry {
    /// The registry compiled into the crate. Costs nothing: a reference to static tables.
    pub fn embedded() -> &'static Registry {
        &crate::generated::EMBEDDED
    }

    /// The data version (`DATA_VERSION` for the embedded registry).
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Every jurisdiction the registry holds, with its "data as of" date.
    pub fn jurisdictions(&self) -> &[JurisdictionInfo] {
        &self.jurisdictions
    }

    /// What the registry holds about one jurisdiction.
    pub fn jurisdiction(&self, code: Jurisdiction) -> Option<&JurisdictionInfo> {
        self.jurisdictions.iter().find(|j| j.code == code)
    }

    /// The jurisdiction, or an error naming the codes the registry has.
    pub(crate) fn require(&self, code: Jurisdiction) -> Result<&JurisdictionInfo, QueryError> {
        self.jurisdiction(code)
            .ok_or_else(|| QueryError::UnknownJurisdiction {
                code: code.to_string(),
                known: self
                    .jurisdictions
                    .iter()
                    .map(|j| j.code.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }

    /// Every instrument (list).
    pub fn instruments(&self) -> &[Instrument] {
        &self.instruments
    }

    /// An instrument by id.
    pub fn instrument(&self, id: &str) -> Option<&Instrument> {
        self.instruments.iter().find(|i| &*i.id == id)
    }

    /// Every substance and class, in id order.
    pub fn substances(&self) -> &[Substance] {
        &self.substances
    }

    /// A substance or class by its id.
    ///
    /// ```
    /// let r = controlled_substances::Registry::embedded();
    /// assert_eq!(r.substance("npp").unwrap().name(), "NPP");
    /// assert!(r.substance("no-such-id").is_none());
    /// ```
    pub fn substance(&self, id: &str) -> Option<&Substance> {
        self.substances
            .binary_search_by(|s| (*s.id).cmp(id))
            .ok()
            .map(|i| &self.substances[i])
    }

    /// Every listing, grouped by substance, then jurisdiction, then date.
    pub fn listings(&self) -> &[Listing] {
        &self.listings
    }

    /// The listings of one substance or class (not those of the classes it falls under).
    pub fn listings_of(&self, substance: &Substance) -> &[Listing] {
        let (start, len) = substance.listings;
        self.listings
            .get(start as usize..(start + len) as usize)
            .unwrap_or(&[])
    }

    /// The instrument a listing is on.
    pub fn instrument_of(&self, listing: &Listing) -> &Instrument {
        &self.instruments[listing.instrument as usize]
    }

    /// The substance or class a listing names.
    pub fn substance_of(&self, listing: &Listing) -> &Substance {
        &self.substances[listing.substance as usize]
    }

    /// The classes a substance is recorded as falling under.
    pub fn classes_of<'r>(
        &'r self,
        substance: &'r Substance,
    ) -> impl Iterator<Item = &'r Substance> + 'r {
        substance
            .classes
            .iter()
            .filter_map(move |&i| self.substances.get(i as usize))
    }

    pub(crate) fn index_of(&self, substance: &Substance) -> u32 {
        // Substances are stored sorted by id.
        self.substances
            .binary_search_by(|s| (*s.id).cmp(substance.id()))
            .map(|i| i as u32)
            .unwrap_or(0)
    }
}
