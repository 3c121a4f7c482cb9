//! NpSG Anlage Nr. 1: compounds derived from 2-phenethylamine
//! (2-phenylethan-1-amine), cathinones included; molar mass at most 500 u;
//! 2-phenethylamine itself excluded.
//!
//! Reading used here. The skeleton is ring system A – C2 – C1 – N, where C1
//! and C2 are non-aromatic carbons outside ring system A (C2 is the carbon
//! on A, C1 the carbon on N: "Carbonylgruppe in beta-Stellung zum
//! Stickstoffatom" is the C2 carbonyl of the cathinones).
//! - Nr. 1.1, Strukturelement A: the ring system on C2 is exactly one of
//!   the seventeen listed (phenyl, naphthyl, tetralinyl, methylenedioxy-
//!   and ethylenedioxyphenyl, furyl, pyrrolyl, thienyl, pyridyl,
//!   benzofuranyl, dihydrobenzofuranyl, indanyl, indenyl, tetrahydro- and
//!   benzodifuranyl, tetrahydrobenzodipyranyl, cyclopentyl, cyclohexyl;
//!   benzofurans with the O on the benzene ring, not isobenzofurans; the
//!   tricyclic systems linearly fused); B may sit on any of its atoms. A
//!   ring fused to A by a substituent takes the molecule out ("durch Rn
//!   cyclische Systeme ..., die an A anelliert sind"). Rn: halogen, or a
//!   group that starts as alkyl/alkenyl/alkynyl/carboxy (an acyclic carbon),
//!   alkoxy (O on a non-aromatic carbon), alkylsulfanyl (S on a non-aromatic
//!   carbon) or nitro, further substituted with C, H, N, O, S, F, Cl, Br, I,
//!   chain at most 8 atoms. Hydroxy, amino or aryl directly on A are not in
//!   the list and are not covered.
//! - Nr. 1.2 a, R1/R2 on N: H, or a group that starts with an acyclic carbon
//!   (alkyl, alkenyl, alkynyl, benzyl, the carbonyl groups), a saturated
//!   carbocycle of up to six atoms (cycloalkyl), O (hydroxy) or N (amino),
//!   further substituted with C, H, N, O, S, halogen, chain at most 10
//!   atoms; or N in a non-aromatic ring; a ring closing onto C1/C2 has 5–7
//!   atoms of C, O, S, N, and may hold N as an imine. N in a ring system
//!   that also holds A (annulated to A, e.g. tetrahydroisoquinolines) is
//!   excluded.
//! - Nr. 1.2 b, R3/R4 on C1 and R5/R6 on C2: halogen, or groups that start
//!   with an acyclic carbon (alkyl, alkenyl, alkynyl, benzyl,
//!   alkyloxycarbonyl), a carbocycle (cycloalkyl up to ten ring atoms,
//!   phenyl), O (hydroxy, alkoxy), S on a carbon (alkylsulfanyl), further
//!   substituted with C, H, N, O, S, halogen, chain at most 12 atoms; rings
//!   through C1 or C2 (closure onto A, or among R3–R6) have 4–6 atoms (so
//!   2-aminoindanes and 2-aminotetralins are covered; cyclopropylamines such
//!   as tranylcypromine are not).
//! - Nr. 1.2 c: C2=O (bk derivatives). No other double bond on C1 or C2.

use super::super::super::graph::{BondOrder, Element};
use super::super::Ctx;
use super::{chain_length, cond, list_or, mass_condition, only_elements, ring_locants, Outcome};
use super::{is_halogen, ring_size, CHNOS_HAL};

/// Is `mol` a compound derived from 2-phenethylamine (NpSG Anlage Nr. 1)?
/// Applies the exclusion of substances with a core of groups 2–7 that their
/// group does not cover.
pub fn matches(mol: &super::super::super::graph::Molecule) -> Option<super::super::ClassMatch> {
    super::run(mol, super::super::RuleId::DeNpsgPhenethylamines)
}

