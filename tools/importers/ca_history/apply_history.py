#!/usr/bin/env python3
"""Date the Canadian listings (data/listings/ca/*.toml) by the act that placed them.

Dev-only script (standard library + tomllib). It rewrites the `effective` / `until` /
`added` / `citation` / `source` / `note` lines of the listings named in the facts table
below, drops their old `precision` key, keeps every other line as it is, and appends a few
new listings (earlier placements: Schedule III before the 2005 and 2012 transfers to
Schedule I, Schedule IV flunitrazepam, Schedule II item 1 cannabinoids, Schedule V
time-limited designations). Run from the repository root:

    python3 tools/importers/ca_history/apply_history.py [--check]

What was read (summaries of the sources, not copies):
- Controlled Drugs and Substances Act, S.C. 1996, c. 19: in force 1997-05-14 (SI/97-47)
  (CBSA Memorandum D19-9-1, 1999; Isomer Design CDSA legislative history page).
- Justice Canada consolidated XML C-38.8 (pit-date 2026-06-05): the historical note of
  each schedule lists every amending instrument:
    Sch. I:   1996 c.19; SOR/97-230; SOR/99-371; SOR/99-421; SOR/2005-235; SOR/2005-271, 337;
              2012 c.1 s.44; SOR/2012-176; SOR/2015-190; SOR/2016-107; 2017 c.7; SOR/2017-13;
              SOR/2017-275; SOR/2017-277; SOR/2018-70; SOR/2019-121; SOR/2021-44; SOR/2024-98
    Sch. II:  1996 c.19; SOR/98-157; SOR/2003-32; SOR/2015-192; 2017 c.7; 2018 c.16
    Sch. III: 1996 c.19; SOR/97-230; SOR/98-173; SOR/2000-220; SOR/2003-32; SOR/2003-412;
              SOR/2005-235; 2012 c.1 ss.45-46; SOR/2012-66; SOR/2016-73; SOR/2016-107;
              2017 c.7; SOR/2017-13; SOR/2017-44; SOR/2017-249
    Sch. IV:  1996 c.19; SOR/97-230; SOR/98-173 (repealed 18(14) flunitrazepam); SOR/99-371;
              SOR/99-421; SOR/2000-220; SOR/2003-32; SOR/2003-37; SOR/2015-209; 2017 c.7;
              SOR/2017-13; SOR/2018-70; SOR/2025-221
    Sch. VI:  1996 c.19; SOR/2002-361; SOR/2005-364; SOR/2016-13, 295; SOR/2017-277;
              SOR/2019-121; SOR/2023-103; SOR/2023-248; SOR/2024-98; SOR/2026-38
  Items whose consolidation date is 2017-12-13 (Sch. III), 2017-12-27 (Sch. VI), 2018-04-04
  (Sch. I, IV) or 2018-10-17 (Sch. II) carry the date of the last amendment before
  Justice's item-level versioning, not the date they were listed.
- Justice Laws point-in-time pages: Sch. II version 2003-01-30..2015-07-15 (item 1
  "Cannabis, its preparations, derivatives and similar synthetic preparations", subitems
  (5) nabilone, (6) pyrahexyl, (7.1) DMHP); Sch. III version 2003-12-11..2005-08-09
  (item 1 amphetamines, (1) amphetamine, (2) methamphetamine, ... (9) MDMA ... (16) DOC);
  Sch. III version 2016-10-31..2016-11-27 (item 18 4-methylaminorex); Sch. VI version
  2016-11-30..2017-12-26 (items 1-26 ...).
- Canada Gazette Part II orders (coming-into-force clause read): SOR/2005-364 (Sch. VI
  items 18-23 in force 2006-01-31); SOR/2012-176 (MDPV, registered and in force
  2012-09-20); SOR/2015-209 (Salvia, 180 days after publication of 2015-08-12 =
  2016-02-08); SOR/2016-73 (2C-phenethylamines, 180th day after 2016-05-04 = 2016-10-31);
  SOR/2016-294 with SOR/2016-295 (fentanyl precursors, in force on publication
  2016-11-30); SOR/2017-44 (methylphenidate analogues, 30th day after 2017-04-05 =
  2017-05-05); SOR/2017-249 (aminorex, in force on publication 2017-12-13);
  SOR/2017-278 with SOR/2017-277 (U-47700 precursor, published 2017-12-27);
  SOR/2022-185 (Sch. V, 4-AP analogues, 2022-08-31 to 2023-08-30); SOR/2025-64 (Sch. V,
  carisoprodol and three fentanyl precursors); SOR/2015-189 (tapentadol NCR companion,
  registered 2015-07-16); SOR/2015-191 (synthetic cannabinoids NCR companion, 2015-07-16);
  SOR/2016-12 (APAAN PCR companion, registered 2016-02-05); UNODC LSS page (SOR/2012-66
  BZP/TFMPP added April 2012).
- Precursor Control Regulations (SOR/2002-359, local XML): schedule as made lists the
  Class A precursors 1-18; s. 93: in force on the later of 2003-01-01 and 90 days after
  publication, sections 55-82 on 2004-01-01.
"""
import re, sys, tomllib, pathlib, datetime

ROOT = pathlib.Path(__file__).resolve().parents[3]
FILES = {k: ROOT / f"data/listings/ca/{k}.toml" for k in ("cdsa", "precursors", "fentanyl-family")}

CIF = "1997-05-14"
ACT_CIT = "S.C. 1996, c. 19 (Controlled Drugs and Substances Act, as enacted), in force 1997-05-14 (SI/97-47)"
SRC_XML = "Justice Canada consolidated XML C-38.8 (lims:pit-date 2026-06-05; justicecanada/laws-lois-xml d6853c4): item text and the schedule's historical note of amending instruments"
SRC_CIF = "Act in force 1997-05-14: CBSA Memorandum D19-9-1 (bac-lac.wayback.archive-it.org/web/20061121083432/http://cbsa-asfc.gc.ca/E/pub/cm/d19-9-1/d19-9-1-e.html) and Isomer Design CDSA legislative history (isomerdesign.com/Cdsa/legislation.php: proclaimed in force 14 May 1997 by SI/97-47)"
SRC_PIT3_2003 = "Justice Laws point-in-time, CDSA Schedule III, version of the schedule from 2003-12-11 to 2005-08-09 (laws.justice.gc.ca/eng/acts/c-38.8/section-sched95602-20031211.html)"
SRC_PIT2_2003 = "Justice Laws point-in-time, CDSA Schedule II, version of the schedule from 2003-01-30 to 2015-07-15 (lois.justice.gc.ca/eng/acts/C-38.8/section-sched95540-20030130.html); Isomer Design CDSA Schedule II (isomerdesign.com/Cdsa/schedule.php?schedule=2&section=1): 'Effective 16 Jul 2015, SOR/2015-192'"
SRC_PIT6_2016 = "Justice Laws point-in-time, CDSA Schedule VI, version of the schedule from 2016-11-30 to 2017-12-26 (laws-lois.justice.gc.ca/eng/acts/C-38.8/section-sched95823-20161130.html)"
SRC_PCR = "Precursor Control Regulations SOR/2002-359 (Justice Canada XML, justicecanada/laws-lois-xml d6853c4): schedule as made (items 1-18) and s. 93 coming into force (2003-01-01 at the earliest; ss. 55-82 on 2004-01-01)"
SRC_2011 = "CDSA consolidation current to 2011-02-09 (Justice Canada PDF, docslib.org/doc/3509660)"
SRC_2013 = "CDSA consolidation 'Current to November 26, 2013 / Last amended on November 6, 2012' (Justice Canada PDF, ro.scribd.com/document/194699163/C-38-8)"
SRC_SSCA = ("Department of Justice Canada news release 'Legislation Targeting Serious Drug Crime Comes Into Force', Ottawa, November 6, 2012, and its backgrounder "
            "('GHB and flunitrazepam ... and amphetamine drugs, have been moved from Schedule III to Schedule I') "
            "(epe.lac-bac.gc.ca/100/202/301/justresearch-e/html/2002/www.justice.gc.ca/eng/news-nouv/nr-cp/2012/doc_32808.html, .../doc_32809.html)")

