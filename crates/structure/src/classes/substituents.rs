//! Substituent groups: the kinds the definitions' lists name, and the measures of a group (hydrocarbyl size, heterocyclyl).

use super::*;

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

pub(crate) const fn is_halogen(e: Element) -> bool {
    matches!(e.atomic_number(), 9 | 17 | 35 | 53)
}

pub(crate) fn classify_group(ctx: &Ctx<'_>, from: usize, start: usize) -> SubKind {
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