pub(crate) fn evaluate(ctx: &Ctx<'_>) -> Outcome {
    // first pass without group names (canonical SMILES are costly), then
    // the best reading again with names
    let mut best = Outcome::NoCore;
    let mut best_at = None;
    let mut tried = 0usize;
    let n_atoms = ctx.mol.atom_count();
    for n in 0..n_atoms {
        if !ctx.is(n, Element::N) || ctx.aromatic(n) || !(0..=1).contains(&ctx.charge(n)) {
            continue;
        }
        for (c1, k1) in ctx.heavy(n) {
            if !is_chain_c(ctx, c1) {
                continue;
            }
            for (c2, k2) in ctx.heavy(c1) {
                if c2 == n || !is_chain_c(ctx, c2) || ctx.order(k2) != BondOrder::Single {
                    continue;
                }
                for (a, k3) in ctx.heavy(c2) {
                    if a == c1 || !ctx.in_ring(a) || ctx.order(k3) != BondOrder::Single {
                        continue;
                    }
                    tried += 1;
                    if tried > MAX_CANDIDATES {
                        break;
                    }
                    let o = candidate(ctx, [n, c1, c2, a, k1], false);
                    let better = match (&o, &best) {
                        (Outcome::Member(x), Outcome::Member(y)) => x.len() < y.len(),
                        (Outcome::Member(_), _) => true,
                        _ => false,
                    };
                    if better {
                        best_at = Some([n, c1, c2, a, k1]);
                    }
                    best = best.or(o);
                }
            }
        }
    }
    match best_at {
        Some(at) => candidate(ctx, at, true),
        None => best,
    }
}

/// The group name, or nothing in the first (unnamed) pass.
fn name(ctx: &Ctx<'_>, named: bool, from: usize, j: usize) -> String {
    if named {
        ctx.group_name(from, &[j])
    } else {
        String::new()
    }
}

/// Readings N–C1–C2–A tried at most (bounds the work on huge inputs; no
/// real substance comes near it).
const MAX_CANDIDATES: usize = 256;

/// A carbon that can be C1 or C2: not aromatic, neutral.
fn is_chain_c(ctx: &Ctx<'_>, c: usize) -> bool {
    ctx.is(c, Element::C) && !ctx.aromatic(c) && ctx.charge(c) == 0
}

/// The ring system A: its atoms and its name.
struct RingA {
    atoms: Vec<usize>,
    name: &'static str,
}

