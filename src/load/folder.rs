//! Reading a data folder: every `*.toml` regular file under it, recursively,
//! in path order. Symbolic links to folders are not followed (so a link
//! loop cannot hang the walk), and a FIFO, socket or device named `*.toml`
//! is never opened (reading a FIFO would block): each is a problem naming
//! it, as is a file over [`MAX_FILE_BYTES`].

use std::io::Read;
use std::path::{Path, PathBuf};

use super::{LoadError, Problem};

/// The largest data file read (64 MiB); a larger one is a problem.
pub(crate) const MAX_FILE_BYTES: u64 = 64 << 20;

/// The deepest folder nesting walked (a guard against mount loops).
const MAX_DEPTH: usize = 64;

/// A data file: its name relative to the folder, and its text.
pub(crate) type DataFile = (String, String);

/// `(name relative to dir, text)` of every data file under `dir`, and the
/// problems with entries that could not be read as data files. An error only
/// when `dir` itself (or a folder under it) cannot be listed.
pub(crate) fn read_files(dir: &Path) -> Result<(Vec<DataFile>, Vec<Problem>), LoadError> {
    let mut problems = Vec::new();
    let paths = toml_files(dir, &mut problems)?;
    let mut files = Vec::with_capacity(paths.len());
    for p in paths {
        let name = p.strip_prefix(dir).unwrap_or(&p).display().to_string();
        match read_regular(&p) {
            Ok(text) => files.push((name, text)),
            Err(Unreadable::Problem(message)) => {
                problems.push(Problem::new(&name, "-", "-", message))
            }
            Err(Unreadable::Io(e)) => {
                return Err(LoadError::Io {
                    path: p,
                    source: std::sync::Arc::new(e),
                })
            }
        }
    }
    Ok((files, problems))
}

enum Unreadable {
    /// Not a data file (not regular, too large, not UTF-8): a problem.
    Problem(String),
    /// The system could not read it.
    Io(std::io::Error),
}

/// What kind of non-regular file `t` is, in words.
fn describe(t: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_block_device() || t.is_char_device() {
            return "a device";
        }
    }
    if t.is_dir() {
        return "a folder";
    }
    "not a regular file"
}

/// The text of `p`, a regular file (or a link to one) of at most
/// [`MAX_FILE_BYTES`].
fn read_regular(p: &Path) -> Result<String, Unreadable> {
    // `metadata` follows a link to a file; the walk never passes links to folders here.
    let meta = std::fs::metadata(p).map_err(Unreadable::Io)?;
    if !meta.is_file() {
        return Err(Unreadable::Problem(format!(
            "{}, not a regular file: not read",
            describe(&meta.file_type())
        )));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Unreadable::Problem(format!(
            "{} bytes: larger than the {MAX_FILE_BYTES} bytes a data file may have",
            meta.len()
        )));
    }
    let f = std::fs::File::open(p).map_err(Unreadable::Io)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // The file may grow after `metadata`: never read past the cap.
    f.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(Unreadable::Io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Unreadable::Problem(format!(
            "larger than the {MAX_FILE_BYTES} bytes a data file may have"
        )));
    }
    String::from_utf8(bytes).map_err(|e| {
        Unreadable::Problem(format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

/// Every `*.toml` entry under `dir`, recursively, in path order; folders
/// reached through symbolic links are reported, not walked.
fn toml_files(dir: &Path, problems: &mut Vec<Problem>) -> Result<Vec<PathBuf>, LoadError> {
    let mut out = Vec::new();
    let mut stack = vec![(dir.to_path_buf(), 0usize)];
    let io = |path: &Path, e: std::io::Error| LoadError::Io {
        path: path.to_path_buf(),
        source: std::sync::Arc::new(e),
    };
    let rel = |p: &Path| p.strip_prefix(dir).unwrap_or(p).display().to_string();
    while let Some((d, depth)) = stack.pop() {
        for entry in std::fs::read_dir(&d).map_err(|e| io(&d, e))? {
            let entry = entry.map_err(|e| io(&d, e))?;
            let p = entry.path();
            // The entry itself, not what a link points to.
            let t = entry.file_type().map_err(|e| io(&p, e))?;
            if t.is_dir() {
                if depth + 1 > MAX_DEPTH {
                    problems.push(Problem::new(
                        &rel(&p),
                        "-",
                        "-",
                        format!("folders nested deeper than {MAX_DEPTH}: not read"),
                    ));
                } else {
                    stack.push((p, depth + 1));
                }
            } else if t.is_symlink() && std::fs::metadata(&p).is_ok_and(|m| m.is_dir()) {
                problems.push(Problem::new(
                    &rel(&p),
                    "-",
                    "-",
                    "a symbolic link to a folder: not followed (a link may loop; \
                     link the files, or give the folder itself)"
                        .into(),
                ));
            } else if p.extension().is_some_and(|e| e == "toml") {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}
