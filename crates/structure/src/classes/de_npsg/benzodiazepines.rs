//! NpSG Anlage Nr. 3: benzodiazepines (max. 600 u).
//!
//! Reading used here. The core is a seven-membered ring N1, C2, C3, N4, C5,
//! C5a, C9a (1,4-benzodiazepines) or N1, C2, C3, C4, N5, C5a, C9a
//! (1,5-benzodiazepines), with the ring R1 fused at C5a–C9a, and
//! optionally:
//! - a triazole or imidazole fused at N1–C2, with R5 on its atom next to
//!   N1 (3.1 a, b: triazolo and imidazolo derivatives; the imidazole N may
//!   sit at either free position);
//! - (1,4 only) the loprazolam ring (3.1 c): imidazolone fused at N1–C2
//!   with =X next to N1, a (4-methylpiperazin-1-yl)methylidene on the next
//!   carbon and an N double-bonded to C2;
//! - (1,4 only) the ketazolam ring (3.1 d, -C(=O)-CH=C(R7)-O- from N4 to
//!   C5) or the oxazolam ring (3.1 e, -CH2-CH(R7)-O- from N4 to C5);
//! - (1,4 only) N4 as N-oxide (3.1 f, chlordiazepoxide type).
//!
//! Residues (3.2): R1 phenyl, thienyl, 4,5,6,7-tetrahydrobenzo(b)thienyl,
//! furanyl or pyridyl, carrying F, Cl, Br, I, methyl, ethyl, nitro or
//! amino; R2 phenyl or pyridyl (same substituents) or cyclohexenyl; R3 H,
//! hydroxy, carboxyl, ethoxycarbonyl, dimethylcarbamoyl, succinyloxy or
//! methyl; R4 H, methyl, ethyl; R3+R4 oxo; R5 H, methyl, ethyl,
//! (dimethyl-/diethylamino)methyl or -ethyl, cyclopropylmethyl,
//! 2,2,2-trifluoroethyl, hydrazidomethyl (-CH2-C(=O)-NH-NH2), prop-2-yn-1-yl;
//! R6 H, hydroxy, methyl; R7 H, methyl, ethyl; for 1,5: R6+R7 oxo, or a
//! C4=N5 double bond carrying R6 instead of R2 and R7; X =O, =S, =NH, =NCH3,
//! or the enol/thioenol/enamine tautomer (C2-XH with C2=N1 or C2=C3) when
//! R3, R4 or R5 is H.

use super::super::super::graph::{BondOrder, Element, Molecule};
use super::super::{ClassMatch, Ctx, RuleId, SubKind};
use super::{cond, is_halogen, list_or, mass_condition, GroupSet, Outcome};

/// Is `mol` a benzodiazepine by NpSG Anlage Nr. 3?
pub fn matches(mol: &Molecule) -> Option<ClassMatch> {
    super::run(mol, RuleId::DeNpsgBenzodiazepines)
}

pub(crate) fn evaluate(ctx: &Ctx<'_>) -> Outcome {
    let mut best = Outcome::NoCore;
    let elems = super::system_elements(ctx);
    for s in 0..ctx.system_count() as u32 {
        let (na, _) = ctx.system_size(s);
        if na < 10 || elems.get(s as usize).map_or(0, |e| e[1]) < 2 {
            continue;
        }
        for ring in seven_rings(ctx, s) {
            for labels in orientations(ctx, &ring) {
                best = best.or(judge(ctx, s, &labels));
            }
        }
    }
    best
}

/// Seven-membered rings of system `s` that hold two N atoms.
fn seven_rings(ctx: &Ctx<'_>, s: u32) -> Vec<Vec<usize>> {
    let atoms = ctx.system_atoms(s);
    let mut out: Vec<Vec<usize>> = Vec::new();
    for &start in &atoms {
        if !ctx.is(start, Element::N) {
            continue;
        }
        let mut path = vec![start];
        extend(ctx, start, &mut path, &mut out);
        if out.len() > 32 {
            break;
        }
    }
    out
}

fn extend(ctx: &Ctx<'_>, start: usize, path: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    let Some(&last) = path.last() else {
        return;
    };
    if path.len() == 7 {
        if ctx.mol.bond_between(last, start).is_some()
            && path.iter().filter(|&&a| ctx.is(a, Element::N)).count() == 2
        {
            let mut key = path.clone();
            key.sort_unstable();
            if !out.iter().any(|r| {
                let mut k = r.clone();
                k.sort_unstable();
                k == key
            }) {
                out.push(path.clone());
            }
        }
        return;
    }
    for j in ctx.ring_neighbors(last).collect::<Vec<_>>() {
        if !path.contains(&j) {
            path.push(j);
            extend(ctx, start, path, out);
            path.pop();
        }
    }
}

