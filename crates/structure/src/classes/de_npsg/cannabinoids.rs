//! NpSG Anlage Nr. 2: cannabimimetics / synthetic cannabinoids. This file
//! holds Nr. 2.1 (compounds derived from indole, pyrazole and 4-quinolone:
//! core, bridge, bridge residue, side chain) and dispatches to
//! [`super::cannabinoids_other`] for Nr. 2.2 and 2.3.
//!
//! Reading of Nr. 2.1 used here:
//! - 2.1.1 core (a–h): indol-/indazol-1,3-diyl, the 4-, 5-, 6- and
//!   7-aza analogues (X at position 2: CH, C-CH3, C-F, C-Cl, C-Br, C-I or N),
//!   1H-indol-2-on-1,3-diyl, carbazol-1,4-diyl, benzimidazol-1,2-diyl
//!   (isomer I: bridge on C2, side chain on N1; isomer II: bridge on N1,
//!   side chain on C2), pyrazol-1,5- and -1,3-diyl with a phenyl on the
//!   other ring carbon (C4 unsubstituted), 4-chinolon-1,3-diyl. The
//!   figures of the Anlage are not in the text; for the carbazole the
//!   bridge is read on the carbon para to the N-bearing ring-fusion carbon
//!   (carbazole C3, as in EG-018 and MDMB-CHMCZCA), the side chain on N9.
//!   Substituents R1–R3 (at most three, on the benzo ring or the pyrazole's
//!   phenyl): F, Cl, Br, I, phenyl, methyl, methoxy, nitro; R of the
//!   quinolones (at most one): F, Cl, Br, I, phenylthio.
//! - 2.1.2 bridge on the bridge site: carbonyl, methylenecarbonyl,
//!   azacarbonyl (-NH-C(=O)-), carboxamido (-C(=O)-N<), methylenecarboxamido,
//!   carboxyl (-C(=O)-O-), methylenecarboxyl, a directly bonded
//!   N-heterocycle of up to five ring atoms with a C=N at the attachment
//!   atom, a hydrazone C3=N-N< on the indol-2-one; the carboxamide whose N
//!   carries a C/H chain closing a six-membered ring onto indole C2 (2.1.2 b,
//!   the γ-carbolinones such as Cumyl-PEGACLONE) is read with the ring
//!   carbons as part of the bridge and the other N substituent as residue.
//! - 2.1.3 bridge residue(s): C, H, N, O, S, F, Cl, Br, I; rings of any kind;
//!   chains at most 12 atoms; together at most 400 u.
//! - 2.1.4 side chain: C, H, N, O, S, Si, F, Cl, Br, I; at most 300 u; either
//!   (a) a chain of 3–10 atoms of C, O, S, Si starting with a carbon (any
//!   substituents), or (b) a ring structure (every ring 3–7 atoms of C, O,
//!   N, S; ring N carrying only H, methyl or ethyl) bonded directly or
//!   through a hydrocarbon bridge of 1–4 carbons (at most one multiple bond;
//!   an oxo group only on the bridge's second carbon).
//!
//! The molecule's total mass is not limited in 2.1 (only bridge residue
//! and side chain are).

use super::super::super::graph::{BondOrder, Element, Molecule};
use super::super::{match_template, match_template_within, ClassMatch, Ctx, RuleId, SubKind};
use super::CHNOS_HAL;
use super::{chain_length, cond, is_halogen, mass_of, only_elements, Outcome};

/// Is `mol` a synthetic cannabinoid by NpSG Anlage Nr. 2 (2.1, 2.2 or 2.3)?
pub fn matches(mol: &Molecule) -> Option<ClassMatch> {
    super::run(mol, RuleId::DeNpsgCannabinoids)
}

pub(crate) fn evaluate(ctx: &Ctx<'_>) -> Outcome {
    let mut best = Outcome::NoCore;
    let elems = super::system_elements(ctx);
    for s in 0..ctx.system_count() as u32 {
        let [_, n, _, _] = elems.get(s as usize).copied().unwrap_or_default();
        let o = match ctx.system_size(s) {
            (9, 10) if (1..=3).contains(&n) => bicyclic_9(ctx, s),
            (10, 11) if n == 1 => quinolone(ctx, s),
            (13, 15) if n == 1 => carbazole(ctx, s),
            (13, 15) if n == 2 => lactam(ctx, s),
            (5, 5) if n == 2 => pyrazole(ctx, s),
            _ => Outcome::NoCore,
        };
        best = best.or(o);
    }
    best.or(super::cannabinoids_other::evaluate(ctx))
}

