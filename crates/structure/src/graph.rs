//! Molecular graph: elements, atoms, bonds and adjacency.

use super::error::GraphError;

mod fragments;

/// Element symbols indexed by atomic number; index 0 is the SMILES wildcard `*`.
const SYMBOLS: [&str; 119] = [
    "*", "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S",
    "Cl", "Ar", "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga", "Ge",
    "As", "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd",
    "In", "Sn", "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd",
    "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt", "Au", "Hg",
    "Tl", "Pb", "Bi", "Po", "At", "Rn", "Fr", "Ra", "Ac", "Th", "Pa", "U", "Np", "Pu", "Am", "Cm",
    "Bk", "Cf", "Es", "Fm", "Md", "No", "Lr", "Rf", "Db", "Sg", "Bh", "Hs", "Mt", "Ds", "Rg", "Cn",
    "Nh", "Fl", "Mc", "Lv", "Ts", "Og",
];

/// A chemical element, stored as its atomic number (0 is the wildcard `*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Element(u8);

impl Element {
    /// The wildcard atom `*`.
    pub const WILDCARD: Element = Element(0);
    /// Hydrogen.
    pub const H: Element = Element(1);
    /// Boron.
    pub const B: Element = Element(5);
    /// Carbon.
    pub const C: Element = Element(6);
    /// Nitrogen.
    pub const N: Element = Element(7);
    /// Oxygen.
    pub const O: Element = Element(8);
    /// Fluorine.
    pub const F: Element = Element(9);
    /// Sodium.
    pub const NA: Element = Element(11);
    /// Silicon.
    pub const SI: Element = Element(14);
    /// Phosphorus.
    pub const P: Element = Element(15);
    /// Sulfur.
    pub const S: Element = Element(16);
    /// Chlorine.
    pub const CL: Element = Element(17);
    /// Potassium.
    pub const K: Element = Element(19);
    /// Calcium.
    pub const CA: Element = Element(20);
    /// Arsenic.
    pub const AS: Element = Element(33);
    /// Selenium.
    pub const SE: Element = Element(34);
    /// Bromine.
    pub const BR: Element = Element(35);
    /// Tellurium.
    pub const TE: Element = Element(52);
    /// Iodine.
    pub const I: Element = Element(53);

    /// Element with the given atomic number (0 = wildcard), if it exists.
    pub const fn from_atomic_number(z: u8) -> Option<Element> {
        if z as usize <= 118 {
            Some(Element(z))
        } else {
            None
        }
    }

    /// Atomic number (0 for the wildcard).
    pub const fn atomic_number(self) -> u8 {
        self.0
    }

    /// Standard symbol, e.g. `"Cl"`; `"*"` for the wildcard.
    pub fn symbol(self) -> &'static str {
        SYMBOLS.get(self.0 as usize).copied().unwrap_or("*")
    }

    /// Element for a case-sensitive standard symbol such as `"Br"`.
    pub fn from_symbol(sym: &str) -> Option<Element> {
        SYMBOLS
            .iter()
            .position(|s| *s == sym)
            .and_then(|z| u8::try_from(z).ok())
            .map(Element)
    }

    /// True for the elements of the SMILES organic subset
    /// (B, C, N, O, P, S, F, Cl, Br, I).
    pub const fn is_organic_subset(self) -> bool {
        matches!(self.0, 5 | 6 | 7 | 8 | 9 | 15 | 16 | 17 | 35 | 53)
    }

    /// True if SMILES allows this element to be written aromatic (lower case):
    /// b, c, n, o, p, s, se, as (and te, si as common extensions).
    pub const fn can_be_aromatic(self) -> bool {
        matches!(self.0, 5 | 6 | 7 | 8 | 14 | 15 | 16 | 33 | 34 | 52)
    }
}

/// Allowed valences used for implicit hydrogens and kekulization, with the
/// charge taken into account by isoelectronic shift (N+ behaves like C, O- like F...).
///
/// Returns an empty slice for elements without rules.
pub fn allowed_valences(element: Element, charge: i8) -> &'static [u8] {
    // Group-like class: 13 (B), 14 (C, Si), 15 (N, P, As), 16 (O, S, Se, Te), 17 (halogens).
    let (group, heavy): (i8, bool) = match element.0 {
        5 => (13, false),
        6 => (14, false),
        14 => (14, true),
        7 => (15, false),
        15 | 33 => (15, true),
        8 => (16, false),
        16 | 34 | 52 => (16, true),
        9 => (17, false),
        17 | 35 | 53 => (17, true),
        _ => return &[],
    };
    if !(-2..=2).contains(&charge) {
        return &[];
    }
    let shifted = group - charge;
    match (shifted, heavy) {
        (12, _) => &[2],
        (13, _) => &[3],
        (14, _) => &[4],
        (15, false) => &[3],
        (15, true) => &[3, 5],
        (16, false) => &[2],
        (16, true) => &[2, 4, 6],
        (17, _) => &[1],
        (18, _) => &[0],
        _ => &[],
    }
}

