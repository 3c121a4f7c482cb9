#!/usr/bin/env python3
"""Dev check for the Canadian listing history: answers "was it controlled on D?" for every
substance controlled in Canada on a reference date, the way the registry's `verdict_for` does
(the substance's own Canadian listings and those of the classes it is recorded as falling under;
window semantics of the date model: before not_before the earlier state, not_before..not_after-1
unknown, from not_after in force; before the earliest listing "not controlled" only if that
listing is marked `added`). Class records are left out of the share, as in
`cargo run --example coverage -- --in CA`. Prints the unknown share on a few dates with the
substances concerned, and `added` listings that are not the substance's earliest Canadian listing.

    python3 tools/importers/ca_history/check_history.py [YYYY-MM-DD ...]
"""
import tomllib, glob, pathlib, sys, collections

ROOT = pathlib.Path(__file__).resolve().parents[3]
REF = "2026-11-28"

def bounds(v):
    if v is None:
        return None
    if isinstance(v, str):
        return (v, v)
    return (v.get("not_before"), v.get("not_after"))

def lo(l):
    e = bounds(l["effective"])
    if l.get("precision") == "in-force-by":
        return "0000"
    return e[0] or "0000"

def state(l, d):
    e = bounds(l["effective"])
    if l.get("precision") == "in-force-by":
        e = (None, l["effective"])
    u = bounds(l.get("until"))
    if u and u[0] is not None and d >= u[0]:
        return "unknown" if (u[1] is None or d < u[1]) else "off"
    if e[1] is not None and d >= e[1]:
        return "on"
    if e[0] is None or d >= e[0]:
        return "unknown"
    return "before"

def load():
    subs, classes = {}, collections.defaultdict(set)
    for f in sorted(glob.glob(str(ROOT / "data/substances/*.toml"))):
        t = tomllib.load(open(f, "rb"))
        for s in t.get("substance", []):
            subs[s["id"]] = s
            classes[s["id"]].update(s.get("classes", []))
        for n in t.get("names", []):
            classes[n["substance"]].update(n.get("classes", []))
    for f in sorted(glob.glob(str(ROOT / "data/listings/*/*.toml"))):
        t = tomllib.load(open(f, "rb"))
        for s in t.get("substance", []):
            subs[s["id"]] = s
            classes[s["id"]].update(s.get("classes", []))
        for n in t.get("names", []):
            classes[n["substance"]].update(n.get("classes", []))
    ls = []
    for f in sorted(glob.glob(str(ROOT / "data/listings/ca/*.toml"))):
        ls += tomllib.load(open(f, "rb")).get("listing", [])
    return subs, classes, ls

def verdict(refs, d):
    st = [state(l, d) for l in refs]
    if "on" in st:
        return "controlled"
    if "unknown" in st:
        return "unknown"
    first = min(refs, key=lo)
    if d < lo(first) and not first.get("added"):
        return "unknown"
    return "not controlled"

def main():
    subs, classes, ls = load()
    by = collections.defaultdict(list)
    for l in ls:
        by[l["substance"]].append(l)
    def refs(sid):
        r = list(by.get(sid, []))
        for c in classes.get(sid, ()):
            r += by.get(c, [])
        return r
    cands = [s for s in subs if subs[s].get("kind") != "class" and refs(s)]
    today = [s for s in cands if verdict(refs(s), REF) == "controlled"]
    print(f"CA listings {len(ls)}; non-class substances controlled on {REF}: {len(today)}")
    for d in sys.argv[1:] or ["2005-01-01", "2012-01-01", "2016-01-01"]:
        c = collections.Counter()
        unk = []
        for s in today:
            r = verdict(refs(s), d)
            c[r] += 1
            if r == "unknown":
                unk.append(s)
        print(f"{d}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())) + f"  -> unknown {100*c['unknown']/len(today):.1f}%")
        print("   unknown:", " ".join(sorted(unk)))
    bad = []
    for s, xs in by.items():
        first = min(lo(l) for l in xs)
        for l in xs:
            if l.get("added") and lo(l) > first:
                bad.append((s, l.get("code")))
    print("added but not earliest:", bad)

if __name__ == "__main__":
    main()
