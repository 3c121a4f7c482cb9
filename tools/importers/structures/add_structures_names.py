#!/usr/bin/env python3
"""Dev-only: structures (smiles, formula, inchikey, pubchem_cid) for the drug /
precursor records of data/substances/*.toml that have none yet, from

  (N) the systematic names the records and the lists print, turned into
      structures with OPSIN (`pip install py2opsin`, needs a Java runtime):
      the record's `name`, `names.en`, `names.dea` (and the systematic name
      inside "X (systematic name)"), the German BtMG Spalte-3 IUPAC names in
      `names.de` (put into English spelling by `de_to_en` below), the English
      column of China's 2025 non-medical catalogue (structured-catalogue-2025.md),
      and the chemical names printed in the INCB Yellow / Green lists
      (chemnet-hackathon-2026/csv/incb_*_list.csv, matched by CAS);
  (P) the PubChem extract (chemnet-hackathon-2026/csv/pubchem_compounds.csv and
      pubchem_synonyms.csv): a CID from the record's CAS (check digit valid,
      one CID) or from one of its names that is the synonym of exactly one CID;
      the structure is RDKit's reading of the CID's InChI;
  (C) the SMILES of structured-catalogue-2025.md (reliability C, SOURCES.md 5a:
      row shifts and swaps), matched by Chinese name or CAS; used only to
      confirm a structure from (N) or (P), never alone.

Decision, per record (see `decide`):
  * every structure is read by RDKit; the recorded formula is RDKit's
    CalcMolFormula of the SMILES written;
  * all name structures (N) must have the same connectivity (first InChIKey
    block); those that carry stereo must agree on it;
  * a PubChem structure (P) must have the connectivity of the names; when the
    names give no stereo and PubChem does, PubChem's stereo is kept only when
    the record's name or CAS is PubChem's (a stereo-specific CID matched by a
    name that carries no stereo is a conflict; see DENY);
  * where a name gives a stereoisomer ((R)/(S), levo-/dextro-, (+)/(-), α/β on
    a steroid), the SMILES keeps it; when the record's PubChem InChIKey is used,
    the SMILES's InChIKey equals it;
  * the China SMILES, where present, must have the same connectivity, else the
    record is left out and noted;
  * imidic acids are written as amides (normalize_tautomers.fix);
  * a structure already recorded for another drug / precursor record (same
    InChIKey) is not written again: the record is a duplicate and is reported.

Writes only the keys pubchem_cid (when PubChem's compound is the one written),
inchikey, smiles and formula, by line insertion into the record's text.
The review table goes to /tmp/structures_review.tsv and
the records left out, with reasons, to coverage_gaps.md (coverage_report.py).

Usage: python3 tools/importers/structures/add_structures_names.py [--write]
"""
import collections
import csv
import glob
import html
import json
import os
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tools/importers: common
sys.path.insert(0, str(HERE))
from common import REFERENCE, ROOT, cas_ok  # noqa: E402
from normalize_tautomers import fix as fix_tautomer  # noqa: E402

from rdkit import Chem, RDLogger  # noqa: E402
from rdkit.Chem.rdMolDescriptors import CalcMolFormula  # noqa: E402

RDLogger.DisableLog("rdApp.*")

# The reference folder sits beside the checkout (common.REFERENCE); helpers'
# worktrees are one level deeper, so look upwards for it.
REF = REFERENCE
for up in [ROOT.parent, ROOT.parent.parent]:
    if (up / "shared" / "reference").is_dir():
        REF = up / "shared" / "reference"
        break
PUBCHEM = REF / "chemnet-hackathon-2026" / "csv"
CHINA = REF / "china-catalogues-2025-07" / "structured-catalogue-2025.md"
# --root DIR: read (and with --write, write) DIR/data instead of this checkout's
# (used to replay the run on the data as it was before it, for the report)
DATA_ROOT = Path(sys.argv[sys.argv.index("--root") + 1]) if "--root" in sys.argv else ROOT
os.chdir(DATA_ROOT)
FILES = sorted(glob.glob("data/substances/*.toml"))
WRITE = "--write" in sys.argv
CACHE = Path("/tmp/opsin_cache.json")

from overrides import DERIVED, PRINTED_KEY, RELATED, DENY, NAME_FIX, NO_STRUCTURE, EXTRA_NAMES, ACCEPT_SINGLE, REJECT, SMILES_OVERRIDE  # noqa: E402


