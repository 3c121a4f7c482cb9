//! What the examples share: argument parsing (`--help`, `--`), output that
//! stops quietly when its reader goes away and fails loudly on other write
//! errors, and table cells padded by display width.
#![allow(dead_code)]

use std::io::Write;

use controlled_substances::{Date, Jurisdiction, Registry};

/// Buffered standard output. A closed pipe (`| head -1`) ends the program
/// quietly with status 0; any other write error (a full disk) with a message
/// and status 1.
pub struct Out {
    w: std::io::BufWriter<std::io::StdoutLock<'static>>,
}

impl Out {
    pub fn new() -> Out {
        Out {
            w: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock()),
        }
    }

    /// Writes formatted text.
    pub fn write_fmt(&mut self, args: std::fmt::Arguments<'_>) {
        if let Err(e) = self.w.write_fmt(args) {
            write_failed(e);
        }
    }

    /// Writes raw bytes.
    pub fn write_bytes(&mut self, b: &[u8]) {
        if let Err(e) = self.w.write_all(b) {
            write_failed(e);
        }
    }

    /// Flushes what is buffered (call before exiting).
    pub fn finish(mut self) {
        if let Err(e) = self.w.flush() {
            write_failed(e);
        }
    }
}

fn write_failed(e: std::io::Error) -> ! {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    eprintln!("error: writing output: {e}");
    std::process::exit(1)
}

/// `outln!(out, "...", args)`: a line to [`Out`].
macro_rules! outln {
    ($out:expr) => { $out.write_fmt(format_args!("\n")) };
    ($out:expr, $($arg:tt)*) => {{
        $out.write_fmt(format_args!($($arg)*));
        $out.write_fmt(format_args!("\n"));
    }};
}
#[allow(unused_imports)]
pub(crate) use outln;

/// The columns a character takes in a terminal: 2 for East Asian wide and
/// full-width characters, 0 for combining marks and zero-width ones, else 1.
pub fn char_width(c: char) -> usize {
    let u = c as u32;
    match u {
        0x0300..=0x036F | 0x200B..=0x200F | 0xFE00..=0xFE0F => 0,
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD => 2,
        _ => 1,
    }
}

/// The display width of a string.
pub fn width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// `s` cut to at most `w` columns and padded with spaces to exactly `w`.
pub fn cell(s: &str, w: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = char_width(c);
        if used + cw > w {
            break;
        }
        out.push(c);
        used += cw;
    }
    out.extend(std::iter::repeat_n(' ', w - used));
    out
}

/// Parses `--in UN,US` into jurisdictions the registry has; exits with a message on a bad code.
pub fn jurisdictions(arg: Option<&str>, registry: &Registry) -> Vec<Jurisdiction> {
    let Some(list) = arg else {
        return registry.jurisdictions().iter().map(|j| j.code()).collect();
    };
    let mut out = Vec::new();
    for part in list.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match part.parse::<Jurisdiction>() {
            Ok(j) if registry.jurisdiction(j).is_some() => out.push(j),
            Ok(j) => fail(&format!(
                "unknown jurisdiction {:?}: this registry has {}",
                j.as_str(),
                registry
                    .jurisdictions()
                    .iter()
                    .map(|j| j.code().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
            Err(e) => fail(&e.to_string()),
        }
    }
    if out.is_empty() {
        fail(&format!("--in {list:?} names no jurisdiction"));
    }
    out
}

/// Parses `--on YYYY-MM-DD` (default today); exits with a message on a bad date.
pub fn date(arg: Option<&str>) -> Date {
    match arg {
        None => Date::today(),
        Some(s) => s.parse().unwrap_or_else(|e| fail(&format!("--on: {e}"))),
    }
}

/// Prints a message and exits with status 2.
pub fn fail(msg: &str) -> ! {
    eprintln!("error: {msg}");
    std::process::exit(2)
}

/// Splits `args` into positional arguments and `--flag value` options.
/// `-h`/`--help` prints `usage` and exits 0; `--` ends the options (what
/// follows is positional, even when it starts with `-`).
pub struct Args {
    pub positional: Vec<String>,
    pub options: Vec<(String, Option<String>)>,
}

impl Args {
    pub fn parse(usage: &str, flags_with_value: &[&str], switches: &[&str]) -> Args {
        Args::parse_from(usage, flags_with_value, switches, std::env::args().skip(1))
    }

    pub fn parse_from(
        usage: &str,
        flags_with_value: &[&str],
        switches: &[&str],
        args: impl Iterator<Item = String>,
    ) -> Args {
        let mut positional = Vec::new();
        let mut options = Vec::new();
        let mut it = args;
        while let Some(a) = it.next() {
            if a == "--" {
                positional.extend(it.by_ref());
                break;
            }
            if a == "-h" || a == "--help" {
                let mut out = Out::new();
                outln!(out, "{}", usage.trim_end());
                out.finish();
                std::process::exit(0);
            }
            if let Some((k, v)) = a.split_once('=').filter(|(k, _)| k.starts_with("--")) {
                options.push((k.to_string(), Some(v.to_string())));
            } else if flags_with_value.contains(&a.as_str()) {
                match it.next() {
                    Some(v) => options.push((a, Some(v))),
                    None => fail(&format!("{a} needs a value")),
                }
            } else if switches.contains(&a.as_str()) {
                options.push((a, None));
            } else if a.starts_with("--") {
                fail(&format!("unknown option {a:?} (see --help)"));
            } else {
                positional.push(a);
            }
        }
        Args {
            positional,
            options,
        }
    }

    pub fn value(&self, flag: &str) -> Option<&str> {
        self.options
            .iter()
            .rev()
            .find(|(k, _)| k == flag)
            .and_then(|(_, v)| v.as_deref())
    }

    pub fn has(&self, flag: &str) -> bool {
        self.options.iter().any(|(k, _)| k == flag)
    }
}

/// "since 2018-02-01", "in force by 2018-04-04", "since between 2017-09-14 and 2018-03-31".
pub fn effective(l: &controlled_substances::Listing) -> String {
    let w = l.effective();
    match w.not_before() {
        _ if w.is_exact() => format!("since {}", w.not_after()),
        None => format!("in force by {}", w.not_after()),
        Some(nb) => format!("since between {nb} and {}", w.not_after()),
    }
}

/// "C22H29ClN2O → parent C22H28N2O, stripped hydrochloride".
pub fn structure_summary(
    rep: &controlled_substances_structure::identity::StructureReport,
) -> String {
    let stripped = if rep.stripped.is_empty() {
        String::new()
    } else {
        format!(", stripped {}", rep.stripped.join(", "))
    };
    format!("{} → parent {}{stripped}", rep.formula, rep.parent_formula)
}
