#!/usr/bin/env python3
"""Replace the "in force by" dates of US CSA listings with the dates of the acts that placed them.

Dev-only. Reads data/listings/us/csa.toml and data/listings/us/fentanyl-family.toml, and for every
substance in FACTS (facts_us.py, the project's own extraction) replaces the listing(s) that only
carry an in-force-by date (`precision = "in-force-by"` / "approximate") by the listings of its
history: the act, its effective date (or a window where the day is not pinned), the citation and
what was read.  Every other listing and every other line of the files is kept byte for byte.

A listing of a substance not in FACTS that still has an in-force-by date is turned into a window:
{ not_before = "1971-05-01" (the day the CSA schedules took effect, the earliest day any CSA listing
can take effect), not_after = the date of the document that shows it in force }, with a note.

Substances in OVERRIDE (facts_us.py) have their listings replaced by FACTS even where the base listing was dated, and
the "approximate" listings named in CONFIRM lose their precision key (day confirmed by the DEA list of scheduling
actions).

Usage: python3 tools/importers/us_history/apply_history.py [--dry-run]
"""
import json
import re
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from facts_us import (FACTS, OVERRIDE, CONFIRM, SRC_OB21, CSA_DATE, CFR2013_CODES, CFR2013_DATE, CFR2013_SRC,  # noqa: E402
                      CFR2014_CODES, CFR2014_DATE, CFR2014_SRC)

ROOT = Path(__file__).resolve().parents[3]
FILES = [ROOT / "data/listings/us/csa.toml", ROOT / "data/listings/us/fentanyl-family.toml"]

KEY_ORDER = ["substance", "instrument", "schedule", "code", "announced", "effective", "until",
             "temporary", "added", "scope", "exceptions", "threshold", "narcotic", "hs_code",
             "citation", "source", "note"]


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "[" + ", ".join(val(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def block(listing):
    out = ["[[listing]]"]
    for k in KEY_ORDER:
        if k in listing and listing[k] is not None:
            out.append(f"{k} = {val(listing[k])}")
    extra = set(listing) - set(KEY_ORDER)
    assert not extra, extra
    return "\n".join(out) + "\n"


def is_undated(l):
    return l.get("precision") in ("in-force-by", "approximate")


def cfr_cites(l):
    return [c for c in l.get("citation", []) if c.startswith("21 CFR")]


def build(old, facts):
    """Listings for one substance from its facts; `old` is the undated listing being replaced."""
    out = []
    for f in facts:
        n = {"substance": old["substance"], "instrument": old["instrument"], "schedule": f["schedule"] or old["schedule"]}
        code = f.get("code", old.get("code"))
        if code:
            n["code"] = code
        n["effective"] = f["effective"]
        if f.get("until"):
            n["until"] = f["until"]
        if f.get("temporary"):
            n["temporary"] = True
        if f.get("added"):
            n["added"] = True
        current = (f["schedule"] or old["schedule"]) == old["schedule"] and not f.get("until")
        for k in ("scope", "exceptions", "threshold", "narcotic", "hs_code"):
            if k in old:
                n[k] = old[k]
        n["citation"] = list(f["citation"]) + (cfr_cites(old) if current else [])
        assert n["citation"], (old["substance"], f)
        n["source"] = f["source"]
        if f.get("note"):
            n["note"] = f["note"]
        out.append(n)
    return out


def fallback(old):
    n = {k: v for k, v in old.items() if k not in ("precision",)}
    date = old["effective"]
    if old.get("code") in CFR2013_CODES and date > CFR2013_DATE:
        date = CFR2013_DATE
        n["source"] = CFR2013_SRC + "; " + old["source"]
    elif old.get("code") in CFR2014_CODES and old["schedule"] == "III" and date > CFR2014_DATE:
        date = CFR2014_DATE
        n["source"] = CFR2014_SRC + "; " + old["source"]
    n["effective"] = {"not_before": CSA_DATE, "not_after": date}
    n["note"] = (f"Window: the act that placed it in this schedule was not identified in this pass; in force by "
                 f"{date} (the first document named in `source`); not before {CSA_DATE}, when the CSA schedules took "
                 f"effect. Earlier note: " + old.get("note", ""))
    return n


BASE = "81e5789"   # the commit whose in-force-by listings this script replaces


def process(path, dry):
    import subprocess
    rel = path.relative_to(ROOT).as_posix()
    text = subprocess.run(["git", "-C", str(ROOT), "show", f"{BASE}:{rel}"], check=True,
                          capture_output=True, text=True).stdout
    parts = re.split(r"(?m)^(?=\[\[listing\]\]\n)", text)
    head, blocks = parts[0], parts[1:]
    out = [head]
    done, stats = set(), {"facts": 0, "fallback": 0, "kept": 0}
    for b in blocks:
        body, sep, tail = b.partition("\n\n")
        l = tomllib.loads(body)["listing"][0]
        sid = l["substance"]
        if (is_undated(l) or sid in OVERRIDE) and sid in FACTS:
            if sid in done:       # several undated listings of one substance: the facts replace them all
                continue
            done.add(sid)
            new = build(l, FACTS[sid])
            out.append("\n".join(block(x) for x in new) + ("\n" + tail if sep else "\n"))
            stats["facts"] += 1
        elif l.get("precision") == "approximate" and (sid, l["effective"]) in CONFIRM:
            n = {k: v for k, v in l.items() if k != "precision"}
            n["source"] = l["source"] + "; " + SRC_OB21
            n["note"] = (l.get("note", "") + " Effective day confirmed by the DEA list of scheduling actions (November 2021); "
                         "the former precision 'approximate' is dropped.").strip()
            out.append(block(n) + ("\n" + tail if sep else ""))
            stats["confirmed"] = stats.get("confirmed", 0) + 1
        elif is_undated(l) and l.get("precision") == "in-force-by":
            out.append(block(fallback(l)) + ("\n" + tail if sep else ""))
            stats["fallback"] += 1
        else:
            out.append(b)
            stats["kept"] += 1
    new_text = "".join(out)
    tomllib.loads(new_text)
    print(path.name, stats)
    if not dry:
        path.write_text(new_text)


if __name__ == "__main__":
    dry = "--dry-run" in sys.argv
    for p in FILES:
        process(p, dry)
