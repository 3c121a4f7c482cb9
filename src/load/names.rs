//! Names: the `names.*` lists of a `[[substance]]`, and `[[names]]` records,
//! which add names and identifiers to a substance another file defines.

use std::collections::hash_map::RandomState;
use std::collections::{BTreeMap, HashMap};
use std::hash::BuildHasher;

use super::record::{quote, strings_of, tables, Rec};
use super::schema::{RecordKind, NAMES};
use super::substance::{cas_list, jurisdiction_list};
use super::{record, Origin, Problem, Raw};
use crate::cas::CasNumber;
use crate::jurisdiction::Jurisdiction;
use crate::substance::{Name, NameKind};
use crate::text::Str;

/// A `[[names]]` record, read.
#[derive(Clone, Debug)]
pub(crate) struct RawNames {
    pub(crate) substance: String,
    pub(crate) names: Vec<Name>,
    pub(crate) other_cas: Vec<CasNumber>,
    pub(crate) classes: Vec<String>,
    pub(crate) reviewed_in: Vec<Jurisdiction>,
    pub(crate) origin: Origin,
}

/// The names of `lists` (key of `names.*` → value), after `preferred_en`
/// when given, with duplicates within the record reported and dropped.
/// `prefix` is how the keys are written in the record (`names.` in a
/// `[[substance]]`, nothing in a `[[names]]` record).
pub(crate) fn name_lists(
    rec: &mut Rec<'_>,
    prefix: &str,
    lists: BTreeMap<&str, &toml::Value>,
    preferred_en: Option<&str>,
) -> Vec<Name> {
    let mut names = Vec::new();
    let mut seen = NameSet::default();
    if let Some(p) = preferred_en {
        seen.insert("en", p, 0);
        names.push(Name {
            text: Str::owned(p),
            lang: Str::owned("en"),
            kind: NameKind::Preferred,
        });
    }
    for (key, value) in lists {
        let field = format!("{prefix}{}", record::cap(key, 120));
        if !RecordKind::name_keys().any(|k| k == key) {
            rec.problem(
                &field,
                "unknown name kind (use en, zh, de, abbreviation, brand, dea, other)".into(),
            );
            continue;
        }
        let list = strings_of(Some(value), |m| rec.problem(&field, m));
        for (i, text) in list.into_iter().enumerate() {
            let text = if text.trim().len() == text.len() {
                text
            } else {
                text.trim().to_string()
            };
            let (lang, kind, text) = match key {
                "zh" | "de" => (
                    key,
                    if i == 0 {
                        NameKind::Preferred
                    } else {
                        NameKind::Synonym
                    },
                    text,
                ),
                "abbreviation" => ("en", NameKind::Abbreviation, text),
                "brand" => ("en", NameKind::Brand, text),
                "dea" => ("en", NameKind::Dea, text),
                "other" => match text.split_once(':') {
                    Some((l, t))
                        if (2..=8).contains(&l.len())
                            && l.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
                            && !t.trim().is_empty() =>
                    {
                        let lang = l.to_ascii_lowercase();
                        let t = t.trim().to_string();
                        if seen.contains(&names, &lang, &t) {
                            rec.problem(
                                &field,
                                format!("duplicate name {}", quote(&format!("{t:?}"))),
                            );
                            continue;
                        }
                        seen.insert(&lang, &t, names.len());
                        names.push(Name {
                            text: Str::owned(t),
                            lang: Str::owned(lang),
                            kind: NameKind::Synonym,
                        });
                        continue;
                    }
                    _ => {
                        rec.problem(
                            &field,
                            format!(
                                "{} lacks its language prefix (\"fr:...\")",
                                quote(&format!("{text:?}"))
                            ),
                        );
                        continue;
                    }
                },
                _ => ("en", NameKind::Synonym, text),
            };
            if seen.contains(&names, lang, &text) {
                if preferred_en != Some(text.as_str()) {
                    rec.problem(
                        &field,
                        format!("duplicate name {}", quote(&format!("{text:?}"))),
                    );
                }
                continue;
            }
            seen.insert(lang, &text, names.len());
            names.push(Name {
                text: Str::owned(text),
                lang: Str::owned(lang),
                kind,
            });
        }
    }
    names
}

/// The (language, text) pairs of a list of names, for duplicate checks in
/// constant time without a copy of each name: a hash of the pair leads to
/// the first name with that hash, and the list itself confirms the match (on
/// a hash collision between different names, a scan of the list decides).
#[derive(Default)]
pub(crate) struct NameSet {
    first: HashMap<u64, usize>,
    hasher: RandomState,
}

impl NameSet {
    /// The set of the names of `names`.
    pub(crate) fn of(names: &[Name]) -> NameSet {
        let mut set = NameSet::default();
        set.first.reserve(names.len());
        for (i, n) in names.iter().enumerate() {
            set.insert(&n.lang, &n.text, i);
        }
        set
    }

    fn hash(&self, lang: &str, text: &str) -> u64 {
        self.hasher.hash_one((lang, text))
    }

    /// True when `names` (the list this set was built over) has `text` in `lang`.
    pub(crate) fn contains(&self, names: &[Name], lang: &str, text: &str) -> bool {
        let is = |n: &Name| &*n.lang == lang && &*n.text == text;
        match self.first.get(&self.hash(lang, text)) {
            None => false,
            Some(&i) => names.get(i).is_some_and(is) || names.iter().any(is),
        }
    }

    /// Records that `names[index]` is `text` in `lang`.
    pub(crate) fn insert(&mut self, lang: &str, text: &str, index: usize) {
        let h = self.hash(lang, text);
        self.first.entry(h).or_insert(index);
    }
}

/// The `[[names]]` records of a file.
pub(crate) fn parse_names_records(
    file: &str,
    root: &toml::Table,
    raw: &mut Raw,
    problems: &mut Vec<Problem>,
) {
    for (i, t) in tables(root, &NAMES, file, problems).into_iter().enumerate() {
        let o = record::origin(file, &NAMES, i, t);
        let mut rec = Rec::new(t, &NAMES, o.clone(), problems);
        let substance = rec.req_str("substance");
        let lists: BTreeMap<&str, &toml::Value> = RecordKind::name_keys()
            .filter_map(|k| t.get(k).map(|v| (k, v)))
            .collect();
        let names = name_lists(&mut rec, "", lists, None);
        let other_cas = cas_list(&mut rec, "other_cas");
        let classes = rec.strings("classes");
        let reviewed_in = jurisdiction_list(&mut rec, "reviewed_in");
        rec.req_str("source");
        rec.finish();
        if let Some(substance) = substance {
            raw.names.push(RawNames {
                substance,
                names,
                other_cas,
                classes,
                reviewed_in,
                origin: o,
            });
        }
    }
}
