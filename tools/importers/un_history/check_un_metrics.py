#!/usr/bin/env python3
"""Dev-only: share of UN listings with no lower bound, and of substances controlled today that come
back 'unknown' on given dates (a simple emulation of the window semantics of the common brief)."""
import glob
import tomllib

TODAY = "2026-12-01"


def bounds(v):
    if v is None:
        return None
    if isinstance(v, str):
        return (v, v)
    return (v.get("not_before"), v.get("not_after"))


def state(l, d):
    """'in', 'out' or 'unknown' for one listing on day d."""
    e = bounds(l["effective"])
    if l.get("precision") == "in-force-by":
        e = (None, l["effective"])
    u = bounds(l.get("until"))
    nb, na = e
    if na is not None and d >= na:
        s = "in"
    elif nb is not None and d < nb:
        s = "out"
    else:
        s = "unknown"
    if u:
        unb, una = u
        if una is not None and d >= una:
            return "out"
        if unb is not None and d >= unb and s != "out":
            return "unknown"
    return s


ls = []
for f in glob.glob("data/listings/un/*.toml"):
    ls += tomllib.load(open(f, "rb")).get("listing", [])
nolb = [l for l in ls if l.get("precision") == "in-force-by" or
        (isinstance(l["effective"], dict) and not l["effective"].get("not_before"))]
print(f"listings {len(ls)}, no lower bound {len(nolb)} ({100*len(nolb)/len(ls):.1f}%)")
subs = {}
for l in ls:
    subs.setdefault(l["substance"], []).append(l)
today = [s for s, L in subs.items() if any(state(l, TODAY) == "in" for l in L)]
print("substances controlled today:", len(today))
for d in ("2005-01-01", "2012-01-01", "2020-01-01"):
    unk = []
    for s in today:
        st = [state(l, d) for l in subs[s]]
        if "in" in st:
            continue
        if "unknown" in st:
            unk.append(s)
            continue
        first = min(subs[s], key=lambda l: bounds(l["effective"])[0] or bounds(l["effective"])[1])
        if not first.get("added"):
            unk.append(s)
    print(d, f"unknown {len(unk)} ({100*len(unk)/len(today):.1f}%):", " ".join(sorted(unk)))
