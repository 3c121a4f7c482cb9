//! Stereoisomer keys: every drawing of one stereoisomer (atom order
//! permuted, ring closures renumbered, Kekulé or aromatic; the drawings are
//! RDKit's random SMILES) gives one key, and enantiomers and diastereomers
//! give different keys, while the stereo-free key stays the same.

use controlled_substances_structure::identity::analyze;

fn keys(s: &str) -> (u128, u128) {
    let r = analyze(s).unwrap_or_else(|e| panic!("{s}: {e}"));
    (
        r.key,
        r.stereo_key.unwrap_or_else(|| panic!("{s}: no stereo key")),
    )
}

/// Groups of drawings of one stereoisomer, by name.
const GROUPS: &[(&str, &[&str])] = &[
    (
        "dextromethorphan",
        &[
            "COc1ccc2c(c1)[C@]13CCCC[C@@H]1[C@H](C2)N(C)CC3",
            "c1(OC)ccc2c([C@]34CCN(C)[C@H]([C@H]4CCCC3)C2)c1",
            "COc1ccc2c(c1)[C@@]13CCCC[C@@H]3[C@@H](N(CC1)C)C2",
            "N1(C)CC[C@@]23c4cc(OC)ccc4C[C@H]1[C@H]3CCCC2",
            "c12c(ccc(c2)OC)C[C@H]2[C@@H]3[C@@]1(CCN2C)CCCC3",
            "[C@H]12Cc3ccc(OC)cc3[C@]3([C@@H]1CCCC3)CCN2C",
            "CN1CC[C@]23C4C=C(OC)C=CC=4C[C@H]1[C@H]2CCCC3",
        ],
    ),
    (
        "levomethorphan",
        &[
            "COc1ccc2c(c1)[C@@]13CCCC[C@H]1[C@@H](C2)N(C)CC3",
            "C1[C@]23c4cc(ccc4C[C@@H](N(C)C1)[C@@H]3CCCC2)OC",
            "c12c(C[C@@H]3[C@H]4[C@]2(CCN3C)CCCC4)ccc(c1)OC",
            "O(C)c1ccc2c(c1)[C@@]13CCCC[C@H]1[C@H](N(CC3)C)C2",
            "CN1[C@@H]2Cc3ccc(OC)cc3[C@]3(CC1)[C@H]2CCCC3",
            "[C@]123CCN(C)[C@H](Cc4ccc(cc43)OC)[C@@H]1CCCC2",
            "C1(OC)C=CC2C[C@H]3N(C)CC[C@]4([C@H]3CCCC4)C=2C=1",
        ],
    ),
    (
        "pseudoephedrine",
        &[
            "C[C@H]([C@@H](c1ccccc1)O)NC",
            "[C@@H](C)([C@@H](c1ccccc1)O)NC",
            "c1([C@H]([C@H](NC)C)O)ccccc1",
            "O[C@H](c1ccccc1)[C@H](NC)C",
            "C1C=C([C@@H](O)[C@@H](C)NC)C=CC=1",
        ],
    ),
    (
        "ephedrine",
        &[
            "C[C@@H]([C@@H](c1ccccc1)O)NC",
            "c1ccccc1[C@@H](O)[C@@H](NC)C",
            "CN[C@@H](C)[C@@H](c1ccccc1)O",
            "N([C@H]([C@H](O)c1ccccc1)C)C",
            "O[C@@H]([C@@H](NC)C)C1C=CC=CC=1",
        ],
    ),
    (
        "cocaine",
        &[
            "CN1[C@H]2CC[C@@H]1[C@H]([C@H](C2)OC(=O)c1ccccc1)C(=O)OC",
            "[C@@H]1(OC(=O)c2ccccc2)[C@H](C(OC)=O)[C@H]2CC[C@@H](C1)N2C",
            "C1[C@@H]2[C@H]([C@H](C[C@@H](N2C)C1)OC(c1ccccc1)=O)C(OC)=O",
            "[C@@H]12N(C)[C@@H](CC1)C[C@H](OC(c1ccccc1)=O)[C@@H]2C(=O)OC",
            "O=C(C1=CC=CC=C1)O[C@H]1C[C@H]2N([C@H](CC2)[C@H]1C(OC)=O)C",
        ],
    ),
    (
        "dexamphetamine",
        &[
            "C[C@@H](N)Cc1ccccc1",
            "c1ccc(cc1)C[C@H](N)C",
            "[C@H](N)(Cc1ccccc1)C",
            "[C@@H](N)(C)Cc1ccccc1",
            "C1=CC(=CC=C1)C[C@@H](C)N",
            "C[C@@H]([NH3+])Cc1ccccc1.[Cl-]",
            "[H][C@](C)(N)Cc1ccccc1",
        ],
    ),
    (
        "levamphetamine",
        &[
            "C[C@H](N)Cc1ccccc1",
            "c1cccc(c1)C[C@H](C)N",
            "N[C@@H](C)Cc1ccccc1",
            "[C@H](C)(Cc1ccccc1)N",
        ],
    ),
    (
        "morphine",
        &[
            "CN1CC[C@]23c4c5ccc(O)c4O[C@H]2[C@@H](O)C=C[C@H]3[C@H]1C5",
            "[C@H]1(O)C=C[C@H]2[C@@H]3N(CC[C@]24[C@H]1Oc1c(ccc(c14)C3)O)C",
            "CN1[C@@H]2Cc3c4[C@]5(CC1)[C@H]2C=C[C@H](O)[C@@H]5Oc4c(cc3)O",
            "C1[C@@H]2[C@@]34CCN(C)[C@@H]2Cc2c3c(c(O)cc2)O[C@H]4[C@@H](O)C=1",
            "Oc1ccc2c3c1O[C@@H]1[C@]34CCN(C)[C@H](C2)[C@@H]4C=C[C@@H]1O",
            "[C@H]12[C@@]34C5C(=C(O)C=CC=5C[C@H]2N(C)CC4)O[C@H]3[C@@H](O)C=C1",
        ],
    ),
    (
        "(E)-clomiphene",
        &[
            "CCN(CC)CCOc1ccc(/C(=C(\\Cl)c2ccccc2)c2ccccc2)cc1",
            "C(N(CCOc1ccc(cc1)/C(=C(/c1ccccc1)Cl)c1ccccc1)CC)C",
            "C(/c1ccc(OCCN(CC)CC)cc1)(=C(/Cl)c1ccccc1)c1ccccc1",
            "c1c(/C(Cl)=C(\\c2ccccc2)c2ccc(cc2)OCCN(CC)CC)cccc1",
            "C(/C1C=CC(OCCN(CC)CC)=CC=1)(C1=CC=CC=C1)=C(\\C1C=CC=CC=1)Cl",
        ],
    ),
    (
        "(Z)-clomiphene",
        &["CCN(CC)CCOc1ccc(/C(=C(/Cl)c2ccccc2)c2ccccc2)cc1"],
    ),
];

