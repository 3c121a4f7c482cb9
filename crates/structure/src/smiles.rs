//! OpenSMILES reader.
//!
//! Supports the organic subset, bracket atoms (isotope, chirality including
//! `@TH1`-style classes, hydrogen count, charge including `++`/`--`/`+2`,
//! atom class), all bond symbols (`- = # $ : / \`, and the dative `->` and
//! `<-` as RDKit writes them: the donor's valence is unchanged, the
//! acceptor's grows by one), branches, ring closures
//! (`0`–`9` and `%nn`), dot-separated fragments and aromatic atoms
//! (`b c n o p s`, and `se as te` in brackets).
//!
//! [`parse`] returns a normalised [`Molecule`]: implicit hydrogens are
//! assigned, aromatic input is kekulized, plain `[H]` atoms are folded into
//! their neighbour's hydrogen count, pentavalent nitro/N-oxide nitrogen and
//! hypervalent halogen oxides (perchlorate) are made charge-separated as RDKit
//! does, and aromaticity is re-perceived from the Kekulé
//! structure, so Kekulé and aromatic drawings of a molecule give the same graph.
//!
//! Every input is bounded: see [`MAX_SMILES_LEN`], [`MAX_ATOMS`],
//! [`MAX_BRANCH_DEPTH`] and [`MAX_RING_NUMBER`].

use super::aromaticity::{self, KekulizeError};

mod normalise;
use super::error::SmilesError;
use super::graph::{Atom, Bond, BondDirection, BondOrder, Chirality, Element, Molecule};
use normalise::{
    assign_hydrogens, charge_separate_halogen_oxides, charge_separate_pentavalent_n, fold_hydrogens,
};

/// Longest accepted SMILES, in bytes.
pub const MAX_SMILES_LEN: usize = 10_000;
/// Most atoms accepted in one SMILES (all fragments together).
pub const MAX_ATOMS: usize = 2_000;
/// Deepest accepted branch nesting (`(((...)))`).
pub const MAX_BRANCH_DEPTH: usize = 256;
/// Highest ring-closure number (`%99`).
pub const MAX_RING_NUMBER: u8 = 99;

/// Bond symbol as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BondSym {
    Single,
    Double,
    Triple,
    Quadruple,
    Aromatic,
    Up,
    Down,
    /// `->`: the atom on the left donates.
    DativeRight,
    /// `<-`: the atom on the right donates.
    DativeLeft,
}

impl BondSym {
    fn order(self) -> BondOrder {
        match self {
            BondSym::Single | BondSym::Up | BondSym::Down => BondOrder::Single,
            BondSym::Double => BondOrder::Double,
            BondSym::Triple => BondOrder::Triple,
            BondSym::Quadruple => BondOrder::Quadruple,
            BondSym::Aromatic => BondOrder::Aromatic,
            BondSym::DativeRight | BondSym::DativeLeft => BondOrder::Dative,
        }
    }
    fn direction(self) -> BondDirection {
        match self {
            BondSym::Up => BondDirection::Up,
            BondSym::Down => BondDirection::Down,
            _ => BondDirection::None,
        }
    }
}

#[derive(Clone, Copy)]
struct RingOpen {
    atom: usize,
    sym: Option<BondSym>,
    pos: usize,
}

/// Result of the syntactic pass: atoms, bonds and byte offsets of atoms.
struct Written {
    atoms: Vec<Atom>,
    bonds: Vec<Bond>,
    pos: Vec<u32>,
}

/// Ring-closure placeholder in a written neighbour list.
const fn ring_slot(ring: u8) -> u32 {
    u32::MAX - ring as u32
}

struct Reader<'a> {
    s: &'a [u8],
    i: usize,
    atoms: Vec<Atom>,
    bonds: Vec<Bond>,
    pos: Vec<u32>,
    /// Index of the first bond that touches each atom (for duplicate checks).
    first_bond: Vec<u32>,
    /// Neighbours of each atom in written order (ring closures where their
    /// digit is), for the meaning of `@` and `@@`.
    written: Vec<Vec<u32>>,
    /// Whether each atom follows a preceding atom it is bonded to.
    has_from: Vec<bool>,
}

/// Reads and normalises a SMILES string (see the module documentation).
pub fn parse(smiles: &str) -> Result<Molecule, SmilesError> {
    let w = read(smiles)?;
    let mut mol = Molecule::new_unchecked(w.atoms, w.bonds);
    assign_hydrogens(&mut mol);
    match aromaticity::kekulize(&mut mol) {
        Ok(()) => {}
        Err(KekulizeError::Unmatched { atom }) => {
            return Err(SmilesError::Kekulization {
                pos: w.pos.get(atom).copied().unwrap_or(0) as usize,
            })
        }
        Err(KekulizeError::TooComplex { atom }) => {
            return Err(SmilesError::TooComplex {
                pos: w.pos.get(atom).copied().unwrap_or(0) as usize,
            })
        }
    }
    charge_separate_pentavalent_n(&mut mol);
    charge_separate_halogen_oxides(&mut mol);
    let mut mol = fold_hydrogens(mol);
    aromaticity::perceive(&mut mol);
    Ok(mol)
}

