#!/usr/bin/env python3
"""Dev-only importer for China (issue 4).

Reads the public reference data in /work/shared/reference (China catalogue
transcriptions, INCB/PubChem CSVs) and the project's own substance files, and
writes the project's CN TOML:

  data/substances/cn.toml             substances only China's lists have (+ CN classes)
  data/listings/cn/names.toml         [[names]]: Chinese names for substances defined elsewhere
  data/listings/cn/narcotic-2013.toml, psychotropic-2013.toml, supplementary.toml,
  data/listings/cn/medical-2025.toml, nonmedical-2025.toml, precursors.toml

Never copies reference files into the project.  Run:  python3 tools/importers/cn/cn_write.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tools/importers: common
from common import cas_ok  # noqa: E402

import re
import sys
import tomllib
from collections import defaultdict, OrderedDict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cn_parse  # noqa: E402
import cn_entities as ce  # noqa: E402
import cn_facts as F  # noqa: E402

from common import ROOT  # noqa: E402
DATA = ROOT / "data"
OUT_SUB = DATA / "substances" / "cn.toml"
OUT_LIST = DATA / "listings" / "cn"

NEW_START = "2025-07-01"
OWNED_BY_OTHERS = {  # fentanyl-family helper
    "fentanyl", "4-anpp", "npp", "norfentanyl", "4-ap", "1-boc-4-ap", "4-piperidone",
    "1-boc-4-piperidone", "benzylfentanyl", "propionyl-chloride", "carfentanil", "sufentanil",
    "alfentanil", "remifentanil", "acetylfentanyl", "furanylfentanyl", "ocfentanil",
    "acrylfentanyl", "valerylfentanyl", "us-fentanyl-related-substances", "cn-fentanyl-class"}
# CAS of the owned ids, used before their file exists
OWNED_CAS = {"437-38-7": "fentanyl", "59708-52-0": "carfentanil", "56030-54-7": "sufentanil",
             "71195-58-9": "alfentanil", "132875-61-7": "remifentanil", "3258-84-2": "acetylfentanyl",
             "101345-66-8": "furanylfentanyl", "101343-69-5": "ocfentanil", "82003-75-6": "acrylfentanyl",
             "122882-90-0": "valerylfentanyl"}

SCOPE = {
    "cn-narcotic-2013": ["salts", "isomers", "esters", "ethers", "preparations"],
    "cn-psychotropic-2013": ["salts", "isomers", "preparations"],
    "supp": ["salts", "optical-isomers", "salts-of-isomers"],
    "cn-medical-narcotic-2025": ["salts", "optical-isomers", "geometric-isomers", "esters", "ethers", "preparations"],
    "cn-medical-psychotropic-2025": ["salts", "optical-isomers", "geometric-isomers", "preparations"],
    "nonmed-1": ["salts", "optical-isomers", "geometric-isomers", "salts-of-isomers"],
    "nonmed-2": ["salts", "optical-isomers", "geometric-isomers", "salts-of-isomers", "esters", "ethers",
                 "salts-of-esters-and-ethers"],
}
SCHED = {"narcotic-2013": ("cn-narcotic-2013", "麻醉药品"),
         "psy1-2013": ("cn-psychotropic-2013", "第一类"),
         "psy2-2013": ("cn-psychotropic-2013", "第二类"),
         "med-narcotic-2025": ("cn-medical-narcotic-2025", "药用类麻醉药品"),
         "med-psy-2025-1": ("cn-medical-psychotropic-2025", "第一类"),
         "med-psy-2025-2": ("cn-medical-psychotropic-2025", "第二类"),
         "nonmed-2025": ("cn-nonmedical-2025", "非药用类")}

# SMILES rows of structured-catalogue-2025.md known to be wrong (SOURCES.md 5a), never carried
BAD_SMILES = {("nonmed-2025", str(n)) for n in range(28, 40)} | {
    ("nonmed-2025", "314"), ("nonmed-2025", "260"), ("nonmed-2025", "268")}
BAD_SMILES_ZH = {"奥沙西泮", "奥沙唑仑", "溴替唑仑"}

# English systematic names not to carry (swapped in the transcriptions)
DROP_EN = {("nonmed-2025", "319"), ("nonmed-2025", "320")}

# Preferred English names for CN-only entities (otherwise: remark name, abbreviation, en)
EN_OVERRIDE = {
    "med-psy-2025-1:17": "Compound oral solid preparations containing more than 5 mg hydrocodone base per dosage unit",
    "med-psy-2025-2:77": "Compound oral solid preparations containing not more than 5 mg hydrocodone base per dosage unit",
    "med-psy-2025-1:18": "Compound oral solid preparations containing more than 5 mg oxycodone base per dosage unit",
    "med-psy-2025-2:78": "Compound oral solid preparations containing not more than 5 mg oxycodone base per dosage unit",
    "med-psy-2025-2:74": "Buprenorphine and naloxone compound oral solid preparations",
    "med-psy-2025-2:75": "Codeine-containing compound oral liquid preparations",
    "med-psy-2025-2:76": "Diphenoxylate-containing compound preparations",
    "med-psy-2025-2:7": "Buprenorphine transdermal patch",
    "med-psy-2025-2:11": "Caffeine sodium benzoate",
    "med-psy-2025-2:27": "Ergotamine and caffeine tablets",
}
PREPARATION_KEYS = {"med-psy-2025-1:17", "med-psy-2025-2:77", "med-psy-2025-1:18", "med-psy-2025-2:78",
                    "med-psy-2025-2:74", "med-psy-2025-2:75", "med-psy-2025-2:76", "med-psy-2025-2:7",
                    "med-psy-2025-2:11", "med-psy-2025-2:27", "psy2-2013:77", "cn-tramadol-compound"}
ID_OVERRIDE = {
    "med-psy-2025-1:17": "cn-hydrocodone-compound-oral-solid-over-5mg",
    "med-psy-2025-2:77": "cn-hydrocodone-compound-oral-solid-5mg-or-less",
    "med-psy-2025-1:18": "cn-oxycodone-compound-oral-solid-over-5mg",
    "med-psy-2025-2:78": "cn-oxycodone-compound-oral-solid-5mg-or-less",
    "med-psy-2025-2:74": "cn-buprenorphine-naloxone-oral-solid",
    "med-psy-2025-2:75": "cn-codeine-compound-oral-liquid",
    "med-psy-2025-2:76": "cn-diphenoxylate-compound-preparations",
    "med-psy-2025-2:7": "cn-buprenorphine-transdermal-patch",
    "med-psy-2025-2:11": "caffeine-sodium-benzoate",
    "med-psy-2025-2:27": "cn-ergotamine-caffeine-tablets",
    "psy2-2013:77": "cn-paracetamol-hydrocodone-tablets",
    "cn-tramadol-compound": "cn-tramadol-compound-preparations",
    "cn-suvorexant": "suvorexant",
    "nonmed-2025:282": "cn-tetrahydrocannabinol-isomers",
    "nonmed-2025:325": "cannabis",
    "med-narcotic-2025:6": "concentrate-of-poppy-straw",
    "med-narcotic-2025:25": "poppy-straw-shell",
    "nonmed-2025:327": "coca-leaf",
    "nonmed-2025:236": "khat",
}
# mappings decided by hand where CAS/name matching is ambiguous
MAP_OVERRIDE = {"nonmed-2025:246": "dronabinol",
                "med-narcotic-2025:4": "ap-237"}   # bucinnazine = AP-237 (1-(4-cinnamylpiperazin-1-yl)butan-1-one)

# further existing ids that one catalogue row also covers (they get the same listings)
ALSO_LIST = {"nonmed-2025:325": ["cannabis-resin-and-extracts"]}   # 大麻和大麻树脂与大麻浸膏和酊

# CAS numbers carried in addition to the 2025 CAS, with the reason
EXTRA_CAS = {
    "nonmed-2025:225": (["1446482-29-6"], "CAS 1446482-29-6 is given, next to 3004006-31-6, by the 增补目录 2025-07-01 batch text and the Structural-formula transcription; the overdrive-wiki transcription gives only 3004006-31-6. Both carried; which one is the parent was not checked."),
    "nonmed-2025:260": (["112117-24-5"], "The 2013 list gives the CAS numbers of methcathinone's enantiomers and their hydrochlorides (5650-44-2, 49656-78-2, 112117-24-5, 66514-93-0); the enantiomer 112117-24-5 is carried, the hydrochlorides are salts."),
}

# entity merges: the second key's rows/names are folded into the first
MERGE = [("med-psy-2025-2:45", "med-psy-2025-1:12")]   # midazolam API/injection row -> midazolam

# zh names that are descriptions, not names: kept in the listing note only
def zh_is_description(z):
    return "，及" in z or "及其" in z or z.startswith("含") and False


def slug(s):
    s = s.replace("α", "alpha-").replace("β", "beta-").replace("Δ", "delta-").replace("γ", "gamma-")
    s = s.replace("’", "").replace("'", "")
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()
    return re.sub(r"-+", "-", s)


# ---------------------------------------------------------------- TOML writer
def q(s):
    s = str(s)
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, list):
        if v and isinstance(v[0], dict):
            return "[" + ", ".join("{ " + ", ".join("%s = %s" % (k, val(x)) for k, x in d.items()) + " }" for d in v) + "]"
        return "[" + ", ".join(val(x) for x in v) + "]"
    return q(v)


def emit(table, rec):
    lines = ["[[%s]]" % table]
    for k, v in rec.items():
        if v is None or v == [] and k not in ("scope",):
            continue
        lines.append("%s = %s" % (k, val(v)))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- existing substances
def load_existing():
    subs = {}
    zh_of = defaultdict(list)
    files = {}
    for p in sorted((DATA / "substances").glob("*.toml")):
        if p.name == "cn.toml":
            continue
        d = tomllib.loads(p.read_text())
        for s in d.get("substance", []):
            subs[s["id"]] = s
            files[s["id"]] = p.name
            zh_of[s["id"]] += s.get("names", {}).get("zh", [])
        for n in d.get("names", []):
            zh_of[n["substance"]] += n.get("zh", [])
    # other helpers' [[names]] in listings dirs are not ours to read for matching
    return subs, zh_of, files


def index_existing(subs):
    by_cas = defaultdict(set)
    by_name = defaultdict(set)
    by_ik = defaultdict(set)
    for sid, s in subs.items():
        if s.get("inchikey"):
            by_ik[s["inchikey"]].add(sid)
        by_name[ce.norm_en(sid)].add(sid)
        for c in [s.get("cas")] + s.get("other_cas", []) + [x.get("cas") for x in s.get("salts", [])]:
            if c:
                by_cas[c].add(sid)
        nm = s.get("names", {})
        for n in [s.get("name", "")] + nm.get("en", []) + nm.get("abbreviation", []) + nm.get("dea", []):
            if n:
                by_name[ce.norm_en(n)].add(sid)
    return by_cas, by_name, by_ik


def entity_inchikeys(e, comp, cas2cid):
    """InChIKeys for an entity: from the catalogue SMILES (rows not known to be
    wrong) and from PubChem by the entity's first CAS (single CID)."""
    keys = set()
    if e.smiles and e.rows:
        sec, no, _ = e.rows[0]
        if (sec, no) not in BAD_SMILES and not any(z in BAD_SMILES_ZH for z in e.zh):
            try:
                from rdkit import Chem, RDLogger
                RDLogger.DisableLog("rdApp.*")
                m = Chem.MolFromSmiles(e.smiles)
                if m is not None:
                    keys.add(Chem.MolToInchiKey(m))
            except ImportError:
                pass
    for c in e.cas[:1]:
        cids = cas2cid.get(c, set())
        if len(cids) == 1:
            keys.add(comp[next(iter(cids))]["inchi_key"])
    return keys


