"""Facts table for apply_history.py: GB (Misuse of Drugs Act 1971 classes and
Misuse of Drugs Regulations 2001 schedules) listing dates, compiled from the
texts named in SRC_* below (read through the search tool's stored copies of
legislation.gov.uk and Home Office pages, December 2026).

Rules used:
* MDA entries shown WITHOUT an amendment annotation in the legislation.gov.uk
  point-in-time text of Schedule 2 (as at 1 July 1991, Part I para 1(a) read
  from "Acetorphine" to "Rolicyclidine"; Part II current text) were in the Act
  as enacted: in force 1 July 1973 (SI 1973/795).
* MDA entries annotated in the 1991 text (F-notes, amending order not read):
  window 1973-07-01 .. 1991-07-01.
* A substance named in the MDR 2001 schedules as made (in force 1 Feb 2002)
  was a controlled drug by 2002-02-01: MDR listing exact 2002-02-01, and the
  MDA listing a window 1973-07-01 .. 2002-02-01 unless its order is known.
* Named amending orders read as made: exact coming-into-force date.
* Nothing read: window with not_before the earliest date the listing could
  take effect and not_after the gov.uk list date (2026-04-24), with a note.

Second pass (branch hist-gb2, facts appended at the end of this file):
* Part I para. 1(a) read from the 1 December 2020 point-in-time text as far
  as 'Methyldesorphine': an entry without an amendment annotation there was in
  the Act as enacted (exact 1 July 1973); an annotated one shares its inserting
  instrument with the entries carrying the same F-number.
* An amending instrument that inserts a word 'after X' shows X present on the
  day it was made (SI 1998/882 for the 1985 Regulations; SI 2024/1361).
* The Regulations' schedules list only controlled drugs: presence in them on a
  date bounds the Act listing's not_after.
* A Lords debate approving a draft Modification Order gives a lower bound (the
  Order is made only after approval); the order's coming-into-force day stays
  unread, so such listings are windows.
"""

LIST_DATE = "2026-04-24"
ACT = "1973-07-01"
MDR = "2002-02-01"

GOVUK = "gov.uk 'List of most commonly encountered drugs currently controlled under the misuse of drugs legislation' (reference csv eu_uk_uk_controlled_drugs.csv, fetched 2026-04-24)"
SRC_1991 = "legislation.gov.uk, Misuse of Drugs Act 1971 Schedule 2, point-in-time version as at 1 July 1991 (https://legislation.gov.uk/ukpga/1971/38/schedule/2/1991-07-01), read via search-tool excerpt"
SRC_P2 = "legislation.gov.uk, Misuse of Drugs Act 1971 Schedule 2 Part II, latest revised text with annotations (https://legislation.gov.uk/ukpga/1971/38/schedule/2/part/II), read via search-tool excerpt"
SRC_MDR_MADE = "legislation.gov.uk, Misuse of Drugs Regulations 2001 (SI 2001/3998) schedules as made (https://www.legislation.gov.uk/uksi/2001/3998/schedules/made) via search-tool excerpt, and the 113 rows of eu_uk_uk_controlled_drugs.csv read from that page"
SRC_S4P1 = "legislation.gov.uk, Misuse of Drugs Regulations 2001 Schedule 4 Part I, point-in-time 2015-06-01 with annotations (https://legislation.gov.uk/uksi/2001/3998/schedule/4/part/I/2015-06-01); NI counterpart as made (nisr/2002/1 Sch 4) for comparison"
SRC_S4P2 = "legislation.gov.uk, SI 1996/1300 art. 2 as made (https://legislation.gov.uk/uksi/1996/1300/article/2/made); Home Office Circular 29/1996; MDR 2001 schedules as made (csv rows 'Prasterone', 'Chorionic Gonadotrophin (HCG)') and NI counterpart nisr/2002/1 Sch 4 Pt II as made"
SRC_1973 = "legislation.gov.uk, SI 1973/771 as made (http://www.legislation.gov.uk/uksi/1973/771/made)"
SRC_1989 = "BAILII, SI 1989/1340 as made (https://beta.bailii.org/uk/legis/num_reg/1989/uksi_19891340_en.html)"
SRC_2003 = "Home Office Circular 039/2003 (gov.uk/government/publications/controlled-drugs--7): SI 2003/1243 and SI 2003/1432 in force 1 July 2003"
SRC_2003B = "BAILII, SI 2003/3201 as made (uk/legis/num_reg/2003/20033201)"
SRC_2006 = "vLex copy of SI 2006/3331 as made (made 14 December 2006, in force 18 January 2007)"
SRC_2009 = "legislation.gov.uk, SI 2009/3209 as made (https://www.legislation.gov.uk/uksi/2009/3209/made) and SI 2009/3136 as made; UNODC legal-system page for GB"
SRC_2010 = "Home Office Circular 010/2010 (SI 2010/1207, 2010/1143, 2010/1144 in force 16 April 2010); legislation.gov.uk SI 2010/1144 as made"
SRC_2010B = "legislation.gov.uk, SI 2010/1799 as made (Misuse of Drugs (Amendment No.2) (England, Wales and Scotland) Regulations 2010, in force 23 July 2010)"
SRC_2012 = "Home Office Circular 014/2012 (SI 2012/1390; implementation date 13 June 2012); Hansard, Lords Grand Committee debate on the draft Order (2-DPMP and related compounds, phenazepam)"
SRC_2013 = "legislation.gov.uk, SI 2013/239 as made (made 12 February 2013, in force on the fourteenth day after: 26 February 2013); Misuse of Drugs (Designation) (Amendment) Order 2013 in force 26 February 2013"
SRC_2014 = "legislation.gov.uk draft of SI 2014/1106 (in force 10 June 2014) and its explanatory memorandum (docslib copy); MDR annotations for SI 2014/1275 (10.6.2014)"
SRC_2014K = "BAILII, SI 2014/1376 as made (Misuse of Drugs (Designation) (Amendment) (No. 2) Order 2014, made 27 May 2014, in force 24 June 2014, inserting khat); UNODC legal-system page for GB (SI 2014/1352)"
SRC_2015 = "gov.uk Circular 001/2015 (SI 2014/3271, 2014/3276, 2014/3277 in force 7 January 2015); zoomlaw/legislation.gov.uk SI 2014/3277 as made"
SRC_2017 = "docslib copies of SI 2017/634 as made (made 3 May 2017, in force on the 28th day after: 31 May 2017) and its explanatory memorandum; legislation.gov.uk SI 2017/631 and 2017/632 (in force 31 May 2017)"
SRC_2021 = "gov.uk Circular 006/2021 (SI 2021/868 and 2021/897 in force 18 August 2021)"
SRC_2022 = "legislation.gov.uk, SI 2022/322 as made (in force 13 April 2022)"
SRC_KET = "UNODC legal-system page for GB (ketamine Class C by SI 2005/3178; Class B by SI 2014/1106); legislation.gov.uk MDR 2001 Sch 4 Pt I point-in-time 2015-06-01 annotation F3 (ketamine inserted 1.1.2006 by SI 2005/3372)"
SRC_2015MT = "legislation.gov.uk, MDR 2001 schedules point-in-time 2015-03-11 (MT-45 inserted, annotation F8); SI 2014/3277 as made (in force 7 January 2015) does not insert MT-45; BAILII SI 2015/704 (Designation Order made 12 March 2015 lists MT-45)"

C_ACT = "Misuse of Drugs Act 1971 (c. 38), Schedule 2 as enacted; Act in force 1 July 1973 (SI 1973/795)"
C_MDR = "Misuse of Drugs Regulations 2001 (SI 2001/3998), schedules as made, in force 1 February 2002"


def ex(date, cit, src, note, added=None, until=None):
    return {"effective": date, "citation": cit, "source": src, "note": note, "added": added, "until": until}


def win(nb, na, cit, src, note, added=None, until=None):
    return {"effective": {"not_before": nb, "not_after": na}, "citation": cit, "source": src, "note": note,
            "added": added, "until": until}


NO_TCDO = {"3-4-dichloroethylphenidate", "4-fluoroethylphenidate", "4-fluoromethylphenidate", "methylmorphenate"}


def ex1(s, *a):
    return ex(*a, added=(True if s in NO_TCDO else None))


def ids(s):
    return s.split()


# ---------------------------------------------------------------- MDA facts
MDA = {}

for s in ids("""acetorphine allylprodine alphacetylmethadol alphameprodine alphamethadol alphaprodine anileridine
benzethidine benzylmorphine betacetylmethadol betameprodine betamethadol betaprodine bezitramide bufotenine
clonitazene coca-leaf cocaine desomorphine dextromoramide heroin diampromide diethylthiambutene codoxime
dihydromorphine dimenoxadol dimepheptanol dimethylthiambutene dioxaphetyl-butyrate diphenoxylate dipipanone
ecgonine gb-ecgonine-derivatives ethylmethylthiambutene lysergic-acid-amide lsd gb-n-alkyl-lysergamides mescaline
metazocine methadone acetylmethadol methyldesorphine methyldihydromorphine metopon morpheridine morphine
morphine-methylbromide gb-pentavalent-nitrogen-morphine-derivatives myrophine nicomorphine noracymethadol
norlevorphanol normethadone normorphine norpipanone opium opium-prepared-or-medicinal oxycodone oxymorphone pethidine
phenadoxone phenampromide phenazocine phenomorphan phenoperidine piminodine piritramide poppy-straw
concentrate-of-poppy-straw proheptazine properidine psilocin racemethorphan racemoramide racemorphan"""):
    MDA[(s, "Class A")] = ex(ACT, [C_ACT, "Schedule 2, Part I, para. 1(a)"], SRC_1991,
                             "In Schedule 2 Part I as enacted: listed without an amendment annotation in the 1991 point-in-time text; controlled from the Act's commencement. Earlier law (Dangerous Drugs Acts) not modelled.")

for s in ids("acetyldihydrocodeine amphetamine codeine dihydrocodeine ethylmorphine methylphenidate nicocodeine norcodeine phenmetrazine pholcodine"):
    MDA[(s, "Class B")] = ex(ACT, [C_ACT, "Schedule 2, Part II, para. 1(a)"], SRC_P2,
                             "In Schedule 2 Part II as enacted: listed without an amendment annotation in the revised text; controlled from the Act's commencement. Earlier law not modelled.")

