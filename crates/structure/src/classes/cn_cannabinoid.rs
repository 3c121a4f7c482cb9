//! China: 合成大麻素类物质 (synthetic cannabinoid class), in force 2021-07-01.
//!
//! > “合成大麻素类物质”是指具有下列化学结构通式的物质：[seven general
//! > formulae, see `cannabinoid-class.png`]
//! > R1 代表取代或未取代的 C3-C8 烃基；取代或未取代的含有 1-3 个杂原子的杂环基；
//! > 取代或未取代的含有 1-3 个杂原子的杂环基取代的甲基或乙基。
//! > R2 代表氢或甲基或无任何原子。
//! > R3 代表取代或未取代的 C6-C10 的芳基；取代或未取代的 C3-C10 的烃基；
//! > 取代或未取代的含有 1-3 个杂原子的杂环基；取代或未取代的含有 1-3 个杂原子的
//! > 杂环基取代的甲基或乙基。
//! > R4 代表氢；取代或未取代的苯基；取代或未取代的苯甲基。
//! > R5 代表取代或未取代的 C3-C10 的烃基。
//! > X 代表 N 或 C。 Y 代表 N 或 CH。 Z 代表 O 或 NH 或无任何原子。
//!
//! The seven general formulae, as drawn:
//! 1. indole / indazole / 7-azaindole / 7-azaindazole with N1-R1, position 2
//!    = X-R2 (X = C with R2 = H or CH3; X = N with no R2), 3-C(=O)-Z-R3,
//!    position 7 = Y;
//! 2. 2H-indazole with N2-R1 and 3-C(=O)-Z-R3;
//! 3. 2,5-dihydro-1H-pyrido[4,3-b]indol-1-one (γ-carbolinone) with N5-R1 and
//!    N2-R3;
//! 4. pyrrole (Y = CH) / pyrazole (Y = N): N1-R1, position 2 = Y,
//!    3-C(=O)-Z-R3, 4-R2, 5-R4;
//! 5. carbazole with N9-R1 and 3-C(=O)-Z-R3;
//! 6. benzimidazole with N1-R1 and 2-C(=O)-Z-R3;
//! 7. 3-(2-hydroxyphenyl)cyclohexan-1-ol with R5 para to the cyclohexyl
//!    (on the phenol's C5), as in CP-47,497.
//!
//! Reading used here:
//! - a general formula fixes every position it does not label: unlabelled
//!   ring positions carry H and nothing is fused on (a 5-fluoroindole or a
//!   4-substituted cyclohexane ring is not covered);
//! - "取代或未取代" lets R groups carry any substituents;
//! - Cm–Cn 烃基 (hydrocarbyl): the group's carbon skeleton, i.e. carbons
//!   joined by C–C bonds from the attachment atom, not counting carbons in
//!   rings that contain heteroatoms nor functional carbons (C=O, C≡N...),
//!   has m to n carbons (aromatic carbons count: benzyl is C7);
//! - C6–C10 芳基 (aryl): attachment atom on an all-carbon aromatic ring
//!   system of 6 to 10 atoms (substituents not counted);
//! - 含有1-3个杂原子的杂环基: attachment atom on a ring system with 1 to 3
//!   heteroatoms (counted over the fused ring system);
//! - …取代的甲基或乙基: -CH2-Het, -CH2CH2-Het or -CH(CH3)-Het;
//! - Z = NH means a secondary amide N-H (an N-methyl amide is not covered);
//!   Z = "none" puts R3 straight on the carbonyl carbon (ketone, or an amide
//!   whose N is a ring atom of a heterocyclyl R3).

use super::super::graph::{BondOrder, Element, Molecule};
use super::{
    hydrocarbyl_carbons, is_heterocyclyl, is_heterocyclyl_methyl_or_ethyl, match_template,
    ClassMatch, Condition, Ctx, RuleId,
};

/// Does `mol` have one of the general formulae of the 合成大麻素类物质 class?
pub fn matches(mol: &Molecule) -> Option<ClassMatch> {
    if !super::Prefilter::new(mol).cannabinoid() {
        return None;
    }
    matches_in(&Ctx::new(mol))
}