# --------------------------------------------------------------------------
# records, with the names that [[names]] records add from other files
def load_records():
    recs, order = {}, []
    for p in FILES:
        for s in tomllib.load(open(p, "rb")).get("substance", []):
            s["_file"] = p
            recs[s["id"]] = s
            order.append(s["id"])
    for p in sorted(glob.glob("data/**/*.toml", recursive=True)):
        for n in tomllib.load(open(p, "rb")).get("names", []):
            s = recs[n["substance"]]
            for k, v in n.items():
                if k in ("substance", "source", "reviewed_in", "classes"):
                    continue
                if k == "other_cas":
                    s.setdefault("other_cas", []).extend(v)
                    continue
                have = s.setdefault("names", {}).setdefault(k, [])
                have.extend(x for x in v if x not in have)
    return recs, order


# --------------------------------------------------------------------------
# German IUPAC spelling (BtMG Spalte 3) -> English spelling OPSIN reads
def de_to_en(t):
    t = t.replace("ß", "β").replace("ρ-", "p-").replace("‘", "'")
    t = re.sub(r"(?<![A-Za-z])lod", "Iod", t)  # "4-lod-" printed for "4-Iod-"
    t = re.sub(r"(Fluor|Chlor|Brom|Iod)(?=[a-z(\[])", lambda m: m.group(1) + "o", t)
    t = re.sub(r"(fluor|chlor|brom|iod)(?=[a-z(\[])", lambda m: m.group(1) + "o", t)
    t = re.sub(r"(?i)naphthalin-(\d)-yl", r"naphthalen-\1-yl", t)
    t = re.sub(r"(?i)naphthalin", "naphthalene", t)
    t = re.sub(r"(?i)chinazolin", "quinazolin", t)
    t = re.sub(r"(?i)chinolin", "quinolin", t)
    t = re.sub(r"(?i)(indol|indazol|carbazol)-(\d)-carbox", r"\1e-\2-carbox", t)
    t = re.sub(r"säure\b", "oic acid", t)
    t = re.sub(r"ansäure", "anoic acid", t)
    t = re.sub(r"nitril\b", "nitrile", t)
    t = re.sub(r"annitrile\b", "anenitrile", t)
    t = re.sub(r"azanid\b", "azanide", t)
    t = re.sub(r"azan\b", "azane", t)
    t = re.sub(r"amin\b", "amine", t)
    t = re.sub(r"amid\b", "amide", t)
    t = re.sub(r"(\d\(\dH\))-?on\b", r"\1-one", t)
    t = re.sub(r"(-\d+-|an|methan)on\b", r"\1one", t)
    t = re.sub(r"-en\b", "-ene", t)
    t = re.sub(r"-encarboxylat", "-enecarboxylate", t)
    t = re.sub(r"dihydrogenphosphat\b", "dihydrogen phosphate", t)
    t = re.sub(r"at\b", "ate", t)
    t = re.sub(r"(piperazin|pyridin|morpholin|propan|tropan|pyrrolidin|piperidin)\b", r"\1e", t)
    return t


# --------------------------------------------------------------------------
# names of a record, each with the label of where it was read
def english_names(s):
    out = []
    n = s.get("names", {})

    def add(label, text):
        text = text.strip().strip(",;").strip()
        if len(text) < 4:
            return
        out.append((label, text))
        # "Trivial (systematic)" and "a; b"
        mo = re.fullmatch(r"(.+?)\s+\((.+)\)", text)
        if mo and len(mo.group(2)) > 8:
            inner = mo.group(2)
            inner = re.sub(r"^(also known as|aka)\s+", "", inner)
            for part in re.split(r";\s*(?:also known as\s*)?", inner):
                if len(part) > 8:
                    out.append((label + "()", part.strip()))
        if ";" in text and not mo:
            for part in text.split(";"):
                if len(part.strip()) > 3:
                    out.append((label + ";", part.strip()))

    add("name", s["name"])
    for k in ("en", "dea", "abbreviation", "brand"):
        for x in n.get(k, []):
            add(k, x)
    for x in n.get("de", []):
        add("de", de_to_en(x))
    for label, x in EXTRA_NAMES.get(s["id"], []):
        add(label, x)
    # NAME_FIX: names read by OPSIN in a repaired spelling (the repair is listed)
    fixed = []
    for label, x in out:
        if x in NAME_FIX:
            fixed.append((label + "*", NAME_FIX[x]))
    out.extend(fixed)
    seen, uniq = set(), []
    for label, x in out:
        if x.lower() not in seen:
            seen.add(x.lower())
            uniq.append((label, x))
    return uniq


