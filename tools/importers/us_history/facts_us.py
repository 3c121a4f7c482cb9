"""The project's own extraction of US CSA scheduling history (dev-only; used by apply_history.py).

FACTS maps a substance id to the list of its CSA listings, oldest first.  Each entry:
  schedule, effective (ISO day or {not_before, not_after}), until (optional), temporary, added,
  citation (the act), source (what was read), note, code (only when it differs from today's).
What was read is named in each `source`; summaries of the reference texts are in comments only.
"""

CSA_DATE = "1971-05-01"
OB2020 = "2020-08-24"

# ---------------------------------------------------------------- sources read
SRC_812 = ("21 U.S.C. 812(c), initial schedules as printed in the U.S. Code (markdown copy: "
           "codexstanford/markdonw-chunck-of-the-usa-code chuncks/title-21/chunck-1821.md, commit 557c30ff); "
           "effective date of title II: Pub. L. 91-513 sec. 704 (first day of the seventh calendar month after "
           "enactment on 1970-10-27)")
CIT_812 = "Pub. L. 91-513, sec. 202, 84 Stat. 1236 (21 U.S.C. 812(c))"
SRC_ISO = ("isomerdesign.com, Controlled Substances Act schedules annotated with each entry's Federal Register "
           "history (scheduleUS.php?schedule=ALL / schedule=3), which cites Shulgin, Controlled Substances: "
           "Chemical & Legal Guide to Federal Drug Laws (2nd ed., 1992)")


def fr(url):
    return f"Federal Register document as published ({url}), DATES/effective-date line read"


def L(schedule, effective, citation, source, note=None, until=None, temporary=False, added=False, code=None):
    d = {"schedule": schedule, "effective": effective, "citation": citation if isinstance(citation, list) else [citation],
         "source": source}
    if note:
        d["note"] = note
    if until:
        d["until"] = until
    if temporary:
        d["temporary"] = True
    if added:
        d["added"] = True
    if code:
        d["code"] = code
    return d


def W(nb, na):
    return {"not_before": nb, "not_after": na}


FACTS = {}


def put(ids, *listings):
    for i in ids.split():
        FACTS[i] = list(listings)


# ------------------------------------------------ 1. the 1970 Act's own schedules (generic clauses)
# 21 U.S.C. 812(c) schedule II(a)(1): "Opium and opiate, and any salt, compound, derivative, or
# preparation of opium or opiate"; (a)(3) opium poppy and poppy straw; (a)(4) coca leaves, cocaine,
# ecgonine.  Schedule III(b)(1): "any substance which contains any quantity of a derivative of
# barbituric acid, or any salt of a derivative of barbituric acid".
for sid, clause in [
    ("codeine", "II(a)(1)"), ("morphine", "II(a)(1)"), ("oxycodone", "II(a)(1)"), ("hydromorphone", "II(a)(1)"),
    ("oxymorphone", "II(a)(1)"), ("metopon", "II(a)(1)"), ("thebaine", "II(a)(1)"), ("ethylmorphine", "II(a)(1)"),
    ("hydrocodone", "II(a)(1)"), ("opium-extracts", "II(a)(1)"), ("opium-fluid-extract", "II(a)(1)"),
    ("opium-tincture", "II(a)(1)"), ("opium-granulated", "II(a)(1)"), ("opium-powdered", "II(a)(1)"),
    ("concentrate-of-poppy-straw", "II(a)(1) and (a)(3)"),
    ("cocaine", "II(a)(4)"), ("ecgonine", "II(a)(4)"),
]:
    extra = ""
    if sid == "hydrocodone":
        extra = (" This is hydrocodone itself (and products not in the limited-quantity schedule III entries); "
                 "the schedule III combination products are the separate listing that ends 2014-10-06.")
    FACTS[sid] = [L("II", CSA_DATE, CIT_812, SRC_812, added=True,
                    note=f"Covered from the start by the Act's own schedule II, clause {clause} of 21 U.S.C. 812(c) "
                         f"(not named there; named in 21 CFR 1308.12 since). Effective {CSA_DATE}, the day the "
                         f"CSA schedules took effect (Pub. L. 91-513 sec. 704)." + extra)]

for sid in ("aprobarbital butabarbital butalbital butobarbital talbutal thiamylal thiopental vinbarbital "
            "amobarbital-and-noncontrolled-active-ingred amobarbital-suppository-dosage-form "
            "pentobarbital-and-noncontrolled-active-ingred pentobarbital-suppository-dosage-form "
            "secobarbital-and-noncontrolled-active-ingred secobarbital-suppository-dosage-form").split():
    FACTS[sid] = [L("III", CSA_DATE, CIT_812, SRC_812, added=True,
                    note="Covered from the start by schedule III(b)(1) of 21 U.S.C. 812(c) (\"any substance which "
                         "contains any quantity of a derivative of barbituric acid\"), and in schedule III ever since "
                         "(for the amobarbital, pentobarbital and secobarbital products: the entries left in schedule "
                         f"III when the single substances moved to schedule II). Effective {CSA_DATE}.")]

# III(a) stimulants moved to schedule II in 1971 (isomerdesign: "Effective 7 Jul 1971, 36 FR 12734
# revoked" amphetamine and non-injectable methamphetamine from III; "Effective 28 Oct 1971,
# 36 FR 20686 revoked" phenmetrazine and methylphenidate from III).
for sid, clause, d, cit in [("amphetamine", "III(a)(1)", "1971-07-07", "36 FR 12734"),
                            ("methamphetamine", "III(a)(3)", "1971-07-07", "36 FR 12734"),
                            ("phenmetrazine", "III(a)(2)", "1971-10-28", "36 FR 20686"),
                            ("methylphenidate", "III(a)(4)", "1971-10-28", "36 FR 20686")]:
    inj = (" Injectable liquids containing methamphetamine were in schedule II from the start (812(c) "
           "schedule II(c)).") if sid == "methamphetamine" else ""
    FACTS[sid] = [
        L("III", CSA_DATE, CIT_812, SRC_812, until=d, added=True,
          note=f"Named in the Act's schedule {clause} (21 U.S.C. 812(c)).{inj}"),
        L("II", d, [f"{cit} ({d[:4]})"], SRC_ISO,
          note=f"Transferred from schedule III to schedule II: the schedule III entry was revoked effective {d} "
               f"by {cit} (isomerdesign's annotation of 21 CFR 1308.13); the schedule II entry is taken to date from "
               f"the same transfer. The FR text itself was not read."),
    ]

# ------------------------------------------------ 2. statutes
# GHB: Pub. L. 106-172 (enacted 2000-02-18) ordered the scheduling; DEA final rule 65 FR 13235,
# EFFECTIVE DATE: March 13, 2000 (govinfo FR-2000-03-13 00-5925).  The same rule placed
# FDA-approved GHB products in schedule III "if or when they are approved".
SRC_GHB = fr("https://www.govinfo.gov/content/pkg/FR-2000-03-13/html/00-5925.htm")
FACTS["ghb"] = [L("I", "2000-03-13", ["Pub. L. 106-172 (Hillory J. Farias and Samantha Reid Date-Rape Drug "
                                       "Prohibition Act of 2000)", "65 FR 13235 (2000-03-13)"], SRC_GHB, added=True)]
FACTS["ghb-preparations"] = [L("III", "2000-03-13", ["65 FR 13235 (2000-03-13)"], SRC_GHB, added=True,
                               note="The rule placed drug products containing GHB approved under FFDCA sec. 505 in "
                                    "schedule III, 'if or when they are approved' (Xyrem was approved later).")]

# ------------------------------------------------ 3. DEA rules read (DATES line)
FACTS["embutramide"] = [L("III", "2006-09-28", ["71 FR 51115 (2006-08-29)"],
                          fr("https://regulations.justia.com/regulations/fedreg/2006/08/29/E6-14287.html"), added=True)]
FACTS["2c-b"] = [
    L("I", "1994-01-06", ["59 FR 671 (1994-01-06)"], fr("https://www.govinfo.gov/content/pkg/FR-1994-01-06/html/94-234.htm"),
      until="1995-06-02", temporary=True, added=True,
      note="Temporary (emergency) placement under 21 U.S.C. 811(h); superseded by the permanent rule."),
    L("I", "1995-06-02", ["60 FR 28718 (1995-06-02)"], fr("https://www.govinfo.gov/content/pkg/FR-1995-06-02/html/95-13454.htm")),
]
for sid in ("alpha-methyltryptamine", "5-meo-dipt"):
    FACTS[sid] = [
        L("I", "2003-04-04", ["68 FR 16427 (2003-04-04)"],
          fr("https://www.federalregister.gov/documents/2003/04/04/03-8171"), until="2004-09-29", temporary=True, added=True,
          note="Temporary placement under 21 U.S.C. 811(h), superseded by the permanent rule."),
        L("I", "2004-09-29", ["69 FR 58050 (2004-09-29)"],
          "Federal Register 69 FR 58050 (2004-09-29), final rule, EFFECTIVE DATE line read "
          "(regulations.vlex.com copy of the GPO text)"),
    ]
FACTS["etryptamine"] = [
    L("I", "1993-03-12", ["58 FR 13533 (1993-03-12)"],
      fr("http://federal.elaws.us/fr/3/7/1994/94-5203") + " (the 1994 extension, which recites the 1993 order)",
      until=W("1994-03-13", "1994-09-13"), temporary=True, added=True,
      note="Temporary placement effective on publication (1993-03-12), extended from 1994-03-12 'for six months or until "
           "rule making proceedings are completed, whichever occurs first' (59 FR of 1994-03-07, FR Doc 94-5203)."),
    L("I", W("1994-03-13", OB2020), ["21 CFR 1308.11(d)(1)"],
      "DEA Orange Book of August 2020 (CTN-0094/DOPE c_cs_alpha.xlsx); FR Doc 94-5203",
      note="Permanent placement: the final rule was not read; it came after the extension began (1994-03-12)."),
]

# MDMA: temporary (emergency) order, effective 31 days after publication (studylib copy of the
# 1985 order: "EFFECTIVE DATE: [Insert 31 days after date of publication]"); the 1986 final rule
# (51 FR 36552, 1986-10-14) was vacated (Grinspoon v. DEA, 1st Cir. 1987); the 1988 order
# (53 FR 5156, 1988-02-22): "The effective date of this order is March 23, 1988" (toad.com OCR).
FACTS["mdma"] = [
    L("I", "1985-07-01", ["50 FR 23118 (1985-05-31)"],
      "Temporary scheduling order for MDMA (text of the order, studylib.net/doc/8195292: effective 31 days after "
      "publication; publication 1985-05-31 gives 1985-07-01)", temporary=True, added=True,
      until=W("1986-07-01", "1988-03-23"),
      note="Emergency placement under 21 U.S.C. 811(h). What followed is not modelled day by day: a final rule "
           "(51 FR 36552, 1986-10-14) was vacated by Grinspoon v. DEA (1st Cir. 1987) and the placement was made again "
           "in 1988; whether control lapsed in between was not checked, hence the window on `until`."),
    L("I", "1988-03-23", ["53 FR 5156 (1988-02-22)"],
      "Federal Register 53 FR 5156 (1988-02-22), final rule on MDMA, 'The effective date of this order is March 23, "
      "1988' (OCR at toad.com/drugs/norml/vol1/vol1_64_ocr.htm)"),
]

FACTS["alfentanil"] = [
    L("I", "1984-08-24", ["49 FR 25849 (1984)"], SRC_ISO, until="1987-01-23", added=True,
      note="isomerdesign's annotation of 21 CFR 1308.11(b): 'Effective 24 Aug 1984, 49 FR 25849 added ... Alfentanil', "
           "and the entry revoked effective 23 Jan 1987 by 52 FR 2516."),
    L("II", "1987-01-23", ["52 FR 2516 (1987)"], SRC_ISO,
      note="Taken to be the transfer to schedule II: the schedule I entry was revoked effective 1987-01-23 (52 FR 2516); "
           "the FR text was not read."),
]
FACTS["acetyl-alpha-methylfentanyl"] = [
    L("I", "1987-05-29", ["52 FR 20070 (1987)"], SRC_ISO,
      note="isomerdesign's annotation of 21 CFR 1308.11(b)(1): 'Effective 29 May 1987, 52 FR 20070 added'. "
           "Any earlier temporary placement is not recorded here.")]

