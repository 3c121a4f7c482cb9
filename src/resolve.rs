//! Resolving a query, the first step of every question: what is this input
//! (a CAS number, an InChIKey, a DEA code, a name, or a structure), and which
//! substance does it name ([`Resolution`], [`Match`])? The text is read once:
//! detected once, normalised and looked up once, and, for a structure,
//! parsed and analysed once. Judging a resolution on a date is
//! [`judge`](crate::judge).

use crate::cas::CasNumber;
use crate::error::QueryError;
use crate::identifiers::{DeaCode, InchiKey};
use crate::index::{probe, NO_SALT};
use crate::names::{split_salt, trim, Key, ShortKey, MAX_QUERY_LEN};
use crate::registry::Registry;
use crate::substance::{Name, Substance};
use controlled_substances_structure::{analyze, SmilesError, StructureReport};

/// How much of a rejected input an error quotes.
pub(crate) const MAX_ECHO: usize = 200;

/// What a query text was read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum QueryKind {
    /// A CAS number (hyphenated or bare digits), check digit verified.
    Cas(CasNumber),
    /// A DEA code, written `DEA 9801`.
    DeaCode(DeaCode),
    /// A standard InChIKey.
    InchiKey(InchiKey),
    /// A name, in any language (or, failing that, a structure in SMILES).
    Name,
    /// A structure, forced by the prefix `smiles:`.
    Smiles,
}

impl QueryKind {
    /// Decides what `query` is. A text shaped like a CAS number, a DEA code or an
    /// InChIKey must be a valid one: a wrong check digit is an error, never a miss.
    ///
    /// ```
    /// use controlled_substances::{QueryKind, QueryError};
    /// assert!(matches!(QueryKind::detect("21409-26-7"), Ok(QueryKind::Cas(_))));
    /// assert!(matches!(QueryKind::detect("DEA 9801"), Ok(QueryKind::DeaCode(_))));
    /// assert!(matches!(QueryKind::detect("NPP"), Ok(QueryKind::Name)));
    /// assert!(matches!(QueryKind::detect("21409-26-8"), Err(QueryError::Identifier(_))));
    /// assert!(matches!(QueryKind::detect("  "), Err(QueryError::Empty)));
    /// assert!(matches!(QueryKind::detect("fent\0anyl"), Err(QueryError::ControlCharacter { byte: 4, .. })));
    /// ```
    pub fn detect(query: &str) -> Result<QueryKind, QueryError> {
        let q = trim(query);
        if q.is_empty() {
            return Err(QueryError::Empty);
        }
        if q.len() > MAX_QUERY_LEN {
            return Err(QueryError::TooLong {
                len: q.len(),
                max: MAX_QUERY_LEN,
                start: q.chars().take(40).collect(),
            });
        }
        if let Some((byte, found)) = q.char_indices().find(|(_, c)| c.is_control()) {
            return Err(QueryError::ControlCharacter {
                found,
                byte,
                start: q.chars().take(40).collect(),
            });
        }
        if let Some(rest) = q
            .strip_prefix("smiles:")
            .or_else(|| q.strip_prefix("SMILES:"))
        {
            if rest.trim().is_empty() {
                return Err(QueryError::Empty);
            }
            return Ok(QueryKind::Smiles);
        }
        let first = q.as_bytes()[0];
        if first.is_ascii_digit() && CasNumber::looks_like(q) {
            return Ok(QueryKind::Cas(q.parse()?));
        }
        if q.len() == 27 && InchiKey::looks_like(q) {
            return Ok(QueryKind::InchiKey(q.parse()?));
        }
        if (first == b'D' || first == b'd') && DeaCode::looks_like(q) {
            let rest = q[3..].trim_start_matches([' ', ':', '#', '-', '\t']);
            // "DEA 9801" is a code; "DEA-approved ..." would be a name.
            if rest.bytes().next().is_some_and(|b| b.is_ascii_digit()) || rest.is_empty() {
                return Ok(QueryKind::DeaCode(q.parse()?));
            }
        }
        Ok(QueryKind::Name)
    }
}

/// How a query found its substance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum MatchedBy<'r> {
    /// By one of its names.
    Name(&'r Name),
    /// By a CAS number (the parent's, another of the parent's, or a salt form's).
    Cas(CasNumber),
    /// By its DEA code.
    DeaCode(DeaCode),
    /// By its InChIKey.
    InchiKey(InchiKey),
    /// By its structure: the query's parent graph equals the substance's.
    Structure {
        /// True when the query had stereo marks, which identity ignores
        /// (listings cover stereoisomers).
        stereo_ignored: bool,
    },
}

