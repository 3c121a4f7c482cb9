//! Class-wide ("generic") legal definitions as predicates over the molecular
//! graph.
//!
//! One file per definition:
//! - [`us_fentanyl`]: US fentanyl-related substances, 21 U.S.C. 812(c)
//!   Schedule I(e) (HALT Fentanyl Act) and 21 CFR 1308.11(h)(30);
//! - [`cn_fentanyl`]: China's 芬太尼类物质 (in force 2019-05-01);
//! - [`cn_cannabinoid`]: China's 合成大麻素类物质 (2021-07-01);
//! - [`cn_nitazene`]: China's 尼秦类物质 (2025-07-01);
//! - [`de_npsg`]: Germany's NpSG substance groups 1–7 (Anlage as amended
//!   2024-06-21), one rule per group.
//!
//! Every rule takes the salt-stripped parent (see `salts::strip_salts`) and
//! says which of its conditions the structure meets. Whether the substance
//! is "otherwise controlled" (listed individually) is for the caller to
//! decide; the rules only look at structure. A rule is judged on the
//! connected component that holds the matched core; other fragments are
//! ignored. Isotopes and stereo marks are ignored (isomers are included by
//! every one of these definitions).
//!
//! This file holds what the rules share: ring systems, the classification of
//! substituent groups, the 4-anilidopiperidine core and group names.

pub mod cn_cannabinoid;
pub mod cn_fentanyl;
pub mod cn_nitazene;
pub mod de_npsg;
pub mod us_fentanyl;

use std::collections::HashMap;
use std::sync::OnceLock;

use super::canonical::canonical_smiles;
use super::graph::{Atom, Bond, BondOrder, Element, Molecule};
use super::smiles::parse;

/// Which legal definition a [`ClassMatch`] refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RuleId {
    /// US fentanyl-related substances (21 U.S.C. 812(c) Schedule I(e);
    /// 21 CFR 1308.11(h)(30)).
    UsFentanylRelated,
    /// China, 芬太尼类物质 (fentanyl-class substances).
    CnFentanyl,
    /// China, 合成大麻素类物质 (synthetic cannabinoid class).
    CnSyntheticCannabinoid,
    /// China, 尼秦类物质 (nitazene class).
    CnNitazene,
    /// Germany, NpSG Anlage Nr. 1: compounds derived from 2-phenethylamine.
    DeNpsgPhenethylamines,
    /// Germany, NpSG Anlage Nr. 2: cannabimimetics / synthetic cannabinoids.
    DeNpsgCannabinoids,
    /// Germany, NpSG Anlage Nr. 3: benzodiazepines.
    DeNpsgBenzodiazepines,
    /// Germany, NpSG Anlage Nr. 4: compounds derived from
    /// N-(2-aminocyclohexyl)amide.
    DeNpsgAminocyclohexylamides,
    /// Germany, NpSG Anlage Nr. 5: compounds derived from tryptamine.
    DeNpsgTryptamines,
    /// Germany, NpSG Anlage Nr. 6: compounds derived from arylcyclohexylamine.
    DeNpsgArylcyclohexylamines,
    /// Germany, NpSG Anlage Nr. 7: compounds derived from benzimidazole.
    DeNpsgBenzimidazoles,
}

impl RuleId {
    /// The data id of the rule, e.g. `"us-fentanyl-related-substances"`.
    pub const fn id(self) -> &'static str {
        match self {
            RuleId::UsFentanylRelated => "us-fentanyl-related-substances",
            RuleId::CnFentanyl => "cn-fentanyl-class",
            RuleId::CnSyntheticCannabinoid => "cn-synthetic-cannabinoid-class",
            RuleId::CnNitazene => "cn-nitazene-class",
            RuleId::DeNpsgPhenethylamines => "de-npsg-phenethylamines",
            RuleId::DeNpsgCannabinoids => "de-npsg-cannabinoids",
            RuleId::DeNpsgBenzodiazepines => "de-npsg-benzodiazepines",
            RuleId::DeNpsgAminocyclohexylamides => "de-npsg-aminocyclohexylamides",
            RuleId::DeNpsgTryptamines => "de-npsg-tryptamines",
            RuleId::DeNpsgArylcyclohexylamines => "de-npsg-arylcyclohexylamines",
            RuleId::DeNpsgBenzimidazoles => "de-npsg-benzimidazoles",
        }
    }

    /// All rules, in the order [`match_all`] tries them.
    pub const ALL: [RuleId; 11] = [
        RuleId::UsFentanylRelated,
        RuleId::CnFentanyl,
        RuleId::CnSyntheticCannabinoid,
        RuleId::CnNitazene,
        RuleId::DeNpsgPhenethylamines,
        RuleId::DeNpsgCannabinoids,
        RuleId::DeNpsgBenzodiazepines,
        RuleId::DeNpsgAminocyclohexylamides,
        RuleId::DeNpsgTryptamines,
        RuleId::DeNpsgArylcyclohexylamines,
        RuleId::DeNpsgBenzimidazoles,
    ];
}

/// One condition of a definition that the structure meets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Condition {
    /// The condition's label in the legal text, e.g. `"D"` or `"二"`.
    pub code: &'static str,
    /// What was found, e.g. `"aniline ring → 4-fluorophenyl"`.
    pub text: String,
}

/// The result of a rule that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassMatch {
    /// Which definition.
    pub rule: RuleId,
    /// The conditions met (several entries may share a code, one per change).
    /// Empty when [`ClassMatch::is_parent`] is true.
    pub conditions: Vec<Condition>,
    /// True when the structure is the reference substance itself (fentanyl,
    /// etonitazene): no modification, so it is not a member of the class by
    /// these conditions (it is controlled by its own listing).
    pub is_parent: bool,
}

impl ClassMatch {
    /// A one-line explanation, e.g.
    /// `"(D) aniline ring → 4-fluorophenyl; (E) propionyl → butyryl"`.
    pub fn explanation(&self) -> String {
        if self.is_parent {
            return "the reference substance itself (no modification)".to_string();
        }
        let parts: Vec<String> = self
            .conditions
            .iter()
            .map(|c| format!("({}) {}", c.code, c.text))
            .collect();
        parts.join("; ")
    }

    /// The distinct condition codes met, in order of first appearance.
    pub fn codes(&self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for c in &self.conditions {
            if !out.contains(&c.code) {
                out.push(c.code);
            }
        }
        out
    }

    /// True for a real class member (at least one condition met).
    pub fn is_member(&self) -> bool {
        !self.is_parent && !self.conditions.is_empty()
    }
}

