//! Shared context for the rules: a molecule with its ring bonds and ring systems.

use super::*;

// Shared context: ring bonds and ring systems.

/// Groups larger than this (heavy atoms) are described by size only.
pub(crate) const MAX_NAMED_GROUP: usize = 60;

/// Sentinel for "not in a ring system".
pub(crate) const NONE: u32 = u32::MAX;

/// A molecule with its ring bonds and ring systems (connected components of
/// the ring bonds: fused, bridged and spiro rings form one system).
pub(crate) struct Ctx<'a> {
    pub(crate) mol: &'a Molecule,
    ring_bond: Vec<bool>,
    /// Ring system of each atom, or [`NONE`].
    sys: Vec<u32>,
    /// Atom count of each system.
    sys_atoms: Vec<u32>,
    /// Ring-bond count of each system.
    sys_bonds: Vec<u32>,
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(mol: &'a Molecule) -> Ctx<'a> {
        let ring_bond = mol.ring_bonds();
        let n = mol.atom_count();
        let mut parent: Vec<u32> = (0..n as u32).collect();
        fn find(p: &mut [u32], mut x: u32) -> u32 {
            while let Some(&px) = p.get(x as usize) {
                if px == x {
                    break;
                }
                let gp = p.get(px as usize).copied().unwrap_or(px);
                if let Some(slot) = p.get_mut(x as usize) {
                    *slot = gp;
                }
                x = px;
            }
            x
        }
        let mut in_ring = vec![false; n];
        for (b, bond) in mol.bonds().iter().enumerate() {
            if ring_bond.get(b).copied().unwrap_or(false) {
                let (ra, rb) = (
                    find(&mut parent, bond.a as u32),
                    find(&mut parent, bond.b as u32),
                );
                if ra != rb {
                    if let Some(slot) = parent.get_mut(ra as usize) {
                        *slot = rb;
                    }
                }
                if let Some(x) = in_ring.get_mut(bond.a) {
                    *x = true;
                }
                if let Some(x) = in_ring.get_mut(bond.b) {
                    *x = true;
                }
            }
        }
        let mut sys = vec![NONE; n];
        let mut root_id: HashMap<u32, u32> = HashMap::new();
        let mut sys_atoms: Vec<u32> = Vec::new();
        for i in 0..n {
            if !in_ring[i] {
                continue;
            }
            let r = find(&mut parent, i as u32);
            let next = root_id.len() as u32;
            let id = *root_id.entry(r).or_insert(next);
            if id as usize == sys_atoms.len() {
                sys_atoms.push(0);
            }
            if let Some(c) = sys_atoms.get_mut(id as usize) {
                *c += 1;
            }
            sys[i] = id;
        }
        let mut sys_bonds = vec![0u32; sys_atoms.len()];
        for (b, bond) in mol.bonds().iter().enumerate() {
            if ring_bond.get(b).copied().unwrap_or(false) {
                if let Some(&s) = sys.get(bond.a) {
                    if let Some(c) = sys_bonds.get_mut(s as usize) {
                        *c += 1;
                    }
                }
            }
        }
        Ctx {
            mol,
            ring_bond,
            sys,
            sys_atoms,
            sys_bonds,
        }
    }

    pub(crate) fn atom(&self, i: usize) -> Option<&Atom> {
        self.mol.atoms().get(i)
    }

    pub(crate) fn element(&self, i: usize) -> Element {
        self.atom(i).map_or(Element::WILDCARD, |a| a.element)
    }

    pub(crate) fn is(&self, i: usize, e: Element) -> bool {
        self.element(i) == e
    }

    pub(crate) fn aromatic(&self, i: usize) -> bool {
        self.atom(i).is_some_and(|a| a.aromatic)
    }

    pub(crate) fn charge(&self, i: usize) -> i8 {
        self.atom(i).map_or(0, |a| a.charge)
    }

    /// Hydrogens on `i`: implicit, bracket and separate H atoms.
    pub(crate) fn h(&self, i: usize) -> u32 {
        let own = self.atom(i).map_or(0, |a| u32::from(a.total_h()));
        own + self
            .mol
            .neighbors(i)
            .filter(|&(j, _)| self.is(j, Element::H))
            .count() as u32
    }

    /// Non-hydrogen neighbours as `(atom, bond)` pairs.
    pub(crate) fn heavy(&self, i: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.mol
            .neighbors(i)
            .filter(move |&(j, _)| !self.is(j, Element::H))
    }

    pub(crate) fn heavy_degree(&self, i: usize) -> usize {
        self.heavy(i).count()
    }

    pub(crate) fn order(&self, bond: usize) -> BondOrder {
        self.mol
            .bonds()
            .get(bond)
            .map_or(BondOrder::Single, |b| b.order)
    }

    pub(crate) fn order_between(&self, a: usize, b: usize) -> Option<BondOrder> {
        self.mol.bond_between(a, b).map(|k| self.order(k))
    }

    pub(crate) fn is_ring_bond(&self, bond: usize) -> bool {
        self.ring_bond.get(bond).copied().unwrap_or(false)
    }

    pub(crate) fn in_ring(&self, i: usize) -> bool {
        self.sys.get(i).is_some_and(|&s| s != NONE)
    }

    pub(crate) fn system(&self, i: usize) -> Option<u32> {
        self.sys.get(i).copied().filter(|&s| s != NONE)
    }

    /// (atoms, ring bonds) of a ring system.
    pub(crate) fn system_size(&self, s: u32) -> (usize, usize) {
        (
            self.sys_atoms.get(s as usize).copied().unwrap_or(0) as usize,
            self.sys_bonds.get(s as usize).copied().unwrap_or(0) as usize,
        )
    }

    /// Number of ring systems.
    pub(crate) fn system_count(&self) -> usize {
        self.sys_atoms.len()
    }

    /// True if the ring system of `i` is one simple ring.
    pub(crate) fn is_monocycle(&self, i: usize) -> bool {
        self.system(i).is_some_and(|s| {
            let (a, b) = self.system_size(s);
            a == b && a >= 3
        })
    }

    /// The atoms of ring system `s`, in index order.
    pub(crate) fn system_atoms(&self, s: u32) -> Vec<usize> {
        (0..self.sys.len()).filter(|&i| self.sys[i] == s).collect()
    }

    /// Neighbours of `i` inside its own ring system.
    pub(crate) fn ring_neighbors(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let s = self.system(i);
        self.mol
            .neighbors(i)
            .filter(move |&(j, b)| s.is_some() && self.system(j) == s && self.is_ring_bond(b))
            .map(|(j, _)| j)
    }

    /// Heavy neighbours of `i` outside its ring system (for a chain atom, all
    /// heavy neighbours), as `(atom, bond)`.
    pub(crate) fn exocyclic(&self, i: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        let s = self.system(i);
        self.heavy(i)
            .filter(move |&(j, _)| s.is_none() || self.system(j) != s)
    }

    /// The atoms of a monocycle in ring order starting at `start` (the first
    /// step goes to the lower-indexed ring neighbour). None if `start` is not
    /// on a monocycle.
    pub(crate) fn ring_walk(&self, start: usize) -> Option<Vec<usize>> {
        if !self.is_monocycle(start) {
            return None;
        }
        let (n, _) = self.system_size(self.system(start)?);
        let mut order = vec![start];
        let mut prev = usize::MAX;
        let mut cur = start;
        while order.len() < n {
            let next = self
                .ring_neighbors(cur)
                .filter(|&j| j != prev && !order.contains(&j))
                .min()?;
            prev = cur;
            cur = next;
            order.push(cur);
        }
        Some(order)
    }

    /// True if all atoms of the ring system of `i` are aromatic.
    pub(crate) fn system_aromatic(&self, i: usize) -> bool {
        match self.system(i) {
            Some(s) => self.system_atoms(s).iter().all(|&j| self.aromatic(j)),
            None => false,
        }
    }

    /// Number of non-carbon atoms in the ring system of `i`.
    pub(crate) fn system_heteroatoms(&self, i: usize) -> usize {
        match self.system(i) {
            Some(s) => self
                .system_atoms(s)
                .iter()
                .filter(|&&j| !self.is(j, Element::C))
                .count(),
            None => 0,
        }
    }

    /// True if `i` is on a benzene ring: a monocycle of six aromatic carbons.
    pub(crate) fn on_benzene(&self, i: usize) -> bool {
        match self.system(i) {
            Some(s) if self.system_size(s) == (6, 6) => self
                .system_atoms(s)
                .iter()
                .all(|&j| self.is(j, Element::C) && self.aromatic(j)),
            _ => false,
        }
    }

    /// True if `i` is on an aromatic monocycle (every ring atom aromatic).
    pub(crate) fn on_aromatic_monocycle(&self, i: usize) -> bool {
        self.is_monocycle(i) && self.system_aromatic(i)
    }

    /// The heavy atoms of the group hanging from `from` through `start`:
    /// everything reachable from `start` without passing `from`. Only
    /// meaningful when the bond `from`–`start` is not in a ring.
    pub(crate) fn group(&self, from: usize, start: usize) -> Vec<usize> {
        let mut seen = vec![false; self.mol.atom_count()];
        if let Some(x) = seen.get_mut(from) {
            *x = true;
        }
        let mut out = Vec::new();
        let mut stack = vec![start];
        if let Some(x) = seen.get_mut(start) {
            *x = true;
        }
        while let Some(v) = stack.pop() {
            out.push(v);
            for (w, _) in self.heavy(v) {
                if let Some(x) = seen.get_mut(w) {
                    if !*x {
                        *x = true;
                        stack.push(w);
                    }
                }
            }
        }
        out
    }

    /// Canonical SMILES of the group from `from` through `start`, with `*`
    /// for the attachment point (`*F`, `*OC`, `*c1cccs1`...).
    pub(crate) fn group_smiles(&self, from: usize, starts: &[usize]) -> String {
        let mut atoms_idx = vec![from];
        for &s in starts {
            for a in self.group(from, s) {
                if !atoms_idx.contains(&a) {
                    atoms_idx.push(a);
                }
            }
        }
        let mut map: HashMap<usize, usize> = HashMap::new();
        let mut atoms: Vec<Atom> = Vec::with_capacity(atoms_idx.len());
        for (k, &a) in atoms_idx.iter().enumerate() {
            map.insert(a, k);
            let mut atom = match self.atom(a) {
                Some(x) => x.clone(),
                None => return String::from("?"),
            };
            atom.isotope = None;
            atom.chirality = Default::default();
            atom.class = None;
            if k == 0 {
                atom = Atom::new(Element::WILDCARD);
                atom.bracket = true;
            }
            atoms.push(atom);
        }
        let mut bonds: Vec<Bond> = Vec::new();
        for b in self.mol.bonds() {
            if let (Some(&x), Some(&y)) = (map.get(&b.a), map.get(&b.b)) {
                if x == 0 || y == 0 {
                    let other = if x == 0 { b.b } else { b.a };
                    if !starts.contains(&other) {
                        continue;
                    }
                }
                let mut nb = Bond::new(x, y, b.order);
                nb.kekule = b.kekule;
                bonds.push(nb);
            }
        }
        match Molecule::new(atoms, bonds) {
            Ok(m) => canonical_smiles(&m),
            Err(_) => String::from("?"),
        }
    }

    /// A name for the group (from a small table) or its SMILES.
    pub(crate) fn group_name(&self, from: usize, starts: &[usize]) -> String {
        // bound the cost on huge inputs: no canonical SMILES for big groups
        let size: usize = starts.iter().map(|&s| self.group(from, s).len()).sum();
        if size > MAX_NAMED_GROUP {
            return format!("a group of {size} heavy atoms");
        }
        let smi = self.group_smiles(from, starts);
        match names().get(&smi) {
            Some(n) => (*n).to_string(),
            None => smi,
        }
    }

    /// Classifies the pendant group `from` → `start`.
    pub(crate) fn classify(&self, from: usize, start: usize) -> SubKind {
        classify_group(self, from, start)
    }
}
