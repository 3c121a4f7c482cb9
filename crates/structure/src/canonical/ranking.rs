//! Canonical atom ranking by partition refinement.
//!
//! Atoms start in classes of equal invariants, ordered by invariant. Each
//! round splits every class by the sorted list of `(neighbour class, bond
//! code)` of its members (the Weininger/Morgan iteration), the parts of a
//! class taking its place in the order sorted by that list. When no class
//! splits, the lowest class with several members is broken: its
//! lowest-index atom goes first, and refinement resumes. The ranks are the
//! class positions once every class has one atom.
//!
//! Rounds touch only the atoms next to an atom that changed class in the
//! previous round: the members of a class that are not touched still share
//! one list, so only touched members are sorted. When a class splits, its
//! largest part keeps the class's identity and only the members of the other
//! parts change class, so an atom changes class at most `log2 n` times
//! (each time its class at least halves) plus once when a tie is broken on
//! it. The whole ranking is `O((n + m) log² n)` time for `n` atoms and `m`
//! bonds (a sort over the touched atoms in each round) and `O(n + m)` space.
//!
//! The result is the same as splitting every class in every round (the
//! method this module replaced): class order depends only on the ordered
//! partition, never on which part keeps which identity.

/// Sentinel for "no class".
const NONE: u32 = u32::MAX;

/// Refinement state: classes as member lists with a position in the order.
struct Partition {
    /// Class of every atom.
    cls: Vec<u32>,
    /// Position of each class (the rank of its first member).
    start: Vec<u32>,
    /// Members of each class, unordered (except when `sorted` says so).
    members: Vec<Vec<u32>>,
    /// Members sorted by descending atom index (the tie-break pops the last).
    sorted: Vec<bool>,
    /// Index of every atom in its class's member list.
    slot: Vec<u32>,
    /// Class starting at each position, or `NONE`.
    at_pos: Vec<u32>,
}

impl Partition {
    fn remove(&mut self, c: usize, a: u32) {
        let k = self.slot[a as usize] as usize;
        let list = &mut self.members[c];
        list.swap_remove(k);
        if let Some(&moved) = list.get(k) {
            self.slot[moved as usize] = k as u32;
        }
        self.sorted[c] = false;
    }

    fn new_class(&mut self, start: u32, atoms: Vec<u32>) -> u32 {
        let id = self.start.len() as u32;
        for (k, &a) in atoms.iter().enumerate() {
            self.cls[a as usize] = id;
            self.slot[a as usize] = k as u32;
        }
        self.start.push(start);
        self.members.push(atoms);
        self.sorted.push(false);
        self.at_pos[start as usize] = id;
        id
    }
}

/// A part of a splitting class: touched atoms, plus the untouched members
/// when `rest` is set.
struct Part {
    atoms: Vec<u32>,
    rest: bool,
}