/// Labelled orientations [N1, C2, C3, X4, X5, C5a, C9a] of a seven-ring.
fn orientations(ctx: &Ctx<'_>, ring: &[usize]) -> Vec<[usize; 7]> {
    let mut out = Vec::new();
    for start in 0..7 {
        for dir in [1usize, 6] {
            let l: [usize; 7] = std::array::from_fn(|k| ring[(start + dir * k) % 7]);
            let e = |k: usize, el: Element| ctx.is(l[k], el);
            let base = e(0, Element::N)
                && e(1, Element::C)
                && e(2, Element::C)
                && e(5, Element::C)
                && e(6, Element::C);
            let one4 = e(3, Element::N) && e(4, Element::C);
            let one5 = e(3, Element::C) && e(4, Element::N);
            if base && (one4 || one5) {
                out.push(l);
            }
        }
    }
    out
}

static R5: GroupSet = GroupSet::new(&[
    "*C",
    "*CC",
    "*CN(C)C",
    "*CN(CC)CC",
    "*CCN(C)C",
    "*CCN(CC)CC",
    "*CC1CC1",
    "*CC(F)(F)F",
    "*CC(=O)NN",
    "*CC#C",
]);
static R3: GroupSet = GroupSet::new(&[
    "*O",
    "*C(=O)O",
    "*C(=O)OCC",
    "*C(=O)N(C)C",
    "*OC(=O)CCC(=O)O",
    "*C",
]);
static R4: GroupSet = GroupSet::new(&["*C", "*CC"]);
static R6: GroupSet = GroupSet::new(&["*O", "*C"]);

