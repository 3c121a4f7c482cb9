"""Listing builder for tools/importers/us_un/import_us_un.py: US CSA, US List I/II, UN 1961/1971/1988.

Dates: only what a record shows.  The Orange Book and the eCFR give no per-entry date, so
a current CSA listing without a dated record is written with precision = "in-force-by" and
effective = the Orange Book date (2026-04-08).  UN listings without a dated record are
"in-force-by" the date the INCB lists were fetched (2026-04-24).
"""
import re

from us_un_parse import clean, norm, parse_1310_02, parse_1310_04, parse_chemlist, parse_ecfr_1308
import us_un_un as UNT

OB_DATE = "2026-04-08"
OB_SRC = "DEA Orange Book, Controlled Substances - Alphabetical Order (c_cs_alpha.pdf), 08-Apr-26"
ECFR_DATE = "2026-04-22"
UN_DATE = "2026-04-24"
SCHED_SECTION = {"I": "1308.11", "II": "1308.12", "III": "1308.13", "IV": "1308.14", "V": "1308.15"}

# eCFR places for codes the table parser cannot see (running text)
ECFR_SPECIAL = {
    "4000": ("1308.13", "f", ""), "7369": ("1308.13", "g", "1"), "9040": ("1308.12", "b", "4"),
    "9041": ("1308.12", "b", "4"), "9180": ("1308.12", "b", "4"), "9650": ("1308.12", "b", "3"),
    "9725": ("1308.14", "g", "3"), "7000": ("1308.11", "g", ""), "7374": ("1308.11", "d", "25"),
}
V_PREPS = {"codeine": "1", "dihydrocodeine": "2", "ethylmorphine": "3", "diphenoxylate": "4", "opium": "5",
           "difenoxin": "6"}

# Temporary scheduling orders read in the eCFR 21 CFR 1308.11 "Effective Date Notes" (2026-04-22)
TEMP_H = {}
for n, (eff, cit, until, ext) in {
    62: ("2023-12-12", "88 FR 86045 (2023-12-12)", "2026-12-13", "90 FR 57356 / 90 FR 57542 (2025-12-11)"),
    63: ("2023-12-12", "88 FR 86045 (2023-12-12)", "2026-12-13", "90 FR 58149 (2025-12-16)"),
    64: ("2023-12-12", "88 FR 86045 (2023-12-12)", "2026-12-13", "90 FR 58149 (2025-12-16)"),
    65: ("2023-12-12", "88 FR 86045 (2023-12-12)", "2026-12-13", "90 FR 57356 / 90 FR 57542 (2025-12-11)"),
    66: ("2023-12-12", "88 FR 86045 (2023-12-12)", "2026-12-13", "90 FR 58149 (2025-12-16)"),
    67: ("2023-12-12", "88 FR 86045 (2023-12-12)", "2026-12-13", "90 FR 58149 (2025-12-16)"),
    **{k: ("2025-10-15", "90 FR 48265 (2025-10-15)", "2027-10-15", None) for k in range(79, 86)},
    86: ("2026-03-16", "91 FR 12508 (2026-03-16)", "2028-03-16", None),
}.items():
    TEMP_H[str(n)] = dict(effective=eff, citation=cit, until=until, ext=ext)

# Synthetic Drug Abuse Prevention Act of 2012 (Pub. L. 112-144, title XI, subtitle D): the Orange Book
# remark "Prior drug code NNNN under Synthetic Drug Abuse Prevention Act" marks the substances it named.
SDAPA = ("Pub. L. 112-144, title XI, subtitle D (Synthetic Drug Abuse Prevention Act of 2012), enacted 2012-07-09",
         "2012-07-09")
# Five synthetic cannabinoids temporarily scheduled before SDAPA: 76 FR 11075 (2011-03-01)
JWH_TEMP = {"jwh-018", "jwh-073", "jwh-200", "cp-47497", "cp-47497-c8-homolog"}


