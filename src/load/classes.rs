//! Class membership: every `classes` id names a class record, no class is
//! (through other classes) a member of itself, and each substance holds the
//! closure of its memberships (a member of a class whose parent class is
//! listed falls under that listing too).

use std::collections::{HashMap, HashSet};

use super::record::quote;
use super::references::is_class;
use super::substance::RawSubstance;
use super::{Origin, Problem};

/// Resolves `memberships` (substance, class id, where given) into each
/// substance's `classes`: its direct classes in the order given, then the
/// classes those fall under, nearest first. Cycles are reported.
pub(crate) fn resolve(
    substances: &mut [RawSubstance],
    memberships: Vec<(usize, String, Origin)>,
    sub_ix: &HashMap<String, u32>,
    problems: &mut Vec<Problem>,
) {
    let mut direct: Vec<Vec<u32>> = vec![Vec::new(); substances.len()];
    let mut given: HashSet<(usize, u32)> = HashSet::new();
    for (i, class, o) in memberships {
        match sub_ix.get(&class) {
            Some(&c) if is_class(&substances[c as usize]) => {
                if given.insert((i, c)) {
                    direct[i].push(c);
                }
            }
            Some(_) => problems.push(Problem::at(
                &o,
                "classes",
                format!(
                    "{} is not a class (kind = \"class\")",
                    quote(&format!("{class:?}"))
                ),
            )),
            None => problems.push(Problem::at(
                &o,
                "classes",
                format!("unknown class id {}", quote(&format!("{class:?}"))),
            )),
        }
    }
    drop(given);
    report_cycles(substances, &direct, problems);

    // Classes that are themselves members of a class: only their members
    // need more than their direct classes.
    let nested = direct
        .iter()
        .any(|d| d.iter().any(|&c| !direct[c as usize].is_empty()));
    for (i, s) in substances.iter_mut().enumerate() {
        let mut all = std::mem::take(&mut direct[i]);
        if nested && !all.is_empty() {
            let mut seen: HashSet<u32> = all.iter().copied().collect();
            let mut k = 0;
            while k < all.len() {
                let c = all[k] as usize;
                // `direct[i]` was taken; a class's own list is still there
                // unless it is this substance (a cycle through itself).
                let parents: &[u32] = if c == i { &[] } else { &direct[c] };
                for &p in parents {
                    if seen.insert(p) {
                        all.push(p);
                    }
                }
                k += 1;
            }
            direct[i] = all.clone();
        }
        s.s.classes = std::borrow::Cow::Owned(all);
    }
}

/// Reports every class that is, directly or through other classes, a
/// member of itself (at least one report per cycle).
fn report_cycles(substances: &[RawSubstance], direct: &[Vec<u32>], problems: &mut Vec<Problem>) {
    const WHITE: u8 = 0;
    const GREY: u8 = 1;
    const BLACK: u8 = 2;
    let mut color = vec![WHITE; substances.len()];
    for start in 0..substances.len() {
        if color[start] != WHITE || !is_class(&substances[start]) {
            continue;
        }
        color[start] = GREY;
        // (node, index of the next parent to visit)
        let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
        while let Some(top) = stack.last_mut() {
            let (node, next) = *top;
            let Some(&p) = direct[node].get(next) else {
                color[node] = BLACK;
                stack.pop();
                continue;
            };
            top.1 += 1;
            let p = p as usize;
            match color[p] {
                WHITE => {
                    color[p] = GREY;
                    stack.push((p, 0));
                }
                GREY => {
                    let from = stack.iter().position(|&(x, _)| x == p).unwrap_or(0);
                    let path: Vec<String> = stack[from..]
                        .iter()
                        .map(|&(x, _)| format!("{:?}", &*substances[x].s.id))
                        .chain(std::iter::once(format!("{:?}", &*substances[p].s.id)))
                        .collect();
                    problems.push(Problem::at(
                        &substances[node].origin,
                        "classes",
                        format!(
                            "class membership cycle: {} (a class cannot fall under itself)",
                            super::record::cap(&path.join(" → "), 600)
                        ),
                    ));
                }
                _ => {}
            }
        }
    }
}
