//! US fentanyl-related substances.
//!
//! 21 U.S.C. 812(c) Schedule I(e) (HALT Fentanyl Act, Pub. L. 119-26), which
//! makes permanent the text of 21 CFR 1308.11(h)(30)(i):
//!
//! > Fentanyl-related substance means any substance not otherwise listed
//! > under another Administration Controlled Substance Code Number, and for
//! > which no exemption or approval is in effect under section 505 of the
//! > Federal Food, Drug, and Cosmetic Act, that is structurally related to
//! > fentanyl by one or more of the following modifications:
//! > (A) Replacement of the phenyl portion of the phenethyl group by any
//! > monocycle, whether or not further substituted in or on the monocycle;
//! > (B) Substitution in or on the phenethyl group with alkyl, alkenyl,
//! > alkoxyl, hydroxyl, halo, haloalkyl, amino or nitro groups;
//! > (C) Substitution in or on the piperidine ring with alkyl, alkenyl,
//! > alkoxyl, ester, ether, hydroxyl, halo, haloalkyl, amino or nitro groups;
//! > (D) Replacement of the aniline ring with any aromatic monocycle whether
//! > or not further substituted in or on the aromatic monocycle; and/or
//! > (E) Replacement of the N-propionyl group by another acyl group.
//!
//! Reading used here (see NOTES.md for the reasons):
//! - the structure must be fentanyl's 4-anilidopiperidine skeleton in which
//!   every difference from fentanyl is one of (A)–(E); anything else (ring
//!   size, missing phenethyl, missing acyl, longer or shorter chain, fused
//!   rings, substituents of kinds not listed) means no match;
//! - "monocycle": a ring not fused, bridged or spiro-joined to another ring
//!   (any size, aromatic or not, any atoms); "aromatic monocycle" the same
//!   with every ring atom aromatic;
//! - (A)/(B) on the phenyl ring: a benzene ring carrying only substituents of
//!   the kinds listed in (B) is (B); a benzene ring with any other substituent
//!   is a "monocycle, further substituted", so (A);
//! - (B) on the two chain carbons: only the listed kinds (alkyl, alkenyl,
//!   alkoxyl, hydroxyl, halo, haloalkyl, amino, nitro); oxo is not listed;
//! - (C): substituents of the listed kinds on C2–C6 (C4 included);
//!   N-oxides and quaternary N1 are not covered;
//! - (E): acyl = C(=O)-X with X a carbon group or H (carboxylic acyl), O-R
//!   (alkoxycarbonyl: DEA placed "fentanyl carbamate" in schedule I as a
//!   fentanyl-related substance, 86 FR 23602, so a carbamate counts) or N
//!   (carbamoyl, acyl in the IUPAC sense; flagged in the text as having no
//!   agency example). Thioacyl C(=S), sulfonyl and C(=O)-S/halogen are not
//!   acyl groups here.
//!
//! Fentanyl itself gives `is_parent: true` and no conditions. Whether a
//! structure is "otherwise listed" is for the caller.

use super::super::graph::{BondOrder, Element, Molecule};
use super::{
    anilido_cores, aniline_change, is_plain_ring, piperidine_substituents, ring_locant, AcylKind,
    AnilidoCore, ClassMatch, Condition, Ctx, RuleId, SubKind,
};

/// Substituent kinds of (B).
const B_KINDS: [SubKind; 8] = [
    SubKind::Alkyl,
    SubKind::Alkenyl,
    SubKind::Alkoxy,
    SubKind::Hydroxy,
    SubKind::Halo,
    SubKind::Haloalkyl,
    SubKind::Amino,
    SubKind::Nitro,
];

/// Substituent kinds of (C): those of (B) plus ester and ether.
const C_KINDS: [SubKind; 10] = [
    SubKind::Alkyl,
    SubKind::Alkenyl,
    SubKind::Alkoxy,
    SubKind::Ester,
    SubKind::Ether,
    SubKind::Hydroxy,
    SubKind::Halo,
    SubKind::Haloalkyl,
    SubKind::Amino,
    SubKind::Nitro,
];

