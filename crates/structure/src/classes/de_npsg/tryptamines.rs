//! NpSG Anlage Nr. 5: compounds derived from tryptamine: 5.1
//! indol-3-alkylamines (max. 500 u) and 5.2 Δ9,10-ergolenes (max. 600 u).
//!
//! Reading of 5.1: an aromatic indole with, on C3, -CH2-C(R3)-N(R1)(R2)
//! (the carbon on the indole carries nothing; R3 on the carbon next to N).
//! R1/R2: H, alkyl up to C6, cycloalkyl (ring up to six carbons),
//! cycloalkylmethyl, allyl, or the N in an (unsubstituted) pyrrolidine;
//! R3: H or alkyl up to C3; R4 on C2: H or alkyl up to C2; R5 on N1: H,
//! alkyl up to C3, alkylcarbonyl up to C10 (all carbons), cycloalkyl-,
//! cycloalkylmethyl-, -ethyl- or -propylcarbonyl (ring C3–C6),
//! benzylcarbonyl; Rn on C4–C7: F, Cl, Br, I, alkyl up to C4, alkyloxy up to
//! C10, benzyloxy, carboxamido, methoxy, acetoxy, hydroxy, methylthio, on
//! C4 also dihydrogen phosphate, or a methylenedioxy bridge over two
//! adjacent positions. Excluded by name: tryptamine itself and serotonin
//! (melatonin and 6-hydroxymelatonin carry an N-acetyl group, which is not
//! an R1/R2, so the structure rule does not reach them). The Anlage also
//! excludes "deren aktive Metaboliten" without a closed list; only the named
//! ones are excluded here.
//!
//! Reading of 5.2: the ergoline ring system with C9=C10 and on C8 a
//! carboxamide C(=O)N(R3)(R4); nothing else on the ring system except R1 on
//! N1 and R2 on N6. R1: H, or (aa) a chain starting with C, O or S, or (bb)
//! a ring structure bonded directly or through a sulfonyl group (every ring
//! 3–7 atoms of C, O, N, S; ring N with H, methyl or ethyl); C, H, N, O, S,
//! F, Cl, Br, I; at most 300 u. R2: H, alkyl up to C4, allyl,
//! prop-2-yn-1-yl. R3/R4: H, alkyl up to C5, cyclopropyl, 1-hydroxyalkyl up
//! to C2, allyl, or the amide N in a morpholine, pyrrolidine or
//! dimethylazetidine.

use super::super::super::graph::{BondOrder, Element, Molecule};
use super::super::{match_template, match_template_within, ClassMatch, Ctx, RuleId, SubKind};
use super::{
    cond, is_halogen, list_or, mass_condition, mass_of, only_elements, ring_size, GroupSet,
    Outcome, CHNOS_HAL,
};

/// Is `mol` a tryptamine derivative by NpSG Anlage Nr. 5 (5.1 or 5.2)?
pub fn matches(mol: &Molecule) -> Option<ClassMatch> {
    super::run(mol, RuleId::DeNpsgTryptamines)
}

const C: &[Element] = &[Element::C];
const N: &[Element] = &[Element::N];
/// 0 N1, 1 C2, 2 C3, 3 C3a, 4 C4, 5 C5, 6 C6, 7 C7, 8 C7a.
const INDOLE: [&[Element]; 9] = [N, C, C, C, C, C, C, C, C];
const INDOLE_BONDS: [(usize, usize); 10] = [
    (0, 1),
    (1, 2),
    (2, 3),
    (3, 8),
    (8, 0),
    (3, 4),
    (4, 5),
    (5, 6),
    (6, 7),
    (7, 8),
];
/// Ergoline: 0 N1, 1 C2, 2 C3, 3 C4, 4 C5, 5 N6, 6 C7, 7 C8, 8 C9, 9 C10,
/// 10 C11, 11 C12, 12 C13, 13 C14, 14 C15, 15 C16.
const ERGOLINE: [&[Element]; 16] = [N, C, C, C, C, N, C, C, C, C, C, C, C, C, C, C];
const ERGOLINE_BONDS: [(usize, usize); 19] = [
    (0, 1),
    (1, 2),
    (2, 15),
    (15, 14),
    (14, 0),
    (10, 11),
    (11, 12),
    (12, 13),
    (13, 14),
    (15, 10),
    (2, 3),
    (3, 4),
    (4, 9),
    (9, 10),
    (4, 5),
    (5, 6),
    (6, 7),
    (7, 8),
    (8, 9),
];

