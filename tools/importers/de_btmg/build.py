"""Write the German BtMG data: data/substances/de.toml, data/listings/de/*.toml.

Inputs: the TSV extracts of BtMG Anlagen I-III (shared/reference/germany-btmg,
SOURCES.md section 7), match.json (match.py), overrides.py (hand decisions) and
history.py (dates and acts). Run match.py first, then this.
"""
import json, re, sys
from common import *
from overrides import MAP, FLEA
from history import history_for

subs, names_recs = load_data()
# existing name index (normalised key -> ids), without de.toml / listings/de (rebuilt here)
idx = {}
for sid, s in subs.items():
    if "/de.toml" in s["_file"] or "/listings/de/" in s["_file"]:
        continue
    for n in all_names(s):
        idx.setdefault(norm(n), set()).add(sid)
for n in names_recs:
    if "/listings/de/" in n["_file"]:
        continue
    for k, v in n.items():
        if isinstance(v, list) and k not in ("classes", "reviewed_in", "other_cas"):
            for x in v:
                idx.setdefault(norm(x.split(":", 1)[1] if k == "other" and re.match(r"^[a-z]{2}:", x) else x), set()).add(n["substance"])

flea = [s for s in subs if s.startswith(FLEA)]
assert len(flea) == 1
matches = {f'{o["anlage"]}:{o["row"]}': o for o in json.load(open(os.path.join(HERE, "match.json")))}


def split_names(text):
    """Spalte 2 -> names: the name, and each comma-separated item of a
    parenthesised group that follows a space (aliases, e.g. "Heroin (Diacetylmorphin,
    Diamorphin)"). Parentheses inside a word ("Psilocin-(eth)", "Δ9(11)-THC") stay.
    Descriptive groups (plants, exemptions) give no names."""
    if not text:
        return []
    text = re.sub(r"\s*[–-]\s*ausgenommen.*$", "", text).strip()
    text = re.sub(r"\s*[–-]\s*$", "", text).strip()
    main, groups, cur, depth, in_alias = "", [], "", 0, False
    for i, ch in enumerate(text):
        if ch == "(" and depth == 0 and i > 0 and text[i - 1] == " ":
            in_alias, cur = True, ""
            depth = 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0 and in_alias:
                groups.append(cur); in_alias = False; continue
        if in_alias:
            cur += ch
        else:
            main += ch
    out = [main.strip()] if main.strip() else []
    for g in groups:
        if re.match(r"^(Pflanzen|das |der |die |ausgenommen)", g) or "ausgenommen" in g:
            continue
        for part in re.split(r",\s+|;\s+", g):
            part = part.strip()
            if part:
                out.append(part)
    return out


def de_names(o):
    ns = []
    if o["inn"]:
        ns.append(o["inn"])
    ns += split_names(o["other"])
    if o["iupac"]:
        ns.append(o["iupac"])
    seen, out = set(), []
    for n in ns:
        n = n.strip()
        k = norm(n)
        if n and k not in seen:
            seen.add(k); out.append(n)
    return out


def q(s):
    return json.dumps(s, ensure_ascii=False)


def qlist(xs):
    return "[" + ", ".join(q(x) for x in xs) + "]"


def fmt_date(d):
    if isinstance(d, str):
        return q(d)
    return "{ " + ", ".join(f"{k} = {q(v)}" for k, v in d.items()) + " }"


SRC = {"I": "BtMG Anlage I (nicht verkehrsfähige Betäubungsmittel), consolidated text at gesetze-im-internet.de/btmg_1981/anlage_i.html (Stand: zuletzt geändert durch Art. 1 V v. 29.11.2024 I Nr. 379), as mirrored in shared/reference/germany-btmg",
       "II": "BtMG Anlage II (verkehrsfähige, aber nicht verschreibungsfähige Betäubungsmittel), consolidated text at gesetze-im-internet.de/btmg_1981/anlage_ii.html (Stand: zuletzt geändert durch Art. 1 V v. 29.11.2024 I Nr. 379), as mirrored in shared/reference/germany-btmg",
       "III": "BtMG Anlage III (verkehrsfähige und verschreibungsfähige Betäubungsmittel), consolidated text at gesetze-im-internet.de/btmg_1981/anlage_iii.html (Stand: zuletzt geändert durch Art. 1 V v. 29.11.2024 I Nr. 379), as mirrored in shared/reference/germany-btmg"}
INSTR = {"I": "de-btmg-anlage-i", "II": "de-btmg-anlage-ii", "III": "de-btmg-anlage-iii"}

