"""Parsers for the EU, UK (GB) and Canadian reference texts.

Dev-only helper for tools/importers/eu_gb_ca/import_eu_gb_ca.py.  Reads /work/shared/reference
and returns plain Python records; never copies the reference files into the
project.  Every fact that does not come from the reference files (dates of
amending acts, statutory instruments) is written out in EU_ADDITIONS,
EU_DATES and GB_EVENTS below, each with the citation it was checked against.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tools/importers: common

import csv
import re
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

from common import REFERENCE as REF  # noqa: E402
CSV = REF / "chemnet-hackathon-2026" / "csv"
CA_DIR = REF / "canada-justice-laws"
LIMS = "{http://justice.gc.ca/lims}"

csv.field_size_limit(10**9)


# ---------------------------------------------------------------- utilities


GREEK = {"α": "alpha", "β": "beta", "ß": "beta", "γ": "gamma", "δ": "delta", "Δ": "delta", "ω": "omega"}


def ascii_fold(s):
    for k, v in GREEK.items():
        s = s.replace(k, v)
    s = s.replace("–", "-").replace("—", "-").replace("‐", "-").replace("′", "'").replace("´", "'").replace("’", "'")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def norm(s):
    """Normalised key for name matching (same rule as tools/importers/us_un/us_un_parse.py)."""
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s.strip()).lower())


def slug(s):
    s = ascii_fold(s.strip()).lower().replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def clean(s):
    s = s.replace("–", "-").replace("—", "-").replace("\u00ad", "").replace("\xa0", " ")
    s = re.sub(r"\s+", " ", s).strip()
    # "N-methyl-3,4-methylenedioxy- amphetamine" (line-break hyphen in the source)
    s = re.sub(r"([a-z])- ([a-z])", r"\1\2", s)
    s = re.sub(r"(\w)- ([A-Z0-9])", r"\1-\2", s)
    s = s.replace("meth-ylbenzene", "methylbenzene")
    return s


def split_parens(s):
    """'A (b) (c)' -> ('A', ['b', 'c']).

    Only groups opened after a space (or at the start) and closed before a
    space, comma or the end are asides; brackets inside a chemical name
    ('1-(3-hydroxyphenyl)cyclohexanol') stay part of the name."""
    head, groups, i, n = [], [], 0, len(s)
    while i < n:
        ch = s[i]
        if ch in "([" and (i == 0 or s[i - 1] == " "):
            depth, j = 0, i
            while j < n:
                if s[j] in "([":
                    depth += 1
                elif s[j] in ")]":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j < n and (j + 1 == n or s[j + 1] in " ,;:"):
                groups.append(s[i + 1:j])
                i = j + 1
                continue
        head.append(ch)
        i += 1
    return clean("".join(head)).strip(" ,"), [clean(g) for g in groups if g.strip()]


def is_abbrev(s):
    return bool(re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9,\-\.]{0,14}", s)) and any(c.isupper() for c in s) and " " not in s


# ---------------------------------------------------------------- EU
EU_SOURCE = ("EUR-Lex consolidated texts 02004R0273-20220101 and 02005R0111-20220101 "
             "(reference csv eu_uk_eu_precursors.csv); later amending acts checked on EUR-Lex / competent-authority pages")

# Amending acts: (key) -> (citation, effective date, note)
EU_ACTS = {
    "273-base": ("Regulation (EC) No 273/2004 of 11 February 2004 on drug precursors, Annex I (OJ L 47, 18.2.2004, p. 1)", "2005-08-18",
                 "Regulation (EC) No 273/2004 applies from 18 August 2005 (Article 18)."),
    "111-base": ("Council Regulation (EC) No 111/2005 of 22 December 2004, Annex (OJ L 22, 26.1.2005, p. 1)", "2005-08-18",
                 "Regulation (EC) No 111/2005 applies from 18 August 2005 (the same date as Regulation (EC) No 273/2004)."),
    "1258/2013": ("Regulation (EU) No 1258/2013 of 20 November 2013 amending Regulation (EC) No 273/2004 (OJ L 330, 10.12.2013, p. 21)", "2013-12-30",
                  "In force 30 December 2013 (HPRA and UK Home Office notices; the Category 2A registration duties applied from 30 June 2015)."),
    "1259/2013": ("Regulation (EU) No 1259/2013 of 20 November 2013 amending Council Regulation (EC) No 111/2005 (OJ L 330, 10.12.2013, p. 30)", "2013-12-30",
                  "In force 30 December 2013 (HPRA and UK Home Office notices)."),
    "2016/1443": ("Commission Delegated Regulation (EU) 2016/1443 of 29 June 2016 (OJ L 235, 1.9.2016, p. 6)", "2016-09-21",
                  "Entry into force 21 September 2016 (twentieth day after publication on 1.9.2016)."),
    "2020/1737": ("Commission Delegated Regulation (EU) 2020/1737 of 14 July 2020 (OJ L 392, 23.11.2020, p. 1)", "2020-12-13",
                  "Entry into force 13 December 2020 (twentieth day after publication; FAMHP notice of 13.1.2021)."),
    "2020/1737-rp": ("Commission Delegated Regulation (EU) 2020/1737 of 14 July 2020 (OJ L 392, 23.11.2020, p. 1), Annex I point (1)(b) and Annex II point (2)(b)", "2021-01-13",
                     "Red phosphorus applies from 13 January 2021 (Article 3, second paragraph)."),
    "2022/1518": ("Commission Delegated Regulation (EU) 2022/1518 of 29 March 2022 (OJ L 236, 13.9.2022, p. 1)", "2022-10-03",
                  "Entry into force 3 October 2022 (EUR-Lex 'date of effect'; FAMHP notice of 5.10.2022)."),
    "2023/196": ("Commission Delegated Regulation (EU) 2023/196 of 25 November 2022 (OJ L 27, 31.1.2023, p. 1)", "2023-02-20",
                 "Entry into force 20 February 2023 (FAMHP notice of 20.2.2023)."),
    "2024/1331": ("Commission Delegated Regulation (EU) 2024/1331 of 28 February 2024 (OJ L, 2024/1331, 14.5.2024)", "2024-06-03",
                  "Date of effect 3 June 2024 (EUR-Lex consolidation note on Regulation (EC) No 111/2005)."),
}

# Which act added which (CAS or name) to the annexes.  Everything in the 2022
# consolidation that is not named here was in the original 2004/2005 annexes.
EU_ADDED_BY = {
    "4468-48-8": "1258/2013",           # APAAN
    "110925-64-9": "2016/1443", "1384199-95-4": "2016/1443", "73393-61-0": "2016/1443", "771434-80-1": "2016/1443",
    "16648-44-5": "2020/1737", "80532-66-7": "2020/1737", "25547-51-7": "2020/1737", "13605-48-6": "2020/1737",
    "2167189-50-4": "2020/1737", "4433-77-6": "2020/1737",
    "7723-14-0": "2020/1737-rp",        # red phosphorus
    "21409-26-7": "2018/729", "39742-60-4": "2018/729",   # ANPP, NPP (fentanyl-family helper)
}

# Substances added after the 2022-01-01 consolidation (not in the reference csv).
# 4-AP, 1-boc-4-AP, norfentanyl (2023/196) and 4-piperidone, 1-boc-4-piperidone
# (2025/1475) belong to the fentanyl-family files and are left out here.
EU_ADDITIONS = [
    dict(name="Ethyl alpha-phenylacetoacetate", abbr="EAPA", cas="5413-05-8", act="2022/1518",
         en=["ethyl 3-oxo-2-phenylbutanoate", "ethyl-α-phenyl-acetoacetate"]),
    dict(name="Methyl 3-oxo-2-(3,4-methylenedioxyphenyl)butanoate", abbr="MAMDPA", cas="1369021-80-6", act="2022/1518", en=[]),
    dict(name="Diethyl (phenylacetyl)propanedioate", abbr="DEPAPD", cas="20320-59-6", act="2023/196", en=["diethyl (phenylacetyl) propanedioate"]),
    dict(name="Ethyl 3-(2H-1,3-benzodioxol-5-yl)-2-methyloxirane-2-carboxylate", abbr="PMK ethyl glycidate", cas="28578-16-7",
         act="2023/196", en=["PMK ethyl glycidate"]),
    dict(name="Isopropylidene (2-(3,4-methylenedioxyphenyl)acetyl)malonate", abbr="IMDPAM", cas=None, act="2024/1331", en=[],
         note="Listed by Delegated Regulation (EU) 2024/1331 after seizures of its sodium salt; CAS number not verified here."),
]

EU_CLASS_2024 = dict(
    id="eu-2024-1331-glycidic-acid-esters",
    name="Esters of BMK glycidic acid and of PMK glycidic acid listed by Delegated Regulation (EU) 2024/1331",
    definition=("Seven esters of 2-methyl-3-phenyloxirane-2-carboxylic acid (BMK glycidic acid) and six esters of "
                "3-(1,3-benzodioxol-5-yl)-2-methyloxirane-2-carboxylic acid (PMK glycidic acid), recognised as possible "
                "substitutes for those acids, each named in Category 1 of the Annexes as amended by Commission Delegated "
                "Regulation (EU) 2024/1331."),
    note=("The individual ester names and CAS numbers of the 2024/1331 Annex were not available to this import; "
          "this record stands for the group until they are added one by one. Methyl and ethyl esters listed earlier "
          "(BMK methyl glycidate 2020, PMK methyl glycidate 2020, PMK ethyl glycidate 2023) have their own records."),
)


def eu_rows():
    rows = list(csv.DictReader(open(CSV / "eu_uk_eu_precursors.csv", encoding="utf-8")))
    out = []
    for r in rows:
        cn = re.sub(r"[►◄A-Z]\d*", "", r["raw_text"].split("|")[2]).strip() if r["raw_text"].count("|") >= 2 else r["cn_code"]
        cn = re.sub(r"\s+", " ", cn).strip() or r["cn_code"]
        out.append(dict(reg=r["regulation"], cat=r["category"], name=clean(r["chemical_name"]),
                        cas=r["cas_number"].strip(), cn=r["cn_code"].strip(), alias=clean(r["notes"]) if r["notes"] else ""))
    return out


# ---------------------------------------------------------------- UK
UK_SOURCE_GOVUK = ("gov.uk 'List of most commonly encountered drugs currently controlled under the misuse of drugs legislation' "
                   "(reference csv eu_uk_uk_controlled_drugs.csv, fetched 2026-04-24)")
UK_SOURCE_2001 = "legislation.gov.uk uksi/2001/3998 schedules as made (reference csv eu_uk_uk_controlled_drugs.csv)"
UK_LIST_DATE = "2026-04-24"
MDR_2001_IN_FORCE = "2002-02-01"

# Rows of the 2001-as-made part that are not substance entries (form text, headings).
UK_2001_JUNK = re.compile(
    r"^(PART I+|SCHEDULE \d+|FORM OF REGISTER|CONTROLLED DRUGS SUBJECT|AND SUBJECT TO|Entries to be made|Date on which|Name|Address|"
    r"Amount (obtained|supplied)|Form in which|of person or firm|REGULATIONS REVOKED|References|The Misuse of Drugs|2\) Regulations 1995|"
    r"10% |80% |by (substitution|replacement|formation|further|fusion)|other pentavalent|ecgonine (which|or to)|carboxylic acid$|diphenylbutane$|phenylpiperidine$)"
)


def uk_name_is_whole(name):
    """False where the reference parser cut the name short (fragments of a wrapped line)."""
    n = name.strip()
    if not n or len(n) < 3:
        return False
    if n[0] in "-,]":
        return False
    if n.endswith("-") or n.endswith("[") or n.endswith("(") or n.endswith(" and") or n.endswith(" an") or n.endswith(" or an") or n.endswith(" of"):
        return False
    if n.count("(") != n.count(")") or n.count("[") != n.count("]"):
        return False
    if n.endswith(":"):
        return False
    if n in ("Raw", "Prepared or medicinal", "sec", "HCG"):
        return False  # split from "Opium:" / "Chorionic Gonadotrophin (" by the parser
    if "--" in n:
        return False  # a Greek letter lost by the parser
    if n in ("Lysergide and other",):
        return False
    return True


UK_NAME_FIXES = {
    # characters lost or doubled by the reference parser; the fixed form is the Act's wording
    "2,5-Dimethoxy--4-dimethylphenethylamine": "2,5-Dimethoxy-α,4-dimethylphenethylamine",
    "4-Bromo-2,5-dimethoxy--methylphenethylamine": "4-Bromo-2,5-dimethoxy-α-methylphenethylamine",
    "4-Methylthioamphetamine (α-Methyl-4-methylthio)phenethylamine": "4-Methylthioamphetamine (α-Methyl-4-methylthiophenethylamine)",
}


def uk_fix(name):
    name = UK_NAME_FIXES.get(name, name)
    return name.replace("(6aR,9R) R,9R)-", "(6aR,9R)-")


def uk_rows():
    rows = list(csv.DictReader(open(CSV / "eu_uk_uk_controlled_drugs.csv", encoding="utf-8")))
    out = []
    for i, r in enumerate(rows):
        src = "govuk" if "gov.uk/government" in r["source_url"] else "si2001"
        name = r["drug_name"].strip()
        junk = bool(UK_2001_JUNK.match(name)) if src == "si2001" else name == "Opium:"
        out.append(dict(idx=i, src=src, name=name, cls=r["class"].strip(), sched=r["schedule"].strip(),
                        raw=r["raw_text"], whole=uk_name_is_whole(name), junk=junk))
    return out


def uk_schedule(s):
    """'4 Pt1' -> ['Schedule 4 Part 1']; '2/5' -> ['Schedule 2', 'Schedule 5']."""
    s = s.replace("Pt", " Pt ").replace("  ", " ").strip()
    out = []
    for part in s.split("/"):
        part = part.strip()
        m = re.fullmatch(r"(\d)\s*(?:Pt\s*(\d))?", part)
        if not m:
            continue
        out.append(f"Schedule {m.group(1)}" + (f" Part {m.group(2)}" if m.group(2) else ""))
    return out


# Dated UK changes checked with the search tool.  key: normalized name of the
# gov.uk row's primary name.  Each event: (instrument, schedule, effective,
# until or None, citation, note)
GB_ORDER_2014 = "The Misuse of Drugs Act 1971 (Ketamine etc.) (Amendment) Order 2014 (in force 10 June 2014)"
GB_EVENTS = {
    "ketamine": [("gb-mda-1971", "Class B", "2014-06-10", None, GB_ORDER_2014, "Reclassified from Class C to Class B on 10 June 2014.")],
    "tramadol": [("gb-mda-1971", "Class C", "2014-06-10", None, GB_ORDER_2014, "Controlled as a Class C drug from 10 June 2014."),
                 ("gb-mdr-2001", "Schedule 3", "2014-06-10", None,
                  "Misuse of Drugs Regulations 2001, Schedule 3, as amended with effect from 10 June 2014 (amending regulations' SI number not verified here)",
                  "Added to Schedule 3 (exempt from safe custody) on 10 June 2014 (Home Office / MHRA notices).")],
    "lisdexamphetamine": [("gb-mda-1971", "Class B", "2014-06-10", None, GB_ORDER_2014, "Controlled as a Class B drug from 10 June 2014."),
                          ("gb-mdr-2001", "Schedule 2", "2014-06-10", None,
                           "Misuse of Drugs Regulations 2001, Schedule 2, as amended with effect from 10 June 2014 (amending regulations' SI number not verified here)",
                           "Listed in Schedule 2 from 10 June 2014 (MHRA notice).")],
    "zopiclone": [("gb-mda-1971", "Class C", "2014-06-10", None, GB_ORDER_2014, "Controlled as a Class C drug from 10 June 2014."),
                  ("gb-mdr-2001", "Schedule 4 Part 1", "2014-06-10", None,
                   "Misuse of Drugs Regulations 2001, Schedule 4 Part 1, as amended with effect from 10 June 2014 (amending regulations' SI number not verified here)",
                   "Listed in Schedule 4 Part 1 from 10 June 2014 (MHRA notice).")],
    "zaleplon": [("gb-mda-1971", "Class C", "2014-06-10", None, GB_ORDER_2014, "Controlled as a Class C drug from 10 June 2014."),
                 ("gb-mdr-2001", "Schedule 4 Part 1", "2014-06-10", None,
                  "Misuse of Drugs Regulations 2001, Schedule 4 Part 1, as amended with effect from 10 June 2014 (amending regulations' SI number not verified here)",
                  "Listed in Schedule 4 Part 1 from 10 June 2014 (MHRA notice).")],
    "gammahydroxybutyrate": [("gb-mda-1971", "Class B", "2022-04-13", None,
                              "The Misuse of Drugs Act 1971 (Amendment) Order 2022 (SI 2022/322), art. 2 (in force 13 April 2022)",
                              "4-Hydroxy-n-butyric acid reclassified from Class C to Class B on 13 April 2022.")],
    "gammabutyrolactone": [("gb-mda-1971", "Class B", "2022-04-13", None,
                               "The Misuse of Drugs Act 1971 (Amendment) Order 2022 (SI 2022/322), art. 2 (in force 13 April 2022)",
                               "Reclassified from Class C to Class B on 13 April 2022.")],
    "14butanediol": [("gb-mda-1971", "Class B", "2022-04-13", None,
                          "The Misuse of Drugs Act 1971 (Amendment) Order 2022 (SI 2022/322), art. 2 (in force 13 April 2022)",
                          "Reclassified from Class C to Class B on 13 April 2022.")],
    "nitrousoxide": [("gb-mda-1971", "Class C", "2023-11-08", None,
                      "The Misuse of Drugs Act 1971 (Amendment) Order 2023 (SI 2023/1091) (in force 8 November 2023)",
                      "Controlled as a Class C drug from 8 November 2023 (Home Office circular 006/2023)."),
                     ("gb-mdr-2001", "Schedule 5", "2023-11-08", None,
                      "The Misuse of Drugs (England and Wales and Scotland) (Amendment) Regulations 2023 (SI 2023/1099) (in force 8 November 2023)",
                      "Placed in Schedule 5 on 8 November 2023 (Home Office circular 006/2023).")],
    "pregabalin": [("gb-mda-1971", "Class C", "2019-04-01", None,
                    "The Misuse of Drugs Act 1971 (Amendment) Order 2018 (SI 2018/1356) (in force 1 April 2019)",
                    "Controlled as a Class C drug from 1 April 2019."),
                   ("gb-mdr-2001", "Schedule 3", "2019-04-01", None,
                    "The Misuse of Drugs and Misuse of Drugs (Safe Custody) (Amendment) (England and Wales and Scotland) Regulations 2018 (SI 2018/1383), reg. 2(2)(b)",
                    "Inserted in Schedule 3 paragraph 1(a) from 1 April 2019.")],
    "gabapentin": [("gb-mda-1971", "Class C", "2019-04-01", None,
                    "The Misuse of Drugs Act 1971 (Amendment) Order 2018 (SI 2018/1356) (in force 1 April 2019)",
                    "Controlled as a Class C drug from 1 April 2019."),
                   ("gb-mdr-2001", "Schedule 3", "2019-04-01", None,
                    "The Misuse of Drugs and Misuse of Drugs (Safe Custody) (Amendment) (England and Wales and Scotland) Regulations 2018 (SI 2018/1383), reg. 2(2)(a)",
                    "Inserted in Schedule 3 paragraph 1(a) from 1 April 2019.")],
    "4methylmethcathinone": [("gb-mda-1971", "Class B", "2010-04-16", None,
                              "The Misuse of Drugs Act 1971 (Amendment) Order 2010 (SI 2010/1207) (in force 16 April 2010)",
                              "Mephedrone and other cathinone derivatives controlled as Class B from 16 April 2010 (Home Office circular 010/2010)."),
                             ("gb-mdr-2001", "Schedule 1", "2010-04-16", None,
                              "The Misuse of Drugs (Amendment) (England, Wales and Scotland) Regulations 2010 (SI 2010/1144), reg. 3",
                              "Placed in Schedule 1 from 16 April 2010; named in para. 1(a) until SI 2011/448 moved it under the generic para. 1(m).")],
    "cathinonederivatives": [("gb-mda-1971", "Class B", "2010-04-16", None,
                              "The Misuse of Drugs Act 1971 (Amendment) Order 2010 (SI 2010/1207) (in force 16 April 2010)",
                              "Generic definition of cathinone derivatives (Class B) from 16 April 2010 (Home Office circular 010/2010)."),
                             ("gb-mdr-2001", "Schedule 1", "2010-04-16", None,
                              "The Misuse of Drugs (Amendment) (England, Wales and Scotland) Regulations 2010 (SI 2010/1144), reg. 3(b) (Schedule 1 para. 1(m))",
                              "Generic definition inserted in Schedule 1 from 16 April 2010.")],
    "cannabis": [("gb-mda-1971", "Class C", "2004-01-29", "2009-01-26",
                  "The Misuse of Drugs Act 1971 (Modification) (No. 2) Order 2003 (SI 2003/3201), art. 2(3)-(4) (in force 29 January 2004)",
                  "Cannabis and cannabis resin moved from Class B to Class C on 29 January 2004; back to Class B on 26 January 2009."),
                 ("gb-mda-1971", "Class B", "2009-01-26", None,
                  "The Misuse of Drugs Act 1971 (Amendment) Order 2008 (reclassification in force 26 January 2009; SI number not verified here)",
                  "Reclassified as Class B from 26 January 2009 (Home Office notice).")],
    "cannabinol": [("gb-mda-1971", "Class C", "2004-01-29", "2009-01-26",
                    "The Misuse of Drugs Act 1971 (Modification) (No. 2) Order 2003 (SI 2003/3201), art. 2(2), (4) (in force 29 January 2004)",
                    "Moved from Class A to Class C on 29 January 2004; Class B since the 2009 reclassification.")],
    "cannabinolderivatives": [("gb-mda-1971", "Class C", "2004-01-29", "2009-01-26",
                               "The Misuse of Drugs Act 1971 (Modification) (No. 2) Order 2003 (SI 2003/3201), art. 2(2), (4) (in force 29 January 2004)",
                               "Moved from Class A to Class C on 29 January 2004; Class B since the 2009 reclassification.")],
    "2dimethylaminomethyl13hydroxyphenylcyclohexanol": [("gb-mda-1971", "Class B", "2013-02-26", None,
                                                         "The Misuse of Drugs Act 1971 (Amendment) Order 2013 (SI 2013/239), art. 3 (made 12 February 2013, in force on the fourteenth day after)",
                                                         "O-desmethyltramadol added to Class B paragraph 1(a).")],
    "2ethylamino23methoxyphenylcyclohexanone": [("gb-mda-1971", "Class B", "2013-02-26", None,
                                                  "The Misuse of Drugs Act 1971 (Amendment) Order 2013 (SI 2013/239), art. 4 (generic 1-phenylcyclohexylamine / 2-amino-2-phenylcyclohexanone definition, in force 26 February 2013)",
                                                  "Methoxetamine falls under the Class B generic definition inserted by SI 2013/239.")],
}
# Schedule 1 insertions by SI 2014/3277 (in force 7 January 2015).
# Temporary class drug orders (Misuse of Drugs Act 1971, s. 2A), checked on legislation.gov.uk /
# Home Office circulars.  until = first day no longer in force.  Where the order's end is only
# bounded by the statutory one-year limit (s. 2A(6)(a)), that limit is used and said so.
GB_TCDOS = [
    dict(names=["Methoxetamine"], effective="2012-04-05", until="2013-02-26",
         citation="The Misuse of Drugs Act 1971 (Temporary Class Drug) Order 2012 (SI 2012/980), art. 2 (in force 5 April 2012)",
         note="Temporary control ended when SI 2013/239 brought methoxetamine under Class B (in force 26 February 2013; s. 2A(6)(b))."),
    dict(names=["Ethylphenidate", "3,4-Dichloromethylphenidate", "Methylnaphthidate", "Isopropylphenidate", "Propylphenidate"],
         effective="2015-04-10", until="2016-04-10",
         citation="The Misuse of Drugs Act 1971 (Temporary Class Drug) Order 2015 (SI 2015/1027), Schedule (in force 10 April 2015)",
         note="End date is the statutory one-year limit (s. 2A(6)(a)); the order may have lapsed earlier, when the (No. 2) Order of 27 June 2015 re-listed the same substances."),
    dict(names=["Ethylphenidate", "3,4-Dichloromethylphenidate", "Methylnaphthidate", "Isopropylphenidate", "Propylphenidate",
                "4-Methylmethylphenidate", "Ethylnaphthidate"], effective="2015-06-27", until="2016-06-27",
         citation="The Misuse of Drugs Act 1971 (Temporary Class Drug) (No. 2) Order 2015 (SI 2015/1396) (in force 27 June 2015; Home Office circular 023/2015)",
         note="Expired on 26 June 2016 (explanatory note to SI 2016/650), renewed by the Temporary Class Drug Order 2016."),
    dict(names=["Ethylphenidate", "3,4-Dichloromethylphenidate", "Methylnaphthidate", "Isopropylphenidate", "Propylphenidate",
                "4-Methylmethylphenidate", "Ethylnaphthidate"], effective="2016-06-27", until="2017-06-27",
         citation="The Misuse of Drugs Act 1971 (Temporary Class Drug) Order 2016 (SI 2016/650), Schedule (in force 27 June 2016)",
         note="End date is the statutory one-year limit (s. 2A(6)(a)); it ends earlier if an Order in Council listed the substances permanently before then (not checked). They are Class B in the gov.uk list."),
    dict(names=["Methiopropamine"], effective="2015-11-27", until="2016-11-27",
         citation="The Misuse of Drugs Act 1971 (Temporary Class Drug) (No. 3) Order 2015 (SI 2015/1929), art. 2 (in force 27 November 2015)",
         note="End date is the statutory one-year limit (s. 2A(6)(a)); it ends earlier if an Order in Council listed MPA permanently before then (not checked).",
         en=["N-methyl-1-(thiophen-2-yl)propan-2-amine", "MPA"]),
]

GB_SCHED1_2015 = ("The Misuse of Drugs (Amendment No. 3) (England, Wales and Scotland) Regulations 2014 (SI 2014/3277), reg. 3 (in force 7 January 2015)")
GB_SCHED1_2015_NAMES = ["ALD-52", "AH-7921", "AL-LAD", "ETH-LAD", "PRO-LAD", "LSZ"]


# ---------------------------------------------------------------- Canada
CA_SOURCE = ("Justice Canada consolidated XML, Controlled Drugs and Substances Act C-38.8 (lims:pit-date 2026-06-05; "
             "justicecanada/laws-lois-xml d6853c4)")
CA_ACT = "Controlled Drugs and Substances Act (S.C. 1996, c. 19)"

GROUP_HEADS = re.compile(
    r"^(Opium Poppy|Coca \(|Phenylpiperidines|Phenazepines|Amidones|Methadols|Phenalkoxams|Thiambutenes|Moramides|Morphinans|"
    r"Benzazocines|Ampromides|Benzimidazoles|Fentanyls|Amphetamines|Synthetic cannabinoid|Any substance|Barbiturates|Thiobarbiturates|"
    r"Benzodiazepines|Catha edulis|Anabolic steroids|2C-phenethylamines|Salvia divinorum|Any preparation|Manual, semi-automatic|Die that|"
    r"Mould that|Punch that)")

QUALIFIER = re.compile(
    r"(,? (its|their) (preparations|salts|intermediates|derivatives)|,? and (any|its|their) (salt|salts|isomers|derivatives|essential)|"
    r" and any of its| and any salts?| and the salts| namely |, but not | and any plant| including:?$| including$)")


def _own_text(item):
    t = item.find("Text")
    if t is None:
        return ""
    parts = []

    def rec(e):
        if e.tag in ("List", "FootnoteRef"):
            return
        if e.text:
            parts.append(e.text)
        for c in e:
            rec(c)
            if c.tail:
                parts.append(c.tail)
    rec(t)
    return clean("".join(parts))


def ca_scope(text):
    t = text.lower()
    scope = []
    if "salt" in t:
        scope.append("salts")
    if "isomer" in t:
        scope.append("isomers")
        if "salts of isomers" in t or "salts of derivatives, isomers" in t or "salts of derivatives and isomers" in t \
                or "salts of isomers" in t or "salts of derivatives, isomers and analogues" in t:
            scope.append("salts-of-isomers")
    return scope


def split_group(g):
    """'2-Diphenylmethyl-piperidine, 2-DPMP' -> two names; chemical locants ('6, 14-diol') stay whole."""
    for sep in (" / ", "/", " - ", ", "):
        parts = [p.strip() for p in g.split(sep) if p.strip()]
        if len(parts) > 1 and (sep != ", " or any(is_abbrev(p) for p in parts)) and all(len(p) > 2 for p in parts):
            return parts
    return [g.strip()] if g.strip() else []


def ca_name_parts(text):
    """Item text -> (name, [synonyms], [abbreviations])."""
    head = QUALIFIER.split(text, maxsplit=1)[0].strip().rstrip(",:;")
    m = re.match(r"^(.*?)\s*\[([^\]]+)\],?\s*namely\s+(.*)$", text)  # "Benzylpiperazine [BZP], namely 1-benzylpiperazine and ..."
    if m:
        nm = m.group(1).strip()
        rest = QUALIFIER.split(m.group(3), maxsplit=1)[0].strip()
        return nm, [rest], [m.group(2).strip()]
    name, groups = split_parens(head)
    syn, abbr = [], []
    for g in groups:
        for p in split_group(g):
            (abbr if is_abbrev(p) else syn).append(p)
    name = name.strip().rstrip(",")
    if name.count(")") > name.count("("):  # unbalanced brackets in the source text
        name = text.split(" (")[0].strip()
    if name and name[0].islower() and name[0].isascii() and not re.match(r"^[a-z]-|^[a-z]\d|^\d", name):
        name = name[0].upper() + name[1:]
    return name, syn, abbr


def _dates(e):
    return e.get(LIMS + "inforce-start-date"), e.get(LIMS + "enacted-date")


def _hist_notes(sch):
    out = []
    hn = sch.find("HistoricalNote")
    if hn is None:
        return out
    for sub in hn.findall("HistoricalNoteSubItem"):
        out.append((sub.get(LIMS + "inforce-start-date"), sub.get(LIMS + "enacted-date"), clean("".join(sub.itertext()))))
    return out


ROMAN = {"SCHEDULE I": "I", "SCHEDULE II": "II", "SCHEDULE III": "III", "SCHEDULE IV": "IV", "SCHEDULE V": "V",
         "SCHEDULE VI": "VI", "SCHEDULE IX": "IX"}


def ca_items():
    """Every <Item> of Schedules I-IV, VI, IX and every row of Schedule V, in order."""
    root = ET.parse(CA_DIR / "C-38.8.xml").getroot()
    out = []
    for sch in root.iter("Schedule"):
        h = sch.find("ScheduleFormHeading")
        lab = h.find("Label") if h is not None else None
        if lab is None or lab.text not in ROMAN:
            continue
        roman = ROMAN[lab.text]
        hist = _hist_notes(sch)
        if roman == "V":
            out.extend(_ca_sched_v(sch, hist))
            continue
        part = [None, None]

        def walk(e, parent, state):
            for c in e:
                if c.tag == "GroupHeading":
                    pl = c.find("Label")
                    tt = c.find("TitleText")
                    part[0] = re.sub(r"\D", "", pl.text) if pl is not None else None
                    part[1] = clean("".join(tt.itertext())).rstrip("0123456789") if tt is not None else None
                if c.tag == "Item":
                    lab = c.find("Label")
                    label = lab.text.strip() if lab is not None and lab.text else ""
                    text = _own_text(c)
                    inforce, enacted = _dates(c)
                    if not label:
                        # connector ("but not including", "and the salts ... including:") or a description
                        if parent is not None:
                            if re.match(r"^but not including", text):
                                state["excluding"] = True
                            else:
                                parent["extra_text"].append(text)
                        continue
                    if parent is None:
                        code = f"{roman}-" + (f"P{part[0]}-" if part[0] else "") + label
                    else:
                        code = parent["code"] + label
                    rec = dict(schedule=roman, part=part[0], part_title=part[1], label=label, code=code, text=text,
                               parent=parent["code"] if parent else None, excluded=bool(parent and state.get("excluding")),
                               repealed=text.startswith("[Repealed"), inforce=inforce, enacted=enacted, extra_text=[],
                               children=[], hist=hist)
                    if parent is not None:
                        parent["children"].append(rec)
                    out.append(rec)
                    sub_state = {"excluding": False}
                    t = c.find("Text")
                    if t is not None:
                        walk(t, rec, sub_state)
                    walk(c, rec, sub_state)
                elif c.tag not in ("Text", "GroupHeading", "HistoricalNote"):
                    walk(c, parent, state)
        walk(sch, None, {"excluding": False})
    return out


MONTHS = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                      "October", "November", "December"], 1)}


def _date_words(s):
    m = re.match(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", s.strip())
    return f"{int(m.group(3)):04d}-{MONTHS[m.group(1)]:02d}-{int(m.group(2)):02d}" if m else None


def _ca_sched_v(sch, hist):
    out = []
    for grp in sch.iter("Group"):
        gh = grp.find("GroupHeading")
        plabel = re.sub(r"\D", "", gh.find("Label").text) if gh is not None and gh.find("Label") is not None else ""
        for tg in grp.iter("TableGroup"):
            cap = tg.find("Caption")
            caption = clean("".join(cap.itertext())) if cap is not None else ""
            tnum = re.match(r"TABLE (\d+)", caption)
            tbody = tg.find(".//tbody")
            if tbody is None:
                continue
            for row in tbody.findall("row"):
                ents = row.findall("entry")
                if len(ents) < 2:
                    continue
                label = clean("".join(ents[0].itertext()))
                text = clean("".join(ents[1].itertext()))
                period = clean("".join(ents[2].itertext())) if len(ents) > 2 else ""
                inforce, enacted = _dates(row)
                code = f"V-P{plabel}-" + (f"T{tnum.group(1)}-" if tnum else "") + label
                eff = until = None
                if " to " in period:
                    a, b = period.split(" to ", 1)
                    eff, until = _date_words(a), _date_words(b)
                out.append(dict(schedule="V", part=plabel, part_title=caption or None, label=label, code=code, text=text,
                                parent=None, excluded=False, repealed=text.startswith("[Repealed"), inforce=inforce,
                                enacted=enacted, extra_text=[], children=[], hist=hist, period=period,
                                period_start=eff, period_end=until))
    return out