/// The substance a query names, and how it was found.
#[derive(Clone, Copy)]
pub struct Match<'r> {
    pub(crate) registry: &'r Registry,
    pub(crate) substance: u32,
    pub(crate) matched_by: MatchedBy<'r>,
    pub(crate) salt: Option<&'r str>,
    pub(crate) others: &'r [crate::index::NameEntry],
    pub(crate) same_structure: &'r [crate::index::StructureEntry],
}

impl std::fmt::Debug for Match<'_> {
    /// The substance and how it was found (not the whole registry).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Match")
            .field("substance", &self.substance().id())
            .field("matched_by", &self.matched_by)
            .field("salt", &self.salt)
            .finish()
    }
}

impl std::fmt::Display for Match<'_> {
    /// The substance and how it was found: `fentanyl [fentanyl] by name "Fentanyl Citrate" (citrate)`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} by ", self.substance())?;
        match self.matched_by {
            MatchedBy::Name(n) => write!(f, "name {:?}", n.text())?,
            MatchedBy::Cas(c) => write!(f, "CAS {c}")?,
            MatchedBy::DeaCode(c) => write!(f, "DEA code {c}")?,
            MatchedBy::InchiKey(k) => write!(f, "InChIKey {k}")?,
            MatchedBy::Structure { stereo_ignored } => {
                f.write_str("structure")?;
                if stereo_ignored {
                    f.write_str(" (stereo marks ignored)")?;
                }
            }
        }
        if let Some(s) = self.salt {
            write!(f, " ({s})")?;
        }
        Ok(())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Match<'_> {
    /// The substance's id and name, how it was found, and the salt named.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let sub = self.substance();
        let mut st = s.serialize_struct("Match", 6)?;
        st.serialize_field("substance", sub.id())?;
        st.serialize_field("name", sub.name())?;
        let (by, value) = match self.matched_by {
            MatchedBy::Name(n) => ("name", Some(n.text().to_string())),
            MatchedBy::Cas(c) => ("cas", Some(c.to_string())),
            MatchedBy::DeaCode(c) => ("dea_code", Some(c.to_string())),
            MatchedBy::InchiKey(k) => ("inchikey", Some(k.to_string())),
            MatchedBy::Structure { .. } => ("structure", None),
        };
        st.serialize_field("matched_by", by)?;
        st.serialize_field("matched", &value)?;
        st.serialize_field("salt", &self.salt)?;
        st.serialize_field(
            "same_structure",
            &self.same_structure().map(|s| s.id()).collect::<Vec<_>>(),
        )?;
        st.end()
    }
}

impl<'r> Match<'r> {
    /// The substance (or class) found.
    pub fn substance(&self) -> &'r Substance {
        &self.registry.substances[self.substance as usize]
    }
    /// How it was found.
    pub fn matched_by(&self) -> MatchedBy<'r> {
        self.matched_by
    }
    /// The salt form the query named (`fentanyl citrate`, or a salt's CAS number), if any.
    /// The verdict is the parent's: the listings cover salts where their scope says so.
    pub fn salt(&self) -> Option<&'r str> {
        self.salt
    }
    /// Other substances that carry the same name (a name shared by several
    /// substances, such as a street name). Empty for most queries.
    pub fn also_named(&self) -> impl Iterator<Item = &'r Substance> + 'r {
        let reg = self.registry;
        let me = self.substance;
        let mut seen = Vec::new();
        self.others.iter().filter_map(move |e| {
            if e.substance == me || seen.contains(&e.substance) {
                return None;
            }
            seen.push(e.substance);
            reg.substances.get(e.substance as usize)
        })
    }

    /// For a match by structure: the other substances with the same graph once
    /// stereo marks are ignored (stereoisomers listed separately, such as
    /// ephedrine and pseudoephedrine). Verdicts take the strongest of them.
    pub fn same_structure(&self) -> impl Iterator<Item = &'r Substance> + 'r {
        let reg = self.registry;
        let me = self.substance;
        self.same_structure
            .iter()
            .filter(move |e| e.substance != me)
            .filter_map(move |e| reg.substances.get(e.substance as usize))
    }
    /// The registry it came from.
    pub fn registry(&self) -> &'r Registry {
        self.registry
    }
}

/// What a query is, read once: the substance it names, and for a structure
/// query the structure's analysis. Every verdict is judged from one.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Resolution<'r> {
    /// The substance found, if any.
    pub matched: Option<Match<'r>>,
    /// For a structure query: formula, stripped salts, canonical form, class definitions met.
    #[cfg_attr(
        feature = "serde",
        serde(
            skip_serializing_if = "Option::is_none",
            serialize_with = "structure_report"
        )
    )]
    pub structure: Option<StructureReport>,
}