/// OpenSMILES valences of organic-subset atoms written without brackets
/// (B 3; C 4; N 3,5; O 2; P 3,5; S 2,4,6; halogens 1).
pub fn organic_valences(element: Element) -> &'static [u8] {
    match element.0 {
        5 => &[3],
        6 => &[4],
        7 => &[3, 5],
        8 => &[2],
        15 => &[3, 5],
        16 => &[2, 4, 6],
        9 | 17 | 35 | 53 => &[1],
        _ => &[],
    }
}

/// Implicit hydrogen count and "needs a double bond" decision for an atom
/// written in the organic subset (no brackets).
///
/// `valence` is the sum of its bond orders counting aromatic bonds as 1.
/// For aromatic atoms the return value's second member says whether the atom
/// must receive one double bond during kekulization.
pub fn organic_implicit_h(element: Element, aromatic: bool, valence: u32) -> (u8, bool) {
    let vals = organic_valences(element);
    if !aromatic {
        for &v in vals {
            if u32::from(v) >= valence {
                return (u8::try_from(u32::from(v) - valence).unwrap_or(0), false);
            }
        }
        return (0, false);
    }
    aromatic_rule(vals, valence)
}

/// Decision shared by organic aromatic atoms: `valence` counts aromatic
/// bonds as 1. An atom whose valence is already allowed (pyrrole-type N with
/// three connections, furan O, thiophene S, C with an exocyclic double bond)
/// needs no double bond; otherwise it takes one and the next allowed valence.
fn aromatic_rule(vals: &[u8], valence: u32) -> (u8, bool) {
    if vals.iter().any(|&v| u32::from(v) == valence) {
        return (0, false);
    }
    for &v in vals {
        if u32::from(v) > valence {
            return (u8::try_from(u32::from(v) - valence - 1).unwrap_or(0), true);
        }
    }
    (0, false)
}

/// Whether an aromatic bracket atom (hydrogens fixed) needs a double bond.
/// `valence` counts aromatic bonds as 1 and includes the hydrogens.
pub fn bracket_aromatic_needs_double(element: Element, charge: i8, valence: u32) -> bool {
    let vals = allowed_valences(element, charge);
    // Donor test depends on the isoelectronic class, so use the shifted rule:
    // an atom whose valence is already allowed needs no double bond.
    if vals.iter().any(|&v| u32::from(v) == valence) {
        return false;
    }
    vals.iter().any(|&v| u32::from(v) > valence)
}

/// Stereo mark on a bracket atom. Kept from the input; identity ignores it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Chirality {
    /// No mark.
    #[default]
    None,
    /// `@` (anticlockwise).
    Anticlockwise,
    /// `@@` (clockwise).
    Clockwise,
    /// `@THn`.
    Tetrahedral(u8),
    /// `@ALn`.
    Allenal(u8),
    /// `@SPn`.
    SquarePlanar(u8),
    /// `@TBn`.
    TrigonalBipyramidal(u8),
    /// `@OHn`.
    Octahedral(u8),
}

/// An atom of a [`Molecule`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Atom {
    /// The element.
    pub element: Element,
    /// Mass number, if given (`[13C]`).
    pub isotope: Option<u16>,
    /// Formal charge.
    pub charge: i8,
    /// Hydrogens given explicitly (bracket `H` count, or folded `[H]` atoms).
    pub explicit_h: u8,
    /// Hydrogens implied by valence rules (organic-subset atoms only).
    pub implicit_h: u8,
    /// Aromatic flag (as perceived, not necessarily as written).
    pub aromatic: bool,
    /// True if the atom was written in brackets.
    pub bracket: bool,
    /// Chirality mark as written.
    pub chirality: Chirality,
    /// Atom class (`:n`), if any.
    pub class: Option<u32>,
    /// Tetrahedral parity from a `@`/`@@` mark, normalised to the atom's
    /// neighbours in index order with an implicit hydrogen or lone pair
    /// first: `Some(true)` when, looking from the first, the others turn
    /// clockwise (as `@@` says of the written order). `None` without a
    /// usable mark. Kept by every operation that keeps atom order.
    pub parity: Option<bool>,
}

