//! Kekulization and Hückel-style aromaticity perception.
//!
//! [`kekulize`] assigns alternating single/double bonds to aromatic atoms
//! (maximum matching with Edmonds' blossom algorithm, so any Kekulé structure
//! that exists is found). [`perceive`] then decides aromaticity from a Kekulé
//! structure alone, so aromatic and Kekulé drawings of one molecule agree.
//!
//! Perception model: every simple cycle of up to [`MAX_RING_SIZE`] atoms whose
//! atoms can all take part in a π system is aromatic when its π-electron count
//! is 4n+2; two such cycles sharing one bond are also tested as a fused
//! envelope (azulene-type systems). Electron contributions: an atom with a
//! double bond inside the ring system gives 1; carbon with an exocyclic double
//! bond to N, O or S gives 0; a lone pair (pyrrole N, furan O, thiophene S,
//! carbanion) gives 2; carbocation and neutral trivalent boron give 0.
//! Because the contributions are the same in every Kekulé structure of a
//! molecule, the result does not depend on which one is used.

use super::graph::{allowed_valences, bracket_aromatic_needs_double, BondOrder, Element, Molecule};

/// Largest ring size tested on its own for aromaticity.
pub const MAX_RING_SIZE: usize = 8;

/// Work budget for cycle enumeration (DFS steps per molecule).
const CYCLE_BUDGET: u32 = 200_000;
/// Work budget for the blossom matching (inner-loop steps per molecule).
const MATCH_BUDGET: u64 = 50_000_000;

/// Why [`kekulize`] failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KekulizeError {
    /// This aromatic atom needs a double bond but none can be given.
    Unmatched {
        /// Atom index.
        atom: usize,
    },
    /// The matching exceeded its work budget.
    TooComplex {
        /// An atom of the aromatic system.
        atom: usize,
    },
}

impl std::fmt::Display for KekulizeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KekulizeError::Unmatched { atom } => {
                write!(f, "aromatic atom {atom} cannot be given a double bond")
            }
            KekulizeError::TooComplex { atom } => {
                write!(f, "aromatic system at atom {atom} is too complex")
            }
        }
    }
}

impl std::error::Error for KekulizeError {}

/// Whether an aromatic atom must receive a double bond, given its current
/// hydrogens and bonds (aromatic bonds count 1).
fn needs_double(mol: &Molecule, i: usize) -> bool {
    let a = &mol.atoms[i];
    if !a.aromatic {
        return false;
    }
    let mut v = u32::from(a.total_h());
    for &(_, bk) in mol.neighbor_slice(i) {
        v += mol.bonds[bk as usize].order.valence();
    }
    if a.element == Element::WILDCARD {
        return false;
    }
    bracket_aromatic_needs_double(a.element, a.charge, v)
}