/// Reads a SMILES string without any normalisation: atoms keep the aromatic
/// flags and bond orders as written (aromatic bonds stay aromatic), explicit
/// `[H]` atoms stay atoms, and organic-subset atoms get implicit hydrogens.
pub fn parse_as_written(smiles: &str) -> Result<Molecule, SmilesError> {
    let w = read(smiles)?;
    let mut mol = Molecule::new_unchecked(w.atoms, w.bonds);
    assign_hydrogens(&mut mol);
    Ok(mol)
}

fn read(smiles: &str) -> Result<Written, SmilesError> {
    let s = smiles.as_bytes();
    if s.len() > MAX_SMILES_LEN {
        return Err(SmilesError::TooLong {
            len: s.len(),
            max: MAX_SMILES_LEN,
        });
    }
    if s.is_empty() {
        return Err(SmilesError::Empty);
    }
    let mut r = Reader {
        s,
        i: 0,
        atoms: Vec::with_capacity(s.len() / 2 + 1),
        bonds: Vec::with_capacity(s.len() / 2 + 1),
        pos: Vec::with_capacity(s.len() / 2 + 1),
        first_bond: Vec::with_capacity(s.len() / 2 + 1),
        written: Vec::with_capacity(s.len() / 2 + 1),
        has_from: Vec::with_capacity(s.len() / 2 + 1),
    };
    r.run()?;
    crate::stereo::set_written_parities(&mut r.atoms, &r.written, &r.has_from);
    Ok(Written {
        atoms: r.atoms,
        bonds: r.bonds,
        pos: r.pos,
    })
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn peek_at(&self, k: usize) -> Option<u8> {
        self.s.get(self.i + k).copied()
    }

    fn run(&mut self) -> Result<(), SmilesError> {
        let mut prev: Option<usize> = None;
        let mut pending: Option<(BondSym, usize)> = None;
        // (branch root atom, position of '(', atom count at '(').
        let mut branches: Vec<(usize, usize, usize)> = Vec::new();
        let mut rings: [Option<RingOpen>; 100] = [None; 100];
        while let Some(c) = self.peek() {
            let start = self.i;
            match c {
                b'-' | b'=' | b'#' | b'$' | b':' | b'/' | b'\\' | b'<' => {
                    if prev.is_none() {
                        return Err(SmilesError::NoPrecedingAtom { pos: start });
                    }
                    if pending.is_some() {
                        return Err(SmilesError::UnexpectedByte {
                            pos: start,
                            byte: c,
                        });
                    }
                    let (sym, len) = match (c, self.peek_at(1)) {
                        (b'-', Some(b'>')) => (BondSym::DativeRight, 2),
                        (b'<', Some(b'-')) => (BondSym::DativeLeft, 2),
                        (b'<', _) => {
                            return Err(SmilesError::UnexpectedByte {
                                pos: start,
                                byte: c,
                            })
                        }
                        _ => (self.bond_symbol(c), 1),
                    };
                    pending = Some((sym, start));
                    self.i += len;
                }
                b'(' => {
                    let Some(root) = prev else {
                        return Err(SmilesError::NoPrecedingAtom { pos: start });
                    };
                    if let Some((_, p)) = pending {
                        return Err(SmilesError::DanglingBond { pos: p });
                    }
                    if branches.len() >= MAX_BRANCH_DEPTH {
                        return Err(SmilesError::BranchTooDeep {
                            pos: start,
                            max: MAX_BRANCH_DEPTH,
                        });
                    }
                    branches.push((root, start, self.atoms.len()));
                    self.i += 1;
                }
                b')' => {
                    let Some((root, open_pos, count)) = branches.pop() else {
                        return Err(SmilesError::UnmatchedCloseParen { pos: start });
                    };
                    if let Some((_, p)) = pending {
                        return Err(SmilesError::DanglingBond { pos: p });
                    }
                    if self.atoms.len() == count || prev.is_none() {
                        return Err(SmilesError::EmptyBranch { pos: open_pos });
                    }
                    prev = Some(root);
                    self.i += 1;
                }
                b'.' => {
                    if let Some((_, p)) = pending {
                        return Err(SmilesError::DanglingBond { pos: p });
                    }
                    if prev.is_none() {
                        return Err(SmilesError::UnexpectedByte {
                            pos: start,
                            byte: c,
                        });
                    }
                    prev = None;
                    self.i += 1;
                }
                b'0'..=b'9' | b'%' => {
                    let Some(cur) = prev else {
                        return Err(SmilesError::NoPrecedingAtom { pos: start });
                    };
                    let num = self.ring_number()?;
                    let sym = pending.take().map(|(s, _)| s);
                    let slot = &mut rings[num as usize];
                    match slot.take() {
                        None => {
                            *slot = Some(RingOpen {
                                atom: cur,
                                sym,
                                pos: start,
                            });
                            self.note_written(cur, ring_slot(num));
                        }
                        Some(open) => {
                            self.close_ring(open, cur, sym, start)?;
                            self.note_written(cur, open.atom as u32);
                            if let Some(x) = self.written[open.atom]
                                .iter_mut()
                                .find(|x| **x == ring_slot(num))
                            {
                                *x = cur as u32;
                            }
                        }
                    }
                }
                _ => {
                    let (atom, pos) = self.atom()?;
                    if self.atoms.len() >= MAX_ATOMS {
                        return Err(SmilesError::TooManyAtoms {
                            pos,
                            max: MAX_ATOMS,
                        });
                    }
                    let idx = self.atoms.len();
                    self.atoms.push(atom);
                    self.pos.push(pos as u32);
                    self.first_bond.push(self.bonds.len() as u32);
                    self.written.push(Vec::new());
                    self.has_from.push(prev.is_some());
                    if let Some(p) = prev {
                        self.note_written(p, idx as u32);
                        self.note_written(idx, p as u32);
                        let sym = pending.take().map(|(s, _)| s);
                        self.add_bond(p, idx, sym);
                    } else if let Some((_, p)) = pending {
                        return Err(SmilesError::NoPrecedingAtom { pos: p });
                    }
                    prev = Some(idx);
                }
            }
        }
        if let Some((_, p)) = pending {
            return Err(SmilesError::DanglingBond { pos: p });
        }
        if let Some(&(_, p, _)) = branches.last() {
            return Err(SmilesError::UnclosedBranch { pos: p });
        }
        if let Some((ring, open)) = rings
            .iter()
            .enumerate()
            .filter_map(|(k, r)| r.map(|o| (k, o)))
            .min_by_key(|(_, o)| o.pos)
        {
            return Err(SmilesError::UnclosedRing {
                pos: open.pos,
                ring: ring as u8,
            });
        }
        if self.atoms.is_empty() || prev.is_none() {
            // Trailing '.' leaves prev empty.
            return Err(if self.atoms.is_empty() {
                SmilesError::Empty
            } else {
                SmilesError::UnexpectedEnd { pos: self.s.len() }
            });
        }
        Ok(())
    }

    /// Records `nbr` as the next written neighbour of `atom`; only chiral
    /// atoms need the order, so only theirs is kept (no allocation for the
    /// others).
    fn note_written(&mut self, atom: usize, nbr: u32) {
        if self.atoms[atom].chirality != Chirality::None {
            self.written[atom].push(nbr);
        }
    }

    fn bond_symbol(&self, c: u8) -> BondSym {
        match c {
            b'-' => BondSym::Single,
            b'=' => BondSym::Double,
            b'#' => BondSym::Triple,
            b'$' => BondSym::Quadruple,
            b':' => BondSym::Aromatic,
            b'/' => BondSym::Up,
            _ => BondSym::Down,
        }
    }

    fn add_bond(&mut self, a: usize, b: usize, sym: Option<BondSym>) {
        // A dative bond is stored donor first.
        let (a, b) = match sym {
            Some(BondSym::DativeLeft) => (b, a),
            _ => (a, b),
        };
        let (order, direction) = match sym {
            Some(s) => (s.order(), s.direction()),
            None => {
                let both = self.atoms[a].aromatic && self.atoms[b].aromatic;
                (
                    if both {
                        BondOrder::Aromatic
                    } else {
                        BondOrder::Single
                    },
                    BondDirection::None,
                )
            }
        };
        self.bonds.push(Bond {
            a,
            b,
            order,
            kekule: order,
            direction,
        });
    }

    fn close_ring(
        &mut self,
        open: RingOpen,
        cur: usize,
        sym: Option<BondSym>,
        pos: usize,
    ) -> Result<(), SmilesError> {
        if open.atom == cur {
            return Err(SmilesError::SelfBond { pos });
        }
        let chosen = match (open.sym, sym) {
            (Some(x), Some(y)) => {
                if x.order() != y.order() {
                    return Err(SmilesError::RingBondConflict { pos });
                }
                // Prefer the directional mark of the opening end.
                if x.direction() != BondDirection::None {
                    Some(x)
                } else if y.direction() != BondDirection::None {
                    // '/' at the closing end describes cur→open; flip it.
                    Some(match y {
                        BondSym::Up => BondSym::Down,
                        _ => BondSym::Up,
                    })
                } else {
                    Some(x)
                }
            }
            (Some(x), None) => Some(x),
            (None, Some(BondSym::Up)) => Some(BondSym::Down),
            (None, Some(BondSym::Down)) => Some(BondSym::Up),
            // At the closing end an arrow reads from this atom to the opener.
            (None, Some(BondSym::DativeRight)) => Some(BondSym::DativeLeft),
            (None, Some(BondSym::DativeLeft)) => Some(BondSym::DativeRight),
            (None, y) => y,
        };
        let lo = open.atom.min(cur);
        let hi = open.atom.max(cur);
        let from = self.first_bond.get(hi).copied().unwrap_or(0) as usize;
        // Any bond touching the later atom was added after it was created.
        if self.bonds[from.min(self.bonds.len())..]
            .iter()
            .any(|b| (b.a == lo && b.b == hi) || (b.a == hi && b.b == lo))
        {
            return Err(SmilesError::DuplicateBond { pos });
        }
        self.add_bond(open.atom, cur, chosen);
        Ok(())
    }

    fn ring_number(&mut self) -> Result<u8, SmilesError> {
        let start = self.i;
        match self.peek() {
            Some(b'%') => {
                let d1 = self.peek_at(1);
                let d2 = self.peek_at(2);
                match (d1, d2) {
                    (Some(a @ b'0'..=b'9'), Some(b @ b'0'..=b'9')) => {
                        self.i += 3;
                        Ok((a - b'0') * 10 + (b - b'0'))
                    }
                    (None, _) | (Some(b'0'..=b'9'), None) => {
                        Err(SmilesError::UnexpectedEnd { pos: self.s.len() })
                    }
                    _ => Err(SmilesError::InvalidRingNumber { pos: start }),
                }
            }
            Some(d @ b'0'..=b'9') => {
                self.i += 1;
                Ok(d - b'0')
            }
            _ => Err(SmilesError::InvalidRingNumber { pos: start }),
        }
    }

    /// Reads one atom (organic subset, `*`, or bracket atom).
    fn atom(&mut self) -> Result<(Atom, usize), SmilesError> {
        let start = self.i;
        let c = self
            .peek()
            .ok_or(SmilesError::UnexpectedEnd { pos: start })?;
        let (element, aromatic, len) = match c {
            b'[' => return self.bracket().map(|a| (a, start)),
            b'*' => (Element::WILDCARD, false, 1),
            b'B' if self.peek_at(1) == Some(b'r') => (Element::BR, false, 2),
            b'C' if self.peek_at(1) == Some(b'l') => (Element::CL, false, 2),
            b'B' => (Element::B, false, 1),
            b'C' => (Element::C, false, 1),
            b'N' => (Element::N, false, 1),
            b'O' => (Element::O, false, 1),
            b'P' => (Element::P, false, 1),
            b'S' => (Element::S, false, 1),
            b'F' => (Element::F, false, 1),
            b'I' => (Element::I, false, 1),
            b'b' => (Element::B, true, 1),
            b'c' => (Element::C, true, 1),
            b'n' => (Element::N, true, 1),
            b'o' => (Element::O, true, 1),
            b'p' => (Element::P, true, 1),
            b's' => (Element::S, true, 1),
            _ => {
                return Err(SmilesError::UnexpectedByte {
                    pos: start,
                    byte: c,
                })
            }
        };
        self.i += len;
        let mut atom = Atom::new(element);
        atom.aromatic = aromatic;
        Ok((atom, start))
    }

    fn digits(&mut self, max_len: usize) -> Option<(u64, usize)> {
        let start = self.i;
        let mut v: u64 = 0;
        while let Some(d @ b'0'..=b'9') = self.peek() {
            if self.i - start >= max_len {
                // Too many digits: consume the rest so the caller can report.
                return Some((u64::MAX, self.i - start + 1));
            }
            v = v * 10 + u64::from(d - b'0');
            self.i += 1;
        }
        if self.i == start {
            None
        } else {
            Some((v, self.i - start))
        }
    }

    fn bracket(&mut self) -> Result<Atom, SmilesError> {
        let open = self.i;
        self.i += 1; // '['
        let iso_pos = self.i;
        let isotope = match self.digits(4) {
            None => None,
            Some((v, _)) if v <= 9999 => Some(v as u16),
            Some(_) => return Err(SmilesError::InvalidIsotope { pos: iso_pos }),
        };
        let sym_pos = self.i;
        let (element, aromatic) = self.bracket_symbol(open, sym_pos)?;
        let mut atom = Atom::new(element);
        atom.bracket = true;
        atom.aromatic = aromatic;
        atom.isotope = isotope;
        // Chirality.
        if self.peek() == Some(b'@') {
            atom.chirality = self.chirality()?;
        }
        // Hydrogen count.
        if self.peek() == Some(b'H') {
            let hpos = self.i;
            self.i += 1;
            atom.explicit_h = match self.digits(2) {
                None => 1,
                Some((v, _)) if v <= 99 => v as u8,
                Some(_) => return Err(SmilesError::InvalidHydrogenCount { pos: hpos }),
            };
        }
        // Charge.
        if let Some(sign @ (b'+' | b'-')) = self.peek() {
            let cpos = self.i;
            self.i += 1;
            let mut mag: u64 = 1;
            if let Some((v, _)) = self.digits(2) {
                mag = v;
            } else {
                while self.peek() == Some(sign) {
                    self.i += 1;
                    mag += 1;
                    if mag > 15 {
                        break;
                    }
                }
            }
            if mag > 15 {
                return Err(SmilesError::InvalidCharge { pos: cpos });
            }
            let m = mag as i8;
            atom.charge = if sign == b'+' { m } else { -m };
        }
        // Atom class.
        if self.peek() == Some(b':') {
            let kpos = self.i;
            self.i += 1;
            match self.digits(9) {
                Some((v, _)) if v <= u64::from(u32::MAX) => atom.class = Some(v as u32),
                _ => return Err(SmilesError::InvalidAtomClass { pos: kpos }),
            }
        }
        match self.peek() {
            Some(b']') => {
                self.i += 1;
                Ok(atom)
            }
            _ => Err(SmilesError::UnclosedBracket { pos: open }),
        }
    }

    fn bracket_symbol(&mut self, open: usize, pos: usize) -> Result<(Element, bool), SmilesError> {
        let c = match self.peek() {
            Some(c) => c,
            None => return Err(SmilesError::UnclosedBracket { pos: open }),
        };
        if c == b'*' {
            self.i += 1;
            return Ok((Element::WILDCARD, false));
        }
        if c.is_ascii_uppercase() {
            if let Some(l @ b'a'..=b'z') = self.peek_at(1) {
                let two = [c, l];
                if let Some(e) = std::str::from_utf8(&two)
                    .ok()
                    .and_then(Element::from_symbol)
                {
                    self.i += 2;
                    return Ok((e, false));
                }
            }
            let one = [c];
            return match std::str::from_utf8(&one)
                .ok()
                .and_then(Element::from_symbol)
            {
                Some(e) => {
                    self.i += 1;
                    Ok((e, false))
                }
                None => Err(SmilesError::UnknownElement { pos }),
            };
        }
        if c.is_ascii_lowercase() {
            let two = match (c, self.peek_at(1)) {
                (b's', Some(b'e')) => Some(Element::SE),
                (b'a', Some(b's')) => Some(Element::AS),
                (b't', Some(b'e')) => Some(Element::TE),
                (b's', Some(b'i')) => Some(Element::SI),
                _ => None,
            };
            if let Some(e) = two {
                self.i += 2;
                return Ok((e, true));
            }
            let one = match c {
                b'b' => Some(Element::B),
                b'c' => Some(Element::C),
                b'n' => Some(Element::N),
                b'o' => Some(Element::O),
                b'p' => Some(Element::P),
                b's' => Some(Element::S),
                _ => None,
            };
            if let Some(e) = one {
                self.i += 1;
                return Ok((e, true));
            }
        }
        Err(SmilesError::UnknownElement { pos })
    }

    fn chirality(&mut self) -> Result<Chirality, SmilesError> {
        let at = self.i;
        self.i += 1;
        if self.peek() == Some(b'@') {
            self.i += 1;
            return Ok(Chirality::Clockwise);
        }
        let class = match (self.peek(), self.peek_at(1)) {
            (Some(a), Some(b)) if a.is_ascii_uppercase() && b.is_ascii_uppercase() => [a, b],
            _ => return Ok(Chirality::Anticlockwise),
        };
        let max = match &class {
            b"TH" | b"AL" => 2,
            b"SP" => 3,
            b"TB" => 20,
            b"OH" => 30,
            _ => return Err(SmilesError::InvalidChirality { pos: at }),
        };
        self.i += 2;
        let n = match self.digits(2) {
            Some((v, _)) if v >= 1 && v <= max => v as u8,
            _ => return Err(SmilesError::InvalidChirality { pos: at }),
        };
        Ok(match &class {
            b"TH" => Chirality::Tetrahedral(n),
            b"AL" => Chirality::Allenal(n),
            b"SP" => Chirality::SquarePlanar(n),
            b"TB" => Chirality::TrigonalBipyramidal(n),
            _ => Chirality::Octahedral(n),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::BondOrder;

    fn h(m: &Molecule) -> Vec<u8> {
        m.atoms().iter().map(|a| a.total_h()).collect()
    }

    #[test]
    fn organic_subset_and_implicit_h() {
        let m = parse("CCO").unwrap();
        assert_eq!(h(&m), vec![3, 2, 1]);
        let m = parse("C=O").unwrap();
        assert_eq!(h(&m), vec![2, 0]);
        let m = parse("C#N").unwrap();
        assert_eq!(h(&m), vec![1, 0]);
        assert_eq!(h(&parse("ClCBr").unwrap()), vec![0, 2, 0]);
        assert_eq!(h(&parse("B").unwrap()), vec![3]);
        assert_eq!(h(&parse("N").unwrap()), vec![3]);
        assert_eq!(h(&parse("P").unwrap()), vec![3]);
        assert_eq!(h(&parse("S").unwrap()), vec![2]);
        assert_eq!(h(&parse("I").unwrap()), vec![1]);
        // N 3,5; S 2,4,6.
        assert_eq!(h(&parse("CN(=O)=O").unwrap())[0], 3);
        assert_eq!(h(&parse("CS(=O)C").unwrap())[1], 0);
        assert_eq!(h(&parse("CS(=O)(=O)C").unwrap())[1], 0);
        assert_eq!(h(&parse("S(=O)(=O)").unwrap())[0], 0);
        assert_eq!(h(&parse("FS(F)(F)(F)(F)F").unwrap())[0], 0);
        assert_eq!(h(&parse("C(C)(C)(C)(C)C").unwrap())[0], 0);
    }

    #[test]
    fn bracket_atoms() {
        let m = parse("[13CH4]").unwrap();
        let a = &m.atoms()[0];
        assert_eq!(a.isotope, Some(13));
        assert_eq!(a.total_h(), 4);
        let m = parse("[NH4+]").unwrap();
        assert_eq!(m.atoms()[0].charge, 1);
        assert_eq!(m.atoms()[0].total_h(), 4);
        assert_eq!(parse("[Fe++]").unwrap().atoms()[0].charge, 2);
        assert_eq!(parse("[Fe+2]").unwrap().atoms()[0].charge, 2);
        assert_eq!(parse("[O--]").unwrap().atoms()[0].charge, -2);
        assert_eq!(parse("[O-2]").unwrap().atoms()[0].charge, -2);
        assert_eq!(parse("[CH3:12]").unwrap().atoms()[0].class, Some(12));
        assert_eq!(parse("[C]").unwrap().atoms()[0].total_h(), 0);
        assert_eq!(parse("[Na+]").unwrap().atoms()[0].element, Element::NA);
        assert_eq!(parse("[se]1cccc1").unwrap().atoms()[0].element, Element::SE);
        assert_eq!(
            parse("c1cc[as]cc1").unwrap().atoms()[3].element,
            Element::AS
        );
        assert_eq!(parse("[*]").unwrap().atoms()[0].element, Element::WILDCARD);
        assert_eq!(parse("*C").unwrap().atoms()[0].element, Element::WILDCARD);
    }

    #[test]
    fn chirality_is_kept() {
        let m = parse("N[C@@H](C)C(=O)O").unwrap();
        assert_eq!(m.atoms()[1].chirality, Chirality::Clockwise);
        let m = parse("N[C@H](C)C(=O)O").unwrap();
        assert_eq!(m.atoms()[1].chirality, Chirality::Anticlockwise);
        let m = parse("F[C@TH2](Cl)(Br)I").unwrap();
        assert_eq!(m.atoms()[1].chirality, Chirality::Tetrahedral(2));
        let m = parse("F[Po@SP1](Cl)(Br)I").unwrap();
        assert_eq!(m.atoms()[1].chirality, Chirality::SquarePlanar(1));
        let m = parse("S[As@TB15](F)(Cl)(Br)N").unwrap();
        assert_eq!(m.atoms()[1].chirality, Chirality::TrigonalBipyramidal(15));
        let m = parse("C[Co@OH30](F)(Cl)(Br)(I)N").unwrap();
        assert_eq!(m.atoms()[1].chirality, Chirality::Octahedral(30));
        let m = parse("NC(Br)=[C@AL1]=C(O)C").unwrap();
        assert_eq!(m.atoms()[3].chirality, Chirality::Allenal(1));
    }

    #[test]
    fn bonds_and_directions() {
        let m = parse("F/C=C/F").unwrap();
        assert_eq!(m.bonds()[0].direction, BondDirection::Up);
        assert_eq!(m.bonds()[1].order, BondOrder::Double);
        assert_eq!(m.bonds()[2].direction, BondDirection::Up);
        let m = parse("F\\C=C/F").unwrap();
        assert_eq!(m.bonds()[0].direction, BondDirection::Down);
        assert_eq!(parse("C#C").unwrap().bonds()[0].order, BondOrder::Triple);
        assert_eq!(
            parse("[Rh]$[Rh]").unwrap().bonds()[0].order,
            BondOrder::Quadruple
        );
        assert_eq!(parse("C-C").unwrap().bonds()[0].order, BondOrder::Single);
        // Aromatic bond between aliphatic atoms is read as single.
        assert_eq!(parse("C:C").unwrap().bonds()[0].order, BondOrder::Single);
    }

    #[test]
    fn branches_rings_dots() {
        let m = parse("CC(C)(C)C").unwrap();
        assert_eq!(m.degree(1), 4);
        let m = parse("C1CCCCC1").unwrap();
        assert_eq!(m.bond_count(), 6);
        let m = parse("C%10CCCCC%10").unwrap();
        assert_eq!(m.bond_count(), 6);
        let m = parse("C=1CCCCC1").unwrap();
        assert_eq!(m.bonds().last().unwrap().order, BondOrder::Double);
        let m = parse("C1CCCCC=1").unwrap();
        assert_eq!(m.bonds().last().unwrap().order, BondOrder::Double);
        let m = parse("[Na+].[Cl-]").unwrap();
        assert_eq!(m.fragments().len(), 2);
        // Ring bond across a dot.
        let m = parse("C1.C1").unwrap();
        assert_eq!(m.bond_count(), 1);
        // Ring number reuse.
        let m = parse("C1CC1C1CC1").unwrap();
        assert_eq!(m.bond_count(), 7);
        let m = parse("C0CC0").unwrap();
        assert_eq!(m.bond_count(), 3);
    }

    #[test]
    fn aromatic_hydrogens() {
        let m = parse("c1ccccc1").unwrap();
        assert_eq!(h(&m), vec![1; 6]);
        assert!(m.atoms().iter().all(|a| a.aromatic));
        let m = parse("c1ccncc1").unwrap();
        assert_eq!(h(&m), vec![1, 1, 1, 0, 1, 1]);
        let m = parse("c1cc[nH]c1").unwrap();
        assert_eq!(h(&m), vec![1, 1, 1, 1, 1]);
        assert!(m.atoms().iter().all(|a| a.aromatic));
        let m = parse("c1ccsc1").unwrap();
        assert_eq!(h(&m), vec![1, 1, 1, 0, 1]);
        let m = parse("c1ccoc1").unwrap();
        assert_eq!(h(&m), vec![1, 1, 1, 0, 1]);
        let m = parse("Cn1cccc1").unwrap();
        assert_eq!(h(&m), vec![3, 0, 1, 1, 1, 1]);
        let m = parse("c1ccc2ccccc2c1").unwrap();
        assert_eq!(h(&m).iter().map(|&x| x as u32).sum::<u32>(), 8);
        let m = parse("O=c1cccc[nH]1").unwrap();
        assert_eq!(h(&m), vec![0, 0, 1, 1, 1, 1, 1]);
    }

    #[test]
    fn explicit_hydrogens_fold() {
        let m = parse("[H]C([H])([H])[H]").unwrap();
        assert_eq!(m.atom_count(), 1);
        assert_eq!(m.atoms()[0].total_h(), 4);
        // Deuterium and H2 stay atoms.
        assert_eq!(parse("[2H]C").unwrap().atom_count(), 2);
        assert_eq!(parse("[H][H]").unwrap().atom_count(), 2);
        assert_eq!(parse("[H+]").unwrap().atom_count(), 1);
    }

    #[test]
    fn normalisations() {
        let a = parse("CN(=O)=O").unwrap();
        assert_eq!(a.net_charge(), 0);
        assert!(a.atoms().iter().any(|x| x.charge == 1));
        let p = parse("OCl(=O)(=O)=O").unwrap();
        assert_eq!(p.atoms()[1].charge, 3);
    }

    fn err(s: &str) -> SmilesError {
        parse(s).unwrap_err()
    }

    #[test]
    fn errors_with_positions() {
        assert_eq!(err(""), SmilesError::Empty);
        assert_eq!(
            err("CCX"),
            SmilesError::UnexpectedByte { pos: 2, byte: b'X' }
        );
        assert_eq!(
            err("C C"),
            SmilesError::UnexpectedByte { pos: 1, byte: b' ' }
        );
        assert_eq!(err("CC[Xx]"), SmilesError::UnknownElement { pos: 3 });
        assert_eq!(err("C[CH3"), SmilesError::UnclosedBracket { pos: 1 });
        assert_eq!(err("C[C+16]"), SmilesError::InvalidCharge { pos: 3 });
        assert_eq!(err("[12345C]"), SmilesError::InvalidIsotope { pos: 1 });
        assert_eq!(err("[CH123]"), SmilesError::InvalidHydrogenCount { pos: 2 });
        assert_eq!(err("[C:]"), SmilesError::InvalidAtomClass { pos: 2 });
        assert_eq!(err("[C@XY1]"), SmilesError::InvalidChirality { pos: 2 });
        assert_eq!(err("[C@TH3]"), SmilesError::InvalidChirality { pos: 2 });
        assert_eq!(err("=C"), SmilesError::NoPrecedingAtom { pos: 0 });
        assert_eq!(err("(C)"), SmilesError::NoPrecedingAtom { pos: 0 });
        assert_eq!(err("1CC"), SmilesError::NoPrecedingAtom { pos: 0 });
        assert_eq!(err("CC="), SmilesError::DanglingBond { pos: 2 });
        assert_eq!(err("CC=.C"), SmilesError::DanglingBond { pos: 2 });
        assert_eq!(
            err("C==C"),
            SmilesError::UnexpectedByte { pos: 2, byte: b'=' }
        );
        assert_eq!(err("CC)C"), SmilesError::UnmatchedCloseParen { pos: 2 });
        assert_eq!(err("CC(C"), SmilesError::UnclosedBranch { pos: 2 });
        assert_eq!(err("CC()C"), SmilesError::EmptyBranch { pos: 2 });
        assert_eq!(err("C%1C"), SmilesError::InvalidRingNumber { pos: 1 });
        assert_eq!(err("C%1"), SmilesError::UnexpectedEnd { pos: 3 });
        assert_eq!(err("CC1CC"), SmilesError::UnclosedRing { pos: 2, ring: 1 });
        assert_eq!(err("C=1CC#1"), SmilesError::RingBondConflict { pos: 6 });
        assert_eq!(err("C11"), SmilesError::SelfBond { pos: 2 });
        assert_eq!(err("C12CCC12"), SmilesError::DuplicateBond { pos: 7 });
        assert!(matches!(err("c1ccnc1"), SmilesError::Kekulization { .. }));
        assert_eq!(err("c"), SmilesError::Kekulization { pos: 0 });
        assert_eq!(
            err(".C"),
            SmilesError::UnexpectedByte { pos: 0, byte: b'.' }
        );
        assert_eq!(err("C."), SmilesError::UnexpectedEnd { pos: 2 });
        assert_eq!(
            err("CCé"),
            SmilesError::UnexpectedByte { pos: 2, byte: 0xc3 }
        );
        // Display mentions the position.
        assert!(err("CCX").to_string().contains("byte 2"));
        assert_eq!(err("CCX").position(), Some(2));
    }

    #[test]
    fn limits() {
        let long = "C".repeat(MAX_SMILES_LEN + 1);
        assert!(matches!(parse(&long), Err(SmilesError::TooLong { .. })));
        let many = "C".repeat(MAX_ATOMS + 1);
        assert_eq!(
            parse(&many).unwrap_err(),
            SmilesError::TooManyAtoms {
                pos: MAX_ATOMS,
                max: MAX_ATOMS
            }
        );
        assert!(parse(&"C".repeat(MAX_ATOMS)).is_ok());
        let deep_ok = format!(
            "C{}{}",
            "(C".repeat(MAX_BRANCH_DEPTH),
            ")".repeat(MAX_BRANCH_DEPTH)
        );
        assert!(parse(&deep_ok).is_ok());
        let deep = format!(
            "C{}{}",
            "(C".repeat(MAX_BRANCH_DEPTH + 1),
            ")".repeat(MAX_BRANCH_DEPTH + 1)
        );
        assert_eq!(
            parse(&deep).unwrap_err(),
            SmilesError::BranchTooDeep {
                pos: 1 + 2 * MAX_BRANCH_DEPTH,
                max: MAX_BRANCH_DEPTH
            }
        );
        // All 100 ring numbers open at once.
        let mut closing = String::new();
        for r in 0..100 {
            closing.push_str(&format!("C%{r:02}"));
        }
        let opening: String = (0..100).map(|r| format!("%{r:02}")).collect();
        assert!(parse(&format!("C{opening}C{closing}")).is_ok());
        assert!(matches!(
            parse("C%100"),
            Err(SmilesError::UnclosedRing { .. }) | Err(SmilesError::NoPrecedingAtom { .. })
        ));
    }

    /// Deterministic xorshift generator for the fuzz tests.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n.max(1) as u64) as usize
        }
    }

    /// Iterations per fuzz test; `FUZZ_ITERS` overrides the default 20 000.
    fn fuzz_iters() -> usize {
        std::env::var("FUZZ_ITERS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(20_000)
    }

    fn exercise(s: &str) {
        if let Ok(m) = parse(s) {
            let _ = crate::formula::molecular_formula(&m);
            let c = crate::canonical::canonical_smiles(&m);
            let _ = crate::salts::strip_salts(&m);
            let _ = crate::stereo::stereo_key(&m, &c);
            let _ = crate::identity::analyze(s);
            // The canonical SMILES must read back to itself.
            let back = parse(&c).unwrap_or_else(|e| panic!("{s} -> {c}: {e}"));
            assert_eq!(crate::canonical::canonical_smiles(&back), c, "{s}");
        }
        let _ = parse_as_written(s);
    }

    #[test]
    fn fuzz_random_bytes() {
        let mut rng = Rng(0x9e3779b97f4a7c15);
        let alphabet = b"CNOSPFIBrcnospl[]()=#$:/\\.%0123456789+-@H*ae <>";
        for _ in 0..fuzz_iters() {
            let len = rng.below(40);
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    if rng.below(10) == 0 {
                        rng.below(256) as u8
                    } else {
                        alphabet[rng.below(alphabet.len())]
                    }
                })
                .collect();
            let s = String::from_utf8_lossy(&bytes);
            exercise(&s);
        }
    }

    #[test]
    fn fuzz_mutated_valid_smiles() {
        let seeds = [
            "CN1CCC23C4C1CC5=C2C(=C(C=C5)O)OC3C(C=C4)O",
            "CCN(CC)C(=O)C1CN(C2CC3=CNC4=CC=CC(=C34)C2=C1)C",
            "CCC(=O)N(C1CCN(CC1)CCC2=CC=CC=C2)C3=CC=CC=C3",
            "c1ccc2c(c1)c(c[nH]2)CCN(C)C",
            "O=C(O)C[C@@](O)(CC(=O)O)C(=O)O.[Na+].[Cl-]",
            "C[N+](C)(C)CC(=O)[O-]",
            "Cn1cnc2c1c(=O)n(C)c(=O)n2C",
            "F/C=C\\F.[2H]C([2H])([2H])O",
            "c1ccc[cH-]1->[Fe+2]<-[cH-]1cccc1.[Cu]1<-NCCN->1",
            "COc1ccc2c(c1)[C@]13CCCC[C@@H]1[C@H](C2)N(C)CC3.C/C=C/[C@@H]([2H])O",
        ];
        let mut rng = Rng(12345);
        let pool = b"CNOc()[]=#123%+-.H@/\\<>";
        for _ in 0..fuzz_iters() {
            let seed = seeds[rng.below(seeds.len())];
            let mut b = seed.as_bytes().to_vec();
            for _ in 0..=rng.below(3) {
                let p = rng.below(b.len() + 1);
                match rng.below(3) {
                    0 if p < b.len() => {
                        b.remove(p);
                    }
                    1 => b.insert(p, pool[rng.below(pool.len())]),
                    _ if p < b.len() => b[p] = pool[rng.below(pool.len())],
                    _ => {}
                }
            }
            exercise(&String::from_utf8_lossy(&b));
        }
    }
}