impl Atom {
    /// A neutral, non-aromatic atom of `element` with no hydrogens.
    pub fn new(element: Element) -> Atom {
        Atom {
            element,
            isotope: None,
            charge: 0,
            explicit_h: 0,
            implicit_h: 0,
            aromatic: false,
            bracket: false,
            chirality: Chirality::None,
            class: None,
            parity: None,
        }
    }

    /// Total number of attached hydrogens (explicit + implicit), not counting
    /// hydrogens present as separate atoms.
    pub fn total_h(&self) -> u8 {
        self.explicit_h.saturating_add(self.implicit_h)
    }
}

/// Bond order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BondOrder {
    /// Single bond.
    Single,
    /// Double bond.
    Double,
    /// Triple bond.
    Triple,
    /// Quadruple bond (`$`).
    Quadruple,
    /// Aromatic bond.
    Aromatic,
    /// Dative bond (`->`, `<-`): [`Bond::a`] is the donor, [`Bond::b`] the
    /// acceptor. As RDKit counts it, it adds nothing to the donor's valence
    /// and one to the acceptor's ([`Bond::valence_at`]); kekulization and
    /// aromaticity ignore it.
    Dative,
}

impl BondOrder {
    /// Integer order; aromatic counts as 1 (its extra electron is handled by
    /// kekulization), dative as 0 (see [`Bond::valence_at`] for its acceptor).
    pub const fn valence(self) -> u32 {
        match self {
            BondOrder::Single | BondOrder::Aromatic => 1,
            BondOrder::Dative => 0,
            BondOrder::Double => 2,
            BondOrder::Triple => 3,
            BondOrder::Quadruple => 4,
        }
    }
}

/// Directional single-bond mark (`/` or `\`), relative to the order in which
/// the bond's atoms appear in [`Bond::a`] → [`Bond::b`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum BondDirection {
    /// No mark.
    #[default]
    None,
    /// `/`.
    Up,
    /// `\`.
    Down,
}

/// A bond of a [`Molecule`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Bond {
    /// First atom (index into [`Molecule::atoms`]).
    pub a: usize,
    /// Second atom.
    pub b: usize,
    /// Order as perceived (aromatic bonds are [`BondOrder::Aromatic`]).
    pub order: BondOrder,
    /// A Kekulé order (never aromatic) consistent with the hydrogen counts.
    pub kekule: BondOrder,
    /// `/` or `\` mark as written.
    pub direction: BondDirection,
}

impl Bond {
    /// A bond with the same perceived and Kekulé order and no direction.
    pub fn new(a: usize, b: usize, order: BondOrder) -> Bond {
        Bond {
            a,
            b,
            order,
            kekule: order,
            direction: BondDirection::None,
        }
    }

    /// What the bond adds to the valence of `atom` (one of its ends): its
    /// integer order, except that a dative bond adds 1 to its acceptor and
    /// 0 to its donor, as RDKit counts it.
    pub fn valence_at(&self, atom: usize) -> u32 {
        match self.order {
            BondOrder::Dative => u32::from(atom == self.b),
            o => o.valence(),
        }
    }

    /// The atom at the other end from `atom` (returns `a` if `atom` is not `b`).
    pub fn other(&self, atom: usize) -> usize {
        if atom == self.a {
            self.b
        } else {
            self.a
        }
    }
}

/// A molecular graph: atoms, bonds and a compact adjacency index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Molecule {
    pub(crate) atoms: Vec<Atom>,
    pub(crate) bonds: Vec<Bond>,
    /// Offsets into `adj` per atom (len = atoms + 1).
    adj_start: Vec<u32>,
    /// (neighbour atom, bond index) pairs.
    adj: Vec<(u32, u32)>,
}

impl Molecule {
    /// Builds a molecule, checking that bonds refer to distinct existing atoms
    /// and that no pair of atoms is bonded twice.
    pub fn new(atoms: Vec<Atom>, bonds: Vec<Bond>) -> Result<Molecule, GraphError> {
        if atoms.len() >= u32::MAX as usize || bonds.len() >= u32::MAX as usize {
            return Err(GraphError::TooLarge);
        }
        for (i, b) in bonds.iter().enumerate() {
            if b.a >= atoms.len() || b.b >= atoms.len() {
                return Err(GraphError::AtomIndexOutOfRange { bond: i });
            }
            if b.a == b.b {
                return Err(GraphError::SelfBond { bond: i });
            }
        }
        let mut m = Molecule {
            atoms,
            bonds,
            adj_start: Vec::new(),
            adj: Vec::new(),
        };
        m.rebuild_adjacency();
        for i in 0..m.atoms.len() {
            let nb = m.neighbor_slice(i);
            for (k, &(x, bx)) in nb.iter().enumerate() {
                if nb[..k].iter().any(|&(y, _)| y == x) {
                    return Err(GraphError::DuplicateBond { bond: bx as usize });
                }
            }
        }
        Ok(m)
    }

