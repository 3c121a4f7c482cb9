//! Name normalisation (case, dashes, spaces, primes, Greek letters, full-width
//! forms), salt words, and fuzzy suggestions.
//!
//! Two names match when their normalised keys are equal. The key is built
//! into a fixed buffer on the stack, so a lookup allocates nothing.

/// The longest query, in bytes, that a lookup accepts: the longest SMILES the
/// structure reader takes (10,000 bytes), so one number bounds every input.
/// A name longer than 256 bytes once normalised is no name in the index and
/// costs a bounded scan; a structure of that size is analysed in
/// O(n log n) time (see the structure crate).
pub const MAX_QUERY_LEN: usize = 10_000;

/// `str::trim`, with a fast path for text that starts and ends in visible ASCII.
#[inline]
pub(crate) fn trim(s: &str) -> &str {
    let b = s.as_bytes();
    match (b.first(), b.last()) {
        (Some(&f), Some(&l)) if f > b' ' && f < 0x7f && l > b' ' && l < 0x7f => s,
        _ => s.trim(),
    }
}

/// The longest normalised key the name index holds, in bytes. Longer names
/// are not indexed (the longest name in the embedded data is far shorter).
pub(crate) const MAX_KEY_LEN: usize = 256;

/// A normalised name key, built on the stack.
pub(crate) struct Key<const N: usize = MAX_KEY_LEN> {
    buf: [u8; N],
    len: usize,
}

/// A key for short names: most queries fit, and a smaller buffer is cheaper to set up.
pub(crate) type ShortKey = Key<64>;

impl<const N: usize> Key<N> {
    pub(crate) fn new() -> Key<N> {
        Key {
            buf: [0; N],
            len: 0,
        }
    }

    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }

    fn push_str(&mut self, s: &str) -> bool {
        let b = s.as_bytes();
        if self.len + b.len() > N {
            return false;
        }
        self.buf[self.len..self.len + b.len()].copy_from_slice(b);
        self.len += b.len();
        true
    }

    fn push_char(&mut self, c: char) -> bool {
        let mut tmp = [0u8; 4];
        self.push_str(c.encode_utf8(&mut tmp))
    }

    /// Normalises `s` into this key; false when it does not fit.
    #[inline]
    pub(crate) fn fill(&mut self, s: &str) -> bool {
        self.len = 0;
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                // ASCII, the common case: one table look-up a byte.
                i += 1;
                let out = ASCII_KEY[b as usize];
                if out != 0 {
                    if self.len == N {
                        return false;
                    }
                    self.buf[self.len] = out;
                    self.len += 1;
                }
                continue;
            }
            // Everything else one char at a time (the slice starts on a char boundary).
            let c = match s[i..].chars().next() {
                Some(c) => c,
                None => return false,
            };
            i += c.len_utf8();
            if !self.push_normalized(c) {
                return false;
            }
        }
        true
    }

    fn push_normalized(&mut self, c: char) -> bool {
        if c.is_ascii_alphanumeric() {
            if self.len == MAX_KEY_LEN {
                return false;
            }
            self.buf[self.len] = c.to_ascii_lowercase() as u8;
            self.len += 1;
            return true;
        }
        // Full-width ASCII forms (（）０-９Ａ-Ｚ，) become ASCII.
        let c = if ('\u{FF01}'..='\u{FF5E}').contains(&c) {
            char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
        } else {
            c
        };
        if c.is_whitespace() || is_dash(c) || c == '\u{200B}' || c == '\u{FEFF}' {
            return true;
        }
        if let Some(p) = prime(c) {
            return self.push_str(p);
        }
        if let Some(g) = greek(c) {
            return self.push_str(g);
        }
        if c.is_ascii() {
            return self.push_char(c.to_ascii_lowercase());
        }
        for l in c.to_lowercase() {
            if !self.push_char(l) {
                return false;
            }
        }
        true
    }
}

/// What each ASCII byte becomes in a key: letters folded to lowercase; 0 for
/// the bytes dropped (spaces, hyphens, control characters).
static ASCII_KEY: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0x21;
    while b < 0x7f {
        t[b] = if b >= b'A' as usize && b <= b'Z' as usize {
            b as u8 + 32
        } else {
            b as u8
        };
        b += 1;
    }
    t[b'-' as usize] = 0;
    t
};