# ------------------------------------------------ anabolic steroids
# 1990 Act (Pub. L. 101-647, title XIX; effective 1991-02-27 per DEA 74 FR 63603 and 77 FR 44456):
# 27 names (boldenone, chlorotestosterone, clostebol, dehydrochlormethyltestosterone,
# dihydrotestosterone, drostanolone, ethylestrenol, fluoxymesterone, formebulone, mesterolone,
# methandienone, methandranone, methandriol, methandrostenolone, methenolone, methyltestosterone,
# mibolerone, nandrolone, norethandrolone, oxandrolone, oxymesterone, oxymetholone, stanolone,
# stanozolol, testolactone, testosterone, trenbolone), read as quoted on elitefitness.com
# (threads/implant-laws.646290).  2004 Act (Pub. L. 108-358, effective 2005-01-20 per
# 70 FR 74653): today's 21 U.S.C. 802(41)(A)(i)-(xlix).  DASCA (Pub. L. 113-260, law on
# 2014-12-18 per 88 FR 50036): 802(41)(A)(l)-(lxxiv).
SRC_802 = ("21 U.S.C. 802(41)(A) as printed in the U.S. Code (codexstanford/markdonw-chunck-of-the-usa-code "
           "chuncks/title-21/chunck-1803.md, commit 557c30ff)")
SRC_1990 = ("the 1990 text of 21 U.S.C. 802(41)(A) as quoted at elitefitness.com/forum/threads/implant-laws.646290; "
            "effective date 1991-02-27 as stated in DEA final rules 74 FR 63603 and 77 FR 44456 "
            "(federal.elaws.us copies)")
SRC_2004 = SRC_802 + "; effective date 2005-01-20 per DEA final rule 70 FR 74653 (govinfo FR-2005-12-16 05-23907)"
SRC_2014 = SRC_802 + "; DASCA became law 2014-12-18 and took effect then, per DEA final rule 88 FR 50036 (federal.elaws.us 2023-15747)"
CIT_1990 = "Pub. L. 101-647, title XIX (Anabolic Steroids Control Act of 1990), effective 1991-02-27 (21 U.S.C. 802(41), 812(c) schedule III(e))"
CIT_2004 = "Pub. L. 108-358 (Anabolic Steroid Control Act of 2004), effective 2005-01-20 (21 U.S.C. 802(41)(A))"
CIT_2014 = "Pub. L. 113-260 (Designer Anabolic Steroid Control Act of 2014), 2014-12-18 (21 U.S.C. 802(41)(A)(l)-(lxxiv))"
put("boldenone clostebol dehydrochloromethyltestosterone 4-dihydrotestosterone drostanolone ethylestrenol "
    "fluoxymesterone formebolone mesterolone methandienone methandriol methenolone methyltestosterone mibolerone "
    "nandrolone norethandrolone oxandrolone oxymesterone oxymetholone stanozolol testolactone testosterone trenbolone",
    L("III", "1991-02-27", [CIT_1990, "Pub. L. 108-358 (2004 list, 21 U.S.C. 802(41)(A))"], SRC_1990, added=True,
      note="Named in the 1990 Act's list (the Act first brought anabolic steroids into the CSA, schedule III) and again "
           "in the 2004 Act's list."))
FACTS["anabolic-steroids"] = [L("III", "1991-02-27", [CIT_1990], SRC_1990, added=True,
                                note="The class 'anabolic steroids' entered schedule III with the 1990 Act; its definition was "
                                     "replaced by the 2004 Act (effective 2005-01-20) and extended by DASCA (2014-12-18).")]
put("3beta-17beta-dihydroxy-5alpha-androstane 3alpha-17beta-dihydroxy-5alpha-androstane 5alpha-androstan-3-17-dione "
    "1-androstenediol-3beta 1-androstenediol-3alpha 4-androstenediol 5-androstenediol 1-androstenedione "
    "4-androstenedione 5-androstenedione bolasterone calusterone delta1-dihydrotestosterone furazabol "
    "13beta-ethyl-17beta-hydroxygon-4-en-3-one 4-hydroxytestosterone 4-hydroxy-19-nortestosterone mestanolone "
    "17alpha-methyl-3beta-17beta-dihydroxy-5alpha-androstane 17alpha-methyl-3alpha-17beta-dihydroxy-5alpha-androstane "
    "17alpha-methyl-3beta-17beta-dihydroxyandrost-4-ene 17alpha-methyl-4-hydroxynandrolone methyldienolone "
    "methyltrienolone 17alpha-methyl-1-testosterone 19-nor-4-androstenediol-3beta 19-nor-4-androstenediol-3alpha "
    "19-nor-5-androstenediol-3beta 19-nor-5-androstenediol-3alpha 19-nor-4-androstenedione 19-nor-5-androstenedione "
    "norbolethone norclostebol normethandrolone stenbolone tetrahydrogestrinone",
    L("III", W("1991-02-27", "2005-01-20"), [CIT_2004], SRC_2004, added=True,
      note="First named by the 2004 Act (in force 2005-01-20). Not among the 1990 Act's 27 names, but the 1990 "
           "definition also covered any unnamed substance related to testosterone 'that promotes muscle growth', so "
           "whether it was already controlled between 1991-02-27 and 2005-01-20 is not known from the texts read "
           "(window). Not controlled before 1991-02-27, when anabolic steroids first entered the CSA."))
put("5alpha-androstan-3-6-17-trione 6-bromo-androstan-3-17-dione 6-bromo-androsta-1-4-diene-3-17-dione "
    "4-chloro-17alpha-methyl-androsta-1-4-diene-3-17beta-diol 4-chloro-17alpha-methyl-androst-4-ene-3beta-17beta-diol "
    "4-chloro-17alpha-methyl-17beta-hydroxy-androst-4-en-3-one 4-chloro-17alpha-methyl-17beta-hydroxy-androst-4-ene-3-11-di "
    "2alpha-17alpha-dimethyl-17beta-hydroxy-5beta-androstan-3-one 2alpha-3alpha-epithio-17alpha-methyl-5alpha-androstan-17beta "
    "3-2-c-furazan-5alpha-androstan-17beta-ol 3beta-hydroxy-estra-4-9-11-trien-17-one 17alpha-methyl-androst-2-ene-3-17beta-diol "
    "17alpha-methyl-androsta-1-4-diene-3-17beta-diol estra-4-9-11-triene-3-17-dione 18a-homo-3-hydroxy-estra-2-5-10-dien-17-one "
    "6alpha-methyl-androst-4-ene-3-17-dione 17alpha-methyl-androstan-3-hydroxyimine-17beta-ol 17alpha-methyl-5alpha-androstan-17beta-ol "
    "17beta-hydroxy-androstano-2-3-d-isoxazole 17beta-hydroxy-androstano-3-2-c-isoxazole 4-hydroxy-androst-4-ene-3-17-dione "
    "3-2-c-pyrazole-androst-4-en-17beta-ol",
    L("III", "2014-12-18", [CIT_2014], SRC_2014,
      note="First named by DASCA (2014-12-18). Earlier control under the general words of the 2004 definition "
           "('chemically and pharmacologically related to testosterone') is not excluded; DEA's own practice was to "
           "classify such steroids one by one by rule (74 FR 63603, 77 FR 44456), so no earlier date is given."))
FACTS["boldione"] = FACTS["desoxymethyltestosterone"] = FACTS["19-nor-4-9-10-androstadienedione"] = [
    L("III", "2010-01-04", ["74 FR 63603 (2009-12-04)"],
      fr("http://federal.elaws.us/fr/notice/12/4/2009/e9-28572") + ": 'Effective Date: January 4, 2010'")]
FACTS["methasterone"] = FACTS["prostanozol"] = [
    L("III", "2012-08-29", ["77 FR 44456 (2012-07-30)"],
      fr("http://federal.elaws.us/fr/7/30/2012/2012-18495") + ": 'Effective Date: August 29, 2012'",
      note="Also named by DASCA in 2014 (21 U.S.C. 802(41)(A)).")]

# ------------------------------------------------ synthetic cathinones (10), 2014 temporary order
# 79 FR 12938 (2014-03-07), final order, temporary; effective 2014-03-07 (NABP news; govinfo).
# Permanent: 82 FR 12171 (2017-03-01) -- DATES line not seen in the copy read -> window.
for sid in "4-mec 4-meppp alpha-pvp butylone pentedrone pentylone 4-fmc 3-fmc naphyrone alpha-pbp".split():
    FACTS[sid] = [
        L("I", "2014-03-07", ["79 FR 12938 (2014-03-07)"],
          "Federal Register 79 FR 12938 (govinfo FR-2014-03-07 2014-04997) and NABP news 'effective as of March 7, 2014'",
          temporary=True, added=True, until=W("2017-03-01", OB2020),
          note="Temporary placement of 10 synthetic cathinones (21 U.S.C. 811(h))."),
        L("I", W("2017-03-01", OB2020), ["82 FR 12171 (2017-03-01)"],
          "Federal Register 82 FR 12171 (2017-03-01), 'Placement of 10 Synthetic Cathinones Into Schedule I' (justia "
          "index; the DATES line was not in the part read); DEA Orange Book of August 2020",
          note="Permanent placement published 2017-03-01; its effective date was not read (window up to the 2020 "
               "Orange Book)."),
    ]

# ------------------------------------------------ 1970 schedule III substances now in schedule II (date of move not read)
for sid, clause in [("amobarbital", "III(b)(1)"), ("pentobarbital", "III(b)(1)"), ("secobarbital", "III(b)(1)"),
                    ("glutethimide", "III(b)(3)"), ("phencyclidine", "III(b)(7)")]:
    FACTS[sid] = [
        L("III", CSA_DATE, CIT_812, SRC_812, added=True, until=W("1971-05-02", OB2020),
          note=f"In the Act's schedule {clause} (21 U.S.C. 812(c)). The rule that moved it to schedule II was not read "
               f"in this pass (window)."),
        L("II", W("1971-05-02", OB2020), ["21 CFR 1308.12"],
          "DEA Orange Book of August 2020 (CTN-0094/DOPE c_cs_alpha.xlsx); " + SRC_812,
          note="Transfer from schedule III to schedule II on a date not pinned in this pass (window from the day after "
               "the CSA took effect to the 2020 Orange Book)."),
    ]

# ------------------------------------------------ 2012 statute (812(c) schedule I(c)(18)-(28), read above)
CIT_SDAPA = "Pub. L. 112-144, title XI, subtitle D (Synthetic Drug Abuse Prevention Act of 2012), enacted 2012-07-09"
SRC_SDAPA = (SRC_812.split(";")[0] + "; date: DEA final rule 78 FR 664 (2013-01-04, 'On July 9, 2012, the President signed "
             "into law the Synthetic Drug Abuse Prevention Act of 2012 ... placing 26 substances in Schedule I'; justia copy)")
for sid in "2c-e 2c-d 2c-c 2c-i 2c-t-2 2c-t-4 2c-h 2c-n 2c-p".split():
    FACTS[sid] = [L("I", "2012-07-09", [CIT_SDAPA], SRC_SDAPA, added=True,
                    note="Named in the Act's addition to schedule I (21 U.S.C. 812(c) schedule I(c)(20)-(28)); in force on enactment.")]
for sid in ("mephedrone", "mdpv"):
    FACTS[sid] = [L("I", "2012-07-09", [CIT_SDAPA], SRC_SDAPA,
                    note="Named in 21 U.S.C. 812(c) schedule I(c)(18)-(19) by the 2012 Act. An earlier temporary order of "
                         "2011 (synthetic cathinones) was not read here, so no earlier date is given.")]
# cannabimimetic agents: 812(c) schedule I(d), structural classes (i)-(v), added by the 2012 Act.
CANNABIMIMETIC_NOTE = ("Covered as a 'cannabimimetic agent' (21 U.S.C. 812(c) schedule I(d), 21 CFR 1308.11(g)), the class "
                       "the 2012 Act created; the DEA Orange Book of 08-Apr-26 lists it under drug code 7000 as such. The "
                       "class definition has not changed since, so it is dated from the Act. The Act required CB1 agonism "
                       "shown by binding and functional assays; that finding for this compound was not re-checked here.")
