//! Dative bonds (`->`, `<-`) as RDKit reads them: the donor's valence is
//! unchanged, the acceptor's grows by one. Every expected formula below is
//! RDKit's `CalcMolFormula` for the same SMILES (RDKit 2026.09, checked by
//! hand; RDKit is not a dependency).

use controlled_substances_structure::canonical::canonical_smiles;
use controlled_substances_structure::formula::molecular_formula;
use controlled_substances_structure::identity::analyze;
use controlled_substances_structure::smiles::parse;

const RDKIT: &[(&str, &str)] = &[
    ("N->[Pt]", "H3NPt"),
    ("[Pt]<-N", "H3NPt"),
    ("N->B", "H5BN"),
    ("B<-N", "H5BN"),
    ("C(F)(F)(F)->B", "CH3BF3"),
    ("c1ccc[cH-]1->[Fe+2]<-[cH-]1cccc1", "C10H10Fe"),
    ("C1=CC=C[CH-]1->[Fe+2]<-[CH-]1C=CC=C1", "C10H10Fe"),
    ("[NH3]->[Cu+2](<-[NH3])(<-[NH3])<-[NH3]", "H12CuN4+2"),
    ("N->[Co](<-N)(<-N)", "H9CoN3"),
    ("CN(C)->O", "C2H8NO"),
    ("C->O", "CH5O"),
    ("O->C", "CH5O"),
    ("c1ccccn1->[Zn]", "C5H5NZn"),
    ("C1=CC=CN1->[Zn]", "C4H5NZn"),
    ("P(C)(C)(C)->[Pd]", "C3H9PPd"),
    ("N->N", "H5N2"),
    ("O=C->[Fe]", "CH2FeO"),
    ("[C-]#[O+]->[Ni]", "CNiO"),
    ("[Cu]1<-NCCN->1", "C2H8CuN2"),
    ("N1CCN->[Cu]<-1", "C2H8CuN2"),
    ("N->1CCN->[Cu]1", "C2H8CuN2"),
    ("[Cu]->1CCCN1", "C3H7CuN"),
    ("Cl[Pt](Cl)(<-N)<-N", "H6Cl2N2Pt"),
];

#[test]
fn formulas_agree_with_rdkit() {
    for (s, f) in RDKIT {
        let m = parse(s).unwrap_or_else(|e| panic!("{s}: {e}"));
        assert_eq!(molecular_formula(&m), *f, "{s}");
    }
}

#[test]
fn canonical_smiles_read_back_and_keep_the_direction() {
    for (s, f) in RDKIT {
        let c = canonical_smiles(&parse(s).unwrap());
        let back = parse(&c).unwrap_or_else(|e| panic!("{s} -> {c}: {e}"));
        assert_eq!(canonical_smiles(&back), c, "{s}");
        assert_eq!(molecular_formula(&back), *f, "{s} -> {c}");
    }
    let can = |s: &str| canonical_smiles(&parse(s).unwrap());
    // Either arrow, either drawing: one molecule.
    assert_eq!(can("N->[Pt]"), can("[Pt]<-N"));
    assert_eq!(can("[Cu]1<-NCCN->1"), can("N1CCN->[Cu]<-1"));
    assert_eq!(can("N->1CCN->[Cu]1"), can("[Cu]1<-NCCN->1"));
    // Ferrocene: aromatic and Kekulé rings agree, and stay aromatic.
    let fc = can("c1ccc[cH-]1->[Fe+2]<-[cH-]1cccc1");
    assert_eq!(fc, can("C1=CC=C[CH-]1->[Fe+2]<-[CH-]1C=CC=C1"));
    assert!(fc.contains("->") && fc.contains("c"), "{fc}");
    // The direction matters: N donates to B, or B to N.
    assert_ne!(can("N->B"), can("N<-B"));
}

#[test]
fn analyze_reads_metal_complexes() {
    let r = analyze("c1ccc[cH-]1->[Fe+2]<-[cH-]1cccc1").unwrap();
    assert_eq!(r.formula, "C10H10Fe");
    assert_eq!(r.components.len(), 1);
    // A bad arrow is an error that names its place.
    let e = parse("C<N").unwrap_err();
    assert_eq!(e.position(), Some(1));
    assert!(parse("C->").is_err());
}