C1973 = ["The Misuse of Drugs Act 1971 (Modification) Order 1973 (SI 1973/771), art. 2 (in operation on the day appointed for s. 2(2); the Act in force 1 July 1973, SI 1973/795)"]
MDA[("drotebanol", "Class A")] = ex(ACT, C1973, SRC_1973, "Inserted in Part I by SI 1973/771 before the Act took effect; in force with the Act on 1 July 1973.")
MDA[("propiram", "Class B")] = ex(ACT, C1973, SRC_1973, "Inserted in Part II by SI 1973/771 before the Act took effect; in force with the Act on 1 July 1973.")
MDA[("nicodicodine", "Class B")] = ex(ACT, C1973, SRC_1973, "Moved from Part I (as enacted) to Part II by SI 1973/771 before the Act took effect, so Class B from 1 July 1973.")

for s in ids("eticyclidine rolicyclidine carfentanil difenoxin phencyclidine alfentanil"):
    MDA[(s, "Class A")] = win(ACT, "1991-07-01", ["Misuse of Drugs Act 1971, Schedule 2, Part I, para. 1(a) (entry inserted by a Modification Order between 1973 and 1991; order not identified)"], SRC_1991,
                              "Entry carries an insertion annotation (F-note) in the 1991 point-in-time text, so it was added by one of the Modification Orders of 1975-1990 (SI 1975/421 ... 1990/2589); the annotation text was not read. Window: not before the Act, in force by 1 July 1991.")

C1989 = ["The Misuse of Drugs Act 1971 (Modification) Order 1989 (SI 1989/1340), art. 2 (in force 18 September 1989)"]
MDA[("buprenorphine", "Class C")] = ex("1989-09-18", C1989, SRC_1989, "Added to Part III by SI 1989/1340.", added=True)
MDA[("pemoline", "Class C")] = ex("1989-09-18", C1989, SRC_1989, "Added to Part III by SI 1989/1340 (it had been omitted from the Act as enacted by SI 1973/771 before the Act took effect).", added=True)

# 1996 anabolic steroids and hormones
C1996 = ["The Misuse of Drugs Act 1971 (Modification) Order 1996 (SI 1996/1300), art. 2 (in force 1 September 1996)"]
STER96 = ids("""atamestane 19-nor-4-androstenediol-3beta bolasterone bolazine boldenone bolenol bolmantalate calusterone
dehydrochloromethyltestosterone clostebol drostanolone enestebol epitiostanol ethylestrenol fluoxymesterone formebolone
furazabol mebolazine mepitiostane mesabolone mestanolone mesterolone methandienone methandriol methenolone
methyltestosterone methyltrienolone mibolerone nandrolone norbolethone norclostebol norethandrolone ovandrotone
4-hydroxy-19-nortestosterone oxandrolone oxymesterone oxymetholone prasterone propetandrol quinbolone roxibolone
silandrone 4-dihydrotestosterone stanozolol stenbolone testosterone tiomesterone trenbolone""")
HORM96 = ids("clenbuterol chorionic-gonadotrophin non-human-chorionic-gonadotrophin somatotropin somatrem somatropin")
for s in STER96:
    MDA[(s, "Class C")] = ex("1996-09-01", C1996, SRC_S4P2, "Named in Part III para. 1(b) as added by SI 1996/1300 (first control of anabolic steroids under the Act, Home Office Circular 29/1996).", added=True)
for s in HORM96:
    MDA[(s, "Class C")] = ex("1996-09-01", C1996, SRC_S4P2, "Added to Part III by SI 1996/1300 (Home Office Circular 29/1996: clenbuterol and five polypeptide hormones brought under control with the steroids).", added=True)
SRC_2009EM = "Explanatory memorandum to SI 2009/3209 (fdocuments/paperzz copies): Part 3 adds GBL, 1,4-BD, BZP and substituted piperazines, '15 anabolic steroids and 2 non-steroidal agents (growth promoters)' and oripavine as Class C; OCTF news 23 December 2009; Home Office news release 091/2009 (consultation: 'a further 24 anabolic steroids and two non-steroidal substances'); politics.co.uk 7 August 2008 list of the 24 steroids (with isomers) and the growth promoters zeranol and zilpaterol"
C2009S = ["The Misuse of Drugs Act 1971 (Amendment) Order 2009 (SI 2009/3209), Part 3 (Class C) (in force 23 December 2009)"]
STER09 = ids("""1-androstenediol 1-androstenedione boldione gestrinone danazol desoxymethyltestosterone 19-nor-4-androstenedione
prostanozol tetrahydrogestrinone 5alpha-androstane-3-17-diol 4-androstenediol 5-androstenedione 3-hydroxy-5alpha-androstan-17-one
19-norandrosterone 19-noretiocholanolone""")
for s in STER09:
    MDA[(s, "Class C")] = ex("2009-12-23", C2009S, SRC_2009EM,
                             "One of the anabolic steroids announced in 2008 and added to Class C by SI 2009/3209 ('15 anabolic steroids', explanatory memorandum). The Order's Part 3 text was not read: the 15 are identified from the announced list (24 names counting isomers, 15 distinct compounds besides dihydrotestosterone = stanolone, already controlled in 1996).", added=True)
for s in ids("zeranol zilpaterol"):
    MDA[(s, "Class C")] = ex("2009-12-23", C2009S, SRC_2009EM, "Non-steroidal growth promoter added to Class C by SI 2009/3209 (explanatory memorandum: '2 non-steroidal agents'; named in the 2008 announcement).", added=True)
MDA[("oripavine", "Class C")] = ex("2009-12-23", C2009S, SRC_2009EM, "Added to Class C by SI 2009/3209 (explanatory memorandum para. 2.1(v)).", added=True)
STER_LATER = ids("4-androstenedione 5-androstenediol 19-nor-5-androstene-13-17-diol 6-beta-hydroxytestosterone")
for s in STER_LATER:
    MDA[(s, "Class C")] = win("1996-09-01", LIST_DATE, ["Misuse of Drugs Act 1971, Schedule 2, Part III (Class C); amending order not read"], GOVUK + "; " + SRC_2009EM,
                              "Not among the 1996 named steroids nor in the 2008-2009 list of added steroids; the order (or generic definition) that covers it was not read. Window: not before anabolic steroids were first controlled (1 September 1996).")
MDA[("gb-psilocin-containing-fungus", "Class A")] = win("2005-04-07", "2015-03-11", ["Drugs Act 2005 (c. 17), s. 21 (inserting 'Fungus (of any kind) which contains psilocin or an ester of psilocin' in Schedule 2, Part I); commencement date not read"], SRC_2015MT + "; SI 2017/634 footnote listing 'section 21 of the Drugs Act 2005' among the amendments of Schedule 2",
                                                         "Inserted by s. 21 of the Drugs Act 2005 (Royal Assent 7 April 2005, so not earlier); shown in MDR Schedule 1 (annotation F3) in the 11 March 2015 point-in-time text. Window.")

# Benzodiazepines etc. in MDR 2001 Sch 4 Pt I as made
S4P1_MADE = ids("""alprazolam aminorex bromazepam brotizolam camazepam chlordiazepoxide clobazam clonazepam clorazepate
clotiazepam cloxazolam delorazepam diazepam estazolam ethyl-loflazepate fencamfamin fenproporex fludiazepam flurazepam
halazepam haloxazolam ketazolam loprazolam lorazepam lormetazepam medazepam mefenorex mesocarb nimetazepam nitrazepam
nordiazepam oxazepam oxazolam pinazepam prazepam pyrovalerone tetrazepam triazolam n-ethylamphetamine midazolam""")
for s in S4P1_MADE:
    MDA[(s, "Class C")] = win(ACT, MDR, ["Misuse of Drugs Act 1971, Schedule 2, Part III (Class C); inserting order not identified", C_MDR + ", Schedule 4 Part I"], SRC_S4P1,
                              "Named in MDR 2001 Schedule 4 Part I as made, so a controlled drug by 1 February 2002; the Modification Order that added it to Class C (Schedule 2 to the Act lists SI 1984/859 and others) was not read. Window: not before the Act, in force by 1 February 2002.")

# MDR 2001 Sch 1 as made (excerpt and csv) -> MDA window
S1_MADE_A = ids("""dob det dmt dom n-hydroxy-mda tenocyclidine etryptamine 4-methylaminorex mdal
2-amino-1-2-5-dimethoxy-4-methylphenyl-ethanol 2-amino-1-3-4-dimethoxyphenyl-ethanol benzyl-alpha-methyl-3-4-methylenedioxyphenethyl-amine
4-bromo-beta-2-5-trimethoxyphenethylamine n-4-sec-butylthio-2-5-dimethoxyphenethyl-hydroxylamine
cyclopropylmethyl-alpha-methyl-3-4-methylenedioxyphenethyl-a 2-4-7-dimethoxy-2-3-dihydro-1h-indan-5-yl-ethylamine
2-4-7-dimethoxy-2-3-dihydro-1h-indan-5-yl-1-methylethylamine 2-2-5-dimethoxy-4-methylphenyl-cyclopropylamine
2-1-4-dimethoxy-2-naphthyl-ethylamine 2-1-4-dimethoxy-2-naphthyl-1-methylethylamine n-2-5-dimethoxy-4-propylthiophenthyl-hydroxylamine
2-1-4-dimethoxy-5-6-7-8-tetrahydro-2-naphthyl-ethylamine 2-1-4-dimethoxy-5-6-7-8-tetrahydro-2-naphthyl-1-methylethyla
alpha-alpha-dimethyl-3-4-methylenedioxyphenethylamine alpha-alpha-dimethyl-3-4-methylenedioxyphenethyl-methyl-amin
dimethyl-alpha-methyl-3-4-methylenedioxyphenethyl-amine n-4-ethylthio-2-5-dimethoxyphenethyl-hydroxylamine
4-iodo-2-5-dimethoxy-alpha-methylphenethyl-dimethyl-amine 2-5-methoxy-2-2-dimethyl-2-3-dihydrobenzo-beta-furan-6-yl-1
2-5-methoxy-2-methyl-2-3-dihydrobenzo-beta-furan-6-yl-1-meth n-methyl-n-alpha-methyl-3-4-methylenedioxyphenethyl-hydroxyl
4-mta""")
for s in S1_MADE_A:
    MDA[(s, "Class A")] = win(ACT, MDR, ["Misuse of Drugs Act 1971, Schedule 2, Part I (Class A); inserting order not identified", C_MDR + ", Schedule 1"], SRC_MDR_MADE,
                              "Named in MDR 2001 Schedule 1 as made, so a controlled drug by 1 February 2002; the order that added it to Class A was not read. Window: not before the Act, in force by 1 February 2002.")

