//! Identity that survives what chemists write: every component of a
//! mixture judged, isotope-labelled reference standards as their parent.

use controlled_substances::{Date, Jurisdiction as J, Registry, Status};

fn at(q: &str, j: J) -> controlled_substances::Verdict<'static> {
    Registry::embedded()
        .verdict(&format!("smiles:{q}"), j, Date::new(2026, 1, 1).unwrap())
        .unwrap()
}

#[test]
fn a_mixture_is_judged_by_its_strongest_component() {
    // Methamphetamine with ibuprofen: ibuprofen is the larger component, but
    // methamphetamine decides, and the answer says so.
    let v = at("CNC(C)Cc1ccccc1.CC(C)Cc1ccc(cc1)C(C)C(O)=O", J::US);
    assert_eq!(v.status(), Status::Controlled, "{v}");
    assert!(v.listings()[0].code() == Some("1105"), "{v}");
    let e = v.explanation().unwrap();
    assert!(e.contains("mixture of 2 components"), "{e}");
    assert!(e.contains("component 2 of 2"), "{e}");
    assert!(e.contains("C10H15N"), "{e}");
    // Ibuprofen alone is not placed by anything.
    assert!(!at("CC(C)Cc1ccc(cc1)C(C)C(O)=O", J::US).is_controlled());
}

#[test]
fn a_fatty_acid_salt_is_its_base() {
    // Methamphetamine stearate: the stearate is a counter-ion, set aside and named.
    let r = Registry::embedded();
    let id = r
        .resolve("smiles:CNC(C)Cc1ccccc1.CCCCCCCCCCCCCCCCCC(O)=O")
        .unwrap();
    let rep = id.structure.as_ref().unwrap();
    assert_eq!(rep.stripped, ["stearate"]);
    assert_eq!(rep.parent_formula, "C10H15N");
    let v = r.judge(&id, J::US, Date::new(2026, 1, 1).unwrap());
    assert_eq!(v.status(), Status::Controlled, "{v}");
}

#[test]
fn isotope_labelled_standards_are_their_parent() {
    for (labelled, parent) in [
        (
            "[2H]c1c([2H])c([2H])c(CCN2CCC(CC2)N(C(=O)CC)c2ccccc2)c([2H])c1[2H]",
            "fentanyl",
        ),
        ("CC(Cc1ccc2OCOc2c1)NC([2H])([2H])[2H]", "mdma"),
        (
            "[2H]C([2H])([2H])N1C2CCC1C(C(=O)OC)C(OC(=O)c1ccccc1)C2",
            "cocaine",
        ),
        ("CCC(=O)N(c1ccccc1)C1CCN(CC[13c]2ccccc2)CC1", "fentanyl"),
    ] {
        let v = at(labelled, J::US);
        assert!(v.is_controlled(), "{labelled}: {v}");
        let s = v.substance().expect("the parent").id();
        assert!(
            s == parent
                || Registry::embedded()
                    .lookup(parent)
                    .unwrap()
                    .unwrap()
                    .same_structure()
                    .any(|o| o.id() == s),
            "{labelled}: {s}"
        );
        let e = v.explanation().unwrap_or("");
        assert!(e.contains("isotope-labelled form of"), "{labelled}: {e}");
    }
}
