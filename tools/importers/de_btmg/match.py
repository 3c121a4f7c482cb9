"""Match every entry of BtMG Anlagen I-III to an existing substance record.

Writes match.json: one object per TSV row with the candidate ids found and how.
"""
import json, re, sys
from common import *

subs, names_recs = load_data()
idx = {}
def add(key, sid, how):
    if key:
        idx.setdefault(key, set()).add(sid)
for sid, s in subs.items():
    for n in all_names(s):
        add(norm(n), sid, "name")
    if s.get("cas"):
        add("cas:" + s["cas"], sid, "cas")
for n in names_recs:
    for k, v in n.items():
        if isinstance(v, list) and k not in ("classes", "reviewed_in", "other_cas"):
            for x in v:
                add(norm(x.split(":", 1)[1] if k == "other" and re.match(r"^[a-z]{2}:", x) else x), n["substance"], "names")

# German -> English spelling variants of an INN or trivial name
def variants(name):
    name = fix_quirks(name.strip())
    v = {name}
    base = name
    v.add(base + "e")
    v.add(base.replace("c", "k"))
    v.add(re.sub(r"^Co", "Co", base))
    for a, b in [("Kokain", "Cocaine"), ("amfetamin", "amfetamine"), ("Amfetamin", "Amfetamine"), ("phetamin", "phetamine"),
                 ("säure", " acid"), ("Lysergid", "Lysergide"), ("Cannabis", "Cannabis"), ("tryptamin", "tryptamine"),
                 ("Tryptamin", "Tryptamine"), ("ethylamin", "ethylamine"), ("Mescalin", "Mescaline"), ("Psilocin", "Psilocine"),
                 ("Psilocybin", "Psilocybine"), ("yl)", "yl)"), ("Ecgonin", "Ecgonine"), ("Thebain", "Thebaine"),
                 ("Morphin", "Morphine"), ("morphin", "morphine"), ("codein", "codeine"), ("Codein", "Codeine"),
                 ("Cathin", "Cathine"), ("Cathinon", "Cathinone"), ("cathinon", "cathinone"), ("fentanyl", "fentanyl"),
                 ("on", "one"), ("in", "ine"), ("ol", "ol"), ("Tilidin", "Tilidine"), ("Phenazocin", "Phenazocine")]:
        if a in base:
            v.add(base.replace(a, b))
            v.add(base.replace(a, b) + "e")
    # trailing -on / -in / -an -> -one / -ine / -ane
    for suf, rep in [("on", "one"), ("in", "ine"), ("an", "ane"), ("id", "ide"), ("at", "ate"), ("ol", "ole")]:
        if base.endswith(suf):
            v.add(base[: -len(suf)] + rep)
    v.add(base.replace("Dl", "DI"))
    return v

rows = read_anlagen()
out = []
for r in rows:
    cands = {}
    tried = []
    srcs = []
    if r["inn"]: srcs.append(("inn", r["inn"]))
    if r["bold_text"]: srcs.append(("bold", r["bold_text"]))
    on = r["other_names"]
    # split other names: parentheses and commas
    for part in re.split(r"[,;]|\s\(|\)\s*|\(", on):
        part = part.strip(" ()")
        if part and len(part) > 1 and "ausgenommen" not in part:
            srcs.append(("other", part))
    if on: srcs.append(("other_full", on))
    if r["iupac"]: srcs.append(("iupac", r["iupac"]))
    for how, nm in srcs:
        for vv in variants(nm):
            k = norm(vv)
            if k in idx:
                for sid in idx[k]:
                    cands.setdefault(sid, set()).add(how)
    out.append({"anlage": r["anlage"], "row": r["row"], "inn": r["inn"], "other": on, "bold": r["bold_text"],
                "iupac": r["iupac"], "cands": {k: sorted(v) for k, v in cands.items()}})
json.dump(out, open(os.path.join(HERE, "match.json"), "w"), ensure_ascii=False, indent=1)
n0 = sum(1 for o in out if not o["cands"]); n2 = sum(1 for o in out if len(o["cands"]) > 1)
print(len(out), "rows; unmatched", n0, "; ambiguous", n2)
