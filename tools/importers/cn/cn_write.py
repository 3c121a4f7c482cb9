"""Dev-only: writes the CN TOML files from the entities built by import_cn.py."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tools/importers: common

from pathlib import Path
import re

from common import cas_ok  # noqa: E402
from collections import defaultdict, OrderedDict

import cn_entities as ce
import cn_facts as F
import import_cn as I

try:
    from rdkit import Chem, RDLogger
    from rdkit.Chem.rdMolDescriptors import CalcMolFormula
    RDLogger.DisableLog("rdApp.*")
except ImportError:  # structures are then simply left out
    Chem = None

SYNTH_CANNABINOID_ZH = (
    "“合成大麻素类物质”是指具有下列化学结构通式的物质：[通式图] "
    "R1 代表取代或未取代的C3-C8烃基；取代或未取代的含有1-3个杂原子的杂环基；取代或未取代的含有1-3个杂原子的杂环基取代的甲基或乙基。"
    "R2 代表氢或甲基或无任何原子。"
    "R3 代表取代或未取代的C6-C10的芳基；取代或未取代的C3-C10的烃基；取代或未取代的含有1-3个杂原子的杂环基；取代或未取代的含有1-3个杂原子的杂环基取代的甲基或乙基。"
    "R4 代表氢；取代或未取代的苯基；取代或未取代的苯甲基。"
    "R5 代表取代或未取代的C3-C10的烃基。X代表 N或C。Y代表 N或CH。Z代表O或NH或无任何原子。")
SYNTH_CANNABINOID_EN = (
    "'Synthetic cannabinoids' means substances with the following general chemical structure: [general formula, an image in the "
    "official text] where R1 is a substituted or unsubstituted C3-C8 hydrocarbyl group; a substituted or unsubstituted heterocyclyl "
    "group containing 1-3 heteroatoms; or a methyl or ethyl group substituted by a substituted or unsubstituted heterocyclyl group "
    "containing 1-3 heteroatoms. R2 is hydrogen or methyl, or no atom. R3 is a substituted or unsubstituted C6-C10 aryl group; a "
    "substituted or unsubstituted C3-C10 hydrocarbyl group; a substituted or unsubstituted heterocyclyl group containing 1-3 "
    "heteroatoms; or a methyl or ethyl group substituted by a substituted or unsubstituted heterocyclyl group containing 1-3 "
    "heteroatoms. R4 is hydrogen; a substituted or unsubstituted phenyl group; or a substituted or unsubstituted benzyl group. "
    "R5 is a substituted or unsubstituted C3-C10 hydrocarbyl group. X is N or C. Y is N or CH. Z is O or NH, or no atom.")
NITAZENE_ZH = (
    "“尼秦类物质”是指化学结构与依托尼秦（2-[2-(4-乙氧基苄基)-5-硝基-1H-苯并咪唑-1-基]-N,N-二乙基-1-乙胺）相比,符合以下一个或多个条件的物质："
    "（一）使用取代或未取代的1H-苯并咪唑基替代5-硝基-1H-苯并咪唑基;"
    "（二）使用取代或未取代的C1-C2烃基替代1H-苯并咪唑基与苯基之间的亚甲基;"
    "（三）使用取代或未取代的芳香基团替代4-乙氧基苯基;"
    "（四）使用取代或未取代的氨基替代N,N-二乙基氨基。")
NITAZENE_EN = (
    "'Nitazenes' means substances whose chemical structure, compared with etonitazene "
    "(2-[2-(4-ethoxybenzyl)-5-nitro-1H-benzimidazol-1-yl]-N,N-diethylethan-1-amine), meets one or more of the following "
    "conditions: (1) the 5-nitro-1H-benzimidazolyl group is replaced by a substituted or unsubstituted 1H-benzimidazolyl group; "
    "(2) the methylene group between the 1H-benzimidazolyl and the phenyl group is replaced by a substituted or unsubstituted "
    "C1-C2 hydrocarbyl group; (3) the 4-ethoxyphenyl group is replaced by a substituted or unsubstituted aromatic group; "
    "(4) the N,N-diethylamino group is replaced by a substituted or unsubstituted amino group.")


def structure(e, comp, cas2cid):
    """Structure fields only when the catalogue SMILES and PubChem (by CAS) agree
    on the skeleton; the SMILES written is then derived from PubChem's InChI."""
    if Chem is None or not e.smiles or not e.rows:
        return {}
    sec, no, _ = e.rows[0]
    if (sec, no) in I.BAD_SMILES or any(z in I.BAD_SMILES_ZH for z in e.zh):
        return {}
    m = Chem.MolFromSmiles(e.smiles)
    if m is None:
        return {}
    key = Chem.MolToInchiKey(m)
    cids = set()
    for c in e.cas[:1]:
        cids |= cas2cid.get(c, set())
    hits = [comp[c] for c in cids if comp[c]["inchi_key"][:14] == key[:14]]
    if len(hits) != 1:
        return {}
    h = hits[0]
    pm = Chem.MolFromInchi(h["inchi"])
    if pm is None:
        return {}
    if h["inchi_key"] == key:
        sm = Chem.MolToSmiles(m)          # the catalogue structure, identical to PubChem's (full InChIKey)
    else:
        # same skeleton, stereo differs: PubChem's structure, in its canonical tautomer (InChI may give iminols)
        from rdkit.Chem.MolStandardize import rdMolStandardize
        pm = rdMolStandardize.TautomerEnumerator().Canonicalize(pm)
        if Chem.MolToInchiKey(pm) != h["inchi_key"]:
            return {}
        sm = Chem.MolToSmiles(pm)
    out = OrderedDict()
    out["pubchem_cid"] = int(h["cid"])
    out["inchikey"] = h["inchi_key"]
    out["smiles"] = sm
    out["formula"] = CalcMolFormula(pm)
    out["_verified"] = True
    return out