FACTS["cannabimimetic-agents"] = [L("I", "2012-07-09", [CIT_SDAPA], SRC_SDAPA, added=True,
                                    note="The class entered schedule I with the 2012 Act (21 U.S.C. 812(c) schedule I(d)).")]
for sid in ("am-1220 mam-2201 jwh-147 am-2233 jwh-007 eam-2201 jwh-210 jwh-412 jwh-098 jwh-193 jwh-307 win-55-212-2 "
            "cp-47497-c9-homolog cp-47497-c6-homolog jwh-302 cp-55940 jwh-184 jwh-022").split():
    FACTS[sid] = [L("I", "2012-07-09", [CIT_SDAPA],
                    SRC_SDAPA + "; DEA Orange Book, Controlled Substances - Alphabetical Order, 08-Apr-26 (code 7000)",
                    note=CANNABIMIMETIC_NOTE)]

# ------------------------------------------------ synthetic cannabinoids, DEA orders read (DATES lines)
def temp_perm(ids, t_eff, t_cit, t_src, p_eff, p_cit, p_src, t_note=None, p_note=None, t_until=None):
    for sid in ids.split():
        FACTS[sid] = [
            L("I", t_eff, t_cit, t_src, temporary=True, added=True, until=t_until or p_eff,
              note=t_note or "Temporary scheduling order (21 U.S.C. 811(h)), superseded by the permanent placement."),
            L("I", p_eff, p_cit, p_src, note=p_note),
        ]


temp_perm("ur-144 xlr11 apinaca", "2013-05-16", ["78 FR 28735 (2013-05-16)"],
          fr("http://www.gpo.gov/fdsys/pkg/FR-2013-05-16/html/2013-11593.htm"),
          "2016-05-11", ["81 FR 29142 (2016-05-11)"], fr("https://www.govinfo.gov/content/pkg/FR-2016-05-11/html/2016-11204.htm"),
          t_note="Temporary scheduling order (21 U.S.C. 811(h)), extended by 80 FR 27854 (2015-05-15), superseded by the "
                 "permanent placement.")
temp_perm("nm2201 5f-ab-pinaca 4-cn-cumyl-butinaca mmb-chmica 5f-cumyl-p7aica", "2018-07-10", ["83 FR 31877 (2018-07-10)"],
          "Federal Register 85 FR 42296 (2020-07-13, extension of the temporary placement), which recites that the order "
          "83 FR 31877 of 2018-07-10 'was effective on the date of publication' (justia copy)",
          "2021-06-10", ["86 FR 30775 (2021-06-10)"],
          fr("https://regulations.justia.com/regulations/fedreg/2021/06/10/2021-11974.html") + ": 'Effective June 10, 2021'",
          t_note="Temporary scheduling order, extended for one year by 85 FR 42296 (2020-07-13), superseded by the permanent rule.")

# permanent rule read only by title/publication date: window from publication to the 2020 Orange Book
def temp_permwin(ids, t_eff, t_cit, t_src, p_pub, p_cit, p_src, t_note=None):
    w = W(p_pub, OB2020)
    for sid in ids.split():
        FACTS[sid] = [
            L("I", t_eff, t_cit, t_src, temporary=True, added=True, until=w,
              note=t_note or "Temporary scheduling order (21 U.S.C. 811(h)); it ended when the permanent placement took effect."),
            L("I", w, p_cit, p_src + "; DEA Orange Book of August 2020 (CTN-0094/DOPE c_cs_alpha.xlsx)",
              note=(f"Permanent placement published {p_pub}; its DATES line was not in the copy read, so the day it took effect "
                    f"is a window from publication to the 2020 Orange Book.") if p_cit else
                   "Permanent placement: the rule was not identified in this pass (window from the temporary order to the "
                   "2020 Orange Book)."),
        ]


temp_permwin("25i-nbome 25c-nbome 25b-nbome", "2013-11-15", ["78 FR 68716 (2013-11-15)"],
             fr("https://regulations.justia.com/regulations/fedreg/2013/11/15/2013-27315.html"),
             "2016-09-27", ["81 FR 66181 (2016-09-27)"], "thefederalregister.org/81-FR/66181 (final rule, title and summary)")
temp_permwin("ab-chminaca ab-pinaca thj-2201", "2015-01-30", ["80 FR 5042 (2015-01-30)"],
             fr("http://www.gpo.gov/fdsys/pkg/FR-2015-01-30/html/2015-01776.htm"),
             "2017-10-16", ["82 FR 47971 (2017-10-16)"], "thefederalregister.org/82-FR/47971 (final rule, title and summary)")
temp_permwin("pb-22 5f-pb-22 ab-fubinaca adb-pinaca", W("2014-02-10", "2016-09-06"), ["79 FR 7577 (2014-02-10)"],
             "Federal Register 79 FR 7577 (2014-02-10), temporary order (govinfo FR-2014-02-10 2014-02848; the DATES line "
             "was cut off in the copy read, hence the window up to the permanent rule)",
             "2016-09-06", ["81 FR 61130 (2016-09-06)"], "thefederalregister.org/81-FR/61130 (final rule, title and summary)")
temp_permwin("5f-adb 5f-amb 5f-apinaca adb-fubinaca mdmb-chmica mdmb-fubinaca", "2017-04-10", ["82 FR 17119 (2017-04-10)"],
             fr("http://federal.elaws.us/citation/82-FR-17124") + ": 'effective on April 10, 2017 ... will expire on April 10, "
             "2019, unless it is extended or made permanent'",
             "2017-04-11", [], "DEA Orange Book of August 2020", t_note="Temporary scheduling order (21 U.S.C. 811(h)) to 2019-04-10 unless extended or made "
                                "permanent; the permanent rule was not identified in this pass (window).")

# ------------------------------------------------ fentanyl analogues, temporary orders read
temp_permwin("butyrylfentanyl beta-hydroxythiofentanyl", "2016-05-12", ["81 FR 29492 (2016-05-12)"],
             fr("http://federal.elaws.us/fr/citation/2016-11219") + ": 'This final order is effective on May 12, 2016'",
             "2016-05-13", [], "DEA Orange Book of August 2020")
FACTS["tetrahydrofuranylfentanyl"] = [
    L("I", "2017-10-26", ["82 FR 49504 (2017-10-26)"],
      fr("http://federal.elaws.us/fr/10/26/2017/2017-23206") + ": 'effective October 26, 2017, until October 28, 2019'",
      temporary=True, added=True, until=W("2018-11-29", OB2020),
      note="Temporary order (21 U.S.C. 811(h)), superseded by the permanent rule 83 FR 61320."),
    L("I", W("2018-11-29", OB2020), ["83 FR 61320 (2018-11-29)"],
      "Federal Register 83 FR 61320 (2018-11-29), 'Placement of Furanyl Fentanyl, 4-Fluoroisobutyryl Fentanyl, Acryl "
      "Fentanyl, Tetrahydrofuranyl Fentanyl, and Ocfentanil in Schedule I' (citation as recorded in fentanyl-family.toml; "
      "its DATES line was not read); DEA Orange Book of August 2020",
      note="Permanent placement published 2018-11-29; effective day not read (window up to the 2020 Orange Book)."),
]
for sid in ("ortho-fluorofentanyl", "methoxyacetylfentanyl"):
    FACTS[sid] = [
        L("I", "2017-10-26", ["82 FR 49504 (2017-10-26)"],
          fr("http://federal.elaws.us/fr/10/26/2017/2017-23206") + ": 'effective October 26, 2017, until October 28, 2019'",
          temporary=True, added=True, until=W("2017-10-27", OB2020),
          note="Temporary order (21 U.S.C. 811(h)) in force until 2019-10-28 unless extended or made permanent; the "
               "permanent rule was not identified in this pass (window)."),
        L("I", W("2017-10-27", OB2020), [], "DEA Orange Book of August 2020",
          note="Permanent placement: the rule was not identified in this pass (window from the temporary order to the "
               "2020 Orange Book)."),
    ]
for sid in ("para-methoxybutyrylfentanyl", "para-chloroisobutyrylfentanyl", "isobutyrylfentanyl", "cyclopentylfentanyl"):
    FACTS[sid] = [
        L("I", "2018-02-01", ["83 FR 4580 (2018-02-01)", "85 FR 5321 (2020-01-30) (extension)"],
          "Federal Register 83 FR 4580 (2018-02-01), temporary scheduling order for seven fentanyl-related substances "
          "(thefederalregister.org/83-FR/4580, summary) with the effective date recorded for the same order in "
          "fentanyl-family.toml (ocfentanil, valeryl fentanyl); extension 85 FR 5321 (justia, title naming this substance)",
          temporary=True, added=True, until=W("2020-11-25", "2026-04-08"),
          note="Temporary order, extended by 85 FR 5321 to 2021-02-01; ended by the permanent rule 85 FR 75231 "
               "(published 2020-11-25; effective day not read)."),
        L("I", W("2020-11-25", "2026-04-08"), ["85 FR 75231 (2020-11-25)"],
          "Federal Register 85 FR 75231 (2020-11-25), permanent placement of cyclopentyl, isobutyryl, para-chloroisobutyryl, "
          "para-methoxybutyryl and valeryl fentanyl (citation as recorded in fentanyl-family.toml; DATES line not read)",
          note="Effective day not read: window from publication to the 2026 Orange Book."),
    ]
FACTS["para-fluorobutyrylfentanyl"] = [
    L("I", "2018-02-01", ["83 FR 4580 (2018-02-01)"],
      "Federal Register 83 FR 4580 (2018-02-01), temporary scheduling order for seven fentanyl-related substances "
      "(thefederalregister.org/83-FR/4580, summary); effective date as recorded for the same order in fentanyl-family.toml",
      temporary=True, added=True, until=W("2018-02-02", OB2020),
      note="Temporary order; not among the substances whose temporary control was extended in 2020 (85 FR 5321), so it "
           "was made permanent earlier by a rule not identified in this pass (window)."),
    L("I", W("2018-02-02", OB2020), [], "DEA Orange Book of August 2020",
      note="Permanent placement: the rule was not identified in this pass."),
]
FACTS["n-ethylpentylone"] = [
    L("I", "2018-08-31", ["FR Doc. 2018-18988 (83 FR, 2018-08-31)"],
      fr("http://federal.elaws.us/fr/8/31/2018/2018-18988") + ": 'effective August 31, 2018, until August 31, 2020'",
      temporary=True, added=True, until="2020-08-31",
      note="Temporary scheduling order; its stated end is 2020-08-31 (a permanent rule, not read here, followed)."),
    L("I", W("2018-09-01", "2026-04-08"), [], "DEA Orange Book of 08-Apr-26",
      note="Permanent placement: the rule was not identified in this pass (window)."),
]
# designer benzodiazepines: temporary order 88 FR 48112, 'effective July 26, 2023, until July 26, 2025'
# (govinfo FR-2023-07-26 2023-15748); extended for one year (90 FR 35236, 2025-07-25, frnow title/summary);
# the 2026 eCFR lists them in 1308.11(e) (permanent paragraph), final rule not read.
for sid in "clonazolam diclazepam etizolam flualprazolam flubromazolam".split():
    FACTS[sid] = [
        L("I", "2023-07-26", ["88 FR 48112 (2023-07-26)", "90 FR 35236 (2025-07-25) (extension)"],
          fr("https://www.govinfo.gov/content/pkg/FR-2023-07-26/html/2023-15748.htm") +
          ": 'effective July 26, 2023, until July 26, 2025'; extension: frnow.com 2025-14037 (title and summary)",
          temporary=True, added=True, until=W("2025-07-25", "2026-04-08"),
          note="Temporary order, extended for one year in July 2025; ended by the permanent placement (21 CFR 1308.11(e) "
               "in the eCFR of 2026-04-22), whose rule was not read."),
        L("I", W("2025-07-25", "2026-04-08"), [], "DEA Orange Book of 08-Apr-26; eCFR 21 CFR 1308.11 (2026-04-22)",
          note="Permanent placement proposed 2025-07-25 (90 FR 35253); final rule not read (window)."),
    ]

