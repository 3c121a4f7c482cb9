"""Parsers for the US (DEA / eCFR) and UN (INCB) reference texts.

Dev-only helper for tools/importers/us_un/import_us_un.py.  Reads /work/shared/reference,
returns plain Python structures.  Never copies the reference files.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tools/importers: common

import csv
import re
import unicodedata
from pathlib import Path

from common import REFERENCE as REF  # noqa: E402
CHEM = REF / "chemnet-hackathon-2026"
RAW = CHEM / "raw_dea"
CSV = CHEM / "csv"

csv.field_size_limit(10**9)


# ---------------------------------------------------------------- utilities


GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "Δ": "delta", "ω": "omega"}


def slug(s):
    s = s.strip()
    for k, v in GREEK.items():
        s = s.replace(k, v)
    s = s.replace("′", "").replace("'", "").replace("´", "").replace("’", "")
    s = s.replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = s.lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def norm(s):
    """Normalised key for name matching."""
    s = s.strip()
    for k, v in GREEK.items():
        s = s.replace(k, v)
    s = s.replace("–", "-").replace("—", "-").replace("′", "'").replace("´", "'").replace("’", "'")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", s)


def clean(s):
    s = s.replace("–", "-").replace("—", "-")
    s = re.sub(r"\s+", " ", s).strip()
    return s


def depth(s):
    d = 0
    for ch in s:
        if ch in "([{":
            d += 1
        elif ch in ")]}":
            d -= 1
    return d


def join_wrapped(a, b):
    if not a:
        return b
    if a.endswith("-") and not a.endswith(" -"):
        return a + b
    return a + " " + b


# ---------------------------------------------------------- Orange Book
OB_LINE = re.compile(r"^(.*?) (\d{4}) (I|II|III|IV|V) (Y|N)(?: (.*))?$")
OB_NOCODE = re.compile(r"^(.*preparations.*?) (I|II|III|IV|V) (Y|N)(?: (.*))?$")
OB_SKIP = re.compile(r"^(Controlled Substances|- Alphabetical|- by CSA|CSA$|SUBSTANCE CSCN|Abbreviations:|\d\d-\w\w\w-\d\d Page)")
PRIOR = re.compile(r"\s*Prior drug code (\d{4}) under Synthetic Drug Abuse Prevention Act; consolidated to 7000 under 91 FR 2297")


def parse_orange_book(path=RAW / "dea_c_cs_alpha.txt"):
    ents = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip() or OB_SKIP.match(line):
            continue
        m = OB_LINE.match(line)
        m2 = None if m else OB_NOCODE.match(line)
        if m:
            ents.append(dict(name=m.group(1), code=m.group(2), schedule=m.group(3), narc=m.group(4),
                             other=m.group(5) or "", pos="", mode="name", raw=[line]))
            continue
        if m2:
            ents.append(dict(name=m2.group(1), code="", schedule=m2.group(2), narc=m2.group(3),
                             other=m2.group(4) or "", pos="", mode="name", raw=[line]))
            continue
        e = ents[-1]
        e["raw"].append(line)
        if line.startswith("(Positional") or e["mode"] == "pos":
            e["pos"] = join_wrapped(e["pos"], line)
            e["mode"] = "pos" if depth(e["pos"]) > 0 else "done"
            continue
        if not e["other"]:
            e["name"] = join_wrapped(e["name"], line)
            continue
        toks = line.split(" ")
        i = 0
        while i < len(toks) and (depth(e["name"]) > 0 or e["name"].endswith("-")):
            e["name"] = join_wrapped(e["name"], toks[i])
            i += 1
        rest = " ".join(toks[i:])
        if rest:
            e["other"] = join_wrapped(e["other"], rest)
    out = []
    for e in ents:
        other = e["other"]
        prior = None
        pm = PRIOR.search(other)
        if pm:
            prior = pm.group(1)
            other = PRIOR.sub("", other)
        name = clean(e["name"])
        out.append(dict(name=name, code=e["code"], schedule=e["schedule"], narcotic=e["narc"] == "Y",
                        other=clean(other), positional=clean(e["pos"]), prior_code=prior,
                        raw=" / ".join(e["raw"])))
    return out


def split_other(other):
    if not other:
        return []
    if ";" in other:
        parts = [p.strip() for p in other.split(";")]
    else:
        parts = [p.strip() for p in re.split(r", (?=[A-Za-z0-9])", other)]
        if any(len(p) > 40 for p in parts) or any(depth(p) != 0 for p in parts):
            parts = [other.strip()]
    return [p for p in parts if p and p.lower() not in ("various others", "others")]


# ---------------------------------------------------------------- eCFR
def _fix(t):
    return t.encode("latin-1", errors="replace").decode("utf-8", errors="replace")


def parse_ecfr_1308():
    """Map DEA code -> list of dict(section, para, item, heading, text)."""
    res = {}
    for sec in ("11", "12", "13", "14", "15"):
        t = _fix((RAW / f"ecfr_1308_{sec}.xml").read_text(encoding="utf-8"))
        para, head = None, ""
        for m in re.finditer(r"<P>(.*?)</P>|<TR>(.*?)</TR>", t, re.S):
            if m.group(1) is not None:
                s = clean(re.sub(r"<[^>]+>", "", m.group(1)))
                pm = re.match(r"^\(([a-z])\) (.*)", s)
                if pm and not re.match(r"^\((i|v|x)\) ", s):
                    para, head = pm.group(1), pm.group(2)
                    cm = re.match(r"^(.*?) (\d{4})\.$", pm.group(2))
                    if cm:
                        res.setdefault(cm.group(2), []).append(dict(section=f"1308.{sec}", para=para, item="",
                                                                   heading=head, text=cm.group(1)))
                    continue
                # items written as running text with a code at the end
                im = re.match(r"^\(([0-9]+|[ivx]+)\)\s*(.*?)[\s,\u2014-]+\(?(\d{4})\)?\.?$", s)
                if im:
                    res.setdefault(im.group(3), []).append(dict(section=f"1308.{sec}", para=para, item=im.group(1),
                                                               heading=head, text=im.group(2)))
                continue
            tds = re.findall(r"<TD[^>]*>(.*?)</TD>", m.group(2), re.S)
            if len(tds) < 2:
                continue
            left = clean(re.sub(r"<[^>]+>", "", tds[0]))
            code = re.sub(r"[^0-9]", "", re.sub(r"<[^>]+>", "", tds[-1]))
            if len(code) != 4:
                continue
            im = re.match(r"^\(([0-9]+|[ivx]+)\)\s*(.*)$", left)
            item, text = (im.group(1), im.group(2)) if im else ("", left)
            res.setdefault(code, []).append(dict(section=f"1308.{sec}", para=para, item=item, heading=head, text=text))
    return res


def ecfr_steroids():
    t = _fix((RAW / "ecfr_1308_13.xml").read_text(encoding="utf-8"))
    t = re.sub(r"<[^>]+>", "", t)
    i = t.find("(f) Anabolic")
    j = t.find("(g) Hallucinogenic")
    out = {}
    for m in re.finditer(r"\((\d+)\) ([^\n]+?);?\n", t[i:j]):
        out[m.group(1)] = clean(m.group(2))
    return out


def parse_chemlist():
    """DEA List I/II chemicals, alphabetical PDF text: returns list of rows."""
    txt = (RAW / "dea_f_chemlist_alpha.txt").read_text(encoding="utf-8").split("\n")
    rows = []
    pat = re.compile(r"^(.*?) (I|II|REMOVED)(?: (\d{4}))? (Pub\. L\. [\d-]+|\d+ FR \d+) (\d+/\d+/\d{4})$")
    pat_removed = re.compile(r"^(.*?) REMOVED(?: (\d{4}))? (Pub\. L\. [\d-]+|\d+ FR \d+) (\d+/\d+/\d{4})$")
    skip = re.compile(r"^(List I and II|- Alphabetical|DEA$|CHEMICAL$|LIST EFFECTIVE|CODE$|REGULATED CHEMICAL|\* Remain|Page \d|\d\d-\w\w\w-\d\d)")
    for line in txt:
        if not line.strip() or skip.match(line):
            continue
        m = pat_removed.match(line)
        if m:
            rows.append(dict(name=m.group(1), list="REMOVED", code=m.group(2) or "", citation=m.group(3),
                             date=m.group(4), extra=""))
            continue
        m = pat.match(line)
        if m:
            rows.append(dict(name=m.group(1), list=m.group(2), code=m.group(3) or "", citation=m.group(4),
                             date=m.group(5), extra=""))
            continue
        if rows:
            rows[-1]["extra"] = join_wrapped(rows[-1]["extra"], line)
    for r in rows:
        mm, dd, yy = r["date"].split("/")
        r["iso"] = f"{yy}-{int(mm):02d}-{int(dd):02d}"
        r["name"] = clean(r["name"])
        r["extra"] = clean(r["extra"])
    return rows


def parse_1310_02():
    t = _fix((RAW / "ecfr_1310_02.xml").read_text(encoding="utf-8"))
    t = clean(re.sub(r"<[^>]+>", " ", t))
    a = t.find("(a) List I chemicals")
    b = t.find("(b) List II chemicals")
    c = t.find("(c) The Administrator")
    out = []
    for lst, seg, para in (("List I", t[a:b], "a"), ("List II", t[b:c], "b")):
        for m in re.finditer(r"\((\d+)\) (.*?) (\d{4})(?= \(\d+\)|\s*$)", seg):
            out.append(dict(list=lst, para=para, item=m.group(1), text=clean(m.group(2)), code=m.group(3)))
    return out


def parse_1310_04():
    t = (REF / "ecfr-markdown-MichalOpoka" / "section-1310.04.md").read_text(encoding="utf-8")
    thr = {}
    for m in re.finditer(r"^\|(\d{4})\|\s*(.*?)\s*\|\s*(.*?)\s*\|$", t, re.M):
        thr[m.group(1)] = ("List I threshold by base weight (21 CFR 1310.04(f)(1)): " + m.group(3).rstrip("."))
    return thr, t


# ---------------------------------------------------------------- INCB
def read_csv(name):
    with open(CSV / name, encoding="utf-8") as f:
        return list(csv.DictReader(f))
