//! China: 芬太尼类物质 (fentanyl-class substances), added to the 非药用类麻醉药品和
//! 精神药品管制品种增补目录 in force 2019-05-01.
//!
//! > “芬太尼类物质”是指化学结构与芬太尼（N-[1-(2-苯乙基)-4-哌啶基]-N-苯基丙酰胺）
//! > 相比，符合以下一个或多个条件的物质：
//! > （一）使用其他酰基替代丙酰基；
//! > （二）使用任何取代或未取代的单环芳香基团替代与氮原子直接相连的苯基；
//! > （三）哌啶环上存在烷基、烯基、烷氧基、酯基、醚基、羟基、卤素、卤代烷基、氨基及硝基等取代基；
//! > （四）使用其他任意基团（氢原子除外）替代苯乙基。
//! > 已列入《麻醉药品品种目录》的芬太尼类物质按《麻醉药品品种目录》予以管制。
//!
//! Reading used here:
//! - the 4-anilidopiperidine skeleton must be present; every difference from
//!   fentanyl must be one of (一)–(四);
//! - (一) 酰基: as the US (E): carboxylic acyl C(=O)-R (R carbon or H),
//!   alkoxycarbonyl C(=O)-OR and carbamoyl C(=O)-N, flagged in the text;
//! - (二) 单环芳香基团: an aromatic monocycle, with any substituents;
//! - (三) any substituent on a piperidine carbon: the enumeration ends in
//!   "等" ("and the like"), so kinds outside the list are accepted too, but
//!   the condition text says so ("other substituent, via 等"). The ring
//!   itself must stay a saturated piperidine monocycle (no fused rings, no
//!   N-oxide or quaternary N);
//! - (四) any group other than H on the piperidine N in place of
//!   2-phenylethyl (benzyl, methyl, 2-(thiophen-2-yl)ethyl, a substituted
//!   phenethyl...). N-H (norfentanyl) is excluded by "氢原子除外".
//!
//! Fentanyl itself gives `is_parent: true`. Substances listed in the
//! 麻醉药品品种目录 (fentanyl, sufentanil, alfentanil, remifentanil...) are
//! controlled by that listing; deciding that is for the caller.

use super::super::graph::Molecule;
use super::{
    anilido_cores, aniline_change, is_phenethyl, piperidine_substituents, AcylKind, AnilidoCore,
    ClassMatch, Condition, Ctx, RuleId, SubKind,
};

/// Is `mol` fentanyl or a 芬太尼类物质 by conditions (一)–(四)?
pub fn matches(mol: &Molecule) -> Option<ClassMatch> {
    if !super::Prefilter::new(mol).fentanyl() {
        return None;
    }
    matches_in(&Ctx::new(mol))
}

pub(super) fn matches_in(ctx: &Ctx<'_>) -> Option<ClassMatch> {
    let cores = anilido_cores(ctx);
    super::fewest_conditions(
        RuleId::CnFentanyl,
        cores.iter().map(|core| evaluate(ctx, core)),
    )
}