NAMES_SOURCE = ("China catalogue transcriptions in shared/reference/china-catalogues-2025-07 (2013 lists, "
                "增补目录 batches, 2025 lists); CAS numbers as resolved by tools/importers/cn/import_cn.py (INCB/PubChem)")


def trusted_cas(e, comp, cas2cid):
    """(trusted, unverified): the entity's 2025 CAS numbers, plus CAS numbers of
    the 2013 lists / 增补目录 that PubChem ties to the same structure."""
    base = [c for c in e.cas if ce.cas_ok(c)]
    ref = set()
    for c in base[:1]:
        ref = {comp[i]["inchi_key"][:14] for i in cas2cid.get(c, set())}
    trusted, unverified = list(base), []
    for c in getattr(e, "other_cas_2013", []):
        if c in trusted or c in getattr(e, "rejected", []) or not ce.cas_ok(c):
            continue
        keys = {comp[i]["inchi_key"][:14] for i in cas2cid.get(c, set())}
        if not base or (keys and keys & ref):
            trusted.append(c)
        else:
            unverified.append(c)
    return trusted, unverified


def choose_name(key, e):
    if key in I.EN_OVERRIDE:
        return I.EN_OVERRIDE[key]
    en = [n for n in e.en if n]
    if en and (len(en[0]) <= 30 and "(" not in en[0]):
        return en[0]
    if e.abbr:
        return e.abbr[0]
    if en:
        return en[0]
    return e.zh[0]