/// Runs every rule on the (salt-stripped) parent and returns the matches,
/// including `is_parent` results (fentanyl or etonitazene itself).
pub fn match_all(mol: &Molecule) -> Vec<ClassMatch> {
    let pre = Prefilter::new(mol);
    let npsg = de_npsg::may_match(mol);
    let mut out = Vec::new();
    if !(pre.fentanyl() || pre.cannabinoid() || pre.nitazene() || npsg) {
        return out;
    }
    let ctx = Ctx::new(mol);
    if pre.fentanyl() {
        if let Some(m) = us_fentanyl::matches_in(&ctx) {
            out.push(m);
        }
        if let Some(m) = cn_fentanyl::matches_in(&ctx) {
            out.push(m);
        }
    }
    if pre.cannabinoid() {
        if let Some(m) = cn_cannabinoid::matches_in(&ctx) {
            out.push(m);
        }
    }
    if pre.nitazene() {
        if let Some(m) = cn_nitazene::matches_in(&ctx) {
            out.push(m);
        }
    }
    if npsg {
        out.extend(de_npsg::match_all_in(&ctx));
    }
    out
}

/// One pass over the atoms to skip molecules that cannot match a rule
/// before ring systems are computed. Every flag is a necessary condition of
/// the rules that use it.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Prefilter {
    /// A non-aromatic N with three heavy neighbours, one a C=O carbon.
    amide_n3: bool,
    /// An N with three heavy neighbours (R1 on the cannabinoid ring N, N1
    /// of the nitazene benzimidazole).
    n3: bool,
    /// A C=O double bond.
    carbonyl: bool,
    /// An O-H on an aromatic carbon and one on a non-aromatic carbon.
    aryl_oh: bool,
    alkyl_oh: bool,
    /// Number of N atoms.
    n_count: usize,
}

impl Prefilter {
    pub(crate) fn new(mol: &Molecule) -> Prefilter {
        let atoms = mol.atoms();
        let mut p = Prefilter::default();
        let is_c_eq_o = |c: usize| {
            atoms.get(c).is_some_and(|a| a.element == Element::C)
                && mol.neighbors(c).any(|(o, k)| {
                    atoms.get(o).is_some_and(|a| a.element == Element::O)
                        && mol
                            .bonds()
                            .get(k)
                            .is_some_and(|b| b.order == BondOrder::Double)
                })
        };
        for (i, a) in atoms.iter().enumerate() {
            if a.element == Element::N {
                p.n_count += 1;
                let heavy = mol
                    .neighbors(i)
                    .filter(|&(j, _)| atoms.get(j).is_some_and(|x| x.element != Element::H))
                    .count();
                if heavy == 3 {
                    p.n3 = true;
                    if !a.aromatic && !p.amide_n3 {
                        p.amide_n3 = mol.neighbors(i).any(|(j, _)| is_c_eq_o(j));
                    }
                }
            } else if a.element == Element::O {
                let nb: Vec<(usize, usize)> = mol.neighbors(i).collect();
                if let [(c, k)] = nb.as_slice() {
                    let order = mol.bonds().get(*k).map(|b| b.order);
                    let c_atom = atoms.get(*c);
                    if order == Some(BondOrder::Double)
                        && c_atom.is_some_and(|x| x.element == Element::C)
                    {
                        p.carbonyl = true;
                    } else if a.total_h() == 1 && c_atom.is_some_and(|x| x.element == Element::C) {
                        if c_atom.is_some_and(|x| x.aromatic) {
                            p.aryl_oh = true;
                        } else {
                            p.alkyl_oh = true;
                        }
                    }
                }
            }
        }
        p
    }

    /// May match one of the fentanyl rules.
    pub(crate) fn fentanyl(&self) -> bool {
        self.amide_n3
    }

    /// May match the cannabinoid rule.
    pub(crate) fn cannabinoid(&self) -> bool {
        (self.n3 && self.carbonyl) || (self.aryl_oh && self.alkyl_oh)
    }

    /// May match the nitazene rule.
    pub(crate) fn nitazene(&self) -> bool {
        self.n3 && self.n_count >= 3
    }
}

// ---------------------------------------------------------------------------
// Shared context: ring bonds and ring systems.

/// Groups larger than this (heavy atoms) are described by size only.
const MAX_NAMED_GROUP: usize = 60;

/// Sentinel for "not in a ring system".
const NONE: u32 = u32::MAX;

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

// ---------------------------------------------------------------------------
// Substituent classification.

/// Kinds of substituent named in the definitions' lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SubKind {
    /// F, Cl, Br, I.
    Halo,
    /// -OH.
    Hydroxy,
    /// Acyclic saturated hydrocarbon group.
    Alkyl,
    /// Acyclic hydrocarbon group with C=C and no C≡C.
    Alkenyl,
    /// -O-alkyl.
    Alkoxy,
    /// Acyclic saturated C skeleton carrying only halogens.
    Haloalkyl,
    /// -NH2, -NHR, -NR2 (R alkyl).
    Amino,
    /// -NO2.
    Nitro,
    /// Acyclic C/O group with an ester link C(=O)-O-C.
    Ester,
    /// Acyclic C/O group with only ether links C-O-C.
    Ether,
    /// Anything else.
    Other,
}

impl SubKind {
    /// English name used in explanations.
    pub(crate) const fn name(self) -> &'static str {
        match self {
            SubKind::Halo => "halo",
            SubKind::Hydroxy => "hydroxyl",
            SubKind::Alkyl => "alkyl",
            SubKind::Alkenyl => "alkenyl",
            SubKind::Alkoxy => "alkoxyl",
            SubKind::Haloalkyl => "haloalkyl",
            SubKind::Amino => "amino",
            SubKind::Nitro => "nitro",
            SubKind::Ester => "ester",
            SubKind::Ether => "ether",
            SubKind::Other => "other",
        }
    }
}

const fn is_halogen(e: Element) -> bool {
    matches!(e.atomic_number(), 9 | 17 | 35 | 53)
}

