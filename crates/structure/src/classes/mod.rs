//! Class-wide ("generic") legal definitions as predicates over the molecular
//! graph.
//!
//! One file per definition:
//! - [`us_fentanyl`]: US fentanyl-related substances, 21 U.S.C. 812(c)
//!   Schedule I(e) (HALT Fentanyl Act) and 21 CFR 1308.11(h)(30);
//! - [`cn_fentanyl`]: China's 芬太尼类物质 (in force 2019-05-01);
//! - [`cn_cannabinoid`]: China's 合成大麻素类物质 (2021-07-01);
//! - [`cn_nitazene`]: China's 尼秦类物质 (2025-07-01);
//! - [`de_npsg`]: Germany's NpSG substance groups 1–7 (Anlage as amended
//!   2024-06-21), one rule per group.
//!
//! Every rule takes the salt-stripped parent (see `salts::strip_salts`) and
//! says which of its conditions the structure meets. Whether the substance
//! is "otherwise controlled" (listed individually) is for the caller to
//! decide; the rules only look at structure. A rule is judged on the
//! connected component that holds the matched core; other fragments are
//! ignored. Isotopes and stereo marks are ignored (isomers are included by
//! every one of these definitions).
//!
//! This file holds what the rules share: ring systems, the classification of
//! substituent groups, the 4-anilidopiperidine core and group names.

pub mod cn_cannabinoid;
pub mod cn_fentanyl;
pub mod cn_nitazene;
pub mod de_npsg;
pub mod us_fentanyl;

mod anilidopiperidine;
mod conditions;
mod context;
mod group_names;
mod substituents;
mod templates;

pub(crate) use anilidopiperidine::*;
pub(crate) use conditions::*;
pub(crate) use context::*;
pub(crate) use group_names::*;
pub(crate) use substituents::*;
pub(crate) use templates::*;

use std::collections::HashMap;
use std::sync::OnceLock;

use super::canonical::canonical_smiles;
use super::graph::{Atom, Bond, BondOrder, Element, Molecule};
use super::smiles::parse;

/// Which legal definition a [`ClassMatch`] refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RuleId {
    /// US fentanyl-related substances (21 U.S.C. 812(c) Schedule I(e);
    /// 21 CFR 1308.11(h)(30)).
    UsFentanylRelated,
    /// China, 芬太尼类物质 (fentanyl-class substances).
    CnFentanyl,
    /// China, 合成大麻素类物质 (synthetic cannabinoid class).
    CnSyntheticCannabinoid,
    /// China, 尼秦类物质 (nitazene class).
    CnNitazene,
    /// Germany, NpSG Anlage Nr. 1: compounds derived from 2-phenethylamine.
    DeNpsgPhenethylamines,
    /// Germany, NpSG Anlage Nr. 2: cannabimimetics / synthetic cannabinoids.
    DeNpsgCannabinoids,
    /// Germany, NpSG Anlage Nr. 3: benzodiazepines.
    DeNpsgBenzodiazepines,
    /// Germany, NpSG Anlage Nr. 4: compounds derived from
    /// N-(2-aminocyclohexyl)amide.
    DeNpsgAminocyclohexylamides,
    /// Germany, NpSG Anlage Nr. 5: compounds derived from tryptamine.
    DeNpsgTryptamines,
    /// Germany, NpSG Anlage Nr. 6: compounds derived from arylcyclohexylamine.
    DeNpsgArylcyclohexylamines,
    /// Germany, NpSG Anlage Nr. 7: compounds derived from benzimidazole.
    DeNpsgBenzimidazoles,
}

