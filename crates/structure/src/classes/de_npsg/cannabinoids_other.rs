//! NpSG Anlage Nr. 2.2 (compounds derived from 3-sulfonylamidobenzoic acid,
//! max. 500 u) and Nr. 2.3 (compounds derived from 6H-benzo(c)chromen-1-ol,
//! max. 600 u); reported under the rule `de-npsg-cannabinoids`.
//!
//! Reading of 2.2: a benzene ring with -S(=O)(=O)-N(R3)(R4) and, meta to
//! it, -C(=O)-O-R2 (benzoates, 2.2.1 a) or -C(=O)-NH-R2 (benzamides,
//! 2.2.1 b); at most one further ring substituent R1 (position not given
//! in the text: any free position): F, Cl, Br, I, methyl, ethyl, methoxy.
//! R2: phenyl, pyridyl, cumyl, quinolin-8-yl, isoquinolin-3-yl,
//! naphthalen-1-yl or adamantyl, carrying any of F, Cl, Br, I, methoxy,
//! amino, hydroxy, cyano, methyl, phenoxy. R3/R4: H, methyl, ethyl, propyl,
//! isopropyl, or together a saturated ring of up to seven atoms with the N
//! (further ring atoms C, N, O, S), carrying only H or halogens, a further
//! ring N carrying H, methyl, ethyl, propyl or isopropyl.
//!
//! Reading of 2.3: the tricyclic 6H-benzo(c)chromene with an O on C1 (the
//! phenol ring aromatic; ring A in any state of hydrogenation); R1 only on
//! C9 (hydroxymethyl, or a saturated or unsaturated hydrocarbon chain of up
//! to ten carbons, halogens allowed), R2/R3 on C6 (alkyl up to C5, halogens
//! allowed), R4 only on C3 (hydrocarbon chain up to C12, halogens allowed),
//! R5 on the O of C1: H, alkylcarbonyl (alkyl up to C7),
//! cycloalkylmethylcarbonyl, arylcarbonyl or arylmethylcarbonyl (rings of
//! 3–7 atoms of C, O, N, S, ring N with H, methyl or ethyl). C2, C4, C6a,
//! C7, C8, C10 and C10a carry nothing else.

use super::super::super::graph::{BondOrder, Element};
use super::super::{match_template, Ctx, SubKind};
use super::{cond, is_halogen, list_or, mass_condition, ring_size, Outcome};

pub(crate) fn evaluate(ctx: &Ctx<'_>) -> Outcome {
    let mut best = Outcome::NoCore;
    let elems = super::system_elements(ctx);
    let has_s = ctx.mol.atoms().iter().any(|a| a.element == Element::S);
    for s in 0..ctx.system_count() as u32 {
        let e = elems.get(s as usize).copied().unwrap_or_default();
        match ctx.system_size(s) {
            (6, 6) if has_s && e[0] == 6 => best = best.or(sulfonylamidobenzoate(ctx, s)),
            (14, 16) if e == [13, 0, 1, 0] => best = best.or(benzochromenol(ctx, s)),
            _ => {}
        }
    }
    best
}

// ---------------------------------------------------------------------------
// 2.2

fn sulfonylamidobenzoate(ctx: &Ctx<'_>, s: u32) -> Outcome {
    let ring = ctx.system_atoms(s);
    let Some(&first) = ring.first() else {
        return Outcome::NoCore;
    };
    if !ctx.on_benzene(first) {
        return Outcome::NoCore;
    }
    let mut best = Outcome::NoCore;
    for &a in &ring {
        let Some(sn) = sulfonamide(ctx, a) else {
            continue;
        };
        let Some(walk) = ctx.ring_walk(a) else {
            continue;
        };
        for m in [walk.get(2), walk.get(4)].into_iter().flatten().copied() {
            let Some((kind, r2_from, r2)) = ester_or_amide(ctx, m) else {
                continue;
            };
            best = best.or(judge_22(ctx, &walk, a, sn, m, kind, r2_from, r2));
        }
    }
    best
}