fn classify_group(ctx: &Ctx<'_>, from: usize, start: usize) -> SubKind {
    let Some(bond) = ctx.mol.bond_between(from, start) else {
        return SubKind::Other;
    };
    if ctx.is_ring_bond(bond) || ctx.order(bond) != BondOrder::Single {
        return SubKind::Other;
    }
    let g = ctx.group(from, start);
    let e0 = ctx.element(start);
    // nitro first (charge-separated or pentavalent form)
    if e0 == Element::N && g.len() == 3 {
        let os: Vec<usize> = ctx
            .heavy(start)
            .filter(|&(j, _)| j != from && ctx.is(j, Element::O))
            .map(|(j, _)| j)
            .collect();
        if os.len() == 2
            && os
                .iter()
                .all(|&o| ctx.heavy_degree(o) == 1 && ctx.h(o) == 0)
        {
            return SubKind::Nitro;
        }
    }
    if g.iter().any(|&a| ctx.charge(a) != 0) {
        return SubKind::Other;
    }
    let mut cyclic = false;
    let mut has_double_cc = false;
    let mut has_triple = false;
    let mut other_multiple = false;
    for &a in &g {
        for (b, k) in ctx.heavy(a) {
            if b == from || b < a && g.contains(&b) {
                continue;
            }
            if ctx.is_ring_bond(k) {
                cyclic = true;
            }
            let o = ctx.order(k);
            let cc = ctx.is(a, Element::C) && ctx.is(b, Element::C);
            match o {
                BondOrder::Single => {}
                BondOrder::Double if cc => has_double_cc = true,
                BondOrder::Triple if cc => has_triple = true,
                _ => other_multiple = true,
            }
        }
    }
    if cyclic || g.iter().any(|&a| ctx.aromatic(a)) {
        return SubKind::Other;
    }
    if g.len() == 1 {
        return match e0.atomic_number() {
            9 | 17 | 35 | 53 => SubKind::Halo,
            8 if ctx.h(start) == 1 => SubKind::Hydroxy,
            6 => SubKind::Alkyl,
            7 if ctx.h(start) == 2 => SubKind::Amino,
            _ => SubKind::Other,
        };
    }
    let n_c = g.iter().filter(|&&a| ctx.is(a, Element::C)).count();
    let all_c = n_c == g.len();
    if all_c {
        if has_triple || other_multiple {
            return SubKind::Other;
        }
        return if has_double_cc {
            SubKind::Alkenyl
        } else {
            SubKind::Alkyl
        };
    }
    let saturated = !has_double_cc && !has_triple && !other_multiple;
    let rest_alkyl = g
        .iter()
        .filter(|&&a| a != start)
        .all(|&a| ctx.is(a, Element::C));
    if e0 == Element::C
        && saturated
        && g.iter()
            .all(|&a| ctx.is(a, Element::C) || is_halogen(ctx.element(a)))
    {
        return SubKind::Haloalkyl;
    }
    if e0 == Element::O && saturated && rest_alkyl && ctx.h(start) == 0 {
        return SubKind::Alkoxy;
    }
    if e0 == Element::N && saturated && rest_alkyl {
        return SubKind::Amino;
    }
    // ester / ether: C, O only; C-C single; every O an ether O or the
    // carbonyl O of an ester.
    if has_double_cc || has_triple {
        return SubKind::Other;
    }
    if !g
        .iter()
        .all(|&a| ctx.is(a, Element::C) || ctx.is(a, Element::O))
    {
        return SubKind::Other;
    }
    let mut ester = false;
    let mut ether = false;
    for &a in &g {
        if !ctx.is(a, Element::O) {
            continue;
        }
        let nb: Vec<(usize, usize)> = ctx.heavy(a).collect();
        match nb.as_slice() {
            [(c, k)] if ctx.order(*k) == BondOrder::Double => {
                // carbonyl O: its carbon needs a single-bonded O with two C neighbours
                let ok = ctx.heavy(*c).any(|(o2, k2)| {
                    o2 != a
                        && ctx.is(o2, Element::O)
                        && ctx.order(k2) == BondOrder::Single
                        && ctx.heavy_degree(o2) == 2
                        && ctx.h(o2) == 0
                });
                if !ok {
                    return SubKind::Other;
                }
                ester = true;
            }
            [(_, k1), (_, k2)]
                if ctx.order(*k1) == BondOrder::Single
                    && ctx.order(*k2) == BondOrder::Single
                    && ctx.h(a) == 0 =>
            {
                ether = true;
            }
            _ => return SubKind::Other,
        }
    }
    if ester {
        SubKind::Ester
    } else if ether {
        SubKind::Ether
    } else {
        SubKind::Other
    }
}

// ---------------------------------------------------------------------------
// Group names for explanations.

