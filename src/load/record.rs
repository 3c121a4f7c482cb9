//! The record reader: a file's TOML text to its record tables, and typed
//! access to one record's fields through the schema ([`Rec`]), which reports
//! unknown keys, missing required fields and values of the wrong shape.

use std::fmt;

use super::schema::{RecordKind, WINDOW_KEYS};
use super::{Origin, Problem};
use crate::date::{Date, DateWindow};

/// The most bytes of a value a problem message quotes.
const QUOTE_MAX: usize = 120;

/// `s`, cut to at most `max` bytes (on a character boundary) with a note of
/// how much was left out: problem messages never quote a whole huge value.
pub(crate) fn cap(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… ({} more bytes)", &s[..end], s.len() - end)
}

/// A value as a problem message quotes it: TOML syntax, cut when long.
pub(crate) fn quote(v: &impl fmt::Display) -> String {
    cap(&v.to_string(), QUOTE_MAX)
}

/// Parses a file's text; a syntax error becomes one problem naming the
/// line and column, quoting only the part of the line around it.
pub(crate) fn parse_toml(file: &str, text: &str) -> Result<toml::Table, Problem> {
    text.parse::<toml::Table>().map_err(|e| {
        let at = e.span().map_or(0, |s| s.start).min(text.len());
        let mut at_b = at;
        while !text.is_char_boundary(at_b) {
            at_b -= 1;
        }
        let line_start = text[..at_b].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[at_b..].find('\n').map_or(text.len(), |i| at_b + i);
        let line_no = text[..line_start].matches('\n').count() + 1;
        let column = text[line_start..at_b].chars().count() + 1;
        // Up to 40 bytes either side of the error.
        let mut from = at_b.saturating_sub(40).max(line_start);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let mut to = (at_b + 40).min(line_end);
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        let excerpt = format!(
            "{}{}{}",
            if from > line_start { "…" } else { "" },
            &text[from..to],
            if to < line_end { "…" } else { "" }
        );
        Problem::new(
            file,
            "-",
            "-",
            format!(
                "not valid TOML at line {line_no}, column {column}: {} (near {excerpt:?})",
                cap(e.message().trim(), 300)
            ),
        )
    })
}

/// The tables of one record kind in a file (`[[listing]]` …).
pub(crate) fn tables<'a>(
    root: &'a toml::Table,
    kind: &RecordKind,
    file: &str,
    problems: &mut Vec<Problem>,
) -> Vec<&'a toml::Table> {
    let key = kind.key;
    match root.get(key) {
        None => Vec::new(),
        Some(toml::Value::Array(a)) => a
            .iter()
            .enumerate()
            .filter_map(|(i, v)| match v {
                toml::Value::Table(t) => Some(t),
                _ => {
                    problems.push(Problem::new(
                        file,
                        &format!("{key} #{}", i + 1),
                        "-",
                        format!("expected [[{key}]] tables"),
                    ));
                    None
                }
            })
            .collect(),
        Some(_) => {
            problems.push(Problem::new(
                file,
                key,
                "-",
                format!("expected [[{key}]] tables, found a single value"),
            ));
            Vec::new()
        }
    }
}

/// Where record `i` of `kind` is: its file, position and id.
pub(crate) fn origin(file: &str, kind: &RecordKind, i: usize, t: &toml::Table) -> Origin {
    let id = t.get(kind.id_key).and_then(|v| v.as_str()).unwrap_or("");
    Origin {
        file: file.to_string(),
        record: if id.is_empty() {
            format!("{} #{}", kind.key, i + 1)
        } else {
            format!(
                "{} #{} ({} {:?})",
                kind.key,
                i + 1,
                kind.id_key,
                cap(id, QUOTE_MAX)
            )
        },
    }
}

/// Reads the fields of one record through its kind's schema, recording problems.
pub(crate) struct Rec<'a> {
    pub(crate) t: &'a toml::Table,
    kind: &'static RecordKind,
    pub(crate) origin: Origin,
    pub(crate) problems: &'a mut Vec<Problem>,
}