/// `a` carries -S(=O)(=O)-N<: returns the N.
fn sulfonamide(ctx: &Ctx<'_>, a: usize) -> Option<usize> {
    let [(s, _)] = ctx.exocyclic(a).collect::<Vec<_>>()[..] else {
        return None;
    };
    if !ctx.is(s, Element::S) {
        return None;
    }
    let mut o = 0;
    let mut n = None;
    for (j, k) in ctx.heavy(s) {
        if j == a {
            continue;
        }
        if ctx.is(j, Element::O) && ctx.order(k) == BondOrder::Double {
            o += 1;
        } else if ctx.is(j, Element::N) && ctx.order(k) == BondOrder::Single && n.is_none() {
            n = Some(j);
        } else {
            return None;
        }
    }
    if o == 2 {
        n
    } else {
        None
    }
}

/// `m` carries -C(=O)-O-R2 or -C(=O)-NH-R2: (kind, O or N, R2 atom).
fn ester_or_amide(ctx: &Ctx<'_>, m: usize) -> Option<(&'static str, usize, usize)> {
    let [(c, _)] = ctx.exocyclic(m).collect::<Vec<_>>()[..] else {
        return None;
    };
    if !ctx.is(c, Element::C) || ctx.in_ring(c) {
        return None;
    }
    let mut o = false;
    let mut x = None;
    for (j, k) in ctx.heavy(c) {
        if j == m {
            continue;
        }
        if ctx.is(j, Element::O) && ctx.order(k) == BondOrder::Double && !o {
            o = true;
        } else if ctx.order(k) == BondOrder::Single && x.is_none() {
            x = Some(j);
        } else {
            return None;
        }
    }
    let x = x.filter(|_| o)?;
    let rest: Vec<usize> = ctx.heavy(x).map(|(j, _)| j).filter(|&j| j != c).collect();
    let [r2] = rest[..] else {
        return None;
    };
    if ctx.is(x, Element::O) {
        Some(("a) 3-Sulfonylamidobenzoat", x, r2))
    } else if ctx.is(x, Element::N) && ctx.h(x) == 1 {
        Some(("b) 3-Sulfonylamidobenzamid", x, r2))
    } else {
        None
    }
}

#[allow(clippy::too_many_arguments)]
fn judge_22(
    ctx: &Ctx<'_>,
    walk: &[usize],
    a: usize,
    sn: usize,
    m: usize,
    kind: &str,
    r2_from: usize,
    r2: usize,
) -> Outcome {
    let mut out = vec![cond("Nr. 2.2.1", format!("Kernstruktur {kind}"))];
    // R1
    let mut r1 = Vec::new();
    for &x in walk {
        if x == a || x == m {
            continue;
        }
        for (j, _) in ctx.exocyclic(x) {
            let g = ctx.group(x, j).len();
            let ok = match ctx.classify(x, j) {
                SubKind::Halo => true,
                SubKind::Alkyl => g <= 2,
                SubKind::Alkoxy => g == 2,
                _ => false,
            };
            if !ok {
                return Outcome::NotCovered;
            }
            r1.push(ctx.group_name(x, &[j]));
        }
    }
    if r1.len() > 1 {
        return Outcome::NotCovered;
    }
    out.push(cond("Nr. 2.2.2 a", format!("R1: {}", list_or(&r1, "H"))));
    // R2
    let Some(r2_name) = r2_ring(ctx, r2_from, r2) else {
        return Outcome::NotCovered;
    };
    out.push(cond("Nr. 2.2.2 b", format!("R2: {r2_name}")));
    // R3/R4
    let s_atom = ctx
        .heavy(sn)
        .map(|(j, _)| j)
        .find(|&j| ctx.is(j, Element::S));
    let others: Vec<usize> = ctx
        .heavy(sn)
        .map(|(j, _)| j)
        .filter(|&j| Some(j) != s_atom)
        .collect();
    let small = |from: usize, j: usize| {
        ctx.classify(from, j) == SubKind::Alkyl && ctx.group(from, j).len() <= 3
    };
    let r34 = if ctx.in_ring(sn) {
        let sys = ctx.system(sn).unwrap_or(0);
        let ring = ctx.system_atoms(sys);
        let ok = ctx.is_monocycle(sn)
            && ring.len() <= 7
            && !ctx.system_aromatic(sn)
            && ring.iter().all(|&x| {
                [Element::C, Element::N, Element::O, Element::S].contains(&ctx.element(x))
                    && ctx
                        .ring_neighbors(x)
                        .all(|y| ctx.order_between(x, y) == Some(BondOrder::Single))
                    && ctx.exocyclic(x).all(|(j, _)| {
                        (x == sn && Some(j) == s_atom)
                            || (is_halogen(ctx.element(j)) && !ctx.is(x, Element::N))
                            || (x != sn && ctx.is(x, Element::N) && small(x, j))
                    })
            });
        if !ok {
            return Outcome::NotCovered;
        }
        format!("N im gesättigten {}-Ring", ring.len())
    } else {
        if !others.iter().all(|&j| small(sn, j)) {
            return Outcome::NotCovered;
        }
        let names: Vec<String> = others.iter().map(|&j| ctx.group_name(sn, &[j])).collect();
        list_or(&names, "H, H")
    };
    out.push(cond("Nr. 2.2.2 c", format!("R3/R4: {r34}")));
    match mass_condition(ctx, a, "Nr. 2.2", 500.0) {
        Some(c) => out.push(c),
        None => return Outcome::NotCovered,
    }
    Outcome::Member(out)
}