/// Canonical group SMILES (with `*`) → name.
fn names() -> &'static HashMap<String, &'static str> {
    static NAMES: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let table: &[(&str, &str)] = &[
            // small substituents
            ("*F", "fluoro"),
            ("*Cl", "chloro"),
            ("*Br", "bromo"),
            ("*I", "iodo"),
            ("*O", "hydroxy"),
            ("*N", "amino"),
            ("*C", "methyl"),
            ("*CC", "ethyl"),
            ("*CCC", "propyl"),
            ("*C(C)C", "isopropyl"),
            ("*CCCC", "butyl"),
            ("*CCCCC", "pentyl"),
            ("*CCCCCC", "hexyl"),
            ("*CCCCCF", "5-fluoropentyl"),
            ("*CCCCCCl", "5-chloropentyl"),
            ("*CCCCF", "4-fluorobutyl"),
            ("*CCCCC#N", "4-cyanobutyl"),
            ("*CCCC=C", "pent-4-en-1-yl"),
            ("*CC1CCCCC1", "cyclohexylmethyl"),
            ("*Cc1ccc(F)cc1", "4-fluorobenzyl"),
            ("*C(C)(C)c1ccccc1", "2-phenylpropan-2-yl (cumyl)"),
            ("*C12CC3CC(CC(C3)C1)C2", "adamantan-1-yl"),
            ("*C(C(N)=O)C(C)C", "1-amino-3-methyl-1-oxobutan-2-yl"),
            ("*C(C(N)=O)C(C)(C)C", "1-amino-3,3-dimethyl-1-oxobutan-2-yl"),
            ("*C(C(=O)OC)C(C)C", "1-methoxy-3-methyl-1-oxobutan-2-yl"),
            (
                "*C(C(=O)OC)C(C)(C)C",
                "1-methoxy-3,3-dimethyl-1-oxobutan-2-yl",
            ),
            ("*C(C)(C)CCCCCC", "2-methyloctan-2-yl"),
            ("*c1cccc2cccnc12", "quinolin-8-yl"),
            ("*C=C", "vinyl"),
            ("*CC=C", "allyl"),
            ("*OC", "methoxy"),
            ("*OCC", "ethoxy"),
            ("*OC(C)C", "isopropoxy"),
            ("*OCCC", "propoxy"),
            ("*OCCCC", "butoxy"),
            ("*C(F)(F)F", "trifluoromethyl"),
            ("*OC(F)(F)F", "trifluoromethoxy"),
            ("*[N+](=O)[O-]", "nitro"),
            ("*NC", "methylamino"),
            ("*N(C)C", "dimethylamino"),
            ("*N(CC)CC", "diethylamino"),
            ("*N1CCCC1", "pyrrolidin-1-yl"),
            ("*N1CCCCC1", "piperidin-1-yl"),
            ("*N1CCOCC1", "morpholin-4-yl"),
            ("*C#N", "cyano"),
            ("*COC", "methoxymethyl"),
            ("*C(=O)OC", "methoxycarbonyl"),
            ("*C(=O)OCC", "ethoxycarbonyl"),
            ("*OC(C)=O", "acetoxy"),
            ("*CCC(=O)OC", "2-(methoxycarbonyl)ethyl"),
            ("*=O", "oxo"),
            // rings
            ("*c1ccccc1", "phenyl"),
            ("*c1ccccc1F", "2-fluorophenyl"),
            ("*c1cccc(F)c1", "3-fluorophenyl"),
            ("*c1ccc(F)cc1", "4-fluorophenyl"),
            ("*c1ccccc1Cl", "2-chlorophenyl"),
            ("*c1cccc(Cl)c1", "3-chlorophenyl"),
            ("*c1ccc(Cl)cc1", "4-chlorophenyl"),
            ("*c1ccc(Br)cc1", "4-bromophenyl"),
            ("*c1ccccc1C", "2-methylphenyl"),
            ("*c1cccc(C)c1", "3-methylphenyl"),
            ("*c1ccc(C)cc1", "4-methylphenyl"),
            ("*c1ccccc1OC", "2-methoxyphenyl"),
            ("*c1cccc(OC)c1", "3-methoxyphenyl"),
            ("*c1ccc(OC)cc1", "4-methoxyphenyl"),
            ("*c1ccc(OCC)cc1", "4-ethoxyphenyl"),
            ("*c1ccc(OC(C)C)cc1", "4-isopropoxyphenyl"),
            ("*c1ccc(OCCC)cc1", "4-propoxyphenyl"),
            ("*c1ccc(O)cc1", "4-hydroxyphenyl"),
            ("*c1cccs1", "thiophen-2-yl"),
            ("*c1ccsc1", "thiophen-3-yl"),
            ("*c1ccco1", "furan-2-yl"),
            ("*c1ccoc1", "furan-3-yl"),
            ("*c1ccccn1", "pyridin-2-yl"),
            ("*c1cccnc1", "pyridin-3-yl"),
            ("*c1ccncc1", "pyridin-4-yl"),
            ("*C1CCCCC1", "cyclohexyl"),
            ("*C1CCCC1", "cyclopentyl"),
            ("*C1CC1", "cyclopropyl"),
            (
                "*n1nnn(CC)c1=O",
                "4-ethyl-5-oxo-4,5-dihydro-1H-tetrazol-1-yl",
            ),
            ("*c1cccc2ccccc12", "naphthalen-1-yl"),
            // N-substituents of the piperidine (CN (四))
            ("*CCc1ccccc1", "2-phenylethyl"),
            ("*Cc1ccccc1", "benzyl"),
            ("*CCc1cccs1", "2-(thiophen-2-yl)ethyl"),
            ("*C(C)Cc1ccccc1", "1-phenylpropan-2-yl (α-methylphenethyl)"),
            ("*CC(O)c1ccccc1", "2-hydroxy-2-phenylethyl"),
            ("*CCC(=O)OC", "3-methoxy-3-oxopropyl"),
            ("*CCn1nnn(CC)c1=O", "2-(4-ethyl-5-oxotetrazol-1-yl)ethyl"),
            // acyl groups
            ("*C=O", "formyl"),
            ("*C(C)=O", "acetyl"),
            ("*C(=O)CC", "propionyl"),
            ("*C(=O)CCC", "butyryl"),
            ("*C(=O)C(C)C", "isobutyryl"),
            ("*C(=O)CCCC", "valeryl"),
            ("*C(=O)CC(C)C", "isovaleryl"),
            ("*C(=O)C(C)(C)C", "pivaloyl"),
            ("*C(=O)C=C", "acryloyl"),
            ("*C(=O)C=CC", "crotonoyl"),
            ("*C(=O)COC", "methoxyacetyl"),
            ("*C(=O)C1CC1", "cyclopropanecarbonyl"),
            ("*C(=O)C1CCC1", "cyclobutanecarbonyl"),
            ("*C(=O)C1CCCC1", "cyclopentanecarbonyl"),
            ("*C(=O)C1CCCCC1", "cyclohexanecarbonyl"),
            ("*C(=O)c1ccco1", "furan-2-carbonyl"),
            ("*C(=O)C1CCCO1", "tetrahydrofuran-2-carbonyl"),
            ("*C(=O)c1ccccc1", "benzoyl"),
            ("*C(=O)c1cccs1", "thiophene-2-carbonyl"),
            ("*C(=O)C(F)(F)F", "trifluoroacetyl"),
            ("*C(=O)CCF", "3-fluoropropionyl"),
            ("*C(=O)OC(C)(C)C", "tert-butoxycarbonyl"),
            ("*C(=O)N(C)C", "dimethylcarbamoyl"),
            // NpSG (DE) groups
            ("*CCCCCCC", "heptyl"),
            ("*CCCCCCCC", "octyl"),
            ("*Cc1ccccc1OC", "2-methoxybenzyl"),
            ("*Cc1ccccc1O", "2-hydroxybenzyl"),
            ("*SC", "methylsulfanyl"),
            ("*SCC", "ethylsulfanyl"),
            ("*SCCC", "propylsulfanyl"),
            ("*C(C)(C)C", "tert-butyl"),
            ("*CC(C)C", "isobutyl"),
            ("*C(C)CC", "sec-butyl"),
            ("*CC#C", "prop-2-yn-1-yl"),
            ("*CC1CC1", "cyclopropylmethyl"),
            ("*C(=O)CCCCC", "hexanoyl"),
            ("*OP(=O)(O)O", "phosphonooxy (dihydrogen phosphate)"),
            ("*N(C(C)C)C(C)C", "diisopropylamino"),
            ("*N(C)C(C)C", "N-isopropyl-N-methylamino"),
            ("*NCC", "ethylamino"),
            ("*OCC(F)(F)F", "2,2,2-trifluoroethoxy"),
            ("*CC(F)(F)F", "2,2,2-trifluoroethyl"),
            ("*C(=O)Cc1ccccc1", "phenylacetyl"),
        ];
        let mut map = HashMap::new();
        for (smi, name) in table {
            if let Ok(m) = parse(smi) {
                map.insert(canonical_smiles(&m), *name);
            }
        }
        map
    })
}

// ---------------------------------------------------------------------------
// The 4-anilidopiperidine core shared by the two fentanyl rules.

/// What is on the carbonyl carbon of the amide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AcylKind {
    /// C(=O)CH2CH3 exactly.
    Propionyl,
    /// C(=O)-R with R a carbon group, or formyl (carboxylic acyl).
    OtherAcyl,
    /// C(=O)-O-R: alkoxy/aryloxycarbonyl, the acyl group of carbonic acid
    /// (a carbamate, as in fentanyl carbamate).
    Oxycarbonyl,
    /// C(=O)-N: carbamoyl, the acyl group of carbamic acid (a urea).
    Carbamoyl,
    /// C(=O)-X with X neither C, H, O nor N (thioester, halide...).
    NotAcyl,
}

impl AcylKind {
    /// A note appended to the condition text for the non-carboxylic kinds
    /// (`us` selects the US wording).
    pub(crate) const fn note(self, us: bool) -> &'static str {
        match (self, us) {
            (AcylKind::Oxycarbonyl, true) => {
                " (alkoxycarbonyl, a carbamate: DEA treated fentanyl carbamate as a fentanyl-related substance)"
            }
            (AcylKind::Oxycarbonyl, false) => " (烷氧羰基 alkoxycarbonyl, a carbamate)",
            (AcylKind::Carbamoyl, true) => {
                " (carbamoyl, a urea: acyl in the IUPAC sense; no agency example)"
            }
            (AcylKind::Carbamoyl, false) => " (氨基甲酰基 carbamoyl, a urea: acyl in the IUPAC sense)",
            _ => "",
        }
    }
}