/// Assigns Kekulé orders ([`Bond::kekule`](super::graph::Bond::kekule)) to
/// all aromatic bonds. Non-aromatic bonds keep their order as Kekulé order.
/// The perceived orders and aromatic flags are not changed.
pub fn kekulize(mol: &mut Molecule) -> Result<(), KekulizeError> {
    let n = mol.atoms.len();
    for b in mol.bonds.iter_mut() {
        if b.order != BondOrder::Aromatic {
            b.kekule = b.order;
        }
    }
    if !mol.bonds.iter().any(|b| b.order == BondOrder::Aromatic)
        && !mol.atoms.iter().any(|a| a.aromatic)
    {
        return Ok(());
    }
    // Local indices of atoms that need a double bond.
    let mut local = vec![u32::MAX; n];
    let mut nodes: Vec<usize> = Vec::new();
    for (i, slot) in local.iter_mut().enumerate() {
        if needs_double(mol, i) {
            *slot = nodes.len() as u32;
            nodes.push(i);
        }
    }
    let m = nodes.len();
    // Local CSR adjacency over aromatic bonds between needy atoms.
    let mut start = vec![0u32; m + 1];
    let mut edges: Vec<(u32, u32, u32)> = Vec::new();
    for (k, b) in mol.bonds.iter_mut().enumerate() {
        if b.order == BondOrder::Aromatic {
            let (x, y) = (local[b.a], local[b.b]);
            if x != u32::MAX && y != u32::MAX {
                edges.push((x, y, k as u32));
                start[x as usize + 1] += 1;
                start[y as usize + 1] += 1;
            }
            b.kekule = BondOrder::Single;
        }
    }
    if m == 0 {
        return Ok(());
    }
    for i in 0..m {
        start[i + 1] += start[i];
    }
    let mut fill = start.clone();
    let mut adj = vec![(0u32, 0u32); start[m] as usize];
    for &(x, y, k) in &edges {
        adj[fill[x as usize] as usize] = (y, k);
        fill[x as usize] += 1;
        adj[fill[y as usize] as usize] = (x, k);
        fill[y as usize] += 1;
    }
    let g = LocalGraph {
        start: &start,
        adj: &adj,
    };
    let mate = match max_matching(&g, m) {
        Some(x) => x,
        None => {
            return Err(KekulizeError::TooComplex {
                atom: nodes.first().copied().unwrap_or(0),
            })
        }
    };
    for (v, &u) in mate.iter().enumerate() {
        if u == NONE {
            return Err(KekulizeError::Unmatched { atom: nodes[v] });
        }
        if (u as usize) > v {
            if let Some(&(_, k)) = g.nbrs(v).iter().find(|&&(w, _)| w == u) {
                mol.bonds[k as usize].kekule = BondOrder::Double;
            }
        }
    }
    Ok(())
}

const NONE: u32 = u32::MAX;

/// Perfect matching of a small graph given as adjacency lists of
/// `(neighbour, edge id)`; the result is deterministic for a given node and
/// adjacency order. Returns `None` if no perfect matching was found within
/// the work budget.
pub(crate) fn perfect_matching(adj: &[Vec<(u32, u32)>]) -> Option<Vec<u32>> {
    let m = adj.len();
    let mut start = Vec::with_capacity(m + 1);
    start.push(0u32);
    let mut flat = Vec::new();
    for a in adj {
        flat.extend_from_slice(a);
        start.push(flat.len() as u32);
    }
    let g = LocalGraph {
        start: &start,
        adj: &flat,
    };
    let mate = max_matching(&g, m)?;
    if mate.contains(&NONE) {
        return None;
    }
    Some(mate)
}

struct LocalGraph<'a> {
    start: &'a [u32],
    adj: &'a [(u32, u32)],
}

impl LocalGraph<'_> {
    fn nbrs(&self, v: usize) -> &[(u32, u32)] {
        let s = self.start[v] as usize;
        let e = self.start[v + 1] as usize;
        &self.adj[s..e]
    }
}

