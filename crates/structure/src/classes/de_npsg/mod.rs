//! Germany: the substance groups of the Neue-psychoaktive-Stoffe-Gesetz
//! (NpSG, in force 2016-11-26; Anlage as last amended by Art. 1 V v.
//! 21.6.2024, BGBl. 2024 I Nr. 210).
//!
//! One file per substance group of the Anlage:
//! - [`phenethylamines`]: Nr. 1, compounds derived from 2-phenethylamine
//!   (cathinones included);
//! - [`cannabinoids`]: Nr. 2, cannabimimetics / synthetic cannabinoids (bridge,
//!   residue and side chain of 2.1 in `cannabinoid_parts`)
//!   (2.1 indole, pyrazole and 4-quinolone derived; 2.2
//!   3-sulfonylamidobenzoic acid derived; 2.3 6H-benzo(c)chromen-1-ol
//!   derived, in [`cannabinoids_other`]);
//! - [`benzodiazepines`]: Nr. 3;
//! - [`aminocyclohexylamides`]: Nr. 4, compounds derived from
//!   N-(2-aminocyclohexyl)amide;
//! - [`tryptamines`]: Nr. 5 (5.1 indol-3-alkylamines, 5.2 Δ9,10-ergolenes);
//! - [`arylcyclohexylamines`]: Nr. 6;
//! - [`benzimidazoles`]: Nr. 7 (nitazene type).
//!
//! Readings that hold for every group (Vorbemerkungen of the Anlage):
//! - charged forms, stereoisomers and salts are included, and a molar-mass
//!   limit applies to the molecule without its counter-ion: the rules take
//!   the salt-stripped parent, accept charged forms and weigh only the
//!   connected component that holds the core;
//! - isotope-substituted compounds are included: isotope labels are ignored
//!   and masses use standard atomic weights (a deuterated analogue is weighed
//!   as the unlabelled compound);
//! - "Molekülmasse" is the molar mass from standard atomic weights, in u;
//! - a "durchgehende Kettenlänge" (continuous chain length) counts the heavy
//!   atoms of the longest unbranched path through atoms that are not ring
//!   atoms ("Atome von Ringstrukturen werden dabei nicht in die Zählung
//!   einbezogen").
//!
//! Group 1 excludes substances that also carry a core or basic structure of
//! groups 2 to 7 without being covered by that group (Nr. 1, last sentence
//! of the introduction); `match_all_in` applies that exclusion.

pub mod aminocyclohexylamides;
pub mod arylcyclohexylamines;
pub mod benzimidazoles;
pub mod benzodiazepines;
mod cannabinoid_parts;
pub mod cannabinoids;
pub mod cannabinoids_other;
pub mod phenethylamines;
pub mod tryptamines;

use super::super::graph::{BondOrder, Element, Molecule};
use super::{ClassMatch, Condition, Ctx, RuleId};

/// What a group's rule found in a structure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// The group's core or basic structure is absent.
    NoCore,
    /// The core is present but the structure is outside the definition.
    NotCovered,
    /// A member of the group, with the conditions met.
    Member(Vec<Condition>),
}

impl Outcome {
    /// The better of two readings: a member beats a bare core, which beats
    /// nothing; among members, the one with fewer conditions.
    pub(crate) fn or(self, other: Outcome) -> Outcome {
        match (self, other) {
            (Outcome::Member(a), Outcome::Member(b)) => {
                if b.len() < a.len() {
                    Outcome::Member(b)
                } else {
                    Outcome::Member(a)
                }
            }
            (m @ Outcome::Member(_), _) | (_, m @ Outcome::Member(_)) => m,
            (Outcome::NotCovered, _) | (_, Outcome::NotCovered) => Outcome::NotCovered,
            _ => Outcome::NoCore,
        }
    }

    fn into_match(self, rule: RuleId) -> Option<ClassMatch> {
        match self {
            Outcome::Member(conditions) if !conditions.is_empty() => Some(ClassMatch {
                rule,
                conditions,
                is_parent: false,
            }),
            _ => None,
        }
    }
}

