#!/usr/bin/env python3
"""Dev-only: mark listings that the record shows as a substance's first control
in its jurisdiction (`added = true`, see data/SCHEMA.md).

Before a substance's earliest listing in a jurisdiction, the registry answers
"not controlled" only for such listings; otherwise "unknown". The rules below
say, per list, which listings are additions of substances that were not
controlled there before. Listings whose status before is not established stay
unmarked (and so give "unknown" before them).

Usage: python3 tools/importers/maintenance/mark_first_controls.py FILE.toml [...]
Idempotent: a listing already carrying `added` is left as it is.
"""
import re
import sys
import tomllib

# Fentanyl family: first controls established in the notes and citations of
# data/listings/*/fentanyl-family.toml.
FAMILY_FIRST = {
    ("cn-precursors", "*"),
    ("cn-nonmedical-supplementary", "*"),
    ("us-csa", "4-anpp"), ("us-csa", "norfentanyl"), ("us-csa", "us-fentanyl-related-substances"),
    ("us-csa", "acetylfentanyl"), ("us-csa", "furanylfentanyl"), ("us-csa", "acrylfentanyl"),
    ("us-csa", "ocfentanil"), ("us-csa", "valerylfentanyl"),
    ("us-listed-chemicals", "*"),
    ("un-1988", "*"), ("un-1961", "*"),
    ("eu-273-2004", "*"), ("eu-111-2005", "*"), ("gb-precursors", "*"),
}

FIRST_NOTE = re.compile(r"^(Controlled as|Inserted|Mephedrone and other|O-desmethyltramadol added|Generic definition of cathinone)", re.I)


def first_control(l, family):
    inst, sub, eff = l["instrument"], l["substance"], l["effective"]
    prec = l.get("precision", "day")
    if prec == "in-force-by":
        return False
    if family:
        if inst == "us-csa" and l.get("temporary") is False and sub != "4-anpp" and sub != "norfentanyl" and sub != "us-fentanyl-related-substances":
            return False  # permanent placements follow a temporary order (the earliest listing)
        return (inst, "*") in FAMILY_FIRST or (inst, sub) in FAMILY_FIRST
    if inst.startswith("cn-"):
        # China's history is recorded from the 2013 catalogues (in force 2014-01-01):
        # anything first listed after that was newly controlled.
        return eff > "2014-01-01"
    if inst in ("eu-273-2004", "eu-111-2005", "gb-precursors"):
        return eff > "2005-08-18"  # earlier: the predecessor regulations of 1990-1992
    if inst == "un-1988":
        return True  # the 1988 Convention created international precursor control; later entries are CND additions
    if inst == "un-1971":
        return True
    if inst == "un-1961":
        return eff > "1964-12-13"  # original schedules continue earlier treaties
    if inst == "us-listed-chemicals":
        return True
    if inst == "us-csa" or inst == "gb-mda-1971" or inst == "ca-cdsa":
        if l.get("temporary"):
            return True
        if inst == "gb-mda-1971" and FIRST_NOTE.match(l.get("note") or ""):
            return True
        return False
    return False


def mark(path):
    text = open(path, encoding="utf-8").read()
    data = tomllib.loads(text)
    listings = data.get("listing", [])
    family = path.endswith("fentanyl-family.toml")
    parts = re.split(r"(?m)^(?=\[\[listing\]\]\s*$)", text)
    # parts[0] is the header (and any non-listing records before the first listing).
    blocks = parts[1:]
    if len(blocks) != len(listings):
        sys.exit(f"{path}: {len(blocks)} [[listing]] blocks but {len(listings)} listings parsed; refusing to edit")
    n = 0
    out = [parts[0]]
    for block, l in zip(blocks, listings):
        if "added" not in l and first_control(l, family):
            lines = block.split("\n")
            at = next(i for i, ln in enumerate(lines) if ln.startswith("effective"))
            while at + 1 < len(lines) and re.match(r"^(precision|until|temporary) *=", lines[at + 1]):
                at += 1
            lines.insert(at + 1, "added = true")
            block = "\n".join(lines)
            n += 1
        out.append(block)
    new = "".join(out)
    tomllib.loads(new)
    open(path, "w", encoding="utf-8").write(new)
    print(f"{path}: {n} of {len(listings)} listings marked as first controls")


for p in sys.argv[1:]:
    mark(p)