fn evaluate(ctx: &Ctx<'_>, core: &AnilidoCore) -> Option<Vec<Condition>> {
    let mut out = Vec::new();
    match core.acyl {
        AcylKind::Propionyl => {}
        AcylKind::OtherAcyl | AcylKind::Oxycarbonyl | AcylKind::Carbamoyl => out.push(Condition {
            code: "一",
            text: format!(
                "丙酰基 propionyl → {}{}",
                ctx.group_name(core.n_am, &[core.c_acyl]),
                core.acyl.note(false)
            ),
        }),
        AcylKind::NotAcyl => return None,
    }
    if let Some(name) = aniline_change(ctx, core) {
        out.push(Condition {
            code: "二",
            text: format!("N-苯基 N-phenyl → {name}"),
        });
    }
    for (a, j, locant) in piperidine_substituents(ctx, core) {
        let kind = ctx.classify(a, j);
        let what = if kind == SubKind::Other {
            "other substituent, via 等".to_string()
        } else {
            kind.name().to_string()
        };
        out.push(Condition {
            code: "三",
            text: format!(
                "哌啶环 piperidine C{locant}: {} ({what})",
                ctx.group_name(a, &[j])
            ),
        });
    }
    let n1 = core.pip[0];
    let sub = core.n1_sub?;
    if !is_phenethyl(ctx, n1, sub) {
        out.push(Condition {
            code: "四",
            text: format!("苯乙基 phenethyl → {}", ctx.group_name(n1, &[sub])),
        });
    }
    Some(out)
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

    #[test]
    fn other_opioids_are_not_fentanyls() {
        let cases: Vec<_> = super::super::test_util::OTHER_OPIOIDS
            .iter()
            .map(|(name, smi)| (*name, *smi, None))
            .collect();
        check(&cases);
    }

    #[test]
    fn fentanyl_is_parent() {
        assert_eq!(
            codes("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl").as_deref(),
            Some("parent")
        );
    }

    #[test]
    fn listed_and_known_members() {
        check(&[
            (
                "acetylfentanyl",
                "CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                Some("一"),
            ),
            (
                "furanylfentanyl",
                "O=C(c1ccco1)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                Some("一"),
            ),
            (
                "ocfentanil",
                "COCC(=O)N(c1ccccc1F)C1CCN(CCc2ccccc2)CC1",
                Some("一+二"),
            ),
            (
                "para-fluorofentanyl",
                "CCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1",
                Some("二"),
            ),
            (
                "carfentanil",
                "CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCN(CCc2ccccc2)CC1",
                Some("三"),
            ),
            (
                "3-methylfentanyl",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1C",
                Some("三"),
            ),
            (
                "sufentanil",
                "CCC(=O)N(c1ccccc1)C1(COC)CCN(CCc2cccs2)CC1",
                Some("三+四"),
            ),
            (
                "alfentanil",
                "CCC(=O)N(c1ccccc1)C1(COC)CCN(CCn2nnn(CC)c2=O)CC1",
                Some("三+四"),
            ),
            (
                "remifentanil",
                "CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCN(CCC(=O)OC)CC1",
                Some("三+四"),
            ),
            (
                "alpha-methylfentanyl",
                "CCC(=O)N(c1ccccc1)C1CCN(C(C)Cc2ccccc2)CC1",
                Some("四"),
            ),
            (
                "beta-hydroxyfentanyl",
                "CCC(=O)N(c1ccccc1)C1CCN(CC(O)c2ccccc2)CC1",
                Some("四"),
            ),
            (
                "thiofentanyl",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2cccs2)CC1",
                Some("四"),
            ),
            (
                "benzylfentanyl",
                "CCC(=O)N(c1ccccc1)C1CCN(Cc2ccccc2)CC1",
                Some("四"),
            ),
            (
                "4-fluoroisobutyrylfentanyl",
                "CC(C)C(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1",
                Some("一+二"),
            ),
        ]);
    }

    #[test]
    fn not_members() {
        check(&[
            (
                "norfentanyl (N-H: 氢原子除外)",
                "CCC(=O)N(c1ccccc1)C1CCNCC1",
                None,
            ),
            ("4-ANPP (no acyl)", "c1ccc(NC2CCN(CCc3ccccc3)CC2)cc1", None),
            ("NPP", "O=C1CCN(CCc2ccccc2)CC1", None),
            ("4-AP", "c1ccc(NC2CCNCC2)cc1", None),
            ("1-boc-4-AP", "CC(C)(C)OC(=O)N1CCC(Nc2ccccc2)CC1", None),
            (
                "brorphine",
                "CC(c1ccc(Br)cc1)N1CCC(CC1)n1c2ccccc2[nH]c1=O",
                None,
            ),
        ]);
    }

    #[test]
    fn each_condition_both_sides() {
        check(&[
            // (一)
            (
                "cyclopropanecarbonyl",
                "O=C(C1CC1)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                Some("一"),
            ),
            (
                "carbamate (烷氧羰基)",
                "CCOC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                Some("一"),
            ),
            (
                "thiopropionyl (not 酰基)",
                "CCC(=S)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                None,
            ),
            // (二)
            (
                "thiophen-2-yl on N",
                "CCC(=O)N(c1cccs1)C1CCN(CCc2ccccc2)CC1",
                Some("二"),
            ),
            (
                "cyclohexyl on N (not aromatic)",
                "CCC(=O)N(C2CCCCC2)C1CCN(CCc2ccccc2)CC1",
                None,
            ),
            (
                "naphthyl on N (not monocyclic)",
                "CCC(=O)N(c2cccc3ccccc23)C1CCN(CCc2ccccc2)CC1",
                None,
            ),
            // (三): listed kinds and, through 等, others
            (
                "3-cyano (等)",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1C#N",
                Some("三"),
            ),
            (
                "4-phenyl (等)",
                "CCC(=O)N(c1ccccc1)C1(c2ccccc2)CCN(CCc2ccccc2)CC1",
                Some("三"),
            ),
            (
                "pyrrolidine ring instead",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)C1",
                None,
            ),
            (
                "fused ring on piperidine",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)C2CCCCC12",
                None,
            ),
            // (四)
            ("N-methyl", "CCC(=O)N(c1ccccc1)C1CCN(C)CC1", Some("四")),
            (
                "N-3-phenylpropyl",
                "CCC(=O)N(c1ccccc1)C1CCN(CCCc2ccccc2)CC1",
                Some("四"),
            ),
            (
                "N-(2-naphthylethyl)",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccc3ccccc3c2)CC1",
                Some("四"),
            ),
            ("N-acetyl", "CCC(=O)N(c1ccccc1)C1CCN(C(C)=O)CC1", Some("四")),
            ("N-H with another acyl", "CC(=O)N(c1ccccc1)C1CCNCC1", None),
        ]);
    }

    #[test]
    fn explanation_text() {
        let m = matches(&mol("CCC(=O)N(c1ccccc1)C1CCN(Cc2ccccc2)CC1")).expect("match");
        assert_eq!(m.explanation(), "(四) 苯乙基 phenethyl → benzyl");
        assert_eq!(m.rule.id(), "cn-fentanyl-class");
    }
}