fn judge(ctx: &Ctx<'_>, s: u32, l: &[usize; 7]) -> Outcome {
    let [n1, c2, c3, x4, x5, c5a, c9a] = *l;
    let one4 = ctx.is(x4, Element::N);
    // the other parts of the ring system, by the seven-ring atoms they touch
    let sys = ctx.system_atoms(s);
    let rest: Vec<usize> = sys.iter().copied().filter(|a| !l.contains(a)).collect();
    let mut parts: Vec<(Vec<usize>, Vec<usize>)> = Vec::new(); // (atoms, touched)
    let mut seen: Vec<usize> = Vec::new();
    for &a in &rest {
        if seen.contains(&a) {
            continue;
        }
        let mut comp = vec![a];
        let mut k = 0;
        while k < comp.len() {
            let v = comp[k];
            for w in ctx.ring_neighbors(v).collect::<Vec<_>>() {
                if rest.contains(&w) && !comp.contains(&w) {
                    comp.push(w);
                }
            }
            k += 1;
        }
        seen.extend(comp.iter().copied());
        let mut touched: Vec<usize> = comp
            .iter()
            .flat_map(|&v| {
                ctx.ring_neighbors(v)
                    .filter(|w| l.contains(w))
                    .collect::<Vec<_>>()
            })
            .collect();
        touched.sort_unstable();
        touched.dedup();
        parts.push((comp, touched));
    }
    let touching = |x: usize, y: usize| {
        let mut t = vec![x, y];
        t.sort_unstable();
        parts
            .iter()
            .find(|(_, tt)| *tt == t)
            .map(|(c, _)| c.clone())
    };
    let Some(r1) = touching(c5a, c9a) else {
        return Outcome::NoCore;
    };
    let fused_n1 = touching(n1, c2);
    let fused_n4 = if one4 { touching(x4, x5) } else { None };
    let used = 1 + usize::from(fused_n1.is_some()) + usize::from(fused_n4.is_some());
    if parts.len() != used || l.iter().any(|&a| ctx.charge(a) != 0 && a != x4) {
        return Outcome::NotCovered;
    }
    let mut out = Vec::new();
    let mut variant = if one4 {
        "a) 1,4-Benzodiazepin"
    } else {
        "b) 1,5-Benzodiazepin"
    }
    .to_string();
    let mut r5_site = n1;
    let mut x_done = false;
    let mut r7_site: Option<(usize, &str)> = None;
    // fused ring at N1–C2
    if let Some(f) = &fused_n1 {
        match fused_at_n1(ctx, n1, c2, f) {
            Some(("c", _)) => {
                if !one4 {
                    return Outcome::NotCovered;
                }
                variant = "c) Loprazolam-Abkömmling".to_string();
                r5_site = usize::MAX;
                x_done = true;
            }
            Some((kind, site)) => {
                variant = format!("{variant}, {kind}-Derivat");
                r5_site = site;
                x_done = true;
            }
            None => return Outcome::NotCovered,
        }
    }
    // fused ring at N4–C5 (ketazolam, oxazolam)
    if let Some(f) = &fused_n4 {
        match fused_at_n4(ctx, x4, x5, f) {
            Some((name, r7)) => {
                variant = format!("{name} ({variant})");
                r7_site = Some((r7, "Nr. 3.2 h"));
            }
            None => return Outcome::NotCovered,
        }
    }
    // N4 oxide
    if one4 && ctx.charge(x4) == 1 {
        let oxide = ctx.exocyclic(x4).any(|(o, k)| {
            ctx.is(o, Element::O) && ctx.charge(o) == -1 && ctx.order(k) == BondOrder::Single
        });
        if !oxide || fused_n4.is_some() {
            return Outcome::NotCovered;
        }
        variant = format!("f) Chlordiazepoxid-Abkömmling ({variant})");
    } else if ctx.charge(x4) != 0 {
        return Outcome::NotCovered;
    }
    out.push(cond("Nr. 3.1", format!("Kernstruktur {variant}")));
    // R1
    match r1_ring(ctx, c5a, c9a, &r1) {
        Some(t) => out.push(cond("Nr. 3.2 a", format!("R1: {t}"))),
        None => return Outcome::NotCovered,
    }
    let exo = |a: usize| ctx.exocyclic(a).collect::<Vec<(usize, usize)>>();
    let single_h = |a: usize| ctx.h(a);
    // X on C2 (with tautomers) and R5
    let mut n1_double = false;
    let mut c3_double = false;
    if !x_done {
        let e = exo(c2);
        let [(x, k)] = e[..] else {
            return Outcome::NotCovered;
        };
        let xe = ctx.element(x);
        let x_ok = (xe == Element::O || xe == Element::S) && ctx.heavy_degree(x) == 1
            || xe == Element::N
                && (ctx.heavy_degree(x) == 1
                    || ctx.heavy(x).filter(|&(j, _)| j != c2).all(|(j, _)| {
                        ctx.classify(x, j) == SubKind::Alkyl && ctx.group(x, j).len() == 1
                    }) && ctx.heavy_degree(x) == 2);
        if !x_ok {
            return Outcome::NotCovered;
        }
        let text = match ctx.order(k) {
            BondOrder::Double => {
                let what = match (xe.atomic_number(), ctx.heavy_degree(x)) {
                    (8, _) => "=O (Sauerstoff)",
                    (16, _) => "=S (Schwefel)",
                    (7, 1) => "=NH (Iminogruppe)",
                    _ => "=N-CH3 (N-Methyliminogruppe)",
                };
                format!("X: {what}")
            }
            BondOrder::Single if ctx.h(x) >= 1 => {
                n1_double = ctx.order_between(n1, c2) == Some(BondOrder::Double);
                c3_double = ctx.order_between(c2, c3) == Some(BondOrder::Double);
                if !(n1_double || c3_double) {
                    return Outcome::NotCovered;
                }
                format!("X als Tautomer: {}", ctx.group_name(c2, &[x]))
            }
            _ => return Outcome::NotCovered,
        };
        out.push(cond("Nr. 3.2 k", text));
    }
    // R5
    if r5_site != usize::MAX {
        let e: Vec<usize> = exo(r5_site)
            .into_iter()
            .map(|(j, _)| j)
            .filter(|j| !l.contains(j) && !fused_n1.as_ref().is_some_and(|f| f.contains(j)))
            .collect();
        match e.as_slice() {
            [] => out.push(cond("Nr. 3.2 f", "R5: H")),
            [j] if !n1_double && R5.contains(ctx, r5_site, *j) => {
                out.push(cond(
                    "Nr. 3.2 f",
                    format!("R5: {}", ctx.group_name(r5_site, &[*j])),
                ));
            }
            _ => return Outcome::NotCovered,
        }
    }
    // R3/R4 on C3
    let e3 = exo(c3);
    let mut r34 = Vec::new();
    match e3.as_slice() {
        [] => {}
        [(o, k)]
            if ctx.order(*k) == BondOrder::Double
                && ctx.is(*o, Element::O)
                && ctx.heavy_degree(*o) == 1 =>
        {
            r34.push("R3+R4: Carbonylgruppe".to_string());
        }
        [(j, _)] if R3.contains(ctx, c3, *j) || R4.contains(ctx, c3, *j) => {
            r34.push(ctx.group_name(c3, &[*j]));
        }
        [(a, _), (b, _)]
            if (R3.contains(ctx, c3, *a) && R4.contains(ctx, c3, *b))
                || (R3.contains(ctx, c3, *b) && R4.contains(ctx, c3, *a)) =>
        {
            r34.push(ctx.group_name(c3, &[*a]));
            r34.push(ctx.group_name(c3, &[*b]));
        }
        _ => return Outcome::NotCovered,
    }
    if c3_double && single_h(c3) == 0 && e3.len() > 1 {
        return Outcome::NotCovered;
    }
    out.push(cond(
        "Nr. 3.2 c–e",
        format!("R3/R4: {}", list_or(&r34, "H, H")),
    ));
    // R2 (C5 or N5), R6/R7 (C4 of the 1,5-benzodiazepines)
    let (r2_site, c4) = if one4 { (x5, None) } else { (x5, Some(x4)) };
    let r2: Vec<usize> = exo(r2_site)
        .into_iter()
        .map(|(j, _)| j)
        .filter(|j| !fused_n4.as_ref().is_some_and(|f| f.contains(j)))
        .collect();
    let c4_n5_double = c4.is_some_and(|c| ctx.order_between(c, x5) == Some(BondOrder::Double));
    match r2.as_slice() {
        [] if c4_n5_double => out.push(cond("Nr. 3.2 j", "Doppelbindung C4=N5 statt R2 und R7")),
        [j] => match r2_ring(ctx, r2_site, *j) {
            Some(t) => out.push(cond("Nr. 3.2 b", format!("R2: {t}"))),
            None => return Outcome::NotCovered,
        },
        _ => return Outcome::NotCovered,
    }
    if one4 && fused_n4.is_none() && ctx.order_between(x4, x5) != Some(BondOrder::Double) {
        // the 1,4 core has the N4=C5 imine (3.1 a–c, f)
        return Outcome::NotCovered;
    }
    if let Some(c4) = c4 {
        let e4 = exo(c4);
        let mut r67 = Vec::new();
        match e4.as_slice() {
            [] => {}
            [(o, k)]
                if ctx.order(*k) == BondOrder::Double
                    && ctx.is(*o, Element::O)
                    && ctx.heavy_degree(*o) == 1
                    && !c4_n5_double =>
            {
                r67.push("R6+R7: Carbonylgruppe (Nr. 3.2 i)".to_string());
            }
            [(j, _)] if R6.contains(ctx, c4, *j) || (!c4_n5_double && R4.contains(ctx, c4, *j)) => {
                r67.push(ctx.group_name(c4, &[*j]));
            }
            [(a, _), (b, _)]
                if !c4_n5_double
                    && ((R6.contains(ctx, c4, *a) && R4.contains(ctx, c4, *b))
                        || (R6.contains(ctx, c4, *b) && R4.contains(ctx, c4, *a))) =>
            {
                r67.push(ctx.group_name(c4, &[*a]));
                r67.push(ctx.group_name(c4, &[*b]));
            }
            _ => return Outcome::NotCovered,
        }
        out.push(cond(
            "Nr. 3.2 g–i",
            format!("R6/R7: {}", list_or(&r67, "H, H")),
        ));
    }
    if let Some((site, code)) = r7_site {
        let e: Vec<usize> = exo(site).into_iter().map(|(j, _)| j).collect();
        match e.as_slice() {
            [] => out.push(cond(code, "R7: H")),
            [j] if R4.contains(ctx, site, *j) => {
                out.push(cond(code, format!("R7: {}", ctx.group_name(site, &[*j]))))
            }
            _ => return Outcome::NotCovered,
        }
    }
    // nothing else on the core
    if !exo(c5a).is_empty() || !exo(c9a).is_empty() {
        return Outcome::NotCovered;
    }
    if one4
        && ctx.charge(x4) == 0
        && !exo(x4)
            .iter()
            .all(|(j, _)| fused_n4.as_ref().is_some_and(|f| f.contains(j)))
    {
        return Outcome::NotCovered;
    }
    match mass_condition(ctx, n1, "Nr. 3", 600.0) {
        Some(c) => out.push(c),
        None => return Outcome::NotCovered,
    }
    Outcome::Member(out)
}