/// A 4-anilidopiperidine found in the molecule.
#[derive(Debug, Clone)]
pub(crate) struct AnilidoCore {
    /// Piperidine ring N1, C2, C3, C4, C5, C6.
    pub(crate) pip: [usize; 6],
    /// Amide nitrogen on C4.
    pub(crate) n_am: usize,
    /// Carbonyl carbon of the acyl group.
    pub(crate) c_acyl: usize,
    /// What the acyl group is.
    pub(crate) acyl: AcylKind,
    /// Ring atom of the N-aryl ring bonded to the amide N.
    pub(crate) ar: usize,
    /// The heavy substituent on N1, if any.
    pub(crate) n1_sub: Option<usize>,
}

/// Finds every 4-(N-aryl-N-acylamino)piperidine: a saturated six-membered
/// monocycle with one N, whose C4 carries an amide N (not in a ring) that
/// bears a carbonyl carbon and a ring atom of an aromatic monocycle. N1 may
/// carry one substituent or H (neutral, trivalent).
pub(crate) fn anilido_cores(ctx: &Ctx<'_>) -> Vec<AnilidoCore> {
    let mut out = Vec::new();
    for n_am in 0..ctx.mol.atom_count() {
        if !ctx.is(n_am, Element::N)
            || ctx.aromatic(n_am)
            || ctx.in_ring(n_am)
            || ctx.charge(n_am) != 0
            || ctx.h(n_am) != 0
        {
            continue;
        }
        let nb: Vec<(usize, usize)> = ctx.heavy(n_am).collect();
        if nb.len() != 3 || nb.iter().any(|&(_, k)| ctx.order(k) != BondOrder::Single) {
            continue;
        }
        // assign roles: carbonyl C (not in ring), aromatic monocycle atom, piperidine C4
        for perm in [
            [0, 1, 2],
            [0, 2, 1],
            [1, 0, 2],
            [1, 2, 0],
            [2, 0, 1],
            [2, 1, 0],
        ] {
            let (c_acyl, ar, c4) = (nb[perm[0]].0, nb[perm[1]].0, nb[perm[2]].0);
            let Some(acyl) = carbonyl(ctx, c_acyl, n_am) else {
                continue;
            };
            if !ctx.on_aromatic_monocycle(ar) || ctx.charge(ar) != 0 {
                continue;
            }
            let Some(pip) = piperidine_from_c4(ctx, c4) else {
                continue;
            };
            let n1 = pip[0];
            let n1_exo: Vec<usize> = ctx.exocyclic(n1).map(|(j, _)| j).collect();
            let n1_sub = match n1_exo.as_slice() {
                [] if ctx.h(n1) == 1 => None,
                [j] if ctx.h(n1) == 0 => Some(*j),
                _ => continue,
            };
            out.push(AnilidoCore {
                pip,
                n_am,
                c_acyl,
                acyl,
                ar,
                n1_sub,
            });
        }
    }
    out
}

/// Checks `c` is a non-ring, neutral C(=O) bonded to `n`; returns the kind
/// of acyl group.
fn carbonyl(ctx: &Ctx<'_>, c: usize, n: usize) -> Option<AcylKind> {
    if !ctx.is(c, Element::C) || ctx.in_ring(c) || ctx.charge(c) != 0 {
        return None;
    }
    let mut o = None;
    let mut r = None;
    for (j, k) in ctx.heavy(c) {
        if j == n {
            continue;
        }
        if o.is_none()
            && ctx.is(j, Element::O)
            && ctx.order(k) == BondOrder::Double
            && ctx.heavy_degree(j) == 1
            && ctx.charge(j) == 0
        {
            o = Some(j);
        } else if r.is_none() && ctx.order(k) == BondOrder::Single {
            r = Some(j);
        } else {
            return None;
        }
    }
    o?;
    let kind = match r {
        None if ctx.h(c) == 1 => AcylKind::OtherAcyl,
        None => return None,
        Some(rr)
            if ctx.is(rr, Element::O)
                && ctx.heavy_degree(rr) == 2
                && ctx.h(rr) == 0
                && ctx.charge(rr) == 0 =>
        {
            AcylKind::Oxycarbonyl
        }
        Some(rr) if ctx.is(rr, Element::O) => return None,
        Some(rr) if ctx.is(rr, Element::N) => {
            if ctx.charge(rr) == 0 && !ctx.aromatic(rr) {
                AcylKind::Carbamoyl
            } else {
                AcylKind::NotAcyl
            }
        }
        Some(rr) if !ctx.is(rr, Element::C) => AcylKind::NotAcyl,
        Some(rr) => {
            if is_ethyl(ctx, c, rr) {
                AcylKind::Propionyl
            } else {
                AcylKind::OtherAcyl
            }
        }
    };
    Some(kind)
}

/// True if `start` (seen from `from`) is exactly -CH2-CH3.
pub(crate) fn is_ethyl(ctx: &Ctx<'_>, from: usize, start: usize) -> bool {
    if !ctx.is(start, Element::C)
        || ctx.aromatic(start)
        || ctx.charge(start) != 0
        || ctx.h(start) != 2
    {
        return false;
    }
    let nb: Vec<(usize, usize)> = ctx.heavy(start).filter(|&(j, _)| j != from).collect();
    match nb.as_slice() {
        [(m, k)] => {
            ctx.order(*k) == BondOrder::Single
                && ctx.is(*m, Element::C)
                && ctx.charge(*m) == 0
                && ctx.heavy_degree(*m) == 1
                && ctx.h(*m) == 3
        }
        _ => false,
    }
}

/// The piperidine ring [N1, C2, C3, C4, C5, C6] if `c4` is a carbon on a
/// saturated six-membered monocycle whose only heteroatom is the N opposite.
fn piperidine_from_c4(ctx: &Ctx<'_>, c4: usize) -> Option<[usize; 6]> {
    let s = ctx.system(c4)?;
    if ctx.system_size(s) != (6, 6) || !ctx.is(c4, Element::C) {
        return None;
    }
    let walk = ctx.ring_walk(c4)?;
    let [a0, a1, a2, a3, a4, a5] = <[usize; 6]>::try_from(walk).ok()?;
    // walk = C4, C3/5, C2/6, N1, C6/2, C5/3
    let pip = [a3, a2, a1, a0, a5, a4];
    for (k, &a) in pip.iter().enumerate() {
        let want = if k == 0 { Element::N } else { Element::C };
        if ctx.element(a) != want || ctx.aromatic(a) || ctx.charge(a) != 0 {
            return None;
        }
    }
    for k in 0..6 {
        let (a, b) = (pip[k], pip[(k + 1) % 6]);
        if ctx.order_between(a, b) != Some(BondOrder::Single) {
            return None;
        }
    }
    Some(pip)
}

