"""Which current BtMG entries were already in earlier consolidated texts.

Snapshots: the Markdown conversions of gesetze-im-internet.de in the git
history of github.com/bundestag/gesetze (b/btmg_1981/index.md) and its fork
alangecker/bundesgesetze. Each snapshot's "Zuletzt geändert durch" line names
the last amending act it contains (written below as 'last').
"""
import re, subprocess, json, sys
from common import *

SNAPS = [
    # (label, repo, commit, last amending act in the text, date of the commit)
    ("A", "bundestag+gesetze", "8e9e7a10", "Art. 1 V v. 11.5.2011 I 821 (25. BtMÄndV)", "2012-07-02"),
    ("B", "bundestag+gesetze", "3c35cd7f", "Art. 1 V v. 20.7.2012 I 1639 (26. BtMÄndV)", "2012-09-11"),
    ("C", "bundestag+gesetze", "28bf164c", "Art. 4 G v. 19.10.2012 I 2192", "2013-01-11"),
    ("D", "alangecker+bundesgesetze", "86109111", "Art. 1 V v. 16.6.2017 I 1670", "2018-03-26"),
    ("E", "bundestag+gesetze", "79bdc90d", "Art. 1 V v. 8.11.2021 I 4791 (text; documented to V v. 14.1.2021 I 70)", "2022-02-13"),
]


def cells(md):
    """The Anlage sections' table cells, as (anlage, [cell texts]) per row."""
    out = []
    parts = re.split(r"^### Anlage (I{1,3})\b.*$", md, flags=re.M)
    for i in range(1, len(parts), 2):
        an, body = parts[i], parts[i + 1]
        body = body.split("\n## ")[0]
        body = re.split(r"^### ", body, flags=re.M)[0]
        for row in re.split(r"^\*\s{4}\*", body, flags=re.M)[1:]:
            cs = [re.sub(r"\s+", " ", c.replace("**", "")).strip() for c in re.split(r"^\s{4}\*", " *" + row, flags=re.M)]
            cs = [re.sub(r"^\*\s*", "", c).strip() for c in cs]
            cs = [c for c in cs if c and c != "-"]
            if cs:
                out.append((an, cs))
    return out


def keys_of_cells(cs):
    ks = set()
    for c in cs:
        c2 = re.sub(r"\s+", "", c)
        ks.add(norm(fix_quirks(c2)))
        for part in re.split(r"\s\(|\)|, ", c):
            part = part.strip(" ()")
            if len(part) > 2:
                ks.add(norm(fix_quirks(part)))
    return ks


def load_snap(repo, commit):
    md = subprocess.run(["git", "-C", f"/work/.mirror/{repo}/repo", "show", f"{commit}:b/btmg_1981/index.md"],
                        capture_output=True, text=True).stdout
    rows = cells(md)
    idx = {}
    for an, cs in rows:
        for k in keys_of_cells(cs):
            idx.setdefault(k, set()).add(an)
    return idx, len(rows)


def entry_keys(r):
    ks = []
    for c in (r["inn"], r["bold_text"], r["iupac"]):
        if c:
            ks.append(norm(fix_quirks(re.sub(r"\s+", "", c))))
    on = r["other_names"]
    if on:
        first = re.split(r"\s\(", on)[0].strip()
        ks.append(norm(fix_quirks(first)))
    return [k for k in ks if len(k) > 2]


if __name__ == "__main__":
    snaps = {}
    for lab, repo, c, last, d in SNAPS:
        snaps[lab], n = load_snap(repo, c)
        print(lab, "rows", n, file=sys.stderr)
    res = {}
    for r in read_anlagen():
        key = f'{r["anlage"]}:{r["row"]}'
        ks = entry_keys(r)
        pres = {}
        for lab in snaps:
            ans = set()
            for k in ks:
                ans |= snaps[lab].get(k, set())
            pres[lab] = sorted(ans)
        res[key] = pres
    json.dump(res, open(os.path.join(HERE, "snapshots.json"), "w"), indent=0)
    # summary: first snapshot where present (in same Anlage)
    from collections import Counter
    c = Counter()
    for key, pres in res.items():
        an = key.split(":")[0]
        first = next((lab for lab in snaps if an in pres[lab]), "F")
        c[first] += 1
    print(c)