# generic definitions as made in MDR 2001 Sch 1 (tryptamines para 1(b); ring-substituted phenethylamines para 1(d))
GEN_TRYPT = ids("n-methyltryptamine 5-meo-dmt")
for s in GEN_TRYPT:
    MDA[(s, "Class A")] = win(ACT, MDR, ["Misuse of Drugs Act 1971, Schedule 2, Part I, para. 1(b) (N-alkyl tryptamines and ring-hydroxy tryptamines, with their esters and ethers)", C_MDR + ", Schedule 1 para. 1(b)"], SRC_MDR_MADE,
                              "Covered by the generic tryptamine definition (5-MeO-DMT as an ether of a ring-hydroxy N,N-dialkyltryptamine) in force by 1 February 2002 (MDR 2001 as made); the order that made the generic was not read.")
GEN_PEA = ids("""mda mdea mbdb n-n 2c-b 2c-c 2c-t-7 2-5-dimethoxy-4-iodoamphetamine 2-5-dimethoxy-4-dimethylphenethylamine
3-4-dimethoxyamphetamine 3-methoxy-4-ethoxy-alpha-methylphenethylamine 3-methoxy-4-hydroxyamphetamine
3-methoxy-4-hydroxymethamphetamine 3-methoxy-4-hydroxyphenethylamine 3-hydroxy-4-methoxyphenethylamine hmma
homoveratrylamine n-methylhomoveratrylamine bromophenethylamine chloroamphetamine chlorophenethylamine fluorophenethylamine
methoxyphenethylamine 2-4-dichlorophenethylamine 2-6-dichlorophenethylamine 3-4-dichlorophenethylamine
2-chloro-6-fluorophenethylamine 4-bromo-2-5-dimethoxy-methylphenethylamine""")
for s in GEN_PEA:
    MDA[(s, "Class A")] = win(ACT, MDR, ["Misuse of Drugs Act 1971, Schedule 2, Part I, para. 1(c) (ring-substituted phenethylamines)", C_MDR + ", Schedule 1 para. 1(d)"], SRC_MDR_MADE + "; Home Office consultation letter on 36 further phenethylamines (MDMA 'controlled ... as a Class A drug since 1977 ... by means of the generic definition in paragraph 1(c) of Part I')",
                              "Covered by the generic ring-substituted phenethylamine definition (made in 1977 per the Home Office consultation letter; coming-into-force day of SI 1977/1243 not read), in force by 1 February 2002 (MDR 2001 as made). Whether this exact compound fell within the 1977 wording was not checked: window.")
MDA[("mdma", "Class A")] = win("1977-01-01", "1977-12-31", ["The Misuse of Drugs Act 1971 (Modification) Order 1977 (SI 1977/1243) (generic definition, Schedule 2, Part I, para. 1(c))"], "Home Office consultation letter 'Proposed Changes to the Misuse of Drugs Act, Adding Phenethylamines' (erowid/catbull copy): MDMA 'has been controlled under the Misuse of Drugs Act 1971 as a Class A drug since 1977 ... by means of the generic definition in paragraph 1(c) of Part I'",
                               "Controlled since 1977 through the generic phenethylamine definition; the coming-into-force day of SI 1977/1243 was not read, so the year is a window.", added=True)
S1_36 = ids("""1-3-4-methylenedioxybenzyl-butyl-ethyl-amine 1-3-4-methylenedioxybenzyl-butyl-methyl-amine
2-1-4-methano-5-8-dimethoxy-1-2-3-4-tetrahydro-6-naphthyl-1 2-1-4-methano-5-8-dimethoxy-1-2-3-4-tetrahydro-6-naphthyl-et
2-alpha-methyl-3-4-methylenedioxyphenethylamino-ethanol 2-methoxyethyl-alpha-methyl-3-4-methylenedioxyphenethyl-amin
alpha-methyl-3-4-methylenedioxyphenethyl-prop-2-ynyl-amine beta-2-5-trimethoxy-4-methylphenethylamine
beta-3-4-5-tetramethoxyphenethylamine beta-methoxy-3-4-methylenedioxyphenethylamine
o-methyl-n-alpha-methyl-3-4-methylenedioxyphenethyl-hydroxyl""")
for s in S1_36:
    MDA[(s, "Class A")] = win(ACT, MDR, ["Misuse of Drugs Act 1971, Schedule 2, Part I, para. 1(ba)/(c) (named phenethylamine derivatives); inserting order not identified", C_MDR + ", Schedule 1 para. 1(c)"], SRC_MDR_MADE,
                              "One of the named phenethylamine derivatives of MDR 2001 Schedule 1 para. 1(c) as made (the list was read in part; this entry is in the same alphabetical block), so a controlled drug by 1 February 2002. Window.")

# pre-2002, seen in MDR 2001 as made (csv rows, Sch 2/3/4)
for s, cls in [("hydrocodone", "Class A"), ("hydromorphinol", "Class A"), ("thebacon", "Class A"), ("levorphanol", "Class A"),
               ("methadone-intermediate", "Class A"), ("pethidine-intermediate-a", "Class A"), ("moramide-intermediate", "Class A"),
               ("pethidine-intermediate-b", "Class A"), ("tilidine", "Class A"), ("secobarbital", "Class B"),
               ("methylphenobarbital", "Class B"), ("cathine", "Class C"), ("cathinone", "Class C"), ("methcathinone", "Class B"),
               ("zipeprol", "Class B")]:
    MDA[(s, cls)] = win(ACT, MDR, ["Misuse of Drugs Act 1971, Schedule 2 (" + cls + "); inserting order not identified", C_MDR], SRC_MDR_MADE,
                        "Named in the MDR 2001 schedules as made, so a controlled drug by 1 February 2002 (for zipeprol: inserted in Part II by the same order as methcathinone, annotation F17). Window: not before the Act, in force by 1 February 2002.")

C2009_ = ["The Misuse of Drugs Act 1971 (Amendment) Order 2009 (SI 2009/3209) (in force 23 December 2009)"]
# barbiturates: MDR 1985 Schedule 3 para. 1(b) (5,5-disubstituted barbituric acids) amended by SI 1988/916
SRC_1988 = "BAILII, SI 1988/916 as made (Misuse of Drugs (Amendment) Regulations 1988, in force 13 July 1988): moves quinalbarbitone to Schedule 2 and adds 'not being quinalbarbitone' to para. 1(b) of Schedule 3 of the Misuse of Drugs Regulations 1985"
for s in ids("""allobarbital alphenal amobarbital aprobarbital barbital butabarbital butalbital butallylonal butobarbital cyclobarbital
cyclopal heptabarbital hexethal nealbarbitone pentobarbital phenobarbital probarbital propallylonal proxibarbital talbutal
vinbarbital vinylbital gb-5-5-disubstituted-barbituric-acids"""):
    MDA[(s, "Class B")] = win(ACT, "1988-07-13", ["Misuse of Drugs Act 1971, Schedule 2, Part II (any 5,5-disubstituted barbituric acid); inserting order not identified", "Misuse of Drugs Regulations 1985 (SI 1985/2066), Schedule 3 para. 1(b), as amended by SI 1988/916"], SRC_1988,
                              "A 5,5-disubstituted barbituric acid: the 1985 Regulations' Schedule 3 para. 1(b) (barbiturates, 'not being quinalbarbitone' from 13 July 1988) lists only controlled drugs, so barbiturates were controlled by then; the Act order that added them was not read. Window.")
MDA[("secobarbital", "Class B")] = win(ACT, "1988-07-13", ["Misuse of Drugs Act 1971, Schedule 2, Part II; inserting order not identified", "Misuse of Drugs Regulations 1985, Schedule 2 para. 6 as amended by SI 1988/916 ('Quinalbarbitone')"], SRC_1988,
                                       "Quinalbarbitone (secobarbital) was moved to Schedule 2 of the 1985 Regulations on 13 July 2988 by SI 1988/916, so a controlled drug by then. Window.".replace("2988", "1988"))
for s in ids("benzoylecgonine methylecgonine cocaethylene hydroxycocaine hydroxybenzoylecgonine propylbenzoylecgonine"):
    MDA[(s, "Class A")] = ex(ACT, [C_ACT, "Schedule 2, Part I, para. 1(a): 'Ecgonine, and any derivative of ecgonine which is convertible to ecgonine or to cocaine'"], SRC_1991,
                             "An ecgonine ester convertible to ecgonine by hydrolysis, within the ecgonine entry of Part I as enacted (no amendment annotation in the 1991 text). The gov.uk list names it separately.")
for s in ids("6-monoacetylmorphine 3-monoacetylmorphine"):
    MDA[(s, "Class A")] = ex(ACT, [C_ACT, "Schedule 2, Part I, para. 3 (esters and ethers of para. 1 substances): ester of morphine"], SRC_1991 + "; " + SRC_1973 + " (para. 3 of Part I existed as enacted)",
                             "A morphine ester, controlled through Part I para. 3 of the Act as enacted (morphine listed without annotation in the 1991 text).")
for s in ids("""benzylpiperazine tfmpp 1-3-chlorophenyl-piperazine 1-4-chlorophenyl-piperazine 1-4-fluorophenyl-piperazine
1-4-methoxyphenyl-piperazine 1-4-methylphenyl-piperazine 1-3-methylphenyl-piperazine 1-4-dibenzylpiperazine
1-benzyl-4-methylpiperazine cpcpp"""):
    MDA[(s, "Class C")] = ex("2009-12-23", C2009_, SRC_2009, "Piperazine brought under Class C by SI 2009/3209 (UNODC: BZP added to Class C in 2009; mCPP and CPCPP inserted in MDR Schedule 4 Part I the same day by SI 2009/3136). The Part 3 text of the Order was not read: the other piperazines are taken to fall in the same benzyl/phenylpiperazine generic.", added=True)


# SI 1973/798 (Misuse of Drugs (Safe Custody) Regulations 1973) Schedule 1, in operation 1 July 1973, names these
# as controlled drugs (liquid preparations exempted); BMJ 1974;1:73 (D. A. Cahal) gives the 1 July 1973 date.
SRC_SC73 = "legislation.gov.uk, SI 1973/798 Schedule 1 as made (https://legislation.gov.uk/uksi/1973/798/schedule/1/made); regs 1, 2, 5 and Schedule 1 in operation 1 July 1973 (BMJ 1974;1:73, D. A. Cahal, 'Misuse of Drugs Regulations 1973'; drug-cabinet.co.uk copy of reg. 1)"
for s in ids("benzphetamine chlorphentermine mephentermine phendimetrazine pipradrol"):
    MDA[(s, "Class C")] = ex(ACT, [C_ACT, "Schedule 2, Part III, para. 1"], SRC_SC73,
                             "Named as a controlled drug in Schedule 1 to the Safe Custody Regulations 1973, in operation with the Act on 1 July 1973, so controlled from the Act's commencement. Its Part III (Class C) placement as enacted was not read directly (the Part III text was not available); no later transfer is known.")