/// What a template position must carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Aromatic CH, nothing attached.
    Ch,
    /// Ring-fusion atom, nothing attached.
    Fused,
    /// Ring N with nothing attached.
    BareN,
    /// N-R1.
    R1,
    /// C-C(=O)-Z-R3.
    Carbonyl,
    /// X: N (R2 none) or C-R2.
    X,
    /// Y: N or CH.
    Y,
    /// C-R2 (H or CH3).
    R2,
    /// N-R3 (no Z).
    R3N,
    /// C=O.
    Oxo,
    /// C-R4 (H, phenyl, benzyl).
    R4,
}

struct Scaffold {
    number: u8,
    name: &'static str,
    elems: &'static [&'static [Element]],
    bonds: &'static [(usize, usize)],
    roles: &'static [Role],
}

const C: &[Element] = &[Element::C];
const N: &[Element] = &[Element::N];
const CN: &[Element] = &[Element::C, Element::N];

/// Indole-type 5/6 bicycle: 0,1,2 five-ring, 3 and 8 fusion, 4–7 benzo.
const BONDS_9: [(usize, usize); 10] = [
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

/// Carbazole: 0 N9, 1 C9a, 2 C1, 3 C2, 4 C3, 5 C4, 6 C4a, 7 C4b, 8–11 C5–C8, 12 C8a.
const BONDS_CARBAZOLE: [(usize, usize); 15] = [
    (0, 1),
    (1, 2),
    (2, 3),
    (3, 4),
    (4, 5),
    (5, 6),
    (6, 1),
    (6, 7),
    (7, 8),
    (8, 9),
    (9, 10),
    (10, 11),
    (11, 12),
    (12, 7),
    (12, 0),
];

/// γ-Carbolinone: 0 C1, 1 N2, 2 C3, 3 C4, 4 C4a, 5 N5, 6 C5a, 7–10 C6–C9, 11 C9a, 12 C9b.
const BONDS_CARBOLINONE: [(usize, usize); 15] = [
    (0, 1),
    (1, 2),
    (2, 3),
    (3, 4),
    (4, 12),
    (12, 0),
    (4, 5),
    (5, 6),
    (6, 11),
    (11, 12),
    (6, 7),
    (7, 8),
    (8, 9),
    (9, 10),
    (10, 11),
];

/// Pyrrole/pyrazole: 0 N1, 1 Y, 2 C3, 3 C4, 4 C5.
const BONDS_5: [(usize, usize); 5] = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0)];

use Role::*;

const SCAFFOLDS: [Scaffold; 6] = [
    Scaffold {
        number: 1,
        name: "indole/indazole-3-carbonyl (X, Y)",
        elems: &[N, CN, C, C, C, C, C, CN, C],
        bonds: &BONDS_9,
        roles: &[R1, X, Carbonyl, Fused, Ch, Ch, Ch, Y, Fused],
    },
    Scaffold {
        number: 2,
        name: "2H-indazole-3-carbonyl",
        elems: &[N, N, C, C, C, C, C, C, C],
        bonds: &BONDS_9,
        roles: &[BareN, R1, Carbonyl, Fused, Ch, Ch, Ch, Ch, Fused],
    },
    Scaffold {
        number: 3,
        name: "2,5-dihydro-1H-pyrido[4,3-b]indol-1-one (γ-carbolinone)",
        elems: &[C, N, C, C, C, N, C, C, C, C, C, C, C],
        bonds: &BONDS_CARBOLINONE,
        roles: &[
            Oxo, R3N, Ch, Ch, Fused, R1, Fused, Ch, Ch, Ch, Ch, Fused, Fused,
        ],
    },
    Scaffold {
        number: 4,
        name: "pyrrole/pyrazole-3-carbonyl (Y)",
        elems: &[N, CN, C, C, C],
        bonds: &BONDS_5,
        roles: &[R1, Y, Carbonyl, R2, R4],
    },
    Scaffold {
        number: 5,
        name: "carbazole-3-carbonyl",
        elems: &[N, C, C, C, C, C, C, C, C, C, C, C, C],
        bonds: &BONDS_CARBAZOLE,
        roles: &[
            R1, Fused, Ch, Ch, Carbonyl, Ch, Fused, Fused, Ch, Ch, Ch, Ch, Fused,
        ],
    },
    Scaffold {
        number: 6,
        name: "benzimidazole-2-carbonyl",
        elems: &[N, C, N, C, C, C, C, C, C],
        bonds: &BONDS_9,
        roles: &[R1, Carbonyl, BareN, Fused, Ch, Ch, Ch, Ch, Fused],
    },
];