# cathinones, temporary order 84 FR 34291: 'effective July 18, 2019, until July 18, 2021' (federal.elaws.us, govinfo,
# casetext copies).  Synthetic cannabinoids, temporary order 84 FR 15505: 'effective April 16, 2019, until April 16,
# 2021' (federal.elaws.us 2019-07460).  The permanent rules were not read.
def temp_stated(ids, t_eff, t_end, t_cit, t_src):
    for sid in ids.split():
        FACTS[sid] = [
            L("I", t_eff, t_cit, t_src, temporary=True, added=True, until=t_end,
              note=f"Temporary scheduling order (21 U.S.C. 811(h)), stated to run until {t_end} unless extended or made "
                   f"permanent. The permanent placement that followed was not read in this pass (its listing is a window)."),
            L("I", W(t_eff, "2026-04-08"), [], "DEA Orange Book of 08-Apr-26",
              note="Permanent placement: the rule was not identified in this pass (window from the temporary order to the "
                   "2026 Orange Book; the substance was under the temporary order meanwhile)."),
        ]


temp_stated("n-ethylhexedrone alpha-php 4-meap mphp pv8 4-chloro-alpha-pvp", "2019-07-18", "2021-07-18",
            ["84 FR 34291 (2019-07-18)"], fr("http://federal.elaws.us/fr/7/18/2019/2019-15184"))
temp_stated("5f-edmb-pinaca 5f-mdmb-pica fub-akb48 5f-cumyl-pinaca fub-144", "2019-04-16", "2021-04-16",
            ["84 FR 15505 (2019-04-16)"], fr("http://federal.elaws.us/fr/4/16/2019/2019-07460"))
for sid in ("5f-adb", "5f-amb", "5f-apinaca", "adb-fubinaca", "mdmb-chmica", "mdmb-fubinaca"):
    FACTS[sid][0]["until"] = "2019-04-10"
    FACTS[sid][0]["note"] = ("Temporary scheduling order, stated to expire on 2019-04-10 unless extended or made permanent; "
                             "the permanent placement was not read in this pass (its listing is a window).")
for sid in ("ortho-fluorofentanyl", "methoxyacetylfentanyl"):
    FACTS[sid][0]["until"] = "2019-10-28"
    FACTS[sid][0]["note"] = ("Temporary scheduling order, stated to run until 2019-10-28 unless extended or made permanent; "
                             "the permanent placement was not read in this pass (its listing is a window).")

FACTS["tramadol"] = [L("IV", "2014-08-18", ["79 FR 37623 (2014-07-02)"],
                       "NABP news release 'DEA classifies tramadol a controlled substance' (final rule 79 FR 37623: effective "
                       "date 45 days after publication, August 18, 2014) and justia copy of 79 FR 37623", added=True)]

FACTS["ketamine"] = [L("III", "1999-08-12", ["64 FR 37673 (1999-07-13)"],
                       fr("https://www.govinfo.gov/content/pkg/FR-1999-07-13/html/99-17803.htm") + ": 'EFFECTIVE DATE: August 12, 1999'",
                       added=True)]
FACTS["isotonitazene"] = [
    L("I", "2020-08-20", ["85 FR 51342 (2020-08-20)"],
      fr("http://federal.elaws.us/fr/8/20/2020/2020-17951") + ": 'effective August 20, 2020, until August 20, 2022'; "
      "the order states isotonitazene 'is not currently listed in any schedule'",
      temporary=True, added=True, until="2022-08-20",
      note="Temporary scheduling order, stated to run until 2022-08-20 unless extended or made permanent; the permanent "
           "placement was not read in this pass (its listing is a window)."),
    L("I", W("2020-08-20", "2026-04-08"), [], "DEA Orange Book of 08-Apr-26",
      note="Permanent placement: the rule was not identified in this pass."),
]

# Substances individually listed only after the Orange Book of August 2020: that book lists isotonitazene,
# temporarily controlled from 2020-08-20 (85 FR 51342), so its content runs at least to that day; a substance
# absent from it had no listing of its own on 2020-08-20.  The act that placed each was not read.
SRC_AFTER2020 = ("DEA Orange Book of August 2020 (CTN-0094/DOPE c_cs_alpha.xlsx; absent there) and of 08-Apr-26 "
                 "(present); 85 FR 51342 (isotonitazene, 2020-08-20) dates the 2020 book's content")
AFTER2020_NOTE = ("Window: not individually listed in the DEA Orange Book of August 2020 (which already carries isotonitazene, "
                  "controlled from 2020-08-20), listed in that of 08-Apr-26; the act in between was not read in this pass.")
for sid in ("dipentylone metonitazepyne methoxetamine 2-methyl-ap-237 3-mmc 4-4-dmar 4-cmc 4-fluoroamphetamine "
            "4f-mdmb-binaca protonitazepyne adb-butinaca amineptine brorphine butonitazene daridorexant etodesnitazene "
            "flunitazene ganaxolone mesocarb methiopropamine metodesnitazene metonitazene n-desethyl-isotonitazene "
            "etonitazepipne etonitazepyne oliceridine pmma protonitazene remimazolam serdexmethylphenidate zipeprol "
            "zuranolone alpha-pihp").split():
    FACTS[sid] = [{"schedule": None, "effective": W("2020-08-21", "2026-04-08"), "citation": [], "source": SRC_AFTER2020,
                   "added": True, "note": AFTER2020_NOTE + " No earlier control of this substance is known: it is not a "
                   "member of the fentanyl-related-substances or cannabimimetic-agents classes."}]
for sid in ("2-5-dimethoxyfentanyl 2-fluoro-ortho-fluorofentanyl 3-furanylfentanyl 4-methyl-acetylfentanyl "
            "alpha-methyl-butyrylfentanyl beta-methylfentanyl beta-methylacetylfentanyl beta-phenylfentanyl crotonylfentanyl "
            "fentanyl-carbamate isovalerylfentanyl meta-fluorofentanyl meta-fluorofuranylfentanyl meta-fluoroisobutyrylfentanyl "
            "ortho-chlorofentanyl ortho-fluoroacrylfentanyl ortho-fluorobutyrylfentanyl ortho-fluorofuranylfentanyl "
            "ortho-fluoroisobutyrylfentanyl ortho-methyl-acetylfentanyl ortho-methyl-methoxyacetylfentanyl "
            "ortho-methylcyclopropylfentanyl para-chlorofentanyl para-fluoro-furanylfentanyl para-fluoro-valerylfentanyl "
            "para-methoxyfuranylfentanyl para-methylcyclopropylfentanyl para-methylfentanyl phenylfentanyl "
            "tetrahydrothiofuranylfentanyl thiofuranylfentanyl").split():
    FACTS[sid] = [{"schedule": None, "effective": W("2020-08-21", "2026-04-08"), "citation": [], "source": SRC_AFTER2020,
                   "note": AFTER2020_NOTE + " Before its own listing it may already have been controlled as a "
                   "fentanyl-related substance (class order of 2018-02-06, us-fentanyl-related-substances), so no "
                   "'first control' is claimed."}]

FACTS["opium-combination-product-25-mg-du"] = [
    L("III", CSA_DATE, CIT_812, SRC_812, added=True,
      note="Named in the Act's schedule III(d)(7) (not more than 500 mg of opium per 100 ml or per 100 g, or 25 mg per dosage "
           "unit, with non-narcotic active ingredients); in schedule III ever since.")]

# medicines, DEA rules read (DATES lines / effective dates)
SRC_811J = ("21 U.S.C. 811(j)(3) as printed in the U.S. Code ('A rule issued by the Attorney General under paragraph (1) "
            "shall become immediately effective as an interim final rule'; codexstanford/markdonw-chunck-of-the-usa-code "
            "chuncks/title-21/chunck-1818.md)")
FACTS["lasmiditan"] = [L("V", "2020-01-31", ["85 FR 5557 (2020-01-31)"],
                         fr("http://federal.elaws.us/fr/1/31/2020/2020-01957") + ": 'The effective date of this rulemaking is January 31, 2020'",
                         added=True)]
FACTS["ezogabine"] = [L("V", "2011-12-15", ["76 FR 77895 (2011-12-15)"],
                        fr("http://www.deadiversion.usdoj.gov/fed_regs/rules/2011/fr1215_2.htm") + ": 'Effective date: December 15, 2011'",
                        added=True)]
FACTS["lemborexant"] = [L("IV", "2020-04-07", ["85 FR 19387 (2020-04-07)"],
                          fr("http://federal.elaws.us/fr/4/7/2020/2020-07089") + ": 'The effective date of this rulemaking is April 7, 2020'",
                          added=True)]
FACTS["brexanolone"] = [L("IV", "2019-06-17", ["84 FR 27938 (2019-06-17)"],
                          fr("https://www.govinfo.gov/content/pkg/FR-2019-06-17/html/2019-12721.htm") + ": 'The effective date of this rulemaking is June 17, 2019'",
                          added=True)]
FACTS["solriamfetol"] = [L("IV", "2019-06-17", ["interim final rule of 2019-06-17 (Docket No. DEA-504)", "85 FR 643 (2020-01-07) (final rule)"],
                           "DEA final rule 85 FR 643 (2020-01-07, justia copy), which adopts 'an interim final rule ... published in "
                           "the Federal Register on June 17, 2019, placing solriamfetol ... in schedule IV'; " + SRC_811J,
                           added=True, note="Interim final rule under 21 U.S.C. 811(j), effective on publication by statute.")]
FACTS["suvorexant"] = [L("IV", "2014-09-29", ["79 FR 51243 (2014-08-28)"],
                         "International Trade Today, 'DEA Places Suvorexant into Schedule IV' (2014-08-27: 'Effective Sept. 29'); "
                         "PubMed record of the final rule (Fed Regist. 2014 Aug 28;79(167):51243-7)", added=True,
                         note="Effective date from a trade-press summary of the rule; the rule's DATES line itself was not read.")]
FACTS["lacosamide"] = [L("V", W("2009-05-21", OB2020), ["74 FR 23789 (2009-05-21)"],
                         "api.ai-analytics.org/dea-action/E9-11927.md (final rule, published 2009-05-21; DATES line not shown); "
                         "DEA Orange Book of August 2020", added=True,
                         note="Final rule published 2009-05-21; its effective day was not read (window).")]
FACTS["3-meo-pcp"] = [{"schedule": None, "effective": W("2020-08-21", "2026-04-22"), "citation": [],
                       "source": SRC_AFTER2020 + "; eCFR 21 CFR 1308.11 (2026-04-22)", "added": True,
                       "note": AFTER2020_NOTE.replace("listed in that of 08-Apr-26", "in the eCFR of 2026-04-22") +
                               " No earlier control of this substance is known."}]

# ------------------------------------------------ second pass: first controls, and the 4-1-13 CFR edition
# The class "cannabimimetic agents" did not exist before the 2012 Act, and none of these compounds was named
# in the 2011 temporary order (which named JWH-018, JWH-073, JWH-200, CP-47,497 and its C8 homologue): first control.
for sid in ("am-1220 mam-2201 jwh-147 am-2233 jwh-007 eam-2201 jwh-210 jwh-412 jwh-098 jwh-193 jwh-307 win-55-212-2 "
            "cp-47497-c9-homolog cp-47497-c6-homolog jwh-302 cp-55940 jwh-184 jwh-022").split():
    FACTS[sid][0]["added"] = True
# DASCA 'revise[d] and add[ed] specified substances to the definition of anabolic steroid' (88 FR 50036);
# DEA 'classifies' the 2010 and 2012 steroids as anabolic steroids by those rules.
for sid, ls in list(FACTS.items()):
    for l in ls:
        if CIT_2014 in l["citation"] or l["citation"][:1] in (["74 FR 63603 (2009-12-04)"], ["77 FR 44456 (2012-07-30)"]):
            l["added"] = True
# fentanyl-like substances first listed after the 2020 Orange Book: controlled at the earliest by the class order of
# 2018-02-06 (the fentanyl-related-substances class did not exist before), and not individually listed before 2020.
for sid, ls in FACTS.items():
    l = ls[0]
    if l["schedule"] is None and "no 'first control' is claimed" in l.get("note", ""):
        l["effective"] = W("2018-02-06", "2026-04-08")
        l["added"] = True
        l["note"] = ("Window: not individually listed in the DEA Orange Book of August 2020 (which already carries "
                     "isotonitazene, controlled from 2020-08-20), listed in that of 08-Apr-26; before its own listing it "
                     "may have been controlled as a fentanyl-related substance under the class order of 2018-02-06 "
                     "(us-fentanyl-related-substances), the earliest act that could have reached it, hence not_before.")
        l["source"] += "; 83 FR 5191 (fentanyl-related substances class order, 2018-02-06, as recorded in fentanyl-family.toml)"