def scope_words(text):
    t = text.lower()
    w = []
    if "isomers, esters, ethers" in t or "isomers, esters and ethers" in t:
        w = ["salts", "isomers", "esters", "ethers", "salts-of-isomers", "salts-of-esters-and-ethers"]
    elif "optical and geometric isomers" in t or "optical and geometric" in t:
        w = ["salts", "optical-isomers", "geometric-isomers", "salts-of-isomers"]
    elif "optical, position and geometric" in t or "optical, positional, or geometric" in t:
        w = ["salts", "optical-isomers", "position-isomers", "geometric-isomers", "salts-of-isomers"]
    elif "optical isomers" in t:
        w = ["salts", "optical-isomers", "salts-of-isomers"]
    elif "salts, isomers" in t or "salts, isomers, and salts" in t:
        w = ["salts", "isomers", "salts-of-isomers"]
    elif "salts, esters and ethers" in t:
        w = ["salts", "esters", "ethers"]
    elif "its salts" in t or "any salt" in t or "their salts" in t or "and salts" in t:
        w = ["salts"]
    if "mixture, or preparation" in t or "mixture or preparation" in t or "or preparation of" in t:
        w.append("preparations")
    return w


def lst(**kw):
    return {k: v for k, v in kw.items() if v not in (None, "", [])}


def ecfr_place(code, schedule, ec, name):
    sec = SCHED_SECTION[schedule]
    if code in ECFR_SPECIAL:
        s, p, i = ECFR_SPECIAL[code]
        return dict(section=s, para=p, item=i, heading="", text="")
    for e in ec.get(code, []):
        if e["section"] == sec:
            return e
    if not code and schedule == "V":
        for k, i in V_PREPS.items():
            if name.lower().startswith(k + " "):
                return dict(section="1308.15", para="c", item=i, heading="", text="")
    return None


def cite(p):
    s = f"21 CFR {p['section']}({p['para']})"
    if p.get("item"):
        s += f"({p['item']})"
    return s


