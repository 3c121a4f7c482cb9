//! Suggestions for a name the registry does not know: the closest names by
//! edit distance after normalisation ([`Suggestion`]).

use crate::names::{bounded_distance, normalize_name, MAX_QUERY_LEN};
use crate::registry::Registry;
use crate::substance::{Name, Substance};

/// A ranked suggestion for a name the registry does not know.
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Suggestion<'r> {
    /// The substance suggested.
    #[cfg_attr(feature = "serde", serde(serialize_with = "substance_id"))]
    pub substance: &'r Substance,
    /// The name of it that came closest.
    #[cfg_attr(feature = "serde", serde(serialize_with = "name_text"))]
    pub name: &'r Name,
    /// Edits between the query and that name, after normalisation.
    pub distance: usize,
}

#[cfg(feature = "serde")]
fn substance_id<S: serde::Serializer>(s: &&Substance, ser: S) -> Result<S::Ok, S::Error> {
    ser.serialize_str(s.id())
}

#[cfg(feature = "serde")]
fn name_text<S: serde::Serializer>(n: &&Name, ser: S) -> Result<S::Ok, S::Error> {
    ser.serialize_str(n.text())
}

impl std::fmt::Display for Suggestion<'_> {
    /// `carfentanil [carfentanil] ("Carfentanil", 1 edit)`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} ({:?}, {} edit{})",
            self.substance,
            self.name.text(),
            self.distance,
            if self.distance == 1 { "" } else { "s" }
        )
    }
}

impl Registry {
    /// Ranked suggestions for a misspelled name: the closest names by edit
    /// distance after normalisation, one per substance, best first.
    ///
    /// ```
    /// let r = controlled_substances::Registry::embedded();
    /// let s = r.suggest("carfentanyl", 3);
    /// assert_eq!(s[0].substance.id(), "carfentanil");
    /// assert_eq!(r.suggest("fentanil", 1)[0].substance.id(), "fentanyl");
    /// ```
    pub fn suggest(&self, query: &str, limit: usize) -> Vec<Suggestion<'_>> {
        let q = normalize_name(query);
        let qlen = q.chars().count();
        if qlen == 0 || limit == 0 || q.len() > MAX_QUERY_LEN {
            return Vec::new();
        }
        let max = (qlen / 3).clamp(1, 4);
        let mut found: Vec<(usize, usize, u32, u32)> = Vec::new();
        for e in self.names.iter() {
            let klen = e.key.chars().count();
            let d = if e.key.starts_with(q.as_str()) && qlen >= 4 {
                // A prefix of a longer name: rank after close misspellings.
                Some(max + (klen - qlen).min(50))
            } else {
                bounded_distance(&q, &e.key, max)
            };
            if let Some(d) = d {
                found.push((d, klen.abs_diff(qlen), e.substance, e.name));
            }
        }
        found.sort();
        let mut out: Vec<Suggestion<'_>> = Vec::new();
        for (d, _, s, n) in found {
            if out.iter().any(|o| self.index_of(o.substance) == s) {
                continue;
            }
            let Some(sub) = self.substances.get(s as usize) else {
                continue;
            };
            let Some(name) = sub.names.get(n as usize) else {
                continue;
            };
            out.push(Suggestion {
                substance: sub,
                name,
                distance: d,
            });
            if out.len() == limit {
                break;
            }
        }
        out
    }
}
