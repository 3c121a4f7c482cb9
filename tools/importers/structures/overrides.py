"""Hand-checked decisions for add_structures_names.py, each with its reason."""

_PLANT = "a plant or plant material, not one compound"
_PREP = "a preparation or extract (a mixture), not one compound"
_PROT = "a protein (glycoprotein / polypeptide hormone), no SMILES of a defined small molecule"
# records that are not single compounds: no structure
NO_STRUCTURE = {
    "poppy-straw-shell": _PLANT, "kratom": _PLANT, "papaver-bracteatum": _PLANT,
    "salvia-divinorum": _PLANT, "khat": _PLANT, "coca-leaf": _PLANT, "opium-poppy": _PLANT,
    "peyote": _PLANT, "poppy-straw": _PLANT, "cannabis": _PLANT,
    "sassafras-oil": "an essential oil (a mixture; safrole is its listed component)",
    "ephedra-extract": _PREP, "cannabis-oil": _PREP, "cannabis-resin-and-extracts": _PREP,
    "marihuana-extract": _PREP, "opium": _PREP, "opium-extracts": _PREP, "opium-fluid-extract": _PREP,
    "opium-tincture": _PREP, "opium-granulated": _PREP, "opium-powdered": _PREP,
    "opium-prepared-or-medicinal": _PREP, "concentrate-of-poppy-straw": _PREP,
    "codeine-and-isoquinoline-alkaloid-90-mg-du": "a dosage-unit preparation (US CSA III), not one compound",
    "difenoxin-1-mg-25-ug-atso4-du": "a dosage-unit preparation (difenoxin with atropine sulfate), not one compound",
    "chorionic-gonadotrophin": _PROT, "non-human-chorionic-gonadotrophin": _PROT,
    "somatotropin": _PROT, "somatrem": _PROT, "somatropin": _PROT,
    "red-phosphorus": "an allotrope of the element (polymeric phosphorus), no molecular SMILES",
    "pmk-glycidic-acid-esters": "a group (all esters of PMK glycidic acid), not one compound",
    "3-oxo-2-phenylbutanoic-acid": "a group (the acid and its esters); the acid itself is record apaa",
    "bromophenethylamine": "the list names no ring position (a group of position isomers)",
    "chlorophenethylamine": "the list names no ring position (a group of position isomers)",
    "fluorophenethylamine": "the list names no ring position (a group of position isomers)",
    "chloroamphetamine": "the list names no ring position (a group of position isomers)",
    "chloromethamphetamine": "the list names no ring position (a group of position isomers)",
    "methoxyphenethylamine": "the list names no position (ring or N); PubChem's synonym is N-methoxyphenethylamine (CID 121190), not shown to be the listed one",
    "hydroxycocaine": "the name gives no position of the hydroxy group",
    "hydroxybenzoylecgonine": "the name gives no position of the hydroxy group",
}

# PubChem matches checked by hand and not used
DENY = {
    "methoxyphenethylamine": "name match is N-methoxyphenethylamine (CID 121190); the listed isomer is not given",
    "norpseudoephedrine": "name match is (-)-(1R,2R)-norpseudoephedrine (CID 162265); the listing names no enantiomer and cathine is (+)",
    "4-fluoromethylphenidate": "name match is one stereoisomer (R,R; CID 52944002); the listing names none",
    "3-4-dichloromethylphenidate": "name match is one stereoisomer (R,R; CID 44296390); the listing names none",
    "1-androstenediol": "PubChem's '1-Androstenediol' (CID 11300765) is one C3 epimer; the UK name gives none",
}