pub(super) fn matches_in(ctx: &Ctx<'_>) -> Option<ClassMatch> {
    for s in 0..ctx.system_count() as u32 {
        let size = ctx.system_size(s);
        for sc in &SCAFFOLDS {
            if size != (sc.elems.len(), sc.bonds.len()) {
                continue;
            }
            for map in match_template(ctx, s, sc.elems, sc.bonds) {
                if let Some(conditions) = evaluate(ctx, sc, &map) {
                    return Some(ClassMatch {
                        rule: RuleId::CnSyntheticCannabinoid,
                        conditions,
                        is_parent: false,
                    });
                }
            }
        }
        if size == (6, 6) {
            if let Some(conditions) = cyclohexylphenol(ctx, s) {
                return Some(ClassMatch {
                    rule: RuleId::CnSyntheticCannabinoid,
                    conditions,
                    is_parent: false,
                });
            }
        }
    }
    None
}

fn cond(code: &'static str, text: String) -> Condition {
    Condition { code, text }
}

fn evaluate(ctx: &Ctx<'_>, sc: &Scaffold, map: &[usize]) -> Option<Vec<Condition>> {
    let mut out = vec![cond(
        "通式",
        format!("general formula {}: {}", sc.number, sc.name),
    )];
    for (k, &a) in map.iter().enumerate() {
        let role = *sc.roles.get(k)?;
        if ctx.charge(a) != 0 {
            return None;
        }
        let exo: Vec<usize> = ctx.exocyclic(a).map(|(j, _)| j).collect();
        let h = ctx.h(a);
        let bare_ch = exo.is_empty() && h == 1 && ctx.is(a, Element::C);
        let bare = exo.is_empty() && h == 0;
        match role {
            Ch => {
                if !bare_ch {
                    return None;
                }
            }
            Fused | BareN => {
                if !bare {
                    return None;
                }
            }
            R1 => {
                let [r] = exo[..] else { return None };
                if h != 0 || ctx.order_between(a, r) != Some(BondOrder::Single) {
                    return None;
                }
                out.push(cond("R1", r1(ctx, a, r)?));
            }
            R3N => {
                let [r] = exo[..] else { return None };
                if h != 0 || ctx.order_between(a, r) != Some(BondOrder::Single) {
                    return None;
                }
                out.push(cond("Z", "none (R3 on the ring N)".to_string()));
                out.push(cond("R3", r3(ctx, a, r)?));
            }
            Carbonyl => {
                let [c] = exo[..] else { return None };
                if h != 0 {
                    return None;
                }
                out.extend(carbonyl_z_r3(ctx, a, c)?);
            }
            Oxo => {
                let [o] = exo[..] else { return None };
                if !ctx.is(o, Element::O)
                    || ctx.order_between(a, o) != Some(BondOrder::Double)
                    || ctx.heavy_degree(o) != 1
                {
                    return None;
                }
            }
            X => {
                if ctx.is(a, Element::N) {
                    if !bare {
                        return None;
                    }
                    out.push(cond("X", "N (R2 none: indazole)".to_string()));
                } else {
                    out.push(cond("X", "C (indole)".to_string()));
                    out.push(cond("R2", r2(ctx, a, &exo, h)?));
                }
            }
            Y => {
                if ctx.is(a, Element::N) {
                    if !bare {
                        return None;
                    }
                    out.push(cond("Y", "N".to_string()));
                } else {
                    if !bare_ch {
                        return None;
                    }
                    out.push(cond("Y", "CH".to_string()));
                }
            }
            R2 => out.push(cond("R2", r2(ctx, a, &exo, h)?)),
            R4 => out.push(cond("R4", r4(ctx, a, &exo, h)?)),
        }
    }
    Some(out)
}

/// R2 on carbon `a`: H or methyl.
fn r2(ctx: &Ctx<'_>, a: usize, exo: &[usize], h: u32) -> Option<String> {
    match exo {
        [] if h == 1 => Some("H".to_string()),
        [m] if h == 0
            && ctx.is(*m, Element::C)
            && ctx.h(*m) == 3
            && ctx.heavy_degree(*m) == 1
            && ctx.charge(*m) == 0
            && ctx.order_between(a, *m) == Some(BondOrder::Single) =>
        {
            Some("methyl".to_string())
        }
        _ => None,
    }
}