fn candidate(ctx: &Ctx<'_>, at: [usize; 5], named: bool) -> Outcome {
    let [n, c1, c2, a, k_nc1] = at;
    let Some(sys) = ctx.system(a) else {
        return Outcome::NoCore;
    };
    // exclusion: N in a ring system annulated to A
    if ctx.system(n) == Some(sys) {
        return Outcome::NotCovered;
    }
    let Some(ring_a) = ring_a(ctx, sys, a, c1, c2) else {
        return Outcome::NotCovered;
    };
    let mut out = Vec::new();
    let closure: Vec<usize> = ctx
        .system_atoms(sys)
        .into_iter()
        .filter(|x| !ring_a.atoms.contains(x))
        .collect();
    // Nr. 1.1: Rn on A
    let mut rn: Vec<(usize, String)> = Vec::new();
    for &x in &ring_a.atoms {
        for (j, k) in ctx.heavy(x) {
            if ring_a.atoms.contains(&j) || closure.contains(&j) || j == c2 {
                continue;
            }
            if ctx.order(k) != BondOrder::Single || ctx.is_ring_bond(k) {
                return Outcome::NotCovered;
            }
            match rn_ok(ctx, x, j, named) {
                Some(name) => rn.push((x, name)),
                None => return Outcome::NotCovered,
            }
        }
    }
    let rn_text = match ctx.ring_walk(a) {
        Some(walk) if walk.len() == 6 && ring_a.atoms.len() == 6 => ring_locants(&walk, &rn),
        _ => rn.iter().map(|(_, s)| s.clone()).collect(),
    };
    out.push(cond(
        "Nr. 1.1",
        format!(
            "Strukturelement A: {}-Ring; Rn: {}",
            ring_a.name,
            list_or(&rn_text, "keine (H)")
        ),
    ));
    // Nr. 1.2 a: R1/R2 on N
    let n_closed = ctx.system(n).is_some() && ctx.system(n) == ctx.system(c1);
    let nc1 = ctx.order(k_nc1);
    if nc1 != BondOrder::Single && !(n_closed && nc1 == BondOrder::Double) {
        return Outcome::NotCovered;
    }
    let mut r12: Vec<String> = Vec::new();
    if let Some(ns) = ctx.system(n) {
        // N in a ring: a non-aromatic ring system
        if ctx.system_aromatic(n) {
            return Outcome::NotCovered;
        }
        let ring_atoms = ctx.system_atoms(ns);
        if n_closed {
            // ring closure with C1/C2: rings of 5–7 atoms of C, O, S, N
            if !only_elements(
                ctx,
                &ring_atoms,
                &[Element::C, Element::O, Element::S, Element::N],
            ) {
                return Outcome::NotCovered;
            }
            for r in ctx.ring_neighbors(n).collect::<Vec<_>>() {
                match ring_size(ctx, n, r, 8) {
                    Some(s) if (5..=7).contains(&s) => {}
                    _ => return Outcome::NotCovered,
                }
            }
            r12.push("N im Ring mit Teilen von Strukturelement B (Ringschluss)".to_string());
        } else {
            r12.push(format!(
                "N im nichtaromatischen Ring ({} Ringatome)",
                ring_atoms.len()
            ));
        }
        // substituents on that ring: allowed elements, chain at most 10
        for (x, j, k) in super::ring_substituents(ctx, &ring_atoms, &[c1, c2]) {
            if ring_a.atoms.contains(&j) || ctx.is_ring_bond(k) {
                continue;
            }
            let g = ctx.group(x, j);
            if !only_elements(ctx, &g, CHNOS_HAL) || chain_length(ctx, &g) > 10 {
                return Outcome::NotCovered;
            }
        }
    }
    // R1 and R2: at most two substituents besides C1
    if ctx.heavy_degree(n) > 3 {
        return Outcome::NotCovered;
    }
    for (j, k) in ctx.heavy(n) {
        if j == c1 || ctx.is_ring_bond(k) {
            continue;
        }
        if ctx.order(k) != BondOrder::Single {
            return Outcome::NotCovered;
        }
        match r12_ok(ctx, n, j, named) {
            Some(name) => r12.push(name),
            None => return Outcome::NotCovered,
        }
    }
    out.push(cond(
        "Nr. 1.2 a",
        format!("R1/R2 am Stickstoff: {}", list_or(&r12, "H, H")),
    ));
    // Nr. 1.2 b/c: R3/R4 on C1, R5/R6 on C2
    let mut bk = false;
    let mut r3456: Vec<String> = Vec::new();
    for (c, others, label) in [(c1, [n, c2], "C1"), (c2, [c1, a], "C2")] {
        for (j, k) in ctx.heavy(c) {
            if others.contains(&j) {
                continue;
            }
            if ctx.is_ring_bond(k) {
                // ring through C1/C2 (closure onto A, or among R3–R6), unless
                // it is the N ring checked above
                if ctx.system(j) == ctx.system(n) && ctx.system(n).is_some() {
                    continue;
                }
                if ctx.order(k) != BondOrder::Single {
                    return Outcome::NotCovered;
                }
                match ring_size(ctx, c, j, 7) {
                    Some(s) if (4..=6).contains(&s) => {
                        r3456.push(format!("{label}: Ringschluss ({s}-Ring)"));
                    }
                    _ => return Outcome::NotCovered,
                }
                continue;
            }
            match ctx.order(k) {
                BondOrder::Double
                    if c == c2 && ctx.is(j, Element::O) && ctx.heavy_degree(j) == 1 =>
                {
                    bk = true;
                }
                BondOrder::Single => match r3456_ok(ctx, c, j, named) {
                    Some(name) => r3456.push(format!("{label}: {name}")),
                    None => return Outcome::NotCovered,
                },
                _ => return Outcome::NotCovered,
            }
        }
    }
    r3456.sort();
    r3456.dedup_by(|x, y| x == y && x.contains("Ringschluss"));
    if !r3456.is_empty() {
        out.push(cond(
            "Nr. 1.2 b",
            format!("R3/R4 am C1, R5/R6 am C2: {}", r3456.join(", ")),
        ));
    }
    if bk {
        out.push(cond(
            "Nr. 1.2 c",
            "Carbonylgruppe in beta-Stellung zum Stickstoff (bk-Derivat, Cathinon-Grundstruktur)",
        ));
    }
    // 2-phenethylamine itself is excluded
    if ring_a.name == "Phenyl" && rn.is_empty() && r12.is_empty() && r3456.is_empty() && !bk {
        return Outcome::NotCovered;
    }
    match mass_condition(ctx, n, "Nr. 1", 500.0) {
        Some(m) => out.push(m),
        None => return Outcome::NotCovered,
    }
    Outcome::Member(out)
}

