//! Structure queries against a registry: the parent found after stripping
//! salts, the substance with the same graph (stereo marks ignored), and the
//! class-wide definitions it meets.

use super::canonical::{canonical_smiles, identity_key};
use super::classes::{match_all, ClassMatch};
use super::error::SmilesError;
use super::formula::molecular_formula;
use super::salts::strip_salts;
use super::smiles::parse;

/// What a SMILES query is, after parsing and salt stripping.
#[derive(Clone, Debug)]
pub struct StructureReport {
    /// The formula of the whole input (Hill order, as RDKit writes it).
    pub formula: String,
    /// The formula of the parent that was kept.
    pub parent_formula: String,
    /// The counter-ions and solvents removed (`hydrochloride`, `citrate`, `water` …).
    pub stripped: Vec<String>,
    /// The parent's canonical SMILES, stereo marks removed.
    pub canonical: String,
    /// The parent's identity key (a hash of `canonical`).
    pub key: u128,
    /// True when the input had stereo marks (identity ignores them: listings cover stereoisomers).
    pub stereo_ignored: bool,
    /// True when more than one unrecognised fragment remained; the largest is the parent.
    pub multiple_parents: bool,
    /// The class-wide definitions the parent meets (or is the reference of).
    pub classes: Vec<ClassMatch>,
}

/// Parses `smiles`, strips salts and solvents, and reads the parent's identity
/// and class matches.
///
/// ```
/// use controlled_substances_structure::identity::analyze;
/// let r = analyze("CC(C)C(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1.Cl")?;
/// assert_eq!(r.parent_formula, "C23H29FN2O");
/// assert_eq!(r.stripped, ["hydrochloride"]);
/// assert!(r.classes.iter().any(|c| c.rule.id() == "us-fentanyl-related-substances"));
/// # Ok::<(), controlled_substances_structure::error::SmilesError>(())
/// ```
pub fn analyze(smiles: &str) -> Result<StructureReport, SmilesError> {
    let mol = parse(smiles)?;
    let formula = molecular_formula(&mol);
    let stripping = strip_salts(&mol);
    let parent = stripping
        .parents
        .iter()
        .max_by_key(|p| p.molecule.heavy_atom_count())
        .map(|p| &p.molecule)
        .unwrap_or(&mol);
    let stereo_ignored = smiles.contains('@') || smiles.contains('/') || smiles.contains('\\');
    Ok(StructureReport {
        formula,
        parent_formula: molecular_formula(parent),
        stripped: stripping
            .stripped
            .iter()
            .map(|s| {
                if s.count > 1 {
                    format!("{} ×{}", s.name, s.count)
                } else {
                    s.name.to_string()
                }
            })
            .collect(),
        canonical: canonical_smiles(parent),
        key: identity_key(parent),
        stereo_ignored,
        multiple_parents: stripping.multiple_parents,
        classes: match_all(parent),
    })
}
