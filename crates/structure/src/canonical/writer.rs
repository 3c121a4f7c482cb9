//! Writing a molecule as SMILES in a given atom order: the canonical order
//! for identity, or any order (for tests that redraw a molecule).

use std::fmt::Write as _;

use crate::graph::{organic_implicit_h, BondOrder, Element, Molecule};

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
    stereo: bool,
) -> String {
    let n = mol.atom_count();
    let mut out = String::with_capacity(frag.len() * 2);
    let Some(&root) = frag.iter().min_by_key(|&&i| ranks[i]) else {
        return out;
    };
    // Neighbours of every atom sorted by rank, flat (CSR).
    let mut nstart = Vec::with_capacity(n + 1);
    nstart.push(0usize);
    let mut nbrs: Vec<(u32, u32)> = Vec::with_capacity(2 * mol.bond_count());
    for v in 0..n {
        let from = nbrs.len();
        nbrs.extend(mol.neighbors(v).map(|(u, bk)| (u as u32, bk as u32)));
        nbrs[from..].sort_unstable_by_key(|&(u, _)| ranks[u as usize]);
        nstart.push(nbrs.len());
    }
    // Pass 1: DFS to find tree children and ring closures.
    let mut visit = vec![u32::MAX; n];
    let mut bond_used = vec![false; mol.bond_count()];
    // (parent, child, bond) in visit order.
    let mut tree: Vec<(u32, u32, u32)> = Vec::with_capacity(frag.len());
    // (opener, closer, bond)
    let mut closures: Vec<(u32, u32, u32)> = Vec::new();
    let mut t = 0u32;
    // Frames: atom, next position in its sorted neighbours.
    let mut stack: Vec<(usize, usize)> = vec![(root, nstart[root])];
    visit[root] = t;
    t += 1;
    while let Some((v, pos)) = stack.last_mut() {
        let v = *v;
        if *pos >= nstart[v + 1] {
            stack.pop();
            continue;
        }
        let (u, bk) = nbrs[*pos];
        let (u, bk) = (u as usize, bk as usize);
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
            tree.push((v as u32, u as u32, bk as u32));
            stack.push((u, nstart[u]));
        }
    }
    // Children per atom, in visit order (CSR).
    let mut cstart = vec![0usize; n + 1];
    for &(p, _, _) in &tree {
        cstart[p as usize + 1] += 1;
    }
    for i in 0..n {
        cstart[i + 1] += cstart[i];
    }
    let mut fill = cstart.clone();
    let mut kids: Vec<(u32, u32)> = vec![(0, 0); tree.len()];
    for &(p, c, bk) in &tree {
        kids[fill[p as usize]] = (c, bk);
        fill[p as usize] += 1;
    }
    let children = |v: usize| &kids[cstart[v]..cstart[v + 1]];
    // Ring-closure lists per atom: (atom, partner visit order, is_close,
    // partner, bond), closings first (in partner order), then openings.
    let mut ring_list: Vec<(u32, bool, u32, u32, u32)> = Vec::with_capacity(2 * closures.len());
    for &(o, c, bk) in &closures {
        ring_list.push((o, true, visit[c as usize], c, bk));
        ring_list.push((c, false, visit[o as usize], o, bk));
    }
    ring_list.sort_unstable_by_key(|&(a, opening, vo, _, _)| (a, opening, vo));
    let mut rstart = vec![0usize; n + 1];
    for &(a, ..) in &ring_list {
        rstart[a as usize + 1] += 1;
    }
    for i in 0..n {
        rstart[i + 1] += rstart[i];
    }
    let rings = |v: usize| {
        ring_list[rstart[v]..rstart[v + 1]]
            .iter()
            .map(|&(_, opening, vo, partner, bk)| (vo, !opening, partner, bk))
    };
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
                let chiral = if stereo {
                    written_chirality(mol, v, via, rings(v).map(|x| x.2), children(v))
                } else {
                    None
                };
                write_atom(mol, orders, v, kekule, chiral, &mut out);
                for (_, is_close, _, bk) in rings(v) {
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
                let ch = children(v);
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
/// The `@` (`false`) or `@@` (`true`) that gives atom `v` its parity when
/// its neighbours are written in this order: the atom it is reached from
/// (`via`), its implicit hydrogen or lone pair, its ring-closure partners,
/// then its children (OpenSMILES order).
fn written_chirality(
    mol: &Molecule,
    v: usize,
    via: Option<usize>,
    ring_partners: impl Iterator<Item = u32>,
    children: &[(u32, u32)],
) -> Option<bool> {
    let a = &mol.atoms()[v];
    let parity = a.parity?;
    let mut keys: Vec<i64> = Vec::with_capacity(4);
    if let Some(bk) = via {
        keys.push(mol.bonds()[bk].other(v) as i64);
    }
    let implicit = a.total_h() == 1 || (a.total_h() == 0 && mol.degree(v) == 3);
    if implicit {
        keys.push(-1);
    }
    keys.extend(ring_partners.map(i64::from));
    keys.extend(children.iter().map(|&(c, _)| i64::from(c)));
    if keys.len() != 4 {
        return None;
    }
    let mut inversions = 0;
    for i in 0..4 {
        for j in (i + 1)..4 {
            if keys[i] > keys[j] {
                inversions += 1;
            }
        }
    }
    Some(parity ^ (inversions % 2 == 1))
}

fn write_atom(
    mol: &Molecule,
    orders: &[BondOrder],
    i: usize,
    kekule: bool,
    chiral: Option<bool>,
    out: &mut String,
) {
    let a = &mol.atoms()[i];
    let aromatic = a.aromatic && !kekule;
    let sym = if aromatic {
        aromatic_symbol(a.element).unwrap_or(a.element.symbol())
    } else {
        a.element.symbol()
    };
    let h = a.total_h();
    if a.isotope.is_none() && a.charge == 0 && chiral.is_none() {
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
    match chiral {
        Some(false) => out.push('@'),
        Some(true) => out.push_str("@@"),
        None => {}
    }
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
