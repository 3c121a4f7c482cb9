//! Structures: a pure-Rust SMILES reader (dative bonds `->`/`<-` read as
//! RDKit reads them), molecular graphs with implicit hydrogens, aromaticity
//! perceived the same for aromatic and Kekulé input, molecular formulas as
//! RDKit writes them, salt and solvent stripping, canonical identity that
//! ignores stereo marks and isotope labels ([`canonical`], [`isotopes`]), a
//! stereoisomer key ([`stereo`]), every component of a mixture
//! ([`identity::analyze`]), and the class-wide legal definitions as exact
//! graph rules ([`classes`]).
//!
//! Work is bounded: the reader accepts at most
//! [`MAX_SMILES_LEN`](smiles::MAX_SMILES_LEN) bytes,
//! [`MAX_ATOMS`](smiles::MAX_ATOMS) atoms and
//! [`MAX_BRANCH_DEPTH`](smiles::MAX_BRANCH_DEPTH) nested branches, and
//! canonical identity is `O((n + m) log² n)` for `n` atoms and `m` bonds,
//! each distinct fragment canonicalised once.
//!
//! ```
//! use controlled_substances_structure::{smiles, formula, salts, canonical};
//! // Fentanyl citrate, drawn with an explicit Kekulé benzene.
//! let m = smiles::parse("CCC(=O)N(C1=CC=CC=C1)C1CCN(CCc2ccccc2)CC1.OC(=O)CC(O)(CC(O)=O)C(O)=O")?;
//! assert_eq!(formula::molecular_formula(&m), "C28H36N2O8");
//! let s = salts::strip_salts(&m);
//! assert_eq!(formula::molecular_formula(&s.parents[0].molecule), "C22H28N2O");
//! assert_eq!(s.stripped[0].name, "citrate");
//! let aromatic = smiles::parse("O=C(CC)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1")?;
//! assert_eq!(canonical::identity_key(&s.parents[0].molecule), canonical::identity_key(&aromatic));
//! # Ok::<(), controlled_substances_structure::error::SmilesError>(())
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod aromaticity;
pub mod canonical;
pub mod classes;
pub mod error;
pub mod formula;
pub mod graph;
pub mod identity;
pub mod isotopes;
pub mod salts;
pub mod smiles;
pub mod stereo;

pub use classes::{ClassMatch, Condition, RuleId};
pub use error::SmilesError;
pub use identity::{analyze, Component, StructureReport};