/// Identifies ring system A from the system `sys` that holds `a`: the whole
/// system, or, when C1/C2 lie in it (a ring closure of R3–R6 onto A), what
/// stays a ring system once C1 and C2 are taken out.
fn ring_a(ctx: &Ctx<'_>, sys: u32, a: usize, c1: usize, c2: usize) -> Option<RingA> {
    let all = ctx.system_atoms(sys);
    if !all.contains(&c1) && !all.contains(&c2) {
        let (na, nb) = ctx.system_size(sys);
        let name = name_ring(ctx, &all, na, nb)?;
        return Some(RingA { atoms: all, name });
    }
    // take C1 and C2 out and find the rings that remain around `a`
    let rest: Vec<usize> = all
        .iter()
        .copied()
        .filter(|&x| x != c1 && x != c2)
        .collect();
    let sub = ctx.mol.subgraph(&rest);
    let ring = sub.ring_bonds();
    // atoms of `rest` joined to `a` through ring bonds of the subgraph
    let idx = |x: usize| rest.iter().position(|&y| y == x);
    let start = idx(a)?;
    let mut comp = vec![start];
    let mut k = 0;
    let mut nbonds = 0;
    while k < comp.len() {
        let v = comp[k];
        for (w, b) in sub.neighbors(v) {
            if ring.get(b).copied().unwrap_or(false) && !comp.contains(&w) {
                comp.push(w);
            }
        }
        k += 1;
    }
    for (b, bond) in sub.bonds().iter().enumerate() {
        if ring.get(b).copied().unwrap_or(false) && comp.contains(&bond.a) {
            nbonds += 1;
        }
    }
    if comp.len() < 3 {
        return None;
    }
    let atoms: Vec<usize> = comp.iter().filter_map(|&i| rest.get(i).copied()).collect();
    let name = name_ring(ctx, &atoms, atoms.len(), nbonds)?;
    Some(RingA { atoms, name })
}