# names OPSIN cannot read as printed, in a repaired spelling (the repair only
# fixes spelling / punctuation or moves a 17-substituent into prefix form,
# never the structure named).
# The steroid rewrites were tried on compounds whose structure the data
# already has, and give their InChIKeys: "17β-hydroxy-17-methylandrosta-1,4-
# dien-3-one" = methandienone, "17β-hydroxy-17-methylandrost-4-en-3-one" =
# methyltestosterone, "17β-hydroxy-13,17-diethylgon-4-en-3-one" = norbolethone,
# "17β-hydroxy-17-ethylestr-4-ene" = ethylestrenol, "17α-ethynyl-17β-
# hydroxyestr-4-en-3-one" = norethindrone (PubChem CID 6230).
NAME_FIX = {
    "2-oxiranecarboxylic acid, 3-(1,3-benzodioxol-5-yl)-2-methyl-, Ester tert-butylique de l’acide méthyl- tert-butyl ester": "tert-butyl 3-(1,3-benzodioxol-5-yl)-2-methyloxirane-2-carboxylate",  # the CAS index name, with the French name run into it, in substitutive order
    "2-oxiranecarboxylic acid, 3-(1,3-benzodioxol-5-yl)-2-methyl-, Ester sec-butylique de l’acide méthyl- sec-butyl ester": "sec-butyl 3-(1,3-benzodioxol-5-yl)-2-methyloxirane-2-carboxylate",  # the CAS index name, with the French name run into it, in substitutive order
    "2-oxiranecarboxylic acid, 3-(1,3-benzodioxol-5-yl)-2-methyl-, Ester isobutylique de l’acide méthyl- isobutyl ester": "isobutyl 3-(1,3-benzodioxol-5-yl)-2-methyloxirane-2-carboxylate",  # the CAS index name, with the French name run into it, in substitutive order
    "2-oxiranecarboxylic acid, 3-(1,3-benzodioxol-5-yl)-2-methyl-, Ester butylique de l’acide méthyl- butyl ester": "butyl 3-(1,3-benzodioxol-5-yl)-2-methyloxirane-2-carboxylate",  # the CAS index name, with the French name run into it, in substitutive order
    "2-oxiranecarboxylic acid, 3-(1,3-benzodioxol-5-yl)-2-methyl-, Ester isopropylique de l’acide méthyl- isopropyl ester": "isopropyl 3-(1,3-benzodioxol-5-yl)-2-methyloxirane-2-carboxylate",  # the CAS index name, with the French name run into it, in substitutive order
    "2-oxiranecarboxylic acid, 3-(1,3-benzodioxol-5-yl)-2-methyl-, Ester propylique de l’acide méthyl- propyl ester": "propyl 3-(1,3-benzodioxol-5-yl)-2-methyloxirane-2-carboxylate",  # the CAS index name, with the French name run into it, in substitutive order
    "[3-(2-Diethylaminoethyl)indol-4-yl]dihydrogen phosphate": "3-[2-(diethylamino)ethyl]-1H-indol-4-yl dihydrogen phosphate",
    "2-(4,7-Dimethoxy-2,3-dihydro-1H-indan-5-yl)-1-methylethylamine": "2-(4,7-dimethoxy-2,3-dihydro-1H-inden-5-yl)-1-methylethylamine",  # "indan" is already the dihydro ring
    "2-(4,7-Dimethoxy-2,3-dihydro-1H-indan-5-yl)ethylamine": "2-(4,7-dimethoxy-2,3-dihydro-1H-inden-5-yl)ethylamine",
    "2-(5-Methoxy-2,2-dimethyl-2,3-dihydrobenzo[β]furan-6-yl)-1-methylethylamine": "2-(5-methoxy-2,2-dimethyl-2,3-dihydrobenzo[b]furan-6-yl)-1-methylethylamine",  # β printed for b
    "2-(5-Methoxy-2-methyl-2,3-dihydrobenzo[β]furan-6-yl)-1-methylethylamine": "2-(5-methoxy-2-methyl-2,3-dihydrobenzo[b]furan-6-yl)-1-methylethylamine",
    "N-(2,5-Dimethoxy-4-propylthiophenthyl)hydroxylamine": "N-[2,5-dimethoxy-4-(propylthio)phenethyl]hydroxylamine",  # "phenthyl" for phenethyl; brackets so that "propylthio" is not read as thiophene
    "17ß-hydroxy-17α-methylandrostano [3,2-c]isoxazole": "17β-hydroxy-17α-methylandrostano[3,2-c]isoxazole",
    "19-nor-17α-pregn-5-en-17-ol": "17β-hydroxy-17-ethylestr-5-ene",  # 19-nor-17α-pregnane = estrane with a 17α-ethyl, the 17-OH then β (the same pattern on ethylestrenol, 19-nor-17α-pregn-4-en-17-ol, gives its record's InChIKey)
    "4, 17ß-dihydroxy-17-methylandrosta-1,4-dien-3-one": "17β-hydroxy-4-hydroxy-17-methylandrosta-1,4-dien-3-one",  # OPSIN reads the 17-substituents in this order only
    "(7α,17α)-17-hydroxy-7-methyl-19-norpregn-5(10) en-20-yn-3-one": "17α-ethynyl-17β-hydroxy-7α-methylestr-5(10)-en-3-one",  # 19-norpregn-20-yne = estrane with 17-ethynyl
    "17α-Methyl-androsta-1,4-diene-3,17β-diol": "17β-hydroxy-17-methylandrosta-1,4-dien-3-ol",
    "2α,3α-Epithio-17α-methyl-5α-androstan-17β-ol": "17β-hydroxy-2α,3α-epithio-17-methyl-5α-androstane",
    "13β,17α-diethyl-17β-hydroxygon-4,9,11-trien-3-one": "17β-hydroxy-13,17-diethylgona-4,9,11-trien-3-one",
    "[2-(2-oxo-l-phenyl-5-pyridin-2-yl-l ,2-dihydropyridin-3-yl) benzonitrile]":
        "2-(2-oxo-1-phenyl-5-pyridin-2-yl-1,2-dihydropyridin-3-yl)benzonitrile",  # "l" printed for "1"
}