# ---------------------------------------------------------------- build entities + listings
class L(dict):
    pass


def build_all():
    ents, row2ent, incb, comp, cas2cid = ce.build()
    by_key = {e.key: e for e in ents}
    listings = defaultdict(list)   # entity key -> list of listing dicts

    def add(key, **kw):
        listings[key].append(kw)

    # ---- 2025 catalogues
    for e in ents:
        sec, no, _ = e.rows[0]
        inst, sch = SCHED[sec]
        if sec == "nonmed-2025":
            scope = SCOPE["nonmed-2"] if int(no) >= 305 else SCOPE["nonmed-1"]
            cit = [F.C["nonmed2025"]]
        else:
            scope = SCOPE[inst]
            cit = [F.C["med2025"]]
        note = []
        if any(zh_is_description(z) for z in e.zh[:1]):
            note.append("Catalogue entry reads: %s." % e.zh[0])
        for r in e.remarks:
            note.append("Catalogue remark: %s." % r.rstrip("。."))
        if sec == "nonmed-2025" and no == "305":
            note.append("Note 2 of the catalogue extends esters/ethers to rows 305-396; row 305 (a former psychotropic) is included by that wording, although the 91 rows from the 2013 narcotic list are 306-396.")
        add(e.key, instrument=inst, schedule=sch, effective=NEW_START, scope=scope, citation=cit,
            source=F.S["2025"], note=note, row="%s %s" % (ce.SECTION_LABEL[sec], no), tag="2025")

    # ---- 2013 catalogues
    old = cn_parse.parse_2013()
    removed = {}
    for r, e, how in ce.link(ents, row2ent, old, lambda r: r["section"], {}):
        inst, sch = SCHED[r["section"]]
        key = e.key if e else "%s:%s" % (r["section"], r["no"])
        if e is None:
            ne = ce.Entity(key)
            ne.add_zh(r["zh"])
            ne.add_en(r["en"])
            for c in ce.cas_list(r["cas"]):
                ne.add_cas(c)
            ne.rows.append((r["section"], r["no"], None))
            removed[key] = ne
            by_key[key] = ne
        else:
            e.rows.append((r["section"], r["no"], None))
            z = ce.strip_star(r["zh"])
            if not zh_is_description(z):
                e.add_zh(z)
            if (r["en"] and not re.search(r"(and its injection|and Its Injection)", r["en"])):
                e.add_en(ce.clean_en(r["en"]))
            for tok in ce.split_br(r["remark"]):
                if re.search(r"[\u4e00-\u9fff]", tok):
                    continue
                if ce.looks_like_name(tok):
                    e.add_en(tok)
                else:
                    e.add_abbr(tok)
            for c in ce.cas_list(r["cas"]):
                if c not in e.cas:
                    if ce.cas_ok(c):
                        e.notes.append("The 2013 list gives CAS %s (%s %s)." % (c, ce.SECTION_LABEL[r["section"]], r["no"]))
                        if c not in getattr(e, "rejected", []):
                            e.other_cas_2013 = getattr(e, "other_cas_2013", []) + [c]
                    else:
                        e.bad_cas.append(c)
        until = "2025-07-01"
        note = []
        cit = [F.C["2013"]]
        ek = (key, sch)
        if ek in F.EARLY_END:
            until, ck, nt = F.EARLY_END[ek]
            cit.append(F.C[ck])
            note.append(nt)
        if r["remark"] and re.search(r"[\u4e00-\u9fff]", r["remark"]):
            note.append("Catalogue remark: %s." % r["remark"].rstrip("。."))
        if key == "nonmed-2025:272":
            note.append("The 2013 list names this substance (Parahexyl) 六氢大麻酚, the name the 2025 list uses for hexahydrocannabinol (HHC); that name is therefore not carried for parahexyl.")
        if re.search(r"及其注射剂", r["zh"]):
            note.append("The 2013 entry reads %s." % ce.strip_star(r["zh"]))
        if e is None:
            note.append("Not in the 2025 catalogues under this name; listing ends 2025-07-01."
                        + (" The 2023 listing of compound oral solid preparations containing hydrocodone (含氢可酮复方口服固体制剂) covers such tablets." if "氢可酮" in r["zh"] else ""))
        add(key, instrument=inst, schedule=sch, effective="2014-01-01", until=until, announced=F.ANNOUNCED["2013"],
            scope=SCOPE[inst], citation=cit, source=F.S["2013"], note=note,
            row="%s %s" % (ce.SECTION_LABEL[r["section"]], r["no"]), tag="2013", unverified="2013",
            row_cas=ce.cas_list(r["cas"]))

    # ---- extra entities (removed before 2025 or folded into a remark)
    for key, d in F.EXTRA_ENTITIES.items():
        ne = ce.Entity(key)
        for z in d["zh"]:
            ne.add_zh(z)
        for n in d["en"]:
            ne.add_en(n)
        for c in d["cas"]:
            ne.add_cas(c)
        ne.kind = d["kind"]
        ne.notes.append(d["note"])
        by_key[key] = ne
        removed[key] = ne
    # tramadol compound preparations: in force under the 2025 list via the remark of 曲马多
    add("cn-tramadol-compound", instrument="cn-medical-psychotropic-2025", schedule="第二类", effective=NEW_START,
        scope=SCOPE["cn-medical-psychotropic-2025"], citation=[F.C["med2025"]], source=F.S["2025"],
        note=["Covered by the remark of 曲马多 (第二类 row 68): 包括含曲马多复方制剂."], tag="2025")

    # ---- medical-list events 2015-2024
    for key, inst, sch, eff, until, ck, nt in F.MED_EVENTS:
        note = [nt] if nt else []
        if ck in F.UNVERIFIED:
            note.append(F.UNVERIFIED[ck])
        src = F.S.get(ck, "curator's knowledge (see note)")
        if key == "cn-suvorexant":
            src = F.S["2023-43"] + "; " + F.S["overdrive-intro"]
        add(key, instrument=inst, schedule=sch, effective=eff, until=until, announced=F.ANNOUNCED.get(ck),
            scope=SCOPE[inst], citation=[F.C[ck]], source=src, note=note, tag="event")
    # 2025 additions named by the overdrive introduction
    for key in ("med-psy-2025-2:12", "med-psy-2025-2:14", "med-psy-2025-2:65", "med-psy-2025-2:69", "med-psy-2025-2:73"):
        for l in listings[key]:
            l["note"] = l["note"] + ["Newly controlled from the 2025 catalogue (overdrive-wiki introduction)."]
    # midazolam: notes on the 2025 rows
    for l in listings["med-psy-2025-1:12"]:
        l["note"] = l["note"] + ["Row 咪达唑仑原料药及注射剂: midazolam API and injections only."]
    for l in listings["med-psy-2025-2:45"]:
        if l["tag"] == "2025":
            l["exceptions"] = "原料药及注射剂除外 (API and injections are 第一类)"
    for l in listings["med-psy-2025-2:31"]:
        if l["tag"] == "2025":
            l["exceptions"] = "在中国境内批准上市的含依托咪酯的药品制剂除外 (preparations containing etomidate approved for marketing in China)"

    # ---- supplementary list
    sup = cn_parse.parse_supplementary()
    batch_of = {}
    for r, e, how in ce.link(ents, row2ent, sup, lambda r: "supp", {}):
        assert e is not None, r
        eff = r["effective"]
        batch_of[e.key] = eff
        e.rows.append(("supp", r["no"], eff))
        z = ce.strip_star(r["zh"])
        if not zh_is_description(z):
            e.add_zh(z)
        for c in ce.cas_list(r["cas"]):
            if c not in e.cas and ce.cas_ok(c) and c not in getattr(e, "rejected", []):
                e.other_cas_2013 = getattr(e, "other_cas_2013", []) + [c]
                e.notes.append("The 增补目录 (%s batch) gives CAS %s." % (eff, c))
        ck = F.SUPP_BATCH[eff]
        if eff == NEW_START:
            # added the day the 2025 catalogue replaced the 增补目录: one listing, under the 2025 catalogue
            for l in listings[e.key]:
                if l["tag"] == "2025":
                    l["citation"] = [F.C["supp2025"]] + l["citation"]
                    l["note"] = l["note"] + ["Added by the 12-substance batch effective 2025-07-01, the same day the 2025 catalogue replaced the 增补目录; recorded once, under the 2025 catalogue."]
            continue
        if ck is None:
            ck = "supp2017-03"
        until = NEW_START
        note = []
        if e.key == "med-psy-2025-2:30":
            note.append("Moved to the 药用类精神药品目录（2025年版）第二类 from 2025-07-01.")
        add(e.key, instrument="cn-nonmedical-supplementary", schedule="非药用类", effective=eff, until=until,
            announced=F.ANNOUNCED.get(ck), scope=SCOPE["supp"],
            citation=[F.C.get(ck, "2017-03-01 batch (carfentanil and three other fentanyls)")],
            source=F.S["supp"], note=note + ([F.UNVERIFIED["supp2015"]] if ck == "supp2015" else []),
            row="增补目录 %s batch, row %s" % (eff, r["no"]), tag="supp", batch=eff, row_cas=ce.cas_list(r["cas"]))

    # ---- extra CAS
    for k, (cs, why) in EXTRA_CAS.items():
        e = by_key[k]
        for c in cs:
            if c in getattr(e, "rejected", []):
                e.rejected.remove(c)
            e.add_cas(c)
        e.notes = [n for n in e.notes if not n.startswith("CAS differs")] + [why]

    # ---- merges
    for a, b in MERGE:
        ea, eb = by_key[a], by_key[b]
        for z in eb.zh:
            pass  # the API/injection row's zh is a description; not a name
        ea.rows += eb.rows
        listings[a] += listings.pop(b)
        del by_key[b]
    return by_key, listings, removed, batch_of, incb, comp, cas2cid


