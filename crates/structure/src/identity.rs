//! Structure queries against a registry: the components left after
//! stripping salts and solvents, each with its stereo-free identity (isotope
//! labels ignored), its stereoisomer key when the input has stereo marks,
//! and the class-wide definitions it meets.
//!
//! Work is bounded by the reader's limits ([`MAX_SMILES_LEN`],
//! [`MAX_ATOMS`], [`MAX_BRANCH_DEPTH`]) and is `O((n + m) log² n)` for `n`
//! atoms and `m` bonds apart from the class rules (see [`canonical`]):
//! every distinct fragment is canonicalised once, identical fragments
//! (`O.O.O…`) are looked at once, and an input made only of counter-ions
//! or solvents keeps one copy of its fragment, not all of them.
//!
//! [`canonical`]: super::canonical

use super::canonical::fnv1a_128;
use super::classes::{match_all, ClassMatch};
use super::error::SmilesError;
use super::formula::molecular_formula;
use super::graph::Molecule;
use super::isotopes;
use super::salts::strip_salts;
use super::smiles::parse;
use super::stereo;

pub use super::smiles::{MAX_ATOMS, MAX_BRANCH_DEPTH, MAX_SMILES_LEN};

/// One component of the input: a fragment that is not a counter-ion or
/// solvent (identical copies counted once).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Component {
    /// Its formula (Hill order, as RDKit writes it; neutralised where safe).
    pub formula: String,
    /// Its canonical SMILES: stereo marks and isotope labels removed.
    pub canonical: String,
    /// Its stereo-free identity key (a hash of `canonical`): the same for
    /// every stereoisomer and isotopologue.
    pub key: u128,
    /// Its stereoisomer key, when the input has stereo marks (`@`, `@@`,
    /// `/`, `\`): the same for every drawing of one stereoisomer, different
    /// for enantiomers and diastereomers (see [`stereo`]).
    pub stereo_key: Option<u128>,
    /// True when its atoms carried isotope labels, which the keys ignore.
    pub isotopes_ignored: bool,
    /// Number of copies in the input (2 in a hemisulfate).
    pub count: u32,
    /// The class-wide definitions it meets (or is the reference of).
    pub classes: Vec<ClassMatch>,
}

/// What a SMILES query is, after parsing and salt stripping.
#[derive(Clone, Debug)]
pub struct StructureReport {
    /// The formula of the whole input (Hill order, as RDKit writes it).
    pub formula: String,
    /// The formula of the parent that was kept (the largest component).
    pub parent_formula: String,
    /// The counter-ions and solvents removed (`hydrochloride`, `citrate`, `water ×2` …).
    pub stripped: Vec<String>,
    /// The parent's canonical SMILES, stereo marks and isotope labels removed.
    pub canonical: String,
    /// The parent's identity key (a hash of `canonical`).
    pub key: u128,
    /// True when the input had stereo marks (the identity key ignores them:
    /// listings cover stereoisomers; `stereo_key` does not).
    pub stereo_ignored: bool,
    /// True when more than one unrecognised fragment remained; the largest is the parent.
    pub multiple_parents: bool,
    /// The class-wide definitions the parent meets (or is the reference of).
    pub classes: Vec<ClassMatch>,
    /// True when the input carried isotope labels (`[2H]`, `[13C]` …), which
    /// the identity keys ignore: an isotopologue is the same substance.
    pub isotopes_ignored: bool,
    /// The parent's stereoisomer key, when the input has stereo marks.
    pub stereo_key: Option<u128>,
    /// Every component, largest first (the first is the parent): each
    /// substance of a mixture, with its own identity and class matches.
    pub components: Vec<Component>,
}