const C: &[Element] = &[Element::C];
const N: &[Element] = &[Element::N];
const CN: &[Element] = &[Element::C, Element::N];

/// Indole-type bicycle: 0 N1, 1 X2, 2 C3, 3 C3a, 4–7 C4–C7, 8 C7a.
const BI_BONDS: [(usize, usize); 10] = [
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
const INDOLE: [&[Element]; 9] = [N, CN, C, C, CN, CN, CN, CN, C];
const BENZIMIDAZOLE: [&[Element]; 9] = [N, C, N, C, C, C, C, C, C];

fn bicyclic_9(ctx: &Ctx<'_>, s: u32) -> Outcome {
    let mut best = Outcome::NoCore;
    for map in match_template(ctx, s, &INDOLE, &BI_BONDS) {
        let &[n1, x2, c3, c3a, c4, c5, c6, c7, c7a] = map.as_slice() else {
            continue;
        };
        let benzo = [c4, c5, c6, c7];
        let aza: Vec<usize> = benzo
            .iter()
            .copied()
            .filter(|&a| ctx.is(a, Element::N))
            .collect();
        if aza.len() > 1 {
            continue;
        }
        let oxo2 = ctx
            .exocyclic(x2)
            .any(|(j, k)| ctx.is(j, Element::O) && ctx.order(k) == BondOrder::Double);
        let (letter, name) = if oxo2 {
            if !aza.is_empty() || !ctx.is(x2, Element::C) {
                continue;
            }
            ("c", "1H-Indol-2-on-1,3-diyl".to_string())
        } else {
            if !map.iter().all(|&a| ctx.aromatic(a)) {
                continue;
            }
            let base = if ctx.is(x2, Element::N) {
                "Indazol"
            } else {
                "Indol"
            };
            match aza.first() {
                None => ("a", format!("{base}-1,3-diyl")),
                Some(&z) => {
                    let pos = benzo.iter().position(|&a| a == z).unwrap_or(0) + 4;
                    ("b", format!("{pos}-Aza{}-1,3-diyl", base.to_lowercase()))
                }
            }
        };
        // X at position 2
        let x_ok = if oxo2 {
            ctx.exocyclic(x2).count() == 1
        } else if ctx.is(x2, Element::N) {
            ctx.exocyclic(x2).next().is_none()
        } else {
            let e: Vec<usize> = ctx.exocyclic(x2).map(|(j, _)| j).collect();
            match e.as_slice() {
                [] => true,
                [j] => {
                    (is_halogen(ctx.element(*j)) || ctx.classify(x2, *j) == SubKind::Alkyl)
                        && ctx.group(x2, *j).len() == 1
                }
                _ => false,
            }
        };
        let core = Core {
            letter,
            name,
            side: n1,
            bridge: c3,
            r_sites: benzo.iter().copied().filter(|a| !aza.contains(a)).collect(),
            h_only: vec![c3a, c7a],
            max_r: 3,
            quinolone: false,
            hydrazone_ok: oxo2,
        };
        best = best.or(if x_ok {
            judge(ctx, &core, &map)
        } else {
            bare(ctx, &core)
        });
    }
    for map in match_template(ctx, s, &BENZIMIDAZOLE, &BI_BONDS) {
        let &[n1, c2, n3, c3a, c4, c5, c6, c7, c7a] = map.as_slice() else {
            continue;
        };
        if !map.iter().all(|&a| ctx.aromatic(a)) {
            continue;
        }
        for (letter, side, bridge, isomer) in [("e", n1, c2, "I"), ("f", c2, n1, "II")] {
            let core = Core {
                letter,
                name: format!("Benzimidazol-1,2-diyl-Isomer {isomer}"),
                side,
                bridge,
                r_sites: vec![c4, c5, c6, c7],
                h_only: vec![n3, c3a, c7a],
                max_r: 3,
                quinolone: false,
                hydrazone_ok: false,
            };
            best = best.or(judge(ctx, &core, &map));
        }
    }
    best
}

const QUINOLONE: [&[Element]; 10] = [N, C, C, C, C, C, C, C, C, C];
const QUINOLONE_BONDS: [(usize, usize); 11] = [
    (0, 1),
    (1, 2),
    (2, 3),
    (3, 4),
    (4, 9),
    (9, 0),
    (4, 5),
    (5, 6),
    (6, 7),
    (7, 8),
    (8, 9),
];

fn quinolone(ctx: &Ctx<'_>, s: u32) -> Outcome {
    let mut best = Outcome::NoCore;
    for map in match_template(ctx, s, &QUINOLONE, &QUINOLONE_BONDS) {
        let &[n1, c2, c3, c4, c4a, c5, c6, c7, c8, c8a] = map.as_slice() else {
            continue;
        };
        let oxo = ctx
            .exocyclic(c4)
            .any(|(j, k)| ctx.is(j, Element::O) && ctx.order(k) == BondOrder::Double);
        if !oxo || ctx.exocyclic(c4).count() != 1 {
            continue;
        }
        let core = Core {
            letter: "h",
            name: "4-Chinolon-1,3-diyl".to_string(),
            side: n1,
            bridge: c3,
            r_sites: vec![c5, c6, c7, c8],
            h_only: vec![c2, c4a, c8a],
            max_r: 1,
            quinolone: true,
            hydrazone_ok: false,
        };
        best = best.or(judge(ctx, &core, &map));
    }
    best
}

const CARBAZOLE: [&[Element]; 13] = [N, C, C, C, C, C, C, C, C, C, C, C, C];
const CARBAZOLE_BONDS: [(usize, usize); 15] = [
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

fn carbazole(ctx: &Ctx<'_>, s: u32) -> Outcome {
    let mut best = Outcome::NoCore;
    for map in match_template(ctx, s, &CARBAZOLE, &CARBAZOLE_BONDS) {
        if !map.iter().all(|&a| ctx.aromatic(a)) {
            continue;
        }
        let at = |k: usize| map.get(k).copied().unwrap_or(usize::MAX);
        let core = Core {
            letter: "d",
            name: "Carbazol-1,4-diyl".to_string(),
            side: at(0),
            bridge: at(4),
            r_sites: vec![at(8), at(9), at(10), at(11)],
            h_only: vec![at(1), at(2), at(3), at(5), at(6), at(7), at(12)],
            max_r: 3,
            quinolone: false,
            hydrazone_ok: false,
        };
        best = best.or(judge(ctx, &core, &map));
    }
    best
}

const PYRAZOLE: [&[Element]; 5] = [N, N, C, C, C];
const PYRAZOLE_BONDS: [(usize, usize); 5] = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0)];

