//! Stereochemistry: the meaning of `@`/`@@` and `/`/`\` marks, and a
//! stereoisomer key that is the same for every drawing of one stereoisomer
//! and differs between enantiomers and diastereomers.
//!
//! The reader turns each `@`/`@@` into a parity over the atom's neighbours
//! in index order ([`Atom::parity`](super::graph::Atom::parity)), so that it
//! survives any operation that keeps atom order (fragments, hydrogen
//! folding adjusts it). The key then:
//!
//! 1. takes the symmetry classes of the stereo-free canonical refinement;
//! 2. keeps a tetrahedral centre when its four neighbours (an implicit
//!    hydrogen or lone pair counting as one) are in four different classes,
//!    and expresses its parity over the neighbours in class order;
//! 3. keeps a double bond (not aromatic) when each end has a marked
//!    substituent and, if it has two, they are in different classes, and
//!    reads cis or trans between the lowest-class substituent of each end;
//! 4. ranks the graph again with these descriptors as atom labels and hashes
//!    the stereo-free canonical SMILES with the labelled graph in that order.
//!
//! Limits (documented, not errors): a centre whose neighbours are only
//! told apart by other centres' configuration (pseudo-asymmetric atoms,
//! cis/trans 1,4-disubstituted cyclohexanes) is not counted, so such
//! diastereomers share a key; allenes, atropisomers and the `@TB`, `@OH`,
//! `@SP` classes are ignored. Linear in the molecule plus two rankings
//! (`O((n + m) log² n)`).

use super::canonical::{fnv1a_128, ranks_with_labels, symmetry_classes};
use super::graph::{Atom, BondDirection, BondOrder, Chirality, Molecule};

/// Label bits of a centre (`@` or `@@` over its neighbours in class order).
const TET_ANTICLOCKWISE: u32 = 1;
const TET_CLOCKWISE: u32 = 2;
/// Label bits of a double-bond end.
const DB_CIS: u32 = 4;
const DB_TRANS: u32 = 8;

/// True when the molecule has any `@`/`@@` or `/`/`\` mark.
pub fn has_marks(mol: &Molecule) -> bool {
    mol.atoms().iter().any(|a| a.chirality != Chirality::None)
        || mol
            .bonds()
            .iter()
            .any(|b| b.direction != BondDirection::None)
}

/// Number of inversions of `keys` (its permutation parity when odd).
fn inversions<T: Ord>(keys: &[T]) -> usize {
    let mut n = 0;
    for i in 0..keys.len() {
        for j in (i + 1)..keys.len() {
            if keys[i] > keys[j] {
                n += 1;
            }
        }
    }
    n
}

/// Sets [`Atom::parity`] from `@`/`@@` marks and the written neighbour
/// order (ring-closure digits where they stand). An implicit hydrogen
/// (`[C@H]`) or, for three neighbours and none, a lone pair stands right
/// after the preceding atom, or first when there is none (OpenSMILES).
pub(crate) fn set_written_parities(atoms: &mut [Atom], written: &[Vec<u32>], has_from: &[bool]) {
    for (i, a) in atoms.iter_mut().enumerate() {
        let clockwise = match a.chirality {
            Chirality::Anticlockwise | Chirality::Tetrahedral(1) => false,
            Chirality::Clockwise | Chirality::Tetrahedral(2) => true,
            _ => continue,
        };
        let Some(w) = written.get(i) else { continue };
        if a.explicit_h > 1 || w.iter().any(|&x| x >= u32::MAX - 99) {
            continue;
        }
        // Keys: the implicit H or lone pair sorts first.
        let mut keys: Vec<i64> = w.iter().map(|&x| i64::from(x)).collect();
        if a.explicit_h == 1 || keys.len() == 3 {
            let at = usize::from(has_from.get(i).copied().unwrap_or(false)).min(keys.len());
            keys.insert(at, -1);
        }
        if keys.len() != 4 {
            continue;
        }
        a.parity = Some(clockwise ^ (inversions(&keys) % 2 == 1));
    }
}

/// New parities of centres that lose hydrogen atoms to folding:
/// `targets[h]` names the atom hydrogen atom `h` folds into. A centre that
/// already has a hydrogen or lone pair, or gains two, loses its parity.
pub(crate) fn parities_after_folding(
    mol: &Molecule,
    targets: &[Option<usize>],
) -> Vec<(usize, Option<bool>)> {
    let mut out: Vec<(usize, Option<bool>)> = Vec::new();
    // Where each centre's entry is in `out`.
    let mut seen: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for (h, t) in targets.iter().enumerate() {
        let Some(c) = *t else { continue };
        let a = &mol.atoms()[c];
        let Some(p) = a.parity else { continue };
        if let Some(&k) = seen.get(&c) {
            out[k].1 = None;
            continue;
        }
        seen.insert(c, out.len());
        let mut nbrs: Vec<usize> = mol.neighbors(c).map(|(u, _)| u).collect();
        if a.total_h() > 0 || nbrs.len() != 4 {
            out.push((c, None));
            continue;
        }
        nbrs.sort_unstable();
        let k = nbrs.iter().position(|&u| u == h).unwrap_or(0);
        out.push((c, Some(p ^ (k % 2 == 1))));
    }
    out
}

