//! China: 尼秦类物质 (nitazene class), in force 2025-07-01.
//!
//! > “尼秦类物质”是指化学结构与依托尼秦（2-(2-(4-乙氧基苄基)-5-硝基-1H-苯并咪唑-1-基)
//! > -N,N-二乙基-1-乙胺）相比，符合以下一个或多个条件的物质：
//! > （一）使用取代或未取代的 1H-苯并咪唑基替代 5-硝基-1H-苯并咪唑基；
//! > （二）使用取代或未取代的 C1-C2 烃基替代 1H-苯并咪唑基与苯基之间的亚甲基；
//! > （三）使用取代或未取代的芳香基团替代 4-乙氧基苯基；
//! > （四）使用取代或未取代的氨基替代 N,N-二乙基氨基。
//!
//! Reading used here: the skeleton is a 1H-benzimidazole (bicyclic, nothing
//! fused) with N1-CH2-CH2-N(amine) and, on C2, a linker of one or two carbons
//! (not in a ring) to an aromatic ring atom. Every difference from
//! etonitazene must be one of:
//! - (一) any substituents (or none) on C4–C7 instead of exactly 5-nitro;
//! - (二) a linker other than plain CH2: one or two carbons in the chain,
//!   with any substituents (CH(CH3), CH2CH2, CH=CH, C=O...);
//! - (三) any aromatic group (attachment atom aromatic, any ring system,
//!   any substituents) instead of 4-ethoxyphenyl;
//! - (四) any amino group instead of diethylamino: a neutral N with single
//!   bonds only, whose other neighbours are H or carbons that are not acyl
//!   carbons (amides are not "氨基" here); cyclic amines included.
//!
//! The N1-CH2-CH2-N ethylene is not named by any condition, so it must be
//! unchanged (no substituents, no ring, no third carbon).

use super::super::graph::{BondOrder, Element, Molecule};
use super::{match_template, ClassMatch, Condition, Ctx, RuleId, SubKind};

/// Is `mol` etonitazene or a 尼秦类物质 by conditions (一)–(四)?
pub fn matches(mol: &Molecule) -> Option<ClassMatch> {
    if !super::Prefilter::new(mol).nitazene() {
        return None;
    }
    matches_in(&Ctx::new(mol))
}

const C: &[Element] = &[Element::C];
const N: &[Element] = &[Element::N];