    /// Builds without validation; callers guarantee valid, distinct bonds.
    pub(crate) fn new_unchecked(atoms: Vec<Atom>, bonds: Vec<Bond>) -> Molecule {
        let mut m = Molecule {
            atoms,
            bonds,
            adj_start: Vec::new(),
            adj: Vec::new(),
        };
        m.rebuild_adjacency();
        m
    }

    pub(crate) fn rebuild_adjacency(&mut self) {
        let n = self.atoms.len();
        let mut start = vec![0u32; n + 1];
        for b in &self.bonds {
            if b.a < n && b.b < n {
                start[b.a + 1] += 1;
                start[b.b + 1] += 1;
            }
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        let mut fill = start.clone();
        let mut adj = vec![(0u32, 0u32); start[n] as usize];
        for (k, b) in self.bonds.iter().enumerate() {
            if b.a < n && b.b < n {
                adj[fill[b.a] as usize] = (b.b as u32, k as u32);
                fill[b.a] += 1;
                adj[fill[b.b] as usize] = (b.a as u32, k as u32);
                fill[b.b] += 1;
            }
        }
        self.adj_start = start;
        self.adj = adj;
    }

    /// The atoms.
    pub fn atoms(&self) -> &[Atom] {
        &self.atoms
    }

    /// The bonds.
    pub fn bonds(&self) -> &[Bond] {
        &self.bonds
    }

    /// Number of atoms.
    pub fn atom_count(&self) -> usize {
        self.atoms.len()
    }

    /// Number of bonds.
    pub fn bond_count(&self) -> usize {
        self.bonds.len()
    }

    pub(crate) fn neighbor_slice(&self, atom: usize) -> &[(u32, u32)] {
        match (self.adj_start.get(atom), self.adj_start.get(atom + 1)) {
            (Some(&s), Some(&e)) => self.adj.get(s as usize..e as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// Neighbours of `atom` as `(neighbour atom, bond index)` pairs.
    pub fn neighbors(&self, atom: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.neighbor_slice(atom)
            .iter()
            .map(|&(a, b)| (a as usize, b as usize))
    }

    /// Number of explicit neighbours (atoms in the graph, hydrogens included
    /// only if they are separate atoms).
    pub fn degree(&self, atom: usize) -> usize {
        self.neighbor_slice(atom).len()
    }

    /// Index of the bond between `a` and `b`, if any.
    pub fn bond_between(&self, a: usize, b: usize) -> Option<usize> {
        self.neighbor_slice(a)
            .iter()
            .find(|&&(x, _)| x as usize == b)
            .map(|&(_, k)| k as usize)
    }

    /// Sum of formal charges.
    pub fn net_charge(&self) -> i32 {
        self.atoms.iter().map(|a| i32::from(a.charge)).sum()
    }

    /// Number of non-hydrogen atoms.
    pub fn heavy_atom_count(&self) -> usize {
        self.atoms
            .iter()
            .filter(|a| a.element != Element::H)
            .count()
    }

    /// [`ring_bonds`](Self::ring_bonds) of the molecule without its dative
    /// bonds (which are never ring bonds here): a chelate ring closed by a
    /// dative bond is not a ring for kekulization or aromaticity.
    pub fn covalent_ring_bonds(&self) -> Vec<bool> {
        if !self.bonds.iter().any(|b| b.order == BondOrder::Dative) {
            return self.ring_bonds();
        }
        let kept: Vec<usize> = (0..self.bonds.len())
            .filter(|&k| self.bonds[k].order != BondOrder::Dative)
            .collect();
        let sub = Molecule::new_unchecked(
            self.atoms.clone(),
            kept.iter().map(|&k| self.bonds[k]).collect(),
        );
        let mut out = vec![false; self.bonds.len()];
        for (r, &k) in sub.ring_bonds().into_iter().zip(&kept) {
            out[k] = r;
        }
        out
    }

    /// Marks every bond that lies on a cycle (is not a bridge).
    pub fn ring_bonds(&self) -> Vec<bool> {
        let n = self.atoms.len();
        let mut in_ring = vec![false; self.bonds.len()];
        let mut disc = vec![u32::MAX; n];
        let mut low = vec![0u32; n];
        let mut time = 0u32;
        // Stack frames: (atom, parent bond, next neighbour position).
        let mut stack: Vec<(usize, u32, usize)> = Vec::new();
        for s in 0..n {
            if disc[s] != u32::MAX {
                continue;
            }
            disc[s] = time;
            low[s] = time;
            time += 1;
            stack.push((s, u32::MAX, 0));
            while let Some(&mut (v, pb, ref mut pos)) = stack.last_mut() {
                let nb = self.neighbor_slice(v);
                if *pos < nb.len() {
                    let (u, bk) = nb[*pos];
                    *pos += 1;
                    if bk == pb {
                        continue;
                    }
                    let u = u as usize;
                    if disc[u] == u32::MAX {
                        disc[u] = time;
                        low[u] = time;
                        time += 1;
                        stack.push((u, bk, 0));
                    } else {
                        low[v] = low[v].min(disc[u]);
                        if let Some(b) = in_ring.get_mut(bk as usize) {
                            *b = true;
                        }
                    }
                } else {
                    stack.pop();
                    if let Some(&(p, _, _)) = stack.last() {
                        low[p] = low[p].min(low[v]);
                        if low[v] > disc[p] {
                            // bridge: stays false
                        } else if let Some(b) = in_ring.get_mut(pb as usize) {
                            *b = true;
                        }
                    }
                }
            }
        }
        in_ring
    }

    /// Mutable access to an atom (crate-internal).
    pub(crate) fn atom_mut(&mut self, i: usize) -> Option<&mut Atom> {
        self.atoms.get_mut(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements() {
        assert_eq!(Element::from_symbol("Cl"), Some(Element::CL));
        assert_eq!(Element::CL.symbol(), "Cl");
        assert_eq!(Element::from_symbol("Xx"), None);
        assert_eq!(Element::from_atomic_number(118).unwrap().symbol(), "Og");
        assert_eq!(Element::from_atomic_number(119), None);
        assert!(Element::C.is_organic_subset());
        assert!(!Element::NA.is_organic_subset());
    }

    #[test]
    fn valences() {
        assert_eq!(organic_implicit_h(Element::C, false, 1), (3, false));
        assert_eq!(organic_implicit_h(Element::N, false, 4), (1, false));
        assert_eq!(organic_implicit_h(Element::C, true, 2), (1, true));
        assert_eq!(organic_implicit_h(Element::N, true, 2), (0, true));
        assert_eq!(organic_implicit_h(Element::N, true, 3), (0, false));
        assert_eq!(organic_implicit_h(Element::S, true, 2), (0, false));
        assert_eq!(allowed_valences(Element::N, 1), &[4]);
        assert_eq!(allowed_valences(Element::O, -1), &[1]);
    }

    #[test]
    fn construction_and_queries() {
        let atoms = vec![Atom::new(Element::C), Atom::new(Element::O)];
        assert_eq!(
            Molecule::new(atoms.clone(), vec![Bond::new(0, 2, BondOrder::Single)]),
            Err(GraphError::AtomIndexOutOfRange { bond: 0 })
        );
        assert_eq!(
            Molecule::new(atoms.clone(), vec![Bond::new(0, 0, BondOrder::Single)]),
            Err(GraphError::SelfBond { bond: 0 })
        );
        assert_eq!(
            Molecule::new(
                atoms.clone(),
                vec![
                    Bond::new(0, 1, BondOrder::Single),
                    Bond::new(1, 0, BondOrder::Double)
                ]
            ),
            Err(GraphError::DuplicateBond { bond: 1 })
        );
        let m = Molecule::new(atoms, vec![Bond::new(0, 1, BondOrder::Double)]).unwrap();
        assert_eq!(m.degree(0), 1);
        assert_eq!(m.bond_between(1, 0), Some(0));
        assert_eq!(m.neighbors(0).collect::<Vec<_>>(), vec![(1, 0)]);
        assert_eq!(m.degree(5), 0);
    }

    #[test]
    fn rings_and_fragments() {
        let m = crate::smiles::parse("C1CC1CC.O").unwrap();
        let r = m.ring_bonds();
        assert_eq!(r, vec![true, true, true, false, false]);
        assert_eq!(m.fragments(), vec![vec![0, 1, 2, 3, 4], vec![5]]);
        let f = m.fragment_molecules();
        assert_eq!(f[1].atom_count(), 1);
        assert_eq!(m.subgraph(&[0, 1, 1, 99]).atom_count(), 2);
    }
}
