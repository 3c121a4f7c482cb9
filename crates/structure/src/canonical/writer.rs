//! Writing a molecule as SMILES in a given atom order: the canonical order
//! for identity, or any order (for tests that redraw a molecule).

use std::fmt::Write as _;

use crate::graph::{organic_implicit_h, BondOrder, Element, Molecule};

/// DFS frame: atom, its neighbours sorted by rank, next position.
type DfsFrame = (usize, Vec<(usize, usize)>, usize);

enum Step {
    Atom(usize, Option<usize>),
    Open,
    Close,
}

/// Writes the connected atoms `frag` as SMILES: the walk starts at the
/// lowest-ranked atom and visits neighbours in rank order. `orders` gives
/// the bond orders to write; with `kekule` every atom is written aliphatic
/// (`orders` must then be a Kekulé structure).
pub(crate) fn write_fragment(
    mol: &Molecule,
    ranks: &[u32],
    orders: &[BondOrder],
    frag: &[usize],
    kekule: bool,
) -> String {
    let n = mol.atom_count();
    let mut out = String::with_capacity(frag.len() * 2);
    let Some(&root) = frag.iter().min_by_key(|&&i| ranks[i]) else {
        return out;
    };
    // Pass 1: DFS to find tree children and ring closures.
    let mut visit = vec![u32::MAX; n];
    let mut bond_used = vec![false; mol.bond_count()];
    let mut children: Vec<Vec<(u32, u32)>> = vec![Vec::new(); n];
    // (opener, closer, bond)
    let mut closures: Vec<(u32, u32, u32)> = Vec::new();
    let sorted_nbrs = |v: usize| {
        let mut nb: Vec<(usize, usize)> = mol.neighbors(v).collect();
        nb.sort_unstable_by_key(|&(u, _)| ranks[u]);
        nb
    };
    let mut t = 0u32;
    let mut stack: Vec<DfsFrame> = Vec::new();
    visit[root] = t;
    t += 1;
    stack.push((root, sorted_nbrs(root), 0));
    while let Some((v, nb, pos)) = stack.last_mut() {
        let v = *v;
        if *pos >= nb.len() {
            stack.pop();
            continue;
        }
        let (u, bk) = nb[*pos];
        *pos += 1;
        if bond_used[bk] {
            continue;
        }
        bond_used[bk] = true;
        if visit[u] != u32::MAX {
            closures.push((u as u32, v as u32, bk as u32));
        } else {
            visit[u] = t;
            t += 1;
            children[v].push((u as u32, bk as u32));
            let nbu = sorted_nbrs(u);
            stack.push((u, nbu, 0));
        }
    }
    // Ring-closure lists per atom: (partner visit order, is_close, bond).
    let mut rings: Vec<Vec<(u32, bool, u32, u32)>> = vec![Vec::new(); n];
    for &(o, c, bk) in &closures {
        rings[o as usize].push((visit[c as usize], false, c, bk));
        rings[c as usize].push((visit[o as usize], true, o, bk));
    }
    for r in rings.iter_mut() {
        // Closings first (in partner order), then openings.
        r.sort_unstable_by_key(|&(vo, is_close, _, _)| (!is_close, vo));
    }
    // Pass 2: write.
    let mut digit_of_bond: Vec<u32> = vec![u32::MAX; mol.bond_count()];
    let mut free = [true; 1000];
    free[0] = false;
    let mut steps = vec![Step::Atom(root, None)];
    while let Some(step) = steps.pop() {
        match step {
            Step::Open => out.push('('),
            Step::Close => out.push(')'),
            Step::Atom(v, via) => {
                if let Some(bk) = via {
                    let from = mol.bonds()[bk].other(v);
                    write_bond(mol, orders, bk, from, kekule, &mut out);
                }
                write_atom(mol, orders, v, kekule, &mut out);
                for &(_, is_close, _, bk) in &rings[v] {
                    let bk = bk as usize;
                    if is_close {
                        let d = digit_of_bond[bk];
                        write_bond(mol, orders, bk, v, kekule, &mut out);
                        write_ring_digit(d, &mut out);
                        if let Some(f) = free.get_mut(d as usize) {
                            *f = true;
                        }
                    } else {
                        let d = free.iter().position(|&f| f).unwrap_or(999);
                        if let Some(f) = free.get_mut(d) {
                            *f = false;
                        }
                        digit_of_bond[bk] = d as u32;
                        write_ring_digit(d as u32, &mut out);
                    }
                }
                let ch = &children[v];
                if let Some((&(last, lb), rest)) = ch.split_last() {
                    steps.push(Step::Atom(last as usize, Some(lb as usize)));
                    for &(c, cb) in rest.iter().rev() {
                        steps.push(Step::Close);
                        steps.push(Step::Atom(c as usize, Some(cb as usize)));
                        steps.push(Step::Open);
                    }
                }
            }
        }
    }
    out
}

