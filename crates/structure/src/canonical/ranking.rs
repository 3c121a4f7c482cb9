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
        ..Refiner::default()
    };
    let mut touched: Vec<u32> = (0..n as u32).collect();
    let mut changed: Vec<u32> = Vec::new();
    let mut cursor = 0usize;
    loop {
        while !touched.is_empty() {
            refiner.round(&mut p, &touched, &nbrs);
            std::mem::swap(&mut changed, &mut refiner.changed);
            refiner.neighbours_of(&changed, &nbrs, &mut touched);
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
        refiner.neighbours_of(&[chosen], &nbrs, &mut touched);
    }
    p.cls.iter().map(|&c| p.start[c as usize]).collect()
}

#[derive(Default)]
struct Refiner {
    /// Round stamp of atoms touched (or collected) in the current step.
    mark: Vec<u32>,
    stamp: u32,
    /// Scratch for neighbour lists.
    sig: Vec<u64>,
    /// Touched atoms by class.
    by_class: Vec<(u32, u32)>,
    /// Touched atoms of one class with their list's span in `sig`.
    spans: Vec<(u32, u32, u32)>,
    /// Parts of the classes that split: (first, end) in `part_atoms`, and
    /// whether the untouched members belong to it.
    parts: Vec<(u32, u32, bool)>,
    part_atoms: Vec<u32>,
    /// Splitting classes: (class, first, end) in `parts`.
    plans: Vec<(u32, u32, u32)>,
    /// Atoms that changed class in the round.
    changed: Vec<u32>,
    /// Scratch for the positions of a class's parts.
    starts: Vec<u32>,
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