/// Parses `smiles`, strips salts and solvents, and reads the identity and
/// class matches of every component.
///
/// ```
/// use controlled_substances_structure::identity::analyze;
/// let r = analyze("CC(C)C(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1.Cl")?;
/// assert_eq!(r.parent_formula, "C23H29FN2O");
/// assert_eq!(r.stripped, ["hydrochloride"]);
/// assert!(r.classes.iter().any(|c| c.rule.id() == "us-fentanyl-related-substances"));
/// // Methamphetamine and ibuprofen: two components.
/// let r = analyze("CNC(C)Cc1ccccc1.CC(C)Cc1ccc(cc1)C(C)C(O)=O")?;
/// assert_eq!(r.components.len(), 2);
/// assert_eq!(r.components[1].formula, "C10H15N");
/// # Ok::<(), controlled_substances_structure::error::SmilesError>(())
/// ```
pub fn analyze(smiles: &str) -> Result<StructureReport, SmilesError> {
    let mol = parse(smiles)?;
    let formula = molecular_formula(&mol);
    let labelled: Vec<bool> = if isotopes::is_labelled(&mol) {
        mol.fragment_molecules()
            .iter()
            .map(isotopes::is_labelled)
            .collect()
    } else {
        Vec::new()
    };
    let unlabelled = isotopes::unlabelled(&mol);
    let work: &Molecule = unlabelled.as_ref().unwrap_or(&mol);
    let stripping = strip_salts(work);
    let has_stereo = stereo::has_marks(&mol);
    let components: Vec<Component> = stripping
        .parents
        .into_iter()
        .map(|p| Component {
            formula: molecular_formula(&p.molecule),
            key: fnv1a_128(p.canonical.as_bytes()),
            stereo_key: if has_stereo {
                Some(stereo::stereo_key(&p.molecule, &p.canonical))
            } else {
                None
            },
            isotopes_ignored: p
                .fragments
                .iter()
                .any(|&f| labelled.get(f).copied().unwrap_or(false)),
            count: p.count,
            classes: match_all(&p.molecule),
            canonical: p.canonical,
        })
        .collect();
    let parent = components.first();
    Ok(StructureReport {
        formula,
        parent_formula: parent.map_or_else(String::new, |c| c.formula.clone()),
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
        canonical: parent.map_or_else(String::new, |c| c.canonical.clone()),
        key: parent.map_or(0, |c| c.key),
        stereo_ignored: has_stereo,
        multiple_parents: stripping.multiple_parents,
        classes: parent.map_or_else(Vec::new, |c| c.classes.clone()),
        isotopes_ignored: unlabelled.is_some(),
        stereo_key: parent.and_then(|c| c.stereo_key),
        components,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_component_of_a_mixture() {
        // Methamphetamine and ibuprofen.
        let r = analyze("CNC(C)Cc1ccccc1.CC(C)Cc1ccc(cc1)C(C)C(O)=O").unwrap();
        let formulas: Vec<&str> = r.components.iter().map(|c| c.formula.as_str()).collect();
        assert_eq!(formulas, ["C13H18O2", "C10H15N"]);
        assert!(r.multiple_parents);
        assert_eq!(r.parent_formula, "C13H18O2");
        let meth = analyze("CNC(C)Cc1ccccc1").unwrap();
        assert_eq!(r.components[1].key, meth.key);
        assert_eq!(r.components[1].canonical, meth.canonical);
        assert_ne!(r.components[0].key, r.components[1].key);
        assert!(r.stripped.is_empty());
        // Methamphetamine stearate: one substance and its salt former.
        let r = analyze("CNC(C)Cc1ccccc1.CCCCCCCCCCCCCCCCCC(O)=O").unwrap();
        assert_eq!(r.components.len(), 1);
        assert_eq!(r.key, meth.key);
        assert_eq!(r.stripped, ["stearate"]);
        // Stearic acid next to a non-base is a second component.
        let r = analyze("CC(C)Cc1ccc(cc1)C(C)C(O)=O.CCCCCCCCCCCCCCCCCC(O)=O").unwrap();
        assert_eq!(r.components.len(), 2);
        // A hemisulfate: one component, two copies.
        let r = analyze("CC(N)Cc1ccccc1.CC(N)Cc1ccccc1.OS(=O)(=O)O").unwrap();
        assert_eq!(r.components.len(), 1);
        assert_eq!(r.components[0].count, 2);
        assert_eq!(r.stripped, ["sulfate"]);
    }

    #[test]
    fn all_salt_inputs_keep_one_copy() {
        let water = vec!["O"; 512].join(".");
        let r = analyze(&water).unwrap();
        assert_eq!(r.parent_formula, "H2O");
        assert_eq!(r.components.len(), 1);
        assert_eq!(r.components[0].count, 512);
        assert_eq!(r.canonical, "O");
        let hcl = format!("{}Cl", "Cl.".repeat(340));
        let r = analyze(&hcl).unwrap();
        assert_eq!(r.parent_formula, "HCl");
        assert_eq!(r.components[0].count, 341);
        // Small inorganic salts stay whole, as the registry's data has them.
        let r = analyze("[K+].[O-][Mn](=O)(=O)=O").unwrap();
        assert_eq!(r.parent_formula, "KMnO4");
        // Many different inorganic fragments: each distinct one once.
        let many = vec!["[Na+].[Cl-]"; 20].join(".");
        let r = analyze(&many).unwrap();
        assert_eq!(r.components.len(), 2);
        assert_eq!(r.components[0].count, 20);
    }

    #[test]
    fn flags_and_keys() {
        let r = analyze("[2H]C([2H])([2H])NC(C)Cc1ccccc1").unwrap();
        assert!(r.isotopes_ignored);
        assert_eq!(r.key, analyze("CNC(C)Cc1ccccc1").unwrap().key);
        assert_eq!(r.stereo_key, None);
        assert!(!r.stereo_ignored);
        let r = analyze("CN[C@@H](C)Cc1ccccc1").unwrap();
        assert!(r.stereo_ignored);
        assert!(r.stereo_key.is_some());
        assert_ne!(r.stereo_key, Some(r.key));
        assert_eq!(r.components[0].stereo_key, r.stereo_key);
        assert_eq!(MAX_SMILES_LEN, 10_000);
        assert_eq!(MAX_ATOMS, 2_000);
        assert_eq!(MAX_BRANCH_DEPTH, 256);
    }
}