/// Runs the seven NpSG group rules and returns the matches, group 1 only
/// when no core of groups 2–7 is present that its own group does not cover.
pub(crate) fn match_all_in(ctx: &Ctx<'_>) -> Vec<ClassMatch> {
    let pre = Prefilter::new(ctx.mol);
    let mut out = Vec::new();
    if !pre.any() {
        return out;
    }
    let others = [
        (
            RuleId::DeNpsgCannabinoids,
            pre.cannabinoid,
            cannabinoids::evaluate as Eval,
        ),
        (
            RuleId::DeNpsgBenzodiazepines,
            pre.benzodiazepine,
            benzodiazepines::evaluate,
        ),
        (
            RuleId::DeNpsgAminocyclohexylamides,
            pre.aminocyclohexylamide,
            aminocyclohexylamides::evaluate,
        ),
        (
            RuleId::DeNpsgTryptamines,
            pre.tryptamine,
            tryptamines::evaluate,
        ),
        (
            RuleId::DeNpsgArylcyclohexylamines,
            pre.arylcyclohexylamine,
            arylcyclohexylamines::evaluate,
        ),
        (
            RuleId::DeNpsgBenzimidazoles,
            pre.benzimidazole,
            benzimidazoles::evaluate,
        ),
    ];
    let mut blocked = false;
    let mut found = Vec::new();
    for (rule, possible, eval) in others {
        if !possible {
            continue;
        }
        match eval(ctx) {
            Outcome::NotCovered => blocked = true,
            o => {
                if let Some(m) = o.into_match(rule) {
                    found.push(m);
                }
            }
        }
    }
    if pre.phenethylamine && !blocked {
        if let Some(m) = phenethylamines::evaluate(ctx).into_match(RuleId::DeNpsgPhenethylamines) {
            out.push(m);
        }
    }
    out.extend(found);
    out
}

