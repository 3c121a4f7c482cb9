//! NpSG Anlage Nr. 4: compounds derived from N-(2-aminocyclohexyl)amide
//! (U-47700 type; max. 500 u).
//!
//! Reading used here: a cyclohexane ring (all ring bonds single) with, on
//! adjacent carbons C1 and C2, the amide N (-N(R4)-C(=O)-(CH2)n-phenyl,
//! n = 0 or 1) and the amine N(R1)(R2).
//! - a) R1/R2: H or alkyl up to C7; or the N in a saturated ring (e.g.
//!   pyrrolidinyl) of C and that N, unsubstituted; a ring closed onto C2
//!   itself (spiro) has 3–7 atoms (one N, two to six C).
//! - b) R3 on C4 (opposite the amide): H, or an oxaspiro ring (3–8 atoms
//!   with the O) at C4; C3, C5 and C6 carry nothing.
//! - c) R4: H or alkyl up to C5.
//! - d) R5/R6 on the phenyl (positions 2–6): F, Cl, Br, I, CF3; or a ring of
//!   up to six atoms fused on adjacent carbons (C, O, S, N; an N carries H
//!   or methyl).

use super::super::super::graph::{BondOrder, Element, Molecule};
use super::super::{ClassMatch, Ctx, RuleId, SubKind};
use super::{cond, is_cf3, is_halogen, list_or, mass_condition, ring_size, Outcome};

/// Is `mol` an N-(2-aminocyclohexyl)amide by NpSG Anlage Nr. 4?
pub fn matches(mol: &Molecule) -> Option<ClassMatch> {
    super::run(mol, RuleId::DeNpsgAminocyclohexylamides)
}

pub(crate) fn evaluate(ctx: &Ctx<'_>) -> Outcome {
    let mut best = Outcome::NoCore;
    for n_am in 0..ctx.mol.atom_count() {
        if !ctx.is(n_am, Element::N) || ctx.in_ring(n_am) || ctx.aromatic(n_am) {
            continue;
        }
        // the acyl carbon
        for (co, _) in ctx.heavy(n_am) {
            let Some(next) = acyl(ctx, co, n_am) else {
                continue;
            };
            for (c1, _) in ctx.heavy(n_am) {
                if c1 == co || !on_cyclohexane(ctx, c1) {
                    continue;
                }
                for c2 in ctx.ring_neighbors(c1).collect::<Vec<_>>() {
                    for (n_amine, k) in ctx.heavy(c2) {
                        if !ctx.is(n_amine, Element::N)
                            || ctx.aromatic(n_amine)
                            || ctx.order(k) != BondOrder::Single
                            || ctx.system(n_amine) == ctx.system(c1) && !spiro_n(ctx, c2, n_amine)
                        {
                            continue;
                        }
                        best = best.or(judge(ctx, n_am, co, next, c1, c2, n_amine));
                    }
                }
            }
        }
    }
    best
}

/// A C=O carbon bonded to `n` (not in a ring); returns its other neighbour.
fn acyl(ctx: &Ctx<'_>, c: usize, n: usize) -> Option<usize> {
    if !ctx.is(c, Element::C) || ctx.in_ring(c) || ctx.heavy_degree(c) != 3 {
        return None;
    }
    let oxo = ctx
        .heavy(c)
        .any(|(o, k)| ctx.is(o, Element::O) && ctx.order(k) == BondOrder::Double);
    if !oxo {
        return None;
    }
    ctx.heavy(c)
        .find(|&(j, k)| j != n && ctx.order(k) == BondOrder::Single)
        .map(|(j, _)| j)
}

/// `c` is on a saturated six-membered carbocycle (the ring may carry
/// spiro rings).
fn on_cyclohexane(ctx: &Ctx<'_>, c: usize) -> bool {
    ctx.is(c, Element::C)
        && !ctx.aromatic(c)
        && ctx.ring_neighbors(c).count() == 2
        && ring_size(ctx, c, ctx.ring_neighbors(c).next().unwrap_or(c), 7) == Some(6)
}

/// The amine N on C2 closes a spiro ring onto C2.
fn spiro_n(ctx: &Ctx<'_>, c2: usize, n: usize) -> bool {
    ring_size(ctx, c2, n, 8).is_some_and(|s| (3..=7).contains(&s))
}