new_subs = {}     # id -> record
names_add = {}    # existing id -> list of de names
listings = {"I": [], "II": [], "III": []}
dropped = []
resolved = {}

for key, o in matches.items():
    if key in MAP:
        v = MAP[key]
        if v is None:
            continue
        if v == FLEA:
            v = flea[0]
    else:
        assert len(o["cands"]) == 1, key
        v = next(iter(o["cands"]))
    names = de_names(o)
    if isinstance(v, tuple):
        _, sid, en_name, extra = v
        rec = new_subs.setdefault(sid, {"id": sid, "name": en_name, "extra": extra, "de": [], "rows": []})
        target = rec["de"]
        rec["rows"].append(key)
    else:
        sid = v
        target = names_add.setdefault(sid, [])
    resolved[key] = sid
    for n in names:
        owners = idx.get(norm(n), set())
        if owners and sid not in owners:
            dropped.append((key, sid, n, sorted(owners)))
            continue
        if norm(n) not in {norm(x) for x in target}:
            target.append(n)
    an = o["anlage"]
    notes = o.get("notes_raw")
    listings[an].append((key, sid, o))

# German names of the former cannabis positions (consolidated texts of 2012 and 2022)
for sid, ns in (("cannabis", ["Cannabis", "Marihuana"]), ("cannabis-resin-and-extracts", ["Cannabisharz", "Haschisch"])):
    target = names_add.setdefault(sid, [])
    for n in ns:
        owners = idx.get(norm(n), set())
        if (not owners or sid in owners) and norm(n) not in {norm(x) for x in target}:
            target.append(n)

# read the notes column again (match.json keeps no notes)
rows = {f'{r["anlage"]}:{r["row"]}': r for r in read_anlagen()}

HEAD = "# Generated by tools/importers/de_btmg/build.py from the BtMG Anlagen I-III\n# (shared/reference/germany-btmg, SOURCES.md section 7) and the history table in\n# tools/importers/de_btmg/history.py. Edit those and re-run rather than editing by hand.\n"

# ---- substances/de.toml
out = [HEAD, "# Substances of the German BtMG Anlagen that no other file defines. Identity only:\n# no CAS, SMILES or formula was verified for them here.\n"]
for sid, rec in sorted(new_subs.items()):
    out.append("\n[[substance]]")
    out.append(f"id = {q(sid)}")
    out.append(f"name = {q(rec['name'])}")
    out.append('kind = "drug"')
    seen = {norm(rec["name"])}
    for k, vs in rec["extra"].items():
        vs2 = [x for x in vs if norm(x) not in seen]
        seen |= {norm(x) for x in vs2}
        if vs2:
            out.append(f"names.{k} = {qlist(vs2)}")
    de = [x for x in rec["de"] if norm(x) not in seen]
    if de:
        out.append(f"names.de = {qlist(de)}")
    out.append('reviewed_in = ["DE"]')
    out.append(f"note = {q('Created for the German BtMG (' + ', '.join('Anlage ' + r.split(':')[0] + ' TSV line ' + r.split(':')[1] for r in rec['rows']) + '); no record of it existed in the other jurisdictions. English name translated from the German Spalte 2/3 names.')}")
import npsg
out.append("\n# ---- NpSG substance groups (classes; structure rules are attached separately) ----")
for c in npsg.records():
    out.append("\n[[substance]]")
    out.append(f"id = {q(c['id'])}")
    out.append(f"name = {q(c['name'])}")
    out.append('kind = "class"')
    out.append(f"names.de = {q(['NpSG Stoffgruppe ' + c['num'] + ': ' + c['de_name']])}")
    out.append('reviewed_in = ["DE"]')
    out.append(f"definition.en = {q(c['en'])}")
    # the loader takes definition.en / definition.zh only: the German text goes in the note
    out.append(f"note = {q('NpSG Anlage, Nummer ' + c['num'] + ' (BGBl. 2024 I Nr. 210, S. 3-16; consolidated text at gesetze-im-internet.de/npsg/anlage.html, Stand: zuletzt geändert durch Art. 1 V v. 21.6.2024 I Nr. 210, as mirrored in shared/reference/germany-btmg). definition.en is a short summary, not a translation. The German definition follows as extracted there (structure drawings given by their official alt texts):' + chr(10) + chr(10) + c['de'])}")
open(os.path.join(ROOT, "data", "substances", "de.toml"), "w").write("\n".join(out) + "\n")

