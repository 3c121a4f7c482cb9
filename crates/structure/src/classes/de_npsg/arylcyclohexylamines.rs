//! NpSG Anlage Nr. 6: compounds derived from arylcyclohexylamine
//! (max. 500 u).
//!
//! Reading used here: a cyclohexane ring (six carbons, ring bonds single)
//! whose C1 carries the amine N and R3.
//! - a) R1/R2: H, or groups of C, H, N, O that start as alkyl, alkenyl or
//!   alkynyl (an acyclic carbon) or cycloalkyl (a saturated carbocycle of up
//!   to six atoms), chain at most 9 atoms (ring atoms not counted); or the
//!   N in a ring of up to seven atoms of C, O, S, N (pyrrolyl, pyrrolidinyl,
//!   piperidinyl, morpholino...) carrying only F, Cl, Br, I, hydroxy, alkyl
//!   up to C6 or phenyl.
//! - b) R3: alkyl or alkynyl up to C6, or phenyl, pyrrolyl, pyridyl,
//!   thienyl, furanyl, methylenedioxyphenyl, ethylenedioxyphenyl,
//!   dihydrobenzofuranyl or benzothiophenyl (bonded at any position),
//!   carrying F, Cl, Br, I, hydroxy, thiol, alkyl, alkoxy or alkylsulfanyl
//!   up to C6, or amino. Ring closures of R3 with the cyclohexane are not
//!   recognised.
//! - c) Rn on C2–C6: alkyl or alkoxy up to C6, hydroxy, phenylalkyl (alkyl
//!   C1–C4), oxo.

use super::super::super::graph::{BondOrder, Element, Molecule};
use super::super::{ClassMatch, Ctx, RuleId, SubKind};
use super::{
    chain_length, cond, is_alkylsulfanyl, is_halogen, list_or, mass_condition, only_elements,
    Outcome,
};

/// Is `mol` an arylcyclohexylamine by NpSG Anlage Nr. 6?
pub fn matches(mol: &Molecule) -> Option<ClassMatch> {
    super::run(mol, RuleId::DeNpsgArylcyclohexylamines)
}

pub(crate) fn evaluate(ctx: &Ctx<'_>) -> Outcome {
    let mut best = Outcome::NoCore;
    for c1 in 0..ctx.mol.atom_count() {
        if !ctx.is(c1, Element::C) || ctx.aromatic(c1) || !ctx.is_monocycle(c1) {
            continue;
        }
        let exo: Vec<(usize, usize)> = ctx.exocyclic(c1).collect();
        let [(a, ka), (b, kb)] = exo[..] else {
            continue;
        };
        if ctx.order(ka) != BondOrder::Single
            || ctx.order(kb) != BondOrder::Single
            || !(ctx.is(a, Element::N) || ctx.is(b, Element::N))
        {
            continue;
        }
        let Some(walk) = ctx.ring_walk(c1) else {
            continue;
        };
        if walk.len() != 6 {
            continue;
        }
        for (n, r3) in [(a, b), (b, a)] {
            if ctx.is(n, Element::N) {
                best = best.or(judge(ctx, &walk, n, r3));
            }
        }
    }
    best
}

fn judge(ctx: &Ctx<'_>, walk: &[usize], n: usize, r3: usize) -> Outcome {
    let c1 = walk[0];
    let ring_ok = walk
        .iter()
        .all(|&a| ctx.is(a, Element::C) && ctx.charge(a) == 0)
        && walk.iter().all(|&a| {
            ctx.ring_neighbors(a)
                .all(|b| ctx.order_between(a, b) == Some(BondOrder::Single))
        });
    if !ring_ok {
        return Outcome::NoCore;
    }
    let mut out = vec![cond(
        "Nr. 6",
        "Grundstruktur Arylcyclohexylamin (Cyclohexyl-C1 mit N und R3)",
    )];
    // b) R3
    let Some(r3_text) = r3_ok(ctx, c1, r3) else {
        return Outcome::NotCovered;
    };
    // a) R1/R2
    let Some(r12) = r12_ok(ctx, c1, n) else {
        return Outcome::NotCovered;
    };
    out.push(cond("Nr. 6 a", format!("R1/R2: {r12}")));
    out.push(cond("Nr. 6 b", format!("R3: {r3_text}")));
    // c) Rn
    let mut rn = Vec::new();
    for (k, &a) in walk.iter().enumerate().skip(1) {
        for (j, kb) in ctx.exocyclic(a) {
            let pos = k.min(6 - k) + 1;
            let ok = match ctx.order(kb) {
                BondOrder::Double => ctx.is(j, Element::O) && ctx.heavy_degree(j) == 1,
                BondOrder::Single => rn_ok(ctx, a, j),
                _ => false,
            };
            if !ok {
                return Outcome::NotCovered;
            }
            rn.push(format!("{pos}-{}", ctx.group_name(a, &[j])));
        }
    }
    rn.sort();
    out.push(cond("Nr. 6 c", format!("Rn: {}", list_or(&rn, "H"))));
    match mass_condition(ctx, c1, "Nr. 6", 500.0) {
        Some(c) => out.push(c),
        None => return Outcome::NotCovered,
    }
    Outcome::Member(out)
}

fn alkyl(ctx: &Ctx<'_>, from: usize, j: usize, max_c: usize) -> bool {
    ctx.classify(from, j) == SubKind::Alkyl && ctx.group(from, j).len() <= max_c
}

