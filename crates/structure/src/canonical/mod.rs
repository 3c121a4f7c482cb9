//! Stereo-free canonical SMILES and identity keys.
//!
//! Atoms are ranked by invariants (element, isotope, charge, hydrogen count,
//! aromaticity, degree), the ranking is refined by neighbour ranks and bond
//! orders until stable, and remaining ties (symmetric atoms) are broken by
//! partition refinement ([`ranking`](self) module docs: `O((n + m) log² n)`).
//! A depth-first walk in rank order then writes the SMILES. Every connected
//! fragment is canonicalised on its own, identical fragments (same atoms and
//! bonds in the same order, as in `O.O.O`) only once, and the fragments'
//! strings are sorted and joined with `.`; the whole is `O((n + m) log² n)`
//! for `n` atoms and `m` bonds. Chirality, `/`/`\` marks and atom classes
//! are not written, so the string identifies the constitution (with isotopes
//! and charges) only; [`stereo`](super::stereo) adds a key for the
//! stereoisomer.
//!
//! Because [`parse`](super::smiles::parse) normalises aromaticity and
//! hydrogens, different drawings of a molecule (atom order, Kekulé or
//! aromatic, explicit or implicit H) give the same string.

use super::graph::{BondOrder, Molecule};

mod ranking;

mod writer;

/// Canonical rank of every atom: a permutation of `0..n` that depends only
/// on the graph (up to symmetry), not on atom order.
pub fn canonical_ranks(mol: &Molecule) -> Vec<u32> {
    ranks_with_codes(mol, &bond_codes(mol))
}

/// The invariant an atom's first class is drawn from, packed so that
/// integer order is the order of `(element, isotope, charge, hydrogens,
/// aromatic, degree)`.
fn atom_invariant(mol: &Molecule, i: usize) -> u64 {
    let a = &mol.atoms()[i];
    let charge = (i16::from(a.charge) + 128) as u64;
    (u64::from(a.element.atomic_number()) << 48)
        | (u64::from(a.isotope.unwrap_or(0)) << 32)
        | (charge << 24)
        | (u64::from(a.total_h()) << 16)
        | (u64::from(a.aromatic) << 15)
        | (mol.degree(i).min(0x7fff) as u64)
}

/// Ranks with per-bond codes (below 8) as the bond labels.
pub(crate) fn ranks_with_codes(mol: &Molecule, codes: &[u8]) -> Vec<u32> {
    let inv: Vec<u64> = (0..mol.atom_count())
        .map(|i| atom_invariant(mol, i))
        .collect();
    let (start, adj) = labelled_adjacency(mol, |bk| codes.get(bk).copied().unwrap_or(0));
    ranking::rank(&inv, &start, &adj, None)
}

/// The bond labels of the canonical ranking.
fn bond_codes(mol: &Molecule) -> Vec<u8> {
    let (conj, _, _) = conjugated_bonds(mol);
    mol.bonds()
        .iter()
        .zip(&conj)
        .map(|(b, &c)| bond_code(b.order, c))
        .collect()
}

/// Symmetry classes: for each atom, the position of its class once the
/// canonical refinement is stable and before any tie is broken. Atoms that
/// the refinement cannot tell apart (symmetric atoms) share a value; the
/// order of the values depends only on the graph.
pub(crate) fn symmetry_classes(mol: &Molecule) -> Vec<u32> {
    let codes = bond_codes(mol);
    let inv: Vec<u64> = (0..mol.atom_count())
        .map(|i| atom_invariant(mol, i))
        .collect();
    let (start, adj) = labelled_adjacency(mol, |bk| codes.get(bk).copied().unwrap_or(0));
    let mut classes = Vec::new();
    ranking::rank(&inv, &start, &adj, Some(&mut classes));
    classes
}

/// Canonical ranks of the graph whose atoms carry, besides their symmetry
/// class, an extra label (`extra[i]`, below 2^24): a canonical order of the
/// labelled graph.
pub(crate) fn ranks_with_labels(mol: &Molecule, classes: &[u32], extra: &[u32]) -> Vec<u32> {
    let codes = bond_codes(mol);
    let inv: Vec<u64> = (0..mol.atom_count())
        .map(|i| {
            (u64::from(classes.get(i).copied().unwrap_or(0)) << 24)
                | u64::from(extra.get(i).copied().unwrap_or(0) & 0xff_ffff)
        })
        .collect();
    let (start, adj) = labelled_adjacency(mol, |bk| codes.get(bk).copied().unwrap_or(0));
    ranking::rank(&inv, &start, &adj, None)
}