# 21 CFR 1308.13(e)-(g) and 1308.14(c)(1)-(37) of the 4-1-13 edition (docslib.org/doc/3135711, page image text with
# drug codes): codes 9064, 7369, 2882, 2748, 2749, 8192, 2744, 2751, 2737, 2768, 2752, 2753, 2754, 2765, 2467, 2756,
# 2758, 2759, 2763, 2767, 2138, 2762, 2771, 2772, 2773, 2885, 2774, 2800, 2836, 2884, 2837 are listed there.
CFR2013_CODES = {"9064", "7369", "2882", "2748", "2749", "8192", "2744", "2751", "2737", "2768", "2752", "2753", "2754",
                 "2765", "2467", "2756", "2758", "2759", "2763", "2767", "2138", "2762", "2771", "2772", "2773", "2885",
                 "2774", "2800", "2836", "2884", "2837"}
CFR2013_DATE = "2013-04-01"
CFR2013_SRC = ("21 CFR 1308.13-1308.14, edition revised as of April 1, 2013 (text of the printed page, "
               "docslib.org/doc/3135711, drug code listed)")

FACTS["fentanyl"] = [L("II", CSA_DATE, [CIT_812], SRC_812, added=True,
                       note="Named in the Act's schedule II(b)(6) (21 U.S.C. 812(c)); in schedule II ever since.")]

# substances that may have been covered earlier as positional isomers of substances already listed in
# 21 CFR 1308.11(d), where "isomer" includes positional isomers: no first control is claimed.
for sid, parent in [("3-mmc", "mephedrone (4-MMC, schedule I since 2012)"),
                    ("dipentylone", "N-ethylpentylone (temporarily scheduled 2018-08-31)"),
                    ("alpha-pihp", "alpha-PHP (temporarily scheduled 2019-07-18)"),
                    ("4f-mdmb-binaca", "5F-AMB (same molecular formula; temporarily scheduled 2017-04-10)"),
                    ("adb-butinaca", "AB-PINACA (same molecular formula; temporarily scheduled 2015-01-30)")]:
    l = FACTS[sid][0]
    l.pop("added", None)
    l["note"] = (AFTER2020_NOTE + f" It may already have been controlled before as a positional isomer of {parent}; "
                 "whether DEA treated it so was not checked, so no 'first control' is claimed.")

# Schedule III list 'as defined by ... 21 C.F.R. 1308.13, with modifications through August 22, 2014 (79 FR 49961)'
# (copy of the Wikipedia list at celestialvideo.netlify.app/category-13/class-3-narcotic-list), with drug codes
# 1405, 1228, 1645, 1647, 1615, 2261, 7295 among the stimulants and depressants.
CFR2014_CODES = {"1405", "1228", "1645", "1647", "1615", "2261", "7295"}
CFR2014_DATE = "2014-08-22"
CFR2014_SRC = ("List of Schedule III drugs under 21 U.S.C. 812(c) and 21 CFR 1308.13 'with modifications through August 22, "
               "2014 (79 FR 49961)' (copy of the Wikipedia list, celestialvideo.netlify.app/category-13/class-3-narcotic-list; "
               "drug code listed)")

# PB-22 group: the temporary order's DATES line was not read, so its start is a window up to the permanent rule's
# publication; its end (the permanent rule's effective day, also not read) cannot be told apart from that window,
# so no `until` is recorded on it (the permanent listing carries the control from then on).
for sid in "pb-22 5f-pb-22 ab-fubinaca adb-pinaca".split():
    t = FACTS[sid][0]
    t.pop("until", None)
    t["note"] = ("Temporary scheduling order (21 U.S.C. 811(h)); the notice of intent said it could not take effect before "
                 "2014-02-10. It was superseded by the permanent rule 81 FR 61130 (published 2016-09-06; effective day "
                 "not read), so its end is not recorded here.")

# ================================================================ third pass: the DEA list of scheduling actions
# DEA Diversion Control Division, "Lists of: Scheduling Actions, Controlled Substances, Regulated Chemicals",
# November 2021 (the "Orange Book" booklet), section "Scheduling Actions - Alphabetical Order": for every action
# since 1971, the proposal and final-order publication dates, the FR citation, the effective date and the schedule
# (or the transfer, "III -> II"); temporary orders are starred, extensions double-starred.  Read from the copy
# of the PDF in github.com/maxieds/InMemoryOfCrazyPrePandemicFlorida (MiscQuasiIrrelevancies/orangebook.pdf,
# commit f434d6f); its text was extracted locally (pypdf) and every row used below was checked by eye.
# Each tuple below is (schedule, effective date, FR citation, final-order publication date) as printed there.
SRC_OB21 = ("DEA Diversion Control Division, 'Lists of: Scheduling Actions, Controlled Substances, Regulated "
            "Chemicals', November 2021, 'Scheduling Actions - Alphabetical Order' (effective date and FR citation per "
            "action; copy read: github.com/maxieds/InMemoryOfCrazyPrePandemicFlorida, "
            "MiscQuasiIrrelevancies/orangebook.pdf, commit f434d6f)")
OB_NOTE = "Effective date and FR citation as listed in the DEA list of scheduling actions (November 2021)."


def ob(schedule, eff, fr_cite, pub, note=None, **kw):
    cit = f"{fr_cite} ({pub})" if pub else fr_cite
    extra = kw.pop("cite_more", [])
    return L(schedule, eff, [cit] + extra, SRC_OB21, note=(note or OB_NOTE), **kw)


def ob_added(ids, schedule, eff, fr_cite, pub, note=None):
    """Single placement that is the substance's first control (the list shows no earlier action for it)."""
    for sid in ids.split():
        FACTS[sid] = [ob(schedule, eff, fr_cite, pub, added=True,
                         note=(note or OB_NOTE + " First scheduling action for the substance in that list, "
                               "which has no earlier action naming it."))]


# --- schedule IV depressants (benzodiazepines and others)
ob_added("chlordiazepoxide clonazepam clorazepate diazepam flurazepam oxazepam", "IV", "1975-07-02", "40 FR 23998", "1975-06-04")
ob_added("bromazepam camazepam clobazam clotiazepam cloxazolam delorazepam estazolam ethyl-loflazepate fludiazepam "
         "flunitrazepam haloxazolam ketazolam loprazolam lormetazepam medazepam nimetazepam nitrazepam nordiazepam "
         "oxazolam pinazepam tetrazepam", "IV", "1984-11-05", "49 FR 39307", "1984-10-05")
ob_added("alprazolam", "IV", "1981-11-12", "46 FR 55688", "1981-11-12")
ob_added("halazepam", "IV", "1981-10-29", "46 FR 53407", "1981-10-29")
ob_added("lorazepam", "IV", "1977-10-03", "42 FR 54546", "1977-10-07",
         note=OB_NOTE + " The list prints the final order as published 10-07-77 but effective 10/3/1977; the effective "
                        "date printed is used (a few days' doubt). First scheduling action for the substance in that list.")
ob_added("midazolam quazepam", "IV", "1986-03-25", "51 FR 10190", "1986-03-25")
ob_added("prazepam", "IV", "1976-12-17", "41 FR 55176", "1976-12-17")
ob_added("temazepam", "IV", "1981-04-07", "45 FR 20671", "1981-04-07",
         note=OB_NOTE + " The list gives the citation as 45 FR 20671 with 1981 publication and effective dates "
                        "(volume 45 is 1980; the citation is copied as printed). First scheduling action for the substance in that list.")
ob_added("triazolam", "IV", "1982-12-28", "47 FR 57694", "1982-12-28")
ob_added("zolpidem", "IV", "1993-02-05", "58 FR 7186", "1993-02-05")
ob_added("zaleplon", "IV", "1999-09-15", "64 FR 49982", "1999-09-15")
ob_added("zopiclone", "IV", "2005-04-04", "70 FR 16935", "2005-04-04")
ob_added("mebutamate", "IV", "1975-01-30", "40 FR 4418", "1975-01-30")
ob_added("fospropofol", "IV", "2009-11-05", "74 FR 51234", "2009-10-06")
ob_added("carisoprodol", "IV", "2012-01-11", "76 FR 77330", "2011-12-12")
ob_added("alfaxalone", "IV", "2014-03-31", "79 FR 10985", "2014-02-27")
FACTS["dichloralphenazone"] = [ob("IV", W(CSA_DATE, "2001-08-16"), "66 FR 42943", "2001-08-16", added=True,
    note="The list records a 'clarification of CIV control' for dichloralphenazone (a chloral hydrate compound), "
         "effective 2001-08-16: in force by then. Chloral hydrate was in the Act's own schedule IV (21 U.S.C. 812(c)), "
         "so the compound may have been covered from 1971-05-01 (window). No earlier control is possible.")]
# --- schedule IV / III / V stimulants, anorectics and others
ob_added("diethylpropion phentermine", "IV", "1973-07-06", "38 FR 18013", "1973-07-06")
ob_added("pemoline", "IV", "1975-01-28", "40 FR 4150", "1975-01-28")
ob_added("cathine fencamfamin fenproporex mefenorex", "IV", "1988-06-16", "53 FR 17459", "1988-05-17")
ob_added("pipradrol lefetamine", "IV", "1980-12-01", "45 FR 64570", "1980-09-30")
ob_added("pentazocine", "IV", "1979-02-09", "44 FR 2169", "1979-01-10")
ob_added("modafinil", "IV", "1999-01-27", "64 FR 4050", "1999-01-27")
ob_added("sibutramine", "IV", "1998-02-11", "63 FR 6862", "1998-02-11")
ob_added("lorcaserin", "IV", "2013-06-07", "78 FR 26701", "2013-05-08")
ob_added("eluxadoline", "IV", "2015-12-17", "80 FR 69861", "2015-11-12")
FACTS["butorphanol"] = [ob("IV", "1997-10-31", "62 FR 51370", "1997-10-01",
    note=OB_NOTE + " Not a first control: the list also records butorphanol 'thebaine derived' removed from schedule II "
                   "in 1992 (57 FR 31126), so some butorphanol was controlled before; no earlier listing is modelled.")]
FACTS["mazindol"] = [ob("III", "1973-06-15", "38 FR 15719", "1973-06-15", until="1981-11-27", added=True),
                     ob("IV", "1981-11-27", "46 FR 52333", "1981-10-27", note=OB_NOTE + " Transfer from schedule III to IV.")]
ob_added("benzphetamine chlorphentermine clortermine phendimetrazine", "III", "1973-06-15", "38 FR 15719", "1973-06-15")
ob_added("perampanel", "III", "2014-01-02", "78 FR 72013", "2013-12-02")
ob_added("tiletamine-and-zolazepam-combination-product", "III", "1987-02-20", "52 FR 2221", "1987-01-21")
ob_added("pyrovalerone", "V", "1988-05-04", "53 FR 10869", "1988-04-04")
ob_added("pregabalin", "V", "2005-07-28", "70 FR 43633", "2005-07-28")
ob_added("brivaracetam", "V", "2016-05-12", "81 FR 29487", "2016-05-12")
ob_added("cenobamate", "V", "2020-03-10", "85 FR 13741", "2020-03-10")
ob_added("lacosamide", "V", "2009-06-22", "74 FR 23789", "2009-05-21")
# --- narcotics: placements and transfers
FACTS["buprenorphine"] = [
    ob("V", "1985-04-01", "50 FR 8104", "1985-02-28", until="2002-10-07",
       note=OB_NOTE + " The list marks this action 'II -> V': before it buprenorphine was treated as a schedule II "
                      "substance (a thebaine derivative); that earlier period is not modelled, hence no first control."),
    ob("III", "2002-10-07", "67 FR 62354", "2002-10-07", note=OB_NOTE + " Transfer from schedule V to III."),
]
FACTS["dextropropoxyphene"] = [
    ob("IV", "1977-03-14", "42 FR 8636", "1977-02-11", until="1980-09-22", added=True),
    ob("II", "1980-09-22", "45 FR 48881", "1980-07-22",
       note=OB_NOTE + " Transfer of dextropropoxyphene in bulk (non-dosage forms) from schedule IV to II."),
]
FACTS["dextropropoxyphene-dosage-forms"] = [ob("IV", "1977-03-14", "42 FR 8636", "1977-02-11", added=True,
    cite_more=["45 FR 42264 (1980-06-24)"],
    note=OB_NOTE + " Dextropropoxyphene entered schedule IV on 1977-03-14; a further schedule IV action of 1980-07-24 "
                   "(45 FR 42264) preceded the move of the bulk substance to schedule II, the dosage forms staying in IV.")]
