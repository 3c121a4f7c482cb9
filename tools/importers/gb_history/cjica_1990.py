#!/usr/bin/env python3
"""GB precursor control before Regulation (EC) No 273/2004 / 111/2005: the Criminal
Justice (International Co-operation) Act 1990 (c. 5), section 12 and Schedule 2
('Substances useful for manufacturing controlled drugs', Table I and Table II).
Dev-only.  Appends the listings of instrument gb-cjica-1990-sch2 to
data/listings/gb/precursors.toml (idempotent: the section it wrote before is
replaced).

What was read (search-tool copies of legislation.gov.uk, December 2026):
* Schedule 2 point-in-time text as at 1 July 2005 (Welsh-interface URL
  legislation.gov.uk/cy/ukpga/1990/5/schedules/2005-07-01): commencement note
  'Sch. 2 in force for certain purposes at 23.4.1991 and wholly in force at
  1.7.1991 see s. 32(2) and S.I. 1991/1072, arts. 2(b), 3, Schedule Pt. II'
  (the same for Table I).  Table I entries without an amendment annotation
  (in the Act as enacted): Ephedrine, Ergometrine, Ergotamine, Lysergic acid,
  1-Phenyl-2-propanone, Pseudoephedrine.  Entries annotated F2 'Words in Sch. 2
  Table I inserted (1.1.1993) by S.I. 1992/2873, art. 2(a)': N-Acetylanthranilic
  Acid, Isosafrole, 3,4 Methylenedioxy-Phenyl-2-Propanone, Piperonal, Safrole.
  Annotated F3 'Word in Sch. 2 Table 1 inserted (12.12.2001) by S.I. 2001/3933,
  art. 2': Norephedrine.  The excerpt stops at the Table's closing salts
  paragraph ('The salts o...'); Table II was NOT in the excerpt.
* Section 12 (offence: manufacture or supply of a scheduled substance knowing or
  suspecting its use in unlawful production of a controlled drug) and 13
  (regulations) as enacted and as at 2004/2008: s. 12(4) 'scheduled substance'
  = a substance for the time being specified in Schedule 2.
* The Controlled Drugs (Drug Precursors) (Intra-Community Trade) Regulations
  2008 (SI 2008/295, in force 7 March 2008; zoomlaw copy) and the NCA page on
  precursor legislation still apply Part II of the 1990 Act: no repeal of
  Schedule 2 was found, so no `until` is set (current text not read).

Dates: the as-enacted Table I entries are a window 1991-04-23 .. 1991-07-01
(in force 'for certain purposes' on the first day, wholly on the second; which
purposes was not read).  The inserted entries carry the annotation's date.
Table II (acetic anhydride, acetone, anthranilic acid, ethyl ether, phenylacetic
acid, piperidine as the 1988 Convention's original Table II; hydrochloric acid,
methyl ethyl ketone, potassium permanganate, sulphuric acid, toluene among the
1992 additions) is left out: its UK text was not read.
`added` is not set: control of these substances under earlier UK law was not
checked.
"""
import json, pathlib, re, tomllib

ROOT = pathlib.Path(__file__).resolve().parents[3]
PATH = ROOT / "data/listings/gb/precursors.toml"
MARK = "# ---- Criminal Justice (International Co-operation) Act 1990, Schedule 2 (tools/importers/gb_history/cjica_1990.py) ----"

INST = "gb-cjica-1990-sch2"
SRC = ("legislation.gov.uk, Criminal Justice (International Co-operation) Act 1990 Schedules, point-in-time version as at "
       "1 July 2005 with annotations (https://legislation.gov.uk/cy/ukpga/1990/5/schedules/2005-07-01?view=extent), and "
       "section 12 (https://legislation.gov.uk/ukpga/1990/5/section/12), read via search-tool excerpts")