# further printed names, by record id: [(label, name)]
# (Looked up for the China 第二类 INNs whose only structure was the catalogue's
# SMILES, so that a name read by OPSIN can confirm it; addresses given.)
EXTRA_NAMES = {
    "cebranopadol": [("lookup ACS Med. Chem. Lett. 5, 857 (2014), doi:10.1021/ml500117c",
                      "6'-fluoro-4',9'-dihydro-N,N-dimethyl-4-phenylspiro[cyclohexane-1,1'(3'H)-pyrano[3,4-b]indol]-4-amine")],  # printed "trans-": relative ring configuration, not written
    "dezocine": [("lookup en.wikipedia.org/wiki/Dezocine (IUPAC name, CAS 53648-55-8)",
                  "(5R,11S,13R)-13-amino-5-methyl-5,6,7,8,9,10,11,12-octahydro-5,11-methanobenzo[10]annulen-3-ol")],
    "nalfurafine": [("lookup en.wikipedia.org/wiki/Nalfurafine (IUPAC name)",
                     "(2E)-N-[(5α,6β)-17-(cyclopropylmethyl)-3,14-dihydroxy-4,5-epoxymorphinan-6-yl]-3-(3-furyl)-N-methylacrylamide")],
    "dimdazenil": [("lookup WO 00/69858 (CA 2372040), the compound claimed",
                    "7-chloro-3-(5-dimethylaminomethyl-[1,2,4]oxadiazol-3-yl)-5-methyl-4,5-dihydro-imidazo[1,5-a][1,4]benzodiazepin-6-one")],
    "valiloxybate": [("lookup WO 2022/076466 A1 (XWPharma), the compound claimed",
                      "4-((L-valyl)oxy)butanoic acid")],
    # UK-listed INNs / metabolites with no name in the lists that OPSIN reads
    "danazol": [("lookup en.wikipedia.org/wiki/Danazol (IUPAC name; CAS 17230-88-5)",
                 "(1S,2R,13R,14S,17R,18S)-17-ethynyl-2,18-dimethyl-7-oxa-6-azapentacyclo[11.7.0.0^{2,10}.0^{4,8}.0^{14,18}]icosa-4(8),5,9-trien-17-ol")],
    "gestrinone": [("lookup Wikipedia drugbox / smolecule.com S528836 (IUPAC name, InChIKey; CAS 16320-04-0)",
                    "(8S,13S,14S,17R)-13-ethyl-17-ethynyl-17-hydroxy-1,2,6,7,8,14,15,16-octahydrocyclopenta[a]phenanthren-3-one")],
    "atamestane": [("lookup NCI drug dictionary via dictai.org/w/atamestane, smolecule.com S548664",
                    "1-methylandrosta-1,4-diene-3,17-dione")],
    "fonazepam": [("lookup Forensic Toxicol 35:1 (2017) (fonazepam = desmethylflunitrazepam); benchchem B045355",
                   "5-(2-fluorophenyl)-1,3-dihydro-7-nitro-2H-1,4-benzodiazepin-2-one")],
    "propetandrol": [("lookup grokipedia.com/page/propetandrol (IUPAC name; synonym 19-nor-17α-pregn-4-ene-3β,17-diol 3-propionate, CAS 3638-82-2)",
                      "[(3S,8R,9S,10R,13S,14S,17S)-17-ethyl-17-hydroxy-13-methyl-2,3,6,7,8,9,10,11,12,14,15,16-dodecahydro-1H-cyclopenta[a]phenanthren-3-yl] propanoate")],
    "19-norandrosterone": [("lookup Wikipedia 19-Norandrosterone (2012 copy; IUPAC name, CAS 1225-01-0)",
                            "(3R,5S,8R,9R,10S,13S,14S)-3-hydroxy-13-methyl-2,3,4,5,6,7,8,9,10,11,12,14,15,16-tetradecahydro-1H-cyclopenta[a]phenanthren-17-one")],
    "zilpaterol": [("lookup en.wikipedia.org/wiki/Zilpaterol (IUPAC name, printed '(±)-trans-': a racemate, no stereo written)",
                    "4,5,6,7-tetrahydro-7-hydroxy-6-(isopropylamino)imidazo[4,5,1-jk][1]benzazepin-2(1H)-one")],
}