FACTS["difenoxin"] = [ob("I", "1975-06-01", "40 FR 19813", "1975-05-07")]
FACTS["difenoxin-1-mg-25-ug-atso4-du"] = [
    ob("I", "1975-06-01", "40 FR 19813", "1975-05-07", until="1978-09-27",
       note=OB_NOTE + " Covered by the schedule I placement of difenoxin until the preparations moved."),
    ob("IV", "1978-09-27", "43 FR 38382", "1978-08-28", note=OB_NOTE + " 'Difenoxin 1 mg with atropine', I -> IV.")]
FACTS["difenoxin-preparations-0-5-mg-25-ug-atso4-du"] = [
    ob("I", "1975-06-01", "40 FR 19813", "1975-05-07", until="1978-09-27",
       note=OB_NOTE + " Covered by the schedule I placement of difenoxin until the preparations moved."),
    ob("V", "1978-09-27", "43 FR 38382", "1978-08-28", note=OB_NOTE + " 'Difenoxin 1/2 mg with atropine', I -> V.")]
FACTS["sufentanil"] = [ob("I", "1980-12-01", "45 FR 64571", "1980-09-30", until="1984-05-25", added=True),
                       ob("II", "1984-05-25", "49 FR 22074", "1984-05-25", note=OB_NOTE + " Transfer I -> II.")]
FACTS["carfentanil"] = [ob("II", "1988-10-28", "53 FR 43684", "1988-10-28", added=True)]
FACTS["thiafentanil"] = [ob("II", "2016-08-26", "81 FR 58834", "2016-08-26", added=True)]
FACTS["nabilone"] = [ob("II", "1987-04-07", "52 FR 11042", "1987-04-07", added=True)]
FACTS["tapentadol"] = [ob("II", "2009-06-22", "74 FR 23790", "2009-05-21", added=True)]
FACTS["lisdexamfetamine"] = [ob("II", "2007-06-04", "72 FR 24532", "2007-05-03", added=True,
    note=OB_NOTE + " Listed there as a placement in schedule II (not a clarification): a prodrug of amphetamine, not "
                   "one of its salts or optical isomers, so taken to be first controlled then.")]
FACTS["oripavine"] = [ob("II", "2007-09-24", "72 FR 54208", "2007-09-24",
    note=OB_NOTE + " Oripavine is an opium alkaloid; whether it was already covered by the Act's schedule II(a)(1) "
                   "before this action was not checked, so no first control is claimed.")]
FACTS["dihydroetorphine"] = [ob("II", W(CSA_DATE, "2000-11-17"), "65 FR 69442", "2000-11-17",
    note="The list records a 'clarification of CII control' of dihydroetorphine as a thebaine derivative, effective "
         "2000-11-17: in force by then, and possibly from 1971-05-01 under the Act's schedule II(a)(1) (window).")]
FACTS["etorphine-hcl"] = [
    L("I", CSA_DATE, CIT_812, SRC_812, until="1974-04-19", added=True,
      note="Etorphine (and its salts) is named in the Act's schedule I(b)(9) (21 U.S.C. 812(c))."),
    ob("II", "1974-04-19", "39 FR 11535", "1974-03-29", note=OB_NOTE + " Etorphine hydrochloride, I -> II.")]
FACTS["levo-alphacetylmethadol"] = [
    L("I", CSA_DATE, CIT_812, SRC_812, until="1993-08-18", added=True,
      note="Covered by 'Alphacetylmethadol' (and its isomers) in the Act's schedule I(a)(3) (21 U.S.C. 812(c))."),
    ob("II", "1993-08-18", "58 FR 43795", "1993-08-18", note=OB_NOTE + " LAAM, I -> II.")]
FACTS["dronabinol-sesame-oil-capsules"] = [
    ob("II", "1986-05-13", "51 FR 17476", "1986-05-13", until="1999-07-02",
       note=OB_NOTE + " The Marinol product moved from schedule I (as a tetrahydrocannabinol) to II; the earlier schedule I "
                      "coverage is not modelled here."),
    ob("III", "1999-07-02", "64 FR 35928", "1999-07-02", note=OB_NOTE + " Transfer II -> III.")]
FACTS["dronabinol-oral-solution"] = [ob("II", "2017-03-23", "82 FR 14815", "2017-03-23",
    note=OB_NOTE + " Before it the substance was covered as a tetrahydrocannabinol in schedule I (not modelled), so no "
                   "first control is claimed.")]
# --- depressants and stimulants of schedule I and II
FACTS["methaqualone"] = [ob("II", "1973-10-04", "38 FR 27516", "1973-10-04", until="1984-08-27", added=True),
                         ob("I", "1984-08-27", "49 FR 33870", "1984-08-27", note=OB_NOTE + " Transfer II -> I.")]
ob_added("mecloqualone", "I", "1975-07-10", "40 FR 28611", "1975-07-08")
for sid in ("amobarbital", "pentobarbital", "secobarbital"):
    FACTS[sid] = [L("III", CSA_DATE, CIT_812, SRC_812, until="1973-11-13", added=True,
                    note="In the Act's schedule III(b)(1) (derivatives of barbituric acid; 21 U.S.C. 812(c))."),
                  ob("II", "1973-11-13", "38 FR 31310", "1973-11-13", note=OB_NOTE + " Transfer III -> II.")]
FACTS["glutethimide"] = [L("III", CSA_DATE, CIT_812, SRC_812, until="1991-03-21", added=True,
                           note="In the Act's schedule III(b)(3) (21 U.S.C. 812(c))."),
                         ob("II", "1991-03-21", "56 FR 11930", "1991-03-21", note=OB_NOTE + " Transfer III -> II.")]
FACTS["phencyclidine"] = [L("III", CSA_DATE, CIT_812, SRC_812, until="1978-02-24", added=True,
                            note="In the Act's schedule III(b)(7) (21 U.S.C. 812(c))."),
                          ob("II", "1978-02-24", "43 FR 3359", "1978-01-25", note=OB_NOTE + " Transfer III -> II.")]
ob_added("pcc 1-phenylcyclohexylamine", "II", "1978-06-16", "43 FR 21324", "1978-05-17")
ob_added("phenylacetone", "II", "1980-02-11", "44 FR 71822", "1979-12-12")
ob_added("eticyclidine rolicyclidine", "I", "1978-10-25", "43 FR 43295", "1978-09-25")
ob_added("tenocyclidine", "I", "1975-08-11", "40 FR 28611", "1975-07-08")
ob_added("tcpy", "I", "1989-07-06", "54 FR 28414", "1989-07-06")
ob_added("dma dob pma", "I", "1973-09-21", "38 FR 26447", "1973-09-21")
ob_added("doet cathinone", "I", "1993-02-16", "58 FR 4316", "1993-01-14")
ob_added("n-ethylamphetamine", "I", "1982-01-07", "46 FR 59969", "1981-12-08")
ob_added("fenethylline", "I", "1981-08-20", "46 FR 37503", "1981-07-21")
ob_added("propiram", "I", "1972-01-29", "37 FR 1468", "1972-01-29")
ob_added("drotebanol", "I", "1973-08-06", "38 FR 17717", "1973-07-03")
ob_added("alpha-methylfentanyl", "I", "1981-09-22", "46 FR 46799", "1981-09-22")
ob_added("5-meo-dmt", "I", "2011-01-19", "75 FR 79296", "2010-12-20")
ob_added("ah-7921", "I", "2016-05-15", "81 FR 22023", "2016-04-14")
ob_added("mt-45", "I", "2018-01-12", "82 FR 58557", "2017-12-13")
FACTS["parahexyl"] = [ob("I", "1982-12-22", "47 FR 52432", "1982-11-22",
    note=OB_NOTE + " Parahexyl is a synthetic tetrahydrocannabinol analogue; whether the Act's 'tetrahydrocannabinols' "
                   "entry reached it before was not checked, so no first control is claimed.")]
FACTS["tilidine"] = [ob("I", W("1980-09-30", "1980-12-01"), "45 FR 64571", "1980-09-30", added=True,
    note="The list prints tilidine's effective date as 1/12/1980, before the order's publication on 1980-09-30; the "
         "other placements of the same order (sufentanil, 45 FR 64571; pipradrol and SPA, 45 FR 64570) are effective "
         "12/1/1980, so the date is taken as a window from publication to 1980-12-01. First scheduling action for "
         "tilidine in that list.")]


def ob_temp_perm(ids, t, ext, perm, t_until=None, added=True, note=None):
    """Temporary order t=(eff, cite, pub), its extension(s) ext=[(cite, pub)], permanent rule perm=(eff, cite, pub)."""
    for sid in ids.split():
        cm = [f"{c} ({p}) (extension)" for c, p in ext]
        FACTS[sid] = [
            ob("I", t[0], t[1], t[2], until=t_until or perm[0], temporary=True, added=added, cite_more=cm,
               note=note or ("Temporary scheduling order (21 U.S.C. 811(h))" + (", extended" if ext else "") +
                             ", superseded by the permanent placement. " + OB_NOTE)),
            ob("I", perm[0], perm[1], perm[2]),
        ]


ob_temp_perm("mppp pepap", ("1985-08-12", "50 FR 28098", "1985-07-10"), [("51 FR 28695", "1986-08-11")],
             ("1987-01-23", "52 FR 2515", "1987-01-23"))
ob_temp_perm("3-methylfentanyl", ("1985-04-25", "50 FR 11690", "1985-03-25"), [("51 FR 15474", "1986-04-24")],
             ("1986-09-22", "51 FR 33592", "1986-09-22"))
ob_temp_perm("3-methylthiofentanyl alpha-methylthiofentanyl beta-hydroxyfentanyl thiofentanyl acetyl-alpha-methylfentanyl",
             ("1985-11-29", "50 FR 43698", "1985-10-29"), [("51 FR 42834", "1986-11-26")],
             ("1987-05-29", "52 FR 20070", "1987-05-29"))
ob_temp_perm("para-fluorofentanyl", ("1986-03-10", "51 FR 4722", "1986-02-07"), [("52 FR 7270", "1987-03-10")],
             ("1987-05-29", "52 FR 20070", "1987-05-29"))
ob_temp_perm("beta-hydroxy-3-methylfentanyl", ("1985-11-29", "50 FR 43698", "1985-10-29"), [("51 FR 42834", "1986-11-26")],
             ("1988-01-08", "53 FR 500", "1988-01-08"), t_until="1987-05-29",
             note="Temporary scheduling order (21 U.S.C. 811(h)), extended; the list marks the extension 'Expired 5/29/87'. "
                  "The permanent placement took effect on 1988-01-08, so the substance was not listed in between. " + OB_NOTE)
ob_temp_perm("mdea n-hydroxy-mda", ("1987-10-15", "52 FR 38225", "1987-10-15"), [("53 FR 40061", "1988-10-13")],
             ("1989-04-13", "54 FR 14797", "1989-04-13"))
ob_temp_perm("4-methylaminorex", ("1987-10-15", "52 FR 38225", "1987-10-15"), [("53 FR 40061", "1988-10-13")],
             ("1989-04-13", "54 FR 14799", "1989-04-13"))
ob_temp_perm("n-n-dimethylamphetamine", ("1988-08-03", "53 FR 29232", "1988-08-03"), [("54 FR 31815", "1989-08-02")],
             ("1990-02-02", "55 FR 3586", "1990-02-02"))
ob_temp_perm("methcathinone", ("1992-05-01", "57 FR 18824", "1992-05-01"), [("58 FR 25934", "1993-04-29")],
             ("1993-10-15", "58 FR 53404", "1993-10-15"))
ob_temp_perm("aminorex", ("1992-09-21", "57 FR 43399", "1992-09-21"), [("58 FR 44611", "1993-08-24")],
             ("1994-03-18", "59 FR 12828", "1994-03-18"))