/// CSR adjacency with a label per bond.
fn labelled_adjacency(mol: &Molecule, label: impl Fn(usize) -> u8) -> (Vec<u32>, Vec<(u32, u8)>) {
    let n = mol.atom_count();
    let mut start = Vec::with_capacity(n + 1);
    let mut adj = Vec::with_capacity(2 * mol.bond_count());
    start.push(0u32);
    let bonds = mol.bonds();
    for i in 0..n {
        adj.extend(mol.neighbors(i).map(|(u, bk)| {
            let l = label(bk);
            let acceptor = bonds[bk].order == BondOrder::Dative && bonds[bk].b == i;
            (
                u as u32,
                if acceptor && l == DATIVE_FROM_DONOR {
                    DATIVE_FROM_ACCEPTOR
                } else {
                    l
                },
            )
        }));
        start.push(adj.len() as u32);
    }
    (start, adj)
}

/// Bonds whose Kekulé order may differ between Kekulé structures: ring bonds
/// (not perceived aromatic) between atoms that each have exactly one double
/// bond, that double bond being a ring bond to another such atom.
fn conjugated_bonds(mol: &Molecule) -> (Vec<bool>, Vec<bool>, Vec<bool>) {
    let n = mol.atom_count();
    let bonds = mol.bonds();
    if !bonds.iter().any(|b| b.kekule == BondOrder::Double) {
        return (vec![false; bonds.len()], Vec::new(), Vec::new());
    }
    let ring = mol.covalent_ring_bonds();
    // Per atom: the single ring double bond, if it has exactly one double bond.
    let mut dbl: Vec<Option<usize>> = vec![None; n];
    for (i, slot) in dbl.iter_mut().enumerate() {
        let mut count = 0;
        let mut which = None;
        for (_, bk) in mol.neighbors(i) {
            match bonds[bk].kekule {
                BondOrder::Double => {
                    count += 1;
                    which = Some(bk);
                }
                BondOrder::Single | BondOrder::Aromatic | BondOrder::Dative => {}
                BondOrder::Triple | BondOrder::Quadruple => count += 2,
            }
        }
        if count == 1 {
            if let Some(bk) = which {
                if ring[bk] {
                    *slot = Some(bk);
                }
            }
        }
    }
    let member = |i: usize| match dbl[i] {
        Some(bk) => dbl[bonds[bk].other(i)].is_some(),
        None => false,
    };
    let members: Vec<bool> = (0..n).map(member).collect();
    let conj = bonds
        .iter()
        .zip(&ring)
        .map(|(b, &r)| r && members[b.a] && members[b.b] && b.order != BondOrder::Aromatic)
        .collect();
    (conj, members, ring)
}

/// Canonical Kekulé orders for the conjugated bonds: a perfect matching on
/// the conjugated atoms found in canonical-rank order.
fn canonical_kekule(
    mol: &Molecule,
    ranks: &[u32],
    (conj, members, ring): &(Vec<bool>, Vec<bool>, Vec<bool>),
) -> Vec<BondOrder> {
    let mut orders: Vec<BondOrder> = mol.bonds().iter().map(|b| b.order).collect();
    if !conj.iter().any(|&c| c) {
        return orders;
    }
    let bonds = mol.bonds();
    let n = mol.atom_count();
    // Members of conjugated systems that contain at least one conjugated bond.
    let mut seen = vec![false; n];
    let mut stack: Vec<usize> = Vec::new();
    for (bk, b) in bonds.iter().enumerate() {
        if conj[bk] && !seen[b.a] {
            seen[b.a] = true;
            stack.push(b.a);
            while let Some(v) = stack.pop() {
                for (u, k) in mol.neighbors(v) {
                    if ring[k] && members[u] && !seen[u] {
                        seen[u] = true;
                        stack.push(u);
                    }
                }
            }
        }
    }
    let mut nodes: Vec<usize> = (0..n).filter(|&i| seen[i]).collect();
    nodes.sort_unstable_by_key(|&i| ranks[i]);
    let mut local = vec![u32::MAX; n];
    for (k, &i) in nodes.iter().enumerate() {
        local[i] = k as u32;
    }
    // Matching graph: ring bonds between members.
    let in_graph = |bk: usize| {
        let b = &bonds[bk];
        local[b.a] != u32::MAX && local[b.b] != u32::MAX && ring[bk]
    };
    let mut adj: Vec<Vec<(u32, u32)>> = vec![Vec::new(); nodes.len()];
    for (k, &i) in nodes.iter().enumerate() {
        for (u, bk) in mol.neighbors(i) {
            if in_graph(bk) {
                adj[k].push((local[u], bk as u32));
            }
        }
        adj[k].sort_unstable();
    }
    let matching = super::aromaticity::perfect_matching(&adj);
    let Some(mate) = matching else {
        return orders;
    };
    for (k, &i) in nodes.iter().enumerate() {
        for (u, bk) in mol.neighbors(i) {
            if in_graph(bk) && bonds[bk].order != BondOrder::Aromatic {
                orders[bk] = if mate[k] == local[u] {
                    BondOrder::Double
                } else {
                    BondOrder::Single
                };
            }
        }
    }
    orders
}

