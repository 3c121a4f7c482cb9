//! Writing a registry back in the `data/` schema: one TOML document that
//! [`Registry::load_files`] reads into an equal registry.

use toml::{Table, Value};

use crate::date::DateWindow;
use crate::jurisdiction::Coverage;
use crate::listing::InstrumentKind;
use crate::registry::Registry;
use crate::substance::NameKind;

fn s(x: &str) -> Value {
    Value::String(x.to_string())
}

fn strings<'a>(xs: impl IntoIterator<Item = &'a str>) -> Value {
    Value::Array(xs.into_iter().map(s).collect())
}

/// A day as a string, a window as `{ not_before, not_after }`.
fn window(w: DateWindow) -> Value {
    if w.is_exact() {
        return s(&w.not_after().to_string());
    }
    let mut t = Table::new();
    if let Some(nb) = w.not_before() {
        t.insert("not_before".into(), s(&nb.to_string()));
    }
    t.insert("not_after".into(), s(&w.not_after().to_string()));
    Value::Table(t)
}

fn put(t: &mut Table, key: &str, v: Option<Value>) {
    if let Some(v) = v {
        t.insert(key.to_string(), v);
    }
}

impl Registry {
    /// The whole registry as one TOML document in the `data/` schema
    /// (version, jurisdictions, instruments, substances with all their
    /// names, listings): loading it again gives an equal registry.
    ///
    /// ```
    /// use controlled_substances::Registry;
    /// let text = Registry::embedded().to_toml();
    /// let again = Registry::load_files([("all.toml", text.as_str())])?;
    /// assert_eq!(again.listings(), Registry::embedded().listings());
    /// # Ok::<(), controlled_substances::LoadError>(())
    /// ```
    pub fn to_toml(&self) -> String {
        let mut root = Table::new();
        root.insert("version".into(), s(self.version()));
        let jurisdictions = self
            .jurisdictions
            .iter()
            .map(|j| {
                let mut t = Table::new();
                t.insert("code".into(), s(j.code.as_str()));
                t.insert("name".into(), s(&j.name));
                t.insert("supranational".into(), Value::Boolean(j.supranational));
                t.insert("data_as_of".into(), s(&j.data_as_of.to_string()));
                let coverage = match j.coverage {
                    Coverage::Complete => "complete",
                    Coverage::Partial => "partial",
                };
                t.insert("coverage".into(), s(coverage));
                put(&mut t, "note", j.note.as_deref().map(s));
                put(
                    &mut t,
                    "precursors_from",
                    j.precursors_from.map(|p| s(p.as_str())),
                );
                Value::Table(t)
            })
            .collect();
        root.insert("jurisdiction".into(), Value::Array(jurisdictions));
        let instruments = self
            .instruments
            .iter()
            .map(|i| {
                let mut t = Table::new();
                t.insert("id".into(), s(&i.id));
                t.insert("jurisdiction".into(), s(i.jurisdiction.as_str()));
                t.insert("name".into(), s(&i.name));
                t.insert("short".into(), s(&i.short));
                let kind = match i.kind {
                    InstrumentKind::Drugs => "drugs",
                    InstrumentKind::Precursors => "precursors",
                };
                t.insert("kind".into(), s(kind));
                put(&mut t, "url", i.url.as_deref().map(s));
                if !i.scope.is_empty() {
                    t.insert("scope".into(), strings(i.scope.words()));
                }
                put(&mut t, "note", i.note.as_deref().map(s));
                Value::Table(t)
            })
            .collect();
        root.insert("instrument".into(), Value::Array(instruments));
        let substances = self
            .substances
            .iter()
            .map(|x| {
                let mut t = Table::new();
                t.insert("id".into(), s(&x.id));
                t.insert("name".into(), s(&x.name));
                t.insert("kind".into(), s(x.kind.as_str()));
                let mut names = Table::new();
                for n in x.names.iter() {
                    let (key, text) = match (n.kind, &*n.lang) {
                        (NameKind::Preferred, "en") => continue,
                        (NameKind::Abbreviation, _) => ("abbreviation", n.text.to_string()),
                        (NameKind::Brand, _) => ("brand", n.text.to_string()),
                        (NameKind::Dea, _) => ("dea", n.text.to_string()),
                        (_, "en") => ("en", n.text.to_string()),
                        (_, "zh") => ("zh", n.text.to_string()),
                        (_, "de") => ("de", n.text.to_string()),
                        (_, lang) => ("other", format!("{lang}:{}", n.text)),
                    };
                    let slot = names
                        .entry(key.to_string())
                        .or_insert_with(|| Value::Array(Vec::new()));
                    if let Value::Array(list) = slot {
                        list.push(s(&text));
                    }
                }
                if !names.is_empty() {
                    t.insert("names".into(), Value::Table(names));
                }
                put(&mut t, "cas", x.cas.map(|c| s(&c.to_string())));
                if !x.other_cas.is_empty() {
                    let v: Vec<String> = x.other_cas.iter().map(|c| c.to_string()).collect();
                    t.insert("other_cas".into(), strings(v.iter().map(String::as_str)));
                }
                if !x.salts.is_empty() {
                    let v = x
                        .salts
                        .iter()
                        .map(|f| {
                            let mut st = Table::new();
                            st.insert("form".into(), s(&f.form));
                            st.insert("cas".into(), s(&f.cas.to_string()));
                            Value::Table(st)
                        })
                        .collect();
                    t.insert("salts".into(), Value::Array(v));
                }
                put(
                    &mut t,
                    "dea_code",
                    x.dea_code.map(|c| s(&c.get().to_string())),
                );
                put(&mut t, "incb_code", x.incb_code.as_deref().map(s));
                put(
                    &mut t,
                    "pubchem_cid",
                    x.pubchem_cid.map(|c| Value::Integer(c.into())),
                );
                put(&mut t, "inchikey", x.inchikey.map(|k| s(&k.to_string())));
                put(&mut t, "smiles", x.smiles.as_deref().map(s));
                put(&mut t, "formula", x.formula.as_deref().map(s));
                if !x.classes.is_empty() {
                    let ids = x
                        .classes
                        .iter()
                        .filter_map(|&c| self.substances.get(c as usize))
                        .map(|c| &*c.id);
                    t.insert("classes".into(), strings(ids));
                }
                if !x.reviewed_in.is_empty() {
                    t.insert(
                        "reviewed_in".into(),
                        strings(x.reviewed_in.iter().map(|j| j.as_str())),
                    );
                }
                put(&mut t, "note", x.note.as_deref().map(s));
                let mut def = Table::new();
                put(&mut def, "en", x.definition_en.as_deref().map(s));
                put(&mut def, "zh", x.definition_zh.as_deref().map(s));
                if !def.is_empty() {
                    t.insert("definition".into(), Value::Table(def));
                }
                Value::Table(t)
            })
            .collect();
        root.insert("substance".into(), Value::Array(substances));
        let listings = self
            .listings
            .iter()
            .map(|l| {
                let mut t = Table::new();
                t.insert("substance".into(), s(self.substance_of(l).id()));
                t.insert("instrument".into(), s(self.instrument_of(l).id()));
                t.insert("schedule".into(), s(&l.schedule));
                put(&mut t, "code", l.code.as_deref().map(s));
                put(&mut t, "announced", l.announced.map(|d| s(&d.to_string())));
                t.insert("effective".into(), window(l.effective));
                put(&mut t, "until", l.until.map(window));
                if l.temporary {
                    t.insert("temporary".into(), Value::Boolean(true));
                }
                if l.added {
                    t.insert("added".into(), Value::Boolean(true));
                }
                t.insert("scope".into(), strings(l.scope.words()));
                put(&mut t, "exceptions", l.exceptions.as_deref().map(s));
                put(&mut t, "threshold", l.threshold.as_deref().map(s));
                put(&mut t, "narcotic", l.narcotic.map(Value::Boolean));
                put(&mut t, "hs_code", l.hs_code.as_deref().map(s));
                t.insert("citation".into(), strings(l.citations()));
                t.insert("source".into(), s(&l.source));
                put(&mut t, "note", l.note.as_deref().map(s));
                Value::Table(t)
            })
            .collect();
        root.insert("listing".into(), Value::Array(listings));
        root.to_string()
    }
}