ob_temp_perm("2c-t-7", ("2002-09-20", "67 FR 59163", "2002-09-20"), [("68 FR 53289", "2003-09-10")],
             ("2004-03-18", "69 FR 12794", "2004-03-18"))
ob_temp_perm("benzylpiperazine", ("2002-09-20", "67 FR 59161", "2002-09-20"), [("68 FR 53289", "2003-09-10")],
             ("2004-03-18", "69 FR 12794", "2004-03-18"))
ob_temp_perm("u-47700", ("2016-11-14", "81 FR 79389", "2016-11-14"), [], ("2018-04-20", "83 FR 17486", "2018-04-20"))
ob_temp_perm("butyrylfentanyl", ("2016-05-12", "81 FR 29492", "2016-05-12"), [], ("2018-04-20", "83 FR 17486", "2018-04-20"))
ob_temp_perm("beta-hydroxythiofentanyl", ("2016-05-12", "81 FR 29492", "2016-05-12"), [],
             ("2019-05-08", "84 FR 20023", "2019-05-08"))
ob_temp_perm("4-fluoroisobutyrylfentanyl", ("2017-05-03", "82 FR 20544", "2017-05-03"), [],
             ("2018-11-29", "83 FR 61320", "2018-11-29"))
ob_temp_perm("tetrahydrofuranylfentanyl", ("2017-10-26", "82 FR 49504", "2017-10-26"), [],
             ("2018-11-29", "83 FR 61320", "2018-11-29"))
ob_temp_perm("cyclopropylfentanyl", ("2018-01-04", "83 FR 469", "2018-01-04"), [], ("2019-10-25", "84 FR 57323", "2019-10-25"))
ob_temp_perm("methoxyacetylfentanyl ortho-fluorofentanyl", ("2017-10-26", "82 FR 49504", "2017-10-26"), [],
             ("2019-10-25", "84 FR 57323", "2019-10-25"))
ob_temp_perm("para-fluorobutyrylfentanyl", ("2018-02-01", "83 FR 4580", "2018-02-01"), [],
             ("2019-10-25", "84 FR 57323", "2019-10-25"))
ob_temp_perm("para-methoxybutyrylfentanyl para-chloroisobutyrylfentanyl isobutyrylfentanyl cyclopentylfentanyl",
             ("2018-02-01", "83 FR 4580", "2018-02-01"), [("85 FR 5321", "2020-01-30")],
             ("2020-11-25", "85 FR 75231", "2020-11-25"))
ob_temp_perm("mab-chminaca", ("2016-02-05", "81 FR 6171", "2016-02-05"), [("83 FR 4411", "2018-01-30")],
             ("2019-01-29", "84 FR 444", "2019-01-29"))
ob_temp_perm("fub-amb", ("2017-11-03", "82 FR 51154", "2017-11-03"), [("84 FR 58045", "2019-11-03")],
             ("2020-03-30", "85 FR 17494", "2020-03-30"))
ob_temp_perm("5f-adb 5f-amb 5f-apinaca adb-fubinaca mdmb-chmica mdmb-fubinaca", ("2017-04-10", "82 FR 17119", "2017-04-10"),
             [("84 FR 13796", "2019-04-08")], ("2020-01-24", "85 FR 4211", "2020-01-24"))
ob_temp_perm("pb-22 5f-pb-22 ab-fubinaca adb-pinaca", ("2014-02-10", "79 FR 7577", "2014-02-10"),
             [("81 FR 6175", "2016-02-05")], ("2016-09-06", "81 FR 61130", "2016-09-06"))
ob_temp_perm("4-mec 4-meppp alpha-pvp butylone pentedrone pentylone 4-fmc 3-fmc naphyrone alpha-pbp",
             ("2014-03-07", "79 FR 12938", "2014-03-07"), [("81 FR 11429", "2016-03-04")],
             ("2017-03-01", "82 FR 12171", "2017-03-01"))
ob_temp_perm("n-ethylpentylone", ("2018-08-31", "83 FR 44474", "2018-08-31"), [("85 FR 52915", "2020-08-27")],
             ("2021-06-14", "86 FR 31427", "2021-06-14"))
ob_temp_perm("isotonitazene", ("2020-08-20", "85 FR 51342", "2020-08-20"), [], ("2021-12-06", "86 FR 60761", "2021-11-04"))
FACTS["methylone"] = [
    ob("I", "2011-10-21", "76 FR 65371", "2011-10-21", temporary=True, added=True, until=W("2012-10-21", "2013-04-12"),
       note="Temporary scheduling order (21 U.S.C. 811(h)) of 2011-10-21 for mephedrone, MDPV and methylone. The list "
            "shows no extension for methylone; the order's first year ended 2012-10-21 and the permanent rule took effect "
            "2013-04-12, so the end of temporary control is a window. " + OB_NOTE),
    ob("I", "2013-04-12", "78 FR 21818", "2013-04-12")]
for sid in ("mephedrone", "mdpv"):
    FACTS[sid] = [ob("I", "2011-10-21", "76 FR 65371", "2011-10-21", temporary=True, added=True, until="2012-07-09",
                     note="Temporary scheduling order (21 U.S.C. 811(h)) of 2011-10-21, overtaken by the 2012 Act which named "
                          "the substance in schedule I. " + OB_NOTE)] + FACTS[sid]
    FACTS[sid][1]["note"] = "Named in 21 U.S.C. 812(c) schedule I(c)(18)-(19) by the 2012 Act, in force on enactment."
# the 2012 Act's named cannabimimetic agents that no temporary order had reached (the list's 2011 order names only
# JWH-018, JWH-073, JWH-200, CP-47,497 and its C8 homologue): first controlled by the Act.
SDAPA_OLD_CITES = ["21 CFR 1308.11(g)", "91 FR 2297 (drug code consolidated to 7000)"]
for sid in "jwh-019 jwh-081 jwh-122 jwh-203 jwh-250 jwh-398 am-2201 am-694 sr-18 sr-19".split():
    FACTS[sid] = [L("I", "2012-07-09", [CIT_SDAPA] + SDAPA_OLD_CITES, SRC_SDAPA + "; " + SRC_OB21, added=True,
                    note="Named in the 2012 Act (21 U.S.C. 812(c) schedule I(d)(2)(B)); in force on enactment. The DEA list "
                         "of scheduling actions (2021) records no earlier action for it (the 2011 temporary order named "
                         "JWH-018, JWH-073, JWH-200, CP-47,497 and its C8 homologue only), so the Act was its first "
                         "control. Prior DEA drug code replaced by 7000 (cannabimimetic agents) under 91 FR 2297.")]
OVERRIDE = set("jwh-019 jwh-081 jwh-122 jwh-203 jwh-250 jwh-398 am-2201 am-694 sr-18 sr-19".split())

# permanent rules whose DATES line was not read, but which state that they 'continue' the temporary controls: a
# temporary order lasts two years and may be extended once by one year (21 U.S.C. 811(h)(2)), so the permanent rule
# took effect between its publication and the third anniversary of the temporary order.
CONT = ("The permanent rule (published {pub}) states that it continues the controls of the temporary order; as a "
        "temporary order can last at most three years with its extension (21 U.S.C. 811(h)(2)), the permanent placement "
        "took effect between publication and {end}, and the temporary order ended then (window; the rule's DATES line "
        "was not read).")
for ids, t, perm, end, src in [
        ("25i-nbome 25c-nbome 25b-nbome", ("2013-11-15", "78 FR 68716", "2013-11-15"), ("81 FR 66181", "2016-09-27"),
         "2016-11-15", "thefederalregister.org/81-FR/66181 (summary: 'This action continues the application of the regulatory controls')"),
        ("ab-chminaca ab-pinaca thj-2201", ("2015-01-30", "80 FR 5042", "2015-01-30"), ("82 FR 47971", "2017-10-16"),
         "2018-01-30", "thefederalregister.org/82-FR/47971 (summary: 'This rule continues the imposition of the regulatory controls')")]:
    w = W(perm[1], end)
    for sid in ids.split():
        FACTS[sid] = [
            ob("I", t[0], t[1], t[2], temporary=True, added=True, until=w,
               note="Temporary scheduling order (21 U.S.C. 811(h)). " + CONT.format(pub=perm[1], end=end)),
            L("I", w, [f"{perm[0]} ({perm[1]})"], src + "; 21 U.S.C. 811(h)(2)", note=CONT.format(pub=perm[1], end=end)),
        ]

# fentanyl-related substances placed by name after the class order of 2018-02-06 (83 FR 5188, effective 2018-02-06 in
# the list): the rules of 2021 state that the substances 'all fall within the definition of fentanyl-related substances
# set forth in a February 6, 2018, temporary scheduling order' (86 FR 22113, federal.elaws.us/fr/4/27/2021/2021-08720).
FRS_NOTE = ("Controlled from 2018-02-06 as a fentanyl-related substance under the class temporary order (83 FR 5188), "
            "which reached only substances not otherwise controlled (first control); the rule that named it states that "
            "it falls within that definition.")
for ids, perm, src in [
        ("2-fluoro-ortho-fluorofentanyl 4-methyl-acetylfentanyl beta-methylfentanyl beta-phenylfentanyl "
         "ortho-fluorobutyrylfentanyl ortho-methyl-acetylfentanyl ortho-methyl-methoxyacetylfentanyl para-methylfentanyl "
         "phenylfentanyl thiofuranylfentanyl", ("2021-04-27", "86 FR 22113", "2021-04-27"),
         fr("http://federal.elaws.us/fr/4/27/2021/2021-08720") + ": 'Effective date: April 27, 2021'; 'These 10 specific "
         "substances all fall within the definition of fentanyl-related substances set forth in a February 6, 2018, "
         "temporary scheduling order'")]:
    for sid in ids.split():
        FACTS[sid] = [
            L("I", "2018-02-06", ["83 FR 5188 (2018-02-06)"], SRC_OB21 + " (fentanyl-related substances, 2/6/2018); " + src,
              temporary=True, added=True, until=perm[0], note=FRS_NOTE),
            ob("I", perm[0], perm[1], perm[2], note=OB_NOTE + " Permanent placement by name."),
        ]

FACTS["etryptamine"] = [
    ob("I", "1993-03-12", "58 FR 13533", "1993-03-12", temporary=True, added=True, until="1994-09-12",
       cite_more=["59 FR 10720 (1994-03-07) (extension)"],
       note="Temporary scheduling order (21 U.S.C. 811(h)), extended from 1994-03-12, superseded by the permanent rule. " + OB_NOTE),
    ob("I", "1994-09-12", "59 FR 46757", "1994-09-12")]

# further fentanyl-related substances named after the November 2021 list
FRS_SRC = SRC_OB21 + " (fentanyl-related substances, 2/6/2018)"
for sid in "fentanyl-carbamate ortho-fluoroacrylfentanyl ortho-fluoroisobutyrylfentanyl para-fluoro-furanylfentanyl".split():
    FACTS[sid] = [
        L("I", "2018-02-06", ["83 FR 5188 (2018-02-06)"], FRS_SRC + "; 86 FR 23602 (justia index: 'Placement of Four "
          "Specific Fentanyl-Related Substances in Schedule I')", temporary=True, added=True, until="2021-05-04",
          note=FRS_NOTE.replace("the rule that named it states that it falls within that definition",
                                "the rule that named it is titled 'Placement of Four Specific Fentanyl-Related Substances', "
                                "the term the class order defines (its text was not read)")),
        ob("I", "2021-05-04", "86 FR 23602", "2021-05-04", note=OB_NOTE + " Permanent placement by name."),
    ]
FACTS["crotonylfentanyl"] = [
    L("I", "2018-02-06", ["83 FR 5188 (2018-02-06)"], FRS_SRC + "; 85 FR 62215 (justia copy, summary)", temporary=True,
      added=True, until="2020-10-02",
      note="The 2020 order 'maintains the placement of crotonyl fentanyl ... in schedule I' and 'continues to impose' its "
           "controls: it was already in schedule I, which for a fentanyl analogue not named in any earlier action of the DEA "
           "list can only have been the class order for fentanyl-related substances of 2018-02-06 (83 FR 5188). That "
           "class order reached only substances not otherwise controlled (first control)."),
    ob("I", "2020-10-02", "85 FR 62215", "2020-10-02", note=OB_NOTE + " Permanent placement by name.")]
