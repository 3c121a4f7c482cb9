"""Identity enrichment from pubchem_compounds.csv / pubchem_synonyms.csv (reference, section 3b).

Rules (conservative):
- a substance is matched to a PubChem CID by its CAS (INCB / curated) when exactly one CID has that
  CAS (as cas_primary with a valid check digit, or as a CAS-shaped synonym);
- otherwise by name: the first of its names (DEA name, preferred name, other English names,
  abbreviations of 4+ characters) that is the synonym of exactly one CID;
- classes and preparations are never matched;
- a name match whose PubChem CAS disagrees with the CAS we already hold is rejected;
- CAS is taken from PubChem only when cas_primary passes the check digit AND appears among that
  CID's synonyms (pubchem_compounds.csv has 34 wrong CAS);
- SMILES and formula are derived with RDKit from PubChem's InChI; they are kept only when RDKit's
  InChIKey equals PubChem's InChIKey.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tools/importers: common

import re
from collections import defaultdict

from common import cas_ok  # noqa: E402
from us_un_parse import norm, read_csv

STATS = {}


def enrich(subs, warn):
    comp = {r["cid"]: r for r in read_csv("pubchem_compounds.csv")}
    syn = defaultdict(set)
    byname = defaultdict(set)
    bycas = defaultdict(set)
    for r in read_csv("pubchem_synonyms.csv"):
        syn[r["cid"]].add(r["synonym"])
        byname[norm(r["synonym"])].add(r["cid"])
        if re.fullmatch(r"\d{2,7}-\d\d-\d", r["synonym"]) and cas_ok(r["synonym"]):
            bycas[r["synonym"]].add(r["cid"])
    for cid, r in comp.items():
        byname[norm(r["iupac_name"])].add(cid)
        if cas_ok(r["cas_primary"]):
            bycas[r["cas_primary"]].add(cid)
    try:
        from rdkit import Chem, RDLogger
        from rdkit.Chem.rdMolDescriptors import CalcMolFormula
        RDLogger.DisableLog("rdApp.*")
    except ImportError:  # pragma: no cover
        Chem = None

    n_match = n_struct = n_cas_from_pc = n_mismatch = 0
    for s in subs.values():
        if s.kind in ("class", "preparation"):
            continue
        cid = str(s.pubchem_cid) if s.pubchem_cid else None
        how = "preset" if cid else None
        if not cid and s.cas and len(bycas.get(s.cas, ())) == 1:
            cid = next(iter(bycas[s.cas]))
            how = "cas"
        if not cid:
            cands = s.names.get("dea", []) + [s.name] + s.names.get("en", []) + \
                [a for a in s.names.get("abbreviation", []) if len(a) >= 4]
            if getattr(s, "ambiguous", False):
                cands = s.names.get("dea", [])
            for n in cands:
                hits = byname.get(norm(n), set())
                if len(hits) == 1:
                    cid = next(iter(hits))
                    how = "name"
                    break
        if not cid or cid not in comp:
            if cid and cid not in comp:
                s.pubchem_cid = int(cid)
            continue
        r = comp[cid]
        pc_cas = r["cas_primary"] if cas_ok(r["cas_primary"]) and r["cas_primary"] in syn[cid] else None
        if how == "name" and s.cas and pc_cas and pc_cas != s.cas and s.cas not in syn[cid]:
            warn(f"{s.id}: name match CID {cid} has CAS {pc_cas}, ours {s.cas}; PubChem match rejected")
            continue
        s.pubchem_cid = int(cid)
        n_match += 1
        if not s.cas and pc_cas:
            s.cas = pc_cas
            n_cas_from_pc += 1
            s.notes.append(f"CAS from PubChem CID {cid} (cas_primary, confirmed among its synonyms).")
        s.inchikey = r["inchi_key"] or None
        if Chem and r["inchi"]:
            m = Chem.MolFromInchi(r["inchi"])
            if m is not None:
                key = Chem.MolToInchiKey(m)
                if key == r["inchi_key"]:
                    s.smiles = Chem.MolToSmiles(m)
                    s.formula = CalcMolFormula(m)
                    n_struct += 1
                else:
                    n_mismatch += 1
                    warn(f"{s.id}: RDKit InChIKey {key} != PubChem {r['inchi_key']}; SMILES not kept")
    STATS.update(matched=n_match, structures=n_struct, cas_from_pubchem=n_cas_from_pc, key_mismatch=n_mismatch)
