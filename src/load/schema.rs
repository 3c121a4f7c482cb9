//! The schema of the data files, stated once: every record kind with its
//! fields, which are required, and the shape of each value. The parsers read
//! fields through it (`record::Rec`), so a key that is not here is reported
//! as unknown, and a required one that is missing is reported as missing.
//! `data/SCHEMA.md` documents the same keys (a test checks both ways).

/// The shape of a field's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// A string.
    Text,
    /// `true` or `false`.
    Bool,
    /// A positive integer.
    Integer,
    /// A date, `"YYYY-MM-DD"`.
    Date,
    /// A date, or a window `{ not_before = ..., not_after = ... }` ([`WINDOW_KEYS`]).
    Window,
    /// A list of strings (a single string is read as a list of one).
    Texts,
    /// A list of `{ form = ..., cas = ... }` ([`SALT_KEYS`]).
    Salts,
    /// The table `names.*`, whose keys are the [`Shape::Name`] fields of
    /// the `[[names]]` record.
    NameTable,
    /// A list of names of one kind (a key of `names.*`).
    Name,
    /// A table of strings with these keys.
    Table(&'static [&'static str]),
}

/// One field of a record kind.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Field {
    /// The key as written in the file.
    pub(crate) name: &'static str,
    /// True when a record without it is invalid.
    pub(crate) required: bool,
    /// The shape of its value.
    pub(crate) shape: Shape,
}

/// A kind of record: `[[listing]]` and so on, or the file's top level.
#[derive(Debug)]
pub(crate) struct RecordKind {
    /// The table-array key (`listing`), empty for the file's top level.
    pub(crate) key: &'static str,
    /// The field that identifies a record in problem messages.
    pub(crate) id_key: &'static str,
    /// Its fields.
    pub(crate) fields: &'static [Field],
}

impl RecordKind {
    /// The field named `key`, if the kind has one.
    pub(crate) fn field(&self, key: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.name == key)
    }

    /// The keys of `names.*` (the `[[names]]` record's name fields).
    pub(crate) fn name_keys() -> impl Iterator<Item = &'static str> {
        NAMES
            .fields
            .iter()
            .filter(|f| f.shape == Shape::Name)
            .map(|f| f.name)
    }

    /// Every key of the kind as written in a file, sub-keys dotted
    /// (`names.en`, `definition.zh`, `salts.form`, `effective.not_before`).
    #[cfg(test)]
    pub(crate) fn dotted_keys(&self) -> Vec<String> {
        let mut out = Vec::new();
        for f in self.fields {
            let subs: Vec<&str> = match f.shape {
                Shape::Window => WINDOW_KEYS.to_vec(),
                Shape::Salts => SALT_KEYS.to_vec(),
                Shape::NameTable => RecordKind::name_keys().collect(),
                Shape::Table(keys) => keys.to_vec(),
                _ => Vec::new(),
            };
            // A window may also be a plain date: the key alone is valid too.
            if subs.is_empty() || f.shape == Shape::Window || f.shape == Shape::Salts {
                out.push(f.name.to_string());
            }
            out.extend(subs.iter().map(|s| format!("{}.{s}", f.name)));
        }
        out
    }
}

const fn req(name: &'static str, shape: Shape) -> Field {
    Field {
        name,
        required: true,
        shape,
    }
}

const fn opt(name: &'static str, shape: Shape) -> Field {
    Field {
        name,
        required: false,
        shape,
    }
}

use Shape::*;

/// The keys of a date window.
pub(crate) const WINDOW_KEYS: [&str; 2] = ["not_before", "not_after"];
/// The keys of a salt form.
pub(crate) const SALT_KEYS: [&str; 2] = ["form", "cas"];

/// The top level of a file (besides the record arrays).
pub(crate) static FILE: RecordKind = RecordKind {
    key: "",
    id_key: "",
    fields: &[opt("version", Text), opt("replaces", Texts)],
};