fn pyrazole(ctx: &Ctx<'_>, s: u32) -> Outcome {
    let mut best = Outcome::NoCore;
    for map in match_template(ctx, s, &PYRAZOLE, &PYRAZOLE_BONDS) {
        let &[n1, n2, c3, c4, c5] = map.as_slice() else {
            continue;
        };
        if !map.iter().all(|&a| ctx.aromatic(a)) {
            continue;
        }
        for (name, bridge, ph_site) in [("Pyrazol-1,5-diyl", c5, c3), ("Pyrazol-1,3-diyl", c3, c5)]
        {
            // the phenyl on the other ring carbon carries R1–R3
            let ph: Vec<usize> = ctx.exocyclic(ph_site).map(|(j, _)| j).collect();
            let [p] = ph[..] else {
                continue;
            };
            if !ctx.on_benzene(p) {
                continue;
            }
            let Some(walk) = ctx.ring_walk(p) else {
                continue;
            };
            let core = Core {
                letter: "g",
                name: name.to_string(),
                side: n1,
                bridge,
                r_sites: walk.iter().copied().skip(1).collect(),
                h_only: vec![n2, c4, ph_site],
                max_r: 3,
                quinolone: false,
                hydrazone_ok: false,
            };
            let mut m = map.clone();
            m.extend(walk.iter().copied());
            best = best.or(judge(ctx, &core, &m));
        }
    }
    best
}

/// A core found: its letter in 2.1.1, name, side-chain and bridge sites,
/// positions where R1–R3 may sit and positions that must carry nothing.
struct Core {
    letter: &'static str,
    name: String,
    side: usize,
    bridge: usize,
    r_sites: Vec<usize>,
    h_only: Vec<usize>,
    max_r: usize,
    quinolone: bool,
    hydrazone_ok: bool,
}

/// The core as a bare core structure: `NotCovered` when both the bridge
/// site and the side-chain site carry something, else `NoCore`.
fn bare(ctx: &Ctx<'_>, core: &Core) -> Outcome {
    if ctx.exocyclic(core.side).next().is_some() && ctx.exocyclic(core.bridge).next().is_some() {
        Outcome::NotCovered
    } else {
        Outcome::NoCore
    }
}