type Eval = fn(&Ctx<'_>) -> Outcome;

/// Runs one group's rule on a molecule (with the group-1 exclusion for
/// group 1).
pub(crate) fn run(mol: &Molecule, rule: RuleId) -> Option<ClassMatch> {
    let ctx = Ctx::new(mol);
    match_all_in(&ctx).into_iter().find(|m| m.rule == rule)
}

/// True if one of the NpSG rules may match `mol` (a pass over the atoms
/// and bonds, before ring systems are computed).
pub(crate) fn may_match(mol: &Molecule) -> bool {
    Prefilter::new(mol).any()
}

/// One pass over the atoms and bonds: necessary conditions of the groups,
/// so that ring systems are computed only when a group may match.
#[derive(Debug, Clone, Copy, Default)]
struct Prefilter {
    /// Nr. 1: N–C–C–X with N and both C not aromatic and X bonded to at
    /// least three heavy atoms (a ring atom carrying the chain).
    phenethylamine: bool,
    /// Nr. 2.1: an N with three heavy neighbours, aromatic or on an
    /// aromatic atom, and a C=O or a second N; 2.2: S and C=O; 2.3: two O on
    /// aromatic carbons, one an ether to a non-aromatic carbon.
    cannabinoid: bool,
    /// Nr. 3: two N, one on an aromatic atom, and at least five aromatic
    /// atoms.
    benzodiazepine: bool,
    /// Nr. 4: two N and a C=O.
    aminocyclohexylamide: bool,
    /// Nr. 5: an aromatic N and a non-aromatic N.
    tryptamine: bool,
    /// Nr. 6: a non-aromatic carbon with four heavy neighbours, one an N.
    arylcyclohexylamine: bool,
    /// Nr. 7: three N, one aromatic.
    benzimidazole: bool,
}

impl Prefilter {
    fn new(mol: &Molecule) -> Prefilter {
        let atoms = mol.atoms();
        let heavy = |i: usize| {
            mol.neighbors(i)
                .filter(|&(j, _)| atoms.get(j).is_some_and(|a| a.element != Element::H))
                .count()
        };
        let elem = |i: usize| atoms.get(i).map_or(Element::WILDCARD, |a| a.element);
        let arom = |i: usize| atoms.get(i).is_some_and(|a| a.aromatic);
        let (mut n_count, mut aromatic_n, mut amine, mut n3) = (0, false, false, false);
        let (mut carbonyl, mut has_s, mut quat_c_n) = (false, false, false);
        let (mut aryl_o, mut aryl_alkyl_ether, mut n_on_aryl) = (0, false, false);
        let mut aromatic = 0;
        let mut g1 = false;
        for (i, a) in atoms.iter().enumerate() {
            if a.aromatic {
                aromatic += 1;
            }
            match a.element.atomic_number() {
                7 => {
                    n_count += 1;
                    let d = heavy(i);
                    // the cannabinoid core N (N1) carries the side chain or
                    // bridge and is aromatic or bonded to an aromatic atom
                    n3 |= d == 3 && (a.aromatic || mol.neighbors(i).any(|(j, _)| arom(j)));
                    n_on_aryl |= mol.neighbors(i).any(|(j, _)| arom(j));
                    if a.aromatic {
                        aromatic_n = true;
                        continue;
                    }
                    amine = true;
                    if g1 || d > 3 || !(0..=1).contains(&a.charge) {
                        continue;
                    }
                    let chain_c = |c: usize| elem(c) == Element::C && !arom(c);
                    g1 = mol.neighbors(i).any(|(c1, _)| {
                        chain_c(c1)
                            && mol.neighbors(c1).any(|(c2, _)| {
                                c2 != i
                                    && chain_c(c2)
                                    && mol.neighbors(c2).any(|(x, _)| x != c1 && heavy(x) >= 3)
                            })
                    });
                }
                8 => {
                    let mut on_aryl = false;
                    let mut on_alkyl = false;
                    for (j, k) in mol.neighbors(i) {
                        let double = mol
                            .bonds()
                            .get(k)
                            .is_some_and(|b| b.order == BondOrder::Double);
                        if elem(j) == Element::C {
                            carbonyl |= double;
                            on_aryl |= arom(j) && !double;
                            on_alkyl |= !arom(j) && !double;
                        }
                    }
                    if on_aryl {
                        aryl_o += 1;
                        aryl_alkyl_ether |= on_alkyl;
                    }
                }
                16 => has_s = true,
                6 if !a.aromatic && !quat_c_n && heavy(i) == 4 => {
                    quat_c_n = mol.neighbors(i).any(|(j, _)| elem(j) == Element::N);
                }
                _ => {}
            }
        }
        Prefilter {
            phenethylamine: g1,
            cannabinoid: (n3 && (carbonyl || n_count >= 2))
                || (has_s && carbonyl)
                || (aryl_o >= 2 && aryl_alkyl_ether),
            benzodiazepine: n_count >= 2 && aromatic >= 5 && n_on_aryl,
            aminocyclohexylamide: n_count >= 2 && carbonyl,
            tryptamine: aromatic_n && amine,
            arylcyclohexylamine: quat_c_n,
            benzimidazole: n_count >= 3 && aromatic_n,
        }
    }

    fn any(&self) -> bool {
        self.phenethylamine
            || self.cannabinoid
            || self.benzodiazepine
            || self.aminocyclohexylamide
            || self.tryptamine
            || self.arylcyclohexylamine
            || self.benzimidazole
    }
}

// ---------------------------------------------------------------------------
// Shared measures.

/// Standard atomic weight of `e` (IUPAC abridged values), in u; `None` for
/// elements none of the definitions allow.
pub(crate) fn atomic_weight(e: Element) -> Option<f64> {
    Some(match e.atomic_number() {
        1 => 1.008,
        5 => 10.81,
        6 => 12.011,
        7 => 14.007,
        8 => 15.999,
        9 => 18.998,
        14 => 28.085,
        15 => 30.974,
        16 => 32.06,
        17 => 35.45,
        34 => 78.971,
        35 => 79.904,
        53 => 126.904,
        _ => return None,
    })
}

/// Molar mass of the heavy atoms `atoms` with their hydrogens, in u
/// (infinite if an atom has no weight in [`atomic_weight`]).
pub(crate) fn mass_of(ctx: &Ctx<'_>, atoms: &[usize]) -> f64 {
    atoms
        .iter()
        .map(|&a| {
            atomic_weight(ctx.element(a)).unwrap_or(f64::INFINITY) + 1.008 * f64::from(ctx.h(a))
        })
        .sum()
}

/// Molar mass of the connected component that holds `a`.
pub(crate) fn component_mass(ctx: &Ctx<'_>, a: usize) -> f64 {
    mass_of(ctx, &ctx.group(usize::MAX, a))
}

/// The molar-mass condition (`None` when over `max`).
pub(crate) fn mass_condition(
    ctx: &Ctx<'_>,
    a: usize,
    code: &'static str,
    max: f64,
) -> Option<Condition> {
    let m = component_mass(ctx, a);
    (m <= max).then(|| Condition {
        code,
        text: format!("Molekülmasse {m:.1} u ≤ {max:.0} u"),
    })
}

/// Longest continuous chain (heavy atoms on the longest simple path through
/// non-ring atoms) among `atoms`.
pub(crate) fn chain_length(ctx: &Ctx<'_>, atoms: &[usize]) -> usize {
    let chain: Vec<usize> = atoms.iter().copied().filter(|&a| !ctx.in_ring(a)).collect();
    let nb = |v: usize| {
        ctx.heavy(v)
            .map(|(w, _)| w)
            .filter(|w| chain.contains(w))
            .collect::<Vec<_>>()
    };
    // the non-ring atoms form a forest: diameter of each tree by two sweeps
    let farthest = |s: usize| -> (usize, usize) {
        let mut best = (s, 1);
        let mut stack = vec![(s, usize::MAX, 1usize)];
        while let Some((v, p, d)) = stack.pop() {
            if d > best.1 {
                best = (v, d);
            }
            for w in nb(v) {
                if w != p {
                    stack.push((w, v, d + 1));
                }
            }
        }
        best
    };
    let mut done: Vec<usize> = Vec::new();
    let mut longest = 0;
    for &a in &chain {
        if done.contains(&a) {
            continue;
        }
        let (far, _) = farthest(a);
        let (_, d) = farthest(far);
        longest = longest.max(d);
        // mark the tree
        let mut stack = vec![a];
        while let Some(v) = stack.pop() {
            if !done.contains(&v) {
                done.push(v);
                stack.extend(nb(v));
            }
        }
    }
    longest
}

/// The elements a substituent may be made of in most definitions: C, H, N,
/// O, S, F, Cl, Br, I.
pub(crate) const CHNOS_HAL: &[Element] = &[
    Element::C,
    Element::H,
    Element::N,
    Element::O,
    Element::S,
    Element::F,
    Element::CL,
    Element::BR,
    Element::I,
];

/// True if every atom of `atoms` is one of `allowed`.
pub(crate) fn only_elements(ctx: &Ctx<'_>, atoms: &[usize], allowed: &[Element]) -> bool {
    atoms.iter().all(|&a| allowed.contains(&ctx.element(a)))
}

/// True for F, Cl, Br, I.
pub(crate) fn is_halogen(e: Element) -> bool {
    matches!(e.atomic_number(), 9 | 17 | 35 | 53)
}

/// Size of the smallest ring through the bond `a`–`b` (shortest other path
/// from `a` to `b`, plus one), searched up to `limit` atoms.
pub(crate) fn ring_size(ctx: &Ctx<'_>, a: usize, b: usize, limit: usize) -> Option<usize> {
    let mut frontier = vec![a];
    let mut seen = vec![a];
    for depth in 1..limit {
        let mut next = Vec::new();
        for &v in &frontier {
            for (w, _) in ctx.heavy(v) {
                if v == a && w == b {
                    continue;
                }
                if w == b {
                    return Some(depth + 1);
                }
                if !seen.contains(&w) && ctx.system(w).is_some() {
                    seen.push(w);
                    next.push(w);
                }
            }
        }
        if next.is_empty() {
            return None;
        }
        frontier = next;
    }
    None
}

/// True if `start` (seen from `from`) is an acyclic saturated hydrocarbon
/// group of at most `max_c` carbons.
pub(crate) fn is_alkyl(ctx: &Ctx<'_>, from: usize, start: usize, max_c: usize) -> bool {
    ctx.classify(from, start) == super::SubKind::Alkyl && ctx.group(from, start).len() <= max_c
}

/// True if `start` (seen from `from`) is -S-alkyl with at most `max_c`
/// carbons.
pub(crate) fn is_alkylsulfanyl(ctx: &Ctx<'_>, from: usize, start: usize, max_c: usize) -> bool {
    if !ctx.is(start, Element::S) || ctx.charge(start) != 0 || ctx.h(start) != 0 {
        return false;
    }
    let nb: Vec<(usize, usize)> = ctx.heavy(start).filter(|&(j, _)| j != from).collect();
    match nb.as_slice() {
        [(c, k)] => ctx.order(*k) == BondOrder::Single && is_alkyl(ctx, start, *c, max_c),
        _ => false,
    }
}

/// True if `start` (seen from `from`) is CF3.
pub(crate) fn is_cf3(ctx: &Ctx<'_>, from: usize, start: usize) -> bool {
    ctx.is(start, Element::C)
        && !ctx.in_ring(start)
        && ctx.heavy(start).filter(|&(j, _)| j != from).count() == 3
        && ctx
            .heavy(start)
            .filter(|&(j, _)| j != from)
            .all(|(j, k)| ctx.is(j, Element::F) && ctx.order(k) == BondOrder::Single)
}

/// Substituents (exocyclic heavy neighbours) of the ring atoms `ring`,
/// leaving out `skip`, as `(ring atom, substituent atom, bond)`.
pub(crate) fn ring_substituents(
    ctx: &Ctx<'_>,
    ring: &[usize],
    skip: &[usize],
) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for &a in ring {
        for (j, k) in ctx.heavy(a) {
            if !ring.contains(&j) && !skip.contains(&j) {
                out.push((a, j, k));
            }
        }
    }
    out
}