/// `[[jurisdiction]]`.
pub(crate) static JURISDICTION: RecordKind = RecordKind {
    key: "jurisdiction",
    id_key: "code",
    fields: &[
        req("code", Text),
        req("name", Text),
        opt("supranational", Bool),
        req("data_as_of", Date),
        opt("coverage", Text),
        opt("note", Text),
        opt("precursors_from", Text),
    ],
};

/// `[[instrument]]`.
pub(crate) static INSTRUMENT: RecordKind = RecordKind {
    key: "instrument",
    id_key: "id",
    fields: &[
        req("id", Text),
        req("jurisdiction", Text),
        req("name", Text),
        req("short", Text),
        req("kind", Text),
        opt("url", Text),
        opt("scope", Texts),
        opt("note", Text),
    ],
};

/// `[[substance]]`.
pub(crate) static SUBSTANCE: RecordKind = RecordKind {
    key: "substance",
    id_key: "id",
    fields: &[
        req("id", Text),
        req("name", Text),
        req("kind", Text),
        opt("names", NameTable),
        opt("cas", Text),
        opt("other_cas", Texts),
        opt("salts", Salts),
        opt("dea_code", Text),
        opt("incb_code", Text),
        opt("pubchem_cid", Integer),
        opt("inchikey", Text),
        opt("smiles", Text),
        opt("formula", Text),
        opt("classes", Texts),
        opt("reviewed_in", Texts),
        opt("note", Text),
        opt("definition", Table(&["en", "zh"])),
    ],
};

/// `[[names]]`: names and identifiers added to a substance another file defines.
pub(crate) static NAMES: RecordKind = RecordKind {
    key: "names",
    id_key: "substance",
    fields: &[
        req("substance", Text),
        opt("en", Name),
        opt("zh", Name),
        opt("de", Name),
        opt("abbreviation", Name),
        opt("brand", Name),
        opt("dea", Name),
        opt("other", Name),
        opt("other_cas", Texts),
        opt("classes", Texts),
        opt("reviewed_in", Texts),
        req("source", Text),
    ],
};

/// `[[listing]]`.
pub(crate) static LISTING: RecordKind = RecordKind {
    key: "listing",
    id_key: "substance",
    fields: &[
        req("substance", Text),
        req("instrument", Text),
        req("schedule", Text),
        opt("code", Text),
        opt("announced", Date),
        req("effective", Window),
        // Schema version 1: how exactly `effective` is known (read as a window).
        opt("precision", Text),
        opt("until", Window),
        opt("temporary", Bool),
        opt("added", Bool),
        opt("scope", Texts),
        opt("exceptions", Text),
        opt("threshold", Text),
        opt("narcotic", Bool),
        opt("hs_code", Text),
        req("citation", Texts),
        req("source", Text),
        opt("note", Text),
    ],
};