    /// The distinct neighbours of `atoms`, into `out`.
    fn neighbours_of<'a>(
        &mut self,
        atoms: &[u32],
        nbrs: &impl Fn(usize) -> &'a [(u32, u8)],
        out: &mut Vec<u32>,
    ) {
        let s = self.next_stamp();
        out.clear();
        for &a in atoms {
            for &(u, _) in nbrs(a as usize) {
                if self.mark[u as usize] != s {
                    self.mark[u as usize] = s;
                    out.push(u);
                }
            }
        }
    }

    /// Appends the sorted neighbour list of `a` (as `position << 3 | code`).
    fn push_sig<'a>(
        sig: &mut Vec<u64>,
        p: &Partition,
        a: u32,
        nbrs: &impl Fn(usize) -> &'a [(u32, u8)],
    ) -> (u32, u32) {
        let from = sig.len();
        for &(u, code) in nbrs(a as usize) {
            let pos = p.start[p.cls[u as usize] as usize];
            sig.push((u64::from(pos) << 3) | u64::from(code));
        }
        sig[from..].sort_unstable();
        (from as u32, sig.len() as u32)
    }

    /// Plans the split of class `c`, whose touched members are `group`
    /// (marked with stamp `s`); pushes the plan when it splits.
    fn plan<'a>(
        &mut self,
        p: &Partition,
        c: u32,
        group: std::ops::Range<usize>,
        s: u32,
        nbrs: &impl Fn(usize) -> &'a [(u32, u8)],
    ) {
        let size = p.members[c as usize].len();
        self.sig.clear();
        self.spans.clear();
        for k in group.clone() {
            let a = self.by_class[k].1;
            let (f, t) = Self::push_sig(&mut self.sig, p, a, nbrs);
            self.spans.push((a, f, t));
        }
        let sig = &self.sig;
        let key = |x: &(u32, u32, u32)| &sig[x.1 as usize..x.2 as usize];
        self.spans
            .sort_by(|x, y| key(x).cmp(key(y)).then(x.0.cmp(&y.0)));
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
        let span = |f: u32, t: u32| &sig[f as usize..t as usize];
        let first_part = self.parts.len() as u32;
        let mut rest_done = rest.is_none();
        let mut j = 0;
        while j < self.spans.len() {
            let (_, jf, jt) = self.spans[j];
            let this = span(jf, jt);
            if let (false, Some((f, t))) = (rest_done, rest) {
                if span(f, t) < this {
                    let at = self.part_atoms.len() as u32;
                    self.parts.push((at, at, true));
                    rest_done = true;
                }
            }
            let from = self.part_atoms.len() as u32;
            let mut e = j;
            while e < self.spans.len() && span(self.spans[e].1, self.spans[e].2) == this {
                self.part_atoms.push(self.spans[e].0);
                e += 1;
            }
            let mut with_rest = false;
            if let (false, Some((f, t))) = (rest_done, rest) {
                if span(f, t) == this {
                    with_rest = true;
                    rest_done = true;
                }
            }
            self.parts
                .push((from, self.part_atoms.len() as u32, with_rest));
            j = e;
        }
        if !rest_done {
            let at = self.part_atoms.len() as u32;
            self.parts.push((at, at, true));
        }
        let end = self.parts.len() as u32;
        if end - first_part > 1 {
            self.plans.push((c, first_part, end));
        } else {
            self.parts.truncate(first_part as usize);
        }
    }

    /// One simultaneous round over the classes of the touched atoms; the
    /// atoms that changed class are left in `self.changed`.
    fn round<'a>(
        &mut self,
        p: &mut Partition,
        touched: &[u32],
        nbrs: &impl Fn(usize) -> &'a [(u32, u8)],
    ) {
        let s = self.next_stamp();
        self.by_class.clear();
        self.by_class.extend(
            touched
                .iter()
                .filter(|&&a| p.members[p.cls[a as usize] as usize].len() > 1)
                .map(|&a| (p.cls[a as usize], a)),
        );
        for &(_, a) in &self.by_class {
            self.mark[a as usize] = s;
        }
        self.by_class.sort_unstable();
        self.plans.clear();
        self.parts.clear();
        self.part_atoms.clear();
        self.changed.clear();
        // Plans first (all lists read the positions of the round's start).
        let mut k = 0;
        while k < self.by_class.len() {
            let c = self.by_class[k].0;
            let mut e = k + 1;
            while e < self.by_class.len() && self.by_class[e].0 == c {
                e += 1;
            }
            self.plan(p, c, k..e, s, nbrs);
            k = e;
        }
        for pi in 0..self.plans.len() {
            let (c, pf, pt) = self.plans[pi];
            self.apply(p, c as usize, pf as usize..pt as usize, s);
        }
    }

    /// Splits class `c` into `self.parts[parts]` (in order).
    fn apply(&mut self, p: &mut Partition, c: usize, parts: std::ops::Range<usize>, s: u32) {
        let size = p.members[c].len();
        let parts = &self.parts[parts];
        let touched: usize = parts.iter().map(|x| (x.1 - x.0) as usize).sum();
        let rest_size = size - touched;
        let len = |x: &(u32, u32, bool)| (x.1 - x.0) as usize + if x.2 { rest_size } else { 0 };
        // The largest part (first of equals) keeps the class.
        let mut keep = 0;
        for (i, part) in parts.iter().enumerate() {
            if len(part) > len(&parts[keep]) {
                keep = i;
            }
        }
        let mut starts = std::mem::take(&mut self.starts);
        starts.clear();
        let mut at = p.start[c];
        for part in parts {
            starts.push(at);
            at += len(part) as u32;
        }
        let atoms = |x: &(u32, u32, bool)| &self.part_atoms[x.0 as usize..x.1 as usize];
        if parts[keep].2 {
            for (i, part) in parts.iter().enumerate() {
                if i != keep {
                    for &a in atoms(part) {
                        p.remove(c, a);
                    }
                }
            }
        } else {
            // Untouched members (if any) leave with their part.
            let mut rest_atoms = Vec::new();
            if rest_size > 0 {
                rest_atoms = p.members[c]
                    .iter()
                    .copied()
                    .filter(|&a| self.mark[a as usize] != s)
                    .collect();
            }
            let kept = atoms(&parts[keep]).to_vec();
            for (k, &a) in kept.iter().enumerate() {
                p.slot[a as usize] = k as u32;
            }
            p.members[c] = kept;
            p.sorted[c] = false;
            for (i, part) in parts.iter().enumerate() {
                if part.2 {
                    let mut list = std::mem::take(&mut rest_atoms);
                    list.extend_from_slice(atoms(part));
                    self.changed.extend_from_slice(&list);
                    p.new_class(starts[i], list);
                }
            }
        }
        for (i, part) in parts.iter().enumerate() {
            if i == keep || part.2 {
                continue;
            }
            self.changed.extend_from_slice(atoms(part));
            p.new_class(starts[i], atoms(part).to_vec());
        }
        p.start[c] = starts[keep];
        p.at_pos[starts[keep] as usize] = c as u32;
        self.starts = starts;
    }
}
