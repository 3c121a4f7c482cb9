//! NpSG Anlage Nr. 2.1.2–2.1.4: the bridge on the core, the bridge
//! residues and the side chain of the indole, pyrazole and 4-quinolone
//! derived cannabinoids (the reading is described in [`super::cannabinoids`]).

use super::super::super::graph::{BondOrder, Element};
use super::super::{Ctx, SubKind};
use super::{mass_of, only_elements, ring_size};

/// A carbonyl carbon `c` (not in a ring, C=O) and its other neighbour.
fn carbonyl_next(ctx: &Ctx<'_>, c: usize, from: usize) -> Option<usize> {
    if !ctx.is(c, Element::C) || ctx.in_ring(c) {
        return None;
    }
    let mut o = false;
    let mut next = None;
    for (j, k) in ctx.heavy(c) {
        if j == from {
            continue;
        }
        if !o && ctx.is(j, Element::O) && ctx.order(k) == BondOrder::Double {
            o = true;
        } else if next.is_none() && ctx.order(k) == BondOrder::Single {
            next = Some(j);
        } else {
            return None;
        }
    }
    if o {
        next
    } else {
        None
    }
}

/// Bridge residues as `(atom of the bridge, first residue atom)`.
pub(super) type Residues = Vec<(usize, usize)>;

/// Reads the bridge starting at `b` (bonded to the core's bridge site):
/// its name, the residues as `(atom of the bridge, first residue atom)`.
pub(super) fn bridge_of(
    ctx: &Ctx<'_>,
    p: usize,
    b: usize,
    kb: usize,
) -> Option<(String, Residues, usize)> {
    let others = |x: usize, from: usize| -> Vec<usize> {
        ctx.heavy(x)
            .map(|(j, _)| j)
            .filter(|&j| j != from)
            .collect()
    };
    // (e) hydrazone C3=N-N<
    if ctx.order(kb) == BondOrder::Double {
        if !ctx.is(b, Element::N) || ctx.in_ring(b) {
            return None;
        }
        let [n2] = others(b, p)[..] else {
            return None;
        };
        if !ctx.is(n2, Element::N) || ctx.in_ring(n2) {
            return None;
        }
        let res: Residues = others(n2, b).into_iter().map(|r| (n2, r)).collect();
        return Some(("e) Hydrazongruppe".to_string(), res, n2));
    }
    // (d) N-heterocycle with C=N at the attachment atom, ring of at most 5
    if ctx.in_ring(b) {
        let ring_n_double = ctx.ring_neighbors(b).any(|j| ctx.is(j, Element::N)) && ctx.aromatic(b)
            || ctx
                .heavy(b)
                .any(|(j, k)| ctx.is(j, Element::N) && ctx.order(k) == BondOrder::Double);
        let sys = ctx.system(b)?;
        let ring = ctx.system_atoms(sys);
        if !ring_n_double
            || ring.len() > 5
            || !only_elements(
                ctx,
                &ring,
                &[Element::C, Element::N, Element::O, Element::S],
            )
        {
            return None;
        }
        let res: Residues = ring
            .iter()
            .flat_map(|&x| ctx.exocyclic(x).map(move |(j, _)| (x, j)))
            .filter(|&(x, j)| !(x == b && j == p))
            .collect();
        return Some((
            format!("d) Stickstoffheterocyclus ({}-Ring)", ring.len()),
            res,
            b,
        ));
    }
    let amide_or_ester =
        |c: usize, x: usize, methylene: bool| -> Option<(String, Residues, usize)> {
            let pre = if methylene { "Methylen" } else { "" };
            let e = ctx.element(x);
            if e == Element::N && !ctx.in_ring(x) {
                let res: Residues = others(x, c).into_iter().map(|r| (x, r)).collect();
                let letter = "b)";
                let name = if methylene {
                    "Methylencarboxamido"
                } else {
                    "Carboxamido"
                };
                Some((format!("{letter} {name}gruppe"), res, x))
            } else if e == Element::O && !ctx.in_ring(x) {
                let res: Residues = others(x, c).into_iter().map(|r| (x, r)).collect();
                Some((format!("c) {pre}Carboxylgruppe (Ester)"), res, x))
            } else if e == Element::C {
                Some((format!("a) {pre}Carbonylgruppe"), vec![(c, x)], c))
            } else {
                None
            }
        };
    // (a)/(b)/(c) carbonyl on the core
    if let Some(x) = carbonyl_next(ctx, b, p) {
        return amide_or_ester(b, x, false);
    }
    // methylene-
    if ctx.is(b, Element::C) && ctx.h(b) == 2 && ctx.heavy_degree(b) == 2 {
        let [c] = others(b, p)[..] else {
            return None;
        };
        let x = carbonyl_next(ctx, c, b)?;
        return amide_or_ester(c, x, true);
    }
    // azacarbonyl -NH-C(=O)-R
    if ctx.is(b, Element::N) && ctx.h(b) == 1 && ctx.heavy_degree(b) == 2 {
        let [c] = others(b, p)[..] else {
            return None;
        };
        let x = carbonyl_next(ctx, c, b)?;
        return Some(("a) Azacarbonylgruppe".to_string(), vec![(c, x)], c));
    }
    None
}