/// Is `mol` fentanyl or related to it by modifications (A)–(E)?
///
/// Returns `Some` with `is_parent: true` for fentanyl itself, `Some` with the
/// modifications for a fentanyl-related structure, and `None` otherwise.
pub fn matches(mol: &Molecule) -> Option<ClassMatch> {
    if !super::Prefilter::new(mol).fentanyl() {
        return None;
    }
    matches_in(&Ctx::new(mol))
}

pub(super) fn matches_in(ctx: &Ctx<'_>) -> Option<ClassMatch> {
    let cores = anilido_cores(ctx);
    super::fewest_conditions(
        RuleId::UsFentanylRelated,
        cores.iter().map(|core| evaluate(ctx, core)),
    )
}

fn cond(code: &'static str, text: String) -> Condition {
    Condition { code, text }
}

fn evaluate(ctx: &Ctx<'_>, core: &AnilidoCore) -> Option<Vec<Condition>> {
    let mut out = Vec::new();
    // phenethyl: required (A and B only modify it)
    let ca = core.n1_sub?;
    let n1 = core.pip[0];
    out.extend(phenethyl(ctx, n1, ca)?);
    // piperidine (C)
    for (a, j, locant) in piperidine_substituents(ctx, core) {
        let kind = ctx.classify(a, j);
        if !C_KINDS.contains(&kind) {
            return None;
        }
        out.push(cond(
            "C",
            format!(
                "piperidine C{locant}: {} ({})",
                ctx.group_name(a, &[j]),
                kind.name()
            ),
        ));
    }
    // aniline ring (D)
    if let Some(name) = aniline_change(ctx, core) {
        out.push(cond("D", format!("aniline ring → {name}")));
    }
    // acyl (E)
    match core.acyl {
        AcylKind::Propionyl => {}
        AcylKind::OtherAcyl | AcylKind::Oxycarbonyl | AcylKind::Carbamoyl => {
            out.push(cond(
                "E",
                format!(
                    "propionyl → {}{}",
                    ctx.group_name(core.n_am, &[core.c_acyl]),
                    core.acyl.note(true)
                ),
            ));
        }
        AcylKind::NotAcyl => return None,
    }
    // Order by code for stable explanations.
    out.sort_by_key(|c| c.code);
    Some(out)
}

/// Conditions (A)/(B) for the N1 substituent starting at `ca`, or None if it
/// is not a (modified) phenethyl group.
fn phenethyl(ctx: &Ctx<'_>, n1: usize, ca: usize) -> Option<Vec<Condition>> {
    let chain_ok = |x: usize| {
        ctx.is(x, Element::C) && !ctx.in_ring(x) && !ctx.aromatic(x) && ctx.charge(x) == 0
    };
    if !chain_ok(ca) || ctx.order_between(n1, ca) != Some(BondOrder::Single) {
        return None;
    }
    let mut best: Option<Vec<Condition>> = None;
    for (cb, k) in ctx.heavy(ca) {
        if cb == n1 || !chain_ok(cb) || ctx.order(k) != BondOrder::Single {
            continue;
        }
        for (r, k2) in ctx.heavy(cb) {
            if r == ca || !ctx.is_monocycle(r) || ctx.order(k2) != BondOrder::Single {
                continue;
            }
            if let Some(c) = phenethyl_with(ctx, n1, ca, cb, r) {
                if best.as_ref().is_none_or(|b| c.len() < b.len()) {
                    best = Some(c);
                }
            }
        }
    }
    best
}