def gz(sor, url, what):
    return f"Canada Gazette Part II, {sor}: {what} ({url})"

G_2012_176 = gz("SOR/2012-176", "gazette.gc.ca/rp-pr/p2/2012/2012-10-10/html/sor-dors176-eng.html", "registered 2012-09-20, in force on registration")
G_2015_209 = gz("SOR/2015-209", "gazette.gc.ca/rp-pr/p2/2015/2015-08-12/html/sor-dors209-eng.php", "in force 180 days after publication of 2015-08-12, i.e. 2016-02-08 (date confirmed by Health Canada, Ottawa Sun 2015-08-26, mapinc.org/drugnews/v15/n488/a01.html)")
G_2016_73 = gz("SOR/2016-73", "gazette.gc.ca/rp-pr/p2/2016/2016-05-04/html/sor-dors73-eng.php", "in force on the 180th day after publication of 2016-05-04, i.e. 2016-10-31 (the Justice Laws Schedule III version from 2016-10-31 agrees)")
G_2016_294 = gz("SOR/2016-294 (PCR companion of SOR/2016-295)", "gazette.gc.ca/rp-pr/p2/2016/2016-11-30/html/sor-dors294-eng.html", "registered 2016-11-18, in force on publication 2016-11-30; the Justice Laws Schedule VI version from 2016-11-30 lists the six items")
G_2017_44 = gz("SOR/2017-44", "canadagazette.gc.ca/rp-pr/p2/2017/2017-04-05/html/sor-dors44-eng.html", "in force on the 30th day after publication of 2017-04-05, i.e. 2017-05-05")
G_2017_249 = gz("SOR/2017-249", "gazette.gc.ca/rp-pr/p2/2017/2017-12-13/html/sor-dors249-eng.html", "registered 2017-11-24, item 18 repealed and item 27 replaced, in force on publication 2017-12-13")
G_2017_278 = gz("SOR/2017-278 (companion of SOR/2017-277)", "canadagazette.gc.ca/rp-pr/p2/2017/2017-12-27/html/sor-dors278-eng.html", "registered 2017-12-08, in force on publication 2017-12-27")
G_2005_364 = "Canada Gazette Part II, SOR/2005-364 (registered 2005-11-21): s. 2 adding items 18-23 in force 2006-01-31 (ca.vlex.com/vid/schedule-controlled-drugs-substances-37954820)"
G_2022_185 = gz("SOR/2022-185", "canadagazette.gc.ca/rp-pr/p2/2022/2022-08-31/html/sor-dors185-eng.html", "Schedule V item 1, 'From August 31, 2022 until August 30, 2023', in force on publication 2022-08-31")
G_2025_64 = gz("SOR/2025-64", "gazette.gc.ca/rp-pr/p2/2025/2025-03-12/html/sor-dors64-eng.html", "Schedule V items 1-4 with their periods; item deletions on the earlier of two dates")
G_2015_189 = gz("SOR/2015-189 (NCR companion of SOR/2015-190)", "gazette.gc.ca/rp-pr/p2/2015/2015-07-29/html/sor-dors189-eng.php", "registered 2015-07-16, NCR listing in force 180 days after registration")
G_2016_12 = "SOR/2016-12 (PCR companion of SOR/2016-13), registered 2016-02-05 (codifyupdates.com record of SOR/2016-12)"
UNODC_2012_66 = "UNODC Global SMART, Drug Laws/Individual Listing for Canada (unodc.org/LSS/Country/DetailsLegalSystem?code=DLIL&country=CA): 'In April 2012, BZP and TFMPP were added to Schedule III (SOR/2012-66 March 30, 2012)'"

def win(a, b):
    return {"not_before": a, "not_after": b}

# ---------------------------------------------------------------- facts table
# Each rule: (file, code regex, substance regex or None) -> fact dict.
# fact keys: effective (str|window), until, added, cit (extra citations), src (sources), note
ORIG_NOTE = ("Placed by the Act as enacted (S.C. 1996, c. 19), in force 1997-05-14 (SI/97-47). Attribution by elimination: "
             "none of the later instruments in the consolidation's historical note for this schedule that could be read adds this item, "
             "and its item number is part of the original sequence. The 1997 order SOR/97-230 (made for the Act's commencement) could not be read. "
             "Before 1997 the substance was controlled under the Narcotic Control Act or the Food and Drugs Act (not in this dataset), so no `added`.")

def orig(extra=""):
    return dict(effective=CIF, cit=[ACT_CIT], src=[SRC_XML, SRC_CIF], note=ORIG_NOTE + extra)

def code_num(code):
    return code

RULES = []
def rule(file, code_re, sub_re=None, **fact):
    RULES.append((file, re.compile(code_re + r"$"), re.compile(sub_re + r"$") if sub_re else None, fact))

# ---- Schedule I
rule("cdsa", r"I-16\(14\)", None, skip=True)   # ANPP item of 2019: the consolidation date stands
rule("cdsa", r"I-14\(1\)", None, effective=win("2005-08-31", "2011-02-09"),
     cit=["SOR/2005-271 (Order amending Schedule I, ketamine named in item 14)"],
     src=[SRC_XML, "web.archive.org/web/20060301075241/http://canadagazette.gc.ca/partII/2005/20050921/html/sor270-e.html (SOR/2005-270, registered 2005-08-31: RIAS covering the Order that lists ketamine explicitly under item 14 of Schedule I)", SRC_2011],
     note=("Ketamine was named in item 14 by the Order published with SOR/2005-270 (registered and in force 2005-08-31); that Order's own number "
           "(taken to be SOR/2005-271 from the historical note) and coming-into-force clause were not read, so the date is a window: not before "
           "2005-08-31, and in force by the 2011-02-09 consolidation (no Schedule I instrument between SOR/2005-337 and 2012). Before it, Health Canada held "
           "ketamine captured by item 14 as an analogue of phencyclidine (notice of 2005-05-02; see the I-14 listing of ketamine), so no `added`."))
rule("cdsa", r"I-16\(11\.1\)", None, effective=win(CIF, "2011-02-09"), cit=["S.C. 1996, c. 19, Sch. I, item 16(11.1), inserted by an order of 1997-2005 (SOR/97-230, SOR/99-371 or SOR/2005-337; not read)"],
     src=[SRC_XML, SRC_2011], note="Subitem number 11.1 shows a later insertion; the inserting order was not read. In force by the 2011-02-09 consolidation (the historical note lists no Schedule I instrument between SOR/2005-337 and 2012).")
rule("fentanyl-family", r"I-16\(11\.1\)", None, effective=win(CIF, "2011-02-09"), cit=["S.C. 1996, c. 19, Sch. I, item 16(11.1), inserted by an order of 1997-2005 (SOR/97-230, SOR/99-371 or SOR/2005-337; not read)"],
     src=[SRC_XML, SRC_2011], note="Subitem number 11.1 shows a later insertion; the inserting order was not read. In force by the 2011-02-09 consolidation (the historical note lists no Schedule I instrument between SOR/2005-337 and 2012).")
rule("cdsa", r"I-17\.1", None, effective="2012-09-20", added=True, cit=["SOR/2012-176"], src=[SRC_XML, G_2012_176],
     note="Added as item 17.1 by SOR/2012-176, registered and in force 2012-09-20; first control of MDPV in Canada (the order adds it, the RIAS describes it as a new 'bath salts' drug).")
