#!/usr/bin/env python3
"""Dev-only: rewrite data SMILES written as imidic-acid / lactim tautomers
(N=C(O), C(=N)O, aromatic c(O)n) in the usual amide / lactam form, so that
ordinary drawings of a substance match it by identity.

Uses RDKit (pip install rdkit): the canonical tautomer of
rdMolStandardize.TautomerEnumerator, kept only when the standard InChIKey and
the formula are unchanged (standard InChI treats these tautomers as one
structure) and no stereo centre is lost. Edits the TOML text in place, one
`smiles = "..."` line at a time.

Usage: python3 tools/importers/structures/normalize_tautomers.py data/substances/*.toml
"""
import re
import sys

from rdkit import Chem, RDLogger
from rdkit.Chem.MolStandardize import rdMolStandardize
from rdkit.Chem.rdMolDescriptors import CalcMolFormula

RDLogger.DisableLog("rdApp.*")
enum = rdMolStandardize.TautomerEnumerator()
IMIDIC = [Chem.MolFromSmarts(s) for s in ("[NX2]=[CX3]-[OX2H1]", "[n]:[c]-[OX2H1]", "[NX2]=[CX3](-[OX2H1])")]


def to_amide(m):
    """Imidic acid N=C-OH → amide HN-C=O, one group at a time, keeping stereo marks."""
    for _ in range(10):
        hits = m.GetSubstructMatches(IMIDIC[0])
        if not hits:
            return m
        n, c, o = hits[0]
        rw = Chem.RWMol(m)
        Chem.Kekulize(rw, clearAromaticFlags=False)
        rw.GetBondBetweenAtoms(n, c).SetBondType(Chem.BondType.SINGLE)
        rw.GetBondBetweenAtoms(c, o).SetBondType(Chem.BondType.DOUBLE)
        rw.GetAtomWithIdx(n).SetNumExplicitHs(rw.GetAtomWithIdx(n).GetNumExplicitHs() + 1)
        rw.GetAtomWithIdx(o).SetNumExplicitHs(0)
        rw.GetAtomWithIdx(o).SetNoImplicit(True)
        try:
            Chem.SanitizeMol(rw)
        except Exception:
            return m
        m = rw.GetMol()
    return m


def fix(smiles):
    m = Chem.MolFromSmiles(smiles)
    if m is None or not any(m.HasSubstructMatch(p) for p in IMIDIC):
        return None
    key, formula = Chem.MolToInchiKey(m), CalcMolFormula(m)
    centres = len(Chem.FindMolChiralCenters(m, includeUnassigned=True))
    for t in (enum.Canonicalize(m), to_amide(Chem.Mol(m))):
        if any(t.HasSubstructMatch(p) for p in IMIDIC):
            continue
        if Chem.MolToInchiKey(t) != key or CalcMolFormula(t) != formula:
            continue
        if len(Chem.FindMolChiralCenters(t, includeUnassigned=True)) < centres:
            continue
        return Chem.MolToSmiles(t)
    return None


def main():
    total = 0
    for path in sys.argv[1:]:
        text = open(path, encoding="utf-8").read()
        n = 0

        def repl(mo):
            nonlocal n
            new = fix(mo.group(1).replace("\\\\", "\\"))
            if new is None:
                return mo.group(0)
            n += 1
            return 'smiles = "' + new.replace("\\", "\\\\") + '"'

        text2 = re.sub(r'^smiles = "([^"]*)"', repl, text, flags=re.M)
        if n:
            open(path, "w", encoding="utf-8").write(text2)
        print(f"{path}: {n} SMILES rewritten")
        total += n
    print(f"total {total}")


if __name__ == "__main__":
    main()