C_ACT = "Criminal Justice (International Co-operation) Act 1990 (c. 5), s. 12 and Schedule 2, Table I, as enacted"
C_COMM = "S.I. 1991/1072, arts. 2(b), 3 and Schedule Pt. II (Part II and Schedule 2 in force for certain purposes 23 April 1991, wholly 1 July 1991)"
C_1992 = "S.I. 1992/2873, art. 2(a) (words inserted in Schedule 2 Table I, in force 1 January 1993)"
C_2001 = "S.I. 2001/3933, art. 2 (word 'Norephedrine' inserted in Schedule 2 Table I, in force 12 December 2001)"
N_COMMON = (" No repeal of Schedule 2 was found (the Controlled Drugs (Drug Precursors) Regulations 2008, SI 2008/295 and "
            "2008/296, still apply Part II of the 1990 Act); the current text was not read, so no end date is set. "
            "Control of the substance under UK law before the 1990 Act was not checked, so `added` is not set. "
            "Scope: the Table closes with a paragraph on the salts of the substances listed (only its first words were in the excerpt read).")

ENACTED = {"ephedrine": "Ephedrine", "ergometrine": "Ergometrine", "ergotamine": "Ergotamine",
           "lysergic-acid": "Lysergic acid", "phenylacetone": "1-Phenyl-2-propanone", "pseudoephedrine": "Pseudoephedrine"}
IN1993 = {"n-acetylanthranilic-acid": "N-Acetylanthranilic Acid", "isosafrole": "Isosafrole",
          "pmk": "3,4 Methylenedioxy-Phenyl-2-Propanone", "piperonal": "Piperonal", "safrole": "Safrole"}
IN2001 = {"phenylpropanolamine": "Norephedrine"}


def listings():
    out = []
    for s, name in ENACTED.items():
        out.append(dict(substance=s, schedule="Table I", effective={"not_before": "1991-04-23", "not_after": "1991-07-01"},
                        scope=["salts"], citation=[C_ACT, C_COMM], source=SRC,
                        note=(f"Schedule 2 Table I names '{name}' without an amendment annotation in the 1 July 2005 point-in-time text: "
                              "in the Act as enacted. Schedule 2 was in force for certain purposes from 23 April 1991 and wholly from "
                              "1 July 1991 (S.I. 1991/1072); which purposes were covered on the first date was not read, hence the window." + N_COMMON)))
    for s, name in IN1993.items():
        out.append(dict(substance=s, schedule="Table I", effective="1993-01-01", scope=["salts"],
                        citation=["Criminal Justice (International Co-operation) Act 1990 (c. 5), s. 12 and Schedule 2, Table I", C_1992],
                        source=SRC,
                        note=(f"'{name}' in Schedule 2 Table I carries the annotation 'inserted (1.1.1993) by S.I. 1992/2873, art. 2(a)' "
                              "(the 1992 additions to the 1988 Convention's Table I); the order itself was not read." + N_COMMON)))
    for s, name in IN2001.items():
        out.append(dict(substance=s, schedule="Table I", effective="2001-12-12", scope=["salts"],
                        citation=["Criminal Justice (International Co-operation) Act 1990 (c. 5), s. 12 and Schedule 2, Table I", C_2001],
                        source=SRC,
                        note=(f"'{name}' (norephedrine = phenylpropanolamine) in Schedule 2 Table I carries the annotation 'inserted "
                              "(12.12.2001) by S.I. 2001/3933, art. 2'; the order itself was not read." + N_COMMON)))
    return out


ORDER = ["substance", "instrument", "schedule", "effective", "until", "added", "scope", "citation", "source", "note"]


def val(v):
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "[" + ", ".join(val(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def emit(d):
    d = dict(d, instrument=INST)
    return "[[listing]]\n" + "".join(f"{k} = {val(d[k])}\n" for k in ORDER if k in d)


def main():
    text = PATH.read_text()
    if MARK in text:
        text = text[: text.index(MARK)]
    text = text.rstrip("\n") + "\n\n" + MARK + "\n\n" + "\n".join(emit(d) for d in listings())
    tomllib.loads(text)
    PATH.write_text(text)
    print(len(listings()), "listings written")


if __name__ == "__main__":
    main()