rule("cdsa", r"I-18", None, effective="2005-08-10", cit=["SOR/2005-235, s. 1"], src=[SRC_XML, SRC_PIT3_2003],
     note=("Moved from Schedule III item 1(2) to Schedule I item 18 by SOR/2005-235 (ss. 1 and 2): the Justice Laws version of Schedule III that lists "
           "methamphetamine ends on 2005-08-09, and SOR/2005-235 s. 2 is the only Schedule III instrument between SOR/2003-412 and 2012, so the "
           "transfer took effect on 2005-08-10. The Schedule III listing is the earlier placement."))
rule("cdsa", r"I-19(\(\d+\))?", None, effective="2012-11-06", cit=["S.C. 2012, c. 1, ss. 44 and 45 (Safe Streets and Communities Act)"],
     src=[SRC_XML, SRC_2013, SRC_PIT3_2003, SRC_SSCA],
     note=("Moved from Schedule III item 1 (amphetamines) to Schedule I item 19 by S.C. 2012, c. 1, ss. 44-45; those sections were in force on "
           "2012-11-06 (Department of Justice release of that day announcing the coming into force; the consolidation of 2013 is 'last amended on November 6, 2012'). "
           "The Schedule III listing is the earlier placement."))
rule("cdsa", r"I-20", None, effective="2012-11-06", cit=["S.C. 2012, c. 1, ss. 44 and 46 (Safe Streets and Communities Act)"],
     src=[SRC_XML, SRC_2013, SRC_SSCA],
     note="Moved from Schedule III (item 25 or 26, repealed by S.C. 2012, c. 1, s. 46) to Schedule I item 20, in force 2012-11-06 (see the Schedule III listing).")
rule("cdsa", r"I-21", None, effective="2012-11-06", cit=["S.C. 2012, c. 1, ss. 44 and 46 (Safe Streets and Communities Act)"],
     src=[SRC_XML, SRC_2013, SRC_SSCA],
     note="Moved from Schedule III (item 25 or 26, repealed by S.C. 2012, c. 1, s. 46) to Schedule I item 21, in force 2012-11-06 (see the Schedule III listing).")
rule("cdsa", r"I-22", None, effective=win("2015-07-16", "2018-04-04"), added=True,
     cit=["SOR/2015-190 (Order amending Schedule I, tapentadol; companion of SOR/2015-189)"], src=[SRC_XML, G_2015_189],
     note=("Tapentadol (marketed in Canada since 2011) was first scheduled by the CDSA order made with SOR/2015-189 on 2015-07-16; the NCR companion "
           "came into force 180 days after registration (2016-01-12) but the CDSA order's own clause was not read: window from its registration to "
           "the consolidation date 2018-04-04."))
HC_2016 = ("Health Canada, 'Consultation - Proposal regarding the scheduling of W-18' (canada.ca/en/health-canada/services/health-concerns/consultations/"
           "proposal-regarding-scheduling-18-under-controlled-drugs-substances-act-regulations.html): NTIP of 2016-02-13; 'The Order and Regulations with respect to "
           "AH-7921, MT-45 and W-18 have been finalized. They were published in Canada Gazette, Part II on June 1, 2016'; Government of Canada announcement "
           "(ihtoday.ca/government-of-canada-announces-tighter-controls-on-opioid-w-18/): the published amendments render unauthorized activities illegal")
rule("cdsa", r"I-2[345]", None, effective=win("2016-02-13", "2016-06-01"), added=True,
     cit=["SOR/2016-107, s. 1 (Order amending Schedules I and III: AH-7921, MT-45, W-18)"], src=[SRC_XML, HC_2016],
     note=("Added by the order on AH-7921, MT-45 and W-18 (SOR/2016-107 in the historical note), published in Canada Gazette Part II on 2016-06-01 "
           "and announced that day as making unauthorized activities illegal; its coming-into-force clause was not read: window from the notice "
           "to interested parties (2016-02-13) to 2016-06-01. New psychoactive substances not controlled before, hence `added`."))
rule("cdsa", r"I-24\(\d+\)", None, effective=win("2016-02-13", "2018-04-04"), added=True,
     cit=["Sch. I item 24 (MT-45, its analogues), subitem named by SOR/2016-107 or a later order (SOR/2017-13 or SOR/2017-275; not read)"], src=[SRC_XML, HC_2016],
     note=("MT-45 entered Schedule I with SOR/2016-107 (published 2016-06-01); whether this named analogue was listed then or by a later order was not "
           "read: window from 2016-02-13 to the consolidation date 2018-04-04. Not controlled before, hence `added`."))
rule("cdsa", r"I-26(\(\d+\))?", None, effective=win("2017-12-08", "2018-04-04"), added=True,
     cit=["SOR/2017-277 (Order Amending Schedules I and VI to the CDSA (U-47700))"], src=[SRC_XML, G_2017_278],
     note=("Added by SOR/2017-277 (made 2017-12-08; its companion SOR/2017-278 came into force on publication, 2017-12-27). The order's own "
           "coming-into-force clause was not read: window from 2017-12-08 to the consolidation date 2018-04-04."))
rule("cdsa", r"I-27(\(\d+\))?", r"(tramadol|o-desmethyltramadol|n-o-didesmethyltramadol|ca-i-27-tramadol)", keep_date=True, added=True,
     note_add=" First control of tramadol in Canada (it was not scheduled before this order), hence `added`.")
rule("cdsa", r"I-28(\(\d+\))?", None, keep_date=True, added=True,
     note_add=" First control in Canada (no earlier Schedule V designation), hence `added`.")
# original Schedule I items 1-17 (everything else under I-)
rule("cdsa", r"I-(1[0-7]|[1-9])(\(\d+\))?", None, **orig())
rule("fentanyl-family", r"I-16(\(\d+\))?", r"(?!4-anpp).*", **orig(
    " Unnamed fentanyl analogues (code I-16) are dated from the Act too, as derivatives of fentanyl under item 16 (the curator's reading kept from before)."))


# ---- items first controlled by the rewording orders (the consolidation date stands; first control marked)
rule("precursors", r"VI-P1-(9\(1\)|11\(1\)|11\(2\))", None, keep_date=True, added=True,
     note_add=" Named when SOR/2019-121 widened the item to derivatives and analogues (2019-05-15); before, the item covered only the ketone itself, so this is the first control (hence `added`).")
rule("precursors", r"VI-P1-(9|11)", r"ca-vi-p1-(9-mdp2p-derivatives|11-1-phenyl-2-propanone)", keep_date=True, added=True,
     note_add=" The item as a class (the ketone with its derivatives and analogues) dates from SOR/2019-121 (hence `added` on the class record); the ketone itself is listed since 1997 (see its own listing).")
rule("precursors", r"VI-P1-28", r"ca-vi-p1-28-norfentanyl", keep_date=True, added=True,
     note_add=" The item as a class (norfentanyl with its derivatives and analogues) dates from SOR/2019-121 (hence `added` on the class record); norfentanyl itself is listed since 2016-11-30.")
rule("precursors", r"VI-P1-27", r"ca-vi-p1-27-4-piperidone", keep_date=True, added=True,
     note_add=" The item as a class (4-piperidone with its derivatives and analogues) dates from SOR/2024-98 s. 2 (hence `added` on the class record); 4-piperidone itself is listed since 2016-11-30.")
rule("precursors", r"VI-P1-27\([23]\)", None, keep_date=True, added=True,
     note_add=" Named when SOR/2024-98 s. 2 widened item 27 (in force on the 90th day after publication of 2024-06-05, i.e. 2024-09-03); no earlier Schedule V designation appears in the schedule's history, so this is the first control (hence `added`).")
