#!/usr/bin/env python3
"""Dev-only: writes tools/importers/structures/coverage_gaps.md: structure
coverage of the drug / precursor records before (git revision BEFORE) and now,
how the structures added by add_structures_names.py were found, and every
record still without a structure, by name, with the reason.

Usage: python3 tools/importers/structures/coverage_report.py [BEFORE_REV]
(BEFORE_REV defaults to 13b2a98, the main commit this branch started from).
"""
import collections
import io
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
BEFORE = sys.argv[1] if len(sys.argv) > 1 else "13b2a98"


def coverage(data_dir):
    total = with_smiles = 0
    for p in sorted((data_dir / "substances").glob("*.toml")):
        for s in tomllib.load(open(p, "rb")).get("substance", []):
            if s["kind"] in ("drug", "precursor"):
                total += 1
                with_smiles += "smiles" in s
    return total, with_smiles


def run(root, review):
    subprocess.run([sys.executable, str(HERE / "add_structures_names.py"), "--root", str(root), "--review", str(review)],
                   check=True, capture_output=True)
    import csv
    return list(csv.DictReader(open(review, encoding="utf-8"), delimiter="\t"))


def main():
    tmp = Path(tempfile.mkdtemp())
    tar = subprocess.run(["git", "-C", str(ROOT), "archive", BEFORE, "data"], check=True, capture_output=True).stdout
    tarfile.open(fileobj=io.BytesIO(tar)).extractall(tmp / "before")
    b_total, b_smiles = coverage(tmp / "before" / "data")
    n_total, n_smiles = coverage(ROOT / "data")
    replay = run(tmp / "before", tmp / "replay.tsv")   # what the script adds to the data as it was
    now = run(ROOT, tmp / "now.tsv")                    # what is left
    not_single = [r for r in now if r["status"] == "no-structure"]
    gaps = [r for r in now if r["status"] != "no-structure"]
    single_total = n_total - len(not_single)

    def pct(a, b):
        return f"{100 * a / b:.1f}%"

    added = [r for r in replay if r["status"].startswith("ok")]
    how = collections.Counter()
    for r in added:
        src = r["sources"]
        if r["status"] == "ok-derived":
            how["derived from a parent record's structure (name written here, checked)"] += 1
        elif "lookup" in src:
            how["systematic name looked up (search), read by OPSIN"] += 1
        elif "PubChem" in src:
            how["PubChem extract (CAS or unique synonym), with the names agreeing"] += 1
        elif src.count(",") or "China SMILES" in src:
            how["two or more printed names / China SMILES agreeing"] += 1
        else:
            how["one printed systematic name, read by OPSIN"] += 1

    out = []
    w = out.append
    w("# Structure coverage: drug and precursor records\n")
    w("Written by `tools/importers/structures/coverage_report.py` (re-run it after changing the data).\n")
    w("## Coverage\n")
    w("| | records | with a structure | coverage |")
    w("|---|---|---|---|")
    w(f"| drug + precursor records, before (main {BEFORE}) | {b_total} | {b_smiles} | {pct(b_smiles, b_total)} |")
    w(f"| drug + precursor records, now | {n_total} | {n_smiles} | {pct(n_smiles, n_total)} |")
    w(f"| single substances (less the {len(not_single)} records below that are not one compound), before | {b_total - len(not_single)} | {b_smiles} | {pct(b_smiles, b_total - len(not_single))} |")
    w(f"| single substances, now | {single_total} | {n_smiles} | {pct(n_smiles, single_total)} |")
    w("")
    w(f"Added by `add_structures_names.py`: {len(added)} structures.\n")
    for k, v in how.most_common():
        w(f"- {k}: {v}")
    w("")
    w("Every structure: RDKit parses it; `formula` is RDKit's CalcMolFormula of the SMILES written; where a PubChem CID is "
      "recorded, RDKit's InChIKey of the SMILES equals PubChem's; imidic acids are written as amides; names that give a "
      "stereoisomer keep it; racemates ((RS), (1RS,2SR), rac-) are written without stereo marks; a structure that another "
      "drug / precursor record already has is not written again (listed below as duplicates).\n")
    w("## Records with no structure, and why\n")
    groups = collections.OrderedDict()
    label = {"duplicate": "Duplicates: the structure is another record's (merge the records; not written, the data test forbids two records with one InChIKey)",
             "rejected": "Read, but not written",
             "conflict": "Sources disagree",
             "china-only": "Only the China catalogue's SMILES (reliability C), which no name or PubChem record confirms",
             "none": "No systematic name that OPSIN reads, no PubChem record, nothing derived"}
    for r in gaps:
        groups.setdefault(r["status"], []).append(r)
    for st, rows in groups.items():
        w(f"### {label.get(st, st)} ({len(rows)})\n")
        for r in rows:
            why = GAP_NOTES.get(r["id"]) or r["why"] or r["notes"]
            w(f"- `{r['id']}`: {why}")
        w("")
    w(f"### Not single compounds: no structure needed ({len(not_single)})\n")
    for r in not_single:
        w(f"- `{r['id']}`: {r['why']}")
    w("")
    w("## Notes on structures written\n")
    for r in added:
        if r["notes"] or r["status"] == "ok-derived" or "lookup" in r["sources"]:
            note = r["notes"].replace(" | ", "; ")
            w(f"- `{r['id']}` ({r['sources'] or r['status']}): {note}")
    (HERE / "coverage_gaps.md").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"before {b_smiles}/{b_total}, now {n_smiles}/{n_total}; single {n_smiles}/{single_total}; gaps {len(gaps)}")