fn judge(
    ctx: &Ctx<'_>,
    n_am: usize,
    co: usize,
    next: usize,
    c1: usize,
    c2: usize,
    n_amine: usize,
) -> Outcome {
    // the cyclohexane ring from C1 through C2
    let ring = six_ring(ctx, c1, c2);
    let Some(ring) = ring else {
        return Outcome::NoCore;
    };
    if ring.iter().any(|&a| !ctx.is(a, Element::C)) {
        return Outcome::NoCore;
    }
    // phenyl, directly or through one CH2
    let (n, ph) = if ctx.on_benzene(next) {
        (0, next)
    } else if ctx.is(next, Element::C)
        && !ctx.in_ring(next)
        && ctx.h(next) == 2
        && ctx.heavy_degree(next) == 2
    {
        match ctx.heavy(next).map(|(j, _)| j).find(|&j| j != co) {
            Some(p) if ctx.on_benzene(p) || benzo_fused(ctx, p) => (1, p),
            _ => return Outcome::NoCore,
        }
    } else if benzo_fused(ctx, next) {
        (0, next)
    } else {
        return Outcome::NoCore;
    };
    let mut out = vec![cond(
        "Nr. 4",
        format!("Grundstruktur N-(2-Aminocyclohexyl)amid, n = {n} (CH2)n zwischen Phenylring und Carbonyl"),
    )];
    if ctx.charge(n_am) != 0 || ctx.charge(co) != 0 {
        return Outcome::NotCovered;
    }
    // a) R1/R2
    let others: Vec<usize> = ctx
        .heavy(n_amine)
        .map(|(j, _)| j)
        .filter(|&j| j != c2)
        .collect();
    let r12 = if ctx.in_ring(n_amine) {
        let spiro = ctx.system(n_amine) == ctx.system(c2);
        let sys = ctx.system(n_amine).unwrap_or(0);
        if spiro {
            // the N ring through C2: C atoms and the N, nothing attached
            let ok = others
                .iter()
                .all(|&j| ctx.is(j, Element::C) || ring.contains(&j));
            if !ok {
                return Outcome::NotCovered;
            }
            "Spiroverbindung (R1/R2 an C2 geknüpft)".to_string()
        } else {
            let atoms = ctx.system_atoms(sys);
            let ok = ctx.is_monocycle(n_amine)
                && (3..=7).contains(&atoms.len())
                && atoms.iter().all(|&a| {
                    (a == n_amine || ctx.is(a, Element::C))
                        && ctx.exocyclic(a).all(|(j, _)| a == n_amine && j == c2)
                        && ctx
                            .ring_neighbors(a)
                            .all(|b| ctx.order_between(a, b) == Some(BondOrder::Single))
                });
            if !ok {
                return Outcome::NotCovered;
            }
            format!("N im Ring ({})", ctx.group_name(c2, &[n_amine]))
        }
    } else {
        let ok = others.iter().all(|&j| {
            ctx.classify(n_amine, j) == SubKind::Alkyl && ctx.group(n_amine, j).len() <= 7
        });
        if !ok || ctx.charge(n_amine) < 0 {
            return Outcome::NotCovered;
        }
        let names: Vec<String> = others
            .iter()
            .map(|&j| ctx.group_name(n_amine, &[j]))
            .collect();
        list_or(&names, "H, H")
    };
    out.push(cond("Nr. 4 a", format!("R1/R2: {r12}")));
    // b) R3 on C4, nothing on C3, C5, C6
    let mut r3 = "H".to_string();
    for (k, &a) in ring.iter().enumerate() {
        if a == c1 || a == c2 {
            continue;
        }
        let exo: Vec<usize> = ctx
            .heavy(a)
            .map(|(j, _)| j)
            .filter(|j| !(ring.contains(j) || a == c2 && *j == n_amine))
            .collect();
        if exo.is_empty() {
            continue;
        }
        // ring order from C1: C1, C2, C3, C4, C5, C6 (k = 3 is C4)
        if k != 3 || !oxaspiro(ctx, a, &ring) {
            return Outcome::NotCovered;
        }
        r3 = format!(
            "Oxaspirogruppe ({}-Ring)",
            ring_size(ctx, a, exo[0], 9).unwrap_or(0)
        );
    }
    out.push(cond("Nr. 4 b", format!("R3: {r3}")));
    // c) R4
    let r4: Vec<usize> = ctx
        .heavy(n_am)
        .map(|(j, _)| j)
        .filter(|&j| j != co && j != c1)
        .collect();
    let r4_text = match r4.as_slice() {
        [] => "H".to_string(),
        [j] if ctx.classify(n_am, *j) == SubKind::Alkyl && ctx.group(n_am, *j).len() <= 5 => {
            ctx.group_name(n_am, &[*j])
        }
        _ => return Outcome::NotCovered,
    };
    out.push(cond("Nr. 4 c", format!("R4: {r4_text}")));
    // d) R5/R6
    let from = if n == 0 { co } else { next };
    let Some(r56) = phenyl_subs(ctx, ph, from) else {
        return Outcome::NotCovered;
    };
    out.push(cond("Nr. 4 d", format!("R5/R6: {r56}")));
    match mass_condition(ctx, c1, "Nr. 4", 500.0) {
        Some(c) => out.push(c),
        None => return Outcome::NotCovered,
    }
    Outcome::Member(out)
}

/// The six ring atoms in order C1, C2, C3, C4, C5, C6.
fn six_ring(ctx: &Ctx<'_>, c1: usize, c2: usize) -> Option<Vec<usize>> {
    let mut ring = vec![c1, c2];
    for _ in 0..4 {
        let (&last, &prev) = (ring.last()?, ring.get(ring.len() - 2)?);
        let next = ctx.ring_neighbors(last).find(|&j| {
            j != prev
                && !ring.contains(&j)
                && ctx.is(j, Element::C)
                && ring_size(ctx, last, j, 7) == Some(6)
        })?;
        ring.push(next);
    }
    let &last = ring.last()?;
    (ctx.mol.bond_between(last, c1).is_some()
        && ring
            .windows(2)
            .all(|w| ctx.order_between(w[0], w[1]) == Some(BondOrder::Single)))
    .then_some(ring)
}

