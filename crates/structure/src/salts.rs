//! Salt and solvent stripping, and neutralisation of simple charges.
//!
//! Fragments are recognised by graph identity (canonical SMILES of the
//! fragment after neutralisation, compared with a built-in table parsed from
//! SMILES), never by string matching on the input.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::aromaticity;
use super::canonical::canonical_smiles;
use super::formula::write_formula;
use super::graph::{BondDirection, BondOrder, Element, Molecule};

mod fatty_acids;
use super::smiles::parse;

/// What kind of component was stripped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ComponentKind {
    /// A counter-ion (acid, base or metal ion of a salt).
    CounterIon,
    /// A solvent of crystallisation (water, ethanol...).
    Solvent,
    /// An unrecognised fragment without carbon, stripped from an organic parent.
    Inorganic,
}

/// A stripped component and how many copies of it were present.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stripped {
    /// Name, e.g. `"hydrochloride"`, `"citrate"`, `"water"`.
    pub name: &'static str,
    /// Counter-ion, solvent or other.
    pub kind: ComponentKind,
    /// Number of copies.
    pub count: u32,
    /// Formula of one copy as written (before neutralisation).
    pub formula: String,
}

/// A parent fragment kept after stripping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parent {
    /// The (neutralised where safe) parent structure.
    pub molecule: Molecule,
    /// Number of copies of this fragment in the input (e.g. 2 in a hemisulfate).
    pub count: u32,
    /// The canonical SMILES of `molecule` (computed once, here).
    pub canonical: String,
    /// The input fragments it was read from (indices into
    /// [`Molecule::fragments`] of the input), `count` of them.
    pub fragments: Vec<usize>,
}

/// Result of [`strip_salts`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stripping {
    /// Kept fragments, largest first. Usually one.
    pub parents: Vec<Parent>,
    /// Stripped components in order of first appearance.
    pub stripped: Vec<Stripped>,
    /// True when more than one distinct parent fragment remained (all kept).
    pub multiple_parents: bool,
    /// True when every fragment was a known counter-ion or solvent, so the
    /// largest was kept as the parent instead of stripping everything.
    pub all_recognised: bool,
    /// True when a charge on a parent was neutralised.
    pub neutralised: bool,
}

struct Entry {
    name: &'static str,
    kind: ComponentKind,
}