# the sixteen others listed by name in the Orange Book of 08-Apr-26 but not in that of November 2021: DEA placed 'nine
# specific fentanyl-related substances' in schedule I effective 2023-12-07 (88 FR 85104, 'currently listed in schedule I
# pursuant to a temporary scheduling order'; federal.elaws.us/fr/12/7/2023/2023-26694) and 'seven specific
# fentanyl-related substances' effective 2025-09-18 (90 FR 44979, lexbuild.dev/fr/2025/09/2025-18103; its proposal,
# 89 FR 106384, says the seven 'fall within the definition of fentanyl-related substances set forth in the February 6,
# 2018 temporary scheduling order', federalregister.com copy).  Which substance is in which rule was not read.
LATE16 = ("2-5-dimethoxyfentanyl 3-furanylfentanyl alpha-methyl-butyrylfentanyl beta-methylacetylfentanyl isovalerylfentanyl "
          "meta-fluorofentanyl meta-fluorofuranylfentanyl meta-fluoroisobutyrylfentanyl ortho-chlorofentanyl "
          "ortho-fluorofuranylfentanyl ortho-methylcyclopropylfentanyl para-chlorofentanyl para-fluoro-valerylfentanyl "
          "para-methoxyfuranylfentanyl para-methylcyclopropylfentanyl tetrahydrothiofuranylfentanyl").split()
LATE_SRC = ("Federal Register 88 FR 85104 (2023-12-07, federal.elaws.us/fr/12/7/2023/2023-26694: nine fentanyl-related "
            "substances, 'Effective date: December 7, 2023') and 90 FR 44979 (2025-09-18, lexbuild.dev/fr/2025/09/2025-18103: "
            "seven fentanyl-related substances, 'Effective September 18, 2025'); proposal 89 FR 106384 (federalregister.com "
            "copy); DEA Orange Book of 08-Apr-26 (listed by name) and of November 2021 (not listed by name)")
LATE_W = W("2023-12-07", "2025-09-18")
for sid in LATE16:
    FACTS[sid] = [
        L("I", "2018-02-06", ["83 FR 5188 (2018-02-06)"], FRS_SRC + "; " + LATE_SRC, temporary=True, added=True, until=LATE_W,
          note="Controlled from 2018-02-06 as a fentanyl-related substance under the class temporary order (83 FR 5188), "
               "which reached only substances not otherwise controlled (first control): it is one of the sixteen "
               "fentanyl-related substances named in the Orange Book of 2026 but not in that of 2021, which the DEA placed "
               "by name in two rules, of nine (2023-12-07) and of seven (2025-09-18) 'fentanyl-related substances', "
               "the latter's proposal stating that they fall within the 2018 class definition. Which of the two rules "
               "named this substance was not read, hence the window on `until`."),
        L("I", LATE_W, ["88 FR 85104 (2023-12-07) or 90 FR 44979 (2025-09-18)"], LATE_SRC,
          note="Permanent placement by name by one of the two rules (which one was not read): window from the first to the "
               "second effective date."),
    ]

FACTS["dronabinol-oral-solution"] = [
    L("I", CSA_DATE, CIT_812, SRC_812, until="2017-03-23", added=True,
      note="Dronabinol is (-)-delta-9-trans-tetrahydrocannabinol, covered by 'Tetrahydrocannabinols' in the Act's schedule "
           "I(c)(17) (21 U.S.C. 812(c)) until the FDA-approved oral solution was placed in schedule II."),
    ob("II", "2017-03-23", "82 FR 14815", "2017-03-23", note=OB_NOTE + " Placement of the FDA-approved oral solution product.")]
FACTS["noroxymorphone"] = [L("II", CSA_DATE, CIT_812, SRC_812, added=True,
    note="An opium derivative (N-demethylated oxymorphone), covered from the start by the Act's schedule II(a)(1) ('Opium "
         "and opiate, and any salt, compound, derivative, or preparation of opium or opiate'; 21 U.S.C. 812(c)), as the "
         "other 1308.12(b)(1) opium derivatives here; named with its own drug code in 21 CFR 1308.12(b)(1) later (the date "
         "of that naming was not read).")]
FACTS["methyldihydromorphine"] = [L("I", CSA_DATE, CIT_812, SRC_812, added=True,
    note="Named in the Act's schedule I(b)(13) (21 U.S.C. 812(c)), which the U.S. Code prints as 'Methylhydromorphine', "
         "between methyldesorphine and morphine methylbromide, the place 21 CFR 1308.11(c) gives methyldihydromorphine; "
         "taken to be the same substance.")]

FACTS["oripavine"] = [
    L("II", CSA_DATE, [CIT_812, "72 FR 54208 (2007-09-24)"],
      SRC_812 + "; " + fr("http://federal.elaws.us/fr/9/24/2007/e7-18524") + " (summary: oripavine 'has been controlled in "
      "the United States as a derivative of thebaine ... hence oripavine has been and continues to be ... a schedule II "
      "controlled substance'; 'Effective September 24, 2007'); " + SRC_OB21, added=True,
      note="Covered from the start by the Act's schedule II(a)(1) ('Opium and opiate, and any salt, compound, derivative, or "
           "preparation of opium or opiate') as a derivative of thebaine, as the DEA states in the 2007 rule that designated "
           "it a basic class of schedule II (effective 2007-09-24) after its international control.")]
FACTS["noroxymorphone"][0]["citation"] = [CIT_812, "84 FR 41913 (2019-08-16)"]
FACTS["noroxymorphone"][0]["source"] = (SRC_812 + "; " + fr("http://federal.elaws.us/fr/8/16/2019/2019-17623") +
    " (noroxymorphone 'is a schedule II controlled substance defined in the Controlled Substances Act by 21 U.S.C. 812(c), "
    "Schedule II (a)(1)'; the rule only lists it with code 9668, 'Effective: August 16, 2019')")
FACTS["noroxymorphone"][0]["note"] = ("An opium derivative, covered from the start by the Act's schedule II(a)(1) ('Opium and "
    "opiate, and any salt, compound, derivative, or preparation of opium or opiate'), as the DEA states in the 2019 rule "
    "that listed it in 21 CFR 1308.12(b)(1) with its own code without changing its control.")
FACTS["marihuana-extract"] = [
    L("I", CSA_DATE, [CIT_812, "81 FR 90194 (2016-12-14)"],
      SRC_812 + "; " + fr("https://www.govinfo.gov/content/pkg/FR-2016-12-14/html/2016-29941.htm") + " (new drug code "
      "7350, 'Extracts of marihuana will continue to be treated as Schedule I controlled substances', 'Effective: January "
      "13, 2017'); DEA Diversion Control Division, 'Clarification of the New Drug Code (7350) for Marijuana Extract' (copy at "
      "komornlaw.com/clarification-of-the-new-drug-code-7350-for-marijuana-extract/): the rule 'did not add any substance to "
      "the schedules that was not already controlled'; 'The new drug code is a subset of what has always been included in "
      "the CSA definition of marijuana'", added=True,
      note="Marihuana extract is part of 'Marihuana' in the Act's schedule I(c)(10) (21 U.S.C. 812(c)) as the Act defines it, "
           "so it dates from 1971-05-01; the drug code of 2017 only split it out for accounting (DEA). Extracts of plant "
           "parts outside the definition (and, since 2018, of hemp) are not covered.")]
# substances placed after the Orange Book of August 2020 whose action the November 2021 list gives
ob_added("4-4-dmar", "I", "2021-09-13", "86 FR 44270", "2021-08-12")
ob_added("pmma", "I", "2021-07-26", "86 FR 33508", "2021-06-25")
ob_added("serdexmethylphenidate", "IV", "2021-05-07", "86 FR 24487", "2021-05-07")
ob_added("remimazolam", "IV", "2020-10-06", "85 FR 63014", "2020-10-06")
ob_added("oliceridine", "II", "2020-10-30", "85 FR 68749", "2020-10-30")
FACTS["brorphine"] = [
    ob("I", "2021-03-01", "86 FR 11862", "2021-03-01", temporary=True, added=True, until=W("2021-03-02", "2026-04-08"),
       note="Temporary scheduling order (21 U.S.C. 811(h)); the permanent placement that followed was not read (window). "
            "First scheduling action for the substance in the DEA list (November 2021)."),
    L("I", W("2021-03-02", "2026-04-08"), [], "DEA Orange Book of 08-Apr-26",
      note="Permanent placement: the rule was not read in this pass (window from the day after the temporary order to the "
           "2026 Orange Book).")]
# designer benzodiazepines: final rule 91 FR 9985, published 2026-03-02, effective 2026-04-01 (sporos.ai summary page
# of FR Doc 2026-04112, which also states the temporary order was extended until 2026-07-26)
for sid in "clonazolam diclazepam etizolam flualprazolam flubromazolam".split():
    FACTS[sid][0]["until"] = "2026-04-01"
    FACTS[sid][0]["note"] = ("Temporary order, extended (90 FR 35236) until 2026-07-26, superseded on 2026-04-01 by the "
                             "permanent placement (91 FR 9985).")
    FACTS[sid][1] = L("I", "2026-04-01", ["91 FR 9985 (2026-03-02)"],
                      "sporos.ai/regulations/2026-04112 (summary of the final rule, FR Doc 2026-04112: 'Published Mar 2, 2026', "
                      "'Effective Apr 1, 2026', citation 91 FR 9985); eCFR 21 CFR 1308.11 (2026-04-22)",
                      note="Permanent placement; effective date from a summary page of the rule, its DATES line was not read "
                           "in the Federal Register itself.")

# listings already dated with precision = "approximate" whose effective day the DEA list of November 2021 confirms
# (apply_history drops the precision key and names the list in `source`)
CONFIRM = {("acetylfentanyl", "2015-07-17"), ("furanylfentanyl", "2016-11-29"), ("furanylfentanyl", "2018-11-29"),
           ("acrylfentanyl", "2017-07-14"), ("acrylfentanyl", "2018-11-29"), ("ocfentanil", "2018-11-29"),
           ("valerylfentanyl", "2020-11-25")}

# 2019 temporary orders: the November 2021 list records their extensions (cathinones: 86 FR 37672, effective
# 2021-07-18; synthetic cannabinoids: 86 FR 16669, published 2021-03-31, effective 2021-04-16), so they did not end
# on their first stated day; an extension lasts at most one year (21 U.S.C. 811(h)(2)).
for ids, ext_cite, ext_pub, ext_eff, ext_end in [
        ("n-ethylhexedrone alpha-php 4-meap mphp pv8 4-chloro-alpha-pvp", "86 FR 37672", "2021-07-18", "2021-07-18", "2022-07-18"),
        ("5f-edmb-pinaca 5f-mdmb-pica fub-akb48 5f-cumyl-pinaca fub-144", "86 FR 16669", "2021-03-31", "2021-04-16", "2022-04-16")]:
    for sid in ids.split():
        t, p = FACTS[sid]
        t["until"] = W(ext_eff, ext_end)
        t["citation"] = t["citation"] + [f"{ext_cite} ({ext_pub}) (extension)"]
        t["source"] = t["source"] + "; " + SRC_OB21
        t["note"] = (f"Temporary scheduling order (21 U.S.C. 811(h)), extended from {ext_eff} ({ext_cite}) for at most one year "
                     f"or until the permanent placement (not read), whichever came first: its end is a window to {ext_end}.")
        p["effective"] = W(ext_eff, "2026-04-08")
        p["note"] = ("Permanent placement: the rule was not read in this pass; the temporary order was extended to "
                     f"{ext_eff} or later, so the window runs from then to the 2026 Orange Book.")

# 4F-MDMB-BINACA is listed (DEA code 7043, schedule I) in the 'Controlled Substances - Alphabetical Order' section of the
# DEA list of November 2021 (dated 18-Nov-21), with no scheduling action of its own: in force by then.
_l = FACTS["4f-mdmb-binaca"][0]
_l["effective"] = W("2020-08-21", "2021-11-18")
_l["source"] = _l["source"] + "; " + SRC_OB21.replace("'Scheduling Actions - Alphabetical Order' (effective date and FR "
                                                        "citation per action;", "'Controlled Substances - Alphabetical "
                                                        "Order' (18-Nov-21;")
_l["note"] = _l["note"] + (" In force by 2021-11-18: the DEA list of November 2021 already names it among the schedule I "
                           "substances (code 7043), without a scheduling action of its own.")
