#!/usr/bin/env python3
"""Date the GB listings (MDA 1971 classes, MDR 2001 schedules) by the act that
placed them.  Dev-only script: reads facts.py, rewrites the matching [[listing]]
blocks of data/listings/gb/*.toml in place and appends new listings (earlier
classes, transfers).  Untouched blocks are kept byte for byte.

Usage: python3 tools/importers/gb_history/apply_history.py [--dry-run]
"""
import json, re, sys, tomllib, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
import facts as F

ROOT = pathlib.Path(__file__).resolve().parents[3]
FILES = [ROOT / "data/listings/gb/misuse-of-drugs.toml", ROOT / "data/listings/gb/fentanyl-family.toml"]
ORDER = ["substance", "instrument", "schedule", "code", "announced", "effective", "precision", "until",
         "temporary", "added", "scope", "exceptions", "threshold", "narcotic", "hs_code", "citation", "source", "note"]


def q(s):
    return json.dumps(s, ensure_ascii=False)


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return q(v)
    if isinstance(v, list):
        return "[" + ", ".join(val(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def emit(d):
    out = ["[[listing]]"]
    for k in ORDER:
        if k in d and d[k] is not None:
            out.append(f"{k} = {val(d[k])}")
    for k in d:
        if k not in ORDER and d[k] is not None:
            out.append(f"{k} = {val(d[k])}")
    return "\n".join(out) + "\n"


BASE = "81e5789"  # the commit whose GB files this script starts from (idempotent re-runs)


def base_text(path):
    import subprocess
    rel = path.relative_to(ROOT)
    return subprocess.run(["git", "-C", str(ROOT), "show", f"{BASE}:{rel}"], check=True, capture_output=True, text=True).stdout


EARLIEST = {}


def note_earliest(d, eff):
    if d["instrument"] not in ("gb-mda-1971", "gb-mdr-2001"):
        return
    lb = eff if isinstance(eff, str) else eff.get("not_before", eff["not_after"])
    EARLIEST[d["substance"]] = min(lb, EARLIEST.get(d["substance"], lb))


def main(dry):
    stats = {"changed": 0, "added": 0, "untouched_inforceby": 0}
    used = set()
    # lower bound of the first MDA control of each substance (facts first, else dated listings)
    for path in FILES:
        for d in tomllib.loads(base_text(path)).get("listing", []):
            if d["instrument"] != "gb-mda-1971" or d.get("schedule") == "Temporary class drug":
                continue
            f = F.MDA.get((d["substance"], d["schedule"]))
            if f is not None:
                e = f["effective"]
                lb = e if isinstance(e, str) else e.get("not_before")
            elif d.get("precision") == "in-force-by":
                continue
            else:
                lb = d["effective"]
            if lb:
                F.FIRST_MDA[d["substance"]] = min(lb, F.FIRST_MDA.get(d["substance"], lb))
    for e in F.EXTRA:
        if e["instrument"] == "gb-mda-1971":
            v = e["effective"]
            lb = v if isinstance(v, str) else v.get("not_before")
            F.FIRST_MDA[e["substance"]] = min(lb, F.FIRST_MDA.get(e["substance"], lb))
    for path in FILES:
        for d in tomllib.loads(base_text(path)).get("listing", []):
            f = F.lookup(d)
            note_earliest(d, f["effective"] if f else d["effective"])
    for e in F.EXTRA:
        note_earliest(e, e["effective"])
    for path in FILES:
        text = base_text(path)
        text = text.replace('# First-control dates were mostly not found: such listings are dated\n# "in-force-by" the earliest text read that shows them.',
                            '# First-control dates: see tools/importers/gb_history (facts.py); where the\n# amending instrument was not read, a listing carries a window (not_before =\n# earliest possible date, not_after = a date a source shows it in force).')
        parts = re.split(r"(?m)^(?=\[\[listing\]\]\s*$)", text)
        head, blocks = parts[0], parts[1:]
        new_blocks = []
        for b in blocks:
            # separate trailing comments/blank lines that belong to the next section
            d = tomllib.loads(b)["listing"][0]
            key = (d["instrument"], d["substance"], d["schedule"])
            fact = F.lookup(d)
            if fact is None:
                if d.get("precision") == "in-force-by":
                    stats["untouched_inforceby"] += 1
                new_blocks.append(b)
                continue
            used.add(key)
            nd = dict(d)
            nd.pop("precision", None)
            nd["effective"] = fact["effective"]
            if fact.get("until"):
                nd["until"] = fact["until"]
            if fact.get("added") is not None:
                if fact["added"]:
                    nd["added"] = True
                else:
                    nd.pop("added", None)
            nd["citation"] = fact["citation"]
            nd["source"] = fact["source"]
            old = d.get("note", "")
            m = re.search(r"(gov\.uk list entry: '[^']*'[^.]*\.)( The list carries footnote\(s\) [^.]*\.)?", old)
            keep = (" " + m.group(0)) if m else ""
            nd["note"] = fact["note"] if fact.get("keep_note") else fact["note"] + keep
            # keep trailing comment lines of the block (section headers for the next block)
            tail = ""
            lines = b.rstrip("\n").split("\n")
            i = len(lines)
            while i > 0 and (lines[i - 1].startswith("#") or lines[i - 1].strip() == ""):
                i -= 1
            tail = "\n".join(lines[i:])
            new_blocks.append(emit(nd) + ("\n" + tail + "\n" if tail.strip() else "\n"))
            stats["changed"] += 1
        # keep `added` only on the earliest listing of a substance (drug instruments)
        fixed = []
        for b in new_blocks:
            d = tomllib.loads(b)["listing"][0]
            if d.get("added") and d["instrument"] in ("gb-mda-1971", "gb-mdr-2001"):
                e = d["effective"]
                lb = e if isinstance(e, str) else e.get("not_before", e["not_after"])
                if lb > EARLIEST.get(d["substance"], lb):
                    b = re.sub(r"(?m)^added = true\n", "", b)
                    stats["added_dropped"] = stats.get("added_dropped", 0) + 1
            fixed.append(b)
        new_blocks = fixed
        extra = [e for e in F.EXTRA if e["file"] == path.name]
        text2 = head + "".join(new_blocks)
        if extra:
            text2 = text2.rstrip("\n") + "\n\n# ---- Earlier classes and schedules (tools/importers/gb_history) ----\n\n"
            text2 += "\n".join(emit({k: v for k, v in e.items() if k != "file"}) for e in extra)
            stats["added"] += len(extra)
        tomllib.loads(text2)
        if not dry:
            path.write_text(text2)
    print(stats)


if __name__ == "__main__":
    main("--dry-run" in sys.argv)