/// The normalised key of a name, as the indexes store it.
///
/// Case is folded; spaces and every kind of dash or hyphen are dropped;
/// primes and apostrophes become `'`; Greek letters are written out
/// (`α` → `alpha`); full-width forms become ASCII. Chinese text is kept as it is.
///
/// ```
/// use controlled_substances::normalize_name;
/// assert_eq!(normalize_name("α-Methyl Fentanyl"), "alphamethylfentanyl");
/// assert_eq!(normalize_name("alpha‐methylfentanyl"), "alphamethylfentanyl");
/// assert_eq!(normalize_name("4′-Methyl acetyl fentanyl"), "4'methylacetylfentanyl");
/// assert_eq!(normalize_name("芬太尼"), "芬太尼");
/// ```
pub fn normalize_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut key: Key = Key::new();
    for c in name.chars() {
        key.len = 0;
        key.push_normalized(c);
        out.push_str(std::str::from_utf8(key.as_bytes()).unwrap_or(""));
    }
    out
}

fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{00AD}' | '\u{2010}'
            ..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' | '\u{2043}'
    )
}

fn prime(c: char) -> Option<&'static str> {
    Some(match c {
        '\'' | '\u{2032}' | '\u{2019}' | '\u{2018}' | '\u{02B9}' | '\u{00B4}' | '\u{2035}'
        | '\u{02BC}' => "'",
        '\u{2033}' | '\u{02BA}' => "''",
        '\u{2034}' => "'''",
        _ => return None,
    })
}

fn greek(c: char) -> Option<&'static str> {
    Some(match c {
        'α' | 'Α' => "alpha",
        'β' | 'Β' | 'ϐ' => "beta",
        'γ' | 'Γ' => "gamma",
        'δ' | 'Δ' => "delta",
        'ε' | 'Ε' => "epsilon",
        'ζ' | 'Ζ' => "zeta",
        'η' | 'Η' => "eta",
        'θ' | 'Θ' => "theta",
        'ι' | 'Ι' => "iota",
        'κ' | 'Κ' => "kappa",
        'λ' | 'Λ' => "lambda",
        'μ' | 'Μ' | 'µ' => "mu",
        'ν' | 'Ν' => "nu",
        'ξ' | 'Ξ' => "xi",
        'ο' | 'Ο' => "omicron",
        'π' | 'Π' => "pi",
        'ρ' | 'Ρ' => "rho",
        'σ' | 'Σ' | 'ς' => "sigma",
        'τ' | 'Τ' => "tau",
        'υ' | 'Υ' => "upsilon",
        'φ' | 'Φ' => "phi",
        'χ' | 'Χ' => "chi",
        'ψ' | 'Ψ' => "psi",
        'ω' | 'Ω' => "omega",
        _ => return None,
    })
}

/// Salt and form words that may follow a name (`fentanyl citrate`,
/// `fentanyl HCl`), normalised, with the form they name.
const SALT_WORDS: &[(&str, &str)] = &[
    ("hydrochloride", "hydrochloride"),
    ("hcl", "hydrochloride"),
    ("dihydrochloride", "dihydrochloride"),
    ("2hcl", "dihydrochloride"),
    ("citrate", "citrate"),
    ("hydrobromide", "hydrobromide"),
    ("hbr", "hydrobromide"),
    ("hydroiodide", "hydroiodide"),
    ("sulfate", "sulfate"),
    ("sulphate", "sulfate"),
    ("hemisulfate", "hemisulfate"),
    ("bisulfate", "bisulfate"),
    ("tartrate", "tartrate"),
    ("bitartrate", "bitartrate"),
    ("phosphate", "phosphate"),
    ("maleate", "maleate"),
    ("fumarate", "fumarate"),
    ("oxalate", "oxalate"),
    ("succinate", "succinate"),
    ("mesylate", "mesylate"),
    ("methanesulfonate", "mesylate"),
    ("tosylate", "tosylate"),
    ("besylate", "besylate"),
    ("acetate", "acetate"),
    ("nitrate", "nitrate"),
    ("benzoate", "benzoate"),
    ("lactate", "lactate"),
    ("napsylate", "napsylate"),
    ("hydrate", "hydrate"),
    ("monohydrate", "monohydrate"),
    ("base", "base"),
    ("freebase", "base"),
    ("salt", "salt"),
];