/// The name of the listed ring system with these atoms, or `None`.
pub(crate) fn name_ring(
    ctx: &Ctx<'_>,
    atoms: &[usize],
    na: usize,
    nb: usize,
) -> Option<&'static str> {
    let count = |e: Element| atoms.iter().filter(|&&x| ctx.is(x, e)).count();
    let (c, o, n, s) = (
        count(Element::C),
        count(Element::O),
        count(Element::N),
        count(Element::S),
    );
    if c + o + n + s != atoms.len() || atoms.iter().any(|&x| ctx.charge(x) != 0) {
        return None;
    }
    let arom = atoms.iter().filter(|&&x| ctx.aromatic(x)).count();
    let inner = |x: usize| ctx.heavy(x).filter(|(j, _)| atoms.contains(j)).count();
    // bonds inside the system that are not aromatic
    let mut doubles = 0;
    for &x in atoms {
        for (j, k) in ctx.heavy(x) {
            if j > x && atoms.contains(&j) && (!ctx.aromatic(x) || !ctx.aromatic(j)) {
                match ctx.order(k) {
                    BondOrder::Single => {}
                    BondOrder::Double => doubles += 1,
                    _ => return None,
                }
            }
        }
    }
    // O of a benzofuran/benzopyran sits on the benzene ring
    let o_on_benzene = atoms.iter().filter(|&&x| ctx.is(x, Element::O)).all(|&x| {
        ctx.heavy(x)
            .filter(|(j, _)| atoms.contains(j) && ctx.aromatic(*j) && ctx.is(*j, Element::C))
            .count()
            == 1
    });
    // linear fusion: the two benzene atoms not shared with another ring are not adjacent
    let linear = || {
        let free: Vec<usize> = atoms
            .iter()
            .copied()
            .filter(|&x| ctx.aromatic(x) && ctx.is(x, Element::C) && inner(x) == 2)
            .filter(|&x| {
                ctx.heavy(x)
                    .filter(|(j, _)| atoms.contains(j))
                    .all(|(j, _)| ctx.aromatic(j))
            })
            .collect();
        free.len() == 2 && ctx.mol.bond_between(free[0], free[1]).is_none()
    };
    let name = match (na, nb) {
        (6, 6) if c == 6 && arom == 6 => "Phenyl",
        (6, 6) if c == 6 && arom == 0 && doubles == 0 => "Cyclohexyl",
        (6, 6) if c == 5 && n == 1 && arom == 6 => "Pyridyl",
        (5, 5) if c == 5 && arom == 0 && doubles == 0 => "Cyclopentyl",
        (5, 5) if c == 4 && o == 1 && arom == 5 => "Furyl",
        (5, 5) if c == 4 && n == 1 && arom == 5 => "Pyrrolyl",
        (5, 5) if c == 4 && s == 1 && arom == 5 => "Thienyl",
        (10, 11) if c == 10 && arom == 10 => "Naphthyl",
        (10, 11) if c == 10 && arom == 6 && doubles == 0 => "Tetralinyl",
        (10, 11) if c == 8 && o == 2 && arom == 6 && doubles == 0 && o_on_benzene => {
            "Ethylendioxyphenyl"
        }
        (9, 10) if c == 9 && arom == 6 && doubles == 0 => "Indanyl",
        (9, 10) if c == 9 && arom == 6 && doubles == 1 => "Indenyl",
        (9, 10) if c == 7 && o == 2 && arom == 6 && doubles == 0 && o_on_benzene => {
            "Methylendioxyphenyl"
        }
        (9, 10) if c == 8 && o == 1 && arom == 9 && o_on_benzene_fused(ctx, atoms) => {
            "Benzofuranyl"
        }
        (9, 10) if c == 8 && o == 1 && arom == 6 && doubles == 0 && o_on_benzene => {
            "Dihydrobenzofuranyl"
        }
        (12, 14) if c == 10 && o == 2 && arom == 6 && doubles == 0 && o_on_benzene && linear() => {
            "Tetrahydrobenzodifuranyl"
        }
        (12, 14) if c == 10 && o == 2 && arom == 12 && o_on_benzene_fused(ctx, atoms) => {
            "Benzodifuranyl"
        }
        (14, 16) if c == 12 && o == 2 && arom == 6 && doubles == 0 && o_on_benzene && linear() => {
            "Tetrahydrobenzodipyranyl"
        }
        _ => return None,
    };
    Some(name)
}

