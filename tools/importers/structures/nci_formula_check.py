#!/usr/bin/env python3
"""Writes the RDKit reference TSV for examples/nci_check.rs.

For every line of RDKit's bundled NCI sample (rdkit/Data/NCI/first_5K.smi)
that RDKit parses, writes:

    smiles <TAB> rdkit_formula <TAB> randomized_smiles <TAB> randomized_kekule_smiles

`randomized_smiles` is Chem.MolToSmiles(m, doRandom=True, canonical=False)
(aromatic, random atom order) and `randomized_kekule_smiles` the same after
Chem.Kekulize(m, clearAromaticFlags=True), for the first N (default 500)
parsed molecules; both are empty afterwards.

Usage: python3 tools/importers/structures/nci_formula_check.py [OUT.tsv] [N_RANDOM]
Requires `pip install rdkit`.
"""
import os
import random
import sys

import rdkit
from rdkit import Chem, RDLogger
from rdkit.Chem.rdMolDescriptors import CalcMolFormula


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "target/nci_first_5k.tsv"
    n_random = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    RDLogger.DisableLog("rdApp.*")
    random.seed(42)

    src = os.path.join(os.path.dirname(rdkit.__file__), "Data", "NCI", "first_5K.smi")
    total = parsed = 0
    os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
    with open(src) as f, open(out, "w") as w:
        for line in f:
            line = line.strip()
            if not line:
                continue
            total += 1
            smi = line.split()[0]
            m = Chem.MolFromSmiles(smi)
            if m is None:
                continue
            parsed += 1
            rnd = kek = ""
            if parsed <= n_random:
                rnd = Chem.MolToSmiles(m, doRandom=True, canonical=False)
                k = Chem.Mol(m)
                try:
                    Chem.Kekulize(k, clearAromaticFlags=True)
                    kek = Chem.MolToSmiles(k, doRandom=True, canonical=False, kekuleSmiles=True)
                except Exception:
                    kek = ""
            w.write(f"{smi}\t{CalcMolFormula(m)}\t{rnd}\t{kek}\n")
    print(f"lines {total}, parsed by RDKit {parsed}, written to {out}")


if __name__ == "__main__":
    main()