/// Known counter-ions (neutral acid/base form) and solvents.
const TABLE: &[(&str, &str, ComponentKind)] = &[
    ("hydrochloride", "Cl", ComponentKind::CounterIon),
    ("hydrobromide", "Br", ComponentKind::CounterIon),
    ("hydroiodide", "I", ComponentKind::CounterIon),
    ("hydrofluoride", "F", ComponentKind::CounterIon),
    ("sulfate", "OS(=O)(=O)O", ComponentKind::CounterIon),
    ("phosphate", "OP(=O)(O)O", ComponentKind::CounterIon),
    ("nitrate", "O[N+](=O)[O-]", ComponentKind::CounterIon),
    ("nitrate", "[O-][N+](=O)[O-]", ComponentKind::CounterIon),
    ("perchlorate", "OCl(=O)(=O)=O", ComponentKind::CounterIon),
    ("perchlorate", "[O-]Cl(=O)(=O)=O", ComponentKind::CounterIon),
    (
        "tetrafluoroborate",
        "F[B-](F)(F)F",
        ComponentKind::CounterIon,
    ),
    ("carbonate", "OC(=O)O", ComponentKind::CounterIon),
    (
        "citrate",
        "OC(=O)CC(O)(CC(=O)O)C(=O)O",
        ComponentKind::CounterIon,
    ),
    (
        "tartrate",
        "OC(=O)C(O)C(O)C(=O)O",
        ComponentKind::CounterIon,
    ),
    ("maleate", "OC(=O)C=CC(=O)O", ComponentKind::CounterIon),
    ("oxalate", "OC(=O)C(=O)O", ComponentKind::CounterIon),
    ("succinate", "OC(=O)CCC(=O)O", ComponentKind::CounterIon),
    ("malate", "OC(=O)CC(O)C(=O)O", ComponentKind::CounterIon),
    ("malonate", "OC(=O)CC(=O)O", ComponentKind::CounterIon),
    ("lactate", "CC(O)C(=O)O", ComponentKind::CounterIon),
    ("acetate", "CC(=O)O", ComponentKind::CounterIon),
    ("formate", "OC=O", ComponentKind::CounterIon),
    (
        "trifluoroacetate",
        "OC(=O)C(F)(F)F",
        ComponentKind::CounterIon,
    ),
    ("benzoate", "OC(=O)c1ccccc1", ComponentKind::CounterIon),
    ("salicylate", "OC(=O)c1ccccc1O", ComponentKind::CounterIon),
    ("mesylate", "CS(=O)(=O)O", ComponentKind::CounterIon),
    ("esylate", "CCS(=O)(=O)O", ComponentKind::CounterIon),
    (
        "edisylate",
        "OS(=O)(=O)CCS(=O)(=O)O",
        ComponentKind::CounterIon,
    ),
    ("besylate", "OS(=O)(=O)c1ccccc1", ComponentKind::CounterIon),
    (
        "tosylate",
        "Cc1ccc(cc1)S(=O)(=O)O",
        ComponentKind::CounterIon,
    ),
    (
        "napsylate",
        "OS(=O)(=O)c1ccc2ccccc2c1",
        ComponentKind::CounterIon,
    ),
    (
        "camsylate",
        "CC1(C)C2CCC1(CS(=O)(=O)O)C(=O)C2",
        ComponentKind::CounterIon,
    ),
    (
        "gluconate",
        "OCC(O)C(O)C(O)C(O)C(=O)O",
        ComponentKind::CounterIon,
    ),
    ("glycolate", "OCC(=O)O", ComponentKind::CounterIon),
    ("adipate", "OC(=O)CCCCC(=O)O", ComponentKind::CounterIon),
    ("ammonium", "N", ComponentKind::CounterIon),
    ("water", "O", ComponentKind::Solvent),
    ("methanol", "CO", ComponentKind::Solvent),
    ("ethanol", "CCO", ComponentKind::Solvent),
    ("isopropanol", "CC(C)O", ComponentKind::Solvent),
    ("acetone", "CC(C)=O", ComponentKind::Solvent),
    ("acetonitrile", "CC#N", ComponentKind::Solvent),
    ("dimethyl sulfoxide", "CS(C)=O", ComponentKind::Solvent),
    ("dimethylformamide", "CN(C)C=O", ComponentKind::Solvent),
    ("diethyl ether", "CCOCC", ComponentKind::Solvent),
    ("ethyl acetate", "CCOC(C)=O", ComponentKind::Solvent),
    ("dichloromethane", "ClCCl", ComponentKind::Solvent),
    ("chloroform", "ClC(Cl)Cl", ComponentKind::Solvent),
];

/// Single-atom metal counter-ions (matched by element, any charge, no H).
fn metal_name(e: Element) -> Option<&'static str> {
    Some(match e.atomic_number() {
        3 => "lithium",
        11 => "sodium",
        12 => "magnesium",
        13 => "aluminium",
        19 => "potassium",
        20 => "calcium",
        26 => "iron",
        29 => "copper",
        30 => "zinc",
        38 => "strontium",
        56 => "barium",
        _ => return None,
    })
}

struct Table {
    by_key: HashMap<String, Entry>,
    max_heavy: usize,
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut by_key = HashMap::new();
        let mut max_heavy = 0;
        for &(name, smi, kind) in TABLE {
            if let Ok(mut m) = parse(smi) {
                neutralize(&mut m);
                max_heavy = max_heavy.max(m.heavy_atom_count());
                by_key
                    .entry(canonical_smiles(&m))
                    .or_insert(Entry { name, kind });
            }
        }
        Table { by_key, max_heavy }
    })
}

/// Identifies a single fragment as a known counter-ion or solvent.
///
/// Returns the name and kind, e.g. `("hydrochloride", CounterIon)` for `Cl`
/// or `[Cl-]`, `("sodium", CounterIon)` for `[Na+]`, `("water", Solvent)`.
/// Maleic and fumaric acid are told apart by `/` `\` marks when present
/// (`"maleate"` for cis, `"fumarate"` for trans, `"maleate"` when unmarked).
pub fn identify(fragment: &Molecule) -> Option<(&'static str, ComponentKind)> {
    let heavy = fragment.heavy_atom_count();
    if heavy == 0 {
        return None;
    }
    if heavy == 1 && fragment.atom_count() == 1 {
        let a = &fragment.atoms()[0];
        if a.total_h() == 0 {
            if let Some(name) = metal_name(a.element) {
                return Some((name, ComponentKind::CounterIon));
            }
        }
    }
    let t = table();
    if heavy > t.max_heavy {
        return None;
    }
    let mut m = fragment.clone();
    neutralize(&mut m);
    let key = canonical_smiles(&m);
    let e = t.by_key.get(&key)?;
    let name = match e.name {
        "water" if fragment.net_charge() < 0 => "hydroxide",
        "sulfate" if fragment.net_charge() == -1 => "hydrogen sulfate",
        "maleate" => match double_bond_geometry(fragment) {
            Some(false) => "fumarate",
            _ => "maleate",
        },
        n => n,
    };
    Some((name, e.kind))
}