pub(crate) fn evaluate(ctx: &Ctx<'_>) -> Outcome {
    let mut best = Outcome::NoCore;
    let elems = super::system_elements(ctx);
    for s in 0..ctx.system_count() as u32 {
        let (na, _) = ctx.system_size(s);
        let [_, n, _, _] = elems.get(s as usize).copied().unwrap_or_default();
        if n == 0 {
            continue;
        }
        if na == 16 && n == 2 {
            for map in match_template(ctx, s, &ERGOLINE, &ERGOLINE_BONDS) {
                best = best.or(ergolene(ctx, &map));
            }
        } else if na == 9 || na == 12 {
            for map in match_template_within(ctx, s, &INDOLE, &INDOLE_BONDS) {
                best = best.or(indolalkylamine(ctx, s, &map));
            }
        }
    }
    best
}

// ---------------------------------------------------------------------------
// 5.1

static R5_ACYL_RING: GroupSet = GroupSet::new(&["*C(=O)Cc1ccccc1"]);
static RN_SPECIAL: GroupSet = GroupSet::new(&["*OCc1ccccc1", "*C(N)=O", "*OC(C)=O", "*SC"]);
static PHOSPHATE: GroupSet = GroupSet::new(&["*OP(=O)(O)O"]);

fn indolalkylamine(ctx: &Ctx<'_>, s: u32, map: &[usize]) -> Outcome {
    let &[n1, c2, c3, c3a, c4, c5, c6, c7, c7a] = map else {
        return Outcome::NoCore;
    };
    if !map.iter().all(|&a| ctx.aromatic(a)) {
        return Outcome::NoCore;
    }
    // side chain C3-CH2-C(R3)-N
    let Some((cb, ca, n)) = side_chain(ctx, c3) else {
        return Outcome::NoCore;
    };
    if map.iter().any(|&a| ctx.charge(a) != 0) || ctx.charge(n) < 0 {
        return Outcome::NotCovered;
    }
    let mut out = vec![cond("Nr. 5.1", "Grundstruktur Indol-3-alkylamin")];
    let mut named: Vec<&str> = Vec::new();
    // a) R1/R2
    let others: Vec<usize> = ctx.heavy(n).map(|(j, _)| j).filter(|&j| j != ca).collect();
    let r12 = if ctx.in_ring(n) {
        let sys = ctx.system(n).unwrap_or(0);
        let atoms = ctx.system_atoms(sys);
        let ok = atoms.len() == 5
            && ctx.is_monocycle(n)
            && atoms.iter().all(|&a| {
                (a == n || ctx.is(a, Element::C))
                    && ctx.exocyclic(a).all(|(j, _)| a == n && j == ca)
                    && ctx
                        .ring_neighbors(a)
                        .all(|b| ctx.order_between(a, b) == Some(BondOrder::Single))
            });
        if !ok {
            return Outcome::NotCovered;
        }
        vec!["N im Pyrrolidinyl-Ring".to_string()]
    } else {
        let mut v = Vec::new();
        for &j in &others {
            if !r12_ok(ctx, n, j) {
                return Outcome::NotCovered;
            }
            v.push(ctx.group_name(n, &[j]));
        }
        v
    };
    out.push(cond(
        "Nr. 5.1 a",
        format!("R1/R2: {}", list_or(&r12, "H, H")),
    ));
    // b) R3
    let r3: Vec<usize> = ctx
        .heavy(ca)
        .map(|(j, _)| j)
        .filter(|&j| j != cb && j != n)
        .collect();
    let r3_text = match r3.as_slice() {
        [] => "H".to_string(),
        [j] if alkyl(ctx, ca, *j, 3) => ctx.group_name(ca, &[*j]),
        _ => return Outcome::NotCovered,
    };
    out.push(cond("Nr. 5.1 b", format!("R3: {r3_text}")));
    // c) R4
    let r4: Vec<usize> = ctx.exocyclic(c2).map(|(j, _)| j).collect();
    let r4_text = match r4.as_slice() {
        [] => "H".to_string(),
        [j] if alkyl(ctx, c2, *j, 2) => ctx.group_name(c2, &[*j]),
        _ => return Outcome::NotCovered,
    };
    out.push(cond("Nr. 5.1 c", format!("R4: {r4_text}")));
    // d) R5
    let r5: Vec<usize> = ctx.exocyclic(n1).map(|(j, _)| j).collect();
    let r5_text = match r5.as_slice() {
        [] => "H".to_string(),
        [j] if alkyl(ctx, n1, *j, 3) || r5_acyl(ctx, n1, *j) => ctx.group_name(n1, &[*j]),
        _ => return Outcome::NotCovered,
    };
    out.push(cond("Nr. 5.1 d", format!("R5: {r5_text}")));
    // e) Rn on C4–C7 (and a methylenedioxy bridge)
    let sys_atoms = ctx.system_atoms(s);
    let extra: Vec<usize> = sys_atoms
        .iter()
        .copied()
        .filter(|a| !map.contains(a))
        .collect();
    let mut rn = Vec::new();
    if !extra.is_empty() {
        // O-CH2-O over two adjacent benzo carbons
        let os: Vec<usize> = extra
            .iter()
            .copied()
            .filter(|&a| ctx.is(a, Element::O))
            .collect();
        let cs: Vec<usize> = extra
            .iter()
            .copied()
            .filter(|&a| ctx.is(a, Element::C))
            .collect();
        let ok = extra.len() == 3
            && os.len() == 2
            && cs.len() == 1
            && ctx.h(cs[0]) == 2
            && os
                .iter()
                .all(|&o| ctx.heavy(o).any(|(j, _)| [c4, c5, c6, c7].contains(&j)));
        if !ok {
            return Outcome::NotCovered;
        }
        rn.push("Methylendioxy-Brücke".to_string());
    }
    for (pos, a) in [(4, c4), (5, c5), (6, c6), (7, c7)] {
        for (j, _) in ctx.heavy(a) {
            if map.contains(&j) || extra.contains(&j) {
                continue;
            }
            if !rn_ok(ctx, a, j, pos == 4) {
                return Outcome::NotCovered;
            }
            named.push(match pos {
                4 => "4",
                5 => "5",
                6 => "6",
                _ => "7",
            });
            rn.push(format!("{pos}-{}", ctx.group_name(a, &[j])));
        }
    }
    if ctx.exocyclic(c3a).next().is_some()
        || ctx.exocyclic(c7a).next().is_some()
        || ctx.exocyclic(c3).count() != 1
    {
        return Outcome::NotCovered;
    }
    out.push(cond("Nr. 5.1 e", format!("Rn: {}", list_or(&rn, "H"))));
    // exclusions: tryptamine, serotonin
    let bare =
        r12.is_empty() && r3.is_empty() && r4.is_empty() && r5.is_empty() && extra.is_empty();
    let serotonin = bare
        && rn.len() == 1
        && named == ["5"]
        && ctx
            .heavy(c5)
            .any(|(j, _)| !map.contains(&j) && ctx.classify(c5, j) == SubKind::Hydroxy);
    if bare && (rn.is_empty() || serotonin) {
        return Outcome::NotCovered;
    }
    match mass_condition(ctx, c3, "Nr. 5.1", 500.0) {
        Some(c) => out.push(c),
        None => return Outcome::NotCovered,
    }
    Outcome::Member(out)
}

