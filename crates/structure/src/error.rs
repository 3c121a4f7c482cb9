//! Error types for SMILES reading and graph construction.

use std::fmt;

/// An error found while reading a SMILES string.
///
/// Every variant that refers to a place in the input carries `pos`, the
/// zero-based **byte** offset into the input string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SmilesError {
    /// The input was empty (or contained no atoms).
    Empty,
    /// The input is longer than [`crate::smiles::MAX_SMILES_LEN`](super::smiles::MAX_SMILES_LEN) bytes.
    TooLong {
        /// Length of the input in bytes.
        len: usize,
        /// The limit that was exceeded.
        max: usize,
    },
    /// The input has more atoms than [`MAX_ATOMS`](super::smiles::MAX_ATOMS).
    TooManyAtoms {
        /// Byte offset of the first atom over the limit.
        pos: usize,
        /// The limit that was exceeded.
        max: usize,
    },
    /// Branches are nested deeper than [`MAX_BRANCH_DEPTH`](super::smiles::MAX_BRANCH_DEPTH).
    BranchTooDeep {
        /// Byte offset of the `(` that exceeded the limit.
        pos: usize,
        /// The limit that was exceeded.
        max: usize,
    },
    /// A byte that cannot start any SMILES token at this place.
    UnexpectedByte {
        /// Byte offset.
        pos: usize,
        /// The offending byte.
        byte: u8,
    },
    /// The input ended in the middle of a token (for example after `%1`).
    UnexpectedEnd {
        /// Byte offset (equal to the input length).
        pos: usize,
    },
    /// A bracket atom names no known element (e.g. `[Xx]`).
    UnknownElement {
        /// Byte offset of the element symbol.
        pos: usize,
    },
    /// A `[` without matching `]`, or a bracket atom with trailing junk.
    UnclosedBracket {
        /// Byte offset of the `[`.
        pos: usize,
    },
    /// A bad isotope number (too large).
    InvalidIsotope {
        /// Byte offset of the isotope digits.
        pos: usize,
    },
    /// A bad hydrogen count in a bracket atom.
    InvalidHydrogenCount {
        /// Byte offset of the `H`.
        pos: usize,
    },
    /// A bad charge in a bracket atom (more than ±15 or malformed).
    InvalidCharge {
        /// Byte offset of the charge sign.
        pos: usize,
    },
    /// A bad atom class (`:n`) in a bracket atom.
    InvalidAtomClass {
        /// Byte offset of the `:`.
        pos: usize,
    },
    /// A malformed chirality mark (e.g. `@TH9`).
    InvalidChirality {
        /// Byte offset of the `@`.
        pos: usize,
    },
    /// A bond symbol, branch or ring number with no atom before it.
    NoPrecedingAtom {
        /// Byte offset of the symbol.
        pos: usize,
    },
    /// A bond symbol that is not followed by an atom or ring number.
    DanglingBond {
        /// Byte offset of the bond symbol.
        pos: usize,
    },
    /// A `)` without a matching `(`.
    UnmatchedCloseParen {
        /// Byte offset of the `)`.
        pos: usize,
    },
    /// A `(` that is never closed.
    UnclosedBranch {
        /// Byte offset of the `(`.
        pos: usize,
    },
    /// A branch with no atom in it, e.g. `C()C`.
    EmptyBranch {
        /// Byte offset of the `(`.
        pos: usize,
    },
    /// A malformed ring-closure number (e.g. `%1x`).
    InvalidRingNumber {
        /// Byte offset of the ring number.
        pos: usize,
    },
    /// A ring-closure number that was opened and never closed.
    UnclosedRing {
        /// Byte offset where the ring was opened.
        pos: usize,
        /// The ring-closure number.
        ring: u8,
    },
    /// The two ends of a ring closure give different bond symbols.
    RingBondConflict {
        /// Byte offset of the closing ring number.
        pos: usize,
    },
    /// A ring closure joins an atom to itself (`C11`).
    SelfBond {
        /// Byte offset of the closing ring number.
        pos: usize,
    },
    /// A ring closure duplicates an existing bond (`C12CCC12`).
    DuplicateBond {
        /// Byte offset of the closing ring number.
        pos: usize,
    },
    /// Aromatic atoms whose bonds cannot be assigned alternating single and
    /// double bonds (for example pyrrole written `c1ccnc1` instead of
    /// `c1cc[nH]c1`), or an aromatic atom outside a ring.
    Kekulization {
        /// Byte offset of an aromatic atom that could not be given a double bond.
        pos: usize,
    },
    /// The structure needs more work to analyse than the fixed budget allows.
    TooComplex {
        /// Byte offset of an atom in the offending part.
        pos: usize,
    },
}

