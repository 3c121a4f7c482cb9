//! Choosing and tidying the conditions a rule reports.

use super::*;

/// The reading that needs the fewest conditions among a rule's candidate
/// matches (one per core found), as that rule's [`ClassMatch`]; `None` when
/// no candidate matched. Fewer conditions means the closer reading.
pub(crate) fn fewest_conditions(
    rule: RuleId,
    candidates: impl Iterator<Item = Option<Vec<Condition>>>,
) -> Option<ClassMatch> {
    let best = candidates.flatten().min_by_key(|c| c.len())?;
    let conditions = merge_repeats(best);
    Some(ClassMatch {
        rule,
        is_parent: conditions.is_empty(),
        conditions,
    })
}

/// Merges repeated identical conditions into one "2× ..." entry and sorts
/// by condition code, then text.
pub(crate) fn merge_repeats(conds: Vec<Condition>) -> Vec<Condition> {
    let mut out: Vec<(Condition, usize)> = Vec::new();
    for c in conds {
        if let Some(slot) = out.iter_mut().find(|(x, _)| x == &c) {
            slot.1 += 1;
        } else {
            out.push((c, 1));
        }
    }
    let mut v: Vec<Condition> = out
        .into_iter()
        .map(|(mut c, n)| {
            if n > 1 {
                c.text = format!("{n}× {}", c.text);
            }
            c
        })
        .collect();
    // stable order whatever the atom order of the input
    const ORDER: [&str; 9] = ["A", "B", "C", "D", "E", "一", "二", "三", "四"];
    v.sort_by(|a, b| {
        let ra = ORDER
            .iter()
            .position(|&c| c == a.code)
            .unwrap_or(ORDER.len());
        let rb = ORDER
            .iter()
            .position(|&c| c == b.code)
            .unwrap_or(ORDER.len());
        ra.cmp(&rb).then_with(|| a.text.cmp(&b.text))
    });
    v
}

/// Position label of ring atom `a` relative to `ipso` on a six-membered
/// monocycle: "2" (ortho), "3" (meta), "4" (para); otherwise the ring index.
pub(crate) fn ring_locant(walk: &[usize], a: usize) -> String {
    let n = walk.len();
    match walk.iter().position(|&x| x == a) {
        Some(k) if n > 0 => {
            let d = k.min(n - k);
            format!("{}", d + 1)
        }
        _ => "?".to_string(),
    }
}