def build_csa(subs, ob_rows, listings, warn):
    ec = parse_ecfr_1308()
    heads = {}
    for code, es in ec.items():
        for e in es:
            heads[(e["section"], e["para"])] = e["heading"]
    heads[("1308.13", "f")] = ("Anabolic steroids ... any substance meeting the definition of anabolic steroid as set "
                              "forth in 1300.01, including any material, compound, mixture or preparation containing "
                              "any quantity of the following substances, including its salts, esters and ethers")
    heads[("1308.11", "g")] = ("Cannabimimetic agents ... any material, compound, mixture, or preparation ... salts, "
                              "isomers, and salts of isomers")
    heads[("1308.12", "b")] = ("Substances, vegetable origin or chemical synthesis: any salt, compound, derivative, or "
                              "preparation thereof")
    heads[("1308.15", "c")] = "Narcotic drugs containing non-narcotic active medicinal ingredients (preparations)"
    out = listings["us-csa"]
    seen_codes = set()
    for e, sid in ob_rows:
        seen_codes.add(e["code"])
        if sid not in subs:
            continue  # fentanyl family: listed by its own helper
        s = subs[sid]
        code = e["code"]
        p = ecfr_place(code, e["schedule"], ec, e["name"])
        citation, scope, notes = [], [], []
        if p:
            citation.append(cite(p))
            head = heads.get((p["section"], p["para"]), "")
            scope = scope_words((p.get("text") or "") + " ") or scope_words(head)
            if p["section"] == "1308.12" and p["para"] == "g":
                scope = ["immediate-precursor"] + scope
        else:
            warn(f"no eCFR place for DEA {code} {e['name']!r}")
            citation.append(f"DEA Orange Book 08-Apr-26, CSA schedule {e['schedule']}")
        if s.kind == "preparation" and "preparations" not in scope:
            scope.append("preparations")
        if e["positional"]:
            notes.append("Orange Book: " + e["positional"].strip("()") + ".")
        temp = p is not None and p["section"] == "1308.11" and p["para"] == "h"
        row = None
        if temp and p["item"] in TEMP_H:
            t = TEMP_H[p["item"]]
            cit = [t["citation"], cite(p)]
            if t["ext"]:
                cit.append(t["ext"] + " (extension)")
            row = lst(substance=sid, instrument="us-csa", schedule=e["schedule"], code=code or None,
                      effective=t["effective"], until=t["until"], temporary=True, scope=scope,
                      narcotic=e["narcotic"], citation=cit, source=f"{OB_SRC}; eCFR 21 CFR 1308.11 effective date notes ({ECFR_DATE})",
                      note=clean("Temporary scheduling order (21 U.S.C. 811(h)). 'until' is the first day after the "
                                 "period stated in the eCFR effective date notes (\"through\" / \"until\" that date); a "
                                 "later extension or permanent placement may follow. " + " ".join(notes)))
        elif e["prior_code"] or code in ("7118", "7201"):
            own = not e["prior_code"]
            row = lst(substance=sid, instrument="us-csa", schedule="I", code=code, effective=SDAPA[1],
                      scope=scope, narcotic=e["narcotic"],
                      citation=[SDAPA[0], cite(p) if p else "21 CFR 1308.11(g)"] +
                      ([] if own else ["91 FR 2297 (drug code consolidated to 7000)"]),
                      source=OB_SRC if not own else f"{OB_SRC}; {ECFR_SRC}",
                      note=clean((f"Named in the Synthetic Drug Abuse Prevention Act of 2012 (Orange Book remark); "
                                  f"prior DEA drug code {e['prior_code']}, now 7000 (cannabimimetic agents) under 91 FR 2297. "
                                  if not own else
                                  "Named in the Synthetic Drug Abuse Prevention Act of 2012 (curator's reading of the Act's "
                                  "list; the Orange Book gives no remark for this entry, which keeps its own code). ") +
                                 "Effective date = date of enactment of Pub. L. 112-144. " + " ".join(notes)))
            if sid in JWH_TEMP:
                out.append(lst(substance=sid, instrument="us-csa", schedule="I", code=e["prior_code"] or code,
                               effective="2011-03-01", until="2012-07-09", temporary=True, scope=scope, narcotic=False,
                               citation=["76 FR 11075 (2011-03-01)"], source=OB_SRC,
                               note="Temporary placement of five synthetic cannabinoids in schedule I, superseded by "
                                    "the permanent placement in Pub. L. 112-144 (2012-07-09)."))
        if row is None:
            row = lst(substance=sid, instrument="us-csa", schedule=e["schedule"], code=code or None, effective=OB_DATE,
                      precision="in-force-by", temporary=True if temp else None, scope=scope, narcotic=e["narcotic"],
                      citation=citation, source=f"{OB_SRC}; {ECFR_SRC}",
                      note=clean("In force by the Orange Book of 08-Apr-26; neither the Orange Book nor the eCFR gives "
                                 "the date of this placement. " + " ".join(notes)))
        out.append(row)
    # eCFR entries not (yet) in the Orange Book
    for code, es in ec.items():
        if code in seen_codes:
            continue
        for e in es:
            if code == "7457" and "3-meo-pcp" in subs:
                s = subs["3-meo-pcp"]
                s.dea_code = s.dea_code or code
                s.reviewed_in.add("US")
                s.add_name("en", "3-methoxyphencyclidine")
                s.add_name("en", "1-(1-(3-methoxyphenyl)cyclohexyl)piperidine")
                s.add_name("dea", "3-methoxyphencyclidine")
                out.append(lst(substance="3-meo-pcp", instrument="us-csa", schedule="I", code=code,
                               effective=ECFR_DATE, precision="in-force-by",
                               scope=scope_words(e["heading"]), narcotic=False, citation=[cite(e)],
                               source=ECFR_SRC,
                               note="In the eCFR of 2026-04-22 (21 CFR 1308.11(d)(109)) but not in the Orange Book "
                                    "of 08-Apr-26; date of placement not in the record checked."))
            else:
                warn(f"eCFR code {code} ({e['text'][:50]}) not in the Orange Book and not mapped")

    # ---- dated history
    def add(**kw):
        out.append(lst(**kw))

    if "hydrocodone" in subs:
        add(substance="hydrocodone", instrument="us-csa", schedule="III", effective="1971-05-01",
            until="2014-10-06", narcotic=True, scope=["salts", "preparations"],
            citation=["21 U.S.C. 812(c), Schedule III(d) (Pub. L. 91-513)", "21 CFR 1308.13(e)(1)(iii)-(iv) (before 2014)",
                      "79 FR 49661 (2014-08-22)"],
            source="79 FR 49661 (final rule: hydrocodone combination products from schedule III to schedule II)",
            note="Hydrocodone combination products (limited quantities of dihydrocodeinone with an isoquinoline alkaloid "
                 "of opium or with non-narcotic ingredients) were in schedule III until they were moved to schedule II "
                 "effective 2014-10-06 (79 FR 49661). Effective 1971-05-01 = the date the CSA schedules took effect "
                 "(Pub. L. 91-513); the exact dosage-form wording is not repeated here.")
    if "cannabidiol-fda-approved-drugs" in subs:
        add(substance="cannabidiol-fda-approved-drugs", instrument="us-csa", schedule="V", effective="2018-09-28",
            until="2020-08-21", scope=["preparations"], narcotic=False,
            citation=["83 FR 48950 (2018-09-28)", "85 FR 51639 (2020-08-21)"],
            source="83 FR 48950 final order (effective 2018-09-28); 85 FR 51639 interim final rule (effective 2020-08-21)",
            note="FDA-approved drugs containing cannabidiol derived from cannabis and no more than 0.1 percent "
                 "tetrahydrocannabinols (Epidiolex) were placed in schedule V (21 CFR 1308.15(f)) and removed by the "
                 "interim final rule implementing the Agriculture Improvement Act of 2018. Doubt: the rule says it "
                 "conforms the regulations to statutory amendments that had already taken effect (the 2018 Act), so "
                 "the removal may be dated earlier than 2020-08-21.")


