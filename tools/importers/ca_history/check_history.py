#!/usr/bin/env python3
"""Dev check for the Canadian listing history: answers "was it controlled on D?" for every
substance listed in Canada today, with the window semantics of the new date model
(before not_before: earlier state; not_before..not_after-1: unknown; from not_after: in force),
and prints the share of unknown answers on a few dates, the listings without a lower bound,
and `added` listings that are not the substance's earliest Canadian listing."""
import tomllib, glob, pathlib, sys, collections

ROOT = pathlib.Path(__file__).resolve().parents[3]
TODAY = "2026-06-14"

def bounds(v):
    if v is None:
        return None
    if isinstance(v, str):
        return (v, v)
    return (v.get("not_before"), v.get("not_after"))

def state(l, d):
    e = bounds(l["effective"])
    if l.get("precision") == "in-force-by":
        e = (None, l["effective"])
    u = bounds(l.get("until"))
    if u and u[0] is not None and d >= u[0]:
        return "unknown" if d < u[1] else "off"
    if e[1] is not None and d >= e[1]:
        return "on"
    if e[0] is None or d >= e[0]:
        return "unknown"
    return "before"

def main():
    ls = []
    for f in sorted(glob.glob(str(ROOT / "data/listings/ca/*.toml"))):
        ls += tomllib.load(open(f, "rb")).get("listing", [])
    by = collections.defaultdict(list)
    for l in ls:
        by[l["substance"]].append(l)
    today = [s for s, xs in by.items() if any(state(l, TODAY) == "on" for l in xs)]
    print(f"listings {len(ls)}; substances with a Canadian listing {len(by)}; in force on {TODAY}: {len(today)}")
    nolow = [l for l in ls if l.get("precision") == "in-force-by" or (isinstance(l["effective"], dict) and not l["effective"].get("not_before"))]
    print(f"listings without a lower bound: {len(nolow)} ({100*len(nolow)/len(ls):.1f}%)")
    for d in sys.argv[1:] or ["2005-01-01", "2012-01-01", "2020-01-01"]:
        c = collections.Counter()
        unk = []
        for s in today:
            xs = by[s]
            st = [state(l, d) for l in xs]
            if "on" in st:
                r = "controlled"
            elif "unknown" in st:
                r = "unknown"
            else:
                first = min(xs, key=lambda l: bounds(l["effective"])[0] or "0000")
                if all(x in ("before",) for x in st) and first.get("added"):
                    r = "not controlled"
                elif all(x in ("before", "off") for x in st) and "off" in st:
                    r = "not controlled"
                else:
                    r = "unknown"
            c[r] += 1
            if r == "unknown":
                unk.append(s)
        print(f"{d}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())) + f"  -> unknown {100*c['unknown']/len(today):.1f}%")
        print("   unknown:", " ".join(sorted(unk)))
    bad = []
    for s, xs in by.items():
        first = min(bounds(l["effective"])[0] or "0000" for l in xs)
        for l in xs:
            if l.get("added") and (bounds(l["effective"])[0] or "0000") > first:
                bad.append((s, l.get("code")))
    print("added but not earliest:", bad)

if __name__ == "__main__":
    main()