/// C3-CH2-C-N: (Cβ, Cα, N).
fn side_chain(ctx: &Ctx<'_>, c3: usize) -> Option<(usize, usize, usize)> {
    let (cb, k) = ctx.exocyclic(c3).next()?;
    let plain_ch2 =
        ctx.is(cb, Element::C) && !ctx.in_ring(cb) && ctx.h(cb) == 2 && ctx.heavy_degree(cb) == 2;
    if !plain_ch2 || ctx.order(k) != BondOrder::Single {
        return None;
    }
    let ca = ctx.heavy(cb).map(|(j, _)| j).find(|&j| j != c3)?;
    if !ctx.is(ca, Element::C)
        || ctx.in_ring(ca)
        || ctx.aromatic(ca)
        || ctx.order_between(cb, ca) != Some(BondOrder::Single)
    {
        return None;
    }
    let n = ctx
        .heavy(ca)
        .map(|(j, _)| j)
        .find(|&j| ctx.is(j, Element::N))?;
    (!ctx.aromatic(n) && ctx.order_between(ca, n) == Some(BondOrder::Single)).then_some((cb, ca, n))
}

fn alkyl(ctx: &Ctx<'_>, from: usize, j: usize, max_c: usize) -> bool {
    ctx.classify(from, j) == SubKind::Alkyl && ctx.group(from, j).len() <= max_c
}

/// A saturated carbocycle of `min..=max` atoms holding `r`, nothing else
/// attached except through `except`.
fn cycloalkyl(ctx: &Ctx<'_>, r: usize, except: usize, min: usize, max: usize) -> bool {
    ctx.is_monocycle(r)
        && ctx.system_heteroatoms(r) == 0
        && !ctx.aromatic(r)
        && ctx.system(r).is_some_and(|s| {
            let atoms = ctx.system_atoms(s);
            (min..=max).contains(&atoms.len())
                && atoms.iter().all(|&a| {
                    ctx.exocyclic(a).all(|(j, _)| j == except)
                        && ctx
                            .ring_neighbors(a)
                            .all(|b| ctx.order_between(a, b) == Some(BondOrder::Single))
                })
        })
}