/// Locants of the substituents on a six-membered ring given in ring order
/// from the attachment atom (position 1), numbered in the direction that
/// gives the lower locants, e.g. `["2-methoxy", "4-bromo", "5-methoxy"]`.
pub(crate) fn ring_locants(walk: &[usize], subs: &[(usize, String)]) -> Vec<String> {
    let n = walk.len();
    let pos = |a: usize, rev: bool| -> usize {
        let k = walk.iter().position(|&x| x == a).unwrap_or(0);
        if rev && k > 0 {
            n - k + 1
        } else {
            k + 1
        }
    };
    let mut fwd: Vec<usize> = subs.iter().map(|(a, _)| pos(*a, false)).collect();
    let mut rev: Vec<usize> = subs.iter().map(|(a, _)| pos(*a, true)).collect();
    fwd.sort_unstable();
    rev.sort_unstable();
    let use_rev = rev < fwd;
    let mut out: Vec<(usize, String)> = subs
        .iter()
        .map(|(a, name)| {
            let p = pos(*a, use_rev);
            (p, format!("{p}-{name}"))
        })
        .collect();
    out.sort();
    out.into_iter().map(|(_, s)| s).collect()
}

/// `items` joined by ", ", or `none` when empty.
pub(crate) fn list_or(items: &[String], none: &str) -> String {
    if items.is_empty() {
        none.to_string()
    } else {
        items.join(", ")
    }
}

