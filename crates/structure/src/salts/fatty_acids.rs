//! Fatty acids as salt formers: a long-chain carboxylic acid drawn next to
//! an amine is the amine's salt (methamphetamine stearate, a "stearate" of
//! the lists' salt clauses), not a second substance.
//!
//! A fatty acid here is an acyclic, unbranched chain of 6 to 24 carbons
//! ending in one carboxylic acid or carboxylate, with no atom other than C,
//! O and H (double bonds allowed: oleic, linoleic acid). A base is a
//! fragment with a nitrogen that can take a proton: protonated (`[NH+]`,
//! `[NH3+]`…), or neutral, not aromatic, with only single bonds, and bonded
//! to no carbonyl, sulfonyl or other unsaturated carbon or sulfur
//! (amides, sulfonamides, anilines and enamines are not counted).

use crate::graph::{BondOrder, Element, Molecule};

/// The salt name of a fatty acid (`"stearate"`), if `frag` is one.
pub(super) fn fatty_acid_name(frag: &Molecule) -> Option<&'static str> {
    let atoms = frag.atoms();
    let bonds = frag.bonds();
    if !(6..=24).contains(&frag.heavy_atom_count().saturating_sub(2))
        || bonds.len() + 1 != atoms.len()
    {
        return None; // not a tree of the right size (rings make more bonds)
    }
    let mut carbons = 0usize;
    let mut acids = 0usize;
    let mut doubles = 0usize;
    for (i, a) in atoms.iter().enumerate() {
        match a.element {
            Element::C => {
                carbons += 1;
                let c_nbrs = frag
                    .neighbors(i)
                    .filter(|&(u, _)| atoms[u].element == Element::C)
                    .count();
                let o_nbrs: Vec<(usize, usize)> = frag
                    .neighbors(i)
                    .filter(|&(u, _)| atoms[u].element == Element::O)
                    .collect();
                if c_nbrs > 2 {
                    return None; // branched
                }
                if !o_nbrs.is_empty() {
                    // Must be the carboxyl carbon: one C=O and one O(H)/O-.
                    let dbl = o_nbrs
                        .iter()
                        .filter(|&&(_, bk)| bonds[bk].order == BondOrder::Double)
                        .count();
                    if o_nbrs.len() != 2 || dbl != 1 || c_nbrs != 1 {
                        return None;
                    }
                    acids += 1;
                }
            }
            Element::O => {
                if frag.degree(i) != 1 || !(-1..=0).contains(&a.charge) {
                    return None;
                }
            }
            _ => return None,
        }
    }
    for b in bonds {
        let cc = atoms[b.a].element == Element::C && atoms[b.b].element == Element::C;
        match b.order {
            BondOrder::Single => {}
            BondOrder::Double if cc => doubles += 1,
            BondOrder::Double => {}
            _ => return None,
        }
    }
    if acids != 1 || !(6..=24).contains(&carbons) {
        return None;
    }
    Some(match (carbons, doubles) {
        (6, 0) => "hexanoate",
        (7, 0) => "heptanoate",
        (8, 0) => "octanoate",
        (9, 0) => "nonanoate",
        (10, 0) => "decanoate",
        (12, 0) => "laurate",
        (14, 0) => "myristate",
        (16, 0) => "palmitate",
        (18, 0) => "stearate",
        (18, 1) => "oleate",
        (18, 2) => "linoleate",
        (20, 0) => "arachidate",
        (22, 0) => "behenate",
        _ => "fatty acid salt",
    })
}

/// True when `frag` has a nitrogen that can take a proton (see the module
/// documentation).
pub(super) fn has_basic_nitrogen(frag: &Molecule) -> bool {
    let atoms = frag.atoms();
    let bonds = frag.bonds();
    let unsaturated = |i: usize| {
        frag.neighbors(i)
            .any(|(_, bk)| bonds[bk].order != BondOrder::Single)
            || atoms[i].aromatic
    };
    atoms.iter().enumerate().any(|(i, a)| {
        if a.element != Element::N {
            return false;
        }
        if a.charge == 1 {
            return a.total_h() > 0;
        }
        a.charge == 0
            && !a.aromatic
            && !unsaturated(i)
            && frag.neighbors(i).all(|(u, _)| {
                let e = atoms[u].element;
                (e == Element::C || e == Element::H) && !unsaturated(u)
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::smiles::parse;

    #[test]
    fn fatty_acids_and_their_names() {
        let name = |s: &str| fatty_acid_name(&parse(s).unwrap());
        assert_eq!(name("CCCCCCCCCCCCCCCCCC(O)=O"), Some("stearate"));
        assert_eq!(name("CCCCCCCCCCCCCCCCCC(=O)[O-]"), Some("stearate"));
        assert_eq!(name("CCCCCCCCCCCCCCCC(=O)O"), Some("palmitate"));
        assert_eq!(name("CCCCCCCC/C=C\\CCCCCCCC(=O)O"), Some("oleate"));
        assert_eq!(name("CCCCCCCCCCCCCCCCCCCCC(=O)O"), Some("fatty acid salt"));
        // Too short, branched, ester, two acids, ring, amide: not fatty acids.
        assert_eq!(name("CCCC(=O)O"), None);
        assert_eq!(name("CC(C)CCCCCCCCC(=O)O"), None);
        assert_eq!(name("CCCCCCCCCCC(=O)OC"), None);
        assert_eq!(name("OC(=O)CCCCCCCCC(=O)O"), None);
        assert_eq!(name("OC(=O)CCCCCC1CCCCC1"), None);
        assert_eq!(name("CCCCCCCCCCC(=O)N"), None);
    }

    #[test]
    fn basic_nitrogens() {
        let base = |s: &str| has_basic_nitrogen(&parse(s).unwrap());
        assert!(base("CNC(C)Cc1ccccc1"));
        assert!(base("C[NH2+]C(C)Cc1ccccc1"));
        assert!(base("CCN(CC)CC"));
        assert!(!base("CC(=O)NC"));
        assert!(!base("Nc1ccccc1"));
        assert!(!base("c1ccncc1"));
        assert!(!base("CC(C)Cc1ccc(cc1)C(C)C(O)=O"));
        assert!(!base("CS(=O)(=O)NC"));
    }
}