/// In a fully aromatic benzofuran-type system, every O is bonded to a ring
/// fusion atom (benzofuran, not isobenzofuran).
fn o_on_benzene_fused(ctx: &Ctx<'_>, atoms: &[usize]) -> bool {
    atoms.iter().filter(|&&x| ctx.is(x, Element::O)).all(|&x| {
        ctx.heavy(x).any(|(j, _)| {
            atoms.contains(&j) && ctx.heavy(j).filter(|(y, _)| atoms.contains(y)).count() == 3
        })
    })
}

/// How a substituent that starts with a carbon begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CStart {
    /// No multiple bond from the carbon to a heteroatom (alkyl, alkenyl,
    /// alkynyl, benzyl...).
    Plain,
    /// C(=O) or C(=S) followed by this element (`None`: formyl-type H).
    Acyl(Option<Element>, bool),
    /// Anything else (nitrile, imine...).
    Other,
}

fn c_start(ctx: &Ctx<'_>, from: usize, c: usize) -> CStart {
    let mut acyl = None;
    for (j, k) in ctx.heavy(c) {
        if j != from
            && !ctx.is(j, Element::C)
            && ctx.order(k) != BondOrder::Single
            && !ctx.aromatic(j)
        {
            if acyl.is_some()
                || ctx.order(k) != BondOrder::Double
                || !(ctx.is(j, Element::O) || ctx.is(j, Element::S))
            {
                return CStart::Other;
            }
            acyl = Some((j, ctx.is(j, Element::S)));
        }
    }
    let Some((o, thio)) = acyl else {
        return CStart::Plain;
    };
    let next = ctx
        .heavy(c)
        .map(|(j, _)| j)
        .find(|&j| j != from && j != o)
        .map(|j| ctx.element(j));
    CStart::Acyl(next, thio)
}

/// The atom after the carbonyl of an acyl start `c` (seen from `from`)
/// carries a carbon: alkyloxycarbonyl C(=O)-O-C, alkylcarbamoyl
/// C(=O)-N(-C), alkylthiocarbonyl C(=O)-S-C.
fn acyl_alkylated(ctx: &Ctx<'_>, from: usize, c: usize) -> bool {
    ctx.heavy(c)
        .filter(|&(j, k)| j != from && ctx.order(k) == BondOrder::Single)
        .any(|(x, _)| {
            ctx.is(x, Element::C)
                || ctx
                    .heavy(x)
                    .any(|(y, _)| y != c && ctx.is(y, Element::C) && !ctx.aromatic(y))
        })
}

/// The X–C of an alkoxy/alkylsulfanyl group: `x` (O or S, seen from
/// `from`) bonded to one plain, non-aromatic carbon.
fn x_alkyl(ctx: &Ctx<'_>, from: usize, x: usize) -> bool {
    let nb: Vec<(usize, usize)> = ctx.heavy(x).filter(|&(y, _)| y != from).collect();
    ctx.charge(x) == 0
        && matches!(nb.as_slice(), [(c, k)] if ctx.is(*c, Element::C) && !ctx.aromatic(*c)
            && ctx.order(*k) == BondOrder::Single && c_start(ctx, x, *c) == CStart::Plain)
}

/// Nr. 1.1 Rn: the substituent's name if it is allowed on ring A.
fn rn_ok(ctx: &Ctx<'_>, from: usize, j: usize, named: bool) -> Option<String> {
    let g = ctx.group(from, j);
    if !only_elements(ctx, &g, CHNOS_HAL) || chain_length(ctx, &g) > 8 {
        return None;
    }
    let e = ctx.element(j);
    let ok = if is_halogen(e) {
        g.len() == 1
    } else if e == Element::C {
        // alkyl, alkenyl, alkynyl (plain start) or carboxy (C(=O)-O)
        !ctx.in_ring(j)
            && matches!(
                c_start(ctx, from, j),
                CStart::Plain | CStart::Acyl(Some(Element::O), false)
            )
    } else if e == Element::O || e == Element::S {
        // alkoxy / alkylsulfanyl: O or S between A and a non-aromatic carbon
        x_alkyl(ctx, from, j)
    } else if e == Element::N {
        ctx.classify(from, j) == super::super::SubKind::Nitro
    } else {
        false
    };
    ok.then(|| name(ctx, named, from, j))
}