impl SmilesError {
    /// Byte offset the error refers to, if any.
    pub fn position(&self) -> Option<usize> {
        use SmilesError::*;
        match *self {
            Empty | TooLong { .. } => None,
            TooManyAtoms { pos, .. }
            | BranchTooDeep { pos, .. }
            | UnexpectedByte { pos, .. }
            | UnexpectedEnd { pos }
            | UnknownElement { pos }
            | UnclosedBracket { pos }
            | InvalidIsotope { pos }
            | InvalidHydrogenCount { pos }
            | InvalidCharge { pos }
            | InvalidAtomClass { pos }
            | InvalidChirality { pos }
            | NoPrecedingAtom { pos }
            | DanglingBond { pos }
            | UnmatchedCloseParen { pos }
            | UnclosedBranch { pos }
            | EmptyBranch { pos }
            | InvalidRingNumber { pos }
            | UnclosedRing { pos, .. }
            | RingBondConflict { pos }
            | SelfBond { pos }
            | DuplicateBond { pos }
            | Kekulization { pos }
            | TooComplex { pos } => Some(pos),
        }
    }
}

impl fmt::Display for SmilesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use SmilesError::*;
        match *self {
            Empty => write!(f, "empty SMILES"),
            TooLong { len, max } => write!(f, "SMILES is {len} bytes long, the limit is {max}"),
            TooManyAtoms { pos, max } => {
                write!(f, "more than {max} atoms (at byte {pos})")
            }
            BranchTooDeep { pos, max } => {
                write!(f, "branches nested deeper than {max} at byte {pos}")
            }
            UnexpectedByte { pos, byte } => {
                if byte.is_ascii_graphic() {
                    write!(f, "unexpected character '{}' at byte {pos}", byte as char)
                } else {
                    write!(f, "unexpected byte 0x{byte:02x} at byte {pos}")
                }
            }
            UnexpectedEnd { pos } => write!(f, "unexpected end of SMILES at byte {pos}"),
            UnknownElement { pos } => write!(f, "unknown element symbol at byte {pos}"),
            UnclosedBracket { pos } => write!(
                f,
                "bracket atom opened at byte {pos} is not closed properly"
            ),
            InvalidIsotope { pos } => write!(f, "invalid isotope at byte {pos}"),
            InvalidHydrogenCount { pos } => write!(f, "invalid hydrogen count at byte {pos}"),
            InvalidCharge { pos } => write!(f, "invalid charge at byte {pos}"),
            InvalidAtomClass { pos } => write!(f, "invalid atom class at byte {pos}"),
            InvalidChirality { pos } => write!(f, "invalid chirality at byte {pos}"),
            NoPrecedingAtom { pos } => write!(f, "no atom before the symbol at byte {pos}"),
            DanglingBond { pos } => write!(f, "bond at byte {pos} is not followed by an atom"),
            UnmatchedCloseParen { pos } => write!(f, "unmatched ')' at byte {pos}"),
            UnclosedBranch { pos } => write!(f, "branch opened at byte {pos} is never closed"),
            EmptyBranch { pos } => write!(f, "empty branch at byte {pos}"),
            InvalidRingNumber { pos } => write!(f, "invalid ring-closure number at byte {pos}"),
            UnclosedRing { pos, ring } => {
                write!(
                    f,
                    "ring closure {ring} opened at byte {pos} is never closed"
                )
            }
            RingBondConflict { pos } => {
                write!(f, "ring closure at byte {pos} has conflicting bond symbols")
            }
            SelfBond { pos } => write!(f, "ring closure at byte {pos} bonds an atom to itself"),
            DuplicateBond { pos } => {
                write!(f, "ring closure at byte {pos} duplicates an existing bond")
            }
            Kekulization { pos } => write!(
                f,
                "aromatic atom at byte {pos} cannot be kekulized (check [nH] and ring membership)"
            ),
            TooComplex { pos } => {
                write!(f, "structure near byte {pos} is too complex to analyse")
            }
        }
    }
}

impl std::error::Error for SmilesError {}

/// An error building a [`Molecule`](super::graph::Molecule) from atoms and bonds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GraphError {
    /// A bond refers to an atom index that does not exist.
    AtomIndexOutOfRange {
        /// Index of the bond.
        bond: usize,
    },
    /// A bond joins an atom to itself.
    SelfBond {
        /// Index of the bond.
        bond: usize,
    },
    /// Two bonds join the same pair of atoms.
    DuplicateBond {
        /// Index of the second bond.
        bond: usize,
    },
    /// Too many atoms or bonds to index.
    TooLarge,
}

impl fmt::Display for GraphError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            GraphError::AtomIndexOutOfRange { bond } => {
                write!(f, "bond {bond} refers to a missing atom")
            }
            GraphError::SelfBond { bond } => write!(f, "bond {bond} joins an atom to itself"),
            GraphError::DuplicateBond { bond } => {
                write!(f, "bond {bond} duplicates an earlier bond")
            }
            GraphError::TooLarge => write!(f, "graph too large"),
        }
    }
}

impl std::error::Error for GraphError {}
