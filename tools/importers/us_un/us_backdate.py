#!/usr/bin/env python3
"""Back-date the US CSA listings that the importer could only date "in force by" the Orange Book
of 08-Apr-26 (dev-only; rewrites data/listings/us/csa.toml in place).

Two records are used, and nothing else:

1. The DEA Orange Book of August 2020 ("Controlled Substances - Alphabetical Order",
   c_cs_alpha.pdf, PDF modified 2020-08-24), as the spreadsheet of CTN-0094/DOPE
   inst/extdata/c_cs_alpha.xlsx (commit 4b967efa), converted to
   /work/shared/reference/dea-orange-book-2020/c_cs_alpha.converted.csv (see SOURCES.md there, section 2).
   A listing whose substance is in that book with the same DEA code and the same schedule was in
   force by 2020-08-24: effective = "2020-08-24", precision = "in-force-by".
   Where several entries share a code (4000 anabolic steroids, 2100 barbiturates, ...), or a
   listing has no code, the entry is matched by name as well (names.dea / name of the substance,
   normalised), or through the short table MANUAL_2020 below.  A match in another schedule is
   only noted (the date of the move is not known from these records).

2. The original schedules of the Controlled Substances Act (Pub. L. 91-513, title II, § 202(c),
   84 Stat. 1247-1252, Oct. 27, 1970; 21 U.S.C. 812(c)), read as printed in the U.S. Code
   (21 U.S.C. 812(c), "Initial schedules of controlled substances") and, for Schedule II(a)-(b),
   III(d)(6)-(8), IV and V, in the Statutes at Large pages 84 Stat. 1250 and 1252.  A substance
   NAMED there, in the schedule it has today, and in that schedule in the 2020 Orange Book too, gets
   effective = "1971-05-01" (precision day), the date the CSA took effect (first day of the seventh
   calendar month after enactment, Pub. L. 91-513 § 704).  Substances covered only by a generic
   clause ("opium and opiate, and any ... derivative", "coca leaves and any ... derivative",
   barbiturates not named), substances moved between schedules (amphetamine, methamphetamine,
   phenmetrazine, methylphenidate, phencyclidine, glutethimide, the hydrocodone products ...)
   and entries whose wording is in doubt (see DOUBT_1971) get the 2020 date instead.

Usage: python3 tools/importers/us_un/us_backdate.py [--dry-run]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tools/importers: common

import csv
import re
import sys
import tomllib
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from common import ROOT  # noqa: E402
CSA = ROOT / "data" / "listings" / "us" / "csa.toml"
SUBST = [ROOT / "data" / "substances" / "us-un.toml", ROOT / "data" / "substances" / "fentanyl-family.toml"]
OB2020 = Path("/work/shared/reference/dea-orange-book-2020/c_cs_alpha.converted.csv")

OB_DATE = "2026-04-08"
OB2020_DATE = "2020-08-24"
CSA_DATE = "1971-05-01"
OLD_NOTE = "In force by the Orange Book of 08-Apr-26; neither the Orange Book nor the eCFR gives the date of this placement."

OB2020_SRC = ("DEA Orange Book, Controlled Substances - Alphabetical Order (c_cs_alpha.pdf, PDF modified "
              "2020-08-24), as the spreadsheet CTN-0094/DOPE inst/extdata/c_cs_alpha.xlsx (commit 4b967efa)")
CSA_CITATION = "Pub. L. 91-513, § 202(c) (84 Stat. 1247-1252), effective 1971-05-01 (21 U.S.C. 812(c))"
CSA_SRC = ("21 U.S.C. 812(c), initial schedules as printed in the U.S. Code (markdown copy: "
           "codexstanford/markdonw-chunck-of-the-usa-code chuncks/title-21/chunck-1821.md, commit 557c30ff); "
           "Pub. L. 91-513 as enacted, 84 Stat. 1250 and 1252 (scan text: Google Books; Wikisource, United States "
           "Statutes at Large Volume 84 Part 1, page 1310); effective date: U.S. Code note \"Section effective on first "
           "day of seventh calendar month that begins after Oct. 26, 1970 ... see section 704 of Pub. L. 91-513\" "
           "(as printed under 21 U.S.C. 825, govregs.com)")

# 2020 Orange Book entries that cover two listings, or are named differently (normalised names
# do not match).  substance id -> SUBSTANCE cell of the 2020 book.
MANUAL_2020 = {
    "19-nor-4-androstenediol-3alpha": "19-Nor-4-androstenediol (3beta,17beta-dihydroxyestr-4-ene; 3alpha,17beta-dihydroxyestr-4-ene)",
    "19-nor-4-androstenediol-3beta": "19-Nor-4-androstenediol (3beta,17beta-dihydroxyestr-4-ene; 3alpha,17beta-dihydroxyestr-4-ene)",
    "19-nor-5-androstenediol-3alpha": "19-Nor-5-androstenediol (3beta,17beta-dihydroxyestr-5-ene; 3alpha,17beta-dihydroxyestr-5-ene)",
    "19-nor-5-androstenediol-3beta": "19-Nor-5-androstenediol (3beta,17beta-dihydroxyestr-5-ene; 3alpha,17beta-dihydroxyestr-5-ene)",
    "1-androstenediol-3alpha": "1-Androstenediol (3beta,17beta-dihydroxy-5alpha-androst-1-ene; 3alpha,17beta-dihydroxy-5alpha-androst-1-ene)",
    "1-androstenediol-3beta": "1-Androstenediol (3beta,17beta-dihydroxy-5alpha-androst-1-ene; 3alpha,17beta-dihydroxy-5alpha-androst-1-ene)",
    "5alpha-androstan-3-17-dione": "Androstanedione (5alpha-androstan-3,17-dione)",
}

# Substances named in the original schedules (21 U.S.C. 812(c) as enacted), with the place
# where they are named; only those still in the same schedule are listed.
# schedule, paragraph as printed in 21 U.S.C. 812(c)
ORIGINAL_1970 = {}


def _add(schedule, para, ids):
    for i, sid in enumerate(ids, 1):
        if sid:
            ORIGINAL_1970[sid] = (schedule, f"{para}({i})")


# Schedule I(a) opiates (42 items; (13) dextrorphan was later removed and is not in the data)
_add("I", "I(a)", [
    "acetylmethadol", "allylprodine", "alphacetylmethadol", "alphameprodine", "alphamethadol", "benzethidine",
    "betacetylmethadol", "betameprodine", "betamethadol", "betaprodine", "clonitazene", "dextromoramide", None,
    "diampromide", "diethylthiambutene", "dimenoxadol", "dimepheptanol", "dimethylthiambutene",
    "dioxaphetyl-butyrate", "dipipanone", "ethylmethylthiambutene", "etonitazene", "etoxeridine", "furethidine",
    "hydroxypethidine", "ketobemidone", "levomoramide", "levophenacylmorphan", "morpheridine", "noracymethadol",
    "norlevorphanol", "normethadone", "norpipanone", "phenadoxone", "phenampromide", "phenomorphan",
    "phenoperidine", "piritramide", "proheptazine", "properidine", "racemoramide", "trimeperidine"])
# Schedule I(b) opium derivatives (22 items; (13) "Methylhydromorphine": see DOUBT_1971)
_add("I", "I(b)", [
    "acetorphine", "acetyldihydrocodeine", "benzylmorphine", "codeine-methylbromide", "codeine-n-oxide",
    "cyprenorphine", "desomorphine", "dihydromorphine", "etorphine", "heroin", "hydromorphinol",
    "methyldesorphine", None, "morphine-methylbromide", "morphine-methylsulfonate", "morphine-n-oxide",
    "myrophine", "nicocodeine", "nicomorphine", "normorphine", "pholcodine", "thebacon"])
# Schedule I(c) hallucinogenic substances (17 items as enacted; (18)-(28) were added in 2012)
_add("I", "I(c)", [
    "mda", "mmda", "tma", "bufotenine", "det", "dmt", "dom", "ibogaine", "lsd", "cannabis", "mescaline", "peyote",
    "n-ethyl-3-piperidyl-benzilate", "n-methyl-3-piperidyl-benzilate", "psilocybin", "psilocin",
    "tetrahydrocannabinols"])
# Schedule II(a): (1) opium and opiate; (3) opium poppy and poppy straw; (4) coca leaves
ORIGINAL_1970["opium"] = ("II", "II(a)(1)")
ORIGINAL_1970["opium-poppy"] = ("II", "II(a)(3)")
ORIGINAL_1970["poppy-straw"] = ("II", "II(a)(3)")
ORIGINAL_1970["coca-leaf"] = ("II", "II(a)(4)")
# Schedule II(b) opiates (21 items; (6) fentanyl belongs to data/listings/us/fentanyl-family.toml)
_add("II", "II(b)", [
    "alphaprodine", "anileridine", "bezitramide", "dihydrocodeine", "diphenoxylate", None, "isomethadone",
    "levomethorphan", "levorphanol", "metazocine", "methadone", "methadone-intermediate", "moramide-intermediate",
    "pethidine", "pethidine-intermediate-a", "pethidine-intermediate-b", "pethidine-intermediate-c", "phenazocine",
    "piminodine", "racemethorphan", "racemorphan"])
# Schedule III(a) (amphetamine, phenmetrazine, methamphetamine, methylphenidate) all moved to II in 1971.
# Schedule III(b) depressants: (3) glutethimide and (7) phencyclidine were later moved to II.
_add("III", "III(b)", [
    "barbituric-acid-derivative", "chlorhexadol", None, "lysergic-acid", "lysergic-acid-amide", "methyprylon", None,
    "sulfondiethylmethane", "sulfonethylmethane", "sulfonmethane"])
ORIGINAL_1970["nalorphine"] = ("III", "III(c)")
# Schedule III(d) narcotic combinations: (3)-(4) dihydrocodeinone moved to II in 2014; (7) opium: DOUBT_1971
ORIGINAL_1970["codeine-and-isoquinoline-alkaloid-90-mg-du"] = ("III", "III(d)(1)")
ORIGINAL_1970["codeine-combination-product-90-mg-du"] = ("III", "III(d)(2)")
ORIGINAL_1970["dihydrocodeine-combination-product-90-mg-du"] = ("III", "III(d)(5)")
ORIGINAL_1970["ethylmorphine-combination-product-15-mg-du"] = ("III", "III(d)(6)")
ORIGINAL_1970["morphine-combination-product-50-mg-100-ml-or-100-gm"] = ("III", "III(d)(8)")
_add("IV", "IV", [
    "barbital", "chloral-betaine", "chloral-hydrate", "ethchlorvynol", "ethinamate", "methohexital", "meprobamate",
    "methylphenobarbital", "paraldehyde", "petrichloral", "phenobarbital"])
_add("V", "V", [
    "codeine-preparations-200-mg-100-ml-or-100-gm", "dihydrocodeine-preparations-100mg-100-ml-or-100-gm",
    "ethylmorphine-preparations-100-mg-100-ml-or-100-gm", "diphenoxylate-preparations-2-5-mg-25-ug-atso4",
    "opium-preparations-100-mg-100-ml-or-100-gm"])

# Named in 1970 but left at the 2020 date, with the reason written into the note.
DOUBT_1971 = {
    "methyldihydromorphine": "The original schedule I(b)(13) names \"Methylhydromorphine\"; that this is the "
                             "entry now written methyldihydromorphine (9304) is likely but not shown by the "
                             "texts read, so the 1971 date is not used.",
    "opium-combination-product-25-mg-du": "The original schedule III(d)(7) covers opium combinations; the "
                                          "statute page read (84 Stat. 1252, unproofread scan text) gives 600 mg "
                                          "per 100 ml where the U.S. Code prints 500 mg, so the 1971 date is not used.",
}

# Per-listing extra sentences for the 1971 date.
EXTRA_1971 = {
    "alphacetylmethadol": "Levo-alphacetylmethadol (LAAM) is now excepted from this entry and listed in schedule II.",
    "etorphine": "Etorphine hydrochloride is now excepted from this entry and listed in schedule II.",
    "cannabis": "The definition was narrowed by the exclusion of hemp (Agriculture Improvement Act of 2018); "
                "proposals to move marihuana to schedule III were not final when the lists were checked.",
    "tetrahydrocannabinols": "Since the Agriculture Improvement Act of 2018 the entry reads \"except for "
                             "tetrahydrocannabinols in hemp\"; FDA-approved dronabinol products have their own "
                             "listings in schedules II and III.",
    "barbituric-acid-derivative": "The 1970 entry is the generic one (\"any substance which contains any quantity "
                                  "of a derivative of barbituric acid\"); several barbiturates were later moved to "
                                  "schedule II or IV and have their own listings.",
}

# Listings left at 2026-04-08 that the 2020 book shows under another entry (other DEA code).
POSITIONAL_2020 = {
    "eutylone": ("Pentylone", "7542", "eutylone"),
    "3-mmc": ("Mephedrone (4-Methyl-N-methylcathinone)", "1248", "3-Methyl-methcathinone"),
}

LISTING_KEYS = ["substance", "instrument", "schedule", "code", "announced", "effective", "precision", "until",
                "temporary", "added", "scope", "exceptions", "threshold", "narcotic", "hs_code", "citation", "source", "note"]


def norm(t):
    t = unicodedata.normalize("NFKC", t).lower()
    for a, b in (("α", "alpha"), ("β", "beta"), ("δ", "delta"), ("Δ", "delta")):
        t = t.replace(a, b)
    return re.sub(r"[^a-z0-9]", "", t)


def all_names(s):
    return {norm(n) for n in [s["name"]] + [x for v in s.get("names", {}).values() for x in v]}


def q(s):
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def dump(header, rows):
    out = header + [""]
    for r in rows:
        unknown = set(r) - set(LISTING_KEYS)
        assert not unknown, unknown
        out.append("[[listing]]")
        for k in LISTING_KEYS:
            if k not in r:
                continue
            v = r[k]
            if isinstance(v, bool):
                out.append(f"{k} = {'true' if v else 'false'}")
            elif isinstance(v, list):
                out.append(f"{k} = [" + ", ".join(q(x) for x in v) + "]")
            else:
                out.append(f"{k} = {q(v)}")
        out.append("")
    return "\n".join(out)


def rest_of_note(note):
    """The importer's note minus its standard first sentence (keeps e.g. 'Orange Book: ...')."""
    note = note or ""
    if note.startswith(OLD_NOTE):
        note = note[len(OLD_NOTE):]
    return note.strip()


