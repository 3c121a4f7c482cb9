//! Molecular formulas in Hill order, written like RDKit's `CalcMolFormula`.
//!
//! Carbon first, then hydrogen, then the other elements alphabetically
//! (RDKit writes hydrogen first even when there is no carbon: `H2O4S`). Counts of 1
//! are omitted. A net charge follows as `+`, `-`, `+2`, `-2`... Isotopes are
//! counted as their element (`[2H]C` → `CH4`), and wildcard atoms are written
//! last as `*`, as RDKit does by default.

use std::fmt::Write as _;

use super::graph::{Element, Molecule};

/// Formula of the whole molecule, e.g. `C17H19NO3` or `C4H12N+`.
pub fn molecular_formula(mol: &Molecule) -> String {
    let mut out = String::with_capacity(24);
    write_formula(mol, 0..mol.atom_count(), &mut out);
    out
}

/// Formula of each dot-separated fragment, in fragment order (the order of
/// each fragment's first atom in the input).
pub fn fragment_formulas(mol: &Molecule) -> Vec<String> {
    mol.fragments()
        .iter()
        .map(|f| {
            let mut s = String::with_capacity(24);
            write_formula(mol, f.iter().copied(), &mut s);
            s
        })
        .collect()
}

/// Appends the formula of the given atoms to `out`. Out-of-range indices are
/// ignored.
pub fn write_formula(mol: &Molecule, atoms: impl IntoIterator<Item = usize>, out: &mut String) {
    let mut counts = [0u32; 119];
    let mut charge: i64 = 0;
    for i in atoms {
        let Some(a) = mol.atoms().get(i) else {
            continue;
        };
        let z = a.element.atomic_number() as usize;
        if let Some(c) = counts.get_mut(z) {
            *c += 1;
        }
        counts[1] += u32::from(a.total_h());
        charge += i64::from(a.charge);
    }
    write_counts(&counts, charge, out);
}

/// Appends a Hill-order formula for per-atomic-number `counts` (index 0 is
/// the wildcard) and a net charge.
pub fn write_counts(counts: &[u32; 119], charge: i64, out: &mut String) {
    let push = |z: usize, n: u32, out: &mut String| {
        let sym = Element::from_atomic_number(z as u8)
            .map(Element::symbol)
            .unwrap_or("*");
        out.push_str(sym);
        if n > 1 {
            let _ = write!(out, "{n}");
        }
    };
    let has_c = counts[6] > 0;
    // Present elements other than H (and C when present), alphabetical.
    let mut present: [u8; 119] = [0; 119];
    let mut np = 0;
    for (z, &n) in counts.iter().enumerate().skip(1) {
        if n > 0 && z != 1 && !(has_c && z == 6) {
            present[np] = z as u8;
            np += 1;
        }
    }
    let list = &mut present[..np];
    list.sort_unstable_by_key(|&z| {
        Element::from_atomic_number(z)
            .map(Element::symbol)
            .unwrap_or("*")
    });
    if has_c {
        push(6, counts[6], out);
    }
    if counts[1] > 0 {
        push(1, counts[1], out);
    }
    for &z in list.iter() {
        push(z as usize, counts[z as usize], out);
    }
    if counts[0] > 0 {
        push(0, counts[0], out);
    }
    match charge {
        0 => {}
        1 => out.push('+'),
        -1 => out.push('-'),
        c if c > 0 => {
            let _ = write!(out, "+{c}");
        }
        c => {
            let _ = write!(out, "-{}", c.unsigned_abs());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::smiles::parse;

    fn f(s: &str) -> String {
        molecular_formula(&parse(s).unwrap())
    }

    #[test]
    fn hill_order_and_charges() {
        assert_eq!(f("C[N+](C)(C)C"), "C4H12N+");
        assert_eq!(f("[NH4+].[NH4+]"), "H8N2+2");
        assert_eq!(f("[NH3+][NH3+]"), "H6N2+2");
        assert_eq!(f("[Na+].[Cl-]"), "ClNa");
        assert_eq!(f("Cn1cnc2c1c(=O)n(C)c(=O)n2C"), "C8H10N4O2");
        assert_eq!(f("OS(=O)(=O)O"), "H2O4S");
        assert_eq!(f("[O-]S(=O)(=O)[O-]"), "O4S-2");
        assert_eq!(f("O"), "H2O");
        assert_eq!(f("ClC(Cl)(Cl)Cl"), "CCl4");
        assert_eq!(f("c1ccccc1Br"), "C6H5Br");
        assert_eq!(f("[Fe+3]"), "Fe+3");
    }

    #[test]
    fn isotopes_and_wildcards_like_rdkit() {
        assert_eq!(f("[2H]"), "H");
        assert_eq!(f("[2H]C"), "CH4");
        assert_eq!(f("[13CH4]"), "CH4");
        assert_eq!(f("[3H]O"), "H2O");
        assert_eq!(f("[H][H]"), "H2");
        assert_eq!(f("*C"), "CH3*");
    }

    #[test]
    fn per_fragment() {
        let m = parse("CC[NH3+].[Cl-].O").unwrap();
        assert_eq!(fragment_formulas(&m), vec!["C2H8N+", "Cl-", "H2O"]);
    }
}
