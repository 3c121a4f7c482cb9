//! Property tests: the identity key does not depend on how a molecule is
//! drawn (atom order, Kekulé or aromatic) nor on isotope labels.

use controlled_substances_structure::canonical::{canonical_smiles, write_smiles_in_order};
use controlled_substances_structure::graph::{Atom, Bond, BondOrder, Element, Molecule};
use controlled_substances_structure::identity::analyze;
use controlled_substances_structure::smiles::parse;
use proptest::prelude::*;

/// Drugs, precursors and awkward cases (fused aromatics, charges, salts,
/// a metal complex with dative bonds, symmetric cages).
const MOLECULES: &[&str] = &[
    "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
    "CN1CCC23C4C1CC5=C2C(=C(C=C5)O)OC3C(C=C4)O",
    "CN1C2CCC1C(C(=O)OC)C(C2)OC(=O)c1ccccc1",
    "CNC(C)Cc1ccc2OCOc2c1",
    "CCCCCc1cc(O)c2c(c1)OC(C)(C)C1CCC(C)=CC21",
    "CCN(CC)C(=O)C1CN(C)C2Cc3c[nH]c4cccc(c34)C2=C1",
    "Cn1cnc2c1c(=O)n(C)c(=O)n2C",
    "CCOc1ccc(Cc2nc3cc([N+](=O)[O-])ccc3n2CCN(CC)CC)cc1",
    "CCCCCn1cc(C(=O)c2cccc3ccccc23)c2ccccc21",
    "CNC1(CCCCC1=O)c1ccccc1Cl",
    "CN1C(=O)CN=C(c2ccccc2)c2cc(Cl)ccc21",
    "CC(Cc1ccccc1)[NH2+]C.[Cl-]",
    "OC(=O)CC(O)(CC(O)=O)C(O)=O.CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
    "c1ccc[cH-]1->[Fe+2]<-[cH-]1cccc1",
    "c1ccc2cc3ccccc3cc2c1",
    "c1cc2ccc3cccc4ccc(c1)c2c34",
    "C12C3C4C1C5C2C3C45",
    "C1CC2CCC1CC2",
    "O=C1C=CC(=O)C=C1",
    "c1ccc2c(c1)[nH]c1ccccc12",
];

fn molecule() -> impl Strategy<Value = Molecule> {
    prop::sample::select(MOLECULES).prop_map(|s| parse(s).expect(s))
}

/// A molecule and a random visiting order of its atoms.
fn drawing() -> impl Strategy<Value = (Molecule, Vec<u32>)> {
    molecule().prop_flat_map(|m| {
        let order: Vec<u32> = (0..m.atom_count() as u32).collect();
        (Just(m), Just(order).prop_shuffle())
    })
}

/// `mol` with isotope labels on the atoms `pick` selects, and some of its
/// hydrogens drawn as deuterium atoms.
fn labelled(mol: &Molecule, pick: &[bool], deuterate: &[bool]) -> Molecule {
    let mut atoms: Vec<Atom> = mol.atoms().to_vec();
    let mut bonds: Vec<Bond> = mol.bonds().to_vec();
    let n = atoms.len();
    for i in 0..n {
        if pick.get(i).copied().unwrap_or(false) {
            atoms[i].isotope = Some(match atoms[i].element.atomic_number() {
                6 => 13,
                7 => 15,
                8 => 18,
                z => u16::from(z) * 2 + 1,
            });
        }
        if deuterate.get(i).copied().unwrap_or(false) && atoms[i].total_h() > 0 {
            let a = &mut atoms[i];
            if a.implicit_h > 0 {
                a.implicit_h -= 1;
            } else {
                a.explicit_h -= 1;
            }
            let mut d = Atom::new(Element::H);
            d.isotope = Some(2);
            d.bracket = true;
            atoms.push(d);
            bonds.push(Bond::new(i, atoms.len() - 1, BondOrder::Single));
        }
    }
    Molecule::new(atoms, bonds).expect("valid labelled molecule")
}

/// Stereoisomers with tetrahedral centres only (the redrawing writes `@`
/// and `@@`, not `/` and `\`).
const STEREO: &[&str] = &[
    "COc1ccc2c(c1)[C@]13CCCC[C@@H]1[C@H](C2)N(C)CC3",
    "COc1ccc2c(c1)[C@@]13CCCC[C@H]1[C@@H](C2)N(C)CC3",
    "CN1[C@H]2CC[C@@H]1[C@H]([C@H](C2)OC(=O)c1ccccc1)C(=O)OC",
    "C[C@H]([C@@H](c1ccccc1)O)NC",
    "C[C@@H]([C@@H](c1ccccc1)O)NC",
    "CN1CC[C@]23c4c5ccc(O)c4O[C@H]2[C@@H](O)C=C[C@H]3[C@H]1C5",
    "OC(=O)[C@@H](O)[C@@H](O)C(=O)O",
    "C[S@](=O)c1ccccc1",
    "[H][C@](C)(N)Cc1ccccc1",
];

