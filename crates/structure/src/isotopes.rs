//! Isotope labels, which identity ignores: an isotopologue (fentanyl-d5,
//! `[13C]`-labelled cocaine) is the same substance as the unlabelled
//! compound for drug law, and is often sold as an analytical standard.

use super::graph::{BondOrder, Element, Molecule};

/// True when any atom carries a mass number (`[2H]`, `[13C]`, `[15N]` …).
pub fn is_labelled(mol: &Molecule) -> bool {
    mol.atoms().iter().any(|a| a.isotope.is_some())
}

/// The molecule with every isotope label removed, or `None` when it has
/// none. Hydrogen isotopes (`[2H]`, `[3H]`, `[H]` after unlabelling) bonded
/// by a single bond to one non-hydrogen atom, with no charge or atom class,
/// become hydrogens of that atom, as a plain `[H]` does in
/// [`parse`](super::smiles::parse); other labelled atoms keep their place
/// and lose the label. Linear in the size of the molecule.
///
/// ```
/// use controlled_substances_structure::{canonical::canonical_smiles, isotopes, smiles::parse};
/// let d3 = parse("[2H]C([2H])([2H])NC(C)Cc1ccc2OCOc2c1")?; // MDMA-d3
/// let plain = isotopes::unlabelled(&d3).expect("labelled");
/// assert_eq!(canonical_smiles(&plain), canonical_smiles(&parse("CNC(C)Cc1ccc2OCOc2c1")?));
/// # Ok::<(), controlled_substances_structure::error::SmilesError>(())
/// ```
pub fn unlabelled(mol: &Molecule) -> Option<Molecule> {
    if !is_labelled(mol) {
        return None;
    }
    let n = mol.atom_count();
    let atoms = mol.atoms();
    let bonds = mol.bonds();
    let target = |i: usize| -> Option<usize> {
        let a = &atoms[i];
        if a.element != Element::H
            || a.isotope.is_none()
            || a.charge != 0
            || a.class.is_some()
            || a.explicit_h != 0
        {
            return None;
        }
        let mut nb = mol.neighbors(i);
        let (u, bk) = nb.next()?;
        if nb.next().is_some()
            || atoms[u].element == Element::H
            || bonds[bk].kekule != BondOrder::Single
        {
            return None;
        }
        Some(u)
    };
    let targets: Vec<Option<usize>> = (0..n).map(target).collect();
    let mut new_atoms = atoms.to_vec();
    for a in new_atoms.iter_mut() {
        a.isotope = None;
    }
    for (centre, parity) in crate::stereo::parities_after_folding(mol, &targets) {
        new_atoms[centre].parity = parity;
    }
    for t in targets.iter().flatten() {
        let a = &mut new_atoms[*t];
        a.explicit_h = a.explicit_h.saturating_add(1);
        // An organic-subset atom written without brackets keeps its implicit
        // hydrogens; the folded one is now explicit, so the total is right.
    }
    let mut map = vec![u32::MAX; n];
    let mut kept = Vec::with_capacity(n);
    for (i, a) in new_atoms.into_iter().enumerate() {
        if targets[i].is_none() {
            map[i] = kept.len() as u32;
            kept.push(a);
        }
    }
    let new_bonds = bonds
        .iter()
        .filter(|b| map[b.a] != u32::MAX && map[b.b] != u32::MAX)
        .map(|b| crate::graph::Bond {
            a: map[b.a] as usize,
            b: map[b.b] as usize,
            ..*b
        })
        .collect();
    Some(Molecule::new_unchecked(kept, new_bonds))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::canonical::canonical_smiles;
    use crate::formula::molecular_formula;
    use crate::smiles::parse;

    fn same(labelled: &str, plain: &str) {
        let m = parse(labelled).unwrap();
        let u = unlabelled(&m).expect(labelled);
        let p = parse(plain).unwrap();
        assert_eq!(canonical_smiles(&u), canonical_smiles(&p), "{labelled}");
        assert_eq!(molecular_formula(&u), molecular_formula(&p), "{labelled}");
        assert!(!is_labelled(&u));
    }

    #[test]
    fn isotopologues_lose_their_labels() {
        same(
            "[2H]c1c([2H])c([2H])c(CCN2CCC(CC2)N(C(=O)CC)c2ccccc2)c([2H])c1[2H]",
            "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
        );
        same(
            "[2H]C([2H])([2H])NC(C)Cc1ccc2OCOc2c1",
            "CNC(C)Cc1ccc2OCOc2c1",
        );
        // Cocaine-d3 (N-CD3).
        same(
            "[2H]C([2H])([2H])N1C2CCC1C(C(=O)OC)C(C2)OC(=O)c1ccccc1",
            "CN1C2CCC1C(C(=O)OC)C(C2)OC(=O)c1ccccc1",
        );
        same("[13CH3][15NH2]", "CN");
        same("[2H]O[2H]", "O");
        same("[3H]C", "C");
        // Deuterium on a bracket atom, and the H2 molecule.
        same("[2H][NH3+]", "[NH4+]");
        same("[2H][2H]", "[H][H]");
    }

    #[test]
    fn unlabelled_input_is_left_alone() {
        assert!(unlabelled(&parse("CCO").unwrap()).is_none());
        assert!(!is_labelled(&parse("[CH3]O").unwrap()));
    }
}