rule("fentanyl-family", r"VI-P1-27\(1\)", None, keep_date=True, added=True,
     note_add=" Named when SOR/2024-98 s. 2 widened item 27 (2024-09-03); no earlier Schedule V designation appears in the schedule's history, so this is the first control (hence `added`).")
rule("precursors", r"VI-P1-3[56]", None, keep_date=True, added=True,
     note_add=" No earlier Schedule V designation of this substance appears in Schedule V's historical note (SOR/2022-185, SOR/2025-64, S.C. 2026, c. 4, SOR/2026-71), so this is its first control (hence `added`).")
rule("precursors", r"V-P2-T[13]-1", None, keep_date=True, added=True,
     note_add=" First control (no earlier listing of R 29676 in the schedules' history), hence `added`.")
rule("cdsa", r"III-2", r"ca-iii-2-methylphenidate", effective="2017-05-05", added=True, cit=["SOR/2017-44"], src=[SRC_XML, G_2017_44],
     note="The item as a class (methylphenidate with its derivatives, isomers and analogues) dates from SOR/2017-44, in force 2017-05-05 (hence `added` on the class record); methylphenidate itself is in Schedule III since 1997 (see its own listing).")
rule("cdsa", r"III-27", r"ca-iii-27-aminorex", effective="2017-12-13", added=True, cit=["SOR/2017-249, s. 2"], src=[SRC_XML, G_2017_249],
     note="Item 27 as a class (aminorex with its derivatives and analogues) dates from SOR/2017-249, in force on publication 2017-12-13 (hence `added` on the class record); aminorex itself is listed since 1998-2003 (see its own listing).")
rule("cdsa", r"IX-[1-5]", None, effective=win("2017-05-18", "2025-12-17"), added=True,
     cit=["S.C. 2017, c. 7, s. 51 (Schedule IX, designated devices)", "SOR/2025-261, s. 1 (present items 1-5)"],
     src=[SRC_XML, "Health Canada backgrounder 'Royal Assent of Bill C-37', 2017-05-18 (canada.ca/en/health-canada/news/2017/05/royal_assent_of_billc-37...): designated devices such as pill presses and encapsulators"],
     note=("Designated devices (Schedule IX) were created by S.C. 2017, c. 7 (Bill C-37, royal assent 2017-05-18); the present wording of items 1-5 is "
           "that of SOR/2025-261, in force 2025-12-17. Which items stood in Schedule IX before 2025 and from when was not read: window from royal "
           "assent to 2025-12-17. Nothing of the kind was controlled under the Act before 2017, hence `added`."))

# ---- Schedule II
rule("cdsa", r"II-2.*", None, effective="2015-07-16", cit=["SOR/2015-192"], src=[SRC_XML, SRC_PIT2_2003, "Canada Gazette Part II, SOR/2015-191 (NCR companion, registered 2015-07-16), canadagazette.gc.ca/rp-pr/p2/2015/2015-07-29/html/sor-dors191-eng.html"],
     note=("Item 2 (synthetic cannabinoid receptor type 1 agonists) was added by SOR/2015-192, in force 2015-07-16 (the previous version of Schedule II "
           "ends on 2015-07-15). Before it, item 1 covered 'Cannabis, its preparations, derivatives and similar synthetic preparations'; Health Canada "
           "treated some synthetic cannabinoids (e.g. JWH-018) as 'similar synthetic preparations' case by case (UNODC LSS analogue-control page), so the "
           "status before 2015-07-16 is left unknown (no `added`): iPolitics (2015-02-05, ipolitics.ca/2015/02/05/feds-move-to-clear-up-hazy-rules-on-synthetic-marijuana/) "
           "reports their legal standing as 'hazy', some police forces treating them as uncontrolled. Nabilone, parahexyl and DMHP, which item 1 named, "
           "have item-1 listings from before."))

# ---- Schedule III
rule("cdsa", r"III-2\([1-8]\)", None, effective="2017-05-05", added=True, cit=["SOR/2017-44"], src=[SRC_XML, G_2017_44],
     note="Named in item 2 when SOR/2017-44 extended it to methylphenidate's derivatives and analogues (in force 2017-05-05); not controlled before, hence `added`.")
rule("cdsa", r"III-27\(1\)", None, effective="2017-12-13", cit=["SOR/2017-249, ss. 1 and 2"], src=[SRC_XML, G_2017_249, "Justice Laws point-in-time, CDSA Schedule III, version from 2016-10-31 to 2016-11-27 (laws-lois.justice.gc.ca/eng/acts/c-38.8/section-sched95602-20161031.html): item 18 4-Methylaminorex"],
     note="Moved from item 18 (repealed) into item 27(1) by SOR/2017-249, in force 2017-12-13; the item-18 listing is the earlier placement.")
rule("cdsa", r"III-27\(2\)", None, effective="2017-12-13", added=True, cit=["SOR/2017-249, s. 2"], src=[SRC_XML, G_2017_249],
     note="Added by SOR/2017-249 (in force on publication 2017-12-13) after its international control in 2016; the RIAS says Canada 'is proceeding to control 4,4'-DMAR', hence `added`.")
rule("cdsa", r"III-3[34]", None, effective=win("2012-03-30", "2012-04-30"), added=True, cit=["SOR/2012-66"], src=[SRC_XML, UNODC_2012_66],
     note="Added by SOR/2012-66, registered 2012-03-30; UNODC reports the addition 'in April 2012'. The order's coming-into-force clause was not read, hence the window. Not controlled before, hence `added`.")
rule("cdsa", r"III-35", None, effective="2016-10-31", added=True, cit=["SOR/2016-73"], src=[SRC_XML, G_2016_73],
     note="Added as item 35 by SOR/2016-73, in force 2016-10-31 (2C-B itself was item 24 before; the other 2C-phenethylamines were first controlled by this item).")
W98 = win("1998-01-01", "2003-12-11")
NOTE98 = ("Item number {n} follows item 25, which SOR/98-173 created when it moved flunitrazepam from Schedule IV (the consolidation notes "
          "'[Repealed, SOR/98-173, s. 2]' at Schedule IV 18(14)), so the item was added by an order of 1998-2003 (SOR/98-173, SOR/2000-220, SOR/2003-32 "
          "or SOR/2003-412, not read). Items 25-32 already stand in the Justice Laws version of Schedule III from 2003-12-11: the only Schedule III "
          "instrument between SOR/2003-412 and SOR/2012-66 (which added items 33-34) is SOR/2005-235 s. 2 (the methamphetamine transfer).")
for n, sub in (("27", r"aminorex"), ("28", None), ("29", None), ("30", None), ("31", None), ("32", None)):
    if n == "29":
        rule("cdsa", r"III-29", r"ca-iii-29-lefetamine", effective=win("1998-01-01", "2017-12-13"), cit=["Sch. III item 29; derivatives wording added by SOR/2016-107 s. 2 or SOR/2017-13 s. 6 (not read)"],
             src=[SRC_XML, SRC_PIT3_2003], note=NOTE98.format(n=n) + " The item's present wording (with derivatives and isomers) dates from a later order, not read: in force by the consolidation date 2017-12-13.")
    rule("cdsa", rf"III-{n}", sub, effective=W98, cit=[f"S.C. 1996, c. 19, Sch. III, item {n}, added by an order of 1998-2003 (not read)"],
         src=[SRC_XML, SRC_PIT3_2003], note=NOTE98.format(n=n))
rule("cdsa", r"III-19", None, **orig(" Item 19's present wording ('and its salts') is that of a later redrafting (probably SOR/2017-13 s. 6, not read); "
     "cathinone, an alkaloid of khat, was in any case also covered by Schedule IV item 19 (Catha edulis, its preparations, derivatives, alkaloids and salts) since the Act."))
