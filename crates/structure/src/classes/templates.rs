//! Ring templates: mapping a template ring system onto a molecule's ring systems.

use super::*;

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
pub(crate) fn extend_map(
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