# --------------------------------------------------------------------------
# China structured catalogue
def china_rows():
    t = open(CHINA, encoding="utf-8").read()
    heads = [(m.start(), m.group(1)) for m in re.finditer(r"^#+ (.+)$", t, re.M)]
    rows = []
    for m in re.finditer(r"<tr>(.*?)</tr>", t, re.S):
        sec = [h for pos, h in heads if pos < m.start()][-1]
        cells = [html.unescape(re.sub(r"<[^>]+>", "", c)).strip()
                 for c in re.findall(r"<td[^>]*>(.*?)</td>", m.group(1), re.S)]
        if len(cells) < 6 or not cells[0].isdigit():
            continue
        no, zh, en, cas, note, smi = cells[:6]
        rows.append({"sec": sec, "no": int(no), "zh": zh.rstrip("*").strip(), "en": en,
                     "cas": cas, "note": note, "smiles": smi})
    return rows


# --------------------------------------------------------------------------
# INCB lists: chemical names, by CAS
def incb_names():
    by_cas = collections.defaultdict(list)
    for f, namecol in (("incb_yellow_list.csv", "drug_name"), ("incb_green_list.csv", "substance_name")):
        for r in csv.DictReader(open(PUBCHEM / f, encoding="utf-8")):
            if not cas_ok(r["cas_number"]):
                continue
            # the raw line, less the code, the CAS and the name; line breaks
            # inside a chemical name are joined without a space when the line
            # ends with "-" or "(" or "[".
            raw = r["raw_text"]
            raw = re.sub(r"-\n", "-", raw)
            raw = re.sub(r"\n", " ", raw)
            by_cas[r["cas_number"]].append((f.split("_")[1], raw))
    return by_cas


# --------------------------------------------------------------------------
def mol_info(smi):
    m = Chem.MolFromSmiles(smi)
    if m is None:
        return None
    if len(Chem.GetMolFrags(m)) > 1:
        return {"mol": m, "frags": len(Chem.GetMolFrags(m))}
    key = Chem.MolToInchiKey(m)
    if not key:
        return None
    return {"mol": m, "key": key, "skel": key[:14], "smiles": Chem.MolToSmiles(m),
            "formula": CalcMolFormula(m), "frags": 1,
            "stereo": bool(Chem.FindMolChiralCenters(m, includeUnassigned=False, useLegacyImplementation=False))
            or any(b.GetStereo() != Chem.BondStereo.STEREONONE for b in m.GetBonds())}


def opsin_all(names):
    cache = json.loads(CACHE.read_text()) if CACHE.exists() else {}
    todo = sorted({n for n in names if n not in cache})
    if todo:
        from py2opsin import py2opsin
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            res = py2opsin(todo, tmp_fpath="/tmp/py2opsin_in.txt")
        for n, r in zip(todo, res):
            cache[n] = r or ""
        CACHE.write_text(json.dumps(cache, ensure_ascii=False, indent=0))
    return cache


RACEMIC = re.compile(r"\d?(RS|SR)\b|\brac-|\(±\)|\(\+/-\)")
WEAK_WORDS = re.compile(r"(?i)\b(boc)\b|anilino-1-boc")


def is_strong(text):
    from overrides import WEAK_NAMES
    if text in WEAK_NAMES:
        return False
    return bool(re.search(r"\d", text)) and not WEAK_WORDS.search(text)


PARENTS = {}  # record id -> SMILES already in the data (parents of derived structures)


def has_stereo(key):
    return key[15:25] != "UHFFFAOYSA"


def centres(m):
    """{atom index: CIP label} of the specified stereocentres, and the
    specified double bonds {(i, j): stereo}."""
    Chem.AssignStereochemistry(m, cleanIt=True, force=True)
    c = dict(Chem.FindMolChiralCenters(m, includeUnassigned=False, useLegacyImplementation=False))
    return c


def n_centres(m):
    return len(centres(m)) + sum(1 for b in m.GetBonds() if b.GetStereo() in
                                 (Chem.BondStereo.STEREOE, Chem.BondStereo.STEREOZ))


def stereo_compatible(a, b):
    """True when every stereocentre that `a` specifies is specified alike in
    `b` (same connectivity assumed)."""
    ca, cb = centres(a), centres(b)
    if not ca:
        return True
    for match in b.GetSubstructMatches(a, uniquify=False, useChirality=False, maxMatches=1000):
        if all(cb.get(match[i]) == lab for i, lab in ca.items()):
            return True
    return False