/// R2 of 2.2: the ring system's name if listed and its substituents allowed.
fn r2_ring(ctx: &Ctx<'_>, from: usize, r: usize) -> Option<String> {
    let (name, ring_atoms): (&str, Vec<usize>) = if !ctx.in_ring(r) {
        // cumyl: C(CH3)2-phenyl
        let nb: Vec<usize> = ctx
            .heavy(r)
            .map(|(j, _)| j)
            .filter(|&j| j != from)
            .collect();
        let methyls = nb
            .iter()
            .filter(|&&j| ctx.classify(r, j) == SubKind::Alkyl && ctx.group(r, j).len() == 1)
            .count();
        let ph: Vec<usize> = nb.iter().copied().filter(|&j| ctx.on_benzene(j)).collect();
        if nb.len() != 3 || methyls != 2 || ph.len() != 1 {
            return None;
        }
        ("Cumyl", ctx.system_atoms(ctx.system(ph[0])?))
    } else {
        let sys = ctx.system(r)?;
        let atoms = ctx.system_atoms(sys);
        let (na, _) = ctx.system_size(sys);
        let n_count = atoms.iter().filter(|&&x| ctx.is(x, Element::N)).count();
        let arom = atoms.iter().all(|&x| ctx.aromatic(x));
        let fusion = |x: usize| ctx.ring_neighbors(x).count() == 3;
        let name = match (na, n_count, arom) {
            (6, 0, true) => "Phenyl",
            (6, 1, true) => "Pyridyl",
            (10, 0, true) if ctx.ring_neighbors(r).any(fusion) => "1-Naphthyl",
            (10, 1, true)
                if ctx.is(r, Element::C)
                    && ctx.ring_neighbors(r).any(|f| {
                        fusion(f) && ctx.ring_neighbors(f).any(|y| ctx.is(y, Element::N))
                    }) =>
            {
                "8-Chinolinyl"
            }
            (10, 1, true)
                if ctx.ring_neighbors(r).any(|y| ctx.is(y, Element::N))
                    && ctx
                        .ring_neighbors(r)
                        .any(|y| ctx.is(y, Element::C) && ctx.ring_neighbors(y).any(fusion)) =>
            {
                "3-Isochinolinyl"
            }
            (10, 0, false) if ctx.system_size(sys).1 == 12 => "Adamantyl",
            _ => return None,
        };
        (name, atoms)
    };
    // substituents of the ring system
    let skip: Vec<usize> = vec![from, r];
    for &x in &ring_atoms {
        for (j, _) in ctx.exocyclic(x) {
            if skip.contains(&j) {
                continue;
            }
            let g = ctx.group(x, j).len();
            let ok = match ctx.classify(x, j) {
                SubKind::Halo | SubKind::Hydroxy => true,
                SubKind::Alkyl | SubKind::Amino => g == 1,
                SubKind::Alkoxy => g == 2,
                _ => {
                    ctx.group_name(x, &[j]) == "cyano"
                        || (ctx.is(j, Element::O)
                            && {
                                let p: Vec<usize> =
                                    ctx.heavy(j).map(|(y, _)| y).filter(|&y| y != x).collect();
                                matches!(p.as_slice(), [q] if ctx.on_benzene(*q) && ctx.group(j, *q).len() == 6)
                            })
                }
            };
            if !ok {
                return None;
            }
        }
    }
    Some(format!("{name} ({})", ctx.group_name(from, &[r])))
}

