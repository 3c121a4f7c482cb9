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
# never the structure named)
NAME_FIX = {
    "[2-(2-oxo-l-phenyl-5-pyridin-2-yl-l ,2-dihydropyridin-3-yl) benzonitrile]":
        "2-(2-oxo-1-phenyl-5-pyridin-2-yl-1,2-dihydropyridin-3-yl)benzonitrile",  # "l" printed for "1"
}

# further printed names, by record id: [(label, name)]
EXTRA_NAMES = {}

# records whose structure rests on a name without locants, checked by hand
ACCEPT_SINGLE = {
    "alpha-methylphenethylhydroxylamine": "α-methylphenethyl = 1-phenylpropan-2-yl on the hydroxylamine N (N-hydroxyamphetamine, as the BtMG's record n-hydroxyamphetamine spells it)",
    "depapd": "'Diethyl (phenylacetyl)propanedioate': propanedioate has one substitutable carbon; CAS 20320-59-6 printed with it",
    "n-methyl-lysergic-acid-diethylamide": "lysergic acid diethylamide has one N-H (indole N1), so 'N-methyl' is N1; OPSIN's lysergic acid has the natural (5R,8R) configuration",
    "n-methylhomoveratrylamine": "homoveratrylamine = 3,4-dimethoxyphenethylamine (record homoveratrylamine); the one N-H site takes the methyl",
}

# structures read but not written
REJECT = {
    "1-androstenediol": "'1-Androstenediol' gives neither the C3 configuration nor (in the name) the diol positions; the US lists the 3α and 3β isomers as separate records (1-androstenediol-3alpha, -3beta)",
    "norpseudoephedrine": "no enantiomer named; without stereo it is the structure of norephedrine / phenylpropanolamine",
}

# SMILES written in another form than OPSIN's / PubChem's (same InChIKey
# connectivity, stereo compatible), with the reason
SMILES_OVERRIDE = {
    "mesocarb": ("CC(Cc1ccccc1)[n+]1cc([N-]C(=O)Nc2ccccc2)on1",
                 "the usual carbamoyl (amide) drawing of the sydnone imine, not the carbamimidate"),
    "14-hydroxymorphine": ("CN1CC[C@]23c4c5ccc(O)c4O[C@H]2[C@@H](O)C=CC3(O)[C@H]1C5",
                           "the name gives no C14 configuration (OPSIN's reading set one); C14 left unspecified"),
}

# names that leave a group's position to OPSIN although they contain digits
WEAK_NAMES = {"1-Androstenediol", "19-Nor-4-androstenediol", "19-Nor-5-androstenediol",
              "4-bromo anilino-1-boc-piperidine", "4-fluoro anilino-1-boc-piperidine"}