/// The N-aryl ring of the core as a group name, or None when it is an
/// unsubstituted phenyl (as in fentanyl).
pub(crate) fn aniline_change(ctx: &Ctx<'_>, core: &AnilidoCore) -> Option<String> {
    if is_plain_ring(ctx, core.ar) && ctx.on_benzene(core.ar) {
        return None;
    }
    Some(ctx.group_name(core.n_am, &[core.ar]))
}

/// True if no atom of the ring of `ipso` other than `ipso` has a heavy
/// exocyclic neighbour.
pub(crate) fn is_plain_ring(ctx: &Ctx<'_>, ipso: usize) -> bool {
    match ctx.system(ipso) {
        Some(s) => ctx
            .system_atoms(s)
            .iter()
            .all(|&a| a == ipso || ctx.exocyclic(a).next().is_none()),
        None => false,
    }
}

/// True if the group from `n1` through `ca` is exactly 2-phenylethyl.
pub(crate) fn is_phenethyl(ctx: &Ctx<'_>, n1: usize, ca: usize) -> bool {
    let plain_ch2 = |x: usize| {
        ctx.is(x, Element::C)
            && !ctx.in_ring(x)
            && !ctx.aromatic(x)
            && ctx.charge(x) == 0
            && ctx.h(x) == 2
            && ctx.heavy_degree(x) == 2
    };
    if !plain_ch2(ca) {
        return false;
    }
    let Some(cb) = ctx.heavy(ca).map(|(j, _)| j).find(|&j| j != n1) else {
        return false;
    };
    if !plain_ch2(cb) {
        return false;
    }
    let Some(r) = ctx.heavy(cb).map(|(j, _)| j).find(|&j| j != ca) else {
        return false;
    };
    ctx.order_between(ca, cb) == Some(BondOrder::Single)
        && ctx.order_between(cb, r) == Some(BondOrder::Single)
        && ctx.on_benzene(r)
        && is_plain_ring(ctx, r)
}

/// Substituents on the piperidine carbons C2–C6 (the amide N on C4 is not
/// one) as `(ring atom, substituent atom, locant)`.
pub(crate) fn piperidine_substituents(
    ctx: &Ctx<'_>,
    core: &AnilidoCore,
) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (k, &a) in core.pip.iter().enumerate().skip(1) {
        for (j, _) in ctx.exocyclic(a) {
            if j != core.n_am {
                // C2/C6 and C3/C5 are equivalent in the unsubstituted ring
                out.push((a, j, k.min(6 - k) + 1));
            }
        }
    }
    out
}

/// Maps a ring template onto ring system `sys`: `elems[k]` lists the
/// elements allowed at template atom `k`, `bonds` are the template's ring
/// bonds. The system must have exactly as many atoms and ring bonds as the
/// template. Returns every mapping (template atom → molecule atom), at most
/// 64.
pub(crate) fn match_template(
    ctx: &Ctx<'_>,
    sys: u32,
    elems: &[&[Element]],
    bonds: &[(usize, usize)],
) -> Vec<Vec<usize>> {
    let n = elems.len();
    let mut out = Vec::new();
    if ctx.system_size(sys) != (n, bonds.len()) || n == 0 {
        return out;
    }
    let atoms = ctx.system_atoms(sys);
    // template adjacency
    let mut tadj: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(a, b) in bonds {
        if a < n && b < n {
            tadj[a].push(b);
            tadj[b].push(a);
        }
    }
    // order: BFS from template atom 0
    let mut order = vec![0usize];
    let mut k = 0;
    while k < order.len() {
        let v = order[k];
        for &w in &tadj[v] {
            if !order.contains(&w) {
                order.push(w);
            }
        }
        k += 1;
    }
    if order.len() != n {
        return out;
    }
    let mut map = vec![usize::MAX; n];
    extend_map(ctx, elems, &tadj, &order, 0, &atoms, &mut map, &mut out);
    out
}

/// Like [`match_template`], but the template may be a part of ring system
/// `sys` (the system may hold more atoms and ring bonds, e.g. a fused
/// methylenedioxy ring): every mapping of the template's atoms and bonds
/// onto atoms and ring bonds of the system, at most 64.
pub(crate) fn match_template_within(
    ctx: &Ctx<'_>,
    sys: u32,
    elems: &[&[Element]],
    bonds: &[(usize, usize)],
) -> Vec<Vec<usize>> {
    let n = elems.len();
    let mut out = Vec::new();
    let (sa, sb) = ctx.system_size(sys);
    if sa < n || sb < bonds.len() || n == 0 {
        return out;
    }
    let atoms = ctx.system_atoms(sys);
    let mut tadj: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(a, b) in bonds {
        if a < n && b < n {
            tadj[a].push(b);
            tadj[b].push(a);
        }
    }
    let mut order = vec![0usize];
    let mut k = 0;
    while k < order.len() {
        let v = order[k];
        for &w in &tadj[v] {
            if !order.contains(&w) {
                order.push(w);
            }
        }
        k += 1;
    }
    if order.len() != n {
        return out;
    }
    let mut map = vec![usize::MAX; n];
    extend_map(ctx, elems, &tadj, &order, 0, &atoms, &mut map, &mut out);
    out
}

#[allow(clippy::too_many_arguments)]
fn extend_map(
    ctx: &Ctx<'_>,
    elems: &[&[Element]],
    tadj: &[Vec<usize>],
    order: &[usize],
    depth: usize,
    atoms: &[usize],
    map: &mut Vec<usize>,
    out: &mut Vec<Vec<usize>>,
) {
    if out.len() >= 64 {
        return;
    }
    let Some(&t) = order.get(depth) else {
        out.push(map.clone());
        return;
    };
    // candidates: neighbours of an already-mapped template neighbour, or all atoms
    let anchor = tadj
        .get(t)
        .and_then(|nb| {
            nb.iter()
                .find(|&&u| map.get(u).is_some_and(|&m| m != usize::MAX))
        })
        .and_then(|&u| map.get(u).copied());
    let cands: Vec<usize> = match anchor {
        Some(a) => ctx.ring_neighbors(a).collect(),
        None => atoms.to_vec(),
    };
    for c in cands {
        if map.contains(&c) || !elems.get(t).is_some_and(|es| es.contains(&ctx.element(c))) {
            continue;
        }
        let ok = tadj.get(t).is_some_and(|nb| {
            nb.iter().all(|&u| match map.get(u) {
                Some(&m) if m != usize::MAX => ctx.mol.bond_between(m, c).is_some(),
                _ => true,
            })
        });
        if !ok {
            continue;
        }
        if let Some(slot) = map.get_mut(t) {
            *slot = c;
        }
        extend_map(ctx, elems, tadj, order, depth + 1, atoms, map, out);
        if let Some(slot) = map.get_mut(t) {
            *slot = usize::MAX;
        }
    }
}