// ---------------------------------------------------------------------------
// 2.3

const C: &[Element] = &[Element::C];
const O: &[Element] = &[Element::O];
/// 0 C1, 1 C2, 2 C3, 3 C4, 4 C4a, 5 O5, 6 C6, 7 C6a, 8 C7, 9 C8, 10 C9,
/// 11 C10, 12 C10a, 13 C10b.
const CHROMENE: [&[Element]; 14] = [C, C, C, C, C, O, C, C, C, C, C, C, C, C];
const CHROMENE_BONDS: [(usize, usize); 16] = [
    (0, 1),
    (1, 2),
    (2, 3),
    (3, 4),
    (4, 13),
    (13, 0),
    (4, 5),
    (5, 6),
    (6, 7),
    (7, 12),
    (12, 13),
    (7, 8),
    (8, 9),
    (9, 10),
    (10, 11),
    (11, 12),
];

fn benzochromenol(ctx: &Ctx<'_>, s: u32) -> Outcome {
    let mut best = Outcome::NoCore;
    for map in match_template(ctx, s, &CHROMENE, &CHROMENE_BONDS) {
        best = best.or(judge_23(ctx, &map));
    }
    best
}

fn judge_23(ctx: &Ctx<'_>, map: &[usize]) -> Outcome {
    let &[c1, c2, c3, c4, c4a, _o5, c6, c6a, c7, c8, c9, c10, c10a, c10b] = map else {
        return Outcome::NoCore;
    };
    if ![c1, c2, c3, c4, c4a, c10b].iter().all(|&a| ctx.aromatic(a)) || ctx.aromatic(c6) {
        return Outcome::NoCore;
    }
    // the 1-ol (or its ester)
    let o1: Vec<usize> = ctx
        .exocyclic(c1)
        .map(|(j, _)| j)
        .filter(|&j| ctx.is(j, Element::O))
        .collect();
    let [o1] = o1[..] else {
        return Outcome::NoCore;
    };
    if ctx.exocyclic(c1).count() != 1 || map.iter().any(|&a| ctx.charge(a) != 0) {
        return Outcome::NotCovered;
    }
    let mut out = vec![cond(
        "Nr. 2.3.1",
        "Kernstruktur 6H-Benzo(c)chromen-1-ol (Ring A beliebig hydriert)",
    )];
    // H-only positions
    if [c2, c4, c6a, c7, c8, c10, c10a]
        .iter()
        .any(|&a| ctx.exocyclic(a).next().is_some())
    {
        return Outcome::NotCovered;
    }
    let subs = |a: usize| ctx.exocyclic(a).map(|(j, _)| j).collect::<Vec<_>>();
    let hydrocarbon = |from: usize, j: usize, max_c: usize, unsat: bool| {
        let k = ctx.classify(from, j);
        let g = ctx.group(from, j);
        let nc = g.iter().filter(|&&x| ctx.is(x, Element::C)).count();
        let kind_ok = match k {
            SubKind::Alkyl | SubKind::Haloalkyl => true,
            SubKind::Alkenyl => unsat,
            // alkynyl chains (C≡C) or halo-alkenyl
            SubKind::Other => {
                unsat
                    && !g.iter().any(|&x| ctx.in_ring(x))
                    && g.iter()
                        .all(|&x| ctx.is(x, Element::C) || is_halogen(ctx.element(x)))
                    && ctx.is(j, Element::C)
            }
            _ => false,
        };
        kind_ok && nc <= max_c
    };
    // R1 on C9
    let mut r1 = Vec::new();
    for j in subs(c9) {
        let ok = hydrocarbon(c9, j, 10, true)
            || ctx.group_name(c9, &[j]) == "*CO"
            || is_hydroxymethyl(ctx, c9, j);
        if !ok || ctx.order_between(c9, j) != Some(BondOrder::Single) {
            return Outcome::NotCovered;
        }
        r1.push(ctx.group_name(c9, &[j]));
    }
    if r1.len() > 1 {
        return Outcome::NotCovered;
    }
    out.push(cond(
        "Nr. 2.3.2 a",
        format!("R1 (C9): {}", list_or(&r1, "H")),
    ));
    // R2/R3 on C6
    let mut r23 = Vec::new();
    for j in subs(c6) {
        if !hydrocarbon(c6, j, 5, false) {
            return Outcome::NotCovered;
        }
        r23.push(ctx.group_name(c6, &[j]));
    }
    out.push(cond(
        "Nr. 2.3.2 b",
        format!("R2/R3 (C6): {}", list_or(&r23, "H, H")),
    ));
    // R4 on C3
    let mut r4 = Vec::new();
    for j in subs(c3) {
        if !hydrocarbon(c3, j, 12, true) {
            return Outcome::NotCovered;
        }
        r4.push(ctx.group_name(c3, &[j]));
    }
    out.push(cond(
        "Nr. 2.3.2 c",
        format!("R4 (C3): {}", list_or(&r4, "H")),
    ));
    // R5 on O1
    let r5: Vec<usize> = ctx.heavy(o1).map(|(j, _)| j).filter(|&j| j != c1).collect();
    let r5_text = match r5.as_slice() {
        [] => "H".to_string(),
        [c] if r5_ok(ctx, o1, *c) => ctx.group_name(o1, &[*c]),
        _ => return Outcome::NotCovered,
    };
    out.push(cond("Nr. 2.3.2 d", format!("R5 (O): {r5_text}")));
    match mass_condition(ctx, c1, "Nr. 2.3", 600.0) {
        Some(c) => out.push(c),
        None => return Outcome::NotCovered,
    }
    Outcome::Member(out)
}