/// Cis (`Some(true)`) / trans (`Some(false)`) geometry of the first
/// non-aromatic C=C double bond from `/` `\` marks, if determinable.
fn double_bond_geometry(mol: &Molecule) -> Option<bool> {
    let bonds = mol.bonds();
    let (dk, db) = bonds.iter().enumerate().find(|(_, b)| {
        b.order == BondOrder::Double
            && mol.atoms()[b.a].element == Element::C
            && mol.atoms()[b.b].element == Element::C
    })?;
    // Normalised mark of a substituent bond as "substituent -> end".
    let side = |end: usize| -> Option<(usize, BondDirection)> {
        mol.neighbors(end).find_map(|(u, bk)| {
            if bk == dk {
                return None;
            }
            let b = &bonds[bk];
            let d = match b.direction {
                BondDirection::None => return None,
                d if b.b == end => d,
                BondDirection::Up => BondDirection::Down,
                BondDirection::Down => BondDirection::Up,
            };
            Some((u, d))
        })
    };
    let (_, d1) = side(db.a)?;
    let (_, d2) = side(db.b)?;
    // Normalised marks equal => cis (F/C=C\F pattern), different => trans.
    // Right-hand substituent normalised as "sub -> end" flips the sense.
    Some(d1 == d2)
}

/// Neutralises simple charges where it is safe: protonated amines and other
/// positively charged atoms carrying hydrogen lose a proton; O⁻, S⁻, N⁻ and halide
/// that are not next to a positive atom gain one, unless unremovable positive
/// charges (quaternary ammonium) remain that they balance. Charge-separated
/// groups (nitro, N-oxides) are left alone. Returns true if anything changed.
pub fn neutralize(mol: &mut Molecule) -> bool {
    let n = mol.atom_count();
    let mut changed = false;
    let adjacent_sign = |mol: &Molecule, i: usize, positive: bool| {
        mol.neighbors(i).any(|(u, _)| {
            let c = mol.atoms()[u].charge;
            if positive {
                c > 0
            } else {
                c < 0
            }
        })
    };
    for i in 0..n {
        let a = &mol.atoms()[i];
        if a.charge == 1
            && a.total_h() > 0
            && matches!(a.element.atomic_number(), 7 | 8 | 15 | 16)
            && !adjacent_sign(mol, i, false)
        {
            if let Some(a) = mol.atom_mut(i) {
                a.charge = 0;
                if a.explicit_h > 0 {
                    a.explicit_h -= 1;
                } else {
                    a.implicit_h -= 1;
                }
                changed = true;
            }
        }
    }
    let fixed_pos: i32 = (0..n)
        .filter(|&i| mol.atoms()[i].charge > 0 && !adjacent_sign(mol, i, false))
        .map(|i| i32::from(mol.atoms()[i].charge))
        .sum();
    let negs: Vec<usize> = (0..n)
        .filter(|&i| {
            let a = &mol.atoms()[i];
            a.charge == -1
                && matches!(
                    a.element.atomic_number(),
                    7 | 8 | 9 | 16 | 17 | 34 | 35 | 53
                )
                && !adjacent_sign(mol, i, true)
        })
        .collect();
    if fixed_pos == 0 && !negs.is_empty() {
        for i in negs {
            if let Some(a) = mol.atom_mut(i) {
                a.charge = 0;
                a.explicit_h = a.explicit_h.saturating_add(1);
                changed = true;
            }
        }
    }
    if changed {
        aromaticity::perceive(mol);
    }
    changed
}

/// A carbon-free input of more fragments than this, not all identical, is
/// not kept whole: each distinct fragment is kept once (see [`strip_salts`]).
pub const MAX_WHOLE_FRAGMENTS: usize = 8;

/// Most distinct parents kept from a carbon-free input; the smaller
/// fragments beyond them are stripped as [`ComponentKind::Inorganic`].
pub const MAX_INORGANIC_PARENTS: usize = 8;

