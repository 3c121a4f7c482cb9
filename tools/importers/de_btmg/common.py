"""Shared helpers for the German BtMG importer (dev only).

Reads the TSV extracts of BtMG Anlagen I-III in shared/reference/germany-btmg
(see SOURCES.md section 7 there) and the project's data/ TOML files.
"""
import csv, glob, os, re, tomllib, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
REF = None
for cand in [os.path.join(ROOT, "..", "shared", "reference", "germany-btmg"),
             "/work/shared/reference/germany-btmg"]:
    if os.path.isdir(cand):
        REF = cand
        break

GREEK = {'α': 'alpha', 'β': 'beta', 'γ': 'gamma', 'δ': 'delta', 'Δ': 'delta', 'ω': 'omega', 'µ': 'mu', 'μ': 'mu'}


def norm(s):
    """The crate's name key (src/names.rs normalize_name), approximately."""
    out = []
    for c in s:
        if c in GREEK:
            out.append(GREEK[c]); continue
        if c.isspace() or c in "-\u00ad\u2010\u2011\u2012\u2013\u2014\u2015\u2212":
            continue
        if c in "'\u2032\u2019\u2018\u00b4":
            out.append("'"); continue
        out.append(c.lower())
    return "".join(out)


def fix_quirks(s):
    """Source quirks (SOURCES.md 7a): ß for beta, rho for para, l for I."""
    s = s.replace("ß", "β").replace("ρ-", "p-").replace("(ρ-", "(p-")
    s = s.replace("2C-l", "2C-I").replace("-lod-", "-Iod-").replace("4-lod", "4-Iod").replace("(4-lod", "(4-Iod")
    s = s.replace("2-FL-2‘-OXO-PCM", "2-Fl-2'-oxo-PCM")
    return s


def read_anlagen():
    rows = []
    for an in ("i", "ii", "iii"):
        with open(os.path.join(REF, f"anlage_{an}.tsv"), encoding="utf-8") as f:
            for i, r in enumerate(csv.DictReader(f, delimiter="\t")):
                r["anlage"] = an.upper()
                r["row"] = i + 2  # line number in the TSV
                rows.append(r)
    return rows


def load_data():
    subs, names_recs = {}, []
    for p in sorted(glob.glob(os.path.join(ROOT, "data", "**", "*.toml"), recursive=True)):
        with open(p, "rb") as f:
            d = tomllib.load(f)
        for s in d.get("substance", []):
            s["_file"] = p
            subs[s["id"]] = s
        for n in d.get("names", []):
            n["_file"] = p
            names_recs.append(n)
    return subs, names_recs


def all_names(s):
    out = [s["name"]]
    for k, v in (s.get("names") or {}).items():
        for x in v:
            out.append(x.split(":", 1)[1] if k == "other" and re.match(r"^[a-z]{2}:", x) else x)
    return out