ECFR_SRC = "eCFR 21 CFR 1308.11-1308.15 (2026-04-22)"
CHEM_SRC = ("DEA List I and II Regulated Chemicals - Alphabetical Order (f_chemlist_alpha.pdf), 08-Apr-26; "
            "eCFR 21 CFR 1310.02 (2026-04-22)")
THR_SRC = "21 CFR 1310.04 (eCFR markdown copy, MichalOpoka/ecfr commit 088bb3cd, undated, about 2023-2025)"


def fmt_cit(c, iso):
    return f"{c} (effective {iso})"


def list2_thresholds(md):
    out = {}
    blocks = {"(i) Imports and Exports": "imports and exports", "(ii) Domestic Sales": "domestic sales",
              "(iv) Exports, Transshipments": "exports, transshipments and international transactions to designated "
                                               "countries (21 CFR 1310.08(b))",
              "(v) Export and International": "exports and international transactions to designated countries, and "
                                              "importations for transshipment or transfer to them"}
    parts = re.split(r"\n(?=\((?:i|ii|iii|iv|v)\) )", md)
    for part in parts:
        label = next((v for k, v in blocks.items() if part.startswith(k)), None)
        if not label:
            continue
        for m in re.finditer(r"^\|\s*\(([A-Z1])\)\s*(.*?)\s*\|\s*(.*?)\s*\|\s*(.*?)\s*\|$", part, re.M):
            chem = m.group(2).lower()
            vol, wt = m.group(3).strip(), m.group(4).strip().rstrip(".")
            if chem.startswith("reserved"):
                continue
            txt = ", ".join(x for x in ([f"{vol} by volume"] if vol and vol != "N/A" else []) +
                            ([f"{wt} by weight"] if wt else []))
            out.setdefault(chem, []).append(f"{label}: {txt}")
    return out


