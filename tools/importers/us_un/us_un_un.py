"""UN part of tools/importers/us_un/import_us_un.py: INCB Yellow (1961), Green (1971), Red (1988) lists.

Maps every INCB row to a substance id (an existing US one where it is the same substance,
a new UN-only one otherwise) and keeps the rows in ROWS for the listing builder.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tools/importers: common

import re
from collections import defaultdict

from common import cas_ok  # noqa: E402
from us_un_parse import clean, norm, read_csv, slug
from us_un_tables import FOREIGN_INCB

ROWS = []  # dict(instrument, schedule, sid, incb_code, cas, name, hs_code, raw)

# INCB name (norm) -> substance id, where the INCB name differs from every US name.
ALIAS = {
    "4fluoroisobutyrfentanyl": "4-fluoroisobutyrylfentanyl",
    "orthofluorofentanyl": "ortho-fluorofentanyl",
    "butyrfentanyl": "butyrylfentanyl",
    "methoxyacetylfentanyl": "methoxyacetylfentanyl",
    "tetrahydrofuranylfentanyl": "tetrahydrofuranylfentanyl",
    "npyrrolidinoprotonitazene": "protonitazepyne",
    "npyrrolidinometonitazene": "metonitazepyne",
    "etazene": "etodesnitazene",
    "cannabis": "cannabis",
    "cannabisresinextracts": "cannabis-resin-and-extracts",
    "pethidineintermediatea": "pethidine-intermediate-a",
    "pethidineintermediateb": "pethidine-intermediate-b",
    "pethidineintermediatec": "pethidine-intermediate-c",
    "dextropropoxyphene": "dextropropoxyphene",
    "morphinemethobromide": "morphine-methylbromide",
    "mppp": "mppp",
    "pepap": "pepap",
    "etorphine": "etorphine",
    "opium": "opium",
    "concentrateofpoppystraw": "concentrate-of-poppy-straw",
    "cocaleaf": "coca-leaf",
    "heroin": "heroin",
    "levomethorphan": "levomethorphan",
    "levorphanol": "levorphanol",
    "racemethorphan": "racemethorphan",
    "racemorphan": "racemorphan",
    "pethidine": "pethidine",
    "metazocine": "metazocine",
    "acetylalphamethylfentanyl": "acetyl-alpha-methylfentanyl",
    "alphamethylfentanyl": "alpha-methylfentanyl",
    "alphamethylthiofentanyl": "alpha-methylthiofentanyl",
    "betahydroxyfentanyl": "beta-hydroxyfentanyl",
    "betahydroxy3methylfentanyl": "beta-hydroxy-3-methylfentanyl",
    "parafluorofentanyl": "para-fluorofentanyl",
    "parafluorobutyrylfentanyl": "para-fluorobutyrylfentanyl",
    "cyclopropylfentanyl": "cyclopropylfentanyl",
    "crotonylfentanyl": "crotonylfentanyl",
    "2methylap237": "2-methyl-ap-237",
    # 1971
    "brolamfetamine": "dob", "tenamfetamine": "mda", "lysergide": "lsd", "mdma": "mdma", "mmda": "mmda",
    "nethylmda": "mdea", "nhydroxymda": "n-hydroxy-mda", "eticyclidine": "eticyclidine",
    "rolicyclidine": "rolicyclidine", "tenocyclidine": "tenocyclidine", "psilocine": "psilocin",
    "psilocybine": "psilocybin", "stpdom": "dom", "dom": "dom", "tma": "tma", "pma": "pma", "pmma": "pmma",
    "dmt": "dmt", "det": "det", "dma": "dma", "doet": "doet", "etryptamine": "etryptamine",
    "mescaline": "mescaline", "4methylaminorex": "4-methylaminorex", "methcathinone": "methcathinone",
    "cathinone": "cathinone", "4mta": "4-mta", "25bnbome": "25b-nbome", "25cnbome": "25c-nbome",
    "25inbome": "25i-nbome", "parahexyl": "parahexyl", "dmhp": "dmhp", "doc": "doc",
    "amfetamine": "amphetamine", "dexamfetamine": "dexamfetamine", "levamfetamine": "levamfetamine",
    "metamfetamine": "methamphetamine", "levmetamfetamine": "levmetamfetamine",
    "metamfetamineracemate": "metamfetamine-racemate", "phencyclidine": "phencyclidine",
    "lefetamine": "lefetamine", "fenetylline": "fenethylline", "zipeprol": "zipeprol",
    "secobarbital": "secobarbital", "methylphenidate": "methylphenidate", "phenmetrazine": "phenmetrazine",
    "mecloqualone": "mecloqualone", "methaqualone": "methaqualone", "amineptine": "amineptine",
    "deltatetrahydrocannabinol": "dronabinol", "delta9tetrahydrocannabinol": "dronabinol",
    "ghb": "ghb", "gammahydroxybutyricacid": "ghb", "amfepramone": "diethylpropion",
    "clonazolam": "clonazolam",
}

# Green List rows whose name the CSV truncated; IDS code -> (id, display name) for new substances
GREEN_NEW = {
    "PD 010": ("dronabinol", "Dronabinol"),
    "PF 013": ("2-fluorodeschloroketamine", "2-Fluorodeschloroketamine"),
    "PH 003": ("hexahydrocannabinol", "Hexahydrocannabinol"),
    "PM 031": ("3-meo-pcp", "3-MeO-PCP"),
    "PM 015": ("metamfetamine-racemate", "Metamfetamine racemate"),
    "PN 010": ("n-ethylpentylone", "N-Ethylpentylone"),
    "PT 002": ("tetrahydrocannabinol-isomers", "Tetrahydrocannabinol (isomers listed in 1971 Schedule I)"),
    "PD 003": ("dmhp", "DMHP"), "PD 011": ("doc", "DOC"), "PM 020": ("4-mta", "4-MTA"),
    "PC 016": ("clonazolam", "Clonazolam"), "PB 007": ("brotizolam", "Brotizolam"),
}

# Green List Schedule I rows have no CAS in the reference CSV; map them by IDS code.
GREEN_BY_IDS = {
    "PC 010": "cathinone", "PD 001": "det", "PD 003": "dmhp", "PD 004": "dmt", "PD 007": "dma", "PD 008": "doet",
    "PD 009": "dob", "PD 011": "doc", "PE 006": "etryptamine", "PL 002": "lsd", "PM 004": "mescaline",
    "PM 011": "mdma", "PM 013": "mmda", "PM 014": "mda", "PM 017": "4-methylaminorex", "PM 019": "methcathinone",
    "PM 020": "4-mta", "PN 004": "mdea", "PN 005": "n-hydroxy-mda", "PN 006": "25b-nbome", "PN 007": "25c-nbome",
    "PN 008": "25i-nbome", "PP 001": "parahexyl", "PP 003": "eticyclidine", "PP 007": "rolicyclidine",
    "PP 012": "psilocin", "PP 013": "psilocybin", "PP 017": "pma", "PP 021": "pmma", "PS 002": "dom",
    "PT 001": "tenocyclidine", "PT 002": "tetrahydrocannabinol-isomers", "PT 006": "tma",
}

# Yellow List rows missing from the reference CSV (the CSV parser dropped them); read in the
# alphabetical index of the same PDF ("COCA LEAF -> p. 4", "MORPHINE METHOBROMIDE -> p. ...",
# "TETRAHYDROFURANYLFENTANYL (THF-F) -> p. 7") and the Schedule IV part (para-fluorofentanyl is in
# Sch. IV, so it is also in Sch. I).
YELLOW_EXTRA = [
    ("Schedule I", "coca-leaf", "COCA LEAF", None, None),
    ("Schedule I", "morphine-methylbromide", "MORPHINE METHOBROMIDE", None, None),
    ("Schedule I", "tetrahydrofuranylfentanyl", "TETRAHYDROFURANYLFENTANYL", None, None),
    ("Schedule I", "para-fluorofentanyl", "PARA-FLUOROFENTANYL", "NF 003", "90736-23-5"),
]


THC_ISOMERS_DEF = (
    "Convention on Psychotropic Substances, 1971, Schedule I: tetrahydrocannabinol, the following isomers and their "
    "stereochemical variants: delta-6a(10a)-THC (7,8,9,10-tetrahydro-6,6,9-trimethyl-3-pentyl-6H-dibenzo[b,d]pyran-1-ol); "
    "delta-6a(7)-THC ((9R,10aR)-8,9,10,10a-tetrahydro-6,6,9-trimethyl-3-pentyl-6H-dibenzo[b,d]pyran-1-ol); "
    "delta-7-THC ((6aR,9R,10aR)-6a,9,10,10a-tetrahydro-6,6,9-trimethyl-3-pentyl-6H-dibenzo[b,d]pyran-1-ol); "
    "delta-8-THC ((6aR,10aR)-6a,7,10,10a-tetrahydro-6,6,9-trimethyl-3-pentyl-6H-dibenzo[b,d]pyran-1-ol); "
    "delta-10-THC (6a,7,8,9-tetrahydro-6,6,9-trimethyl-3-pentyl-6H-dibenzo[b,d]pyran-1-ol); "
    "delta-9(11)-THC ((6aR,10aR)-6a,7,8,9,10,10a-hexahydro-6,6-dimethyl-9-methylene-3-pentyl-6H-dibenzo[b,d]pyran-1-ol). "
    "Delta-9-THC (dronabinol) is in Schedule II (INCB Green List, IDS PT 002).")


SCHED_III_TEXT = (
    "Preparations of narcotic drugs exempted from some provisions (Schedule III of the 1961 Convention), as "
    "summarised in the INCB Yellow List: 1. acetyldihydrocodeine, codeine, dihydrocodeine, ethylmorphine, "
    "nicocodine, nicodicodine, norcodeine and pholcodine when compounded with one or more other ingredients and "
    "containing not more than 100 milligrams of the drug per dosage unit and with a concentration of not more "
    "than 2.5 per cent in undivided preparations; 2. propiram containing not more than 100 milligrams per dosage "
    "unit and compounded with at least the same amount of methylcellulose; 3. dextropropoxyphene for oral use "
    "containing not more than 135 milligrams of base per dosage unit or with a concentration of not more than 2.5 "
    "per cent in undivided preparations, provided that such preparations do not contain any substance controlled "
    "under the 1971 Convention; 4. cocaine containing not more than 0.1 per cent of cocaine calculated as cocaine "
    "base, and opium or morphine containing not more than 0.2 per cent of morphine calculated as anhydrous morphine "
    "base and compounded with one or more other ingredients so that the drug cannot be recovered by readily "
    "applicable means or in a yield which would constitute a risk to public health; 5. difenoxin containing, per "
    "dosage unit, not more than 0.5 milligrams of difenoxin and a quantity of atropine sulfate equivalent to at "
    "least 5 per cent of the dose of difenoxin; 6. diphenoxylate containing, per dosage unit, not more than 2.5 "
    "milligrams of diphenoxylate calculated as base and a quantity of atropine sulfate equivalent to at least 1 "
    "per cent of the dose of diphenoxylate; 7. Pulvis ipecacuanhae et opii compositus (10 per cent opium in powder, "
    "10 per cent ipecacuanha root in powder, well mixed with 80 per cent of any other powdered ingredient "
    "containing no drug); 8. preparations conforming to any of the formulas listed in this Schedule and mixtures "
    "of such preparations with any material which contains no drug.")


def build_index(subs):
    idx = defaultdict(set)
    for s in subs.values():
        for n in [s.name, s.id] + [x for k in s.names for x in s.names[k]]:
            idx[norm(n)].add(s.id)
    return idx


def pubchem_cas_index():
    syn = defaultdict(set)
    for r in read_csv("pubchem_synonyms.csv"):
        syn[r["cid"]].add(r["synonym"])
    cas2cid = defaultdict(set)
    for r in read_csv("pubchem_compounds.csv"):
        if cas_ok(r["cas_primary"]):
            cas2cid[r["cas_primary"]].add(r["cid"])
    for cid, names in syn.items():
        for n in names:
            if re.fullmatch(r"\d{2,7}-\d\d-\d", n) and cas_ok(n):
                cas2cid[n].add(cid)
    return syn, cas2cid


def ids_code(raw):
    m = re.match(r"^\s*([NP][A-Z])\s?-?(\d{3})", raw)
    return f"{m.group(1)} {m.group(2)}" if m else None


def title(n):
    n = clean(n)
    if n.isupper():
        return n.capitalize() if " " not in n else " ".join(w.capitalize() for w in n.split(" "))
    return n


def build_un(subs, new_subst, warn):
    idx = build_index(subs)
    syn, cas2cid = pubchem_cas_index()

    def lookup(names, cas):
        for n in names:
            k = norm(n)
            if k in ALIAS and (ALIAS[k] in subs or ALIAS[k] in FOREIGN_INCB.values()):
                return ALIAS[k]
            if k in FOREIGN_INCB:
                return FOREIGN_INCB[k]
            if len(idx.get(k, ())) == 1:
                return next(iter(idx[k]))
        if cas and cas in FOREIGN_INCB:
            return FOREIGN_INCB[cas]
        if cas:
            for s in subs.values():
                if s.cas == cas:
                    return s.id
            hits = set()
            for cid in cas2cid.get(cas, ()):
                for n in syn.get(cid, ()):
                    if len(idx.get(norm(n), ())) == 1:
                        hits |= idx[norm(n)]
            if len(hits) == 1:
                return hits.pop()
            if len(hits) > 1:
                warn(f"CAS {cas} ({names[0]}) matches several substances {sorted(hits)}; not merged")
        return None

    def get_or_create(names, cas, kind="drug", forced=None):
        al = ALIAS.get(norm(names[0]))
        if al and not forced:
            forced = al
        sid = forced or lookup(names, cas)
        if sid and (sid in subs or sid in FOREIGN_INCB.values()):
            return sid
        sid = forced or slug(names[0])
        if sid in subs:
            return sid
        s = new_subst(sid, title(names[0]), kind)
        for n in names[1:]:
            s.add_name("en", title(n))
        for n in [s.name] + s.names["en"]:
            idx[norm(n)].add(sid)
        return sid

    # ---------------- Yellow List (1961)
    for r in read_csv("incb_yellow_list.csv"):
        sch = r["convention_schedule"]
        if not sch.startswith("Schedule"):
            continue  # "Intermediate Opiate Raw Materials": reporting categories, not schedules
        sched = sch.split(" (")[0].replace("Schedule ", "")
        name = r["drug_name"].replace("N/A ", "").strip()
        name = re.sub(r"^([A-Z]+)\d$", r"\1", name)
        if name == "BETA-HYDROXY-3-":
            name = "BETA-HYDROXY-3-METHYLFENTANYL"
        code = ids_code(r["raw_text"])
        cas = r["cas_number"] if cas_ok(r["cas_number"]) else None
        names = [name] + [x.strip() for x in r["synonyms"].split(";") if x.strip()]
        m = re.search(r"\(([A-Z\-]+)\)$", r["raw_text"].split("\n")[0])
        if m:
            names.append(m.group(1))
        kind = "drug"
        if name in ("CANNABIS", "CANNABIS RESIN, EXTRACTS", "OPIUM", "CONCENTRATE OF POPPY STRAW"):
            kind = "drug"
        sid = get_or_create(names, cas, kind)
        ROWS.append(dict(instrument="un-1961", schedule=sched, sid=sid, incb_code=code, cas=cas, name=name,
                         raw=r["raw_text"].split("\n")[0][:200], notes=r["notes"][:300]))
    for sched, sid, name, code, cas in YELLOW_EXTRA:
        sid = get_or_create([name], cas, forced=sid if sid in subs else None)
        ROWS.append(dict(instrument="un-1961", schedule=sched.replace("Schedule ", ""), sid=sid, incb_code=code,
                         cas=cas, name=name, raw="", notes="", extra=True))

    # Schedule III of the 1961 Convention: preparations, one record
    s3 = new_subst("un-1961-schedule-iii-preparations",
                   "Preparations in Schedule III of the 1961 Single Convention", "preparation")
    s3.definition_en = SCHED_III_TEXT
    s3.reviewed_in.add("UN")
    ROWS.append(dict(instrument="un-1961", schedule="III", sid=s3.id, incb_code=None, cas=None,
                     name="", raw="", notes=""))

    # ---------------- Green List (1971)
    for r in read_csv("incb_green_list.csv"):
        sched = r["convention_schedule"].split(" (")[0].replace("Schedule ", "")
        raw = r["raw_text"].split("\n")[0]
        code = ids_code(raw)
        m = re.match(r"^\s*[NP][A-Z]\s?-?\d{3}\s+((?:\d+-\d+-\d+)\s+)?(.*)$", raw)
        rawcas = m.group(1).strip() if m and m.group(1) else ""
        rest = m.group(2) if m else raw
        cas = r["cas_number"] if cas_ok(r["cas_number"]) else None
        if not cas and rawcas:
            fixed = re.sub(r"-0(\d)$", r"-\1", rawcas)
            if cas_ok(fixed):
                cas = fixed
                warn(f"Green List {code}: CAS {rawcas!r} read as {fixed}")
        toks = rest.split(" ")
        cands = []
        for n in range(1, 4):
            cands.append(" ".join(toks[:n]).rstrip(","))
        if not rawcas:
            cands.insert(0, r["substance_name"].rstrip(","))
        forced = GREEN_BY_IDS.get(code)
        sid = forced if forced in subs else None
        if not sid and code in GREEN_NEW:
            gid, gname = GREEN_NEW[code]
            sid = gid if gid in subs else get_or_create([gname], None, forced=gid)
            if gid == "tetrahydrocannabinol-isomers":
                subs[gid].kind = "class"
                subs[gid].definition_en = THC_ISOMERS_DEF
        if not sid:
            sid = lookup(cands, cas)
        if not sid:
            sid = get_or_create([cands[0]], cas, forced=forced)
        ROWS.append(dict(instrument="un-1971", schedule=sched, sid=sid, incb_code=code, cas=cas, name=cands[0],
                         raw=raw[:200], notes=""))

    # ---------------- Red List (1988)
    for r in read_csv("incb_red_list.csv"):
        hs = re.search(r"HS code:\s*([\d.]+#?)", r["raw_text"])
        hs = hs.group(1) if hs else None
        cas = r["cas_number"] if cas_ok(r["cas_number"]) else None
        name = clean(r["chemical_name"])
        names = [name] + [x.strip() for x in r["other_names"].split(";")[:1] if x.strip()]
        sid = lookup(names, cas)
        if not sid:
            gid = slug(name.replace("3,4-MDP-2-P methyl glycidic acid", "PMK glycidic acid")
                       .replace("P-2-P methyl glycidic acid", "BMK glycidic acid"))
            sid = get_or_create(names, cas, kind="precursor", forced=gid)
        ROWS.append(dict(instrument="un-1988", schedule="Table " + r["table"], sid=sid, incb_code=None, cas=cas,
                         name=name, hs_code=hs, raw=r["raw_text"][-200:], notes=""))

    # identity from the INCB rows
    for row in ROWS:
        sid = row["sid"]
        if sid not in subs:
            continue
        s = subs[sid]
        s.reviewed_in.add("UN")
        if row["cas"]:
            if s.cas and s.cas != row["cas"]:
                warn(f"{sid}: CAS {s.cas} (US side) vs INCB {row['cas']}; INCB kept, other kept in other_cas")
                if s.cas not in s.other_cas:
                    s.other_cas.append(s.cas)
            s.cas = row["cas"]
            if s.cas in s.other_cas:
                s.other_cas.remove(s.cas)
        if row.get("incb_code") and row["instrument"] in ("un-1961", "un-1971"):
            if not s.incb_code:
                s.incb_code = row["incb_code"]
        if row["name"]:
            inn = title(row["name"])
            if inn.lower() != s.name.lower():
                s.add_name("en", inn)
