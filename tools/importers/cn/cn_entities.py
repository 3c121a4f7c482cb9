"""Dev-only: turn the parsed China catalogue rows into 'CN entities' (one per
substance / preparation), each with its names, CAS numbers and listing history.

Reads only /work/shared/reference (via cn_parse); writes nothing."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tools/importers: common

import csv
import re

from common import cas_ok  # noqa: E402
import unicodedata
from collections import defaultdict
from pathlib import Path

import cn_parse

CSV = Path("/work/shared/reference/chemnet-hackathon-2026/csv")

CAS_RE = re.compile(r"\b(\d{2,7})-(\d{2})-(\d)\b")




def cas_list(text):
    text = (text or "").replace("--", "-")
    return ["-".join(m.groups()) for m in CAS_RE.finditer(text)]


def strip_star(zh):
    return zh.replace("*", "").replace("＊", "").strip()


def norm_zh(zh):
    z = unicodedata.normalize("NFKC", strip_star(zh))
    return re.sub(r"\s+", "", z)


def norm_en(en):
    e = unicodedata.normalize("NFKC", en or "").lower()
    for g, w in (("α", "alpha"), ("β", "beta"), ("γ", "gamma"), ("δ", "delta"), ("Δ", "delta")):
        e = e.replace(g, w)
    e = e.replace("ph", "f")  # amfetamine/amphetamine, sulphuric/sulfuric
    return re.sub(r"[^a-z0-9]", "", e)


def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def split_br(s):
    return [t.strip() for t in re.split(r"<br\s*/?>", s or "") if t.strip()]


def looks_like_name(tok):
    """Remark tokens: a word of 6+ lowercase letters or a space means a name,
    otherwise an abbreviation/code (2C-B, LSD, 5F-ABICA)."""
    if re.search(r"[a-z]{6,}", tok) or (" " in tok and re.search(r"[a-z]{3,}", tok)):
        return True
    return False


# ---------------------------------------------------------------- INCB / PubChem

def load_incb():
    """CAS -> (list, name, code)"""
    out = {}
    for fn, namecol, lst in (("incb_yellow_list.csv", "drug_name", "Yellow"),
                             ("incb_green_list.csv", "substance_name", "Green"),
                             ("incb_red_list.csv", "chemical_name", "Red")):
        for r in csv.DictReader(open(CSV / fn, encoding="utf-8")):
            for c in cas_list(r.get("cas_number", "")):
                if cas_ok(c):
                    code = ""
                    m = re.match(r"\s*([A-Z]{2} \d{3})", r.get("raw_text", ""))
                    if m:
                        code = m.group(1)
                    out.setdefault(c, (lst, r[namecol], code))
    return out


def load_pubchem():
    """CAS -> set(cid) (from synonyms and cas_primary with a valid check digit);
    cid -> compound row."""
    comp = {}
    cas2cid = defaultdict(set)
    for r in csv.DictReader(open(CSV / "pubchem_compounds.csv", encoding="utf-8")):
        comp[r["cid"]] = r
        c = r.get("cas_primary", "")
        if c and cas_ok(c):
            cas2cid[c].add(r["cid"])
    for r in csv.DictReader(open(CSV / "pubchem_synonyms.csv", encoding="utf-8")):
        s = r["synonym"].strip()
        if re.fullmatch(r"\d{2,7}-\d{2}-\d", s) and cas_ok(s):
            cas2cid[s].add(r["cid"])
    return comp, cas2cid


# ---------------------------------------------------------------- 2025 rows

# CAS rows where the two 2025 transcriptions differ (SOURCES.md 5a).  Decided
# here with INCB/PubChem; see resolve_cas().
def resolve_cas(sec, no, st_cas, od_cas, incb, cas2cid):
    a = [c for c in cas_list(od_cas)]
    b = [c for c in cas_list(st_cas)]
    doubt = None
    if a == b or not b:
        chosen = a
    elif not a:
        chosen = b
    else:
        # prefer the candidate known to INCB, then to PubChem
        def score(c):
            return (cas_ok(c), c in incb, c in cas2cid)
        ca, cb = a[0], b[0]
        if score(ca) >= score(cb):
            chosen = a
            loser = [c for c in b if c not in a]
        else:
            chosen = b
            loser = [c for c in a if c not in b]
        if set(a) != set(b):
            doubt = ("CAS differs between the two 2025 transcriptions (%s: overdrive-wiki %s, "
                     "Structural-formula %s)" % ("row %s" % no, ", ".join(a), ", ".join(b)))
            return chosen, loser, doubt
    return chosen, [], doubt


# typos in the overdrive-wiki remark column, checked against the other transcription
REMARK_FIX = {"Isoutomidate": "Isobutomidate"}

SECTION_LABEL = {
    "med-narcotic-2025": "药用类麻醉药品目录（2025年版）",
    "med-psy-2025-1": "药用类精神药品目录（2025年版）第一类",
    "med-psy-2025-2": "药用类精神药品目录（2025年版）第二类",
    "nonmed-2025": "非药用类麻醉药品和精神药品目录（2025年版）",
    "narcotic-2013": "麻醉药品品种目录（2013年版）",
    "psy1-2013": "精神药品品种目录（2013年版）第一类",
    "psy2-2013": "精神药品品种目录（2013年版）第二类",
    "supp": "非药用类麻醉药品和精神药品管制品种增补目录",
}


class Entity:
    def __init__(self, key):
        self.key = key
        self.zh = []          # preferred first
        self.en = []          # English names (first = preferred if no override)
        self.abbr = []
        self.cas = []         # valid CAS, parent first
        self.bad_cas = []     # CAS strings seen that fail the check digit or were rejected
        self.smiles = None
        self.rows = []        # (section, no, effective-for-supp)
        self.notes = []
        self.kind = "drug"
        self.star = False     # '*' = produced and used in China
        self.remarks = []     # catalogue remark text (包括..., 除外...)

    def add_zh(self, z):
        z = strip_star(z)
        if z and z not in self.zh:
            self.zh.append(z)

    def add_en(self, e):
        e = (e or "").strip()
        if re.search(r"and its injection", e, re.I):
            return  # catalogue entry wording ("X及其注射剂"), not a name
        if e and e not in self.en:
            self.en.append(e)

    def add_abbr(self, a):
        a = a.strip()
        if a and a not in self.abbr and a not in self.en:
            self.abbr.append(a)

    def add_cas(self, c):
        if cas_ok(c):
            if c not in self.cas:
                self.cas.append(c)
        elif c and c not in self.bad_cas:
            self.bad_cas.append(c)

    def rowref(self):
        return ["%s %s" % (SECTION_LABEL[s], n) for s, n, _ in self.rows]


def clean_en(e):
    e = re.sub(r"\s+", " ", e.replace("<br>", " ")).strip()
    e = re.sub(r"\s+([,)\]])", r"\1", e)
    e = re.sub(r"([(\[])\s+", r"\1", e)
    return e


def build():
    incb = load_incb()
    comp, cas2cid = load_pubchem()
    st = cn_parse.parse_structured_2025()
    od = cn_parse.parse_overdrive_2025()
    by_sec = defaultdict(list)
    for r in st:
        by_sec[("st", r["section"])].append(r)
    for r in od:
        by_sec[("od", r["section"])].append(r)

    ents = []
    row2ent = {}
    for sec in ("med-narcotic-2025", "med-psy-2025-1", "med-psy-2025-2", "nonmed-2025"):
        for a, b in zip(by_sec[("od", sec)], by_sec[("st", sec)]):
            no = a["no"]
            e = Entity("%s:%s" % (sec, no))
            e.star = "*" in a["zh"] or "*" in b["zh"]
            e.add_zh(a["zh"].replace("<br>", ""))
            # the Structural-formula transcription's zh only when it is another name, not a variant spelling
            if lev(norm_zh(a["zh"]), norm_zh(b["zh"])) > 2:
                e.add_zh(b["zh"])
            remark_toks = [REMARK_FIX.get(t, t) for t in split_br(a["remark"])]
            for tok in remark_toks:
                if re.search(r"[\u4e00-\u9fff]", tok):
                    e.remarks.append(tok)
                elif looks_like_name(tok):
                    e.add_en(tok)
                else:
                    e.add_abbr(tok.rstrip(">"))
            for en in (a["en"], b["en"]):
                en = clean_en(en)
                if en and not re.search(r"[\u4e00-\u9fff]", en):
                    if en.count("、") or len(split_br(a["en"])) > 1:
                        pass
                    e.add_en(en)
            chosen, loser, doubt = resolve_cas(sec, no, b["cas"], a["cas"], incb, cas2cid)
            for c in chosen:
                e.add_cas(c)
            if doubt:
                e.notes.append(doubt + "; kept %s (INCB/PubChem)" % chosen[0]
                               + ("" if not loser else ", rejected %s" % ", ".join(loser)))
                e.rejected = loser
            if b.get("smiles"):
                e.smiles = b["smiles"]
            e.rows.append((sec, no, None))
            ents.append(e)
            row2ent[(sec, no)] = e
    return ents, row2ent, incb, comp, cas2cid


def link(ents, row2ent, rows, sec_of, overrides):
    """Link older rows (2013 lists, supplementary list) to 2025 entities.
    Returns list of (row, entity or None, how)."""
    idx_cas = defaultdict(list)
    idx_zh = defaultdict(list)
    idx_en = defaultdict(list)
    for e in ents:
        for c in e.cas:
            idx_cas[c].append(e)
        for z in e.zh:
            idx_zh[norm_zh(z)].append(e)
        for n in e.en + e.abbr:
            idx_en[norm_en(n)].append(e)
    out = []
    for r in rows:
        sec = sec_of(r)
        k = (sec, r["no"], r.get("effective"))
        if k in overrides:
            tgt = overrides[k]
            out.append((r, row2ent[tgt] if tgt else None, "override"))
            continue
        cands = []
        zs = idx_zh.get(norm_zh(r["zh"]), [])
        cs = [e for c in cas_list(r["cas"]) for e in idx_cas.get(c, [])]
        ens = []
        for tok in [r["en"]] + split_br(r["remark"]):
            ens += idx_en.get(norm_en(tok), [])
        strong = [e for e in zs if e in cs or e in ens]
        if strong:
            cands, how = strong, "zh+cas/en"
        elif cs and len(set(cs)) == 1:
            cands, how = cs, "cas"
        elif ens and len(set(ens)) == 1:
            cands, how = ens, "en"
        elif zs and len(set(zs)) == 1:
            cands, how = zs, "zh"
        else:
            cands, how = [], "none"
        cands = list(dict.fromkeys(cands))
        out.append((r, cands[0] if len(cands) == 1 else None,
                    how if len(cands) == 1 else ("ambiguous" if cands else "none")))
    return out


if __name__ == "__main__":
    ents, row2ent, incb, comp, cas2cid = build()
    print(len(ents))
    old = cn_parse.parse_2013()
    res = link(ents, row2ent, old, lambda r: r["section"], {})
    for r, e, how in res:
        if how not in ("zh+cas/en",):
            print(r["section"], r["no"], r["zh"], r["en"], r["cas"], "->", e.key if e else None, e.zh[0] if e else "", how)
    sup = cn_parse.parse_supplementary()
    res = link(ents, row2ent, sup, lambda r: "supp", {})
    for r, e, how in res:
        if how not in ("zh+cas/en",):
            print("supp", r["effective"], r["no"], r["zh"], r["en"][:30], r["cas"], "->", e.key if e else None, e.zh[0] if e else "", how)
    for e in ents:
        for n in e.notes:
            print(e.key, n)