fn phenethyl_with(
    ctx: &Ctx<'_>,
    n1: usize,
    ca: usize,
    cb: usize,
    r: usize,
) -> Option<Vec<Condition>> {
    let mut out = Vec::new();
    for (label, atom, skip) in [("α", ca, [n1, cb]), ("β", cb, [ca, r])] {
        for (j, _) in ctx.heavy(atom) {
            if skip.contains(&j) {
                continue;
            }
            let kind = ctx.classify(atom, j);
            if !B_KINDS.contains(&kind) {
                return None;
            }
            out.push(cond(
                "B",
                format!(
                    "phenethyl {label}-{} ({})",
                    ctx.group_name(atom, &[j]),
                    kind.name()
                ),
            ));
        }
    }
    if !ctx.on_benzene(r) {
        out.push(cond(
            "A",
            format!("phenyl of phenethyl → {}", ctx.group_name(cb, &[r])),
        ));
        return Some(out);
    }
    if is_plain_ring(ctx, r) {
        return Some(out);
    }
    let walk = ctx.ring_walk(r)?;
    let mut ring_subs = Vec::new();
    let mut all_b = true;
    for &a in walk.iter().skip(1) {
        for (j, _) in ctx.exocyclic(a) {
            let kind = ctx.classify(a, j);
            all_b &= B_KINDS.contains(&kind);
            ring_subs.push(cond(
                "B",
                format!(
                    "phenethyl ring {}-{} ({})",
                    ring_locant(&walk, a),
                    ctx.group_name(a, &[j]),
                    kind.name()
                ),
            ));
        }
    }
    if all_b {
        out.extend(ring_subs);
    } else {
        out.push(cond(
            "A",
            format!(
                "phenyl of phenethyl → {} (a substituted monocycle)",
                ctx.group_name(cb, &[r])
            ),
        ));
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
    fn fentanyl_is_parent_not_related() {
        let m = matches(&mol(
            "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.OC(=O)CC(O)(CC(O)=O)C(O)=O",
        ));
        let m = m.expect("fentanyl citrate");
        assert!(m.is_parent && m.conditions.is_empty() && !m.is_member());
        // Kekulé input, other atom order
        assert_eq!(
            codes("C1=CC=C(C=C1)CCN1CCC(CC1)N(C1=CC=CC=C1)C(=O)CC").as_deref(),
            Some("parent")
        );
    }

    #[test]
    fn listed_analogues() {
        check(&[
            (
                "acetylfentanyl",
                "CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                Some("E"),
            ),
            (
                "butyrylfentanyl",
                "CCCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                Some("E"),
            ),
            (
                "isobutyrylfentanyl",
                "CC(C)C(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                Some("E"),
            ),
            (
                "valerylfentanyl",
                "CCCCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                Some("E"),
            ),
            (
                "furanylfentanyl",
                "O=C(c1ccco1)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                Some("E"),
            ),
            (
                "acrylfentanyl",
                "C=CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                Some("E"),
            ),
            (
                "methoxyacetylfentanyl",
                "COCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                Some("E"),
            ),
            (
                "cyclopropylfentanyl",
                "O=C(C1CC1)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                Some("E"),
            ),
            (
                "cyclopentylfentanyl",
                "O=C(C1CCCC1)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                Some("E"),
            ),
            (
                "tetrahydrofuranylfentanyl",
                "O=C(C1CCCO1)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                Some("E"),
            ),
            (
                "ocfentanil",
                "COCC(=O)N(c1ccccc1F)C1CCN(CCc2ccccc2)CC1",
                Some("D+E"),
            ),
            (
                "para-fluorofentanyl",
                "CCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1",
                Some("D"),
            ),
            (
                "ortho-fluorofentanyl",
                "CCC(=O)N(c1ccccc1F)C1CCN(CCc2ccccc2)CC1",
                Some("D"),
            ),
            (
                "4-fluoroisobutyrylfentanyl",
                "CC(C)C(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1",
                Some("D+E"),
            ),
            (
                "para-chloroisobutyrylfentanyl",
                "CC(C)C(=O)N(c1ccc(Cl)cc1)C1CCN(CCc2ccccc2)CC1",
                Some("D+E"),
            ),
            (
                "para-methoxybutyrylfentanyl",
                "CCCC(=O)N(c1ccc(OC)cc1)C1CCN(CCc2ccccc2)CC1",
                Some("D+E"),
            ),
            (
                "carfentanil",
                "CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCN(CCc2ccccc2)CC1",
                Some("C"),
            ),
            (
                "lofentanil",
                "CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCN(CCc2ccccc2)CC1C",
                Some("C"),
            ),
            (
                "sufentanil",
                "CCC(=O)N(c1ccccc1)C1(COC)CCN(CCc2cccs2)CC1",
                Some("A+C"),
            ),
            (
                "alfentanil",
                "CCC(=O)N(c1ccccc1)C1(COC)CCN(CCn2nnn(CC)c2=O)CC1",
                Some("A+C"),
            ),
            (
                "3-methylfentanyl",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1C",
                Some("C"),
            ),
            (
                "alpha-methylfentanyl",
                "CCC(=O)N(c1ccccc1)C1CCN(C(C)Cc2ccccc2)CC1",
                Some("B"),
            ),
            (
                "beta-hydroxyfentanyl",
                "CCC(=O)N(c1ccccc1)C1CCN(CC(O)c2ccccc2)CC1",
                Some("B"),
            ),
            (
                "beta-hydroxy-3-methylfentanyl",
                "CCC(=O)N(c1ccccc1)C1CCN(CC(O)c2ccccc2)CC1C",
                Some("B+C"),
            ),
            (
                "thiofentanyl",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2cccs2)CC1",
                Some("A"),
            ),
            (
                "3-methylthiofentanyl",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2cccs2)CC1C",
                Some("A+C"),
            ),
            (
                "alpha-methylthiofentanyl",
                "CCC(=O)N(c1ccccc1)C1CCN(C(C)Cc2cccs2)CC1",
                Some("A+B"),
            ),
            (
                "beta-hydroxythiofentanyl",
                "CCC(=O)N(c1ccccc1)C1CCN(CC(O)c2cccs2)CC1",
                Some("A+B"),
            ),
            (
                "acetyl-alpha-methylfentanyl",
                "CC(=O)N(c1ccccc1)C1CCN(C(C)Cc2ccccc2)CC1",
                Some("B+E"),
            ),
            (
                "para-fluorobutyrylfentanyl",
                "CCCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1",
                Some("D+E"),
            ),
            (
                "2'-fluoro ortho-fluorofentanyl",
                "CCC(=O)N(c1ccccc1F)C1CCN(CCc2ccccc2F)CC1",
                Some("B+D"),
            ),
            (
                "crotonylfentanyl",
                "C/C=C/C(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                Some("E"),
            ),
            (
                "benzoylfentanyl",
                "O=C(c1ccccc1)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                Some("E"),
            ),
        ]);
    }

    #[test]
    fn explanations() {
        let m = matches(&mol("CC(C)C(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1")).expect("match");
        assert_eq!(
            m.explanation(),
            "(D) aniline ring → 4-fluorophenyl; (E) propionyl → isobutyryl"
        );
        let m = matches(&mol("CCC(=O)N(c1ccccc1)C1(COC)CCN(CCc2cccs2)CC1")).expect("match");
        assert_eq!(
            m.explanation(),
            "(A) phenyl of phenethyl → thiophen-2-yl; (C) piperidine C4: methoxymethyl (ether)"
        );
        let m = matches(&mol("CCC(=O)N(c1ccccc1)C1CCN(C(C)Cc2ccccc2)CC1")).expect("match");
        assert_eq!(m.explanation(), "(B) phenethyl α-methyl (alkyl)");
        assert_eq!(m.rule.id(), "us-fentanyl-related-substances");
    }

    #[test]
    fn not_fentanyl_related() {
        check(&[
            // precursors and metabolites: no phenethyl, or no acyl
            ("4-ANPP", "c1ccc(NC2CCN(CCc3ccccc3)CC2)cc1", None),
            ("norfentanyl", "CCC(=O)N(c1ccccc1)C1CCNCC1", None),
            ("NPP", "O=C1CCN(CCc2ccccc2)CC1", None),
            ("4-AP", "c1ccc(NC2CCNCC2)cc1", None),
            ("1-boc-4-AP", "CC(C)(C)OC(=O)N1CCC(Nc2ccccc2)CC1", None),
            (
                "norcarfentanil",
                "CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCNCC1",
                None,
            ),
            // chain shortened (benzyl) is neither (A) nor (B)
            (
                "benzylfentanyl",
                "CCC(=O)N(c1ccccc1)C1CCN(Cc2ccccc2)CC1",
                None,
            ),
            // remifentanil: phenyl replaced by an ester, not by a monocycle
            (
                "remifentanil",
                "CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCN(CCC(=O)OC)CC1",
                None,
            ),
            // 4-phenylpiperidines and other opioids
            ("alphaprodine", "CCC(=O)OC1(c2ccccc2)CCN(C)CC1C", None),
            ("AH-7921", "CN(C)C1(CNC(=O)c2ccc(Cl)c(Cl)c2)CCCCC1", None),
            (
                "brorphine",
                "CC(c1ccc(Br)cc1)N1CCC(CC1)n1c2ccccc2[nH]c1=O",
                None,
            ),
            (
                "bezitramide",
                "CCC(=O)N1C(=O)N(C2CCN(CCC(C#N)(c3ccccc3)c3ccccc3)CC2)c2ccccc21",
                None,
            ),
        ]);
    }

    #[test]
    fn condition_a_near_misses() {
        check(&[
            // (A) any monocycle: aromatic, heteroaromatic, saturated, substituted
            (
                "pyridin-2-yl",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccn2)CC1",
                Some("A"),
            ),
            (
                "cyclohexyl",
                "CCC(=O)N(c1ccccc1)C1CCN(CCC2CCCCC2)CC1",
                Some("A"),
            ),
            (
                "cyclopropyl",
                "CCC(=O)N(c1ccccc1)C1CCN(CCC2CC2)CC1",
                Some("A"),
            ),
            (
                "5-methylthiophen-2-yl",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccc(C)s2)CC1",
                Some("A"),
            ),
            (
                "4-cyanophenyl",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccc(C#N)cc2)CC1",
                Some("A"),
            ),
            (
                "4-biphenylyl",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccc(-c3ccccc3)cc2)CC1",
                Some("A"),
            ),
            // not monocycles
            (
                "naphthalen-2-yl",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccc3ccccc3c2)CC1",
                None,
            ),
            (
                "indol-3-yl",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2c[nH]c3ccccc23)CC1",
                None,
            ),
            (
                "benzodioxol-5-yl",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccc3OCOc3c2)CC1",
                None,
            ),
            // not a ring at all
            ("2-methoxyethyl", "CCC(=O)N(c1ccccc1)C1CCN(CCOC)CC1", None),
            ("N-methyl", "CCC(=O)N(c1ccccc1)C1CCN(C)CC1", None),
        ]);
    }

    #[test]
    fn condition_b_near_misses() {
        check(&[
            (
                "beta-methyl",
                "CCC(=O)N(c1ccccc1)C1CCN(CC(C)c2ccccc2)CC1",
                Some("B"),
            ),
            (
                "alpha,alpha-dimethyl",
                "CCC(=O)N(c1ccccc1)C1CCN(C(C)(C)Cc2ccccc2)CC1",
                Some("B"),
            ),
            (
                "beta-methoxy",
                "CCC(=O)N(c1ccccc1)C1CCN(CC(OC)c2ccccc2)CC1",
                Some("B"),
            ),
            (
                "beta-fluoro",
                "CCC(=O)N(c1ccccc1)C1CCN(CC(F)c2ccccc2)CC1",
                Some("B"),
            ),
            (
                "alpha-trifluoromethyl",
                "CCC(=O)N(c1ccccc1)C1CCN(C(Cc2ccccc2)C(F)(F)F)CC1",
                Some("B"),
            ),
            (
                "alpha-vinyl",
                "CCC(=O)N(c1ccccc1)C1CCN(C(C=C)Cc2ccccc2)CC1",
                Some("B"),
            ),
            (
                "beta-amino",
                "CCC(=O)N(c1ccccc1)C1CCN(CC(N)c2ccccc2)CC1",
                Some("B"),
            ),
            (
                "4-nitro on ring",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccc([N+](=O)[O-])cc2)CC1",
                Some("B"),
            ),
            (
                "4-fluoro on ring",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccc(F)cc2)CC1",
                Some("B"),
            ),
            (
                "3,4-dimethoxy on ring",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccc(OC)c(OC)c2)CC1",
                Some("B"),
            ),
            // not listed in (B) on the chain
            (
                "beta-oxo",
                "CCC(=O)N(c1ccccc1)C1CCN(CC(=O)c2ccccc2)CC1",
                None,
            ),
            (
                "beta-cyano",
                "CCC(=O)N(c1ccccc1)C1CCN(CC(C#N)c2ccccc2)CC1",
                None,
            ),
            (
                "alpha-phenyl",
                "CCC(=O)N(c1ccccc1)C1CCN(C(c2ccccc2)Cc2ccccc2)CC1",
                None,
            ),
            (
                "beta-hydroxymethyl",
                "CCC(=O)N(c1ccccc1)C1CCN(CC(CO)c2ccccc2)CC1",
                None,
            ),
            // chain length changed
            (
                "3-phenylpropyl",
                "CCC(=O)N(c1ccccc1)C1CCN(CCCc2ccccc2)CC1",
                None,
            ),
            (
                "styryl (C=C in chain)",
                "CCC(=O)N(c1ccccc1)C1CCN(/C=C/c2ccccc2)CC1",
                None,
            ),
            (
                "phenoxyethyl (O in chain)",
                "CCC(=O)N(c1ccccc1)C1CCN(COc2ccccc2)CC1",
                None,
            ),
        ]);
    }

    #[test]
    fn condition_c_near_misses() {
        check(&[
            (
                "2-methyl",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)C(C)C1",
                Some("C"),
            ),
            (
                "3-allyl",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1CC=C",
                Some("C"),
            ),
            (
                "3-fluoro",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1F",
                Some("C"),
            ),
            (
                "3-hydroxy",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1O",
                Some("C"),
            ),
            (
                "4-methoxy",
                "CCC(=O)N(c1ccccc1)C1(OC)CCN(CCc2ccccc2)CC1",
                Some("C"),
            ),
            (
                "3-dimethylamino",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1N(C)C",
                Some("C"),
            ),
            (
                "3-nitro",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1[N+](=O)[O-]",
                Some("C"),
            ),
            (
                "4-CH2COOMe",
                "CCC(=O)N(c1ccccc1)C1(CC(=O)OC)CCN(CCc2ccccc2)CC1",
                Some("C"),
            ),
            (
                "3,3-dimethyl",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1(C)C",
                Some("C"),
            ),
            // not listed in (C)
            ("3-cyano", "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1C#N", None),
            (
                "4-phenyl",
                "CCC(=O)N(c1ccccc1)C1(c2ccccc2)CCN(CCc2ccccc2)CC1",
                None,
            ),
            (
                "4-carboxy",
                "CCC(=O)N(c1ccccc1)C1(C(=O)O)CCN(CCc2ccccc2)CC1",
                None,
            ),
            ("2-oxo", "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)C(=O)C1", None),
            (
                "4-acetyl (ketone)",
                "CCC(=O)N(c1ccccc1)C1(C(C)=O)CCN(CCc2ccccc2)CC1",
                None,
            ),
            // ring changed: not a piperidine
            (
                "pyrrolidine analogue",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)C1",
                None,
            ),
            (
                "azepane analogue",
                "CCC(=O)N(c1ccccc1)C1CCCN(CCc2ccccc2)CC1",
                None,
            ),
            (
                "nortropane analogue",
                "CCC(=O)N(c1ccccc1)C1CC2CCC(C1)N2CCc1ccccc1",
                None,
            ),
            (
                "tetrahydropyridine (ring C=C)",
                "CCC(=O)N(c1ccccc1)C1=CCN(CCc2ccccc2)CC1",
                None,
            ),
            (
                "fentanyl N-oxide",
                "CCC(=O)N(c1ccccc1)C1CC[N+]([O-])(CCc2ccccc2)CC1",
                None,
            ),
        ]);
    }

    #[test]
    fn condition_d_near_misses() {
        check(&[
            (
                "pyridin-2-yl",
                "CCC(=O)N(c1ccccn1)C1CCN(CCc2ccccc2)CC1",
                Some("D"),
            ),
            (
                "thiophen-3-yl",
                "CCC(=O)N(c1ccsc1)C1CCN(CCc2ccccc2)CC1",
                Some("D"),
            ),
            (
                "3,4-dichlorophenyl",
                "CCC(=O)N(c1ccc(Cl)c(Cl)c1)C1CCN(CCc2ccccc2)CC1",
                Some("D"),
            ),
            (
                "4-cyanophenyl",
                "CCC(=O)N(c1ccc(C#N)cc1)C1CCN(CCc2ccccc2)CC1",
                Some("D"),
            ),
            (
                "1-methylpyrazol-4-yl",
                "CCC(=O)N(c1cnn(C)c1)C1CCN(CCc2ccccc2)CC1",
                Some("D"),
            ),
            // not aromatic monocycles
            ("cyclohexyl", "CCC(=O)N(C2CCCCC2)C1CCN(CCc2ccccc2)CC1", None),
            (
                "naphthalen-1-yl",
                "CCC(=O)N(c2cccc3ccccc23)C1CCN(CCc2ccccc2)CC1",
                None,
            ),
            (
                "benzyl (CH2 inserted)",
                "CCC(=O)N(Cc2ccccc2)C1CCN(CCc2ccccc2)CC1",
                None,
            ),
            (
                "quinolin-3-yl",
                "CCC(=O)N(c2cnc3ccccc3c2)C1CCN(CCc2ccccc2)CC1",
                None,
            ),
        ]);
    }

    #[test]
    fn condition_e_near_misses() {
        check(&[
            ("formyl", "O=CN(c1ccccc1)C1CCN(CCc2ccccc2)CC1", Some("E")),
            (
                "3-fluoropropionyl",
                "O=C(CCF)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                Some("E"),
            ),
            (
                "phenylacetyl",
                "O=C(Cc1ccccc1)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                Some("E"),
            ),
            (
                "propiolyl",
                "C#CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                Some("E"),
            ),
            // carbonic and carbamic acyl groups
            (
                "fentanyl carbamate",
                "CCOC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                Some("E"),
            ),
            (
                "dimethylurea",
                "CN(C)C(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                Some("E"),
            ),
            // not acyl groups, or no carbonyl
            (
                "S-ethyl thiocarbamate",
                "CCSC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                None,
            ),
            (
                "thiopropionyl",
                "CCC(=S)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                None,
            ),
            (
                "N-propyl (no carbonyl)",
                "CCCN(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                None,
            ),
            (
                "ethanesulfonyl",
                "CCS(=O)(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                None,
            ),
            (
                "propionyl on the ring (lactam)",
                "O=C1CCN(c2ccccc2)C1C1CCN(CCc2ccccc2)CC1",
                None,
            ),
        ]);
    }

    #[test]
    fn garbage_is_handled() {
        for s in [
            "C",
            "N",
            "[Na+].[Cl-]",
            "c1ccccc1",
            "C1CCNCC1",
            "O=C(N(c1ccccc1)C1CCNCC1)",
        ] {
            let m = mol(s);
            let _ = matches(&m);
        }
    }
}