impl<'a> Rec<'a> {
    /// A reader for `t`, a record of `kind`.
    pub(crate) fn new(
        t: &'a toml::Table,
        kind: &'static RecordKind,
        origin: Origin,
        problems: &'a mut Vec<Problem>,
    ) -> Rec<'a> {
        Rec {
            t,
            kind,
            origin,
            problems,
        }
    }

    /// Records a problem with `field` of this record.
    pub(crate) fn problem(&mut self, field: &str, message: String) {
        self.problems.push(Problem::new(
            &self.origin.file,
            &self.origin.record,
            field,
            message,
        ));
    }

    /// The raw value of `key`, a field of the schema.
    pub(crate) fn get(&self, key: &'static str) -> Option<&'a toml::Value> {
        debug_assert!(
            self.kind.field(key).is_some(),
            "{key} is not in the schema of [[{}]]",
            self.kind.key
        );
        self.t.get(key)
    }

    /// True when the record gives `key`.
    pub(crate) fn has(&self, key: &'static str) -> bool {
        self.get(key).is_some()
    }

    /// An optional string (empty counts as absent).
    pub(crate) fn opt_str(&mut self, key: &'static str) -> Option<String> {
        match self.get(key)? {
            toml::Value::String(s) if s.trim().is_empty() => None,
            toml::Value::String(s) => Some(s.clone()),
            other => {
                self.problem(key, format!("expected a string, found {}", quote(other)));
                None
            }
        }
    }

    /// A required string: absence is reported by [`finish`](Self::finish), emptiness here.
    pub(crate) fn req_str(&mut self, key: &'static str) -> Option<String> {
        debug_assert!(self.kind.field(key).is_some_and(|f| f.required));
        let v = self.opt_str(key);
        if v.is_none() && matches!(self.t.get(key), Some(toml::Value::String(_))) {
            self.problem(key, "empty (required)".to_string());
        }
        v
    }

    /// An optional `true` or `false`.
    pub(crate) fn opt_bool(&mut self, key: &'static str) -> Option<bool> {
        match self.get(key)? {
            toml::Value::Boolean(b) => Some(*b),
            other => {
                self.problem(
                    key,
                    format!("expected true or false, found {}", quote(other)),
                );
                None
            }
        }
    }

    /// A list of non-empty strings (a single string is a list of one).
    pub(crate) fn strings(&mut self, key: &'static str) -> Vec<String> {
        let v = self.get(key);
        strings_of(v, |m| self.problem(key, m))
    }

    /// `value` parsed as a `T`, the error reported on `key`.
    pub(crate) fn parsed<T: std::str::FromStr>(
        &mut self,
        key: &str,
        value: Option<String>,
    ) -> Option<T>
    where
        T::Err: fmt::Display,
    {
        let v = value?;
        match v.parse::<T>() {
            Ok(x) => Some(x),
            Err(e) => {
                self.problem(key, cap(&e.to_string(), 2 * QUOTE_MAX));
                None
            }
        }
    }

    /// A date `"YYYY-MM-DD"`.
    pub(crate) fn date(&mut self, key: &'static str) -> Option<Date> {
        let v = match self.get(key)? {
            toml::Value::String(s) => s.clone(),
            toml::Value::Datetime(d) => d.to_string(),
            other => {
                self.problem(
                    key,
                    format!("expected a date \"YYYY-MM-DD\", found {}", quote(other)),
                );
                return None;
            }
        };
        self.parsed(key, Some(v))
    }

    /// A date field that may be a day (`"2010-08-30"`) or a window
    /// (`{ not_before = "...", not_after = "..." }`, `not_before` optional).
    pub(crate) fn window(&mut self, key: &'static str) -> Option<DateWindow> {
        let t = match self.get(key)? {
            toml::Value::Table(t) => t,
            _ => return self.date(key).map(DateWindow::exact),
        };
        let mut end = |k: &str| -> Result<Option<Date>, ()> {
            match t.get(k) {
                None => Ok(None),
                Some(toml::Value::String(v)) => match v.parse::<Date>() {
                    Ok(d) => Ok(Some(d)),
                    Err(e) => {
                        self.problem(&format!("{key}.{k}"), cap(&e.to_string(), 2 * QUOTE_MAX));
                        Err(())
                    }
                },
                Some(other) => {
                    self.problem(
                        &format!("{key}.{k}"),
                        format!("expected a date \"YYYY-MM-DD\", found {}", quote(other)),
                    );
                    Err(())
                }
            }
        };
        let (nb, na) = (end(WINDOW_KEYS[0]), end(WINDOW_KEYS[1]));
        if let Some(k) = t.keys().find(|k| !WINDOW_KEYS.contains(&k.as_str())) {
            let k = cap(k, QUOTE_MAX);
            self.problem(
                &format!("{key}.{k}"),
                "unknown field (a window has not_before and not_after)".into(),
            );
            return None;
        }
        let (Ok(nb), Ok(na)) = (nb, na) else {
            return None;
        };
        let Some(na) = na else {
            self.problem(
                &format!("{key}.not_after"),
                "missing: a window needs the date by which it had certainly happened".into(),
            );
            return None;
        };
        match DateWindow::new(nb, na) {
            Ok(w) => Some(w),
            Err(_) => {
                self.problem(
                    key,
                    format!(
                        "not_before {} is after not_after {na}",
                        nb.unwrap_or(Date::MIN)
                    ),
                );
                None
            }
        }
    }

    /// Reports the keys the schema does not have, and the required fields
    /// the record lacks.
    pub(crate) fn finish(self) {
        let kind = self.kind;
        let mut found = Vec::new();
        for k in self.t.keys() {
            if kind.field(k).is_none() {
                found.push((cap(k, QUOTE_MAX), "unknown field (a typo?)".to_string()));
            }
        }
        for f in kind.fields.iter().filter(|f| f.required) {
            if !self.t.contains_key(f.name) {
                found.push((f.name.to_string(), "missing (required)".to_string()));
            }
        }
        for (field, message) in found {
            self.problems.push(Problem::new(
                &self.origin.file,
                &self.origin.record,
                &field,
                message,
            ));
        }
    }
}

/// The strings of a list value, each problem passed to `problem`.
pub(crate) fn strings_of(v: Option<&toml::Value>, mut problem: impl FnMut(String)) -> Vec<String> {
    match v {
        None => Vec::new(),
        Some(toml::Value::String(s)) if s.trim().is_empty() => {
            problem("empty string".into());
            Vec::new()
        }
        Some(toml::Value::String(s)) => vec![s.clone()],
        Some(toml::Value::Array(a)) => {
            let mut out = Vec::with_capacity(a.len());
            for v in a {
                match v {
                    toml::Value::String(s) if !s.trim().is_empty() => out.push(s.clone()),
                    toml::Value::String(_) => problem("empty string in list".into()),
                    other => problem(format!("expected strings, found {}", quote(other))),
                }
            }
            out
        }
        Some(other) => {
            problem(format!(
                "expected a list of strings, found {}",
                quote(other)
            ));
            Vec::new()
        }
    }
}