fn judge(ctx: &Ctx<'_>, core: &Core, atoms: &[usize]) -> Outcome {
    let side: Vec<(usize, usize)> = ctx.exocyclic(core.side).collect();
    let bridge: Vec<(usize, usize)> = ctx.exocyclic(core.bridge).collect();
    let ([(t, kt)], [(b, kb)]) = (side.as_slice(), bridge.as_slice()) else {
        return bare(ctx, core);
    };
    let (t, b, kt, kb) = (*t, *b, *kt, *kb);
    if map_contains(atoms, t) || map_contains(atoms, b) || atoms.iter().any(|&a| ctx.charge(a) != 0)
    {
        return Outcome::NotCovered;
    }
    let mut out = vec![cond(
        "Nr. 2.1.1",
        format!("Kernstruktur {}) {}", core.letter, core.name),
    )];
    // R1–R3 (or R)
    let mut rs = Vec::new();
    for &a in &core.r_sites {
        for (j, _) in ctx.exocyclic(a) {
            if map_contains(atoms, j) {
                continue;
            }
            let ok = if core.quinolone {
                is_halogen(ctx.element(j)) && ctx.group(a, j).len() == 1 || is_phenylthio(ctx, a, j)
            } else {
                r_ok(ctx, a, j)
            };
            if !ok {
                return Outcome::NotCovered;
            }
            rs.push((a, j));
        }
    }
    if rs.len() > core.max_r {
        return Outcome::NotCovered;
    }
    for &a in &core.h_only {
        if ctx.exocyclic(a).any(|(j, _)| !map_contains(atoms, j)) {
            return Outcome::NotCovered;
        }
    }
    if !rs.is_empty() {
        let label = if core.quinolone {
            "Rest R"
        } else {
            "Reste R1–R3"
        };
        let names: Vec<String> = rs.iter().map(|&(a, j)| ctx.group_name(a, &[j])).collect();
        out.push(cond("Nr. 2.1.1", format!("{label}: {}", names.join(", "))));
    }
    // 2.1.2 bridge and 2.1.3 residues
    if ctx.order(kb) == BondOrder::Double && !core.hydrazone_ok {
        return Outcome::NotCovered;
    }
    let Some((bridge_name, residues, _)) =
        super::cannabinoid_parts::bridge_of(ctx, core.bridge, b, kb)
    else {
        return Outcome::NotCovered;
    };
    let mut residue_atoms = Vec::new();
    for &(f, r) in &residues {
        residue_atoms.extend(ctx.group(f, r));
    }
    if residues.is_empty() || !only_elements(ctx, &residue_atoms, CHNOS_HAL) {
        return Outcome::NotCovered;
    }
    if residues
        .iter()
        .any(|&(f, r)| chain_length(ctx, &ctx.group(f, r)) > 12)
    {
        return Outcome::NotCovered;
    }
    let rm = mass_of(ctx, &residue_atoms);
    if rm > 400.0 {
        return Outcome::NotCovered;
    }
    out.push(cond("Nr. 2.1.2", format!("Brücke: {bridge_name}")));
    let names: Vec<String> = residues
        .iter()
        .map(|&(f, r)| ctx.group_name(f, &[r]))
        .collect();
    out.push(cond(
        "Nr. 2.1.3",
        format!("Brückenrest: {} ({rm:.1} u ≤ 400 u)", names.join(" + ")),
    ));
    // 2.1.4 side chain
    if ctx.order(kt) != BondOrder::Single {
        return Outcome::NotCovered;
    }
    match super::cannabinoid_parts::side_chain(ctx, core.side, t) {
        Some(text) => out.push(cond("Nr. 2.1.4", text)),
        None => return Outcome::NotCovered,
    }
    Outcome::Member(out)
}

fn map_contains(atoms: &[usize], a: usize) -> bool {
    atoms.contains(&a)
}

/// R1–R3 of cores a–g: F, Cl, Br, I, phenyl, methyl, methoxy, nitro.
fn r_ok(ctx: &Ctx<'_>, a: usize, j: usize) -> bool {
    let g = ctx.group(a, j);
    match ctx.classify(a, j) {
        SubKind::Halo => true,
        SubKind::Alkyl | SubKind::Alkoxy => g.len() == usize::from(ctx.is(j, Element::O)) + 1,
        SubKind::Nitro => true,
        _ => g.len() == 6 && ctx.on_benzene(j),
    }
}

fn is_phenylthio(ctx: &Ctx<'_>, a: usize, j: usize) -> bool {
    if !ctx.is(j, Element::S) || ctx.in_ring(j) {
        return false;
    }
    let nb: Vec<usize> = ctx.heavy(j).map(|(x, _)| x).filter(|&x| x != a).collect();
    matches!(nb.as_slice(), [p] if ctx.on_benzene(*p) && ctx.group(j, *p).len() == 6)
}

