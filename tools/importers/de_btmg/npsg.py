"""NpSG Anlage: one class record per substance group (definition text in German
from shared/reference/germany-btmg/npsg-anlage.txt, a short English summary here).
The structure rules are attached elsewhere; no listings are written here."""
import os, re
from common import REF

GROUPS = [
    # (number, heading line start, id, English name, English summary)
    ("1", "1. Von 2-Phenethylamin abgeleitete Verbindungen", "de-npsg-phenethylamines",
     "NpSG group 1: compounds derived from 2-phenethylamine",
     "Any compound derivable from a 2-phenylethan-1-amine skeleton (except 2-phenethylamine itself), molecular mass at most 500 u, built from structure element A (one of the listed ring systems, e.g. phenyl, naphthyl, methylenedioxyphenyl, thienyl, benzofuranyl) and structure element B (the ethylamine chain with the substituents allowed for R1-R6), including cathinones; substances with a core of groups 2-7 that those groups do not cover are excluded."),
    ("2.1", "2.1 Von Indol, Pyrazol und 4-Chinolon abgeleitete Verbindungen", "de-npsg-cannabinoids",
     "NpSG group 2.1: synthetic cannabinoids derived from indole, pyrazole and 4-quinolone",
     "Synthetic cannabinoids (cannabimimetics) of modular build: a core structure (the ring systems a-h: indole, pyrazole and 4-quinolone derived cores, with the substituents allowed), a bridge at a defined position, a bridge residue of at most 400 u and a side chain of at most 300 u, as specified (example in the text: 1-fluoro-JWH-018)."),
    ("2.2", "2.2 Von 3-Sulfonylamidobenzoesäure abgeleitete Verbindungen", "de-npsg-2-2-cannabimimetics-sulfonylamidobenzoic-acid",
     "NpSG group 2.2: synthetic cannabinoids derived from 3-sulfonylamidobenzoic acid",
     "Synthetic cannabinoids with a 3-sulfonylamidobenzoic acid core and the residues R1-R4 as specified, molecular mass at most 500 u."),
    ("2.3", "2.3 Von 6H-Benzo(c)chromen-1-ol", "de-npsg-2-3-cannabimimetics-benzochromenol",
     "NpSG group 2.3: synthetic cannabinoids derived from 6H-benzo[c]chromen-1-ol",
     "Synthetic cannabinoids with a 6H-benzo[c]chromen-1-ol (6H-dibenzo[b,d]pyran-1-ol) core and the residues R1-R5 as specified, molecular mass at most 600 u."),
    ("3", "3. Benzodiazepine", "de-npsg-benzodiazepines",
     "NpSG group 3: benzodiazepines",
     "Benzodiazepines: 1,4- and 1,5-benzodiazepines and their triazolo and imidazo derivatives, and loprazolam-, ketazolam-, oxazolam- and chlordiazepoxide-type subgroups, with the residues R1-R7 and X as specified (R1 a phenyl, thienyl, tetrahydrobenzothienyl, furanyl or pyridyl ring fused to the seven-membered ring), molecular mass at most 600 u."),
    ("4", "4. Von N-(2-Aminocyclohexyl)amid abgeleitete Verbindungen", "de-npsg-aminocyclohexylamides",
     "NpSG group 4: compounds derived from N-(2-aminocyclohexyl)amide",
     "Compounds derived from N-(2-aminocyclohexyl)amide (the structural type of U-47700) with the substituents as specified, molecular mass at most 500 u."),
    ("5.1", "5.1 Indol-3-alkylamine", "de-npsg-tryptamines",
     "NpSG group 5.1: tryptamine-derived indol-3-alkylamines",
     "Compounds derived from tryptamine: indol-3-alkylamines with the substituents R1-R5 and Rn as specified, molecular mass at most 500 u; tryptamine itself, serotonin, melatonin and their active metabolites are excluded."),
    ("5.2", "5.2 Δ9,10-Ergolene", "de-npsg-5-2-ergolenes",
     "NpSG group 5.2: Δ9,10-ergolenes (lysergamides)",
     "Compounds derived from tryptamine: Δ9,10-ergolenes (lysergic acid amides) with the residues as specified, molecular mass at most 600 u, residue R1 at most 300 u."),
    ("6", "6. Von Arylcyclohexylamin abgeleitete Verbindungen", "de-npsg-arylcyclohexylamines",
     "NpSG group 6: compounds derived from arylcyclohexylamine",
     "Compounds derived from arylcyclohexylamine (phencyclidine- and ketamine-type) with the ring systems and substituents as specified, molecular mass at most 500 u."),
    ("7", "7. Von Benzimidazol abgeleitete Verbindungen", "de-npsg-benzimidazoles",
     "NpSG group 7: compounds derived from benzimidazole",
     "Compounds derived from benzimidazole (the structural type of the nitazene opioids) with the residues as specified, molecular mass at most 500 u."),
]


def sections():
    lines = open(os.path.join(REF, "npsg-anlage.txt"), encoding="utf-8").read().split("\n")
    start = next(i for i, l in enumerate(lines) if l.startswith("1. Von 2-Phenethylamin"))
    body = lines[start:]
    idx = []
    for num, head, *_ in GROUPS:
        i = next(i for i, l in enumerate(body) if l.strip().startswith(head))
        idx.append(i)
    idx.append(len(body))
    out = {}
    for k, (num, head, *_rest) in enumerate(GROUPS):
        chunk = body[idx[k]:idx[k + 1]]
        # the group-2 and group-5 headings (shared by their subgroups) precede 2.1 / 5.1
        text = "\n".join(l.strip() for l in chunk if l.strip())
        text = re.sub(r"\n(2\. Cannabimimetika/synthetische Cannabinoide|5\. Von Tryptamin abgeleitete Verbindungen)\s*$", "", text)
        out[num] = text
    # parent headings, prefixed to their first subgroup for context
    for parent, child in (("2. Cannabimimetika/synthetische Cannabinoide", "2.1"), ("5. Von Tryptamin abgeleitete Verbindungen", "5.1")):
        out[child] = parent + "\n" + out[child]
    return out


def records():
    secs = sections()
    recs = []
    for num, head, cid, name, summary in GROUPS:
        recs.append(dict(id=cid, name=name, de_name=head.split(" ", 1)[1] if num in ("1", "3", "4", "6", "7") else head.split(" ", 1)[1],
                         en=summary, de=secs[num], num=num))
    return recs
