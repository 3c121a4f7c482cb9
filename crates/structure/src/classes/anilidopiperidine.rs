//! The 4-anilidopiperidine core shared by the fentanyl rules, and the checks on its parts.

use super::*;

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
pub(crate) fn carbonyl(ctx: &Ctx<'_>, c: usize, n: usize) -> Option<AcylKind> {
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
pub(crate) fn piperidine_from_c4(ctx: &Ctx<'_>, c4: usize) -> Option<[usize; 6]> {
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