#[test]
fn every_drawing_of_a_stereoisomer_has_one_key() {
    for (name, drawings) in GROUPS {
        let first = keys(drawings[0]);
        for d in drawings.iter() {
            assert_eq!(keys(d), first, "{name}: {d}");
        }
    }
}

#[test]
fn stereoisomers_differ_only_in_the_stereo_key() {
    let pairs = [
        ("dextromethorphan", "levomethorphan"),
        ("pseudoephedrine", "ephedrine"),
        ("dexamphetamine", "levamphetamine"),
        ("(E)-clomiphene", "(Z)-clomiphene"),
    ];
    let group = |n: &str| GROUPS.iter().find(|g| g.0 == n).map(|g| g.1[0]).unwrap();
    for (a, b) in pairs {
        let (ka, sa) = keys(group(a));
        let (kb, sb) = keys(group(b));
        assert_eq!(ka, kb, "{a} / {b}: same constitution");
        assert_ne!(sa, sb, "{a} / {b}: different stereoisomers");
    }
    // Levomethorphan is dextromethorphan with every @ and @@ swapped.
    let dex = group("dextromethorphan");
    let mirror = dex.replace("@@", "!").replace('@', "@@").replace('!', "@");
    assert_eq!(keys(&mirror), keys(group("levomethorphan")));
    // Every group's stereo key is distinct from every other's.
    let all: Vec<u128> = GROUPS.iter().map(|g| keys(g.1[0]).1).collect();
    for i in 0..all.len() {
        for j in (i + 1)..all.len() {
            assert_ne!(all[i], all[j], "{} vs {}", GROUPS[i].0, GROUPS[j].0);
        }
    }
}

#[test]
fn marks_that_define_nothing_give_the_stereo_free_key() {
    // Two methyls on the marked carbon: not a stereocentre.
    let r = analyze("C[C@H](C)O").unwrap();
    assert_eq!(r.stereo_key, Some(r.key));
    // No marks: no stereo key.
    assert_eq!(analyze("CC(N)Cc1ccccc1").unwrap().stereo_key, None);
    // Meso tartaric acid is its own mirror image; (R,R) is not.
    // (CIP labels checked with RDKit.)
    let meso = keys("OC(=O)[C@@H](O)[C@@H](O)C(=O)O");
    let meso_mirror = keys("OC(=O)[C@H](O)[C@H](O)C(=O)O");
    let rr = keys("OC(=O)[C@H](O)[C@@H](O)C(=O)O");
    let ss = keys("OC(=O)[C@@H](O)[C@H](O)C(=O)O");
    assert_eq!(meso, meso_mirror);
    assert_ne!(rr, ss);
    assert_ne!(rr.1, meso.1);
}