# InChIKeys printed beside a looked-up name: the name's structure must have it
# (for a racemate written without stereo, the first block only)
PRINTED_KEY = {"gestrinone": "BJJXHLWLUDYTGC-ANULTFPQSA-N", "zilpaterol": "ZSTCZWJCLIRCOJ"}

# records whose structure (stereo included) a looked-up structure must contain
# ("contains") or lie within ("in")
RELATED = {
    "fonazepam": [("in", "flunitrazepam")],       # N-desmethyl flunitrazepam
    "propetandrol": [("contains", "ethylestrenol")],  # ethylestrenol 3β-ol propionate
}

# records whose structure rests on a name without locants, checked by hand
ACCEPT_SINGLE = {
    "cp-47497-c8-homolog": "written with the DEA name's (1R,3S); the BtMG name says (1RS,3SR) (a racemate): the two lists differ on stereo only",
    "alpha-methylphenethylhydroxylamine": "α-methylphenethyl = 1-phenylpropan-2-yl on the hydroxylamine N (N-hydroxyamphetamine, as the BtMG's record n-hydroxyamphetamine spells it)",
    "depapd": "'Diethyl (phenylacetyl)propanedioate': propanedioate has one substitutable carbon; CAS 20320-59-6 printed with it",
    "n-methyl-lysergic-acid-diethylamide": "lysergic acid diethylamide has one N-H (indole N1), so 'N-methyl' is N1; OPSIN's lysergic acid has the natural (5R,8R) configuration",
    "n-methylhomoveratrylamine": "homoveratrylamine = 3,4-dimethoxyphenethylamine (record homoveratrylamine); the one N-H site takes the methyl",
}

# structures read but not written
REJECT = {
    # Structures known (correct), withheld only because tests/structure.rs
    # (listed_fentanyls_are_matched_by_the_class_rules) checks every record with
    # a fentanyl name or a US 98xx code against the class rules, and its allow-list
    # FENTANYL_EXCEPTIONS (a file outside this task) needs an entry for each:
    "thenylfentanyl": "withheld until tests/structure.rs FENTANYL_EXCEPTIONS allow-lists it: "
                      "(\"thenylfentanyl\", false, true, \"US: the N1 group is thiophen-2-ylmethyl, one carbon shorter than phenethyl, outside the US definition; CN: (四) any N1 group\"). "
                      "Structure from the BtMG name N-Phenyl-N-(1-thenyl-4-piperidyl)propanamid and PubChem CID 21595404 (name 'Thenylfentanyl'): "
                      "CCC(=O)N(c1ccccc1)C1CCN(Cc2cccs2)CC1, C19H24N2OS, JSOSWRYHPGIWGT-UHFFFAOYSA-N",
    "moramide-intermediate": "withheld until tests/structure.rs FENTANYL_EXCEPTIONS allow-lists it: "
                             "(\"moramide-intermediate\", false, false, \"not a fentanyl: the US 98xx block also holds 9802, moramide intermediate\"). "
                             "Structure from the names 3-Methyl-4-morpholino-2,2-diphenylbutansäure (BtMG), 2-Methyl-3-morpholino-1,1-diphenylpropane-carboxylic acid (en) "
                             "and China's 3-Methyl-4-(morpholin-4-yl)-2,2-diphenylbutanoic acid, with China's SMILES: "
                             "CC(CN1CCOCC1)C(C(=O)O)(c1ccccc1)c1ccccc1, C21H25NO3",
    "1-androstenediol": "'1-Androstenediol' gives neither the C3 configuration nor (in the name) the diol positions; the US lists the 3α and 3β isomers as separate records (1-androstenediol-3alpha, -3beta)",
    "norpseudoephedrine": "no enantiomer named; without stereo it is the structure of norephedrine / phenylpropanolamine",
}

# SMILES written in another form than OPSIN's / PubChem's (same InChIKey
# connectivity, stereo compatible), with the reason
SMILES_OVERRIDE = {
    "dezocine": ("C[C@@]12CCCCC[C@@H](Cc3ccc(O)cc31)C2N",
                 "C13 left unspecified: the IUPAC name looked up says (13R) (and the page's SMILES agrees), the China SMILES and the InChI/InChIKey printed on the same page (VTMVHDZWSFQSQP-VBNZEHGJSA-N) say 13S; C5 (R) and C11 (S) agree"),
    "mesocarb": ("CC(Cc1ccccc1)[n+]1cc([N-]C(=O)Nc2ccccc2)on1",
                 "the usual carbamoyl (amide) drawing of the sydnone imine, not the carbamimidate"),
    "14-hydroxymorphine": ("CN1CC[C@]23c4c5ccc(O)c4O[C@H]2[C@@H](O)C=CC3(O)[C@H]1C5",
                           "the name gives no C14 configuration (OPSIN's reading set one); C14 left unspecified"),
}