C_F16 = ["Misuse of Drugs Act 1971, Schedule 2, Part II (Class B), entry annotated F16 (the same amending instrument as 'Methylphenobarbitone'); instrument not identified"]
for s in ids("mecloqualone methaqualone"):
    MDA[(s, "Class B")] = win(ACT, MDR, C_F16, SRC_P2 + "; " + SRC_MDR_MADE + ("; " + SRC_SC73 if s == "methaqualone" else ""),
                              "Inserted in Part II by the instrument of annotation F16, which also inserted Methylphenobarbitone; methylphenobarbitone is named in the MDR 2001 schedules as made, so that instrument was in force by 1 February 2002. Window." + (" (Methaqualone was already a controlled drug on 1 July 1973 under SI 1973/798; its class before the F16 insertion was not read.)" if s == "methaqualone" else ""))
SRC_95 = "BAILII / global-regulation copies of SI 1995/3244 as made (Misuse of Drugs (Amendment) (No. 2) Regulations 1995, made 10 December 1995): moves temazepam from Schedule 4 to Schedule 3 of the 1985 Regulations"
MDA[("temazepam", "Class C")] = win(ACT, "1995-12-10", ["Misuse of Drugs Act 1971, Schedule 2, Part III; inserting order not identified", "Misuse of Drugs Regulations 1985 (SI 1985/2066), Schedules 3 and 4, as amended by SI 1995/3244"], SRC_95,
                                    "Temazepam was in Schedule 4 of the 1985 Regulations (which list only controlled drugs) when SI 1995/3244 was made on 10 December 1995. Window.")
for s in ids("morphine-3-b-d-glucoride-n-oxide morphine-6-b-d-glucuronide-n-oxide"):
    MDA[(s, "Class A")] = ex(ACT, [C_ACT, "Schedule 2, Part I, para. 1(a): 'Morphine methobromide, morphine N-oxide and other pentavalent nitrogen morphine derivatives'"], SRC_1991,
                             "An N-oxide of a morphine derivative, within the pentavalent-nitrogen morphine entry of Part I as enacted (no amendment annotation in the 1991 text).")
MDA[("morphine-3-b-d-glucuronide", "Class A")] = ex(ACT, [C_ACT, "Schedule 2, Part I, para. 3 (esters and ethers of para. 1 substances)"], SRC_1991,
                                                   "The 3-O-glucuronide is an ether of morphine at the phenolic oxygen, controlled through Part I para. 3 as enacted (morphine listed without annotation in the 1991 text).")
MDA[("norcocaine", "Class A")] = ex(ACT, [C_ACT, "Schedule 2, Part I, para. 1(a): 'Ecgonine, and any derivative of ecgonine which is convertible to ecgonine or to cocaine'"], SRC_1991,
                                    "N-demethylated cocaine, convertible to cocaine (N-methylation): within the ecgonine entry of Part I as enacted.")
for s in ids("lysergic-acid-n-methylopropyl-amide n-methyl-lysergic-acid-diethylamide"):
    MDA[(s, "Class A")] = ex(ACT, [C_ACT, "Schedule 2, Part I, para. 1(a): 'Lysergide and other N-alkyl derivatives of lysergamide'"], SRC_1991,
                             "An N-alkyl derivative of lysergamide, within the entry of Part I as enacted (no amendment annotation in the 1991 text). The gov.uk list names it separately.")
MDA[("3-methylfentanyl", "Class A")] = win(ACT, MDR, ["Misuse of Drugs Act 1971, Schedule 2, Part I (generic fentanyl definition: substitution in the piperidine ring with alkyl groups); inserting order not identified", C_MDR + ", Schedule 1/2 (same generic wording)"], SRC_MDR_MADE,
                                           "Covered by the generic fentanyl definition whose clause 'by substitution in the piperidine ring with alkyl or alkenyl groups' is in the MDR 2001 as made. Window.")


# entries shown present by the text of a later amending instrument ("after X insert Y")
for s in ids("glutethimide lefetamine"):
    MDA[(s, "Class B")] = win(ACT, "2014-06-10", ["Misuse of Drugs Act 1971, Schedule 2, Part II, para. 1(a) (entry annotated F11, shared by Glutethimide and Lefetamine); inserting instrument not identified"],
                              SRC_P2 + "; " + SRC_2014 + " (art. 4(a)(i): in Part 2 para. 1(a) 'after \"Glutethimide\", insert \"Ketamine.\"')",
                              "SI 2014/1106 (in force 10 June 2014) inserts ketamine after 'Glutethimide' in Part 2, so glutethimide was Class B by then" + (" ; lefetamine was inserted by the same instrument as glutethimide (shared annotation F11)" if s == "lefetamine" else "") + ". Window.")
SRC_2010C = "Home Office Circular 010/2010 (bluelight.org / studyres.com copies): 'Cathinone and the 2 cathinone derivatives already controlled as Class C drugs - diethylpropion and pyrovalerone - should continue to be coded under \"other Class C drugs\"'"
MDA[("diethylpropion", "Class C")] = win(ACT, "2010-04-16", ["Misuse of Drugs Act 1971, Schedule 2, Part III; inserting order not identified"], SRC_2010C,
                                         "Home Office Circular 010/2010 (16 April 2010) states diethylpropion was already a Class C drug. Window.")
SRC_2018 = "legislation.gov.uk, SI 2018/1383 as made (made 17 December 2018): 'In paragraph 1(a) of Schedule 3 ... after \"Flunitrazepam\" insert Gabapentin'; gov.uk Circular 006/2021 and the draft 2021 Order ('after \"Flunitrazepam.\" insert Flunitrazolam' in Part 3 of the Act)"
MDA[("flunitrazepam", "Class C")] = win(ACT, "2018-12-17", ["Misuse of Drugs Act 1971, Schedule 2, Part III; inserting order not identified", "Misuse of Drugs Regulations 2001, Schedule 3 para. 1(a) (as amended by SI 2018/1383)"], SRC_2018,
                                        "Named in MDR Schedule 3 (which lists only controlled drugs) when SI 2018/1383 was made on 17 December 2018, and in Part 3 of the Act in 2021. Window.")

# cannabis family
C2008 = ["The Misuse of Drugs Act 1971 (Amendment) Order 2008 (SI 2008/3130) (reclassification to Class B in force 26 January 2009)"]
for s in ids("cannabinol gb-cannabinol-derivatives tetrahydrocannabinols dronabinol"):
    MDA[(s, "Class B")] = ex("2009-01-26", C2008, GOVUK + "; SI 2003/3201 (BAILII) for the earlier classes",
                             "Class B since the 2009 reclassification of cannabinol and cannabinol derivatives (Class A as enacted, Class C from 29 January 2004)." + (" Tetrahydrocannabinols and dronabinol fall under 'cannabinol derivatives' (Schedule 2 Part IV)." if s in ("tetrahydrocannabinols", "dronabinol") else ""))
MDA[("cannabis-resin-and-extracts", "Class B")] = ex("2009-01-26", C2008, GOVUK, "Class B again from 26 January 2009 (Class C 29 January 2004 - 25 January 2009).")
for s in ids("cannabis-oil sativex epidyolex gb-cannabis-based-products-for-medicinal-use"):
    MDA[(s, "Class B")] = ex("2009-01-26", C2008, GOVUK, "Product made from cannabis / cannabinol derivatives: Class B from the 2009 reclassification of cannabis and cannabinol derivatives; its earlier classes are not recorded on this product entry.")

MDA[("methamphetamine", "Class A")] = ex("2007-01-18", ["The Misuse of Drugs Act 1971 (Amendment) Order 2006 (SI 2006/3331), art. 2 (in force 18 January 2007)"], SRC_2006,
                                         "Moved from Part II (Class B) to Part I (Class A) by SI 2006/3331.")
MDA[("nabilone", "Class B")] = ex("2009-12-23", ["The Misuse of Drugs Act 1971 (Amendment) Order 2009 (SI 2009/3209), art. 2(2)(a) (Part 2 para. 1(c); in force 23 December 2009)"], SRC_2009,
                                  "Named in Part 2 para. 1(c) as inserted by SI 2009/3209; its earlier status (if any) was not read.")

# cathinones
C2010 = ["The Misuse of Drugs Act 1971 (Amendment) Order 2010 (SI 2010/1207) (generic cathinone definition, Part 2 para. 1(aa); in force 16 April 2010)"]
for s in ids("methylone butylone 3-fmc 4-methoxymethcathinone mdpv"):
    MDA[(s, "Class B")] = ex("2010-04-16", C2010, SRC_2010, "Covered by the generic cathinone definition made by SI 2010/1207 (ring-substituted / N-alkylated / N-cyclised 2-amino-1-phenyl-1-propanones).", added=True)
MDA[("naphyrone", "Class B")] = win("2010-04-16", "2010-07-23", ["Misuse of Drugs Act 1971, Schedule 2, Part 2 (naphthyl/other-ring cathinone generic); amending order not read", "The Misuse of Drugs (Amendment No.2) (England, Wales and Scotland) Regulations 2010 (SI 2010/1799), in force 23 July 2010"], SRC_2010B,
                                   "Outside the April 2010 phenyl-cathinone generic; MDR Schedule 1 para. 1(n) (inserted 23 July 2010) covers it, so a controlled drug by then. The Act order itself was not read. Window.", added=True)

C2012 = ["The Misuse of Drugs Act 1971 (Amendment) Order 2012 (SI 2012/1390) (in force 13 June 2012)"]
for s in ids("desoxypipradrol diphenylprolinol 2-diphenylmethylpyrrolidine"):
    MDA[(s, "Class B")] = ex("2012-06-13", C2012, SRC_2012, "Brought under Class B by the pipradrol-related (2-DPMP) generic definition of SI 2012/1390.", added=True)
MDA[("phenazepam", "Class C")] = ex("2012-06-13", C2012, SRC_2012, "Added to Part 3 by SI 2012/1390 (the ACMD noted phenazepam was not covered before).", added=True)

C2013 = ["The Misuse of Drugs Act 1971 (Amendment) Order 2013 (SI 2013/239) (in force 26 February 2013)"]
for s in ids("3-meo-pce 3-meo-pcp 4-meo-pcp 2-2-methoxyphenyl-2-methylamino-cyclohexanone nenk"):
    MDA[(s, "Class B")] = ex("2013-02-26", C2013, SRC_2013, "Covered by the generic definition of Part 2 para. 1(d) inserted by SI 2013/239 (compounds structurally derived from 1-phenylcyclohexylamine or 2-amino-2-phenylcyclohexanone).", added=True)
