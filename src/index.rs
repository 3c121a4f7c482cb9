//! The lookup indexes: names (hash table over normalised keys), CAS numbers,
//! DEA codes and InChIKeys (sorted arrays). Built once, by the generator or
//! the runtime loader; probed without allocating.

use crate::text::Str;

use crate::cas::CasNumber;
use crate::identifiers::InchiKey;

/// Marks an empty slot of the name hash table.
pub(crate) const EMPTY: u32 = u32::MAX;
/// Marks a CAS entry that is not a salt form.
pub(crate) const NO_SALT: u32 = u32::MAX;

/// One normalised name key → the substance and which of its names.
#[derive(Clone, Debug, PartialEq, Eq)]
#[doc(hidden)]
pub struct NameEntry {
    pub(crate) key: Str,
    pub(crate) substance: u32,
    pub(crate) name: u32,
}

/// One CAS number → the substance, and the salt form when it is one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[doc(hidden)]
pub struct CasEntry {
    pub(crate) cas: CasNumber,
    pub(crate) substance: u32,
    pub(crate) salt: u32,
}

/// One DEA code → the substance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[doc(hidden)]
pub struct CodeEntry {
    pub(crate) code: u16,
    pub(crate) substance: u32,
}

/// One InChIKey → the substance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[doc(hidden)]
pub struct KeyEntry {
    pub(crate) key: InchiKey,
    pub(crate) substance: u32,
}

/// One structure identity key (stereo-free canonical graph) → the substance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[doc(hidden)]
pub struct StructureEntry {
    pub(crate) key: u128,
    pub(crate) substance: u32,
}

/// FNV-1a, 64 bits: small, fast on short keys, and stable across builds
/// (the generated table depends on it).
pub(crate) fn hash(key: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in key {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Builds the open-addressing table over `entries` (sorted by key): each
/// distinct key's first entry index, at its hash slot or the next free one.
#[cfg(feature = "load")]
pub(crate) fn build_name_table(entries: &[NameEntry]) -> Vec<u32> {
    let distinct = entries.windows(2).filter(|w| w[0].key != w[1].key).count() + 1;
    let size = (distinct * 2).next_power_of_two().max(16);
    let mask = size - 1;
    let mut table = vec![EMPTY; size];
    for (i, e) in entries.iter().enumerate() {
        if i > 0 && entries[i - 1].key == e.key {
            continue;
        }
        let mut slot = hash(e.key.as_bytes()) as usize & mask;
        while table[slot] != EMPTY {
            slot = (slot + 1) & mask;
        }
        table[slot] = i as u32;
    }
    table
}

/// The index of the first entry whose key is `key`.
#[inline]
pub(crate) fn probe(table: &[u32], entries: &[NameEntry], key: &[u8]) -> Option<usize> {
    if table.is_empty() {
        return None;
    }
    let mask = table.len() - 1;
    let mut slot = hash(key) as usize & mask;
    for _ in 0..table.len() {
        let e = table[slot];
        if e == EMPTY {
            return None;
        }
        if entries
            .get(e as usize)
            .is_some_and(|n| n.key.as_bytes() == key)
        {
            return Some(e as usize);
        }
        slot = (slot + 1) & mask;
    }
    None
}