fn bond_code(o: BondOrder, conjugated: bool) -> u8 {
    if conjugated {
        return 6;
    }
    match o {
        BondOrder::Single => 1,
        BondOrder::Double => 2,
        BondOrder::Triple => 3,
        BondOrder::Quadruple => 4,
        BondOrder::Aromatic => 5,
        BondOrder::Dative => DATIVE_FROM_DONOR,
    }
}

/// Bond label of a dative bond seen from its donor; from its acceptor it
/// is [`DATIVE_FROM_ACCEPTOR`], so the direction counts.
const DATIVE_FROM_DONOR: u8 = 7;
const DATIVE_FROM_ACCEPTOR: u8 = 0;

/// Canonical ranks and the canonical Kekulé orders of a molecule.
fn ranks_and_orders(mol: &Molecule) -> (Vec<u32>, Vec<BondOrder>) {
    let sys = conjugated_bonds(mol);
    let codes: Vec<u8> = mol
        .bonds()
        .iter()
        .zip(&sys.0)
        .map(|(b, &c)| bond_code(b.order, c))
        .collect();
    let ranks = ranks_with_codes(mol, &codes);
    let orders = canonical_kekule(mol, &ranks, &sys);
    (ranks, orders)
}

/// Canonical SMILES of a connected molecule.
fn connected_smiles(mol: &Molecule) -> String {
    let (ranks, orders) = ranks_and_orders(mol);
    let all: Vec<usize> = (0..mol.atom_count()).collect();
    writer::write_fragment(mol, &ranks, &orders, &all, false, false)
}

/// Canonical, stereo-free SMILES of the molecule.
pub fn canonical_smiles(mol: &Molecule) -> String {
    if mol.component_ids().1 <= 1 {
        return connected_smiles(mol);
    }
    let mut parts: Vec<(String, usize)> = mol
        .fragment_groups()
        .into_iter()
        .map(|(m, members)| (connected_smiles(&m), members.len()))
        .collect();
    parts.sort_unstable();
    let mut out = String::with_capacity(parts.iter().map(|(s, k)| (s.len() + 1) * k).sum());
    for (s, k) in &parts {
        for _ in 0..*k {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(s);
        }
    }
    out
}

/// SMILES of the molecule written with atoms visited in the order given by
/// `priority` (lower first: the walk of each fragment starts at its atom of
/// lowest priority and takes neighbours by priority), aromatic or as a
/// Kekulé structure, with `@`/`@@` for every tetrahedral parity (double-bond
/// `/`/`\` marks are not written). Not canonical: for redrawing a molecule in
/// another atom order (tests, and checks that identity does not depend on
/// the drawing).
/// `priority` must have one distinct value per atom; otherwise the atom
/// index is used.
pub fn write_smiles_in_order(mol: &Molecule, priority: &[u32], kekule: bool) -> String {
    let n = mol.atom_count();
    let ranks: Vec<u32> = if priority.len() == n {
        priority.to_vec()
    } else {
        (0..n as u32).collect()
    };
    let orders: Vec<BondOrder> = mol
        .bonds()
        .iter()
        .map(|b| if kekule { b.kekule } else { b.order })
        .collect();
    let mut frags = mol.fragments();
    frags.sort_by_key(|f| f.iter().map(|&i| ranks[i]).min());
    let parts: Vec<String> = frags
        .iter()
        .map(|f| writer::write_fragment(mol, &ranks, &orders, f, kekule, true))
        .collect();
    parts.join(".")
}

/// A 128-bit identity key: FNV-1a hash of [`canonical_smiles`].
pub fn identity_key(mol: &Molecule) -> u128 {
    fnv1a_128(canonical_smiles(mol).as_bytes())
}