/// Ranks the atoms: `inv` holds one invariant per atom (lower sorts first),
/// `adj` the neighbours of each atom as `(atom, bond code)` in CSR form
/// (`adj[adj_start[i]..adj_start[i + 1]]`); codes must be below 8. With
/// `classes`, the class positions before the first tie is broken (equal
/// for atoms the refinement cannot tell apart) are written there.
pub(crate) fn rank(
    inv: &[u64],
    adj_start: &[u32],
    adj: &[(u32, u8)],
    mut classes: Option<&mut Vec<u32>>,
) -> Vec<u32> {
    let n = inv.len();
    if n == 0 {
        return Vec::new();
    }
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_by_key(|&i| inv[i as usize]);
    let mut p = Partition {
        cls: vec![NONE; n],
        start: Vec::new(),
        members: Vec::new(),
        sorted: Vec::new(),
        slot: vec![0; n],
        at_pos: vec![NONE; n],
    };
    let mut k = 0;
    while k < n {
        let mut e = k + 1;
        while e < n && inv[order[e] as usize] == inv[order[k] as usize] {
            e += 1;
        }
        p.new_class(k as u32, order[k..e].to_vec());
        k = e;
    }
    let nbrs = |i: usize| {
        let s = adj_start[i] as usize;
        let e = adj_start[i + 1] as usize;
        &adj[s..e]
    };
    let mut refiner = Refiner {
        mark: vec![0; n],
        stamp: 0,
        sig: Vec::new(),
    };
    let mut touched: Vec<u32> = (0..n as u32).collect();
    let mut cursor = 0usize;
    loop {
        while !touched.is_empty() {
            let changed = refiner.round(&mut p, &touched, &nbrs);
            touched = refiner.neighbours_of(&changed, &nbrs);
        }
        if let Some(out) = classes.take() {
            *out = p.cls.iter().map(|&c| p.start[c as usize]).collect();
        }
        // The lowest class with several members; everything below is final.
        while cursor < n {
            let c = p.at_pos[cursor] as usize;
            match p.members.get(c).map(Vec::len) {
                Some(1) => cursor += 1,
                Some(_) => break,
                None => cursor += 1,
            }
        }
        if cursor >= n {
            break;
        }
        let c = p.at_pos[cursor] as usize;
        if !p.sorted[c] {
            let mut list = std::mem::take(&mut p.members[c]);
            list.sort_unstable_by(|a, b| b.cmp(a));
            for (k, &a) in list.iter().enumerate() {
                p.slot[a as usize] = k as u32;
            }
            p.members[c] = list;
            p.sorted[c] = true;
        }
        let Some(chosen) = p.members[c].pop() else {
            break;
        };
        let pos = p.start[c];
        p.start[c] = pos + 1;
        p.at_pos[pos as usize + 1] = c as u32;
        p.new_class(pos, vec![chosen]);
        touched = refiner.neighbours_of(&[chosen], &nbrs);
    }
    p.cls.iter().map(|&c| p.start[c as usize]).collect()
}

struct Refiner {
    /// Round stamp of atoms touched (or collected) in the current step.
    mark: Vec<u32>,
    stamp: u32,
    /// Scratch for neighbour lists.
    sig: Vec<u64>,
}

impl Refiner {
    fn next_stamp(&mut self) -> u32 {
        self.stamp = self.stamp.wrapping_add(1);
        if self.stamp == 0 {
            self.mark.iter_mut().for_each(|m| *m = 0);
            self.stamp = 1;
        }
        self.stamp
    }

