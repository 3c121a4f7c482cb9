//! [`Str`]: the crate's string type for data. In the embedded registry a
//! string is an offset and length into one static text blob, so the tables
//! need no pointer (and no relocation) per string; a loaded registry owns its
//! strings.

use std::fmt;
use std::ops::Deref;

/// Every string of the embedded tables, once (generated beside them, as
/// plain text). The ground floor: this module depends on nothing else in the crate.
static BLOB: &str = include_str!("generated/blob.txt");

/// A string of the dataset: a slice of the embedded blob, or owned.
#[derive(Clone)]
#[allow(dead_code)] // `Owned` is built only by the loader (feature `load`).
pub(crate) enum Str {
    /// `BLOB[offset..offset + len]`.
    Blob(u32, u32),
    /// A string loaded at runtime.
    Owned(Box<str>),
}

impl Str {
    /// An owned string.
    #[cfg(feature = "load")]
    pub(crate) fn owned(s: impl Into<String>) -> Str {
        Str::Owned(s.into().into_boxed_str())
    }
}

impl Deref for Str {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        match self {
            Str::Blob(off, len) => {
                let (a, b) = (*off as usize, *off as usize + *len as usize);
                BLOB.get(a..b).unwrap_or("")
            }
            Str::Owned(s) => s,
        }
    }
}

impl Str {
    /// The bytes, without the char-boundary checks of `str` slicing (the
    /// generator only writes whole strings).
    #[inline]
    pub(crate) fn as_bytes(&self) -> &[u8] {
        match self {
            Str::Blob(off, len) => {
                let (a, b) = (*off as usize, *off as usize + *len as usize);
                BLOB.as_bytes().get(a..b).unwrap_or(&[])
            }
            Str::Owned(s) => s.as_bytes(),
        }
    }
}

impl PartialEq for Str {
    fn eq(&self, other: &Str) -> bool {
        **self == **other
    }
}

impl Eq for Str {}

impl PartialOrd for Str {
    fn partial_cmp(&self, other: &Str) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Str {
    fn cmp(&self, other: &Str) -> std::cmp::Ordering {
        (**self).cmp(&**other)
    }
}

impl fmt::Display for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Str {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self)
    }
}

/// An optional [`Str`] in the size of a `Str`: `None` is a blob slice that
/// cannot exist (offset `u32::MAX`), so the tables stay 16 bytes a field.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct OptStr(pub(crate) Str);

impl OptStr {
    /// No string.
    pub(crate) const NONE: OptStr = OptStr(Str::Blob(u32::MAX, 0));

    /// The string, if there is one.
    #[inline]
    pub(crate) fn as_deref(&self) -> Option<&str> {
        match self.0 {
            Str::Blob(u32::MAX, _) => None,
            _ => Some(&self.0),
        }
    }
}

impl From<Option<Str>> for OptStr {
    fn from(o: Option<Str>) -> OptStr {
        o.map_or(OptStr::NONE, OptStr)
    }
}

impl fmt::Debug for OptStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.as_deref(), f)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for OptStr {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.as_deref() {
            Some(v) => s.serialize_some(v),
            None => s.serialize_none(),
        }
    }
}

/// Serde support for identifiers: serialized as their text, parsed back with
/// `FromStr` (CAS numbers, dates, jurisdictions, DEA codes, InChIKeys).
#[cfg(feature = "serde")]
macro_rules! serde_as_text {
    ($($t:ty),*) => {$(
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    )*};
}

#[cfg(feature = "serde")]
serde_as_text!(
    crate::CasNumber,
    crate::Date,
    crate::Jurisdiction,
    crate::DeaCode,
    crate::InchiKey
);