impl RuleId {
    /// The data id of the rule, e.g. `"us-fentanyl-related-substances"`.
    pub const fn id(self) -> &'static str {
        match self {
            RuleId::UsFentanylRelated => "us-fentanyl-related-substances",
            RuleId::CnFentanyl => "cn-fentanyl-class",
            RuleId::CnSyntheticCannabinoid => "cn-synthetic-cannabinoid-class",
            RuleId::CnNitazene => "cn-nitazene-class",
            RuleId::DeNpsgPhenethylamines => "de-npsg-phenethylamines",
            RuleId::DeNpsgCannabinoids => "de-npsg-cannabinoids",
            RuleId::DeNpsgBenzodiazepines => "de-npsg-benzodiazepines",
            RuleId::DeNpsgAminocyclohexylamides => "de-npsg-aminocyclohexylamides",
            RuleId::DeNpsgTryptamines => "de-npsg-tryptamines",
            RuleId::DeNpsgArylcyclohexylamines => "de-npsg-arylcyclohexylamines",
            RuleId::DeNpsgBenzimidazoles => "de-npsg-benzimidazoles",
        }
    }

    /// All rules, in the order [`match_all`] tries them.
    pub const ALL: [RuleId; 11] = [
        RuleId::UsFentanylRelated,
        RuleId::CnFentanyl,
        RuleId::CnSyntheticCannabinoid,
        RuleId::CnNitazene,
        RuleId::DeNpsgPhenethylamines,
        RuleId::DeNpsgCannabinoids,
        RuleId::DeNpsgBenzodiazepines,
        RuleId::DeNpsgAminocyclohexylamides,
        RuleId::DeNpsgTryptamines,
        RuleId::DeNpsgArylcyclohexylamines,
        RuleId::DeNpsgBenzimidazoles,
    ];
}

/// One condition of a definition that the structure meets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Condition {
    /// The condition's label in the legal text, e.g. `"D"` or `"二"`.
    pub code: &'static str,
    /// What was found, e.g. `"aniline ring → 4-fluorophenyl"`.
    pub text: String,
}

/// The result of a rule that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassMatch {
    /// Which definition.
    pub rule: RuleId,
    /// The conditions met (several entries may share a code, one per change).
    /// Empty when [`ClassMatch::is_parent`] is true.
    pub conditions: Vec<Condition>,
    /// True when the structure is the reference substance itself (fentanyl,
    /// etonitazene): no modification, so it is not a member of the class by
    /// these conditions (it is controlled by its own listing).
    pub is_parent: bool,
}

impl ClassMatch {
    /// A one-line explanation, e.g.
    /// `"(D) aniline ring → 4-fluorophenyl; (E) propionyl → butyryl"`.
    pub fn explanation(&self) -> String {
        if self.is_parent {
            return "the reference substance itself (no modification)".to_string();
        }
        let parts: Vec<String> = self
            .conditions
            .iter()
            .map(|c| format!("({}) {}", c.code, c.text))
            .collect();
        parts.join("; ")
    }

    /// The distinct condition codes met, in order of first appearance.
    pub fn codes(&self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for c in &self.conditions {
            if !out.contains(&c.code) {
                out.push(c.code);
            }
        }
        out
    }

    /// True for a real class member (at least one condition met).
    pub fn is_member(&self) -> bool {
        !self.is_parent && !self.conditions.is_empty()
    }
}

/// Runs every rule on the (salt-stripped) parent and returns the matches,
/// including `is_parent` results (fentanyl or etonitazene itself).
pub fn match_all(mol: &Molecule) -> Vec<ClassMatch> {
    let pre = Prefilter::new(mol);
    let npsg = de_npsg::may_match(mol);
    let mut out = Vec::new();
    if !(pre.fentanyl() || pre.cannabinoid() || pre.nitazene() || npsg) {
        return out;
    }
    let ctx = Ctx::new(mol);
    if pre.fentanyl() {
        if let Some(m) = us_fentanyl::matches_in(&ctx) {
            out.push(m);
        }
        if let Some(m) = cn_fentanyl::matches_in(&ctx) {
            out.push(m);
        }
    }
    if pre.cannabinoid() {
        if let Some(m) = cn_cannabinoid::matches_in(&ctx) {
            out.push(m);
        }
    }
    if pre.nitazene() {
        if let Some(m) = cn_nitazene::matches_in(&ctx) {
            out.push(m);
        }
    }
    if npsg {
        out.extend(de_npsg::match_all_in(&ctx));
    }
    out
}

