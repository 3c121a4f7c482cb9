"""Dev-only: parse the China catalogue transcriptions in /work/shared/reference
into plain Python records. Never copies reference files into the project."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tools/importers: common

import html
import re
from pathlib import Path

from common import REFERENCE  # noqa: E402

REF = REFERENCE / "china-catalogues-2025-07"

_TAG = re.compile(r"<[^>]+>")


def _cell(s):
    smiles = None
    m = re.search(r'<div class="smiles">(.*?)</div>', s, re.S)
    if m:
        smiles = html.unescape(m.group(1)).strip()
    t = html.unescape(_TAG.sub(" ", s)).replace("\xa0", " ")
    t = re.sub(r"\s+", " ", t).strip()
    return t, smiles


def _rows(table_html):
    out = []
    for tr in re.findall(r"<tr[^>]*>(.*?)</tr>", table_html, re.S):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S)
        vals = [_cell(c) for c in cells]
        out.append(vals)
    return out


def _rec(vals, section, effective=None):
    texts = [v[0] for v in vals]
    if not texts or not texts[0] or texts[0] in ("序号",):
        return None
    if re.fullmatch(r"0+", texts[0]):
        return None  # filler rows "0000"
    r = {
        "no": texts[0],
        "zh": texts[1] if len(texts) > 1 else "",
        "en": texts[2] if len(texts) > 2 else "",
        "cas": texts[3] if len(texts) > 3 else "",
        "remark": texts[4] if len(texts) > 4 else "",
        "section": section,
    }
    if effective:
        r["effective"] = effective
    if len(vals) > 5 and vals[5][1]:
        r["smiles"] = vals[5][1]
    return r


def _split_sections(text, heading_re):
    """Yield (heading, body) for headings matching heading_re."""
    ms = list(re.finditer(heading_re, text, re.M))
    for i, m in enumerate(ms):
        end = ms[i + 1].start() if i + 1 < len(ms) else len(text)
        yield m.group(0), text[m.end():end]


def parse_2013():
    out = []
    for fn, sec in (("麻醉药品目录.md", "narcotic-2013"),
                    ("第一类精神药品目录.md", "psy1-2013"),
                    ("第二类精神药品目录.md", "psy2-2013")):
        t = (REF / fn).read_text()
        for vals in _rows(t):
            r = _rec(vals, sec)
            if r:
                out.append(r)
    return out


SUPP_DATES = {
    "2015年10月1日": "2015-10-01", "2017年3月1日": "2017-03-01",
    "2017年7月1日": "2017-07-01", "2018年9月1日": "2018-09-01",
    "2019年5月1日": "2019-05-01", "2021年7月1日": "2021-07-01",
    "2024年7月1日": "2024-07-01", "2025年7月1日": "2025-07-01",
}


def parse_supplementary():
    t = (REF / "非药用类麻醉药品和精神药品管制品种增补目录.md").read_text()
    out = []
    for head, body in _split_sections(t, r"^## .*$"):
        eff = None
        for k, v in SUPP_DATES.items():
            if k in head:
                eff = v
        assert eff, head
        for vals in _rows(body):
            r = _rec(vals, "supp", eff)
            if r:
                r["batch_heading"] = head[3:].strip()
                out.append(r)
    return out


def parse_structured_2025():
    t = (REF / "structured-catalogue-2025.md").read_text()
    out = []
    parts = {
        "药用类麻醉药品目录": "med-narcotic-2025",
        "药用类精神药品目录": "med-psy-2025",
        "非药用类麻醉药品和精神药品目录": "nonmed-2025",
    }
    cur = None
    sub = None
    # walk line by line, tracking headings; collect tables
    pos = 0
    for m in re.finditer(r"^(#+) ([^\n]*)$|<table>(.*?)</table>", t, re.M | re.S):
        if m.group(1):
            h = m.group(2)
            if m.group(1) == "#":
                cur = None
                sub = None
                for k, v in parts.items():
                    if h.startswith(k):
                        cur = v
            elif h.strip() == "第一类":
                sub = "1"
            elif h.strip() == "第二类":
                sub = "2"
        elif m.group(3) and cur:
            sec = cur + (("-" + sub) if cur == "med-psy-2025" else "")
            for vals in _rows(m.group(3)):
                r = _rec(vals, sec)
                if r:
                    out.append(r)
    return out


def parse_overdrive_2025():
    t = (REF / "overdrive-drug-scheduling.md").read_text()
    out = []
    cur = None
    for line in t.splitlines():
        if line.startswith("## 非药用类"):
            cur = "nonmed-2025"
        elif line.startswith("## 药用类麻醉"):
            cur = "med-narcotic-2025"
        elif line.startswith("### 第一类"):
            cur = "med-psy-2025-1"
        elif line.startswith("### 第二类"):
            cur = "med-psy-2025-2"
        elif line.startswith("#"):
            pass
        elif line.startswith("|") and cur:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not cells or not re.fullmatch(r"\d+", cells[0]):
                continue
            cells += [""] * (5 - len(cells))
            out.append({"no": cells[0], "zh": cells[1], "en": cells[2],
                        "cas": cells[3], "remark": cells[4], "section": cur})
    return out


if __name__ == "__main__":
    from collections import Counter
    a = parse_2013()
    print("2013", Counter(r["section"] for r in a))
    s = parse_supplementary()
    print("supp", Counter(r["effective"] for r in s))
    st = parse_structured_2025()
    print("structured", Counter(r["section"] for r in st))
    od = parse_overdrive_2025()
    print("overdrive", Counter(r["section"] for r in od))