def entity_names(e):
    """zh names (preferred first), en names, abbreviations, cleaned."""
    zh = []
    for z in e.zh:
        z = re.sub(r"\s+", " ", z).strip()
        # stray blanks of the transcriptions (next to CJK text or punctuation) are not part of the name
        z = re.sub(r"(?<=[^A-Za-z0-9])\s+|\s+(?=[^A-Za-z0-9])", "", z)
        if zh_is_description(z):
            continue
        if ce.norm_zh(z) not in {ce.norm_zh(x) for x in zh}:
            zh.append(z)
    en = [n for n in e.en if not re.search(r"[\u4e00-\u9fff]", n)]
    return zh, en, list(e.abbr)


def main():
    have_marker = (DATA / "substances" / ".us-un-ready").exists()
    subs, zh_of, files = load_existing()
    by_cas, by_name, by_ik = index_existing(subs)
    by_key, listings, removed, batch_of, incb, comp, cas2cid = build_all()

    # ---- map entities to existing ids
    mapping = {}
    how = {}
    for key, e in by_key.items():
        sec_no = e.rows[0][:2] if e.rows else None
        if key in DROP_EN or (sec_no and sec_no in DROP_EN):
            e.en = [n for n in e.en if not n.startswith("N-(")]
        if key in MAP_OVERRIDE and MAP_OVERRIDE[key] in subs:
            mapping[key] = MAP_OVERRIDE[key]
            how[key] = "override"
            continue
        cands = set()
        for c in e.cas + getattr(e, "other_cas_2013", []):
            if c in OWNED_CAS and OWNED_CAS[c] not in subs:
                cands.add(OWNED_CAS[c])
            cands |= by_cas.get(c, set())
        if cands:
            # several ids by CAS: prefer the one whose parent CAS equals our first CAS
            if len(cands) > 1:
                exact = {i for i in cands if subs.get(i, {}).get("cas") in e.cas[:1]}
                cands = exact or cands
            if len(cands) == 1:
                mapping[key] = cands.pop()
                how[key] = "cas"
                continue
            how[key] = "ambiguous-cas:" + ",".join(sorted(cands))
        ik = set()
        for k in entity_inchikeys(e, comp, cas2cid):
            ik |= by_ik.get(k, set())
        if len(ik) == 1:
            mapping[key] = ik.pop()
            how[key] = "inchikey"
            continue
        names = [n for n in e.en + e.abbr]
        nc = set()
        for n in names:
            nc |= by_name.get(ce.norm_en(n), set())
        if len(nc) == 1:
            mapping[key] = nc.pop()
            how[key] = "name"
        elif nc:
            how[key] = "ambiguous-name:" + ",".join(sorted(nc))
    return have_marker, subs, zh_of, files, by_key, listings, removed, batch_of, incb, comp, cas2cid, mapping, how


if __name__ == "__main__":
    sys.exit("run tools/importers/cn/cn_write.py: it reads the catalogues through this module and writes data/")