fn is_hydroxymethyl(ctx: &Ctx<'_>, from: usize, j: usize) -> bool {
    let g = ctx.group(from, j);
    g.len() == 2
        && ctx.is(j, Element::C)
        && g.iter().any(|&x| ctx.is(x, Element::O) && ctx.h(x) == 1)
}

/// R5: alkylcarbonyl (alkyl up to C7), cycloalkylmethylcarbonyl,
/// arylcarbonyl, arylmethylcarbonyl.
fn r5_ok(ctx: &Ctx<'_>, o: usize, c: usize) -> bool {
    let Some(x) = ctx.heavy(c).find_map(|(j, k)| {
        (j != o && !(ctx.is(j, Element::O) && ctx.order(k) == BondOrder::Double)).then_some(j)
    }) else {
        return false;
    };
    let carbonyl = ctx
        .heavy(c)
        .any(|(j, k)| ctx.is(j, Element::O) && ctx.order(k) == BondOrder::Double);
    if !carbonyl || ctx.heavy_degree(c) != 3 || ctx.in_ring(c) {
        return false;
    }
    let ring_ok = |r: usize, aryl: bool| {
        let Some(sys) = ctx.system(r) else {
            return false;
        };
        let atoms = ctx.system_atoms(sys);
        (aryl == ctx.system_aromatic(r) || !aryl && ctx.system_heteroatoms(r) == 0)
            && atoms.iter().all(|&a| {
                [Element::C, Element::N, Element::O, Element::S].contains(&ctx.element(a))
                    && ctx
                        .ring_neighbors(a)
                        .all(|b| ring_size(ctx, a, b, 8).is_some_and(|s| (3..=7).contains(&s)))
            })
    };
    if ctx.in_ring(x) {
        return ring_ok(x, true);
    }
    if ctx.classify(c, x) == SubKind::Alkyl {
        return ctx.group(c, x).len() <= 7;
    }
    // -CH2-ring
    if ctx.is(x, Element::C) && ctx.h(x) == 2 && ctx.heavy_degree(x) == 2 {
        if let Some(r) = ctx.heavy(x).map(|(j, _)| j).find(|&j| j != c) {
            return ctx.in_ring(r) && (ring_ok(r, true) || ring_ok(r, false));
        }
    }
    false
}