rule("cdsa", r"III-(1[0-9]|2[0-3]|[2-9])", None, **orig())

# ---- Schedule IV
rule("cdsa", r"IV-27(\(\d+\))?", None, effective="2016-02-08", added=True, cit=["SOR/2015-209"], src=[SRC_XML, G_2015_209],
     note="Added as item 27 by SOR/2015-209, in force 2016-02-08; Salvia divinorum was not controlled before, hence `added`.")
rule("cdsa", r"IV-28", None, keep_date=True, note_add=" First controlled earlier by the Schedule V time-limited designation of SOR/2025-64 (see that listing).")
WIV = win(CIF, "2011-02-09")
NOTEIV = ("{what} shows an insertion after the Act; the inserting order (one of SOR/97-230, SOR/99-371, SOR/2000-220, SOR/2003-32, SOR/2003-37; not read) "
          "is undated here. In force by the 2011-02-09 consolidation: the historical note lists no Schedule IV instrument between SOR/2003-37 and SOR/2015-209.")
rule("cdsa", r"IV-18\((2\.1|22\.1|29\.1)\)", None, effective=WIV, cit=["S.C. 1996, c. 19, Sch. IV, item 18, decimal subitem inserted by a 1997-2003 order (not read)"],
     src=[SRC_XML, SRC_2011], note=NOTEIV.format(what="The decimal subitem number"))
rule("cdsa", r"IV-(25|25\.1|26)", None, effective=WIV, cit=["S.C. 1996, c. 19, Sch. IV, item added by a 1997-2003 order (not read)"],
     src=[SRC_XML, SRC_2011], note=NOTEIV.format(what="The item (after item 24 zeranol, the anabolic-steroid group's neighbour; 25.1 is a decimal insertion)"))
rule("cdsa", r"IV-(1[0-9]|2[0-4]|[1-9])(\(\d+\))?", None, **orig())

# ---- Schedule VI (precursors.toml and fentanyl-family.toml)
VI_NOTE = (" The Act's Schedule VI was not yet divided into Class A / Class B: those parts (and Part 3, preparations) come from SOR/2002-361 with the "
           "Precursor Control Regulations (SOR/2002-359, in force from 2003); the label is the present one.")
rule("precursors", r"VI-P1-10", None, effective=win(CIF, "2004-01-01"), cit=["Sch. VI, Part 1, item 10 (norephedrine); in the Precursor Control Regulations schedule as made (SOR/2002-359, item 11)"],
     src=[SRC_XML, SRC_PCR], note=("Norephedrine entered the 1988 Convention's Table I only in 2000, so its presence in the Act as enacted is not assumed: "
                                   "window from the Act to 2004-01-01, by which the Precursor Control Regulations, whose schedule as made lists it as a "
                                   "Part 1 (Class A) precursor, were wholly in force."))
rule("precursors", r"VI-P1-(1[89]|2[0-3])", None, effective="2006-01-31", added=True, cit=["SOR/2005-364, s. 2"], src=[SRC_XML, G_2005_364],
     note="Added to Part 1 by SOR/2005-364, s. 2, in force 2006-01-31; first control in Canada, hence `added`.")
rule("precursors", r"VI-P1-24", None, effective=win("2016-02-05", "2016-11-30"), added=True, cit=["SOR/2016-13"], src=[SRC_XML, G_2016_12, SRC_PIT6_2016],
     note="Added by SOR/2016-13 (made with SOR/2016-12, registered 2016-02-05; coming-into-force clause not read); listed in the Schedule VI version from 2016-11-30. First control, hence `added`.")
rule("precursors", r"VI-P1-29", None, effective="2016-11-30", added=True, cit=["SOR/2016-295"], src=[SRC_XML, G_2016_294, SRC_PIT6_2016],
     note="Added by SOR/2016-295 with SOR/2016-294, in force 2016-11-30; first control (Health Canada's 2016 consultation on six new fentanyl precursors), hence `added`.")
rule("precursors", r"VI-P1-31", None, effective=win("2017-12-08", "2017-12-27"), added=True, cit=["SOR/2017-277, s. 2"], src=[SRC_XML, G_2017_278],
     note="Added by SOR/2017-277 (made 2017-12-08); its PCR companion came into force on publication 2017-12-27 and the consolidation gives Schedule VI as of 2017-12-27. First control, hence `added`.")
rule("precursors", r"VI-P1-9", r"pmk", effective=CIF, cit=[ACT_CIT, "Reworded (derivatives and analogues added) by SOR/2019-121, in force 2019-05-15"],
     src=[SRC_XML, SRC_CIF, SRC_PIT6_2016, SRC_PCR],
     note="3,4-MDP-2-P (PMK) is listed in Schedule VI since the Act (1988 Convention Table I substance; item 9 of the version of 2016-11-30); SOR/2019-121 only widened the item to derivatives and analogues (2019-05-15), which the class listing of the item dates." + VI_NOTE)
rule("precursors", r"VI-P1-11", r"phenylacetone", effective=CIF, cit=[ACT_CIT, "Reworded (derivatives and analogues added) by SOR/2019-121, in force 2019-05-15"],
     src=[SRC_XML, SRC_CIF, SRC_PIT6_2016, SRC_PCR],
     note="1-Phenyl-2-propanone (P2P) is listed in Schedule VI since the Act (1988 Convention Table I substance; item 11 of the version of 2016-11-30); SOR/2019-121 only widened the item to derivatives and analogues (2019-05-15), which the class listing of the item dates." + VI_NOTE)
rule("precursors", r"VI-P3-1", None, effective=win("2002-09-24", "2004-01-01"), cit=["SOR/2002-361, s. 2 (Schedule VI, Part 3)"], src=[SRC_XML, SRC_PCR],
     note="Part 3 (preparations and mixtures) is taken to come from SOR/2002-361, made with the Precursor Control Regulations on 2002-09-24; the order was not read. In force by 2004-01-01 (PCR s. 93). Item 1 was replaced by SOR/2005-364 (2006-01-31) to except items 20-23.")
rule("precursors", r"VI-P1-([1-8]|1[2-7])", None, **dict(orig(VI_NOTE), src=[SRC_XML, SRC_CIF, SRC_PIT6_2016, SRC_PCR]))
rule("precursors", r"VI-P2-[1-6]", None, **dict(orig(VI_NOTE), src=[SRC_XML, SRC_CIF, SRC_PCR]))
FENT_NOTE = ("Added by SOR/2016-295 with SOR/2016-294 (in force on publication 2016-11-30) as '{old}' (the version of Schedule VI from 2016-11-30); "
             "{later} The substance keeps its first date; first control (Health Canada's 2016 consultation on six new fentanyl precursors), hence `added`.")
rule("fentanyl-family", r"VI-P1-25", None, effective="2016-11-30", added=True, cit=["SOR/2016-295"], src=[SRC_XML, G_2016_294, SRC_PIT6_2016],
     note=FENT_NOTE.format(old="Propionyl chloride", later=""))
rule("fentanyl-family", r"VI-P1-26", None, effective="2016-11-30", added=True, cit=["SOR/2016-295"], src=[SRC_XML, G_2016_294, SRC_PIT6_2016],
     note=FENT_NOTE.format(old="1-Phenethyl-4-piperidone and its salts", later=""))
rule("fentanyl-family", r"VI-P1-27", r"4-piperidone", effective="2016-11-30", added=True, cit=["SOR/2016-295", "Item reworded (derivatives and analogues) by SOR/2024-98, s. 2, in force 2024-09-03"], src=[SRC_XML, G_2016_294, SRC_PIT6_2016],
     note=FENT_NOTE.format(old="4-Piperidone and its salts", later="SOR/2024-98 s. 2 widened the item to derivatives and analogues on 2024-09-03."))
