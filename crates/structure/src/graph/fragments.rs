//! Fragments: connected components, induced subgraphs, and identical
//! fragments grouped (linear time).

use super::{Atom, Bond, BondOrder, Molecule};

impl Molecule {
    /// Connected-component id of every atom, and the number of components.
    /// Components are numbered in order of their lowest atom index.
    pub fn component_ids(&self) -> (Vec<u32>, usize) {
        let n = self.atoms.len();
        let mut comp = vec![u32::MAX; n];
        let mut stack = Vec::new();
        let mut count = 0u32;
        for s in 0..n {
            if comp[s] != u32::MAX {
                continue;
            }
            comp[s] = count;
            stack.push(s);
            while let Some(v) = stack.pop() {
                for &(u, _) in self.neighbor_slice(v) {
                    let u = u as usize;
                    if comp[u] == u32::MAX {
                        comp[u] = count;
                        stack.push(u);
                    }
                }
            }
            count += 1;
        }
        (comp, count as usize)
    }

    /// Atom indices of each connected component (dot-separated fragment).
    pub fn fragments(&self) -> Vec<Vec<usize>> {
        let (comp, count) = self.component_ids();
        let mut out = vec![Vec::new(); count];
        for (i, &c) in comp.iter().enumerate() {
            out[c as usize].push(i);
        }
        out
    }

    /// The induced subgraph on `atoms` (indices in the new molecule follow
    /// the order given; duplicates and out-of-range indices are ignored).
    pub fn subgraph(&self, atoms: &[usize]) -> Molecule {
        let mut map = vec![u32::MAX; self.atoms.len()];
        let mut new_atoms = Vec::with_capacity(atoms.len());
        for &a in atoms {
            if a < self.atoms.len() && map[a] == u32::MAX {
                map[a] = new_atoms.len() as u32;
                new_atoms.push(self.atoms[a].clone());
            }
        }
        let mut new_bonds = Vec::new();
        for b in &self.bonds {
            let (x, y) = (map[b.a], map[b.b]);
            if x != u32::MAX && y != u32::MAX {
                new_bonds.push(Bond {
                    a: x as usize,
                    b: y as usize,
                    ..*b
                });
            }
        }
        Molecule::new_unchecked(new_atoms, new_bonds)
    }

    /// One molecule per connected component, in the order of
    /// [`fragments`](Self::fragments) (atoms keep their relative order).
    /// Linear in the size of the molecule.
    pub fn fragment_molecules(&self) -> Vec<Molecule> {
        let (comp, count) = self.component_ids();
        if count == 1 {
            return vec![self.clone()];
        }
        let mut local = vec![0u32; self.atoms.len()];
        let mut atoms: Vec<Vec<Atom>> = vec![Vec::new(); count];
        for (i, (a, &c)) in self.atoms.iter().zip(&comp).enumerate() {
            let list = &mut atoms[c as usize];
            local[i] = list.len() as u32;
            list.push(a.clone());
        }
        let mut bonds: Vec<Vec<Bond>> = vec![Vec::new(); count];
        for b in &self.bonds {
            bonds[comp[b.a] as usize].push(Bond {
                a: local[b.a] as usize,
                b: local[b.b] as usize,
                ..*b
            });
        }
        atoms
            .into_iter()
            .zip(bonds)
            .map(|(a, b)| Molecule::new_unchecked(a, b))
            .collect()
    }

    /// The distinct fragments, each drawn once: fragments with the same
    /// atoms and bonds in the same order (as `O.O.O` has) form one group.
    /// Returns each group's molecule and the indices of its fragments (in
    /// [`fragments`](Self::fragments) order), groups in order of first
    /// appearance. Linear in the size of the molecule (one hash per
    /// fragment, checked by comparison), and only one molecule is built per
    /// group.
    pub fn fragment_groups(&self) -> Vec<(Molecule, Vec<usize>)> {
        let n = self.atoms.len();
        let (comp, count) = self.component_ids();
        if count <= 1 {
            return vec![(self.clone(), (0..count).collect())];
        }
        // Atoms and bonds of each fragment, flat, in order.
        let mut a_start = vec![0u32; count + 1];
        for &c in &comp {
            a_start[c as usize + 1] += 1;
        }
        for k in 0..count {
            a_start[k + 1] += a_start[k];
        }
        let mut fill = a_start.clone();
        let mut local = vec![0u32; n];
        let mut by_frag = vec![0u32; n];
        for (i, &c) in comp.iter().enumerate() {
            let at = fill[c as usize];
            local[i] = at - a_start[c as usize];
            by_frag[at as usize] = i as u32;
            fill[c as usize] += 1;
        }
        let mut b_start = vec![0u32; count + 1];
        for b in &self.bonds {
            b_start[comp[b.a] as usize + 1] += 1;
        }
        for k in 0..count {
            b_start[k + 1] += b_start[k];
        }
        let mut bfill = b_start.clone();
        let mut bonds_by_frag: Vec<Bond> =
            vec![Bond::new(0, 0, BondOrder::Single); self.bonds.len()];
        for b in &self.bonds {
            let c = comp[b.a] as usize;
            bonds_by_frag[bfill[c] as usize] = Bond {
                a: local[b.a] as usize,
                b: local[b.b] as usize,
                ..*b
            };
            bfill[c] += 1;
        }
        let atoms_of = |k: usize| {
            by_frag[a_start[k] as usize..a_start[k + 1] as usize]
                .iter()
                .map(|&i| &self.atoms[i as usize])
        };
        let bonds_of = |k: usize| &bonds_by_frag[b_start[k] as usize..b_start[k + 1] as usize];
        // A cheap word-wise hash of what usually differs; equality is checked
        // in full.
        let mix = |h: u64, x: u64| (h ^ x).wrapping_mul(0x0000_0100_0000_01b3).rotate_left(29);
        let hash = |k: usize| {
            let mut h = 0xcbf2_9ce4_8422_2325u64;
            for a in atoms_of(k) {
                h = mix(
                    h,
                    u64::from(a.element.atomic_number())
                        | u64::from(a.isotope.unwrap_or(0)) << 8
                        | u64::from(a.charge as u8) << 24
                        | u64::from(a.explicit_h) << 32
                        | u64::from(a.implicit_h) << 40
                        | u64::from(a.aromatic) << 48,
                );
            }
            for b in bonds_of(k) {
                h = mix(
                    h,
                    b.a as u64
                        | (b.b as u64) << 16
                        | (b.order as u64) << 32
                        | (b.kekule as u64) << 40,
                );
            }
            h
        };
        let same = |x: usize, y: usize| atoms_of(x).eq(atoms_of(y)) && bonds_of(x) == bonds_of(y);
        let mut index: std::collections::HashMap<u64, Vec<usize>> =
            std::collections::HashMap::new();
        let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
        for k in 0..count {
            let slot = index.entry(hash(k)).or_default();
            match slot.iter().copied().find(|&g| same(groups[g].0, k)) {
                Some(g) => groups[g].1.push(k),
                None => {
                    slot.push(groups.len());
                    groups.push((k, vec![k]));
                }
            }
        }
        groups
            .into_iter()
            .map(|(k, members)| {
                let m =
                    Molecule::new_unchecked(atoms_of(k).cloned().collect(), bonds_of(k).to_vec());
                (m, members)
            })
            .collect()
    }
}
