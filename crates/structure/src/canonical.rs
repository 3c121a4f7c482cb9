//! Stereo-free canonical SMILES and identity keys.
//!
//! Atoms are ranked by invariants (element, isotope, charge, hydrogen count,
//! aromaticity, degree), the ranking is refined by neighbour ranks and bond
//! orders until stable, and remaining ties (symmetric atoms) are broken one at
//! a time with re-refinement. A depth-first walk in rank order then writes the
//! SMILES; fragments are written separately and sorted. Chirality, `/`/`\`
//! marks and atom classes are not written, so the string identifies the
//! constitution (with isotopes and charges) only.
//!
//! Because [`parse`](super::smiles::parse) normalises aromaticity and
//! hydrogens, different drawings of a molecule (atom order, Kekulé or
//! aromatic, explicit or implicit H) give the same string.

use std::fmt::Write as _;

use super::graph::{organic_implicit_h, BondOrder, Element, Molecule};

/// Canonical rank of every atom: a permutation of `0..n` that depends only
/// on the graph (up to symmetry), not on atom order.
pub fn canonical_ranks(mol: &Molecule) -> Vec<u32> {
    let (conj, _, _) = conjugated_bonds(mol);
    let codes: Vec<u64> = mol
        .bonds()
        .iter()
        .zip(&conj)
        .map(|(b, &c)| bond_code(b.order, c))
        .collect();
    ranks_with_codes(mol, &codes)
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
    let ring = mol.ring_bonds();
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
                BondOrder::Single | BondOrder::Aromatic => {}
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

fn ranks_with_codes(mol: &Molecule, codes: &[u64]) -> Vec<u32> {
    let n = mol.atom_count();
    let atoms = mol.atoms();
    let mut order: Vec<usize> = (0..n).collect();
    let inv = |i: usize| {
        let a = &atoms[i];
        (
            a.element.atomic_number(),
            a.isotope.unwrap_or(0),
            a.charge,
            a.total_h(),
            a.aromatic,
            mol.degree(i),
        )
    };
    order.sort_by_key(|&i| inv(i));
    let mut ranks = vec![0u32; n];
    let mut classes = 0usize;
    for k in 0..n {
        if k == 0 || inv(order[k]) != inv(order[k - 1]) {
            classes += 1;
            ranks[order[k]] = k as u32;
        } else {
            ranks[order[k]] = ranks[order[k - 1]];
        }
    }
    // Flat neighbour-signature buffer (CSR by atom).
    let mut start = Vec::with_capacity(n + 1);
    start.push(0usize);
    for i in 0..n {
        start.push(start[i] + mol.degree(i));
    }
    let mut sig = vec![0u64; start[n]];
    loop {
        classes = refine(
            mol, codes, &mut ranks, &mut order, &start, &mut sig, classes,
        );
        if classes >= n {
            break;
        }
        // Break the first tie: the lowest rank shared by several atoms.
        let mut tie: Option<u32> = None;
        for k in 1..n {
            if ranks[order[k]] == ranks[order[k - 1]] {
                tie = Some(ranks[order[k]]);
                break;
            }
        }
        let Some(r) = tie else { break };
        let mut first = true;
        for &i in order.iter() {
            if ranks[i] == r {
                if first {
                    first = false;
                } else {
                    ranks[i] = r + 1;
                }
            }
        }
        classes += 1;
    }
    ranks
}

fn bond_code(o: BondOrder, conjugated: bool) -> u64 {
    if conjugated {
        return 6;
    }
    match o {
        BondOrder::Single => 1,
        BondOrder::Double => 2,
        BondOrder::Triple => 3,
        BondOrder::Quadruple => 4,
        BondOrder::Aromatic => 5,
    }
}

/// Refines `ranks` until the number of classes stops growing. `order` is
/// left sorted by rank. Returns the number of classes.
fn refine(
    mol: &Molecule,
    codes: &[u64],
    ranks: &mut [u32],
    order: &mut [usize],
    start: &[usize],
    sig: &mut [u64],
    mut classes: usize,
) -> usize {
    let n = ranks.len();
    loop {
        for i in 0..n {
            let s = &mut sig[start[i]..start[i + 1]];
            for (slot, (u, bk)) in s.iter_mut().zip(mol.neighbors(i)) {
                *slot = (u64::from(ranks[u]) << 3) | codes[bk];
            }
            s.sort_unstable();
        }
        let key = |i: usize| (ranks[i], &sig[start[i]..start[i + 1]]);
        order.sort_by(|&x, &y| key(x).cmp(&key(y)));
        let mut new_ranks = vec![0u32; n];
        let mut new_classes = 0;
        for k in 0..n {
            if k == 0 || key(order[k]) != key(order[k - 1]) {
                new_classes += 1;
                new_ranks[order[k]] = k as u32;
            } else {
                new_ranks[order[k]] = new_ranks[order[k - 1]];
            }
        }
        ranks.copy_from_slice(&new_ranks);
        if new_classes <= classes {
            return new_classes;
        }
        classes = new_classes;
    }
}

/// Canonical, stereo-free SMILES of the molecule.
pub fn canonical_smiles(mol: &Molecule) -> String {
    let sys = conjugated_bonds(mol);
    let codes: Vec<u64> = mol
        .bonds()
        .iter()
        .zip(&sys.0)
        .map(|(b, &c)| bond_code(b.order, c))
        .collect();
    let ranks = ranks_with_codes(mol, &codes);
    let orders = canonical_kekule(mol, &ranks, &sys);
    let mut frags: Vec<String> = mol
        .fragments()
        .iter()
        .map(|f| write_fragment(mol, &ranks, &orders, f))
        .collect();
    frags.sort_unstable();
    frags.join(".")
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

/// DFS frame: atom, its neighbours sorted by rank, next position.
type DfsFrame = (usize, Vec<(usize, usize)>, usize);

enum Step {
    Atom(usize, Option<usize>),
    Open,
    Close,
}

fn write_fragment(mol: &Molecule, ranks: &[u32], orders: &[BondOrder], frag: &[usize]) -> String {
    let n = mol.atom_count();
    let mut out = String::with_capacity(frag.len() * 2);
    let Some(&root) = frag.iter().min_by_key(|&&i| ranks[i]) else {
        return out;
    };
    // Pass 1: DFS to find tree children and ring closures.
    let mut visit = vec![u32::MAX; n];
    let mut bond_used = vec![false; mol.bond_count()];
    let mut children: Vec<Vec<(u32, u32)>> = vec![Vec::new(); n];
    // (opener, closer, bond)
    let mut closures: Vec<(u32, u32, u32)> = Vec::new();
    let sorted_nbrs = |v: usize| {
        let mut nb: Vec<(usize, usize)> = mol.neighbors(v).collect();
        nb.sort_unstable_by_key(|&(u, _)| ranks[u]);
        nb
    };
    let mut t = 0u32;
    let mut stack: Vec<DfsFrame> = Vec::new();
    visit[root] = t;
    t += 1;
    stack.push((root, sorted_nbrs(root), 0));
    while let Some((v, nb, pos)) = stack.last_mut() {
        let v = *v;
        if *pos >= nb.len() {
            stack.pop();
            continue;
        }
        let (u, bk) = nb[*pos];
        *pos += 1;
        if bond_used[bk] {
            continue;
        }
        bond_used[bk] = true;
        if visit[u] != u32::MAX {
            closures.push((u as u32, v as u32, bk as u32));
        } else {
            visit[u] = t;
            t += 1;
            children[v].push((u as u32, bk as u32));
            let nbu = sorted_nbrs(u);
            stack.push((u, nbu, 0));
        }
    }
    // Ring-closure lists per atom: (partner visit order, is_close, bond).
    let mut rings: Vec<Vec<(u32, bool, u32, u32)>> = vec![Vec::new(); n];
    for &(o, c, bk) in &closures {
        rings[o as usize].push((visit[c as usize], false, c, bk));
        rings[c as usize].push((visit[o as usize], true, o, bk));
    }
    for r in rings.iter_mut() {
        // Closings first (in partner order), then openings.
        r.sort_unstable_by_key(|&(vo, is_close, _, _)| (!is_close, vo));
    }
    // Pass 2: write.
    let mut digit_of_bond: Vec<u32> = vec![u32::MAX; mol.bond_count()];
    let mut free = [true; 1000];
    free[0] = false;
    let mut steps = vec![Step::Atom(root, None)];
    while let Some(step) = steps.pop() {
        match step {
            Step::Open => out.push('('),
            Step::Close => out.push(')'),
            Step::Atom(v, via) => {
                if let Some(bk) = via {
                    write_bond(mol, orders, bk, &mut out);
                }
                write_atom(mol, orders, v, &mut out);
                for &(_, is_close, _, bk) in &rings[v] {
                    let bk = bk as usize;
                    if is_close {
                        let d = digit_of_bond[bk];
                        write_bond(mol, orders, bk, &mut out);
                        write_ring_digit(d, &mut out);
                        if let Some(f) = free.get_mut(d as usize) {
                            *f = true;
                        }
                    } else {
                        let d = free.iter().position(|&f| f).unwrap_or(999);
                        if let Some(f) = free.get_mut(d) {
                            *f = false;
                        }
                        digit_of_bond[bk] = d as u32;
                        write_ring_digit(d as u32, &mut out);
                    }
                }
                let ch = &children[v];
                if let Some((&(last, lb), rest)) = ch.split_last() {
                    steps.push(Step::Atom(last as usize, Some(lb as usize)));
                    for &(c, cb) in rest.iter().rev() {
                        steps.push(Step::Close);
                        steps.push(Step::Atom(c as usize, Some(cb as usize)));
                        steps.push(Step::Open);
                    }
                }
            }
        }
    }
    out
}

fn write_ring_digit(d: u32, out: &mut String) {
    if d < 10 {
        let _ = write!(out, "{d}");
    } else if d < 100 {
        let _ = write!(out, "%{d}");
    } else {
        let _ = write!(out, "%({d})");
    }
}

fn write_bond(mol: &Molecule, orders: &[BondOrder], bk: usize, out: &mut String) {
    let b = &mol.bonds()[bk];
    let both_arom = mol.atoms()[b.a].aromatic && mol.atoms()[b.b].aromatic;
    match orders.get(bk).copied().unwrap_or(b.order) {
        BondOrder::Single => {
            if both_arom {
                out.push('-');
            }
        }
        BondOrder::Aromatic => {
            if !both_arom {
                out.push(':');
            }
        }
        BondOrder::Double => out.push('='),
        BondOrder::Triple => out.push('#'),
        BondOrder::Quadruple => out.push('$'),
    }
}

fn aromatic_symbol(e: Element) -> Option<&'static str> {
    Some(match e.atomic_number() {
        5 => "b",
        6 => "c",
        7 => "n",
        8 => "o",
        14 => "si",
        15 => "p",
        16 => "s",
        33 => "as",
        34 => "se",
        52 => "te",
        _ => return None,
    })
}

/// Writes atom `i` as it must appear so that reading it back gives the
/// same atom (organic subset when possible, brackets otherwise).
fn write_atom(mol: &Molecule, orders: &[BondOrder], i: usize, out: &mut String) {
    let a = &mol.atoms()[i];
    let sym = if a.aromatic {
        aromatic_symbol(a.element).unwrap_or(a.element.symbol())
    } else {
        a.element.symbol()
    };
    let h = a.total_h();
    if a.isotope.is_none() && a.charge == 0 {
        if a.element.is_organic_subset() {
            let v: u32 = mol
                .neighbors(i)
                .map(|(_, bk)| orders.get(bk).map_or(1, |o| o.valence()))
                .sum();
            if organic_implicit_h(a.element, a.aromatic, v).0 == h {
                out.push_str(sym);
                return;
            }
        } else if a.element == Element::WILDCARD && h == 0 {
            out.push('*');
            return;
        }
    }
    out.push('[');
    if let Some(iso) = a.isotope {
        let _ = write!(out, "{iso}");
    }
    out.push_str(sym);
    match h {
        0 => {}
        1 => out.push('H'),
        _ => {
            let _ = write!(out, "H{h}");
        }
    }
    match a.charge {
        0 => {}
        1 => out.push('+'),
        -1 => out.push('-'),
        c if c > 0 => {
            let _ = write!(out, "+{c}");
        }
        c => {
            let _ = write!(out, "-{}", c.unsigned_abs());
        }
    }
    out.push(']');
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