/// One pass over the atoms to skip molecules that cannot match a rule
/// before ring systems are computed. Every flag is a necessary condition of
/// the rules that use it.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Prefilter {
    /// A non-aromatic N with three heavy neighbours, one a C=O carbon.
    amide_n3: bool,
    /// An N with three heavy neighbours (R1 on the cannabinoid ring N, N1
    /// of the nitazene benzimidazole).
    n3: bool,
    /// A C=O double bond.
    carbonyl: bool,
    /// An O-H on an aromatic carbon and one on a non-aromatic carbon.
    aryl_oh: bool,
    alkyl_oh: bool,
    /// Number of N atoms.
    n_count: usize,
}

impl Prefilter {
    pub(crate) fn new(mol: &Molecule) -> Prefilter {
        let atoms = mol.atoms();
        let mut p = Prefilter::default();
        let is_c_eq_o = |c: usize| {
            atoms.get(c).is_some_and(|a| a.element == Element::C)
                && mol.neighbors(c).any(|(o, k)| {
                    atoms.get(o).is_some_and(|a| a.element == Element::O)
                        && mol
                            .bonds()
                            .get(k)
                            .is_some_and(|b| b.order == BondOrder::Double)
                })
        };
        for (i, a) in atoms.iter().enumerate() {
            if a.element == Element::N {
                p.n_count += 1;
                let heavy = mol
                    .neighbors(i)
                    .filter(|&(j, _)| atoms.get(j).is_some_and(|x| x.element != Element::H))
                    .count();
                if heavy == 3 {
                    p.n3 = true;
                    if !a.aromatic && !p.amide_n3 {
                        p.amide_n3 = mol.neighbors(i).any(|(j, _)| is_c_eq_o(j));
                    }
                }
            } else if a.element == Element::O {
                let nb: Vec<(usize, usize)> = mol.neighbors(i).collect();
                if let [(c, k)] = nb.as_slice() {
                    let order = mol.bonds().get(*k).map(|b| b.order);
                    let c_atom = atoms.get(*c);
                    if order == Some(BondOrder::Double)
                        && c_atom.is_some_and(|x| x.element == Element::C)
                    {
                        p.carbonyl = true;
                    } else if a.total_h() == 1 && c_atom.is_some_and(|x| x.element == Element::C) {
                        if c_atom.is_some_and(|x| x.aromatic) {
                            p.aryl_oh = true;
                        } else {
                            p.alkyl_oh = true;
                        }
                    }
                }
            }
        }
        p
    }

    /// May match one of the fentanyl rules.
    pub(crate) fn fentanyl(&self) -> bool {
        self.amide_n3
    }

    /// May match the cannabinoid rule.
    pub(crate) fn cannabinoid(&self) -> bool {
        (self.n3 && self.carbonyl) || (self.aryl_oh && self.alkyl_oh)
    }

    /// May match the nitazene rule.
    pub(crate) fn nitazene(&self) -> bool {
        self.n3 && self.n_count >= 3
    }
}

#[cfg(test)]
pub(crate) mod test_util {
    use super::super::graph::Molecule;
    use super::super::salts::strip_salts;
    use super::super::smiles::parse;

    /// Opioids that are not 4-anilidopiperidines: no fentanyl rule may match them.
    pub(crate) const OTHER_OPIOIDS: &[(&str, &str)] = &[
        ("pethidine", "CCOC(=O)C1(c2ccccc2)CCN(C)CC1"),
        (
            "loperamide",
            "CN(C)C(=O)C(CCN1CCC(O)(c2ccc(Cl)cc2)CC1)(c1ccccc1)c1ccccc1",
        ),
        (
            "haloperidol",
            "O=C(CCCN1CCC(O)(c2ccc(Cl)cc2)CC1)c1ccc(F)cc1",
        ),
        ("U-47700", "CN(C)C1CCCCC1N(C)C(=O)c1ccc(Cl)c(Cl)c1"),
        ("MT-45", "C1CCC(CC1)N1CCN(CC1)C(Cc1ccccc1)c1ccccc1"),
    ];

