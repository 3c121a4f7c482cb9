#!/usr/bin/env python3
"""Dev-only: add identity data (pubchem_cid, inchikey, smiles, formula) to
drug / precursor records of data/substances/*.toml that have no `smiles`.

Source: the ChemNet hackathon PubChem extract
  /work/shared/reference/chemnet-hackathon-2026/csv/pubchem_compounds.csv
  /work/shared/reference/chemnet-hackathon-2026/csv/pubchem_synonyms.csv

CID lookup, per record:
  (a) its CAS (parent `cas`, then `other_cas`) equal to the `cas_primary` of
      exactly one CID, that `cas_primary` having a valid check digit; else
  (b) an exact, case-insensitive match of `name` or one of `names.en` with a
      synonym that maps to exactly one CID (all matched names must agree).
Structure: RDKit from the CID's InChI; the InChIKey RDKit computes must equal
the CSV's; imidic-acid tautomers are rewritten as amides (logic of
tools/importers/structures/normalize_tautomers.py) with the InChIKey unchanged. Skipped: mixtures
(more than one fragment), formulas whose element set does not fit the name,
CIDs / InChIKeys already used by another record, and CIDs claimed by two
records in this run. Records that already have any of the four fields are left
alone. Only data/substances/*.toml is written, line insertion only.

Usage: python3 tools/importers/structures/add_structures.py [--dry-run]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tools/importers: common
from common import cas_ok  # noqa: E402

from pathlib import Path
import collections
import csv
import glob
import os
import re
import sys
import tomllib

from rdkit import Chem, RDLogger
from rdkit.Chem.MolStandardize import rdMolStandardize
from rdkit.Chem.rdMolDescriptors import CalcMolFormula

RDLogger.DisableLog("rdApp.*")

from common import REFERENCE  # noqa: E402

REF = str(REFERENCE / "chemnet-hackathon-2026" / "csv") + "/"
FILES = sorted(glob.glob("data/substances/*.toml"))
FIELDS = ("pubchem_cid", "inchikey", "smiles", "formula")
DRY = "--dry-run" in sys.argv

# --- tautomer normalisation: the functions of tools/importers/structures/normalize_tautomers.py.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from normalize_tautomers import fix as fix_tautomer  # noqa: E402


# --- helpers


def elements(formula):
    return set(re.findall(r"[A-Z][a-z]?", formula))


HALO = {"F": ("fluor", "flu"), "Cl": ("chlor", "clo", "cl"), "Br": ("brom",), "I": ("iod",)}
ORGANIC = {"C", "H", "N", "O", "S", "P", "F", "Cl", "Br", "I"}


INORGANIC_HINT = {"N": ("nitr", "azide", "ammon"), "O": ("ox", "acid", "peroxide"), "S": ("sulf", "sulph"),
                  "P": ("phosph",), "Cl": ("chlor",), "Br": ("brom",), "I": ("iod",), "F": ("fluor",), "H": ("",)}


def implausible(formula, names, kind):
    """A reason why the element set does not fit the names, or None."""
    els = elements(formula)
    text = " ".join(names).lower()
    if not els <= ORGANIC:
        return "unexpected elements " + ",".join(sorted(els - ORGANIC))
    if "C" not in els:
        # an inorganic compound: every element must be named (nitrous oxide: N, O)
        missing = [e for e in els if not any(h in text for h in INORGANIC_HINT.get(e, ("\0",)))]
        return "no carbon and the name does not account for " + ",".join(missing) if missing else None
    stripped = re.sub(r"des(fluoro|chloro|bromo|iodo)", "", text)
    for el, stems in HALO.items():
        # a halogen the name spells out must be in the formula
        if stems[0] in stripped and el not in els:
            return f"name says {stems[0]}- but no {el}"
    if re.search(r"amin|amid|azo|azin|indol|pyrid|pyrrol|pyrazol|pyrimid|piper|morph|nitr|cyan|imid|anil|fentanyl", text) and "N" not in els:
        return "name implies N but formula has none"
    if re.search(r"thio|thia|thie|sulf|sulph", text) and "S" not in els:
        return "name implies S but formula has none"
    return None


# Records whose unique name match was checked by hand and is not the substance
# the record means.
DENY = {
    "methoxyphenethylamine": "name match is N-methoxyphenethylamine (CID 121190); the listed isomer is not given",
    "norpseudoephedrine": "name match is (-)-(1R,2R)-norpseudoephedrine (CID 162265); the listing names no enantiomer and cathine is (+)",
    "4-fluoromethylphenidate": "name match is one stereoisomer (R,R; CID 52944002); listing names none, methylphenidate record has no stereo",
    "3-4-dichloromethylphenidate": "name match is one stereoisomer (R,R; CID 44296390); listing names none, methylphenidate record has no stereo",
}


# --- reference data
compounds = {}
cas_to_cids = collections.defaultdict(set)
for row in csv.DictReader(open(REF + "pubchem_compounds.csv", encoding="utf-8")):
    cid = int(row["cid"])
    compounds[cid] = row
    if cas_ok(row["cas_primary"]):
        cas_to_cids[row["cas_primary"]].add(cid)
syn_to_cids = collections.defaultdict(set)
for row in csv.DictReader(open(REF + "pubchem_synonyms.csv", encoding="utf-8")):
    syn_to_cids[row["synonym"].strip().lower()].add(int(row["cid"]))

# --- existing records
records = []  # (file, record dict)
for path in FILES:
    for s in tomllib.load(open(path, "rb")).get("substance", []):
        records.append((path, s))
used_cid = {s["pubchem_cid"]: s["id"] for _, s in records if "pubchem_cid" in s}
used_key = {s["inchikey"]: s["id"] for _, s in records if "inchikey" in s}


def lookup(s):
    """(cid, how) or (None, reason)."""
    for cas in [s.get("cas")] + list(s.get("other_cas", [])):
        if cas and cas in cas_to_cids:
            cids = cas_to_cids[cas]
            if len(cids) == 1:
                return next(iter(cids)), f"CAS {cas}"
    found = set()
    ambiguous = False
    for name in [s["name"]] + list(s.get("names", {}).get("en", [])):
        cids = syn_to_cids.get(name.strip().lower())
        if not cids:
            continue
        if len(cids) > 1:
            ambiguous = True
            continue
        found |= cids
    if len(found) == 1:
        return next(iter(found)), "name"
    if len(found) > 1:
        return None, "names match different CIDs"
    if ambiguous:
        return None, "ambiguous synonym"
    return None, "no match"


def structure(cid):
    """(fields, None) or (None, reason)."""
    row = compounds.get(cid)
    if row is None or not row["inchi"]:
        return None, "no InChI"
    m = Chem.MolFromInchi(row["inchi"])
    if m is None:
        return None, "InChI unreadable"
    key = Chem.MolToInchiKey(m)
    if key != row["inchi_key"]:
        return None, "InChIKey mismatch"
    if len(Chem.GetMolFrags(m)) > 1:
        return None, "mixture"
    smi = Chem.MolToSmiles(m)
    fixed = fix_tautomer(smi)
    if fixed is not None:
        smi = fixed
    m2 = Chem.MolFromSmiles(smi)
    if m2 is None or Chem.MolToInchiKey(m2) != key:
        return None, "SMILES round trip changes InChIKey"
    formula = CalcMolFormula(m2)
    if formula != row["molecular_formula"]:
        return None, "formula disagrees with CSV"
    if formula != CalcMolFormula(m):
        return None, "formula changed by tautomer fix"
    return {"pubchem_cid": cid, "inchikey": key, "smiles": smi, "formula": formula}, None


skipped = collections.Counter()
skip_detail = collections.defaultdict(list)
dups = []
proposals = {}  # id -> (path, fields, how)
for path, s in records:
    if s["kind"] not in ("drug", "precursor") or "smiles" in s:
        continue
    if any(f in s for f in FIELDS):
        skipped["already has an identity field"] += 1
        skip_detail["already has an identity field"].append(s["id"])
        continue
    cid, how = lookup(s)
    if cid is not None and s["id"] in DENY:
        skipped["checked by hand: wrong substance / stereoisomer"] += 1
        skip_detail["checked by hand: wrong substance / stereoisomer"].append(f"{s['id']} ({DENY[s['id']]})")
        continue
    if cid is None:
        skipped[how] += 1
        skip_detail[how].append(s["id"])
        continue
    fields, why = structure(cid)
    if fields is None:
        skipped[why] += 1
        skip_detail[why].append(f"{s['id']} (CID {cid})")
        continue
    names = [s["name"]] + list(s.get("names", {}).get("en", []))
    bad = implausible(fields["formula"], names, s["kind"])
    if bad:
        skipped["implausible elements"] += 1
        skip_detail["implausible elements"].append(f"{s['id']} (CID {cid}, {fields['formula']}: {bad})")
        continue
    other = used_cid.get(cid) or used_key.get(fields["inchikey"])
    if other:
        skipped["CID/InChIKey already used"] += 1
        dups.append((s["id"], other, cid))
        continue
    proposals[s["id"]] = (path, fields, how)

# the same CID proposed for two records in this run: skip all of them
by_cid = collections.defaultdict(list)
for rid, (_, f, _) in proposals.items():
    by_cid[f["pubchem_cid"]].append(rid)
for cid, ids in by_cid.items():
    if len(ids) > 1:
        for rid in ids:
            del proposals[rid]
            skipped["CID claimed by two records in this run"] += 1
        dups.append((ids[0], ", ".join(ids[1:]), cid))


# --- write: insert the four lines into each record's text
def esc(v):
    return v.replace("\\", "\\\\").replace('"', '\\"')


STOP = re.compile(r"^(classes|reviewed_in|note|definition\.)")
added = collections.Counter()
for path in FILES:
    lines = open(path, encoding="utf-8").read().split("\n")
    out = []
    i = 0
    n = 0
    while i < len(lines):
        if lines[i] == "[[substance]]":
            j = i + 1
            while j < len(lines) and not lines[j].startswith("[["):
                j += 1
            block = lines[i:j]
            mo = next((re.match(r'^id = "([^"]+)"', l) for l in block if l.startswith("id = ")), None)
            rid = mo.group(1) if mo else None
            if rid in proposals and proposals[rid][0] == path:
                f = proposals[rid][1]
                new = [
                    f"pubchem_cid = {f['pubchem_cid']}",
                    f'inchikey = "{f["inchikey"]}"',
                    f'smiles = "{esc(f["smiles"])}"',
                    f'formula = "{f["formula"]}"',
                ]
                k = next((x for x, l in enumerate(block) if STOP.match(l)), None)
                if k is None:  # end of the record, before trailing blank lines
                    k = len(block)
                    while k > 1 and block[k - 1] == "":
                        k -= 1
                block = block[:k] + new + block[k:]
                n += 1
            out.extend(block)
            i = j
        else:
            out.append(lines[i])
            i += 1
    added[path] = n
    if n and not DRY:
        open(path, "w", encoding="utf-8").write("\n".join(out))
    # the result must still parse and hold the values we meant to write
    if n and not DRY:
        check = {s["id"]: s for s in tomllib.load(open(path, "rb"))["substance"]}
        for rid, (p, f, _) in proposals.items():
            if p == path:
                assert all(check[rid][k] == f[k] for k in FIELDS), rid

print("added per file:")
for path in FILES:
    print(f"  {path}: {added[path]}")
print(f"total added: {sum(added.values())}")
print("  by CAS:", sum(1 for v in proposals.values() if v[2].startswith("CAS")),
      " by name:", sum(1 for v in proposals.values() if v[2] == "name"))
print("skipped:")
for why, c in skipped.most_common():
    print(f"  {why}: {c}")
for why in skip_detail:
    if why not in ("no match",):
        print(f"-- {why}: {skip_detail[why]}")
print("possible duplicates (new record, existing record(s), CID):")
for d in dups:
    print("  ", d)
if "-v" in sys.argv:
    for rid, (p, f, how) in sorted(proposals.items()):
        print(f"{p}\t{rid}\t{how}\t{f['pubchem_cid']}\t{f['formula']}\t{f['smiles']}")