/// Alkynyl: acyclic C only, with a C≡C and no C=C.
fn alkynyl(ctx: &Ctx<'_>, from: usize, j: usize, max_c: usize) -> bool {
    let g = ctx.group(from, j);
    g.len() <= max_c
        && g.iter().all(|&a| ctx.is(a, Element::C) && !ctx.in_ring(a))
        && g.iter()
            .any(|&a| ctx.heavy(a).any(|(_, k)| ctx.order(k) == BondOrder::Triple))
        && !g
            .iter()
            .any(|&a| ctx.heavy(a).any(|(_, k)| ctx.order(k) == BondOrder::Double))
}

/// R3: its text, or `None`.
fn r3_ok(ctx: &Ctx<'_>, c1: usize, r: usize) -> Option<String> {
    if !ctx.in_ring(r) {
        return (alkyl(ctx, c1, r, 6) || alkynyl(ctx, c1, r, 6)).then(|| ctx.group_name(c1, &[r]));
    }
    let sys = ctx.system(r)?;
    let atoms = ctx.system_atoms(sys);
    let (na, nb) = ctx.system_size(sys);
    let name = match super::phenethylamines::name_ring(ctx, &atoms, na, nb) {
        Some(
            n @ ("Phenyl"
            | "Pyrrolyl"
            | "Pyridyl"
            | "Thienyl"
            | "Methylendioxyphenyl"
            | "Ethylendioxyphenyl"
            | "Dihydrobenzofuranyl"),
        ) => n,
        Some("Furyl") => "Furanyl",
        _ if (na, nb) == (9, 10)
            && atoms.iter().all(|&a| ctx.aromatic(a))
            && atoms.iter().filter(|&&a| ctx.is(a, Element::S)).count() == 1
            && atoms.iter().filter(|&&a| ctx.is(a, Element::C)).count() == 8 =>
        {
            "Benzothiophenyl"
        }
        _ => return None,
    };
    for &a in &atoms {
        for (j, k) in ctx.exocyclic(a) {
            if j == c1 {
                continue;
            }
            let ok = ctx.order(k) == BondOrder::Single
                && match ctx.classify(a, j) {
                    SubKind::Halo | SubKind::Hydroxy => true,
                    SubKind::Alkyl => ctx.group(a, j).len() <= 6,
                    SubKind::Alkoxy => ctx.group(a, j).len() <= 7,
                    SubKind::Amino => true,
                    _ => {
                        is_alkylsulfanyl(ctx, a, j, 6)
                            || (ctx.is(j, Element::S) && ctx.group(a, j).len() == 1)
                    }
                };
            if !ok {
                return None;
            }
        }
    }
    Some(format!("{name}-Ringsystem ({})", ctx.group_name(c1, &[r])))
}

/// R1/R2 on the N: text, or `None`.
fn r12_ok(ctx: &Ctx<'_>, c1: usize, n: usize) -> Option<String> {
    if ctx.charge(n) < 0 {
        return None;
    }
    if ctx.in_ring(n) {
        let sys = ctx.system(n)?;
        let atoms = ctx.system_atoms(sys);
        let ok = ctx.is_monocycle(n)
            && atoms.len() <= 7
            && only_elements(
                ctx,
                &atoms,
                &[Element::C, Element::O, Element::S, Element::N],
            )
            && atoms.iter().all(|&a| {
                ctx.exocyclic(a).all(|(j, _)| {
                    (a == n && j == c1)
                        || match ctx.classify(a, j) {
                            SubKind::Halo | SubKind::Hydroxy => true,
                            SubKind::Alkyl => ctx.group(a, j).len() <= 6,
                            _ => ctx.on_benzene(j) && ctx.group(a, j).len() == 6,
                        }
                })
            });
        return ok.then(|| format!("N im Ring ({})", ctx.group_name(c1, &[n])));
    }
    let mut names = Vec::new();
    for (j, k) in ctx.heavy(n) {
        if j == c1 {
            continue;
        }
        let g = ctx.group(n, j);
        let ok = ctx.order(k) == BondOrder::Single
            && only_elements(ctx, &g, &[Element::C, Element::H, Element::N, Element::O])
            && chain_length(ctx, &g) <= 9
            && ctx.is(j, Element::C)
            && (!ctx.in_ring(j)
                || ctx.is_monocycle(j)
                    && ctx.system_heteroatoms(j) == 0
                    && !ctx.aromatic(j)
                    && ctx.system(j).is_some_and(|s| ctx.system_size(s).0 <= 6));
        if !ok {
            return None;
        }
        names.push(ctx.group_name(n, &[j]));
    }
    Some(list_or(&names, "H, H"))
}

/// Rn on C2–C6 (single-bonded).
fn rn_ok(ctx: &Ctx<'_>, a: usize, j: usize) -> bool {
    match ctx.classify(a, j) {
        SubKind::Hydroxy => true,
        SubKind::Alkyl => ctx.group(a, j).len() <= 6,
        SubKind::Alkoxy => ctx.group(a, j).len() <= 7,
        _ => {
            // phenylalkyl: 1–4 chain carbons then a plain phenyl
            let g = ctx.group(a, j);
            let chain: Vec<usize> = g.iter().copied().filter(|&x| !ctx.in_ring(x)).collect();
            (1..=4).contains(&chain.len())
                && g.len() == chain.len() + 6
                && chain.iter().all(|&x| ctx.is(x, Element::C))
                && g.iter()
                    .filter(|&&x| ctx.in_ring(x))
                    .all(|&x| ctx.on_benzene(x))
                && !is_halogen(ctx.element(j))
        }
    }
}