/// The ring fused at N1–C2 (extra atoms `f`): ("Triazolo"/"Imidazolo",
/// the R5 site) or ("c", _) for the loprazolam ring.
fn fused_at_n1(ctx: &Ctx<'_>, n1: usize, c2: usize, f: &[usize]) -> Option<(&'static str, usize)> {
    if f.len() != 3 {
        return None;
    }
    let site = ctx.ring_neighbors(n1).find(|j| f.contains(j))?;
    let mid = f
        .iter()
        .copied()
        .find(|&x| x != site && ctx.mol.bond_between(x, site).is_some())?;
    let last = f.iter().copied().find(|&x| x != site && x != mid)?;
    ctx.mol.bond_between(last, c2)?;
    let aromatic = f.iter().all(|&x| ctx.aromatic(x)) && ctx.aromatic(n1) && ctx.aromatic(c2);
    if aromatic && ctx.is(site, Element::C) {
        let n = [mid, last]
            .iter()
            .filter(|&&x| ctx.is(x, Element::N))
            .count();
        let others_bare = [mid, last]
            .iter()
            .all(|&x| ctx.exocyclic(x).next().is_none());
        let kind = match n {
            2 => "Triazolo",
            1 => "Imidazolo",
            _ => return None,
        };
        return others_bare.then_some((kind, site));
    }
    // loprazolam: N1-C(=X)-C(=CH-N<piperazine-CH3)-N=C2
    let x_ok = ctx.exocyclic(site).any(|(x, k)| {
        ctx.order(k) == BondOrder::Double
            && (ctx.is(x, Element::O) || ctx.is(x, Element::S) || ctx.is(x, Element::N))
    });
    let ylidene = ctx.exocyclic(mid).any(|(ch, k)| {
        ctx.order(k) == BondOrder::Double
            && ctx.is(ch, Element::C)
            && ctx.heavy(ch).any(|(pn, _)| {
                pn != mid
                    && ctx.is(pn, Element::N)
                    && ctx.group_name(ch, &[pn]) == ctx_group_methylpiperazine(ctx, ch, pn)
            })
    });
    let n_ok = ctx.is(last, Element::N) && ctx.order_between(last, c2) == Some(BondOrder::Double);
    (x_ok && ylidene && n_ok).then_some(("c", site))
}

