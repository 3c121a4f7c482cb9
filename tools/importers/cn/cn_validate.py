#!/usr/bin/env python3
"""Dev-only: validate the project's TOML (all of data/, errors reported for the CN
files written by import_cn.py, warnings for others): ids unique, references
resolve, announced <= effective < until, citation and source present, CAS check
digits, names unique within a substance."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tools/importers: common
from common import cas_ok  # noqa: E402

import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

from common import ROOT  # noqa: E402
DATA = ROOT / "data"
MINE = {DATA / "substances" / "cn.toml"} | {p for p in (DATA / "listings" / "cn").glob("*.toml")
                                           if p.name != "fentanyl-family.toml"}

SUB_KEYS = {"id", "name", "kind", "names", "cas", "other_cas", "salts", "dea_code", "incb_code", "pubchem_cid",
            "inchikey", "smiles", "formula", "classes", "reviewed_in", "note", "definition"}
LIST_KEYS = {"substance", "instrument", "schedule", "code", "announced", "effective", "precision", "until", "temporary",
             "scope", "exceptions", "threshold", "narcotic", "hs_code", "citation", "source", "note"}
NAME_KEYS = {"substance", "en", "zh", "abbreviation", "brand", "dea", "other", "other_cas", "classes", "reviewed_in", "source"}
SCOPE_WORDS = {"salts", "isomers", "optical-isomers", "geometric-isomers", "position-isomers", "salts-of-isomers",
               "esters", "ethers", "salts-of-esters-and-ethers", "preparations", "immediate-precursor"}
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")




def main():
    errors, warnings = [], []
    subs, insts, records = {}, set(), []
    for p in sorted(DATA.rglob("*.toml")):
        try:
            d = tomllib.loads(p.read_text())
        except Exception as e:  # noqa: BLE001
            (errors if p in MINE else warnings).append("%s: TOML error %s" % (p, e))
            continue
        for s in d.get("substance", []):
            if s.get("id") in subs:
                (errors if p in MINE else warnings).append("%s: duplicate id %s" % (p.name, s.get("id")))
            subs[s.get("id")] = (s, p)
        for i in d.get("instrument", []):
            insts.add(i["id"])
        for k in ("listing", "names"):
            for r in d.get(k, []):
                records.append((k, r, p))
    for sid, (s, p) in subs.items():
        out = errors if p in MINE else warnings
        bad = set(s) - SUB_KEYS
        if bad:
            out.append("%s: %s unknown keys %s" % (p.name, sid, bad))
        if not re.fullmatch(r"[a-z0-9-]+", sid or ""):
            out.append("%s: bad id %r" % (p.name, sid))
        for c in [s.get("cas")] + s.get("other_cas", []) + [x.get("cas") for x in s.get("salts", [])]:
            if c and not cas_ok(c):
                out.append("%s: %s CAS %s fails check digit" % (p.name, sid, c))
        for c in s.get("classes", []):
            if c not in subs or subs[c][0].get("kind") != "class":
                out.append("%s: %s class %s unresolved" % (p.name, sid, c))
        allnames = [s.get("name")] + [n for v in s.get("names", {}).values() for n in v]
        if len(allnames) != len(set(allnames)):
            out.append("%s: %s duplicate names" % (p.name, sid))
    for kind, r, p in records:
        out = errors if p in MINE else warnings
        if kind == "names":
            bad = set(r) - NAME_KEYS
            if bad:
                out.append("%s: names %s unknown keys %s" % (p.name, r.get("substance"), bad))
            if r.get("substance") not in subs:
                out.append("%s: names for unknown substance %s" % (p.name, r.get("substance")))
            if not r.get("source"):
                out.append("%s: names %s without source" % (p.name, r.get("substance")))
            for c in r.get("classes", []):
                if c not in subs:
                    out.append("%s: names %s class %s unresolved" % (p.name, r.get("substance"), c))
            continue
        sid = r.get("substance")
        bad = set(r) - LIST_KEYS
        if bad:
            out.append("%s: listing %s unknown keys %s" % (p.name, sid, bad))
        if sid not in subs:
            out.append("%s: listing for unknown substance %s" % (p.name, sid))
        if r.get("instrument") not in insts:
            out.append("%s: listing %s unknown instrument %s" % (p.name, sid, r.get("instrument")))
        if not r.get("citation") or not r.get("source"):
            out.append("%s: listing %s without citation/source" % (p.name, sid))
        for w in r.get("scope", []):
            if w not in SCOPE_WORDS:
                out.append("%s: listing %s bad scope word %s" % (p.name, sid, w))
        a, e, u = r.get("announced"), r.get("effective"), r.get("until")
        for x in (a, e, u):
            if x is not None and not DATE.fullmatch(x):
                out.append("%s: listing %s bad date %r" % (p.name, sid, x))
        if not e:
            out.append("%s: listing %s without effective" % (p.name, sid))
        if a and e and not a <= e:
            out.append("%s: listing %s announced %s > effective %s" % (p.name, sid, a, e))
        if u and e and not e < u:
            out.append("%s: listing %s effective %s >= until %s" % (p.name, sid, e, u))
    for w in warnings[:20]:
        print("warning (not a CN file):", w)
    for e in errors:
        print("ERROR:", e)
    print("%d substances, %d records; %d errors in CN files, %d warnings elsewhere"
          % (len(subs), len(records), len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