/// 128-bit FNV-1a hash.
pub fn fnv1a_128(bytes: &[u8]) -> u128 {
    const OFFSET: u128 = 0x6c62272e07bb014262b821756295c58d;
    const PRIME: u128 = 0x0000000001000000000000000000013B;
    let mut h = OFFSET;
    for &b in bytes {
        h ^= u128::from(b);
        h = h.wrapping_mul(PRIME);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::smiles::parse;

    fn can(s: &str) -> String {
        canonical_smiles(&parse(s).unwrap())
    }

    #[test]
    fn same_molecule_different_drawings() {
        let groups: &[&[&str]] = &[
            &[
                "CCO",
                "OCC",
                "C(O)C",
                "[CH3][CH2][OH]",
                "[H]OC([H])([H])C([H])([H])[H]",
            ],
            &["c1ccccc1O", "Oc1ccccc1", "C1=CC=C(O)C=C1", "OC1=CC=CC=C1"],
            &["CN1C=NC2=C1C(=O)N(C(=O)N2C)C", "Cn1cnc2c1c(=O)n(C)c(=O)n2C"],
            &["C[C@H](N)C(=O)O", "C[C@@H](N)C(=O)O", "CC(N)C(O)=O"],
            &["F/C=C/F", "F/C=C\\F", "FC=CF"],
            &[
                "[O-][N+](=O)c1ccccc1",
                "O=N(=O)c1ccccc1",
                "c1ccc(cc1)[N+]([O-])=O",
            ],
            &["C.O", "O.C"],
        ];
        for g in groups {
            let first = can(g[0]);
            for s in g.iter() {
                assert_eq!(can(s), first, "{s}");
            }
        }
    }

    #[test]
    fn different_molecules_differ() {
        let list = [
            "CCO",
            "COC",
            "CC=O",
            "c1ccccc1",
            "C1CCCCC1",
            "c1ccncc1",
            "[13CH3]CO",
            "CC[O-]",
            "Cc1ccccc1C",
            "Cc1cccc(C)c1",
            "Cc1ccc(C)cc1",
            "C1CC1C",
            "C1CCC1",
        ];
        let keys: Vec<String> = list.iter().map(|s| can(s)).collect();
        for i in 0..keys.len() {
            for j in (i + 1)..keys.len() {
                assert_ne!(keys[i], keys[j], "{} vs {}", list[i], list[j]);
            }
        }
        assert_ne!(
            identity_key(&parse("CCO").unwrap()),
            identity_key(&parse("COC").unwrap())
        );
    }

    #[test]
    fn ranks_are_a_permutation() {
        let m = parse("CC(C)(C)c1ccc(O)cc1").unwrap();
        let mut r = canonical_ranks(&m);
        r.sort_unstable();
        assert_eq!(r, (0..m.atom_count() as u32).collect::<Vec<_>>());
    }

    /// Rewrites a molecule with permuted atom order via a non-canonical
    /// SMILES-free route: rebuild the graph in a shuffled order.
    fn shuffled(m: &Molecule, seed: u64) -> Molecule {
        let n = m.atom_count();
        let mut perm: Vec<usize> = (0..n).collect();
        let mut x = seed | 1;
        for i in (1..n).rev() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            perm.swap(i, (x % (i as u64 + 1)) as usize);
        }
        let mut bonds: Vec<crate::graph::Bond> = m.bonds().to_vec();
        // Shuffle the bond list and the atom order.
        let inv: Vec<usize> = {
            let mut inv = vec![0; n];
            for (new, &old) in perm.iter().enumerate() {
                inv[old] = new;
            }
            inv
        };
        for b in bonds.iter_mut() {
            b.a = inv[b.a];
            b.b = inv[b.b];
            if x & 1 == 0 {
                std::mem::swap(&mut b.a, &mut b.b);
            }
        }
        bonds.reverse();
        let atoms = perm.iter().map(|&old| m.atoms()[old].clone()).collect();
        Molecule::new(atoms, bonds).unwrap()
    }

    #[test]
    fn shuffled_atom_orders_give_the_same_string() {
        let list = [
            "CN1CCC23C4C1CC5=C2C(=C(C=C5)O)OC3C(C=C4)O",
            "CCC(=O)N(C1CCN(CC1)CCC2=CC=CC=C2)C3=CC=CC=C3",
            "CCN(CC)C(=O)C1CN(C2CC3=CNC4=CC=CC(=C34)C2=C1)C",
            "C12C3C4C1C5C2C3C45",
            "C1CC2CCC1CC2",
            "c1ccc2cc3ccccc3cc2c1",
            "CC(=O)OC1=CC=CC=C1C(=O)O.[Na+].[Cl-].O",
            "C1=CC=CC=CC=C1",
            "OC(=O)CC(O)(CC(O)=O)C(O)=O",
        ];
        for s in list {
            let m = parse(s).unwrap();
            let c = canonical_smiles(&m);
            for seed in 1..20u64 {
                let sm = shuffled(&m, seed * 7919);
                assert_eq!(canonical_smiles(&sm), c, "{s} seed {seed}");
            }
            // And the canonical string reads back to itself.
            assert_eq!(can(&c), c);
        }
    }
}