/// Every record kind, in the order a file's records are read.
pub(crate) static RECORDS: [&RecordKind; 5] =
    [&JURISDICTION, &INSTRUMENT, &SUBSTANCE, &NAMES, &LISTING];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    const SCHEMA_MD: &str = include_str!("../../data/SCHEMA.md");

    /// The keys of every TOML example block of SCHEMA.md, per record kind
    /// (`""` for the top level), sub-tables dotted.
    fn documented() -> BTreeSet<(String, String)> {
        let mut out = BTreeSet::new();
        let mut rest = SCHEMA_MD;
        while let Some(start) = rest.find("```toml\n") {
            let body = &rest[start + 8..];
            let end = body.find("```").expect("a closed code block");
            let table: toml::Table = body[..end]
                .parse()
                .unwrap_or_else(|e| panic!("a SCHEMA.md example is not TOML: {e}"));
            for (k, v) in &table {
                match v {
                    toml::Value::Array(a) if a.iter().all(toml::Value::is_table) => {
                        out.insert((String::new(), k.clone()));
                        for t in a.iter().filter_map(toml::Value::as_table) {
                            flatten(k, "", t, &mut out);
                        }
                    }
                    _ => {
                        out.insert((String::new(), k.clone()));
                    }
                }
            }
            rest = &body[end + 3..];
        }
        out
    }

    fn flatten(kind: &str, prefix: &str, t: &toml::Table, out: &mut BTreeSet<(String, String)>) {
        for (k, v) in t {
            let key = format!("{prefix}{k}");
            match v {
                toml::Value::Table(sub) => flatten(kind, &format!("{key}."), sub, out),
                toml::Value::Array(a) if !a.is_empty() && a.iter().all(toml::Value::is_table) => {
                    out.insert((kind.to_string(), key.clone()));
                    for sub in a.iter().filter_map(toml::Value::as_table) {
                        flatten(kind, &format!("{key}."), sub, out);
                    }
                }
                _ => {
                    out.insert((kind.to_string(), key));
                }
            }
        }
    }

    /// Every key of the schema table, per record kind.
    fn table() -> BTreeSet<(String, String)> {
        let mut out = BTreeSet::new();
        for kind in std::iter::once(&FILE).chain(RECORDS) {
            if !kind.key.is_empty() {
                out.insert((String::new(), kind.key.to_string()));
            }
            for k in kind.dotted_keys() {
                out.insert((kind.key.to_string(), k));
            }
        }
        out
    }

    /// True when `word` occurs in SCHEMA.md as a whole key (not inside a longer one).
    fn mentioned(word: &str) -> bool {
        let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
        SCHEMA_MD.match_indices(word).any(|(i, _)| {
            let before = SCHEMA_MD[..i].chars().next_back();
            let after = SCHEMA_MD[i + word.len()..].chars().next();
            !before.is_some_and(ident) && !after.is_some_and(ident)
        })
    }

    #[test]
    fn every_documented_key_is_in_the_schema_table() {
        let table = table();
        let missing: Vec<_> = documented().difference(&table).cloned().collect();
        assert!(
            missing.is_empty(),
            "SCHEMA.md documents keys the loader does not read: {missing:?}"
        );
    }

    #[test]
    fn every_key_of_the_schema_table_is_in_schema_md() {
        let documented = documented();
        let undocumented: Vec<_> = table()
            .into_iter()
            .filter(|(kind, key)| {
                !documented.contains(&(kind.clone(), key.clone()))
                    && !mentioned(key.rsplit('.').next().unwrap_or(key))
            })
            .collect();
        assert!(
            undocumented.is_empty(),
            "keys the loader reads that SCHEMA.md never mentions: {undocumented:?}"
        );
        // The examples themselves cover most of the table: every record kind,
        // and every required field of each, appears in them.
        for kind in RECORDS {
            assert!(documented.contains(&(String::new(), kind.key.to_string())));
            for f in kind.fields.iter().filter(|f| f.required) {
                assert!(
                    documented.contains(&(kind.key.to_string(), f.name.to_string())),
                    "[[{}]] {} is required but not in its SCHEMA.md example",
                    kind.key,
                    f.name
                );
            }
        }
    }

    #[test]
    fn the_check_sees_a_missing_key() {
        // The word test is not vacuous: a key SCHEMA.md lacks is found lacking.
        assert!(!mentioned("no_such_key_anywhere"));
        assert!(mentioned("not_before"));
        assert!(!documented().contains(&("listing".into(), "cass".into())));
        assert!(documented().contains(&("substance".into(), "names.zh".into())));
        assert!(documented().contains(&("substance".into(), "salts.form".into())));
    }

    #[test]
    fn name_keys_are_the_names_records_name_fields() {
        let keys: Vec<&str> = RecordKind::name_keys().collect();
        assert_eq!(
            keys,
            ["en", "zh", "de", "abbreviation", "brand", "dea", "other"]
        );
    }
}
