#!/usr/bin/env python3
"""Dev-only: the 2025 reorganisation of the Chinese catalogues as a window, both sides.

The old catalogues (麻醉药品品种目录 2013, 精神药品品种目录 2013, 非药用类…管制品种增补目录) were replaced by
药用类麻醉药品目录（2025年版）, 药用类精神药品目录（2025年版） (NMPA/MPS/NHC announcement 2025 No. 55, dated
2025-07-28 by its URL) and 非药用类麻醉药品和精神药品目录 (MPS/NHC/NMPA, same day). The in-force provision of
these announcements was not read (pages and code corpora searched for the announcement text, the NMPA page
and news reports; none stored). What the records do show:
  * lower bound 2025-07-02: the 12 substances and the nitazene class were added to the OLD 增补目录 with effect
    from 2025-07-01 (reference china-catalogues-2025-07/非药用类麻醉药品和精神药品管制品种增补目录.md, section
    heading), so the old catalogues were still the ones in force on that day;
  * upper bound 2025-08-01: transcriptions of that date (OverdriveLab wiki page dated 2025-08-01; structured
    catalogue page updated 2025-08-01) present the 2025 catalogues, published 2025-07-28, as the current ones.
So: old listings `until` = window 2025-07-02..2025-08-01, new listings `effective` = the same window.
The 12 substances + class first controlled on 2025-07-01 by the 增补目录 announcement get their own
cn-nonmedical-supplementary listing (exact 2025-07-01, added) ending in the same window.
Usage: python3 tools/importers/un_history/apply_cn_2025.py   (idempotent)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tomlblocks import split_blocks, parse_block, render  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]
FILES = sorted((ROOT / "data/listings/cn").glob("*.toml"))
D = "2025-07-01"
WIN = {"not_before": "2025-07-02", "not_after": "2025-08-01"}
NEW = {"cn-medical-narcotic-2025", "cn-medical-psychotropic-2025", "cn-nonmedical-2025"}
OLD = {"cn-narcotic-2013", "cn-psychotropic-2013", "cn-nonmedical-supplementary"}
OLD_SENT = ("The 2025 catalogues are dated 2025-07-28 in the transcriptions; the date in force is taken as "
            "2025-07-01 (the restructuring under the 2025 revision of the 麻醉药品和精神药品管理条例), not confirmed "
            "from the announcement text.")
WHY = ("The 2025 reorganisation is dated as a window: the announcements were published on 2025-07-28 (NMPA "
       "announcement 2025 No. 55 and the MPS announcement of the 非药用类 catalogue), whose in-force provision was "
       "not read (searched: pages and code corpora, the NMPA page, news reports). Not before 2025-07-02 (on "
       "2025-07-01 the old 增补目录 was still being amended: 12 substances and the nitazene class added with effect "
       "from that day); in force by 2025-08-01 (transcriptions of "
       "that date present the 2025 catalogues as the current ones).")
BATCH = "12种物质列入"
SUPP_CIT = ("公安部 国家卫生健康委员会 国家药品监督管理局《关于将尼秦类物质和三氟乙咪酯等12种物质列入〈非药用类麻醉药品和精神药品"
            "管制品种增补目录〉的公告》，自2025-07-01起实施")
SUPP_SRC = ("shared/reference/china-catalogues-2025-07/非药用类麻醉药品和精神药品管制品种增补目录.md (section '将尼秦类物质和"
            "三氟乙咪酯等12种物质列入…（2025年7月1日起实施）')")


def fix(l):
    ins = l["instrument"]
    n = dict(l)
    changed = False
    if ins in NEW and l.get("effective") == D:
        n["effective"] = dict(WIN)
        changed = True
    if ins in OLD and l.get("until") == D:
        n["until"] = dict(WIN)
        changed = True
    if not changed:
        return None, None
    if isinstance(n.get("effective"), dict):
        n.pop("precision", None)
    note = n.get("note", "")
    note = note.replace(OLD_SENT, "").replace(
        "Effective date from the project brief; the NMPA announcement 2025 No. 55 is dated 2025-07-28 by its URL, "
        "its in-force date was not read.", "").strip()
    n["note"] = (note + " " + WHY).strip()
    extra = None
    if ins == "cn-nonmedical-2025" and any(BATCH in c for c in l.get("citation", [])):
        n.pop("added", None)
        n["note"] = n["note"].replace("recorded once, under the 2025 catalogue. ",
                                      "first listed in the 增补目录 (separate listing). ")
        extra = {"substance": l["substance"], "instrument": "cn-nonmedical-supplementary", "schedule": "非药用类",
                 "effective": D, "until": dict(WIN), "added": True}
        if "scope" in l:
            extra["scope"] = l["scope"]
        extra["citation"] = [SUPP_CIT]
        extra["source"] = SUPP_SRC
        extra["note"] = ("Added to the 增补目录 with effect from 2025-07-01; moved into the 非药用类麻醉药品和精神药品目录 "
                         "(2025) by the reorganisation (separate listing). " + WHY)
    return n, extra


def main():
    total = 0
    for f in FILES:
        text = f.read_text()
        head, blocks = split_blocks(text)
        out, extras = [], []
        for b in blocks:
            l = parse_block(b)
            n, extra = fix(l)
            if n is None:
                out.append(b)
            else:
                total += 1
                out.append(render(n))
                if extra:
                    extras.append(extra)
        new = head + "".join(out)
        if not new.endswith("\n"):
            new += "\n"
        if new != text:
            f.write_text(new)
        if extras:
            supp = ROOT / "data/listings/cn/supplementary.toml"
            st = supp.read_text()
            _, sb = split_blocks(st)
            have = {(parse_block(b)["substance"], parse_block(b)["instrument"], str(parse_block(b).get("effective")))
                    for b in sb}
            add = [e for e in extras if (e["substance"], e["instrument"], e["effective"]) not in have]
            if add:
                supp.write_text(st.rstrip("\n") + "\n\n" + "".join(render(e) for e in add).rstrip("\n") + "\n")
                total += len(add)
    print("CN listings changed or added:", total)


if __name__ == "__main__":
    main()
