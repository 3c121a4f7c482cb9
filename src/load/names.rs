//! Names: the `names.*` lists of a `[[substance]]`, and `[[names]]` records,
//! which add names and identifiers to a substance another file defines.

use std::collections::{BTreeMap, HashSet};

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
    let mut seen: HashSet<(String, String)> = HashSet::new();
    if let Some(p) = preferred_en {
        seen.insert(("en".to_string(), p.to_string()));
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
            let text = text.trim().to_string();
            let (lang, kind, text) = match key {
                "zh" | "de" => (
                    key.to_string(),
                    if i == 0 {
                        NameKind::Preferred
                    } else {
                        NameKind::Synonym
                    },
                    text,
                ),
                "abbreviation" => ("en".to_string(), NameKind::Abbreviation, text),
                "brand" => ("en".to_string(), NameKind::Brand, text),
                "dea" => ("en".to_string(), NameKind::Dea, text),
                "other" => match text.split_once(':') {
                    Some((l, t))
                        if (2..=8).contains(&l.len())
                            && l.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
                            && !t.trim().is_empty() =>
                    {
                        (
                            l.to_ascii_lowercase(),
                            NameKind::Synonym,
                            t.trim().to_string(),
                        )
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
                _ => ("en".to_string(), NameKind::Synonym, text),
            };
            let pair = (lang, text);
            if seen.contains(&pair) {
                if preferred_en != Some(pair.1.as_str()) {
                    rec.problem(
                        &field,
                        format!("duplicate name {}", quote(&format!("{:?}", pair.1))),
                    );
                }
                continue;
            }
            names.push(Name {
                text: Str::owned(pair.1.as_str()),
                lang: Str::owned(pair.0.as_str()),
                kind,
            });
            seen.insert(pair);
        }
    }
    names
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