/// R4 on carbon `a`: H, (substituted) phenyl or (substituted) benzyl.
fn r4(ctx: &Ctx<'_>, a: usize, exo: &[usize], h: u32) -> Option<String> {
    match exo {
        [] if h == 1 => Some("H".to_string()),
        [r] if h == 0 && ctx.order_between(a, *r) == Some(BondOrder::Single) => {
            if ctx.on_benzene(*r) {
                return Some(format!("{} (phenyl)", ctx.group_name(a, &[*r])));
            }
            let benzyl = ctx.is(*r, Element::C)
                && !ctx.in_ring(*r)
                && !ctx.aromatic(*r)
                && ctx
                    .heavy(*r)
                    .any(|(j, k)| j != a && ctx.on_benzene(j) && ctx.order(k) == BondOrder::Single);
            if benzyl {
                return Some(format!("{} (benzyl)", ctx.group_name(a, &[*r])));
            }
            None
        }
        _ => None,
    }
}

/// R1 from `from` through `start`.
fn r1(ctx: &Ctx<'_>, from: usize, start: usize) -> Option<String> {
    let name = ctx.group_name(from, &[start]);
    let n = hydrocarbyl_carbons(ctx, from, start);
    if (3..=8).contains(&n) {
        return Some(format!("{name} (C{n} hydrocarbyl)"));
    }
    if is_heterocyclyl(ctx, start) {
        return Some(format!("{name} (heterocyclyl)"));
    }
    if is_heterocyclyl_methyl_or_ethyl(ctx, from, start) {
        return Some(format!("{name} (heterocyclyl-substituted methyl/ethyl)"));
    }
    None
}

/// R3 from `from` through `start`.
fn r3(ctx: &Ctx<'_>, from: usize, start: usize) -> Option<String> {
    let name = ctx.group_name(from, &[start]);
    if ctx.is(start, Element::C)
        && ctx.aromatic(start)
        && ctx.system_aromatic(start)
        && ctx.system_heteroatoms(start) == 0
    {
        if let Some(s) = ctx.system(start) {
            let (n, _) = ctx.system_size(s);
            if (6..=10).contains(&n) {
                return Some(format!("{name} (C{n} aryl)"));
            }
        }
    }
    let n = hydrocarbyl_carbons(ctx, from, start);
    if (3..=10).contains(&n) {
        return Some(format!("{name} (C{n} hydrocarbyl)"));
    }
    if is_heterocyclyl(ctx, start) {
        return Some(format!("{name} (heterocyclyl)"));
    }
    if is_heterocyclyl_methyl_or_ethyl(ctx, from, start) {
        return Some(format!("{name} (heterocyclyl-substituted methyl/ethyl)"));
    }
    None
}

/// The C(=O)-Z-R3 group on ring atom `ring` through carbonyl carbon `c`.
fn carbonyl_z_r3(ctx: &Ctx<'_>, ring: usize, c: usize) -> Option<Vec<Condition>> {
    if !ctx.is(c, Element::C) || ctx.in_ring(c) || ctx.charge(c) != 0 || ctx.h(c) != 0 {
        return None;
    }
    if ctx.order_between(ring, c) != Some(BondOrder::Single) {
        return None;
    }
    let mut o = None;
    let mut t = None;
    for (j, k) in ctx.heavy(c) {
        if j == ring {
            continue;
        }
        if o.is_none()
            && ctx.is(j, Element::O)
            && ctx.order(k) == BondOrder::Double
            && ctx.heavy_degree(j) == 1
        {
            o = Some(j);
        } else if t.is_none() && ctx.order(k) == BondOrder::Single {
            t = Some(j);
        } else {
            return None;
        }
    }
    o?;
    let t = t?;
    let chain = |x: usize| {
        !ctx.in_ring(x) && !ctx.aromatic(x) && ctx.charge(x) == 0 && ctx.heavy_degree(x) == 2
    };
    let (z, from, start) = if ctx.is(t, Element::O) && chain(t) && ctx.h(t) == 0 {
        ("O", t, ctx.heavy(t).map(|(j, _)| j).find(|&j| j != c)?)
    } else if ctx.is(t, Element::N) && chain(t) && ctx.h(t) == 1 {
        ("NH", t, ctx.heavy(t).map(|(j, _)| j).find(|&j| j != c)?)
    } else {
        ("none", c, t)
    };
    if ctx.order_between(from, start) != Some(BondOrder::Single) {
        return None;
    }
    Some(vec![
        cond("Z", z.to_string()),
        cond("R3", r3(ctx, from, start)?),
    ])
}