/// R1/R2 of 5.1.
fn r12_ok(ctx: &Ctx<'_>, n: usize, j: usize) -> bool {
    if alkyl(ctx, n, j, 6) {
        return true;
    }
    if ctx.in_ring(j) {
        return cycloalkyl(ctx, j, n, 3, 6);
    }
    if ctx.classify(n, j) == SubKind::Alkenyl {
        return ctx.group_name(n, &[j]) == "allyl";
    }
    // cycloalkylmethyl
    ctx.is(j, Element::C) && ctx.h(j) == 2 && ctx.heavy_degree(j) == 2 && {
        let r = ctx.heavy(j).map(|(x, _)| x).find(|&x| x != n);
        r.is_some_and(|r| cycloalkyl(ctx, r, j, 3, 6))
    }
}

/// R5 acyl groups of 5.1.
fn r5_acyl(ctx: &Ctx<'_>, n1: usize, c: usize) -> bool {
    if !ctx.is(c, Element::C) || ctx.in_ring(c) {
        return false;
    }
    let oxo = ctx
        .heavy(c)
        .any(|(o, k)| ctx.is(o, Element::O) && ctx.order(k) == BondOrder::Double);
    let rest: Vec<usize> = ctx
        .heavy(c)
        .filter(|&(j, k)| j != n1 && !(ctx.is(j, Element::O) && ctx.order(k) == BondOrder::Double))
        .map(|(j, _)| j)
        .collect();
    let [x] = rest[..] else {
        return false;
    };
    if !oxo {
        return false;
    }
    if alkyl(ctx, c, x, 9) || R5_ACYL_RING.contains(ctx, n1, c) {
        return true;
    }
    // cycloalkyl(-CH2){0,3}-carbonyl, ring C3–C6
    let mut prev = c;
    let mut cur = x;
    for _ in 0..4 {
        if ctx.in_ring(cur) {
            return cycloalkyl(ctx, cur, prev, 3, 6);
        }
        if !(ctx.is(cur, Element::C) && ctx.h(cur) == 2 && ctx.heavy_degree(cur) == 2) {
            return false;
        }
        let Some(next) = ctx.heavy(cur).map(|(j, _)| j).find(|&j| j != prev) else {
            return false;
        };
        prev = cur;
        cur = next;
    }
    false
}

/// Rn of 5.1 on C4–C7.
fn rn_ok(ctx: &Ctx<'_>, a: usize, j: usize, c4: bool) -> bool {
    let g = ctx.group(a, j).len();
    match ctx.classify(a, j) {
        SubKind::Halo | SubKind::Hydroxy => return true,
        SubKind::Alkyl => return g <= 4,
        SubKind::Alkoxy => return g <= 11,
        _ => {}
    }
    RN_SPECIAL.contains(ctx, a, j)
        || (c4 && PHOSPHATE.contains(ctx, a, j))
        || is_halogen(ctx.element(j)) && g == 1
}

// ---------------------------------------------------------------------------
// 5.2

static R2_ERG: GroupSet = GroupSet::new(&["*CC=C", "*CC#C"]);
static R34_ERG: GroupSet = GroupSet::new(&["*C1CC1", "*CO", "*C(C)O", "*CC=C"]);
static AMIDE_RINGS: GroupSet = GroupSet::new(&[
    "*N1CCOCC1",
    "*N1CCCC1",
    "*N1C(C)CC1C",
    "*N1C(C)(C)CC1",
    "*N1CC(C)(C)C1",
    "*N1C(C)C1C",
    "*N1C(C)CC1(C)",
    "*N1CC(C)C1C",
]);

