//! Normalisation after reading: implicit hydrogens, charge-separated
//! nitro groups and halogen oxides, and folding of plain `[H]` atoms.

use crate::graph::{organic_implicit_h, Bond, BondOrder, Element, Molecule};

/// Assigns implicit hydrogens to organic-subset atoms and turns aromatic
/// bonds that cannot be aromatic (between non-aromatic atoms, or outside
/// rings) into single bonds.
pub(super) fn assign_hydrogens(mol: &mut Molecule) {
    let mut changed = false;
    for b in mol.bonds.iter_mut() {
        if b.order == BondOrder::Aromatic && !(mol.atoms[b.a].aromatic && mol.atoms[b.b].aromatic) {
            b.order = BondOrder::Single;
            b.kekule = BondOrder::Single;
            changed = true;
        }
    }
    if mol.bonds.iter().any(|b| b.order == BondOrder::Aromatic) {
        let ring = mol.covalent_ring_bonds();
        for (b, r) in mol.bonds.iter_mut().zip(ring) {
            if b.order == BondOrder::Aromatic && !r {
                b.order = BondOrder::Single;
                b.kekule = BondOrder::Single;
                changed = true;
            }
        }
    }
    let _ = changed;
    let mut valence = vec![0u32; mol.atoms.len()];
    for b in &mol.bonds {
        valence[b.a] += b.valence_at(b.a);
        valence[b.b] += b.valence_at(b.b);
    }
    for (atom, &v) in mol.atoms.iter_mut().zip(&valence) {
        if !atom.bracket {
            atom.implicit_h = organic_implicit_h(atom.element, atom.aromatic, v).0;
        }
    }
}

/// Rewrites neutral pentavalent nitrogen with a double bond to a terminal
/// oxygen (`N(=O)=O`, `C=N(=O)`...) in charge-separated form, as most
/// toolkits do, so both drawings of nitro groups and N-oxides agree.
pub(super) fn charge_separate_pentavalent_n(mol: &mut Molecule) {
    for i in 0..mol.atoms.len() {
        let a = &mol.atoms[i];
        if a.element != Element::N || a.charge != 0 {
            continue;
        }
        let mut val = u32::from(a.total_h());
        let mut target = None;
        for &(u, bk) in mol.neighbor_slice(i) {
            let b = &mol.bonds[bk as usize];
            val += b.kekule.valence();
            let o = &mol.atoms[u as usize];
            if target.is_none()
                && b.kekule == BondOrder::Double
                && o.element == Element::O
                && o.charge == 0
                && o.total_h() == 0
                && mol.degree(u as usize) == 1
            {
                target = Some((u as usize, bk as usize));
            }
        }
        if val == 5 {
            if let Some((o, bk)) = target {
                mol.atoms[i].charge = 1;
                mol.atoms[o].charge = -1;
                mol.bonds[bk].kekule = BondOrder::Single;
                mol.bonds[bk].order = BondOrder::Single;
            }
        }
    }
}

/// Rewrites neutral hypervalent Cl, Br and I with double bonds to terminal
/// oxygens in charge-separated form (`OCl(=O)(=O)=O` → `O[Cl+3]([O-])([O-])[O-]`),
/// as RDKit does, so both drawings of perchlorate, iodate... agree.
pub(super) fn charge_separate_halogen_oxides(mol: &mut Molecule) {
    for i in 0..mol.atoms.len() {
        let a = &mol.atoms[i];
        if !matches!(a.element.atomic_number(), 17 | 35 | 53) || a.charge != 0 {
            continue;
        }
        let mut targets: Vec<(usize, usize)> = Vec::new();
        for &(u, bk) in mol.neighbor_slice(i) {
            let b = &mol.bonds[bk as usize];
            let o = &mol.atoms[u as usize];
            if b.kekule == BondOrder::Double
                && o.element == Element::O
                && o.charge == 0
                && o.total_h() == 0
                && mol.degree(u as usize) == 1
            {
                targets.push((u as usize, bk as usize));
            }
        }
        let count = targets.len() as i8;
        for (o, bk) in targets {
            mol.atoms[o].charge = -1;
            mol.bonds[bk].kekule = BondOrder::Single;
            mol.bonds[bk].order = BondOrder::Single;
        }
        mol.atoms[i].charge = count;
    }
}

/// Removes plain `[H]` atoms (no isotope, charge or class, one single bond
/// to a non-hydrogen atom) and adds them to the neighbour's hydrogen count.
pub(super) fn fold_hydrogens(mol: Molecule) -> Molecule {
    let n = mol.atoms.len();
    let foldable = |i: usize| -> Option<usize> {
        let a = &mol.atoms[i];
        if a.element != Element::H
            || a.isotope.is_some()
            || a.charge != 0
            || a.class.is_some()
            || a.explicit_h != 0
        {
            return None;
        }
        let nb = mol.neighbor_slice(i);
        if nb.len() != 1 {
            return None;
        }
        let (u, bk) = nb[0];
        let u = u as usize;
        if mol.atoms[u].element == Element::H || mol.bonds[bk as usize].kekule != BondOrder::Single
        {
            return None;
        }
        Some(u)
    };
    let targets: Vec<Option<usize>> = (0..n).map(foldable).collect();
    if targets.iter().all(Option::is_none) {
        return mol;
    }
    let parities = crate::stereo::parities_after_folding(&mol, &targets);
    let Molecule {
        mut atoms, bonds, ..
    } = mol;
    for (centre, parity) in parities {
        atoms[centre].parity = parity;
    }
    for t in targets.iter().flatten() {
        atoms[*t].explicit_h = atoms[*t].explicit_h.saturating_add(1);
    }
    let mut map = vec![u32::MAX; n];
    let mut new_atoms = Vec::with_capacity(n);
    for (i, a) in atoms.into_iter().enumerate() {
        if targets[i].is_none() {
            map[i] = new_atoms.len() as u32;
            new_atoms.push(a);
        }
    }
    let new_bonds = bonds
        .into_iter()
        .filter(|b| map[b.a] != u32::MAX && map[b.b] != u32::MAX)
        .map(|b| Bond {
            a: map[b.a] as usize,
            b: map[b.b] as usize,
            ..b
        })
        .collect();
    Molecule::new_unchecked(new_atoms, new_bonds)
}
