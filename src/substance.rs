//! What a substance is: its names, CAS numbers, codes and structure ([`Substance`]).

use std::borrow::Cow;

use crate::text::{OptStr, Str};
use std::fmt;

use crate::cas::CasNumber;
use crate::identifiers::{DeaCode, InchiKey};
use crate::jurisdiction::Jurisdiction;

/// What kind of thing a record is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum SubstanceKind {
    /// A drug (narcotic, psychotropic, new psychoactive substance).
    Drug,
    /// A precursor chemical.
    Precursor,
    /// A plant, plant material or preparation (opium poppy, coca leaf, medicinal products).
    Preparation,
    /// A class defined by law (for example the US "fentanyl-related substances").
    Class,
}

impl SubstanceKind {
    /// The word used in the data files: `drug`, `precursor`, `preparation`, `class`.
    pub fn as_str(self) -> &'static str {
        match self {
            SubstanceKind::Drug => "drug",
            SubstanceKind::Precursor => "precursor",
            SubstanceKind::Preparation => "preparation",
            SubstanceKind::Class => "class",
        }
    }
}

impl fmt::Display for SubstanceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for SubstanceKind {
    type Err = crate::error::ParseError;
    /// `drug`, `precursor`, `preparation` or `class`.
    ///
    /// ```
    /// use controlled_substances::SubstanceKind;
    /// assert_eq!("class".parse::<SubstanceKind>()?, SubstanceKind::Class);
    /// assert!("solvent".parse::<SubstanceKind>().is_err());
    /// # Ok::<(), controlled_substances::ParseError>(())
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s.trim() {
            "drug" => SubstanceKind::Drug,
            "precursor" => SubstanceKind::Precursor,
            "preparation" => SubstanceKind::Preparation,
            "class" => SubstanceKind::Class,
            _ => {
                return Err(crate::error::ParseError::Keyword {
                    what: "substance kind",
                    input: s.to_string(),
                })
            }
        })
    }
}

/// What kind of name a [`Name`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum NameKind {
    /// The preferred name in its language.
    Preferred,
    /// An abbreviation (`ANPP`, `NPP`, `MDMA`).
    Abbreviation,
    /// Another name: INN, systematic name, common name.
    Synonym,
    /// The DEA's own spelling in the Orange Book.
    Dea,
    /// A brand or trade name.
    Brand,
}

/// One name of a substance, with its language tag.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Name {
    pub(crate) text: Str,
    pub(crate) lang: Str,
    pub(crate) kind: NameKind,
}

impl fmt::Display for Name {
    /// The name as written.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Name {
    /// The name as written.
    pub fn text(&self) -> &str {
        &self.text
    }
    /// Its language tag (`en`, `zh`, `fr` …).
    pub fn lang(&self) -> &str {
        &self.lang
    }
    /// What kind of name it is.
    pub fn kind(&self) -> NameKind {
        self.kind
    }
}

/// A salt (or other form) of a substance with its own CAS number, such as
/// fentanyl citrate, 990-73-8.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SaltForm {
    pub(crate) form: Str,
    pub(crate) cas: CasNumber,
}

impl SaltForm {
    /// The form (`citrate`, `hydrochloride`).
    pub fn form(&self) -> &str {
        &self.form
    }
    /// Its CAS number.
    pub fn cas(&self) -> CasNumber {
        self.cas
    }
}

