#!/usr/bin/env python3
"""Import the United States (CSA schedules, List I/II chemicals) and the three UN
conventions (INCB Yellow, Green, Red lists) into the project's TOML schema.

Dev-only.  Reads /work/shared/reference (never copies it) and writes:
  data/substances/us-un.toml
  data/listings/us/csa.toml, data/listings/us/chemicals.toml
  data/listings/un/1961.toml, data/listings/un/1971.toml, data/listings/un/1988.toml

Usage: python3 tools/importers/us_un/import_us_un.py [--substances-only]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tools/importers: common

import csv
import re
import sys
from collections import defaultdict, OrderedDict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import cas_ok  # noqa: E402
from us_un_parse import (CSV, clean, depth, norm, parse_1310_04, parse_chemlist,  # noqa: E402
                         parse_ecfr_1308, parse_orange_book, read_csv, slug, split_other)
from us_un_tables import (FOREIGN_DEA, FOREIGN_IDS, FOREIGN_INCB, ID_BY_CODE, ID_BY_DEA_NAME,  # noqa: E402
                          ID_FORCE, US_CHEMICALS)
import us_un_un as UNT  # noqa: E402
import us_un_history as HIST  # noqa: E402

from common import ROOT  # noqa: E402
DATA = ROOT / "data"
OB_DATE = "2026-04-08"
OB_SRC = "DEA Orange Book, Controlled Substances - Alphabetical Order (c_cs_alpha.pdf), 08-Apr-26"
ECFR_SRC = "eCFR 21 CFR 1308.11-1308.15 (versioner API, 2026-04-22)"
CHEM_SRC = "DEA List I and II Regulated Chemicals - Alphabetical Order (f_chemlist_alpha.pdf), 08-Apr-26; eCFR 21 CFR 1310.02 (2026-04-22)"

WARN = []


def warn(msg):
    WARN.append(msg)


# ----------------------------------------------------------------- model
class Subst:
    def __init__(self, sid, name, kind="drug"):
        self.id = sid
        self.name = name
        self.kind = kind
        self.names = defaultdict(list)  # en, abbreviation, brand, dea, other
        self.cas = None
        self.other_cas = []
        self.dea_code = None
        self.incb_code = None
        self.pubchem_cid = None
        self.inchikey = None
        self.smiles = None
        self.formula = None
        self.classes = []
        self.reviewed_in = set()
        self.notes = []
        self.definition_en = None
        self.ambiguous = False

    def add_name(self, kind, n):
        n = clean(n)
        if not n or len(n) < 2:
            return
        existing = {x.lower() for k in self.names for x in self.names[k]} | {self.name.lower()}
        if n.lower() in existing:
            return
        self.names[kind].append(n)


SUBS = OrderedDict()
LISTINGS = defaultdict(list)  # file key -> list of dicts


def new_subst(sid, name, kind="drug"):
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", sid), sid
    assert sid not in FOREIGN_IDS, sid
    if sid in SUBS:
        raise KeyError(sid)
    s = Subst(sid, name, kind)
    SUBS[sid] = s
    return s


ABBR = re.compile(r"^[A-Z0-9][A-Za-z0-9,'′\-–α-ω ]{0,20}$")


def is_abbr(n):
    n = n.strip()
    if len(n) > 22 or " " in n.strip() and not re.match(r"^[A-Z0-9\-]+ [A-Z0-9\-]+$", n):
        return False
    letters = re.sub(r"[^A-Za-z]", "", n)
    if not letters:
        return False
    up = sum(1 for c in letters if c.isupper())
    return up / len(letters) >= 0.6 or bool(re.search(r"\d", n) and re.search(r"[A-Z]{2}", n))


# ------------------------------------------------------------ Orange Book
OB_BY_CODE = defaultdict(list)   # code -> list of substance ids
OB_ROWS = []                     # (entry, sid)


def lead_name(name):
    if name.startswith("(") or name.startswith("["):
        m = re.search(r"\(([^()]+)\)$", name)
        if m and len(m.group(1)) < 25:
            return m.group(1), name
        return name, None
    m = re.match(r"^(.*?) [\(\[](.*)[\)\]]$", name)
    if m and depth(m.group(1)) == 0:
        return m.group(1), m.group(2)
    return name, None


def systematic(s):
    return len(s) > 32 or len(re.findall(r"[\d,\(\)\[\]]", s)) > 6


def ob_id(e):
    code = e["code"]
    if e["name"] in ID_BY_DEA_NAME:
        return ID_BY_DEA_NAME[e["name"]]
    if code in ID_FORCE:
        return ID_FORCE[code]
    lead, paren = lead_name(e["name"])
    others = split_other(e["other"])
    ov = ID_BY_CODE.get(code)
    if ov and code not in ("4000", "7000", "2100"):
        hay = norm(e["name"] + " " + e["other"])
        if norm(ov[1]) in hay or norm(ov[0]) in hay:
            return ov
        warn(f"override for DEA {code} ({ov}) does not match Orange Book name {e['name']!r}; not used")
    if re.search(r"\bmg\b|mg/|product|preparation|dosage|&|ingred|excepted", e["name"], re.I):
        return slug(e["name"].replace("&", "and")), e["name"]
    if systematic(lead):
        short = [o for o in others if len(o) <= 25 and not systematic(o) and "precursor" not in o.lower()
                 and "heroin" not in o.lower()]
        if paren and len(paren) <= 25 and not systematic(paren):
            short.insert(0, paren)
        if short:
            return slug(short[0]), short[0]
    # "X; Y (chem)" -> X
    if "; " in lead:
        lead = lead.split("; ")[0]
    if " and " in lead and code == "7011":
        lead = "XLR11"
    return slug(lead), lead


def build_orange_book():
    ob = parse_orange_book()
    seen = {}
    from collections import Counter
    lead_count = Counter(ob_id(e)[0] for e in ob if e["code"] not in FOREIGN_DEA)
    for e in ob:
        code = e["code"]
        if code in FOREIGN_DEA and e["name"].lower() not in ("fentanyl-related substances",):
            OB_ROWS.append((e, FOREIGN_DEA[code]))
            OB_BY_CODE[code].append(FOREIGN_DEA[code])
            continue
        if code == "9850":
            OB_ROWS.append((e, "us-fentanyl-related-substances"))
            OB_BY_CODE[code].append("us-fentanyl-related-substances")
            continue
        sid, disp = ob_id(e)
        lead, paren = lead_name(e["name"])
        ambiguous = lead_count[sid] > 1 and code == "4000"
        if sid in seen or sid in FOREIGN_IDS or ambiguous:
            # same common name for different isomers (steroids): add the stereo descriptor
            suffix = slug((paren or e["name"]).split(",")[0])
            sid2 = f"{sid}-{suffix}"
            if sid in SUBS and sid in seen and seen[sid]["code"] == code and code not in ("4000",):
                # genuine duplicate row for the same code (e.g. 2126 two dosage forms) -> separate ids
                pass
            sid = sid2
            disp = f"{disp} ({(paren or '').split(',')[0]})" if paren else disp
        sid = re.sub(r"(?<=[a-z])-fentanyl$", "fentanyl", sid)
        if len(sid) > 60:
            sid = sid[:60].rstrip("-")
        kind = "drug"
        low = e["name"].lower()
        if any(w in low for w in ("preparation", "combination product", "dosage form", "& noncontrolled",
                                   "in sesame oil", "oral solution", "previously excepted", "product containing")):
            kind = "preparation"
        if code in ("4000", "7000") and low in ("anabolic steroids", "cannabimimetic agents"):
            kind = "class"
        if low.startswith("barbituric acid derivative"):
            kind = "class"
        s = new_subst(sid, disp, kind)
        s.ambiguous = ambiguous
        seen[sid] = e
        s.add_name("dea", e["name"])
        if paren and not systematic(disp) and paren != disp:
            for p in re.split(r"; ", paren):
                if p.startswith("also known as "):
                    p = p[len("also known as "):]
                s.add_name("abbreviation" if is_abbr(p) else "en", p)
        if lead != disp and lead.lower() != disp.lower():
            s.add_name("abbreviation" if is_abbr(lead) else "en", lead)
        for o in split_other(e["other"]):
            if o.lower().startswith(("any substance meeting", "listed as ", "constituent of", "precursor of",
                                     "pcp precursor", "methadone precursor", "has been sold", "synthetic heroin",
                                     "china white", "chine white", "fentanyl")) or o.lower() == "fentanyl":
                s.notes.append(f"Orange Book remark: {o}")
                continue
            s.add_name("abbreviation" if is_abbr(o) else "en", o)
        if code:
            s.dea_code = code
        s.reviewed_in.add("US")
        if e["positional"]:
            s.notes.append("Orange Book: " + e["positional"].strip("()"))
        if e["prior_code"]:
            s.notes.append(f"Prior DEA drug code {e['prior_code']} (Synthetic Drug Abuse Prevention Act); "
                           "consolidated to 7000 under 91 FR 2297 (Orange Book remark).")
        OB_ROWS.append((e, sid))
        OB_BY_CODE[code].append(sid)
    # class records (DEA codes 7000, 4000, 2100) and their members
    defs = {
        "cannabimimetic-agents": (CANNABIMIMETIC_DEF, "7000"),
        "anabolic-steroids": (STEROID_DEF, "4000"),
        "barbituric-acid-derivative": (BARB_DEF, "2100"),
    }
    for cid, (text, code) in defs.items():
        if cid not in SUBS:
            continue
        SUBS[cid].kind = "class"
        SUBS[cid].definition_en = text
        for other in OB_BY_CODE[code]:
            if other != cid and other in SUBS and cid not in SUBS[other].classes:
                SUBS[other].classes.append(cid)


CANNABIMIMETIC_DEF = (
    "21 CFR 1308.11(g)(1)(i): cannabimimetic agent means any substance that is a cannabinoid receptor type 1 (CB1 "
    "receptor) agonist as demonstrated by binding studies and functional assays within any of the following "
    "structural classes: (A) 2-(3-hydroxycyclohexyl)phenol with substitution at the 5-position of the phenolic ring "
    "by alkyl or alkenyl, whether or not substituted on the cyclohexyl ring to any extent; (B) 3-(1-naphthoyl)indole "
    "or 3-(1-naphthylmethane)indole by substitution at the nitrogen atom of the indole ring, whether or not further "
    "substituted on the indole ring to any extent, whether or not substituted on the naphthoyl or naphthyl ring to "
    "any extent; (C) 3-(1-naphthoyl)pyrrole by substitution at the nitrogen atom of the pyrrole ring, whether or not "
    "further substituted in the pyrrole ring to any extent, whether or not substituted on the naphthoyl ring to any "
    "extent; (D) 1-(1-naphthylmethylene)indene by substitution of the 3-position of the indene ring, whether or not "
    "further substituted in the indene ring to any extent, whether or not substituted on the naphthyl ring to any "
    "extent; (E) 3-phenylacetylindole or 3-benzoylindole by substitution at the nitrogen atom of the indole ring, "
    "whether or not further substituted in the indole ring to any extent, whether or not substituted on the phenyl "
    "ring to any extent. Including their salts, isomers, and salts of isomers (DEA code 7000).")
STEROID_DEF = (
    "21 CFR 1308.13(f): any substance meeting the definition of anabolic steroid as set forth in 21 CFR 1300.01, "
    "including any material, compound, mixture or preparation containing any quantity of the substances listed in "
    "1308.13(f), including its salts, esters and ethers (DEA code 4000).")
BARB_DEF = (
    "21 CFR 1308.13(c)(3): any substance which contains any quantity of a derivative of barbituric acid or any salt "
    "thereof (DEA code 2100), unless specifically excepted or listed in another schedule.")


# -------------------------------------------------------- List I / II
def build_chemicals():
    for sid, name, code, cas, cid, en, abbr in US_CHEMICALS:
        if sid in SUBS:
            s = SUBS[sid]
        else:
            s = new_subst(sid, name, "precursor")
        if code:
            s.dea_code = s.dea_code or code
            if s.dea_code != code:
                s.notes.append(f"DEA chemical code {code}.")
        if cas:
            assert cas_ok(cas), (sid, cas)
            s.cas = cas
            if sid in ("n-methylephedrine", "red-phosphorus"):
                s.notes.append("CAS supplied by the curator (check digit verified); it is not in the reference files "
                               "(INCB Red List, PubChem extract) - verify.")
        if cid:
            s.pubchem_cid = cid
        for n in en:
            s.add_name("en", n)
        for n in abbr:
            s.add_name("abbreviation", n)
        s.reviewed_in.add("US")


# ------------------------------------------------------------- output
def q(s):
    s = str(s)
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def qlist(xs):
    return "[" + ", ".join(q(x) for x in xs) + "]"


def write_substances(path):
    out = ["# Substances of the US CSA schedules, US List I/II chemicals and the three UN conventions.",
           "# Generated by tools/importers/us_un/import_us_un.py from /work/shared/reference (see SOURCES there);",
           "# identity only -- the listings are under data/listings/us and data/listings/un.", ""]
    for s in SUBS.values():
        out.append("[[substance]]")
        out.append(f"id = {q(s.id)}")
        out.append(f"name = {q(s.name)}")
        out.append(f"kind = {q(s.kind)}")
        for k in ("en", "abbreviation", "brand", "dea", "other"):
            if s.names.get(k):
                out.append(f"names.{k} = {qlist(s.names[k])}")
        if s.cas:
            out.append(f"cas = {q(s.cas)}")
        if s.other_cas:
            out.append(f"other_cas = {qlist(s.other_cas)}")
        if s.dea_code:
            out.append(f"dea_code = {q(s.dea_code)}")
        if s.incb_code:
            out.append(f"incb_code = {q(s.incb_code)}")
        if s.pubchem_cid:
            out.append(f"pubchem_cid = {int(s.pubchem_cid)}")
        if s.inchikey:
            out.append(f"inchikey = {q(s.inchikey)}")
        if s.smiles:
            out.append(f"smiles = {q(s.smiles)}")
        if s.formula:
            out.append(f"formula = {q(s.formula)}")
        if s.classes:
            out.append(f"classes = {qlist(s.classes)}")
        if s.reviewed_in:
            out.append(f"reviewed_in = {qlist(sorted(s.reviewed_in))}")
        if s.definition_en:
            out.append(f"definition.en = {q(s.definition_en)}")
        if s.notes:
            out.append(f"note = {q(' '.join(dict.fromkeys(s.notes)))}")
        out.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out), encoding="utf-8")


LISTING_KEYS = ["substance", "instrument", "schedule", "code", "announced", "effective", "precision", "until",
                "temporary", "scope", "exceptions", "threshold", "narcotic", "hs_code", "citation", "source", "note"]


def write_listings(path, rows, header):
    out = [f"# {header}", "# Generated by tools/importers/us_un/import_us_un.py; see data/SCHEMA.md.", ""]
    for r in rows:
        out.append("[[listing]]")
        for k in LISTING_KEYS:
            if k not in r or r[k] is None or r[k] == [] or r[k] == "":
                continue
            v = r[k]
            if isinstance(v, bool):
                out.append(f"{k} = {'true' if v else 'false'}")
            elif isinstance(v, list):
                out.append(f"{k} = {qlist(v)}")
            else:
                out.append(f"{k} = {q(v)}")
        out.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out), encoding="utf-8")


def main():
    build_orange_book()
    build_chemicals()
    UNT.build_un(SUBS, new_subst, warn)
    cbd = new_subst("cannabidiol-fda-approved-drugs", "FDA-approved drugs containing cannabidiol", "preparation")
    cbd.add_name("en", "Approved cannabidiol drugs")
    cbd.add_name("brand", "Epidiolex")
    cbd.reviewed_in.add("US")
    cbd.notes.append("Former schedule V entry (21 CFR 1308.15(f), 2018-2020); cannabidiol itself is not a separate "
                     "CSA entry (marihuana-derived material is covered by marihuana / marihuana extract).")
    import us_un_identity as IDN
    IDN.enrich(SUBS, warn)
    if "--substances-only" not in sys.argv:
        HIST.build_listings(SUBS, OB_ROWS, OB_BY_CODE, LISTINGS, warn)
    write_substances(DATA / "substances" / "us-un.toml")
    if "--substances-only" not in sys.argv:
        write_listings(DATA / "listings" / "us" / "csa.toml", LISTINGS["us-csa"],
                       "US Controlled Substances Act schedules I-V (21 CFR 1308.11-1308.15).")
        write_listings(DATA / "listings" / "us" / "chemicals.toml", LISTINGS["us-listed-chemicals"],
                       "US List I and List II chemicals (21 CFR 1310.02; thresholds 21 CFR 1310.04).")
        write_listings(DATA / "listings" / "un" / "1961.toml", LISTINGS["un-1961"],
                       "UN Single Convention on Narcotic Drugs, 1961 (INCB Yellow List).")
        write_listings(DATA / "listings" / "un" / "1971.toml", LISTINGS["un-1971"],
                       "UN Convention on Psychotropic Substances, 1971 (INCB Green List).")
        write_listings(DATA / "listings" / "un" / "1988.toml", LISTINGS["un-1988"],
                       "UN Convention against Illicit Traffic, 1988, Tables I and II (INCB Red List).")
    for w in WARN:
        print("WARN", w, file=sys.stderr)
    print(f"{len(SUBS)} substances; listings: " + ", ".join(f"{k} {len(v)}" for k, v in LISTINGS.items()))


if __name__ == "__main__":
    main()
