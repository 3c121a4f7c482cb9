//! NpSG Anlage Nr. 7: compounds derived from benzimidazole (nitazene type;
//! max. 500 u).
//!
//! Reading used here: an aromatic 1H-benzimidazole with N1-CH2-CH2-N(R1)(R2)
//! and C2-CH2-phenyl (both linkers unsubstituted, not in a ring); R3/R4 on
//! the two adjacent benzo positions away from the imidazole (C5, C6); C4
//! and C7 carry nothing.
//! - a) R1/R2: H, alkyl up to C3, or the N in an unsubstituted morpholine,
//!   pyrrolidine or piperidine;
//! - b) R3/R4: nitro, trifluoromethyl, methoxy, trifluoromethoxy, cyano, F,
//!   Cl, Br, I;
//! - c) Rn on the phenyl (positions 2–6): alkyl up to C6, alkoxy up to C5,
//!   trifluoromethoxy, acetoxy, alkylsulfanyl up to C5, trifluoromethyl,
//!   hydroxy, cyano, F, Cl, Br, I.

use super::super::super::graph::{BondOrder, Element, Molecule};
use super::super::{match_template, ClassMatch, Ctx, RuleId, SubKind};
use super::{
    cond, is_alkylsulfanyl, is_cf3, list_or, mass_condition, ring_locants, GroupSet, Outcome,
};

/// Is `mol` a benzimidazole derivative by NpSG Anlage Nr. 7?
pub fn matches(mol: &Molecule) -> Option<ClassMatch> {
    super::run(mol, RuleId::DeNpsgBenzimidazoles)
}