def run(have_marker, subs, zh_of, files, by_key, listings, removed, batch_of, incb, comp, cas2cid, mapping, how):
    # a 2013/增补目录 name that is now another entry's 2025 name (六氢大麻酚: parahexyl in 2013, HHC in 2025) is not carried
    primary = defaultdict(set)
    for k0, e0 in by_key.items():
        if e0.zh:
            primary[ce.norm_zh(e0.zh[0])].add(k0)
    _names = I.entity_names

    def entity_names(e):
        zh, en, abbr = _names(e)
        keep = []
        for z in zh:
            owners = primary.get(ce.norm_zh(z), set())
            if owners and e.key not in owners:
                report["zh_dropped_taken"].append("%s:%s" % (e.key, z))
                continue
            keep.append(z)
        return keep, en, abbr
    I.entity_names = entity_names
    used_ids = set(subs)
    id_of = {}
    new_subs = []
    names_recs = []
    report = defaultdict(list)

    # ---------------------------------------------------------- drugs / preparations
    for key, e in by_key.items():
        if key in mapping:
            sid = mapping[key]
            id_of[key] = sid
            continue
        zh, en, abbr = I.entity_names(e)
        name = choose_name(key, e)
        sid = I.ID_OVERRIDE.get(key) or ("kratom" if "卡痛" in zh else None) or I.slug(name)
        if sid in used_ids:
            sid = sid + "-cn"
        assert sid not in used_ids, sid
        used_ids.add(sid)
        id_of[key] = sid
        kind = "preparation" if key in I.PREPARATION_KEYS or e.kind == "preparation" else e.kind
        rec = OrderedDict()
        rec["id"] = sid
        rec["name"] = name
        rec["kind"] = kind
        rec["names.en"] = [n for n in en if n != name]
        rec["names.zh"] = zh
        rec["names.abbreviation"] = [a for a in abbr if a != name and a not in en]
        cas, unver = trusted_cas(e, comp, cas2cid)
        other = list(dict.fromkeys(cas[1:]))
        if cas:
            rec["cas"] = cas[0]
        rec["other_cas"] = other
        if cas and cas[0] in incb and incb[cas[0]][2]:
            rec["incb_code"] = incb[cas[0]][2]
        st = structure(e, comp, cas2cid)
        for k in ("pubchem_cid", "inchikey", "smiles", "formula"):
            if k in st:
                rec[k] = st[k]
        if st:
            report["smiles_verified"].append(sid)
        elif e.smiles:
            report["smiles_dropped"].append(sid)
        classes = []
        if any("尼秦" in z for z in zh) and "依托尼秦" not in zh:
            classes.append("cn-nitazene-class")
        rec["classes"] = classes
        rec["reviewed_in"] = ["CN"]
        notes = [n for n in dict.fromkeys(e.notes) if not re.search(r"gives CAS (%s)\b" % "|".join(map(re.escape, cas)) , n)] if cas else list(dict.fromkeys(e.notes))
        if unver:
            notes.append("Not carried as CAS of this substance (PubChem does not tie it to the same structure): %s." % ", ".join(unver))
        if e.bad_cas:
            notes.append("CAS text that fails the check digit or is malformed in a transcription, not carried: %s." % ", ".join(dict.fromkeys(e.bad_cas)))
        if e.smiles and not st:
            notes.append("Structure not given: the catalogue SMILES could not be confirmed against PubChem by CAS.")
        if st:
            notes.append("SMILES/InChIKey/formula from PubChem (CID %d), matching the catalogue structure." % st["pubchem_cid"])
        if not cas and kind == "drug":
            notes.append("No CAS number in the catalogues (暂无/blank).")
        rec["note"] = " ".join(notes) if notes else None
        new_subs.append(rec)

    # ---------------------------------------------------------- names for mapped ids
    per_id = defaultdict(lambda: {"zh": [], "classes": [], "cas": [], "en": [], "abbr": []})
    name_owner = defaultdict(set)
    for sid0, s0 in subs.items():
        nm0 = s0.get("names", {})
        for n0 in [s0.get("name", ""), sid0] + [x for v in nm0.values() for x in v]:
            name_owner[ce.norm_en(n0)].add(sid0)
    targets = [(k, sid) for k, sid in mapping.items()] + [(k, x) for k, xs in I.ALSO_LIST.items() for x in xs if x in subs]
    for key, sid in targets:
        e = by_key[key]
        zh, en, abbr = I.entity_names(e)
        per_id[sid]["zh"] += zh
        if key not in I.ALSO_LIST:
            for n in en:
                if len(n) <= 40 and name_owner.get(ce.norm_en(n), {sid}) <= {sid}:
                    per_id[sid]["en"].append(n)
            for a in abbr:
                if name_owner.get(ce.norm_en(a), {sid}) <= {sid}:
                    per_id[sid]["abbr"].append(a)
        tr, unver = trusted_cas(e, comp, cas2cid)
        if unver:
            report["cas_unverified_not_added"].append("%s:%s" % (sid, ",".join(unver)))
        if key not in I.ALSO_LIST:
            per_id[sid]["cas"] += tr
        if any("尼秦" in z for z in zh) and "依托尼秦" not in zh:
            per_id[sid]["classes"].append("cn-nitazene-class")
    for sid, d in per_id.items():
        if sid not in subs:
            report["names_skipped_missing"].append(sid)
            continue
        have = set(zh_of.get(sid, []))
        if sid in I.OWNED_BY_OTHERS and have:
            continue
        zh = [z for z in dict.fromkeys(d["zh"]) if z not in have]
        cls = [c for c in dict.fromkeys(d["classes"]) if c not in subs[sid].get("classes", [])]
        s0 = subs[sid]
        known = {s0.get("cas")} | set(s0.get("other_cas", [])) | {x.get("cas") for x in s0.get("salts", [])}
        ocas = [c for c in dict.fromkeys(d["cas"]) if c not in known]
        if sid in I.OWNED_BY_OTHERS:
            ocas = []
        have_en = {ce.norm_en(x) for x in [s0.get("name", "")] + [y for v in s0.get("names", {}).values() for y in v]}
        en_add, ab_add = [], []
        for n in d["en"]:
            if ce.norm_en(n) not in have_en:
                have_en.add(ce.norm_en(n))
                en_add.append(n)
        for n in d["abbr"]:
            if ce.norm_en(n) not in have_en:
                have_en.add(ce.norm_en(n))
                ab_add.append(n)
        if sid in I.OWNED_BY_OTHERS:
            en_add, ab_add = [], []
        if not zh and not cls and not ocas and not en_add and not ab_add:
            continue
        r = OrderedDict()
        r["substance"] = sid
        r["zh"] = zh
        r["en"] = en_add
        r["abbreviation"] = ab_add
        r["other_cas"] = ocas
        r["classes"] = cls
        if sid not in I.OWNED_BY_OTHERS:
            r["reviewed_in"] = ["CN"] if "CN" not in subs[sid].get("reviewed_in", []) else []
        r["source"] = NAMES_SOURCE
        names_recs.append(r)

    # ---------------------------------------------------------- precursors
    p_listings = []
    by_cas, by_name, by_ik = I.index_existing(subs)
    for (pk, zh, en, other_en, cas, cat, eff, ck, note, star) in F.PRECURSORS:
        sid = None
        if cas and cas in by_cas and len(by_cas[cas]) == 1:
            sid = next(iter(by_cas[cas]))
        if sid is None:
            nc = set()
            for n in [en] + other_en:
                nc |= by_name.get(ce.norm_en(n), set())
            if len(nc) == 1:
                sid = nc.pop()
        if sid is not None and sid in I.OWNED_BY_OTHERS:
            report["precursor_owned"].append(sid)
            continue
        if sid is None:
            sid = pk if pk not in used_ids else pk + "-cn"
            used_ids.add(sid)
            rec = OrderedDict()
            rec["id"] = sid
            rec["name"] = en
            rec["kind"] = "precursor"
            rec["names.en"] = other_en
            rec["names.zh"] = zh
            if cas:
                rec["cas"] = cas
                if cas in incb and incb[cas][2]:
                    rec["incb_code"] = incb[cas][2]
                pcs = cas2cid.get(cas, set())
                if len(pcs) == 1 and Chem is not None:
                    h = comp[next(iter(pcs))]
                    pm = Chem.MolFromInchi(h["inchi"])
                    if pm is not None:
                        from rdkit.Chem.MolStandardize import rdMolStandardize
                        pm = rdMolStandardize.TautomerEnumerator().Canonicalize(pm)
                    if pm is not None and Chem.MolToInchiKey(pm) == h["inchi_key"]:
                        rec["pubchem_cid"] = int(h["cid"])
                        rec["inchikey"] = h["inchi_key"]
                        rec["smiles"] = Chem.MolToSmiles(pm)
                        rec["formula"] = CalcMolFormula(pm)
            rec["reviewed_in"] = ["CN"]
            rec["note"] = ("CAS checked against the INCB Red List or PubChem where present." if cas else None)
            new_subs.append(rec)
            report["precursor_new"].append(sid)
        else:
            report["precursor_mapped"].append("%s->%s" % (pk, sid))
            if zh:
                have = set(zh_of.get(sid, []))
                z = [x for x in zh if x not in have]
                if z:
                    names_recs.append(OrderedDict([("substance", sid), ("zh", z),
                                                   ("reviewed_in", [] if "CN" in subs[sid].get("reviewed_in", []) else ["CN"]),
                                                   ("source", F.S["facts"])]))
        dup = [x for x in p_listings if x["substance"] == sid and x["schedule"] == cat and x["effective"] == eff]
        if dup:
            extra = "Also covers the entry %s (%s)." % ("、".join(zh) or en, en)
            dup[0]["note"] = ((dup[0]["note"] + " ") if dup[0]["note"] else "") + extra
            report["precursor_merged"].append("%s->%s" % (pk, sid))
            continue
        l = OrderedDict()
        l["substance"] = sid
        l["instrument"] = "cn-precursors"
        l["schedule"] = cat
        if ck in F.ANNOUNCED:
            l["announced"] = F.ANNOUNCED[ck]
        l["effective"] = eff
        if ck in F.P_PRECISION:
            l["precision"] = F.P_PRECISION[ck]
        if cat in ("第一类", "第二类"):
            l["scope"] = ["salts", "preparations"] if star else ["salts"]
        elif cat == "第三类":
            l["scope"] = []
        l["citation"] = [F.C[ck]]
        l["source"] = F.P_SOURCE[ck]
        n = []
        if star:
            n.append("Marked * (药品类易制毒化学品): includes the API and its single-ingredient preparations.")
        if note:
            n.append(note)
        l["note"] = " ".join(n) if n else None
        p_listings.append(l)

    # ---------------------------------------------------------- classes
    classes = [
        OrderedDict([("id", "cn-synthetic-cannabinoid-class"), ("name", "Synthetic cannabinoids (China, class-wide control)"),
                     ("kind", "class"), ("names.zh", ["合成大麻素类物质"]), ("reviewed_in", ["CN"]),
                     ("note", "definition.en is the curator's English translation of the Chinese text (2021 announcement; same wording in the 2025 catalogue). The general formula is an image in the official text."),
                     ("definition.en", SYNTH_CANNABINOID_EN), ("definition.zh", SYNTH_CANNABINOID_ZH)]),
        OrderedDict([("id", "cn-nitazene-class"), ("name", "Nitazenes (China, class-wide control)"),
                     ("kind", "class"), ("names.zh", ["尼秦类物质"]), ("reviewed_in", ["CN"]),
                     ("note", "definition.en is the curator's English translation of the Chinese text (2025 announcement; same wording in the 2025 catalogue)."),
                     ("definition.en", NITAZENE_EN), ("definition.zh", NITAZENE_ZH)]),
    ]
    class_listings = [
        OrderedDict([("substance", "cn-synthetic-cannabinoid-class"), ("instrument", "cn-nonmedical-supplementary"),
                     ("schedule", "非药用类"), ("announced", "2021-03-15"), ("effective", "2021-07-01"), ("until", "2025-07-01"),
                     ("scope", I.SCOPE["supp"]),
                     ("exceptions", "已列入《麻醉药品和精神药品品种目录》和《非药用类麻醉药品和精神药品管制品种增补目录》的合成大麻素类物质依原有目录予以管制 (synthetic cannabinoids already in the catalogues stay controlled under them)"),
                     ("citation", [F.C["supp2021"]]), ("source", F.S["supp"] + "; text also at http://xsba.vip/sfjs/2021/ga-zbml2021.htm"),
                     ("note", "Class-wide control.")]),
        OrderedDict([("substance", "cn-synthetic-cannabinoid-class"), ("instrument", "cn-nonmedical-2025"),
                     ("schedule", "非药用类"), ("effective", "2025-07-01"), ("scope", I.SCOPE["nonmed-1"]),
                     ("citation", [F.C["nonmed2025"]]), ("source", F.S["2025"]),
                     ("note", "Class-wide control (合成大麻素类物质), one of the 3 classes of the 2025 catalogue. " + F.UNVERIFIED["med2025"])]),
        OrderedDict([("substance", "cn-nitazene-class"), ("instrument", "cn-nonmedical-2025"),
                     ("schedule", "非药用类"), ("effective", "2025-07-01"), ("scope", I.SCOPE["nonmed-1"]),
                     ("citation", [F.C["supp2025"], F.C["nonmed2025"]]), ("source", F.S["supp"] + "; " + F.S["2025"]),
                     ("note", "Class-wide control (尼秦类物质), added by the batch effective 2025-07-01, the same day the 2025 catalogue replaced the 增补目录; recorded once, under the 2025 catalogue. " + F.UNVERIFIED["med2025"])]),
    ]

    # ---------------------------------------------------------- drug listings
    files = {"cn-narcotic-2013": "narcotic-2013.toml", "cn-psychotropic-2013": "psychotropic-2013.toml",
             "cn-nonmedical-supplementary": "supplementary.toml", "cn-medical-narcotic-2025": "medical-2025.toml",
             "cn-medical-psychotropic-2025": "medical-2025.toml", "cn-nonmedical-2025": "nonmedical-2025.toml",
             "cn-precursors": "precursors.toml"}
    out = defaultdict(list)
    seen = {}
    expanded = []
    for key, ls in listings.items():
        expanded.append((key, id_of.get(key), ls))
        for x in I.ALSO_LIST.get(key, []):
            if x in subs:
                expanded.append((key, x, ls))
    for key, sid, ls in expanded:
        if sid is None:
            report["listing_without_entity"].append(key)
            continue
        if sid in I.OWNED_BY_OTHERS:
            report["owned_skipped"].append("%s (%s)" % (sid, key))
            continue
        for l in ls:
            k = (sid, l["instrument"], l["schedule"], l["effective"], l.get("until"), l.get("exceptions"))
            notes = list(l.get("note") or [])
            if l.get("row"):
                notes.insert(0, "Catalogue row: %s." % l["row"])
            if l.get("unverified") and l["unverified"] in F.UNVERIFIED:
                notes.append(F.UNVERIFIED[l["unverified"]])
            if l.get("row_cas"):
                tr, unver = trusted_cas(by_key[key], comp, cas2cid)
                bad = [c for c in l["row_cas"] if c in unver or c in getattr(by_key[key], "rejected", [])
                       or not ce.cas_ok(c)]
                if bad:
                    notes.append("This entry gives CAS %s, not carried: PubChem does not tie it to this substance's structure "
                                 "(or it fails the check digit)." % ", ".join(bad))
            if l.get("tag") == "2025" and "med2025" in F.UNVERIFIED:
                notes.append(F.UNVERIFIED["med2025"])
            if k in seen:
                prev = seen[k]
                prev["note"] = prev["note"] + [n for n in notes if n not in prev["note"]]
                for c in l["citation"]:
                    if c not in prev["citation"]:
                        prev["citation"].append(c)
                continue
            r = OrderedDict()
            r["substance"] = sid
            r["instrument"] = l["instrument"]
            r["schedule"] = l["schedule"]
            if l.get("announced"):
                r["announced"] = l["announced"]
            r["effective"] = l["effective"]
            if l.get("until"):
                r["until"] = l["until"]
            r["scope"] = l["scope"]
            if l.get("exceptions"):
                r["exceptions"] = l["exceptions"]
            r["citation"] = list(l["citation"])
            r["source"] = l["source"]
            r["note"] = notes
            r["_batch"] = l.get("batch")
            seen[k] = r
            out[files[l["instrument"]]].append(r)
    for l in class_listings:
        out[files[l["instrument"]]].append(l)
    for l in p_listings:
        out["precursors.toml"].append(l)

    # ---------------------------------------------------------- write
    hdr = ("# Generated by tools/importers/cn/import_cn.py from the public reference data in shared/reference\n"
           "# (China catalogue transcriptions, INCB and PubChem CSVs). Edit the script or its facts\n"
           "# (tools/importers/cn/cn_facts.py) and re-run rather than editing by hand.\n")
    I.OUT_LIST.mkdir(parents=True, exist_ok=True)
    with open(I.OUT_SUB, "w") as f:
        f.write(hdr + "# Substances only China's lists have, and the CN class-wide controls.\n\n")
        for r in classes + new_subs:
            f.write(emit_sub(r) + "\n")
    with open(I.OUT_LIST / "names.toml", "w") as f:
        f.write(hdr + "# Chinese names (and CN review) for substances defined in other files.\n\n")
        for r in names_recs:
            f.write(I.emit("names", r) + "\n")
    for fn, recs in out.items():
        with open(I.OUT_LIST / fn, "w") as f:
            f.write(hdr + "\n")
            for r in recs:
                r = OrderedDict((k, v) for k, v in r.items() if not k.startswith("_"))
                if isinstance(r.get("note"), list):
                    r["note"] = " ".join(r["note"]) if r["note"] else None
                f.write(emit_listing(r) + "\n")

    # ---------------------------------------------------------- report
    print("marker present:", have_marker)
    print("entities:", len(by_key), "mapped:", len(mapping), "new substances:", len(new_subs))
    for k, v in report.items():
        print(k, len(v), v[:8])
    amb = {k: v for k, v in how.items() if v.startswith("ambiguous")}
    for k, v in amb.items():
        print("AMBIGUOUS", k, by_key[k].zh[:1], by_key[k].en[:1], v)
    import json
    json.dump({"mapping": mapping, "how": how, "id_of": id_of}, open("/tmp/cn_mapping.json", "w"), ensure_ascii=False, indent=1)


def emit_sub(r):
    lines = ["[[substance]]"]
    for k, v in r.items():
        if v is None or (v == [] and k != "scope"):
            continue
        lines.append("%s = %s" % (k, I.val(v)))
    return "\n".join(lines) + "\n"


def emit_listing(r):
    lines = ["[[listing]]"]
    for k, v in r.items():
        if v is None or (v == [] and k != "scope"):
            continue
        lines.append("%s = %s" % (k, I.val(v)))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    run(*I.main())