# reasons written by hand for records whose run output says only "no name"
GAP_NOTES = {
    "rs-sr-methylphenidate": "(RS;SR)-methylphenidate is the racemic threo pair; a SMILES without enhanced stereo cannot say 'racemic threo', and without stereo marks it is the structure of record methylphenidate",
    "19-nor-5-androstene-13-17-diol": "the name as printed (13,17-diol) is not possible: C13 carries the 18-methyl and the ring fusion and has no free valence; probably 19-nor-5-androstene-3,17-diol (records 19-nor-5-androstenediol-3alpha / -3beta), not confirmed",
    "19-noretiocholanolone": "trivial name only (3α-hydroxy-5β-estran-17-one by usage), not in the sources; not looked up",
    "2-5-dimethoxy-4-dimethylphenethylamine": "the name is damaged as printed ('2,5-Dimethoxy--4-dimethylphenethylamine': a character lost, probably α, which would make it DOM, record 2-5-dimethoxy-4-methylamphetamine or its like); not guessed",
    "4-bromo-2-5-dimethoxy-methylphenethylamine": "the name is damaged as printed ('4-Bromo-2,5-dimethoxy--methylphenethylamine': a character lost, probably α, which would make it DOB); not guessed",
    "androisoxazole": "systematic name '17β-hydroxy-17α-methylandrostano[3,2-c]isoxazole' printed, but OPSIN cannot read steroid-fused heterocycle names",
    "bolazine": "systematic name '17β-hydroxy-2α-methyl-5α-androstan-3-one azine' printed (the azine of drostanolone), but OPSIN does not read functional-class 'azine' names",
    "lysergic-acid-n-methylopropyl-amide": "'N-(methylopropyl)' gives no locant (1-methylpropyl = LSB-like, 2-methylpropyl?); not guessed",
    "morphine-3-b-d-glucuronide": "OPSIN does not read glycoside names built on 'morphine'; no PubChem record in the extract",
    "morphine-3-b-d-glucoride-n-oxide": "as morphine-3-β-D-glucuronide ('glucoride' printed), plus an N-oxide whose N configuration is not given",
    "morphine-6-b-d-glucuronide-n-oxide": "as morphine-3-β-D-glucuronide, plus an N-oxide whose N configuration is not given",
    "n-benzylpethidine": "'N-benzylpethidine' is ambiguous (benzyl in place of pethidine's N-methyl, or a quaternary N-benzyl salt); not guessed",
    "norpseudoephedrine": "no enantiomer named; PubChem's synonym is (-)-(1R,2R)-norpseudoephedrine (CID 162265), not shown to be the listed one (cathine is (+)); without stereo it is the structure of norephedrine / phenylpropanolamine",
    "1-androstenediol": "'1-Androstenediol' gives no C3 configuration; the US lists the 3α and 3β isomers as separate records (1-androstenediol-3alpha, -3beta); PubChem's 'a1-Androstenediol' CID 11300765 is one of them".replace("'a1", "'1"),
}

if __name__ == "__main__":
    main()