# --------------------------------------------------------------------------
def main():
    recs, order = load_records()
    PARENTS.update({i: recs[i]["smiles"] for i in order if "smiles" in recs[i]})
    kinds = ("drug", "precursor")
    missing = [i for i in order if recs[i]["kind"] in kinds and "smiles" not in recs[i]]
    used_key = {recs[i]["inchikey"]: i for i in order
                if recs[i]["kind"] in kinds and "inchikey" in recs[i]}
    used_cid = {recs[i]["pubchem_cid"]: i for i in order
                if recs[i]["kind"] in kinds and "pubchem_cid" in recs[i]}

    compounds, cas_to_cids, syn_to_cids = {}, collections.defaultdict(set), collections.defaultdict(set)
    for row in csv.DictReader(open(PUBCHEM / "pubchem_compounds.csv", encoding="utf-8")):
        cid = int(row["cid"])
        compounds[cid] = row
        if cas_ok(row["cas_primary"]):
            cas_to_cids[row["cas_primary"]].add(cid)
    for row in csv.DictReader(open(PUBCHEM / "pubchem_synonyms.csv", encoding="utf-8")):
        syn_to_cids[row["synonym"].strip().lower()].add(int(row["cid"]))

    crows = china_rows()
    by_zh, by_cas_cn = collections.defaultdict(list), collections.defaultdict(list)
    for r in crows:
        by_zh[r["zh"]].append(r)
        if cas_ok(r["cas"]):
            by_cas_cn[r["cas"]].append(r)
    incb = incb_names()

    # names per record, and the China rows / INCB names that add to them
    names, china = {}, {}
    for i in missing:
        s = recs[i]
        ns = english_names(s)
        cas = [c for c in [s.get("cas")] + list(s.get("other_cas", [])) if c]
        rows = []
        for z in s.get("names", {}).get("zh", []):
            rows += by_zh.get(z, [])
        for c in cas:
            rows += by_cas_cn.get(c, [])
        uniq = {(r["sec"], r["no"]): r for r in rows}
        china[i] = list(uniq.values())
        for r in china[i]:
            if r["sec"].startswith("非药用类") and r["en"]:
                ns.append((f"cn#{r['no']}", r["en"]))
        for c in cas:
            for lst, raw in incb.get(c, []):
                ns.append((f"incb-{lst}", raw))
        names[i] = ns
    cache = opsin_all([x for ns in names.values() for _, x in ns] + [v[0] for v in DERIVED.values()])

    rows_out, results = [], {}
    for i in missing:
        s = recs[i]
        r = decide(s, names[i], cache, china[i], compounds, cas_to_cids, syn_to_cids)
        results[i] = r
        if r.get("fields"):  # a parent for derived structures later in the run
            PARENTS.setdefault(i, r["fields"]["smiles"])
    # duplicates: a structure that another record already has, or that two
    # records of this run would get
    by_key = collections.defaultdict(list)
    for i, r in results.items():
        if r.get("fields"):
            by_key[r["fields"]["inchikey"]].append(i)
    for key, ids in by_key.items():
        other = used_key.get(key)
        cid = results[ids[0]]["fields"].get("pubchem_cid")
        other = other or (used_cid.get(cid) if cid else None)
        if other in ids:  # the record already has this InChIKey / CID (mesocarb)
            continue
        if other or len(ids) > 1:
            first = None if other else ids[0]
            if first:
                results[first].setdefault("notes", []).append(
                    "same structure as records %s (duplicates: this one is written)" % ", ".join(ids[1:]))
            for i in ids:
                if i == first:
                    continue
                r = results[i]
                r["status"] = "duplicate"
                r["why"] = ("same structure (InChIKey %s) as record %s" % (key, other)) if other else \
                    ("same structure (InChIKey %s) as records %s of this run" % (key, ", ".join(x for x in ids if x != i)))
                r["dup_fields"] = r.pop("fields")
    return recs, order, missing, names, china, results