CHEM_KEY = {  # List II table names -> id
    "acetic anhydride": "acetic-anhydride", "acetone": "acetone", "benzyl chloride": "benzyl-chloride",
    "ethyl ether": "ethyl-ether", "potassium permanganate": "potassium-permanganate",
    "2-butanone (mek)": "methyl-ethyl-ketone", "toluene": "toluene", "sodium permanganate": "sodium-permanganate",
    "anhydrous hydrogen chloride": "hydrochloric-acid", "hydrochloric acid": "hydrochloric-acid",
    "sulfuric acid": "sulfuric-acid", "methyl isobutyl ketone (mibk)": "methyl-isobutyl-ketone",
}


def build_chem(subs, listings, warn):
    out = listings["us-listed-chemicals"]
    by_code = {s.dea_code: s.id for s in subs.values() if s.dea_code and s.kind == "precursor"}
    by_code.update({"8113": "ephedrine", "8675": "ergometrine", "8317": "norpseudoephedrine", "1225": "phenylpropanolamine",
                    "7300": "lysergic-acid", "2011": "gbl", "8502": "pmk"})
    cfr = {r["code"]: r for r in parse_1310_02()}
    thr1, md = parse_1310_04()
    thr2 = list2_thresholds(md)
    nothr_block = md[md.find("(1) Listed chemicals for which no thresholds"):md.find("(2) [Reserved]")]
    rows = parse_chemlist()
    # group current rows per code
    cur = {}
    history = []
    for r in rows:
        if r["code"] in ("8336", "8331", "8335", "8330", "8334", "8332", "8337"):
            continue  # fentanyl family
        nm = r["name"].upper()
        if "REMOVED" == r["list"] or "SUPERSEDED" in (nm + " " + r["extra"].upper()) or "REMOVE EXEMPTION" in nm \
                or nm.startswith("HYDROCHLORIC GAS"):
            history.append(r)
            continue
        cur.setdefault(r["code"], r)
    for code, r in cur.items():
        sid = by_code.get(code)
        if not sid:
            warn(f"chemical code {code} {r['name']} not mapped")
            continue
        c = cfr.get(code)
        lst_name = "List " + r["list"]
        cit = [fmt_cit(r["citation"], r["iso"])]
        text = r["name"] + " " + r["extra"]
        if c:
            cit.append(f"21 CFR 1310.02({c['para']})({c['item']})")
            text = c["text"]
            if c["list"] != lst_name:
                warn(f"{sid}: chemlist says {lst_name}, eCFR 1310.02 says {c['list']}")
        else:
            warn(f"{sid} ({code}) not in eCFR 1310.02")
        scope = scope_words(text)
        if "esters" in text.lower() and "esters" not in scope:
            scope.append("esters")
        thr = thr1.get(code)
        if not thr:
            keys = [k for k, v in CHEM_KEY.items() if v == sid]
            parts = [p for k in keys for p in thr2.get(k, [])]
            if parts:
                thr = "List II thresholds (21 CFR 1310.04(f)(2)): " + "; ".join(parts)
        key = norm(clean(c["text"] if c else r["name"]).split(" (")[0].split(",")[0])
        if not thr and key[:12] and key[:12] in norm(nothr_block):
            thr = "No threshold: every transaction is regulated regardless of size (21 CFR 1310.04(g)(1))."
        if not thr and code in ("8113", "8112", "1225"):
            thr = "No threshold (21 CFR 1310.04(g)(1)); retail sales of scheduled listed chemical products: 21 CFR part 1314."
        notes = []
        if "(Effective" in r["name"] + r["extra"]:
            pass
        for h in history:
            if h["code"] == code and "REMOVE EXEMPTION" in h["name"].upper():
                notes.append(f"{clean(h['name'] + ' ' + h['extra'])} ({h['citation']}, effective {h['iso']}).")
        if code == "6545":
            notes.append("Anhydrous hydrogen chloride (hydrochloric gas): Pub. L. 104-237, effective 1996-10-03 "
                         "(chemical list).")
        out.append(lst(substance=sid, instrument="us-listed-chemicals", schedule=lst_name, code=code,
                       effective=r["iso"], scope=scope, threshold=thr, citation=cit,
                       source=CHEM_SRC + ("; " + THR_SRC if thr else ""), note=" ".join(notes) or None))
    # superseded / removed
    for h in history:
        nm = h["name"].upper()
        if "REMOVE EXEMPTION" in nm or nm.startswith("HYDROCHLORIC GAS") or h["list"] == "REMOVED":
            continue
        # "X - superseded by YYYY action": the earlier listing, ended by the next row of the same chemical
        base = re.split(r" - superseded|-superseded|, salts", h["name"], flags=re.I)[0].strip()
        sid = {"HYDRIODIC ACID": "hydriodic-acid", "IODINE": "iodine", "N-ETHYLEPHEDRINE": "n-ethylephedrine",
               "N-ETHYLPSEUDOEPHEDRINE": "n-ethylpseudoephedrine", "D-LYSERGIC ACID": "lysergic-acid"}.get(base.upper())
        if not sid:
            warn(f"history row not mapped: {h['name']}")
            continue
        nxt = [x for x in rows if x is not h and re.split(r" - superseded|-superseded|, salts", x["name"], flags=re.I)[0]
               .strip().upper() == base.upper() and x["iso"] > h["iso"]]
        until = min(x["iso"] for x in nxt) if nxt else None
        removed = [x for x in nxt if x["list"] == "REMOVED"]
        note = f"Superseded ({'removed from the lists' if removed else 'moved'}) by {nxt[0]['citation']} effective {until}." if nxt else None
        if sid == "lysergic-acid":
            note = "D-Lysergic acid was also a List I chemical from 1991 to 1994; removed by Pub. L. 103-200 (it remains in schedule III)."
        out.append(lst(substance=sid, instrument="us-listed-chemicals", schedule="List " + h["list"],
                       code=h["code"] or None, effective=h["iso"], until=until,
                       citation=[fmt_cit(h["citation"], h["iso"])] + ([fmt_cit(nxt[0]["citation"], until)] if nxt else []),
                       source=CHEM_SRC, note=note))