static METHYLPIPERAZINE: GroupSet = GroupSet::new(&["*N1CCN(C)CC1"]);

fn ctx_group_methylpiperazine(ctx: &Ctx<'_>, ch: usize, pn: usize) -> String {
    if METHYLPIPERAZINE.contains(ctx, ch, pn) {
        ctx.group_name(ch, &[pn])
    } else {
        String::new()
    }
}

/// The ring fused at N4–C5: (name, R7 site).
fn fused_at_n4(ctx: &Ctx<'_>, n4: usize, c5: usize, f: &[usize]) -> Option<(&'static str, usize)> {
    let o = f
        .iter()
        .copied()
        .find(|&x| ctx.is(x, Element::O) && ctx.mol.bond_between(x, c5).is_some())?;
    let r7 = f
        .iter()
        .copied()
        .find(|&x| x != o && ctx.mol.bond_between(x, o).is_some())?;
    if !f.iter().all(|&x| x == o || ctx.is(x, Element::C)) {
        return None;
    }
    match f.len() {
        // ketazolam: N4-C(=O)-CH=C(R7)-O-C5
        4 => {
            let co = f
                .iter()
                .copied()
                .find(|&x| ctx.mol.bond_between(x, n4).is_some())?;
            let ch = f.iter().copied().find(|&x| x != o && x != r7 && x != co)?;
            let oxo = ctx
                .exocyclic(co)
                .any(|(x, k)| ctx.is(x, Element::O) && ctx.order(k) == BondOrder::Double);
            let double = ctx.order_between(ch, r7) == Some(BondOrder::Double);
            (oxo && double && ctx.exocyclic(ch).next().is_none())
                .then_some(("d) Ketazolam-Abkömmling", r7))
        }
        // oxazolam: N4-CH2-CH(R7)-O-C5
        3 => {
            let c = f.iter().copied().find(|&x| x != o && x != r7)?;
            let single = f.iter().all(|&x| {
                ctx.ring_neighbors(x)
                    .all(|y| ctx.order_between(x, y) == Some(BondOrder::Single))
            });
            (single && ctx.exocyclic(c).next().is_none()).then_some(("e) Oxazolam-Abkömmling", r7))
        }
        _ => None,
    }
}