/// The carbon skeleton of a hydrocarbyl group starting at `start` (seen from
/// `from`): carbons reachable through C–C bonds, leaving out carbons on ring
/// systems that contain a heteroatom and "functional" carbons (double or
/// triple bond to a heteroatom: C=O, C≡N...). Returns the carbon count, or 0
/// if `start` itself is not such a carbon.
pub(crate) fn hydrocarbyl_carbons(ctx: &Ctx<'_>, from: usize, start: usize) -> usize {
    let ok = |c: usize| {
        ctx.is(c, Element::C)
            && ctx.charge(c) == 0
            && !(ctx.in_ring(c) && ctx.system_heteroatoms(c) > 0)
            && !ctx.heavy(c).any(|(j, k)| {
                !ctx.is(j, Element::C) && ctx.order(k) != BondOrder::Single && !ctx.aromatic(j)
            })
    };
    if !ok(start) {
        return 0;
    }
    let mut seen = vec![start];
    let mut stack = vec![start];
    while let Some(v) = stack.pop() {
        for (w, _) in ctx.heavy(v) {
            if w != from && !seen.contains(&w) && ok(w) {
                seen.push(w);
                stack.push(w);
            }
        }
    }
    seen.len()
}

/// True if `start` is a ring atom of a ring system with 1–3 heteroatoms
/// (a "含有1-3个杂原子的杂环基").
pub(crate) fn is_heterocyclyl(ctx: &Ctx<'_>, start: usize) -> bool {
    ctx.in_ring(start) && (1..=3).contains(&ctx.system_heteroatoms(start))
}

/// True if `start` (seen from `from`) is methyl or ethyl carrying only a
/// heterocyclyl (1–3 heteroatoms): -CH2-Het, -CH2CH2-Het or -CH(CH3)-Het.
pub(crate) fn is_heterocyclyl_methyl_or_ethyl(ctx: &Ctx<'_>, from: usize, start: usize) -> bool {
    let sp3_c = |c: usize| {
        ctx.is(c, Element::C) && !ctx.in_ring(c) && !ctx.aromatic(c) && ctx.charge(c) == 0
    };
    if !sp3_c(start) {
        return false;
    }
    let nb: Vec<(usize, usize)> = ctx.heavy(start).filter(|&(j, _)| j != from).collect();
    let single = |k: usize| ctx.order(k) == BondOrder::Single;
    match nb.as_slice() {
        // -CH2-Het
        [(h, k)] if ctx.h(start) == 2 && single(*k) && is_heterocyclyl(ctx, *h) => true,
        // -CH2-CH2-Het
        [(c2, k)] if ctx.h(start) == 2 && single(*k) && sp3_c(*c2) && ctx.h(*c2) == 2 => {
            let nb2: Vec<(usize, usize)> = ctx.heavy(*c2).filter(|&(j, _)| j != start).collect();
            matches!(nb2.as_slice(), [(h, k2)] if single(*k2) && is_heterocyclyl(ctx, *h))
        }
        // -CH(CH3)-Het
        [(a, ka), (b, kb)] if ctx.h(start) == 1 && single(*ka) && single(*kb) => {
            let methyl = |m: usize| sp3_c(m) && ctx.h(m) == 3 && ctx.heavy_degree(m) == 1;
            (methyl(*a) && is_heterocyclyl(ctx, *b)) || (methyl(*b) && is_heterocyclyl(ctx, *a))
        }
        _ => false,
    }
}

/// The reading that needs the fewest conditions among a rule's candidate
/// matches (one per core found), as that rule's [`ClassMatch`]; `None` when
/// no candidate matched. Fewer conditions means the closer reading.
pub(crate) fn fewest_conditions(
    rule: RuleId,
    candidates: impl Iterator<Item = Option<Vec<Condition>>>,
) -> Option<ClassMatch> {
    let best = candidates.flatten().min_by_key(|c| c.len())?;
    let conditions = merge_repeats(best);
    Some(ClassMatch {
        rule,
        is_parent: conditions.is_empty(),
        conditions,
    })
}

/// Merges repeated identical conditions into one "2× ..." entry and sorts
/// by condition code, then text.
pub(crate) fn merge_repeats(conds: Vec<Condition>) -> Vec<Condition> {
    let mut out: Vec<(Condition, usize)> = Vec::new();
    for c in conds {
        if let Some(slot) = out.iter_mut().find(|(x, _)| x == &c) {
            slot.1 += 1;
        } else {
            out.push((c, 1));
        }
    }
    let mut v: Vec<Condition> = out
        .into_iter()
        .map(|(mut c, n)| {
            if n > 1 {
                c.text = format!("{n}× {}", c.text);
            }
            c
        })
        .collect();
    // stable order whatever the atom order of the input
    const ORDER: [&str; 9] = ["A", "B", "C", "D", "E", "一", "二", "三", "四"];
    v.sort_by(|a, b| {
        let ra = ORDER
            .iter()
            .position(|&c| c == a.code)
            .unwrap_or(ORDER.len());
        let rb = ORDER
            .iter()
            .position(|&c| c == b.code)
            .unwrap_or(ORDER.len());
        ra.cmp(&rb).then_with(|| a.text.cmp(&b.text))
    });
    v
}

/// Position label of ring atom `a` relative to `ipso` on a six-membered
/// monocycle: "2" (ortho), "3" (meta), "4" (para); otherwise the ring index.
pub(crate) fn ring_locant(walk: &[usize], a: usize) -> String {
    let n = walk.len();
    match walk.iter().position(|&x| x == a) {
        Some(k) if n > 0 => {
            let d = k.min(n - k);
            format!("{}", d + 1)
        }
        _ => "?".to_string(),
    }
}

#[cfg(test)]
pub(crate) mod test_util {
    use super::super::graph::Molecule;
    use super::super::salts::strip_salts;
    use super::super::smiles::parse;

    /// Opioids that are not 4-anilidopiperidines: no fentanyl rule may match them.
    pub(crate) const OTHER_OPIOIDS: &[(&str, &str)] = &[
        ("pethidine", "CCOC(=O)C1(c2ccccc2)CCN(C)CC1"),
        (
            "loperamide",
            "CN(C)C(=O)C(CCN1CCC(O)(c2ccc(Cl)cc2)CC1)(c1ccccc1)c1ccccc1",
        ),
        (
            "haloperidol",
            "O=C(CCCN1CCC(O)(c2ccc(Cl)cc2)CC1)c1ccc(F)cc1",
        ),
        ("U-47700", "CN(C)C1CCCCC1N(C)C(=O)c1ccc(Cl)c(Cl)c1"),
        ("MT-45", "C1CCC(CC1)N1CCN(CC1)C(Cc1ccccc1)c1ccccc1"),
    ];

    /// A rule's `matches` function.
    pub(crate) type Rule = fn(&Molecule) -> Option<super::ClassMatch>;

    /// The condition codes a rule finds (`"D+E"`), `"parent"` for the
    /// reference substance itself, or `None` when it does not match.
    pub(crate) fn codes(rule: Rule, smiles: &str) -> Option<String> {
        let m = rule(&mol(smiles))?;
        if m.is_parent {
            return Some("parent".to_string());
        }
        Some(m.codes().join("+"))
    }