/// General formula 7 on the cyclohexane ring system `s`.
fn cyclohexylphenol(ctx: &Ctx<'_>, s: u32) -> Option<Vec<Condition>> {
    let ring = ctx.system_atoms(s);
    if ring
        .iter()
        .any(|&a| !ctx.is(a, Element::C) || ctx.aromatic(a) || ctx.charge(a) != 0)
    {
        return None;
    }
    let hydroxyl = |a: usize| -> bool {
        let exo: Vec<usize> = ctx.exocyclic(a).map(|(j, _)| j).collect();
        matches!(exo[..], [o] if ctx.is(o, Element::O) && ctx.h(o) == 1 && ctx.heavy_degree(o) == 1
            && ctx.charge(o) == 0 && ctx.order_between(a, o) == Some(BondOrder::Single))
    };
    for &c1 in &ring {
        if !hydroxyl(c1) || ctx.h(c1) != 1 {
            continue;
        }
        let walk = ctx.ring_walk(c1)?;
        if walk
            .windows(2)
            .any(|w| ctx.order_between(w[0], w[1]) != Some(BondOrder::Single))
        {
            return None;
        }
        for c3 in [walk.get(2).copied(), walk.get(4).copied()]
            .into_iter()
            .flatten()
        {
            if ctx.h(c3) != 1 {
                continue;
            }
            let exo: Vec<usize> = ctx.exocyclic(c3).map(|(j, _)| j).collect();
            let [ar] = exo[..] else { continue };
            if !ctx.on_benzene(ar) || ctx.order_between(c3, ar) != Some(BondOrder::Single) {
                continue;
            }
            let others_ch2 = walk.iter().all(|&a| {
                a == c1 || a == c3 || (ctx.h(a) == 2 && ctx.exocyclic(a).next().is_none())
            });
            if !others_ch2 {
                continue;
            }
            if let Some(r5) = phenol_part(ctx, ar) {
                return Some(vec![
                    cond(
                        "通式",
                        "general formula 7: 3-(2-hydroxyphenyl)cyclohexan-1-ol".to_string(),
                    ),
                    cond("R5", r5),
                ]);
            }
        }
    }
    None
}

/// The phenol ring of general formula 7, from its atom `ipso` bonded to the
/// cyclohexane: OH on one ortho atom, R5 para, H elsewhere. Returns R5.
fn phenol_part(ctx: &Ctx<'_>, ipso: usize) -> Option<String> {
    let walk = ctx.ring_walk(ipso)?;
    let exo = |a: usize| ctx.exocyclic(a).map(|(j, _)| j).collect::<Vec<_>>();
    let is_oh = |a: usize| matches!(exo(a)[..], [o] if ctx.is(o, Element::O) && ctx.h(o) == 1 && ctx.heavy_degree(o) == 1 && ctx.charge(o) == 0);
    let &[_, o1, m1, p, m2, o2] = walk.as_slice() else {
        return None;
    };
    let plain = |a: usize| exo(a).is_empty() && ctx.h(a) == 1;
    let oh_ok = (is_oh(o1) && plain(o2)) || (is_oh(o2) && plain(o1));
    if !oh_ok || !plain(m1) || !plain(m2) {
        return None;
    }
    let [r] = exo(p)[..] else { return None };
    let n = hydrocarbyl_carbons(ctx, p, r);
    if ctx.order_between(p, r) != Some(BondOrder::Single) || !(3..=10).contains(&n) {
        return None;
    }
    Some(format!("{} (C{n} hydrocarbyl)", ctx.group_name(p, &[r])))
}

#[cfg(test)]
mod tests {
    use super::super::test_util::mol;
    use super::*;

    /// "F<n>" for a match on general formula n, None otherwise.
    fn formula(smiles: &str) -> Option<String> {
        let m = matches(&mol(smiles))?;
        assert!(!m.is_parent);
        let first = m.conditions.first()?;
        let n = first
            .text
            .split(':')
            .next()?
            .trim_start_matches("general formula ")
            .to_string();
        Some(format!("F{n}"))
    }

    fn check(cases: &[(&str, &str, Option<&str>)]) {
        super::super::test_util::check_cases(formula, cases)
    }