const C: &[Element] = &[Element::C];
const N: &[Element] = &[Element::N];
/// 0 N1, 1 C2, 2 N3, 3 C3a, 4 C4, 5 C5, 6 C6, 7 C7, 8 C7a.
const ELEMS: [&[Element]; 9] = [N, C, N, C, C, C, C, C, C];
const BONDS: [(usize, usize); 10] = [
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

static SMALL: GroupSet = GroupSet::new(&["*OC(F)(F)F", "*C#N", "*OC(C)=O"]);
static AMINE_RINGS: GroupSet = GroupSet::new(&["*N1CCOCC1", "*N1CCCC1", "*N1CCCCC1"]);

pub(crate) fn evaluate(ctx: &Ctx<'_>) -> Outcome {
    let mut best = Outcome::NoCore;
    let elems = super::system_elements(ctx);
    for s in 0..ctx.system_count() as u32 {
        if ctx.system_size(s) != (9, 10) || elems.get(s as usize).map(|e| e[1]) != Some(2) {
            continue;
        }
        for map in match_template(ctx, s, &ELEMS, &BONDS) {
            best = best.or(judge(ctx, &map));
        }
    }
    best
}

fn plain_ch2(ctx: &Ctx<'_>, x: usize) -> bool {
    ctx.is(x, Element::C) && !ctx.in_ring(x) && ctx.h(x) == 2 && ctx.heavy_degree(x) == 2
}

fn judge(ctx: &Ctx<'_>, map: &[usize]) -> Outcome {
    let &[n1, c2, n3, c3a, c4, c5, c6, c7, c7a] = map else {
        return Outcome::NoCore;
    };
    if !map.iter().all(|&a| ctx.aromatic(a)) {
        return Outcome::NoCore;
    }
    let exo = |a: usize| ctx.exocyclic(a).map(|(j, _)| j).collect::<Vec<_>>();
    // N1-CH2-CH2-N
    let [ca] = exo(n1)[..] else {
        return Outcome::NoCore;
    };
    if !plain_ch2(ctx, ca) {
        return Outcome::NoCore;
    }
    let Some(cb) = ctx.heavy(ca).map(|(j, _)| j).find(|&j| j != n1) else {
        return Outcome::NoCore;
    };
    if !plain_ch2(ctx, cb) {
        return Outcome::NoCore;
    }
    let Some(nam) = ctx.heavy(cb).map(|(j, _)| j).find(|&j| j != ca) else {
        return Outcome::NoCore;
    };
    // C2-CH2-phenyl
    let [l] = exo(c2)[..] else {
        return Outcome::NoCore;
    };
    if !plain_ch2(ctx, l) {
        return Outcome::NoCore;
    }
    let Some(ph) = ctx.heavy(l).map(|(j, _)| j).find(|&j| j != c2) else {
        return Outcome::NoCore;
    };
    if !ctx.is(nam, Element::N) || ctx.aromatic(nam) || !ctx.on_benzene(ph) {
        return Outcome::NoCore;
    }
    let mut out = vec![cond(
        "Nr. 7",
        "Grundstruktur 2-Benzyl-1-(2-aminoethyl)benzimidazol",
    )];
    if map.iter().any(|&a| ctx.charge(a) != 0) || ctx.charge(nam) < 0 {
        return Outcome::NotCovered;
    }
    // a) R1/R2
    let r12 = if ctx.in_ring(nam) {
        if !AMINE_RINGS.contains(ctx, cb, nam) {
            return Outcome::NotCovered;
        }
        format!("N im Ring ({})", ctx.group_name(cb, &[nam]))
    } else {
        let mut v = Vec::new();
        for (j, k) in ctx.heavy(nam) {
            if j == cb {
                continue;
            }
            if ctx.order(k) != BondOrder::Single
                || ctx.classify(nam, j) != SubKind::Alkyl
                || ctx.group(nam, j).len() > 3
            {
                return Outcome::NotCovered;
            }
            v.push(ctx.group_name(nam, &[j]));
        }
        list_or(&v, "H, H")
    };
    out.push(cond("Nr. 7 a", format!("R1/R2: {r12}")));
    // b) R3/R4 on C5/C6; nothing on C4, C7, N3, C3a, C7a
    if [c4, c7, n3, c3a, c7a].iter().any(|&a| !exo(a).is_empty()) {
        return Outcome::NotCovered;
    }
    let mut r34 = Vec::new();
    for (pos, a) in [(5, c5), (6, c6)] {
        for j in exo(a) {
            let ok = match ctx.classify(a, j) {
                SubKind::Halo | SubKind::Nitro => true,
                SubKind::Alkoxy => ctx.group(a, j).len() == 2,
                _ => {
                    is_cf3(ctx, a, j)
                        || SMALL.contains(ctx, a, j) && ctx.group_name(a, &[j]) != "acetoxy"
                }
            };
            if !ok {
                return Outcome::NotCovered;
            }
            r34.push(format!("{pos}-{}", ctx.group_name(a, &[j])));
        }
    }
    out.push(cond("Nr. 7 b", format!("R3/R4: {}", list_or(&r34, "H, H"))));
    // c) Rn on the phenyl
    let Some(walk) = ctx.ring_walk(ph) else {
        return Outcome::NotCovered;
    };
    let mut rn = Vec::new();
    for &a in walk.iter().skip(1) {
        for j in exo(a) {
            let g = ctx.group(a, j).len();
            let ok = match ctx.classify(a, j) {
                SubKind::Halo | SubKind::Hydroxy => true,
                SubKind::Alkyl => g <= 6,
                SubKind::Alkoxy => g <= 6,
                _ => {
                    is_cf3(ctx, a, j) || SMALL.contains(ctx, a, j) || is_alkylsulfanyl(ctx, a, j, 5)
                }
            };
            if !ok {
                return Outcome::NotCovered;
            }
            rn.push((a, ctx.group_name(a, &[j])));
        }
    }
    out.push(cond(
        "Nr. 7 c",
        format!("Rn: {}", list_or(&ring_locants(&walk, &rn), "H")),
    ));
    match mass_condition(ctx, n1, "Nr. 7", 500.0) {
        Some(c) => out.push(c),
        None => return Outcome::NotCovered,
    }
    Outcome::Member(out)
}