# ------------------------------------------------------------------ UN
UN_SRC = {
    "un-1961": "INCB Yellow List, 64th edition (2025), as parsed in chemnet-hackathon-2026/csv/incb_yellow_list.csv (fetched 2026-04-24)",
    "un-1971": "INCB Green List (2026 edition, 2510307E.pdf), as parsed in chemnet-hackathon-2026/csv/incb_green_list.csv (fetched 2026-04-24)",
    "un-1988": "INCB Red List (23rd edition, 2025), as parsed in chemnet-hackathon-2026/csv/incb_red_list.csv (fetched 2026-04-24)",
}
UN_CIT = {
    "un-1961": "Single Convention on Narcotic Drugs, 1961, as amended by the 1972 Protocol, Schedule {s}",
    "un-1971": "Convention on Psychotropic Substances, 1971, Schedule {s}",
    "un-1988": "United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances, 1988, {s}",
}
CND2001 = ("E/CN.7/2001/6 (CND, 44th session, Vienna, 20-29 March 2001: INCB recommendation to transfer acetic "
           "anhydride and potassium permanganate from Table II to Table I)")
EIF_1988 = "1990-11-11"  # entry into force of the 1988 Convention
# 1988 Convention: dated history of the Tables.  Original Tables (1988): Table I ephedrine, ergometrine,
# ergotamine, lysergic acid, 1-phenyl-2-propanone, pseudoephedrine; Table II acetic anhydride, acetone,
# anthranilic acid, ethyl ether, phenylacetic acid, piperidine.
RED_HISTORY = {
    "ephedrine": [("Table I", EIF_1988, "day", None)],
    "ergometrine": [("Table I", EIF_1988, "day", None)],
    "ergotamine": [("Table I", EIF_1988, "day", None)],
    "lysergic-acid": [("Table I", EIF_1988, "day", None)],
    "phenylacetone": [("Table I", EIF_1988, "day", None)],
    "pseudoephedrine": [("Table I", EIF_1988, "day", None)],
    "acetone": [("Table II", EIF_1988, "day", None)],
    "anthranilic-acid": [("Table II", EIF_1988, "day", None)],
    "ethyl-ether": [("Table II", EIF_1988, "day", None)],
    "piperidine": [("Table II", EIF_1988, "day", None)],
    "acetic-anhydride": [("Table II", EIF_1988, "day", "2001-01-01"), ("Table I", "2001-01-01", "year", None)],
    "potassium-permanganate": [("Table II", "1992-01-01", "approximate", "2001-01-01"), ("Table I", "2001-01-01", "year", None)],
}