for s in ids("am-2201 am-679 am-694 mam-2201 ur-144"):
    MDA[(s, "Class B")] = ex("2013-02-26", C2013, SRC_2013, "Synthetic cannabinoid covered by the widened generic definitions substituted for Part 2 para. 1(c) by SI 2013/239 (haloalkyl N-substituents; benzoyl- and cyclopropylcarbonyl-indoles). The 2009 definitions (SI 2009/3209) did not cover it: N-fluoropentyl or non-naphthoyl group.", added=True)

C2014 = ["The Misuse of Drugs Act 1971 (Ketamine etc.) (Amendment) Order 2014 (SI 2014/1106) (in force 10 June 2014)"]
for s in ids("25b-nbome 25c-nbome 25i-nbome 2c-d-nbome"):
    MDA[(s, "Class A")] = ex("2014-06-10", C2014, SRC_2014, "Covered by the N-benzyl phenethylamine generic (Part 1 para. 1(f)) inserted by SI 2014/1106.", added=True)
for s in ids("5-apb 6-apb 5-apdb 6-apdb"):
    MDA[(s, "Class B")] = ex("2014-06-10", C2014, SRC_2014, "Benzofuran group brought under Class B by SI 2014/1106 (explanatory memorandum para. 2.1).", added=True)

C2015 = ["The Misuse of Drugs Act 1971 (Amendment) (No. 2) Order 2014 (SI 2014/3271) (in force 7 January 2015)"]
for s in ids("ah-7921 al-lad ald-52 eth-lad pro-lad lsz"):
    MDA[(s, "Class A")] = ex("2015-01-07", C2015, SRC_2015, "Classified as Class A by SI 2014/3271 (Circular 001/2015).", added=True)
SRC_2015B = "legislation.gov.uk, SI 2015/215 as made (made 11 February 2015, in force on the 28th day after); gov.uk Circular 003/2015 (SI 2015/215, 2015/231, 2015/232 in force 11 March 2015); SI 2015/231 as made (global-regulation copy)"
C2015B = ["The Misuse of Drugs Act 1971 (Amendment) Order 2015 (SI 2015/215), art. 3 (in force 11 March 2015)"]
MDA[("mt-45", "Class A")] = ex("2015-03-11", C2015B, SRC_2015B, "Inserted in Part 1 para. 1(a) by SI 2015/215.", added=True)
MDA[("4-4-dmar", "Class A")] = ex("2015-03-11", C2015B, SRC_2015B, "Inserted in Part 1 para. 1(a) by SI 2015/215.", added=True)
SRC_2011 = "vLex copy of SI 2011/744 as made (made 16 March 2011, in force on the twelfth day after: 28 March 2011); Hansard (Lords Grand Committee) on the draft Order: brings tapentadol and amineptine under control; legislation.gov.uk SI 2011/448 explanatory note (tapentadol and amineptine inserted in MDR Schedule 2)"
C2011 = ["The Misuse of Drugs Act 1971 (Amendment) Order 2011 (SI 2011/744) (in force 28 March 2011)"]
MDA[("tapentadol", "Class A")] = ex("2011-03-28", C2011, SRC_2011, "Inserted in Part 1 para. 1(a) after 'Sufentanil.' by SI 2011/744 art. 2.", added=True)
MDA[("amineptine", "Class C")] = ex("2011-03-28", C2011, SRC_2011, "Inserted in Part 3 para. 1(a) after 'Alprazolam' by SI 2011/744 art. 4 (the UK's obligation under the 1971 Convention, Schedule II since 2003).", added=True)
MDA[("sufentanil", "Class A")] = win(ACT, "2011-03-16", ["Misuse of Drugs Act 1971, Schedule 2, Part I, para. 1(a): 'Sufentanil.'; inserting order not identified"], SRC_2011,
                                     "SI 2011/744 (made 16 March 2011) inserts tapentadol 'after \"Sufentanil.\"', so sufentanil was in Part 1 by then; when it was inserted was not read. Window.")

C2017 = ["The Misuse of Drugs Act 1971 (Amendment) Order 2017 (SI 2017/634) (in force 31 May 2017)"]
MDA[("u-47700", "Class A")] = ex("2017-05-31", C2017, SRC_2017, "Inserted in Part 1 by SI 2017/634 art. 3.", added=True)
MDA[("n-benzyl-ethylphenidate", "Class B")] = ex("2017-05-31", C2017, SRC_2017, "Inserted in Part 2 by SI 2017/634 art. 4(a).", added=True)
for s in ids("3-4-dichloroethylphenidate 3-4-dichloromethylphenidate 4-fluoroethylphenidate 4-fluoromethylphenidate ethylphenidate isopropylphenidate propylphenidate methylnaphthidate ethylnaphthidate methylmorphenate 4-methylmethylphenidate"):
    MDA[(s, "Class B")] = ex1(s, "2017-05-31", C2017, SRC_2017, "One of the twelve methylphenidate-related substances brought under Class B by SI 2017/634 (explanatory memorandum para. 2.2; the article text was read only up to N-benzyl-ethylphenidate). Temporary class drug before (TCDO listings).")
for s in ids("3-hydroxyphenazepam 4-chlorodiazepam adinazolam clonazolam deschloroetizolam diclazepam etizolam flubromazepam flubromazolam fonazepam meclonazepam metizolam nifoxipam nitrazolam pyrazolam"):
    MDA[(s, "Class C")] = win("2012-06-13", "2017-05-31", ["Misuse of Drugs Act 1971, Schedule 2, Part 3 para. 1(a); most likely SI 2017/634 (sixteen designer benzodiazepines, in force 31 May 2017)"], SRC_2017 + "; NI designation order nisr/2018/3 note",
                                  "SI 2017/634 brought 'sixteen designer benzodiazepines' under Class C on 31 May 2017 (explanatory memorandum); the list itself was not read, so this entry is a window ending on that date (not before the 2012 phenazepam order, which left designer benzodiazepines uncontrolled).", added=True)
C2021 = ["The Misuse of Drugs Act 1971 (Amendment) Order 2021 (SI 2021/868) (in force 18 August 2021)"]
for s in ids("flualprazolam flunitrazolam norfludiazepam"):
    MDA[(s, "Class C")] = ex("2021-08-18", C2021, SRC_2021, "Inserted in Part 3 para. 1(a) by SI 2021/868.", added=True)

MDA[("khat", "Class C")] = win("2014-05-27", "2014-06-24", ["The Misuse of Drugs Act 1971 (Amendment) Order 2014 (SI 2014/1352) (coming-into-force day not read)"], SRC_2014K,
                               "The order adding khat to Class C was made on 27 May 2014 (UNODC); the Designation Order inserting khat (only controlled drugs can be designated) came into force on 24 June 2014. Window.", added=True)

# ---------------------------------------------------------------- extra listings (earlier classes)
EXTRA = []


def extra(file, sub, inst, sched, eff, cit, src, note, until=None, added=None):
    d = {"file": file, "substance": sub, "instrument": inst, "schedule": sched, "effective": eff}
    if until:
        d["until"] = until
    if added:
        d["added"] = True
    d["citation"] = cit
    d["source"] = src
    d["note"] = note
    EXTRA.append(d)


MD = "misuse-of-drugs.toml"
C2003B = ["The Misuse of Drugs Act 1971 (Modification) (No. 2) Order 2003 (SI 2003/3201), art. 2 (in force 29 January 2004)"]
for s in ids("cannabinol gb-cannabinol-derivatives"):
    extra(MD, s, "gb-mda-1971", "Class A", ACT, [C_ACT, "Schedule 2, Part I, para. 1(a)"], SRC_1991 + "; " + SRC_2003B,
          "In Part I as enacted (no amendment annotation in the 1991 text); deleted from Part I and moved to Class C by SI 2003/3201.", until="2004-01-29")
for s in ids("tetrahydrocannabinols dronabinol"):
    extra(MD, s, "gb-mda-1971", "Class A", ACT, [C_ACT, "Schedule 2, Part I, para. 1(a): 'Cannabinol derivatives'"], SRC_1991 + "; " + SRC_2003B,
          "Covered by 'Cannabinol derivatives' (Part IV definition), Class A as enacted until SI 2003/3201.", until="2004-01-29")
    extra(MD, s, "gb-mda-1971", "Class C", "2004-01-29", C2003B, SRC_2003B,
          "'Cannabinol derivatives' moved to Part III by SI 2003/3201; Class B again from 26 January 2009.", until="2009-01-26")
for s in ids("cannabis cannabis-resin-and-extracts"):
    extra(MD, s, "gb-mda-1971", "Class B", {"not_before": ACT, "not_after": MDR}, ["Misuse of Drugs Act 1971, Schedule 2, Part II, para. 1(a): 'Cannabis and cannabis resin'", C_MDR + ", Schedule 1"],
          SRC_MDR_MADE + "; " + SRC_2003B,
          "Class B until SI 2003/3201 deleted 'Cannabis and cannabis resin' from Part II. Its presence in Part II as enacted was not read (the 1991 text was cut off before Part II): window, in force by 1 February 2002 (MDR 2001 Schedule 1 as made).", until="2004-01-29")
extra(MD, "methamphetamine", "gb-mda-1971", "Class B", {"not_before": ACT, "not_after": "2006-12-14"}, ["Misuse of Drugs Act 1971, Schedule 2, Part II, para. 1(a): 'Methylamphetamine'"], SRC_2006,
      "SI 2006/3331 (made 14 December 2006) omits 'Methylamphetamine' from Part 2, so it was Class B then; when it entered Part II was not read. Window.", until="2007-01-18")
C_KET = ["The Misuse of Drugs Act 1971 (Amendment) Order 2005 (SI 2005/3178) (in force 1 January 2006)"]
extra(MD, "ketamine", "gb-mda-1971", "Class C", "2006-01-01", C_KET, SRC_KET,
      "First controlled as Class C by SI 2005/3178; the MDR insertion of ketamine in Schedule 4 Part I (SI 2005/3372) came into force the same day, 1 January 2006. Reclassified Class B by SI 2014/1106 (10 June 2014).", until="2014-06-10", added=True)
extra(MD, "ghb", "gb-mda-1971", "Class C", "2003-07-01", ["The Misuse of Drugs Act 1971 (Modification) Order 2003 (SI 2003/1243) (in force 1 July 2003)"], SRC_2003 + "; " + SRC_2022,
      "4-Hydroxy-n-butyric acid added to Part III by SI 2003/1243; moved to Class B by SI 2022/322 (13 April 2022).", until="2022-04-13", added=True)