    #[test]
    fn named_substances() {
        check(&[
            (
                "JWH-018",
                "CCCCCn1cc(C(=O)c2cccc3ccccc23)c2ccccc21",
                Some("F1"),
            ),
            (
                "AM-2201",
                "FCCCCCn1cc(C(=O)c2cccc3ccccc23)c2ccccc21",
                Some("F1"),
            ),
            (
                "JWH-007 (R2 methyl)",
                "CCCCCn1c(C)c(C(=O)c2cccc3ccccc23)c2ccccc21",
                Some("F1"),
            ),
            (
                "JWH-122",
                "CCCCCn1cc(C(=O)c2ccc(C)c3ccccc23)c2ccccc21",
                Some("F1"),
            ),
            ("AM-694", "FCCCCCn1cc(C(=O)c2ccccc2I)c2ccccc21", Some("F1")),
            (
                "UR-144",
                "CCCCCn1cc(C(=O)C2C(C)(C)C2(C)C)c2ccccc21",
                Some("F1"),
            ),
            (
                "PB-22 (Z = O)",
                "CCCCCn1cc(C(=O)Oc2cccc3cccnc23)c2ccccc21",
                Some("F1"),
            ),
            (
                "5F-ADB",
                "COC(=O)[C@@H](NC(=O)c1nn(CCCCCF)c2ccccc12)C(C)(C)C",
                Some("F1"),
            ),
            (
                "MDMB-4en-PINACA",
                "COC(=O)C(NC(=O)c1nn(CCCC=C)c2ccccc12)C(C)(C)C",
                Some("F1"),
            ),
            (
                "ADB-BUTINACA",
                "CCCCn1nc(C(=O)NC(C(N)=O)C(C)(C)C)c2ccccc21",
                Some("F1"),
            ),
            (
                "AB-FUBINACA",
                "NC(=O)C(NC(=O)c1nn(Cc2ccc(F)cc2)c2ccccc12)C(C)C",
                Some("F1"),
            ),
            (
                "AB-CHMINACA",
                "CC(C)C(NC(=O)c1nn(CC2CCCCC2)c2ccccc12)C(N)=O",
                Some("F1"),
            ),
            (
                "APINACA",
                "CCCCCn1nc(C(=O)NC23CC4CC(CC(C4)C2)C3)c2ccccc21",
                Some("F1"),
            ),
            (
                "5F-MDMB-PICA",
                "COC(=O)C(NC(=O)c1cn(CCCCCF)c2ccccc12)C(C)(C)C",
                Some("F1"),
            ),
            (
                "4F-MDMB-BINACA",
                "COC(=O)C(NC(=O)c1nn(CCCCF)c2ccccc12)C(C)(C)C",
                Some("F1"),
            ),
            (
                "CUMYL-4CN-BINACA",
                "CC(C)(NC(=O)c1nn(CCCCC#N)c2ccccc12)c1ccccc1",
                Some("F1"),
            ),
            (
                "5F-CUMYL-P7AICA (Y = N)",
                "CC(C)(NC(=O)c1cn(CCCCCF)c2ncccc12)c1ccccc1",
                Some("F1"),
            ),
            (
                "AM-1220 (R1 heterocyclyl-methyl)",
                "CN1CCCCC1Cn1cc(C(=O)c2cccc3ccccc23)c2ccccc21",
                Some("F1"),
            ),
            (
                "JWH-200 (R1 morpholinoethyl)",
                "O=C(c1cccc2ccccc12)c1cn(CCN2CCOCC2)c2ccccc12",
                Some("F1"),
            ),
            (
                "2H-indazole ADB-PINACA isomer",
                "CCCCCn1nc2ccccc2c1C(=O)NC(C(N)=O)C(C)(C)C",
                Some("F2"),
            ),
            (
                "CUMYL-PeGaClone",
                "CCCCCn1c2ccccc2c2c(=O)n(C(C)(C)c3ccccc3)ccc21",
                Some("F3"),
            ),
            (
                "JWH-030 (pyrrole)",
                "CCCCCn1ccc(C(=O)c2cccc3ccccc23)c1",
                Some("F4"),
            ),
            (
                "JWH-307 (R4 2-fluorophenyl)",
                "CCCCCn1cc(C(=O)c2cccc3ccccc23)cc1-c1ccccc1F",
                Some("F4"),
            ),
            (
                "5F-3,5-AB-PFUPPYCA (pyrazole)",
                "CC(C)C(NC(=O)c1cc(-c2ccc(F)cc2)n(CCCCCF)n1)C(N)=O",
                Some("F4"),
            ),
            (
                "EG-018 (carbazole)",
                "CCCCCn1c2ccccc2c2cc(C(=O)c3cccc4ccccc34)ccc21",
                Some("F5"),
            ),
            (
                "MDMB-CHMCZCA",
                "COC(=O)C(NC(=O)c1ccc2n(CC3CCCCC3)c3ccccc3c2c1)C(C)(C)C",
                Some("F5"),
            ),
            (
                "BIM-018 (benzimidazole)",
                "CCCCCn1c(C(=O)c2cccc3ccccc23)nc2ccccc21",
                Some("F6"),
            ),
            (
                "CP-47,497",
                "CCCCCCC(C)(C)c1ccc(C2CCCC(O)C2)c(O)c1",
                Some("F7"),
            ),
            (
                "CP-47,497-C8",
                "CCCCCCCC(C)(C)c1ccc(C2CCCC(O)C2)c(O)c1",
                Some("F7"),
            ),
        ]);
    }

