#!/usr/bin/env python3
"""RDKit counterpart of examples/bench_classes.rs, for a speed comparison.

For every SMILES in the NCI TSV written by tools/importers/structures/nci_formula_check.py does
the same work as the Rust example: parse, strip salts (SaltRemover, keeping
the largest fragment if everything would go; or rdMolStandardize's
FragmentParent with --standardize), and check the US and CN fentanyl
definitions with SMARTS: the 4-anilidopiperidine core, then (only when the
core is present) the phenethyl, acyl, aniline and piperidine-substituent
checks. SMARTS cannot say "monocycle" or "any substituent of the listed
kinds" exactly, so these checks are an approximation of the work, not a
second implementation of the rules; the timing is what is compared.

Prints per-molecule µs for the whole pipeline and for the SMARTS checks.

Usage: python3 tools/importers/structures/rdkit_classes_bench.py [target/nci_first_5k.tsv] [REPS] [--standardize]
Requires `pip install rdkit`.
"""
import sys
import time

from rdkit import Chem, RDLogger
from rdkit.Chem.SaltRemover import SaltRemover
from rdkit.Chem.MolStandardize import rdMolStandardize

# 4-(N-aryl-N-acylamino)piperidine, piperidine saturated and monocyclic
CORE = Chem.MolFromSmarts(
    "O=[CX3;!R]-[NX3;!R](-[a;r5,r6])-[CX4;R1]1-[CX4;R1]-[CX4;R1]-[NX3;R1]-[CX4;R1]-[CX4;R1]-1"
)
# fentanyl itself
FENTANYL = Chem.MolFromSmiles("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1")
# US (A)/(B): N-CC-ring (monocycle approximated by "ring atom in exactly one ring")
PHENETHYL = Chem.MolFromSmarts("[*;R1]-[CX4;!R]-[CX4;!R]-[NX3;R1]1CCC(N(a)C=O)CC1")
# (E) acyl: carbonyl carbon bonded to C or H; propionyl exactly
ACYL = Chem.MolFromSmarts("[#6,#1;!$([#7,#8,#16])]C(=O)N(a)C1CCNCC1")
PROPIONYL = Chem.MolFromSmarts("[CH3][CH2]C(=O)N(a)C1CCNCC1")
# (D) aniline ring: aromatic monocycle (every atom in one ring)
ANILINE_MONO = Chem.MolFromSmarts("O=CN(-[a;R1])C1CCNCC1")
PLAIN_PHENYL = Chem.MolFromSmarts("O=CN(-[cH0]1[cH][cH][cH][cH][cH]1)C1CCNCC1")
# (C) piperidine substituents of the listed kinds
PIP_SUBST = [
    Chem.MolFromSmarts(core + sub)
    for core in ("O=CN(a)[CX4]1(CCNCC1)", "O=CN(a)[CX4]1C(CNCC1)", "O=CN(a)[CX4]1CC(NCC1)")
    for sub in (
        "-[CX4;!R]",  # alkyl, haloalkyl, ether
        "-[OX2]",  # alkoxyl, hydroxyl, ester
        "-C(=O)O[#6]",  # ester
        "-[F,Cl,Br,I]",  # halo
        "-[NX3,$([N+](=O)[O-])]",  # amino, nitro
    )
]
# CN (四): any non-H group on N1
N1_SUBST = Chem.MolFromSmarts("[NX3;H0;R1]1CCC(N(a)C=O)CC1")


def rules(m):
    """US and CN fentanyl checks; returns (us, cn) booleans-ish."""
    if not m.HasSubstructMatch(CORE):
        return (False, False)
    parent = m.HasSubstructMatch(FENTANYL) and m.GetNumHeavyAtoms() == 25
    acyl = m.HasSubstructMatch(ACYL)
    prop = m.HasSubstructMatch(PROPIONYL)
    mono = m.HasSubstructMatch(ANILINE_MONO)
    plain = m.HasSubstructMatch(PLAIN_PHENYL)
    pip = [m.HasSubstructMatch(p) for p in PIP_SUBST]
    us = m.HasSubstructMatch(PHENETHYL) and acyl and mono
    cn = m.HasSubstructMatch(N1_SUBST) and acyl and mono
    return (us and not parent, cn and not parent, prop, plain, any(pip))


def timed(fn, items, reps):
    t0 = time.perf_counter()
    for _ in range(reps):
        for x in items:
            fn(x)
    return (time.perf_counter() - t0) * 1e6 / (reps * len(items))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    standardize = "--standardize" in sys.argv
    path = args[0] if args else "target/nci_first_5k.tsv"
    reps = int(args[1]) if len(args) > 1 else 3
    RDLogger.DisableLog("rdApp.*")
    rows = []
    with open(path) as f:
        for line in f:
            s = line.split("\t", 1)[0].strip()
            if s:
                rows.append(s)
    remover = SaltRemover()
    chooser = standardize or None

    def strip(m):
        if chooser is not None:
            p = rdMolStandardize.FragmentParent(m)
            Chem.GetSymmSSSR(p)  # FragmentParent leaves ring info unset
            return p
        return remover.StripMol(m, dontRemoveEverything=True)

    hits = [0, 0]
    t0 = time.perf_counter()
    for _ in range(reps):
        for s in rows:
            m = Chem.MolFromSmiles(s)
            if m is None:
                continue
            p = strip(m)
            r = rules(p)
            hits[0] += bool(r[0])
            hits[1] += bool(r[1])
    total = (time.perf_counter() - t0) * 1e6 / (reps * len(rows))

    mols = [strip(m) for m in (Chem.MolFromSmiles(s) for s in rows) if m is not None]
    t0 = time.perf_counter()
    for _ in range(reps):
        for m in mols:
            rules(m)
    only = (time.perf_counter() - t0) * 1e6 / (reps * len(mols))
    print(f"molecules: {len(rows)}, parsed: {len(mols)}, reps {reps}, strip: "
          f"{'rdMolStandardize.FragmentParent' if standardize else 'SaltRemover'}")
    print(f"SMARTS matches per pass: US {hits[0] // reps}, CN {hits[1] // reps}")
    print(f"parse + strip + US + CN fentanyl SMARTS: {total:.2f} µs/molecule")
    print(f"US + CN fentanyl SMARTS only:            {only:.2f} µs/molecule")
    print(f"  of which parse (MolFromSmiles):        {timed(Chem.MolFromSmiles, rows, reps):.2f} µs/molecule")
    parsed = [m for m in (Chem.MolFromSmiles(s) for s in rows) if m is not None]
    print(f"  of which strip:                        {timed(strip, parsed, reps):.2f} µs/molecule")


if __name__ == "__main__":
    main()