    /// A rule's `matches` function.
    pub(crate) type Rule = fn(&Molecule) -> Option<super::ClassMatch>;

    /// The condition codes a rule finds (`"D+E"`), `"parent"` for the
    /// reference substance itself, or `None` when it does not match.
    pub(crate) fn codes(rule: Rule, smiles: &str) -> Option<String> {
        let m = rule(&mol(smiles))?;
        if m.is_parent {
            return Some("parent".to_string());
        }
        Some(m.codes().join("+"))
    }

    /// Checks `(name, SMILES, expected)` cases against `answer`, listing every miss.
    pub(crate) fn check_cases(
        answer: impl Fn(&str) -> Option<String>,
        cases: &[(&str, &str, Option<&str>)],
    ) {
        let mut bad = Vec::new();
        for (name, smi, want) in cases {
            let got = answer(smi);
            if got.as_deref() != *want {
                bad.push(format!("{name}: got {got:?}, want {want:?} ({smi})"));
            }
        }
        assert!(bad.is_empty(), "\n{}", bad.join("\n"));
    }

    /// Parses and strips salts; panics in tests only.
    pub(crate) fn mol(smiles: &str) -> Molecule {
        let m = parse(smiles).unwrap_or_else(|e| panic!("{smiles}: {e:?}"));
        strip_salts(&m)
            .parents
            .into_iter()
            .next()
            .map(|p| p.molecule)
            .unwrap_or(m)
    }
}

#[cfg(test)]
mod tests {
    use super::test_util::mol;
    use super::*;

    fn kind(smiles: &str) -> SubKind {
        // substituent on atom 0 of "C" + group: first atom is the anchor
        let m = mol(smiles);
        let ctx = Ctx::new(&m);
        let start = ctx.heavy(0).map(|(j, _)| j).next().unwrap_or(0);
        ctx.classify(0, start)
    }

    #[test]
    fn substituent_kinds() {
        assert_eq!(kind("[Si]F"), SubKind::Halo);
        assert_eq!(kind("[Si]O"), SubKind::Hydroxy);
        assert_eq!(kind("[Si]C(C)C"), SubKind::Alkyl);
        assert_eq!(kind("[Si]CC=C"), SubKind::Alkenyl);
        assert_eq!(kind("[Si]CC#C"), SubKind::Other);
        assert_eq!(kind("[Si]OCC"), SubKind::Alkoxy);
        assert_eq!(kind("[Si]C(F)(F)F"), SubKind::Haloalkyl);
        assert_eq!(kind("[Si]N(C)C"), SubKind::Amino);
        assert_eq!(kind("[Si][N+](=O)[O-]"), SubKind::Nitro);
        assert_eq!(kind("[Si]C(=O)OC"), SubKind::Ester);
        assert_eq!(kind("[Si]OC(C)=O"), SubKind::Ester);
        assert_eq!(kind("[Si]COC"), SubKind::Ether);
        assert_eq!(kind("[Si]C(=O)O"), SubKind::Other);
        assert_eq!(kind("[Si]C(C)=O"), SubKind::Other);
        assert_eq!(kind("[Si]C#N"), SubKind::Other);
        assert_eq!(kind("[Si]CCO"), SubKind::Other);
        assert_eq!(kind("[Si]C1CC1"), SubKind::Other);
        assert_eq!(kind("[Si]c1ccccc1"), SubKind::Other);
    }