/// C4 carries a spiro ring of 3–8 atoms with one O (and carbons).
fn oxaspiro(ctx: &Ctx<'_>, a: usize, ring: &[usize]) -> bool {
    let exo: Vec<usize> = ctx
        .ring_neighbors(a)
        .filter(|j| !ring.contains(j))
        .collect();
    if exo.len() != 2 || ctx.heavy(a).count() != 4 {
        return false;
    }
    let Some(size) = ring_size(ctx, a, exo[0], 9) else {
        return false;
    };
    // the spiro ring's atoms: walk from exo[0] to exo[1] avoiding `a`
    let mut path = vec![exo[0]];
    while let Some(&v) = path.last() {
        if v == exo[1] || path.len() > 8 {
            break;
        }
        let prev = if path.len() > 1 {
            path[path.len() - 2]
        } else {
            a
        };
        match ctx
            .ring_neighbors(v)
            .find(|&j| j != prev && j != a && !ring.contains(&j) && !path.contains(&j))
        {
            Some(n) => path.push(n),
            None => break,
        }
    }
    let o = path.iter().filter(|&&x| ctx.is(x, Element::O)).count();
    (3..=8).contains(&size)
        && path.last() == Some(&exo[1])
        && o == 1
        && path
            .iter()
            .all(|&x| ctx.is(x, Element::C) || ctx.is(x, Element::O))
        && path.iter().all(|&x| ctx.exocyclic(x).next().is_none())
}

/// `p` is on a benzene fused with one ring of up to six atoms.
fn benzo_fused(ctx: &Ctx<'_>, p: usize) -> bool {
    ctx.system(p).is_some_and(|s| {
        let (na, nb) = ctx.system_size(s);
        (na == 9 || na == 10) && nb == na + 1 && ctx.aromatic(p) && ctx.is(p, Element::C)
    })
}

/// R5/R6 on the phenyl: text, or `None` if not allowed.
fn phenyl_subs(ctx: &Ctx<'_>, p: usize, from: usize) -> Option<String> {
    let sys = ctx.system(p)?;
    let atoms = ctx.system_atoms(sys);
    let mut out = Vec::new();
    let benzene: Vec<usize> = if atoms.len() == 6 {
        atoms.clone()
    } else {
        // benzo-fused: the six-ring through p of aromatic carbons
        let fused: Vec<usize> = atoms
            .iter()
            .copied()
            .filter(|&a| ctx.ring_neighbors(a).count() == 3)
            .collect();
        if fused.len() != 2 || ctx.mol.bond_between(fused[0], fused[1]).is_none() {
            return None;
        }
        let walk = ring_through(ctx, p, &atoms, 6)?;
        let other: Vec<usize> = atoms
            .iter()
            .copied()
            .filter(|a| !walk.contains(a))
            .collect();
        // the fused ring: up to six atoms (C, O, S, N), N with H or methyl
        let ok = other.iter().all(|&a| {
            [Element::C, Element::O, Element::S, Element::N].contains(&ctx.element(a))
                && ctx.exocyclic(a).all(|(j, _)| {
                    ctx.is(a, Element::N)
                        && ctx.classify(a, j) == SubKind::Alkyl
                        && ctx.group(a, j).len() == 1
                })
        }) && walk
            .iter()
            .all(|&a| ctx.is(a, Element::C) && ctx.aromatic(a));
        if !ok {
            return None;
        }
        out.push(format!(
            "R5+R6: anellierter Ring ({} Atome)",
            other.len() + 2
        ));
        walk
    };
    for &a in &benzene {
        for (j, _) in ctx.exocyclic(a) {
            if j == from || atoms.contains(&j) {
                continue;
            }
            if is_halogen(ctx.element(j)) && ctx.group(a, j).len() == 1 || is_cf3(ctx, a, j) {
                out.push(ctx.group_name(a, &[j]));
            } else {
                return None;
            }
        }
    }
    Some(list_or(&out, "H"))
}

/// The ring of `size` aromatic carbons through `p` inside `atoms`.
fn ring_through(ctx: &Ctx<'_>, p: usize, atoms: &[usize], size: usize) -> Option<Vec<usize>> {
    fn go(ctx: &Ctx<'_>, p: usize, atoms: &[usize], size: usize, path: &mut Vec<usize>) -> bool {
        let Some(&last) = path.last() else {
            return false;
        };
        if path.len() == size {
            return ctx.mol.bond_between(last, p).is_some();
        }
        for j in ctx.ring_neighbors(last).collect::<Vec<_>>() {
            if atoms.contains(&j) && !path.contains(&j) && ctx.is(j, Element::C) && ctx.aromatic(j)
            {
                path.push(j);
                if go(ctx, p, atoms, size, path) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }
    let mut path = vec![p];
    go(ctx, p, atoms, size, &mut path).then_some(path)
}