/// Maximum matching (Edmonds' blossom algorithm). Returns `None` when the
/// work budget is exhausted.
fn max_matching(g: &LocalGraph<'_>, n: usize) -> Option<Vec<u32>> {
    let mut mate = vec![NONE; n];
    // Greedy start: atoms with fewest options first.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&v| (g.nbrs(v).len(), v));
    for &v in &order {
        if mate[v] != NONE {
            continue;
        }
        let mut best: Option<u32> = None;
        let mut best_deg = usize::MAX;
        for &(u, _) in g.nbrs(v) {
            if mate[u as usize] == NONE {
                let d = g.nbrs(u as usize).len();
                if d < best_deg {
                    best_deg = d;
                    best = Some(u);
                }
            }
        }
        if let Some(u) = best {
            mate[v] = u;
            mate[u as usize] = v as u32;
        }
    }
    if !mate.contains(&NONE) {
        return Some(mate);
    }
    let mut budget: u64 = MATCH_BUDGET;
    let mut p = vec![NONE; n];
    let mut base: Vec<u32> = (0..n as u32).collect();
    let mut used = vec![false; n];
    let mut blossom = vec![false; n];
    let mut lca_used = vec![false; n];
    let mut queue: Vec<u32> = Vec::with_capacity(n);
    for root in 0..n {
        if mate[root] != NONE {
            continue;
        }
        // find_path
        used.iter_mut().for_each(|x| *x = false);
        p.iter_mut().for_each(|x| *x = NONE);
        for (i, b) in base.iter_mut().enumerate() {
            *b = i as u32;
        }
        used[root] = true;
        queue.clear();
        queue.push(root as u32);
        let mut qh = 0;
        let mut found = NONE;
        'search: while qh < queue.len() {
            let v = queue[qh] as usize;
            qh += 1;
            for &(to, _) in g.nbrs(v) {
                budget = budget.checked_sub(1 + n as u64 / 8)?;
                let to_u = to as usize;
                if base[v] == base[to_u] || mate[v] == to {
                    continue;
                }
                if to_u == root || (mate[to_u] != NONE && p[mate[to_u] as usize] != NONE) {
                    // Blossom.
                    let cur = lca(&base, &mate, &p, &mut lca_used, v, to_u);
                    blossom.iter_mut().for_each(|x| *x = false);
                    mark_path(&base, &mate, &mut p, &mut blossom, v, cur, to_u);
                    mark_path(&base, &mate, &mut p, &mut blossom, to_u, cur, v);
                    for i in 0..n {
                        if blossom[base[i] as usize] {
                            base[i] = cur as u32;
                            if !used[i] {
                                used[i] = true;
                                queue.push(i as u32);
                            }
                        }
                    }
                } else if p[to_u] == NONE {
                    p[to_u] = v as u32;
                    if mate[to_u] == NONE {
                        found = to;
                        break 'search;
                    }
                    let m2 = mate[to_u];
                    used[m2 as usize] = true;
                    queue.push(m2);
                }
            }
        }
        // Augment.
        let mut u = found;
        while u != NONE {
            let pv = p[u as usize];
            if pv == NONE {
                break;
            }
            let ppv = mate[pv as usize];
            mate[u as usize] = pv;
            mate[pv as usize] = u;
            u = ppv;
            budget = budget.checked_sub(1)?;
        }
    }
    Some(mate)
}

fn lca(base: &[u32], mate: &[u32], p: &[u32], used: &mut [bool], a: usize, b: usize) -> usize {
    used.iter_mut().for_each(|x| *x = false);
    let mut a = a;
    loop {
        a = base[a] as usize;
        used[a] = true;
        if mate[a] == NONE {
            break;
        }
        let pm = p[mate[a] as usize];
        if pm == NONE {
            break;
        }
        a = pm as usize;
    }
    let mut b = b;
    loop {
        b = base[b] as usize;
        if used[b] {
            return b;
        }
        if mate[b] == NONE {
            return b;
        }
        let pm = p[mate[b] as usize];
        if pm == NONE {
            return b;
        }
        b = pm as usize;
    }
}

fn mark_path(
    base: &[u32],
    mate: &[u32],
    p: &mut [u32],
    blossom: &mut [bool],
    v: usize,
    b: usize,
    children: usize,
) {
    let mut v = v;
    let mut children = children;
    let mut guard = base.len() + 2;
    while base[v] as usize != b && guard > 0 {
        guard -= 1;
        let mv = mate[v];
        if mv == NONE {
            break;
        }
        blossom[base[v] as usize] = true;
        blossom[base[mv as usize] as usize] = true;
        p[v] = children as u32;
        children = mv as usize;
        let next = p[mv as usize];
        if next == NONE {
            break;
        }
        v = next as usize;
    }
}

