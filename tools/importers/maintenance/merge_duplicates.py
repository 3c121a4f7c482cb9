#!/usr/bin/env python3
"""Dev-only: fold substance records that two imports created for the same
compound (found through PubChem synonyms: the same CID) into one id.

The duplicate's [[substance]] block becomes a [[names]] record on the kept id
(its names, CAS numbers, classes and reviewed_in), and every reference to the
duplicate id in data/ is rewritten to the kept id.

Usage: python3 tools/importers/maintenance/merge_duplicates.py
"""
import glob
import re
import tomllib

# duplicate id -> kept id (same compound: PubChem CID in the comment)
MERGE = {
    "4-androstene-3-17-dione": "4-androstenedione",  # CID 6128
    "androstenediol": "5-androstenediol",  # CID 10634
    "5f-ur-144": "xlr11",  # CID 57501498
    "4-chloromethandienone": "dehydrochloromethyltestosterone",  # CID 98521
    "lysergamide": "lysergic-acid-amide",  # CID 442072
    "metandienone": "methandienone",  # CID 6300
    "metenolone": "methenolone",  # CID 3037705
    "norboletone": "norbolethone",  # CID 66255
    "25d-nbome": "2c-d-nbome",  # CID 118536027
    "n-ethyl-nor-ketamine": "nenk",  # CID 57483649
    "bolandiol": "19-nor-4-androstenediol-3beta",  # estr-4-ene-3beta,17beta-diol
    "19-nor-4-androstene-3-17-dione": "19-nor-4-androstenedione",  # estr-4-ene-3,17-dione (CID 92834 by name)
    "19-norandrostenedione": "19-nor-4-androstenedione",  # the same compound
}


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def qlist(xs):
    return "[" + ", ".join(q(x) for x in xs) + "]"


subs = {}
for f in glob.glob("data/substances/*.toml"):
    for s in tomllib.load(open(f, "rb")).get("substance", []):
        subs[s["id"]] = (s, f)

for dup, keep in MERGE.items():
    if dup not in subs:
        print(f"{dup}: already merged")
        continue
    assert keep in subs, keep
    s, f = subs[dup]
    k, _ = subs[keep]
    text = open(f, encoding="utf-8").read()
    blocks = re.split(r"(?m)^(?=\[\[)", text)
    out = []
    for b in blocks:
        if b.startswith("[[substance]]") and re.search(rf'(?m)^id = {re.escape(q(dup))}$', b):
            names = [s["name"]] + s.get("names", {}).get("en", [])
            keep_names = {k["name"]} | set(k.get("names", {}).get("en", []))
            rec = ["[[names]]", f"substance = {q(keep)}"]
            en = [n for n in names if n not in keep_names]
            if en:
                rec.append(f"en = {qlist(en)}")
            for key in ("zh", "abbreviation", "brand", "dea", "other"):
                if s.get("names", {}).get(key):
                    rec.append(f"{key} = {qlist(s['names'][key])}")
            cas = [c for c in [s.get("cas")] + s.get("other_cas", []) if c and c != k.get("cas") and c not in k.get("other_cas", [])]
            if cas:
                rec.append(f"other_cas = {qlist(cas)}")
            if s.get("classes"):
                rec.append(f"classes = {qlist(s['classes'])}")
            if s.get("reviewed_in"):
                rec.append(f"reviewed_in = {qlist(s['reviewed_in'])}")
            rec.append(f"source = {q(f'merged from the duplicate record {dup!r} (same compound, PubChem synonyms); ' + (s.get('note') or ''))}")
            out.append("\n".join(rec) + "\n\n")
        else:
            out.append(b)
    open(f, "w", encoding="utf-8").write("".join(out))
    for g in glob.glob("data/**/*.toml", recursive=True):
        t = open(g, encoding="utf-8").read()
        t2 = re.sub(rf'(?m)^substance = {re.escape(q(dup))}$', f"substance = {q(keep)}", t)
        t2 = t2.replace(q(dup), q(keep)) if g.endswith(".toml") and q(dup) in t2 and "classes" in t2 else t2
        if t2 != t:
            open(g, "w", encoding="utf-8").write(t2)
    print(f"{dup} -> {keep}")