    #[test]
    fn conditions_text() {
        let m = matches(&mol("CCCCn1nc(C(=O)NC(C(N)=O)C(C)(C)C)c2ccccc21")).expect("ADB-BUTINACA");
        let e = m.explanation();
        assert!(e.starts_with("(通式) general formula 1"), "{e}");
        assert!(e.contains("(R1) butyl (C4 hydrocarbyl)"), "{e}");
        assert!(e.contains("(X) N"), "{e}");
        assert!(e.contains("(Z) NH"), "{e}");
        assert!(e.contains("(C5 hydrocarbyl)"), "{e}");
        assert_eq!(m.rule.id(), "cn-synthetic-cannabinoid-class");
    }

    #[test]
    fn r_group_limits_both_sides() {
        check(&[
            // R1: C3..C8 hydrocarbyl
            (
                "R1 propyl",
                "CCCn1cc(C(=O)c2cccc3ccccc23)c2ccccc21",
                Some("F1"),
            ),
            ("R1 ethyl", "CCn1cc(C(=O)c2cccc3ccccc23)c2ccccc21", None),
            (
                "R1 octyl",
                "CCCCCCCCn1cc(C(=O)c2cccc3ccccc23)c2ccccc21",
                Some("F1"),
            ),
            (
                "R1 nonyl",
                "CCCCCCCCCn1cc(C(=O)c2cccc3ccccc23)c2ccccc21",
                None,
            ),
            ("R1 H", "O=C(c1cccc2ccccc12)c1c[nH]c2ccccc12", None),
            (
                "R1 tetrahydropyranylmethyl",
                "O=C(c1cccc2ccccc12)c1cn(CC2CCOCC2)c2ccccc12",
                Some("F1"),
            ),
            (
                "R1 tetrazolylmethyl (4 heteroatoms)",
                "O=C(c1cccc2ccccc12)c1cn(Cc2nnn[nH]2)c2ccccc12",
                None,
            ),
            (
                "R1 pentanoyl (acyl, not hydrocarbyl)",
                "CCCCC(=O)n1cc(C(=O)c2cccc3ccccc23)c2ccccc21",
                None,
            ),
            // R2: H or methyl
            (
                "R2 ethyl",
                "CCCCCn1c(CC)c(C(=O)c2cccc3ccccc23)c2ccccc21",
                None,
            ),
            // R3: aryl C6–C10, hydrocarbyl C3–C10, heterocyclyl
            ("R3 phenyl", "CCCCCn1cc(C(=O)c2ccccc2)c2ccccc21", Some("F1")),
            (
                "R3 anthracen-9-yl (C14)",
                "CCCCCn1cc(C(=O)c2c3ccccc3cc3ccccc23)c2ccccc21",
                None,
            ),
            (
                "R3 adamantylmethyl via NH (C11)",
                "CCCCCn1nc(C(=O)NCC23CC4CC(CC(C4)C2)C3)c2ccccc21",
                None,
            ),
            ("R3 ethyl via NH (C2)", "CCCCCn1nc(C(=O)NCC)c2ccccc21", None),
            (
                "R3 triazolyl",
                "CCCCCn1nc(C(=O)Nc2nc[nH]n2)c2ccccc21",
                Some("F1"),
            ),
            (
                "R3 tetrazolyl",
                "CCCCCn1nc(C(=O)Nc2nn[nH]n2)c2ccccc21",
                None,
            ),
            // Z: O, NH or none
            (
                "Z N-methyl",
                "CCCCCn1nc(C(=O)N(C)C(C(N)=O)C(C)(C)C)c2ccccc21",
                None,
            ),
            (
                "acid (R3 = H)",
                "OC(=O)c1nn(Cc2ccc(Cl)cc2Cl)c2ccccc12",
                None,
            ),
            ("primary amide (R3 = H)", "CCCCCn1nc(C(N)=O)c2ccccc21", None),
            // R4: H, phenyl, benzyl
            (
                "R4 benzyl",
                "CCCCCn1cc(C(=O)c2cccc3ccccc23)cc1Cc1ccccc1",
                Some("F4"),
            ),
            (
                "R4 cyclohexyl",
                "CCCCCn1cc(C(=O)c2cccc3ccccc23)cc1C1CCCCC1",
                None,
            ),
            // R5: C3–C10
            ("R5 propyl", "CCCc1ccc(C2CCCC(O)C2)c(O)c1", Some("F7")),
            ("R5 ethyl", "CCc1ccc(C2CCCC(O)C2)c(O)c1", None),
            ("R5 undecyl", "CCCCCCCCCCCc1ccc(C2CCCC(O)C2)c(O)c1", None),
        ]);
    }