C2009 = ["The Misuse of Drugs Act 1971 (Amendment) Order 2009 (SI 2009/3209) (in force 23 December 2009)"]
for s, nm in [("gbl", "Gamma-butyrolactone"), ("1-4-butanediol", "1,4-Butanediol")]:
    extra(MD, s, "gb-mda-1971", "Class C", "2009-12-23", C2009, SRC_2009 + "; " + SRC_2022,
          nm + " added to Part 3 (Class C) by SI 2009/3209 (UNODC: 1,4-butanediol and BZP added to Class C in 2009); moved to Class B by SI 2022/322 (13 April 2022).", until="2022-04-13", added=True)
extra(MD, "ghb", "gb-mdr-2001", "Schedule 4 Part 1", "2003-07-01", ["The Misuse of Drugs (Amendment) Regulations 2003 (SI 2003/1432) (in force 1 July 2003)"], SRC_2003 + "; " + SRC_S4P1,
      "Placed in MDR Schedule 4 Part I with its 2003 control; omitted from Part I on 7 January 2015 by SI 2014/3277 (annotation F2; rescheduled to Schedule 2, Circular 001/2015).", until="2015-01-07")
extra(MD, "ketamine", "gb-mdr-2001", "Schedule 4 Part 1", "2006-01-01", ["The Misuse of Drugs (Amendment) (No. 3) Regulations 2005 (SI 2005/3372), regs. 1, 2 (in force 1 January 2006)"], SRC_S4P1,
      "Inserted in Schedule 4 Part I on 1 January 2006 (annotation F3); still there in the 2015-06-01 text, later moved to Schedule 2 (date not read).",
      until={"not_before": "2015-06-02", "not_after": LIST_DATE})
extra(MD, "midazolam", "gb-mdr-2001", "Schedule 4 Part 1", MDR, [C_MDR + ", Schedule 4 Part I"], SRC_S4P1,
      "In Schedule 4 Part I as made (NI counterpart as made lists Midazolam between Mesocarb and N-Ethylamphetamine); omitted on 1 January 2008 by SI 2007/2154 (annotation F4) when moved to Schedule 3.", until="2008-01-01")

# ---------------------------------------------------------------- MDR facts
MDRF = {}
for s in S4P1_MADE:
    if s == "midazolam":
        continue
    MDRF[(s, "Schedule 4 Part 1")] = ex(MDR, [C_MDR + ", Schedule 4 Part I"], SRC_S4P1, "In Schedule 4 Part I as made (no insertion annotation).")
MDRF[("flunitrazepam", "Schedule 3")] = win(MDR, "2018-12-17", ["Misuse of Drugs Regulations 2001, Schedule 3 para. 1(a)"], SRC_2018, "In Schedule 3 when SI 2018/1383 was made (17 December 2018); when it entered Schedule 3 was not read. Window.")
MDRF[("midazolam", "Schedule 3")] = ex("2008-01-01", ["The Misuse of Drugs and Misuse of Drugs (Safe Custody) (Amendment) Regulations 2007 (SI 2007/2154) (in force 1 January 2008)"], SRC_S4P1,
                                      "Moved from Schedule 4 Part I (omitted 1.1.2008 by SI 2007/2154, annotation F4) to Schedule 3.")
MDRF[("zolpidem", "Schedule 4 Part 1")] = ex("2003-07-01", ["The Misuse of Drugs (Amendment) Regulations 2003 (SI 2003/1432), regs. 1, 2(3)(b) (in force 1 July 2003)"], SRC_S4P1, "Inserted 1.7.2003 (annotation).")
for s in ids("1-3-chlorophenyl-piperazine cpcpp"):
    MDRF[(s, "Schedule 4 Part 1")] = ex("2009-12-23", ["The Misuse of Drugs (Amendment) (England, Wales and Scotland) Regulations 2009 (SI 2009/3136), regs. 1(1), 4(3) (in force 23 December 2009)"], SRC_S4P1, "Inserted 23.12.2009 (annotation).")
for s in STER96 + HORM96:
    MDRF[(s, "Schedule 4 Part 2")] = ex(MDR, [C_MDR + ", Schedule 4 Part II"], SRC_S4P2, "In Schedule 4 Part II as made (the 1996 list carried into the 2001 Regulations).")
MDRF[("gb-psilocin-containing-fungus", "Schedule 1")] = win("2005-04-07", "2015-03-11", ["Misuse of Drugs Regulations 2001, Schedule 1 (annotation F3; amending regulations not read)"], SRC_2015MT, "Shown in Schedule 1 in the 11 March 2015 point-in-time text. Window.")
S1_MADE_ALL = S1_MADE_A + S1_36 + ids("""bufotenine cannabinol gb-cannabinol-derivatives cannabis cannabis-resin-and-extracts cathinone coca-leaf
eticyclidine etryptamine lysergic-acid-amide lsd gb-n-alkyl-lysergamides mescaline psilocin opium rolicyclidine""") + GEN_TRYPT + GEN_PEA + ["mdma"]
for s in S1_MADE_ALL:
    MDRF[(s, "Schedule 1")] = ex(MDR, [C_MDR + ", Schedule 1"], SRC_MDR_MADE, "In Schedule 1 as made (named, or within the generic tryptamine / phenethylamine definitions of para. 1(b)-(d)).")
for s in ids("methylone butylone 3-fmc 4-methoxymethcathinone mdpv"):
    MDRF[(s, "Schedule 1")] = ex("2010-04-16", ["The Misuse of Drugs (Amendment) (England, Wales and Scotland) Regulations 2010 (SI 2010/1144), reg. 3(b) (Schedule 1 para. 1(m); in force 16 April 2010)"], SRC_2010, "Covered by the cathinone generic inserted in Schedule 1 on 16 April 2010.")
MDRF[("naphyrone", "Schedule 1")] = ex("2010-07-23", ["The Misuse of Drugs (Amendment No.2) (England, Wales and Scotland) Regulations 2010 (SI 2010/1799), reg. 3 (Schedule 1 para. 1(n); in force 23 July 2010)"], SRC_2010B, "Covered by para. 1(n) (naphthyl and other ring cathinones).")
for s in ids("ah-7921 al-lad ald-52 eth-lad pro-lad lsz"):
    MDRF[(s, "Schedule 1")] = ex("2015-01-07", ["The Misuse of Drugs (Amendment No. 3) (England, Wales and Scotland) Regulations 2014 (SI 2014/3277), reg. 3 (in force 7 January 2015)"], SRC_2015, "Inserted in Schedule 1 para. 1(a) on 7 January 2015.")
MDRF[("ghb", "Schedule 2")] = ex("2015-01-07", ["The Misuse of Drugs (Amendment No. 3) (England, Wales and Scotland) Regulations 2014 (SI 2014/3277) (in force 7 January 2015)"], SRC_2015 + "; " + SRC_S4P1, "Rescheduled from Schedule 4 Part I to Schedule 2 on 7 January 2015 (Circular 001/2015).")
for s in ids("mt-45 4-4-dmar"):
    MDRF[(s, "Schedule 1")] = ex("2015-03-11", ["The Misuse of Drugs (Amendment) (England, Wales and Scotland) Regulations 2015 (SI 2015/231), reg. 3 (in force 11 March 2015)"], SRC_2015B, "Inserted in Schedule 1 para. 1(a) on 11 March 2015.")
MDRF[("o-desmethyltramadol", "Schedule 1")] = win("2013-02-26", "2015-03-11", ["Misuse of Drugs Regulations 2001, Schedule 1 (annotation F10; amending regulations not read)"], SRC_2015MT + "; " + SRC_2013, "Controlled under the Act from 26 February 2013; shown in Schedule 1 in the 2015-03-11 point-in-time text. Window.")
MDRF[("khat", "Schedule 1")] = win("2014-05-27", "2015-03-11", ["Misuse of Drugs Regulations 2001, Schedule 1 (annotation F5; amending regulations not read)"], SRC_2014K + "; " + SRC_2015MT, "Khat shown in Schedule 1 in the 2015-03-11 point-in-time text. Window.")
for s in ids("flualprazolam flunitrazolam norfludiazepam"):
    MDRF[(s, "Schedule 1")] = ex("2021-08-18", ["The Misuse of Drugs and Misuse of Drugs (Designation) (Amendment) (England, Wales and Scotland) Regulations 2021 (SI 2021/897) (in force 18 August 2021)"], SRC_2021, "Placed in Schedule 1 on 18 August 2021 (Circular 006/2021).")
for s in ids("u-47700 n-benzyl-ethylphenidate 3-4-dichloroethylphenidate 3-4-dichloromethylphenidate 4-fluoroethylphenidate 4-fluoromethylphenidate ethylphenidate isopropylphenidate propylphenidate methylnaphthidate ethylnaphthidate methylmorphenate 4-methylmethylphenidate"):
    MDRF[(s, "Schedule 1")] = ex("2017-05-31", ["The Misuse of Drugs (Amendment) (England, Wales and Scotland) Regulations 2017 (SI 2017/631) (in force 31 May 2017)"], SRC_2017 + "; Home Office impact assessment HO0288 (all 12 methylphenidate-related substances to Schedule 1)", "Placed in Schedule 1 with its Class control on 31 May 2017.")
for s in ids("desoxypipradrol diphenylprolinol 2-diphenylmethylpyrrolidine"):
    MDRF[(s, "Schedule 1")] = ex("2012-06-13", ["The Misuse of Drugs (Amendment No.3) (England, Wales and Scotland) Regulations 2012 (in force with SI 2012/1390, 13 June 2012)"], SRC_2012, "Scheduled together with the Act order (Circular 014/2012 lists the Regulations among the instruments implemented on 13 June 2012).")

for s in ids("""levorphanol morphine-methylbromide gb-pentavalent-nitrogen-morphine-derivatives carfentanil codoxime ecgonine
gb-ecgonine-derivatives tilidine methadone-intermediate pethidine-intermediate-a moramide-intermediate opium-prepared-or-medicinal
secobarbital hydrocodone hydromorphinol thebacon"""):
    MDRF[(s, "Schedule 2")] = ex(MDR, [C_MDR + ", Schedule 2"], SRC_MDR_MADE, "In Schedule 2 as made (row of the csv read from the as-made schedules).")
MDRF[("methylphenobarbital", "Schedule 3")] = ex(MDR, [C_MDR + ", Schedule 3"], SRC_MDR_MADE, "In Schedule 3 as made (row of the csv read from the as-made schedules).")

FIRST_MDA = {}