fn write_ring_digit(d: u32, out: &mut String) {
    if d < 10 {
        let _ = write!(out, "{d}");
    } else if d < 100 {
        let _ = write!(out, "%{d}");
    } else {
        let _ = write!(out, "%({d})");
    }
}

/// Writes bond `bk` as read from atom `from` to its other end.
fn write_bond(
    mol: &Molecule,
    orders: &[BondOrder],
    bk: usize,
    from: usize,
    kekule: bool,
    out: &mut String,
) {
    let b = &mol.bonds()[bk];
    let both_arom = !kekule && mol.atoms()[b.a].aromatic && mol.atoms()[b.b].aromatic;
    match orders.get(bk).copied().unwrap_or(b.order) {
        BondOrder::Single => {
            if both_arom {
                out.push('-');
            }
        }
        BondOrder::Aromatic => {
            if !both_arom {
                out.push(':');
            }
        }
        BondOrder::Double => out.push('='),
        BondOrder::Triple => out.push('#'),
        BondOrder::Quadruple => out.push('$'),
        BondOrder::Dative => out.push_str(if from == b.a { "->" } else { "<-" }),
    }
}

fn aromatic_symbol(e: Element) -> Option<&'static str> {
    Some(match e.atomic_number() {
        5 => "b",
        6 => "c",
        7 => "n",
        8 => "o",
        14 => "si",
        15 => "p",
        16 => "s",
        33 => "as",
        34 => "se",
        52 => "te",
        _ => return None,
    })
}

/// Writes atom `i` as it must appear so that reading it back gives the
/// same atom (organic subset when possible, brackets otherwise).
fn write_atom(mol: &Molecule, orders: &[BondOrder], i: usize, kekule: bool, out: &mut String) {
    let a = &mol.atoms()[i];
    let aromatic = a.aromatic && !kekule;
    let sym = if aromatic {
        aromatic_symbol(a.element).unwrap_or(a.element.symbol())
    } else {
        a.element.symbol()
    };
    let h = a.total_h();
    if a.isotope.is_none() && a.charge == 0 {
        if a.element.is_organic_subset() {
            let v: u32 = mol
                .neighbors(i)
                .map(|(_, bk)| match orders.get(bk) {
                    Some(BondOrder::Dative) => mol.bonds()[bk].valence_at(i),
                    o => o.map_or(1, |o| o.valence()),
                })
                .sum();
            if organic_implicit_h(a.element, aromatic, v).0 == h {
                out.push_str(sym);
                return;
            }
        } else if a.element == Element::WILDCARD && h == 0 {
            out.push('*');
            return;
        }
    }
    out.push('[');
    if let Some(iso) = a.isotope {
        let _ = write!(out, "{iso}");
    }
    out.push_str(sym);
    match h {
        0 => {}
        1 => out.push('H'),
        _ => {
            let _ = write!(out, "H{h}");
        }
    }
    match a.charge {
        0 => {}
        1 => out.push('+'),
        -1 => out.push('-'),
        c if c > 0 => {
            let _ = write!(out, "+{c}");
        }
        c => {
            let _ = write!(out, "-{}", c.unsigned_abs());
        }
    }
    out.push(']');
}