def decide(s, ns, cache, china, compounds, cas_to_cids, syn_to_cids):
    rid = s["id"]
    out = {"names": [], "notes": []}
    if rid in NO_STRUCTURE:
        return {"status": "no-structure", "why": NO_STRUCTURE[rid]}
    if rid in DERIVED:
        return derived(s, DERIVED[rid], cache, china)
    # (N) names read by OPSIN
    parsed = []
    for label, text in ns:
        smi = cache.get(text, "")
        if not smi:
            continue
        if RACEMIC.search(text):
            # "(1RS,2RS)", "(RS;SR)", "rac-", "(±)": a racemate; OPSIN writes
            # one enantiomer, which SMILES cannot mark as racemic: no stereo
            m0 = Chem.MolFromSmiles(smi)
            if m0 is not None:
                Chem.RemoveStereochemistry(m0)
                smi = Chem.MolToSmiles(m0)
                out["notes"].append(f"{label} '{text}' names a racemate: stereo marks left out")
        info = mol_info(smi)
        if info is None or info.get("frags", 1) > 1:
            out["notes"].append(f"{label} '{text}': OPSIN structure unreadable or in pieces")
            continue
        parsed.append((label, text, info))
    out["names"] = [(l, t, p["key"]) for l, t, p in parsed]
    # a name without any locant (no digit: "meta-Chlorophenylpiperazine",
    # "Methylphenyltetrahydropyridine") leaves OPSIN to place the groups; it
    # is used only to agree with names that have locants, and alone it is weak.
    strong = [g for g in parsed if is_strong(g[1])]
    weak = [g for g in parsed if not is_strong(g[1])]
    if strong:
        sk = {g[2]["skel"] for g in strong}
        for g in weak:
            if g[2]["skel"] not in sk:
                out["notes"].append(f"name without locants read differently, not used: {g[0]} '{g[1]}' -> {g[2]['smiles']}")
        parsed = strong
    only_weak = bool(parsed) and not strong
    skels = collections.defaultdict(list)
    for l, t, p in parsed:
        skels[p["skel"]].append((l, t, p))
    # (P) PubChem
    pub, pub_how, pub_names = None, None, []
    for c in [s.get("cas")] + list(s.get("other_cas", [])):
        if c and len(cas_to_cids.get(c, ())) == 1:
            pub, pub_how = next(iter(cas_to_cids[c])), f"CAS {c}"
            break
    if pub is None:
        found = set()
        for l, t in ns:
            if l.startswith(("cn#", "incb")):
                continue
            cids = syn_to_cids.get(t.strip().lower())
            if cids and len(cids) == 1:
                found |= cids
                pub_names.append(t)
        if len(found) == 1:
            pub, pub_how = next(iter(found)), "name"
        elif len(found) > 1:
            out["notes"].append("names are PubChem synonyms of different CIDs %s" % sorted(found))
    pinfo = None
    if pub is not None and rid in DENY:
        out["notes"].append(f"PubChem CID {pub} ({pub_how}) not used: {DENY[rid]}")
        pub = None
    if pub is not None:
        row = compounds[pub]
        m = Chem.MolFromInchi(row["inchi"])
        if m is not None and Chem.MolToInchiKey(m) == row["inchi_key"]:
            pinfo = mol_info(Chem.MolToSmiles(m))
            if pinfo and pinfo.get("frags", 1) > 1:
                out["notes"].append(f"PubChem CID {pub} is a mixture")
                pinfo = None
        else:
            out["notes"].append(f"PubChem CID {pub}: InChI unreadable or key mismatch")
    # (C) China SMILES
    cinfo = []
    for r in china:
        ci = mol_info(r["smiles"]) if r["smiles"] else None
        if ci and ci.get("frags", 1) == 1:
            cinfo.append((f"{r['sec'][:4]}#{r['no']}", ci))

    # --- decide the connectivity
    if len(skels) > 1:
        # names disagree: drop a minority that is only the China / INCB column
        # when the record's own names agree among themselves
        own = {k: v for k, v in skels.items() if any(not l.startswith(("cn#", "incb")) for l, _, _ in v)}
        if len(own) == 1:
            dropped = [f"{l} '{t}' ({p['formula']})" for k, v in skels.items() if k not in own for l, t, p in v]
            out["notes"].append("list name read differently, not used: " + "; ".join(dropped))
            skels = own
        else:
            out["status"] = "conflict"
            out["why"] = "names give different structures: " + "; ".join(
                f"{l} '{t}' -> {p['formula']} {p['smiles']}" for v in skels.values() for l, t, p in v)
            return out
    name_skel = next(iter(skels)) if skels else None
    if pinfo and name_skel and pinfo["skel"] != name_skel:
        out["status"] = "conflict"
        out["why"] = f"PubChem CID {pub} ({pub_how}) {pinfo['formula']} {pinfo['smiles']} differs from the names' " + \
            "; ".join(f"{l} '{t}' -> {p['formula']} {p['smiles']}" for l, t, p in skels[name_skel])
        return out
    skel = name_skel or (pinfo["skel"] if pinfo else None)
    if skel is None:
        if cinfo:
            out["status"] = "china-only"
            out["why"] = "only the China catalogue SMILES (%s: %s), which no name or PubChem record confirms" % (
                cinfo[0][0], cinfo[0][1]["smiles"])
        else:
            out["status"] = "none"
            out["why"] = "no systematic name OPSIN reads, no PubChem record"
        return out
    sources = []
    if name_skel:
        sources.append("names: " + ", ".join(sorted({l for l, _, _ in skels[name_skel]})))
    if pinfo:
        sources.append(f"PubChem CID {pub} ({pub_how})")
    agree_cn = [l for l, ci in cinfo if ci["skel"] == skel]
    differ_cn = [(l, ci) for l, ci in cinfo if ci["skel"] != skel]
    cn_en_agree = any(l.startswith("cn#") for l, _, _ in skels.get(name_skel, []))
    if differ_cn and not agree_cn and cn_en_agree:
        # the catalogue's own English (IUPAC) column agrees with the record's
        # names; its SMILES column is the one in error
        out["notes"].append("China SMILES %s %s (%s) is another compound; the catalogue's English name of that row agrees with the names" % (
            differ_cn[0][0], differ_cn[0][1]["smiles"], differ_cn[0][1]["formula"]))
    elif differ_cn and not agree_cn:
        out["status"] = "conflict"
        out["why"] = "China SMILES %s %s (%s) differs from %s (%s)" % (
            differ_cn[0][0], differ_cn[0][1]["smiles"], differ_cn[0][1]["formula"], "; ".join(sources),
            (pinfo or skels[name_skel][0][2])["smiles"])
        return out
    if agree_cn:
        sources.append("China SMILES " + ", ".join(agree_cn))
    # one source only: a single name read by OPSIN, nothing else. Accepted
    # (the record's own systematic name), but marked in the table.
    n_sources = len({l.split("#")[0].rstrip("();*") for l, _, _ in skels.get(name_skel, [])}) + bool(pinfo) + bool(agree_cn)

    # --- stereo: names that give stereo must agree where both give it; the
    # most specific one is kept
    group = skels.get(name_skel, [])
    ranked = sorted(group, key=lambda g: -n_centres(g[2]["mol"]))
    for l, t, p in ranked[1:]:
        if not stereo_compatible(p["mol"], ranked[0][2]["mol"]):
            out["status"] = "conflict"
            out["why"] = "names give different stereoisomers: %s '%s' -> %s; %s '%s' -> %s" % (
                ranked[0][0], ranked[0][1], ranked[0][2]["smiles"], l, t, p["smiles"])
            return out
    stereo_names = {ranked[0][2]["key"]: ranked[0]} if ranked and has_stereo(ranked[0][2]["key"]) else {}
    plain_names = [g for g in ranked if not has_stereo(g[2]["key"])]
    chosen, cid_field = None, None
    if pinfo:
        if stereo_names:
            k = next(iter(stereo_names))
            if pinfo["key"] == k:
                chosen, cid_field = pinfo, pub
            else:
                # the CID is another stereoisomer (or the racemate) of the named one
                chosen = next(iter(stereo_names.values()))[2]
                out["notes"].append(f"PubChem CID {pub} ({pub_how}) is {pinfo['key']}, not the named stereoisomer; CID not recorded")
        else:
            plain_texts = {t for _, t, _ in plain_names}
            if has_stereo(pinfo["key"]) and pub_how == "name" and plain_texts & set(pub_names):
                # names without stereo matched a stereo-specific CID
                chosen = plain_names[0][2]
                out["notes"].append(f"PubChem CID {pub} is one stereoisomer ({pinfo['key']}); the names give none; CID not recorded")
            else:
                chosen, cid_field = pinfo, pub
    else:
        chosen = next(iter(stereo_names.values()))[2] if stereo_names else plain_names[0][2]
    smi = chosen["smiles"]
    fixed = fix_tautomer(smi)
    if fixed:
        smi = fixed
    m2 = Chem.MolFromSmiles(smi)
    key = Chem.MolToInchiKey(m2)
    if key != chosen["key"]:
        out["status"] = "conflict"
        out["why"] = "tautomer rewrite changed the InChIKey"
        return out
    # the China SMILES that agree on connectivity must not give other stereo
    for l, ci in cinfo:
        if ci["skel"] == key[:14] and has_stereo(ci["key"]) and has_stereo(key) and ci["key"] != key \
                and not (stereo_compatible(ci["mol"], m2) or stereo_compatible(m2, ci["mol"])):
            if rid not in SMILES_OVERRIDE:
                out["status"] = "conflict"
                out["why"] = f"China SMILES {l} {ci['smiles']} gives other stereo than {smi}"
                return out
            out["notes"].append(f"China SMILES {l} {ci['smiles']} gives other stereo than {smi}")
    fields = {"inchikey": key, "smiles": smi, "formula": CalcMolFormula(m2)}
    if cid_field:
        assert compounds[cid_field]["inchi_key"] == key
        fields["pubchem_cid"] = cid_field
    out["fields"] = fields
    out["sources"] = sources
    out["n_sources"] = n_sources
    # looked-up names: the InChIKey printed beside them, and the records they
    # must contain / be contained in (stereo included), where given
    if rid in PRINTED_KEY and PRINTED_KEY[rid] != key[:len(PRINTED_KEY[rid])]:
        out["status"] = "conflict"
        out["why"] = f"InChIKey of the name's structure {key} differs from the one printed with it {PRINTED_KEY[rid]}"
        return out
    for mode, other in RELATED.get(rid, []):
        om = Chem.MolFromSmiles(PARENTS[other])
        ok = m2.HasSubstructMatch(om, useChirality=True) if mode == "contains" else om.HasSubstructMatch(m2, useChirality=True)
        if not ok:
            out["status"] = "conflict"
            out["why"] = f"structure {smi} does not {mode.replace('in', 'lie within')} record {other}'s {PARENTS[other]}"
            return out
        out["notes"].append(f"checked: {'contains' if mode == 'contains' else 'is contained in'} the structure of record {other}")
    if rid in REJECT:
        out["status"] = "rejected"
        out["why"] = REJECT[rid]
        out["rejected_fields"] = fields
        out.pop("fields")
        return out
    if rid in SMILES_OVERRIDE:
        new_smi, reason = SMILES_OVERRIDE[rid]
        mo = Chem.MolFromSmiles(new_smi)
        assert mo is not None and Chem.MolToInchiKey(mo)[:14] == key[:14], rid
        assert stereo_compatible(mo, m2) or stereo_compatible(m2, mo), rid
        fields = {"inchikey": Chem.MolToInchiKey(mo), "smiles": new_smi, "formula": CalcMolFormula(mo)}
        if cid_field and compounds[cid_field]["inchi_key"] == fields["inchikey"]:
            fields["pubchem_cid"] = cid_field
        out["fields"] = fields
        out["notes"].append("SMILES written as: " + reason)
    if only_weak and not pinfo and not agree_cn and rid not in ACCEPT_SINGLE:
        out["status"] = "weak-name"
        out["why"] = "only names without locants (%s): %s" % (sources[0], fields["smiles"])
        out.pop("fields")
    else:
        out["status"] = "ok" if (n_sources >= 2 or rid in ACCEPT_SINGLE or pinfo) else "ok-one-name"
    if rid in ACCEPT_SINGLE:
        out["notes"].append("checked by hand: " + ACCEPT_SINGLE[rid])
    return out