/// π-electron contribution of atom `i` to a ring, from the Kekulé structure.
fn contribution(mol: &Molecule, i: usize, ring: &[bool]) -> Option<u8> {
    let a = &mol.atoms[i];
    let el = a.element.atomic_number();
    if !matches!(el, 5 | 6 | 7 | 8 | 15 | 16 | 33 | 34 | 52) {
        return None;
    }
    let mut ring_bonds = 0;
    let mut ring_double = 0;
    let mut exo_double = 0;
    let mut exo_en = false;
    for &(u, bk) in mol.neighbor_slice(i) {
        let bk = bk as usize;
        let in_ring = ring[bk];
        if in_ring {
            ring_bonds += 1;
        }
        match mol.bonds[bk].kekule {
            BondOrder::Double => {
                if in_ring {
                    ring_double += 1;
                } else {
                    exo_double += 1;
                    exo_en = matches!(mol.atoms[u as usize].element.atomic_number(), 7 | 8 | 16);
                }
            }
            BondOrder::Triple | BondOrder::Quadruple => return None,
            _ => {}
        }
    }
    let conn = mol.degree(i) + usize::from(a.total_h());
    if ring_bonds < 2 || conn > 3 {
        return None;
    }
    // Only atoms with a normal valence take part (rejects e.g. neutral O=).
    let total: u32 = u32::from(a.total_h())
        + mol
            .neighbor_slice(i)
            .iter()
            .map(|&(_, bk)| mol.bonds[bk as usize].kekule.valence())
            .sum::<u32>();
    if !allowed_valences(a.element, a.charge)
        .iter()
        .any(|&v| u32::from(v) == total)
    {
        return None;
    }
    if ring_double == 1 && exo_double == 0 {
        return Some(1);
    }
    if ring_double > 0 || exo_double > 1 {
        return None;
    }
    if exo_double == 1 {
        return if el == 6 && exo_en { Some(0) } else { None };
    }
    match (el, a.charge, conn) {
        (6, -1, 3) => Some(2),
        (6, 1, 3) => Some(0),
        (7 | 15 | 33, 0, 3) => Some(2),
        (7 | 15 | 33, -1, 2) => Some(2),
        (8 | 16 | 34 | 52, 0, 2) => Some(2),
        (5, 0, 3) => Some(0),
        _ => None,
    }
}

/// [`perceive`] on the molecule with its dative bonds left out (they take
/// no part in rings or π systems); the dative bonds are kept as they are.
fn perceive_without_dative(mol: &mut Molecule) {
    let kept: Vec<usize> = (0..mol.bonds.len())
        .filter(|&k| mol.bonds[k].order != BondOrder::Dative)
        .collect();
    let mut sub = Molecule::new_unchecked(
        mol.atoms.clone(),
        kept.iter().map(|&k| mol.bonds[k]).collect(),
    );
    perceive(&mut sub);
    for (a, b) in mol.atoms.iter_mut().zip(sub.atoms) {
        a.aromatic = b.aromatic;
    }
    for (j, &k) in kept.iter().enumerate() {
        mol.bonds[k] = sub.bonds[j];
    }
}