    #[test]
    fn fixed_positions_both_sides() {
        check(&[
            (
                "5-fluoro on the indole ring",
                "CCCCCn1cc(C(=O)c2cccc3ccccc23)c2cc(F)ccc21",
                None,
            ),
            (
                "carbonyl on C2 of indole",
                "CCCCCn1c(C(=O)c2cccc3ccccc23)cc2ccccc21",
                None,
            ),
            (
                "CH2 instead of C=O (JWH-175)",
                "CCCCCn1cc(Cc2cccc3ccccc23)c2ccccc21",
                None,
            ),
            (
                "THJ-018 (indazole ketone)",
                "CCCCCn1nc(C(=O)c2cccc3ccccc23)c2ccccc21",
                Some("F1"),
            ),
            (
                "CP-55,940 (extra 4-substituent on cyclohexane)",
                "CC(C)(CCCCCC)c1ccc(C2CC(O)CCC2CCCO)c(O)c1",
                None,
            ),
            (
                "cyclohexylphenol without phenol OH",
                "CCCCCCC(C)(C)c1ccc(C2CCCC(O)C2)cc1",
                None,
            ),
            (
                "cyclohexanone instead of cyclohexanol",
                "CCCCCCC(C)(C)c1ccc(C2CCCC(=O)C2)c(O)c1",
                None,
            ),
        ]);
    }

    #[test]
    fn not_cannabinoids() {
        check(&[
            (
                "THC",
                "CCCCCc1cc(O)c2c(c1)OC(C)(C)[C@@H]1CCC(C)=C[C@@H]21",
                None,
            ),
            ("CBD", "CCCCCc1cc(O)c(C2C=C(C)CCC2C(C)=C)c(O)c1", None),
            ("tryptophan", "NC(Cc1c[nH]c2ccccc12)C(=O)O", None),
            ("serotonin", "NCCc1c[nH]c2ccc(O)cc12", None),
            (
                "indometacin",
                "COc1ccc2c(c1)c(CC(=O)O)c(C)n2C(=O)c1ccc(Cl)cc1",
                None,
            ),
            (
                "granisetron (R1 methyl)",
                "CN1C2CCCC1CC(C2)NC(=O)c1nn(C)c2ccccc12",
                None,
            ),
            (
                "tropisetron (N-H indole)",
                "CN1C2CCC1CC(C2)OC(=O)c1c[nH]c2ccccc12",
                None,
            ),
            ("lonidamine", "OC(=O)c1nn(Cc2ccc(Cl)cc2Cl)c2ccccc12", None),
            ("ondansetron", "Cc1nccn1CC1CCc2c(C1=O)c1ccccc1n2C", None),
            (
                "carvedilol",
                "COc1ccccc1OCCNCC(O)COc1cccc2[nH]c3ccccc3c12",
                None,
            ),
            (
                "omeprazole",
                "COc1ccc2[nH]c(S(=O)Cc3ncc(C)c(OC)c3C)nc2c1",
                None,
            ),
            ("albendazole", "CCCSc1ccc2nc(NC(=O)OC)[nH]c2c1", None),
            (
                "yohimbine",
                "COC(=O)C1C(O)CCC2CN3CCc4c([nH]c5ccccc45)C3CC21",
                None,
            ),
            ("fentanyl", "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", None),
            (
                "etonitazene",
                "CCOc1ccc(Cc2nc3cc([N+](=O)[O-])ccc3n2CCN(CC)CC)cc1",
                None,
            ),
        ]);
    }
}