/// Fragments drawn identically (same atoms and bonds in the same order).
struct Group {
    molecule: Molecule,
    /// Indices of the input fragments that are copies of it.
    members: Vec<usize>,
}

/// Groups identical fragments in order of first appearance: linear in the
/// size of the molecule, so `O.O.O…` is looked at once.
fn groups(mol: &Molecule) -> Vec<Group> {
    mol.fragment_groups()
        .into_iter()
        .map(|(molecule, members)| Group { molecule, members })
        .collect()
}

/// Splits the molecule into fragments, strips known counter-ions and
/// solvents, and keeps the parent.
///
/// Rules: a single-fragment input is never stripped (only neutralised).
/// Identical fragments are looked at once and counted. If no fragment
/// contains carbon, the input is kept: as one copy of its fragment when all
/// fragments are the same (`O.O.O` is water ×3, `Cl.Cl` hydrochloric acid
/// ×2), whole when it has at most [`MAX_WHOLE_FRAGMENTS`] fragments
/// (`[Na+].[Cl-]`, potassium permanganate), and otherwise as one copy of
/// each distinct fragment, the [`MAX_INORGANIC_PARENTS`] largest. Otherwise
/// recognised fragments are stripped, unrecognised carbon-free fragments
/// are stripped as [`ComponentKind::Inorganic`], a fatty acid drawn with a
/// base (an amine) is stripped as its salt (`"stearate"`: see the
/// `fatty_acids` rules in the source), and the remaining organic fragments
/// are kept (identical copies merged and counted); several distinct ones
/// set [`Stripping::multiple_parents`]. If every fragment is recognised,
/// the largest ones are kept. Linear in the size of the input, plus one
/// canonicalisation per distinct fragment.
pub fn strip_salts(mol: &Molecule) -> Stripping {
    let mut result = Stripping {
        parents: Vec::new(),
        stripped: Vec::new(),
        multiple_parents: false,
        all_recognised: false,
        neutralised: false,
    };
    let has_carbon = |m: &Molecule| m.atoms().iter().any(|a| a.element == Element::C);
    let groups = groups(mol);
    let ncomp: usize = groups.iter().map(|g| g.members.len()).sum();
    if ncomp <= 1 {
        let mut m = mol.clone();
        result.neutralised = neutralize(&mut m);
        result.parents.push(Parent {
            canonical: canonical_smiles(&m),
            molecule: m,
            count: 1,
            fragments: (0..ncomp).collect(),
        });
        return result;
    }
    if !groups.iter().any(|g| has_carbon(&g.molecule)) {
        keep_inorganic(mol, groups, ncomp, &mut result);
        return result;
    }
    let mut ids: Vec<Option<(&'static str, ComponentKind)>> =
        groups.iter().map(|g| identify(&g.molecule)).collect();
    // Fatty acids paired with a base are its salt.
    let unrecognised_organic =
        |k: usize, ids: &[Option<_>]| ids[k].is_none() && has_carbon(&groups[k].molecule);
    if (0..groups.len()).any(|k| {
        unrecognised_organic(k, &ids) && fatty_acids::has_basic_nitrogen(&groups[k].molecule)
    }) {
        for k in 0..groups.len() {
            if unrecognised_organic(k, &ids) {
                if let Some(name) = fatty_acids::fatty_acid_name(&groups[k].molecule) {
                    ids[k] = Some((name, ComponentKind::CounterIon));
                }
            }
        }
    }
    let keep: Vec<bool> = if ids.iter().all(Option::is_some) {
        result.all_recognised = true;
        let max = groups
            .iter()
            .map(|g| g.molecule.heavy_atom_count())
            .max()
            .unwrap_or(0);
        groups
            .iter()
            .map(|g| g.molecule.heavy_atom_count() == max)
            .collect()
    } else {
        (0..groups.len())
            .map(|k| ids[k].is_none() && has_carbon(&groups[k].molecule))
            .collect()
    };
    for (k, g) in groups.iter().enumerate() {
        if keep[k] {
            continue;
        }
        let (name, kind) = ids[k].unwrap_or(("inorganic fragment", ComponentKind::Inorganic));
        add_stripped(&mut result, name, kind, &g.molecule, g.members.len() as u32);
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (k, g) in groups.into_iter().enumerate() {
        if !keep[k] {
            continue;
        }
        let mut m = g.molecule;
        if neutralize(&mut m) {
            result.neutralised = true;
        }
        let key = canonical_smiles(&m);
        if let Some(&pos) = seen.get(&key) {
            let p: &mut Parent = &mut result.parents[pos];
            p.count += g.members.len() as u32;
            p.fragments.extend_from_slice(&g.members);
        } else {
            seen.insert(key.clone(), result.parents.len());
            result.parents.push(Parent {
                canonical: key,
                molecule: m,
                count: g.members.len() as u32,
                fragments: g.members,
            });
        }
    }
    result
        .parents
        .sort_by_key(|p| std::cmp::Reverse(p.molecule.heavy_atom_count()));
    result.multiple_parents = result.parents.len() > 1;
    result
}

fn add_stripped(
    result: &mut Stripping,
    name: &'static str,
    kind: ComponentKind,
    f: &Molecule,
    count: u32,
) {
    if let Some(s) = result.stripped.iter_mut().find(|s| s.name == name) {
        s.count += count;
    } else {
        let mut formula = String::new();
        write_formula(f, 0..f.atom_count(), &mut formula);
        result.stripped.push(Stripped {
            name,
            kind,
            count,
            formula,
        });
    }
}

/// The carbon-free case of [`strip_salts`].
fn keep_inorganic(mol: &Molecule, groups: Vec<Group>, ncomp: usize, result: &mut Stripping) {
    if groups.len() > 1 && ncomp <= MAX_WHOLE_FRAGMENTS {
        result.parents.push(Parent {
            canonical: canonical_smiles(mol),
            molecule: mol.clone(),
            count: 1,
            fragments: (0..ncomp).collect(),
        });
        return;
    }
    let mut groups = groups;
    groups.sort_by_key(|g| std::cmp::Reverse(g.molecule.heavy_atom_count()));
    for (k, g) in groups.into_iter().enumerate() {
        if k < MAX_INORGANIC_PARENTS {
            result.parents.push(Parent {
                canonical: canonical_smiles(&g.molecule),
                molecule: g.molecule,
                count: g.members.len() as u32,
                fragments: g.members,
            });
        } else {
            add_stripped(
                result,
                "inorganic fragment",
                ComponentKind::Inorganic,
                &g.molecule,
                g.members.len() as u32,
            );
        }
    }
    result.multiple_parents = result.parents.len() > 1;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::canonical::canonical_smiles;
    use crate::formula::molecular_formula;

    fn strip(s: &str) -> Stripping {
        strip_salts(&parse(s).unwrap())
    }

    fn names(r: &Stripping) -> Vec<(&'static str, u32)> {
        r.stripped.iter().map(|s| (s.name, s.count)).collect()
    }

    #[test]
    fn identify_counter_ions_and_solvents() {
        let cases = [
            ("Cl", "hydrochloride"),
            ("[Cl-]", "hydrochloride"),
            ("[H]Cl", "hydrochloride"),
            ("[Br-]", "hydrobromide"),
            ("I", "hydroiodide"),
            ("OS(=O)(=O)O", "sulfate"),
            ("[O-]S(=O)(=O)[O-]", "sulfate"),
            ("OS(=O)(=O)[O-]", "hydrogen sulfate"),
            ("OP(=O)(O)O", "phosphate"),
            ("[O-][N+](=O)[O-]", "nitrate"),
            ("O[N+](=O)[O-]", "nitrate"),
            ("ON(=O)=O", "nitrate"),
            ("OC(=O)CC(O)(CC(=O)O)C(=O)O", "citrate"),
            ("OC(=O)[C@H](O)[C@@H](O)C(=O)O", "tartrate"),
            ("OC(=O)/C=C\\C(=O)O", "maleate"),
            ("OC(=O)/C=C/C(=O)O", "fumarate"),
            ("OC(=O)C(=O)O", "oxalate"),
            ("OC(=O)CCC(=O)O", "succinate"),
            ("CS(=O)(=O)O", "mesylate"),
            ("CS(=O)(=O)[O-]", "mesylate"),
            ("Cc1ccc(cc1)S(=O)(=O)O", "tosylate"),
            ("OS(=O)(=O)C1=CC=CC=C1", "besylate"),
            ("CC(=O)[O-]", "acetate"),
            ("[Na+]", "sodium"),
            ("[K+]", "potassium"),
            ("[Ca+2]", "calcium"),
            ("O", "water"),
            ("[OH-]", "hydroxide"),
            ("CCO", "ethanol"),
            ("CO", "methanol"),
            ("[NH4+]", "ammonium"),
        ];
        for (s, name) in cases {
            let m = parse(s).unwrap();
            assert_eq!(identify(&m).map(|x| x.0), Some(name), "{s}");
        }
        assert_eq!(
            identify(&parse("O").unwrap()).unwrap().1,
            ComponentKind::Solvent
        );
        assert_eq!(identify(&parse("CCN").unwrap()), None);
        assert_eq!(identify(&parse("CCCCCCCCCCCCCCCCCCCCCCCC").unwrap()), None);
    }

    #[test]
    fn strips_salts_and_keeps_parent() {
        let r = strip("CN1CCC23C4C1CC5=C2C(=C(C=C5)O)OC3C(C=C4)O.Cl");
        assert_eq!(names(&r), vec![("hydrochloride", 1)]);
        assert_eq!(r.parents.len(), 1);
        assert_eq!(molecular_formula(&r.parents[0].molecule), "C17H19NO3");

        // Protonated amine with chloride is neutralised.
        let r = strip("CC(C[NH2+]C)c1ccccc1.[Cl-]");
        assert!(r.neutralised);
        assert_eq!(molecular_formula(&r.parents[0].molecule), "C10H15N");
        assert_eq!(
            canonical_smiles(&r.parents[0].molecule),
            canonical_smiles(&parse("CNCC(C)c1ccccc1").unwrap())
        );

        // Hydrate and multiple counter-ions are counted.
        let r = strip("CCN.Cl.Cl.O.O.O");
        assert_eq!(names(&r), vec![("hydrochloride", 2), ("water", 3)]);

        // Hemisulfate: two copies of the parent.
        let r = strip("CC(N)Cc1ccccc1.CC(N)Cc1ccccc1.OS(=O)(=O)O");
        assert_eq!(r.parents.len(), 1);
        assert_eq!(r.parents[0].count, 2);
        assert!(!r.multiple_parents);

        // Sodium salt of an acid: parent neutralised to the acid.
        let r = strip("CCCC(CCC)C(=O)[O-].[Na+]");
        assert_eq!(names(&r), vec![("sodium", 1)]);
        assert_eq!(molecular_formula(&r.parents[0].molecule), "C8H16O2");

        // Citrate salt of fentanyl.
        let r = strip("CCC(=O)N(C1CCN(CC1)CCc1ccccc1)c1ccccc1.OC(=O)CC(O)(CC(=O)O)C(=O)O");
        assert_eq!(names(&r), vec![("citrate", 1)]);
        assert_eq!(molecular_formula(&r.parents[0].molecule), "C22H28N2O");
    }

    #[test]
    fn several_parents_and_edge_cases() {
        let r = strip("CCN.CCCN");
        assert!(r.multiple_parents);
        assert_eq!(r.parents.len(), 2);
        assert_eq!(r.parents[0].molecule.heavy_atom_count(), 4);

        // Everything recognised: keep the largest.
        let r = strip("CC(=O)O.O");
        assert!(r.all_recognised);
        assert_eq!(molecular_formula(&r.parents[0].molecule), "C2H4O2");
        assert_eq!(names(&r), vec![("water", 1)]);

        // Single fragment never stripped.
        let r = strip("CCO");
        assert!(r.stripped.is_empty());
        assert_eq!(r.parents.len(), 1);

        // No carbon at all: unchanged.
        let r = strip("[Na+].[Cl-]");
        assert!(r.stripped.is_empty());
        assert_eq!(r.parents[0].molecule.atom_count(), 2);

        // Unknown inorganic fragment stripped and reported.
        let r = strip("CCCCN.[Pt]");
        assert_eq!(r.stripped[0].kind, ComponentKind::Inorganic);
        assert_eq!(r.stripped[0].formula, "Pt");
    }

    #[test]
    fn neutralisation_rules() {
        let mut m = parse("C[N+](C)(C)CC(=O)[O-]").unwrap();
        assert!(!neutralize(&mut m));
        assert_eq!(m.net_charge(), 0);
        let mut m = parse("[NH3+]CC(=O)[O-]").unwrap();
        assert!(neutralize(&mut m));
        assert!(m.atoms().iter().all(|a| a.charge == 0));
        let mut m = parse("C[N+](=O)[O-]").unwrap();
        assert!(!neutralize(&mut m));
        let mut m = parse("c1cc[nH+]cc1").unwrap();
        assert!(neutralize(&mut m));
        assert!(m.atoms().iter().all(|a| a.aromatic));
        assert_eq!(molecular_formula(&m), "C5H5N");
    }
}