    /// The distinct neighbours of `atoms`.
    fn neighbours_of<'a>(
        &mut self,
        atoms: &[u32],
        nbrs: &impl Fn(usize) -> &'a [(u32, u8)],
    ) -> Vec<u32> {
        let s = self.next_stamp();
        let mut out = Vec::new();
        for &a in atoms {
            for &(u, _) in nbrs(a as usize) {
                if self.mark[u as usize] != s {
                    self.mark[u as usize] = s;
                    out.push(u);
                }
            }
        }
        out
    }

    /// Appends the sorted neighbour list of `a` (as `position << 3 | code`).
    fn push_sig<'a>(
        sig: &mut Vec<u64>,
        p: &Partition,
        a: u32,
        nbrs: &impl Fn(usize) -> &'a [(u32, u8)],
    ) -> (usize, usize) {
        let from = sig.len();
        for &(u, code) in nbrs(a as usize) {
            let pos = p.start[p.cls[u as usize] as usize];
            sig.push((u64::from(pos) << 3) | u64::from(code));
        }
        sig[from..].sort_unstable();
        (from, sig.len())
    }

    /// One simultaneous round over the classes of the touched atoms; returns
    /// the atoms that changed class.
    fn round<'a>(
        &mut self,
        p: &mut Partition,
        touched: &[u32],
        nbrs: &impl Fn(usize) -> &'a [(u32, u8)],
    ) -> Vec<u32> {
        let s = self.next_stamp();
        let mut by_class: Vec<(u32, u32)> = touched
            .iter()
            .filter(|&&a| p.members[p.cls[a as usize] as usize].len() > 1)
            .map(|&a| (p.cls[a as usize], a))
            .collect();
        for &(_, a) in &by_class {
            self.mark[a as usize] = s;
        }
        by_class.sort_unstable();
        // Plans first (all lists read the positions of the round's start).
        let mut plans: Vec<(u32, Vec<Part>)> = Vec::new();
        let mut k = 0;
        while k < by_class.len() {
            let c = by_class[k].0;
            let mut e = k + 1;
            while e < by_class.len() && by_class[e].0 == c {
                e += 1;
            }
            let group: Vec<u32> = by_class[k..e].iter().map(|x| x.1).collect();
            k = e;
            let size = p.members[c as usize].len();
            self.sig.clear();
            let mut spans: Vec<(u32, usize, usize)> = group
                .iter()
                .map(|&a| {
                    let (f, t) = Self::push_sig(&mut self.sig, p, a, nbrs);
                    (a, f, t)
                })
                .collect();
            let sig = &self.sig;
            let key = |x: &(u32, usize, usize)| &sig[x.1..x.2];
            spans.sort_by(|x, y| key(x).cmp(key(y)).then(x.0.cmp(&y.0)));
            let rest = if group.len() < size {
                // Any untouched member stands for all of them.
                let rep = p.members[c as usize]
                    .iter()
                    .copied()
                    .find(|&a| self.mark[a as usize] != s);
                rep.map(|r| Self::push_sig(&mut self.sig, p, r, nbrs))
            } else {
                None
            };
            let sig = &self.sig;
            let mut parts: Vec<Part> = Vec::new();
            let mut rest_done = rest.is_none();
            let mut j = 0;
            while j < spans.len() {
                let this = &sig[spans[j].1..spans[j].2];
                if let (false, Some((f, t))) = (rest_done, rest) {
                    let r = &sig[f..t];
                    if r < this {
                        parts.push(Part {
                            atoms: Vec::new(),
                            rest: true,
                        });
                        rest_done = true;
                    }
                }
                let mut part = Part {
                    atoms: Vec::new(),
                    rest: false,
                };
                let mut e = j;
                while e < spans.len() && sig[spans[e].1..spans[e].2] == *this {
                    part.atoms.push(spans[e].0);
                    e += 1;
                }
                if let (false, Some((f, t))) = (rest_done, rest) {
                    if sig[f..t] == *this {
                        part.rest = true;
                        rest_done = true;
                    }
                }
                parts.push(part);
                j = e;
            }
            if !rest_done {
                parts.push(Part {
                    atoms: Vec::new(),
                    rest: true,
                });
            }
            if parts.len() > 1 {
                plans.push((c, parts));
            }
        }
        let mut changed = Vec::new();
        for (c, parts) in plans {
            let c = c as usize;
            let size = p.members[c].len();
            let rest_size = size - parts.iter().map(|x| x.atoms.len()).sum::<usize>();
            let len = |x: &Part| x.atoms.len() + if x.rest { rest_size } else { 0 };
            // The largest part (first of equals) keeps the class.
            let mut keep = 0;
            for (i, part) in parts.iter().enumerate() {
                if len(part) > len(&parts[keep]) {
                    keep = i;
                }
            }
            let base = p.start[c];
            let mut starts = Vec::with_capacity(parts.len());
            let mut at = base;
            for part in &parts {
                starts.push(at);
                at += len(part) as u32;
            }
            if parts[keep].rest {
                for (i, part) in parts.iter().enumerate() {
                    if i != keep {
                        for &a in &part.atoms {
                            p.remove(c, a);
                        }
                    }
                }
            } else {
                // Untouched members (if any) leave with the other parts.
                let mut rest_atoms = Vec::new();
                if rest_size > 0 {
                    rest_atoms = p.members[c]
                        .iter()
                        .copied()
                        .filter(|&a| self.mark[a as usize] != s)
                        .collect();
                }
                let kept = parts[keep].atoms.clone();
                for (k, &a) in kept.iter().enumerate() {
                    p.slot[a as usize] = k as u32;
                }
                p.members[c] = kept;
                p.sorted[c] = false;
                for (i, part) in parts.iter().enumerate() {
                    if part.rest {
                        let mut atoms = std::mem::take(&mut rest_atoms);
                        if i != keep {
                            atoms.extend_from_slice(&part.atoms);
                        }
                        changed.extend_from_slice(&atoms);
                        p.new_class(starts[i], atoms);
                    }
                }
            }
            for (i, part) in parts.iter().enumerate() {
                if i == keep || part.rest {
                    continue;
                }
                changed.extend_from_slice(&part.atoms);
                p.new_class(starts[i], part.atoms.clone());
            }
            if parts[keep].rest {
                // Touched atoms in the kept part stay; nothing else to move.
            }
            p.start[c] = starts[keep];
            p.at_pos[starts[keep] as usize] = c as u32;
        }
        changed
    }
}