def derived(s, spec, cache, china):
    """A structure from a systematic name written here for a trivial name
    ("cocaethylene" = benzoylecgonine ethyl ester), accepted only when it
    contains the structure of the parent record it is derived from (with its
    stereo) and, where the China catalogue has a SMILES, has its connectivity."""
    name, parent, reason = spec
    out = {"names": [], "notes": [f"derived: {reason}"]}
    smi = cache.get(name, "")
    info = mol_info(smi) if smi else None
    if not info or info.get("frags", 1) > 1:
        return {"status": "conflict", "why": f"derived name '{name}' not read by OPSIN"}
    if parent:
        psmi = PARENTS[parent]
        pm = Chem.MolFromSmiles(psmi)
        if not info["mol"].HasSubstructMatch(pm, useChirality=True):
            return {"status": "conflict", "why": f"derived structure {info['smiles']} does not contain record {parent}'s {psmi}"}
    for r in china:
        ci = mol_info(r["smiles"]) if r["smiles"] else None
        if ci and ci.get("frags", 1) == 1:
            if ci["skel"] != info["skel"]:
                return {"status": "conflict", "why": f"derived structure {info['smiles']} differs from China SMILES {r['smiles']}"}
            out["notes"].append(f"China SMILES #{r['no']} has the same connectivity")
            if has_stereo(ci["key"]) and ci["key"] != info["key"]:
                return {"status": "conflict", "why": f"derived structure {info['smiles']} has other stereo than China SMILES {r['smiles']}"}
    smi = info["smiles"]
    fixed = fix_tautomer(smi)
    if fixed:
        smi = fixed
    m2 = Chem.MolFromSmiles(smi)
    out["fields"] = {"inchikey": Chem.MolToInchiKey(m2), "smiles": smi, "formula": CalcMolFormula(m2)}
    out["sources"] = [f"derived from record {parent}" if parent else "derived"]
    out["status"] = "ok-derived"
    out["names"] = [("derived", name, info["key"])]
    return out


