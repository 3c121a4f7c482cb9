#!/usr/bin/env python3
"""Dev-only: build the EU, UK (GB) and Canadian data of the registry.

Reads the reference texts in /work/shared/reference (see tools/importers/eu_gb_ca/eu_gb_ca_parse.py)
and the substances other curators defined under data/substances/, and writes:

  data/substances/eu-gb-ca.toml      new substances + [[names]] for existing ones
  data/listings/eu/precursors.toml   eu-273-2004, eu-111-2005
  data/listings/gb/misuse-of-drugs.toml  gb-mda-1971, gb-mdr-2001
  data/listings/gb/precursors.toml   gb-precursors
  data/listings/ca/cdsa.toml         ca-cdsa (Schedules I-V Part 1, IX)
  data/listings/ca/precursors.toml   ca-cdsa-precursors (Schedule V Part 2, VI)

Each entry is mapped to an existing substance by CAS first, then by exact
normalised name or synonym; a new substance is created only when nothing
matches.  Substances of the fentanyl family belong to another file and are
neither defined nor listed here.

Usage: python3 tools/importers/eu_gb_ca/import_eu_gb_ca.py [--report]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tools/importers: common
from common import cas_ok  # noqa: E402

import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eu_gb_ca_parse as P  # noqa: E402

from common import ROOT  # noqa: E402
DATA = ROOT / "data"
MY_SUBST = DATA / "substances" / "eu-gb-ca.toml"
OUT = {
    "eu": DATA / "listings" / "eu" / "precursors.toml",
    "gb-md": DATA / "listings" / "gb" / "misuse-of-drugs.toml",
    "gb-pre": DATA / "listings" / "gb" / "precursors.toml",
    "ca": DATA / "listings" / "ca" / "cdsa.toml",
    "ca-pre": DATA / "listings" / "ca" / "precursors.toml",
}

# Ids owned by the fentanyl-family files: never defined nor listed here.
OWNED = {"fentanyl", "4-anpp", "npp", "norfentanyl", "4-ap", "1-boc-4-ap", "4-piperidone", "1-boc-4-piperidone",
         "benzylfentanyl", "propionyl-chloride", "carfentanil", "sufentanil", "alfentanil", "remifentanil",
         "acetylfentanyl", "furanylfentanyl", "ocfentanil", "acrylfentanyl", "valerylfentanyl",
         "us-fentanyl-related-substances", "cn-fentanyl-class"}
# Names by which those owned substances appear in the EU/UK/Canadian texts.
OWNED_NAMES = {
    "fentanyl": ["Fentanyl"], "carfentanil": ["Carfentanil", "Carfentanyl"], "sufentanil": ["Sufentanil"],
    "alfentanil": ["Alfentanil"], "remifentanil": ["Remifentanil"],
    "4-anpp": ["4-anilino-N-phenethylpiperidine", "4-Anilino-N-phenethylpiperidine (ANPP)", "ANPP"],
    "npp": ["N-phenethyl-4-piperidone", "1-Phenethyl-4-piperidone", "NPP"],
    "norfentanyl": ["Norfentanyl"], "4-ap": ["N-Phenyl-4-piperidinamine", "N-phenylpiperidin-4-amine", "4-AP"],
    "1-boc-4-ap": ["4-anilino-1-boc-piperidine", "tert-butyl 4-(phenylamino)piperidine-1-carboxylate", "1-boc-4-AP"],
    "4-piperidone": ["4-Piperidone", "piperidin-4-one"], "1-boc-4-piperidone": ["1-boc-4-piperidone", "tert-butyl 4-oxopiperidine-1-carboxylate"],
    "benzylfentanyl": ["Benzylfentanyl"], "propionyl-chloride": ["Propionyl chloride"],
}

# UK / Canadian spellings that are the same substance as another name (checked
# by hand: British Approved Names and older INNs).
ALIASES = {
    "Tilidate": "Tilidine", "Quinalbarbitone": "Quinalbarbital", "Dihydrocodeinone": "Hydrocodone",
    "Methylamphetamine": "Methamphetamine", "Raw opium": "Opium", "Lysergide": "Lysergic acid diethylamide",
    "Dimenoxadole": "Dimenoxadol", "Methyprylone": "Methyprylon", "Ethyloestrenol": "Ethylestrenol",
    "Methandienone": "Metandienone", "Methenolone": "Metenolone", "Thiomesterone": "Tiomesterone",
    "Stanolone": "Androstanolone", "Fenethylline": "Fenetylline", "Heptobarbital": "Heptabarbital",
    "Butethal": "Butobarbital", "Pethidine": "Meperidine", "Diamorphine": "Heroin",
    "Phenylpropanolamine": "Norephedrine", "Methylethylketone": "Methyl ethyl ketone", "Butanone": "Methyl ethyl ketone",
    "Isosafrol (cis + trans)": "Isosafrole", "Isosafrol": "Isosafrole", "Sulphuric acid": "Sulfuric acid",
    "Ethyl ether": "Diethyl ether", "1-phenyl-2-propanone": "Phenylacetone",
    "Clorazepic acid": "Clorazepate", "Cyclopal": "Cyclopentobarbital", "Vinylbital": "Vinylbitone",
    "Nicodicodine": "Nicodicodine", "Tetrahydrocannabinol": "Tetrahydrocannabinols",
    "Ketobemidone": "Ketobemidone", "Dextropropoxyphene": "Propoxyphene",
    "Hydromorphinol": "Hydromorphinol", "Methylphenidate": "Methylphenidate",
    "Cannabinol derivatives not being dronabinol or its stereoisomers": "Cannabinol derivatives",
    "Medicinal opium": "Opium, prepared or medicinal",
    "Gamma-hydroxybutyrate": "4-hydroxybutanoic acid", "4-Hydroxy-n-butyric acid": "4-hydroxybutanoic acid",
    "Levorphanol/Dextrorphan": "Levorphanol",
    "p-Fluorofentanyl": "para-Fluorofentanyl", "Norpethidine": "Pethidine intermediate B",
    "Methylphenylisonipecotonitrile": "Pethidine intermediate A", "4-Cyano-1-methyl-4-phenylpiperidine": "Pethidine intermediate A",
    "1-Methyl-4-phenylpiperidine-4-carboxylic acid": "Pethidine intermediate C",
    "Diphenylmorpholinoisovaleric acid": "Moramide intermediate",
    "2-Methyl-3-morpholino-1,1-diphenylpropane-carboxylic acid": "Moramide intermediate",
    "Dimethylaminodiphenylbutanonitrile": "Methadone intermediate", "4-Cyano-2-dimethylamino-4,4-diphenylbutane": "Methadone intermediate",
    "2-Methylamino-1-phenyl-1-propanone": "Methcathinone",
    "N-methyl-3,4-methylenedioxyamphetamine": "MDMA", "N-ethyl-3,4-methylenedioxyamphetamine": "MDEA",
    "N-hydroxy-3,4-methylenedioxyamphetamine": "N-Hydroxy-MDA", "N-Hydroxy-tenamphetamine": "N-Hydroxy-MDA",
    "3,4-Methylenedioxy-N,N-dimethylamphetamine": "N,N-dimethyl-3,4-methylenedioxyamphetamine",
    "2,5-Dimethoxy-4-Bromoamphetamine": "DOB", "4-Bromo-2,5-dimethoxy-α-methylphenethylamine": "DOB",
    "2,5-Dimethoxy-4-Methylamphetamine": "DOM", "2,5-Dimethoxy-α,4-dimethylphenethylamine": "DOM",
    "4-Methylthioamphetamine": "4-MTA", "cannabis resin": "Cannabis Resin, Extracts",
    "5-Androstene-3,17-diol": "Androstenediol", "4-Hydroxy-19-nor testosterone": "Oxabolone",
    "Lisdexamphetamine": "Lisdexamfetamine", "Androstanolone": "4-Dihydrotestosterone",
}

TODAY = "2026-11-28"


# ---------------------------------------------------------------- TOML output
def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def qlist(xs):
    return "[" + ", ".join(q(x) for x in xs) + "]"


def emit_listing(l):
    out = ["[[listing]]"]
    for k in ("substance", "instrument", "schedule", "code", "announced", "effective", "precision", "until"):
        if l.get(k):
            out.append(f"{k} = {q(l[k])}")
    if l.get("temporary"):
        out.append("temporary = true")
    if l.get("scope"):
        out.append(f"scope = {qlist(l['scope'])}")
    for k in ("exceptions", "hs_code"):
        if l.get(k):
            out.append(f"{k} = {q(l[k])}")
    out.append(f"citation = {qlist(l['citation'])}")
    out.append(f"source = {q(l['source'])}")
    if l.get("note"):
        out.append(f"note = {q(l['note'])}")
    return "\n".join(out) + "\n"


def emit_substance(s):
    out = ["[[substance]]", f"id = {q(s['id'])}", f"name = {q(s['name'])}", f"kind = {q(s['kind'])}"]
    for key in ("en", "abbreviation", "brand", "other"):
        vals = dedup_names(s.get(key, []), exclude=[s["name"]])
        if key != "en":
            vals = [v for v in vals if P.norm(v) not in {P.norm(x) for x in s.get("en", [])}]
        if vals:
            out.append(f"names.{key} = {qlist(vals)}")
    if s.get("cas"):
        out.append(f"cas = {q(s['cas'])}")
    if s.get("other_cas"):
        out.append(f"other_cas = {qlist(s['other_cas'])}")
    if s.get("classes"):
        out.append(f"classes = {qlist(sorted(set(s['classes'])))}")
    if s.get("reviewed_in"):
        out.append(f"reviewed_in = {qlist(s['reviewed_in'])}")
    if s.get("note"):
        out.append(f"note = {q(s['note'])}")
    if s.get("definition"):
        out.append(f"definition.en = {q(s['definition'])}")
    return "\n".join(out) + "\n"


def dedup_names(names, exclude=()):
    seen = {P.norm(x) for x in exclude}
    out = []
    for n in names:
        n = P.clean(n)
        k = P.norm(n)
        if not k or k in seen:
            continue
        seen.add(k)
        out.append(n)
    return out


def merge_duplicates(ls):
    """One listing per (substance, instrument, schedule, code, effective): the UK list names
    some substances under two or three entries (e.g. 'Butabarbital (Secbutobarbital)' and
    'Secbutobarbital (Secbutobarbitone)'); their notes and citations are merged."""
    out, seen = [], {}
    for l in ls:
        k = (l["substance"], l["instrument"], l["schedule"], l.get("code"), l["effective"])
        if k not in seen:
            seen[k] = dict(l, citation=list(l["citation"]))
            out.append(seen[k])
            continue
        m = seen[k]
        for c in l["citation"]:
            if c not in m["citation"]:
                m["citation"].append(c)
        if l.get("note") and l["note"] not in (m.get("note") or ""):
            extra = l["note"]
            for part in re.split(r"(?<=\.) ", m.get("note") or ""):
                extra = extra.replace(part, "").strip()
            if extra:
                m["note"] = ((m.get("note") or "") + " Also: " + extra).strip()
        for f in ("scope",):
            if l.get(f) and not m.get(f):
                m[f] = l[f]
        if m.get("until") != l.get("until"):
            m["until"] = max(filter(None, [m.get("until"), l.get("until")]), default=None) if m.get("until") and l.get("until") else None
    return out


# ---------------------------------------------------------------- existing data
def load_existing():
    subs, names_recs = {}, []
    for f in sorted((DATA / "substances").glob("*.toml")):
        if f.resolve() == MY_SUBST.resolve():
            continue
        try:
            d = tomllib.loads(f.read_text(encoding="utf-8"))
        except Exception as e:  # another curator's file mid-write
            print(f"warning: cannot read {f.name}: {e}", file=sys.stderr)
            continue
        for s in d.get("substance", []):
            subs[s["id"]] = dict(s, _file=f.name)
        names_recs.extend(d.get("names", []))
    return subs, names_recs


class Index:
    """Name / CAS index over existing substances and the ones created here."""

    def __init__(self):
        self.by_cas = defaultdict(set)
        self.by_name = defaultdict(set)
        self.primary = defaultdict(set)

    def add(self, sid, names, cas=(), primary=None):
        for c in cas:
            if c:
                self.by_cas[c].add(sid)
        for n in names:
            k = P.norm(n)
            if len(k) >= 2:
                self.by_name[k].add(sid)
        if primary:
            self.primary[P.norm(primary)].add(sid)

    def find(self, name, others=(), cas=None):
        if cas and self.by_cas.get(cas):
            return sorted(self.by_cas[cas])[0], "cas"
        keys = [P.norm(name)] + [P.norm(o) for o in others]
        keys = [k for k in keys if len(k) >= 3]
        for k in keys:  # exact primary-name hits first
            if len(self.primary.get(k, ())) == 1:
                return next(iter(self.primary[k])), "name"
        for k in keys:
            hits = self.by_name.get(k, set())
            if len(hits) == 1:
                return next(iter(hits)), "synonym"
        return None, None


def sub_names(s):
    n = [s["name"]]
    for k, v in (s.get("names") or {}).items():
        if isinstance(v, list):
            n.extend(x.split(":", 1)[1] if k == "other" and ":" in x else x for x in v)
    return n


# ---------------------------------------------------------------- the builder
class Builder:
    def __init__(self):
        self.existing, existing_names = load_existing()
        self.idx = Index()
        for sid, s in self.existing.items():
            self.idx.add(sid, sub_names(s), [s.get("cas")] + list(s.get("other_cas", [])), primary=s["name"])
        for r in existing_names:
            if r.get("substance") in self.existing:
                for k, v in r.items():
                    if isinstance(v, list) and k in ("en", "abbreviation", "dea", "brand"):
                        self.idx.add(r["substance"], v)
        for sid, names in OWNED_NAMES.items():
            self.idx.add(sid, names, primary=names[0])
        self.new = {}            # id -> substance dict
        self.extra = defaultdict(lambda: defaultdict(list))   # existing id -> key -> names
        self.extra_classes = defaultdict(set)
        self.listings = defaultdict(list)
        self.stats = defaultdict(int)
        self.owned_hits = []
        self.log = []

    # -- resolving
    def resolve(self, name, en=(), abbr=(), cas=None, kind="drug", create=True, note=None, definition=None, id_hint=None,
                classes=(), brand=()):
        names_all = [name] + list(en)
        alias_targets = [ALIASES[n] for n in names_all if n in ALIASES]
        sid, how = self.idx.find(name, list(en) + alias_targets + list(abbr) if kind != "class" else list(en), cas)
        if sid is not None and kind == "class":
            k = (self.existing.get(sid) or self.new.get(sid) or {}).get("kind")
            if k != "class":  # a class record never merges into a single substance
                sid = None
        if sid is None and kind == "class":
            sid, how = self.idx.find(name, [], None)
            if sid is not None and (sid in self.existing and self.existing[sid].get("kind") != "class"):
                sid = None
            if sid is not None and sid in self.new and self.new[sid]["kind"] != "class":
                sid = None
        if sid is not None and kind != "class":
            k = (self.existing.get(sid) or self.new.get(sid) or {}).get("kind")
            if k == "class":  # never attach a single substance to a class record
                sid = None
        if sid in OWNED:
            self.owned_hits.append((sid, name))
            return sid
        if sid is None:
            if not create:
                return None
            if kind != "class" and abbr and len(name) > 30 and not id_hint:
                en = [name] + list(en)
                name = abbr[0]
            sid = self._new_id(id_hint or name)
            self.new[sid] = dict(id=sid, name=P.clean(name), kind=kind, en=[], abbreviation=[], brand=[], cas=None,
                                 other_cas=[], classes=[], note=note, definition=definition, reviewed_in=["EU"])
            self.stats["new_" + kind] += 1
        else:
            self.stats["matched_" + (how or "?")] += 1
        self.add_names(sid, en=[n for n in en] + alias_targets, abbr=abbr, cas=cas, brand=brand)
        if name and P.norm(name) != P.norm(self.name_of(sid)):
            self.add_names(sid, en=[name])
        for c in classes:
            self.add_class(sid, c)
        return sid

    def name_of(self, sid):
        s = self.existing.get(sid) or self.new.get(sid)
        return s["name"] if s else sid

    def _new_id(self, name):
        base = P.slug(name)[:60].strip("-") or "substance"
        sid, i = base, 2
        while sid in self.existing or sid in self.new or sid in OWNED:
            sid = f"{base}-{i}"
            i += 1
        return sid

    def add_names(self, sid, en=(), abbr=(), cas=None, brand=()):
        if sid in OWNED:
            return
        en = [P.clean(x) for x in en if x and len(P.norm(x)) >= 2]
        abbr = [P.clean(x) for x in abbr if x]
        if sid in self.new:
            s = self.new[sid]
            s["en"].extend(en)
            s["abbreviation"].extend(abbr)
            s["brand"].extend(brand)
            if cas and P.cas_ok(cas):
                if not s["cas"]:
                    s["cas"] = cas
                elif cas != s["cas"] and cas not in s["other_cas"]:
                    s["other_cas"].append(cas)
            self.idx.add(sid, [s["name"]] + en + abbr, [cas] if cas else [], primary=s["name"])
        else:
            have = {P.norm(x) for x in sub_names(self.existing[sid])}
            for key, vals in (("en", en), ("abbreviation", abbr), ("brand", brand)):
                for v in vals:
                    if P.norm(v) not in have:
                        self.extra[sid][key].append(v)
                        have.add(P.norm(v))
            self.idx.add(sid, en + abbr)
            ex = self.existing[sid]
            if cas and P.cas_ok(cas) and cas != ex.get("cas") and cas not in ex.get("other_cas", []):
                self.extra[sid]["other_cas"].append(cas)

    def add_class(self, sid, cls):
        if sid in OWNED or not cls:
            return
        if sid in self.new:
            self.new[sid]["classes"].append(cls)
        else:
            self.extra_classes[sid].add(cls)

    def listing(self, out, sid, **kw):
        if sid in OWNED:
            return
        kw["substance"] = sid
        self.listings[out].append(kw)

    # ------------------------------------------------------------ EU + GB precursors
    def build_eu(self):
        rows = P.eu_rows()
        by_cas = defaultdict(list)
        nocas = []
        for r in rows:
            (by_cas[r["cas"]] if r["cas"] else nocas).append(r)
        for cas, rs in by_cas.items():
            if not P.cas_ok(cas):
                self.log.append(f"EU: CAS check digit fails for {cas} ({rs[0]['name']}); CAS dropped")
            r0 = rs[0]
            name, groups = P.split_parens(r0["name"])
            abbr = [g for g in groups if P.is_abbrev(g)] + [g.replace(" (cis + trans)", "") for g in groups if not P.is_abbrev(g)]
            en = [r["alias"] for r in rs if r["alias"]] + [r["name"] for r in rs]
            sid = self.resolve(name, en=en, abbr=[a for a in abbr if P.is_abbrev(a)], cas=cas if P.cas_ok(cas) else None,
                               kind="precursor")
            if sid in OWNED:
                continue
            act = P.EU_ADDED_BY.get(cas)
            for r in rs:
                self._eu_listings(sid, r, act)
        # Category 4 (Regulation 111/2005): medicinal products containing ephedrine / pseudoephedrine
        for r in nocas:
            base = "ephedrine" if "pseudo" not in r["name"] else "pseudoephedrine"
            sid = self.resolve(r["name"], en=[r["alias"]] if r["alias"] else [], kind="preparation",
                               id_hint=f"medicinal-products-containing-{base}",
                               note=f"Category 4 of the Annex to Regulation (EC) No 111/2005: medicinal products and veterinary medicinal products containing {base} or its salts (CN {r['cn']}).")
            self._eu_listing(sid, "eu-111-2005", "Category 4", r["cn"], "1259/2013", "111-base")
            self._gb_precursor(sid, "Category 4 (Regulation (EC) No 111/2005)", r["cn"], "1259/2013", "111-base")
        # Later additions (not in the 2022 consolidation)
        for a in P.EU_ADDITIONS:
            cas = a["cas"] if a["cas"] and P.cas_ok(a["cas"]) else None
            if a["cas"] and not cas:
                self.log.append(f"EU: CAS check digit fails for {a['cas']} ({a['name']}); CAS dropped")
            sid = self.resolve(a["name"], en=a["en"], abbr=[a["abbr"]] if P.is_abbrev(a["abbr"]) else [], cas=cas,
                               kind="precursor", note=a.get("note"))
            if a["abbr"] and not P.is_abbrev(a["abbr"]):
                self.add_names(sid, en=[a["abbr"]])
            for inst in ("eu-273-2004", "eu-111-2005"):
                self._eu_listing(sid, inst, "Category 1", None, a["act"], None)
        c = P.EU_CLASS_2024
        sid = self.resolve(c["name"], kind="class", id_hint=c["id"], definition=c["definition"], note=c["note"])
        for inst in ("eu-273-2004", "eu-111-2005"):
            self._eu_listing(sid, inst, "Category 1", None, "2024/1331", None)

    def _eu_listings(self, sid, r, act):
        inst = "eu-273-2004" if r["reg"] == "273/2004" else "eu-111-2005"
        base = "273-base" if inst == "eu-273-2004" else "111-base"
        cat = r["cat"]
        if inst == "eu-273-2004" and cat in ("2A", "2B") and act is None:
            # Category 2 until Regulation 1258/2013 split it into 2A and 2B (30.12.2013)
            self._eu_listing(sid, inst, "Category 2", r["cn"], None, base, until=P.EU_ACTS["1258/2013"][1],
                             note="Category 2 of the original Annex I; split into Categories 2A and 2B by Regulation (EU) No 1258/2013.")
            self._eu_listing(sid, inst, f"Category {cat}", r["cn"], "1258/2013", base,
                             note=f"Placed in Category {cat} when Regulation (EU) No 1258/2013 split Category 2 (in force 30 December 2013).")
            self._gb_precursor(sid, "Category 2", r["cn"], None, base, until=P.EU_ACTS["1258/2013"][1])
            self._gb_precursor(sid, f"Category {cat}", r["cn"], "1258/2013", base)
            return
        self._eu_listing(sid, inst, f"Category {cat}", r["cn"], act, base)
        if inst == "eu-273-2004":
            self._gb_precursor(sid, f"Category {cat}", r["cn"], act, base)

    def _eu_listing(self, sid, inst, sched, cn, act, base, until=None, note=None):
        if act:
            if act == "1258/2013" and inst == "eu-111-2005":
                act = "1259/2013"
            cit_act, eff, act_note = P.EU_ACTS[act] if act in P.EU_ACTS else (None, None, None)
            if cit_act is None:
                return  # act owned by another file (2018/729: ANPP, NPP)
            base_cit = P.EU_ACTS["273-base" if inst == "eu-273-2004" else "111-base"][0]
            citation = [f"{base_cit}, {sched}", f"{cit_act}, Annex {'I' if inst == 'eu-273-2004' else 'II'}"] \
                if act not in ("1258/2013", "1259/2013") else [f"{base_cit}, {sched}", cit_act]
            note = " ".join(x for x in (note, act_note) if x)
        else:
            cit, eff, act_note = P.EU_ACTS[base]
            citation = [f"{cit}, {sched}"]
            note = " ".join(x for x in (note, act_note) if x)
        scope = ["salts"] if sched != "Category 4" else []
        if sched == "Category 1":
            scope = ["salts", "optical-isomers", "geometric-isomers", "salts-of-isomers"]
        exc = {"Category 3": "salts of hydrochloric acid and sulphuric acid",
               "Category 1": "cathine and its salts (the stereoisomer note of Category 1 excludes cathine)"}.get(sched)
        l = dict(instrument=inst, schedule=sched, effective=eff, until=until, hs_code=cn, scope=scope, exceptions=exc,
                 citation=citation, source=P.EU_SOURCE,
                 note=(note + (" CN code as in the consolidated text of 1 January 2022." if cn else "")).strip())
        self.listing("eu", sid, **l)

    def _gb_precursor(self, sid, sched, cn, act, base, until=None):
        """Regulation 273/2004 (and 111/2005 Category 4) as applied in the UK, retained from IP completion day."""
        if act in ("2020/1737-rp", "2022/1518", "2023/196", "2024/1331", "2018/729"):
            return  # not part of the UK version (applied in the EU after 31.12.2020, or owned elsewhere)
        inst_base = "273-base" if base == "273-base" else "111-base"
        cit, eff, _ = P.EU_ACTS[act] if act else P.EU_ACTS[inst_base]
        citation = [f"{P.EU_ACTS[inst_base][0]}, {sched}"]
        if act:
            citation.append(cit)
        citation.append("European Union (Withdrawal) Act 2018, s. 3 (retained EU law from IP completion day, 31 December 2020 11.00 p.m.)")
        self.listing("gb-pre", sid, instrument="gb-precursors", schedule=sched, effective=eff, until=until, hs_code=cn,
                     scope=["salts"] if sched.startswith("Category") and not sched.startswith("Category 4") else [],
                     citation=citation,
                     source="legislation.gov.uk eur/2004/273 (UK version of the Annexes at IP completion day); " + P.EU_SOURCE,
                     note=("Applied in the UK as EU law from the date shown; retained in UK law (Great Britain) from 1 January 2021. "
                           "No later GB additions were found; EU additions after 2020 apply in Northern Ireland only, under the Windsor Framework."))

    # ------------------------------------------------------------ UK
    def build_gb(self):
        rows = P.uk_rows()
        self.gb_rows = rows
        si2001 = defaultdict(list)
        for r in rows:
            if r["src"] == "si2001" and not r["junk"] and r["whole"]:
                si2001[P.norm(r["name"])].append(r)
        self.gb_row_sid = {}
        for r in rows:
            if r["src"] != "govuk" or r["junk"]:
                continue
            sids = self._gb_row_substances(r)
            self.gb_row_sid[r["idx"]] = sids
            for sid, role in sids:
                self._gb_listings(sid, r, role, si2001)
        # temporary class drug orders
        for t in P.GB_TCDOS:
            for nm in t["names"]:
                sid = self.resolve(nm, en=[x for x in t.get("en", []) if not P.is_abbrev(x)],
                                   abbr=[x for x in t.get("en", []) if P.is_abbrev(x)], kind="drug")
                self.listing("gb-md", sid, instrument="gb-mda-1971", schedule="Temporary class drug", effective=t["effective"],
                             until=t["until"], temporary=True, citation=[t["citation"], "Misuse of Drugs Act 1971, s. 2A"],
                             source="legislation.gov.uk and Home Office circulars (read through the search tool)",
                             note=t["note"] + " Temporary class drugs are treated as Schedule 1 drugs under the Misuse of Drugs Regulations 2001 (art. 3 of each order).")
        # names from the 2001-as-made rows (UK spellings of the time)
        for key, rs in si2001.items():
            r = rs[0]
            name = r["name"]
            target = ALIASES.get(name)
            sid, _ = self.idx.find(name, [target] if target else [])
            if sid and sid not in OWNED:
                if target or P.norm(name) not in {P.norm(x) for x in self._all_names(sid)}:
                    self.add_names(sid, en=[name])

    def _all_names(self, sid):
        if sid in self.new:
            s = self.new[sid]
            return [s["name"]] + s["en"] + s["abbreviation"]
        return sub_names(self.existing[sid]) + self.extra[sid].get("en", [])

    GB_CLASS_ROWS = {
        "Barbituric acid, (any 5,5-disubstituted)": ("gb-5-5-disubstituted-barbituric-acids", None),
        "Cannabinol derivatives (except dronabinol or its stereoisomers)": ("gb-cannabinol-derivatives", None),
        "Cathinone derivatives": ("gb-cathinone-derivatives",
                                  "Any compound (not being bupropion, diethylpropion, pyrovalerone or a compound specified by name) structurally derived from 2-amino-1-phenyl-1-propanone by modification in any of the following ways: (i) by substitution in the phenyl ring to any extent with alkyl, alkoxy, alkylenedioxy, haloalkyl or halide substituents, whether or not further substituted in the phenyl ring by one or more other univalent substituents; (ii) by substitution at the 3-position with an alkyl substituent; (iii) by substitution at the nitrogen atom with alkyl or dialkyl groups, or by inclusion of the nitrogen atom in a cyclic structure (Misuse of Drugs Regulations 2001, Schedule 1 para. 1(m), inserted by SI 2010/1144; the Class B text of the Act, inserted by SI 2010/1207, is in the same terms)."),
        "CBPMs": ("gb-cannabis-based-products-for-medicinal-use", "Cannabis-based products for medicinal use in humans (CBPMs), as defined in regulation 2 of the Misuse of Drugs Regulations 2001 (Schedule 2 since 1 November 2018)."),
        "Ecgonine and any derivative of ecgognine which is convertible to ecgonine or cocaine": ("gb-ecgonine-derivatives", None),
        "Fungus (of any kind) which contains psilocin or an ester of psilocin": ("gb-psilocin-containing-fungus", None),
        "Lysergide (& other N-alkyl derivatives of lysergamide)": ("gb-n-alkyl-lysergamides", None),
        "Morphine methobromide (& morphine N-oxide & other pentavalent nitrogen morphine derivatives)": ("gb-pentavalent-nitrogen-morphine-derivatives", None),
    }
    GB_ALSO_DRUG = {"Ecgonine and any derivative of ecgognine which is convertible to ecgonine or cocaine": "Ecgonine",
                    "Lysergide (& other N-alkyl derivatives of lysergamide)": "Lysergide",
                    "Morphine methobromide (& morphine N-oxide & other pentavalent nitrogen morphine derivatives)": "Morphine methobromide"}

    def _gb_row_substances(self, r):
        name = P.uk_fix(r["name"])
        out = []
        if name in self.GB_CLASS_ROWS:
            cid, definition = self.GB_CLASS_ROWS[name]
            sid = self.resolve(name, kind="class", id_hint=cid,
                               definition=definition or f"{name} (entry of the gov.uk list of drugs controlled under the Misuse of Drugs Act 1971; the full generic text is in Schedule 2 to the Act).",
                               note=None if definition else "Definition text is the gov.uk list's wording; the Act's full generic wording was not transcribed.")
            if name.startswith("Cannabinol derivatives"):
                self.add_names(sid, en=["Cannabinol derivatives"])
            out.append((sid, "class"))
            if name in self.GB_ALSO_DRUG:
                d = self.GB_ALSO_DRUG[name]
                sid2 = self.resolve(d, en=[ALIASES[d]] if d in ALIASES else [], kind="drug")
                self.add_names(sid2, en=[d])
                out.append((sid2, "drug"))
            return out
        if r["idx"] in (289, 290):  # "Opium:" / "Raw" / "Prepared or medicinal"
            if name == "Raw":
                sid = self.resolve("Opium", en=["Raw opium"], kind="drug")
            else:
                sid = self.resolve("Opium, prepared or medicinal", en=["Medicinal opium", "Prepared opium"], kind="drug",
                                   note="Prepared or medicinal opium, listed separately from raw opium in the UK Misuse of Drugs Regulations 2001.")
            return [(sid, "drug")]
        if name.startswith("“") or name.startswith('"'):
            brand = name.strip("“”\"")
            sid = self.resolve(brand, kind="preparation", brand=[brand],
                               note="Cannabis-based medicinal product listed by brand name in the gov.uk list.")
            return [(sid, "drug")]
        if name in ("Epidyolex",):
            sid = self.resolve(name, kind="preparation", brand=[name],
                               note="Cannabidiol medicinal product listed by brand name in the gov.uk list (trace THC).")
            return [(sid, "drug")]
        if name == "Poppy straw (and concentrate)":
            s1 = self.resolve("Poppy straw", kind="drug")
            s2 = self.resolve("Concentrate of poppy straw", en=["Concentrate of poppy-straw", "Poppy straw concentrate"], kind="drug")
            return [(s1, "drug"), (s2, "drug")]
        if name == "Levorphanol/Dextrorphan":
            sid = self.resolve("Levorphanol", kind="drug")
            return [(sid, "drug")]
        head, groups = P.split_parens(name)
        en, abbr, qualifiers = [], [], []
        if not head and groups:
            parts = P.split_group(groups[0])
            head, groups = parts[0], parts[1:]
        for g in groups:
            if re.match(r"^(for human ingestion|of any kind|and concentrate|except |& other|any )", g):
                qualifiers.append(g)
                continue
            for p in P.split_group(g):
                (abbr if P.is_abbrev(p) and len(p) <= 10 else en).append(p)
        if "/" in head and " " not in head:
            parts = head.split("/")
            head, en = parts[0], en + parts[1:]
        if not P.split_parens(name)[0]:
            en.append(name.strip("()"))
        sid = self.resolve(head, en=en, abbr=abbr, kind="drug")
        return [(sid, "drug")]

    def _gb_listings(self, sid, r, role, si2001):
        name = P.uk_fix(r["name"])
        head = P.split_parens(name)[0] or name
        key = P.norm(head)
        events = P.GB_EVENTS.get(key, [])
        if name == "cannabis resin":
            events = [(i, s, e, u, c, n.replace("Cannabis and cannabis resin", "Cannabis resin")) for i, s, e, u, c, n in P.GB_EVENTS["cannabis"]]
        note_row = f"gov.uk list entry: '{name}' (class {r['cls'] or 'n/a'}, schedule {r['sched'] or 'n/a'})."
        foot = re.findall(r"\[footnote (\d+)\]", r["raw"])
        if foot:
            note_row += " The list carries footnote(s) " + ", ".join(foot) + " on this entry."
        # -- MDA class
        if r["cls"] in ("A", "B", "C"):
            cls = f"Class {r['cls']}"
            current = [e for e in events if e[0] == "gb-mda-1971" and e[1] == cls and e[3] is None]
            if current:
                for inst, sched, eff, until, cit, note in current:
                    self.listing("gb-md", sid, instrument=inst, schedule=sched, effective=eff, citation=[cit, f"Misuse of Drugs Act 1971, Schedule 2, Part {'I' * 'ABC'.index(r['cls']) + 'I'}" if False else f"Misuse of Drugs Act 1971, Schedule 2 ({cls} drugs)"],
                                 source=P.UK_SOURCE_GOVUK, note=f"{note} {note_row}")
            else:
                self.listing("gb-md", sid, instrument="gb-mda-1971", schedule=cls, effective=P.UK_LIST_DATE, precision="in-force-by",
                             citation=[f"Misuse of Drugs Act 1971, Schedule 2 ({cls} drugs)"], source=P.UK_SOURCE_GOVUK,
                             note=f"In force by {P.UK_LIST_DATE}: the date the gov.uk list was read; the date of first control was not checked. {note_row}")
            for inst, sched, eff, until, cit, note in events:
                if inst == "gb-mda-1971" and until:
                    self.listing("gb-md", sid, instrument=inst, schedule=sched, effective=eff, until=until,
                                 citation=[cit], source="legislation.gov.uk / Home Office notices (search tool)", note=note)
        # -- MDR schedule
        if role == "class" and name == "Cathinone derivatives":
            pass
        scheds = P.uk_schedule(r["sched"])
        for j, sched in enumerate(scheds):
            is_prep = len(scheds) > 1 and sched == "Schedule 5"
            ev = [e for e in events if e[0] == "gb-mdr-2001" and e[1] == sched and e[3] is None]
            abbrs = re.findall(r"\(([A-Z0-9][A-Za-z0-9\-]+)\)", name)
            made = si2001.get(P.norm(head)) or si2001.get(P.norm(name))
            made = [m for m in (made or []) if P.uk_schedule(m["sched"]) and P.uk_schedule(m["sched"])[0] == sched]
            base = dict(instrument="gb-mdr-2001", schedule=sched, scope=["preparations"] if is_prep else [])
            extra_note = " Only certain low-strength preparations are in Schedule 5 (footnote of the gov.uk list)." if is_prep else ""
            if ev:
                inst, s, eff, until, cit, note = ev[0]
                self.listing("gb-md", sid, **base, effective=eff, citation=[cit], source=P.UK_SOURCE_GOVUK,
                             note=f"{note} {note_row}{extra_note}")
            elif any(a in P.GB_SCHED1_2015_NAMES for a in abbrs) and sched == "Schedule 1":
                self.listing("gb-md", sid, **base, effective="2015-01-07", citation=[P.GB_SCHED1_2015], source=P.UK_SOURCE_GOVUK,
                             note=f"Inserted in Schedule 1 paragraph 1(a) with effect from 7 January 2015. {note_row}")
            elif made and not is_prep:
                self.listing("gb-md", sid, **base, effective=P.MDR_2001_IN_FORCE,
                             citation=[f"Misuse of Drugs Regulations 2001 (SI 2001/3998), {sched}, as made (in force 1 February 2002)"],
                             source=f"{P.UK_SOURCE_2001}; {P.UK_SOURCE_GOVUK}",
                             note=f"In {sched} of the Regulations as made and in the same schedule in the gov.uk list of 2026; changes in between were not checked. {note_row}")
            else:
                self.listing("gb-md", sid, **base, effective=P.UK_LIST_DATE, precision="in-force-by",
                             citation=[f"Misuse of Drugs Regulations 2001 (SI 2001/3998), {sched}"], source=P.UK_SOURCE_GOVUK,
                             note=f"In force by {P.UK_LIST_DATE}: the date the gov.uk list was read; the date of scheduling was not checked. {note_row}{extra_note}")

    # ------------------------------------------------------------ Canada
    def build_ca(self):
        items = P.ca_items()
        self.ca_items = items
        self.ca_code_sid = {}
        by_code = {i["code"]: i for i in items}
        for it in items:
            if it["repealed"] or it["excluded"]:
                continue
            self._ca_item(it, by_code)

    def _ca_instrument(self, it):
        if it["schedule"] == "VI" or (it["schedule"] == "V" and it["part"] == "2"):
            return "ca-cdsa-precursors", "ca-pre"
        return "ca-cdsa", "ca"

    def _ca_schedule_label(self, it):
        r = it["schedule"]
        if r == "VI":
            return {"1": "Schedule VI, Part 1 (Class A precursors)", "2": "Schedule VI, Part 2 (Class B precursors)",
                    "3": "Schedule VI, Part 3 (preparations and mixtures)"}[it["part"]]
        if r == "V":
            if it["part"] == "1":
                return "Schedule V, Part 1"
            m = re.match(r"TABLE (\d+) - (.*)$", it["part_title"] or "")
            if not m:
                return "Schedule V, Part 2"
            title = m.group(2).replace("Precursors", "precursors").replace("Preparations and Mixtures Containing", "preparations and mixtures containing")
            return f"Schedule V, Part 2, Table {m.group(1)} ({title})"
        return f"Schedule {r}"

    def _ca_citation(self, it):
        r = it["schedule"]
        labels = re.findall(r"^[^(]+|\([^)]*\)", it["code"].split("-", 1)[1])
        if r in ("VI", "V"):
            pieces = it["code"].split("-")
            part = pieces[1][1:]
            rest = "-".join(pieces[2:])
            if r == "V" and rest.startswith("T"):
                tnum, rest = rest.split("-", 1)
                where = f"Schedule V, Part {part}, Table {tnum[1:]}, item {rest}"
            else:
                where = f"Schedule {r}, Part {part}, item {rest}"
        else:
            where = f"Schedule {r}, item {labels[0]}" + ("".join(f", subitem {l}" for l in labels[1:]) if len(labels) > 1 else "")
        cits = [f"{P.CA_ACT}, {where}"]
        if it["enacted"]:
            sors = sorted({h[2] for h in it["hist"] if h[0] == it["inforce"] and h[1] == it["enacted"]})
            sors = sorted({re.sub(r",? ss?\. .*$", "", s) for s in sors})
            cits.extend(f"Amended by {s}" for s in sors)
        return cits

    def _ca_dates(self, it):
        if it["schedule"] == "V":
            d = dict(effective=it["period_start"] or it["inforce"], until=it["period_end"], temporary=True)
            if it["period_end"]:
                # "June 5, 2026 to June 4, 2027": the last day is June 4, so the first day no longer in force is June 5
                import datetime as _dt
                d["until"] = (_dt.date.fromisoformat(it["period_end"]) + _dt.timedelta(days=1)).isoformat()
            if it["enacted"] and it["enacted"] < d["effective"]:
                d["announced"] = it["enacted"]
            d["note_date"] = f"Time-limited designation, period '{it['period']}' (Schedule V, Column 2)."
            return d
        if it["enacted"]:
            d = dict(effective=it["inforce"], note_date="In force on the date the consolidation gives for the amending instrument.")
            if it["enacted"] < it["inforce"]:
                d["announced"] = it["enacted"]
            return d
        return dict(effective=it["inforce"], precision="in-force-by",
                    note_date=(f"In force by {it['inforce']}: the item carries no enactment date, so this is the start of the "
                               "consolidation's versioning (Justice Canada LIMS), not the date it was first listed."))

    def _ca_item(self, it, by_code):
        inst, out = self._ca_instrument(it)
        text = it["text"]
        full = " ".join([text] + it["extra_text"])
        name, syn, abbr = P.ca_name_parts(text)
        is_group = bool(P.GROUP_HEADS.match(text))
        analog = bool(re.search(r"derivatives|analogues|including|its preparations", text)) and it["schedule"] != "IX"
        parent = by_code.get(it["parent"]) if it["parent"] else None
        classes = []
        p = parent
        while p is not None:
            cid = self.ca_code_sid.get(p["code"] + "#class")
            if cid:
                classes.append(cid)
            p = by_code.get(p["parent"]) if p["parent"] else None
        dates = self._ca_dates(it)
        note_date = dates.pop("note_date")
        sched = self._ca_schedule_label(it)
        cit = self._ca_citation(it)
        excl = [c for c in it["children"] if c["excluded"]]
        exceptions = "; ".join(f"subitem {c['label']}: {c['text']}" for c in excl) if excl else None
        sids = []
        if it["schedule"] == "IX":
            sid = self.resolve(f"Designated device: {text}", kind="class", id_hint=f"ca-designated-device-{it['label']}",
                               definition=text,
                               note="Schedule IX lists designated devices (tablet presses, encapsulators and their parts), not substances.")
            sids.append((sid, "class"))
        elif it["schedule"] == "VI" and it["part"] == "3" or text.startswith("Any preparation or mixture"):
            what = "R 29676" if "R 29676" in text else "Class A and Class B precursors"
            sid = self.resolve(f"Preparations and mixtures containing {what} (Canada, {self._ca_schedule_label(it)})",
                               kind="preparation", id_hint="ca-" + P.slug(f"{it['code']} preparations and mixtures"),
                               definition=None, note=f"{self._ca_schedule_label(it)}, item {it['label']}: {text}")
            sids.append((sid, "preparation"))
        else:
            if is_group or analog:
                where = f"CDSA {sched}, item {it['code'].split('-', 1)[1].replace('P1-', '').replace('P2-', '').replace('P3-', '')}"
                cname = f"{name} ({where})" if is_group else f"{name} and its derivatives/analogues ({where})"
                short = "-".join(P.slug(name).split("-")[:4])[:32].strip("-")
                sid = self.resolve(cname, kind="class", id_hint="ca-" + P.slug(it["code"]) + "-" + short,
                                   definition=full, en=[], classes=classes)
                self.ca_code_sid[it["code"] + "#class"] = sid
                sids.append((sid, "class"))
            if not is_group and name:
                kind = "precursor" if inst == "ca-cdsa-precursors" else "drug"
                sid = self.resolve(name, en=syn, abbr=abbr, kind=kind, classes=classes)
                sids.append((sid, kind))
        for sid, role in sids:
            if sid in OWNED:
                continue
            self.ca_code_sid.setdefault(it["code"], sid)
            scope = P.ca_scope(text) if role != "class" else []
            note = note_date
            if role != "class" and analog and not is_group:
                note += " The item also covers derivatives/analogues; see the class record of the same item."
            self.listing(out, sid, instrument=inst, schedule=sched, code=it["code"], scope=scope,
                         exceptions=exceptions if role == "class" or is_group else None,
                         citation=cit, source=P.CA_SOURCE, note=note, **dates)

    # ------------------------------------------------------------ output
    def write(self):
        hdr = ("# Generated by tools/importers/eu_gb_ca/import_eu_gb_ca.py from the reference texts in /work/shared/reference\n"
               "# (see data/SCHEMA.md). Edit the script, not this file, where you can.\n\n")
        subs = [emit_substance(s) for s in sorted(self.new.values(), key=lambda s: s["id"])]
        names = []
        for sid in sorted(set(self.extra) | set(self.extra_classes)):
            e = self.extra.get(sid, {})
            rec = ["[[names]]", f"substance = {q(sid)}"]
            for key in ("en", "abbreviation", "brand"):
                vals = dedup_names(e.get(key, []), exclude=sub_names(self.existing[sid]))
                if vals:
                    rec.append(f"{key} = {qlist(vals)}")
            if e.get("other_cas"):
                rec.append(f"other_cas = {qlist(sorted(set(e['other_cas'])))}")
            if self.extra_classes.get(sid):
                rec.append(f"classes = {qlist(sorted(self.extra_classes[sid]))}")
            if len(rec) == 2:
                continue
            rec.append(f"source = {q('EU/UK/Canadian lists: ' + P.EU_SOURCE.split(' (')[0] + '; ' + P.UK_SOURCE_GOVUK.split(' (')[0] + '; ' + P.CA_SOURCE.split(' (')[0])}")
            names.append("\n".join(rec) + "\n")
        MY_SUBST.write_text(hdr + "\n".join(subs) + ("\n" if names else "") + "\n".join(names), encoding="utf-8")
        for key, path in OUT.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            ls = merge_duplicates(self.listings.get(key, []))
            ls.sort(key=lambda l: (l["instrument"], l.get("code") or "", l["substance"], l["schedule"], l["effective"]))
            path.write_text(hdr + "\n".join(emit_listing(l) for l in ls), encoding="utf-8")


def main():
    b = Builder()
    b.build_eu()
    b.build_ca()
    b.build_gb()
    # classes referenced by new substances must exist
    b.write()
    if "--report" in sys.argv:
        print(dict(b.stats))
        print("owned hits:", sorted(set(b.owned_hits)))
        for k, v in b.listings.items():
            print(k, len(v))
        for line in b.log:
            print(line)


if __name__ == "__main__":
    main()