/// A structure report as data: formulas, what was stripped, the canonical
/// form, and the class definitions met with their conditions.
#[cfg(feature = "serde")]
fn structure_report<S: serde::Serializer>(
    r: &Option<StructureReport>,
    s: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeStruct;
    let Some(r) = r else {
        return s.serialize_none();
    };
    let classes: Vec<(&str, String)> = r
        .classes
        .iter()
        .filter(|c| c.is_member())
        .map(|c| (c.rule.id(), c.explanation()))
        .collect();
    let mut st = s.serialize_struct("StructureReport", 7)?;
    st.serialize_field("formula", &r.formula)?;
    st.serialize_field("parent_formula", &r.parent_formula)?;
    st.serialize_field("stripped", &r.stripped)?;
    st.serialize_field("canonical_smiles", &r.canonical)?;
    st.serialize_field("stereo_ignored", &r.stereo_ignored)?;
    st.serialize_field("multiple_parents", &r.multiple_parents)?;
    st.serialize_field("classes", &classes)?;
    st.end()
}

impl std::fmt::Display for Resolution<'_> {
    /// What the query was found to be: the match, and for a structure its formula.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.matched {
            Some(m) => write!(f, "{m}")?,
            None => f.write_str("no substance in the registry")?,
        }
        if let Some(r) = &self.structure {
            write!(f, "; structure {} (parent {})", r.formula, r.parent_formula)?;
        }
        Ok(())
    }
}

/// True for text made only of characters SMILES uses, with no spaces.
fn looks_like_smiles(q: &str) -> bool {
    !q.is_empty()
        && q.len() <= controlled_substances_structure::smiles::MAX_SMILES_LEN
        && q.bytes().all(|b| b.is_ascii_graphic())
        && q.bytes()
            .any(|b| matches!(b, b'C' | b'c' | b'N' | b'n' | b'O' | b'o' | b'['))
}