/// R1 ring fused at C5a–C9a (extra atoms `f`): its name and substituents.
fn r1_ring(ctx: &Ctx<'_>, c5a: usize, c9a: usize, f: &[usize]) -> Option<String> {
    let count = |e: Element| f.iter().filter(|&&x| ctx.is(x, e)).count();
    let arom = f.iter().filter(|&&x| ctx.aromatic(x)).count();
    let fused_arom = ctx.aromatic(c5a) && ctx.aromatic(c9a);
    let name = match (
        f.len(),
        count(Element::C),
        count(Element::N),
        count(Element::S),
        count(Element::O),
    ) {
        (4, 4, 0, 0, 0) if arom == 4 && fused_arom => "Phenyl",
        (4, 3, 1, 0, 0) if arom == 4 && fused_arom => "Pyridyl",
        (3, 2, 0, 1, 0) if arom == 3 && fused_arom => "Thienyl",
        (3, 2, 0, 0, 1) if arom == 3 && fused_arom => "Furanyl",
        (7, 6, 0, 1, 0) if arom == 3 && fused_arom => {
            let sat = f.iter().filter(|&&x| !ctx.aromatic(x)).all(|&x| {
                ctx.ring_neighbors(x)
                    .all(|y| ctx.order_between(x, y) == Some(BondOrder::Single))
            });
            if !sat {
                return None;
            }
            "4,5,6,7-Tetrahydrobenzo[b]thienyl"
        }
        _ => return None,
    };
    let subs = ring_subs(ctx, f)?;
    Some(format!(
        "{name}, Substituenten: {}",
        list_or(&subs, "keine")
    ))
}

/// Substituents of R1/R2 rings: F, Cl, Br, I, methyl, ethyl, nitro, amino.
fn ring_subs(ctx: &Ctx<'_>, atoms: &[usize]) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for &a in atoms {
        for (j, k) in ctx.exocyclic(a) {
            if atoms.contains(&j) {
                continue;
            }
            let g = ctx.group(a, j).len();
            let ok = ctx.order(k) == BondOrder::Single
                && match ctx.classify(a, j) {
                    SubKind::Halo | SubKind::Nitro => true,
                    SubKind::Alkyl => g <= 2,
                    SubKind::Amino => g == 1,
                    _ => false,
                };
            if !ok {
                return None;
            }
            out.push(ctx.group_name(a, &[j]));
        }
    }
    Some(out)
}

/// R2: phenyl, pyridyl (substituted as R1) or cyclohexenyl.
fn r2_ring(ctx: &Ctx<'_>, from: usize, j: usize) -> Option<String> {
    let sys = ctx.system(j)?;
    let atoms = ctx.system_atoms(sys);
    if ctx.system_size(sys) != (6, 6) || ctx.order_between(from, j) != Some(BondOrder::Single) {
        return None;
    }
    let n = atoms.iter().filter(|&&x| ctx.is(x, Element::N)).count();
    let c = atoms.iter().filter(|&&x| ctx.is(x, Element::C)).count();
    let arom = atoms.iter().all(|&x| ctx.aromatic(x));
    let rest: Vec<usize> = atoms.clone();
    if arom && (c == 6 || (c == 5 && n == 1)) {
        for &a in &rest {
            for (x, k) in ctx.exocyclic(a) {
                if x == from {
                    continue;
                }
                let g = ctx.group(a, x).len();
                let ok = ctx.order(k) == BondOrder::Single
                    && match ctx.classify(a, x) {
                        SubKind::Halo | SubKind::Nitro => true,
                        SubKind::Alkyl => g <= 2,
                        SubKind::Amino => g == 1,
                        _ => false,
                    };
                if !ok {
                    return None;
                }
            }
        }
        return Some(ctx.group_name(from, &[j]));
    }
    // cyclohexenyl: six carbons, one C=C, nothing attached
    let doubles = atoms
        .iter()
        .flat_map(|&a| {
            ctx.ring_neighbors(a)
                .filter(move |&b| b > a)
                .map(move |b| (a, b))
        })
        .filter(|&(a, b)| ctx.order_between(a, b) == Some(BondOrder::Double))
        .count();
    let bare = atoms
        .iter()
        .all(|&a| ctx.exocyclic(a).all(|(x, _)| x == from));
    (c == 6 && !arom && doubles == 1 && bare && atoms.iter().all(|&a| !is_halogen(ctx.element(a))))
        .then(|| "Cyclohexenyl".to_string())
}