    /// Checks `(name, SMILES, expected)` cases against `answer`, listing every miss.
    pub(crate) fn check_cases(
        answer: impl Fn(&str) -> Option<String>,
        cases: &[(&str, &str, Option<&str>)],
    ) {
        let mut bad = Vec::new();
        for (name, smi, want) in cases {
            let got = answer(smi);
            if got.as_deref() != *want {
                bad.push(format!("{name}: got {got:?}, want {want:?} ({smi})"));
            }
        }
        assert!(bad.is_empty(), "\n{}", bad.join("\n"));
    }

    /// Parses and strips salts; panics in tests only.
    pub(crate) fn mol(smiles: &str) -> Molecule {
        let m = parse(smiles).unwrap_or_else(|e| panic!("{smiles}: {e:?}"));
        strip_salts(&m)
            .parents
            .into_iter()
            .next()
            .map(|p| p.molecule)
            .unwrap_or(m)
    }
}

#[cfg(test)]
mod tests {
    use super::test_util::mol;
    use super::*;

    fn kind(smiles: &str) -> SubKind {
        // substituent on atom 0 of "C" + group: first atom is the anchor
        let m = mol(smiles);
        let ctx = Ctx::new(&m);
        let start = ctx.heavy(0).map(|(j, _)| j).next().unwrap_or(0);
        ctx.classify(0, start)
    }

    #[test]
    fn substituent_kinds() {
        assert_eq!(kind("[Si]F"), SubKind::Halo);
        assert_eq!(kind("[Si]O"), SubKind::Hydroxy);
        assert_eq!(kind("[Si]C(C)C"), SubKind::Alkyl);
        assert_eq!(kind("[Si]CC=C"), SubKind::Alkenyl);
        assert_eq!(kind("[Si]CC#C"), SubKind::Other);
        assert_eq!(kind("[Si]OCC"), SubKind::Alkoxy);
        assert_eq!(kind("[Si]C(F)(F)F"), SubKind::Haloalkyl);
        assert_eq!(kind("[Si]N(C)C"), SubKind::Amino);
        assert_eq!(kind("[Si][N+](=O)[O-]"), SubKind::Nitro);
        assert_eq!(kind("[Si]C(=O)OC"), SubKind::Ester);
        assert_eq!(kind("[Si]OC(C)=O"), SubKind::Ester);
        assert_eq!(kind("[Si]COC"), SubKind::Ether);
        assert_eq!(kind("[Si]C(=O)O"), SubKind::Other);
        assert_eq!(kind("[Si]C(C)=O"), SubKind::Other);
        assert_eq!(kind("[Si]C#N"), SubKind::Other);
        assert_eq!(kind("[Si]CCO"), SubKind::Other);
        assert_eq!(kind("[Si]C1CC1"), SubKind::Other);
        assert_eq!(kind("[Si]c1ccccc1"), SubKind::Other);
    }

    #[test]
    fn names_and_rings() {
        let m = mol("CCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1");
        let ctx = Ctx::new(&m);
        assert_eq!(ctx.system_count(), 3);
        let cores = anilido_cores(&ctx);
        assert_eq!(cores.len(), 1);
        let c = &cores[0];
        assert_eq!(c.acyl, AcylKind::Propionyl);
        assert_eq!(ctx.group_name(c.n_am, &[c.ar]), "4-fluorophenyl");
        assert_eq!(ctx.group_name(c.n_am, &[c.c_acyl]), "propionyl");
        assert_eq!(
            ctx.group_name(c.pip[0], &[c.n1_sub.unwrap_or(0)]),
            "2-phenylethyl"
        );
    }

    #[test]
    fn isotopes_and_explicit_hydrogens_are_ignored() {
        let d5 = "[2H]c1c([2H])c([2H])c(CCN2CCC(CC2)N(C(=O)CC)c2ccccc2)c([2H])c1[2H]";
        // the fentanyl rules (fentanyl is also an NpSG 2-phenethylamine)
        let fentanyl_rules = |s: &str| -> Vec<ClassMatch> {
            match_all(&mol(s))
                .into_iter()
                .filter(|m| !m.rule.id().starts_with("de-npsg"))
                .collect()
        };
        let all = fentanyl_rules(d5);
        assert_eq!(all.len(), 2);
        assert!(all.iter().all(|m| m.is_parent), "{all:?}");
        let explicit = "[H]C([H])([H])C([H])([H])C(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1";
        assert!(fentanyl_rules(explicit).iter().all(|m| m.is_parent));
        let c13 = "CC[13C](=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1";
        assert!(fentanyl_rules(c13).iter().all(|m| m.is_parent));
        let npsg: Vec<String> = match_all(&mol(d5))
            .iter()
            .map(|m| m.explanation())
            .collect();
        assert_eq!(npsg.len(), 3);
        assert!(npsg[2].contains("Molekülmasse 336.5 u"), "{npsg:?}");
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        let chain = "C".repeat(1999);
        let rings = "c1ccc2cc3ccccc3cc2c1".repeat(40);
        let fentanyls = vec!["CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"; 60].join(".");
        let dimer = "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccc(cc2)N(C(=O)CC)C2CCN(CCc3ccccc3)CC2)CC1";
        let inputs = [
            chain.as_str(),
            rings.as_str(),
            fentanyls.as_str(),
            dimer,
            "*C(=O)N(*)C1CCN(*)CC1",
            "CCC(=O)[N-](c1ccccc1)",
            "CCC(=O)N(c1ccccc1)C1CC[NH+](CCc2ccccc2)CC1",
            "C1CC2CCC1C2",
            "[Fe]",
            "O=C(N(C1CCN(CC1)CCc1ccccc1)c1ccccc1)C(=O)N(C1CCN(CC1)CCc1ccccc1)c1ccccc1",
        ];
        for s in inputs {
            let m = match parse(s) {
                Ok(m) => m,
                Err(_) => continue,
            };
            let _ = match_all(&m);
            for p in super::super::salts::strip_salts(&m).parents {
                let _ = match_all(&p.molecule);
            }
        }
        // the dimer is still an FRS (the second core is a substituent on the
        // phenethyl ring, a "substituted monocycle")
        let d = match_all(&mol(dimer));
        assert_eq!(d.len(), 2, "{d:?}");
    }

    #[test]
    fn match_all_runs_every_rule() {
        let m = mol("CCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1.Cl");
        let all = match_all(&m);
        let ids: Vec<&str> = all.iter().map(|x| x.rule.id()).collect();
        assert_eq!(
            ids,
            [
                "us-fentanyl-related-substances",
                "cn-fentanyl-class",
                "de-npsg-phenethylamines"
            ]
        );
        assert_eq!(all[0].explanation(), "(D) aniline ring → 4-fluorophenyl");
        assert!(match_all(&mol("CCO")).is_empty());
        let empty = Molecule::new(Vec::new(), Vec::new()).expect("empty molecule");
        assert!(match_all(&empty).is_empty());
    }
}