const INDOLE_C: [&[Element]; 9] = [N, C, C, C, C, C, C, C, C];

/// 2.1.2 b with the ring closure: indole (X = CH) whose C3 carboxamide N
/// closes a six-membered ring of C and H onto C2 (γ-carbolin-1-ones).
fn lactam(ctx: &Ctx<'_>, s: u32) -> Outcome {
    let mut best = Outcome::NoCore;
    let sys = ctx.system_atoms(s);
    for map in match_template_within(ctx, s, &INDOLE_C, &BI_BONDS) {
        let &[n1, c2, c3, c3a, c4, c5, c6, c7, c7a] = map.as_slice() else {
            continue;
        };
        if !map.iter().all(|&a| ctx.aromatic(a)) {
            continue;
        }
        let extra: Vec<usize> = sys.iter().copied().filter(|a| !map.contains(a)).collect();
        // C3-C(=O)-N-C-C-C2
        let Some(co) = ctx.ring_neighbors(c3).find(|j| extra.contains(j)) else {
            continue;
        };
        let oxo = ctx
            .exocyclic(co)
            .any(|(o, k)| ctx.is(o, Element::O) && ctx.order(k) == BondOrder::Double);
        let Some(n) = ctx
            .ring_neighbors(co)
            .find(|&j| j != c3 && ctx.is(j, Element::N))
        else {
            continue;
        };
        let chain: Vec<usize> = extra
            .iter()
            .copied()
            .filter(|&a| a != co && a != n)
            .collect();
        let closes = chain.len() == 2
            && chain
                .iter()
                .all(|&a| ctx.is(a, Element::C) && ctx.exocyclic(a).next().is_none())
            && chain.iter().any(|&a| ctx.mol.bond_between(a, n).is_some())
            && chain.iter().any(|&a| ctx.mol.bond_between(a, c2).is_some());
        if !oxo || !closes || extra.len() != 4 {
            continue;
        }
        let core = Core {
            letter: "a",
            name: "Indol-1,3-diyl".to_string(),
            side: n1,
            bridge: c3,
            r_sites: vec![c4, c5, c6, c7],
            h_only: vec![c3a, c7a],
            max_r: 3,
            quinolone: false,
            hydrazone_ok: false,
        };
        let side: Vec<(usize, usize)> = ctx.exocyclic(n1).collect();
        let res: Vec<usize> = ctx.exocyclic(n).map(|(j, _)| j).collect();
        let ([(t, kt)], [r]) = (side.as_slice(), res.as_slice()) else {
            best = best.or(Outcome::NotCovered);
            continue;
        };
        let mut out = vec![cond("Nr. 2.1.1", "Kernstruktur a) Indol-1,3-diyl")];
        let mut rs = Vec::new();
        let mut ok = ctx.order(*kt) == BondOrder::Single;
        for &a in &core.r_sites {
            for (j, _) in ctx.exocyclic(a) {
                ok &= r_ok(ctx, a, j);
                rs.push((a, j));
            }
        }
        ok &= rs.len() <= core.max_r
            && core
                .h_only
                .iter()
                .all(|&a| ctx.exocyclic(a).next().is_none());
        let g = ctx.group(n, *r);
        ok &= only_elements(ctx, &g, CHNOS_HAL) && chain_length(ctx, &g) <= 12;
        let rm = mass_of(ctx, &g);
        ok &= rm <= 400.0;
        let side_text = super::cannabinoid_parts::side_chain(ctx, n1, *t);
        let (true, Some(side_text)) = (ok, side_text) else {
            best = best.or(Outcome::NotCovered);
            continue;
        };
        if !rs.is_empty() {
            let names: Vec<String> = rs.iter().map(|&(a, j)| ctx.group_name(a, &[j])).collect();
            out.push(cond(
                "Nr. 2.1.1",
                format!("Reste R1–R3: {}", names.join(", ")),
            ));
        }
        out.push(cond(
            "Nr. 2.1.2",
            "Brücke: b) Carboxamidogruppe, Amid-N mit Sechsring zu Position 2",
        ));
        out.push(cond(
            "Nr. 2.1.3",
            format!(
                "Brückenrest: {} ({rm:.1} u ≤ 400 u)",
                ctx.group_name(n, &[*r])
            ),
        ));
        out.push(cond("Nr. 2.1.4", side_text));
        best = best.or(Outcome::Member(out));
    }
    best
}