# names that leave a group's position to OPSIN although they contain digits
WEAK_NAMES = {"1-Androstenediol", "19-Nor-4-androstenediol", "19-Nor-5-androstenediol",
              "4-bromo anilino-1-boc-piperidine", "4-fluoro anilino-1-boc-piperidine"}

# Trivial names turned into a systematic name here, each derived from a parent
# record whose structure is in the data: (name read by OPSIN, parent record id
# whose structure, stereo included, must be contained, reason).
_COC = "(1R,2R,3S,5S)-3-(benzoyloxy)-8-methyl-8-azabicyclo[3.2.1]octane-2-carboxylate"
DERIVED = {
    "cocaethylene": ("ethyl " + _COC, "cocaine",
                     "cocaethylene = ethylbenzoylecgonine (the record's other name): cocaine with the ethyl ester in place of the methyl ester"),
    "propylbenzoylecgonine": ("propyl " + _COC, "cocaine",
                              "propylbenzoylecgonine: cocaine with the propyl ester in place of the methyl ester"),
    "n-benzyl-ethylphenidate": ("ethyl 2-(1-benzylpiperidin-2-yl)-2-phenylacetate", "ethylphenidate",
                                "ethylphenidate with a benzyl group on the piperidine N (the one N)"),
    "3-4-dichloroethylphenidate": ("ethyl 2-(3,4-dichlorophenyl)-2-(piperidin-2-yl)acetate", "ethylphenidate",
                                   "ethylphenidate with 3,4-dichloro on the phenyl ring (as 3,4-dichloromethylphenidate is methylphenidate's)"),
    "3-methoxy-4-hydroxymethamphetamine": ("1-(4-hydroxy-3-methoxyphenyl)-N-methylpropan-2-amine", None,
                                           "methamphetamine = N-methyl-1-phenylpropan-2-amine, with 3-methoxy and 4-hydroxy on the ring as the name says; no enantiomer named"),
    "n-ethylpseudoephedrine": ("(1S,2S)-2-[ethyl(methyl)amino]-1-phenylpropan-1-ol", "pseudoephedrine",
                               "pseudoephedrine ((1S,2S), record pseudoephedrine) with an ethyl group on its N"),
    "4-chlorodiazepam": ("7-chloro-5-(4-chlorophenyl)-1-methyl-1,3-dihydro-2H-1,4-benzodiazepin-2-one", "diazepam",
                         "diazepam with chlorine at 4' (the para position of its 5-phenyl ring)"),
    "6-beta-hydroxytestosterone": ("6β,17β-dihydroxyandrost-4-en-3-one", "testosterone",
                                   "testosterone (17β-hydroxyandrost-4-en-3-one) with a 6β-hydroxy group"),
    "1r-2r-chloropseudoephedrine": ("(1R,2R)-1-chloro-N-methyl-1-phenylpropan-2-amine", "chloroephedrine",
                                    "chloro(pseudo)ephedrine = 1-chloro-N-methyl-1-phenylpropan-2-amine (China's record chloroephedrine: 'N-methyl-1-phenyl-1-chloro-2-propanamine') with the (1R,2R) descriptors the EU name prints"),
    "1r-2s-chloroephedrine": ("(1R,2S)-1-chloro-N-methyl-1-phenylpropan-2-amine", "chloroephedrine",
                              "as chloropseudoephedrine, with the (1R,2S) descriptors the EU name prints"),
    "1s-2r-chloroephedrine": ("(1S,2R)-1-chloro-N-methyl-1-phenylpropan-2-amine", "chloroephedrine",
                              "as chloropseudoephedrine, with the (1S,2R) descriptors the EU name prints"),
    "1s-2s-chloropseudoephedrine": ("(1S,2S)-1-chloro-N-methyl-1-phenylpropan-2-amine", "chloroephedrine",
                                    "as chloropseudoephedrine, with the (1S,2S) descriptors the EU name prints"),
    "dexfenfluramine": ("(2S)-N-ethyl-1-[3-(trifluoromethyl)phenyl]propan-2-amine", "fenfluramine",
                        "the dextrorotatory (S) enantiomer of fenfluramine (record fenfluramine); the China catalogue's SMILES (第二类#21) is the same (S) structure"),
}
