//! The examples behave like command-line tools: `--help`, `--`, a quiet
//! exit on a closed pipe, a failure on a full disk, and table columns
//! aligned by display width (Chinese names take two columns a character).
//!
//! `cargo test` builds the examples beside the test binaries; these tests
//! run them from there (and skip, saying so, when they are not built).
#![cfg(unix)]

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn example(name: &str) -> Option<PathBuf> {
    // target/<profile>/deps/<this test> -> target/<profile>/examples/<name>
    let exe = std::env::current_exe().ok()?;
    let p = exe.parent()?.parent()?.join("examples").join(name);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipped: example {name} is not built at {}", p.display());
        None
    }
}

#[test]
fn help_prints_usage_and_exits_zero() {
    for name in ["check", "history", "screen", "structures"] {
        let Some(bin) = example(name) else { return };
        for flag in ["--help", "-h"] {
            let out = Command::new(&bin).arg(flag).output().unwrap();
            assert!(out.status.success(), "{name} {flag}: {:?}", out.status);
            let text = String::from_utf8(out.stdout).unwrap();
            assert!(
                text.starts_with("usage: cargo run --example"),
                "{name}: {text}"
            );
            assert!(text.contains("--help"), "{name}: {text}");
        }
    }
}

#[test]
fn double_dash_ends_the_options() {
    let Some(bin) = example("check") else { return };
    // After `--`, `--in` is part of the query, not an option.
    let out = Command::new(&bin)
        .args(["--in", "US", "--on", "2026-01-01", "--", "4-ANPP"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("4-ANPP"), "{text}");
    assert!(text.contains("US  controlled"), "{text}");
    let out = Command::new(&bin).args(["--", "--in"]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .contains("\"--in\": not in the registry"));
    // Without `--`, an unknown option is an error naming it.
    let out = Command::new(&bin).args(["--bogus", "x"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("--bogus"));
}

#[test]
fn a_closed_pipe_ends_quietly_with_status_zero() {
    let Some(bin) = example("screen") else { return };
    let mut child = Command::new(&bin)
        .args(["--in", "US", "--on", "2026-01-01"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        for _ in 0..20_000 {
            if stdin.write_all(b"fentanyl\n4-ANPP\n").is_err() {
                break;
            }
        }
    });
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout); // the reader goes away, as `| head -1` does
    let status = child.wait().unwrap();
    feeder.join().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert_eq!(status.code(), Some(0), "stderr: {err}");
    assert!(err.is_empty(), "a closed pipe is not an error: {err}");
}

#[test]
fn a_full_disk_is_an_error() {
    let Some(full) = std::fs::File::create("/dev/full").ok() else {
        eprintln!("skipped: no /dev/full");
        return;
    };
    for (name, args) in [("check", vec!["fentanyl"]), ("history", vec!["NPP"])] {
        let Some(bin) = example(name) else { return };
        let out = Command::new(&bin)
            .args(&args)
            .stdout(full.try_clone().unwrap())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{name}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("writing output"), "{name}: {err}");
    }
}

#[test]
fn table_columns_align_by_display_width() {
    let Some(bin) = example("screen") else { return };
    let mut child = Command::new(&bin)
        .args(["--in", "US,CN", "--on", "2026-01-01"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("芬太尼\nfentanyl\n4-苯胺基-N-苯乙基哌啶\n".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 4, "{text}");
    // The US column starts at display column 58 (5 + 1 + 28 + 1 + 22 + 1) on
    // every row: the Chinese rows are cut and padded by columns, not characters.
    let rows: Vec<&str> = text.lines().collect();
    assert!(rows[1].contains("芬太尼"), "{text}");
    let us_col = |l: &str| -> String {
        let mut w = 0;
        l.chars()
            .skip_while(|c| {
                w += if ('\u{4e00}'..='\u{9fff}').contains(c) {
                    2
                } else {
                    1
                };
                w <= 58
            })
            .take(3)
            .collect()
    };
    assert_eq!(us_col(rows[0]), "US ", "{text}");
    for row in &rows[1..] {
        assert_eq!(us_col(row), "yes", "{text}");
    }
}

#[test]
fn json_output_cuts_a_long_echo() {
    let Some(bin) = example("screen") else { return };
    let mut child = Command::new(&bin)
        .args(["--json", "--in", "US"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let long = "x".repeat(5_000);
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{long}\nfentanyl\n").as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2);
    let first: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(first["query"].as_str().unwrap().len(), 1_000);
    assert_eq!(first["query_bytes"], 5_000);
    let second: serde_json::Value = serde_json::from_str(lines[1]).unwrap();
    assert_eq!(second["query"], "fentanyl");
    assert!(second.get("query_bytes").is_none());
}