# ---- listings/de/names.toml
os.makedirs(os.path.join(ROOT, "data", "listings", "de"), exist_ok=True)
out = [HEAD, "# German names (Spalte 1 INN, Spalte 2 other names, Spalte 3 IUPAC name, as printed) and DE review\n# for substances defined in other files.\n"]
for sid in sorted(names_add):
    de = [x for x in names_add[sid]]
    out.append("\n[[names]]")
    out.append(f"substance = {q(sid)}")
    if de:
        out.append(f"de = {qlist(de)}")
    if sid in ("cannabis", "cannabis-resin-and-extracts"):
        # out of the BtMG since 1.4.2024 but controlled under the KCanG (not recorded): no DE review,
        # so that the registry answers "unknown", not "not controlled", for today
        out.append('source = "BtMG Anlage I as consolidated in 2012 and 2022 (github.com/bundestag/gesetze, b/btmg_1981/index.md)"')
        continue
    out.append('reviewed_in = ["DE"]')
    out.append('source = "BtMG Anlagen I-III, consolidated text at gesetze-im-internet.de/btmg_1981 (Stand: zuletzt geändert durch Art. 1 V v. 29.11.2024 I Nr. 379), as mirrored in shared/reference/germany-btmg"')
open(os.path.join(ROOT, "data", "listings", "de", "names.toml"), "w").write("\n".join(out) + "\n")

# ---- listings
stats = {"exact": 0, "window": 0}
for an in ("I", "II", "III"):
    out = [HEAD, f"# Listings in BtMG Anlage {an}, one per entry of the current text, plus earlier listings\n# (moves between Anlagen) where a source shows them.\n"]
    for key, sid, o in listings[an]:
        r = rows[key]
        notes = r["notes"]
        hist = history_for(key, sid, o)
        for h in hist:
            out.append("\n[[listing]]")
            out.append(f"substance = {q(sid)}")
            out.append(f"instrument = {q(INSTR[h.get('anlage', an)])}")
            out.append(f"schedule = {q('Anlage ' + h.get('anlage', an))}")
            out.append(f"effective = {fmt_date(h['effective'])}")
            if h.get("until"):
                out.append(f"until = {fmt_date(h['until'])}")
            if h.get("added"):
                out.append("added = true")
            if h.get("current", True):
                exc = [x.strip() for x in notes.split(" || ")] if notes else []
                exc = [x for x in exc if not x.startswith("Fußnote")]
                exc = [re.sub(r"^\[[^\]]*\]\s*|\s*\[[^\]]*\]$", "", x) for x in exc]
                exc = [re.sub(r"^[–-]\s*|\s*[–-]\s*$", "", x).strip() for x in exc]
                if exc:
                    out.append(f"exceptions = {q(' || '.join(exc))}")
                if isinstance(h["effective"], str):
                    stats["exact"] += 1
                else:
                    stats["window"] += 1
            out.append(f"citation = {qlist(h['citation'])}")
            src = SRC[an] if h.get("current", True) else ""
            out.append(f"source = {q((src + '; ' if src else '') + h['source'])}")
            nt = h.get("note", "")
            if h.get("current", True) and "Fußnote" in (notes or ""):
                fn = [x for x in notes.split(" || ") if x.startswith("Fußnote")]
                nt = (nt + " " if nt else "") + " ".join(fn)
            if nt:
                out.append(f"note = {q(nt)}")
    from history import EXTRA
    for h in [e for e in EXTRA if e["anlage"] == an]:
        out.append("\n[[listing]]")
        out.append(f"substance = {q(h['substance'])}")
        out.append(f"instrument = {q(INSTR[an])}")
        out.append(f"schedule = {q('Anlage ' + an)}")
        out.append(f"effective = {fmt_date(h['effective'])}")
        out.append(f"until = {fmt_date(h['until'])}")
        out.append(f"citation = {qlist(h['citation'])}")
        out.append(f"source = {q(h['source'])}")
        out.append(f"note = {q(h['note'])}")
    open(os.path.join(ROOT, "data", "listings", "de", f"anlage-{an.lower()}.toml"), "w").write("\n".join(out) + "\n")

json.dump(resolved, open(os.path.join(HERE, "resolved.json"), "w"), indent=1)
print("new substances", len(new_subs), "names records", len(names_add), "listings", sum(len(v) for v in listings.values()), stats)
print("dropped colliding names:", len(dropped))
for d in dropped:
    print("  ", d)