rule("fentanyl-family", r"VI-P1-28", r"norfentanyl", effective="2016-11-30", added=True, cit=["SOR/2016-295", "Item reworded (derivatives and analogues) by SOR/2019-121, in force 2019-05-15"], src=[SRC_XML, G_2016_294, SRC_PIT6_2016],
     note=FENT_NOTE.format(old="Norfentanyl (N-phenyl-N-piperidin-4-ylpropanamide) and its salts", later="SOR/2019-121 widened the item to derivatives and analogues on 2019-05-15."))
rule("fentanyl-family", r"VI-P1-30", r"4-ap", effective="2016-11-30", added=True, cit=["SOR/2016-295", "Item reworded (derivatives and analogues) by SOR/2023-103, in force 2023-08-30"], src=[SRC_XML, G_2016_294, SRC_PIT6_2016],
     note=FENT_NOTE.format(old="N-Phenyl-4-piperidinamine and its salts", later="SOR/2023-103 widened the item to derivatives and analogues on 2023-08-30."))
rule("fentanyl-family", r"VI-P1-30\(1\)", None, keep_date=True, note_add=" First controlled earlier by the Schedule V designation of SOR/2022-185 (2022-08-31; see that listing).")
rule("precursors", r"VI-P1-3[34]|VI-P2-7", r"(phenethyl-bromide|propionic-anhydride|benzyl-chloride)", keep_date=True,
     note_add=" First controlled earlier by the Schedule V time-limited designation of SOR/2025-64 (see that listing).")
rule("precursors", r"VI-P1-30\(([2-4])\)", None, keep_date=True, note_add=" First controlled earlier by the Schedule V designation of SOR/2022-185 (2022-08-31; see that listing).")

def find_fact(fname, code, sub):
    for f, cre, sre, fact in RULES:
        if f == fname and cre.match(code) and (sre is None or sre.match(sub)):
            return None if fact.get("skip") else fact
    return None

# ---------------------------------------------------------------- new listings
def new(file, **kw):
    return (file, kw)

NEW = []
SCOPE_SIA = ["salts", "isomers", "salts-of-isomers"]
# Schedule III item 1 before 2012 (and methamphetamine before 2005): subitem numbers from the version of 2003-12-11 (seen up to (16)).
SCH3_NOTE = ("Schedule III item 1 ('Amphetamines, their salts, derivatives, isomers and analogues and salts of derivatives, isomers and analogues "
             "including ...') as enacted; {where} Moved to Schedule I {dest}.")
def sch3(sub, k, dest_item, until, dest_note, class_=False):
    where = (f"named as subitem 1({k}) in the Justice Laws version of 2003-12-11." if k else
             "covered by the item head (named subitems beyond (16) not seen in the 2003 version read).")
    if class_:
        where = "the item head as a class."
    return new("cdsa", substance=sub, instrument="ca-cdsa", schedule="Schedule III", code=f"III-1({k})" if k else "III-1",
               effective=CIF, until=until, scope=SCOPE_SIA,
               citation=["Controlled Drugs and Substances Act (S.C. 1996, c. 19), Schedule III, item 1" + (f", subitem ({k})" if k else ""), ACT_CIT, dest_note],
               source="; ".join([SRC_PIT3_2003, SRC_XML, SRC_CIF]),
               note=SCH3_NOTE.format(where=where, dest=dest_item) + " " + ORIG_NOTE)

# ---------------------------------------------------------------- TOML writing
def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {q(x)}" for k, x in v.items()) + " }"
    if isinstance(v, list):
        return "[" + ", ".join(q(x) for x in v) + "]"
    return q(v)

ORDER = ["substance", "instrument", "schedule", "code", "announced", "effective", "until", "temporary", "added", "scope", "exceptions",
         "threshold", "citation", "source", "note"]

def emit(d):
    out = ["[[listing]]"]
    for k in ORDER:
        if k in d and d[k] is not None:
            out.append(f"{k} = {val(d[k])}")
    return "\n".join(out) + "\n"

def lo(eff):
    return eff["not_before"] if isinstance(eff, dict) else eff

HEADER_FIX = {
    "fentanyl-family": ("""# Source: canada-justice-laws/C-38.8.xml (official consolidation,
# lims:pit-date 2026-06-05). Items whose XML carries lims:enacted-date have
# real amendment dates (lims:inforce-start-date). Items without it show only
# the start of the consolidation's versioning (2017-12-27 or 2018-04-04), so
# those are dated "in-force-by". The amending SOR numbers were not identified.
""", """# Source: canada-justice-laws/C-38.8.xml (official consolidation,
# lims:pit-date 2026-06-05). Dates are those of the act that placed each item
# (the Act in force 1997-05-14, then the amending orders read in the Canada
# Gazette); see tools/importers/ca_history/apply_history.py for the facts table
# and the sources, and each listing's note.
"""),
}
GEN_LINE = "# (see data/SCHEMA.md). Edit the script, not this file, where you can.\n"
GEN_ADD = ("# Dates, windows and `added` were then rewritten from the schedule history by\n"
           "# tools/importers/ca_history/apply_history.py (re-run it after regenerating).\n")

def apply_file(name, text, stats, new_blocks):
    if name in HEADER_FIX:
        text = text.replace(*HEADER_FIX[name])
    if GEN_LINE in text and GEN_ADD not in text:
        text = text.replace(GEN_LINE, GEN_LINE + GEN_ADD, 1)
    parts = re.split(r"(?m)^(?=\[\[listing\]\]\s*$)", text)
    head, blocks = parts[0], parts[1:]
    out = [head]
    for b in blocks:
        d = tomllib.loads(b)["listing"][0]
        fact = find_fact(name, d.get("code", ""), d["substance"])
        if fact is None:
            out.append(b)
            stats["untouched"] += 1
            continue
        lines = b.rstrip("\n").split("\n")
        kv = {}
        order = []
        for ln in lines[1:]:
            k = ln.split(" = ", 1)[0]
            kv[k] = ln
            order.append(k)
        def setk(k, v):
            if v is None:
                kv.pop(k, None)
                if k in order:
                    order.remove(k)
                return
            line = f"{k} = {val(v)}"
            if k not in kv:
                # insert following ORDER
                idx = ORDER.index(k)
                pos = len(order)
                for i, ok in enumerate(order):
                    if ok in ORDER and ORDER.index(ok) > idx:
                        pos = i
                        break
                order.insert(pos, k)
            kv[k] = line
        setk("precision", None)
        cur_cit = d["citation"]
        if fact.get("keep_date"):
            if fact.get("added"):
                setk("added", True)
            if fact.get("note_add"):
                setk("note", (d.get("note", "") + fact["note_add"]).strip())
        else:
            setk("effective", fact["effective"])
            if "announced" in d and d["announced"] > lo(fact["effective"]):
                setk("announced", None)   # the announcement belonged to a later rewording, not to the first placement
            if fact.get("until"):
                setk("until", fact["until"])
            setk("added", True if fact.get("added") else None)
            base = re.sub(r" \(amendment enacted \d{4}-\d{2}-\d{2}\)$", "", cur_cit[0])
            cits = [base] + [c for c in fact.get("cit", []) if c != base]
            setk("citation", cits)
            setk("source", "; ".join(fact["src"]))
            setk("note", fact["note"])
        nb = "[[listing]]\n" + "\n".join(kv[k] for k in order) + "\n"
        # keep blank line separation as before
        trail = b[len(b.rstrip("\n")):]
        out.append(nb + (trail[1:] if trail.startswith("\n") else trail))
        stats["changed"] += 1
    body = "".join(out)
    if new_blocks:
        if not body.endswith("\n\n"):
            body = body.rstrip("\n") + "\n\n"
        body += "# ---- earlier placements and time-limited designations added from the schedule history\n# (tools/importers/ca_history/apply_history.py)\n\n"
        body += "\n".join(emit(nb) for nb in new_blocks)
    return body

