#!/usr/bin/env python3
"""Dev-only: validate the project's TOML and measure EU / UK / Canadian recall.

Reads every data/**/*.toml with tomllib (the project's own data, all curators'
files) and the reference lists in /work/shared/reference.

Validation (all files): ids unique; every reference resolves (listing ->
substance / instrument, classes -> class records, [[names]] -> substance);
announced <= effective < until; citation and source present; CAS check digits;
names unique within a substance.

Recall:
  EU  share of the CAS numbers of the EU precursor annexes (reference csv)
      that have an EU listing in force on 2026-11-28;
  UK  share of the gov.uk list entries with a whole name (not cut short by the
      reference parser) that resolve by exact normalised name or synonym to a
      substance with a gb-mda-1971 listing of that entry's class in force on
      the list's date; the 2001-as-made rows are reported separately;
  CA  every item of the CDSA schedules: included items must have a listing
      with the item number in `code`; items excluded by "but not including"
      must appear in the parent item's `exceptions`; repealed items are counted
      apart.

Exit status 1 when validation fails or a target is missed (EU >= 98 %,
UK >= 95 %, CA = 100 %).  Usage: python3 tools/importers/eu_gb_ca/check_recall_eu_gb_ca.py [-v]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tools/importers: common
from common import cas_ok  # noqa: E402

import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eu_gb_ca_parse as P  # noqa: E402

from common import ROOT  # noqa: E402
DATA = ROOT / "data"
DAY = "2026-11-28"
VERBOSE = "-v" in sys.argv


def load():
    recs = defaultdict(list)
    errors = []
    for f in sorted(DATA.rglob("*.toml")):
        try:
            d = tomllib.loads(f.read_text(encoding="utf-8"))
        except Exception as e:
            errors.append(f"{f.relative_to(ROOT)}: TOML error: {e}")
            continue
        for k in ("substance", "names", "instrument", "listing", "jurisdiction"):
            for r in d.get(k, []):
                recs[k].append(dict(r, _file=str(f.relative_to(ROOT))))
    return recs, errors


def validate(recs):
    errs = []
    subs = {}
    for s in recs["substance"]:
        if s["id"] in subs:
            errs.append(f"duplicate substance id {s['id']} ({s['_file']}, {subs[s['id']]['_file']})")
        subs[s["id"]] = s
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", s["id"]):
            errs.append(f"bad id {s['id']!r} ({s['_file']})")
        for c in [s.get("cas")] + list(s.get("other_cas", [])) + [x.get("cas") for x in s.get("salts", [])]:
            if c and not P.cas_ok(c):
                errs.append(f"CAS check digit fails: {s['id']} {c}")
    insts = {i["id"]: i for i in recs["instrument"]}
    jur = {j["code"] for j in recs["jurisdiction"]}
    for i in recs["instrument"]:
        if i["jurisdiction"] not in jur:
            errs.append(f"instrument {i['id']}: unknown jurisdiction {i['jurisdiction']}")
    for s in recs["substance"]:
        for c in s.get("classes", []):
            if c not in subs or subs[c].get("kind") != "class":
                errs.append(f"substance {s['id']}: class {c} does not resolve to a class record")
    names_by = defaultdict(list)
    for s in subs.values():
        names_by[s["id"]].append(s["name"])
        for v in (s.get("names") or {}).values():
            names_by[s["id"]].extend(v)
    for n in recs["names"]:
        if n.get("substance") not in subs:
            errs.append(f"[[names]] for unknown substance {n.get('substance')} ({n['_file']})")
            continue
        if not n.get("source"):
            errs.append(f"[[names]] for {n['substance']} without source ({n['_file']})")
        for c in n.get("classes", []):
            if c not in subs or subs[c].get("kind") != "class":
                errs.append(f"[[names]] {n['substance']}: class {c} does not resolve")
        for c in n.get("other_cas", []):
            if not P.cas_ok(c):
                errs.append(f"[[names]] {n['substance']}: CAS check digit fails {c}")
    for sid, ns in names_by.items():
        seen = set()
        for x in ns:
            if x in seen:
                errs.append(f"substance {sid}: duplicate name {x!r}")
            seen.add(x)
    keys = {}
    for l in recs["listing"]:
        k = (l.get("substance"), l.get("instrument"), l.get("schedule"), l.get("code"), l.get("effective"))
        if k in keys:
            errs.append(f"duplicate listing {k} ({l['_file']}, {keys[k]})")
        keys[k] = l["_file"]
    for l in recs["listing"]:
        where = f"listing {l.get('substance')}/{l.get('instrument')}/{l.get('schedule')} ({l['_file']})"
        if l.get("substance") not in subs:
            errs.append(f"{where}: unknown substance")
        if l.get("instrument") not in insts:
            errs.append(f"{where}: unknown instrument")
        if not l.get("citation") or not all(isinstance(c, str) and c.strip() for c in l["citation"]):
            errs.append(f"{where}: no citation")
        if not l.get("source"):
            errs.append(f"{where}: no source")
        eff, ann, until = l.get("effective"), l.get("announced"), l.get("until")
        if not eff or not re.fullmatch(r"\d{4}-\d\d-\d\d", eff):
            errs.append(f"{where}: bad effective {eff!r}")
        if ann and ann > eff:
            errs.append(f"{where}: announced {ann} after effective {eff}")
        if until and until <= eff:
            errs.append(f"{where}: until {until} not after effective {eff}")
    return errs, subs


def in_force(l, day):
    return l["effective"] <= day and (not l.get("until") or l["until"] > day)


def name_index(recs, subs):
    idx = defaultdict(set)
    for s in subs.values():
        idx[P.norm(s["name"])].add(s["id"])
        for k, v in (s.get("names") or {}).items():
            for x in v:
                idx[P.norm(x.split(":", 1)[1] if k == "other" and ":" in x else x)].add(s["id"])
    for n in recs["names"]:
        for k, v in n.items():
            if k in ("en", "abbreviation", "brand", "dea", "zh", "other") and isinstance(v, list):
                for x in v:
                    idx[P.norm(x)].add(n["substance"])
    return idx


def eu_recall(recs, subs):
    by_cas = defaultdict(set)
    for s in subs.values():
        for c in [s.get("cas")] + list(s.get("other_cas", [])):
            if c:
                by_cas[c].add(s["id"])
    for n in recs["names"]:
        for c in n.get("other_cas", []):
            by_cas[c].add(n["substance"])
    lst = defaultdict(list)
    for l in recs["listing"]:
        lst[l["substance"]].append(l)
    cas_all = sorted({r["cas"] for r in P.eu_rows() if r["cas"]})
    hit, miss = [], []
    for c in cas_all:
        ok = any(l["instrument"] in ("eu-273-2004", "eu-111-2005") and in_force(l, DAY)
                 for sid in by_cas.get(c, ()) for l in lst[sid])
        (hit if ok else miss).append(c)
    return len(hit), len(cas_all), miss


def uk_candidates(name):
    name = name.strip()
    out = [name, name.split(" (")[0]]
    if re.search(r"-a-|-a,", name):  # the parser wrote "a" for a lost alpha
        out.append(re.sub(r"-a([-,])", r"-α\1", name))
    head, groups = P.split_parens(name)
    if head:
        out.append(head)
        out.extend(p for p in head.split("/") if "/" in head)
    for g in groups:
        out.extend(P.split_group(g))
    return [o for o in out if len(P.norm(o)) >= 2]


def uk_recall(recs, subs, idx):
    lst = defaultdict(list)
    for l in recs["listing"]:
        lst[l["substance"]].append(l)
    rows = P.uk_rows()
    res = {"govuk": [0, 0, []], "si2001": [0, 0, []]}
    cut = {"govuk": 0, "si2001": 0}
    for r in rows:
        if r["junk"]:
            continue
        if not r["whole"]:
            cut[r["src"]] += 1
            continue
        sids = set()
        for c in uk_candidates(r["name"]):
            sids |= idx.get(P.norm(c), set())
        if r["src"] == "govuk":
            want = f"Class {r['cls']}"
            ok = any(l["instrument"] == "gb-mda-1971" and l["schedule"] == want and in_force(l, P.UK_LIST_DATE)
                     for sid in sids for l in lst[sid])
        else:
            ok = any(l["instrument"] in ("gb-mda-1971", "gb-mdr-2001") for sid in sids for l in lst[sid])
        bucket = res[r["src"]]
        bucket[1] += 1
        if ok:
            bucket[0] += 1
        else:
            bucket[2].append(f"{r['name']} ({r['cls'] or '-'}/{r['sched'] or '-'})")
    return res, cut


def ca_recall(recs):
    items = P.ca_items()
    codes = defaultdict(list)
    for l in recs["listing"]:
        if l["instrument"] in ("ca-cdsa", "ca-cdsa-precursors") and l.get("code"):
            codes[l["code"]].append(l)
            # other files write the item number alone ("16(5)") with the schedule in `schedule`
            m = re.match(r"Schedule (IX|IV|V|I{1,3}|VI)\b(?:, Part (\d))?", l.get("schedule", ""))
            if m and not re.match(r"^(IX|IV|VI|V|I{1,3})-", l["code"]):
                pre = m.group(1) + "-" + (f"P{m.group(2)}-" if m.group(2) else "")
                codes[pre + l["code"]].append(l)
    stats = dict(included=0, included_ok=0, excluded=0, excluded_ok=0, repealed=0)
    miss = []
    per_sched = defaultdict(lambda: [0, 0])
    for it in items:
        key = it["schedule"] + (f" Part {it['part']}" if it["part"] and it["schedule"] in ("V", "VI") else "")
        if it["repealed"]:
            stats["repealed"] += 1
            continue
        if it["excluded"]:
            stats["excluded"] += 1
            parent = codes.get(it["parent"], [])
            if any(f"subitem {it['label']}" in (l.get("exceptions") or "") for l in parent):
                stats["excluded_ok"] += 1
            else:
                miss.append(f"{it['code']} (excluded sub-item not in parent's exceptions)")
            continue
        stats["included"] += 1
        per_sched[key][1] += 1
        if codes.get(it["code"]):
            stats["included_ok"] += 1
            per_sched[key][0] += 1
        else:
            miss.append(f"{it['code']}: {it['text'][:70]}")
    return stats, dict(per_sched), miss


def main():
    recs, errs = load()
    verrs, subs = validate(recs)
    errs += verrs
    idx = name_index(recs, subs)
    print(f"records: {len(recs['substance'])} substances, {len(recs['names'])} [[names]], {len(recs['listing'])} listings")
    print(f"validation: {len(errs)} error(s)")
    for e in errs[:200 if VERBOSE else 30]:
        print("  ", e)
    failed = bool(errs)

    h, n, miss = eu_recall(recs, subs)
    pct = 100.0 * h / n if n else 0
    print(f"EU: {h}/{n} CAS of the reference annexes have an EU listing in force on {DAY} = {pct:.1f}% (target 98%)")
    for c in miss:
        print("   miss:", c, next((r["name"] for r in P.eu_rows() if r["cas"] == c), ""))
    failed |= pct < 98

    res, cut = uk_recall(recs, subs, idx)
    g = res["govuk"]
    pct = 100.0 * g[0] / g[1] if g[1] else 0
    print(f"UK gov.uk list: {g[0]}/{g[1]} whole-name entries resolve to a substance with a gb-mda-1971 listing of their class "
          f"= {pct:.1f}% (target 95%); {cut['govuk']} entries with names cut short by the parser left out")
    for m in g[2][: None if VERBOSE else 40]:
        print("   miss:", m)
    s = res["si2001"]
    print(f"UK 2001-as-made rows: {s[0]}/{s[1]} whole-name substance rows resolve to a substance with a gb listing; "
          f"{cut['si2001']} cut-short rows left out")
    for m in s[2][: None if VERBOSE else 20]:
        print("   miss:", m)
    failed |= pct < 95

    stats, per, miss = ca_recall(recs)
    print(f"CA: {stats['included_ok']}/{stats['included']} included items have a listing with their item number; "
          f"{stats['excluded_ok']}/{stats['excluded']} excluded sub-items recorded in the parent's exceptions; "
          f"{stats['repealed']} repealed items")
    for k in sorted(per):
        print(f"   Schedule {k}: {per[k][0]}/{per[k][1]}")
    for m in miss:
        print("   miss:", m)
    failed |= bool(miss)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