fn ergolene(ctx: &Ctx<'_>, map: &[usize]) -> Outcome {
    let at = |k: usize| map.get(k).copied().unwrap_or(usize::MAX);
    let (n1, n6, c8, c9, c10) = (at(0), at(5), at(7), at(8), at(9));
    if ctx.order_between(c9, c10) != Some(BondOrder::Double) {
        return Outcome::NoCore;
    }
    // carboxamide on C8
    let exo8: Vec<usize> = ctx.exocyclic(c8).map(|(j, _)| j).collect();
    let [co] = exo8[..] else {
        return Outcome::NoCore;
    };
    let oxo = ctx
        .heavy(co)
        .any(|(o, k)| ctx.is(o, Element::O) && ctx.order(k) == BondOrder::Double);
    let namide = ctx
        .heavy(co)
        .map(|(j, _)| j)
        .find(|&j| ctx.is(j, Element::N));
    let (true, Some(namide)) = (
        oxo && ctx.is(co, Element::C) && ctx.heavy_degree(co) == 3,
        namide,
    ) else {
        return Outcome::NoCore;
    };
    let mut out = vec![cond("Nr. 5.2", "Grundstruktur Δ9,10-Ergolen-8-carboxamid")];
    // nothing else on the ring system
    for (k, &a) in map.iter().enumerate() {
        if k == 0 || k == 5 || k == 7 {
            continue;
        }
        if ctx.exocyclic(a).next().is_some() || ctx.charge(a) != 0 {
            return Outcome::NotCovered;
        }
    }
    // a) R1
    let r1: Vec<usize> = ctx.exocyclic(n1).map(|(j, _)| j).collect();
    let r1_text = match r1.as_slice() {
        [] => "H".to_string(),
        [j] => match r1_ok(ctx, n1, *j) {
            Some(t) => t,
            None => return Outcome::NotCovered,
        },
        _ => return Outcome::NotCovered,
    };
    out.push(cond("Nr. 5.2 a", format!("R1: {r1_text}")));
    // b) R2
    let r2: Vec<usize> = ctx.exocyclic(n6).map(|(j, _)| j).collect();
    let r2_text = match r2.as_slice() {
        [] => "H".to_string(),
        [j] if alkyl(ctx, n6, *j, 4) || R2_ERG.contains(ctx, n6, *j) => ctx.group_name(n6, &[*j]),
        _ => return Outcome::NotCovered,
    };
    out.push(cond("Nr. 5.2 b", format!("R2: {r2_text}")));
    // c) R3/R4
    let r34 = if ctx.in_ring(namide) {
        if !AMIDE_RINGS.contains(ctx, co, namide) {
            return Outcome::NotCovered;
        }
        format!("Amid-N im Ring ({})", ctx.group_name(co, &[namide]))
    } else {
        let others: Vec<usize> = ctx
            .heavy(namide)
            .map(|(j, _)| j)
            .filter(|&j| j != co)
            .collect();
        let mut v = Vec::new();
        for j in others {
            if !(alkyl(ctx, namide, j, 5) || R34_ERG.contains(ctx, namide, j)) {
                return Outcome::NotCovered;
            }
            v.push(ctx.group_name(namide, &[j]));
        }
        list_or(&v, "H, H")
    };
    out.push(cond("Nr. 5.2 c", format!("R3/R4: {r34}")));
    match mass_condition(ctx, n1, "Nr. 5.2", 600.0) {
        Some(c) => out.push(c),
        None => return Outcome::NotCovered,
    }
    Outcome::Member(out)
}

/// R1 of 5.2 on N1: its description, or `None`.
fn r1_ok(ctx: &Ctx<'_>, n1: usize, j: usize) -> Option<String> {
    let g = ctx.group(n1, j);
    let m = mass_of(ctx, &g);
    if !only_elements(ctx, &g, CHNOS_HAL) || m > 300.0 {
        return None;
    }
    let name = ctx.group_name(n1, &[j]);
    let rings_ok = |r: usize| {
        ctx.system(r).is_some_and(|s| {
            ctx.system_atoms(s).iter().all(|&a| {
                [Element::C, Element::N, Element::O, Element::S].contains(&ctx.element(a))
                    && ctx
                        .ring_neighbors(a)
                        .all(|b| ring_size(ctx, a, b, 8).is_some_and(|z| (3..=7).contains(&z)))
            })
        })
    };
    let e = ctx.element(j);
    if !ctx.in_ring(j)
        && [Element::C, Element::O, Element::S].contains(&e)
        && g.iter().any(|&a| ctx.is(a, Element::C))
    {
        // chains (also carrying rings) are aa); rings over a bridge bb)
        let how = if g.iter().any(|&a| ctx.in_ring(a)) {
            "aa/bb) Kette bzw. Brücke mit Ringstruktur"
        } else {
            "aa) Kettenstruktur"
        };
        return Some(format!("{name} ({how}, {m:.1} u ≤ 300 u)"));
    }
    if ctx.in_ring(j) && rings_ok(j) {
        return Some(format!(
            "{name} (bb direkt angebundene Ringstruktur, {m:.1} u ≤ 300 u)"
        ));
    }
    None
}