/// Nr. 1.2 a R1/R2: the substituent's name if allowed on N.
fn r12_ok(ctx: &Ctx<'_>, n: usize, j: usize, named: bool) -> Option<String> {
    let g = ctx.group(n, j);
    if !only_elements(ctx, &g, CHNOS_HAL) || chain_length(ctx, &g) > 10 {
        return None;
    }
    let ok = match ctx.element(j) {
        // alkyl, alkenyl, alkynyl, benzyl; alkyl- and arylcarbonyl,
        // alkyloxycarbonyl, alkylthiocarbonyl, alkylcarbamoyl
        e if e == Element::C && !ctx.in_ring(j) => {
            ctx.charge(j) == 0
                && match c_start(ctx, n, j) {
                    CStart::Plain => true,
                    CStart::Acyl(Some(x), false) => {
                        [Element::C, Element::O, Element::S, Element::N].contains(&x)
                            && acyl_alkylated(ctx, n, j)
                    }
                    CStart::Acyl(Some(x), true) => x == Element::C,
                    _ => false,
                }
        }
        // cycloalkyl: a saturated carbocycle of up to six atoms
        e if e == Element::C => {
            ctx.is_monocycle(j)
                && !ctx.aromatic(j)
                && ctx.system_heteroatoms(j) == 0
                && ctx.system(j).is_some_and(|s| ctx.system_size(s).0 <= 6)
                && ctx.system(j).is_some_and(|s| {
                    ctx.system_atoms(s).iter().all(|&x| {
                        ctx.ring_neighbors(x)
                            .all(|y| ctx.order_between(x, y) == Some(BondOrder::Single))
                    })
                })
        }
        e if e == Element::O || e == Element::N => !ctx.in_ring(j) && ctx.charge(j) == 0,
        _ => false,
    };
    ok.then(|| name(ctx, named, n, j))
}

/// Nr. 1.2 b R3–R6: the substituent's name if allowed on C1/C2.
fn r3456_ok(ctx: &Ctx<'_>, c: usize, j: usize, named: bool) -> Option<String> {
    let g = ctx.group(c, j);
    if !only_elements(ctx, &g, CHNOS_HAL) || chain_length(ctx, &g) > 12 {
        return None;
    }
    let e = ctx.element(j);
    let ok = if is_halogen(e) {
        g.len() == 1
    } else if e == Element::C && !ctx.in_ring(j) {
        // alkyl, alkenyl, alkynyl, benzyl (plain start), alkyloxycarbonyl
        ctx.charge(j) == 0
            && match c_start(ctx, c, j) {
                CStart::Plain => true,
                CStart::Acyl(Some(Element::O), false) => acyl_alkylated(ctx, c, j),
                _ => false,
            }
    } else if e == Element::C {
        // cycloalkyl (up to ten ring atoms) or phenyl
        ctx.on_benzene(j)
            || (ctx.system_heteroatoms(j) == 0
                && !ctx.system_aromatic(j)
                && ctx.system(j).is_some_and(|s| ctx.system_size(s).0 <= 10))
    } else if e == Element::O {
        // hydroxy or alkoxy
        ctx.heavy_degree(j) == 1 && ctx.charge(j) == 0 || x_alkyl(ctx, c, j)
    } else if e == Element::S {
        x_alkyl(ctx, c, j)
    } else {
        false
    };
    ok.then(|| name(ctx, named, c, j))
}