fn stereo_drawing() -> impl Strategy<Value = (String, Molecule, Vec<u32>)> {
    prop::sample::select(STEREO).prop_flat_map(|s| {
        let m = parse(s).expect(s);
        let order: Vec<u32> = (0..m.atom_count() as u32).collect();
        (Just(s.to_string()), Just(m), Just(order).prop_shuffle())
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn stereo_key_is_invariant_under_atom_order(
        (s, m, order) in stereo_drawing(),
        kekule in any::<bool>(),
    ) {
        let want = analyze(&s).unwrap();
        let drawn = write_smiles_in_order(&m, &order, kekule);
        let got = analyze(&drawn).map_err(|e| TestCaseError::fail(format!("{drawn}: {e}")))?;
        prop_assert_eq!(got.key, want.key, "{}", drawn);
        prop_assert_eq!(got.stereo_key, want.stereo_key, "{} vs {}", drawn, s);
        // The mirror image (every @ swapped) has another key unless the
        // molecule is its own mirror image (meso tartaric acid).
        let mirror = drawn.replace("@@", "!").replace('@', "@@").replace('!', "@");
        let other = analyze(&mirror).unwrap();
        if !s.starts_with("OC(=O)") {
            prop_assert_ne!(other.stereo_key, want.stereo_key, "{}", mirror);
        } else {
            prop_assert_eq!(other.stereo_key, want.stereo_key, "{}", mirror);
        }
    }

    #[test]
    fn key_is_invariant_under_atom_order((m, order) in drawing()) {
        let want = canonical_smiles(&m);
        let drawn = write_smiles_in_order(&m, &order, false);
        let back = parse(&drawn).map_err(|e| TestCaseError::fail(format!("{drawn}: {e}")))?;
        prop_assert_eq!(canonical_smiles(&back), want, "{}", drawn);
    }

    #[test]
    fn key_is_invariant_under_kekule_drawing((m, order) in drawing()) {
        let want = canonical_smiles(&m);
        let drawn = write_smiles_in_order(&m, &order, true);
        prop_assert!(!drawn.contains('c'), "{}", drawn);
        let back = parse(&drawn).map_err(|e| TestCaseError::fail(format!("{drawn}: {e}")))?;
        prop_assert_eq!(canonical_smiles(&back), want, "{}", drawn);
    }

    #[test]
    fn isotope_labels_do_not_change_the_key(
        (m, order) in drawing(),
        pick in prop::collection::vec(any::<bool>(), 64),
        deuterate in prop::collection::vec(any::<bool>(), 64),
    ) {
        let plain = write_smiles_in_order(&m, &order, false);
        let l = labelled(&m, &pick, &deuterate);
        let n = l.atom_count() as u32;
        let mut lorder = order.clone();
        lorder.extend(order.len() as u32..n);
        let drawn = write_smiles_in_order(&l, &lorder, false);
        let a = analyze(&plain).map_err(|e| TestCaseError::fail(format!("{plain}: {e}")))?;
        let b = analyze(&drawn).map_err(|e| TestCaseError::fail(format!("{drawn}: {e}")))?;
        prop_assert_eq!(a.key, b.key, "{} vs {}", plain, drawn);
        prop_assert_eq!(&a.parent_formula, &b.parent_formula);
        prop_assert_eq!(b.isotopes_ignored, l.atoms().iter().any(|x| x.isotope.is_some()));
        prop_assert!(!a.isotopes_ignored);
    }
}

#[test]
fn named_isotopologues_share_their_parent_key() {
    let pairs = [
        (
            "[2H]c1c([2H])c([2H])c(CCN2CCC(CC2)N(C(=O)CC)c2ccccc2)c([2H])c1[2H]",
            "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
        ),
        (
            "[2H]C([2H])([2H])NC(C)Cc1ccc2OCOc2c1",
            "CNC(C)Cc1ccc2OCOc2c1",
        ),
        (
            "[2H]C([2H])([2H])OC(=O)C1C(OC(=O)c2ccccc2)CC2CCC1N2C",
            "COC(=O)C1C(OC(=O)c2ccccc2)CC2CCC1N2C",
        ),
        ("[13CH3]N[13CH](C)Cc1ccccc1.Cl", "CNC(C)Cc1ccccc1"),
    ];
    for (labelled, plain) in pairs {
        let a = analyze(labelled).unwrap();
        let b = analyze(plain).unwrap();
        assert_eq!(a.key, b.key, "{labelled}");
        assert_eq!(a.canonical, b.canonical, "{labelled}");
        assert!(a.isotopes_ignored && !b.isotopes_ignored, "{labelled}");
        assert!(a.components[0].isotopes_ignored, "{labelled}");
        assert_eq!(a.classes.len(), b.classes.len(), "{labelled}");
    }
}