# Known window bounds for anything else (no lower bound read):
DEFAULT_NB = {"gb-mda-1971": ACT, "gb-mdr-2001": MDR}


def lookup(d):
    inst, sub, sch = d["instrument"], d["substance"], d["schedule"]
    table = MDA if inst == "gb-mda-1971" else MDRF if inst == "gb-mdr-2001" else None
    if table is None:
        return None
    f = table.get((sub, sch))
    if f is None:
        return fallback(d)
    # only rewrite listings that are in-force-by, or ones named for correction
    if d.get("precision") == "in-force-by" or (sub, sch) in FORCE:
        return f
    return None


FORCE = {("cannabinol", "Class B"), ("gb-cannabinol-derivatives", "Class B")}


def fallback(d):
    """In-force-by listing with no fact: a window from the earliest possible date."""
    if d.get("precision") != "in-force-by":
        return None
    inst = d["instrument"]
    eff = d["effective"]
    nb = DEFAULT_NB[inst]
    extra_note = ""
    if inst == "gb-mdr-2001" and FIRST_MDA.get(d["substance"], nb) > nb:
        nb = FIRST_MDA[d["substance"]]
        extra_note = f" Not before {nb}: the Regulations' schedules list only drugs controlled under the Act, and the Act's first listing of this substance is not earlier."
    if eff <= nb:
        return None
    what = "the Act's commencement (1 July 1973)" if inst == "gb-mda-1971" else "the 2001 Regulations' commencement (1 February 2002)"
    f = win(nb, eff, d["citation"], d["source"],
            f"Date of first listing not found (the amending instrument was not read): window from {what} to the date a source shows it in force." + extra_note + " Earlier note: " + d.get("note", ""))
    f["keep_note"] = True
    return f


# ================================================================ second pass (branch hist-gb2)
# Sources read in the second pass (search-tool excerpts of stored pages, December 2026):
SRC_2020P1 = ("legislation.gov.uk, Misuse of Drugs Act 1971 Schedule 2 Part I, point-in-time version as at 1 December 2020 "
              "(https://legislation.gov.uk/ukpga/1971/38/schedule/2/part/I/2020-12-01), para. 1(a) read from 'Acetorphine' to "
              "'Methyldesorphine' with its amendment annotations; compared with the 1 July 1991 and 1 April 2003 point-in-time texts "
              "(https://legislation.gov.uk/ukpga/1971/38/schedule/2/1991-07-01, .../schedule/2/2003-04-01)")
SRC_S5 = ("legislation.gov.uk, Misuse of Drugs Regulations 2001 Schedule 5, revised text with annotations "
          "(https://legislation.gov.uk/uksi/2001/3998/schedule/5): paras 1-6 carry no insertion annotation")
SRC_S4P1CUR = ("legislation.gov.uk, Misuse of Drugs Regulations 2001 Schedule 4 Part I, revised text with annotations "
               "(http://www.legislation.gov.uk/uksi/2001/3998/schedule/4/?view=plain)")

N_ENACTED = ("In Schedule 2 Part I para. 1(a) as enacted: listed without an amendment annotation in the 1 December 2020 "
             "point-in-time text (entries inserted later, e.g. Alfentanil, Eticyclidine, Lofentanil, Dihydroetorphine, Etryptamine, "
             "carry annotations there); controlled from the Act's commencement. Earlier law (Dangerous Drugs Acts) not modelled.")
for s in ids("""etonitazene etorphine etoxeridine fentanyl furethidine hydrocodone hydromorphinol hydromorphone hydroxypethidine
isomethadone ketobemidone levomethorphan levomoramide levophenacylmorphan levorphanol"""):
    MDA[(s, "Class A")] = ex(ACT, [C_ACT, "Schedule 2, Part I, para. 1(a)"], SRC_2020P1, N_ENACTED)

MDA[("lofentanil", "Class A")] = win(ACT, "1991-07-01",
    ["Misuse of Drugs Act 1971, Schedule 2, Part I, para. 1(a): 'Lofentanil' (inserted by the same Modification Order as 'Carfentanil'; order not identified)"],
    SRC_2020P1 + "; " + SRC_1991,
    "In the 2020 point-in-time text Lofentanil carries the same insertion annotation (F5) as Carfentanil, so both were inserted by one "
    "instrument; Carfentanil is already in the 1 July 1991 text (the left column of that table stops before 'L', so Lofentanil itself "
    "was not seen there). Window: not before the Act, in force by 1 July 1991 (same as carfentanil).")
MDA[("dihydroetorphine", "Class A")] = win("2003-04-02", "2020-12-01",
    ["Misuse of Drugs Act 1971, Schedule 2, Part I, para. 1(a): 'Dihydroetorphine' (insertion annotation F7 in the 2020 text; amending order not identified)"],
    SRC_2020P1,
    "Not in Part I in the 1 April 2003 point-in-time text (which runs 'Dihydrocodeinone O-carboxymethyloxime. Dihydromorphine. "
    "Dimenoxadole.'); present, with an insertion annotation, in the 1 December 2020 text. The inserting order (2003-2020) was not "
    "read: window. No other Part I entry covered it before (not an ester or ether of a listed drug).", added=True)

SRC_1998 = ("global-regulation.com copy of SI 1998/882 as made (The Misuse of Drugs (Amendment) Regulations 1998, made 23 March 1998, "
            "in force 1 May 1998), amending the Misuse of Drugs Regulations 1985: Schedule 1 'after Eticyclidine insert Etryptamine', "
            "'after Mescaline insert Methcathinone'; Schedule 2 'after Trimeperidine insert Zipeprol'; Schedule 3 'after Ethinamate insert "
            "Flunitrazepam'; Schedule 4 Part II 'Flunitrazepam' deleted, Aminorex, Brotizolam, Mesocarb inserted; explanatory note: 'These "
            "drugs became subject to control under the Mis[use of Drugs Act]...' (rest not read)")
N_1985REGS = (" The 1985 Regulations' schedules list only controlled drugs, so it was a controlled drug by then; the Modification Order "
              "that first placed it in Schedule 2 to the Act was not read. Window: not before the Act.")
MDA[("trimeperidine", "Class A")] = win(ACT, "1998-05-01",
    ["Misuse of Drugs Act 1971, Schedule 2, Part I (Class A); inserting order (if any) not identified",
     "Misuse of Drugs Regulations 1985 (SI 1985/2066), Schedule 2 para. 1, as amended by SI 1998/882"], SRC_1998,
    "'Trimeperidine' stood in Schedule 2 to the Misuse of Drugs Regulations 1985 when SI 1998/882 (in force 1 May 1998) inserted "
    "Zipeprol after it." + N_1985REGS + " (It is probably in Part I as enacted, but the part of the Part I list after 'Rolicyclidine' was not read.)")
MDA[("ethinamate", "Class C")] = win(ACT, "1998-05-01",
    ["Misuse of Drugs Act 1971, Schedule 2, Part III (Class C); inserting order not identified",
     "Misuse of Drugs Regulations 1985 (SI 1985/2066), Schedule 3 para. 1(a), as amended by SI 1998/882"], SRC_1998,
    "'Ethinamate' stood in Schedule 3 to the Misuse of Drugs Regulations 1985 when SI 1998/882 (in force 1 May 1998) inserted "
    "Flunitrazepam after it." + N_1985REGS)
MDA[("flunitrazepam", "Class C")] = win(ACT, "1998-05-01",
    ["Misuse of Drugs Act 1971, Schedule 2, Part III (Class C); inserting order not identified",
     "Misuse of Drugs Regulations 1985 (SI 1985/2066), Schedule 4 Part II, then Schedule 3 (SI 1998/882)"], SRC_1998 + "; " + SRC_2018,
    "Flunitrazepam stood in Schedule 4 Part II of the Misuse of Drugs Regulations 1985 when SI 1998/882 moved it to Schedule 3 "
    "(in force 1 May 1998)." + N_1985REGS)
for s in ids("zipeprol etryptamine methcathinone aminorex brotizolam mesocarb"):
    k = [k for k in MDA if k[0] == s]
    cls = k[0][1] if k else None
    if cls is None:
        continue
    MDA[(s, cls)] = win(ACT, "1998-05-01",
        ["Misuse of Drugs Act 1971, Schedule 2 (" + cls + "); inserting order not identified (SI 1998/750 is the Modification Order of that year; not read)",
         "The Misuse of Drugs (Amendment) Regulations 1998 (SI 1998/882), in force 1 May 1998"], SRC_1998 + "; " + SRC_MDR_MADE,
        "Added to the schedules of the Misuse of Drugs Regulations 1985 by SI 1998/882 (in force 1 May 1998), whose explanatory note "
        "says these drugs had become subject to control under the Act (the sentence naming the order was not read). In force by 1 May "
        "1998; the lower bound is left at the Act's commencement because the Act order's date was not read.")

# MDR 2001 Schedule 5 and Schedule 4 Part I as made (no insertion annotation in the revised text)
for s in ids("acetyldihydrocodeine codeine dihydrocodeine nicocodeine nicodicodine norcodeine pholcodine morphine dextropropoxyphene difenoxin diphenoxylate"):
    MDRF[(s, "Schedule 5")] = ex(MDR, [C_MDR + ", Schedule 5"], SRC_S5,
        "Named in Schedule 5 paras 1-6 (low-strength preparations), which carry no insertion annotation in the revised text: in the "
        "Regulations as made, in force 1 February 2002. Earlier Regulations (1985) not modelled.")
MDRF[("pemoline", "Schedule 4 Part 1")] = ex(MDR, [C_MDR + ", Schedule 4 Part I"], SRC_S4P1CUR,
    "Listed in Schedule 4 Part I without an insertion annotation in the revised text (entries inserted later, e.g. Zaleplon, "
    "Zolpidem, Zopiclone, Remimazolam, carry annotations): in the Regulations as made.")

MDA[("zolpidem", "Class C")] = win(ACT, "2003-07-01",
    ["Misuse of Drugs Act 1971, Schedule 2, Part III (Class C); most likely the Misuse of Drugs Act 1971 (Modification) Order 2003 (SI 2003/1243, in force 1 July 2003)",
     "The Misuse of Drugs (Amendment) Regulations 2003 (SI 2003/1432), regs. 1, 2(3)(b) (Zolpidem inserted in MDR Schedule 4 Part I, 1 July 2003)"],
    SRC_S4P1CUR + "; " + SRC_2003,
    "Inserted in MDR Schedule 4 Part I on 1 July 2003 (annotation F7), the day SI 2003/1243 brought 'eight substances' under the Act "
    "(Home Office Circular 039/2003); the circular's list and the Order's text were not read, so the Act listing is a window ending "
    "1 July 2003 (the Regulations list only controlled drugs).")

