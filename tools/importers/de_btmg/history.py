"""Dates of entry into the BtMG Anlagen, by amending act.

Every date below was read in a source named in ACTS (look-ups of 2026-12-01,
the search tool's stored pages; the excerpts read are summarised here, not
copied). Where the day an act took effect was not found, the listing gets a
window: not_before = the earliest day the act could apply (its date or its
promulgation), not_after = a day by which a source shows the entry in force.

Consolidated texts used as "in force by" bounds (snapshots.py):
  A  github.com/bundestag/gesetze b/btmg_1981/index.md, commit 8e9e7a10,
     "Stand 2.7.2012", last amending act V v. 11.5.2011 I 821 (25. BtMÄndV)
  B  same repo, commit 3c35cd7f, last act V v. 20.7.2012 I 1639 (26. BtMÄndV)
  C  same repo, commit 28bf164c (2013-01-11), last act G v. 19.10.2012 I 2192
  D  github.com/alangecker/bundesgesetze, commit 86109111 (2018-03-26),
     last act V v. 16.6.2017 I 1670
  E  bundestag/gesetze commit 79bdc90d (2022-02-13), text incl. V v. 8.11.2021 I 4791
  Q  github.com/QuantLaw/gesetze-im-internet data/items/btmg_1981/BJNR106810981.xml at commit
     00cc2aa5 (gesetze-im-internet XML, builddate 2020-09-24; Stand V v. 19.6.2020 I 1328,
     Änderung durch V v. 10.7.2020 I 1691 textlich nachgewiesen): read for Anlage II only
  F  the current text (shared/reference/germany-btmg), last act V v. 29.11.2024
     (BGBl. 2024 I Nr. 379)
  later dated texts of 2021-2024 (kmein/gesetze, jandinter/gesetze-im-internet, Orbiter/bundestag_gesetze_parser):
     see snapshots_late.py and the ACTS "2020-07" ... "2023-06" below
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
SNAP = json.load(open(os.path.join(HERE, "snapshots.json")))

GII = "consolidated BtMG texts in the git history of github.com/bundestag/gesetze (b/btmg_1981/index.md) and github.com/alangecker/bundesgesetze"

ACTS = {
    "1981": dict(cit=["BtMG vom 28. Juli 1981, BGBl. I 1981 S. 681"], eff="1982-01-01",
                 src="the 1. BtMÄndV moved the entry out of Anlage III (eve-rave.net/abfahrer/recht.sp?text=31&page=8, H. Cousto's list of the BtMÄndV); no earlier BtMÄndV exists, so it was in the Anlagen of the BtMG 1981 (in force 1982-01-01)"),
    "1": dict(cit=["1. BtMÄndV vom 6. August 1984, BGBl. I 1984 S. 1081"],
              eff={"not_before": "1984-08-06", "not_after": "1986-07-23"},
              src="eve-rave.net/abfahrer/recht.sp?text=31&page=8 (H. Cousto, list of the BtMÄndV: the 1. BtMÄndV's additions and moves); in force by 1986-07-23: the 2. BtMÄndV of that date cites the BtMG 'geändert durch Artikel 1 der Verordnung vom 6. August 1984' (eve-rave.net/abfahrer/recht.sp?text=45&page=1)",
              note="Day of entry into force of the 1. BtMÄndV not found: window from the act's date to the 2. BtMÄndV, which cites the BtMG as amended by it."),
    "2": dict(cit=["2. BtMÄndV vom 23. Juli 1986, BGBl. I 1986 S. 1099"],
              eff={"not_before": "1986-07-29", "not_after": "1986-08-01"},
              src="text of the 2. BtMÄndV (BGBl. I S. 1099, ausgegeben 29.7.1986), eve-rave.net/abfahrer/recht.sp?text=45&page=1; transitional rule § 40a BtMG for those trading on 31 July 1986 (rlst.de, BtMG § 40a)",
              note="Promulgated 29.7.1986; the transitional rule of § 40a BtMG (for whoever traded in these substances 'am 31. Juli 1986') points to 1.8.1986 as the first day of control, but the Inkrafttreten article was not read: window."),
    "2-benzo": dict(cit=["2. BtMÄndV vom 23. Juli 1986, BGBl. I 1986 S. 1099"],
              eff={"not_before": "1986-07-29", "not_after": "1986-08-01"},
              src="§ 40a BtMG (transitional rule for the 34 substances newly subject to the BtMG, for whoever traded in them on 31 July 1986), text at rlst.de; 2. BtMÄndV of 23.7.1986 promulgated 29.7.1986 (eve-rave.net/abfahrer/recht.sp?text=45&page=1)",
              note="Placed in Anlage III in 1986: § 40a BtMG grants a transition to whoever traded in it on 31 July 1986 without a permit, so control began the next day at the latest; the act that inserted § 40a and the Anlage III position is taken to be the 2. BtMÄndV (the only amending act of July 1986); its Inkrafttreten article was not read: window."),
    "3": dict(cit=["3. BtMÄndV vom 28. Februar 1991, BGBl. I 1991 S. 712"],
              eff={"not_before": "1991-03-26", "not_after": "1994-03-01"},
              src="BGBl. I 1991 Nr. 18 vom 26.03.1991, S. 712 (bgbl.de, start of the act: list of positions inserted into Anlage I)",
              note="Entry into force not read (promulgated 26.3.1991); in force by the re-promulgation of the BtMG (Bek. v. 1.3.1994, BGBl. I S. 358), which restates the law with all amendments to that date."),
    "4": dict(cit=["4. BtMÄndV vom 23. Dezember 1992, BGBl. I 1992 S. 2483"],
              eff={"not_before": "1992-12-31", "not_after": "1994-03-01"},
              src="text of the 4. BtMÄndV (BGBl. I S. 2483, ausgegeben 31.12.1992), eve-rave.net/abfahrer/recht.sp?text=41&cat=1&page=0",
              note="Entry into force not read (promulgated 31.12.1992); in force by the re-promulgation of the BtMG (Bek. v. 1.3.1994, BGBl. I S. 358)."),
    "8": dict(cit=["8. BtMÄndV vom 14. November 1996, BGBl. I 1996 S. 1728"], eff="1997-02-01",
              src="text of the 8. BtMÄndV incl. Art. 2 'Diese Verordnung tritt am 1. Februar 1997 in Kraft', eve-rave.net/abfahrer/recht.sp?text=33&cat=1&page=0"),
    "10": dict(cit=["10. BtMÄndV vom 20. Januar 1998"],
               eff={"not_before": "1998-01-20", "not_after": "1998-02-01"},
               src="text of the 10. BtMÄndV (new Teil A of Anlage I), eve-rave.net/abfahrer/recht.sp?text=29&page=1 and archiv.hanflobby.de/btmg/; Anlagen 'in der Fassung vom 1.2.1998' with Teil A, drogenring.org/btmganl.htm and cannabislegal.de/recht/btmg-anl.htm",
               note="BGBl. page of the 10. BtMÄndV not confirmed here. Dated 20.1.1998; the Anlagen as in force on 1.2.1998 (two copies) include it."),
    "notv1998": dict(cit=["Eilverordnung vom 7. Oktober 1998 (befristete Aufnahme in Anlage I)"],
               eff={"not_before": "1998-10-07", "not_after": "2012-07-02"},
               src="drogenring.org/btmganl.htm and cannabislegal.de/recht/btmg-anl.htm: 'Die folgenden Substanzen wurden durch die Notverordnung vom 7. Oktober 1998 kurzfristig in Anlage I BtMG aufgenommen' (4-MTA, PPP, 1-(1-Phenylcyclohexyl)-(2-methoxy-1-ethylamin), 2C-T-2, Mebroqualon); consolidated text A (Stand 2.7.2012)",
               note="First placed in Anlage I for a limited time by the emergency order of 7.10.1998; the act that placed it permanently and the days of effect were not found: window to the 2012 consolidation."),
    "18": dict(cit=["18. BtMÄndV vom 22. Dezember 2003, BGBl. I 2004 S. 28"], eff="2004-01-10",
               src="eve-rave.net press release of 28.1.2004 ('Am 10. Januar 2004 ist die 18. Betäubungsmittel-Änderungsverordnung vom 22. Dezember 2003 (BGBl. 2004 I S. 28) in Kraft getreten'; Amineptin newly inserted in Anlage II), eve-rave.net/abfahrer/presse/presse04-01-28.html"),
    "21": dict(cit=["21. BtMÄndV vom 18. Februar 2008, BGBl. I 2008 S. 246"], eff="2008-03-01",
               src="buzer.de/gesetz/8104 (21. BtMÄndV: Art. 1 'ändert mWv. 1. März 2008 BtMG Anlage I, Anlage II, Anlage III'; list of positions inserted)"),
    "21-press": dict(cit=["21. BtMÄndV vom 18. Februar 2008, BGBl. I 2008 S. 246"], eff="2008-03-01",
               src="buzer.de/gesetz/8104 (21. BtMÄndV in force 1.3.2008); BMG press release on the cabinet decision (gesundheit-adhoc.de: 'Neu unter das Betäubungsmittelgesetz unterstellt werden ... Salvia divinorum, Benzylpiperazin (BZP) und Oripavin')",
               note="Oripavin is named in the press release on the 21. BtMÄndV; the part of the enacted Anlage II list that was read stops at Methaqualon. Present in the 2012 consolidation."),
    "22": dict(cit=["22. BtMÄndV vom 19. Januar 2009, BGBl. I 2009 S. 49", "24. BtMÄndV vom 18. Dezember 2009, BGBl. I 2009 S. 3944"], eff="2009-01-22",
               src="blog.burhoff.de/2009/01/spice-verbot-in-kraft-getreten (22. BtMÄndV verkündet 21.01.2009, BGBl. I S. 49, in force 22.01.2009: CP-47,497 and JWH-018); buzer.de (24. BtMÄndV: Anlage II positions inserted mWv. 22. Januar 2010)",
               note="Placed by the 22. BtMÄndV, an emergency order (Eilverfahren) limited to one year; the 24. BtMÄndV placed the position again with effect from 22.1.2010, so control was continuous."),
    "24": dict(cit=["24. BtMÄndV vom 18. Dezember 2009, BGBl. I 2009 S. 3944"], eff="2010-01-22",
               src="buzer.de/s1.htm?g=24.+BtMÄndV (24. BtMÄndV: Art. 1 'ändert mWv. 1. Juni 2010 BtMG Anlage III, mWv. 22. Januar 2010 Anlage I, Anlage II'; positions inserted: Mephedron in Anlage I, CP 47,497 and CP 47,497-C6-Homolog at the start of the Anlage II list)"),
    "2009-diam": dict(cit=["Gesetz zur diamorphingestützten Substitutionsbehandlung vom 15. Juli 2009, Art. 1, BGBl. I 2009 S. 1801"],
               eff={"not_before": "2009-07-21", "not_after": "2012-07-02"},
               src="buzer.de/gesetz/631/v162057-2009-07-21.htm (Synopse of the BtMG changes of 21.07.2009 by Art. 1 G. v. 15.07.2009 BGBl. I S. 1801); consolidated text A (Stand 2.7.2012)",
               note="The diamorphine positions come from the law on diamorphine-assisted substitution, whose Art. 1 changes took effect on 21.7.2009 per buzer.de; the Anlage part of that synopsis was not read: window."),
    "26": dict(cit=["26. BtMÄndV vom 20. Juli 2012, BGBl. I 2012 S. 1639"], eff="2012-07-26",
               src="buzer.de/gesetz/10254 (26. BtMÄndV: Art. 1 'ändert mWv. 26. Juli 2012 BtMG Anlage I, Anlage II'); BGBl. I 2012 Nr. 35 vom 25.07.2012 S. 1639 (bgbl.de, positions inserted); jurablogs.com 25.07.2012 ('Morgen, am 26.7.2012, tritt die 26. BtMÄndVO in Kraft ... 28 neue psychoaktive Substanzen'); cross-checked: absent from the consolidation with Stand V v. 11.5.2011, present in the one with Stand V v. 20.7.2012 (" + GII + ")"),
    "31": dict(cit=["31. BtMÄndV vom 31. Mai 2016, BGBl. I 2016 S. 1282"], eff="2016-06-09",
               src="drogen-anwalt-berlin.de/psychoaktive-stoffe-btm-verstoss-legal-highs/ (15.06.2016: 'Am 9.6.2016 ... trat die 31. BtMÄndVO in Kraft', six substances: 25N-NBOMe, ADB-CHMINACA, ADB-FUBINACA, AMB-FUBINACA, 5F-ADB, 5F-MN-18); act cited as BGBl. I 2016 S. 1282 (T. Geschwinde, Rauschdrogen, Anhang 1; umwelt-online.de lists '08.06.2016 S. 1282'); cross-checked: absent from the 2013 consolidation, present in the 2018 one (" + GII + ")"),
    "27": dict(cit=["27. BtMÄndV vom 9. Juli 2013, BGBl. I 2013 S. 2274"],
               eff={"not_before": "2013-07-09", "not_after": "2018-03-26"},
               src="Bundesrat Drucksache 434/13 (umwelt-online.de: the 27. BtMÄndV adds Lisdexamfetamin to Anlage III); act cited as BGBl. I 2013 S. 2274 (T. Geschwinde, Rauschdrogen, Anhang 1, docslib.org/doc/7570072); consolidated text D (2018)",
               note="Day of entry into force of the 27. BtMÄndV not found: window from the act's date to the 2018 consolidation."),
    "2019": dict(cit=["Verordnung vom 12. Juli 2019, Art. 2, BGBl. I 2019 S. 1083"],
               eff={"not_before": "2019-07-17", "not_after": "2020-09-24"},
               src="umwelt-online.de/regelwerk/lebensmt/amg/z19_1083.htm (V v. 12.7.2019, BGBl. I Nr. 27 vom 17.07.2019 S. 1083, Art. 2: positions inserted into Anlage II); present in the consolidated text of 24.9.2020 (github.com/QuantLaw/gesetze-im-internet, btmg_1981 XML at commit 00cc2aa5)",
               note="Day of entry into force not found (promulgated 17.7.2019): window to the consolidation of 24.9.2020."),
    "2024": dict(cit=["24. Verordnung zur Änderung von Anlagen des BtMG vom 29. November 2024, BGBl. 2024 I Nr. 379"],
               eff={"not_before": "2024-12-04", "not_after": "2026-12-01"},
               src="gmp-navigator.com/gmp-news/aenderung-der-anlagen-des-betaeubungsmittelgesetzes (promulgated 4.12.2024; Butonitazen, Dipentylon, 2-Fluordeschloroketamin and Bromazolam, 'die bisher nicht dem BtMG unterliegen', added to Anlage II)",
               note="Day of entry into force not found (promulgated 4.12.2024). not_after: first dated consolidation showing the positions (gesetze-im-internet XML of 11.12.2024, Stand V v. 29.11.2024; the one of 29.5.2024 lacks them)."),
}

# Later consolidations (snapshots_late.py -> snapshots_late.json): the gesetze-im-internet text in the git
# histories of github.com/jandinter/gesetze-im-internet (gesetze/btmg_1981/btmg_1981.xml, XML with its
# <standangabe>: which amending act the text includes), github.com/kmein/gesetze (laws/BtMG.md, refreshed
# from gesetze-im-internet; commit dates) and github.com/Orbiter/bundestag_gesetze_parser. Commit dates are
# committer dates. (bundestag/gesetze commit 5710c0a6 carries an author date of 2018-11-08 but holds the
# text of 2021 (Stand V v. 14.1.2021 with the changes of 18.5.2021 to 8.11.2021 noted): not used as a 2018 text.)
JAN = "github.com/jandinter/gesetze-im-internet, gesetze/btmg_1981/btmg_1981.xml (gesetze-im-internet XML)"
KME = "github.com/kmein/gesetze, laws/BtMG.md (refreshed from gesetze-im-internet)"
ACTS.update({
    "2020-07": dict(cit=["Verordnung vom 10. Juli 2020, BGBl. I 2020 S. 1691"],
               eff={"not_before": "2020-07-10", "not_after": "2020-07-31"},
               src="community.beck.de/2021/01/17/aenderung-des-btmg-mit-aufnahme-von-4-neuen-stoffen-geplant (J. Patzak, 17.1.2021: 5F-MDMB-PICA 'im Juli 2020 dem BtMG unterstellt'); the consolidated text of 24.9.2020 (" + "github.com/QuantLaw/gesetze-im-internet, btmg_1981 XML at commit 00cc2aa5, Stand V v. 19.6.2020, Änderung durch V v. 10.7.2020 I 1691 textlich nachgewiesen) has it, the one of 26.3.2018 (V v. 16.6.2017) does not",
               note="Placed in July 2020 (source: a commentary of January 2021), i.e. by the V v. 10.7.2020 (BGBl. I S. 1691), the only act of July 2020 in the list of BtMG amendments at umwelt-online.de/recht/lebensmt/amg/btmg1.htm; its day of entry into force was not read: window from the act's date to the end of July 2020."),
    "2020-11": dict(cit=["V v. 30.11.2020, BGBl. I 2020 S. 2600", "V v. 14.1.2021, BGBl. I 2021 S. 70"],
               eff={"not_before": "2020-11-30", "not_after": "2021-04-25"},
               src="absent from the consolidated text of 24.9.2020 (github.com/QuantLaw/gesetze-im-internet, btmg_1981 XML at commit 00cc2aa5, which already contains the V v. 10.7.2020); present in the text of 25.4.2021 (" + KME + ", commit 5ea1a781); the next BtMG amendments after 10.7.2020 are V v. 30.11.2020 (S. 2600) and V v. 14.1.2021 (S. 70) (umwelt-online.de/recht/lebensmt/amg/btmg1.htm; the gesetze-im-internet text of 28.12.2021 names V v. 14.1.2021 I 70 as last fully documented act, " + JAN + ", commit 24c77918)",
               note="Placed by the V v. 30.11.2020 or the V v. 14.1.2021 (which one not identified); in force by 25.4.2021."),
    "2021-05": dict(cit=["Verordnung zur Änderung von Anlagen des BtMG vom 18. Mai 2021, Art. 1, BGBl. I 2021 S. 1096 (Nr. 24)"],
               eff={"not_before": "2021-05-18", "not_after": "2021-05-22"},
               src="absent from the gesetze-im-internet text of 30.4.2021, present in that of 22.5.2021 (" + KME + ", commits 57a17264 and 2ef42a18); the only BtMG amendment between them is Art. 1 V v. 18.5.2021 I 1096 (Nr. 24) (noted 'textlich nachgewiesen' in the gesetze-im-internet XML of 28.12.2021, " + JAN + ", commit 24c77918); the four positions (MDMB-4en-PINACA, Isotonitazen, 2-Methyl-AP-237 in Anlage II, Remimazolam in Anlage III) are those of the draft described at community.beck.de/2021/01/17/aenderung-des-btmg-mit-aufnahme-von-4-neuen-stoffen-geplant",
               note="Day of entry into force not read: window from the act's date to the first consolidated text showing the position (22.5.2021)."),
    "2021-11": dict(cit=["V v. 8.11.2021, Art. 1, BGBl. I 2021 S. 4791 (Nr. 77)", "G v. 27.9.2021, Art. 8 Abs. 5, BGBl. I 2021 S. 4530 (Nr. 70)"],
               eff={"not_before": "2021-09-27", "not_after": "2021-11-14"},
               src="absent from the gesetze-im-internet text of 1.10.2021, present in that of 14.11.2021 (" + KME + ", commits b2801b80 and bd9310ba); the amendments noted in the gesetze-im-internet XML of 28.12.2021 after the V v. 18.5.2021 are G v. 3.6.2021, G v. 10.8.2021, G v. 27.9.2021 (Art. 8 Abs. 5) and V v. 8.11.2021 (" + JAN + ", commit 24c77918)",
               note="Most likely placed by the V v. 8.11.2021 (the only Verordnung among the acts noted), but the G v. 27.9.2021 (Art. 8 Abs. 5) also amended the BtMG in that interval and its content was not read: window from 27.9.2021 to 14.11.2021."),
    "2022-12": dict(cit=["Verordnung vom 16. Dezember 2022, Art. 1, BAnz AT 20.12.2022 V1"], eff="2022-12-21",
               src="gesetze-im-internet XML of 21.12.2022, Standangabe 'Änderung durch Art. 1 V v. 16.12.2022 BAnz AT 20.12.2022 V1 mWv 21.12.2022 noch nicht berücksichtigt' (" + JAN + ", commit 06a5a111); the positions are absent from that text and present in the next ones (" + KME + " commit b0e47c8b of 22.12.2022; " + JAN + " commit 336d2015 of 28.12.2022, Stand 'zuletzt geändert durch Art. 1 V v. 16.12.2022 BAnz AT 20.12.2022 V1')"),
    "2023-06": dict(cit=["Verordnung vom 1. Juni 2023, Art. 1, BGBl. 2023 I Nr. 143"],
               eff={"not_before": "2023-06-01", "not_after": "2023-06-08"},
               src="absent from the gesetze-im-internet XML of 8.3.2023 (Stand V v. 16.12.2022, " + JAN + ", commit fdaccdd3), present in the text of 8.6.2023 (" + KME + ", commit d9e00ce5) and in the XML of 21.6.2023 whose Stand is 'zuletzt geändert durch Art. 1 V v. 1.6.2023 I Nr. 143' (commit 2dbf8940); no other BtMG amendment lies between (umwelt-online.de/recht/lebensmt/amg/btmg1.htm: 01.06.2023 Nr. 143)",
               note="Day of entry into force not read: window from the act's date to the first consolidated text showing the position (8.6.2023)."),
})
ACTS["2024"]["eff"] = {"not_before": "2024-12-04", "not_after": "2024-12-11"}
ACTS["2024"]["src"] += "; absent from the gesetze-im-internet XML of 29.5.2024 (Stand G v. 27.3.2024), present in that of 11.12.2024 (Stand 'zuletzt geändert durch Art. 1 V v. 29.11.2024 I Nr. 379') (" + JAN + ", commits 78438d0a and ca9189cf)"

LATE_ROWS = ({
    "2020-07": ["II:107"],
    "2020-11": ["II:50", "II:77", "II:94", "II:106", "II:184", "II:206"],
    "2021-05": ["II:116", "II:137", "II:150", "III:78"],
    "2021-11": ["II:44", "II:70", "II:96", "II:105"],
    "2022-12": ["II:32", "II:40", "II:88", "II:157"],
    "2023-06": ["II:8", "II:89", "II:90", "II:182", "II:185"],
})

# Row keys (Anlage:TSV line) placed by each act, read in the sources above.
ROWS = {
    "1": ["I:26", "I:66", "I:99", "I:104", "I:160", "I:120", "I:157", "I:173", "II:178"],
    "1-move": ["II:39", "II:60", "II:133"],           # Cetobemidon, Dextropropoxyphen, Levorphanol: III -> II
    "2": ["I:29", "I:51", "I:52", "I:111"],
    "2-benzo": ["III:4", "III:9", "III:12", "III:14", "III:15", "III:16", "III:17", "III:18", "III:19", "III:22",
                "III:26", "III:28", "III:29", "III:32", "III:35", "III:36", "III:37", "III:38", "III:39", "III:43",
                "III:47", "III:48", "III:49", "III:50", "III:57", "III:58", "III:59", "III:62", "III:63", "III:73",
                "III:76", "III:82", "III:83", "III:85"],
    "3": ["I:5", "I:112", "I:122", "I:80", "I:82", "I:81", "I:113", "I:106", "I:110", "I:117"],
    "4": ["I:18", "I:27", "I:28", "I:45", "I:70", "I:88", "I:124", "I:119", "I:144"],
    "8": ["I:96", "II:25", "II:140", "II:208", "III:10"],
    "10": ["I:6", "I:14", "I:91", "I:71", "I:17", "I:60", "I:90", "I:42", "I:114", "I:137", "I:79", "I:118"],
    "notv1998": ["I:121", "I:149", "I:102", "I:41", "I:92"],
    "18": ["II:24"],
    "21": ["I:159", "II:23", "II:30", "II:35", "II:41", "II:55", "II:92", "II:134", "II:138", "II:139", "II:141", "II:144"],
    "21-press": ["II:167"],
    "22": ["II:46", "II:119"],
    "24": ["I:116", "II:47"],
    "2009-diam": ["II:61", "III:25"],
    "27": ["III:46"],
    "31": ["I:129", "II:9", "II:10", "II:22", "II:86", "II:108"],
    "2019": ["II:52", "II:54", "II:56", "II:98"],
    "2024": ["II:31", "II:36", "II:69", "II:97"],
}
ROWS.update(LATE_ROWS)
# first control in Germany according to the source (new insertion, "neu aufgenommen",
# "neu eingefügt", "bisher nicht dem BtMG unterliegen", or a transitional rule for it)
ADDED = set(ROWS["1"] + ROWS["2"] + ROWS["2-benzo"] + ROWS["3"] + ROWS["4"] + ROWS["8"] + ROWS["10"]
            + ROWS["notv1998"] + ROWS["18"] + ["I:159", "II:30", "II:167"] + ROWS["22"] + ["I:116"]
            + ROWS["27"] + ROWS["31"])
# Not for the acts after 26.11.2016: from then on the NpSG (not recorded here as listings)
# may have controlled the substance before its BtMG listing.
ADDED -= {"II:178"} - set()  # Phendimetrazin: "neu in Anlage II aufgenommen" (kept below)
ADDED |= {"II:178"}

# Entries visible in the Anlagen "Stand 01.02.98" (cannabislegal.de/recht/btmg-anl.htm, start of Teil B)
SEEN_1998 = {"I:2", "I:3", "I:4", "I:7", "I:8", "I:9", "I:10", "I:11", "I:13"}
# Present in consolidation A under another spelling (checked by eye: "Alphaproidin", round for square brackets, "delta" for "Δ")
IN_A = {"I:11", "I:35", "I:163", "I:168"}

WINDOWS = {
    # first consolidation showing the entry -> (not_before, not_after, candidate acts, source)
    "A": ("1982-01-01", "2012-07-02", ["BtMG 1981 (BGBl. I 1981 S. 681) and its amending acts to the 25. BtMÄndV (BGBl. I 2011 S. 821); Anlagen re-enacted by the 15. BtMÄndV, BGBl. I 2001 S. 1180"],
          "consolidated text A: github.com/bundestag/gesetze b/btmg_1981/index.md at commit 8e9e7a10 ('Stand 2.7.2012', last amending act V v. 11.5.2011 I 821)",
          "Act that placed the entry not identified; the BtMG 1981 took effect 1982-01-01; in force by the consolidation of 2.7.2012."),
    "D": ("2012-10-20", "2018-03-26", ["27. BtMÄndV, BGBl. I 2013 S. 2274", "28. BtMÄndV, BGBl. I 2014 S. 1999", "29. BtMÄndV, BGBl. I 2015 S. 723",
                                        "30. BtMÄndV, BGBl. I 2015 S. 1992", "31. BtMÄndV, BGBl. I 2016 S. 1282", "G v. 6.3.2017, BGBl. I 2017 S. 403",
                                        "V v. 16.6.2017, BGBl. I 2017 S. 1670"],
          "consolidated texts C (github.com/bundestag/gesetze commit 28bf164c, last act G v. 19.10.2012) without the entry and D (github.com/alangecker/bundesgesetze commit 86109111 of 2018-03-26, last act V v. 16.6.2017 I 1670) with it",
          "Placed by one of the amending acts between the consolidations of 2012 and 2018 (listed in citation); which one was not identified."),
    "E": ("2017-06-17", "2022-02-13", ["V v. 2.7.2018, BGBl. I 2018 S. 1078", "V v. 12.7.2019, BGBl. I 2019 S. 1083", "BGBl. I 2019 S. 2850",
                                        "BGBl. I 2020 S. 1328", "BGBl. I 2020 S. 1691", "BGBl. I 2020 S. 2600", "V v. 14.1.2021, BGBl. I 2021 S. 70",
                                        "V v. 18.5.2021, BGBl. I 2021 S. 1096", "V v. 8.11.2021, BGBl. I 2021 S. 4791"],
          "consolidated texts D (2018, last act V v. 16.6.2017) without the entry and E (github.com/bundestag/gesetze commit 79bdc90d of 2022-02-13, text to V v. 8.11.2021) with it; amending acts listed at umwelt-online.de/recht/lebensmt/amg/btmg1.htm",
          "Placed by one of the amending acts between the consolidations of 2018 and 2022 (listed in citation); which one was not identified."),
    "F": ("2021-11-09", "2024-11-29", ["BAnz AT 20.12.2022 V1", "BGBl. 2023 I Nr. 143", "BGBl. 2023 I Nr. 197", "BGBl. 2023 I Nr. 204", "BGBl. 2024 I Nr. 109"],
          "consolidated text E (2022, text to V v. 8.11.2021) without the entry; the current text (Stand: zuletzt geändert durch V v. 29.11.2024) with it; amending acts listed at umwelt-online.de/recht/lebensmt/amg/btmg1.htm",
          "Placed by one of the amending acts of 2022-2024 before the V v. 29.11.2024 (listed in citation); which one was not identified. not_after is the Stand of the text read."),
}


QL = ("consolidated text of 24.9.2020: github.com/QuantLaw/gesetze-im-internet data/items/btmg_1981/BJNR106810981.xml "
      "at commit 00cc2aa5 (gesetze-im-internet XML, builddate 2020-09-24, Stand: zuletzt geändert durch Art. 91 V v. 19.6.2020 I 1328; "
      "Änderung durch Art. 1 V v. 10.7.2020 I 1691 textlich nachgewiesen)")
# Anlage II positions of window E that the 2020-09-24 text already has, and those it lacks (read there)
Q_PRESENT = {"II:51", "II:52", "II:53", "II:54", "II:56", "II:81", "II:98", "II:107", "II:146", "II:166", "II:168", "II:172", "II:195", "II:204"}
Q_ABSENT = {"II:44", "II:50", "II:70", "II:77", "II:94", "II:96", "II:105", "II:106", "II:116", "II:137", "II:150", "II:184", "II:206"}


def first_snapshot(key):
    an = key.split(":")[0]
    if key in IN_A:
        return "A"
    for lab in "ABCDE":
        if an in SNAP[key][lab]:
            return "A" if lab == "C" else lab
    return "F"


def act_of(key):
    for act, keys in ROWS.items():
        if key in keys and act != "1-move":
            return act
    return None


def history_for(key, sid, o):
    out = []
    an = key.split(":")[0]
    act = act_of(key)
    if act is None and first_snapshot(key) == "B":
        act = "26"  # new in the consolidation with Stand 26. BtMÄndV, absent from the one before it
    if key in ROWS["1-move"]:
        a1 = ACTS["1"]
        out.append(dict(anlage="III", current=False, effective=ACTS["1981"]["eff"], until=a1["eff"],
                        citation=ACTS["1981"]["cit"] + a1["cit"], source=ACTS["1981"]["src"],
                        note="In Anlage III of the BtMG 1981 until the 1. BtMÄndV struck it there and inserted it in Anlage II; the day that act took effect was not found (window)."))
        out.append(dict(effective=a1["eff"], citation=a1["cit"], source=a1["src"],
                        note="Moved from Anlage III to Anlage II by the 1. BtMÄndV. " + a1["note"]))
        return out
    if key == "II:170":  # Oxymorphon: struck from Anlage I by the 21. BtMÄndV
        a = ACTS["21"]
        out.append(dict(anlage="I", current=False, effective={"not_before": "1982-01-01", "not_after": "2008-02-18"}, until=a["eff"],
                        citation=a["cit"], source=a["src"] + " ('Die Position Oxymorphon wird mit allen Angaben gestrichen')",
                        note="In Anlage I until the 21. BtMÄndV struck the position (shown in force by the act of 18.2.2008 that struck it); the act that placed it there was not identified."))
    if act:
        a = ACTS[act]
        h = dict(effective=a["eff"], citation=a["cit"], source=a["src"])
        if key in ADDED or act == "26":
            h["added"] = True
        notes = [a.get("note", "")]
        if act == "21" and key not in ADDED:
            notes.append("Inserted in Anlage II by the 21. BtMÄndV; whether it was in another Anlage before was not checked, so the state before 1.3.2008 is left unknown.")
        if act == "21" and key == "II:141":
            notes.append("The position 'Metamfetamin' ((2S)-isomer) as inserted by the 21. BtMÄndV.")
        h["note"] = " ".join(n for n in notes if n)
        return out + [h]
    lab = first_snapshot(key)
    nb, na, cands, src, note = WINDOWS[lab]
    if lab == "D":
        # umwelt-online.de/recht/lebensmt/amg/btmg1.htm (list of the BtMG's amending acts, read 2026-12-01):
        # after "19.10.2012 S. 2192" the next one is "10.06.2013 S. 1497", so no act between could have placed it
        nb = "2013-06-10"
        src = src + "; list of the BtMG's amending acts at umwelt-online.de/recht/lebensmt/amg/btmg1.htm (after G v. 19.10.2012 I 2192 the next is of 10.6.2013, BGBl. I S. 1497)"
        note = note + " not_before is the date of the first BtMG amendment after the G v. 19.10.2012 (umwelt-online list)."
    if lab == "E" and key in Q_PRESENT:
        nb = "2018-07-02"
        na = "2020-09-24"
        cands = ["V v. 2.7.2018, BGBl. I 2018 S. 1078", "V v. 12.7.2019, BGBl. I 2019 S. 1083", "BGBl. I 2019 S. 2850",
                 "BGBl. I 2020 S. 1328", "V v. 10.7.2020, BGBl. I 2020 S. 1691"]
        src = src + "; present in the " + QL
        src = src + "; the first BtMG amendment after the V v. 16.6.2017 is of 2.7.2018, BGBl. I S. 1078 (umwelt-online.de/recht/lebensmt/amg/btmg1.htm)"
        note = "Placed by one of the amending acts between the consolidations of 2018 and 24.9.2020 (listed in citation); which one was not identified. not_before is the date of the first of them (V v. 2.7.2018)."
    elif lab == "E" and key in Q_ABSENT:
        nb = "2020-07-11"
        cands = ["BGBl. I 2020 S. 2600", "V v. 14.1.2021, BGBl. I 2021 S. 70", "V v. 18.5.2021, BGBl. I 2021 S. 1096", "V v. 8.11.2021, BGBl. I 2021 S. 4791"]
        src = src + "; absent from the " + QL
        note = "Placed by one of the amending acts after the V of 10.7.2020 (whose text the consolidation of 24.9.2020 already contains) and up to the V of 8.11.2021 (listed in citation); which one was not identified."
    if lab == "A" and key in SEEN_1998:
        na = "1998-02-01"
        src = src + "; shown in force in the Anlagen 'Stand 01.02.98' (cannabislegal.de/recht/btmg-anl.htm)"
        note = "Act that placed the entry not identified; the BtMG 1981 took effect 1982-01-01; in force by 1.2.1998."
    h = dict(effective={"not_before": nb, "not_after": na}, citation=cands, source=src, note=note)
    if lab == "A" and key == "I:166":
        pass
    return out + [h]


# Positions no longer in the Anlagen: cannabis left the BtMG with the Cannabisgesetz.
KCANG_CIT = "Gesetz zum kontrollierten Umgang mit Cannabis (G v. 27.03.2024, Art. 3: BtMG), BGBl. 2024 I Nr. 109"
KCANG_SRC = ("positions present in the consolidated texts of 2012 and 2022 (" + GII + ") and absent from the current text; "
             "BtMG last changed by Artikel 3 G. v. 27.03.2024 BGBl. 2024 I Nr. 109 before the V of 29.11.2024 (buzer.de/gesetz/631/a8032.htm); "
             "synopsis of the BtMG change of 01.04.2024 (lawalert.de/aenderung-gesetz-btmg_1981/synopse-vom-01-04-24)")
EXTRA = [
    dict(substance="cannabis", anlage="I", effective={"not_before": "1982-01-01", "not_after": "1996-04-03"}, until="2024-04-01",
         citation=["BtMG vom 28. Juli 1981, BGBl. I 1981 S. 681", KCANG_CIT],
         source="7. BtMÄndV (BGBl. I 1996 S. 562, ausgegeben 3.4.1996) reformulating the exemption of the position 'Cannabis (Marihuana)' in Anlage I Teil B, eve-rave.net/abfahrer/recht.sp?text=35&cat=1&page=0; " + KCANG_SRC,
         note="Cannabis (Marihuana, plants and parts of plants of the genus Cannabis), with the exemptions for seeds and industrial hemp (Nutzhanf); in Anlage I by 3.4.1996 (the 7. BtMÄndV amends the position); removed from the BtMG when the Cannabisgesetz took effect (1.4.2024); since then controlled under the KCanG and the Medizinal-Cannabisgesetz, which are not recorded here."),
    dict(substance="cannabis-resin-and-extracts", anlage="I", effective={"not_before": "1982-01-01", "not_after": "2012-07-02"}, until="2024-04-01",
         citation=["BtMG vom 28. Juli 1981, BGBl. I 1981 S. 681", KCANG_CIT], source=KCANG_SRC,
         note="Position 'Cannabisharz (Haschisch)'; the act that placed it was not identified; removed from the BtMG when the Cannabisgesetz took effect (1.4.2024)."),
    dict(substance="cannabis", anlage="II", effective={"not_before": "1982-01-01", "not_after": "2012-07-02"}, until="2024-04-01",
         citation=[KCANG_CIT], source=KCANG_SRC,
         note="Cannabis position of Anlage II (for the manufacture of medicinal preparations); the act that placed it was not identified (it is in the 2012 consolidation); removed on 1.4.2024."),
    dict(substance="cannabis", anlage="III", effective={"not_before": "1982-01-01", "not_after": "2012-07-02"}, until="2024-04-01",
         citation=[KCANG_CIT], source=KCANG_SRC,
         note="Cannabis position of Anlage III (medicinal use; its wording changed in 2017); the act that placed it was not identified (it is in the 2012 consolidation); removed on 1.4.2024."),
]