/// Benzimidazole: 0 N1, 1 C2, 2 N3, 3 C3a, 4 C4, 5 C5, 6 C6, 7 C7, 8 C7a.
const ELEMS: [&[Element]; 9] = [N, C, N, C, C, C, C, C, C];
const BONDS: [(usize, usize); 10] = [
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

pub(super) fn matches_in(ctx: &Ctx<'_>) -> Option<ClassMatch> {
    let maps: Vec<_> = (0..ctx.system_count() as u32)
        .filter(|&s| ctx.system_size(s) == (9, 10))
        .flat_map(|s| match_template(ctx, s, &ELEMS, &BONDS))
        .collect();
    super::fewest_conditions(
        RuleId::CnNitazene,
        maps.iter().map(|map| evaluate(ctx, map)),
    )
}

fn evaluate(ctx: &Ctx<'_>, map: &[usize]) -> Option<Vec<Condition>> {
    let &[n1, c2, n3, c3a, c4, c5, c6, c7, c7a] = map else {
        return None;
    };
    let exo = |a: usize| ctx.exocyclic(a).map(|(j, _)| j).collect::<Vec<_>>();
    if [n1, c2, n3, c3a, c4, c5, c6, c7, c7a]
        .iter()
        .any(|&a| ctx.charge(a) != 0)
        || ctx.h(n1) != 0
        || ctx.h(n3) != 0
        || !exo(n3).is_empty()
        || !exo(c3a).is_empty()
        || !exo(c7a).is_empty()
    {
        return None;
    }
    let mut out = Vec::new();
    // (一) benzo-ring substituents
    let mut subs: Vec<String> = Vec::new();
    let mut is_5_nitro = true;
    for (locant, a) in [(4, c4), (5, c5), (6, c6), (7, c7)] {
        let e = exo(a);
        if locant == 5 {
            is_5_nitro &= e.len() == 1 && e.iter().all(|&j| ctx.classify(a, j) == SubKind::Nitro);
        } else {
            is_5_nitro &= e.is_empty();
        }
        for j in e {
            subs.push(format!("{locant}-{}", ctx.group_name(a, &[j])));
        }
    }
    if !is_5_nitro {
        let text = if subs.is_empty() {
            "5-硝基-1H-苯并咪唑基 → unsubstituted 1H-benzimidazolyl".to_string()
        } else {
            format!(
                "5-硝基-1H-苯并咪唑基 → 1H-benzimidazolyl with {}",
                subs.join(", ")
            )
        };
        out.push(Condition { code: "一", text });
    }
    // N1-CH2-CH2-N(amine)
    let [ca] = exo(n1)[..] else {
        return None;
    };
    let plain_ch2 = |x: usize| {
        ctx.is(x, Element::C)
            && !ctx.in_ring(x)
            && ctx.charge(x) == 0
            && ctx.h(x) == 2
            && ctx.heavy_degree(x) == 2
    };
    if !plain_ch2(ca) {
        return None;
    }
    let cb = ctx.heavy(ca).map(|(j, _)| j).find(|&j| j != n1)?;
    if !plain_ch2(cb) || ctx.order_between(ca, cb) != Some(BondOrder::Single) {
        return None;
    }
    let nam = ctx.heavy(cb).map(|(j, _)| j).find(|&j| j != ca)?;
    if !is_amino_n(ctx, nam) || ctx.order_between(cb, nam) != Some(BondOrder::Single) {
        return None;
    }
    let diethyl = {
        let others: Vec<usize> = ctx
            .heavy(nam)
            .map(|(j, _)| j)
            .filter(|&j| j != cb)
            .collect();
        others.len() == 2 && others.iter().all(|&j| super::is_ethyl(ctx, nam, j))
    };
    // C2 linker and aryl: try both readings, keep the one with fewer conditions
    let [l1] = exo(c2)[..] else {
        return None;
    };
    let linker_c = |x: usize| ctx.is(x, Element::C) && !ctx.in_ring(x) && ctx.charge(x) == 0;
    if !linker_c(l1) || ctx.order_between(c2, l1) != Some(BondOrder::Single) {
        return None;
    }
    let mut best: Option<Vec<Condition>> = None;
    let mut consider = |linker: &[usize], r: usize| {
        let Some(&last) = linker.last() else {
            return;
        };
        if !ctx.aromatic(r) || ctx.order_between(last, r) != Some(BondOrder::Single) {
            return;
        }
        let mut conds = Vec::new();
        let plain = linker.len() == 1 && ctx.h(l1) == 2 && ctx.heavy_degree(l1) == 2;
        if !plain {
            let mut from = c2;
            let mut parts = Vec::new();
            for &l in linker {
                let next = if l == last {
                    r
                } else {
                    linker.get(1).copied().unwrap_or(r)
                };
                for (j, _) in ctx.heavy(l) {
                    if j != from && j != next {
                        parts.push(ctx.group_name(l, &[j]));
                    }
                }
                from = l;
            }
            let what = if linker.len() == 1 { "C1" } else { "C2" };
            let text = if parts.is_empty() {
                format!("亚甲基 methylene → {what} linker")
            } else {
                format!("亚甲基 methylene → {what} linker with {}", parts.join(", "))
            };
            conds.push(Condition { code: "二", text });
        }
        let aryl = ctx.group_name(last, &[r]);
        if aryl != "4-ethoxyphenyl" {
            conds.push(Condition {
                code: "三",
                text: format!("4-乙氧基苯基 4-ethoxyphenyl → {aryl}"),
            });
        }
        if best.as_ref().is_none_or(|b| conds.len() < b.len()) {
            best = Some(conds);
        }
    };
    for (x, k) in ctx.heavy(l1) {
        if x == c2 {
            continue;
        }
        if ctx.aromatic(x) {
            consider(&[l1], x);
        } else if linker_c(x)
            && matches!(
                ctx.order(k),
                BondOrder::Single | BondOrder::Double | BondOrder::Triple
            )
        {
            for (r, _) in ctx.heavy(x) {
                if r != l1 && ctx.aromatic(r) {
                    consider(&[l1, x], r);
                }
            }
        }
    }
    out.extend(best?);
    if !diethyl {
        out.push(Condition {
            code: "四",
            text: format!(
                "N,N-二乙基氨基 diethylamino → {}",
                ctx.group_name(cb, &[nam])
            ),
        });
    }
    out.sort_by_key(|c| match c.code {
        "一" => 1,
        "二" => 2,
        "三" => 3,
        _ => 4,
    });
    Some(out)
}

/// A neutral amine N: single bonds only, not aromatic, no neighbour that is
/// an acyl-type carbon (double bond to O, S or N) or a heteroatom.
fn is_amino_n(ctx: &Ctx<'_>, n: usize) -> bool {
    if !ctx.is(n, Element::N) || ctx.aromatic(n) || ctx.charge(n) != 0 {
        return false;
    }
    ctx.heavy(n).all(|(j, k)| {
        ctx.order(k) == BondOrder::Single
            && ctx.is(j, Element::C)
            && !ctx
                .heavy(j)
                .any(|(x, kx)| !ctx.is(x, Element::C) && ctx.order(kx) == BondOrder::Double)
    })
}

#[cfg(test)]
mod tests {
    use super::super::test_util::mol;
    use super::*;

    fn codes(smiles: &str) -> Option<String> {
        super::super::test_util::codes(matches, smiles)
    }

    fn check(cases: &[(&str, &str, Option<&str>)]) {
        super::super::test_util::check_cases(codes, cases)
    }

    const ETONITAZENE: &str = "CCOc1ccc(Cc2nc3cc([N+](=O)[O-])ccc3n2CCN(CC)CC)cc1";

    #[test]
    fn etonitazene_is_parent() {
        assert_eq!(codes(ETONITAZENE).as_deref(), Some("parent"));
        // the catalogue's own SMILES (pentavalent nitro, Kekulé)
        assert_eq!(
            codes("CCOC1=CC=C(CC2=NC3=C(N2CCN(CC)CC)C=CC(N(=O)=O)=C3)C=C1").as_deref(),
            Some("parent")
        );
    }

    #[test]
    fn named_members() {
        check(&[
            (
                "isotonitazene",
                "CCN(CC)CCn1c(Cc2ccc(OC(C)C)cc2)nc2cc([N+](=O)[O-])ccc21",
                Some("三"),
            ),
            (
                "metonitazene",
                "CCN(CC)CCn1c(Cc2ccc(OC)cc2)nc2cc([N+](=O)[O-])ccc21",
                Some("三"),
            ),
            (
                "protonitazene",
                "CCCOc1ccc(Cc2nc3cc([N+](=O)[O-])ccc3n2CCN(CC)CC)cc1",
                Some("三"),
            ),
            (
                "butonitazene",
                "CCCCOc1ccc(Cc2nc3cc([N+](=O)[O-])ccc3n2CCN(CC)CC)cc1",
                Some("三"),
            ),
            (
                "clonitazene",
                "CCN(CC)CCn1c(Cc2ccc(Cl)cc2)nc2cc([N+](=O)[O-])ccc21",
                Some("三"),
            ),
            (
                "flunitazene",
                "CCN(CC)CCn1c(Cc2ccc(F)cc2)nc2cc([N+](=O)[O-])ccc21",
                Some("三"),
            ),
            (
                "etonitazepyne",
                "CCOc1ccc(Cc2nc3cc([N+](=O)[O-])ccc3n2CCN2CCCC2)cc1",
                Some("四"),
            ),
            (
                "etonitazepipne",
                "CCOc1ccc(Cc2nc3cc([N+](=O)[O-])ccc3n2CCN2CCCCC2)cc1",
                Some("四"),
            ),
            (
                "N-desethyl isotonitazene",
                "CCNCCn1c(Cc2ccc(OC(C)C)cc2)nc2cc([N+](=O)[O-])ccc21",
                Some("三+四"),
            ),
            (
                "etodesnitazene (etazene)",
                "CCOc1ccc(Cc2nc3ccccc3n2CCN(CC)CC)cc1",
                Some("一"),
            ),
            (
                "metodesnitazene",
                "CCN(CC)CCn1c(Cc2ccc(OC)cc2)nc2ccccc21",
                Some("一+三"),
            ),
            (
                "5-aminoisotonitazene",
                "CCN(CC)CCn1c(Cc2ccc(OC(C)C)cc2)nc2cc(N)ccc21",
                Some("一+三"),
            ),
            (
                "ethyleneoxynitazene",
                "CCN(CC)CCn1c(Cc2ccc3OCCOc3c2)nc2cc([N+](=O)[O-])ccc21",
                Some("三"),
            ),
        ]);
    }

    #[test]
    fn each_condition_both_sides() {
        check(&[
            // (一)
            (
                "6-nitro",
                "CCOc1ccc(Cc2nc3ccc([N+](=O)[O-])cc3n2CCN(CC)CC)cc1",
                Some("一"),
            ),
            (
                "5-cyano",
                "CCOc1ccc(Cc2nc3cc(C#N)ccc3n2CCN(CC)CC)cc1",
                Some("一"),
            ),
            (
                "imidazo[4,5-b]pyridine core",
                "CCOc1ccc(Cc2nc3cc([N+](=O)[O-])cnc3n2CCN(CC)CC)cc1",
                None,
            ),
            (
                "naphtho-fused core",
                "CCOc1ccc(Cc2nc3c4ccccc4ccc3n2CCN(CC)CC)cc1",
                None,
            ),
            // (二)
            (
                "alpha-methyl linker",
                "CCOc1ccc(C(C)c2nc3cc([N+](=O)[O-])ccc3n2CCN(CC)CC)cc1",
                Some("二"),
            ),
            (
                "ethylene linker",
                "CCOc1ccc(CCc2nc3cc([N+](=O)[O-])ccc3n2CCN(CC)CC)cc1",
                Some("二"),
            ),
            (
                "carbonyl linker",
                "CCOc1ccc(C(=O)c2nc3cc([N+](=O)[O-])ccc3n2CCN(CC)CC)cc1",
                Some("二"),
            ),
            (
                "no linker",
                "CCOc1ccc(-c2nc3cc([N+](=O)[O-])ccc3n2CCN(CC)CC)cc1",
                None,
            ),
            (
                "propylene linker",
                "CCOc1ccc(CCCc2nc3cc([N+](=O)[O-])ccc3n2CCN(CC)CC)cc1",
                None,
            ),
            (
                "CH2-O linker",
                "CCOc1ccc(OCc2nc3cc([N+](=O)[O-])ccc3n2CCN(CC)CC)cc1",
                None,
            ),
            // (三)
            (
                "phenyl",
                "CCN(CC)CCn1c(Cc2ccccc2)nc2cc([N+](=O)[O-])ccc21",
                Some("三"),
            ),
            (
                "thiophen-2-yl",
                "CCN(CC)CCn1c(Cc2cccs2)nc2cc([N+](=O)[O-])ccc21",
                Some("三"),
            ),
            (
                "naphthalen-2-yl",
                "CCN(CC)CCn1c(Cc2ccc3ccccc3c2)nc2cc([N+](=O)[O-])ccc21",
                Some("三"),
            ),
            (
                "cyclohexyl (not aromatic)",
                "CCN(CC)CCn1c(CC2CCCCC2)nc2cc([N+](=O)[O-])ccc21",
                None,
            ),
            // (四)
            (
                "dimethylamino",
                "CCOc1ccc(Cc2nc3cc([N+](=O)[O-])ccc3n2CCN(C)C)cc1",
                Some("四"),
            ),
            (
                "NH2",
                "CCOc1ccc(Cc2nc3cc([N+](=O)[O-])ccc3n2CCN)cc1",
                Some("四"),
            ),
            (
                "morpholino",
                "CCOc1ccc(Cc2nc3cc([N+](=O)[O-])ccc3n2CCN2CCOCC2)cc1",
                Some("四"),
            ),
            (
                "acetamide (not amino)",
                "CCOc1ccc(Cc2nc3cc([N+](=O)[O-])ccc3n2CCN(CC)C(C)=O)cc1",
                None,
            ),
            (
                "propylene chain to N",
                "CCOc1ccc(Cc2nc3cc([N+](=O)[O-])ccc3n2CCCN(CC)CC)cc1",
                None,
            ),
            (
                "alpha-methyl chain to N",
                "CCOc1ccc(Cc2nc3cc([N+](=O)[O-])ccc3n2CC(C)N(CC)CC)cc1",
                None,
            ),
            (
                "ether instead of amine",
                "CCOc1ccc(Cc2nc3cc([N+](=O)[O-])ccc3n2CCOCC)cc1",
                None,
            ),
        ]);
    }

    #[test]
    fn not_nitazenes() {
        check(&[
            (
                "omeprazole",
                "COc1ccc2[nH]c(S(=O)Cc3ncc(C)c(OC)c3C)nc2c1",
                None,
            ),
            ("albendazole", "CCCSc1ccc2nc(NC(=O)OC)[nH]c2c1", None),
            (
                "mebendazole",
                "COC(=O)Nc1nc2ccc(C(=O)c3ccccc3)cc2[nH]1",
                None,
            ),
            ("clemizole", "Clc1ccc(Cn2c(CN3CCCC3)nc3ccccc32)cc1", None),
            (
                "bendamustine",
                "Cn1c(CCCC(=O)O)nc2cc(N(CCCl)CCCl)ccc21",
                None,
            ),
            (
                "brorphine",
                "CC(c1ccc(Br)cc1)N1CCC(CC1)n1c2ccccc2[nH]c1=O",
                None,
            ),
            (
                "astemizole",
                "COc1ccc(CCN2CCC(Nc3nc4ccccc4n3Cc3ccc(F)cc3)CC2)cc1",
                None,
            ),
            ("fentanyl", "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", None),
        ]);
    }

    #[test]
    fn explanation_text() {
        let m = matches(&mol("CCOc1ccc(Cc2nc3cc([N+](=O)[O-])ccc3n2CCN2CCCC2)cc1")).expect("match");
        assert_eq!(
            m.explanation(),
            "(四) N,N-二乙基氨基 diethylamino → pyrrolidin-1-yl"
        );
        assert_eq!(m.rule.id(), "cn-nitazene-class");
    }
}