SRC_MDR2008 = ("legislation.gov.uk, Misuse of Drugs Regulations 2001 schedules, point-in-time version as at 1 January 2008 "
               "(https://legislation.gov.uk/uksi/2001/3998/schedules/2008-01-01): Schedule 1 para. 1(a) lists "
               "'Fungus (of any kind) which contains psilocin or an ester of psilocin' with insertion annotation F1")
MDA[("gb-psilocin-containing-fungus", "Class A")] = win("2005-04-07", "2008-01-01",
    ["Drugs Act 2005 (c. 17), s. 21 (inserting 'Fungus (of any kind) which contains psilocin or an ester of psilocin' in Schedule 2, Part I); commencement date not read"],
    SRC_MDR2008 + "; " + SRC_2015MT,
    "Inserted by s. 21 of the Drugs Act 2005 (Royal Assent 7 April 2005, so not earlier); the fungus is in MDR Schedule 1 in the "
    "1 January 2008 point-in-time text, and the Regulations list only controlled drugs, so in force by then. Window. Before the "
    "2005 Act the fungus itself was not named (only psilocin and its preparations), so this listing is marked as the first control "
    "of the fungus as such.", added=True)
MDRF[("gb-psilocin-containing-fungus", "Schedule 1")] = win("2005-04-07", "2008-01-01",
    ["Misuse of Drugs Regulations 2001, Schedule 1 para. 1(a) (annotation F1; amending regulations not read)"], SRC_MDR2008,
    "Shown, with an insertion annotation, in Schedule 1 in the 1 January 2008 point-in-time text. Window.")

# 6-beta-hydroxytestosterone: testosterone (17-hydroxyandrost-4-en-3-one) with a 6-hydroxy substituent, i.e. derived from
# 17-hydroxyandrostan-3-one by substitution at position 6 and one ethylenic bond: within the 1996 generic definition.
SRC_1996GEN = ("legislation.gov.uk, SI 1996/1300 art. 2 as made (Part III para. 1(c): any compound structurally derived from "
               "17-hydroxyandrostan-3-one or 17-hydroxyestran-3-one by (a) 17-methyl/ethyl substitution, (b) substitution at positions "
               "1, 2, 4, 6, 7, 9, 11 or 16, (c) unsaturation, (d) fusion of ring A with a heterocycle); isomerdesign.com page for that "
               "clause ('Effective 1 Sep 1996, S.I. 1996/1300 added'); NI counterpart of MDR Schedule 4 Part II as made (nisr/2002/1), "
               "para. 2 with the same generic wording")
MDA[("6-beta-hydroxytestosterone", "Class C")] = ex("1996-09-01", C1996, SRC_1996GEN,
    "Not named; read as covered by the 1996 generic definition (testosterone with a 6-hydroxy substituent: substitution at "
    "position 6 of 17-hydroxyandrostan-3-one plus one ethylenic bond). This is a structural reading of the generic, not a named "
    "entry.", added=True)
MDRF[("6-beta-hydroxytestosterone", "Schedule 4 Part 2")] = ex(MDR, [C_MDR + ", Schedule 4 Part II para. 2 (generic steroid definition)"], SRC_1996GEN + "; " + SRC_S4P2,
    "Within the generic steroid definition of Schedule 4 Part II para. 2 as made (same wording as the 1996 Act generic); structural reading.")

# Methylamphetamine: a controlled drug on 1 July 1973 (Safe Custody Regulations 1973, Schedule 1 para. 2(f));
# Class B until SI 2006/3331 moved it to Part I.
extra_idx = [i for i, e in enumerate(EXTRA) if e["substance"] == "methamphetamine" and e["schedule"] == "Class B"]
for i in extra_idx:
    EXTRA[i]["effective"] = ACT
    EXTRA[i]["citation"] = [C_ACT, "Schedule 2, Part II, para. 1(a): 'Methylamphetamine'"]
    EXTRA[i]["source"] = SRC_SC73 + " (Schedule 1 para. 2(f) names Methylamphetamine); " + SRC_2006
    EXTRA[i]["note"] = ("Named as a controlled drug in Schedule 1 to the Safe Custody Regulations 1973, in operation with the Act on "
                        "1 July 1973, and in Part II (Class B) when SI 2006/3331 (made 14 December 2006) omitted it from Part 2 and "
                        "placed it in Part 1 (in force 18 January 2007). Its Part II placement as enacted was not read directly (as for "
                        "benzphetamine and the other 1973 Safe Custody entries); no transfer between 1973 and 2007 is known.")

# Ketamine: still in MDR Schedule 4 Part I on 1 June 2015, so its Schedule 2 listing cannot start earlier.
MDRF[("ketamine", "Schedule 2")] = win("2015-06-02", LIST_DATE,
    ["Misuse of Drugs Regulations 2001, Schedule 2 (ketamine moved from Schedule 4 Part I; amending regulations not read)"], SRC_S4P1,
    "Ketamine is still in Schedule 4 Part I in the 1 June 2015 point-in-time text, so its move to Schedule 2 came later; the amending "
    "regulations were not read. Window from 2 June 2015 to the gov.uk list date.")

# Hansard (historic-hansard, api.parliament.uk): Lords debates approving draft Modification Orders. An Order under s. 2(2)
# is made only after both Houses approve the draft, so the Lords approval date is a lower bound of its coming into force.
SRC_H1983 = ("Hansard, HL Deb 28 April 1983 vol 441 cc1103-7 (https://api.parliament.uk/historic-hansard/lords/1983/apr/28/"
             "misuse-of-drugs-act-1971-modification): the draft Misuse of Drugs Act 1971 (Modification) Order 1983 'seeks to add three "
             "drugs, sufentanil, tilidate and dextropropoxyphene to the list of drugs controlled under the Misuse of Drugs Act 1971'")
SRC_H1990 = ("Hansard, HL Deb 13 December 1990 vol 524 cc638-40 (https://api.parliament.uk/historic-hansard/lords/1990/dec/13/"
             "misuse-of-drugs-act-1971-modification): the draft Order (the Misuse of Drugs Act 1971 (Modification) Order 1990, "
             "SI 1990/2589) adds 'N-Hydroxy Tenamphetamine, 4-Methyl-Aminorex and Midazolam' to the drugs controlled under the Act")
C1983 = "The Misuse of Drugs Act 1971 (Modification) Order 1983 (SI 1983/765); coming-into-force day not read"
C1990 = "The Misuse of Drugs Act 1971 (Modification) Order 1990 (SI 1990/2589); coming-into-force day not read"
MDA[("sufentanil", "Class A")] = win("1983-04-28", "2011-03-16", [C1983, "Misuse of Drugs Act 1971, Schedule 2, Part I, para. 1(a): 'Sufentanil.'"],
    SRC_H1983 + "; " + SRC_2011,
    "First controlled by the 1983 Modification Order (Lords approval of the draft 28 April 1983, so not in force earlier); in Part 1 "
    "when SI 2011/744 (made 16 March 2011) inserted tapentadol after 'Sufentanil.'. The Order's coming-into-force day was not read: window.", added=True)
MDA[("tilidine", "Class A")] = win("1983-04-28", MDR, [C1983, C_MDR + " (Schedule 2: 'Tilidate')"], SRC_H1983 + "; " + SRC_MDR_MADE,
    "Tilidate first controlled by the 1983 Modification Order (Lords approval of the draft 28 April 1983); named in MDR 2001 Schedule 2 "
    "as made, so in force by 1 February 2002. Class A placement in 1983 not read directly. Window.", added=True)
MDA[("dextropropoxyphene", "Class C")] = win("1983-04-28", MDR, [C1983, C_MDR + " (Schedule 5 para. 4: preparations of dextropropoxyphene)"],
    SRC_H1983 + "; " + SRC_S5,
    "First controlled by the 1983 Modification Order (Lords approval of the draft 28 April 1983); a controlled drug by 1 February 2002 "
    "(MDR 2001 Schedule 5 as made). Doubt: the class the 1983 Order gave it was not read (Class C in the gov.uk list). Window.", added=True)
for s, cls in [("midazolam", "Class C"), ("n-hydroxy-mda", "Class A"), ("4-methylaminorex", "Class A")]:
    old = MDA.get((s, cls))
    MDA[(s, cls)] = win("1990-12-13", MDR, [C1990] + (old["citation"][1:] if old else [C_MDR]), SRC_H1990 + "; " + (old["source"] if old else SRC_MDR_MADE),
        "Added by the 1990 Modification Order (Lords approval of the draft 13 December 1990, so not in force earlier); named in the MDR 2001 "
        "schedules as made, so in force by 1 February 2002. The Order's coming-into-force day was not read. Window." +
        (" Class C placement of midazolam in 1990 not read directly (benzodiazepine; Class C in the gov.uk list)." if s == "midazolam" else ""),
        added=True)

# Listings whose window starts on the same day as the Act listing that records the first control: mark them too, so that
# the registry's "earliest listing" (whichever of the tied listings it meets first) carries the first-control mark.
MDRF[("gb-psilocin-containing-fungus", "Schedule 1")]["added"] = True
MDRF[("dihydroetorphine", "Schedule 2")] = win("2003-04-02", LIST_DATE,
    ["Misuse of Drugs Regulations 2001, Schedule 2 (amending regulations not read)"], SRC_2020P1 + "; " + GOVUK,
    "Dihydroetorphine is not in Part I of Schedule 2 to the Act in the 1 April 2003 point-in-time text, and the Regulations list only "
    "controlled drugs, so its Schedule 2 listing cannot start earlier; the amending regulations were not read. Window to the gov.uk list date.",
    added=True)

SRC_2024B = ("legislation.gov.uk and zoomlaw copies of SI 2024/1361 as made (The Misuse of Drugs Act 1971 (Amendment) (No. 2) Order 2024, "
             "made 18 December 2024, in force 15 January 2025): art. 2(2)(c) 'after \"1-Methyl-4-phenylpiperdine-4-carboxylic acid.\" "
             "insert 2-Methyl-AP-237'")
MDA[("pethidine-intermediate-c", "Class A")] = win(ACT, "2024-12-18",
    ["Misuse of Drugs Act 1971, Schedule 2, Part I, para. 1(a): '1-Methyl-4-phenylpiperidine-4-carboxylic acid.' (inserting order, if any, not identified)"],
    SRC_2024B,
    "In Part 1 when SI 2024/1361 was made (18 December 2024), which inserts 2-Methyl-AP-237 after it. Probably in Part I as enacted "
    "(pethidine intermediate C), but the end of the Part I list was not read. Window.")
