#!/usr/bin/env python3
"""Dev-only recall check for China, computed from the project's TOML (data/)
against the catalogue transcriptions in /work/shared/reference/china-catalogues-2025-07.

1. CAS recall: of the CAS numbers in the catalogues (2013 lists, 增补目录 batches,
   both 2025 transcriptions), how many resolve (parent CAS, other_cas, salts,
   [[names]] other_cas) to a substance with a CN listing in force on the check
   date (default 2026-11-28)?
2. 增补目录 batches: each entry must be controlled in CN on its batch's effective
   date, and not the day before unless it was listed earlier in another CN list.
3. The 2025-07-01 switch: a few probes that must differ between 2025-06-30 and
   2025-07-01.

Usage: python3 tools/importers/cn/check_recall_cn.py [--on YYYY-MM-DD] [-v]
Exit status 1 when CAS recall < 98% or a batch entry fails.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tools/importers: common
from common import cas_ok  # noqa: E402

import datetime as dt
import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

from common import ROOT  # noqa: E402
sys.path.insert(0, str(ROOT / "scripts"))
import cn_parse  # noqa: E402

DATA = ROOT / "data"
CN_INSTRUMENTS = None




def cas_in(text):
    return ["-".join(m.groups()) for m in re.finditer(r"\b(\d{2,7})-(\d{2})-(\d)\b", (text or "").replace("--", "-"))]


def load():
    subs, listings, names, insts = {}, [], [], {}
    for p in sorted(DATA.rglob("*.toml")):
        d = tomllib.loads(p.read_text())
        for s in d.get("substance", []):
            subs[s["id"]] = s
        listings += d.get("listing", [])
        names += d.get("names", [])
        for i in d.get("instrument", []):
            insts[i["id"]] = i
    cn_inst = {i for i, x in insts.items() if x["jurisdiction"] == "CN"}
    by_cas = defaultdict(set)
    by_zh = defaultdict(set)
    classes = defaultdict(set)
    for sid, s in subs.items():
        for c in [s.get("cas")] + s.get("other_cas", []) + [x.get("cas") for x in s.get("salts", [])]:
            if c:
                by_cas[c].add(sid)
        for z in s.get("names", {}).get("zh", []):
            by_zh[z].add(sid)
        classes[sid] |= set(s.get("classes", []))
    for n in names:
        for c in n.get("other_cas", []):
            by_cas[c].add(n["substance"])
        for z in n.get("zh", []):
            by_zh[z].add(n["substance"])
        classes[n["substance"]] |= set(n.get("classes", []))
    cn_list = defaultdict(list)
    for l in listings:
        if l["instrument"] in cn_inst:
            cn_list[l["substance"]].append(l)
    return subs, cn_list, by_cas, by_zh, classes


def in_force(cn_list, classes, sid, day, direct_only=False):
    ids = [sid] + ([] if direct_only else sorted(classes.get(sid, ())))
    for i in ids:
        for l in cn_list.get(i, []):
            if l["effective"] <= day and (l.get("until") is None or day < l["until"]):
                return l
    return None


def norm_zh(z):
    return re.sub(r"\s+", "", z.replace("*", ""))


def main():
    args = sys.argv[1:]
    day = args[args.index("--on") + 1] if "--on" in args else "2026-11-28"
    verbose = "-v" in args
    subs, cn_list, by_cas, by_zh, classes = load()
    ok = True

    # ---------------------------------------------------------------- 1. CAS recall
    rows = []
    for r in cn_parse.parse_2013():
        rows.append(("2013 " + r["section"], r))
    for r in cn_parse.parse_supplementary():
        rows.append(("增补目录 " + r["effective"], r))
    for r in cn_parse.parse_structured_2025():
        rows.append(("2025 structured " + r["section"], r))
    for r in cn_parse.parse_overdrive_2025():
        rows.append(("2025 overdrive " + r["section"], r))
    cas_rows = defaultdict(list)
    invalid = set()
    for src, r in rows:
        for c in cas_in(r["cas"]):
            if cas_ok(c):
                cas_rows[c].append("%s #%s %s" % (src, r["no"], r["zh"][:20]))
            else:
                invalid.add((c, "%s #%s %s" % (src, r["no"], r["zh"][:20])))
    hit, miss = [], []
    for c in sorted(cas_rows):
        sids = by_cas.get(c, set())
        good = [s for s in sids if in_force(cn_list, classes, s, day)]
        (hit if good else miss).append((c, sorted(sids), cas_rows[c][0]))
    n = len(cas_rows)
    pct = 100.0 * len(hit) / n if n else 0
    print("1. CAS recall on %s: %d/%d valid catalogue CAS numbers resolve to a substance with a CN listing in force (%.1f%%)"
          % (day, len(hit), n, pct))
    print("   (%d CAS strings in the transcriptions fail the check digit and are not counted: %s)"
          % (len(invalid), ", ".join(sorted({c for c, _ in invalid}))))
    groups = defaultdict(lambda: [0, 0])
    hitset = {c for c, _, _ in hit}
    for c, wh in cas_rows.items():
        for g in {w.split(" ")[0] for w in wh}:
            groups[g][1] += 1
            groups[g][0] += c in hitset
    for g in sorted(groups):
        print("   %-14s %d/%d" % (g, *groups[g]))
    for c, sids, where in miss:
        print("   MISS %s -> %s  (%s)" % (c, ",".join(sids) or "no substance", where))
    if pct < 98.0:
        ok = False

    # ---------------------------------------------------------------- 2. 增补目录 batches
    print("2. 增补目录 batches: controlled on the batch date and not the day before")
    fails = []
    per_batch = defaultdict(lambda: [0, 0])
    for r in cn_parse.parse_supplementary():
        eff = r["effective"]
        before = (dt.date.fromisoformat(eff) - dt.timedelta(days=1)).isoformat()
        sids = set()
        for c in cas_in(r["cas"]):
            sids |= by_cas.get(c, set())
        if not sids:
            sids |= by_zh.get(norm_zh(r["zh"]), set())
        per_batch[eff][1] += 1
        if not sids:
            fails.append("%s #%s %s: no substance" % (eff, r["no"], r["zh"]))
            continue
        if len(sids) > 1:
            # several ids share the CAS: take the one with a CN listing effective on the batch date
            pick = [s for s in sids if any(l["effective"] == eff for l in cn_list.get(s, []))]
            sids = set(pick) or sids
        sid = sorted(sids)[0]
        on = in_force(cn_list, classes, sid, eff)
        prev = in_force(cn_list, classes, sid, before)
        if not on:
            fails.append("%s #%s %s (%s): not controlled on %s" % (eff, r["no"], r["zh"], sid, eff))
        elif prev:
            fails.append("%s #%s %s (%s): already controlled on %s by %s %s (effective %s)"
                         % (eff, r["no"], r["zh"], sid, before, prev["instrument"], prev["schedule"], prev["effective"]))
        else:
            per_batch[eff][0] += 1
    for eff in sorted(per_batch):
        print("   batch %s: %d/%d pass" % (eff, *per_batch[eff]))
    for f in fails:
        print("   FAIL", f)
    if fails:
        ok = False

    # ---------------------------------------------------------------- 3. the 2025-07-01 switch
    print("3. 2025-06-30 vs 2025-07-01")
    for sid in ("suvorexant", "etizolam", "midazolam", "carisoprodol", "ketamine", "heroin"):
        a = in_force(cn_list, classes, sid, "2025-06-30")
        b = in_force(cn_list, classes, sid, "2025-07-01")
        fmt = lambda l: ("%s %s" % (l["instrument"], l["schedule"])) if l else "not controlled"
        print("   %-14s 2025-06-30: %-40s 2025-07-01: %s" % (sid, fmt(a), fmt(b)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