def build_new(all_listings):
    """Listings to add, built from the current ones so scopes stay consistent."""
    nb = {k: [] for k in FILES}
    cd = [l for l in all_listings["cdsa"]]
    def find(code, sub=None):
        for l in cd:
            if l.get("code") == code and (sub is None or l["substance"] == sub):
                return l
        return None
    # amphetamines: Schedule I 19(n) <- Schedule III 1(n+1) (1(1) for amphetamine)
    for l in cd:
        m = re.match(r"I-19(?:\((\d+)\))?$", l.get("code", ""))
        if not m:
            continue
        if m.group(1) is None:
            nb["cdsa"].append(sch3(l["substance"], None, "item 19", "2012-11-06", "Transferred to Schedule I by S.C. 2012, c. 1, ss. 44-45, in force 2012-11-06", class_=True)[1])
            continue
        n = int(m.group(1))
        k = 1 if n == 1 else n + 1
        nb["cdsa"].append(sch3(l["substance"], k if k <= 16 else None, f"item 19({n})", "2012-11-06",
                               "Transferred to Schedule I by S.C. 2012, c. 1, ss. 44-45, in force 2012-11-06")[1])
    # methamphetamine: Schedule III 1(2) until 2005-08-10
    nb["cdsa"].append(sch3("methamphetamine", 2, "item 18", "2005-08-10", "Transferred to Schedule I by SOR/2005-235, in force 2005-08-10")[1])
    nb["cdsa"].append(dict(substance="ca-i-18-methamphetamine", instrument="ca-cdsa", schedule="Schedule III", code="III-1", effective=CIF, until="2005-08-10",
        scope=SCOPE_SIA, citation=["Controlled Drugs and Substances Act (S.C. 1996, c. 19), Schedule III, item 1", ACT_CIT, "Transferred to Schedule I item 18 by SOR/2005-235, in force 2005-08-10"],
        source="; ".join([SRC_PIT3_2003, SRC_XML, SRC_CIF]),
        note=("Methamphetamine and its derivatives, isomers and analogues fell under Schedule III item 1 ('Amphetamines, their salts, derivatives, isomers "
              "and analogues ... including (2) methamphetamine') until SOR/2005-235 made them Schedule I item 18 (2005-08-10). " + ORIG_NOTE)))
    nb["cdsa"].append(dict(substance="ca-i-20-flunitrazepam", instrument="ca-cdsa", schedule="Schedule IV", code="IV-18", effective=CIF, until=W98,
        scope=["salts"], citation=["Controlled Drugs and Substances Act (S.C. 1996, c. 19), Schedule IV, item 18 (benzodiazepines, their salts and derivatives), subitem (14)", ACT_CIT, "SOR/98-173"],
        source="; ".join([SRC_XML, SRC_CIF]),
        note=("Flunitrazepam and its derivatives were benzodiazepines under Schedule IV item 18 ('Benzodiazepines, their salts and derivatives', subitem (14) "
              "flunitrazepam) until SOR/98-173 moved flunitrazepam to Schedule III; Schedule IV 18(33) now excepts 'Flunitrazepam ... and any salts or "
              "derivatives thereof'. End window as for the flunitrazepam listing. " + ORIG_NOTE)))
    nb["cdsa"].append(dict(substance="ca-i-20-flunitrazepam", instrument="ca-cdsa", schedule="Schedule III", code="III-25/26", effective=W98, until="2012-11-06",
        scope=["salts"], citation=["Controlled Drugs and Substances Act (S.C. 1996, c. 19), Schedule III, item 25 or 26 (repealed by S.C. 2012, c. 1, s. 46)", "SOR/98-173, s. 1", "Transferred to Schedule I item 20 by S.C. 2012, c. 1, ss. 44 and 46, in force 2012-11-06"],
        source="; ".join([SRC_XML, SRC_PIT3_2003, SRC_2013, SRC_SSCA]),
        note=("The Schedule III item is taken to have covered flunitrazepam's salts and derivatives, as the Schedule IV exception 18(33) added when it moved "
              "('Flunitrazepam ... and any salts or derivatives thereof') implies; its text was not read. " + NOTE98.format(n="25/26"))))
    # 4-AP analogues class: Schedule V 2022
    nb["fentanyl-family"].append(dict(substance="ca-vi-p1-30-n-phenyl-4-piperidinamine", instrument="ca-cdsa", schedule="Schedule V", code="V-1", effective="2022-08-31",
        until=win("2023-08-30", "2023-08-31"), temporary=True, added=True, scope=["salts"],
        citation=["Controlled Drugs and Substances Act (S.C. 1996, c. 19), Schedule V, item 1 (analogues and derivatives of N-phenyl-4-piperidinamine)", "SOR/2022-185"],
        source="; ".join([G_2022_185, SRC_XML]),
        note=("Time-limited designation of the analogues and derivatives of N-phenyl-4-piperidinamine (4-AP itself was already a Class A precursor), "
              "'From August 31, 2022 until August 30, 2023' (SOR/2022-185); the class became Schedule VI Part 1 item 30 on 2023-08-30 (SOR/2023-103). "
              "First control of the class, hence `added`.")))
    # ketamine as an analogue of phencyclidine (item 14) before it was named in 14(1)
    nb["cdsa"].append(dict(substance="ketamine", instrument="ca-cdsa", schedule="Schedule I", code="I-14", effective=win(CIF, "2005-05-02"),
        scope=["salts"], citation=["Controlled Drugs and Substances Act (S.C. 1996, c. 19), Schedule I, item 14 ('Phencyclidine ..., its salts, derivatives and analogues and salts of derivatives and analogues')", ACT_CIT],
        source="; ".join(["Health Canada, Office of Controlled Substances notice 'Status of ketamine under CDSA', 2005-05-02 (cscb.ca/article/status-ketamine-under-cdsa): ketamine 'is an analogue of phencyclidine (PCP), and is, therefore, captured as item 14 in Schedule I of the CDSA ... all offences and penalties associated with this schedule are now applicable to ketamine'", SRC_XML]),
        note=("Health Canada concluded (notice of 2005-05-02, after a notice to interested parties of 2004-02-07) that ketamine was already captured by item 14 "
              "as an analogue of phencyclidine; from when that reading applies is not settled, so the window runs from the Act (1997-05-14) to the notice. "
              "Ketamine was then named in subitem 14(1) (see that listing).")))
    # flunitrazepam: Schedule IV 18(14) -> Schedule III (1998-2003) -> Schedule I 20 (2012-11-06)
    nb["cdsa"].append(dict(substance="flunitrazepam", instrument="ca-cdsa", schedule="Schedule IV", code="IV-18(14)", effective=CIF, until=W98,
        scope=["salts"], citation=["Controlled Drugs and Substances Act (S.C. 1996, c. 19), Schedule IV, item 18, subitem (14)", ACT_CIT, "Repealed by SOR/98-173, s. 2"],
        source="; ".join([SRC_XML, SRC_CIF]),
        note=("Flunitrazepam was subitem 18(14) of Schedule IV (benzodiazepines) as enacted; the consolidation shows '(14) [Repealed, SOR/98-173, s. 2]'. "
              "SOR/98-173 (1998) moved it to Schedule III; its date was not read, so the end is a window from 1998-01-01 to the Schedule III version of "
              "2003-12-11. " + ORIG_NOTE)))
    nb["cdsa"].append(dict(substance="flunitrazepam", instrument="ca-cdsa", schedule="Schedule III", code="III-25/26", effective=W98, until="2012-11-06",
        scope=["salts"], citation=["Controlled Drugs and Substances Act (S.C. 1996, c. 19), Schedule III, item 25 or 26 (repealed by S.C. 2012, c. 1, s. 46)", "SOR/98-173, s. 1", "Transferred to Schedule I by S.C. 2012, c. 1, ss. 44 and 46, in force 2012-11-06"],
        source="; ".join([SRC_XML, SRC_PIT3_2003, SRC_2013, SRC_SSCA]),
        note=("In Schedule III from SOR/98-173 (1998; date not read) until the Safe Streets and Communities Act moved it to Schedule I item 20 on 2012-11-06. "
              "Schedule III items 25 and 26 ('[Repealed, 2012, c. 1, s. 46]') were flunitrazepam and GHB; which is which was not read. " + NOTE98.format(n="25/26"))))
    nb["cdsa"].append(dict(substance="ghb", instrument="ca-cdsa", schedule="Schedule III", code="III-25/26", effective=W98, until="2012-11-06", added=True,
        scope=["salts"], citation=["Controlled Drugs and Substances Act (S.C. 1996, c. 19), Schedule III, item 25 or 26 (repealed by S.C. 2012, c. 1, s. 46)", "Added by an order of 1998-2003 (SOR/98-173, SOR/2000-220, SOR/2003-32 or SOR/2003-412; not read)", "Transferred to Schedule I by S.C. 2012, c. 1, ss. 44 and 46, in force 2012-11-06"],
        source="; ".join([SRC_XML, SRC_PIT3_2003, SRC_2013, SRC_SSCA]),
        note=("GHB was first controlled in Canada by its addition to Schedule III (hence `added`), then moved to Schedule I item 21 on 2012-11-06. " + NOTE98.format(n="25/26"))))
    # 4-methylaminorex: Schedule III item 18 until 2017-12-13
    nb["cdsa"].append(dict(substance="4-methylaminorex", instrument="ca-cdsa", schedule="Schedule III", code="III-18", effective=CIF, until="2017-12-13",
        scope=["salts"], citation=["Controlled Drugs and Substances Act (S.C. 1996, c. 19), Schedule III, item 18", ACT_CIT, "Repealed by SOR/2017-249, s. 1 (moved into item 27)"],
        source="; ".join([SRC_XML, SRC_CIF, "Justice Laws point-in-time, CDSA Schedule III, version from 2016-10-31 to 2016-11-27 (laws-lois.justice.gc.ca/eng/acts/c-38.8/section-sched95602-20161031.html)", G_2017_249]),
        note="4-Methylaminorex was item 18 of Schedule III until SOR/2017-249 repealed the item and named it in item 27 (2017-12-13). " + ORIG_NOTE))
    # Schedule II item 1 cannabinoids named before 2015-07-16
    for sub, k, eff, extra in (("nabilone", "5", CIF, ORIG_NOTE), ("parahexyl", "6", CIF, ORIG_NOTE),
                               ("dmhp", "7.1", win("1998-01-01", "2003-01-30"),
                                "The decimal subitem (7.1) was inserted by SOR/98-157 or SOR/2003-32 (not read); it stands in the Schedule II version from 2003-01-30.")):
        nb["cdsa"].append(dict(substance=sub, instrument="ca-cdsa", schedule="Schedule II", code=f"II-1({k})", effective=eff, until="2015-07-16",
            scope=["salts"], citation=[f"Controlled Drugs and Substances Act (S.C. 1996, c. 19), Schedule II, item 1, subitem ({k})", ACT_CIT if eff == CIF else "Inserted by SOR/98-157 or SOR/2003-32", "Repealed by SOR/2015-192, in force 2015-07-16"],
            source="; ".join([SRC_PIT2_2003, SRC_XML] + ([SRC_CIF] if eff == CIF else [])),
            note=(f"Named in Schedule II item 1 ('Cannabis, its preparations, derivatives and similar synthetic preparations') as subitem ({k}); "
                  "SOR/2015-192 repealed the subitem and placed the substance in item 2 (synthetic cannabinoid receptor agonists) on 2015-07-16. " + extra)))
    # Schedule V time-limited designations (SOR/2022-185, SOR/2025-64)
    for sub in ("1-boc-4-ap", "4-fluoro-anilino-1-boc-piperidine", "n-4-fluorophenyl-4-piperidinamine", "4-bromo-anilino-1-boc-piperidine"):
        nb["fentanyl-family"].append(dict(substance=sub, instrument="ca-cdsa", schedule="Schedule V", code="V-1", effective="2022-08-31",
            until=win("2023-08-30", "2023-08-31"), temporary=True, added=True, scope=["salts"],
            citation=["Controlled Drugs and Substances Act (S.C. 1996, c. 19), Schedule V, item 1 (analogues and derivatives of N-phenyl-4-piperidinamine)", "SOR/2022-185"],
            source="; ".join([G_2022_185, SRC_XML]),
            note=("Time-limited designation 'From August 31, 2022 until August 30, 2023' (SOR/2022-185, in force on publication 2022-08-31); the item "
                  "was deleted on the earlier of two dates (text cut off in the copy read), and the substance became a Schedule VI Part 1 precursor "
                  "on 2023-08-30 (SOR/2023-103): end window 2023-08-30/31. First control, hence `added`.")))
    for sub, start, end_to, perm, perm_cit in (("carisoprodol", "2025-04-14", "2026-04-14", "2025-12-19", "Schedule IV item 28 (SOR/2025-221)"),
                                                ("phenethyl-bromide", "2025-04-14", "2026-04-14", "2026-04-12", "Schedule VI Part 1 item 33 (SOR/2026-38)"),
                                                ("propionic-anhydride", "2025-05-29", "2026-05-29", "2026-04-12", "Schedule VI Part 1 item 34 (SOR/2026-38)"),
                                                ("benzyl-chloride", "2025-05-29", "2026-05-29", "2026-04-12", "Schedule VI Part 2 item 7 (SOR/2026-38)")):
        tgt = "cdsa"
        period = {"2025-04-14": "April 14, 2025 to April 13, 2026", "2025-05-29": "May 29, 2025 to May 28, 2026"}[start]
        nb[tgt].append(dict(substance=sub, instrument="ca-cdsa", schedule="Schedule V", code="V-2025", effective=start,
            until=win(perm, end_to), temporary=True, added=True, scope=["salts"] if sub == "carisoprodol" else None,
            citation=["Controlled Drugs and Substances Act (S.C. 1996, c. 19), Schedule V (time-limited designation)", "SOR/2025-64"],
            source="; ".join([G_2025_64, SRC_XML]),
            note=(f"Time-limited designation, period '{period}' (SOR/2025-64, s. 1; the order is in force on 2025-04-14). The item was deleted on the "
                  f"earlier of two dates (text cut off in the copy read); the substance entered {perm_cit} on {perm}, so the end is a window from "
                  f"{perm} to the day after the period. First control in Canada, hence `added`.")))
    return nb

def main():
    check = "--check" in sys.argv
    cur = {k: tomllib.loads(p.read_text())["listing"] for k, p in FILES.items()}
    nb = build_new(cur)
    total = {}
    for k, p in FILES.items():
        stats = {"changed": 0, "untouched": 0}
        text = p.read_text()
        if "earlier placements and time-limited designations added" in text:
            print(f"{p}: already applied; skipping")
            continue
        out = apply_file(k, text, stats, nb[k])
        tomllib.loads(out)
        total[k] = (stats, len(nb[k]))
        if not check:
            p.write_text(out)
    for k, (s, n) in total.items():
        print(f"{k}: changed {s['changed']}, untouched {s['untouched']}, new {n}")

if __name__ == "__main__":
    main()