/// Chinese salt prefixes (`盐酸芬太尼`, `枸橼酸芬太尼`).
const ZH_SALT_PREFIXES: &[(&str, &str)] = &[
    ("盐酸", "hydrochloride"),
    ("枸橼酸", "citrate"),
    ("柠檬酸", "citrate"),
    ("硫酸", "sulfate"),
    ("酒石酸", "tartrate"),
    ("磷酸", "phosphate"),
    ("氢溴酸", "hydrobromide"),
    ("马来酸", "maleate"),
];

/// Splits a trailing salt word off a query: `"fentanyl citrate"` →
/// `("fentanyl", "citrate")`; also `"fentanyl (HCl)"` and the Chinese prefixes.
pub(crate) fn split_salt(query: &str) -> Option<(&str, &'static str)> {
    let t = query.trim();
    for (prefix, form) in ZH_SALT_PREFIXES {
        if let Some(rest) = t.strip_prefix(prefix) {
            if !rest.is_empty() {
                return Some((rest, form));
            }
        }
    }
    let cut = t.rfind(|c: char| c.is_whitespace())?;
    let (head, word) = (t[..cut].trim_end(), t[cut..].trim());
    let word = word.trim_start_matches('(').trim_end_matches(')');
    if head.is_empty() || word.len() > 24 {
        return None;
    }
    let mut key: Key = Key::new();
    if !key.fill(word) {
        return None;
    }
    SALT_WORDS
        .iter()
        .find(|(w, _)| w.as_bytes() == key.as_bytes())
        .map(|(_, form)| (head, *form))
}

/// Edit distance (Levenshtein, over chars) between two keys, giving up above `max`.
pub(crate) fn bounded_distance(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
            row_min = row_min.min(cur[j + 1]);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[b.len()];
    (d <= max).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_variants_to_one_key() {
        let k = normalize_name("4-ANPP");
        for v in [
            "4 anpp",
            "4–ANPP",
            "４－ＡＮＰＰ",
            "4\u{2011}anpp",
            " 4-anpp ",
        ] {
            assert_eq!(normalize_name(v), k, "{v}");
        }
        assert_eq!(
            normalize_name("β-Hydroxyfentanyl"),
            normalize_name("beta-hydroxyfentanyl")
        );
        assert_ne!(normalize_name("fentanyl"), normalize_name("carfentanil"));
    }

    #[test]
    fn key_rejects_overlong_input() {
        let mut k: Key = Key::new();
        assert!(!k.fill(&"x".repeat(MAX_KEY_LEN + 1)));
        assert!(k.fill(&"x".repeat(MAX_KEY_LEN)));
    }

    #[test]
    fn splits_salt_words() {
        assert_eq!(
            split_salt("fentanyl citrate"),
            Some(("fentanyl", "citrate"))
        );
        assert_eq!(
            split_salt("Fentanyl HCl"),
            Some(("Fentanyl", "hydrochloride"))
        );
        assert_eq!(
            split_salt("fentanyl (hydrochloride)"),
            Some(("fentanyl", "hydrochloride"))
        );
        assert_eq!(split_salt("枸橼酸芬太尼"), Some(("芬太尼", "citrate")));
        assert_eq!(split_salt("acetic anhydride"), None);
        assert_eq!(split_salt("citrate"), None);
    }

    #[test]
    fn distance_is_bounded() {
        assert_eq!(bounded_distance("fentanil", "fentanyl", 2), Some(1));
        assert_eq!(bounded_distance("carfentanyl", "carfentanil", 2), Some(1));
        assert_eq!(bounded_distance("abc", "xyz", 2), None);
        assert_eq!(bounded_distance("", "ab", 2), Some(2));
    }
}