/// A substance, plant, preparation or legally defined class, with everything
/// that identifies it. Its listings are read through the
/// [`Registry`](crate::Registry).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Substance {
    pub(crate) id: Str,
    pub(crate) name: Str,
    pub(crate) kind: SubstanceKind,
    pub(crate) names: Cow<'static, [Name]>,
    pub(crate) cas: Option<CasNumber>,
    pub(crate) other_cas: Cow<'static, [CasNumber]>,
    pub(crate) salts: Cow<'static, [SaltForm]>,
    pub(crate) dea_code: Option<DeaCode>,
    pub(crate) incb_code: OptStr,
    pub(crate) pubchem_cid: Option<u32>,
    pub(crate) inchikey: Option<InchiKey>,
    pub(crate) smiles: OptStr,
    pub(crate) formula: OptStr,
    /// Indexes of the classes it falls under (serialised by the registry as ids, not here).
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) classes: Cow<'static, [u32]>,
    pub(crate) reviewed_in: Cow<'static, [Jurisdiction]>,
    pub(crate) definition_en: OptStr,
    pub(crate) definition_zh: OptStr,
    pub(crate) note: OptStr,
    /// Range of this substance's listings in the registry's listing table.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) listings: (u32, u32),
}

impl fmt::Display for Substance {
    /// Its preferred name and id: `4-ANPP [4-anpp]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} [{}]", self.name, self.id)
    }
}

impl Substance {
    /// Its stable id (a lowercase slug such as `4-anpp`), never reused.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// Its preferred English name.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// What kind of record it is.
    pub fn kind(&self) -> SubstanceKind {
        self.kind
    }
    /// Every name, in every language, with its kind (the preferred English name first).
    pub fn names(&self) -> &[Name] {
        &self.names
    }
    /// Its preferred name in a language (`"zh"` for Chinese), if the data has one.
    ///
    /// ```
    /// let r = controlled_substances::Registry::embedded();
    /// let fentanyl = r.substance("fentanyl").unwrap();
    /// assert_eq!(fentanyl.name_in("zh"), Some("芬太尼"));
    /// ```
    pub fn name_in(&self, lang: &str) -> Option<&str> {
        if lang == "en" {
            return Some(&self.name);
        }
        self.names
            .iter()
            .find(|n| &*n.lang == lang)
            .map(|n| n.text())
    }
    /// The parent compound's CAS number.
    pub fn cas(&self) -> Option<CasNumber> {
        self.cas
    }
    /// Further CAS numbers of the parent (deprecated or isomer-unspecified numbers).
    pub fn other_cas(&self) -> &[CasNumber] {
        &self.other_cas
    }
    /// Salt forms with their own CAS numbers.
    pub fn salts(&self) -> &[SaltForm] {
        &self.salts
    }
    /// Every CAS number: the parent's first, then the others, then the salts'.
    pub fn all_cas(&self) -> impl Iterator<Item = CasNumber> + '_ {
        self.cas
            .into_iter()
            .chain(self.other_cas.iter().copied())
            .chain(self.salts.iter().map(|s| s.cas))
    }
    /// The DEA controlled-substance or chemical code.
    pub fn dea_code(&self) -> Option<DeaCode> {
        self.dea_code
    }
    /// The INCB (International Drug Control System) code, as the INCB lists write it.
    pub fn incb_code(&self) -> Option<&str> {
        self.incb_code.as_deref()
    }
    /// The PubChem compound id.
    pub fn pubchem_cid(&self) -> Option<u32> {
        self.pubchem_cid
    }
    /// The standard InChIKey.
    pub fn inchikey(&self) -> Option<InchiKey> {
        self.inchikey
    }
    /// A SMILES string of the parent structure.
    pub fn smiles(&self) -> Option<&str> {
        self.smiles.as_deref()
    }
    /// The molecular formula of the parent, in Hill order.
    pub fn formula(&self) -> Option<&str> {
        self.formula.as_deref()
    }
    /// Jurisdictions whose lists were checked for this substance.
    pub fn reviewed_in(&self) -> &[Jurisdiction] {
        &self.reviewed_in
    }
    /// For a class: the legal definition in English.
    pub fn definition_en(&self) -> Option<&str> {
        self.definition_en.as_deref()
    }
    /// For a class: the legal definition in Chinese.
    pub fn definition_zh(&self) -> Option<&str> {
        self.definition_zh.as_deref()
    }
    /// A curator's note (doubts, caveats).
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }
}