def build_un(subs, listings, warn):
    seen = set()
    for r in UNT.ROWS:
        sid = r["sid"]
        if sid not in subs:
            continue  # fentanyl family
        inst = r["instrument"]
        sched = r["schedule"] if inst == "un-1988" else r["schedule"]
        key = (sid, inst, sched)
        if key in seen:
            continue
        seen.add(key)
        cit = [UN_CIT[inst].format(s=sched)]
        note = []
        if inst == "un-1961" and sched == "IV":
            note.append("Schedule IV substances are also in Schedule I (separate listing).")
        if r.get("extra"):
            note.append("Row missing from the parsed CSV; read in the alphabetical index of the same Yellow List "
                        "(bold name with a page reference to Part 1) or, for para-fluorofentanyl, implied by its "
                        "Schedule IV entry (Schedule IV drugs are also in Schedule I).")
        if r.get("incb_code"):
            note.append(f"INCB IDS code {r['incb_code']}.")
        scope = None
        if inst == "un-1961":
            scope = {"I": ["salts", "isomers", "esters", "ethers", "salts-of-isomers", "salts-of-esters-and-ethers"],
                     "II": ["salts", "isomers", "salts-of-isomers"], "IV": ["salts"],
                     "III": ["preparations"]}[sched]
        elif inst == "un-1971":
            scope = ["salts"]
        hist = RED_HISTORY.get(sid) if inst == "un-1988" else None
        if hist:
            for tab, eff, prec, until in hist:
                n2 = list(note)
                if prec == "approximate":
                    n2.append("Added to Table II by a CND decision of about 1992 (year from secondary knowledge, not "
                              "verified against the decision text); precision approximate.")
                elif prec == "year":
                    n2.append("Only the year of the CND decision is recorded here; the exact date of entry into "
                              "force of the decision was not in the record checked." + (" 'until' is set to 1 January "
                                                                                        "of that year." if until else ""))
                elif eff == EIF_1988:
                    n2.append("In the Tables of the Convention as adopted in 1988; effective = entry into force of "
                              "the Convention (1990-11-11).")
                if until:
                    n2.append(f"Moved to Table I in {until[:4]} (CND decision; precise entry-into-force date not recorded).")
                listings[inst].append(lst(
                    substance=sid, instrument=inst, schedule=tab, hs_code=r.get("hs_code"),
                    effective=eff, precision=None if prec == "day" else prec, until=until,
                    citation=[UN_CIT[inst].format(s=tab)] + ([CND2001] if (eff.startswith("2001") or until) else []),
                    source=UN_SRC[inst] + ("; " + CND2001 if (eff.startswith("2001") or until) else ""),
                    note=" ".join(n2) or None))
            continue
        if inst == "un-1988":
            note.append("The Red List gives no date of control; in force by the edition checked. The salts of the "
                        "substances are covered wherever possible (general note of the instrument).")
        else:
            note.append("In force by the INCB list checked; the date of the scheduling decision is not in the record.")
        listings[inst].append(lst(
            substance=sid, instrument=inst, schedule=sched if inst == "un-1988" else sched,
            code=r.get("incb_code") if inst != "un-1988" else None, hs_code=r.get("hs_code"),
            effective=UN_DATE, precision="in-force-by", scope=scope if inst != "un-1988" else None,
            citation=cit, source=UN_SRC[inst], note=" ".join(note)))


def build_listings(subs, ob_rows, ob_by_code, listings, warn):
    build_csa(subs, ob_rows, listings, warn)
    build_chem(subs, listings, warn)
    build_un(subs, listings, warn)
