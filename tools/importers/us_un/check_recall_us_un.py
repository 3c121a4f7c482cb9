#!/usr/bin/env python3
"""Validate the US/UN TOML files and compute recall against the reference lists.

Recall (acceptance of issue 3): the share of
  - DEA Orange Book codes (raw_dea/dea_c_cs_alpha.txt, 08-Apr-26),
  - DEA List I / List II chemical codes (eCFR 21 CFR 1310.02 and the DEA chemical list),
  - CAS numbers of the INCB Yellow, Green and Red lists (csv/incb_*_list.csv),
that resolve to a substance of the project's data with a listing in force on TODAY in the
right jurisdiction (US: us-csa / us-listed-chemicals; UN: un-1961 / un-1971 / un-1988).
Reads every data/**/*.toml with tomllib (the fentanyl family lives in other files).

Usage: python3 tools/importers/us_un/check_recall_us_un.py [--today YYYY-MM-DD]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tools/importers: common

import glob
import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import cas_ok  # noqa: E402
from us_un_parse import parse_1310_02, parse_chemlist, parse_orange_book, read_csv  # noqa: E402

from common import ROOT  # noqa: E402
TODAY = "2026-11-28"
if "--today" in sys.argv:
    TODAY = sys.argv[sys.argv.index("--today") + 1]
MINE = ["data/substances/us-un*.toml", "data/listings/us/*.toml", "data/listings/un/*.toml"]
NOT_MINE = {"data/listings/us/fentanyl-family.toml", "data/listings/un/fentanyl-family.toml"}
ALLOWED_SCOPE = {"salts", "isomers", "optical-isomers", "geometric-isomers", "position-isomers", "salts-of-isomers",
                 "esters", "ethers", "salts-of-esters-and-ethers", "preparations", "immediate-precursor"}


def load_all():
    subs, listings, instruments, names = {}, [], {}, []
    files = {}
    for f in sorted(glob.glob(str(ROOT / "data" / "**" / "*.toml"), recursive=True)):
        rel = str(Path(f).relative_to(ROOT))
        try:
            d = tomllib.load(open(f, "rb"))
        except Exception as e:  # noqa: BLE001
            print(f"PARSE ERROR {rel}: {e}")
            continue
        files[rel] = d
        for s in d.get("substance", []):
            subs.setdefault(s["id"], []).append((rel, s))
        for l in d.get("listing", []):
            listings.append((rel, l))
        for i in d.get("instrument", []):
            instruments[i["id"]] = i
        for n in d.get("names", []):
            names.append((rel, n))
    return files, subs, listings, instruments, names


def mine(rel):
    return rel not in NOT_MINE and any(glob.fnmatch.fnmatch(rel, p) for p in MINE)


def validate(files, subs, listings, instruments):
    errs = []
    for sid, defs in subs.items():
        if len(defs) > 1 and any(mine(r) for r, _ in defs):
            errs.append(f"duplicate id {sid}: {[r for r, _ in defs]}")
    for sid, defs in subs.items():
        for rel, s in defs:
            if not mine(rel):
                continue
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", sid):
                errs.append(f"bad id {sid}")
            for c in [s.get("cas")] + s.get("other_cas", []) + [x.get("cas") for x in s.get("salts", [])]:
                if c and not cas_ok(c):
                    errs.append(f"{sid}: bad CAS {c}")
            allnames = [s["name"]] + [x for k, v in s.get("names", {}).items() for x in v]
            low = [x.lower() for x in allnames]
            if len(low) != len(set(low)):
                errs.append(f"{sid}: duplicate names")
            for c in s.get("classes", []):
                if c not in subs:
                    errs.append(f"{sid}: class {c} unknown")
    for rel, l in listings:
        if not mine(rel):
            continue
        tag = f"{rel}: {l.get('substance')}/{l.get('instrument')}/{l.get('schedule')}"
        if l.get("substance") not in subs:
            errs.append(f"{tag}: substance unknown")
        if l.get("instrument") not in instruments:
            errs.append(f"{tag}: instrument unknown")
        if not l.get("citation"):
            errs.append(f"{tag}: no citation")
        if not l.get("source"):
            errs.append(f"{tag}: no source")
        a, e, u = l.get("announced"), l.get("effective"), l.get("until")
        if not e or not re.fullmatch(r"\d{4}-\d\d-\d\d", e):
            errs.append(f"{tag}: bad effective {e}")
        if a and a > e:
            errs.append(f"{tag}: announced > effective")
        if u and not e < u:
            errs.append(f"{tag}: effective >= until")
        for w in l.get("scope", []):
            if w not in ALLOWED_SCOPE:
                errs.append(f"{tag}: scope word {w}")
        if l.get("precision", "day") not in ("day", "month", "year", "approximate", "in-force-by"):
            errs.append(f"{tag}: precision")
    return errs


def in_force(l):
    return l["effective"] <= TODAY and (not l.get("until") or TODAY < l["until"])


def main():
    files, subs, listings, instruments, names = load_all()
    errs = validate(files, subs, listings, instruments)
    print(f"files: {len(files)}; substances: {len(subs)}; listings: {len(listings)}")
    print(f"validation errors in US/UN files: {len(errs)}")
    for e in errs[:50]:
        print("  ERR", e)

    by_inst = defaultdict(set)        # instrument -> substance ids in force today
    code_inst = defaultdict(set)      # (instrument, code) in force today
    for rel, l in listings:
        if "effective" in l and in_force(l):
            by_inst[l["instrument"]].add(l["substance"])
            if l.get("code"):
                code_inst[(l["instrument"], l["code"])].add(l["substance"])
    dea = defaultdict(set)
    cas = defaultdict(set)
    for sid, defs in subs.items():
        for _, s in defs:
            if s.get("dea_code"):
                dea[s["dea_code"]].add(sid)
            for c in [s.get("cas")] + s.get("other_cas", []) + [x.get("cas") for x in s.get("salts", [])]:
                if c:
                    cas[c].add(sid)
    for _, n in names:
        for c in n.get("other_cas", []):
            cas[c].add(n["substance"])

    def report(title, items, resolve):
        miss = [(k, why) for k in items for ok, why in [resolve(k)] if not ok]
        n = len(items)
        print(f"\n{title}: {n - len(miss)}/{n} = {100.0 * (n - len(miss)) / max(n, 1):.1f}%")
        for k, why in miss:
            print(f"  MISS {k}: {why}")
        return n, len(miss)

    # 1. Orange Book codes
    ob = parse_orange_book()
    ob_codes = sorted({e["code"] for e in ob if e["code"]})
    us_inst = ("us-csa", "us-listed-chemicals")

    def res_dea(code, inst=us_inst):
        sids = dea.get(code, set())
        if not sids:
            return False, "no substance with this dea_code"
        if any(s in by_inst[i] for s in sids for i in inst):
            return True, ""
        return False, f"substance(s) {sorted(sids)} have no US listing in force on {TODAY}"
    report("DEA Orange Book codes (08-Apr-26)", ob_codes, res_dea)

    # 2. List I/II chemical codes
    chem_codes = sorted({r["code"] for r in parse_1310_02()} |
                        {r["code"] for r in parse_chemlist() if r["code"] and r["list"] in ("I", "II")})
    removed = {r["code"] for r in parse_chemlist() if r["list"] == "REMOVED" and r["code"]}
    cur = {r["code"] for r in parse_1310_02()}

    def res_chem(code):
        if code in removed and code not in cur:
            sids = dea.get(code, set())
            return (bool(sids), "removed chemical (only historical listing expected)") if sids else (False, "no substance")
        return res_dea(code)
    report("DEA List I/II chemical codes (1310.02 + chemical list)", chem_codes, res_chem)

    # 3. INCB CAS numbers
    for inst, f in (("un-1961", "incb_yellow_list.csv"), ("un-1971", "incb_green_list.csv"),
                    ("un-1988", "incb_red_list.csv")):
        rows = read_csv(f)
        cs = sorted({r["cas_number"] for r in rows if cas_ok(r["cas_number"])
                     and not r.get("convention_schedule", "").startswith("Intermediate")})

        def res_cas(c, inst=inst):
            sids = cas.get(c, set())
            if not sids:
                return False, "no substance with this CAS"
            if any(s in by_inst[inst] for s in sids):
                return True, ""
            return False, f"substance(s) {sorted(sids)} have no {inst} listing in force on {TODAY}"
        report(f"INCB {f} CAS numbers -> {inst}", cs, res_cas)

    # structure share
    n_drug = n_struct = 0
    for sid, defs in subs.items():
        for rel, s in defs:
            if mine(rel) and s["kind"] in ("drug", "precursor"):
                n_drug += 1
                n_struct += bool(s.get("smiles") and s.get("inchikey"))
    print(f"\nUS/UN substances (drug/precursor) with a checked structure (SMILES from PubChem InChI via RDKit, "
          f"InChIKey agreeing): {n_struct}/{n_drug} = {100.0 * n_struct / max(n_drug, 1):.1f}%")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