/// 2.1.4: the side chain from `site` through `t`, described, or `None`.
pub(super) fn side_chain(ctx: &Ctx<'_>, site: usize, t: usize) -> Option<String> {
    let g = ctx.group(site, t);
    let allowed = [
        Element::C,
        Element::H,
        Element::N,
        Element::O,
        Element::S,
        Element::SI,
        Element::F,
        Element::CL,
        Element::BR,
        Element::I,
    ];
    if !only_elements(ctx, &g, &allowed) {
        return None;
    }
    let m = mass_of(ctx, &g);
    if m > 300.0 {
        return None;
    }
    let name = ctx.group_name(site, &[t]);
    // (a) chain of C, O, S, Si from t, 3–10 atoms
    if ctx.is(t, Element::C) && !ctx.in_ring(t) {
        let len = backbone(ctx, site, t);
        if (3..=10).contains(&len) {
            return Some(format!(
                "Seitenkette a) Kettenstruktur ({len} Kettenatome): {name} ({m:.1} u ≤ 300 u)"
            ));
        }
    }
    // (b) ring structure, directly or over a 1–4 carbon hydrocarbon bridge
    let mut bridge: Vec<usize> = Vec::new();
    let mut ring_start = None;
    let mut stack = vec![(t, site)];
    while let Some((v, from)) = stack.pop() {
        if ctx.in_ring(v) {
            if ring_start.is_some_and(|r| ctx.system(r) != ctx.system(v)) {
                return None;
            }
            ring_start = Some(v);
            continue;
        }
        if !ctx.is(v, Element::C) {
            // oxo on the bridge's second carbon only
            let pos = bridge.iter().position(|&x| x == from);
            let oxo = ctx.is(v, Element::O)
                && ctx.heavy_degree(v) == 1
                && ctx.order_between(v, from) == Some(BondOrder::Double)
                && pos == Some(1);
            if !oxo {
                return None;
            }
            continue;
        }
        bridge.push(v);
        for (w, _) in ctx.heavy(v) {
            if w != from {
                stack.push((w, v));
            }
        }
    }
    let r = ring_start?;
    let sys = ctx.system(r)?;
    if bridge.len() > 4 {
        return None;
    }
    let mut multiple = 0;
    for &x in &bridge {
        for (j, k) in ctx.heavy(x) {
            if j > x && bridge.contains(&j) && ctx.order(k) != BondOrder::Single {
                multiple += 1;
            }
        }
    }
    let ring = ctx.system_atoms(sys);
    let ring_ok = only_elements(
        ctx,
        &ring,
        &[Element::C, Element::N, Element::O, Element::S],
    ) && ring.iter().all(|&a| {
        ctx.ring_neighbors(a)
            .all(|b| ring_size(ctx, a, b, 8).is_some_and(|s| (3..=7).contains(&s)))
    }) && ring.iter().filter(|&&a| ctx.is(a, Element::N)).all(|&a| {
        ctx.exocyclic(a).all(|(j, _)| {
            bridge.contains(&j)
                || j == site
                || (ctx.classify(a, j) == SubKind::Alkyl && ctx.group(a, j).len() <= 2)
        })
    });
    if multiple > 1 || !ring_ok {
        return None;
    }
    let how = if bridge.is_empty() {
        "direkt angebunden".to_string()
    } else {
        format!("über {} C-Brücke", bridge.len())
    };
    Some(format!(
        "Seitenkette b) Ringstruktur {how}: {name} ({m:.1} u ≤ 300 u)"
    ))
}

/// Longest path from `t` (away from `site`) through non-ring C, O, S, Si.
fn backbone(ctx: &Ctx<'_>, site: usize, t: usize) -> usize {
    let ok = |x: usize| {
        !ctx.in_ring(x)
            && [Element::C, Element::O, Element::S, Element::SI].contains(&ctx.element(x))
    };
    let mut best = 0;
    let mut stack = vec![(t, site, 1usize)];
    while let Some((v, from, d)) = stack.pop() {
        best = best.max(d);
        for (w, _) in ctx.heavy(v) {
            if w != from && ok(w) {
                stack.push((w, v, d + 1));
            }
        }
    }
    best
}