# --------------------------------------------------------------------------
# write: insert the lines into each record's text (as add_structures.py does)
FIELDS = ("pubchem_cid", "inchikey", "smiles", "formula")
STOP = re.compile(r"^(classes|reviewed_in|note|definition\.)")


def esc(v):
    return v.replace("\\", "\\\\").replace('"', '\\"')


def write(recs, results):
    todo = {i: r["fields"] for i, r in results.items() if r["status"] in ("ok", "ok-one-name", "ok-derived")}
    added = collections.Counter()
    for path in FILES:
        lines = open(path, encoding="utf-8").read().split("\n")
        out, i = [], 0
        while i < len(lines):
            if lines[i] == "[[substance]]":
                j = i + 1
                while j < len(lines) and not lines[j].startswith("[["):
                    j += 1
                block = lines[i:j]
                mo = next((re.match(r'^id = "([^"]+)"', l) for l in block if l.startswith("id = ")), None)
                rid = mo.group(1) if mo else None
                if rid in todo and recs[rid]["_file"] == path:
                    f = todo[rid]
                    for k in ("inchikey", "pubchem_cid", "formula"):
                        if k in recs[rid] and k in f:
                            assert recs[rid][k] == f[k], (rid, k, recs[rid][k], f[k])
                    new = []
                    if "pubchem_cid" in f and not any(l.startswith("pubchem_cid = ") for l in block):
                        new.append(f"pubchem_cid = {f['pubchem_cid']}")
                    if not any(l.startswith("inchikey = ") for l in block):
                        new.append(f'inchikey = "{f["inchikey"]}"')
                    new.append(f'smiles = "{esc(f["smiles"])}"')
                    new.append(f'formula = "{f["formula"]}"')
                    k = next((x for x, l in enumerate(block) if STOP.match(l)), None)
                    if k is None:
                        k = len(block)
                        while k > 1 and block[k - 1] == "":
                            k -= 1
                    block = block[:k] + new + block[k:]
                    added[path] += 1
                out.extend(block)
                i = j
            else:
                out.append(lines[i])
                i += 1
        if added[path]:
            open(path, "w", encoding="utf-8").write("\n".join(out))
            check = {s["id"]: s for s in tomllib.load(open(path, "rb"))["substance"]}
            for rid, f in todo.items():
                if recs[rid]["_file"] == path:
                    for k in FIELDS:
                        if k in f:
                            assert check[rid][k] == f[k], (rid, k)
    return added


if __name__ == "__main__":
    recs, order, missing, names, china, results = main()
    if WRITE:
        print(write(recs, results))
    c = collections.Counter(r["status"] for r in results.values())
    print(c)
    review = Path(sys.argv[sys.argv.index("--review") + 1]) if "--review" in sys.argv else Path("/tmp/structures_review.tsv")
    with open(review, "w", encoding="utf-8") as f:
        f.write("id\tstatus\tformula\tsmiles\tsources\twhy\tnotes\tnames_parsed\n")
        for i in missing:
            r = results[i]
            fl = r.get("fields") or r.get("dup_fields") or {}
            f.write("\t".join([i, r["status"], fl.get("formula", ""), fl.get("smiles", ""),
                               "; ".join(r.get("sources", [])), r.get("why", ""), " | ".join(r.get("notes", [])),
                               " | ".join(f"{l}:{t}" for l, t, k in r.get("names", []))]) + "\n")
