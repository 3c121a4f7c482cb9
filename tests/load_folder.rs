//! Reading a data folder always returns: symbolic-link loops, FIFOs, huge
//! files and huge bad values are problems naming the file, never a hang or a
//! whole 2 MB line quoted back (issue 14).
#![cfg(feature = "load")]

use std::path::{Path, PathBuf};

use controlled_substances::{LoadError, Registry};

const DATASET: &str = r#"
version = "t"
[[jurisdiction]]
code = "US"
name = "United States"
data_as_of = "2026-01-01"
[[substance]]
id = "alpha"
name = "Alphamine"
kind = "drug"
"#;

/// A fresh folder under the system's temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let p = std::env::temp_dir().join(format!(
            "controlled-substances-{}-{name}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        std::fs::write(p.join("dataset.toml"), DATASET).unwrap();
        TempDir(p)
    }
    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn problems(dir: &Path) -> Vec<(String, String)> {
    match Registry::load_dir(dir) {
        Err(LoadError::Invalid(p)) => p.into_iter().map(|p| (p.file, p.message)).collect(),
        Err(e) => panic!("an I/O error instead of problems: {e}"),
        Ok(_) => panic!("loaded despite a bad entry"),
    }
}

#[test]
fn a_plain_folder_loads() {
    let d = TempDir::new("plain");
    std::fs::create_dir(d.path().join("sub")).unwrap();
    std::fs::write(
        d.path().join("sub/beta.toml"),
        "[[substance]]\nid = \"beta\"\nname = \"Beta\"\nkind = \"drug\"\n",
    )
    .unwrap();
    let r = Registry::load_dir(d.path()).unwrap();
    assert_eq!(r.substances().len(), 2);
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_loop_returns_with_problems_naming_the_links() {
    let d = TempDir::new("symlink-loop");
    std::os::unix::fs::symlink(".", d.path().join("a")).unwrap();
    std::os::unix::fs::symlink(".", d.path().join("b")).unwrap();
    std::os::unix::fs::symlink("..", d.path().join("up.toml")).unwrap();
    let p = problems(d.path());
    let mut files: Vec<&str> = p.iter().map(|(f, _)| f.as_str()).collect();
    files.sort();
    assert_eq!(files, ["a", "b", "up.toml"], "{p:?}");
    assert!(
        p.iter()
            .all(|(_, m)| m.contains("symbolic link to a folder")),
        "{p:?}"
    );
}

#[cfg(unix)]
#[test]
fn a_link_to_a_file_is_read() {
    let d = TempDir::new("file-link");
    let target = d.path().join("beta.data");
    std::fs::write(
        &target,
        "[[substance]]\nid = \"beta\"\nname = \"Beta\"\nkind = \"drug\"\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(&target, d.path().join("beta.toml")).unwrap();
    let r = Registry::load_dir(d.path()).unwrap();
    assert!(r.substance("beta").is_some());
}

#[cfg(unix)]
#[test]
fn a_fifo_is_a_problem_not_a_hang() {
    let d = TempDir::new("fifo");
    let fifo = d.path().join("x.toml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let p = problems(d.path());
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].0, "x.toml");
    assert!(p[0].1.contains("FIFO"), "{p:?}");
}

#[test]
fn a_file_over_the_cap_is_a_problem_naming_it() {
    let d = TempDir::new("huge");
    // Sparse: 65 MiB long, next to nothing on disk; never read.
    let f = std::fs::File::create(d.path().join("huge.toml")).unwrap();
    f.set_len(65 << 20).unwrap();
    let p = problems(d.path());
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].0, "huge.toml");
    assert!(p[0].1.contains("68157440 bytes"), "{p:?}");
}

#[test]
fn problems_quote_a_huge_bad_value_only_in_part() {
    // A 2 MB line that is not TOML, and a 2 MB value of the wrong type.
    let line = format!("name = \"{}\" junk\n", "x".repeat(2_000_000));
    let list = format!(
        "[[substance]]\nid = \"gamma\"\nname = \"G\"\nkind = \"drug\"\ncas = [{}]\n",
        "1, ".repeat(700_000)
    );
    let e = Registry::load_files([
        ("base.toml", DATASET),
        ("line.toml", line.as_str()),
        ("list.toml", list.as_str()),
    ])
    .unwrap_err();
    let p = e.problems();
    assert_eq!(p.len(), 2, "{e:.2000}");
    let toml = p.iter().find(|p| p.file == "line.toml").unwrap();
    assert!(toml.message.contains("line 1"), "{}", toml.message);
    assert!(toml.message.len() < 1_000, "{}", toml.message.len());
    let cas = p.iter().find(|p| p.file == "list.toml").unwrap();
    assert_eq!(cas.field, "cas");
    assert!(cas.message.contains("more bytes"), "{}", cas.message);
    assert!(cas.message.len() < 1_000, "{}", cas.message.len());
    assert!(e.to_string().len() < 3_000);
}

#[test]
fn a_file_that_is_not_utf8_is_a_problem_naming_it() {
    let d = TempDir::new("latin1");
    std::fs::write(d.path().join("latin1.toml"), b"name = \"caf\xe9\"\n").unwrap();
    let p = problems(d.path());
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].0, "latin1.toml");
    assert!(p[0].1.contains("UTF-8"), "{p:?}");
}