impl Registry {
    /// Finds the substance a query names: a CAS number, `DEA nnnn`, an
    /// InChIKey, a name in any language (case, dashes, spaces, primes and
    /// Greek letters do not matter; a trailing salt word resolves to the
    /// parent), or a structure. The substance part of [`resolve`](Self::resolve).
    ///
    /// `Ok(None)` means the query is well formed and names nothing the registry knows.
    ///
    /// ```
    /// let r = controlled_substances::Registry::embedded();
    /// let m = r.lookup("Fentanyl Citrate")?.unwrap();
    /// assert_eq!(m.substance().id(), "fentanyl");
    /// assert_eq!(m.salt(), Some("citrate"));
    /// assert_eq!(r.lookup("21409267")?.unwrap().substance().id(), "4-anpp");
    /// assert!(r.lookup("21409-26-8").is_err());
    /// assert!(r.lookup("no such substance")?.is_none());
    /// # Ok::<(), controlled_substances::QueryError>(())
    /// ```
    pub fn lookup(&self, query: &str) -> Result<Option<Match<'_>>, QueryError> {
        Ok(self.resolve(query)?.matched)
    }

    /// Reads a query once: what it is, the substance it names, and for a
    /// structure query (SMILES, when the text is no known name, or any text
    /// after `smiles:`) the structure's analysis: formula, stripped salts,
    /// class definitions met. [`judge`](Self::judge) answers from it for any
    /// jurisdiction and date without reading the text again.
    ///
    /// ```
    /// let r = controlled_substances::Registry::embedded();
    /// // Fentanyl, Kekulé and with the hydrochloride.
    /// let id = r.resolve("CCC(=O)N(C1=CC=CC=C1)C1CCN(CCC2=CC=CC=C2)CC1.Cl")?;
    /// assert_eq!(id.matched.unwrap().substance().id(), "fentanyl");
    /// assert_eq!(id.structure.unwrap().stripped, ["hydrochloride"]);
    /// // Names win: "NPP" is the precursor, not a SMILES.
    /// assert!(r.resolve("NPP")?.structure.is_none());
    /// # Ok::<(), controlled_substances::QueryError>(())
    /// ```
    pub fn resolve(&self, query: &str) -> Result<Resolution<'_>, QueryError> {
        let found = |m| Resolution {
            matched: m,
            structure: None,
        };
        match QueryKind::detect(query)? {
            QueryKind::Cas(cas) => Ok(found(self.by_cas(cas))),
            QueryKind::DeaCode(code) => Ok(found(self.by_dea_code(code))),
            QueryKind::InchiKey(key) => Ok(found(self.by_inchikey(key))),
            QueryKind::Name => match self.by_name(query) {
                Some(m) => Ok(found(Some(m))),
                // A text that is no known name and reads as SMILES is a structure.
                None if looks_like_smiles(query.trim()) => {
                    Ok(self.by_smiles(query.trim()).unwrap_or(found(None)))
                }
                None => Ok(found(None)),
            },
            QueryKind::Smiles => {
                let text = trim(query).get(7..).unwrap_or("").trim();
                self.by_smiles(text).map_err(|source| QueryError::Smiles {
                    input: text.chars().take(MAX_ECHO).collect(),
                    source,
                })
            }
        }
    }

    /// The resolution of a SMILES string: analysed once, then matched by
    /// its stereo-free identity.
    fn by_smiles(&self, smiles: &str) -> Result<Resolution<'_>, SmilesError> {
        let report = analyze(smiles)?;
        let matched = self.by_structure_key(report.key).map(|mut m| {
            m.matched_by = MatchedBy::Structure {
                stereo_ignored: report.stereo_ignored,
            };
            m
        });
        Ok(Resolution {
            matched,
            structure: Some(report),
        })
    }

    pub(crate) fn by_structure_key(&self, key: u128) -> Option<Match<'_>> {
        let i = self.structures.partition_point(|e| e.key < key);
        let n = self.structures[i..]
            .iter()
            .take_while(|e| e.key == key)
            .count();
        let hit = self.structures.get(i).filter(|e| e.key == key)?;
        Some(Match {
            registry: self,
            substance: hit.substance,
            matched_by: MatchedBy::Structure {
                stereo_ignored: false,
            },
            salt: None,
            others: &[],
            same_structure: &self.structures[i..i + n],
        })
    }

    /// The substance with this CAS number (the parent's, another, or a salt's).
    pub fn by_cas(&self, cas: CasNumber) -> Option<Match<'_>> {
        let i = self.cas.partition_point(|e| e.cas < cas);
        let hit = self.cas.get(i).filter(|e| e.cas == cas)?;
        let s = self.substances.get(hit.substance as usize)?;
        Some(Match {
            registry: self,
            substance: hit.substance,
            matched_by: crate::resolve::MatchedBy::Cas(cas),
            salt: (hit.salt != NO_SALT)
                .then(|| s.salts.get(hit.salt as usize).map(|f| f.form()))
                .flatten(),
            others: &[],
            same_structure: &[],
        })
    }

    /// The substance with this DEA code.
    pub fn by_dea_code(&self, code: DeaCode) -> Option<Match<'_>> {
        let i = self.dea.partition_point(|e| e.code < code.get());
        let hit = self.dea.get(i).filter(|e| e.code == code.get())?;
        Some(Match {
            registry: self,
            substance: hit.substance,
            matched_by: MatchedBy::DeaCode(code),
            salt: None,
            others: &[],
            same_structure: &[],
        })
    }

    /// The substance with this InChIKey.
    pub fn by_inchikey(&self, key: InchiKey) -> Option<Match<'_>> {
        let i = self.inchikeys.partition_point(|e| e.key < key);
        let hit = self.inchikeys.get(i).filter(|e| e.key == key)?;
        Some(Match {
            registry: self,
            substance: hit.substance,
            matched_by: MatchedBy::InchiKey(key),
            salt: None,
            others: &[],
            same_structure: &[],
        })
    }

    /// The substance with this name (any language; normalised), or, failing
    /// that, the parent named before a trailing salt word.
    pub fn by_name(&self, name: &str) -> Option<Match<'_>> {
        self.exact_name(name, None).or_else(|| {
            let (head, form) = split_salt(name)?;
            self.exact_name(head, Some(form))
        })
    }

    fn exact_name(&self, name: &str, salt: Option<&'static str>) -> Option<Match<'_>> {
        // Most names fit the short key; longer ones take the full one.
        let mut short = ShortKey::new();
        if short.fill(name) {
            return self.match_key(short.as_bytes(), salt);
        }
        let mut key: Key = Key::new();
        if !key.fill(name) {
            return None;
        }
        self.match_key(key.as_bytes(), salt)
    }

    fn match_key(&self, key: &[u8], salt: Option<&'static str>) -> Option<Match<'_>> {
        let first = probe(&self.name_table, &self.names, key)?;
        let same = &self.names[first..];
        let n = same.iter().take_while(|e| e.key.as_bytes() == key).count();
        let entry = &same[0];
        let s = self.substances.get(entry.substance as usize)?;
        let nm = s.names.get(entry.name as usize)?;
        Some(Match {
            registry: self,
            substance: entry.substance,
            matched_by: MatchedBy::Name(nm),
            salt,
            others: &same[..n],
            same_structure: &[],
        })
    }
}