/// Shorthand for a condition.
pub(crate) fn cond(code: &'static str, text: impl Into<String>) -> Condition {
    Condition {
        code,
        text: text.into(),
    }
}

/// A fixed list of groups written as SMILES with `*` for the attachment
/// point (`"*CC(F)(F)F"`), compared by canonical SMILES.
pub(crate) struct GroupSet {
    list: &'static [&'static str],
    cell: std::sync::OnceLock<Vec<String>>,
}

impl GroupSet {
    pub(crate) const fn new(list: &'static [&'static str]) -> GroupSet {
        GroupSet {
            list,
            cell: std::sync::OnceLock::new(),
        }
    }

    /// True if the group `from` → `start` is one of the list.
    pub(crate) fn contains(&self, ctx: &Ctx<'_>, from: usize, start: usize) -> bool {
        if ctx.group(from, start).len() > 16 {
            return false;
        }
        let set = self.cell.get_or_init(|| {
            self.list
                .iter()
                .filter_map(|s| super::super::smiles::parse(s).ok())
                .map(|m| super::super::canonical::canonical_smiles(&m))
                .collect()
        });
        let g = ctx.group_smiles(from, &[start]);
        set.contains(&g)
    }
}

/// Per ring system: how many of its atoms are C, N, O and S (a cheap test
/// before ring templates are matched).
pub(crate) fn system_elements(ctx: &Ctx<'_>) -> Vec<[u16; 4]> {
    let mut out = vec![[0u16; 4]; ctx.system_count()];
    for i in 0..ctx.mol.atom_count() {
        let Some(s) = ctx.system(i) else {
            continue;
        };
        let k = match ctx.element(i).atomic_number() {
            6 => 0,
            7 => 1,
            8 => 2,
            16 => 3,
            _ => continue,
        };
        if let Some(c) = out.get_mut(s as usize).and_then(|x| x.get_mut(k)) {
            *c = c.saturating_add(1);
        }
    }
    out
}