/// Perceives aromaticity from the Kekulé orders and sets atom aromatic flags
/// and bond orders ([`BondOrder::Aromatic`] for bonds in aromatic rings, the
/// Kekulé order otherwise).
pub fn perceive(mol: &mut Molecule) {
    if mol.bonds.iter().any(|b| b.order == BondOrder::Dative) {
        perceive_without_dative(mol);
        return;
    }
    let n = mol.atoms.len();
    for a in mol.atoms.iter_mut() {
        a.aromatic = false;
    }
    for b in mol.bonds.iter_mut() {
        b.order = b.kekule;
    }
    if n == 0 || mol.bonds.len() < 3 {
        return;
    }
    let ring = mol.ring_bonds();
    if !ring.iter().any(|&r| r) {
        return;
    }
    let mut contrib: Vec<Option<u8>> = (0..n)
        .map(|i| {
            // Cheap filter before the full test: needs two ring bonds.
            let rb = mol
                .neighbor_slice(i)
                .iter()
                .filter(|&&(_, bk)| ring[bk as usize])
                .count();
            if rb < 2 {
                None
            } else {
                contribution(mol, i, &ring)
            }
        })
        .collect();
    // Prune to the 2-core of the candidate graph: atoms with fewer than two
    // usable ring neighbours cannot lie on a cycle of candidates.
    loop {
        let mut removed = false;
        for i in 0..n {
            if contrib[i].is_none() {
                continue;
            }
            let k = mol
                .neighbor_slice(i)
                .iter()
                .filter(|&&(u, bk)| ring[bk as usize] && contrib[u as usize].is_some())
                .count();
            if k < 2 {
                contrib[i] = None;
                removed = true;
            }
        }
        if !removed {
            break;
        }
    }
    if contrib.iter().filter(|c| c.is_some()).count() < 3 {
        return;
    }
    let contrib = contrib;
    // Candidate subgraph: ring bonds between contributing atoms.
    let usable = |bk: usize, u: usize| ring[bk] && contrib[u].is_some();
    // Enumerate simple cycles up to MAX_RING_SIZE.
    let mut cycles: Vec<u32> = Vec::new();
    let mut offsets: Vec<usize> = vec![0];
    let mut on_path = vec![false; n];
    let mut path: Vec<usize> = Vec::with_capacity(MAX_RING_SIZE);
    let mut iters: Vec<usize> = Vec::with_capacity(MAX_RING_SIZE);
    let mut budget = CYCLE_BUDGET;
    'starts: for s in 0..n {
        if contrib[s].is_none() {
            continue;
        }
        path.clear();
        iters.clear();
        path.push(s);
        iters.push(0);
        on_path[s] = true;
        while let Some(&v) = path.last() {
            let pos = iters.last().copied().unwrap_or(0);
            let nb = mol.neighbor_slice(v);
            if pos >= nb.len() {
                on_path[v] = false;
                path.pop();
                iters.pop();
                continue;
            }
            if let Some(x) = iters.last_mut() {
                *x += 1;
            }
            if budget == 0 {
                for &p in &path {
                    on_path[p] = false;
                }
                break 'starts;
            }
            budget -= 1;
            let (u, bk) = nb[pos];
            let u = u as usize;
            if !usable(bk as usize, u) || !usable(bk as usize, v) {
                continue;
            }
            if u == s {
                if path.len() >= 3 && path[1] < path[path.len() - 1] {
                    cycles.extend(path.iter().map(|&x| x as u32));
                    offsets.push(cycles.len());
                }
                continue;
            }
            if u < s || on_path[u] || path.len() >= MAX_RING_SIZE {
                continue;
            }
            on_path[u] = true;
            path.push(u);
            iters.push(0);
        }
    }
    let ncyc = offsets.len() - 1;
    if ncyc == 0 {
        return;
    }
    let cyc = |k: usize| &cycles[offsets[k]..offsets[k + 1]];
    let sum = |c: &[u32]| -> u32 {
        c.iter()
            .map(|&a| u32::from(contrib[a as usize].unwrap_or(0)))
            .sum()
    };
    let huckel = |e: u32| e >= 2 && (e - 2).is_multiple_of(4);
    let mut arom_cycle = vec![false; ncyc];
    for (k, flag) in arom_cycle.iter_mut().enumerate() {
        *flag = huckel(sum(cyc(k)));
    }
    // Fused pairs sharing exactly one bond.
    let mut fused = vec![false; ncyc];
    let mut pair_budget: u32 = 20_000;
    for i in 0..ncyc {
        for j in (i + 1)..ncyc {
            if arom_cycle[i] && arom_cycle[j] {
                continue;
            }
            if pair_budget == 0 {
                break;
            }
            pair_budget -= 1;
            let (ci, cj) = (cyc(i), cyc(j));
            let mut common = [0u32; 2];
            let mut nc = 0;
            for &a in ci {
                if cj.contains(&a) {
                    if nc < 2 {
                        common[nc] = a;
                    }
                    nc += 1;
                }
            }
            if nc != 2
                || mol
                    .bond_between(common[0] as usize, common[1] as usize)
                    .is_none()
            {
                continue;
            }
            let e = sum(ci) + sum(cj)
                - u32::from(contrib[common[0] as usize].unwrap_or(0))
                - u32::from(contrib[common[1] as usize].unwrap_or(0));
            if huckel(e) {
                fused[i] = true;
                fused[j] = true;
            }
        }
    }
    for k in 0..ncyc {
        if !(arom_cycle[k] || fused[k]) {
            continue;
        }
        let c = cyc(k);
        for (idx, &a) in c.iter().enumerate() {
            let b = c[(idx + 1) % c.len()];
            mol.atoms[a as usize].aromatic = true;
            if let Some(bk) = mol.bond_between(a as usize, b as usize) {
                mol.bonds[bk].order = BondOrder::Aromatic;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::canonical::canonical_smiles;
    use crate::graph::BondOrder;
    use crate::smiles::parse;

    fn all_aromatic(s: &str) -> bool {
        parse(s).unwrap().atoms().iter().all(|a| a.aromatic)
    }

    fn same(a: &str, b: &str) {
        let (x, y) = (parse(a).unwrap(), parse(b).unwrap());
        assert_eq!(canonical_smiles(&x), canonical_smiles(&y), "{a} vs {b}");
    }

    #[test]
    fn aromatic_either_way() {
        let pairs = [
            ("c1ccccc1", "C1=CC=CC=C1"),
            ("c1ccncc1", "C1=CC=NC=C1"),
            ("c1ccsc1", "C1=CSC=C1"),
            ("c1ccoc1", "C1=COC=C1"),
            ("c1cc[nH]c1", "C1=CNC=C1"),
            ("c1c[nH]cn1", "C1=CN=CN1"),
            ("c1ccc2[nH]ccc2c1", "C1=CC=C2NC=CC2=C1"),
            ("c1ccc2[nH]cnc2c1", "C1=CC=C2NC=NC2=C1"),
            ("c1ccc2ccccc2c1", "C1=CC2=CC=CC=C2C=C1"),
            ("c1ccc2cc3ccccc3cc2c1", "C1=CC=C2C=C3C=CC=CC3=CC2=C1"),
        ];
        for (a, k) in pairs {
            assert!(all_aromatic(a), "{a}");
            assert!(all_aromatic(k), "{k}");
            same(a, k);
        }
        // Azulene: aromatic only as a fused system.
        assert!(all_aromatic("C1=CC2=CC=CC=CC2=C1"));
    }

    #[test]
    fn non_aromatic() {
        assert!(!parse("C1=CC=CC=CC=C1").unwrap().atoms()[0].aromatic);
        assert!(!parse("C1=CCC=C1").unwrap().atoms()[0].aromatic);
        assert!(!parse("C1CCCCC1").unwrap().atoms()[0].aromatic);
        assert!(!parse("C=C1C=CC=C1").unwrap().atoms()[1].aromatic);
        // Biphenyl link stays single.
        let m = parse("c1ccccc1-c1ccccc1").unwrap();
        assert_eq!(m.bonds()[6].order, BondOrder::Single);
        let m = parse("c1ccccc1c1ccccc1").unwrap();
        assert_eq!(m.bonds()[6].order, BondOrder::Single);
    }

    #[test]
    fn heteroaromatics_with_exocyclic_groups() {
        same("O=c1cccc[nH]1", "O=C1C=CC=CN1");
        same("Cn1c(=O)c2c(ncn2C)n(C)c1=O", "CN1C(=O)C2=C(N=CN2C)N(C)C1=O");
        same("[O-][n+]1ccccc1", "[O-][N+]1=CC=CC=C1");
        same("c1cc[nH+]cc1", "C1=CC=[NH+]C=C1");
    }

    #[test]
    fn kekule_assignment() {
        let mut m = parse("c1ccccc1").unwrap();
        let doubles = m
            .bonds()
            .iter()
            .filter(|b| b.kekule == BondOrder::Double)
            .count();
        assert_eq!(doubles, 3);
        // Perceiving again from the Kekulé form is stable.
        super::perceive(&mut m);
        assert!(m.atoms().iter().all(|a| a.aromatic));
        // Odd ring that needs a blossom: fused 5/7 systems still kekulize.
        assert!(parse("c1cc2cccccc2c1").is_ok());
    }
}