/// Tetrahedral label of atom `i` over its neighbours in class order, or 0.
fn centre_label(mol: &Molecule, classes: &[u32], i: usize) -> u32 {
    let a = &mol.atoms()[i];
    let Some(p) = a.parity else { return 0 };
    if a.total_h() > 1 {
        return 0;
    }
    let mut nbrs: Vec<usize> = mol.neighbors(i).map(|(u, _)| u).collect();
    nbrs.sort_unstable();
    let mut keys: Vec<i64> = Vec::with_capacity(4);
    if a.total_h() == 1 || nbrs.len() == 3 {
        keys.push(-1);
    }
    keys.extend(nbrs.iter().map(|&u| i64::from(classes[u])));
    if keys.len() != 4 {
        return 0;
    }
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    sorted.dedup();
    if sorted.len() != 4 {
        return 0; // two neighbours alike: not a stereocentre
    }
    if p ^ (inversions(&keys) % 2 == 1) {
        TET_CLOCKWISE
    } else {
        TET_ANTICLOCKWISE
    }
}

/// Cis (`true`) or trans between the lowest-class substituents of the
/// double bond `dk`, if its marks define it.
fn double_bond_geometry(mol: &Molecule, classes: &[u32], dk: usize) -> Option<bool> {
    let bonds = mol.bonds();
    let db = &bonds[dk];
    // Per end: direction of the reference substituent's bond read
    // "substituent -> end".
    let end = |e: usize| -> Option<BondDirection> {
        let subs: Vec<(usize, usize)> = mol.neighbors(e).filter(|&(_, bk)| bk != dk).collect();
        if subs.is_empty() || subs.len() > 2 {
            return None;
        }
        if subs.len() == 2 && classes[subs[0].0] == classes[subs[1].0] {
            return None;
        }
        let reference = subs.iter().min_by_key(|&&(u, _)| classes[u])?.0;
        let (u, bk) = subs
            .iter()
            .copied()
            .find(|&(_, bk)| bonds[bk].direction != BondDirection::None)?;
        let b = &bonds[bk];
        let d = match (b.direction, b.b == e) {
            (d, true) => d,
            (BondDirection::Up, false) => BondDirection::Down,
            (_, false) => BondDirection::Up,
        };
        Some(if u == reference {
            d
        } else if d == BondDirection::Up {
            BondDirection::Down
        } else {
            BondDirection::Up
        })
    };
    Some(end(db.a)? == end(db.b)?)
}

/// The stereoisomer key of a molecule whose stereo-free canonical SMILES is
/// `canonical` (see the module documentation). Equal to the stereo-free
/// identity key (the hash of `canonical`) when no mark defines a
/// stereocentre or double-bond geometry.
///
/// ```
/// use controlled_substances_structure::{canonical::canonical_smiles, smiles::parse, stereo::stereo_key};
/// let key = |s: &str| {
///     let m = parse(s).unwrap();
///     stereo_key(&m, &canonical_smiles(&m))
/// };
/// assert_eq!(key("N[C@@H](C)C(=O)O"), key("C[C@H](N)C(O)=O")); // L-alanine twice
/// assert_ne!(key("N[C@@H](C)C(=O)O"), key("N[C@H](C)C(=O)O")); // L vs D
/// assert_eq!(key("F/C=C/F"), key("F\\C=C\\F"));
/// assert_ne!(key("F/C=C/F"), key("F/C=C\\F"));
/// ```
pub fn stereo_key(mol: &Molecule, canonical: &str) -> u128 {
    let n = mol.atom_count();
    let classes = symmetry_classes(mol);
    let mut labels = vec![0u32; n];
    for (i, l) in labels.iter_mut().enumerate() {
        *l = centre_label(mol, &classes, i);
    }
    for (k, b) in mol.bonds().iter().enumerate() {
        if b.order != BondOrder::Double {
            continue;
        }
        if let Some(cis) = double_bond_geometry(mol, &classes, k) {
            let bit = if cis { DB_CIS } else { DB_TRANS };
            labels[b.a] |= bit;
            labels[b.b] |= bit;
        }
    }
    if labels.iter().all(|&l| l == 0) {
        return fnv1a_128(canonical.as_bytes());
    }
    let ranks = ranks_with_labels(mol, &classes, &labels);
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_unstable_by_key(|&i| ranks[i]);
    let mut bytes: Vec<u8> = Vec::with_capacity(canonical.len() + 8 * n);
    bytes.extend_from_slice(canonical.as_bytes());
    bytes.push(b'|');
    let mut nb: Vec<u32> = Vec::new();
    for &i in &order {
        bytes.extend_from_slice(&classes[i].to_le_bytes());
        bytes.extend_from_slice(&labels[i].to_le_bytes());
        nb.clear();
        nb.extend(mol.neighbors(i).map(|(u, _)| ranks[u]));
        nb.sort_unstable();
        for r in &nb {
            bytes.extend_from_slice(&r.to_le_bytes());
        }
        bytes.push(b';');
    }
    fnv1a_128(&bytes)
}