def with_note(r, text):
    extra = rest_of_note(r.get("note"))
    r["note"] = (text + (" " + extra if extra else "")).strip()


def main():
    src = CSA.read_text(encoding="utf-8")
    header = src.split("[[listing]]", 1)[0].rstrip("\n").split("\n")
    data = tomllib.loads(src)
    # the writer must reproduce the file as it is before any change
    assert dump(header, data["listing"]) == src, "csa.toml is not in the expected style; not rewriting"

    subs = {}
    for f in SUBST:
        for s in tomllib.load(open(f, "rb")).get("substance", []):
            subs[s["id"]] = s
    ob = list(csv.DictReader(open(OB2020, encoding="utf-8")))
    by_code = defaultdict(list)
    by_name = {}
    for e in ob:
        by_code[e["Number"].strip()].append(e)
        by_name[e["SUBSTANCE"]] = e

    todo = [r for r in data["listing"] if r.get("effective") == OB_DATE and r.get("precision") == "in-force-by"]
    n26 = Counter(r.get("code") or "" for r in todo)
    stats = Counter()
    left = defaultdict(list)
    for r in todo:
        sid, code, sched = r["substance"], r.get("code") or "", r["schedule"]
        cands = by_code.get(code, [])
        m = None
        if sid in MANUAL_2020:
            m = by_name[MANUAL_2020[sid]]
            assert m["Number"] == code, (sid, m)
        elif len(cands) == 1 and n26[code] == 1:
            m = cands[0]
        elif cands:
            ms = [e for e in cands if norm(e["SUBSTANCE"]) in all_names(subs[sid])]
            m = ms[0] if len(ms) == 1 else None
        if m is None:
            if sid in POSITIONAL_2020:
                parent, pcode, isomer = POSITIONAL_2020[sid]
                e = by_name[parent]
                assert e["Number"] == pcode and e["Schedule"] == sched and norm(isomer) in norm(e["Names"]), (sid, e)
                extra = (f"The Orange Book of August 2020 (PDF modified 2020-08-24) does not list it as an entry of "
                         f"its own but names it (\"{isomer}\") among the positional isomers of "
                         f"{parent.split(' (')[0].lower()} (DEA {pcode}, schedule {e['Schedule']}); it had no code of its own then, so the date of "
                         f"this listing is left at the 2026 Orange Book.")
                if extra not in (r.get("note") or ""):
                    r["note"] = ((r.get("note") or "") + " " + extra).strip()
                stats["2026 (positional isomer in 2020, note added)"] += 1
                left["positional isomer in 2020"].append(sid)
            else:
                stats["2026 (not in the 2020 Orange Book with this code)"] += 1
                left["not in 2020 book (code " + ("7000" if code == "7000" else "other") + ")"].append(sid)
            continue
        if m["Schedule"].strip() != sched:
            with_note(r, f"{OLD_NOTE} The Orange Book of August 2020 (PDF modified 2020-08-24) lists it "
                         f"(\"{m['SUBSTANCE']}\", DEA {m['Number']}) in schedule {m['Schedule']}; the date of the "
                         f"move to schedule {sched} is not in the records checked.")
            stats["2026 (other schedule in 2020, note added)"] += 1
            left["other schedule in 2020"].append(sid)
            continue
        where = (f"\"{m['SUBSTANCE']}\" (DEA {m['Number'] or 'no code'}, schedule {m['Schedule']})")
        orig = ORIGINAL_1970.get(sid)
        if orig and orig[0] == sched and sid not in DOUBT_1971:
            r["effective"] = CSA_DATE
            del r["precision"]
            r["citation"] = [CSA_CITATION] + [c for c in r["citation"] if c != CSA_CITATION]
            r["source"] = f"{CSA_SRC}; {OB2020_SRC}; {r['source']}"
            note = (f"Named in the original schedules of the Controlled Substances Act, schedule {orig[1]} as printed "
                    f"in 21 U.S.C. 812(c) (Pub. L. 91-513, § 202(c), enacted 1970-10-27), and still in schedule "
                    f"{sched}: in the Orange Book of August 2020 as {where} and in that of 08-Apr-26. Effective "
                    f"1971-05-01, the date the Act's controls took effect (Pub. L. 91-513 § 704: the first day of the "
                    f"seventh calendar month after enactment; the schedules themselves were enacted 1970-10-27, and "
                    f"the 1970 text may differ in wording from the current entry). No change of schedule in "
                    f"between is known from the records checked.")
            if sid in EXTRA_1971:
                note += " " + EXTRA_1971[sid]
            with_note(r, note)
            stats["1971-05-01 (original CSA schedules)"] += 1
            continue
        r["effective"] = OB2020_DATE
        r["precision"] = "in-force-by"
        r["source"] = f"{OB2020_SRC}; {r['source']}"
        note = (f"In force by 2020-08-24: the Orange Book of August 2020 (PDF modified 2020-08-24) lists {where}; "
                f"neither that book, the Orange Book of 08-Apr-26 nor the eCFR gives the date of this placement.")
        if sid in DOUBT_1971:
            note += " " + DOUBT_1971[sid]
        with_note(r, note)
        stats["2020-08-24 (in-force-by, 2020 Orange Book)"] += 1

    if "--dry-run" not in sys.argv:
        CSA.write_text(dump(header, data["listing"]), encoding="utf-8")
    for k, v in sorted(stats.items()):
        print(f"{v:4d}  {k}")
    for k, v in sorted(left.items()):
        print(f"left at {OB_DATE}, {k}: {len(v)}: {', '.join(v)}")
    missing = [s for s in ORIGINAL_1970 if not any(r["substance"] == s for r in data["listing"])]
    if missing:
        print("WARN 1970 ids without a listing:", missing, file=sys.stderr)


if __name__ == "__main__":
    main()