    #[test]
    fn names_and_rings() {
        let m = mol("CCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1");
        let ctx = Ctx::new(&m);
        assert_eq!(ctx.system_count(), 3);
        let cores = anilido_cores(&ctx);
        assert_eq!(cores.len(), 1);
        let c = &cores[0];
        assert_eq!(c.acyl, AcylKind::Propionyl);
        assert_eq!(ctx.group_name(c.n_am, &[c.ar]), "4-fluorophenyl");
        assert_eq!(ctx.group_name(c.n_am, &[c.c_acyl]), "propionyl");
        assert_eq!(
            ctx.group_name(c.pip[0], &[c.n1_sub.unwrap_or(0)]),
            "2-phenylethyl"
        );
    }

    #[test]
    fn isotopes_and_explicit_hydrogens_are_ignored() {
        let d5 = "[2H]c1c([2H])c([2H])c(CCN2CCC(CC2)N(C(=O)CC)c2ccccc2)c([2H])c1[2H]";
        // the fentanyl rules (fentanyl is also an NpSG 2-phenethylamine)
        let fentanyl_rules = |s: &str| -> Vec<ClassMatch> {
            match_all(&mol(s))
                .into_iter()
                .filter(|m| !m.rule.id().starts_with("de-npsg"))
                .collect()
        };
        let all = fentanyl_rules(d5);
        assert_eq!(all.len(), 2);
        assert!(all.iter().all(|m| m.is_parent), "{all:?}");
        let explicit = "[H]C([H])([H])C([H])([H])C(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1";
        assert!(fentanyl_rules(explicit).iter().all(|m| m.is_parent));
        let c13 = "CC[13C](=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1";
        assert!(fentanyl_rules(c13).iter().all(|m| m.is_parent));
        let npsg: Vec<String> = match_all(&mol(d5))
            .iter()
            .map(|m| m.explanation())
            .collect();
        assert_eq!(npsg.len(), 3);
        assert!(npsg[2].contains("Molekülmasse 336.5 u"), "{npsg:?}");
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        let chain = "C".repeat(1999);
        let rings = "c1ccc2cc3ccccc3cc2c1".repeat(40);
        let fentanyls = vec!["CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"; 60].join(".");
        let dimer = "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccc(cc2)N(C(=O)CC)C2CCN(CCc3ccccc3)CC2)CC1";
        let inputs = [
            chain.as_str(),
            rings.as_str(),
            fentanyls.as_str(),
            dimer,
            "*C(=O)N(*)C1CCN(*)CC1",
            "CCC(=O)[N-](c1ccccc1)",
            "CCC(=O)N(c1ccccc1)C1CC[NH+](CCc2ccccc2)CC1",
            "C1CC2CCC1C2",
            "[Fe]",
            "O=C(N(C1CCN(CC1)CCc1ccccc1)c1ccccc1)C(=O)N(C1CCN(CC1)CCc1ccccc1)c1ccccc1",
        ];
        for s in inputs {
            let m = match parse(s) {
                Ok(m) => m,
                Err(_) => continue,
            };
            let _ = match_all(&m);
            for p in super::super::salts::strip_salts(&m).parents {
                let _ = match_all(&p.molecule);
            }
        }
        // the dimer is still an FRS (the second core is a substituent on the
        // phenethyl ring, a "substituted monocycle")
        let d = match_all(&mol(dimer));
        assert_eq!(d.len(), 2, "{d:?}");
    }

    #[test]
    fn match_all_runs_every_rule() {
        let m = mol("CCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1.Cl");
        let all = match_all(&m);
        let ids: Vec<&str> = all.iter().map(|x| x.rule.id()).collect();
        assert_eq!(
            ids,
            [
                "us-fentanyl-related-substances",
                "cn-fentanyl-class",
                "de-npsg-phenethylamines"
            ]
        );
        assert_eq!(all[0].explanation(), "(D) aniline ring → 4-fluorophenyl");
        assert!(match_all(&mol("CCO")).is_empty());
        let empty = Molecule::new(Vec::new(), Vec::new()).expect("empty molecule");
        assert!(match_all(&empty).is_empty());
    }
}
